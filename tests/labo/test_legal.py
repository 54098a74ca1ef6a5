"""The legal notice shows the publisher, the director of publication and the host
from the settings, « à compléter » for what is missing, and a system check warns
until every required fact is set."""

import re

import pytest
from django.core import checks

from labo.legal import legal_settings_check
from tests.labo.test_production import (
    LEGAL_NOTICE,
    production_environment,
    run_python,
)

EMPTY = dict.fromkeys([*LEGAL_NOTICE, "LABO_LEGAL_PUBLISHER_ID"], "")


@pytest.fixture
def legal(settings):
    for name, value in EMPTY.items():
        setattr(settings, name, value)
    return settings


def text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.mark.django_db
def test_the_legal_notice_shows_who_publishes_answers_for_and_hosts_the_site(
    client, site_tree, legal
):
    for name, value in LEGAL_NOTICE.items():
        setattr(legal, name, value)
    legal.LABO_LEGAL_PUBLISHER_ID = "RNA W751234567"

    page = text(client.get("/mentions-legales/"))

    for heading in ("Éditeur du site", "Direction de la publication", "Hébergement"):
        assert heading in page
    for value in LEGAL_NOTICE.values():
        assert value in page
    assert "Immatriculation RNA W751234567" in page
    assert "à compléter" not in page


@pytest.mark.django_db
def test_a_missing_fact_reads_a_completer_and_an_optional_one_is_left_out(
    client, site_tree, legal
):
    legal.LABO_LEGAL_PUBLISHER = "Union des Missions locales"

    response = client.get("/mentions-legales/")
    page = text(response)

    assert response.status_code == 200
    assert "Nom Union des Missions locales" in page
    assert page.count("à compléter") == 6
    assert "Directeur ou directrice de la publication à compléter" in page
    assert "Immatriculation" not in page


@pytest.mark.django_db
def test_other_standard_pages_carry_no_legal_notice(client, site_tree, legal):
    page = text(client.get("/charte/"))

    assert "Hébergement" not in page and "à compléter" not in page


def test_the_check_names_every_missing_fact(legal):
    legal.LABO_LEGAL_HOST = "Hébergeur SAS"

    (warning,) = legal_settings_check()

    assert warning.id == "labo.W001"
    assert warning.level == checks.WARNING
    assert "LABO_LEGAL_DIRECTOR" in warning.msg
    assert "LABO_LEGAL_HOST," not in warning.msg
    assert "LABO_LEGAL_PUBLISHER_ID" not in warning.msg


def test_the_check_is_registered_and_quiet_once_all_is_set(legal):
    assert "labo.W001" in {message.id for message in checks.run_checks()}
    for name, value in LEGAL_NOTICE.items():
        setattr(legal, name, value)
    assert legal_settings_check() == []


@pytest.mark.slow
def test_production_warns_while_the_legal_notice_is_incomplete():
    environment = production_environment(**dict.fromkeys(LEGAL_NOTICE))
    result = run_python("manage.py", "check", environment=environment)

    assert result.returncode == 0, result.stderr
    assert "labo.W001" in result.stdout + result.stderr
    assert "LABO_LEGAL_HOST_CONTACT" in result.stdout + result.stderr
