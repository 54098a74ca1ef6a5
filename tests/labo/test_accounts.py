import json
import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings

from experiences.models import ExperiencePage
from labo.accounts import roles
from labo.accounts.models import (
    OutgoingEmail,
    OutgoingEmailStatus,
    Profile,
    ProfileStatus,
)
from labo.accounts.selectors import user_is_approved
from tests.factories import (
    MissionLocaleFactory,
    UserFactory,
    department,
    experience_page,
    staff_with_mfa,
    totp_activate,
    totp_code,
)

pytestmark = pytest.mark.django_db

PASSWORD = "Un mot de passe solide 2026"
LINK = re.compile(r"https?://testserver(/accounts/[^\s]+)")


def member(email="camille@ml-bordeaux.fr", **fields):
    """An account whose e-mail is verified, so that it can log in."""
    user = UserFactory(username=email, email=email, password=PASSWORD, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def sign_up(client, email):
    return client.post(
        "/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def log_in(client, email, password=PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


def reauthenticate(client):
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302


def link_in(message):
    return LINK.search(message.body).group(1)


def confirm_email(client, mailoutbox):
    """Follow the verification link of the last e-mail, as the member would."""
    url = link_in(mailoutbox[-1])
    assert client.get(url).status_code == 200
    return client.post(url)


def in_contributors(user):
    return user.groups.filter(name=roles.CONTRIBUTORS).exists()


# Sign-up policies


def test_open_sign_up_is_approved_once_the_e_mail_is_verified(
    client, settings, mailoutbox
):
    settings.LABO_SIGNUP_POLICY = "open"
    response = sign_up(client, "alex@exemple.fr")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="alex@exemple.fr")
    assert user.username == "alex@exemple.fr"
    assert not user_is_approved(user)
    assert mailoutbox[-1].subject.startswith("[Le Labo] ")

    confirm_email(client, mailoutbox)
    user.refresh_from_db()
    assert user.profile.is_approved
    assert user.profile.approved_at is not None
    assert in_contributors(user)
    assert user_is_approved(user)


def test_domains_policy_refuses_other_domains_with_a_clear_message(
    client, settings, mailoutbox
):
    settings.LABO_SIGNUP_POLICY = "domains"
    settings.LABO_SIGNUP_DOMAINS = ["ml-bordeaux.fr", "unml.info"]
    response = sign_up(client, "alex@gmail.com")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Le Labo n&#x27;accepte que les adresses e-mail du réseau" in html
    assert "ml-bordeaux.fr, unml.info" in html
    assert re.search(r'aria-describedby="[^"]*id_email_error"', html)
    assert not get_user_model().objects.filter(email="alex@gmail.com").exists()

    assert sign_up(client, "alex@unml.info").status_code == 302
    confirm_email(client, mailoutbox)
    user = get_user_model().objects.get(email="alex@unml.info")
    assert user.profile.is_approved and in_contributors(user)


def test_approval_policy_keeps_the_account_pending_until_a_coordinator_approves(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.LABO_SIGNUP_POLICY = "approval"
    sign_up(client, "sam@exemple.fr")
    confirm_email(client, mailoutbox)
    user = get_user_model().objects.get(email="sam@exemple.fr")
    assert user.profile.status == ProfileStatus.PENDING
    assert not in_contributors(user)
    assert not user_is_approved(user)
    assert log_in(client, "sam@exemple.fr").status_code == 302
    assert "attend la validation" in client.get("/profil/").content.decode()

    mailoutbox.clear()
    client.force_login(staff_with_mfa(is_superuser=True))
    listing = client.get("/admin/snippets/accounts/profile/?status=pending").content
    assert "sam@exemple.fr" in listing.decode()
    assert "en attente de validation" in listing.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/snippets/accounts/profile/edit/{user.profile.pk}/",
            {
                "status": "approved",
                "display_name": "Sam",
                "mission_locale": "",
                "bio": "",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    user.refresh_from_db()
    assert user.profile.is_approved and user.profile.approved_at is not None
    assert in_contributors(user)
    (message,) = mailoutbox
    assert message.to == ["sam@exemple.fr"]
    assert "Votre compte est validé" in message.subject


def test_a_failed_approval_e_mail_never_loses_the_approval(
    client, settings, django_capture_on_commit_callbacks, caplog
):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    user = member()
    client.force_login(staff_with_mfa(is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/snippets/accounts/profile/edit/{user.profile.pk}/",
            {"status": "approved", "display_name": "Camille", "bio": ""},
        )
    user.refresh_from_db()
    assert user.profile.is_approved and in_contributors(user)
    assert "E-mail not sent" in caplog.text
    # The e-mail waits in the outbox for the next attempt.
    email = OutgoingEmail.objects.get(user=user)
    assert "Votre compte est validé" in email.subject
    assert email.status == OutgoingEmailStatus.PENDING
    assert "ConnectionRefusedError" in email.last_error


# Login, verification, password reset, rate limits


def test_login_needs_a_verified_e_mail(client, mailoutbox):
    sign_up(client, "lou@exemple.fr")
    client.logout()
    response = log_in(client, "lou@exemple.fr")
    assert response["Location"] == "/accounts/confirm-email/"
    assert client.get("/profil/").status_code == 302

    confirm_email(client, mailoutbox)
    response = log_in(client, "lou@exemple.fr")
    assert response["Location"] == "/"
    assert client.get("/profil/").status_code == 200


def test_password_reset_by_e_mail(client, mailoutbox):
    member("lou@exemple.fr")
    response = client.post("/accounts/password/reset/", {"email": "lou@exemple.fr"})
    assert response["Location"] == "/accounts/password/reset/done/"
    link = link_in(mailoutbox[-1])
    form_url = client.get(link)["Location"]
    new_password = "Une autre phrase secrète 2027"
    response = client.post(
        form_url, {"password1": new_password, "password2": new_password}
    )
    assert response.status_code == 302
    assert log_in(client, "lou@exemple.fr", new_password)["Location"] == "/"


def test_password_reset_does_not_reveal_whether_an_account_exists(client, mailoutbox):
    member("lou@exemple.fr")
    known = client.post("/accounts/password/reset/", {"email": "lou@exemple.fr"})
    unknown = client.post("/accounts/password/reset/", {"email": "x@exemple.fr"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mailoutbox) == 2
    to_unknown = next(m for m in mailoutbox if m.to == ["x@exemple.fr"])
    assert "/accounts/password/reset/key/" not in to_unknown.body


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip,3/m/key"})
def test_repeated_failed_logins_are_blocked(client):
    member("lou@exemple.fr")
    for _ in range(3):
        html = log_in(client, "lou@exemple.fr", "mauvais").content.decode()
        assert "Trop de tentatives" not in html
    blocked = log_in(client, "lou@exemple.fr").content.decode()
    assert "Trop de tentatives de connexion échouées" in blocked
    assert client.get("/profil/").status_code == 302


def test_wagtails_own_login_form_leads_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")


# Second factor for staff


def test_staff_without_an_authenticator_app_is_sent_to_activate_one(client):
    log_in(client, member(is_staff=True).email)
    response = client.get("/admin/")
    assert response["Location"] == "/accounts/2fa/totp/activate/"
    # allauth asks for the password again before adding a second factor.
    response = client.get(response["Location"], follow=True)
    assert "activez d&#x27;abord la double authentification" in (
        response.content.decode()
    )
    reauthenticate(client)
    page = client.get("/accounts/2fa/totp/activate/").content.decode()
    assert "Activer" in page and 'id="authenticator_secret"' in page
    assert client.get("/profil/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302


def test_admin_permission_alone_requires_the_second_factor(client):
    coordinator = member()
    coordinator.groups.add(Group.objects.get(name=roles.COORDINATION))
    client.force_login(coordinator)
    assert client.get("/admin/")["Location"] == "/accounts/2fa/totp/activate/"


def test_staff_with_an_authenticator_app_reach_the_admin_after_the_code(client):
    user = member(is_staff=True, is_superuser=True)
    secret = totp_activate(user)
    response = log_in(client, user.email)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")

    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_members_without_admin_access_are_never_asked_for_a_second_factor(
    client, site_tree
):
    client.force_login(member())
    assert client.get("/").status_code == 200
    assert client.get("/profil/").status_code == 200
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/2fa/" not in response["Location"]


# Profile


def test_profile_edit_explains_mistakes_in_french(client):
    user = member()
    graves = MissionLocaleFactory(name="Mission locale des Graves")
    MissionLocaleFactory(name="Mission locale de l'Arcachonnais")
    client.force_login(user)
    html = client.get("/profil/").content.decode()
    assert html.index("Arcachonnais") < html.index("des Graves")
    select = html.split('name="mission_locale"')[1].split("</select>")[0]
    # Grouped by region, each option naming its department; no department to pick.
    assert f'value="{department("33").pk}"' not in select
    assert 'data-kind="department"' not in select

    response = client.post(
        "/profil/",
        {
            "display_name": "",
            "mission_locale": department("33").pk,
            "bio": "x" * 501,
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Indiquez un nom ou un pseudonyme." in html
    assert re.search(r'aria-describedby="[^"]*id_display_name_error"', html)
    assert "choix valide" in html
    assert "au plus 500 caractères" in html

    response = client.post("/profil/", {"display_name": "camille@ml.fr", "bio": ""})
    assert "n&#x27;y mettez pas d&#x27;adresse e-mail" in response.content.decode()

    response = client.post(
        "/profil/",
        {"display_name": "  Camille  B. ", "mission_locale": graves.pk, "bio": "CIP"},
    )
    assert response["Location"] == "/profil/"
    user.profile.refresh_from_db()
    assert user.profile.display_name == "Camille B."
    assert user.profile.mission_locale == graves
    assert "Votre profil est enregistré." in client.get("/profil/").content.decode()


def test_a_changed_e_mail_becomes_the_login_once_verified(client, mailoutbox):
    user = member()
    log_in(client, user.email)
    reauthenticate(client)
    client.post("/accounts/email/", {"action_add": "", "email": "cam@unml.info"})
    confirm_email(client, mailoutbox)
    user.refresh_from_db()
    assert user.email == user.username == "cam@unml.info"
    assert list(user.emailaddress_set.values_list("email", flat=True)) == [
        "cam@unml.info"
    ]


def test_every_user_gets_one_pending_profile():
    user = UserFactory()
    assert Profile.objects.get(user=user).status == ProfileStatus.PENDING
    assert not user_is_approved(user)
    assert user_is_approved(UserFactory(is_superuser=True))


# Pages rendered in the site's frame


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/accounts/login/", "<h1>Se connecter</h1>"),
        ("/accounts/signup/", "<h1>Créer un compte</h1>"),
        ("/accounts/password/reset/", "Mot de passe oublié"),
    ],
)
def test_account_pages_use_the_site_layout_in_french(client, url, text):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert text in html
    assert 'class="site-header"' in html
    assert '<form class="form"' in html and 'class="button"' in html
    assert "Créer un compte" in html


@pytest.mark.parametrize(
    "url",
    [
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/2fa/",
        "/accounts/2fa/totp/activate/",
        "/accounts/logout/",
        "/profil/supprimer/",
    ],
)
def test_member_pages_render_with_labels_and_buttons(client, url):
    log_in(client, member().email)
    reauthenticate(client)
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="button' in html
    assert "Se déconnecter" in html


def test_the_header_offers_sign_in_or_profile_and_a_logout_form(client, site_tree):
    html = client.get("/").content.decode()
    assert "Se connecter" in html and "Créer un compte" in html
    client.force_login(member())
    html = client.get("/").content.decode()
    assert "Mon profil" in html
    assert re.search(
        r'<form method="post" action="/accounts/logout/">\s*<input type="hidden" '
        r'name="csrfmiddlewaretoken"',
        html,
    )
    assert "Se connecter" not in html


# Personal data


def test_export_holds_the_members_data_and_no_secret(client, experience_index):
    user = member()
    user.profile.display_name = "Camille"
    user.profile.save()
    totp_activate(user)
    write_up = experience_page(experience_index, owner=user, title="Visio en mairie")
    client.force_login(user)
    response = client.get("/profil/export/")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    data = json.loads(body)
    assert data["compte"]["email"] == user.email
    assert data["profil"]["nom_affiche"] == "Camille"
    assert data["adresses_email"] == [
        {"email": user.email, "verifiee": True, "principale": True}
    ]
    assert data["double_authentification"]["active"] is True
    (page,) = data["pages"]
    assert page["titre"] == "Visio en mairie"
    assert page["statut"] == "en ligne"
    assert page["url"].endswith(write_up.url)
    secret = Authenticator.objects.get(user=user, type="totp").data["secret"]
    for private in (user.password, secret, "secret", "password"):
        assert private not in body


def test_deleting_the_account_needs_confirmation_and_keeps_write_ups(
    client, experience_index
):
    user = member()
    territory = department("24")
    write_up = experience_page(experience_index, owner=user, territory=territory)
    client.force_login(user)

    response = client.post("/profil/supprimer/", {"password": PASSWORD})
    assert "Cochez la case pour confirmer." in response.content.decode()
    response = client.post("/profil/supprimer/", {"confirm": "on", "password": "non"})
    assert "Ce mot de passe n&#x27;est pas le bon." in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()

    response = client.post(
        "/profil/supprimer/", {"confirm": "on", "password": PASSWORD}
    )
    assert response["Location"] == "/"
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not Profile.objects.filter(user_id=user.pk).exists()
    assert not EmailAddress.objects.filter(email=user.email).exists()
    write_up = ExperiencePage.objects.get(pk=write_up.pk)
    assert write_up.live and write_up.owner is None
    assert write_up.territory == territory
    assert "Votre compte est supprimé." in client.get("/").content.decode()
    assert client.get("/profil/").status_code == 302
