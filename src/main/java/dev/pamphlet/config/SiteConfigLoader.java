package dev.pamphlet.config;

import dev.pamphlet.address.BaseUrl;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.SourceText;
import dev.pamphlet.source.YamlMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks {@code site.yml}. */
public final class SiteConfigLoader {
    public static final String FILE_NAME = "site.yml";
    static final List<String> REQUIRED = List.of("title", "description", "language", "base_url", "publisher");
    /** Every top-level key site.yml may hold; the manual's key reference lists each one. */
    public static final Set<String> ALLOWED = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "title",
            "description",
            "language",
            "base_url",
            "publisher",
            "condition",
            "feedback",
            "allow_html",
            "max_reading_age",
            "max_sentence_words",
            "max_picture_kb",
            "feed",
            "search",
            "extra",
            "languages",
            "pdf",
            "reference",
            "require",
            "overdue",
            "overdue_grace_days",
            "editorial_policy",
            "funding",
            "contact",
            "privacy",
            "accessibility",
            "disclaimer",
            "logo",
            "logo_alt",
            "colour",
            "color",
            "header_links")));
    /** The keys of {@code logo:} when it is a mapping. */
    public static final Set<String> LOGO_KEYS = BrandingLoader.LOGO_KEYS;
    /** The keys of each of {@code header_links:}. */
    public static final Set<String> HEADER_LINK_KEYS = BrandingLoader.HEADER_LINK_KEYS;

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String WHAT = FILE_NAME;
    /** Reading ages run from the first years of school to a graduate's; outside that a limit means nothing. */
    static final double MIN_READING_AGE = 5;

    static final double MAX_READING_AGE = 30;
    static final int MIN_SENTENCE_WORDS = 5;
    static final int MAX_SENTENCE_WORDS = 100;
    /** A picture limit below 10 KB warns of every photograph; above 10 MB a picture is an error already. */
    static final int MIN_PICTURE_KB = 10;

    static final int MAX_PICTURE_KB = 10 * 1024;

    private SiteConfigLoader() {}

    /** Loads {@code site.yml} from the content folder; empty (with diagnostics) when it is missing or wrong. */
    public static Optional<SiteConfig> load(Path contentDir, String displayPath, List<Diagnostic> problems) {
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.error(displayPath, 0, 0, "site settings file is missing")
                    .withHint("create it with the keys " + String.join(", ", REQUIRED)));
            return Optional.empty();
        }
        SourceText source;
        try {
            source = SourceReader.read(file, displayPath);
        } catch (ContentException e) {
            problems.add(e.diagnostic());
            return Optional.empty();
        }
        return parse(source, contentDir, problems);
    }

    /** Reads settings without looking at the files they name (the logo). */
    public static Optional<SiteConfig> parse(SourceText source, List<Diagnostic> problems) {
        return parse(source, null, problems);
    }

    /** @param contentDir the folder the logo is looked for in; null not to look */
    static Optional<SiteConfig> parse(SourceText source, Path contentDir, List<Diagnostic> problems) {
        int before = problems.size();
        if (source.text().isBlank()) {
            problems.add(Diagnostic.error(source.displayPath(), 1, 0, "file is empty")
                    .withHint("add the keys " + String.join(", ", REQUIRED)));
            return Optional.empty();
        }
        Optional<YamlMapping> parsed = YamlMapping.parse(source.text(), source, 1, WHAT, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping yaml = parsed.get();
        yaml.rejectUnknownKeys(ALLOWED, WHAT);
        // A site in several languages lists them instead of naming one.
        yaml.requireKeys(
                yaml.has("languages")
                        ? REQUIRED.stream().filter(k -> !k.equals("language")).toList()
                        : REQUIRED,
                WHAT);
        String title = yaml.text("title");
        String description = yaml.text("description");
        String language = yaml.text("language");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            yaml.reportValue(
                    "language",
                    "'language' must be a language tag such as en-GB, not '" + language + "'",
                    "use a BCP 47 tag: en, en-GB, cy, fr-FR");
        }
        List<String> languages = SiteLanguages.read(yaml, language, LANGUAGE);
        language = languages.isEmpty() ? language : languages.get(0);
        String baseUrl = baseUrl(yaml);
        String publisher = yaml.text("publisher");
        String condition = yaml.text("condition");
        String feedback = yaml.text("feedback");
        if (feedback != null && !isFeedbackAddress(feedback)) {
            yaml.reportValue(
                    "feedback",
                    "'feedback' must be an email address or a web address, not '" + feedback + "'",
                    "for example feedback@example.org or https://example.org/contact");
        }
        Boolean allowHtml = yaml.bool("allow_html");
        Double readingAge = yaml.number("max_reading_age", MIN_READING_AGE, MAX_READING_AGE);
        Integer sentenceWords = yaml.integer("max_sentence_words", MIN_SENTENCE_WORDS, MAX_SENTENCE_WORDS);
        Integer pictureKb = yaml.integer("max_picture_kb", MIN_PICTURE_KB, MAX_PICTURE_KB);
        Boolean feed = yaml.bool("feed");
        Boolean search = yaml.bool("search");
        java.util.Map<String, Object> extra = yaml.anyValues("extra");
        Boolean pdf = yaml.bool("pdf");
        String reference = yaml.text("reference");
        Governance governance = GovernanceLoader.read(yaml);
        Branding branding = BrandingLoader.read(yaml, contentDir);
        if (problems.size() > before) {
            return Optional.empty();
        }
        warnOfStarterPlaceholders(yaml);
        BrandingLoader.warn(yaml, branding, contentDir);
        return Optional.of(new SiteConfig(
                title,
                description,
                language,
                baseUrl,
                publisher,
                condition,
                feedback,
                Boolean.TRUE.equals(allowHtml),
                readingAge == null ? SiteConfig.DEFAULT_MAX_READING_AGE : readingAge,
                sentenceWords == null ? SiteConfig.DEFAULT_MAX_SENTENCE_WORDS : sentenceWords,
                pictureKb == null ? SiteConfig.DEFAULT_MAX_PICTURE_KB : pictureKb,
                !Boolean.FALSE.equals(feed),
                !Boolean.FALSE.equals(search),
                extra,
                languages.isEmpty() ? List.of(language) : languages,
                pdf == null
                        ? SiteConfig.PdfLeaflets.AUTO
                        : pdf ? SiteConfig.PdfLeaflets.ON : SiteConfig.PdfLeaflets.OFF,
                reference,
                governance,
                branding));
    }

    private static String baseUrl(YamlMapping yaml) {
        String value = yaml.text("base_url");
        if (value == null) {
            return null;
        }
        BaseUrl.Result url = BaseUrl.parse(value);
        if (!url.ok()) {
            yaml.reportValue("base_url", "'base_url' " + url.problem() + ": '" + value + "'", url.hint());
        }
        return url.url();
    }

    /** The policy pages {@code pamphlet new} points at, under {@code https://example.org/<site>/}. */
    private static final Map<String, String> STARTER_PAGES = Map.of(
            "editorial_policy", "editorial-policy",
            "funding", "funding-and-conflicts-of-interest",
            "contact", "contact",
            "privacy", "privacy",
            "accessibility", "accessibility");

    private static final Map<String, String> PLACEHOLDER_HINTS = Map.of(
            "base_url", "put the address the site will be published at, e.g. https://www.your-clinic.nhs.uk/guide/",
            "editorial_policy",
                    "put the address of the page that says how you write and review pages, or a page of this site"
                            + " (e.g. about/editorial-policy.md)",
            "funding", "put the address of the page that says who pays for the guide, or a page of this site",
            "contact", "put an email address or web page where readers can reach the publisher",
            "privacy", "put the address of the publisher's privacy notice, or a page of this site",
            "accessibility", "put the address of the site's accessibility statement, or a page of this site");

    /**
     * The addresses {@code pamphlet new} writes, left as it wrote them: {@code https://example.org/<site>/} and
     * the policy pages under it. A warning, so a new site builds at once; {@code check --strict}, which a site is
     * checked with before it is published, fails on it. Only the starter's own values count: an example.org
     * address the editor wrote is taken as meant.
     */
    private static void warnOfStarterPlaceholders(YamlMapping yaml) {
        java.util.Set<String> starterSites = new java.util.HashSet<>();
        for (Map.Entry<String, String> page : STARTER_PAGES.entrySet()) {
            String value = yaml.has(page.getKey()) ? yaml.text(page.getKey()) : null;
            java.util.regex.Matcher m = value == null
                    ? null
                    : java.util.regex.Pattern.compile("(https://example\\.org/[a-z0-9-]+/)"
                                    + java.util.regex.Pattern.quote(page.getValue()))
                            .matcher(value.strip());
            if (m != null && m.matches()) {
                starterSites.add(m.group(1));
                warnPlaceholder(yaml, page.getKey());
            }
        }
        String baseUrl = yaml.has("base_url") ? yaml.text("base_url") : null;
        if (baseUrl != null && starterSites.contains(baseUrl.strip())) {
            warnPlaceholder(yaml, "base_url");
        }
    }

    private static void warnPlaceholder(YamlMapping yaml, String key) {
        yaml.warnValue(
                key,
                "'" + key + "' is still the placeholder 'pamphlet new' wrote (example.org is a name kept for"
                        + " examples, which no reader can reach)",
                PLACEHOLDER_HINTS.get(key));
    }

    private static boolean isFeedbackAddress(String value) {
        return value.matches("(?i)https?://\\S+")
                || value.matches("(?i)mailto:\\S+")
                || EMAIL.matcher(value).matches();
    }
}
