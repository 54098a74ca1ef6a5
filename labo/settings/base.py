"""Settings shared by every environment; secrets and URLs come from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


def env_int(name, default):
    return int(os.environ.get(name) or default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean, not {value!r}")


# Core

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

ROOT_URLCONF = "labo.urls"
WSGI_APPLICATION = "labo.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Applications

INSTALLED_APPS = [
    # The Labo's apps, from the site wiring down to the taxonomy (docs/architecture.md).
    "labo",
    "search",
    "experiences",
    "experiences.discussions",
    "experiences.history",
    "experiences.follow_ups",
    "experiences.maturity",
    "labo.accounts",
    "experiences.taxonomy",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    # The queue of production's worker; installed everywhere so that every
    # database has its table and migrations stay in step.
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "labo.middleware.ControlCharactersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Security headers, the same in every environment so that the test suites, the
# browser one included, run under the policy that production sends.

SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview panel frames same-origin pages, but its preview views send
# SAMEORIGIN themselves (xframe_options_sameorigin_override), so every other page
# can refuse to be framed.
X_FRAME_OPTIONS = "DENY"
# The public site: no inline script or style, no third-party origin. htmx comes
# from /static/; data: images are the QR codes of the authenticator set-up.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The Wagtail admin (/admin/, through labo.csp.admin_csp in labo/urls.py): Wagtail 8
# writes inline <script> elements (inline panels, date pickers, choosers) and style
# attributes without a nonce, so inline code is allowed there, and only there; still
# no third-party origin, no eval. blob: is for the previews of images being
# uploaded; frame-ancestors 'self' lets the preview panel frame the preview views.
LABO_ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "frame-ancestors": [CSP.SELF],
}

# Database: an embedded SQLite file unless DATABASE_URL names another server.

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

# Background work: Wagtail indexes pages and updates references through tasks.

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Internationalisation

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# Static and media files

STATICFILES_DIRS = [BASE_DIR / "labo" / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Whether Django serves MEDIA_ROOT itself (`make run`); a proxy does in production.
LABO_SERVE_MEDIA = False

# Authentication

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# E-mail

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Le Labo <labo@localhost>")
# The outbox (labo/accounts/outbox.py): an e-mail the mail server refuses is tried again
# after LABO_EMAIL_RETRY_SECONDS, then twice as long after each failure, and
# abandoned after LABO_EMAIL_MAX_ATTEMPTS tries (10: the last one about 8 h 30
# after the first). Sent and abandoned e-mails are deleted after
# LABO_EMAIL_KEEP_DAYS by `manage.py email_retry`.
LABO_EMAIL_MAX_ATTEMPTS = env_int("LABO_EMAIL_MAX_ATTEMPTS", 10)
LABO_EMAIL_RETRY_SECONDS = env_int("LABO_EMAIL_RETRY_SECONDS", 60)
LABO_EMAIL_KEEP_DAYS = env_int("LABO_EMAIL_KEEP_DAYS", 14)
# Asked just before each attempt whether the e-mail is still to be sent
# (a function of the OutgoingEmail, returning False to withdraw it).
LABO_EMAIL_SEND_CHECKS = [
    "experiences.discussions.notifications.follower_email_due",
    "experiences.follow_ups.notifications.invitation_email_due",
]

# Wagtail

WAGTAIL_SITE_NAME = "Le Labo des Missions locales"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # French stemming without accents, created by search/migrations/0001.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "french_unaccent"
# Scale-out search: when set, search and indexing use Elasticsearch, and fall back
# to the database whenever it does not answer.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
LABO_SEARCH_INDEX = os.environ.get("LABO_SEARCH_INDEX", "labo-pages")
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: a third-party origin, and a hash of each editor's
# e-mail address sent to it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odp",
    "ods",
    "odt",
    "pdf",
    "pptx",
    "txt",
    "xlsx",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A file whose content does not match its extension is refused (labo.uploads).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "labo.uploads.DocumentForm"
# Always through Django's view, whatever the storage: it applies the collection's
# privacy and sends Content-Security-Policy "default-src 'none'" and nosniff.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is downloaded, never opened on the Labo's address: a PDF can
# carry JavaScript and forms that the browser's viewer would run there.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# No SVG (it carries script), no GIF, AVIF or HEIC: photos and screenshots.
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 50 megapixels: a 48-megapixel phone photo passes, a decompression bomb does not.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
# Every image is re-encoded on upload: no EXIF (GPS position, camera serial number)
# of the young people photographed, and no crafted file kept as it came.
WAGTAILIMAGES_IMAGE_FORM_BASE = "labo.uploads.ImageForm"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Form fields are bounded (a full write-up in accented French is under 1 MB once
# URL-encoded); files are bounded separately, above.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
TAGGIT_CASE_INSENSITIVE = True
# The public read API (labo/api.py): 50 pages a request at most, and no search
# there (/recherche/ is the site's search); rich text with links resolved.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = False
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
# Links written as "www.…" in messages get https://, as Django 2028 will do.
URLIZE_ASSUME_HTTPS = True

# Logging: everything to the console, where the process manager collects it.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per task run drowns everything else; failures are still logged.
    # Presidio names each recognizer it loads, at every worker start.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "presidio-analyzer": {"level": "WARNING"},
    },
}

# Accounts (django-allauth)

INSTALLED_APPS += ["allauth", "allauth.account", "allauth.mfa"]
MIDDLEWARE += [
    "allauth.account.middleware.AccountMiddleware",
    "labo.accounts.middleware.StaffMFARequiredMiddleware",
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
# Editors sign in through allauth too, so its rate limits and MFA apply to them.
WAGTAILADMIN_LOGIN_URL = "account_login"
# Passwords and e-mail addresses change through allauth, which verifies them.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

ACCOUNT_ADAPTER = "labo.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# The Mission locale, asked at sign-up, routes the account to its region's coordination.
ACCOUNT_SIGNUP_FORM_CLASS = "labo.accounts.forms.SignupExtraForm"
ACCOUNT_FORMS = {
    "signup": "labo.accounts.allauth_forms.LaboSignupForm",
    "login": "labo.accounts.allauth_forms.LaboLoginForm",
    "reset_password": "labo.accounts.allauth_forms.LaboResetPasswordForm",
}
# Django's username stays (Wagtail's admin shows it); the adapter fills in the e-mail.
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# The link signs in only in the browser that signed up (allauth keeps the pending
# sign-up in that session); elsewhere the member is asked to log in.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Le Labo] "
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# allauth's own defaults, written out so that a change is a reviewed decision.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Le Labo des Missions locales"
# A code typed as the 30-second window turns is still accepted (one step either
# side, as RFC 6238 advises for clock drift and slow typing).
MFA_TOTP_TOLERANCE = 1
# Accounts with access to /admin/ must activate an authenticator app first.
LABO_REQUIRE_MFA_FOR_STAFF = env_bool("LABO_REQUIRE_MFA_FOR_STAFF", default=True)

# Who may sign up: "open" (anyone, approved once the e-mail is verified),
# "domains" (only addresses in LABO_SIGNUP_DOMAINS, approved once verified),
# "approval" (anyone, but a coordinator approves the account before it publishes).
LABO_SIGNUP_POLICY = os.environ.get("LABO_SIGNUP_POLICY", "approval")
LABO_SIGNUP_DOMAINS = [domain.lower() for domain in env_list("LABO_SIGNUP_DOMAINS")]
if LABO_SIGNUP_POLICY not in {"open", "domains", "approval"}:
    raise ImproperlyConfigured(
        f"LABO_SIGNUP_POLICY must be open, domains or approval, "
        f"not {LABO_SIGNUP_POLICY!r}"
    )
if LABO_SIGNUP_POLICY == "domains" and not LABO_SIGNUP_DOMAINS:
    raise ImproperlyConfigured("LABO_SIGNUP_POLICY=domains needs LABO_SIGNUP_DOMAINS.")

# Write-ups a pending account may draft before a coordinator approves it.
LABO_PENDING_DRAFT_LIMIT = env_int("LABO_PENDING_DRAFT_LIMIT", 3)

# Discussions: moderation rules, each adjustable from the environment.

# A member's first comments wait for a moderator; later ones are published at once.
LABO_COMMENT_PREMODERATED = env_int("LABO_COMMENT_PREMODERATED", 3)
# Reports from this many distinct members hide a comment until a moderator decides.
LABO_COMMENT_REPORT_THRESHOLD = env_int("LABO_COMMENT_REPORT_THRESHOLD", 3)
# Reports one member may send in an hour, whatever the messages.
LABO_REPORT_RATE_PER_HOUR = env_int("LABO_REPORT_RATE_PER_HOUR", 10)
LABO_COMMENT_RATE_PER_MINUTE = env_int("LABO_COMMENT_RATE_PER_MINUTE", 5)
LABO_COMMENT_RATE_PER_DAY = env_int("LABO_COMMENT_RATE_PER_DAY", 50)
LABO_COMMENT_EDIT_MINUTES = env_int("LABO_COMMENT_EDIT_MINUTES", 15)
# Links a member may put in one comment while still pre-moderated.
LABO_COMMENT_NEW_MEMBER_LINKS = env_int("LABO_COMMENT_NEW_MEMBER_LINKS", 1)
# Six months later (experiences.follow_ups): the authors of a published write-up
# whose experiment runs or has just ended are asked how it turned out this many
# days after its first publication, reminded once this many days later.
LABO_FOLLOW_UP_AFTER_DAYS = env_int("LABO_FOLLOW_UP_AFTER_DAYS", 183)
LABO_FOLLOW_UP_REMINDER_DAYS = env_int("LABO_FOLLOW_UP_REMINDER_DAYS", 21)
# A validated maturity ("évaluée", "essaimée") is reviewed after this many months
# (experiences.maturity); the coordinators' queue shows it this many days before.
LABO_MATURITY_REVIEW_MONTHS = env_int("LABO_MATURITY_REVIEW_MONTHS", 18)
LABO_MATURITY_REVIEW_NEAR_DAYS = env_int("LABO_MATURITY_REVIEW_NEAR_DAYS", 60)

# The moderation charter linked from every comment form: a StandardPage's slug.
LABO_CHARTER_SLUG = os.environ.get("LABO_CHARTER_SLUG", "charte")

# Legal notice (labo/legal.py): the facts French law requires on « Mentions
# légales ». Production reads them from the environment; an empty one shows
# « à compléter » and the system check labo.W001 warns.
LABO_LEGAL_PUBLISHER = os.environ.get("LABO_LEGAL_PUBLISHER", "")
LABO_LEGAL_PUBLISHER_ADDRESS = os.environ.get("LABO_LEGAL_PUBLISHER_ADDRESS", "")
LABO_LEGAL_PUBLISHER_CONTACT = os.environ.get("LABO_LEGAL_PUBLISHER_CONTACT", "")
LABO_LEGAL_PUBLISHER_ID = os.environ.get("LABO_LEGAL_PUBLISHER_ID", "")
LABO_LEGAL_DIRECTOR = os.environ.get("LABO_LEGAL_DIRECTOR", "")
LABO_LEGAL_HOST = os.environ.get("LABO_LEGAL_HOST", "")
LABO_LEGAL_HOST_ADDRESS = os.environ.get("LABO_LEGAL_HOST_ADDRESS", "")
LABO_LEGAL_HOST_CONTACT = os.environ.get("LABO_LEGAL_HOST_CONTACT", "")

# Page cache (labo/page_cache.py)

MIDDLEWARE += ["labo.page_cache.PageCacheMiddleware"]
# Seconds an anonymous visitor's page stays in the cache; 0 turns the cache off.
# Every process must share the cache for a publication to reach them all, so it
# is on by default only with Redis (REDIS_URL).
LABO_PAGE_CACHE_SECONDS = env_int(
    "LABO_PAGE_CACHE_SECONDS", 600 if os.environ.get("REDIS_URL") else 0
)
# Seconds a caching proxy may keep an anonymous page (Cache-Control: s-maxage).
LABO_PROXY_CACHE_SECONDS = env_int("LABO_PROXY_CACHE_SECONDS", 60)
# A caching proxy in front of the site that accepts HTTP PURGE (Varnish, nginx
# with a purge module): a page published or unpublished is purged from it, with
# its section's listing and the home page.
LABO_FRONTEND_CACHE_URL = os.environ.get("LABO_FRONTEND_CACHE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": LABO_FRONTEND_CACHE_URL,
        }
    }
    if LABO_FRONTEND_CACHE_URL
    else {}
)
