"""What the load scripts (`make bench`, `make soak`) share: a gunicorn on a free
loopback port, and a PostgreSQL database dropped and created from its URL."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent.parent
START_SECONDS = 60
# How the reverse proxy reaches the application: TLS ended, the scheme in a header.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


@dataclass
class Server:
    url: str
    process: subprocess.Popen


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http_status(url, *, timeout=10):
    """The status of a GET through the proxy's headers, redirects not followed;
    None when nothing answers."""
    request = urllib.request.Request(url, headers=PROXY_HEADERS)
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


@contextmanager
def gunicorn_serving(log_path, *, workers, threads=1, ready_path="/healthz", env=None):
    """`labo.wsgi` under gunicorn on 127.0.0.1, once `ready_path` answers 200; the
    environment is this process's unless `env` is given."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "labo.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
    ]
    if threads > 1:
        command += ["--threads", str(threads)]
    with open(log_path, "w") as log:
        server = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log, env=env)
    try:
        deadline = time.monotonic() + START_SECONDS
        while http_status(base_url + ready_path) != 200:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"gunicorn did not start:\n{Path(log_path).read_text()}"
                )
            time.sleep(0.3)
        yield Server(url=base_url, process=server)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def database_run(database_url, *statements):
    """Run DROP/CREATE DATABASE statements, `{}` standing for the database named in
    `database_url`, from the server's maintenance database."""
    settings = dj_database_url.parse(database_url)
    with psycopg.connect(
        dbname="postgres",
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        user=settings["USER"] or None,
        password=settings["PASSWORD"] or None,
        autocommit=True,
    ) as connection:
        for statement in statements:
            connection.execute(
                sql.SQL(statement).format(sql.Identifier(settings["NAME"]))
            )
