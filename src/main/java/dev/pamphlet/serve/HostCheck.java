package dev.pamphlet.serve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which {@code Host} a request may name, so that a web page elsewhere cannot read the preview by pointing a name of
 * its own at this computer (DNS rebinding). Allowed: {@code localhost} and {@code *.localhost}, any IP address
 * literal, and the names the user allowed. An address literal is safe whatever it is: a browser sends one only to
 * the address it connected to, so the page asking is the preview's own. That covers the loopback addresses, the
 * address {@code serve} is bound to, and the computer's network addresses under {@code --bind 0.0.0.0}. The port is
 * not checked: the name alone defeats rebinding, and port forwarding ({@code ssh -L}, containers) changes it.
 */
public final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+]");
    private static final Pattern NAME =
            Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final Set<String> allowed;

    /** @param allowedNames names the user reaches the preview by, each passing {@link #problem(String)} */
    HostCheck(List<String> allowedNames) {
        this.allowed = allowedNames.stream().map(HostCheck::normal).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Why {@code name} cannot be given to {@code --allowed-host}, or null if it can.
     */
    public static String problem(String name) {
        int colon = name.lastIndexOf(':');
        if (colon > 0
                && NAME.matcher(normal(name.substring(0, colon))).matches()
                && PORT.matcher(name.substring(colon + 1)).matches()) {
            return "is a name with a port: give the name alone (the port is not checked)";
        }
        String normal = normal(name);
        if (!NAME.matcher(normal).matches() && !IPV6.matcher(normal).matches()) {
            return "is not a host name (letters, digits, '-' and '.', such as preview.example.org)";
        }
        return null;
    }

    /**
     * Whether a request with these {@code Host} header values may be answered. No header at all is allowed: every
     * browser sends one, and the check guards against browsers; any other client may send whatever it likes.
     */
    boolean allows(List<String> hostHeaders) {
        if (hostHeaders == null || hostHeaders.isEmpty()) {
            return true;
        }
        return hostHeaders.size() == 1 && allowsHost(hostHeaders.get(0).trim());
    }

    /** @param host a {@code Host} value: a name or address, with or without a port */
    boolean allowsHost(String host) {
        String name = nameOf(host);
        if (name == null) {
            return false;
        }
        return name.isEmpty()
                || name.equals("localhost")
                || name.endsWith(".localhost")
                || isIpv4(name)
                || IPV6.matcher(name).matches()
                || allowed.contains(name);
    }

    /**
     * The name part of a {@code Host} value, lower-case, without a trailing dot; null if it is malformed.
     */
    static String nameOf(String host) {
        String name = host;
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon) {
            if (!PORT.matcher(host.substring(colon + 1)).matches()) {
                return null;
            }
            name = host.substring(0, colon);
        }
        if (name.contains(":") && !name.startsWith("[")) {
            return null; // an IPv6 address without brackets, or two ports
        }
        return normal(name);
    }

    /** A name safe to repeat in the refusal: the one from the request when it is a plain name, or null. */
    static String shown(String host) {
        String name = host == null ? null : nameOf(host.trim());
        return name != null && name.length() <= 100 && NAME.matcher(name).matches() ? name : null;
    }

    private static String normal(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static boolean isIpv4(String name) {
        var m = IPV4.matcher(name);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }
}
