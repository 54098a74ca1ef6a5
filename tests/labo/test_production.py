import importlib
import io
import json
import logging
import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.utils.csp import build_policy
from django.utils.module_loading import import_string

from labo.csp import admin_csp
from labo.logging import JSONFormatter
from tests.factories import staff_with_mfa

PRODUCTION = "labo.settings.production"
# Both read the environment when imported, so both are imported again.
SETTINGS_MODULES = ("labo.settings.base", PRODUCTION)
HOST = "labo.example.org"
# What the environment may hold that would change what these tests check.
OPTIONAL_VARIABLES = (
    "REDIS_URL",
    "SENTRY_DSN",
    "SENTRY_TRACES_SAMPLE_RATE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "DEBUG",
)
# The settings that shape the response headers, taken from the production module.
HEADER_SETTINGS = (
    "ALLOWED_HOSTS",
    "MIDDLEWARE",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_REFERRER_POLICY",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_CSP",
    "LABO_ADMIN_CSP",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
)
HTTPS = {"HTTP_HOST": HOST, "HTTP_X_FORWARDED_PROTO": "https"}
# A complete legal notice (labo/legal.py), so that the checks pass.
LEGAL_NOTICE = {
    "LABO_LEGAL_PUBLISHER": "Union des Missions locales",
    "LABO_LEGAL_PUBLISHER_ADDRESS": "1 rue de la Paix, 75002 Paris",
    "LABO_LEGAL_PUBLISHER_CONTACT": "contact@labo.example",
    "LABO_LEGAL_DIRECTOR": "Camille Martin",
    "LABO_LEGAL_HOST": "Hébergeur SAS",
    "LABO_LEGAL_HOST_ADDRESS": "2 rue du Port, 59000 Lille",
    "LABO_LEGAL_HOST_CONTACT": "03 20 00 00 00",
}


def production_environment(**variables):
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in OPTIONAL_VARIABLES
    }
    environment.update(
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        **LEGAL_NOTICE,
    )
    environment.update(variables)
    return {name: value for name, value in environment.items() if value is not None}


def run_python(*arguments, environment):
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def production(monkeypatch):
    """Imports the production settings afresh from a complete environment, plus
    the variables given."""
    for name, value in production_environment().items():
        monkeypatch.setenv(name, value)
    for name in OPTIONAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    imported = {name: sys.modules.get(name) for name in SETTINGS_MODULES}

    def load(**variables):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        for name in SETTINGS_MODULES:
            sys.modules.pop(name, None)
        return importlib.import_module(PRODUCTION)

    yield load
    for name, module in imported.items():
        if module is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = module


def csp_directives(header):
    return {
        name: sources
        for name, *sources in (directive.split() for directive in header.split(";"))
    }


# Deployment checks


