package dev.pamphlet.render;

/**
 * Writes a set of page numbers as a short text for a search chunk, in whichever of two forms is shorter: the gaps
 * between the numbers, five bits to a character, for a word on few pages; or one bit per page, six to a
 * character, for a word on most of them ("the", or the condition a whole site is about). Both use only
 * characters that stand as they are in a JavaScript string. {@code assets/search.js} reads both ({@code decode}).
 */
final class PostingCode {
    /** URL-safe Base64's alphabet. */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Starts the one-bit-per-page form; not one of the digits. */
    static final char BITS = '!';

    /** A gap's digit with this bit set is followed by more digits of the same gap. */
    private static final int MORE = 32;

    private PostingCode() {}

    /** The first {@code count} numbers of {@code ids}, which increase, as text; "" for none. */
    static String encode(int[] ids, int count) {
        if (count == 0) {
            return "";
        }
        int bitsLength = 1 + ids[count - 1] / 6 + 1;
        int gapsLength = 0;
        int previous = -1;
        for (int i = 0; i < count && gapsLength < bitsLength; i++) {
            gapsLength += digits(ids[i] - previous - 1);
            previous = ids[i];
        }
        return gapsLength < bitsLength ? gaps(ids, count, gapsLength) : bits(ids, count, bitsLength);
    }

    /** Each number as its distance from the one before, less one: most gaps of a common word fit one digit. */
    private static String gaps(int[] ids, int count, int length) {
        StringBuilder sb = new StringBuilder(length);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int gap = ids[i] - previous - 1;
            previous = ids[i];
            for (int shift = 5 * (digits(gap) - 1); shift > 0; shift -= 5) {
                sb.append(DIGITS.charAt(MORE | ((gap >>> shift) & 31)));
            }
            sb.append(DIGITS.charAt(gap & 31));
        }
        return sb.toString();
    }

    /** Page {@code n} is bit {@code n % 6} of digit {@code n / 6}, after the mark. */
    private static String bits(int[] ids, int count, int length) {
        int[] values = new int[length - 1];
        for (int i = 0; i < count; i++) {
            values[ids[i] / 6] |= 1 << (ids[i] % 6);
        }
        StringBuilder sb = new StringBuilder(length).append(BITS);
        for (int v : values) {
            sb.append(DIGITS.charAt(v));
        }
        return sb.toString();
    }

    private static int digits(int gap) {
        int n = 1;
        while ((gap >>>= 5) != 0) {
            n++;
        }
        return n;
    }
}
