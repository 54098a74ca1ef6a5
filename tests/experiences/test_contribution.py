import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import WorkflowState

from experiences.models import ExperiencePage
from experiences.personal_data import personal_data_find
from experiences.taxonomy.models import Theme
from labo.accounts import roles
from labo.accounts.models import OutgoingEmail, OutgoingEmailStatus
from search.query import SearchQuery
from search.service import search_pages
from tests.factories import UserFactory, department, region

CLOSED_SMTP = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
    }
}


def member(*groups, **fields):
    user = UserFactory(**fields)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def contributor(site_tree):
    return member(roles.CONTRIBUTORS)


@pytest.fixture
def coordinator(site_tree):
    return member(roles.COORDINATION, email="coordination@ml.example")


def complete_write_up(**overrides):
    data = {
        "title": "Des permanences en visio dans les mairies",
        "summary": "Des rendez-vous en visio depuis quatre mairies rurales.",
        "territory": department("15").pk,
        "themes": [Theme.objects.get(slug="accompagnement-a-distance").pk],
        "status": "running",
        "start_date": "2025-03-01",
        "context": "Beaucoup de jeunes vivent loin de l'antenne.\n\nPeu de bus.",
        "objectives": "Réduire les trajets\nGarder le lien",
        "steps": "Équiper les mairies\nUn poste et une webcam.\n\nFormer\nDeux heures.",
        "results": "42 jeunes reçus en six mois.",
        "indicators": "Jeunes reçus : 42",
        "resources": "Tutoriel : https://lesbonsclics.fr/",
        "contact_email": "numerique@ml-cantal.example",
    }
    data.update(overrides)
    return data


def approve(page, coordinator):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, coordinator, "approve")


def request_changes(page, coordinator, comment):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, coordinator, "reject", comment=comment
    )


