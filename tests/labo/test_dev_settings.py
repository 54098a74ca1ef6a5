"""`make run` (labo.settings.dev) shows the site as its users see it."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import path
from django.views.defaults import server_error

PRINT_DEV_SETTINGS = """
import json
from labo.settings import dev
print(json.dumps({"DEBUG": dev.DEBUG, "ALLOWED_HOSTS": dev.ALLOWED_HOSTS}))
"""


def out_of_order(request):
    raise RuntimeError("Panne simulée")


urlpatterns = [path("panne/", out_of_order)]


@pytest.fixture(scope="module")
def dev_settings():
    """DEBUG and ALLOWED_HOSTS of labo.settings.dev when nothing overrides them."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DEBUG", "ALLOWED_HOSTS"}
    }
    printed = subprocess.run(
        [sys.executable, "-c", PRINT_DEV_SETTINGS],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(printed.stdout)


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_make_run_answers_a_missing_page_with_the_french_not_found_page(
    client, site_tree, dev_settings, host
):
    with override_settings(**dev_settings):
        response = client.get("/cette-page-n-existe-pas/", headers={"host": host})
    assert response.status_code == 404
    assert "Page introuvable" in response.text
    assert "Page not found" not in response.text


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_make_run_answers_a_failure_with_the_french_error_page(dev_settings):
    client = Client(raise_request_exception=False)
    with override_settings(**dev_settings):
        response = client.get("/panne/", headers={"host": "127.0.0.1"})
    assert response.status_code == 500
    assert "Une erreur est survenue" in response.text
    assert "Traceback" not in response.text


def test_the_error_page_reads_no_database_and_wears_the_site_stylesheet(rf):
    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert '<html lang="fr">' in response.text
    assert 'href="/static/labo/css/labo.css"' in response.text
    assert '<a href="/">' in response.text
