package dev.pamphlet.render;

import dev.pamphlet.config.Branding;
import java.nio.charset.StandardCharsets;

/**
 * {@code assets/brand.css}: the built-in theme's header with site.yml's logo, colour and header links. A file of
 * its own, as the pages' Content-Security-Policy allows no style in the page, and only for a site that sets one of
 * them: every other site's pages and style sheet stay as they were.
 */
public final class BrandStyle {
    /** Where it is written, from the site root; the layout links it when {@code site.brand} is set. */
    public static final String PATH = "assets/brand.css";

    private BrandStyle() {}

    /** The style sheet for {@code branding}, which sets something. */
    public static byte[] of(Branding branding) {
        StringBuilder css =
                new StringBuilder("/* Written by Pamphlet from the logo, colour and header_links of site.yml. */\n");
        if (branding.colour() != null) {
            String hex = branding.colour().hex();
            // The header's background and every link: site.yml's colour was checked against white and the boxes.
            css.append(":root {\n  --brand: ")
                    .append(hex)
                    .append(";\n  --link: ")
                    .append(hex)
                    .append(";\n}\n\n");
        }
        css.append("""
                /* The logo beside the site's name, or above it where a phone has no room for both. */
                .site-title {
                  display: inline-flex;
                  flex-wrap: wrap;
                  align-items: center;
                  gap: 0.25rem 0.75rem;
                }

                /* About 48 pixels high whatever the picture's size; its width and height attributes keep its shape. */
                .site-logo {
                  height: 3rem;
                  width: auto;
                  max-width: 100%;
                }

                .header-links ul {
                  list-style: none;
                  display: flex;
                  flex-wrap: wrap;
                  gap: 0.25rem 1.25rem;
                  margin: 0;
                  padding: 0;
                }

                /* White on the header's colour; each link a target at least 24 pixels high (WCAG 2.5.8). */
                .header-links a,
                .header-links a:visited,
                .header-links a:hover {
                  color: #ffffff;
                  font-weight: 700;
                  display: inline-block;
                  min-height: 1.5rem;
                  line-height: 1.5rem;
                }
                """);
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }
}
