package dev.pamphlet.starter;

import dev.pamphlet.language.MessagesLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files {@code pamphlet new} writes: settings, a home page, one example article that uses every feature a page
 * can have, a glossary, a picture and a short README. The text is plain enough to pass the readability checks, and
 * the review dates count from today, so the new site builds with no errors at once. Its addresses are at
 * example.org, which the build warns of by line until the editor puts the real ones there.
 *
 * @param today the day the pages are marked as reviewed; the next review is due a year later
 */
public record StarterSite(String title, String language, String publisher, LocalDate today) {
    public static final String DEFAULT_TITLE = "My health guide";
    public static final String DEFAULT_LANGUAGE = "en-GB";
    public static final String DEFAULT_PUBLISHER = "The editors of this guide";
    /** The example article's file, in the content folder. */
    public static final String EXAMPLE = "writing-a-page.md";

    /** Every file, by its path in the new site's folder, in the order they are written. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yml", siteYml());
        files.put("content/index.md", home());
        files.put("content/" + EXAMPLE, example());
        files.put("content/glossary.yml", """
                # Medical words explained, one 'word: explanation' line each. The first use of each word on a page
                # links to its explanation on glossary.html.
                clinician: A health professional, such as a doctor or a nurse, who looks after patients.
                """);
        MessagesLoader.starterFile(language)
                .ifPresent(text -> files.put("content/messages/" + language + ".yml", text));
        files.put("content/images/page-parts.svg", PICTURE);
        files.put("README.md", readme());
        files.put(".gitignore", "# What Pamphlet builds: made again by every build.\ntarget/\n");
        return files;
    }

    /** The settings file alone, so its values can be checked before anything is written. */
    public String siteYml() {
        return "# Settings for the whole site: see \"site.yml\" in the Pamphlet manual.\n"
                + "title: " + quoted(title) + "\n"
                + "description: " + quoted("A guide in plain language: " + title + ".") + "\n"
                + "language: " + quoted(language) + "\n"
                + "# The address the site will be published at. Change it before you publish.\n"
                + "base_url: " + quoted("https://example.org/" + slug(title) + "/") + "\n"
                + "publisher: " + quoted(publisher) + "\n"
                + "# condition: the condition the guide is about, for search engines\n"
                + "# feedback: an email or web address where readers can report a problem with a page\n"
                + trustPages();
    }

    /**
     * The publisher's policies, which readers judge health information by: every page's footer links to them, and
     * a site without one gets a warning. The starter points at addresses to replace, as it does for base_url.
     */
    private String trustPages() {
        String at = "https://example.org/" + slug(title) + "/";
        return "# Where readers find the publisher's policies, linked from every page's footer: a page of this site\n"
                + "# (e.g. about-us.md) or an address. Change them before you publish.\n"
                + "editorial_policy: " + quoted(at + "editorial-policy") + "\n"
                + "funding: " + quoted(at + "funding-and-conflicts-of-interest") + "\n"
                + "contact: " + quoted(at + "contact") + "\n"
                + "privacy: " + quoted(at + "privacy") + "\n"
                + "accessibility: " + quoted(at + "accessibility") + "\n"
                + "# disclaimer: This information does not replace advice from your doctor.\n"
                + "# require: [author, reviewed_by]   (every page must name its author and clinical reviewer)\n"
                + "# overdue: error                   (pages past their review date fail the build)\n";
    }

    /** Writes every file into {@code dir}, which must be new or empty. */
    public void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private String frontMatter(String pageTitle, String summary, String extra) {
        return "---\n"
                + "title: " + quoted(pageTitle) + "\n"
                + "summary: " + quoted(summary) + "\n"
                + "reviewed: " + today + "\n"
                + "review_due: " + today.plusYears(1) + "\n"
                + extra
                + "sources:\n"
                + "  - title: \"Content guide - NHS digital service manual\"\n"
                + "    url: https://service-manual.nhs.uk/content\n"
                + "---\n\n";
    }

    private String home() {
        return frontMatter(title, "What this guide is for, and where to start.", "") + """
                This is the home page of the guide. It is the file `content/index.md`. Change these words to say who
                the guide is for and what it covers.

                ## Where to start

                Read [how to write a page](writing-a-page.md). It shows everything a page can hold. Copy it to
                start each new page.
                """;
    }

