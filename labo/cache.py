"""A Redis cache that the site survives: while Redis does not answer, every
operation is a miss and the site serves pages uncached."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class DegradingRedisCache(RedisCache):
    """Django's RedisCache, answering as an empty cache while Redis fails.

    After a failure Redis is left alone for `retry_seconds`, so that a Redis
    that does not answer costs one connection timeout, and one log line, per
    process and interval rather than per key. The first answer after an outage
    empties the cache: a write lost meanwhile (a new page-cache generation, a
    deletion) could otherwise leave stale entries behind.
    """

    retry_seconds = 30

    def __init__(self, server, params):
        super().__init__(server, params)
        self._retry_at = None

    def _attempt(self, fallback, operation, *args):
        now = time.monotonic()
        if self._retry_at is not None:
            if now < self._retry_at:
                return fallback
            try:
                super().clear()
            except RedisError:
                self._retry_at = now + self.retry_seconds
                return fallback
            self._retry_at = None
            logger.warning("Redis answers again: the cache was emptied.")
        try:
            return operation(*args)
        except RedisError as error:
            self._retry_at = now + self.retry_seconds
            logger.warning(
                "Redis does not answer (%s): the cache and the rate limits are "
                "off for %s s.",
                error,
                self.retry_seconds,
            )
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # True: allauth takes its rate-limit lock with add(); a lock that could
        # never be taken would refuse every login instead of letting it through.
        return self._attempt(True, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._attempt(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._attempt(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._attempt({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._attempt(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        value = self._attempt(None, super().incr, key, delta, version)
        if value is None:
            # What Django's caches raise for a key they do not hold.
            raise ValueError(f"Key {key!r} not found.")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._attempt(None, super().delete_many, keys, version)

    def clear(self):
        return self._attempt(None, super().clear)
