"""The site with a part down: Redis unreachable serves every page uncached; the
database unreachable gives a French 503."""

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import time

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import caches
from django.test import override_settings

from tests.factories import UserFactory, experience_page
from tests.labo.test_production import production  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

PASSWORD = "Un mot de passe solide 2026"


@pytest.fixture
def production_cache(production):  # noqa: F811 (the fixture imported above)
    """CACHES as labo.settings.production builds it for a REDIS_URL."""
    return lambda redis_url: production(REDIS_URL=redis_url).CACHES


@pytest.fixture
def redis_down(settings, production_cache):
    settings.LABO_PAGE_CACHE_SECONDS = 600
    # Nothing listens on port 1.
    with override_settings(CACHES=production_cache("redis://127.0.0.1:1/0")):
        yield


@pytest.fixture
def write_up(experience_index):
    return experience_page(experience_index, title="Permanences en visio")


@pytest.fixture
def pages(write_up):
    return {
        "/": 200,
        write_up.url: 200,
        "/page-qui-n-existe-pas/": 404,
        "/experiences/": 200,
        "/api/v2/pages/": 200,
        f"/api/v2/pages/{write_up.pk}/": 200,
        "/recherche/?q=visio": 200,
        "/accounts/login/": 200,
        "/accounts/signup/": 200,
    }


def test_every_page_answers_as_usual_with_redis_down(client, pages, redis_down):
    for url, status in pages.items():
        assert client.get(url).status_code == status, url


def test_a_member_logs_in_and_signs_up_with_redis_down(client, site_tree, redis_down):
    user = UserFactory(username="camille", email="camille@ml.fr", password=PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True)
    response = client.post(
        "/accounts/login/", {"login": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/profil/").status_code == 200
    client.logout()
    response = client.post(
        "/accounts/signup/",
        {"email": "dominique@ml.fr", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302


def test_redis_down_is_logged_once_not_once_per_key(client, pages, redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="labo.cache"):
        for url in pages:
            client.get(url)
    logged = [record.getMessage() for record in caplog.records]
    assert [message for message in logged if "Redis" in message] == [
        "Redis does not answer (Error 111 connecting to 127.0.0.1:1. Connection "
        "refused.): the cache and the rate limits are off for 30 s."
    ]


def test_a_write_up_is_published_and_shown_with_redis_down(
    client, experience_index, redis_down
):
    write_up = experience_page(experience_index, title="Publiée sans cache")
    assert "Publiée sans cache" in client.get(write_up.url).content.decode()


def test_health_says_the_cache_is_down_and_the_site_still_serves(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"] == {"status": "error"}
    assert body["checks"]["database"] == {"status": "ok"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_server(port, tmp_path):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    pytest.fail("redis-server did not start")


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")
def test_a_redis_back_after_an_outage_is_emptied_then_used_again(
    tmp_path, production_cache
):
    port = free_port()
    with override_settings(CACHES=production_cache(f"redis://127.0.0.1:{port}/0")):
        cache = caches["default"]
        cache.retry_seconds = 0
        server = redis_server(port, tmp_path)
        try:
            cache.set("generation", "before the outage")
            assert cache.get("generation") == "before the outage"
            server.terminate()
            server.wait()
            cache.set("generation", "written during the outage")
            assert cache.get("generation") is None
            assert cache.add("lock", True) is True
            server = redis_server(port, tmp_path)
            # A Redis that kept its data would serve what the outage missed.
            subprocess.run(
                ["redis-cli", "-p", str(port), "set", ":1:generation", "stale"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            assert cache.get("generation") is None
            cache.set("generation", "after the outage")
            assert cache.get("generation") == "after the outage"
        finally:
            server.terminate()
            server.wait()


DATABASE_DOWN_SCRIPT = """
import json, django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
answers = {}
for url in ["/", "/experiences/", "/recherche/?q=visio", "/api/v2/pages/", "/healthz"]:
    response = client.get(url)
    answers[url] = [response.status_code, response.get("Retry-After"),
                    response.content.decode()]
print(json.dumps(answers))
"""


def test_a_database_outage_is_a_french_503_and_health_names_the_database():
    # A real outage: a process whose database is a port nothing listens on.
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "labo.settings.test",
        "DATABASE_URL": "postgres://labo@127.0.0.1:1/labo",
    }
    result = subprocess.run(
        [sys.executable, "-c", DATABASE_DOWN_SCRIPT],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    answers = json.loads(result.stdout.splitlines()[-1])
    health_status, _, health = answers.pop("/healthz")
    for url, (status, retry_after, text) in answers.items():
        assert (status, retry_after) == (503, "60"), url
        assert "Le Labo est momentanément indisponible" in text, url
    assert health_status == 503
    checks = json.loads(health)["checks"]
    assert checks["database"] == {"status": "error"}
    assert checks["cache"] == {"status": "ok"}
