/**
 * The live preview: builds the site with memory kept in the process, serves the output folder over HTTP,
 * watches the content and templates, rebuilds what changed, and reloads open pages.
 */
package dev.pamphlet.serve;
