/**
 * Freemarker templates and what they see: read-only view records of the site and each page
 * ({@code Views}), the site-wide outputs as data ({@code SiteOutputs}: 404 page, search page and index, glossary,
 * sitemap, robots, feed), and the search index.
 */
package dev.pamphlet.render;
