/**
 * The content checks run on each page and on the whole site: links and anchors, review dates, readability
 * and accessibility. Each reports diagnostics; none stops the others.
 */
package dev.pamphlet.check;
