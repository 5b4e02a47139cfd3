package dev.pamphlet.source;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text sources strictly as UTF-8, naming the line and byte offset of the first bad byte, and refuses
 * characters that are not text (see {@link ControlCharacters}) at their line and column.
 */
public final class SourceReader {
    private static final char REPLACEMENT = '\uFFFD';

    private SourceReader() {}

    public static SourceText read(Path file, String displayPath) throws ContentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Diagnostic.error(displayPath, 0, 0, "cannot read file: " + IoReasons.of(e)));
        }
        return decode(bytes, displayPath);
    }

    public static SourceText decode(byte[] bytes, String displayPath) throws ContentException {
        int start = hasBom(bytes) ? 3 : 0;
        // The JDK's own decoding is the quickest, and it turns every bad byte into U+FFFD: so only a file with a
        // U+FFFD in it (a bad byte, or that character written on purpose) needs the strict decoder to tell which.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            text = strictDecode(bytes, start, displayPath);
        }
        String normalised = normaliseNewlines(text);
        int control = ControlCharacters.indexOf(normalised);
        if (control >= 0) {
            throw new ContentException(notText(normalised, control, displayPath));
        }
        return new SourceText(displayPath, normalised);
    }

    /** A character that is not text, at its line and column, with the line shown so that it can be seen. */
    private static Diagnostic notText(String text, int offset, String displayPath) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        int lineEnd = text.indexOf('\n', offset);
        String shown = ControlCharacters.visible(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        return Diagnostic.error(
                        displayPath,
                        line,
                        offset - lineStart + 1,
                        ControlCharacters.describe(text.charAt(offset)) + " in the file")
                .withSourceLine(shown)
                .withHint("delete it: most editors do not show it (text copied from a terminal, a PDF or a word"
                        + " processor can carry one), and feeds and sitemaps cannot hold it");
    }

    private static String strictDecode(byte[] bytes, int start, String displayPath) throws ContentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ContentException(invalidUtf8(bytes, in.position(), displayPath));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static Diagnostic invalidUtf8(byte[] bytes, int offset, String displayPath) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String message = String.format(
                "file is not valid UTF-8: byte 0x%02X at byte offset %d cannot be decoded",
                bytes[offset] & 0xFF, offset);
        return Diagnostic.error(displayPath, line, offset - lineStart + 1, message)
                .withHint("save the file with UTF-8 encoding (most editors offer it under 'Save with encoding')");
    }

    static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
