package dev.pamphlet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void caseAndAccentsFoldAwayInEveryScript() {
        assertThat(SearchFolding.fold("Ménière")).isEqualTo("meniere");
        assertThat(SearchFolding.fold("ŻÓŁĆ")).isEqualTo("zolc");
        assertThat(SearchFolding.fold("gŵyl Tŷ")).isEqualTo("gwyl ty");
        assertThat(SearchFolding.fold("Straße Øre Æsir œuvre ıstanbul İzmir"))
                .isEqualTo("strasse ore aesir oeuvre" + " istanbul izmir");
        assertThat(SearchFolding.fold("ΟΔΟΣ οδός")).isEqualTo("οδοσ οδοσ");
        assertThat(SearchFolding.fold("Don’t")).isEqualTo("don't");
    }

    @Test
    void arabicVowelSignsHamzaAndLetterVariantsFoldToOneForm() {
        assertThat(SearchFolding.fold("المَقْهَى")).isEqualTo(SearchFolding.fold("المقهى"));
        assertThat(SearchFolding.fold("أوقات")).isEqualTo("اوقات");
        assertThat(SearchFolding.fold("إسهال آلام")).isEqualTo("اسهال الام");
        assertThat(SearchFolding.fold("مستشفـــى")).isEqualTo("مستشفي");
        assertThat(SearchFolding.fold("عيادة")).isEqualTo("عياده");
    }

    @Test
    void decomposedAndComposedTextFoldAlike() {
        String composed = "café gŵyl żółć";
        assertThat(SearchFolding.fold(Normalizer.normalize(composed, Normalizer.Form.NFD)))
                .isEqualTo(SearchFolding.fold(composed))
                .isEqualTo("cafe gwyl zolc");
        assertThat(SearchFolding.fold("plain ascii TEXT")).isEqualTo("plain ascii text");
    }
}
