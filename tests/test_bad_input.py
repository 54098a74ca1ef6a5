"""Generated bad input against every public GET URL and every public form: no
answer is a 500, and nothing is stored from a form that was not accepted."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from experiences.discussions.notifications import unsubscribe_token
from experiences.models import Comment, Report
from labo import roles
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
