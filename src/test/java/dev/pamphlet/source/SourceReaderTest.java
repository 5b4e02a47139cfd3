package dev.pamphlet.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.diag.ContentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sources are read strictly as UTF-8: every valid file reads as it is, every invalid one is refused. */
class SourceReaderTest {

    @Test
    void aFileThatReallyContainsTheReplacementCharacterReads() throws ContentException {
        byte[] bytes = "Missing glyph: \uFFFD, and café.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceReader.decode(bytes, "a.md").text()).isEqualTo("Missing glyph: \uFFFD, and café.\n");
    }

    @Test
    void aBadByteIsReportedWithItsLineAndOffset() {
        byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xC3, '(', '\n'};
        assertThatThrownBy(() -> SourceReader.decode(bytes, "a.md"))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(((ContentException) e).diagnostic().toString())
                        .contains("a.md", "byte 0xC3 at byte offset 4"));
    }

    /** Random bytes, mostly valid UTF-8 with some damage: read exactly when a strict decoder accepts them. */
    @Test
    void randomBytesReadExactlyWhenTheyAreValidUtf8() {
        String[] pieces = {"a", "\n", "\r\n", "é", "’", "😀", "\uFFFD", "\uFEFF", "ＡＢ", " "};
        byte[][] damage = {
            {(byte) 0xFF},
            {(byte) 0xC3},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80}
        };
        Random random = new Random(1127);
        for (int i = 0; i < 3000; i++) {
            ByteBuffer buffer = ByteBuffer.allocate(400);
            for (int p = random.nextInt(20); p >= 0; p--) {
                byte[] piece = random.nextInt(8) == 0
                        ? damage[random.nextInt(damage.length)]
                        : pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
                buffer.put(piece);
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            String strict = strict(bytes);
            if (strict == null) {
                assertThatThrownBy(() -> SourceReader.decode(bytes, "a.md")).isInstanceOf(ContentException.class);
            } else {
                assertThat(assertDecodes(bytes)).isEqualTo(SourceReader.normaliseNewlines(strict));
            }
        }
    }

    private static String assertDecodes(byte[] bytes) {
        try {
            return SourceReader.decode(bytes, "a.md").text();
        } catch (ContentException e) {
            throw new AssertionError("refused valid UTF-8: " + e.diagnostic(), e);
        }
    }

    /** What a strict decoder reads, byte-order mark dropped; null when it refuses the bytes. */
    private static String strict(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
