"""Local development: `make run` uses these settings."""

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", default=True)  # noqa: F405
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: F405
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
