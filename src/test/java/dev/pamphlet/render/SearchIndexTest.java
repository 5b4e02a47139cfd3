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
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The search index keeps every word of every page, and is cut into chunks so that a search of a big site loads
 * a few small files: one chunk per word typed, one chunk per 16 results shown.
 */
class SearchIndexTest {

    static Site site(int pages) {
        return site(pages, i -> "Page " + i, i -> "Summary " + i);
    }

    static Site site(int pages, Function<Integer, String> title, Function<Integer, String> summary) {
        SiteConfig config = new SiteConfig("T", "D", "en-GB", "https://example.org/", "P", null, null, false, 11, 25);
        List<Page> guide = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            FrontMatter meta = new FrontMatter(
                    title.apply(i),
                    summary.apply(i),
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

    /** A body of {@code count} different words: word0 word1 word2 ... */
    static String body(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("word").append(i).append(i % 12 == 11 ? ".\n" : " ");
        }
        return sb.toString();
    }

    /** The index as the search page reads it: its files, and the lookups search.js makes. */
    record Index(Map<String, byte[]> files) {
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest() {
            String js = text(SearchIndex.FILE_NAME);
            String json = js.substring(js.indexOf("= {") + 2, js.indexOf("};\n") + 1);
            return new Json().toType(json, Map.class);
        }

        String text(String name) {
            byte[] bytes = files.get(name);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        /** The chunk's data, from search-index.js or its own file; null when there is no such chunk. */
        @SuppressWarnings("unchecked")
        Object chunk(String name) {
            Map<String, Object> inline = (Map<String, Object>) manifest().get("chunks");
            if (inline.containsKey(name)) {
                return inline.get(name);
            }
            String js = text(SearchIndex.FOLDER + name + ".js");
            if (js == null) {
                return null;
            }
            assertThat(js).startsWith("PAMPHLET_SEARCH_CHUNK(\"" + name + "\",").endsWith(");\n");
            return new Json().toType(js.substring(js.indexOf(',') + 1, js.length() - 3), Object.class);
        }

        /** The chunk a word typed loads, as search.js finds it; null when no word starts with it. */
        @SuppressWarnings("unchecked")
        String chunkFor(String word) {
            Map<String, Object> nodes = (Map<String, Object>) manifest().get("nodes");
            String key = "";
            while (true) {
                Object kind = nodes.get(key);
                if (kind == null) {
                    return null;
                }
                if (((Number) kind).intValue() == 0) {
                    return "t-" + SearchChunks.fileName(key);
                }
                if (key.length() == word.length()) {
                    return "u-" + SearchChunks.fileName(key);
                }
                key = word.substring(0, key.length() + 1);
            }
        }

        /** The pages with a word starting with {@code word}, each with the best place: 1 text, 2 summary, 3 title. */
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> find(String word) {
            Map<Integer, Integer> found = new java.util.TreeMap<>();
            String name = chunkFor(word);
            if (name == null) {
                return found;
            }
            Map<String, List<String>> chunk = (Map<String, List<String>>) chunk(name);
            assertThat(chunk).as(name).isNotNull();
            chunk.forEach((term, places) -> {
                if (term.startsWith(word)) {
                    for (int place = 0; place < places.size(); place++) {
                        for (int page : decode(places.get(place))) {
                            found.merge(page, place + 1, Math::max);
                        }
                    }
                }
            });
            return found;
        }

        /** A result as the search page shows it: [address, title, summary]. */
        @SuppressWarnings("unchecked")
        List<String> result(int page) {
            int per = ((Number) manifest().get("resultsPerChunk")).intValue();
            List<List<String>> chunk = (List<List<String>>) chunk("d-" + page / per);
            return chunk.get(page % per);
        }
    }

    /** What search.js's decode does. */
    static List<Integer> decode(String code) {
        List<Integer> pages = new ArrayList<>();
        if (code.startsWith("!")) {
            for (int i = 1; i < code.length(); i++) {
                int bits = PostingCode.DIGITS.indexOf(code.charAt(i));
                for (int b = 0; b < 6; b++) {
                    if ((bits & (1 << b)) != 0) {
                        pages.add((i - 1) * 6 + b);
                    }
                }
            }
            return pages;
        }
        int page = -1;
        int gap = 0;
        for (char c : code.toCharArray()) {
            int digit = PostingCode.DIGITS.indexOf(c);
            gap = gap * 32 + (digit & 31);
            if (digit < 32) {
                page += gap + 1;
                pages.add(page);
                gap = 0;
            }
        }
        return pages;
    }

    static Index index(Site site, Function<Integer, String> body) {
        SearchIndex index = new SearchIndex(site);
        MarkdownRenderer markdown = new MarkdownRenderer(false);
        site.guide().forEach(p -> index.add(p, markdown.render(body.apply(p.position()), 1)));
        return new Index(index.files());
    }

    @Test
    void aSmallSiteHasItsWholeIndexInOneFileAndKeepsEveryDistinctWord() {
        String text = "## Iron and dopamine\n\nLow iron can lead to a fall in dopamine. Dopamine helps movement.\n";
        Index index = index(site(3), i -> text);
        assertThat(index.files()).containsOnlyKeys(SearchIndex.FILE_NAME);
        assertThat(index.text(SearchIndex.FILE_NAME))
                .startsWith("/*")
                .contains("window.PAMPHLET_SEARCH_INDEX = {\"pages\":3,");
        assertThat(index.find("dopamine")).isEqualTo(Map.of(0, 1, 1, 1, 2, 1));
        assertThat(index.find("mov")).containsOnlyKeys(0, 1, 2);
        assertThat(index.find("a"))
                .as("single letters find the start of any word, as they did")
                .containsOnlyKeys(0, 1, 2);
        assertThat(index.find("zzz")).isEmpty();
        assertThat(index.result(2)).containsExactly("p2.html", "Page 2", "Summary 2");
    }

    @Test
    void aTitleMatchRanksAboveASummaryMatchAboveATextMatch() {
        Site site = site(4, i -> i == 1 ? "L’hôpital de jour" : "Page " + i, i -> i == 2 ? "About the hôpital" : "");
        Index index = index(site, i -> i == 3 ? "The hospital and the hôpital.\n" : "Nothing here.\n");
        assertThat(index.find("hopital")).isEqualTo(Map.of(1, 3, 2, 2, 3, 1));
        assertThat(index.find("l'hopital")).isEqualTo(Map.of(1, 3));
        assertThat(index.find("de")).as("a short word of a title").containsEntry(1, 3);
    }

    @Test
    void wordsAreRunsOfLettersDigitsAndApostrophesFoldedToLowerCaseWithoutAccents() {
        Site site = site(1);
        SearchIndex index = new SearchIndex(site);
        String text = "Don’t stop: Parkinson's café-au-lait, 2nd dose ½ x Ⅻ İ 𝐀𝐁 \"quoted\" dopamine DOPAMINE.\n";
        String entry = index.add(site.guide().get(0), new MarkdownRenderer(false).render(text, 1));
        assertThat(SearchEntry.decode(entry).textWords())
                .isEqualTo("don't stop parkinson's cafe au lait 2nd dose 𝐀𝐁 quoted dopamine");
    }

    @Test
    void aDraftIsNotSearchable() {
        Site drafts = site(2);
        FrontMatter draft = drafts.guide().get(1).article().meta();
        Page page = drafts.guide().get(1);
        FrontMatter asDraft = new FrontMatter(
                draft.title(),
                draft.summary(),
                draft.reviewed(),
                draft.reviewDue(),
                draft.sources(),
                draft.order(),
                draft.tags(),
                true);
        Page hidden = new Page(
                new Article(page.article().path(), page.article().source(), asDraft, 0, 1, Map.of()),
                page.outputPath(),
                page.position());
        Site site = new Site(drafts.config(), List.of(drafts.guide().get(0), hidden), Map.of(), Set.of(), Set.of());
        SearchIndex index = new SearchIndex(site);
        MarkdownRenderer markdown = new MarkdownRenderer(false);
        index.add(drafts.guide().get(0), markdown.render("Open.\n", 1));
        index.add(hidden, markdown.render("Zanzibar.\n", 1));
        Index files = new Index(index.files());
        assertThat(files.find("zanzibar")).isEmpty();
        assertThat(files.manifest().get("pages")).isEqualTo(1L);
    }

    /**
     * Ten thousand pages, each with ten words every page has, a word a tenth of them have, and twenty words of its
     * own, then more words than its share of the budget: a search finds exactly its pages, and every chunk a search
     * loads is small.
     */
    @Test
    void aSiteOfTenThousandPagesIsCutIntoSmallChunks() {
        int pages = 10_000;
        Index index = index(
                site(pages, i -> "Leaflet " + i + (i % 500 == 0 ? " about dopamine" : ""), i -> "Summary"),
                i -> "Common words that every page has here and there too. Group" + i % 10 + " word. "
                        + body(20).replace("word", "o" + i + "x") + " " + body(3_000) + "\n");

        assertThat(index.find("o1234x19")).containsOnlyKeys(1234);
        assertThat(index.find("o1234x")).containsOnlyKeys(1234);
        assertThat(index.find("group3")).hasSize(pages / 10).containsKey(3).containsKey(9993);
        assertThat(index.find("group")).hasSize(pages);
        assertThat(index.find("common")).hasSize(pages).containsEntry(0, 1);
        assertThat(index.find("dopamine")).hasSize(pages / 500).containsEntry(500, 3);
        assertThat(index.find("o")).as("a single letter").hasSize(pages);
        assertThat(index.find("word2999"))
                .as("past each page's share of the budget")
                .isEmpty();
        assertThat(index.result(9999)).containsExactly("p9999.html", "Leaflet 9999", "Summary");

        assertThat(index.text(SearchIndex.FILE_NAME).length())
                .as("search-index.js, with a version for each of a thousand chunks (400,000 different words)")
                .isLessThan(50_000);
        @SuppressWarnings("unchecked")
        Map<String, String> versions = (Map<String, String>) index.manifest().get("versions");
        assertThat(versions.keySet())
                .as("a version for every chunk")
                .containsExactlyInAnyOrderElementsOf(index.files().keySet().stream()
                        .filter(name -> name.startsWith(SearchIndex.FOLDER))
                        .map(name -> name.substring(SearchIndex.FOLDER.length(), name.length() - 3))
                        .toList());
        long allWords = 0;
        for (Map.Entry<String, byte[]> file : index.files().entrySet()) {
            String name = file.getKey();
            int size = file.getValue().length;
            if (name.contains("/t-")) {
                assertThat(size).as(name).isLessThan(SearchChunks.LIMIT + 200);
            } else if (name.contains("/u-")) {
                assertThat(size).as(name).isLessThan(3 * (pages / 6 + 10) + 100);
            } else if (name.contains("/d-")) {
                assertThat(size).as(name).isLessThan(SearchIndex.RESULTS_PER_CHUNK * 80);
            }
            allWords += name.contains("/t-") ? size : 0;
        }
        assertThat(allWords)
                .as("each page's share of the words, in chunks")
                .isGreaterThan(pages * 200L)
                .isLessThan(SearchIndex.WORDS_BUDGET * 2L);
    }

    @Test
    void anEditToOnePageChangesOnlyTheChunksOfTheWordsItGainedOrLost() {
        int pages = 2_000;
        Site site = site(pages);
        Function<Integer, String> text = i -> "Shared words here. Own" + i + " and part" + i % 7 + ".\n";
        Index before = index(site, text);
        Index after = index(site, i -> i == 700 ? "Shared words here. Different now.\n" : text.apply(i));
        List<String> changed = new ArrayList<>();
        Set<String> names = new TreeSet<>(before.files().keySet());
        names.addAll(after.files().keySet());
        for (String name : names) {
            byte[] a = before.files().get(name);
            byte[] b = after.files().get(name);
            if (a == null || !java.util.Arrays.equals(a, b)) {
                changed.add(name);
            }
        }
        assertThat(names.size()).isGreaterThan(50);
        assertThat(changed).hasSizeLessThan(12);
        assertThat(after.find("different")).containsOnlyKeys(700);
        assertThat(after.find("own700")).isEmpty();
    }

    @Property(tries = 300)
    void pageNumbersReadBackAsTheyWereWritten(
            @ForAll @Size(max = 300) @UniqueElements List<@IntRange(max = 20_000) Integer> numbers) {
        int[] ids = numbers.stream().mapToInt(Integer::intValue).sorted().toArray();
        String code = PostingCode.encode(ids, ids.length);
        assertThat(decode(code))
                .containsExactlyElementsOf(numbers.stream().sorted().toList());
        assertThat(code).matches("!?[A-Za-z0-9_-]*");
    }
}
