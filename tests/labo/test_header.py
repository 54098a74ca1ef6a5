"""The header links staff accounts to the admin ("Mon espace"), and no one else."""

import pytest
from django.template.loader import render_to_string

from labo.accounts import roles
from tests.factories import approved_member, totp_activate

ADMIN_LINK = '<a href="/admin/">Mon espace</a>'


def header(client):
    html = client.get("/recherche/").content.decode()
    return html.split('<main id="contenu"')[0]


@pytest.mark.parametrize("group", [roles.COORDINATION, roles.MODERATION])
def test_coordinators_and_moderators_see_mon_espace(client, site_tree, group):
    member = approved_member(group)
    totp_activate(member)
    client.force_login(member)
    assert ADMIN_LINK in header(client)


def test_the_administrator_sees_mon_espace(client, site_tree):
    admin = approved_member(is_superuser=True)
    totp_activate(admin)
    client.force_login(admin)
    assert ADMIN_LINK in header(client)


def test_contributors_and_visitors_do_not(client, site_tree):
    assert "/admin/" not in header(client)
    client.force_login(approved_member(roles.CONTRIBUTORS))
    html = header(client)
    assert "Mon profil" in html
    assert "/admin/" not in html
    assert "Mon espace" not in html


def test_error_pages_without_a_user_render_the_header(site_tree):
    html = render_to_string("base.html", {})
    assert "Mon espace" not in html
    assert "Navigation principale" in html
