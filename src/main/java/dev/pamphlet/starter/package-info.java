/**
 * A new site from the tool: the settings, home page, example article, glossary and picture that {@code pamphlet
 * new} writes, in plain words and with review dates from today, so the new site builds at once and its
 * placeholders (example.org addresses) are each reported by line until the editor replaces them.
 */
package dev.pamphlet.starter;
