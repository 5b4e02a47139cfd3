package dev.pamphlet.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person sees under an error: the line and a caret, a readable length whatever the line's. */
class DiagnosticPrinterTest {

    private static String print(List<Diagnostic> diagnostics) {
        StringWriter text = new StringWriter();
        DiagnosticPrinter.printText(diagnostics, new PrintWriter(text, true));
        return text.toString();
    }

    private static Diagnostic brokenLink(int line, int column, String sourceLine) {
        return Diagnostic.error(
                        "content/x.md",
                        line,
                        column,
                        "link 'missing-" + column + ".md' points to a page" + " that does not exist (missing-" + column
                                + ".md)")
                .withHint("check the file name; links are relative to this page")
                .withSourceLine(sourceLine);
    }

    /** The character the caret points at, read off the printed source line and caret line. */
    private static char underCaret(String printed) {
        List<String> lines = printed.lines().toList();
        String source = lines.get(1);
        String caret = lines.get(2);
        return source.charAt(caret.indexOf('^'));
    }

    @Test
    void aShortLineIsShownWholeWithTheCaretUnderTheColumn() {
        String printed = print(List.of(brokenLink(3, 7, "See\t[a](b.md) here.")));

        assertThat(printed)
                .isEqualTo("content/x.md:3:7: error: link 'missing-7.md' points to a page that does not exist"
                        + " (missing-7.md)\n"
                        + "    See\t[a](b.md) here.\n"
                        + "       \t  ^\n"
                        + "    hint: check the file name; links are relative to this page\n");
    }

