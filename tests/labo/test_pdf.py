"""The PDF of a write-up or collection (labo.pdf): a tagged PDF/UA document with
the page's content, its links and metadata; only for pages anyone may read; made
without any network access; rendered once per generation of the page cache."""

import io
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.timezone import now
from pypdf import PdfReader
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from experiences.discussions.models import Comment
from experiences.models import (
    CollectionItem,
    CollectionPage,
    Maturity,
    StrategyNoteExperience,
    StrategyNotePage,
)
from labo import pdf
from labo.accounts import roles
from labo.templatetags.pdf_tags import file_size
from tests.factories import ThemeFactory, approved_member, department, experience_page

WRITE_UP_PDF = "/experiences/permanences-en-visio/pdf/"


@pytest.fixture
def write_up(experience_index):
    author = approved_member(
        roles.CONTRIBUTORS,
        display_name="Camille Autrice",
        email="camille.autrice@exemple.fr",
    )
    return experience_page(
        experience_index,
        title="Permanences en visio le samedi",
        slug="permanences-en-visio",
        owner=author,
        territory=department("33"),
        maturity=Maturity.EVALUATED,
        themes=[ThemeFactory(name="Accompagnement à distance")],
        team="Deux conseillers du pôle emploi",
        contact_email="numerique@ml-bordeaux.example",
        resources=[
            (
                "link",
                {"title": "Service-public", "url": "https://www.service-public.fr/"},
            )
        ],
    )


@pytest.fixture
def collection(site_tree, write_up):
    note = StrategyNotePage(
        title="Le numérique en Nouvelle-Aquitaine",
        slug="numerique-nouvelle-aquitaine",
        summary="Ce que les fiches de la région apprennent.",
        body=[],
    )
    site_tree["notes"].add_child(instance=note)
    note.save_revision().publish()
    collection = CollectionPage(
        title="Premiers pas", slug="premiers-pas", intro="Pour commencer."
    )
    collection.items = [
        CollectionItem(page=write_up, comment="À lire en premier."),
        CollectionItem(page=note, comment="Pour prendre du recul."),
    ]
    site_tree["dossiers"].add_child(instance=collection)
    collection.save_revision().publish()
    return collection


@pytest.fixture
def renders(monkeypatch):
    """The PDFs WeasyPrint made, by page title."""
    made = []
    render = pdf.pdf_render

    def counted(*, page, request):
        made.append(page.title)
        return render(page=page, request=request)

    monkeypatch.setattr(pdf, "pdf_render", counted)
    return made


def download(url, client=None):
    """(response, number of queries) for `url`."""
    with CaptureQueriesContext(connection) as queries:
        response = (client or Client()).get(url)
    return response, len(queries)


def structure_tags(reader):
    """Every structure element type of the PDF's tag tree ("/H1", "/Link"…)."""
    tags, seen = [], set()
    pending = [reader.trailer["/Root"]["/StructTreeRoot"]]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
            continue
        if hasattr(node, "idnum"):
            if node.idnum in seen:
                continue
            seen.add(node.idnum)
            node = node.get_object()
        if isinstance(node, dict):
            if "/S" in node:
                tags.append((node["/S"], node.get("/Alt")))
            if "/K" in node:
                pending.append(node["/K"])
    return tags


def link_targets(reader):
    return {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object()["/Subtype"] == "/Link"
    }


def text_of(reader):
    return " ".join(page.extract_text() for page in reader.pages)


def test_a_write_up_pdf_is_tagged_pdf_ua_in_french(write_up):
    response, _ = download(WRITE_UP_PDF)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="permanences-en-visio.pdf"'
    )
    reader = PdfReader(io.BytesIO(response.content))
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == "fr"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert reader.metadata.title == "Permanences en visio le samedi"
    assert "pdfuaid" in catalog["/Metadata"].get_object().get_data().decode()
    tags = structure_tags(reader)
    kinds = [kind for kind, _alt in tags]
    assert kinds.count("/H1") == 1
    assert {"/H2", "/H3", "/L", "/LI", "/Link", "/P"} <= set(kinds)
    assert [alt for kind, alt in tags if kind == "/Figure"] == ["Logo du Labo"]
    assert link_targets(reader) >= {
        "https://www.service-public.fr/",
        "mailto:numerique@ml-bordeaux.example",
        "http://testserver/experiences/permanences-en-visio/",
    }
    text = text_of(reader)
    for shown in (
        "Gironde (33)",
        "Évaluée",
        "Deux conseillers du pôle emploi",
        "Accompagnement à distance",
        "Publiée",
    ):
        assert shown in text


