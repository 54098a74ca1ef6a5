"""Who may open what, for every contribution, profile and editing URL."""

import pytest
from django.contrib.auth.models import Group

from experiences.models import ExperiencePage
from labo import roles
from tests.factories import UserFactory, department, totp_activate

ROLES = [
    "anonymous",
    "pending",
    "author",
    "other contributor",
    "coordinator",
    "moderator",
    "admin",
]
LOGIN = 302
# URL name -> expected status per role, in the order of ROLES.
MATRIX = {
    "GET /contribuer/": [LOGIN, 200, 200, 200, 200, 200, 200],
    "GET /contribuer/nouvelle/": [LOGIN, 200, 200, 200, 200, 200, 200],
    "GET /contribuer/{draft}/": [LOGIN, 404, 200, 404, 404, 404, 404],
    "POST /contribuer/{draft}/autosave/": [LOGIN, 404, 200, 404, 404, 404, 404],
    "GET /profil/": [LOGIN, 200, 200, 200, 200, 200, 200],
    "GET /profil/export/": [LOGIN, 200, 200, 200, 200, 200, 200],
    "GET /admin/": [LOGIN, 302, 302, 302, 200, 200, 200],
    "GET /admin/pages/{draft}/edit/": [LOGIN, 302, 302, 302, 200, 302, 200],
}


def account(role):
    if role == "anonymous":
        return None
    user = UserFactory(is_superuser=role == "admin")
    group = {
        "author": roles.CONTRIBUTORS,
        "other contributor": roles.CONTRIBUTORS,
        "coordinator": roles.COORDINATION,
        "moderator": roles.MODERATION,
    }.get(role)
    if group:
        user.groups.add(Group.objects.get(name=group))
    if role in ("coordinator", "moderator", "admin"):
        totp_activate(user)
    return user


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_expected(client, site_tree, role):
    author = account("author")
    client.force_login(author)
    client.post(
        "/contribuer/nouvelle/",
        {"title": "Brouillon", "territory": department("33").pk, "action": "save"},
    )
    draft = ExperiencePage.objects.get(owner=author)
    client.logout()
    user = author if role == "author" else account(role)
    if user:
        client.force_login(user)
    answers = {}
    for request, statuses in MATRIX.items():
        method, url = request.split()
        url = url.format(draft=draft.pk)
        data = {"title": "Essai", "territory": department("33").pk}
        response = client.post(url, data) if method == "POST" else client.get(url)
        answers[request] = (response.status_code, statuses[ROLES.index(role)])
    assert {k: v for k, v in answers.items() if v[0] != v[1]} == {}
