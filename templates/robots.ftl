User-agent: *
Disallow:

Sitemap: ${site.baseUrl}sitemap.xml
