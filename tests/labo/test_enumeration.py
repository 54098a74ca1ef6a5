"""Account enumeration: nobody learns from the site whether an address has an
account. Sign-up, password reset, login and e-mail change answer the same way
for a known address and an unknown one; only the mailbox's owner learns it.

tests/labo/test_accounts.py already checks that a password reset answers with
the same redirect and one e-mail in both cases; this file compares what the
visitor reads."""

import re
from html.parser import HTMLParser

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Un mot de passe solide 2026"
KNOWN, UNKNOWN = "lou@ml-bordeaux.fr", "sam@ml-bordeaux.fr"
VOID_ELEMENTS = {"area", "br", "col", "hr", "img", "input", "link", "meta", "source"}


class VisibleText(HTMLParser):
    """The text a visitor reads in the page's main content."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if (tag == "main" or self.depth) and tag not in VOID_ELEMENTS:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and data.strip():
            self.parts.append(data.strip())


def read(response, address):
    """What the visitor reads, with the address they typed written the same way."""
    parser = VisibleText()
    parser.feed(response.content.decode())
    text = " ".join(parser.parts)
    return re.sub(re.escape(address), "<adresse>", text, flags=re.IGNORECASE)


def account(email=KNOWN, verified=True):
    user = UserFactory(username=email, email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def sign_up(client, email):
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    return client.post("/accounts/signup/", data, follow=True)


@pytest.mark.parametrize(
    "existing",
    [KNOWN, KNOWN.upper()],
    ids=["same address", "same address in capitals"],
)
@pytest.mark.parametrize("verified", [True, False], ids=["verified", "unverified"])
def test_sign_up_answers_the_same_for_a_taken_address(
    client, mailoutbox, existing, verified
):
    account(verified=verified)

    taken = sign_up(client, existing)
    client.logout()
    free = sign_up(client, UNKNOWN)

    assert taken.redirect_chain == free.redirect_chain
    assert taken.status_code == free.status_code == 200
    assert read(taken, existing) == read(free, UNKNOWN)
    assert "Confirmez votre adresse e-mail" in read(free, UNKNOWN)
    assert get_user_model().objects.filter(email__iexact=KNOWN).count() == 1
    to_taken, to_free = mailoutbox
    assert [address.lower() for address in to_taken.to] == [KNOWN]
    assert to_free.to == [UNKNOWN]
    # Only the owner of the mailbox learns that an account exists, and how to
    # get back into it.
    assert to_taken.subject == "[Le Labo] Vous avez déjà un compte"
    assert "/accounts/password/reset/" in to_taken.body
    assert "/accounts/confirm-email/" in to_free.body
    assert "/accounts/confirm-email/" not in to_taken.body


def test_password_reset_pages_read_the_same_for_a_known_and_an_unknown_address(
    client,
):
    account()
    known = client.post("/accounts/password/reset/", {"email": KNOWN}, follow=True)
    unknown = client.post("/accounts/password/reset/", {"email": UNKNOWN}, follow=True)
    unverified_owner = account(email="eli@ml-bordeaux.fr", verified=False)
    unverified = client.post(
        "/accounts/password/reset/", {"email": unverified_owner.email}, follow=True
    )

    assert known.redirect_chain == unknown.redirect_chain == unverified.redirect_chain
    assert read(known, KNOWN) == read(unknown, UNKNOWN)
    assert read(known, KNOWN) == read(unverified, unverified_owner.email)


def test_login_says_the_same_for_an_unknown_address_and_a_wrong_password(client):
    account()
    account(email="eli@ml-bordeaux.fr", verified=False)

    wrong_password = client.post(
        "/accounts/login/", {"login": KNOWN, "password": "pas le bon"}
    )
    unverified = client.post(
        "/accounts/login/", {"login": "eli@ml-bordeaux.fr", "password": "pas le bon"}
    )
    unknown = client.post("/accounts/login/", {"login": UNKNOWN, "password": PASSWORD})

    assert wrong_password.status_code == unknown.status_code == 200
    assert unverified.status_code == 200
    message = "L\u2019adresse e-mail ou le mot de passe sont incorrects."
    for response in (wrong_password, unverified, unknown):
        assert message in response.content.decode()
    assert read(wrong_password, KNOWN) == read(unknown, UNKNOWN)
    assert read(wrong_password, KNOWN) == read(unverified, "eli@ml-bordeaux.fr")


def test_adding_an_address_another_member_uses_reads_like_a_free_one(
    client, mailoutbox
):
    account(email="autre@ml-bordeaux.fr")
    account()
    client.post("/accounts/login/", {"login": KNOWN, "password": PASSWORD})
    client.get("/accounts/email/")  # shows, and so clears, "Connexion réussie"

    taken = client.post(
        "/accounts/email/",
        {"action_add": "", "email": "autre@ml-bordeaux.fr"},
        follow=True,
    )
    free = client.post(
        "/accounts/email/", {"action_add": "", "email": UNKNOWN}, follow=True
    )

    assert taken.redirect_chain == free.redirect_chain
    assert read(taken, "autre@ml-bordeaux.fr") == read(free, UNKNOWN)
    assert {tuple(message.to) for message in mailoutbox} == {
        ("autre@ml-bordeaux.fr",),
        (UNKNOWN,),
    }
