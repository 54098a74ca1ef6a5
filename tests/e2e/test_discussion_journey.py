"""A member writes in a write-up's thread; three members report the message, which
is hidden at once; a moderator restores it from the admin. With and without
JavaScript, accessible, and usable at 320 px."""

import datetime
import re
import uuid

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from experiences import services as write_ups
from experiences.discussions.models import Comment, CommentKind, CommentStatus
from experiences.models import ExperiencePage
from experiences.personal_data import personal_data_warm
from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.e2e.conftest import ARTEFACTS, AXE_SCRIPT, axe_violations, describe
from tests.factories import UserFactory, totp_activate, totp_code

PASSWORD = "mot-de-passe-de-test"  # UserFactory's
# The login page's button, then the second factor's.
SIGN_IN = re.compile(r"^(Se connecter|Connexion|Valider le code)$")


def member(display_name, *groups):
    """An approved member with a verified address, as the coordination makes them."""
    user = UserFactory(username=f"membre-{uuid.uuid4().hex[:10]}@labo.example")
    user.groups.add(*Group.objects.filter(name__in=groups))
    account_trust(user=user, display_name=display_name)
    return user


def trusted_author(display_name, *, elsewhere):
    """A member past pre-moderation: three messages published, two days ago, on
    another page."""
    author = member(display_name)
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    for number in range(3):
        comment = Comment.objects.create(
            page=elsewhere,
            author=author,
            body=f"Un message déjà publié ({number}).",
            last_activity_at=two_days_ago,
        )
        Comment.objects.filter(pk=comment.pk).update(created_at=two_days_ago)
    return author


def demo_write_ups(count):
    """Live demo write-ups that no other browser test writes on or screenshots,
    one per test, so that threads do not mix."""
    pages = list(
        ExperiencePage.objects.live()
        .filter(reproduced_from__isnull=True, discussion_comments__isnull=True)
        .order_by("-pk")[:count]
    )
    assert len(pages) == count
    return pages


def unique_text(start):
    return f"{start} [{uuid.uuid4().hex[:6]}]"


@pytest.fixture
def open_browser(browser, site_url):
    """Opens a new browser context (signed in as `user` if given); closes them all
    at the end."""
    contexts = []

    def open_browser(user=None, *, javascript=True, viewport=None):
        context = browser.new_context(
            base_url=site_url,
            locale="fr-FR",
            java_script_enabled=javascript,
            viewport=viewport or {"width": 1280, "height": 900},
        )
        contexts.append(context)
        page = context.new_page()
        if user is not None:
            page.goto("/accounts/login/")
            page.locator("#id_login").fill(user.email)
            page.locator("#id_password").fill(PASSWORD)
            page.get_by_role("button", name=SIGN_IN).click()
            expect(page.get_by_role("button", name="Se déconnecter")).to_be_attached()
        return page

    yield open_browser
    for context in contexts:
        context.close()