def test_a_collection_pdf_lists_its_pages_in_order_with_their_links(collection):
    response, _ = download("/dossiers/premiers-pas/pdf/")

    assert response.status_code == 200
    assert 'filename="premiers-pas.pdf"' in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.metadata.title == "Premiers pas"
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    kinds = [kind for kind, _alt in structure_tags(reader)]
    assert kinds.count("/H1") == 1 and kinds.count("/H2") == 2
    assert link_targets(reader) >= {
        "http://testserver/experiences/permanences-en-visio/",
        "http://testserver/notes/numerique-nouvelle-aquitaine/",
    }
    text = text_of(reader)
    assert text.index("Permanences en visio") < text.index("Le numérique en")
    assert "À lire en premier." in text
    assert "Gironde (33)" in text and "évaluée" in text
    assert "Note stratégique" in text


def test_no_pdf_of_a_draft_a_private_page_or_another_page_type(
    write_up, collection, django_user_model
):
    admin = django_user_model.objects.create_superuser("admin", "a@exemple.fr", "x")
    signed_in = Client()
    signed_in.force_login(admin)
    PageViewRestriction.objects.create(
        page=collection, restriction_type="groups"
    ).groups.set([Group.objects.get(name=roles.COORDINATION)])
    write_up.unpublish()

    for url in (
        WRITE_UP_PDF,
        "/dossiers/premiers-pas/pdf/",
        "/notes/numerique-nouvelle-aquitaine/pdf/",
        "/experiences/nulle-part/pdf/",
        "/pdf/",
    ):
        for client in (Client(), signed_in):
            assert client.get(url).status_code == 404, url


def test_the_pdf_is_rendered_once_per_generation_of_the_page_cache(
    settings, write_up, experience_index, renders
):
    settings.LABO_PAGE_CACHE_SECONDS = 600

    first, first_queries = download(WRITE_UP_PDF)
    again, again_queries = download(WRITE_UP_PDF)

    assert renders == ["Permanences en visio le samedi"]
    assert again.content == first.content
    assert again_queries < first_queries
    # A publication anywhere can show on the PDF (a title in its links, a
    # territory's name): the next request renders it again.
    write_up.title = "Permanences en visio, le samedi matin"
    write_up.save_revision().publish()
    renewed, _ = download(WRITE_UP_PDF)
    assert len(renders) == 2
    assert PdfReader(io.BytesIO(renewed.content)).metadata.title == (
        "Permanences en visio, le samedi matin"
    )
    experience_page(experience_index, title="Une autre fiche")
    download(WRITE_UP_PDF)
    assert len(renders) == 3


# Queries a PDF costs to render, whatever the amount of content (as the pages'
# budgets in tests/test_query_budgets.py); one from the cache costs none.
BUDGETS = {"write-up": 9, "collection": 10}


@pytest.mark.parametrize("size", [2, 8])
def test_a_pdf_costs_a_fixed_number_of_queries(settings, site_tree, size):
    """Measured with 2 and 8 write-ups in a collection, in a replication chain and
    in a strategy note; each PDF requested once beforehand, as a running site
    would have (Wagtail's site root paths, content types)."""
    write_ups = []
    for number in range(size):
        write_ups.append(
            experience_page(
                site_tree["experiences"],
                slug=f"fiche-{number}",
                reproduced_from=write_ups[-1] if write_ups else None,
                tags=[f"mot-{number}"],
            )
        )
    note = StrategyNotePage(title="Note", slug="note", summary="Résumé.", body=[])
    note.experience_links = [
        StrategyNoteExperience(experience=write_up) for write_up in write_ups
    ]
    site_tree["notes"].add_child(instance=note)
    note.save_revision().publish()
    collection = CollectionPage(title="Dossier", slug="dossier", intro="Intro.")
    collection.items = [
        CollectionItem(page=page, comment="À lire.") for page in [*write_ups, note]
    ]
    site_tree["dossiers"].add_child(instance=collection)
    collection.save_revision().publish()
    urls = {
        "write-up": f"/experiences/fiche-{size - 1}/pdf/",
        "collection": "/dossiers/dossier/pdf/",
    }

    for cached in (False, True):
        settings.LABO_PAGE_CACHE_SECONDS = 600 if cached else 0
        for name, url in urls.items():
            download(url)
            response, queries = download(url)
            assert response.status_code == 200
            assert queries == (0 if cached else BUDGETS[name]), (name, queries)


def test_the_link_shows_the_size_once_known(write_up):
    page_html = Client().get("/experiences/permanences-en-visio/").content.decode()
    assert f'href="{WRITE_UP_PDF}"' in page_html
    assert ">Télécharger en PDF</a>" in page_html

    pdf_bytes = download(WRITE_UP_PDF)[0].content

    page_html = Client().get("/experiences/permanences-en-visio/").content.decode()
    assert f"Télécharger en PDF ({file_size(len(pdf_bytes))})" in page_html
    assert re.search(r"\(\d+\xa0Ko\)", page_html)


