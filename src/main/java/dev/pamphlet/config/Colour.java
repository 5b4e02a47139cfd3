package dev.pamphlet.config;

import java.util.Locale;
import java.util.Optional;

/**
 * A colour of the screen, {@code #RRGGBB}, with the contrast WCAG 2.2 measures between two colours: the ratio of
 * their relative luminances (each plus 0.05), from 1:1 (the same) to 21:1 (black on white).
 */
public record Colour(int red, int green, int blue) {
    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour BLACK = new Colour(0, 0, 0);

    /** {@code #RRGGBB} or {@code #RGB}, in either case; empty for anything else. */
    public static Optional<Colour> parse(String text) {
        String s = text.strip();
        if (!s.matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            return Optional.empty();
        }
        if (s.length() == 4) {
            s = "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
        }
        int value = Integer.parseInt(s.substring(1), 16);
        return Optional.of(new Colour(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff));
    }

    /** {@code #1d6b8f}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** WCAG 2.2's relative luminance: 0 for black, 1 for white. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The contrast ratio with {@code other}, at least 1. */
    public double contrastWith(Colour other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    /** A ratio as an editor reads it, "2.9:1": rounded down, so a colour just short of 4.5:1 never reads as 4.5:1. */
    public static String ratio(double contrast) {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(contrast * 10) / 10);
    }

    /**
     * This colour made darker in steps of lightness (in HSL, keeping its hue and saturation) until it has at least
     * {@code minimum} contrast with {@code background}; black if no step of the hue does. The first step that
     * passes: the nearest passing colour of the same hue.
     */
    public Colour darkenedUntil(double minimum, Colour background) {
        double[] hsl = hsl();
        for (double lightness = hsl[2]; lightness > 0; lightness -= 0.005) {
            Colour candidate = fromHsl(hsl[0], hsl[1], lightness);
            if (candidate.contrastWith(background) >= minimum) {
                return candidate;
            }
        }
        return BLACK;
    }

    /** Hue in turns (0 to 1), saturation and lightness (0 to 1). */
    private double[] hsl() {
        // Compared as whole channels: equal colours' parts are equal exactly.
        int most = Math.max(red, Math.max(green, blue));
        int least = Math.min(red, Math.min(green, blue));
        double max = most / 255.0;
        double min = least / 255.0;
        double lightness = (max + min) / 2;
        if (most == least) {
            return new double[] {0, 0, lightness};
        }
        double r = red / 255.0;
        double g = green / 255.0;
        double b = blue / 255.0;
        double d = max - min;
        double saturation = lightness > 0.5 ? d / (2 - max - min) : d / (max + min);
        double hue;
        if (most == red) {
            hue = (g - b) / d + (green < blue ? 6 : 0);
        } else if (most == green) {
            hue = (b - r) / d + 2;
        } else {
            hue = (r - g) / d + 4;
        }
        return new double[] {hue / 6, saturation, lightness};
    }

    private static Colour fromHsl(double hue, double saturation, double lightness) {
        if (saturation <= 0) {
            int grey = channel(lightness);
            return new Colour(grey, grey, grey);
        }
        double q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
        double p = 2 * lightness - q;
        return new Colour(
                channel(part(p, q, hue + 1.0 / 3)), channel(part(p, q, hue)), channel(part(p, q, hue - 1.0 / 3)));
    }

    private static double part(double p, double q, double t) {
        double h = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (h < 1.0 / 6) {
            return p + (q - p) * 6 * h;
        }
        if (h < 1.0 / 2) {
            return q;
        }
        if (h < 2.0 / 3) {
            return p + (q - p) * (2.0 / 3 - h) * 6;
        }
        return p;
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }
}
