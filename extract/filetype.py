"""What a file is, decided from its bytes before any parser sees it, and whether its name agrees.

A file's name is a claim made by whoever sent it; the first bytes are what a parser will get.
A ZIP whose members are stored uncompressed has a PDF's `%PDF-` within its first kilobyte, a
JPEG can be named `.pdf`, a Word document `.pdf`: each is recognised here by its magic number
(and a ZIP by its members: ASiC signature container, Word/Excel/OpenDocument, plain ZIP), so a
container is unpacked, a picture OCRed, and a document we do not read refused by name.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Family = Literal["pdf", "image", "container", "office", "web", "text", "empty", "unknown"]

HEAD_BYTES = 1024  # a PDF header may follow up to 1 KB of junk (what readers accept)


@dataclass(frozen=True, slots=True)
class FileType:
    """What the bytes say: the family that decides how the file is read, and a name for people."""

    family: Family
    name: str  # "PDF", "JPEG image", "ZIP container", "Word document (DOCX)"...
    suffixes: frozenset[str]  # file name endings that agree with the content

    @property
    def is_document(self) -> bool:
        return self.family in ("pdf", "image")

    @property
    def is_container(self) -> bool:
        return self.family == "container"


def _type(family: Family, name: str, *suffixes: str) -> FileType:
    return FileType(family, name, frozenset(suffixes))


PDF = _type("pdf", "PDF", ".pdf")
EMPTY = _type("empty", "empty file")
JPEG = _type("image", "JPEG image", ".jpg", ".jpeg", ".jpe", ".jfif")
PNG = _type("image", "PNG image", ".png")
TIFF = _type("image", "TIFF image", ".tif", ".tiff")
BMP = _type("image", "BMP image", ".bmp")
WEBP = _type("image", "WebP image", ".webp")
GIF = _type("image", "GIF image", ".gif")
ZIP = _type("container", "ZIP container", ".zip")
ASIC = _type("container", "signed container (ASiC, .edoc)", ".edoc", ".asice", ".asics", ".sce")
BROKEN_ZIP = _type("container", "damaged ZIP container", ".zip", ".edoc", ".asice", ".asics")
DOCX = _type("office", "Word document (DOCX)", ".docx", ".docm", ".dotx")
XLSX = _type("office", "Excel workbook (XLSX)", ".xlsx", ".xlsm")
PPTX = _type("office", "PowerPoint presentation (PPTX)", ".pptx")
ODF = _type("office", "OpenDocument file", ".odt", ".ods", ".odp")
OLE = _type("office", "old Office document (DOC/XLS)", ".doc", ".xls", ".ppt", ".msg")
RTF = _type("office", "RTF document", ".rtf")
HTML = _type("web", "HTML page", ".html", ".htm")
XML = _type("web", "XML file", ".xml")
TEXT = _type("text", "plain text file", ".txt", ".csv")
UNKNOWN = _type("unknown", "file of an unknown kind")

_MAGIC: tuple[tuple[bytes, FileType], ...] = (
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"{\\rtf", RTF),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ASIC_MIMETYPES = ("application/vnd.etsi.asic-e+zip", "application/vnd.etsi.asic-s+zip")


def detect(path: Path | str) -> FileType:
    """The file's type from its first bytes (and a ZIP's member list); OSError if unreadable."""
    with Path(path).open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head:
        return EMPTY
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"BM") and len(head) >= 26 and head[14] in (12, 40, 52, 56, 64, 108, 124):
        return BMP  # "BM" alone is too common a start; the DIB header size makes it a bitmap
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    # A ZIP before a PDF: a stored (uncompressed) member's bytes carry a PDF header too.
    if head.startswith(_ZIP_MAGIC):
        return _zip_kind(Path(path))
    if b"%PDF-" in head:
        return PDF
    return _text_kind(head)


def _zip_kind(path: Path) -> FileType:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            lowered = {name.lower() for name in names}
            if "mimetype" in lowered:
                info = archive.getinfo(next(n for n in names if n.lower() == "mimetype"))
                mimetype = ""
                if info.file_size <= 200:
                    mimetype = archive.read(info).decode("ascii", "replace").strip()
                if mimetype in _ASIC_MIMETYPES:
                    return ASIC
                if mimetype.startswith("application/vnd.oasis.opendocument"):
                    return ODF
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, KeyError, ValueError):
        return BROKEN_ZIP
    except NotImplementedError:  # an encrypted or oddly compressed mimetype entry
        return ZIP
    if "[content_types].xml" in lowered:
        if any(n.startswith("word/") for n in lowered):
            return DOCX
        if any(n.startswith("xl/") for n in lowered):
            return XLSX
        if any(n.startswith("ppt/") for n in lowered):
            return PPTX
    if any(n.startswith("meta-inf/") and "signature" in n for n in lowered):
        return ASIC
    return ZIP


def _text_kind(head: bytes) -> FileType:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start[:512]:
        return HTML
    if start.startswith(b"<?xml"):
        return HTML if b"<html" in start else XML
    if b"\x00" in head:
        return UNKNOWN
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return UNKNOWN
    return TEXT


def name_disagrees(path: Path | str, kind: FileType) -> bool:
    """True when the name's ending claims another type than the bytes (no ending: no claim)."""
    suffix = Path(path).suffix.lower()
    return bool(suffix) and bool(kind.suffixes) and suffix not in kind.suffixes


def mismatch_note(path: Path | str, kind: FileType, action: str) -> str | None:
    """'named .pdf but is a JPEG image: read as an image', or None when name and bytes agree."""
    if not name_disagrees(path, kind):
        return None
    return f"named {Path(path).suffix.lower()} but is a {kind.name}: {action}"


def refusal(path: Path | str, kind: FileType) -> str:
    """The one-line reason a file that is no document we read is refused."""
    named = Path(path).suffix.lower()
    said = f" (named {named})" if named and named not in kind.suffixes else ""
    if kind.family == "office":
        return (
            f"not a PDF or a scan: a {kind.name}{said}; save or print it as PDF and add that"
        )
    if kind.family == "web":
        return f"not a PDF or a scan: an {kind.name}{said}; print it to PDF and add that"
    if kind.family == "text":
        return f"not a PDF or a scan: a {kind.name}{said}"
    return f"not a PDF or a scan: the content is not recognised{said}"


__all__ = [
    "ASIC",
    "EMPTY",
    "PDF",
    "ZIP",
    "FileType",
    "detect",
    "mismatch_note",
    "name_disagrees",
    "refusal",
]