    private String example() {
        return frontMatter(
                        "How to write a page",
                        "What a page can hold, with an example of each part.",
                        "order: 1\ntags: [example]\n")
                + """
                This page shows what a page of the guide can hold. Copy it to start a new page. Then change the
                words, and delete the parts you do not need.

                ## Sections

                Start each section with two hash marks and a space. Short sections with clear headings help people
                find what they need. A page with three or more sections gets a list of them at the top.

                ## Callouts

                A callout is a box that stands out from the text. Use one for advice that readers must not miss.

                !!! info "Check each page before you publish it"
                    Ask a doctor or a nurse to read each page. Then write the date they did it in `reviewed`.

                ## Medical words

                Some words need to be explained. Put them in the file `glossary.yml`, each with a short
                explanation. The first time a page uses one of these words, such as clinician, it links to what it
                means.

                ## Tables

                | What you want | What to write |
                |---|---|
                | A section | `## A heading` |
                | A link to a page | `[what it is about](page.md)` |
                | A picture | `![what it shows](images/picture.svg)` |

                ## Pictures

                ![A sketch of a page: the title, the summary, two sections and the sources](images/page-parts.svg)

                Say what each picture shows in the words between the square brackets. People who cannot see the
                picture hear these words.

                ## Links

                Link to another page by the name of its file, like this link to [the home page](index.md). You can
                also link to a section, such as [callouts](#callouts) on this page or
                [where to start](index.md#where-to-start) on the home page. Pamphlet checks that each page and
                section is there.

                ## Sources and review dates

                List what the page is based on under `sources` at the top of the file. They are shown at the end
                of the page. Set `review_due` to the day the page must be checked again. Pamphlet tells you when
                that day is close.
                """;
    }

    private String readme() {
        return "# " + title + "\n\n" + """
                A patient-information website made with Pamphlet.

                ```sh
                pamphlet serve --open   # preview the site while you edit; it reloads by itself
                pamphlet build          # check everything and build the site into target/site/
                ```

                - `content/site.yml`: the site's title, language, publisher and address (`base_url`).
                - `content/index.md`: the home page. Every other `.md` file in `content/` is a page.
                - `content/writing-a-page.md`: an example page that shows everything a page can hold.
                - `content/glossary.yml`: medical words explained.

                `target/site/` works opened from disk (open `target/site/index.html`). To publish the site, copy
                everything in `target/site/` to a web server or a static host, at the address in `base_url`.

                To change the look, put your own version of one of the theme's files in a `templates/` folder beside
                `content/` (for example `templates/assets/style.css`); `pamphlet theme export templates` copies the
                whole theme there to start from.
                """;
    }

    /** A YAML double-quoted scalar: safe for any text, such as a title with a colon in it. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** "Asthma in adults" → {@code asthma-in-adults}: a part of an address made from the title. */
    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "guide" : slug;
    }

    private static final String PICTURE = """
            <svg xmlns="http://www.w3.org/2000/svg" width="480" height="320" viewBox="0 0 480 320">
              <rect x="1" y="1" width="478" height="318" rx="8" fill="#ffffff" stroke="#425563" stroke-width="2"/>
              <rect x="24" y="24" width="300" height="28" rx="4" fill="#005eb8"/>
              <rect x="24" y="68" width="400" height="14" rx="4" fill="#768692"/>
              <rect x="24" y="108" width="180" height="18" rx="4" fill="#212b32"/>
              <rect x="24" y="136" width="420" height="10" rx="4" fill="#aeb7bd"/>
              <rect x="24" y="154" width="390" height="10" rx="4" fill="#aeb7bd"/>
              <rect x="24" y="188" width="160" height="18" rx="4" fill="#212b32"/>
              <rect x="24" y="216" width="420" height="10" rx="4" fill="#aeb7bd"/>
              <rect x="24" y="234" width="360" height="10" rx="4" fill="#aeb7bd"/>
              <rect x="24" y="268" width="432" height="30" rx="4" fill="#e8edee" stroke="#768692"/>
            </svg>
            """;
}
