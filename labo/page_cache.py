"""The cache of the pages anonymous visitors read, and of the data pages share.

Every key carries one generation token. Any change that can show on a page —
publication, unpublication, move, deletion, privacy, a message in a thread,
taxonomy, a member's public name — replaces the token, so everything cached
before becomes unreachable at once. Coarse, but always right: pages show one
another (cards on the home page, listings and collections, notes and collections
under a write-up, replication chains, members' names in threads), so anything
finer needs a dependency graph to stay correct, and writes are rare beside reads.

A page is kept only for a visitor without session or messages cookie, once
Wagtail has checked its view restrictions, and only if rendering it used no CSRF
token, changed no session and queued no message: what is kept is what every
anonymous visitor sees.
"""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control, patch_vary_headers
from taggit.models import Tag
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents import get_document_model
from wagtail.models import ModelLogEntry, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from experiences.discussions.models import Comment
from experiences.follow_ups.signals import follow_ups_changed
from experiences.maturity.signals import maturity_changed
from experiences.reproductions import reproduction_counts_changed
from experiences.taxonomy.models import Audience, Territory, Theme
from labo.accounts.models import Profile
from labo.memo import enabled, generation, generation_bump, request_memory

MESSAGES_COOKIE = "messages"


def pages_changed(**kwargs):
    """Receiver of every change that can show on a page."""
    generation_bump()
    # Once more after the commit: a page rendered between the first bump and the
    # commit still read the old data, and must not stay cached.
    transaction.on_commit(generation_bump)


def comment_logged(sender, instance, created, **kwargs):
    """Moderation decisions and automatic hiding are logged after the message
    changes, sometimes through an update that sends no signal of its own."""
    if instance.content_type_id == ContentType.objects.get_for_model(Comment).pk:
        pages_changed()


def frontend_purge(sender, instance, **kwargs):
    """Asks the caching proxy (LABO_FRONTEND_CACHE_URL) to drop the page, its
    section's listing and the home page."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages([instance, *instance.get_ancestors().filter(depth__gte=2)])
    batch.purge()


def serve_marked(serve):
    """Innermost `on_serve_page` hook: reached only once Wagtail's own hook has
    let the request through the page's view restrictions."""

    def inner(page, request, serve_args, serve_kwargs):
        request.labo_page_allowed = True
        return serve(page, request, serve_args, serve_kwargs)

    return inner


def connect():
    hooks.register("on_serve_page", serve_marked, order=100)
    for signal in (
        page_published,
        page_unpublished,
        post_page_move,
        follow_ups_changed,
        maturity_changed,
        reproduction_counts_changed,
    ):
        signal.connect(pages_changed, dispatch_uid="labo_pages_changed")
    for signal in (page_published, page_unpublished):
        signal.connect(frontend_purge, dispatch_uid="labo_frontend_purge")
    for model in get_page_models():
        post_delete.connect(
            pages_changed,
            sender=model,
            dispatch_uid=f"labo_pages_changed_{model._meta.label}",
        )
    shown_on_pages = (
        PageViewRestriction,
        Site,
        Theme,
        Audience,
        Territory,
        Tag,
        Comment,
        Profile,
        get_document_model(),
    )
    for model in shown_on_pages:
        for signal in (post_save, post_delete):
            signal.connect(
                pages_changed,
                sender=model,
                dispatch_uid=f"labo_pages_changed_{model._meta.label}",
            )
    # A deleted account's messages are signed « Ancien membre »; a login saves
    # the account too, and changes nothing on a page.
    post_delete.connect(
        pages_changed, sender=get_user_model(), dispatch_uid="labo_pages_user"
    )
    post_save.connect(
        comment_logged, sender=ModelLogEntry, dispatch_uid="labo_pages_comment_log"
    )


class PageCacheMiddleware:
    """Serves Wagtail pages to anonymous visitors from the cache, keeps the ones
    every visitor may share, and says so to proxies in `Cache-Control`. Also
    gives each request its own `labo.memo.memoize` memory."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_memory():
            response = self.get_response(request)
        if not getattr(request, "labo_page_request", False) or getattr(
            request, "labo_page_hit", False
        ):
            return response
        if _shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.LABO_PROXY_CACHE_SECONDS,
            )
            patch_vary_headers(response, ["Cookie"])
            if request.method == "GET" and enabled():
                cache.set(
                    _page_key(request),
                    response,
                    timeout=settings.LABO_PAGE_CACHE_SECONDS,
                )
        elif not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name != "wagtail_serve":
            return None
        request.labo_page_request = True
        if not enabled() or not _anonymous(request):
            return None
        response = cache.get(_page_key(request))
        if response is not None:
            request.labo_page_hit = True
        return response


def _anonymous(request):
    """No session (so no member) and no message waiting to be shown."""
    return request.method in ("GET", "HEAD") and not (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or MESSAGES_COOKIE in request.COOKIES
    )


def _shareable(request, response):
    messages = getattr(request, "_messages", None)
    return (
        _anonymous(request)
        and getattr(request, "labo_page_allowed", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.session.modified
        and not (messages is not None and messages.added_new)
    )


def _page_key(request):
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"labo:page:{generation()}:{address}"
