"""Open redirects: no `next` (or `return_url`) parameter ever sends a visitor to
another site, however it is written; a local one still works."""

import re
from html import unescape
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from allauth.account.models import EmailAddress
from wagtail.models import PageViewRestriction

from labo.accounts import roles
from labo.models import StandardPage
from tests.factories import (
    approved_member,
    department,
    experience_page,
    totp_activate,
    totp_code,
)

pytestmark = pytest.mark.django_db

PASSWORD = "Un mot de passe solide 2026"
OFF_SITE = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "https:evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://testserver@evil.example/",
    "https://evil.example\\@testserver/",
    " //evil.example",
    "/\t/evil.example",
    "\x00//evil.example",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "%5C%5Cevil.example",
    "https%3A%2F%2Fevil.example",
    "//evil%2Eexample",
    "//\u0435vil.example",  # a Cyrillic "e"
]
LOCAL = "/profil/"


def leaves_the_site(location):
    """Whether a browser would follow this Location to another site: browsers
    drop tabs, newlines and leading control characters and read backslashes as
    slashes."""
    cleaned = re.sub(r"[\t\n\r]", "", location).lstrip("".join(map(chr, range(33))))
    cleaned = cleaned.replace("\\", "/")
    if cleaned.startswith("//"):
        cleaned = "//" + cleaned.lstrip("/")  # "///host" is "//host" to a browser
    parts = urlsplit(cleaned)
    if parts.scheme and parts.scheme.lower() not in {"http", "https"}:
        return True
    if parts.scheme and parts.netloc != "testserver":
        return True  # "https:evil.example" from an http:// page goes to evil.example
    return parts.netloc not in {"", "testserver"}


def test_the_detector_knows_an_off_site_location():
    for location in OFF_SITE[:15]:
        assert leaves_the_site(location), location
    for location in ("/", "/profil/", "/accounts/login/?next=//evil.example", "?a=b"):
        assert not leaves_the_site(location), location


def member(*groups, email="camille@ml.example", **fields):
    user = approved_member(
        roles.CONTRIBUTORS, *groups, username=email, email=email, **fields
    )
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


REFUSED = "(refused with the French 400 page)"


def redirects(client, method, url, data=None):
    """Every Location of the redirect chain (up to five hops, on this site)."""
    locations = []
    response = getattr(client, method)(url, data or {})
    if response.status_code == 400 and "Demande illisible" in response.text:
        # An address holding a control character is refused before any view
        # reads it (labo.middleware): there is no redirect to follow.
        return [REFUSED]
    while response.status_code in (301, 302, 303, 307, 308) and len(locations) < 5:
        location = response["Location"]
        locations.append(location)
        if leaves_the_site(location):
            break
        response = client.get(location)
    return locations


def assert_stays(locations, target):
    assert locations, "no redirect at all"
    for location in locations:
        assert not leaves_the_site(location), (target, locations)


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_never_sends_off_site(client, target):
    user = member()
    login = {"login": user.email, "password": PASSWORD}
    locations = redirects(client, "post", "/accounts/login/?" + f"next={target}", login)
    assert_stays(locations, target)
    # With the parameter in the form, as allauth's hidden field sends it.
    client.logout()
    locations = redirects(client, "post", "/accounts/login/", {**login, "next": target})
    assert_stays(locations, target)
    # Already signed in, the login page sends the member on at once.
    response = client.get("/accounts/login/", {"next": target})
    assert not leaves_the_site(response.get("Location", ""))


@pytest.mark.parametrize("target", OFF_SITE)
def test_the_second_factor_stage_never_sends_off_site(client, target):
    user = member(is_staff=True)
    secret = totp_activate(user)
    response = client.post(
        "/accounts/login/",
        {"login": user.email, "password": PASSWORD, "next": target},
    )
    assert response["Location"] == "/accounts/2fa/authenticate/"
    code = totp_code(secret)
    locations = redirects(client, "post", "/accounts/2fa/authenticate/", {"code": code})
    assert_stays(locations, target)


