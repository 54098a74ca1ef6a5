"""Requests refused before any view reads them."""

import re

from django.shortcuts import render

# C0 control characters: PostgreSQL refuses NUL in text, and none of them has a
# place in an address or a form field, except tab and line breaks in text areas.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f]")
FORM_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _holds(pattern, data):
    return any(
        pattern.search(key) or any(pattern.search(value) for value in values)
        for key, values in data.lists()
    )


def _has_control_characters(request):
    if CONTROL_CHARACTERS.search(request.path_info) or _holds(
        CONTROL_CHARACTERS, request.GET
    ):
        return True
    return (
        request.method == "POST"
        and request.content_type in FORM_CONTENT_TYPES
        and _holds(FORM_CONTROL_CHARACTERS, request.POST)
    )


class ControlCharactersMiddleware:
    """Answers 400 to a request whose address or form fields hold control
    characters, which are never typed and which some databases refuse."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_control_characters(request):
            return render(request, "400.html", status=400)
        return self.get_response(request)
