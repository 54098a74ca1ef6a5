"""Structured logs: one JSON object per line, for the log collector of production."""

import json
import logging
from datetime import UTC, datetime


class JSONFormatter(logging.Formatter):
    """Formats a record as one line of JSON: time, level, logger, message, and the
    request's method, path and status code when Django attached them."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        # django.request and django.server attach the request; the runserver's is
        # a socket, hence getattr. The query string is left out: search terms and
        # tokens have no place in logs.
        request = getattr(record, "request", None)
        if method := getattr(request, "method", None):
            entry["method"] = method
        if path := getattr(request, "path", None):
            entry["path"] = path
        if (status_code := getattr(record, "status_code", None)) is not None:
            entry["status"] = status_code
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
