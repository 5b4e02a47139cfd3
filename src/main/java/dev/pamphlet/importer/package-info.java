/**
 * {@code pamphlet import}: turns the Word documents a publisher already has into pages that build at once, with
 * placeholders ({@code TODO:}) where the document does not hold what a page needs. Reads Word files through Apache
 * POI; nothing else in Pamphlet loads it.
 */
package dev.pamphlet.importer;
