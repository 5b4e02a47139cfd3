/**
 * The content folder: listing it, splitting each Markdown file into checked front matter and body
 * ({@code Article}), and the glossary.
 */
package dev.pamphlet.content;
