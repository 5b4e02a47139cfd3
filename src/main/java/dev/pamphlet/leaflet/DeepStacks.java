package dev.pamphlet.leaflet;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs the PDF work on threads of its own with a deep stack, one per core. openhtmltopdf lays out a document, and
 * PDFBox writes it, by recursion: a level of the page's nesting costs dozens of stack frames, and PDFBox goes one
 * frame deeper for each bookmark of a long page (each leads to the next), so the default stack of 1 MB runs out at
 * a few thousand headings, which a long page may have. A thread's stack is address space set aside, not memory: it
 * is only used as deep as the recursion goes.
 */
final class DeepStacks {
    /** Room for hundreds of thousands of headings on one page. */
    static final long STACK_BYTES = 64L << 20;

    private DeepStacks() {}

    /**
     * {@code work} applied to each of {@code items}, side by side; the results in the items' order. The first
     * exception or error {@code work} throws is thrown here, once every thread has stopped.
     */
    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement();
                    i < items.size() && failure.get() == null;
                    i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int count = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        Thread[] threads = new Thread[count];
        for (int t = 0; t < count; t++) {
            threads[t] = new Thread(null, worker, "pamphlet-pdf-" + t, STACK_BYTES);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        joinAll(threads);
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list); // may hold nulls, as work may give them
    }

    /** Waits for every thread; an interrupt is kept for the caller, as the PDFs are made in moments. */
    private static void joinAll(Thread[] threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