def test_the_form_and_the_list_need_an_account(client, site_tree):
    for url in ("/contribuer/", "/contribuer/nouvelle/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_a_draft_needs_only_a_title_and_a_territory(client, contributor):
    client.force_login(contributor)
    response = client.post(
        "/contribuer/nouvelle/",
        {"title": "Mon idée", "territory": department("33").pk, "action": "save"},
    )
    page = ExperiencePage.objects.get(owner=contributor)
    assert response["Location"] == f"/contribuer/{page.pk}/"
    assert not page.live
    assert page.get_latest_revision().user == contributor
    listing = client.get("/contribuer/").content.decode()
    assert "Mon idée" in listing and "Brouillon" in listing


def test_sending_checks_every_required_field_and_keeps_what_was_typed(
    client, contributor
):
    client.force_login(contributor)
    response = client.post(
        "/contribuer/nouvelle/",
        complete_write_up(themes=[], results="", action="submit"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 points à corriger" in html
    assert "Thèmes : Cochez-en au moins un pour envoyer la fiche." in html
    assert "Beaucoup de jeunes vivent loin" in html
    assert not ExperiencePage.objects.exists()


def test_personal_data_blocks_sending_until_fixed(client, contributor):
    client.force_login(contributor)
    risky = complete_write_up(
        context="Le jeune Kevin Dupont nous a appelés au 06 12 34 56 78.",
        action="submit",
    )
    response = client.post("/contribuer/nouvelle/", risky)
    html = response.content.decode()
    assert "Votre fiche n'est ni envoyée ni enregistrée" in html
    assert "« Kevin Dupont »" in html and "« 06 12 34 56 78 »" in html
    assert not ExperiencePage.objects.exists()

    fixed = {**risky, "context": "Un jeune nous a appelés un samedi."}
    response = client.post("/contribuer/nouvelle/", fixed)
    assert response["Location"] == "/contribuer/"
    page = ExperiencePage.objects.get()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_the_author_may_confirm_a_finding_is_not_about_a_young_person(
    client, contributor
):
    client.force_login(contributor)
    data = complete_write_up(team="Écrire à accueil@ml-cantal.example", action="submit")
    assert client.post("/contribuer/nouvelle/", data).status_code == 200
    confirmed = {**data, "personal_data_confirmed": "on"}
    assert client.post("/contribuer/nouvelle/", confirmed).status_code == 302
    assert ExperiencePage.objects.get().current_workflow_state is not None


def test_draft_review_changes_resubmission_and_publication(
    client, contributor, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(contributor)
    client.post("/contribuer/nouvelle/", complete_write_up(action="submit"))
    page = ExperiencePage.objects.get()
    assert coordinator.email in {address for m in mail.outbox for address in m.to}
    assert "En relecture" in client.get("/contribuer/").content.decode()
    assert client.get(f"/contribuer/{page.pk}/").status_code == 302  # locked

    mail.outbox.clear()
    # The author's e-mails leave once the decision is committed.
    with django_capture_on_commit_callbacks(execute=True):
        request_changes(page, coordinator, "Précisez le coût, s'il vous plaît.")
    (email,) = [m for m in mail.outbox if contributor.email in m.to]
    assert "modifications demandées" in email.subject
    assert "Précisez le coût, s'il vous plaît." in email.body
    listing = client.get("/contribuer/").content.decode()
    assert "Modifications demandées" in listing
    assert "Précisez le coût, s&#x27;il vous plaît." in listing

    edit = client.get(f"/contribuer/{page.pk}/")
    assert "Précisez le coût" in edit.content.decode()
    assert edit.context["form"].initial["steps"].startswith("Équiper les mairies")
    resubmitted = complete_write_up(cost="300 € de webcams", action="submit")
    assert client.post(f"/contribuer/{page.pk}/", resubmitted).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, coordinator)
    page.refresh_from_db()
    assert page.live
    assert page.cost == "300 € de webcams"
    assert [m.subject for m in mail.outbox if contributor.email in m.to] == [
        "Votre fiche est publiée"
    ]
    assert "Publiée" in client.get("/contribuer/").content.decode()
    found = search_pages(SearchQuery(text="mairies"))
    assert page.pk in [hit.page_id for hit in found.hits]


def test_a_failed_e_mail_never_loses_the_decision(
    client,
    contributor,
    coordinator,
    settings,
    caplog,
    django_capture_on_commit_callbacks,
):
    client.force_login(contributor)
    client.post("/contribuer/nouvelle/", complete_write_up(action="submit"))
    page = ExperiencePage.objects.get()
    settings.MAILERS = CLOSED_SMTP
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, coordinator)
    page.refresh_from_db()
    assert page.live
    assert "E-mail not sent" in caplog.text
    # The e-mail waits in the outbox for the next attempt.
    email = OutgoingEmail.objects.get(to=contributor.email)
    assert email.subject == "Votre fiche est publiée"
    assert email.status == OutgoingEmailStatus.PENDING
    assert "ConnectionRefusedError" in email.last_error


def test_a_pending_account_drafts_but_cannot_send(client, site_tree):
    pending = UserFactory()
    client.force_login(pending)
    response = client.post(
        "/contribuer/nouvelle/", complete_write_up(action="submit"), follow=True
    )
    assert "attend sa validation" in response.content.decode()
    page = ExperiencePage.objects.get(owner=pending)
    assert page.current_workflow_state is None
    assert not page.live


@pytest.mark.parametrize("intruder", ["other contributor", "coordinator", "anonymous"])
def test_nobody_else_opens_or_autosaves_an_authors_draft(
    client, contributor, coordinator, intruder
):
    client.force_login(contributor)
    client.post(
        "/contribuer/nouvelle/",
        {"title": "Secret", "territory": department("33").pk, "action": "save"},
    )
    page = ExperiencePage.objects.get()
    client.logout()
    users = {
        "other contributor": member(roles.CONTRIBUTORS),
        "coordinator": coordinator,
    }
    if intruder in users:
        client.force_login(users[intruder])
    expected = 302 if intruder == "anonymous" else 404
    assert client.get(f"/contribuer/{page.pk}/").status_code == expected
    autosave = client.post(
        f"/contribuer/{page.pk}/autosave/",
        {"title": "Piraté", "territory": department("33").pk},
    )
    assert autosave.status_code == expected
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Secret"


def test_autosave_stores_a_revision(client, contributor):
    client.force_login(contributor)
    client.post(
        "/contribuer/nouvelle/",
        {"title": "Brouillon", "territory": department("33").pk, "action": "save"},
    )
    page = ExperiencePage.objects.get()
    response = client.post(
        f"/contribuer/{page.pk}/autosave/",
        {"title": "Brouillon repris", "territory": department("33").pk},
    )
    assert "Brouillon enregistré automatiquement" in response.content.decode()
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Brouillon repris"
    assert page.revisions.count() == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Écrire à julie.martin@gmail.com", "email"),
        ("Tél. 06 12 34 56 78", "phone"),
        ("Joignable au +33 6 12 34 56 78", "phone"),
        ("NIR : 1 85 05 78 006 084 36", "nir"),
        ("NIR 285052A00608436", "nir"),
        ("le jeune Kevin Dupont est venu", "name"),
        ("Mme Sarah BENALI a témoigné", "name"),
    ],
)
def test_the_detector_finds_personal_data(text, kind):
    assert [finding.kind for finding in personal_data_find({"context": text})] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "84 jeunes accompagnés en 2024.",
        "Le 12 mars 2024, 30 jeunes sont venus.",
        "La Mission locale de Bordeaux et France Travail.",
        "Un budget de 1 200 €, dépensé en 06/2024.",
        "Le jeune public visé : 16-25 ans.",
        "Code commune 33063, 2 conseillers à 10 %.",
    ],
)
def test_the_detector_leaves_ordinary_text_alone(text):
    assert personal_data_find({"context": text}) == []


