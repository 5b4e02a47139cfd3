package dev.pamphlet.cli;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Where {@code serve} listens, and what to tell the user when it cannot listen there. */
final class BindAddress {

    private BindAddress() {}

    /** Why the preview cannot listen on {@code address} (it belongs to another computer), or null if it can. */
    static String problem(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return null;
        }
        try {
            return NetworkInterface.getByInetAddress(address) == null ? "is not an address of this computer" : null;
        } catch (SocketException e) {
            return null; // cannot tell: let the server try, and report what it says
        }
    }

    static String hint() {
        List<String> mine = localAddresses();
        return "use 127.0.0.1 (this computer only) or 0.0.0.0 (every network this computer is on)"
                + (mine.isEmpty() ? "" : "; this computer's addresses are " + String.join(", ", mine));
    }

    /** The error for a server that could not start, saying which of the usual reasons it was. */
    static Diagnostic failure(InetSocketAddress address, String bind, IOException e) {
        String where = bind + ":" + address.getPort();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof BindException && message.contains("in use")) {
            return Diagnostic.error(
                            where,
                            0,
                            0,
                            "cannot serve the preview: port " + address.getPort() + " is in use by another program")
                    .withHint("choose another port with --port, or --port 0" + " for any free one");
        }
        if (e instanceof BindException && (message.contains("permission") || message.contains("access"))) {
            return Diagnostic.error(
                            where,
                            0,
                            0,
                            "cannot serve the preview: not allowed to listen on port " + address.getPort() + " ("
                                    + e.getMessage() + ")")
                    .withHint(
                            "ports below 1024 need"
                                    + " administrator rights: choose a port such as 8080 with --port, or --port 0 for any free one");
        }
        if (e instanceof BindException && message.contains("assign")) {
            return Diagnostic.error(
                            where,
                            0,
                            0,
                            "cannot serve the preview: " + bind + " is not an address of this computer ("
                                    + e.getMessage() + ")")
                    .withHint(hint());
        }
        return Diagnostic.error(where, 0, 0, "cannot serve the preview: " + IoReasons.of(e))
                .withHint("choose another port with --port, or --port 0 for any free one");
    }

    private static List<String> localAddresses() {
        List<String> out = new ArrayList<>();
        try {
            java.util.Enumeration<NetworkInterface> nics = NetworkInterface.getNetworkInterfaces();
            if (nics == null) {
                return out; // no network interface at all
            }
            for (NetworkInterface nic : Collections.list(nics)) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        out.add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return out;
        }
        Collections.sort(out);
        return out.size() > 6 ? out.subList(0, 6) : out;
    }
}
