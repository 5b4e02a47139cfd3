/**
 * Reading source files (strict UTF-8, normalised line ends, deferred reading for remembered sources), pictures'
 * sizes from their headers, and the
 * YAML mapping checks shared by front matter, settings and the glossary.
 */
package dev.pamphlet.source;
