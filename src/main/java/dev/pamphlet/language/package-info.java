/**
 * A site's languages: the interface text of each (built in for English, Welsh and Arabic, and the site's own
 * message files), which way it is written, its glossary, and which files are its translations.
 */
package dev.pamphlet.language;
