"""/sitemap.xml: Wagtail's sitemap of the site's pages, limited to the pages
anyone may read, as experiences.visibility decides for every other listing."""

from wagtail.contrib.sitemaps import Sitemap

from experiences.visibility import public_pages


class PublicSitemap(Sitemap):
    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True)
        return public_pages(pages).order_by("path").defer_streamfields().specific()


SITEMAPS = {"wagtail": PublicSitemap}
