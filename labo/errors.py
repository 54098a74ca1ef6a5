"""The site's answer to an error no view handled."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views import defaults

# Seconds a client is asked to wait before trying again while the database is down.
RETRY_AFTER_SECONDS = 60


def server_error(request):
    """Django's 500, or a 503 asking to come back when the database does not
    answer: a page that needs nothing from the database."""
    if not isinstance(sys.exception(), (OperationalError, InterfaceError)):
        return defaults.server_error(request)
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