@pytest.mark.slow
def test_the_deployment_checks_pass_without_a_warning():
    result = run_python(
        "manage.py", "check", "--deploy", environment=production_environment()
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output
    assert not re.search(r"\?: \(security", output)
    assert "no issues" in output


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    environment = production_environment(**{missing: None})
    result = run_python("manage.py", "check", environment=environment)
    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


# Response headers


@pytest.mark.django_db
def test_a_public_page_sends_the_security_headers(client, site_tree, production):
    with override_settings(
        **{name: getattr(production(), name) for name in HEADER_SETTINGS}
    ):
        response = client.get("/", **HTTPS)
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    directives = csp_directives(response["Content-Security-Policy"])
    assert directives["default-src"] == directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    # No third-party origin, no inline code: only keywords and data: images.
    sources = {source for values in directives.values() for source in values}
    assert sources <= {"'self'", "'none'", "data:"}


@pytest.mark.django_db
def test_plain_http_is_redirected_except_the_health_check(
    client, site_tree, production
):
    with override_settings(
        **{name: getattr(production(), name) for name in HEADER_SETTINGS}
    ):
        page = client.get("/", HTTP_HOST=HOST)
        health = client.get("/healthz", HTTP_HOST=HOST)
    assert page.status_code == 301
    assert page["Location"] == f"https://{HOST}/"
    assert health.status_code == 200


@pytest.mark.django_db
def test_the_admin_allows_inline_code_but_no_other_origin(client):
    client.force_login(staff_with_mfa(is_superuser=True, is_staff=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = csp_directives(response["Content-Security-Policy"])
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert not any(
        re.match(r"https?:|\*", source)
        for values in directives.values()
        for source in values
    )
    # WSGI servers refuse any header name that is not exactly a str.
    assert all(type(name) is str for name in response.headers)


def test_the_admin_policy_replaces_the_public_one_of_a_preview_only():
    public = HttpResponse()
    public["Content-Security-Policy"] = build_policy(settings.SECURE_CSP)
    chosen = HttpResponse()
    chosen["Content-Security-Policy"] = "default-src 'none'"
    request = RequestFactory().get("/admin/pages/3/edit/preview/")
    previewed = admin_csp(lambda request: public)(request)
    served = admin_csp(lambda request: chosen)(request)
    assert "frame-ancestors 'self'" in previewed["Content-Security-Policy"]
    assert served["Content-Security-Policy"] == "default-src 'none'"


# Production services


def test_production_queues_tasks_in_the_database_and_logs_json(production):
    module = production()
    assert module.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in module.INSTALLED_APPS
    handler = module.LOGGING["handlers"]["console"]
    assert handler["stream"] == "ext://sys.stdout"
    formatter = module.LOGGING["formatters"][handler["formatter"]]
    assert isinstance(import_string(formatter["()"])(), JSONFormatter)


def test_redis_is_the_cache_only_when_redis_url_is_set(production):
    assert not hasattr(production(), "CACHES")
    cache = production(REDIS_URL="redis://redis:6379/0").CACHES["default"]
    assert cache["BACKEND"] == "labo.cache.DegradingRedisCache"
    assert cache["LOCATION"] == "redis://redis:6379/0"


@pytest.mark.slow
def test_sentry_starts_with_a_dsn_and_sends_no_personal_data():
    script = (
        "import json, django, sentry_sdk; django.setup(); "
        "options = sentry_sdk.get_client().options; "
        "print(json.dumps({name: options[name] for name in ("
        "'send_default_pii', 'traces_sample_rate', 'max_request_body_size',"
        "'include_local_variables')}))"
    )
    environment = production_environment(SENTRY_DSN="http://key@127.0.0.1:9/1")
    result = run_python("-c", script, environment=environment)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "send_default_pii": False,
        "traces_sample_rate": 0.0,
        "max_request_body_size": "never",
        "include_local_variables": False,
    }


# JSON logs


def json_lines(*records):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    for record in records:
        handler.handle(record)
    return stream.getvalue().splitlines()


def record(message, *args, level=logging.INFO, name="labo", **extra):
    entry = logging.LogRecord(name, level, __file__, 1, message, args, None)
    entry.__dict__.update(extra)
    return entry


def test_the_json_formatter_writes_one_object_per_record():
    try:
        raise ValueError("boom")
    except ValueError:
        failure = record("Échec", level=logging.ERROR, exc_info=sys.exc_info())
    request = RequestFactory().get("/recherche/?q=secret")
    lines = json_lines(
        record("Deux lignes\npour %s", "un message"),
        record(
            "Not Found: /x",
            level=logging.WARNING,
            name="django.request",
            request=request,
            status_code=404,
        ),
        failure,
    )
    assert len(lines) == 3
    plain, request_entry, error = (json.loads(line) for line in lines)
    assert plain["message"] == "Deux lignes\npour un message"
    assert plain["level"] == "INFO"
    assert plain["logger"] == "labo"
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$", plain["time"])
    assert "path" not in plain
    assert request_entry["path"] == "/recherche/"
    assert request_entry["method"] == "GET"
    assert request_entry["status"] == 404
    assert "secret" not in lines[1]
    assert error["message"] == "Échec"
    assert "ValueError: boom" in error["exception"]
