package dev.pamphlet.leaflet;

import java.io.IOException;

/** Turns a leaflet's print HTML into PDF bytes. */
interface PdfRenderer {
    /** Written into every PDF as its producer. */
    String PRODUCER = "Pamphlet";
    /**
     * Part of every PDF's cache key with the renderer's version: bump it when what Pamphlet does to print HTML on
     * its way to the renderer changes, so PDFs made the old way are made again.
     */
    String FORMAT = "4";

    byte[] render(String html) throws IOException;
}
