"""Writes of the content domain: advisors' drafts, their review and its e-mails."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.text import slugify
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from experiences import forms as contribution_forms
from experiences.fields import FORM_FIELDS, Kind, Needed
from experiences.models import ExperienceIndexPage, ExperiencePage
from labo.accounts import roles
from labo.accounts.outbox import email_queue

DRAFT = "draft"
IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
PUBLISHED = "published"
STATE_LABELS = {
    DRAFT: "Brouillon",
    IN_REVIEW: "En relecture",
    CHANGES_REQUESTED: "Modifications demandées",
    PUBLISHED: "Publiée",
}


def user_can_submit(user):
    """Approved members send write-ups for review; pending accounts only draft."""
    return (
        user.is_superuser
        or user.groups.filter(
            name__in=[roles.CONTRIBUTORS, roles.COORDINATION]
        ).exists()
    )


def user_may_start_draft(user):
    """Approved members start any number of write-ups; a pending account, only
    LABO_PENDING_DRAFT_LIMIT, as each lands in the coordinators' page tree."""
    return (
        user_can_submit(user)
        or ExperiencePage.objects.filter(owner=user).count()
        < settings.LABO_PENDING_DRAFT_LIMIT
    )


@transaction.atomic
def contribution_save(*, user, cleaned_data, page=None):
    """Saves the form as a new draft revision; the published version, if any, is
    left as it is until a coordinator approves the change."""
    if page is None:
        index = ExperienceIndexPage.objects.get()
        # Maturity stays unset: only coordinators judge it, in the admin.
        page = ExperiencePage(owner=user, live=False, start_date=datetime.date.today())
        write_up_fill(page, cleaned_data)
        page.slug = _unique_slug(index, cleaned_data["title"])
        index.add_child(instance=page)
    else:
        page = page.get_latest_revision_as_object()
        write_up_fill(page, cleaned_data)
    # A draft may be incomplete; sending for review validates the whole form.
    page.save_revision(user=user, log_action=True, clean=False)
    return page


def contribution_submit(*, user, page):
    """Sends the latest revision to the "Relecture coordination" workflow."""
    if not user.has_perm("wagtailadmin.access_admin"):
        # Authors outside the admin get our decision e-mails, which link to their
        # form, instead of Wagtail's, which link to the admin.
        UserProfile.objects.update_or_create(
            user=user,
            defaults={"approved_notifications": False, "rejected_notifications": False},
        )
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        page.get_workflow().start(page, user)


def contribution_state(page):
    """Where a write-up stands for its author, and the reviewer's comment if any."""
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CHANGES_REQUESTED, state.current_task_state.comment
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return IN_REVIEW, ""
    if page.live and not page.has_unpublished_changes:
        return PUBLISHED, ""
    return DRAFT, ""


def form_initial(page):
    """The form's values for a write-up, from its latest revision."""
    latest = page.get_latest_revision_as_object()
    initial = {field.name: _typed(latest, field) for field in FORM_FIELDS}
    if not page.has_unpublished_changes:
        # The last update's line is in the history already: a new one starts empty.
        initial["change_summary"] = ""
    return initial


# What a reproduction takes from the original: the practice, not the story of
# how it went there.
REPRODUCED_FIELDS = ("themes", "audiences", "tools", "steps")


def reproduction_initial(*, original, user):
    """The contribution form's values for reproducing a write-up: its published
    themes, audiences, tools and steps, the link to it, and the member's
    Mission locale as territory."""
    fields = {field.name: field for field in FORM_FIELDS}
    profile = getattr(user, "profile", None)
    return {
        **{name: _typed(original, fields[name]) for name in REPRODUCED_FIELDS},
        "reproduced_from": original.pk,
        "territory": getattr(profile, "mission_locale_id", None),
    }


