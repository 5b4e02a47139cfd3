/**
 * Diagnostics in the compiler format ({@code file:line:col: error: message}, the source line, a caret and a
 * hint), collected across a build and printed sorted, and the I/O reasons they quote.
 */
package dev.pamphlet.diag;
