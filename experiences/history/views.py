"""A write-up's history for its readers, and two of its published versions
compared: only for a write-up anyone may read."""

import re

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.models import Site

from experiences.history import selectors
from experiences.models import ExperiencePage
from experiences.visibility import is_public

# A revision id as the history's links write it; anything else is refused before
# any query.
REVISION_ID = re.compile(r"[1-9][0-9]{0,9}")


@require_safe
def history(request, slug):
    page = _readable_write_up(request, slug)
    return render(
        request,
        "experiences/history/history.html",
        {
            "page": page,
            "page_obj": selectors.history_page(
                page=page, page_number=request.GET.get("page")
            ),
        },
    )


@require_safe
def compare(request, slug):
    page = _readable_write_up(request, slug)
    older_id, newer_id = request.GET.get("de", ""), request.GET.get("a", "")
    if not (
        REVISION_ID.fullmatch(older_id)
        and REVISION_ID.fullmatch(newer_id)
        and older_id != newer_id
    ):
        return render(
            request,
            "experiences/history/compare_refused.html",
            {"page": page},
            status=400,
        )
    versions = selectors.published_versions(
        page=page, revision_ids=[int(older_id), int(newer_id)]
    )
    if len(versions) != 2:
        # Another write-up's version, a draft, a version never published.
        raise Http404
    older, newer = sorted(versions.items(), key=lambda version: version[1])
    comparison = selectors.comparison(page=page, older=older, newer=newer)
    if comparison is None:
        # A revision deleted since (Wagtail's purge_revisions).
        raise Http404
    return render(
        request,
        "experiences/history/compare.html",
        {"page": page, "comparison": comparison},
    )


def _readable_write_up(request, slug):
    """The write-up at /experiences/<slug>/ if anyone may read it (drafts, private
    pages and other kinds of page are a 404, whoever asks)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    # Found as its own address finds it: Wagtail's routing, live pages only.
    page = site.root_page.specific.route(request, ["experiences", slug]).page
    if not isinstance(page, ExperiencePage) or not is_public(page):
        raise Http404
    return page