def sign_in_to_admin(page, user, secret):
    page.goto("/accounts/login/?next=/admin/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN).click()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.get_by_role("button", name=SIGN_IN).click()
    expect(page).to_have_url(re.compile("/admin/$"))


def write_message(page, write_up, *, kind, body):
    page.goto(write_up.url)
    discussion = page.locator("#discussion")
    discussion.get_by_label(kind, exact=True).check()
    discussion.get_by_label("Votre message").fill(body)
    discussion.get_by_role("button", name="Publier le message").click()
    expect(page.locator("#messages")).to_contain_text("Votre message est publié.")


def report(page, write_up, comment, *, reason, javascript):
    """With htmx the form opens under the message; without, on its own page."""
    page.goto(write_up.url)
    page.locator(f"#message-{comment.pk}").get_by_role("link", name="Signaler").click()
    if javascript:
        expect(page.locator(f"#report-slot-{comment.pk} #report-form")).to_be_visible()
    else:
        expect(page.get_by_role("heading", level=1)).to_have_text("Signaler un message")
    page.get_by_label(reason).check()
    page.get_by_role("button", name="Envoyer le signalement").click()
    expect(page.locator("#messages")).to_contain_text(
        "Merci : votre signalement est transmis à la modération."
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["htmx", "sans-js"])
def test_a_message_reported_three_times_is_hidden_until_a_moderator_restores_it(
    open_browser, javascript
):
    write_up, elsewhere = demo_write_ups(2)
    author = trusted_author("Nadia, ML de Brest", elsewhere=elsewhere)
    reporters = [member(f"Rapporteur {n}") for n in range(1, 4)]
    moderator = member("Équipe de modération", roles.MODERATION)
    secret = totp_activate(moderator)
    body = unique_text("Attention au NIR des jeunes dans les mails")

    author_page = open_browser(author, javascript=javascript)
    write_message(author_page, write_up, kind="Point de vigilance", body=body)
    comment = Comment.objects.get(body=body)
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.kind == CommentKind.VIGILANCE
    posted = author_page.locator(f"#message-{comment.pk}")
    expect(posted).to_contain_text(body)
    expect(posted).to_contain_text("Point de vigilance")

    visitor = open_browser(javascript=javascript)
    visitor.goto(write_up.url)
    expect(visitor.locator("#discussion")).to_contain_text(body)

    reasons = [
        "Donnée personnelle d'un jeune",
        "Propos blessants ou irrespectueux",
        "Hors sujet",
    ]
    for number, (reporter, reason) in enumerate(
        zip(reporters, reasons, strict=True), start=1
    ):
        reporter_page = open_browser(reporter, javascript=javascript)
        report(reporter_page, write_up, comment, reason=reason, javascript=javascript)
        comment.refresh_from_db()
        if number < 3:
            assert comment.status == CommentStatus.PUBLISHED
            expect(reporter_page.locator(f"#message-{comment.pk}")).to_contain_text(
                "Vous avez signalé ce message."
            )
        else:
            assert comment.status == CommentStatus.HIDDEN
            expect(reporter_page.locator("#discussion")).not_to_contain_text(body)

    visitor.reload()
    expect(visitor.locator("#discussion")).to_be_visible()
    expect(visitor.get_by_text(body)).to_have_count(0)
    author_page.reload()
    hidden = author_page.locator(f"#message-{comment.pk}")
    expect(hidden).to_contain_text(body)
    expect(hidden).to_contain_text("Masqué par la modération")

    admin = open_browser()
    sign_in_to_admin(admin, moderator, secret)
    admin.get_by_role("link", name="Modération", exact=True).click()
    expect(admin.get_by_role("heading", level=1)).to_contain_text("Modération")
    admin.get_by_role("link", name=body).click()
    expect(admin.locator("#reports-heading + table")).to_contain_text(
        "Donnée personnelle d'un jeune"
    )
    admin.get_by_label("Rétablir le message (le republier)").check()
    admin.get_by_label("Motif", exact=True).fill(
        "Conseil utile, aucune donnée personnelle."
    )
    admin.get_by_role("button", name="Enregistrer la décision").click()
    expect(
        admin.get_by_text("Message rétabli : il est de nouveau publié.")
    ).to_be_visible()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED

    visitor.reload()
    expect(visitor.locator(f"#message-{comment.pk}")).to_contain_text(body)

    admin.goto(f"/admin/moderation/history/{comment.pk}/")
    history = admin.get_by_role("table")
    expect(history).to_contain_text("Masqué automatiquement après signalements")
    expect(history).to_contain_text("Message rétabli")
    expect(history).to_contain_text("Conseil utile, aucune donnée personnelle.")


def thread_with_a_reply(write_up):
    """A published question with a published reply, by trusted members."""
    asker = member("Karim, ML de Lens", roles.COORDINATION)
    replier = member("Sophie, ML de Tulle", roles.COORDINATION)
    now = timezone.now()
    question = Comment.objects.create(
        page=write_up,
        author=asker,
        kind=CommentKind.QUESTION,
        body=unique_text("Combien de temps avez-vous mis pour lancer la visio ?"),
        last_activity_at=now,
    )
    reply = Comment.objects.create(
        page=write_up,
        author=replier,
        parent=question,
        body=unique_text("Chez nous, trois semaines avec l'appui du département."),
        last_activity_at=now,
    )
    return question, reply


def test_a_thread_with_a_reply_is_accessible_and_fits_320_px(open_browser):
    (write_up,) = demo_write_ups(1)
    question, reply = thread_with_a_reply(write_up)
    reader = member("Lucie, ML d'Annecy")

    page = open_browser(reader)
    page.goto(write_up.url)
    thread = page.locator("#discussion")
    expect(thread.locator(f"#message-{reply.pk}")).to_contain_text(reply.body)
    expect(thread.get_by_role("button", name="Publier le message")).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)

    thread.locator(f"#message-{reply.pk}").get_by_role("link", name="Signaler").click()
    expect(page.locator("#report-form")).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)

    page.goto(f"/discussions/message/{question.pk}/signaler/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Signaler un message")
    violations = axe_violations(page)
    assert not violations, describe(violations)

    ARTEFACTS.mkdir(exist_ok=True)
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(write_up.url)
        thread.locator("summary", has_text="Répondre").click()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        path = ARTEFACTS / f"discussion-thread-{width}.png"
        thread.screenshot(path=str(path))
        assert path.stat().st_size > 0


