package dev.pamphlet.site;

import dev.pamphlet.config.SiteConfig;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole site as the renderer sees it.
 *
 * @param guide       the home page first, then the articles in reading order (by {@code order}, then title)
 * @param bySource    every built page by its Markdown path
 * @param drafts      Markdown paths of drafts left out of this build
 * @param staticFiles content files copied as they are
 */
public record Site(SiteConfig config, List<Page> guide, Map<String, Page> bySource, Set<String> drafts,
                   Set<String> staticFiles) {

    public Page home() {
        return guide.get(0);
    }
}
