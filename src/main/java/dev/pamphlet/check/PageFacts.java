package dev.pamphlet.check;

import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;
import dev.pamphlet.site.Page;
import java.util.List;
import java.util.Set;

/** What the cross-page link check keeps of each rendered page: small, so memory does not grow with page size. */
public record PageFacts(Page page, Set<String> headingIds, List<LinkRef> links) {}
