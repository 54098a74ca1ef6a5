"""Data the pages share, computed once and kept until the next change that can
show on a page.

One generation token stands for "the content as it is now": every key carries it,
and any change that can show on a page replaces it (labo.page_cache connects the
signals that do), so everything kept before becomes unreachable at once. The same
token keys the anonymous page cache of labo.page_cache.
"""

import hashlib
import secrets
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "labo:pages:generation"
_MISSING = object()
# What `memoize` computed during the current request (see `request_memory`).
_request_memo = ContextVar("labo_request_memo", default=None)


def enabled() -> bool:
    return settings.LABO_PAGE_CACHE_SECONDS > 0


def generation() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        # A lost token (eviction, restart) is replaced by a new one, never by an
        # old value that entries written long ago might still carry.
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        token = cache.get(GENERATION_KEY)
    return token


def generation_bump() -> None:
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


@contextmanager
def request_memory():
    """Within it, `memoize` also keeps its values in memory for the request."""
    token = _request_memo.set({})
    try:
        yield
    finally:
        _request_memo.reset(token)


def memoize(name, compute):
    """`compute()`, kept for the rest of the request and, with the page cache on,
    until the next change that can show on a page."""
    request_memo = _request_memo.get()
    if request_memo is not None and name in request_memo:
        return request_memo[name]
    if enabled():
        digest = hashlib.sha256(name.encode()).hexdigest()
        key = f"labo:data:{generation()}:{digest}"
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, timeout=settings.LABO_PAGE_CACHE_SECONDS)
    else:
        value = compute()
    if request_memo is not None:
        request_memo[name] = value
    return value
