"""Everything the Labo holds about a member, as one JSON document.

Each section is a function of the user returning plain data; to add one (comments,
reports…), write the function and add it to EXPORT_SECTIONS.
"""

import datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from wagtail.models import ModelLogEntry, Page

from experiences.discussions.models import (
    Comment,
    CommentingSuspension,
    Report,
    ThreadSubscription,
)
from experiences.follow_ups.models import FollowUp, FollowUpOptOut
from experiences.forms import ContributionForm
from experiences.models import ExperiencePage
from experiences.services import form_initial
from experiences.taxonomy.models import Territory
from labo.accounts.models import OutgoingEmail, Profile


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
    """Write-ups and other pages the member owns; for a write-up, what its latest
    version says (draft or not), team and contact included."""
    return [
        {
            "titre": page.title,
            "type": str(page.specific_class._meta.verbose_name),
            "url": page.full_url if page.live else None,
            "statut": "en ligne" if page.live else "brouillon",
            "modifiee_le": _date(page.latest_revision_created_at),
            **({"contenu": _write_up_content(page)} if _is_write_up(page) else {}),
        }
        for page in Page.objects.filter(owner=user).order_by("path").specific()
    ]


def _is_write_up(page):
    return isinstance(page, ExperiencePage)


def _write_up_content(page):
    """The write-up's fields as its author typed them in the contribution form,
    labelled as the form labels them."""
    values = form_initial(page)
    values["territory"] = (
        Territory.objects.filter(pk=values["territory"])
        .values_list("name", flat=True)
        .first()
    )
    return {
        str(ContributionForm.base_fields[name].label): _plain(value)
        for name, value in values.items()
    }


def _plain(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [str(item) for item in value]
    return value


def messages_section(user):
    """Messages the member wrote in discussions, whatever their status."""
    return [
        {
            "page": comment.page.title,
            "type": str(comment.get_kind_display()),
            "message": comment.body,
            "statut": str(comment.get_status_display()),
            "motif_de_moderation": comment.moderation_reason,
            "ecrit_le": _date(comment.created_at),
            "modifie_le": _date(comment.edited_at),
        }
        for comment in Comment.objects.filter(author=user)
        .select_related("page")
        .order_by("created_at")
    ]


def reports_section(user):
    """Reports the member made (the reported text is someone else's: not shown)."""
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


def suspensions_section(user):
    """The moderation's suspensions of the member from the discussions."""
    return [
        {
            "motif": suspension.reason,
            "jusqu_au": _date(suspension.until),
            "decidee_le": _date(suspension.created_at),
        }
        for suspension in CommentingSuspension.objects.filter(user=user).order_by(
            "created_at"
        )
    ]


def warnings_section(user):
    """The moderation's warnings about the member's messages, kept in the audit
    log (the moderator is not named)."""
    comments = {
        str(comment.pk): comment
        for comment in Comment.objects.filter(author=user).select_related("page")
    }
    entries = ModelLogEntry.objects.filter(
        action="labo.comment.warn", object_id__in=comments
    ).order_by("timestamp")
    return [
        {
            "page": comments[entry.object_id].page.title,
            "motif": entry.data.get("reason", ""),
            "donne_le": _date(entry.timestamp),
        }
        for entry in entries
    ]


def followed_threads_section(user):

    return [
        subscription.page.title
        for subscription in ThreadSubscription.objects.filter(
            user=user, following=True
        ).select_related("page")
    ]


def follow_ups_section(user):
    """The member's « six mois après » answers, whatever their state, and the
    write-ups they asked not to be asked about."""
    return {
        "reponses": [
            {
                "page": follow_up.page.title,
                "reponse": str(follow_up.get_outcome_display()),
                "pourquoi": follow_up.why,
                "conseil": follow_up.advice,
                "chiffres": follow_up.figures,
                "etat": str(follow_up.get_status_display()),
                "note_de_la_coordination": follow_up.review_note,
                "ecrit_le": _date(follow_up.created_at),
                "publie_le": _date(follow_up.published_at),
            }
            for follow_up in FollowUp.objects.filter(author=user)
            .select_related("page")
            .order_by("created_at")
        ],
        "plus_de_courriels_pour": [
            opt_out.page.title if opt_out.page else "toutes mes fiches"
            for opt_out in FollowUpOptOut.objects.filter(user=user).select_related(
                "page"
            )
        ],
    }


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
    ("suspensions", suspensions_section),
    ("avertissements", warnings_section),
    ("discussions_suivies", followed_threads_section),
    ("suivis_six_mois_apres", follow_ups_section),
    ("emails", emails_section),
]


def personal_data_export(*, user) -> dict:
    """The member's data, one key per section of EXPORT_SECTIONS."""
    return {name: section(user) for name, section in EXPORT_SECTIONS}
