/**
 * Markdown to HTML with Flexmark: one parser and renderer built once and shared, callouts, tables, heading
 * ids, glossary words, link rewriting to the built pages, script addresses taken out of the author's raw HTML, and
 * the problems found on the way.
 */
package dev.pamphlet.markdown;
