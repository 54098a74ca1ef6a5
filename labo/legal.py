"""The legal notice's facts (« mentions légales », loi pour la confiance dans
l'économie numérique, article 6-III): who publishes the Labo, who answers for it
and who hosts it, read from the settings, shown on the legal notice page and
checked when the site starts."""

from django.conf import settings
from django.core import checks

LEGAL_NOTICE_SLUG = "mentions-legales"

# (heading, ((label, setting, required), ...)); optional facts are left out when empty.
SECTIONS = (
    (
        "Éditeur du site",
        (
            ("Nom", "LABO_LEGAL_PUBLISHER", True),
            ("Adresse", "LABO_LEGAL_PUBLISHER_ADDRESS", True),
            ("Contact", "LABO_LEGAL_PUBLISHER_CONTACT", True),
            ("Immatriculation", "LABO_LEGAL_PUBLISHER_ID", False),
        ),
    ),
    (
        "Direction de la publication",
        (("Directeur ou directrice de la publication", "LABO_LEGAL_DIRECTOR", True),),
    ),
    (
        "Hébergement",
        (
            ("Hébergeur", "LABO_LEGAL_HOST", True),
            ("Adresse", "LABO_LEGAL_HOST_ADDRESS", True),
            ("Contact", "LABO_LEGAL_HOST_CONTACT", True),
        ),
    ),
)


def _value(setting):
    return (getattr(settings, setting, "") or "").strip()


def legal_notice_sections():
    """Each section's heading and its (label, value) rows; a required fact that is
    not set has the value None, shown « à compléter »."""
    return [
        (
            heading,
            [
                (label, _value(setting) or None)
                for label, setting, required in rows
                if required or _value(setting)
            ],
        )
        for heading, rows in SECTIONS
    ]


def legal_settings_missing():
    return [
        setting
        for _heading, rows in SECTIONS
        for _label, setting, required in rows
        if required and not _value(setting)
    ]


def legal_settings_check(app_configs=None, **kwargs):
    """Warns while a fact the law requires on the legal notice is not set."""
    missing = legal_settings_missing()
    if not missing:
        return []
    return [
        checks.Warning(
            f"The legal notice is incomplete: {', '.join(missing)} not set.",
            hint=(
                "Set them in the environment (docs/operations.md, legal notice); "
                "until then the page shows « à compléter »."
            ),
            id="labo.W001",
        )
    ]
