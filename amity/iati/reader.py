"""Safe, streaming reading of IATI activity files (plain XML or gzip).

``read_activities`` yields each ``<iati-activity>`` in file order and raises
``IatiFileError`` for anything that makes the file unreadable: broken XML or encoding,
a file cut short, the wrong root element, and hostile files (a DTD or entities, deep
nesting, too many bytes once unpacked, too many activities). Such a fault can come
after many activities: the importer writes the whole file in one database
transaction, so that it then imports nothing. ``check_file`` reads a file through to
the end the same way, keeping nothing.

The tree is never built whole: each activity is cleared, and dropped from its parent,
once the caller is done with it. The parser reports only the root's and the
activities' tags, so the elements inside cost no Python until the caller reads them.
"""

import gzip
import hashlib
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from lxml import etree

type Source = str | os.PathLike[str] | BinaryIO

ACTIVITIES_TAG = "iati-activities"
ACTIVITY_TAG = "iati-activity"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

GZIP_MAGIC = b"\x1f\x8b"
# A DTD must come before the root element, so near the start; a later one is caught there.
DTD_SCAN_BYTES = 64 * 1024
DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
# The parser asks for 32 KB at a time; this only bounds a read(-1).
READ_CHUNK_BYTES = 1024 * 1024

# What unpacking or reading the bytes can raise.
READ_FAULTS = (OSError, EOFError, zlib.error)

PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "recover": False,
}
ENCODING_ERROR_CODES = frozenset(
    {
        etree.ErrorTypes.ERR_INVALID_ENCODING,
        etree.ErrorTypes.ERR_UNKNOWN_ENCODING,
        etree.ErrorTypes.ERR_UNSUPPORTED_ENCODING,
    }
)


