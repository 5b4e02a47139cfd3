/**
 * The printable leaflets: each page, each section and the whole guide as a tagged PDF (PDF/UA-1), laid out from
 * the print template with shipped fonts whose glyphs are checked before a PDF is made, pictures scaled to print
 * size, and right-to-left text shaped. A PDF is made only when its inputs changed (the caches here and the build
 * memory keep the rest), and the PDF libraries are loaded only then.
 */
package dev.pamphlet.leaflet;
