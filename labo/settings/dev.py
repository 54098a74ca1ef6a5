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
# The legal notice of the demo site: fictitious, marked as such.
LABO_LEGAL_PUBLISHER = LABO_LEGAL_PUBLISHER or (  # noqa: F405
    "Association du Labo des Missions locales (démonstration)"
)
LABO_LEGAL_PUBLISHER_ADDRESS = LABO_LEGAL_PUBLISHER_ADDRESS or (  # noqa: F405
    "12 rue de l'Exemple\n75000 Paris"
)
LABO_LEGAL_PUBLISHER_CONTACT = LABO_LEGAL_PUBLISHER_CONTACT or (  # noqa: F405
    "contact@labo.example, 01 00 00 00 00"
)
LABO_LEGAL_DIRECTOR = LABO_LEGAL_DIRECTOR or "Camille Exemple, présidente"  # noqa: F405
LABO_LEGAL_HOST = LABO_LEGAL_HOST or "Hébergeur Exemple SAS"  # noqa: F405
LABO_LEGAL_HOST_ADDRESS = LABO_LEGAL_HOST_ADDRESS or (  # noqa: F405
    "1 avenue des Serveurs\n59000 Lille"
)
LABO_LEGAL_HOST_CONTACT = LABO_LEGAL_HOST_CONTACT or "03 00 00 00 00"  # noqa: F405
