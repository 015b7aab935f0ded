"""What an uploaded file must be before it is stored: one check for every upload.

A file's name promises a kind (its extension); its first bytes say what it is
(`filetype`, magic numbers) and, for the kinds built on a zip or an image, the
structure is opened without unpacking anything: a .docx must be a zip holding a Word
document, an image must open as that image. A file over `AMITY_UPLOAD_MAX_BYTES`, a zip
whose members declare far more than `AMITY_UPLOAD_MAX_UNPACKED_BYTES` (or pack more
tightly than `AMITY_UPLOAD_MAX_RATIO` to one, or hold more than
`AMITY_UPLOAD_MAX_MEMBERS` files) and an image of more than
`WAGTAILIMAGES_MAX_IMAGE_PIXELS` pixels are refused, each with a message naming the file
and the problem in the reader's language.

Used by the model fields of aid documents, engagement files and signed documents
(`validate_document`), the Wagtail document form (`core/forms.py`) and the IATI upload
(`validate_iati_upload`). Files already stored are not read again."""

import os
import warnings
import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

from amity.core.i18n import format_number

HEAD_BYTES = 8192
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 (.doc, .xls, .ppt)
GZIP_MAGIC = b"\x1f\x8b"

# What a name's extension promises: the zip's member that shows it, or the image format.
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}
TEXT_EXTENSIONS = {"txt", "csv"}
OLE_EXTENSIONS = {"doc", "xls", "ppt"}
# A member of a zip smaller than this is not judged by its ratio (tiny files pack well).
RATIO_FROM_BYTES = 1024 * 1024


def _setting(name: str, default):
    return getattr(settings, name, default)


def extension_of(name: str) -> str:
    return os.path.splitext(name)[1].lower().lstrip(".")


def _base_name(upload) -> str:
    return os.path.basename(upload.name or "")


def _is_new(value) -> bool:
    """A file just uploaded (not yet stored): a model field's value before saving, or a
    form's or serializer's upload."""
    return getattr(value, "_committed", True) is False or hasattr(value, "content_type")


def _raw(value):
    """The readable file behind a model field's value or an upload."""
    return getattr(value, "file", None) or value


def check_upload(upload, *, extensions=None, max_bytes=None) -> None:
    """Refuse `upload` (ValidationError naming the file and the problem) unless its name
    has one of `extensions` (default `AMITY_UPLOAD_EXTENSIONS`), it is at most
    `max_bytes` (default `AMITY_UPLOAD_MAX_BYTES`) and its bytes are what the extension
    says."""
    name = _base_name(upload)
    extensions = extensions or _setting("AMITY_UPLOAD_EXTENSIONS", ())
    extension = extension_of(name)
    if extension not in extensions:
        raise ValidationError(
            _("“%(name)s”: files of this kind cannot be uploaded. Allowed: %(allowed)s.")
            % {"name": name, "allowed": ", ".join(f".{e}" for e in sorted(extensions))},
            code="upload_extension",
        )
    _check_size(upload, name, max_bytes or _setting("AMITY_UPLOAD_MAX_BYTES", 25 * 2**20))
    raw = _raw(upload)
    start = raw.tell() if hasattr(raw, "tell") else 0
    try:
        raw.seek(0)
        head = raw.read(HEAD_BYTES)
        raw.seek(0)
        _check_content(raw, head, name, extension)
    finally:
        raw.seek(start)


def _check_size(upload, name: str, limit: int) -> None:
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; a file may be at most %(limit)s.")
            % {"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="upload_too_large",
        )


def _not_what_it_says(name: str, extension: str) -> ValidationError:
    return ValidationError(
        _(
            "“%(name)s” is not a .%(extension)s file, though its name says so: its contents "
            "are of another kind or damaged. Save it again in that format, or give it the "
            "name of what it is."
        )
        % {"name": name, "extension": extension},
        code="upload_type",
    )


def _check_content(raw, head: bytes, name: str, extension: str) -> None:
    guessed = filetype.guess(head) if head else None
    guessed = guessed.extension if guessed else None
    if extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise _not_what_it_says(name, extension)
    elif extension in OLE_EXTENSIONS:
        if not head.startswith(OLE_MAGIC):
            raise _not_what_it_says(name, extension)
    elif extension in OOXML_PARTS or extension in ODF_TYPES or extension == "zip":
        if not head.startswith(b"PK\x03\x04"):
            raise _not_what_it_says(name, extension)
        _check_zip(raw, name, extension)
    elif extension in IMAGE_FORMATS:
        _check_image(raw, name, extension)
    elif extension in TEXT_EXTENSIONS:
        # Text: nothing a magic number knows, and no NUL byte (no text file has one).
        if guessed is not None or b"\x00" in head:
            raise _not_what_it_says(name, extension)
    elif guessed is not None and guessed != extension:
        raise _not_what_it_says(name, extension)