class IatiFileError(Exception):
    """The file cannot be read as IATI: nothing of it may be imported."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        if line is not None:
            message = _("line %(line)s: %(problem)s") % {"line": line, "problem": message}
        super().__init__(message)


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 1_073_741_824  # decompressed bytes read, at most (1 GiB)
    max_depth: int = 40  # element nesting
    max_activities: int = 1_000_000


@dataclass
class FileCheck:
    activities: int  # how many <iati-activity> elements
    version: str | None  # @version of <iati-activities>, or of a bare <iati-activity>
    root: str  # "iati-activities" or "iati-activity"


@dataclass
class RawActivity:
    element: etree._Element  # valid only until the next activity is yielded
    line: int  # where its start tag is
    index: int  # 0-based position in the file
    version: str | None  # the file's version, else the activity's own @version
    default_language: str | None  # xml:lang of the activity, else of the root; lowercased
    digest: str  # identifies an unchanged activity on re-import
    offset: int = 0  # bytes of the file as stored (packed, if gzip) read so far


def check_file(source: Source, limits: Limits = Limits()) -> FileCheck:
    """Reads the whole file, keeping nothing; IatiFileError if it is unreadable."""
    root = _RootFacts()
    count = sum(1 for _element in _activity_elements(source, limits, root))
    return FileCheck(activities=count, version=root.version, root=root.tag)


def read_activities(source: Source, limits: Limits = Limits()) -> Iterator[RawActivity]:
    """Yields each activity in file order; any fault is an IatiFileError."""
    root = _RootFacts()
    for index, element in enumerate(_activity_elements(source, limits, root)):
        yield RawActivity(
            element=element,
            line=element.sourceline,
            index=index,
            version=root.version or _version(element),
            default_language=_language(element) or root.language,
            # Without the tail: how much of it is parsed yet depends on buffering.
            digest=hashlib.blake2b(
                etree.tostring(element, with_tail=False), digest_size=16
            ).hexdigest(),
            offset=root.offset(),
        )


@dataclass
class _RootFacts:
    tag: str = ""
    version: str | None = None
    language: str | None = None
    offset: Callable[[], int] = lambda: 0  # where the stored file is read to


class _CountingReader:
    """Hands the unpacked bytes to the parser, refusing them beyond the size limit.

    The first bytes can be read ahead (to look for a DTD) and are then handed over again.
    """

    def __init__(self, stream: BinaryIO, max_bytes: int) -> None:
        # read1 hands over what is unpacked so far, so bytes before a damaged part of a
        # gzip reach the parser (and the error can name a line near the damage).
        self._read_some = getattr(stream, "read1", stream.read)
        self._max_bytes = max_bytes
        self._ahead = b""
        # A fault met while reading ahead waits until the parser has what came before it,
        # so that the error can name the line where the file breaks off.
        self._fault: Exception | None = None
        self._bytes_read = 0

    def read_ahead(self, size: int) -> bytes:
        """The first `size` bytes (fewer if the file is shorter), kept to hand over again."""
        chunks = []
        remaining = size
        try:
            while remaining > 0 and (chunk := self._read_some(remaining)):
                chunks.append(chunk)
                remaining -= len(chunk)
        except READ_FAULTS as err:
            if not chunks:
                raise
            self._fault = err
        self._ahead = b"".join(chunks)
        return self._ahead

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = READ_CHUNK_BYTES
        if self._ahead:
            chunk = self._ahead[:size]
            self._ahead = self._ahead[size:]
        elif self._fault is not None:
            raise self._fault
        else:
            chunk = self._read_some(size)
        self._bytes_read += len(chunk)
        if self._bytes_read > self._max_bytes:
            raise IatiFileError(
                _(
                    "The file is larger than %(limit)s when unpacked, more than an IATI "
                    "file should ever be, so it is refused."
                )
                % {"limit": filesizeformat(self._max_bytes)}
            )
        return chunk


@contextmanager
def _unpacked(source: Source) -> Iterator[tuple[BinaryIO, BinaryIO]]:
    """The file's bytes from its start, gunzipped when gzip (known by its magic bytes),
    and the file as stored."""
    with ExitStack() as stack:
        if isinstance(source, str | os.PathLike):
            raw = stack.enter_context(open(source, "rb"))  # noqa: SIM115
        else:
            raw = source
            raw.seek(0)
        magic = raw.read(len(GZIP_MAGIC))
        raw.seek(0)
        if magic == GZIP_MAGIC:
            yield stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb")), raw
        else:
            yield raw, raw


def stored_size(source: Source) -> int:
    """How many bytes the file takes as stored (packed, if gzip): what `offset` reaches."""
    if isinstance(source, str | os.PathLike):
        return os.path.getsize(source)
    return source.seek(0, os.SEEK_END)


def _activity_elements(
    source: Source, limits: Limits, root: _RootFacts
) -> Iterator[etree._Element]:
    """Yields each activity element, filling in `root` first; every fault is IatiFileError."""
    try:
        with _unpacked(source) as (stream, stored):
            reader = _CountingReader(stream, limits.max_bytes)
            _check_start(reader.read_ahead(DTD_SCAN_BYTES))
            root.offset = stored.tell
            events = etree.iterparse(
                reader,
                events=("start", "end"),
                tag=(ACTIVITIES_TAG, ACTIVITY_TAG),
                **PARSER_OPTIONS,
            )
            yield from _walk(events, limits, root)
    except IatiFileError:
        raise
    except etree.XMLSyntaxError as err:
        raise _syntax_error(err) from err
    except READ_FAULTS as err:
        raise _read_fault(err, line=None) from err
    except (etree.LxmlError, UnicodeError, LookupError) as err:
        raise IatiFileError(
            _("The file cannot be read as XML (%(detail)s).") % {"detail": err}
        ) from err


def _walk(
    events: Iterator[tuple[str, etree._Element]], limits: Limits, root: _RootFacts
) -> Iterator[etree._Element]:
    """The parser reports only the root's and the activities' tags (filtered in C, the
    other elements cost no Python); each activity is checked for depth once it ends."""
    root_element = None
    activity_parent = None  # the root, or None when the root is the activity
    too_deep = None
    max_activities = limits.max_activities
    count = 0
    element = None
    try:
        for event, element in events:
            if root_element is None:
                # The root's start, or an activity's start under a root of another name.
                root_element = element
                while root_element.getparent() is not None:
                    root_element = root_element.getparent()
                _accept_root(root_element, root)
                bare = root.tag == ACTIVITY_TAG
                activity_parent = None if bare else root_element
                too_deep = _depth_probe(limits.max_depth - (0 if bare else 1))
            if event == "start" or element.tag != ACTIVITY_TAG:
                continue
            if element.getparent() is not activity_parent:
                continue  # an activity inside another element is not one of the file's
            count += 1
            if count > max_activities:
                raise _too_many_activities(max_activities, element.sourceline)
            if deep := too_deep(element):
                raise _too_deep(limits.max_depth, deep[0].sourceline)
            yield element
            if activity_parent is not None:
                element.clear()
                while element.getprevious() is not None:
                    del root_element[0]
    except READ_FAULTS as err:
        # Unpacking failed after the last element parsed: name where the file breaks off.
        line = element.sourceline if element is not None else None
        raise _read_fault(err, line) from err
    if root_element is None:
        # No root or activity tag at all: the parser kept the root it found, if any.
        found = getattr(events, "root", None)
        if found is None:
            raise IatiFileError(_("The file has no XML element in it."))
        _accept_root(found, root)


def _depth_probe(steps: int):
    """An XPath finding, in C, the first element `steps` below an activity: one nested
    deeper than the limit allows."""
    if steps < 1:
        return lambda element: [element]
    return etree.XPath("(" + "/".join(["*"] * steps) + ")[1]")


def _too_deep(limit: int, line: int | None) -> IatiFileError:
    return IatiFileError(
        _("Elements are nested more than %(limit)s deep; IATI files never are, so it is refused.")
        % {"limit": limit},
        line,
    )


def _accept_root(element: etree._Element, root: _RootFacts) -> None:
    if element.tag not in (ACTIVITIES_TAG, ACTIVITY_TAG):
        name = etree.QName(element.tag)
        expected = _("an IATI activity file has <iati-activities> (or a single <iati-activity>)")
        if name.namespace:
            message = _(
                "The file's root element is <%(found)s> in the namespace %(namespace)s, but "
                "%(expected)s, in no namespace."
            ) % {"found": name.localname, "namespace": name.namespace, "expected": expected}
        else:
            message = _("The file's root element is <%(found)s>, but %(expected)s.") % {
                "found": name.localname,
                "expected": expected,
            }
        raise IatiFileError(message, element.sourceline)
    # A DTD further in than the start-of-file scan looks.
    if element.getroottree().docinfo.doctype:
        raise IatiFileError(_dtd_message())
    root.tag = element.tag
    root.version = _version(element)
    root.language = _language(element)


def _check_start(start: bytes) -> None:
    """Refuses an empty file, and a DTD before the parser could act on it."""
    if not start.strip():
        raise IatiFileError(_("The file is empty."))
    found = [at for at in (start.find(marker) for marker in DTD_MARKERS) if at >= 0]
    if found:
        raise IatiFileError(_dtd_message(), start.count(b"\n", 0, min(found)) + 1)


def _read_fault(err: Exception, line: int | None) -> IatiFileError:
    if isinstance(err, OSError) and not isinstance(err, gzip.BadGzipFile):
        detail = err.strerror or err
        return IatiFileError(_("The file cannot be read (%(detail)s).") % {"detail": detail}, line)
    return IatiFileError(
        _("The compressed file is damaged or cut short (%(detail)s).") % {"detail": err}, line
    )


def _dtd_message() -> str:
    return _("The file declares a DTD or entities; IATI files never do, so it is refused.")


def _too_many_activities(limit: int, line: int) -> IatiFileError:
    return IatiFileError(
        ngettext(
            "The file has more than %(limit)s activity, so it is refused.",
            "The file has more than %(limit)s activities, so it is refused.",
            limit,
        )
        % {"limit": limit},
        line,
    )


def _syntax_error(err: etree.XMLSyntaxError) -> IatiFileError:
    if err.code in ENCODING_ERROR_CODES:
        message = _(
            "The text is not valid in the file's character encoding; save the file as UTF-8 "
            "and try again (%(detail)s)."
        )
    elif err.code == etree.ErrorTypes.ERR_TAG_NOT_FINISHED:
        message = _("The file ends before its elements are closed: is it cut short? (%(detail)s)")
    elif err.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
        # libxml2's own limits (nesting, text size), beyond which no IATI file goes.
        message = _(
            "The file goes beyond what the XML reader allows, as no IATI file does, so it "
            "is refused (%(detail)s)."
        )
    else:
        message = _("The file is not well-formed XML (%(detail)s).")
    return IatiFileError(message % {"detail": err.msg}, err.position[0] or None)


def _version(element: etree._Element) -> str | None:
    return (element.get("version") or "").strip() or None


def _language(element: etree._Element) -> str | None:
    return (element.get(XML_LANG) or "").strip().lower() or None
