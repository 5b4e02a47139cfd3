package dev.pamphlet.content;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.SourceText;
import dev.pamphlet.source.YamlMapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits an article into front matter and body and checks every front-matter key. Pure: no I/O. */
public final class FrontMatterParser {
    public static final List<String> REQUIRED = List.of("title", "summary", "reviewed", "review_due", "sources");
    public static final Set<String> ALLOWED = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "title",
            "summary",
            "reviewed",
            "review_due",
            "sources",
            "order",
            "tags",
            "draft",
            "extra",
            "translates_review",
            "author",
            "reviewed_by",
            "updated")));
    /** The keys of each of {@code sources:}. */
    public static final Set<String> SOURCE_KEYS = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of("title", "url", "adapted", "reviewed", "reviewed_by", "credit")));
    /** The keys of a person written as a mapping ({@code author}, {@code reviewed_by}). */
    public static final Set<String> PERSON_KEYS = PeopleParser.KEYS;

    private static final Pattern URL = Pattern.compile("(?i)(https?://\\S+|mailto:\\S+)");
    private static final String WHAT = "front matter";
    /** Up to nine digits: room for any numbering, dates such as 20261201 included. */
    static final int MAX_ORDER = 999_999_999;

    /** Where the front matter ends: the YAML text, its first line, and where the body starts. */
    record Split(String yaml, int yamlFirstLine, int bodyOffset, int bodyStartLine) {}

    private FrontMatterParser() {}

    /** Parses {@code source}, adding every problem found to {@code problems}; empty if the article is unusable. */
    public static Optional<Article> parse(String path, SourceText source, List<Diagnostic> problems) {
        int before = problems.size();
        Split split = split(source, problems);
        if (split == null) {
            return Optional.empty();
        }
        Optional<YamlMapping> parsed = YamlMapping.parse(split.yaml(), source, split.yamlFirstLine(), WHAT, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping yaml = parsed.get();
        yaml.rejectUnknownKeys(ALLOWED, WHAT);
        String title = yaml.text("title");
        String summary = yaml.text("summary");
        LocalDate reviewed = yaml.date("reviewed");
        LocalDate reviewDue = yaml.date("review_due");
        if (reviewed != null && reviewDue != null && reviewDue.isBefore(reviewed)) {
            yaml.reportValue(
                    "review_due",
                    "'review_due' (" + reviewDue + ") is before 'reviewed' (" + reviewed + ")",
                    "the next review must be due after the last one; check both dates");
        }
        List<Source> sources = sources(yaml);
        yaml.requireKeys(Provenance.hasOwnReview(sources) ? Provenance.WITHOUT_REVIEWED : REQUIRED, WHAT);
        List<Person> authors = PeopleParser.read(yaml, "author", false);
        List<Person> reviewers = PeopleParser.read(yaml, "reviewed_by", false);
        LocalDate updated = Provenance.updated(yaml, reviewed);
        Integer order = yaml.integer("order", -MAX_ORDER, MAX_ORDER);
        List<String> tags = yaml.textList("tags");
        Boolean draft = yaml.bool("draft");
        Map<String, Object> extra = yaml.anyValues("extra");
        LocalDate translatesReview = yaml.date("translates_review");
        if (problems.size() > before) {
            return Optional.empty();
        }
        FrontMatter meta = new FrontMatter(
                title,
                summary,
                reviewed,
                reviewDue,
                sources,
                order,
                tags,
                Boolean.TRUE.equals(draft),
                extra,
                translatesReview,
                authors,
                reviewers,
                updated);
        Map<String, Integer> keyLines = new HashMap<>();
        for (String key : yaml.keys()) {
            keyLines.put(key, yaml.lineOf(key));
        }
        Article article =
                new Article(path, source, meta, split.bodyOffset(), split.bodyStartLine(), Map.copyOf(keyLines));
        EmptyBody.check(article, split.bodyStartLine() - 1, problems);
        return Optional.of(article);
    }

    private static List<Source> sources(YamlMapping yaml) {
        if (!yaml.has("sources")) {
            return List.of();
        }
        List<YamlMapping> items = yaml.mappingList("sources", "sources, each with 'title:' and 'url:'");
        if (items.isEmpty()) {
            yaml.reportValue(
                    "sources",
                    "'sources' must list at least one source",
                    "add '- title: ...' and '  url: https://...' under 'sources:'");
        }
        List<Source> out = new ArrayList<>();
        for (YamlMapping item : items) {
            item.rejectUnknownKeys(SOURCE_KEYS, "a source");
            String title = item.text("title");
            String url = item.text("url");
            if (!item.has("title")) {
                item.reportValue("title", "a source has no 'title'", "add '  title: ...' to this source");
            }
            if (!item.has("url")) {
                item.reportValue(
                        "url",
                        "a source" + (title == null ? "" : " ('" + title + "')") + " has no 'url'",
                        "add '  url: https://...' with the address of the source");
            } else if (url != null && !URL.matcher(url).matches()) {
                item.reportValue(
                        "url",
                        "source url '" + url + "' is not a web address",
                        "write the full address, starting with https://");
            }
            if (title != null && url != null) {
                out.add(Provenance.read(item, title, url));
            }
        }
        Provenance.checkOneAdapted(yaml, out);
        return out;
    }

    /** Finds the {@code ---} fences. Returns null (with a diagnostic) when there is no usable front matter. */
    static Split split(SourceText source, List<Diagnostic> problems) {
        String text = source.text();
        String file = source.displayPath();
        if (text.isBlank()) {
            problems.add(Diagnostic.error(file, 1, 0, "file is empty")
                    .withHint("start it with front matter between two '---' lines, then write the article"));
            return null;
        }
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text.substring(0, firstEnd))) {
            problems.add(Diagnostic.error(file, 1, 1, "no front matter: the file must start with a '---' line")
                    .withSourceLine(source.line(1))
                    .withHint("add a '---' line, the keys " + String.join(", ", REQUIRED)
                            + ", and another '---' line at the very top of the file"));
            return null;
        }
        int lineNumber = 2;
        int pos = Math.min(firstEnd + 1, text.length());
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            if (isFence(line) || line.stripTrailing().equals("...")) {
                String yaml = text.substring(Math.min(firstEnd + 1, pos), pos);
                int bodyOffset = Math.min(end + 1, text.length());
                return new Split(yaml, 2, bodyOffset, lineNumber + 1);
            }
            pos = end + 1;
            lineNumber++;
        }
        problems.add(Diagnostic.error(file, 1, 1, "front matter is not closed: no second '---' line")
                .withSourceLine(source.line(1))
                .withHint("add a line '---' after the last front-matter key, before the article text"));
        return null;
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
