"""The roles as the migrations leave them."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupPagePermission

from labo.accounts import roles
from tests.factories import approved_member, totp_activate

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "white").save(buffer, "PNG")
    return SimpleUploadedFile("atelier.png", buffer.getvalue(), "image/png")


def test_a_coordinator_uploads_an_image(client, media):
    coordinator = approved_member(roles.COORDINATION)
    totp_activate(coordinator)
    client.force_login(coordinator)
    root_collection = Collection.get_first_root_node()

    response = client.post(
        "/admin/images/add/",
        {"title": "Atelier", "file": png(), "collection": root_collection.pk},
    )

    assert response.status_code == 302, response.content.decode()[:500]
    assert response["Location"] == "/admin/images/"
    assert get_image_model().objects.filter(title="Atelier").exists()


def test_wagtails_default_groups_are_gone():
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    groups_with_page_rights = set(
        GroupPagePermission.objects.values_list("group__name", flat=True)
    )
    assert groups_with_page_rights == {roles.COORDINATION}
