"""Generated bad input against every public GET URL and every public form: no
answer is a 500, and nothing is stored from a form that was not accepted."""

import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.db.models import CharField, TextField
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from experiences.discussions.models import Comment, Report
from experiences.discussions.notifications import unsubscribe_token
from experiences.models import ExperiencePage
from labo.accounts import roles
from labo.accounts.models import Profile
from tests.factories import approved_member, experience_page

pytestmark = pytest.mark.django_db

EXAMPLES = 300
GENERATED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Every parameter a public page reads, and a few it does not.
PARAMETERS = [
    "q", "theme", "territoire", "public", "maturite", "tag", "tri", "page", "annee",
    "type", "ordre", "discussion", "next", "utm_source",
    "limit", "offset", "fields", "order", "child_of", "html_path", "id",
]  # fmt: skip
nasty_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        ["\x00", "%00", "-1", "0", "99999999999999999999", "1e400", "NaN", "'", '"',
         "<script>", "../../etc/passwd", "region-", "région-75", "ä" * 500, " ",
         "tri=pertinence", "%", "\ud7ff", "\u202e", "/" * 100]
    ),
)  # fmt: skip
query_strings = st.lists(
    st.tuples(st.sampled_from(PARAMETERS), nasty_text), min_size=1, max_size=6
)


@pytest.fixture
def public_urls(site_tree):
    write_up = experience_page(site_tree["experiences"])
    return [
        "/",
        "/experiences/",
        write_up.url,
        "/notes/",
        "/dossiers/",
        "/charte/",
        "/recherche/",
        "/recherche/suggestions/",
        "/sitemap.xml",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        f"/discussions/desabonnement/"
        f"{unsubscribe_token(user_id=1, page_id=write_up.pk)}/",
        "/page-qui-n-existe-pas/",
        "/api/v2/pages/",
        f"/api/v2/pages/{write_up.pk}/",
        "/api/v2/pages/find/",
    ]


@pytest.mark.slow
def test_generated_query_strings_never_cause_a_server_error(client, public_urls):
    tried = []

    @GENERATED
    @given(url=st.sampled_from(public_urls), params=query_strings)
    def check(url, params):
        response = client.get(url, dict(params))
        tried.append(url)
        assert response.status_code < 500, (url, params)

    check()
    assert len(tried) >= EXAMPLES


form_values = st.dictionaries(
    st.sampled_from(
        ["email", "login", "password", "password1", "password2", "remember",
         "kind", "territory", "body", "website", "parent", "reason", "note",
         "suivre", "is_answer", "csrfmiddlewaretoken"]
    ),
    nasty_text,
    max_size=8,
)  # fmt: skip


def test_generated_form_posts_never_cause_a_server_error_or_a_bad_save(
    client, site_tree
):
    write_up = experience_page(site_tree["experiences"])
    member = approved_member(roles.CONTRIBUTORS)
    other = approved_member(roles.CONTRIBUTORS)
    comment = Comment.objects.create(
        page=write_up,
        author=other,
        body="Un message",
        last_activity_at=timezone.now(),
    )
    anonymous_forms = [
        "/accounts/signup/",
        "/accounts/login/",
        "/accounts/password/reset/",
    ]
    member_forms = [
        f"/discussions/{write_up.pk}/",
        f"/discussions/{write_up.pk}/suivre/",
        f"/discussions/message/{comment.pk}/signaler/",
        f"/discussions/message/{comment.pk}/reponse/",
    ]
    users = get_user_model().objects
    tried = []

    @GENERATED
    @given(url=st.sampled_from(anonymous_forms + member_forms), data=form_values)
    def check(url, data):
        if url in member_forms:
            client.force_login(member)
        else:
            client.logout()
        counts = (users.count(), Comment.objects.count(), Report.objects.count())
        response = client.post(url, data)
        tried.append(url)
        assert response.status_code < 500, (url, data)
        if response.status_code != 302:
            # The form came back with its errors: nothing was stored.
            assert counts == (
                users.count(),
                Comment.objects.count(),
                Report.objects.count(),
            ), (url, data)

    check()
    assert len(tried) >= EXAMPLES


# Control characters and long inputs, on every parameter and every form

