package dev.pamphlet.leaflet;

import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Says where the characters a leaflet cannot show are written: a leaflet never prints a letter as '#', so one
 * whose text holds a character no leaflet font has is an error at the first place a source has it.
 */
final class LeafletGlyphs {
    private final Path contentDir;
    private final Function<String, String> display;

    LeafletGlyphs(Path contentDir, Function<String, String> display) {
        this.contentDir = contentDir;
        this.display = display;
    }

    /**
     * @param characters the characters no font has, each once
     * @param source     the file the leaflet is reported at when no source has them (a page's, or the home page's)
     * @param sources    the pages' sources, looked through in order, then site.yml
     */
    Diagnostic lacking(String pdfPath, String characters, String source, List<String> sources) {
        List<String> files = new ArrayList<>();
        files.add(source);
        sources.stream().filter(f -> !f.equals(source)).forEach(files::add);
        files.add("site.yml");
        String file = source;
        int line = 0;
        int column = 0;
        search:
        for (String f : files) {
            String text = read(f);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (int at = 0; at < lines[i].length(); at = lines[i].offsetByCodePoints(at, 1)) {
                    if (characters.indexOf(lines[i].codePointAt(at)) >= 0) {
                        file = f;
                        line = i + 1;
                        column = lines[i].codePointCount(0, at) + 1;
                        break search;
                    }
                }
            }
        }
        return Diagnostic.error(
                        display.apply(file),
                        line,
                        column,
                        "the PDF leaflet " + pdfPath + " cannot show " + named(characters)
                                + ": no leaflet font has "
                                + (characters.codePointCount(0, characters.length()) == 1 ? "it" : "them"))
                .withHint("write them another way (a word for a symbol, a letter Latin, Greek, Vietnamese or Arabic"
                        + " script has), or set 'pdf: false' in site.yml; the leaflet fonts cover those scripts and"
                        + " the common symbols");
    }

    /** Each character with its code and name: 'ฟ' (U+0E1F THAI CHARACTER FO FAN). */
    static String named(String characters) {
        List<String> out = new ArrayList<>();
        characters.codePoints().limit(8).forEach(c -> {
            String name = Character.getName(c);
            out.add("'" + Character.toString(c) + "' (U+" + String.format(Locale.ROOT, "%04X", c)
                    + (name == null ? "" : " " + name) + ")");
        });
        int more = characters.codePointCount(0, characters.length()) - out.size();
        return String.join(", ", out) + (more > 0 ? " and " + more + " more" : "");
    }

    private String read(String file) {
        try {
            return Files.readString(contentDir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