@pytest.mark.parametrize("target", OFF_SITE)
def test_signup_logout_and_reauthentication_never_send_off_site(
    client, mailoutbox, target
):
    signup = {
        "email": "nouveau@ml.example",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "next": target,
    }
    assert_stays(redirects(client, "post", "/accounts/signup/", signup), target)
    # The sign-up ends when the e-mail address is confirmed, through the link.
    confirm = re.search(r"https?://testserver(/accounts/\S+)", mailoutbox[-1].body)
    assert_stays(redirects(client, "post", confirm.group(1)), target)

    client.force_login(member())
    reauthenticate = {"password": PASSWORD, "next": target}
    locations = redirects(client, "post", "/accounts/reauthenticate/", reauthenticate)
    assert_stays(locations, target)
    locations = redirects(client, "post", "/accounts/logout/", {"next": target})
    assert_stays(locations, target)


@pytest.mark.parametrize("target", OFF_SITE)
def test_the_admin_never_sends_off_site(client, site_tree, target):
    """The admin's login page hands `next` over to allauth; the admin's own
    actions and its logout check theirs."""
    handed_over = redirects(client, "get", f"/admin/login/?next={quote(target)}")[0]
    assert handed_over == REFUSED or handed_over.startswith("/accounts/login/?next=")
    user = member(is_staff=True, is_superuser=True)
    totp_activate(user)
    client.force_login(user)
    charter = StandardPage.objects.get(slug="charte")
    locations = redirects(
        client, "post", f"/admin/pages/{charter.pk}/unpublish/?next={target}"
    )
    assert_stays(locations, target)
    # Refused before the view, the action did not run; otherwise it did.
    assert StandardPage.objects.get(pk=charter.pk).live == (locations == [REFUSED])
    locations = redirects(client, "post", "/admin/logout/", {"next": target})
    assert_stays(locations, target)


@pytest.mark.parametrize("target", OFF_SITE)
def test_a_password_protected_page_never_sends_off_site(client, site_tree, target):
    charter = StandardPage.objects.get(slug="charte")
    restriction = PageViewRestriction.objects.create(
        page=charter, restriction_type=PageViewRestriction.PASSWORD, password="labo"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{charter.pk}/"
    locations = redirects(
        client, "post", url, {"password": "labo", "return_url": target}
    )
    if "\x00" in target:
        assert locations == []  # the form refuses a null character outright
    else:
        assert_stays(locations, target)


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example"])
def test_our_own_forms_ignore_next(client, experience_index, settings, target):
    """The site's own views never read `next`: after a form, the member lands on
    the page the form belongs to."""
    settings.LABO_COMMENT_PREMODERATED = 0
    client.force_login(member())
    write_up = experience_page(experience_index)
    posts = [
        (f"/discussions/{write_up.pk}/", {"kind": "other", "body": "Merci."}),
        (f"/discussions/{write_up.pk}/suivre/", {"suivre": "0"}),
        ("/profil/", {"display_name": "Camille", "bio": ""}),
        (
            "/contribuer/nouvelle/",
            {"title": "Fiche", "territory": department("33").pk, "action": "save"},
        ),
    ]
    for url, data in posts:
        response = client.post(f"{url}?next={target}", {**data, "next": target})
        assert response.status_code == 302, url
        assert not leaves_the_site(response["Location"]), url
        assert "evil" not in response["Location"], url


@pytest.mark.parametrize("target", OFF_SITE)
def test_no_link_on_the_login_page_carries_an_off_site_next(client, target):
    html = client.get("/accounts/login/", {"next": target}).content.decode()
    for href in re.findall(r'href="([^"]*)"', unescape(html)):
        assert not leaves_the_site(href), href
        for value in parse_qs(urlsplit(href).query).get("next", []):
            assert not leaves_the_site(value), href


def test_a_local_next_still_works(client, site_tree):
    user = member()
    response = client.post(
        "/accounts/login/", {"login": user.email, "password": PASSWORD, "next": LOCAL}
    )
    assert response["Location"] == LOCAL
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"
    response = client.post("/accounts/logout/", {"next": "/experiences/"})
    assert response["Location"] == "/experiences/"

    admin = member(is_staff=True, is_superuser=True, email="admin@ml.example")
    secret = totp_activate(admin)
    client.post(
        "/accounts/login/",
        {"login": admin.email, "password": PASSWORD, "next": "/admin/pages/"},
    )
    code = totp_code(secret)
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response["Location"] == "/admin/pages/"
