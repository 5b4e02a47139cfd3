package dev.pamphlet.address;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address a site is published at, from {@code base_url} or {@code --base-url}. Every address the site writes
 * (sitemap, feed, canonical links) starts with it, so it must be an absolute http(s) address of a folder: with a
 * host, without a query, a fragment or a user name. Characters that cannot stand in an address as they are (a
 * space, "é") are percent-encoded, as a browser's address bar does; the result always ends in '/'.
 */
public final class BaseUrl {
    private static final String EXAMPLE = "e.g. https://example.org/guide/";

    /** A checked address, or why it is not one. Exactly one of {@code url} and {@code problem} is set. */
    public record Result(String url, String problem, String hint) {
        public boolean ok() {
            return url != null;
        }
    }

    private BaseUrl() {}

    public static Result parse(String value) {
        String s = value.strip();
        if (s.isEmpty()) {
            return problem("is empty", "write the full address the site is published at, " + EXAMPLE);
        }
        int colon = s.indexOf("://");
        String scheme = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (colon < 0 || !scheme.matches("[a-z][a-z0-9+.-]*")) {
            return problem(
                    "is not a full web address (it must start with https:// or http://)",
                    "write the full address the site is published at, " + EXAMPLE);
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return problem(
                    "must be an http or https address, not " + scheme + "://",
                    "a site is published on the web: " + EXAMPLE);
        }
        String rest = s.substring(colon + 3);
        if (rest.indexOf('#') >= 0) {
            return problem(
                    "must not have a fragment ('#" + after(rest, '#') + "')",
                    "remove everything from '#' on: the site's pages add their own addresses to it");
        }
        if (rest.indexOf('?') >= 0) {
            return problem(
                    "must not have a query ('?" + after(rest, '?') + "')",
                    "remove everything from '?' on: the site's pages add their own addresses to it");
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        if (authority.indexOf('@') >= 0) {
            return problem(
                    "must not contain a user name or password ('"
                            + authority.substring(0, authority.lastIndexOf('@') + 1) + "')",
                    "write only the host and path, " + EXAMPLE);
        }
        String host = host(authority);
        if (host != null && host.isEmpty()) {
            return problem(
                    "has an invalid port ('" + authority.substring(authority.lastIndexOf(':') + 1) + "')",
                    "a port is a number from 1 to 65535, e.g. https://example.org:8443/guide/");
        }
        if (host == null) {
            return problem(
                    "has no valid host name ('" + authority + "')",
                    "write the host after " + scheme + "://, " + EXAMPLE);
        }
        String encoded = scheme + "://" + host + PercentEncoding.reference(path.endsWith("/") ? path : path + "/");
        try {
            URI uri = new URI(encoded);
            if (uri.getHost() == null) {
                return problem(
                        "has no valid host name ('" + authority + "')",
                        "write the host after " + scheme + "://, " + EXAMPLE);
            }
            encoded = uri.normalize().toString(); // "a/./b/../c/" is "a/c/": one spelling for every address
            if (encoded.contains("/../")) {
                return problem("climbs above the host's root ('..')", "write the path without '..', " + EXAMPLE);
            }
        } catch (URISyntaxException e) {
            return problem("is not a valid web address (" + e.getReason() + ")", EXAMPLE);
        }
        return new Result(encoded, null, null);
    }

    private static Result problem(String problem, String hint) {
        return new Result(null, problem, hint);
    }

    private static String after(String s, char c) {
        String tail = s.substring(s.indexOf(c) + 1);
        return tail.length() > 30 ? tail.substring(0, 30) + "…" : tail;
    }

    /**
     * The host (lower case, international names in their ASCII form) with its port; null if it is not one, ""
     * if only its port is wrong.
     */
    private static String host(String authority) {
        String name = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            port = authority.substring(colon);
            name = authority.substring(0, colon);
            if (!port.matches(":[0-9]{1,5}") || Integer.parseInt(port.substring(1)) > 65535) {
                return "";
            }
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.matches("\\[[0-9a-fA-F:.]+]") ? name.toLowerCase(Locale.ROOT) + port : null;
        }
        try {
            // Only an international name needs IDN, whose set-up costs a build about 10 ms.
            String ascii = (isAscii(name) ? name : IDN.toASCII(name, IDN.ALLOW_UNASSIGNED)).toLowerCase(Locale.ROOT);
            return ascii.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?")
                            && labelsFit(ascii)
                    ? ascii + port
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** No part of a host name is longer than 63 characters (as IDN requires of international names too). */
    private static boolean labelsFit(String host) {
        for (String label : host.split("\\.")) {
            if (label.length() > 63) {
                return false;
            }
        }
        return true;
    }
}
