"""The moderation queue in the Wagtail admin: what it lists, each decision, its
history, and who may open it."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from experiences.discussions import services
from experiences.discussions.models import (
    Comment,
    CommentingSuspension,
    CommentKind,
    CommentStatus,
    Report,
    ReportReason,
    ReportStatus,
)
from labo.accounts import roles
from labo.accounts.models import ProfileStatus
from tests.factories import (
    MissionLocaleFactory,
    UserFactory,
    department,
    experience_page,
    region,
    staff_with_mfa,
    totp_activate,
)

pytestmark = pytest.mark.django_db

QUEUE = "/admin/moderation/"
MISSING_REASON = "Indiquez le motif de cette décision."


def member(name="Camille", **profile_fields):
    user = UserFactory()
    profile = user.profile
    profile.display_name = name
    profile.status = ProfileStatus.APPROVED
    for field, value in profile_fields.items():
        setattr(profile, field, value)
    profile.save()
    return user


def with_role(role):
    """A member of an editorial group who can reach the admin (second factor set)."""
    user = member(name=f"Membre {role}")
    user.groups.add(Group.objects.get(name=role))
    totp_activate(user)
    return user


def message(page, body, *, status=CommentStatus.PUBLISHED, author=None, **fields):
    return Comment.objects.create(
        page=page,
        author=author if author is not None else member(),
        body=body,
        status=status,
        last_activity_at=timezone.now(),
        **fields,
    )


def report(comment, reason=ReportReason.SPAM, note="", status=ReportStatus.OPEN):
    return Report.objects.create(
        comment=comment,
        reporter=member(name="Dominique"),
        reason=reason,
        note=note,
        status=status,
    )


def decision_url(comment):
    return f"{QUEUE}edit/{comment.pk}/"


def history_url(comment):
    return f"{QUEUE}history/{comment.pk}/"


def logs_of(comment):
    return list(ModelLogEntry.objects.for_instance(comment))


@pytest.fixture
def page(experience_index):
    return experience_page(experience_index, title="Permanences en visio")


@pytest.fixture
def moderator():
    return with_role(roles.MODERATION)


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


# The queue


def test_queue_lists_what_waits_for_a_decision_and_nothing_else(moderator_client, page):
    message(page, "Message en attente", status=CommentStatus.PENDING)
    report(message(page, "Message signalé"))
    report(message(page, "Masqué après signalements", status=CommentStatus.HIDDEN))
    message(page, "Message publié sans histoire")
    decided = message(page, "Masqué par un modérateur", status=CommentStatus.HIDDEN)
    report(decided, status=ReportStatus.CLOSED)

    response = moderator_client.get(QUEUE)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Message en attente" in html
    assert "Message signalé" in html
    assert "Masqué après signalements" in html
    assert "Message publié sans histoire" not in html
    assert "Masqué par un modérateur" not in html
    everything = moderator_client.get(QUEUE, {"status": "tous"}).content.decode()
    assert "Message publié sans histoire" in everything
    assert "Masqué par un modérateur" in everything


def test_queue_rows_show_page_author_kind_status_and_reports(moderator_client, page):
    reported = message(
        page,
        "Une question signalée",
        author=member(name="Alex Martin"),
        kind=CommentKind.QUESTION,
    )
    report(reported, ReportReason.OFF_TOPIC)
    report(reported, ReportReason.SPAM)
    message(page, "Sans auteur", status=CommentStatus.PENDING).author.delete()

    html = moderator_client.get(QUEUE).content.decode()

    assert f'href="{decision_url(reported)}"' in html
    assert f'href="{page.url}"' in html and "Permanences en visio" in html
    assert "Alex Martin" in html
    assert "Ancien membre" in html
    assert "Question à l&#x27;auteur" in html
    assert "en attente de modération" in html
    assert "2 : Hors sujet, Publicité ou spam" in html


def test_reported_and_pending_messages_come_first_when_showing_everything(
    moderator_client, page
):
    message(page, "Ancien publié")
    report(message(page, "Signalé"))
    message(page, "Récent publié")

    html = moderator_client.get(QUEUE, {"status": "tous"}).content.decode()

    assert (
        html.index("Signalé")
        < html.index("Récent publié")
        < html.index("Ancien publié")
    )


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        ("pending", {"En attente"}),
        ("published", {"Publié", "Signalé"}),
        ("hidden", {"Masqué"}),
        ("deleted", {"Supprimé"}),
        ("tous", {"En attente", "Publié", "Signalé", "Masqué", "Supprimé"}),
    ],
)
def test_status_filter(moderator_client, page, status, shown):
    message(page, "En attente", status=CommentStatus.PENDING)
    message(page, "Publié")
    report(message(page, "Signalé"))
    message(page, "Masqué", status=CommentStatus.HIDDEN)
    message(page, "Supprimé", status=CommentStatus.DELETED)

    response = moderator_client.get(QUEUE, {"status": status})

    listed = {c.body for c in response.context["object_list"]}
    assert listed == shown


def test_report_reason_filter_keeps_messages_with_an_open_report_of_that_reason(
    moderator_client, page
):
    report(message(page, "Un nom de jeune"), ReportReason.PERSONAL_DATA)
    report(message(page, "Une publicité"), ReportReason.SPAM)
    settled = message(page, "Déjà traité")
    report(settled, ReportReason.PERSONAL_DATA, status=ReportStatus.CLOSED)

    response = moderator_client.get(
        QUEUE, {"status": "tous", "reason": ReportReason.PERSONAL_DATA}
    )

    assert [c.body for c in response.context["object_list"]] == ["Un nom de jeune"]


def test_region_filter_includes_the_regions_departments_and_missions_locales(
    moderator_client, experience_index
):
    bordeaux = MissionLocaleFactory(name="ML Bordeaux", parent=department("33"))
    in_gironde = experience_page(experience_index, territory=department("33"))
    in_bordeaux = experience_page(experience_index, territory=bordeaux)
    in_paris = experience_page(experience_index, territory=department("75"))
    message(in_gironde, "En Gironde", status=CommentStatus.PENDING)
    message(in_bordeaux, "À Bordeaux", status=CommentStatus.PENDING)
    message(in_paris, "À Paris", status=CommentStatus.PENDING)

    nouvelle_aquitaine = moderator_client.get(QUEUE, {"region": region("75").pk})
    ile_de_france = moderator_client.get(QUEUE, {"region": region("11").pk})

    assert {c.body for c in nouvelle_aquitaine.context["object_list"]} == {
        "En Gironde",
        "À Bordeaux",
    }
    assert [c.body for c in ile_de_france.context["object_list"]] == ["À Paris"]


def test_a_bad_filter_value_is_not_an_error(moderator_client, page):
    message(page, "En attente", status=CommentStatus.PENDING)
    response = moderator_client.get(QUEUE, {"region": "xyz", "status": "n'importe"})
    assert response.status_code == 200


def test_queue_queries_do_not_grow_with_the_number_of_messages(
    moderator_client, experience_index
):
    def add_messages(count):
        for number in range(count):
            page = experience_page(experience_index)
            comment = message(page, f"Message {number}", status=CommentStatus.PENDING)
            report(comment, ReportReason.OFF_TOPIC)
            report(comment, ReportReason.SPAM)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = moderator_client.get(QUEUE)
        assert response.status_code == 200
        return len(captured), len(response.context["object_list"])

    add_messages(5)
    moderator_client.get(QUEUE)  # caches (site root paths, content types) warm up
    few, rows = queries()
    assert rows == 5
    add_messages(25)
    many, rows = queries()
    assert rows == 30
    assert many == few


# Decisions


def test_decision_page_shows_the_context_and_the_reports(moderator_client, page):
    question = message(page, "Comment faites-vous ?", kind=CommentKind.QUESTION)
    reply = message(
        page,
        "Appelez Kevin au 06 12 34 56 78",
        parent=question,
        author=member(
            name="Sacha",
            mission_locale=MissionLocaleFactory(name="ML des Graves"),
        ),
    )
    report(reply, ReportReason.PERSONAL_DATA, note="Un numéro de téléphone")

    html = moderator_client.get(decision_url(reply)).content.decode()

    assert "Comment faites-vous ?" in html
    assert "Appelez Kevin au 06 12 34 56 78" in html
    assert "Sacha" in html and "ML des Graves" in html
    assert "Donnée personnelle d&#x27;un jeune" in html
    assert "Un numéro de téléphone" in html
    assert "Dominique" in html  # moderators see who reported
    assert f'href="{page.url}"' in html
    assert f'href="{history_url(reply)}"' in html


@pytest.mark.parametrize(
    ("status", "reported", "offered"),
    [
        (
            CommentStatus.PENDING,
            False,
            ["approve", "hide", "edit_out", "warn", "suspend"],
        ),
        (
            CommentStatus.PUBLISHED,
            True,
            ["approve", "hide", "edit_out", "warn", "suspend"],
        ),
        (CommentStatus.PUBLISHED, False, ["hide", "edit_out", "warn", "suspend"]),
        (CommentStatus.HIDDEN, False, ["restore", "edit_out", "warn", "suspend"]),
        (
            CommentStatus.HIDDEN,
            True,
            ["restore", "hide", "edit_out", "warn", "suspend"],
        ),
    ],
)
def test_only_the_decisions_that_make_sense_are_offered(
    moderator_client, page, status, reported, offered
):
    comment = message(page, "Un message", status=status)
    if reported:
        report(comment)

    form = moderator_client.get(decision_url(comment)).context["form"]

    assert [value for value, _ in form.fields["action"].choices] == offered


def _approve_pending(page):
    return message(page, "En attente", status=CommentStatus.PENDING), {}


def _keep_reported(page):
    comment = message(page, "Signalé à tort")
    report(comment)
    return comment, {}


def _hide(page):
    return message(page, "Propos blessants"), {}


def _restore(page):
    return message(page, "Masqué à tort", status=CommentStatus.HIDDEN), {}


def _edit_out(page):
    return message(page, "Kevin Dupont, 17 ans, a trouvé"), {
        "body": "Un jeune de 17 ans a trouvé"
    }


def _warn(page):
    return message(page, "Un peu vif"), {}


def _suspend(page):
    return message(page, "Encore de la publicité"), {"days": "30"}


def _check_published(comment, mailoutbox):
    assert comment.status == CommentStatus.PUBLISHED
    assert not comment.reports.filter(status=ReportStatus.OPEN).exists()


def _check_hidden(comment, mailoutbox):
    assert comment.status == CommentStatus.HIDDEN
    assert comment.moderation_reason == "Le motif du modérateur"


def _check_edited_out(comment, mailoutbox):
    assert comment.body == "Un jeune de 17 ans a trouvé"
    assert comment.edited_by_moderation
    assert comment.status == CommentStatus.PUBLISHED


def _check_warned(comment, mailoutbox):
    assert comment.status == CommentStatus.PUBLISHED
    assert [mail.to for mail in mailoutbox] == [[comment.author.email]]
    assert "Le motif du modérateur" in mailoutbox[0].body


def _check_suspended(comment, mailoutbox):
    suspension = CommentingSuspension.objects.get(user=comment.author)
    expected = timezone.now() + datetime.timedelta(days=30)
    assert abs(suspension.until - expected) < datetime.timedelta(minutes=1)
    assert suspension.reason == "Le motif du modérateur"


@pytest.mark.parametrize(
    ("action", "setup", "check", "confirmation", "logged"),
    [
        (
            "approve",
            _approve_pending,
            _check_published,
            "Message approuvé",
            "Message approuvé",
        ),
        (
            "approve",
            _keep_reported,
            _check_published,
            "Signalements classés",
            "Message approuvé",
        ),
        ("hide", _hide, _check_hidden, "Message masqué", "Message masqué"),
        ("restore", _restore, _check_published, "Message rétabli", "Message rétabli"),
        (
            "edit_out",
            _edit_out,
            _check_edited_out,
            "Texte du message corrigé",
            "Donnée personnelle retirée",
        ),
        ("warn", _warn, _check_warned, "Avertissement envoyé", "Membre averti"),
        (
            "suspend",
            _suspend,
            _check_suspended,
            "Membre suspendu des discussions",
            "Membre suspendu 30 jours",
        ),
    ],
)
def test_each_decision_is_applied_logged_and_shown_in_the_history(
    moderator_client,
    moderator,
    page,
    mailoutbox,
    django_capture_on_commit_callbacks,
    action,
    setup,
    check,
    confirmation,
    logged,
):
    comment, extra = setup(page)

    # E-mails leave once the decision is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            decision_url(comment),
            {"action": action, "reason": "Le motif du modérateur", **extra},
            follow=True,
        )

    assert response.redirect_chain == [(QUEUE, 302)]
    assert confirmation in response.content.decode()
    comment.refresh_from_db()
    check(comment, mailoutbox)
    [entry] = logs_of(comment)
    assert entry.action == f"labo.comment.{action}"
    assert entry.user == moderator
    assert entry.data["reason"] == "Le motif du modérateur"
    history = moderator_client.get(history_url(comment)).content.decode()
    assert logged in history
    assert "Le motif du modérateur" in history
    assert moderator.email in history


@pytest.mark.parametrize("action", ["hide", "edit_out", "warn", "suspend"])
def test_a_decision_without_reason_is_refused_in_french_and_changes_nothing(
    moderator_client, page, mailoutbox, action
):
    comment = message(page, "Kevin Dupont a trouvé")

    response = moderator_client.post(
        decision_url(comment),
        {"action": action, "reason": "  ", "body": "Un jeune a trouvé", "days": "7"},
    )

    assert response.status_code == 200
    assert MISSING_REASON in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.body == "Kevin Dupont a trouvé"
    assert not CommentingSuspension.objects.exists()
    assert mailoutbox == []
    assert logs_of(comment) == []


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"action": "restore"}, "Cette décision n&#x27;est plus possible"),
        ({}, "Choisissez une décision."),
        (
            {"action": "edit_out", "body": "Kevin Dupont a trouvé"},
            "Le texte n&#x27;a pas changé",
        ),
        ({"action": "edit_out", "body": " "}, "Le texte corrigé ne peut pas être vide"),
        ({"action": "suspend", "days": ""}, "Indiquez la durée de la suspension."),
        ({"action": "suspend", "days": "0"}, "Une suspension dure de 1 à 365 jours."),
        ({"action": "suspend", "days": "400"}, "Une suspension dure de 1 à 365 jours."),
    ],
)
def test_impossible_decisions_are_explained_and_change_nothing(
    moderator_client, page, data, error
):
    comment = message(page, "Kevin Dupont a trouvé")

    response = moderator_client.post(
        decision_url(comment), {"reason": "Un motif", **data}
    )

    assert response.status_code == 200
    assert error in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Kevin Dupont a trouvé"
    assert comment.status == CommentStatus.PUBLISHED
    assert logs_of(comment) == []


def test_the_author_leaving_while_the_page_is_open_is_explained(moderator_client, page):
    comment = message(page, "Un message")
    assert moderator_client.get(decision_url(comment)).status_code == 200
    comment.author.delete()

    response = moderator_client.post(
        decision_url(comment),
        {"action": "suspend", "reason": "Un motif", "days": "7"},
    )

    assert response.status_code == 200
    assert "Cette décision n&#x27;est plus possible" in response.content.decode()
    assert not CommentingSuspension.objects.exists()


def test_the_history_shows_the_automatic_hiding_after_reports(
    moderator_client, page, settings
):
    settings.LABO_COMMENT_REPORT_THRESHOLD = 2
    comment = message(page, "Une publicité")
    for name in ("Dominique", "Jo"):
        services.comment_report(
            user=member(name=name), comment=comment, reason=ReportReason.SPAM
        )

    history = moderator_client.get(history_url(comment)).content.decode()

    assert "Masqué automatiquement après signalements" in history
    assert "2 signalements" in history


# Who may moderate


def test_the_menu_offers_the_queue_to_moderators_only(client, moderator):
    client.force_login(moderator)
    assert f'"{QUEUE}"' in client.get("/admin/").content.decode()
    client.force_login(with_role(roles.COORDINATION))
    assert f'"{QUEUE}"' not in client.get("/admin/").content.decode()


def test_superusers_may_moderate(client, page):
    client.force_login(staff_with_mfa(is_superuser=True))
    comment = message(page, "Un message", status=CommentStatus.PENDING)
    assert client.get(QUEUE).status_code == 200
    assert client.get(decision_url(comment)).status_code == 200
    assert client.get(history_url(comment)).status_code == 200


@pytest.mark.parametrize("role", [roles.COORDINATION, roles.CONTRIBUTORS])
def test_other_roles_are_refused_every_view(client, page, role):
    comment = message(page, "Un message", status=CommentStatus.PENDING)
    client.force_login(with_role(role))

    for url in (QUEUE, f"{QUEUE}results/", decision_url(comment), history_url(comment)):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.get("Location", "") != url
    response = client.post(
        decision_url(comment), {"action": "hide", "reason": "Un motif"}
    )

    assert response.status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    assert logs_of(comment) == []


def test_anonymous_visitors_are_sent_to_the_login_page(client, page):
    comment = message(page, "Un message", status=CommentStatus.PENDING)
    for url in (QUEUE, decision_url(comment), history_url(comment)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_messages_are_never_added_or_deleted_from_the_admin(moderator_client, page):
    comment = message(page, "Un message")
    assert moderator_client.get(f"{QUEUE}new/").status_code == 404
    assert moderator_client.get(f"{QUEUE}delete/{comment.pk}/").status_code == 404
