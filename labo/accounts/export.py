"""Everything the Labo holds about a member, as one JSON document.

Each section is a function of the user returning plain data; to add one (comments,
reports…), write the function and add it to EXPORT_SECTIONS.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from wagtail.models import Page

from labo.models import OutgoingEmail, Profile


def _date(value):
    return value.isoformat() if value else None


def account_section(user):
    return {
        "email": user.email,
        "inscrit_le": _date(user.date_joined),
        "derniere_connexion": _date(user.last_login),
        "groupes": sorted(user.groups.values_list("name", flat=True)),
    }


def profile_section(user):
    profile = (
        Profile.objects.filter(user=user)
        .select_related("mission_locale", "review_region")
        .first()
    )
    if profile is None:
        return None
    return {
        "nom_affiche": profile.display_name,
        "mission_locale": getattr(profile.mission_locale, "name", None),
        "presentation": profile.bio,
        "statut": str(profile.get_status_display()),
        "valide_le": _date(profile.approved_at),
        "relecture_limitee_a": getattr(profile.review_region, "name", None),
    }


def email_addresses_section(user):
    return [
        {
            "email": address.email,
            "verifiee": address.verified,
            "principale": address.primary,
        }
        for address in EmailAddress.objects.filter(user=user).order_by("email")
    ]


def mfa_section(user):
    """Only whether a second factor is active: never a secret or a code."""
    types = set(Authenticator.objects.filter(user=user).values_list("type", flat=True))
    return {
        "active": Authenticator.Type.TOTP in types,
        "codes_de_recuperation": Authenticator.Type.RECOVERY_CODES in types,
    }


def pages_section(user):
    """Write-ups and other pages the member owns."""
    return [
        {
            "titre": page.title,
            "type": str(page.specific_class._meta.verbose_name),
            "url": page.full_url if page.live else None,
            "statut": "en ligne" if page.live else "brouillon",
            "modifiee_le": _date(page.latest_revision_created_at),
        }
        for page in Page.objects.filter(owner=user).order_by("path")
    ]


def messages_section(user):
    """Messages the member wrote in discussions, whatever their status."""
    from experiences.models import Comment

    return [
        {
            "page": comment.page.title,
            "type": str(comment.get_kind_display()),
            "message": comment.body,
            "statut": str(comment.get_status_display()),
            "ecrit_le": _date(comment.created_at),
            "modifie_le": _date(comment.edited_at),
        }
        for comment in Comment.objects.filter(author=user)
        .select_related("page")
        .order_by("created_at")
    ]


def reports_section(user):
    """Reports the member made (the reported text is someone else's: not shown)."""
    from experiences.models import Report

    return [
        {
            "page": report.comment.page.title,
            "raison": str(report.get_reason_display()),
            "precision": report.note,
            "signale_le": _date(report.created_at),
        }
        for report in Report.objects.filter(reporter=user)
        .select_related("comment__page")
        .order_by("created_at")
    ]


def followed_threads_section(user):
    from experiences.models import ThreadSubscription

    return [
        subscription.page.title
        for subscription in ThreadSubscription.objects.filter(
            user=user, following=True
        ).select_related("page")
    ]


def emails_section(user):
    """E-mails the Labo still keeps for the member: waiting, or sent or abandoned
    in the last LABO_EMAIL_KEEP_DAYS days."""
    return [
        {
            "objet": email.subject,
            "adresse": email.to,
            "statut": str(email.get_status_display()),
            "cree_le": _date(email.created_at),
            "envoye_le": _date(email.sent_at),
        }
        for email in OutgoingEmail.objects.filter(user=user).order_by("created_at")
    ]


EXPORT_SECTIONS = [
    ("compte", account_section),
    ("profil", profile_section),
    ("adresses_email", email_addresses_section),
    ("double_authentification", mfa_section),
    ("pages", pages_section),
    ("messages", messages_section),
    ("signalements", reports_section),
    ("discussions_suivies", followed_threads_section),
    ("emails", emails_section),
]


def personal_data_export(*, user) -> dict:
    """The member's data, one key per section of EXPORT_SECTIONS."""
    return {name: section(user) for name, section in EXPORT_SECTIONS}