def _check_zip(raw, name: str, extension: str) -> None:
    """The zip's directory, read without unpacking a byte: the kind of document it holds
    and what its members declare they unpack to."""
    try:
        archive = zipfile.ZipFile(raw)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _not_what_it_says(name, extension) from None
    with archive:
        members = archive.infolist()
        names = {member.filename for member in members}
        if extension in OOXML_PARTS:
            part = OOXML_PARTS[extension]
            if "[Content_Types].xml" not in names or not any(n.startswith(part) for n in names):
                raise _not_what_it_says(name, extension)
        elif extension in ODF_TYPES:
            try:
                kind = archive.read("mimetype") if "mimetype" in names else b""
            except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
                kind = b""
            if kind.strip() != ODF_TYPES[extension].encode():
                raise _not_what_it_says(name, extension)
        _check_zip_sizes(members, name)


def _check_zip_sizes(members, name: str) -> None:
    max_members = _setting("AMITY_UPLOAD_MAX_MEMBERS", 10_000)
    max_unpacked = _setting("AMITY_UPLOAD_MAX_UNPACKED_BYTES", 200 * 2**20)
    max_ratio = _setting("AMITY_UPLOAD_MAX_RATIO", 100)
    if len(members) > max_members:
        raise ValidationError(
            _("“%(name)s” holds %(count)s files; an archive may hold at most %(limit)s.")
            % {
                "name": name,
                "count": format_number(len(members)),
                "limit": format_number(max_members),
            },
            code="upload_bomb",
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > max_unpacked:
        raise ValidationError(
            _("“%(name)s” would unpack to %(size)s; an archive may unpack to at most %(limit)s.")
            % {
                "name": name,
                "size": filesizeformat(unpacked),
                "limit": filesizeformat(max_unpacked),
            },
            code="upload_bomb",
        )
    for member in members:
        if member.file_size > RATIO_FROM_BYTES and member.file_size > max_ratio * max(
            member.compress_size, 1
        ):
            raise ValidationError(
                _(
                    "“%(name)s”: its part “%(member)s” is packed %(ratio)s times over "
                    "(at most %(limit)s is allowed), as a decompression bomb is."
                )
                % {
                    "name": name,
                    "member": member.filename,
                    "ratio": format_number(member.file_size // max(member.compress_size, 1)),
                    "limit": format_number(max_ratio),
                },
                code="upload_bomb",
            )


def max_image_pixels() -> int:
    return _setting("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)


def _check_image(raw, name: str, extension: str) -> None:
    """Opened as an image (its header only), its format and pixel count checked before
    anything is decoded, then Pillow's own check of the whole file."""
    limit = max_image_pixels()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(raw) as image:
                width, height = image.size
                if width * height > limit:
                    raise _too_many_pixels(name, width * height, limit)
                if image.format != IMAGE_FORMATS[extension]:
                    raise _not_what_it_says(name, extension)
                image.verify()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(name, None, limit) from None
    except Exception:  # noqa: BLE001 - whatever Pillow raises, the file is no such image
        raise _not_what_it_says(name, extension) from None


def _too_many_pixels(name: str, pixels: int | None, limit: int) -> ValidationError:
    if pixels is None:
        message = _("“%(name)s” has too many pixels; an image may have at most %(limit)s.")
    else:
        message = _("“%(name)s” has %(pixels)s pixels; an image may have at most %(limit)s.")
    return ValidationError(
        message
        % {
            "name": name,
            "pixels": format_number(pixels) if pixels is not None else None,
            "limit": format_number(limit),
        },
        code="upload_bomb",
    )


def validate_document(value) -> None:
    """The validator of the model fields that keep uploaded documents and photos."""
    if value and _is_new(value):
        check_upload(value)


def validate_iati_upload(upload) -> None:
    """An IATI file as uploaded (back office, API): .xml or .xml.gz within
    `AMITY_IATI_MAX_UPLOAD_BYTES`, XML text or gzip as its name says. What is inside
    (entities, depth, unpacked size) is the reader's to refuse (`iati/reader.py`)."""
    name = _base_name(upload)
    lowered = name.lower()
    if not lowered.endswith((".xml", ".gz")):
        raise ValidationError(
            _("“%(name)s”: an IATI file must be .xml or .xml.gz.") % {"name": name},
            code="upload_extension",
        )
    _check_size(upload, name, _setting("AMITY_IATI_MAX_UPLOAD_BYTES", 200 * 2**20))
    raw = _raw(upload)
    raw.seek(0)
    head = raw.read(HEAD_BYTES)
    raw.seek(0)
    if lowered.endswith(".gz"):
        if not head.startswith(GZIP_MAGIC):
            raise ValidationError(
                _("“%(name)s” is not gzip-compressed, though its name ends in .gz.")
                % {"name": name},
                code="upload_type",
            )
        return
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if not (text.startswith(b"<") or head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise ValidationError(
            _("“%(name)s” is not an XML file, though its name ends in .xml.") % {"name": name},
            code="upload_type",
        )
