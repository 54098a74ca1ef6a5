"""Production: every secret comes from the environment; missing ones stop the start.

Two processes run from this module: the web application (labo.wsgi) and the task
worker, `python manage.py db_worker`, which runs what Wagtail and the site queue
(search indexing, reference index, notification e-mails). Without a running worker
nothing published becomes searchable and no e-mail leaves. Finished tasks stay in
the table until `python manage.py prune_db_task_results` (14 days by default) runs,
e.g. daily.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
# The default of the other environments (localhost) would answer 400 to every
# real visitor: the site's host names must be given.
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production.")

DEBUG = False

# HTTPS, behind a proxy that terminates TLS and sets X-Forwarded-Proto.

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)  # noqa: F405
# The proxy's and the orchestrator's health checks call the application over
# plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool(  # noqa: F405
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# E-mail

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("EMAIL_PORT", "25")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS"),  # noqa: F405
            "timeout": 10,
        },
    }
}

# Files

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
    },
}

# Cache: shared by every web process when Redis is given, else one per process.

if REDIS_URL := os.environ.get("REDIS_URL", ""):
    CACHES = {
        "default": {
            "BACKEND": "labo.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            # A Redis that stops answering fails fast instead of holding requests.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }

# Background work: queued in the database, run by `manage.py db_worker`.

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Logging: one JSON object per line on stdout, for the log collector.

LOGGING = {
    **LOGGING,  # noqa: F405
    "formatters": {"json": {"()": "labo.logging.JSONFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
}

# Error reporting, when a Sentry (or compatible) DSN is given.

if SENTRY_DSN := os.environ.get("SENTRY_DSN", ""):
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE") or 0),
        # Forms and comments may hold personal data of young people despite the
        # checks: no user, IP address, cookie, request body nor local variable
        # leaves the server.
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
    )

# Behind the reverse proxy, allauth's per-address rate limits must read the
# client's address from X-Forwarded-For, not count every visitor as the proxy.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("ALLAUTH_TRUSTED_PROXY_COUNT", 0)  # noqa: F405
