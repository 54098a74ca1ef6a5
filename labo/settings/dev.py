"""Local development: `make run` uses these settings."""

from .base import *  # noqa: F403

# Off, so that `make run` shows the site as its visitors see it (French error
# pages, no tracebacks); `make run DEBUG=1` shows Django's debug pages.
DEBUG = env_bool("DEBUG", default=False)  # noqa: F405
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: F405
# Uploaded images and documents: the proxy serves them in production.
LABO_SERVE_MEDIA = True
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
# The demo accounts made by `seed_demo` have no second factor, and a newcomer must
# be able to explore the admin with them; set the variable to 1 to try the rule.
LABO_REQUIRE_MFA_FOR_STAFF = env_bool(  # noqa: F405
    "LABO_REQUIRE_MFA_FOR_STAFF", default=False
)
