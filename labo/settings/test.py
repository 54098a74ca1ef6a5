"""Test settings: fast hashing, e-mails kept in memory, tasks run immediately."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
# Tests that need Elasticsearch read ELASTICSEARCH_URL from the environment
# themselves; everything else indexes and searches on the database.
ELASTICSEARCH_URL = ""
# Whatever the environment says, tests check the production rule.
LABO_REQUIRE_MFA_FOR_STAFF = True
