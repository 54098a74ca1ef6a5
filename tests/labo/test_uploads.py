"""Uploads, all in the Wagtail admin: images re-encoded without their metadata and
turned upright, documents checked against their extension, limits on type and
size with French messages, and nothing stored from a refused file."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from tests.factories import approved_member, experience_page, staff_with_mfa

pytestmark = pytest.mark.django_db

RED, BLUE = (220, 20, 20), (20, 20, 220)
SERIAL = "SN-4242-CAMERA"
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
ORIENTATION, MAKE, BODY_SERIAL = 0x0112, 0x010F, 0xA431


def photo_with_metadata(fmt="JPEG"):
    """40 by 20 pixels stored sideways (left half red, right half blue) with an EXIF
    orientation of 6 (turn 90° clockwise to view), a GPS position, the camera's
    make and serial number, a comment and XMP."""
    image = PILImage.new("RGB", (40, 20), BLUE)
    image.paste(RED, (0, 0, 20, 20))
    exif = PILImage.Exif()
    exif[ORIENTATION] = 6
    exif[MAKE] = "PhoneMaker"
    exif.get_ifd(EXIF_IFD)[BODY_SERIAL] = SERIAL
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (44.0, 50.0, 12.0), 3: "W", 4: (0.0, 34.0, 5.0)}
    )
    output = io.BytesIO()
    extra = {"comment": b"Atelier avec Kevin D."} if fmt == "JPEG" else {}
    image.save(
        output,
        format=fmt,
        exif=exif,
        xmp=b"<x:xmpmeta>Kevin D.</x:xmpmeta>",
        **extra,
    )
    return output.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_bytes(instance):
    with instance.file.open("rb") as file:
        return file.read()


def close_to(pixel, colour, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def assert_clean_and_upright(image):
    content = stored_bytes(image)
    for trace in (b"Exif", SERIAL.encode(), b"PhoneMaker", b"Kevin", b"xmpmeta"):
        assert trace not in content
    with PILImage.open(io.BytesIO(content)) as stored:
        assert not stored.getexif()
        assert stored.size == (20, 40) == (image.width, image.height)
        stored = stored.convert("RGB")
        assert close_to(stored.getpixel((10, 5)), RED)
        assert close_to(stored.getpixel((10, 34)), BLUE)
    assert image.file_size == len(content)


@pytest.fixture
def admin_client(client):
    client.force_login(staff_with_mfa(is_superuser=True))
    return client


def image_add(client, name, content, content_type="image/jpeg"):
    return client.post(
        "/admin/images/add/",
        {"title": "Atelier", "file": upload(name, content, content_type)},
    )


def document_add(client, name, content):
    return client.post(
        "/admin/documents/add/", {"title": "Guide", "file": upload(name, content)}
    )


# Images


def test_a_photo_loses_its_metadata_and_is_turned_upright(admin_client):
    original = photo_with_metadata()
    assert SERIAL.encode() in original  # the test photo does carry it

    response = image_add(admin_client, "atelier.jpg", original)

    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get()
    assert image.file.name.endswith(".jpg")
    with PILImage.open(image.file) as stored:
        assert stored.format == "JPEG"
    assert_clean_and_upright(image)


@pytest.mark.parametrize(("fmt", "name"), [("PNG", "capture.png"), ("WEBP", "a.webp")])
def test_png_and_webp_keep_their_format_and_lose_their_metadata(
    admin_client, fmt, name
):
    response = image_add(admin_client, name, photo_with_metadata(fmt), "image/*")

    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get()
    with PILImage.open(image.file) as stored:
        assert stored.format == fmt
    assert_clean_and_upright(image)


def test_a_phone_photo_with_a_second_picture_keeps_only_the_photo(admin_client):
    """Many phones save MPO files named .jpg: a JPEG followed by a second one."""
    photo = PILImage.open(io.BytesIO(photo_with_metadata()))
    output = io.BytesIO()
    photo.save(
        output,
        format="MPO",
        save_all=True,
        append_images=[PILImage.new("RGB", (4, 4))],
        exif=photo.getexif(),
    )
    assert PILImage.open(io.BytesIO(output.getvalue())).format == "MPO"

    response = image_add(admin_client, "photo.jpg", output.getvalue())

    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get()
    with PILImage.open(image.file) as stored:
        assert (stored.format, getattr(stored, "n_frames", 1)) == ("JPEG", 1)
    assert_clean_and_upright(image)


def test_transparency_survives(admin_client):
    source = PILImage.new("RGBA", (10, 10), (0, 0, 0, 0))
    source.paste((255, 0, 0, 255), (0, 0, 5, 10))
    output = io.BytesIO()
    source.save(output, format="PNG")

    image_add(admin_client, "logo.png", output.getvalue(), "image/png")

    with PILImage.open(get_image_model().objects.get().file) as stored:
        assert stored.mode == "RGBA"
        assert stored.getpixel((8, 5))[3] == 0
        assert stored.getpixel((2, 5)) == (255, 0, 0, 255)


def test_the_multiple_uploader_stores_the_clean_copy(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload("atelier.jpg", photo_with_metadata(), "image/jpeg")},
    )

    assert response.json()["success"], response.json()
    assert_clean_and_upright(get_image_model().objects.get())


def test_the_uploaders_side_path_through_a_pending_upload_stores_the_clean_copy(
    admin_client,
):
    """When another field is invalid (an empty title), Wagtail keeps the upload
    aside and asks for the missing details: what it keeps is already clean."""
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"title": "", "files[]": upload("a.jpg", photo_with_metadata(), "image/jpeg")},
    )
    assert response.json()["success"]
    pending = UploadedFile.objects.get()
    assert b"Exif" not in stored_bytes(pending)

    response = admin_client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{pending.pk}/",
        {f"uploaded-image-{pending.pk}-title": "Atelier"},
    )

    assert response.json()["success"], response.json()
    assert_clean_and_upright(get_image_model().objects.get())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "dessin.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
            b"<script>alert(1)</script></svg>",
            "Format d&#x27;image non supporté. Formats supportés : JPG, JPEG, PNG, "
            "WEBP.",
        ),
        (
            "anime.gif",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
            "Format d&#x27;image non supporté",
        ),
        (
            "photo.png",
            photo_with_metadata(),
            "L&#x27;extension de fichier ne correspond pas au format du fichier",
        ),
        (
            "coupee.jpg",
            photo_with_metadata()[:400],
            "Téléversez une image valide",
        ),
        (
            "page.jpg",
            b"<html><script>alert(1)</script></html>",
            "ne correspond pas au format du fichier (svg)",
        ),
    ],
    ids=["svg", "gif", "jpeg named png", "truncated jpeg", "html named jpg"],
)
def test_a_wrong_image_is_refused_in_french_and_nothing_is_stored(
    admin_client, name, content, message
):
    response = image_add(admin_client, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_oversized_image_is_refused_in_french(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    photo = photo_with_metadata() + b"\0" * 1000

    response = image_add(admin_client, "grande.jpg", photo)

    assert "Ce fichier est trop gros" in response.content.decode()
    assert "1000\xa0octets" in response.content.decode()
    assert not get_image_model().objects.exists()

    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload("grande.jpg", photo, "image/jpeg")},
    )
    assert "Ce fichier est trop gros" in response.json()["error_message"]
    assert not get_image_model().objects.exists()
    assert not UploadedFile.objects.exists()


def test_an_image_with_too_many_pixels_is_refused_in_french(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 799

    response = image_add(admin_client, "atelier.jpg", photo_with_metadata())

    assert "Ce fichier a un trop grand nombre de pixels (800)" in (
        response.content.decode()
    )
    assert not get_image_model().objects.exists()


def test_the_limits_are_set():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_EXTENSIONS == ["jpg", "jpeg", "png", "webp"]
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 50_000_000
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024


# Documents


def zipped(files):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return output.getvalue()


DOCX = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODT = zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": ""})


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("guide.pdf", b"%PDF-1.7\n%guide\n"),
        ("guide.docx", DOCX),
        ("guide.odt", ODT),
        ("liste.csv", "territoire;jeunes\nGironde;42\n".encode("cp1252")),
        ("notes.txt", "Étapes : préparer, former.".encode()),
    ],
)
def test_a_document_whose_content_matches_its_extension_is_stored(
    admin_client, name, content
):
    response = document_add(admin_client, name, content)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert stored_bytes(get_document_model().objects.get()) == content


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "guide.pdf",
            b"<html><script>alert(document.cookie)</script></html>",
            "Le contenu de ce fichier ne correspond pas à son extension « .pdf »",
        ),
        ("guide.docx", b"MZ\x90\x00 not a zip", "extension « .docx »"),
        ("guide.odt", DOCX, "extension « .odt »"),
        ("guide.xlsx", DOCX, "extension « .xlsx »"),
        ("notes.txt", b"\x7fELF\x02\x01\x01\x00\x00", "extension « .txt »"),
        (
            "page.html",
            b"<script>alert(1)</script>",
            "L&#x27;extension de fichier «\xa0html\xa0» n\u2019est pas autorisée",
        ),
        ("dessin.svg", b"<svg/>", "fichier «\xa0svg\xa0» n\u2019est pas autorisée"),
    ],
    ids=[
        "html as pdf",
        "exe as docx",
        "docx as odt",
        "docx as xlsx",
        "binary",
        "html",
        "svg",
    ],
)
def test_a_wrong_document_is_refused_in_french_and_nothing_is_stored(
    admin_client, name, content, message
):
    response = document_add(admin_client, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_wrong_document_is_refused_by_the_multiple_uploader_too(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": upload("guide.pdf", b"<html><script>x</script></html>")},
    )

    assert not response.json()["success"]
    assert "ne correspond pas à son extension" in response.json()["error_message"]
    assert not get_document_model().objects.exists()
    assert not UploadedFile.objects.exists()


def test_an_oversized_document_is_refused_in_french(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100

    response = document_add(admin_client, "guide.pdf", b"%PDF-1.7\n" + b"x" * 100)

    assert "Ce fichier est trop gros" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_documents_are_downloaded_never_opened_on_the_site(
    admin_client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    document_add(admin_client, "guide.pdf", b"%PDF-1.7\n%guide\n")
    document = get_document_model().objects.get()

    response = admin_client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


# No upload outside the admin


def test_no_public_form_accepts_a_file(client, experience_index):
    member = approved_member()
    client.force_login(member)
    write_up = experience_page(experience_index, owner=member)
    for url in ("/contribuer/nouvelle/", "/profil/", write_up.url, "/accounts/email/"):
        html = client.get(url).content.decode()
        assert "<form" in html, url
        assert 'type="file"' not in html and "multipart/form-data" not in html, url
