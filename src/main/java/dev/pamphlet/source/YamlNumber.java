package dev.pamphlet.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * A number as YAML writes it ({@code 12}, {@code -1.5}, {@code 1e3}, {@code 0x1F}, {@code 0o17}, {@code 1_000},
 * {@code .inf}, {@code .nan}), read exactly, so that a value too big for Java's types or not a number at all is
 * reported to the author instead of failing inside the JDK's number parsers.
 *
 * @param value the number, or null for infinity and not-a-number
 */
record YamlNumber(BigDecimal value) {

    /** The number in {@code text}, or null when it is not one YAML would read as a number. */
    static YamlNumber parse(String text) {
        String s = text.strip().replace("_", "");
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches("[-+]?\\.inf") || lower.equals(".nan")) {
            return new YamlNumber(null);
        }
        try {
            if (lower.matches("[-+]?0x[0-9a-f]+")) {
                return new YamlNumber(new BigDecimal(signed(lower, new BigInteger(digits(lower), 16))));
            }
            if (lower.matches("[-+]?0o[0-7]+")) {
                return new YamlNumber(new BigDecimal(signed(lower, new BigInteger(digits(lower), 8))));
            }
            return new YamlNumber(new BigDecimal(
                    s.startsWith(".") || s.startsWith("-.") || s.startsWith("+.") ? s.replaceFirst("\\.", "0.") : s));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * The number in {@code text} when it is a plain whole number of at most nine digits ({@code 3}, {@code -12}),
     * as most are; null for any other form, which {@link #parse} reads. Read without {@link BigDecimal}: setting
     * that class up on Java 25 costs a short build several milliseconds.
     */
    static Integer smallWhole(String text) {
        String s = text.strip();
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > 9) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    private static String digits(String lower) {
        return lower.substring(lower.indexOf('x') >= 0 ? lower.indexOf('x') + 1 : lower.indexOf('o') + 1);
    }

    private static BigInteger signed(String lower, BigInteger magnitude) {
        return lower.startsWith("-") ? magnitude.negate() : magnitude;
    }

    boolean isFinite() {
        return value != null;
    }

    boolean isWhole() {
        return value != null && value.stripTrailingZeros().scale() <= 0;
    }

    boolean isBetween(double min, double max) {
        return value != null
                && value.compareTo(BigDecimal.valueOf(min)) >= 0
                && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    /** How a number the author wrote is named in a message: as written, with YAML's special values explained. */
    static String describe(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("[+]?\\.inf")) {
            return text.strip() + " (infinity)";
        } else if (lower.equals("-.inf")) {
            return text.strip() + " (minus infinity)";
        } else if (lower.equals(".nan")) {
            return text.strip() + " (not a number)";
        }
        return text.strip();
    }

    /** A limit as people write it: 30, not 30.0. */
    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
