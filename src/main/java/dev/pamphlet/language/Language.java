package dev.pamphlet.language;

import dev.pamphlet.markdown.BodyText;
import dev.pamphlet.markdown.Callout;
import dev.pamphlet.markdown.Glossary;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One of a site's languages.
 *
 * @param tag      as site.yml spells it, e.g. {@code en-GB} or {@code cy}
 * @param folder   where its pages are published: "" for the default language, else e.g. {@code cy/}
 * @param messages its interface text
 * @param glossary its medical words explained ({@code glossary.yml}, or {@code glossary.cy.yml} for Welsh)
 */
public record Language(String tag, String folder, Messages messages, Glossary glossary) {
    /** Languages written right to left, by their primary subtag. */
    private static final Set<String> RIGHT_TO_LEFT =
            Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");
    /** Scripts written right to left, for tags that name one (e.g. pa-Arab, az-Arab). */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS =
            Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg");

    public boolean isDefault() {
        return folder.isEmpty();
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** {@code rtl} or {@code ltr}, for the page's {@code dir}. */
    public String direction() {
        return messages.texts().getOrDefault("language.direction", defaultDirection(tag));
    }

    static String defaultDirection(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        boolean rtl = RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript())
                || locale.getScript().isEmpty() && RIGHT_TO_LEFT.contains(locale.getLanguage());
        return rtl ? "rtl" : "ltr";
    }

    /** The language's name in itself ("Cymraeg"), for the language switcher. */
    public String name() {
        String name = messages.texts().get("language.name");
        return name != null ? name : capitalised(locale().getDisplayLanguage(locale()), locale());
    }

    /** Another language's name in this one (in Welsh, English is "Saesneg"). */
    public String nameOf(Language other) {
        if (other.tag.equalsIgnoreCase(tag)) {
            return name();
        }
        String name = other.locale().getDisplayLanguage(locale());
        return name.isEmpty() || name.equalsIgnoreCase(other.locale().getLanguage()) ? other.name() : name;
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * The source path a file of this language translates: {@code causes.md} for {@code causes.cy.md}; for the
     * default language the path itself.
     */
    public String basePath(String path) {
        if (isDefault()) {
            return path;
        }
        String suffix = "." + tag + ".md";
        return path.substring(0, path.length() - suffix.length()) + ".md";
    }

    /** Whether a Markdown file is a page in this (non-default) language: {@code causes.cy.md}. */
    public boolean names(String path) {
        String suffix = "." + tag.toLowerCase(Locale.ROOT) + ".md";
        String lower = path.toLowerCase(Locale.ROOT);
        return !isDefault()
                && lower.endsWith(suffix)
                && lower.length() > suffix.length()
                && lower.charAt(lower.length() - suffix.length() - 1) != '/';
    }

    /** The words Pamphlet itself writes into page bodies: the advice boxes' prefixes and headings. */
    public BodyText bodyText() {
        Map<Callout, BodyText.CalloutText> callouts = new EnumMap<>(Callout.class);
        for (Callout c : Callout.values()) {
            // The prefix runs into the heading: a space between them, whatever the file says.
            callouts.put(
                    c,
                    new BodyText.CalloutText(
                            messages.text("callout." + c.keyword() + ".prefix").strip() + " ",
                            messages.text("callout." + c.keyword() + ".heading")));
        }
        return new BodyText(Map.copyOf(callouts), folder + BodyText.GLOSSARY_PAGE);
    }

    /**
     * Written out, by tag and folder: a build looks its language up by every article, and the record's own
     * hashCode hashes all its text and glossary (and sets itself up on first use, milliseconds of a short build).
     */
    @Override
    public int hashCode() {
        return tag.hashCode() * 31 + folder.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof Language l
                        && tag.equals(l.tag)
                        && folder.equals(l.folder)
                        && messages.equals(l.messages)
                        && glossary.equals(l.glossary);
    }
}
