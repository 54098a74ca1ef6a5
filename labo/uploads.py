"""Files uploaded in the Wagtail admin: images re-encoded without their metadata,
documents whose content must match their extension."""

import os
import zipfile
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from PIL import Image as PILImage
from PIL import ImageOps
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# Pillow's lossy encoders default to quality 75, visibly worse than a phone's photo;
# PNG is lossless whatever the options.
IMAGE_SAVE_OPTIONS = {"JPEG": {"quality": 90}, "WEBP": {"quality": 90}}
# What an image may keep of its source besides its pixels: colours and transparency.
IMAGE_KEPT_INFO = ("icc_profile", "transparency")

OFFICE_OPEN_XML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPEN_DOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
TEXT_EXTENSIONS = {"csv", "txt"}


def image_reencode(*, file) -> bytes:
    """The image's pixels, turned upright, in the same format, without EXIF (GPS
    position, camera serial number, date), XMP, comments or anything else the
    source carried."""
    with PILImage.open(file) as source:
        # Many phones write their photos as MPO (a JPEG followed by a second,
        # smaller picture): the first picture is the photo.
        image_format = "JPEG" if source.format == "MPO" else source.format
        kept = {key: source.info[key] for key in IMAGE_KEPT_INFO if key in source.info}
        upright = ImageOps.exif_transpose(source)
    # Pillow writes some of `info` back (a JPEG's comment, for one).
    upright.info = {}
    output = BytesIO()
    upright.save(
        output, format=image_format, **kept, **IMAGE_SAVE_OPTIONS.get(image_format, {})
    )
    return output.getvalue()


def upload_content_replace(upload: UploadedFile, content: bytes) -> None:
    """Replaces the uploaded file's bytes where they lie (memory or temporary file).

    Wagtail's multiple uploader keeps `request.FILES` itself aside when another
    field is invalid, so the upload object must hold the clean copy, not just the
    form's cleaned data."""
    upload.file.seek(0)
    upload.file.truncate()
    upload.file.write(content)
    upload.file.seek(0)
    upload.size = len(content)


class ImageFileField(WagtailImageField):
    """Wagtail's image field, where a file that Pillow cannot read (a truncated
    JPEG, a web page named .jpg) is a form error instead of a server error."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (OSError, SyntaxError, ValueError):
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from None


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE); every new file is
    re-encoded, so no metadata and no crafted byte survives the upload."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail builds this form's fields itself (formfield_for_dbfield), so
            # only the class of this form's own copy of the field can change.
            self.fields["file"].__class__ = ImageFileField

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        try:
            content = image_reencode(file=upload)
        except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
            raise ValidationError(
                self.fields["file"].error_messages["invalid_image"],
                code="invalid_image",
            ) from None
        upload_content_replace(upload, content)
        return upload


def document_content_matches(*, upload, extension: str) -> bool:
    """Whether the file's bytes are what its extension says. Unknown extensions are
    left to WAGTAILDOCS_EXTENSIONS, which refuses them."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in TEXT_EXTENSIONS:
        return b"\x00" not in head
    if extension in OFFICE_OPEN_XML_FOLDERS or extension in OPEN_DOCUMENT_TYPES:
        try:
            return _office_archive_matches(upload, extension)
        except (zipfile.BadZipFile, KeyError, OSError):
            return False
        finally:
            upload.seek(0)
    return True


def _office_archive_matches(upload, extension):
    """Office files are zip archives: OOXML ones hold [Content_Types].xml and
    their application's folder, OpenDocument ones start with their media type."""
    with zipfile.ZipFile(upload) as archive:
        if extension in OPEN_DOCUMENT_TYPES:
            with archive.open("mimetype") as mimetype:
                return mimetype.read(100) == OPEN_DOCUMENT_TYPES[extension]
        names = archive.namelist()
    folder = OFFICE_OPEN_XML_FOLDERS[extension]
    return "[Content_Types].xml" in names and any(
        name.startswith(folder) for name in names
    )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): a file whose
    content does not match its extension (a web page named .pdf) is refused."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        extension = os.path.splitext(upload.name)[1][1:].lower()
        if not document_content_matches(upload=upload, extension=extension):
            raise ValidationError(
                (
                    "Le contenu de ce fichier ne correspond pas à son extension "
                    "« .%(extension)s ». Enregistrez-le de nouveau depuis le "
                    "logiciel qui l'a créé, au bon format, puis réessayez."
                ),
                code="content_mismatch",
                params={"extension": extension},
            )
        return upload
