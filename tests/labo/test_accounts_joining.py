"""Joining the Labo: what sign-up says under each policy, the e-mails in plain
French, signing in from the confirmation link, the pending member told so, the
coordinators told that an account waits, and the « Membres » screen where they
validate one account or a selection."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import ModelLogEntry

from labo.accounts import roles
from labo.accounts.models import OutgoingEmail, OutgoingEmailStatus, ProfileStatus
from labo.accounts.services import AWAITING_EMAIL_SUBJECT, profile_ensure
from labo.demo.seed import demo_users_ensure
from tests.factories import (
    MissionLocaleFactory,
    UserFactory,
    approved_member,
    department,
    staff_member,
    totp_activate,
)

pytestmark = pytest.mark.django_db

PASSWORD = "Un mot de passe solide 2026"
LINK = re.compile(r"https?://testserver(/accounts/[^\s]+)")
MEMBERS = "/admin/snippets/accounts/profile/"
STOCK_PHRASES = [
    "merci de vous enregistrer",
    "Création de compte",
    "est l'adresse e-mail de",
    "est l&#x27;adresse e-mail de",
    "l'utilisateur",
    "Hello",
    "Inscription",
]


def sign_up(client, email, **extra):
    return client.post(
        "/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD, **extra},
    )


def confirmation_link(mailoutbox):
    return LINK.search(mailoutbox[-1].body).group(1)


def confirm(client, url):
    assert client.get(url).status_code == 200
    return client.post(url)


def messages_of(response):
    return [str(message) for message in response.wsgi_request._messages]


def pending_member(email=None, mission_locale=None, display_name=""):
    """A member who confirmed their address and waits for validation."""
    user = UserFactory(**({"username": email} if email else {}))
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    profile = profile_ensure(user=user)
    profile.mission_locale = mission_locale
    profile.display_name = display_name
    profile.save()
    return user


@pytest.fixture
def approval(settings):
    settings.LABO_SIGNUP_POLICY = "approval"


@pytest.fixture
def regional(db):
    """A coordinator of Nouvelle-Aquitaine (region 75, where Gironde is)."""
    return staff_member(
        roles.COORDINATION, review_region="75", username="na@coordination.example"
    )


@pytest.fixture
def national(db):
    return staff_member(roles.COORDINATION, username="nationale@coordination.example")


# What sign-up says


@pytest.mark.parametrize(
    ("policy", "said", "not_said"),
    [
        ("approval", "La coordination du Labo vérifie", "dès que vous avez confirmé"),
        ("open", "Votre compte est actif dès que vous avez confirmé", "vérifie que"),
        ("domains", "réservé aux adresses du réseau (@ml-bordeaux.fr)", "vérifie que"),
    ],
)
def test_sign_up_says_how_the_account_is_validated_under_each_policy(
    client, settings, policy, said, not_said
):
    settings.LABO_SIGNUP_POLICY = policy
    settings.LABO_SIGNUP_DOMAINS = ["ml-bordeaux.fr"]
    html = client.get("/accounts/signup/").content.decode()
    assert said in html
    assert not_said not in html
    assert "Créer mon compte" in html
    assert '<label for="id_email">Adresse e-mail professionnelle' in html
    assert "placeholder=" not in html
    for phrase in STOCK_PHRASES:
        assert phrase not in html


def test_sign_up_asks_the_mission_locale_and_keeps_it(client, approval, mailoutbox):
    bordeaux = MissionLocaleFactory(name="Mission locale de Bordeaux")
    html = client.get("/accounts/signup/").content.decode()
    assert "Votre Mission locale (facultatif)" in html

    assert sign_up(client, "alex@exemple.fr", mission_locale=bordeaux.pk).status_code
    user = get_user_model().objects.get(email="alex@exemple.fr")
    assert user.profile.mission_locale == bordeaux


@pytest.mark.parametrize(
    "url",
    [
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/accounts/password/reset/done/",
        "/accounts/confirm-email/",
    ],
)
def test_the_entrance_pages_speak_plain_french(client, url):
    html = client.get(url).content.decode()
    for phrase in STOCK_PHRASES:
        assert phrase not in html, (url, phrase)
    assert "<h1>" in html


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/accounts/2fa/", "Double authentification"),
        ("/accounts/2fa/totp/deactivate/", "Désactiver l'application"),
        ("/accounts/2fa/recovery-codes/generate/", "Créer de nouveaux codes"),
        ("/accounts/password/change/", "Changer de mot de passe"),
        ("/accounts/email/", "Adresse e-mail"),
    ],
)
def test_the_account_pages_speak_plain_french(client, url, heading):
    member = approved_member(roles.CONTRIBUTORS)
    EmailAddress.objects.create(
        user=member, email=member.email, verified=True, primary=True
    )
    totp_activate(member)
    client.force_login(member)
    client.post("/accounts/reauthenticate/", {"password": "mot-de-passe-de-test"})

    html = client.get(url).content.decode().replace("&#x27;", "'")

    assert re.search(rf"<h1>{heading}", html), url
    assert "Êtes-vous sûr(e)" not in html


def test_the_confirmation_e_mail_and_page_speak_to_the_member(
    client, approval, mailoutbox
):
    sign_up(client, "alex@exemple.fr")
    (message,) = mailoutbox
    assert message.subject == (
        "[Le Labo] Confirmez votre adresse pour terminer votre inscription"
    )
    assert "Vous venez de créer un compte sur le Labo" in message.body
    assert "La coordination du Labo validera ensuite votre compte" in message.body
    assert "l'utilisateur" not in message.body
    assert "alex@exemple.fr a indiqué" not in message.body

    html = Client().get(confirmation_link(mailoutbox)).content.decode()
    assert "Confirmez que l'adresse <strong>alex@exemple.fr</strong> est bien la v" in (
        html.replace("&#x27;", "'")
    )
    assert "Confirmer mon adresse" in html
    assert "est l&#x27;adresse e-mail de" not in html


def test_the_password_reset_e_mail_speaks_plain_french(client, mailoutbox):
    user = UserFactory(username="lou@exemple.fr")
    EmailAddress.objects.create(user=user, email=user.email, verified=True)
    client.post("/accounts/password/reset/", {"email": "lou@exemple.fr"})
    (message,) = mailoutbox
    assert message.subject == "[Le Labo] Choisir un nouveau mot de passe"
    assert message.body.startswith("Bonjour,")
    assert "Le lien ne sert qu'une fois" in message.body
    assert "Hello" not in message.body


# Signing in from the link, and the pending notice


def test_the_confirmation_link_signs_in_and_says_the_account_waits(
    client, approval, mailoutbox
):
    sign_up(client, "sam@exemple.fr")
    response = confirm(client, confirmation_link(mailoutbox))

    assert response["Location"] == "/"
    user = get_user_model().objects.get(email="sam@exemple.fr")
    assert client.session["_auth_user_id"] == str(user.pk)
    said = messages_of(response)
    assert "Votre adresse sam@exemple.fr est confirmée." in said
    assert any("attend la validation de la coordination" in m for m in said)


def test_in_another_browser_the_link_confirms_and_asks_to_log_in(
    client, approval, mailoutbox
):
    sign_up(client, "sam@exemple.fr")
    other_browser = Client()
    response = confirm(other_browser, confirmation_link(mailoutbox))

    assert response["Location"] == "/accounts/login/"
    assert "_auth_user_id" not in other_browser.session
    assert EmailAddress.objects.get(email="sam@exemple.fr").verified
    assert "Connectez-vous avec cette adresse et votre mot de passe pour " in (
        " ".join(messages_of(response))
    )


def test_under_the_open_policy_the_link_signs_in_without_a_pending_notice(
    client, settings, mailoutbox
):
    settings.LABO_SIGNUP_POLICY = "open"
    sign_up(client, "sam@exemple.fr")
    response = confirm(client, confirmation_link(mailoutbox))
    assert "_auth_user_id" in client.session
    assert not any("attend la validation" in m for m in messages_of(response))


def test_a_pending_member_is_told_at_login_and_on_every_page(client):
    user = pending_member("lou@exemple.fr")
    user.set_password(PASSWORD)
    user.save()
    response = client.post(
        "/accounts/login/", {"login": "lou@exemple.fr", "password": PASSWORD}
    )
    said = messages_of(response)
    assert any("attend la validation" in m for m in said)
    assert "Vous êtes connecté·e." not in said
    assert "compte en attente de validation" in client.get("/").content.decode()

    user.profile.status = ProfileStatus.APPROVED
    user.profile.save()
    assert "compte en attente de validation" not in client.get("/").content.decode()


# The coordinators are told


def awaiting_emails(user):
    return OutgoingEmail.objects.filter(user=user, subject=AWAITING_EMAIL_SUBJECT)


def test_the_coordinators_of_the_members_region_are_told_with_a_link(
    client,
    settings,
    approval,
    regional,
    national,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    other_region = staff_member(roles.COORDINATION, review_region="11")
    moderator = staff_member(roles.MODERATION)
    bordeaux = MissionLocaleFactory(name="Mission locale de Bordeaux")
    sign_up(client, "alex@exemple.fr", mission_locale=bordeaux.pk)
    link = confirmation_link(mailoutbox)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, link)

    (message,) = mailoutbox
    assert message.to == [regional.email]
    assert message.subject == AWAITING_EMAIL_SUBJECT
    assert "alex@exemple.fr" in message.body
    assert "Mission locale de Bordeaux" in message.body
    base_url = settings.WAGTAILADMIN_BASE_URL
    assert f"{base_url}{MEMBERS}?status=pending" in message.body
    for person in (national, other_region, moderator):
        assert not awaiting_emails(person).exists()


def test_without_a_mission_locale_the_national_coordinators_are_told(
    client, approval, regional, national, mailoutbox, django_capture_on_commit_callbacks
):
    admin = staff_member(is_superuser=True)
    sign_up(client, "alex@exemple.fr")
    link = confirmation_link(mailoutbox)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, link)

    assert [message.to for message in mailoutbox] == [[national.email]]
    assert not awaiting_emails(regional).exists()
    assert not awaiting_emails(admin).exists()


def test_without_any_coordinator_the_administrators_are_told(
    client, approval, mailoutbox, django_capture_on_commit_callbacks
):
    admin = staff_member(is_superuser=True)
    sign_up(client, "alex@exemple.fr")
    link = confirmation_link(mailoutbox)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, link)
    assert [message.to for message in mailoutbox] == [[admin.email]]


def test_no_one_is_told_under_the_open_policy(
    client, settings, national, mailoutbox, django_capture_on_commit_callbacks
):
    settings.LABO_SIGNUP_POLICY = "open"
    sign_up(client, "alex@exemple.fr")
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, confirmation_link(mailoutbox))
    assert not awaiting_emails(national).exists()


def test_a_burst_of_sign_ups_makes_one_more_e_mail_listing_them_all(
    approval, national, mailoutbox, django_capture_on_commit_callbacks
):
    for number in range(3):
        browser = Client()
        sign_up(browser, f"membre{number}@exemple.fr")
        with django_capture_on_commit_callbacks(execute=True):
            confirm(browser, confirmation_link(mailoutbox))

    first, second = awaiting_emails(national).order_by("created_at")
    assert first.status == OutgoingEmailStatus.SENT
    assert "membre0@exemple.fr" in first.body
    # The next one waits for the interval's end and lists every waiting account.
    assert second.status == OutgoingEmailStatus.PENDING
    assert second.next_attempt_at > first.created_at
    for number in range(3):
        assert f"membre{number}@exemple.fr" in second.body
    assert [m.subject for m in mailoutbox].count(AWAITING_EMAIL_SUBJECT) == 1


def test_a_failing_mail_server_never_loses_the_sign_up(
    client, settings, approval, national, mailoutbox, django_capture_on_commit_callbacks
):
    sign_up(client, "alex@exemple.fr")
    link = confirmation_link(mailoutbox)
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(client, link)
    assert response["Location"] == "/"
    assert EmailAddress.objects.get(email="alex@exemple.fr").verified
    (email,) = awaiting_emails(national)
    assert email.status == OutgoingEmailStatus.PENDING
    assert email.last_error


# The « Membres » screen


def test_members_shows_the_address_the_dates_and_a_label_for_the_unnamed(
    client, national
):
    unnamed = pending_member("sans-nom@exemple.fr")
    approved_member(roles.CONTRIBUTORS, display_name="Camille")
    client.force_login(national)

    html = client.get(MEMBERS).content.decode()

    assert "sans-nom@exemple.fr" in html
    assert "(vide)" not in html
    assert "pas encore validé" in html
    assert not re.search(r">\s*None\s*<", html)
    month = "décembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre"
    assert re.search(rf"\d{{1,2}} ({month}|octobre|novembre) \d{{4}}", html)
    assert unnamed.profile.member_label() == "sans-nom@exemple.fr"


def test_the_edit_screen_speaks_to_the_coordinator(client, national):
    member = pending_member("lou@exemple.fr")
    client.force_login(national)

    html = client.get(f"{MEMBERS}edit/{member.profile.pk}/").content.decode()

    assert "lou@exemple.fr" in html
    assert "pas encore confirmée" not in html
    assert "pas encore validé" in html
    assert "Le nom public choisi par le membre" in html
    assert "Votre nom ou un pseudonyme" not in html
    assert not re.search(r">\s*None\s*<", html)


def test_validating_one_account_says_so_and_is_audited(
    client, national, django_capture_on_commit_callbacks, mailoutbox
):
    member = pending_member("lou@exemple.fr", display_name="Lou")
    client.force_login(national)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{MEMBERS}edit/{member.profile.pk}/",
            {"status": "approved", "display_name": "Lou", "bio": ""},
            follow=True,
        )
    html = response.content.decode()
    assert "Le compte de Lou est validé" in html
    assert "modifié(e)" not in html
    assert ModelLogEntry.objects.filter(
        action="labo.account_approve", user=national, object_id=str(member.profile.pk)
    ).exists()
    assert [m.to for m in mailoutbox] == [["lou@exemple.fr"]]


def test_a_regional_coordinator_cannot_validate_a_member_of_another_region(
    client, regional
):
    lille = MissionLocaleFactory(parent=department("59"))
    member = pending_member(mission_locale=lille)
    client.force_login(regional)
    client.post(
        f"{MEMBERS}edit/{member.profile.pk}/",
        {"status": "approved", "display_name": "Lou", "bio": ""},
    )
    member.profile.refresh_from_db()
    assert not member.profile.is_approved


def bulk_url(*profiles):
    ids = "&".join(f"id={profile.pk}" for profile in profiles)
    return f"/admin/bulk/accounts/profile/approve/?{ids}&next={MEMBERS}"


def test_members_offers_the_bulk_validation(client, national):
    pending_member()
    client.force_login(national)
    html = client.get(MEMBERS).content.decode()
    assert "Valider les comptes sélectionnés" in html


def test_bulk_validation_validates_each_account_as_the_single_one(
    client, regional, django_capture_on_commit_callbacks, mailoutbox
):
    bordeaux = MissionLocaleFactory()
    members = [
        pending_member(f"membre{n}@exemple.fr", mission_locale=bordeaux)
        for n in range(3)
    ]
    client.force_login(regional)
    url = bulk_url(*(member.profile for member in members))

    confirmation = client.get(url).content.decode()
    assert "Ces comptes seront validés" in confirmation
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)

    assert "3 comptes validés" in response.content.decode()
    for member in members:
        member.profile.refresh_from_db()
        assert member.profile.is_approved
        assert member.groups.filter(name=roles.CONTRIBUTORS).exists()
    assert sorted(m.to[0] for m in mailoutbox) == [m.email for m in members]
    assert (
        ModelLogEntry.objects.filter(
            action="labo.account_approve", user=regional
        ).count()
        == 3
    )


def test_bulk_validation_leaves_what_the_coordinator_may_not_validate(
    client, regional, national, django_capture_on_commit_callbacks, mailoutbox
):
    ours = pending_member("ici@exemple.fr", mission_locale=MissionLocaleFactory())
    elsewhere = pending_member(
        "ailleurs@exemple.fr",
        mission_locale=MissionLocaleFactory(parent=department("59")),
    )
    nowhere = pending_member("sans-ml@exemple.fr")
    moderator = staff_member(roles.MODERATION)
    moderator.profile.status = ProfileStatus.PENDING
    moderator.profile.save()
    client.force_login(regional)
    url = bulk_url(ours.profile, elsewhere.profile, nowhere.profile, moderator.profile)

    confirmation = client.get(url).content.decode()
    assert "Vous ne pouvez pas valider ces comptes" in confirmation
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)

    assert [m.to for m in mailoutbox] == [["ici@exemple.fr"]]
    for refused in (elsewhere, nowhere, moderator):
        refused.profile.refresh_from_db()
        assert not refused.profile.is_approved


def test_a_member_without_admin_access_cannot_bulk_validate(client):
    member = pending_member()
    client.force_login(approved_member(roles.CONTRIBUTORS))
    response = client.post(bulk_url(member.profile))
    assert response.status_code in (302, 403)
    member.profile.refresh_from_db()
    assert not member.profile.is_approved


# Demo content


def test_the_demo_advisor_works_at_the_mission_locale_of_bordeaux(site_tree):
    accounts = demo_users_ensure(password="labo-demo-2026")
    camille = accounts[roles.CONTRIBUTORS]
    camille.profile.refresh_from_db()
    assert camille.profile.mission_locale.name == "Mission locale de Bordeaux"
    assert camille.profile.mission_locale.parent.code == "33"
