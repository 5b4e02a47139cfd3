package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Glossary words are marked on the Markdown tree: first use only, whole words, any case, longest first. */
class GlossaryMarkingTest {
    static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("anaemia", "Low red blood cells.", "anaemia"),
            new Glossary.Term("iron deficiency anaemia", "Low iron in the blood.", "iron-deficiency-anaemia"),
            new Glossary.Term("dopamine", "A chemical messenger.", "dopamine"),
            new Glossary.Term("GP", "A family doctor.", "gp")));
    static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(false, GLOSSARY);

    static Document render(String markdown, String root) {
        return Jsoup.parseBodyFragment(MARKDOWN.render(markdown, 1, root).html());
    }

    @Test
    void marksTheFirstUseOfEachWordKeepingTheAuthorsCase() {
        Document doc = render("Dopamine is made in the brain. dopamine again.\n\nMore dopamine.\n", "");
        assertThat(doc.select("a.glossary-term")).hasSize(1);
        assertThat(doc.selectFirst("a.glossary-term").text()).isEqualTo("Dopamine");
        assertThat(doc.selectFirst("a.glossary-term").attr("href")).isEqualTo("glossary.html#dopamine");
        assertThat(doc.selectFirst("a.glossary-term").attr("title")).isEqualTo("A chemical messenger.");
        assertThat(doc.text()).isEqualTo("Dopamine is made in the brain. dopamine again. More dopamine.");
    }

    @Test
    void prefersTheLongestWordAndMatchesWholeWordsOnly() {
        Document doc = render("Anaemias and GPs differ. Iron deficiency anaemia is common; so is anaemia.\n", "../");
        assertThat(doc.select("a.glossary-term").eachText()).containsExactly("Iron deficiency anaemia", "anaemia");
        assertThat(doc.select("a.glossary-term").eachAttr("href"))
                .containsExactly("../glossary.html#iron-deficiency-anaemia", "../glossary.html#anaemia");
    }

    @Test
    void leavesHeadingsLinksAndCodeAlone() {
        Document doc = render(
                "## Dopamine\n\nSee [dopamine facts](x.md) and `dopamine`.\n\n| Word |\n|---|\n| dopamine |\n", "");
        assertThat(doc.select("h2 a.glossary-term, a a, code a")).isEmpty();
        assertThat(doc.select("a.glossary-term"))
                .singleElement()
                .satisfies(a -> assertThat(a.parent().tagName()).isEqualTo("td"));
    }

    @Test
    void anEmptyGlossaryChangesNothing() {
        String md = "Dopamine and anaemia.\n";
        assertThat(new MarkdownRenderer(false, Glossary.EMPTY).render(md, 1, "").html())
                .isEqualTo(new MarkdownRenderer(false).render(md, 1).html())
                .doesNotContain("glossary-term");
    }
}
