package dev.pamphlet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.markdown.MarkdownRenderer;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search index stays small on big sites and keeps every word of a small one. */
class SearchIndexTest {
    private static final Pattern WORDS = Pattern.compile("\"words\":\"([^\"]*)\"");

    static Site site(int pages) {
        SiteConfig config = new SiteConfig("T", "D", "en-GB", "https://example.org/", "P", null, null, false, 11, 25);
        List<Page> guide = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            FrontMatter meta = new FrontMatter(
                    "Page " + i,
                    "Summary " + i,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 1, 1),
                    List.of(),
                    i,
                    List.of(),
                    false);
            String path = i == 0 ? "index.md" : "p" + i + ".md";
            Article article = new Article(path, new SourceText(path, ""), meta, 0, 1, Map.of());
            guide.add(new Page(article, Page.outputPathFor(path), i));
        }
        return new Site(config, guide, Map.of(), Set.of(), Set.of());
    }

    /** A body of {@code count} different words: w0 w1 w2 ... */
    static String body(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("word").append(i).append(i % 12 == 11 ? ".\n" : " ");
        }
        return sb.toString();
    }

    static List<String> words(String js) {
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(js);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aSmallSiteKeepsEveryDistinctWord() {
        Site site = site(3);
        SearchIndex index = new SearchIndex(site);
        MarkdownRenderer markdown = new MarkdownRenderer(false);
        String text = "## Iron and dopamine\n\nLow iron can lead to a fall in dopamine. Dopamine helps movement.\n";
        site.guide().forEach(p -> index.add(p, markdown.render(text, 1)));
        List<String> words = words(new String(index.toJavaScript(), StandardCharsets.UTF_8));
        assertThat(words).hasSize(3).first().isEqualTo("iron and dopamine low can lead to fall in helps movement");
    }

    @Test
    void aSiteOfTenThousandPagesGetsASmallShareOfWordsPerPage() {
        Site site = site(10_000);
        SearchIndex index = new SearchIndex(site);
        MarkdownRenderer markdown = new MarkdownRenderer(false);
        var rendered = markdown.render(body(3_000), 1);
        site.guide().forEach(p -> index.add(p, rendered));
        byte[] js = index.toJavaScript();
        List<String> words = words(new String(js, StandardCharsets.UTF_8));
        assertThat(words).hasSize(10_000);
        List<String> wrong = words.stream()
                .filter(w ->
                        w.length() > SearchIndex.MIN_WORDS_PER_PAGE || !w.startsWith("word0 word1 ") || w.endsWith(" "))
                .toList();
        assertThat(wrong).isEmpty();
        assertThat(js.length).as("index bytes").isLessThan(7_000_000);
    }

    @Test
    void wordsAreRunsOfLettersDigitsAndApostrophesFoldedToLowerCaseWithoutAccents() {
        Site site = site(1);
        SearchIndex index = new SearchIndex(site);
        String text = "Don’t stop: Parkinson's café-au-lait, 2nd dose ½ x Ⅻ İ 𝐀𝐁 \"quoted\" dopamine DOPAMINE.\n";
        index.add(site.guide().get(0), new MarkdownRenderer(false).render(text, 1));
        assertThat(words(new String(index.toJavaScript(), StandardCharsets.UTF_8)))
                .containsExactly("don't stop parkinson's cafe au lait 2nd dose 𝐀𝐁 quoted dopamine");
    }
}