    @Test
    void aLongLineIsCutAroundTheColumnAndTheCaretStaysUnderIt() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 80_000; i++) {
            line.append("[l").append(i).append("](missing-").append(i).append(".md) ");
        }
        int column = line.indexOf("[l2000]") + 1;

        String printed = print(List.of(brokenLink(12, column, line.toString())));

        String shown = printed.lines().toList().get(1);
        assertThat(shown.length()).isBetween(150, 210);
        assertThat(shown).startsWith("    …").endsWith("…").contains("[l2000](missing-2000.md)");
        assertThat(underCaret(printed)).isEqualTo('[');
        int caret = printed.lines().toList().get(2).indexOf('^');
        assertThat(shown.substring(caret)).startsWith("[l2000]");
        assertThat(caret - 4).as("centred on the column").isBetween(95, 106);
    }

    @Test
    void aCutNearEitherEndIsMarkedOnlyWhereSomethingWasLeftOut() {
        String line = "x".repeat(50) + "\t[start](a.md)" + "y".repeat(1000) + "[end](b.md)";

        String atStart = print(List.of(brokenLink(1, 52, line)));
        String atEnd = print(List.of(brokenLink(1, line.indexOf("[end]") + 1, line)));

        assertThat(atStart.lines().toList().get(1)).startsWith("    xxx").endsWith("…");
        assertThat(atStart.lines().toList().get(2)).contains("\t^");
        assertThat(underCaret(atStart)).isEqualTo('[');
        assertThat(atEnd.lines().toList().get(1)).startsWith("    …").endsWith("[end](b.md)");
        assertThat(underCaret(atEnd)).isEqualTo('[');
    }

    @Test
    void aCutDoesNotSplitAWideCharacter() {
        String line = "😀".repeat(300);

        String printed = print(List.of(brokenLink(1, 302, line)));

        String shown = printed.lines().toList().get(1).substring(4);
        assertThat(shown.replace("…", "").replace("😀", "")).isEmpty();
    }

    @Test
    void aMessageQuotingSomethingHugeIsShortened() {
        String target = "a".repeat(100_000) + ".md";
        Diagnostic d = Diagnostic.error(
                        "content/x.md",
                        1,
                        1,
                        "link '" + target + "' points to a page that does" + " not exist (" + target + ")")
                .withHint("did you mean '" + target + "'?");

        String printed = print(List.of(d));

        assertThat(printed.length()).isLessThan(1_000);
        assertThat(printed).contains("link 'aaaa").contains("aaa.md' points to a page that does not exist (aaa");
        assertThat(printed).contains("hint: did you mean 'aaa");
    }

    @Test
    void oneProblemRepeatedInAFileIsShownByItsFirstThreeThenCounted() {
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 1; i <= 4000; i++) {
            many.add(brokenLink(10 + i / 1000, i, "[l](missing.md)"));
        }
        many.add(Diagnostic.error("content/x.md", 99, 1, "unknown key 'reveiwed'"));
        many.add(brokenLink(1, 1, "[l](missing.md)").withHint(null));

        StringWriter text = new StringWriter();
        long left = DiagnosticPrinter.printText(many, new PrintWriter(text, true));

        assertThat(left).isEqualTo(3997);
        assertThat(text.toString().lines().filter(l -> l.contains(": error: link 'missing-")))
                .hasSize(4);
        assertThat(text.toString())
                .contains("content/x.md:10:3: error: link 'missing-3.md'")
                .contains("    … and 3997 more like this in content/x.md (lines 10 to 14)\n")
                .contains("content/x.md:99:1: error: unknown key 'reveiwed'")
                .doesNotContain("missing-4.md");
    }

    @Test
    void aProblemMadeAFewTimesOrInOtherFilesIsShownEveryTime() {
        List<Diagnostic> few = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            few.add(brokenLink(i, 1, "[l](missing.md)"));
            few.add(Diagnostic.error(
                    "content/page-" + i + ".md", 1, 1, "link 'x.md' points to a page that does" + " not exist (x.md)"));
        }

        String printed = print(few);

        assertThat(printed).doesNotContain("more like this");
        assertThat(printed.lines().filter(l -> l.contains(": error: "))).hasSize(20);
    }
    /** The caret line's padding as a terminal shows it: CJK two columns, combining accents none (test data only). */
    private static int terminalColumns(String s) {
        int columns = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            columns += Character.getType(c) == Character.NON_SPACING_MARK
                    ? 0
                    : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                                    || c >= 0x1F300
                            ? 2
                            : 1;
            i += Character.charCount(c);
        }
        return columns;
    }

    @Test
    void theCaretStandsUnderTheCharacterAfterWideCharactersAndSeparateAccents() {
        String cjk = print(List.of(brokenLink(1, 4, "日本 [x](a.md)")));
        String accents = print(List.of(brokenLink(1, 6, "e\u0301e\u0301 [x](a.md)")));
        String emoji = print(List.of(brokenLink(1, 4, "😀 [x](a.md)")));

        assertThat(cjk.lines().toList().get(2)).isEqualTo("    " + "     ^");
        assertThat(accents.lines().toList().get(2)).isEqualTo("    " + "   ^");
        assertThat(emoji.lines().toList().get(2)).isEqualTo("    " + "   ^");
    }

    @Test
    void aLongLineOfWideCharactersIsCutToAboutTwoHundredColumnsWithTheCaretUnderTheLink() {
        String text = "日本語のテキスト".repeat(5_000);
        String line = text + "[x](missing.md)" + text;
        int column = text.length() + 1;

        String printed = print(List.of(brokenLink(3, column, line)));

        String shown = printed.lines().toList().get(1).substring(4);
        String caret = printed.lines().toList().get(2).substring(4);
        assertThat(terminalColumns(shown)).isBetween(190, 205);
        assertThat(shown).startsWith("…").endsWith("…").contains("[x](missing.md)");
        int caretColumn = caret.indexOf('^');
        assertThat(terminalColumns(shown.substring(0, shown.indexOf("[x]")))).isEqualTo(caretColumn);
    }

    @Test
    void aLongLineOfSeparateAccentsIsCutWithoutLeavingAnAccentAtTheStart() {
        String word = "cafe\u0301 ";
        String line = word.repeat(20_000) + "[x](missing.md)" + word.repeat(20_000);
        int column = word.length() * 20_000 + 1;

        String printed = print(List.of(brokenLink(1, column, line)));

        String shown = printed.lines().toList().get(1).substring(4);
        String caret = printed.lines().toList().get(2).substring(4);
        assertThat(Character.getType(shown.codePointAt(1))).isNotEqualTo((int) Character.NON_SPACING_MARK);
        assertThat(terminalColumns(shown)).isBetween(190, 205);
        assertThat(terminalColumns(shown.substring(0, shown.indexOf("[x]")))).isEqualTo(caret.indexOf('^'));
    }

    @Test
    void aControlCharacterInTheShownLineIsPrintedAsItsPicture() {
        String printed = print(List.of(brokenLink(1, 9, "red \u001b[31m [x](a.md)")));

        assertThat(printed).doesNotContain("\u001b").contains("red \u241b[31m [x](a.md)");
    }

    @Test
    void theCountOfRepeatsAndTheirLinesAreThoseOfTheHiddenOnesOnly() {
        List<Diagnostic> onManyLines = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            onManyLines.add(brokenLink(9 + 2 * i, 1, "[l](missing.md)"));
        }
        List<Diagnostic> onTwoLines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            onTwoLines.add(brokenLink(i <= 3 ? 5 : 6, i, "[l](missing.md)"));
        }

        StringWriter many = new StringWriter();
        long leftOfMany = DiagnosticPrinter.printText(onManyLines, new PrintWriter(many, true));
        String two = print(onTwoLines);

        List<String> shown =
                many.toString().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(shown).hasSize(3);
        assertThat(shown.get(2)).startsWith("content/x.md:15:1:");
        assertThat(many.toString()).contains("    … and 17 more like this in content/x.md (lines 17 to 49)\n");
        assertThat(shown.size() + leftOfMany).isEqualTo(onManyLines.size());
        assertThat(two).contains("    … and 37 more like this in content/x.md (line 6)\n");
    }
}