ANSWERS = {200, 302, 400, 403, 404, 405}
LONG = "a" * 100_000
PASSWORD = "Un mot de passe solide 2026"
# Never typed: an address holding one is refused with a 400 before any view reads
# it; a form field holding one gets the form's French error.
CONTROL_CHARACTERS = ["\x00", "\x01", "\x1b", "\x1f"]
# Kept: they end lines in text areas.
LINE_CHARACTERS = ["\t", "\r\n", "\n"]
# Let through, then handled by the forms, as sent (URL-encoded): right-to-left
# override, and the UTF-8 of a lone surrogate (invalid: Django reads U+FFFD).
ODD_TEXT = ["%E2%80%AE", "%ED%A0%80"]


def every_url_and_parameter(urls):
    """(url, parameter) pairs naming each URL and each parameter at least once."""
    count = max(len(urls), len(PARAMETERS))
    return [
        (urls[i % len(urls)], PARAMETERS[i % len(PARAMETERS)]) for i in range(count)
    ]


def refused_in_french(response):
    """A 400 with a French explanation: the error page, or the API's JSON."""
    if response.status_code != 400:
        return False
    if response["Content-Type"] == "application/json":
        return "caractère de contrôle" in response.json()["message"]
    return "Demande illisible" in response.text


def test_the_api_refuses_a_nul_in_a_text_parameter(client):
    response = client.get("/api/v2/pages/find/?html_path=%00")
    assert refused_in_french(response)
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("character", CONTROL_CHARACTERS + LINE_CHARACTERS)
def test_a_control_character_in_any_parameter_is_a_french_400(
    client, public_urls, character
):
    for url, parameter in every_url_and_parameter(public_urls):
        response = client.get(url, {parameter: f"visio{character}"})
        assert refused_in_french(response), (url, parameter)
        response = client.get(url, {f"{parameter}{character}": "visio"})
        assert refused_in_french(response), (url, parameter)


@pytest.mark.parametrize(
    "url", ["/experiences/%00/", "/recherche/%01/", "/page%1B/", "/api/v2/pages/%00/"]
)
def test_a_control_character_in_the_address_is_a_french_400(client, url):
    assert refused_in_french(client.get(url))


@pytest.mark.parametrize("value", [LONG, *ODD_TEXT])
def test_long_and_odd_values_of_every_parameter_never_cause_a_server_error(
    client, public_urls, value
):
    for url in public_urls:
        query = "&".join(f"{parameter}={value}" for parameter in PARAMETERS)
        response = client.get(f"{url}?{query}")
        assert response.status_code in ANSWERS, url


class FormFields(HTMLParser):
    """The fields of the forms on a page, each with a plausible value, and which
    of them take free text."""

    TEXT_INPUTS = {"text": "Texte ordinaire", "search": "visio", "url": "https://ml.fr"}
    TEXT_INPUTS |= {"email": "camille@ml-bordeaux.fr", "password": PASSWORD}

    def __init__(self, text):
        super().__init__()
        self.values, self.texts, self._select = {}, set(), None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name, kind = attrs.get("name"), attrs.get("type", "text")
        if tag == "select":
            self._select = name
        elif tag == "option" and self._select and attrs.get("value"):
            self.values.setdefault(self._select, attrs["value"])
        elif tag == "textarea" and name:
            self.values[name] = "Un texte ordinaire pour le Labo."
            self.texts.add(name)
        elif tag == "input" and name and kind in self.TEXT_INPUTS:
            self.values[name] = attrs.get("value") or self.TEXT_INPUTS[kind]
            self.texts.add(name)
        elif tag in ("input", "button") and name:
            default = {"date": "2025-01-15", "number": "1"}.get(kind, "on")
            self.values.setdefault(name, attrs.get("value", default))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


@pytest.fixture
def forms(client, site_tree):
    """Every form a visitor or a member can send: {url: (member or None, field
    names)}, the fields read from the pages that show the forms."""
    write_up = experience_page(site_tree["experiences"])
    member = approved_member(roles.CONTRIBUTORS)
    comment = Comment.objects.create(
        page=write_up,
        author=approved_member(roles.CONTRIBUTORS),
        body="Un message",
        last_activity_at=timezone.now(),
    )

    def fields(url):
        return FormFields(client.get(url).text)

    anonymous = {
        url: (None, fields(url))
        for url in (
            "/accounts/signup/",
            "/accounts/login/",
            "/accounts/password/reset/",
        )
    }
    client.force_login(member)
    thread_page = fields(write_up.url)
    # The honeypot stays empty, as people leave it.
    thread_page.values |= {"reason": "other", "note": "Une note", "website": ""}
    thread_page.texts.add("note")
    contribution = fields("/contribuer/nouvelle/")
    contribution.values |= {
        "indicators": "Jeunes reçus : 12",
        "resources": "https://ml.fr",
    }
    members = (
        {url: (member, fields(url)) for url in ("/profil/", "/profil/supprimer/")}
        | {"/contribuer/nouvelle/": (member, contribution)}
        | dict.fromkeys(
            (
                f"/discussions/{write_up.pk}/",
                f"/discussions/{write_up.pk}/suivre/",
                f"/discussions/message/{comment.pk}/signaler/",
                f"/discussions/message/{comment.pk}/reponse/",
                f"/discussions/message/{comment.pk}/modifier/",
            ),
            (member, thread_page),
        )
    )
    client.logout()
    return anonymous | members