def test_file_sizes_read_in_french():
    assert file_size(None) == ""
    assert file_size(300) == "1\xa0Ko"
    assert file_size(48_000) == "47\xa0Ko"
    assert file_size(1_300_000) == "1,2\xa0Mo"


class Spy(BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):
        Spy.requests.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_rendering_fetches_nothing_from_the_network(experience_index):
    server = HTTPServer(("127.0.0.1", 0), Spy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    spy = f"http://127.0.0.1:{server.server_port}"
    Spy.requests = []
    try:
        experience_page(
            experience_index,
            slug="piste",
            context=RichText(
                f'<p>Voir <img src="{spy}/image.png" alt="Image"> et '
                f'<a href="{spy}/page">la page</a>.</p>'
                f'<link rel="stylesheet" href="{spy}/style.css">'
                f'<p style="background: url({spy}/fond.png)">Fond</p>'
            ),
        )
        response, _ = download("/experiences/piste/pdf/")
    finally:
        server.shutdown()
        server.server_close()

    assert response.status_code == 200
    assert Spy.requests == []
    assert f"{spy}/page" in link_targets(PdfReader(io.BytesIO(response.content)))


def test_the_fetcher_reads_static_files_and_uploads_only(settings):
    fetcher = pdf.OfflineFetcher("http://testserver/")
    name = default_storage.save("images/logo.png", ContentFile(b"\x89PNG-bytes"))

    assert (
        fetcher("http://testserver/static/labo/css/pdf.css")
        .read()
        .startswith(b"/* The PDF")
    )
    upload = fetcher(f"http://testserver/media/{name}")
    assert upload.read() == b"\x89PNG-bytes"
    assert upload.content_type == "image/png"
    for refused in (
        "http://exemple.org/static/labo/css/pdf.css",
        "file:///etc/passwd",
        "http://testserver/static/../labo/settings/base.py",
        "http://testserver/experiences/",
        "data:text/css,body{}",
    ):
        with pytest.raises(ValueError):
            fetcher(refused)


def test_the_pdf_shows_nothing_personal_beyond_the_page(write_up):
    member = approved_member(roles.CONTRIBUTORS, display_name="Dominique Lectrice")
    Comment.objects.create(
        page=write_up, author=member, body="Bravo, on essaie.", last_activity_at=now()
    )

    text = text_of(PdfReader(io.BytesIO(download(WRITE_UP_PDF)[0].content)))

    for private in (
        "Camille Autrice",
        "camille.autrice@exemple.fr",
        "Dominique Lectrice",
        "Bravo, on essaie.",
    ):
        assert private not in text


def test_a_busy_renderer_answers_503_with_retry_after(monkeypatch, write_up):
    monkeypatch.setattr(pdf, "RENDER_WAIT_SECONDS", 0)
    assert pdf._render_slots.acquire(timeout=1)
    try:
        response, _ = download(WRITE_UP_PDF)
    finally:
        pdf._render_slots.release()

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Réessayez dans une minute" in response.content.decode()


def test_a_page_too_long_for_a_pdf_is_sent_back_to_the_browser_print(
    monkeypatch, write_up
):
    monkeypatch.setattr(pdf, "MAX_HTML_LENGTH", 1_000)

    response, _ = download(WRITE_UP_PDF)

    assert response.status_code == 422
    assert "trop longue pour un PDF" in response.content.decode()
    assert 'href="/experiences/permanences-en-visio/"' in response.content.decode()


def test_without_weasyprint_the_site_still_answers(monkeypatch, write_up, caplog):
    """A server without Pango cannot load WeasyPrint: the PDF says so, the pages
    are untouched."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)

    response, _ = download(WRITE_UP_PDF)

    assert response.status_code == 503
    assert "PDF indisponible" in response.content.decode()
    assert "WeasyPrint cannot load" in caplog.text
    assert Client().get("/experiences/permanences-en-visio/").status_code == 200


def test_no_link_where_there_is_no_pdf(write_up):
    """A page behind a view restriction, seen by a member allowed in, has no PDF:
    no link either."""
    PageViewRestriction.objects.create(page=write_up, restriction_type="login")
    member = Client()
    member.force_login(approved_member(roles.CONTRIBUTORS))

    page_html = member.get("/experiences/permanences-en-visio/").content.decode()

    assert "Permanences en visio le samedi" in page_html
    assert "Télécharger en PDF" not in page_html


def test_a_printed_collection_gives_each_page_its_full_address(collection):
    page_html = Client().get("/dossiers/premiers-pas/").content.decode()

    assert (
        'data-address="http://testserver/experiences/permanences-en-visio/"'
        in page_html
    )
    assert 'href="/dossiers/premiers-pas/pdf/"' in page_html
