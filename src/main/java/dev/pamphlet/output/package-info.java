/**
 * The folders Pamphlet writes and owns. The output folder: the guard that refuses folders whose contents are not
 * Pamphlet's to replace, the lock that allows one writer at a time, and {@code StagedOutput}, which stages a whole
 * site beside the folder and swaps it in, so the folder is only ever the old site or the new one. The build
 * cache's folder: {@code CacheGuard}, which refuses a folder that is not Pamphlet's own, and its marker.
 */
package dev.pamphlet.output;
