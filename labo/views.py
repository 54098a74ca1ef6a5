"""Site-level views that gather what several apps hold."""

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

from labo.member_data import personal_data_export


@never_cache
@login_required
def profile_export(request):
    """The member's data export, as a JSON file to download."""
    data = personal_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="labo-mes-donnees.json"'
    return response