def _typed(page, field):
    """A field of the page as the author types it in the contribution form."""
    match field.kind:
        case Kind.PARAGRAPHS:
            return contribution_forms.html_to_text(getattr(page, field.name))
        case Kind.LIST:
            text = contribution_forms.html_to_text(getattr(page, field.name))
            return text.replace("\n\n", "\n")
        case Kind.STEPS:
            return "\n\n".join(
                f"{block.value['title']}\n{block.value['description']}".strip()
                for block in getattr(page, field.name)
            )
        case Kind.INDICATORS:
            return "\n".join(
                f"{block.value['label']} : {block.value['value']}"
                for block in getattr(page, field.name)
            )
        case Kind.RESOURCES:
            return "\n".join(
                f"{block.value['title']} : {block.value['url']}"
                for block in getattr(page, field.name)
                if block.block_type == "link"
            )
        case Kind.TAGS:
            return ", ".join(tag.name for tag in getattr(page, field.name).all())
        case Kind.TERMS:
            return list(getattr(page, field.name).all())
        case Kind.TERRITORY | Kind.PAGE:
            return page.serializable_value(field.name)
    return getattr(page, field.name)


def write_up_fill(page, data):
    """Fills a write-up from values shaped as the contribution form's cleaned data
    (text as the author types it, dates, territory and term objects, parsed steps,
    indicators and resources), one field of FORM_FIELDS at a time; the page is not
    saved."""
    for field in FORM_FIELDS:
        value = data.get(field.name)
        match field.kind:
            case Kind.PARAGRAPHS:
                value = contribution_forms.paragraphs_html(value)
            case Kind.LIST:
                value = contribution_forms.list_html(value or "")
            case Kind.STEPS:
                value = [("step", step) for step in value or []]
            case Kind.INDICATORS:
                value = [("indicator", item) for item in value or []]
            case Kind.RESOURCES:
                value = [("link", link) for link in value or []]
            case Kind.TAGS:
                getattr(page, field.name).set(value or [])
                continue
            case Kind.TERMS:
                value = list(value or [])
            case Kind.CHOICE | Kind.DATE if not value and field.needed != Needed.NEVER:
                # A draft may leave it empty; the page cannot.
                continue
            case Kind.PLAIN | Kind.EMAIL:
                value = value or ""
        setattr(page, field.name, value)
    page.draft_title = page.title


SLUG_LENGTH = 70


def _slug_base(title):
    """The title's slug, cut at the last whole word within SLUG_LENGTH."""
    slug = slugify(title)
    if len(slug) > SLUG_LENGTH:
        cut = slug[: SLUG_LENGTH + 1]
        # One word longer than the limit is cut where the limit falls.
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_LENGTH]
    return slug.strip("-") or "fiche"


def _unique_slug(index, title):
    base = _slug_base(title)
    slug, number = base, 1
    while ExperiencePage.objects.child_of(index).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@dataclass(frozen=True)
class Decision:
    subject: str
    template: str


CHANGES_REQUESTED_DECISION = Decision(
    "Votre fiche : modifications demandées", "experiences/emails/changes_requested.txt"
)
PUBLISHED_DECISION = Decision(
    "Votre fiche est publiée", "experiences/emails/published.txt"
)


def decision_notify(*, page, decision, comment=""):
    """Queues the e-mail telling the author a reviewer's decision, in the decision's
    transaction: a failing mail server delays it and never undoes the decision."""
    author = page.owner
    if author is None:
        return
    body = render_to_string(
        decision.template,
        {
            "page": page,
            "comment": comment,
            "base_url": settings.WAGTAILADMIN_BASE_URL,
        },
    )
    email_queue(user=author, subject=decision.subject, body=body)


def on_task_rejected(sender, instance, user, **kwargs):
    page = instance.workflow_state.content_object.specific
    if isinstance(page, ExperiencePage):
        decision_notify(
            page=page, decision=CHANGES_REQUESTED_DECISION, comment=instance.comment
        )


def on_workflow_approved(sender, instance, user, **kwargs):
    page = instance.content_object.specific
    if isinstance(page, ExperiencePage):
        decision_notify(page=page, decision=PUBLISHED_DECISION)
