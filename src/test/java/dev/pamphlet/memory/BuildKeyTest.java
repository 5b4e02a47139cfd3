package dev.pamphlet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build key's folder names, written without a formatter on the start path. */
class BuildKeyTest {
    @Test
    void folderNamesUseEightHexDigitsPerPartAsFormattedNumbersDo() {
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 2000; i++) {
            int value = i < 20 ? i - 10 : random.nextInt();
            assertThat(BuildKey.hex8(value)).isEqualTo(String.format("%08x", value));
            long crc = value & 0xFFFFFFFFL;
            assertThat(BuildKey.hex8(crc)).isEqualTo(String.format("%08x", crc));
        }
    }
}
