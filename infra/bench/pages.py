"""Section 2: server time and SQL queries of the main pages, rendered anonymously
through Django's test client, with the caches cleared before each render and
then served from them."""

import math
import statistics
import time

from django.contrib.auth import get_user_model
from django.db.models import Count

from experiences.discussions.models import Comment, CommentStatus
from experiences.models import ExperienceIndexPage, ExperiencePage
from experiences.selectors import LISTING_PAGE_SIZE
from infra.bench.measure import caches_clear, proxy_client, statements_counted
from infra.bench.queries import query_string

RENDERS = 15
MIN_RENDERS = 3
PAGE_SECONDS = 10
THREAD_SIZE = 50
LISTING_DEEP_PAGE = 200
THREAD_LABEL = f"write-up with {THREAD_SIZE} messages"
LISTING_LABEL = "listing, page 1"
SEARCH_LABEL = "search with filters"
SEARCH_WITH_FILTERS = {
    "q": "atelier numérique",
    "territoire": "region-84",
    "theme": "inclusion-numerique",
}


def page_paths():
    """{label: path} of the pages measured, the write-up's thread made 50
    messages long first."""
    listing = ExperienceIndexPage.objects.live().first().url
    deep = min(
        LISTING_DEEP_PAGE,
        max(1, math.ceil(ExperiencePage.objects.live().count() / LISTING_PAGE_SIZE)),
    )
    return {
        "home": "/",
        LISTING_LABEL: listing,
        f"listing, page {deep}": f"{listing}?page={deep}",
        THREAD_LABEL: thread_page_ensure().url,
        SEARCH_LABEL: f"/recherche/?{query_string(SEARCH_WITH_FILTERS)}",
    }


def thread_page_ensure(size=THREAD_SIZE):
    """The live write-up whose published thread is longest without passing `size`
    messages, topped up to exactly `size` with messages copied from other threads."""
    published = Comment.objects.filter(
        status=CommentStatus.PUBLISHED,
        page__in=ExperiencePage.objects.live().public().values("pk"),
    )
    longest = (
        published.values("page")
        .annotate(n=Count("pk"))
        .filter(n__lte=size)
        .order_by("-n", "page")
        .first()
    )
    if longest is None:
        page, count = ExperiencePage.objects.live().public().order_by("pk").first(), 0
    else:
        page = ExperiencePage.objects.get(pk=longest["page"])
        count = longest["n"]
    missing = size - count
    if missing:
        author = get_user_model().objects.order_by("pk").first()
        bodies = list(
            published.exclude(page=page).values_list("body", flat=True)[:missing]
        ) or ["Merci pour ce retour, nous allons essayer."]
        Comment.objects.bulk_create(
            Comment(
                page=page,
                author=author,
                body=bodies[number % len(bodies)],
                last_activity_at=page.first_published_at,
            )
            for number in range(missing)
        )
    return page


def pages_measure(*, paths, progress):
    """{label: {path, uncached: {ms, queries}, cached: {ms, queries}}} of the
    pages in `paths` ({label: path})."""
    client = proxy_client()
    results = {}
    for label, path in paths.items():
        started = time.monotonic()
        uncached = _renders(client, path, clear=True)
        caches_clear()
        _render(client, path, clear=False)
        cached = _renders(client, path, clear=False)
        results[label] = {
            "path": path,
            "uncached": _median(uncached),
            "cached": _median(cached),
        }
        progress(
            f"  {label}: uncached {results[label]['uncached']['ms']:.1f} ms, "
            f"{results[label]['uncached']['queries']:.0f} queries; cached "
            f"{results[label]['cached']['ms']:.1f} ms "
            f"({time.monotonic() - started:.0f} s)"
        )
    return results


def _renders(client, path, *, clear):
    """RENDERS renders, fewer (MIN_RENDERS at least) once they took PAGE_SECONDS."""
    renders = []
    spent = 0.0
    while len(renders) < RENDERS and (
        len(renders) < MIN_RENDERS or spent < PAGE_SECONDS
    ):
        renders.append(_render(client, path, clear=clear))
        spent += renders[-1][0] / 1000
    return renders


def _render(client, path, *, clear):
    if clear:
        caches_clear()
    with statements_counted() as statements:
        start = time.perf_counter()
        response = client.get(path)
        elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise RuntimeError(f"{path}: {response.status_code}")
    return elapsed * 1000, len(statements)


def _median(renders):
    return {
        "ms": statistics.median(ms for ms, _ in renders),
        "queries": statistics.median(count for _, count in renders),
        "renders": len(renders),
    }
