package dev.pamphlet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteOutputsTest {

    /** Pages reviewed one day apart: page i on 1 January 2026 plus i days. */
    static Site site(int pages) {
        SiteConfig config =
                new SiteConfig("T", "D", "en-GB", "https://example.org/guide/", "P", null, null, false, 11, 25);
        List<Page> guide = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            LocalDate reviewed = LocalDate.of(2026, 1, 1).plusDays(i);
            FrontMatter meta = new FrontMatter(
                    "Page " + i, "Summary " + i, reviewed, reviewed.plusYears(2), List.of(), i, List.of(), false);
            String path = i == 0 ? "index.md" : "p" + i + ".md";
            guide.add(new Page(
                    new Article(path, new SourceText(path, ""), meta, 0, 1, Map.of()), Page.outputPathFor(path), i));
        }
        return new Site(config, guide, Map.of(), Set.of(), Set.of());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFeedListsTheFiftyMostRecentlyReviewedPagesNewestFirst() {
        Site site = site(120);
        Map<String, Object> model = SiteOutputs.model(
                new SiteOutputs.Inputs(site, Glossary.EMPTY, new SearchIndex(site)), new PageViewBuilder(site));
        List<SiteOutputs.PageEntry> recent = (List<SiteOutputs.PageEntry>) model.get("recent");
        assertThat(recent).hasSize(50);
        assertThat(recent.get(0).title()).isEqualTo("Page 119");
        assertThat(recent.get(49).title()).isEqualTo("Page 70");
        assertThat((List<?>) model.get("pages")).hasSize(120);
        assertThat(((Views.DateView) model.get("updated")).iso()).isEqualTo("2026-04-30");
        assertThat(model.get("rootPath")).isEqualTo("/guide/");
    }

    @Test
    void everyOutputHasItsOwnPathAndTheGlossaryPageNeedsAGlossary() {
        List<SiteOutput> outputs = SiteOutputs.standard();
        assertThat(outputs)
                .extracting(SiteOutput::path)
                .doesNotHaveDuplicates()
                .contains(
                        "404.html",
                        "search.html",
                        "search-index.js",
                        "glossary.html",
                        "sitemap.xml",
                        "robots.txt",
                        "feed.xml");
        Site site = site(2);
        SiteOutput glossary = outputs.stream()
                .filter(o -> o.path().equals("glossary.html"))
                .findFirst()
                .orElseThrow();
        assertThat(glossary.wanted().test(new SiteOutputs.Inputs(site, Glossary.EMPTY, new SearchIndex(site))))
                .isFalse();
        Glossary words = new Glossary(List.of(new Glossary.Term("gene", "Part of a cell.", "gene")));
        assertThat(glossary.wanted().test(new SiteOutputs.Inputs(site, words, new SearchIndex(site))))
                .isTrue();
    }
}