def log_in_as(client, sender):
    if sender:
        client.force_login(sender)
    else:
        client.logout()


def post_every_field(client, url, sender, names, value):
    """Posts `value`, already URL-encoded, in every field."""
    log_in_as(client, sender)
    body = "&".join(f"{quote(name)}={value}" for name in names)
    return client.post(url, body, content_type="application/x-www-form-urlencoded")


def stored():
    return (
        get_user_model().objects.count(),
        Comment.objects.count(),
        Report.objects.count(),
        Page.objects.count(),
        list(Profile.objects.values_list("display_name", "bio")),
    )


@pytest.mark.parametrize("character", CONTROL_CHARACTERS)
def test_a_control_character_in_any_form_field_stores_nothing_and_keeps_the_form(
    client, forms, character
):
    before = stored()
    for url, (sender, fields) in forms.items():
        response = post_every_field(
            client, url, sender, fields.values, quote(f"texte{character}")
        )
        assert response.status_code in ANSWERS, url
        response = client.post(url, {f"body{character}": "texte"})
        assert response.status_code in ANSWERS, url
    # A form may store the text once its edges are trimmed, never the character.
    assert stored()[:4] == before[:4]
    assert not any(character in text for text in stored_texts())


def stored_texts():
    profiles = Profile.objects.values_list("display_name", "bio")
    return [text for texts in profiles for text in texts] + list(
        Comment.objects.values_list("body", flat=True)
    )


def post_message(client, forms, body):
    """Posts `body` as a message in the thread of the forms' write-up."""
    thread = next(url for url in forms if re.fullmatch(r"/discussions/\d+/", url))
    client.force_login(forms[thread][0])
    return client.post(thread, {"kind": "other", "body": body})


def test_a_control_character_in_a_text_area_is_a_french_form_error(client, forms):
    response = post_message(
        client, forms, "Un long message collé\x0bdepuis un traitement de texte"
    )
    assert response.status_code == 200
    assert "caractère de contrôle invisible" in response.text
    assert "collé\x0bdepuis" in response.text


def test_line_breaks_and_tabs_in_a_message_are_kept(client, forms):
    response = post_message(client, forms, "Bonjour,\r\n\tpremière ligne\nseconde")
    assert response.status_code == 302
    assert Comment.objects.filter(body__contains="\tpremière ligne").exists()


def holds_long_text():
    """Whether any text a form may store holds the 100 000-character value."""
    models = (get_user_model(), Profile, Comment, Report, ExperiencePage)
    return any(
        model.objects.filter(**{f"{field.name}__contains": LONG[:20_000]}).exists()
        for model in models
        for field in model._meta.concrete_fields
        if isinstance(field, (CharField, TextField))
    )


def test_a_100_000_character_value_in_any_text_field_is_never_stored(
    client, forms, settings
):
    settings.LABO_COMMENT_RATE_PER_MINUTE = settings.LABO_COMMENT_RATE_PER_DAY = 1000
    for url, (sender, fields) in forms.items():
        for name in fields.texts:
            log_in_as(client, sender)
            response = client.post(url, fields.values | {name: LONG})
            assert response.status_code in ANSWERS, (url, name)
            assert not holds_long_text(), (url, name)


@pytest.mark.parametrize("value", ODD_TEXT, ids=["rlo", "surrogate"])
def test_odd_values_in_every_form_field_never_cause_a_server_error(
    client, forms, value
):
    for url, (sender, fields) in forms.items():
        response = post_every_field(client, url, sender, fields.values, value)
        assert response.status_code in ANSWERS, url
