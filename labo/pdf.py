"""PDF downloads of write-ups and collections (docs/printing.md).

Tagged PDF/UA, made by WeasyPrint from the page's own content on the first
request, then kept under the page cache's generation (labo.memo): any change that
can show on a page makes it unreachable, so a PDF is never older than its page.
WeasyPrint reads nothing but our static files and uploads; it never goes out to the
network, whatever the content links to.
"""

import hashlib
import logging
import mimetypes
import threading
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe
from wagtail.models import Site

from experiences.models import CollectionPage, ExperiencePage, StrategyNotePage
from experiences.visibility import is_public
from labo import memo

logger = logging.getLogger(__name__)

TEMPLATES = {
    ExperiencePage: "pdf/experience_page.html",
    CollectionPage: "pdf/collection_page.html",
}
# How many PDFs one process renders at once, and how long a request waits for its
# turn: rendering is CPU-bound (a second for a usual write-up, 9 s for one with
# every field at its maximum length and 20 long steps: docs/printing.md), and a
# burst of downloads must not hold every worker thread away from the pages.
RENDER_SLOTS = 1
RENDER_WAIT_SECONDS = 5
# Beyond this much HTML (about 100 printed pages) no PDF is made: the page itself
# still prints from the browser. Rendering time grows with the length.
MAX_HTML_LENGTH = 400_000
# How long the size shown beside the link is remembered for one publication.
SIZE_SECONDS = 30 * 24 * 3600

_render_slots = threading.BoundedSemaphore(RENDER_SLOTS)


class RenderBusy(Exception):
    """Every render slot stayed taken for RENDER_WAIT_SECONDS."""


class TooLong(Exception):
    """The page's HTML is longer than MAX_HTML_LENGTH."""


class Unavailable(Exception):
    """WeasyPrint cannot load (Pango missing on the server)."""


@require_safe
def page_pdf(request, section, slug):
    """The PDF of a write-up or collection anyone may read; 404 for anything else
    (drafts and private pages included, whoever asks). A PDF in the cache is
    served without a query: it was kept for a page anyone could read, and any
    change to that (publication, privacy) starts a new generation."""
    key = _pdf_key(request)
    pdf = cache.get(key) if memo.enabled() else None
    if pdf is None:
        page = _public_page(request, [section, slug])
        try:
            pdf = _pdf_make(page=page, request=request, key=key)
        except RenderBusy:
            response = render(request, "pdf/busy.html", {"page": page}, status=503)
            response["Retry-After"] = "30"
            return response
        except Unavailable:
            return render(request, "pdf/unavailable.html", {"page": page}, status=503)
        except TooLong:
            return render(request, "pdf/too_long.html", {"page": page}, status=422)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{slug}.pdf"
    )
    # Proxies are never told to drop a PDF when its page changes: they must ask.
    response["Cache-Control"] = "no-cache"
    return response


def _public_page(request, path_components):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    page = site.root_page.specific.route(request, path_components).page
    if not isinstance(page, tuple(TEMPLATES)) or not is_public(page):
        raise Http404
    return page


def _pdf_make(*, page, request, key):
    """Renders the page's PDF, one at a time per process, and keeps it (when the
    page cache is on) with its size."""
    if not _render_slots.acquire(timeout=RENDER_WAIT_SECONDS):
        raise RenderBusy
    try:
        # Another request may have rendered it while this one waited.
        if memo.enabled() and (pdf := cache.get(key)) is not None:
            return pdf
        pdf = pdf_render(page=page, request=request)
    finally:
        _render_slots.release()
    if memo.enabled():
        cache.set(key, pdf, timeout=settings.LABO_PAGE_CACHE_SECONDS)
    cache.set(_size_key(page), len(pdf), timeout=SIZE_SECONDS)
    return pdf


def pdf_size(page):
    """Bytes of the page's PDF as last rendered for this publication, or None."""
    return cache.get(_size_key(page))


def pdf_render(*, page, request):
    """Renders the PDF of `page` (a write-up or a collection) for `request`'s
    site, as PDF/UA-1."""
    # Imported here: loading WeasyPrint (and Pango under it) takes half a second,
    # which every process would pay at start-up for a feature few requests use.
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        logger.error("PDF unavailable: WeasyPrint cannot load: %s", error)
        raise Unavailable from error

    base_url = request.build_absolute_uri("/")
    context = page.get_context(request)
    if isinstance(page, CollectionPage):
        context["items"] = _collection_items(context["entries"], request)
    context["page_address"] = request.build_absolute_uri(page.url)
    html = render_to_string(TEMPLATES[type(page)], context)
    if len(html) > MAX_HTML_LENGTH:
        raise TooLong
    document = HTML(
        string=html, base_url=base_url, url_fetcher=OfflineFetcher(base_url)
    )
    return document.write_pdf(pdf_variant="pdf/ua-1")


def _collection_items(entries, request):
    """The collection's entries as the PDF lists them: kind, territory and
    maturity spelled out, and the full address for the paper copy."""
    for model in (ExperiencePage, StrategyNotePage):
        pages = [item for item, _comment in entries if isinstance(item, model)]
        prefetch_related_objects(pages, "territory")
    items = []
    for item, comment in entries:
        if isinstance(item, ExperiencePage):
            facts = ["Fiche expérience", str(item.territory)]
            if item.maturity:
                facts.append(f"maturité : {item.get_maturity_display().lower()}")
        else:
            facts = ["Note stratégique", str(item.territory or "nationale")]
        items.append(
            {
                "page": item,
                "comment": comment,
                "facts": facts,
                "address": request.build_absolute_uri(item.url),
            }
        )
    return items


def _pdf_key(request):
    address = hashlib.sha256(request.build_absolute_uri(request.path).encode())
    return f"labo:pdf:{memo.generation()}:{address.hexdigest()}"


def _size_key(page):
    published = page.last_published_at.isoformat() if page.last_published_at else ""
    return f"labo:pdf-size:{page.pk}:{published}"


class OfflineFetcher:
    """WeasyPrint's URL fetcher, limited to the site's static files and uploads,
    read from storage: any other address (another host, `file:`, `data:`, a page
    of the site) is refused without a request."""

    def __init__(self, base_url):
        self.static_prefix = urljoin(base_url, settings.STATIC_URL)
        self.media_prefix = urljoin(base_url, settings.MEDIA_URL)

    def __call__(self, url):
        # WeasyPrint is loaded by then (see `pdf_render`).
        from weasyprint.urls import URLFetcherResponse

        path = urlsplit(url).path
        if url.startswith(self.static_prefix):
            body = _static_file(path.removeprefix(urlsplit(self.static_prefix).path))
        elif url.startswith(self.media_prefix):
            body = _media_file(path.removeprefix(urlsplit(self.media_prefix).path))
        else:
            raise ValueError(f"The PDF reads only static files and uploads: {url}")
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})


def _static_file(name):
    name = unquote(name)
    if ".." in name.split("/"):
        raise ValueError(f"Not a static file: {name}")
    # Collected files (with their hashed names) in production, the apps' own
    # static folders in development and tests.
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name) as file:
            return file.read()
    found = finders.find(name)
    if not found:
        raise ValueError(f"No static file {name}")
    with open(found, "rb") as file:
        return file.read()


def _media_file(name):
    name = unquote(name)
    if ".." in name.split("/"):
        raise ValueError(f"Not an upload: {name}")
    with default_storage.open(name) as file:
        return file.read()
