"""Requests refused before any view reads them."""

import re

from django.http import JsonResponse
from django.shortcuts import render

# C0 control characters are never typed in an address, and PostgreSQL refuses NUL
# in a text parameter. Form fields are left to the forms, whose French error keeps
# what the member wrote (labo.text.validate_no_control_characters).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f]")


def _address_has_control_characters(request):
    return CONTROL_CHARACTERS.search(request.path_info) or any(
        CONTROL_CHARACTERS.search(key)
        or any(CONTROL_CHARACTERS.search(value) for value in values)
        for key, values in request.GET.lists()
    )


class ControlCharactersMiddleware:
    """Answers 400 to a request whose address holds control characters: the read
    API in its JSON, every other page with the French 400 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _address_has_control_characters(request):
            return self.get_response(request)
        if request.path_info.startswith("/api/"):
            message = "L'adresse contient un caractère de contrôle."
            return JsonResponse({"message": message}, status=400)
        return render(request, "400.html", status=400)