def submitted(client, author, department_code, title):
    client.force_login(author)
    client.post(
        "/contribuer/nouvelle/",
        complete_write_up(
            title=title, territory=department(department_code).pk, action="submit"
        ),
    )
    return ExperiencePage.objects.get(title=title)


def test_a_regional_coordinator_reviews_only_the_write_ups_of_the_region(
    client, contributor, coordinator
):
    gironde = submitted(client, contributor, "33", "Une fiche girondine")
    paris = submitted(client, contributor, "75", "Une fiche parisienne")
    regional = member(roles.COORDINATION)
    regional.profile.review_region = region("75")
    regional.profile.save()
    task = gironde.current_workflow_state.current_task_state.task.specific

    assert task.get_actions(gironde, regional)
    assert not task.get_actions(paris, regional)
    assert task.locked_for_user(paris, regional)
    assert task.get_actions(paris, coordinator)  # no region: the whole country
    moderated = task.get_task_states_user_can_moderate(regional)
    assert [state.workflow_state.object_id for state in moderated] == [str(gironde.pk)]
    assert task.get_task_states_user_can_moderate(coordinator).count() == 2


def test_a_pending_account_sending_learns_it_must_wait_before_any_check(
    client, site_tree
):
    pending = UserFactory()
    client.force_login(pending)
    data = complete_write_up(context="Écrire à julie.martin@gmail.com", action="submit")
    response = client.post("/contribuer/nouvelle/", data, follow=True)
    html = response.content.decode()
    assert "attend sa validation" in html
    assert "Donnée personnelle possible" not in html
    page = ExperiencePage.objects.get(owner=pending)
    assert page.current_workflow_state is None


def test_a_pending_account_drafts_at_most_the_configured_number_of_write_ups(
    client, site_tree, settings
):
    settings.LABO_PENDING_DRAFT_LIMIT = 2
    pending = UserFactory()
    client.force_login(pending)
    territory = department("15").pk
    for number in range(2):
        draft = {"title": f"Brouillon {number}", "territory": territory}
        assert client.post("/contribuer/nouvelle/", draft).status_code == 302

    refused = client.post(
        "/contribuer/nouvelle/", {"title": "Un de trop", "territory": territory}
    )
    assert refused.status_code == 200
    assert "vous pouvez préparer 2 fiches au plus" in refused.content.decode()
    assert "préparer 2 fiches au plus" in (
        client.get("/contribuer/nouvelle/").content.decode()
    )
    assert ExperiencePage.objects.filter(owner=pending).count() == 2
    # Existing drafts stay editable.
    first = ExperiencePage.objects.filter(owner=pending).first()
    edit = {"title": "Brouillon repris", "territory": territory}
    assert client.post(f"/contribuer/{first.pk}/", edit).status_code == 302


def test_an_approved_contributor_has_no_draft_limit(client, contributor, settings):
    settings.LABO_PENDING_DRAFT_LIMIT = 1
    client.force_login(contributor)
    for number in range(3):
        draft = {"title": f"Brouillon {number}", "territory": department("15").pk}
        assert client.post("/contribuer/nouvelle/", draft).status_code == 302
    assert ExperiencePage.objects.filter(owner=contributor).count() == 3


def test_a_title_is_sent_on_one_line_without_bidi_controls_and_reviewers_told(
    client, contributor, coordinator
):
    client.force_login(contributor)
    title = "Des visios\r\nen mairie\u202e pour\u2066 tous"
    client.post(
        "/contribuer/nouvelle/", complete_write_up(title=title, action="submit")
    )
    page = ExperiencePage.objects.get()
    assert page.title == page.draft_title == "Des visios en mairie pour tous"
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert coordinator.email in {address for m in mail.outbox for address in m.to}
