package dev.pamphlet.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class TextPiecesTest {
    private static String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("word").append(i).append(' ');
        }
        return text.toString();
    }

    @Test
    void aLongTextIsCutAfterWhiteSpaceIntoPiecesThatJoinedAreTheText() {
        String text = words(20_000);

        List<String> pieces = TextPieces.pieces(text);

        assertThat(pieces).hasSizeGreaterThan(text.length() / TextPieces.PIECE);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(TextPieces.PIECE));
        assertThat(pieces.subList(0, pieces.size() - 1))
                .allSatisfy(p -> assertThat(p).endsWith(" "));
    }

    @Test
    void aShortTextIsOnePiece() {
        assertThat(TextPieces.pieces("a short paragraph")).containsExactly("a short paragraph");
    }

    @Test
    void aTextWithoutSpacesIsCutBetweenCharactersNeverInsideOne() {
        // Emoji are two chars each, and an accent after a letter is one character with it.
        String text = "😀e\u0301".repeat(5_000);

        List<String> pieces = TextPieces.pieces(text);

        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
            assertThat(p.charAt(0)).isNotEqualTo('\u0301');
        });
    }

    @Test
    void onlyTheBodysLongTextsBecomeNodesOfTheirOwnInTheirPlace() {
        String longText = words(3_000);
        Document doc = Jsoup.parse("<p>short <b>bold</b> " + longText + "<i>end</i></p>");

        TextPieces.cut(doc.body());

        var p = doc.selectFirst("p");
        assertThat(p.text())
                .isEqualTo(("short bold " + longText + "end")
                        .replaceAll("\\s+", " ")
                        .strip());
        assertThat(p.childNodes()).hasSizeGreaterThan(longText.length() / TextPieces.PIECE + 3);
        assertThat(p.textNodes())
                .allSatisfy(t -> assertThat(t.getWholeText().length()).isLessThanOrEqualTo(TextPieces.PIECE));
        assertThat(p.child(0).text()).isEqualTo("bold");
        assertThat(p.child(1).text()).isEqualTo("end");
        assertThat(((TextNode) p.childNode(0)).text()).isEqualTo("short ");
    }
}
