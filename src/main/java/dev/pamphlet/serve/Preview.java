package dev.pamphlet.serve;

import dev.pamphlet.build.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A running preview: the site built into its output folder, served over HTTP, rebuilt when its sources change,
 * and open pages reloaded. {@link #close()} stops all of it.
 */
public final class Preview implements AutoCloseable {
    private final PreviewServer server;
    private final ChangeWatcher watcher;
    private final Thread watching;
    private final URI address;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Preview(PreviewServer server, ChangeWatcher watcher, Thread watching, URI address) {
        this.server = server;
        this.watcher = watcher;
        this.watching = watching;
        this.address = address;
    }

    /**
     * Binds the address, builds the site (printing its diagnostics), starts serving and watching.
     *
     * @param options what to build; its base URL is replaced by the preview's address, so absolute links in the
     *                preview (such as the 404 page's) stay in the preview
     * @throws IOException when the address cannot be bound or the folders cannot be watched
     */
    public static Preview start(
            BuildOptions options, InetSocketAddress bind, boolean verbose, PrintWriter out, PrintWriter err)
            throws IOException {
        return start(options, bind, List.of(), verbose, out, err);
    }

    /**
     * @param allowedHosts names besides localhost and IP addresses that requests may address the preview by, each
     *                     passing {@link HostCheck#problem(String)}
     */
    public static Preview start(
            BuildOptions options,
            InetSocketAddress bind,
            List<String> allowedHosts,
            boolean verbose,
            PrintWriter out,
            PrintWriter err)
            throws IOException {
        ReloadBroadcaster reloads = new ReloadBroadcaster();
        PreviewServer server = new PreviewServer(bind, options.outputDir(), reloads, new HostCheck(allowedHosts));
        ChangeWatcher watcher = null;
        try {
            URI address = addressOf(server.address());
            BuildOptions preview = new BuildOptions(
                    options.contentDir(),
                    options.templatesDir(),
                    options.outputDir(),
                    address.toString(),
                    options.drafts(),
                    options.today(),
                    true);
            // Watch before the first build, so an edit saved while it runs is not missed.
            watcher = new ChangeWatcher(List.of(options.contentDir(), options.templatesDir()));
            LiveSite site = new LiveSite(preview, reloads::reload, out, err, verbose);
            site.buildAll();
            server.start(site::status);
            ChangeWatcher changes = watcher;
            Thread watching = new Thread(() -> watch(changes, site), "pamphlet-watch");
            watching.setDaemon(true);
            watching.start();
            return new Preview(server, watcher, watching, address);
        } catch (IOException | RuntimeException e) {
            server.close();
            if (watcher != null) {
                watcher.close();
            }
            throw e;
        }
    }

    private static void watch(ChangeWatcher watcher, LiveSite site) {
        try {
            while (true) {
                site.rebuild(watcher.next());
                // The leaflets wait until the editor pauses: a save that came while they were made would wait.
                while (site.leafletsOwed()) {
                    ChangeWatcher.Changes more = watcher.next(LiveSite.LEAFLETS_AFTER_MILLIS);
                    if (more == null) {
                        site.makeLeaflets();
                    } else {
                        site.rebuild(more);
                    }
                }
            }
        } catch (ClosedWatchServiceException e) {
            // Stopped.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The address the site is served at, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        return address;
    }

    /** Blocks until {@link #close()} is called (by Ctrl-C's shutdown hook). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing is best effort: the process is stopping.
        }
        server.close();
        try {
            // Let a rebuild in progress finish publishing, so the output folder is not left half-updated.
            watching.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed.countDown();
    }

    /** The address to open: a wildcard bind is reachable as localhost; IPv6 literals need brackets. */
    private static URI addressOf(InetSocketAddress bound) {
        InetAddress ip = bound.getAddress();
        String host = ip.isAnyLocalAddress()
                ? "localhost"
                : ip instanceof Inet6Address
                        ? "[" + ip.getHostAddress().replaceAll("%.*", "") + "]"
                        : ip.getHostAddress();
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }
}
