package dev.pamphlet.leaflet;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PDFs kept in memory between the builds of one process ({@code serve}), so an edit makes again only the PDFs it
 * changed. It holds what the last build used, and drops the rest when a build is done.
 */
public final class PdfMemoryCache implements PdfCache {
    private final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<byte[]> find(String key) {
        byte[] pdf = pdfs.get(key);
        if (pdf != null) {
            used.add(key);
        }
        return Optional.ofNullable(pdf);
    }

    @Override
    public void keep(String key, byte[] pdf) {
        pdfs.put(key, pdf);
        used.add(key);
    }

    @Override
    public void tidy() {
        pdfs.keySet().retainAll(used);
        used.clear();
    }
}