def test_with_htmx_a_reply_updates_the_thread_without_reloading_the_page(
    open_browser,
):
    (write_up,) = demo_write_ups(1)
    question, _ = thread_with_a_reply(write_up)
    replier = member("Hugo, ML de Dax", roles.COORDINATION)
    body = unique_text("Nous avons fait pareil, avec une tablette prêtée.")

    page = open_browser(replier)
    page.goto(write_up.url)
    page.evaluate("window.stillTheSamePage = true")
    item = page.locator(".thread__item", has=page.locator(f"#message-{question.pk}"))
    item.locator("summary", has_text="Répondre").click()
    item.get_by_label("Votre réponse").fill(body)
    item.get_by_role("button", name="Envoyer la réponse").click()

    expect(page.locator(".thread__replies", has_text=body)).to_be_visible()
    expect(page.locator("#messages")).to_contain_text("Votre message est publié.")
    assert page.evaluate("window.stillTheSamePage") is True
    assert Comment.objects.get(body=body).parent_id == question.pk


# The personal-data check (issue #18)

SHOTS = ARTEFACTS / "personal-data"
NAMED = "Nous avons accompagné le jeune Kevin Durand, 19 ans, vers une formation."


def screenshots(page, name, *, part=None, widths=(1280, 375)):
    """Screenshots at each width, of `part` (a selector) or of the whole page; the
    page must not scroll sideways."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth") <= width, width
        path = SHOTS / f"{name}-{width}.png"
        if part:
            page.locator(part).screenshot(path=str(path))
        else:
            page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 0
    page.set_viewport_size({"width": 1280, "height": 900})


def publish(page, body):
    discussion = page.locator("#discussion")
    discussion.get_by_label("Votre message").fill(body)
    discussion.get_by_role("button", name="Publier le message").click()


@pytest.mark.parametrize("javascript", [True, False], ids=["htmx", "sans-js"])
def test_a_name_and_age_are_marked_then_rewritten_or_held_for_the_moderators(
    open_browser, javascript
):
    # The live server runs in this process: its first check need not load the
    # language model while the browser waits.
    personal_data_warm()
    write_up, elsewhere = demo_write_ups(2)
    author = trusted_author("Inès, ML de Vannes", elsewhere=elsewhere)
    moderator = member("Modération du Labo", roles.MODERATION)
    secret = totp_activate(moderator)
    page = open_browser(author, javascript=javascript)
    page.goto(write_up.url)

    publish(page, NAMED)
    found = page.locator("#discussion .personal-data")
    expect(found).to_be_visible()
    expect(found.locator("mark")).to_contain_text("Kevin Durand")
    expect(found.locator("mark")).to_contain_text("début du passage signalé")
    expect(page.get_by_label("Votre message")).to_have_value(NAMED)
    assert not Comment.objects.filter(author=author, page=write_up).exists()
    if javascript:
        # axe runs as a script: not in a page with JavaScript turned off.
        violations = axe_violations(page)
        assert not violations, describe(violations)
        screenshots(
            page, "thread-with-a-finding", part="#discussion form:has(.personal-data)"
        )

    rewritten = unique_text("Nous avons accompagné un jeune de 19 ans.")
    publish(page, rewritten)
    expect(page.locator("#messages")).to_contain_text("Votre message est publié.")
    assert Comment.objects.get(body=rewritten).status == CommentStatus.PUBLISHED

    page.goto(write_up.url)
    held_text = f"{NAMED} [{uuid.uuid4().hex[:6]}]"
    publish(page, held_text)
    page.get_by_role(
        "button", name="Envoyer quand même : la modération relira avant publication"
    ).click()
    expect(page.locator("#messages")).to_contain_text("en attente de relecture")
    held = Comment.objects.get(body=held_text)
    assert held.status == CommentStatus.PENDING and held.held_for_personal_data
    expect(page.locator(f"#message-{held.pk}")).to_contain_text(
        "En attente de relecture"
    )
    visitor = open_browser(javascript=javascript)
    visitor.goto(write_up.url)
    expect(visitor.locator("#discussion")).to_be_visible()
    expect(visitor.get_by_text(held_text)).to_have_count(0)

    if not javascript:
        return
    admin = open_browser()
    sign_in_to_admin(admin, moderator, secret)
    admin.goto("/admin/moderation/")
    row = admin.locator("tr", has=admin.get_by_role("link", name=str(held)))
    expect(row.locator("mark")).to_contain_text("Kevin Durand")
    expect(row).to_contain_text("Retenu avant publication")
    violations = axe_violations(admin)
    assert not violations, describe(violations)
    screenshots(admin, "moderation-queue", widths=(1280, 375, 320))
    admin.get_by_role("link", name=str(held)).click()
    expect(admin.locator("blockquote mark")).to_contain_text("Kevin Durand")
    violations = axe_violations(admin)
    assert not violations, describe(violations)
    screenshots(admin, "moderation-decision")


def test_the_review_screen_shows_the_personal_data_of_a_submitted_write_up(
    open_browser,
):
    personal_data_warm()
    (write_up,) = demo_write_ups(1)
    author = member("Sami, ML de Lorient", roles.CONTRIBUTORS)
    coordinator = member("Coordination régionale", roles.COORDINATION)
    secret = totp_activate(coordinator)
    draft = write_up.get_latest_revision_as_object()
    draft.owner = author
    draft.summary = "Le jeune Kevin Durand, 19 ans, nous a aidés à tester l'atelier."
    draft.save_revision(user=author)
    write_ups.contribution_submit(user=author, page=draft)

    admin = open_browser()
    sign_in_to_admin(admin, coordinator, secret)
    admin.goto(f"/admin/pages/{write_up.pk}/edit/")
    panel = admin.locator(".personal-data-panel")
    expect(panel).to_contain_text("Résumé")
    expect(panel.locator("mark")).to_contain_text("Kevin Durand")
    # Wagtail's editor is not ours to judge: axe reads the panel.
    admin.evaluate(AXE_SCRIPT.read_text())
    result = admin.evaluate(
        "async () => await axe.run(document.querySelector('.personal-data-panel'))"
    )
    violations = [
        v for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert not violations, describe(violations)
    screenshots(
        admin, "write-up-panel", part="section.w-panel:has(.personal-data-panel)"
    )
