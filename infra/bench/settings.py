"""Benchmark settings: production's, served on loopback. LABO_BENCH_CACHE=0 puts
Django's DummyCache behind every cache alias, to measure pages built every time."""

from labo.settings.production import *  # noqa: F403

if not env_bool("LABO_BENCH_CACHE", default=True):  # noqa: F405
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
        for alias in globals().get("CACHES", {"default": None})
    }
