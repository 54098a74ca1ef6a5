"""French typography: a no-break space (U+00A0) inside « », so that a guillemet
never starts or ends a line alone. Templates, user-facing strings in code and
rendered pages are checked for a plain space there."""

import ast
import pathlib
import re

import pytest

from experiences.models import Maturity
from experiences.taxonomy.models import Audience, Territory, Theme
from labo.accounts import roles
from tests.factories import ThemeFactory, approved_member, department, experience_page

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLAIN_SPACE = re.compile("« | »")
# A model's help_text: changing it needs a migration of the experiences app.
KNOWN = {
    (
        "experiences/models/pages.py",
        "Par exemple : 1 200 € de licences, ou « aucun coût ».",
    )
}


def test_templates_put_a_no_break_space_inside_guillemets():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "templates").rglob("*"))
        if path.suffix in {".html", ".txt"}
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if PLAIN_SPACE.search(line)
    ]
    assert offenders == []


def strings_of(path):
    """The string constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(
            node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        )
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_user_facing_strings_in_code_put_a_no_break_space_inside_guillemets():
    offenders = [
        (str(path.relative_to(ROOT)), text)
        for package in ("labo", "experiences", "search")
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
        for text in strings_of(path)
        if PLAIN_SPACE.search(text)
    ]
    assert set(offenders) <= KNOWN, offenders


@pytest.fixture
def pages(experience_index):
    visio = ThemeFactory(slug="visio", name="Visio")
    write_up = experience_page(
        experience_index,
        title="Un serveur Discord pour les permanences",
        territory=department("33"),
        maturity=Maturity.EVALUATED,
        themes=[visio],
    )
    return [
        "/",
        "/experiences/",
        "/experiences/?territoire=region-53&theme=visio",
        write_up.url,
        "/recherche/?q=serveur",
        "/recherche/?q=serveur&territoire=region-53",
        "/recherche/?q=serveur+bretagne",
        "/recherche/?q=hippopotame",
    ]


def test_rendered_pages_put_a_no_break_space_inside_guillemets(client, pages):
    # Names typed into the taxonomy are data, not the pages' own text.
    names = [
        *Theme.objects.values_list("name", flat=True),
        *Audience.objects.values_list("name", flat=True),
        *Territory.objects.values_list("name", flat=True),
    ]
    member = approved_member(roles.CONTRIBUTORS)
    offenders = {}
    for url in [*pages, "/accounts/login/", "/contribuer/", "/profil/"]:
        if url == "/contribuer/":
            client.force_login(member)
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for name in names:
            html = html.replace(name, "")
        found = [
            html[max(0, m.start() - 30) : m.end() + 30]
            for m in PLAIN_SPACE.finditer(html)
        ]
        if found:
            offenders[url] = found
    assert offenders == {}
