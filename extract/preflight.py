"""A PDF's pre-flight: is it safe to parse? Checked with pypdf's limits before pdfminer sees it.

pdfminer (under pdfplumber) has no limits of its own: it inflates every content stream whole,
walks a page tree with a cycle until memory runs out, and reads a 5,000-page file page by page.
So before it sees a file, pypdf, which has caps on decompression, nesting and page trees, opens
it under tighter caps than its defaults and answers:

- can it be opened at all (broken, encrypted with a password, a library missing);
- how many pages (a cap refuses a 5,000-page file before any text is read);
- how many bytes its page content inflates to (a decompression bomb: Flate, nested Flate, LZW,
  RunLength) and how many pixels its images claim (a 40,000 x 40,000 px picture);
- what a clerk should be told: an owner password that only forbids copying, active content
  (JavaScript, launch and submit actions: never run, only reported), attached files (never
  opened or saved; their names escaped), a dynamic XFA form whose real content only Adobe
  Reader draws, pages too large to render for OCR.

The file is only read; nothing in it is executed or written anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputFileError, MissingDependencyError
from ..privacy import redact

log = logging.getLogger(__name__)

# Codes a record's `flags` carry for what pre-flight found.
ENCRYPTED_OWNER_ONLY = "ENCRYPTED_OWNER_ONLY"
ACTIVE_CONTENT = "ACTIVE_CONTENT"
HAS_ATTACHMENTS = "HAS_ATTACHMENTS"
XFA_DYNAMIC = "XFA_DYNAMIC"
PAGE_TOO_LARGE = "PAGE_TOO_LARGE"

_ACTIVE_ACTIONS = frozenset(
    {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/RichMediaExecute", "/Rendition"}
)


@dataclass(frozen=True, slots=True)
class PdfLimits:
    """What a PDF may be before its text is read; over any of them it is refused."""

    max_pages: int = 500  # a 200-page scan is long; 500 pages is no application file
    # One content stream inflated (a page's text and drawing; scans are images, not content).
    max_stream_bytes: int = 32 * 1024 * 1024
    max_content_bytes: int = 256 * 1024 * 1024  # all pages' content streams together
    # An embedded picture: 1200 dpi A4 is 140 Mpx; more is no scan of a paper page.
    max_image_pixels: int = 150_000_000
    max_form_depth: int = 24  # forms drawing forms; pdfminer stops cycles itself

    def pypdf_configuration(self) -> dict[str, int]:
        cap = self.max_stream_bytes
        return {
            "zlib_maximum_output_length": cap,
            "lzw_maximum_output_length": cap,
            "run_length_maximum_output_length": cap,
            "array_based_stream_maximum_output_length": cap,
            "stream_decoding_work_maximum_length": 4 * cap,
            "maximum_declared_stream_length": 4 * cap,
            "xmp_maximum_input_length": 1024 * 1024,
            "page_tree_maximum_entries": 4 * self.max_pages + 1000,
        }


DEFAULT_LIMITS = PdfLimits()


@dataclass(slots=True)
class PdfCheck:
    """What pre-flight learnt: page count, notes for the record, and pages not to rasterise."""

    pages: int
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    needs_review: str | None = None
    # Pages (0-based) too large to render for OCR; their text layer is still read.
    too_large: dict[int, str] = field(default_factory=dict)
    content_bytes: int = 0

    def flag(self, code: str, note: str) -> None:
        if code not in self.flags:
            self.flags.append(code)
        self.notes.append(note)


def preflight_pdf(
    path: Path, *, limits: PdfLimits = DEFAULT_LIMITS, max_page_pixels: float | None = None
) -> PdfCheck:
    """Check a PDF before its text is read; InputFileError (with a code) when it is refused.

    `max_page_pixels`: a page whose size at the OCR resolution is over this is noted as too
    large to render (its text layer is still read).
    """
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    try:
        with pypdf.apply_configuration(None, **limits.pypdf_configuration()):
            return _check(path, limits, max_page_pixels)
    except InputFileError:
        raise
    except DependencyError as exc:
        raise missing_crypto(path) from exc
    except FileNotDecryptedError as exc:
        raise encrypted(path) from exc
    except LimitReachedError as exc:
        raise _limit_error(path, exc) from exc
    except RecursionError as exc:
        raise InputFileError(
            "broken PDF (its objects are nested too deeply to read)",
            file=path,
            code="STRUCTURE_LIMIT",
        ) from exc
    except MemoryError as exc:
        raise InputFileError(
            "the PDF needs more memory to open than a document may use",
            file=path,
            code="MEMORY",
        ) from exc
    except Exception as exc:
        raise InputFileError(pdf_failure_reason(exc), file=path, code="PARSE_ERROR") from exc


def missing_crypto(path: Path) -> MissingDependencyError:
    return MissingDependencyError(
        "the PDF is encrypted with AES and the Python package 'cryptography' is not "
        "installed: install it (pip install cryptography)",
        file=path,
        code="DEPENDENCY_MISSING",
    )


def encrypted(path: Path) -> InputFileError:
    return InputFileError(
        "encrypted PDF (password protected): ask the sender for a copy without a password",
        file=path,
        code="ENCRYPTED",
    )


def pdf_failure_reason(exc: BaseException) -> str:
    """A clerk-readable reason for a PDF library's failure (pypdf, pdfminer, pdfplumber)."""
    chain: list[BaseException] = [exc]
    if exc.__cause__ is not None:
        chain.append(exc.__cause__)
    if exc.__context__ is not None:
        chain.append(exc.__context__)
    chain.extend(a for a in exc.args if isinstance(a, BaseException))
    names = " ".join(type(e).__name__ for e in chain).lower()
    text = " ".join(str(e) for e in chain).lower()
    if "recursionerror" in names:
        return "broken PDF (its objects are nested too deeply to read)"
    if "password" in names or "encrypt" in names or "password" in text or "encrypt" in text:
        return "encrypted PDF (password protected): ask the sender for a copy without a password"
    if "eof" in names or "eof" in text or "truncat" in text or "ended unexpectedly" in text:
        return "broken PDF (file is truncated)"
    if "syntax" in names or "root" in text or "xref" in text or "trailer" in text:
        return "broken PDF (damaged structure, no readable document catalog)"
    return f"broken PDF ({type(chain[-1]).__name__})"


def _limit_error(path: Path, exc: BaseException) -> InputFileError:
    text = str(exc).lower()
    if any(word in text for word in ("decompress", "output length", "stream", "decoding")):
        return InputFileError(
            "a decompression bomb: a stream inflates beyond the limit of "
            f"{DEFAULT_LIMITS.max_stream_bytes // (1024 * 1024)} MB; not read",
            file=path,
            code="DECOMPRESSION_BOMB",
        )
    return InputFileError(
        "broken PDF (its structure loops or is too large to read safely)",
        file=path,
        code="STRUCTURE_LIMIT",
    )


def _check(path: Path, limits: PdfLimits, max_page_pixels: float | None) -> PdfCheck:
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(path, strict=False)
    owner_only = False
    if reader.is_encrypted:
        if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise encrypted(path)
        owner_only = True
    root = _resolve(reader.trailer.get("/Root"))
    if not isinstance(root, dict):
        raise InputFileError(
            "broken PDF (damaged structure, no readable document catalog)",
            file=path,
            code="PARSE_ERROR",
        )
    declared = _resolve(_resolve(root.get("/Pages")) or {}).get("/Count")
    if isinstance(declared, int) and declared > limits.max_pages:
        raise _too_many(path, declared, limits)
    count = len(reader.pages)
    if count > limits.max_pages:
        raise _too_many(path, count, limits)
    if count == 0:
        raise InputFileError("PDF has no pages", file=path, code="PARSE_ERROR")
    check = PdfCheck(pages=count)
    if owner_only:
        check.flag(
            ENCRYPTED_OWNER_ONLY,
            "the PDF has an owner password (it limits printing or copying); it opened without "
            "one and was read",
        )
    _xfa(root, check)
    _active_content(reader, root, check)
    _attachments(reader, root, check)
    seen_forms: set[int] = set()
    for number, page in enumerate(reader.pages):
        if max_page_pixels is not None:
            _page_size(page, number, max_page_pixels, check)
        for data_len in _page_stream_sizes(page, limits, seen_forms, path):
            check.content_bytes += data_len
            if check.content_bytes > limits.max_content_bytes:
                raise InputFileError(
                    "a decompression bomb: its pages inflate to over "
                    f"{limits.max_content_bytes // (1024 * 1024)} MB; not read",
                    file=path,
                    code="DECOMPRESSION_BOMB",
                )
    return check


def _too_many(path: Path, count: int, limits: PdfLimits) -> InputFileError:
    return InputFileError(
        f"too many pages ({count}; the limit is {limits.max_pages}): split it into the "
        "documents it holds",
        file=path,
        code="TOO_MANY_PAGES",
    )


def _resolve(value: Any) -> Any:
    try:
        return value.get_object() if hasattr(value, "get_object") else value
    except Exception:
        return None


def _xfa(root: dict, check: PdfCheck) -> None:
    form = _resolve(root.get("/AcroForm"))
    if not isinstance(form, dict) or "/XFA" not in form:
        return
    fields = _resolve(form.get("/Fields"))
    needs_rendering = bool(_resolve(root.get("/NeedsRendering")))
    if needs_rendering or not fields:
        check.flags.append(XFA_DYNAMIC)
        check.needs_review = (
            "XFA form: its content is drawn only by Adobe Reader, the pages hold a placeholder; "
            "open it in Adobe Reader and print it to PDF, then add that PDF"
        )


def _action_kinds(action: Any, depth: int = 0) -> Iterator[str]:
    """The /S of an action and of the actions chained after it (/Next), a bounded walk."""
    action = _resolve(action)
    if depth > 8 or action is None:
        return
    if isinstance(action, list):
        for item in action[:64]:
            yield from _action_kinds(item, depth + 1)
        return
    if not isinstance(action, dict):
        return
    kind = action.get("/S")
    if kind is not None:
        yield str(kind)
    if "/JS" in action:
        yield "/JavaScript"
    if "/Next" in action:
        yield from _action_kinds(action.get("/Next"), depth + 1)


def _additional_actions(aa: Any) -> Iterator[str]:
    aa = _resolve(aa)
    if isinstance(aa, dict):
        for value in list(aa.values())[:64]:
            yield from _action_kinds(value)


def _annotations(page: Any) -> Iterator[dict]:
    """A page's annotations that resolve to dictionaries, at most the first 500 (a crafted
    file may hold millions)."""
    annotations = _resolve(page.get("/Annots"))
    if not isinstance(annotations, list):
        return
    for annotation in annotations[:500]:
        annotation = _resolve(annotation)
        if isinstance(annotation, dict):
            yield annotation


def _active_content(reader: Any, root: dict, check: PdfCheck) -> None:
    found: set[str] = set()
    found.update(_action_kinds(root.get("/OpenAction")))
    found.update(_additional_actions(root.get("/AA")))
    names = _resolve(root.get("/Names"))
    if isinstance(names, dict) and "/JavaScript" in names:
        found.add("/JavaScript")
    for page in reader.pages:
        found.update(_additional_actions(page.get("/AA")))
        for annotation in _annotations(page):
            found.update(_action_kinds(annotation.get("/A")))
            found.update(_additional_actions(annotation.get("/AA")))
    active = sorted(kind.lstrip("/") for kind in found & _ACTIVE_ACTIONS)
    if active:
        check.flag(
            ACTIVE_CONTENT,
            f"the PDF carries active content ({', '.join(active)}): read as text only, "
            "nothing in it was run; open the original with care",
        )


def escaped_name(raw: object, limit: int = 60) -> str:
    """An attachment's name as plain text: control characters shown as \\xNN, quoted, shortened."""
    text = "".join(
        ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in str(raw)[: limit * 2]
    )
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return redact(f"“{text}”")


def _attachments(reader: Any, root: dict, check: PdfCheck) -> None:
    names: list[str] = []
    tree = _resolve(root.get("/Names"))
    if isinstance(tree, dict):
        names.extend(_name_tree_keys(_resolve(tree.get("/EmbeddedFiles"))))
    for page in reader.pages:
        for annotation in _annotations(page):
            if annotation.get("/Subtype") == "/FileAttachment":
                spec = _resolve(annotation.get("/FS"))
                if isinstance(spec, dict):
                    names.append(str(spec.get("/UF") or spec.get("/F") or "?"))
    if names:
        shown = ", ".join(escaped_name(n) for n in names[:5])
        more = f" and {len(names) - 5} more" if len(names) > 5 else ""
        check.flag(
            HAS_ATTACHMENTS,
            f"the PDF carries {len(names)} attached file(s) ({shown}{more}): not opened, "
            "not saved; ask for them as separate documents if they matter",
        )


def _name_tree_keys(node: Any, depth: int = 0) -> Iterator[str]:
    if not isinstance(node, dict) or depth > 16:
        return
    pairs = _resolve(node.get("/Names"))
    if isinstance(pairs, list):
        for key in pairs[0:200:2]:
            yield str(_resolve(key))
    kids = _resolve(node.get("/Kids"))
    if isinstance(kids, list):
        for kid in kids[:200]:
            yield from _name_tree_keys(_resolve(kid), depth + 1)


def _page_size(page: Any, number: int, max_pixels: float, check: PdfCheck) -> None:
    from .ocr import OCR_DPI

    try:
        box = page.mediabox
        width, height = abs(float(box.width)), abs(float(box.height))
    except Exception:
        return
    pixels = (width * OCR_DPI / 72.0) * (height * OCR_DPI / 72.0)
    if pixels > max_pixels:
        check.too_large[number] = (
            f"page {number + 1} is {width / 72 * 2.54:.0f} × {height / 72 * 2.54:.0f} cm, "
            "too large to render for reading"
        )


def _page_stream_sizes(
    page: Any, limits: PdfLimits, seen_forms: set[int], path: Path
) -> Iterator[int]:
    """Inflated sizes of a page's content streams and of the forms it uses (images: checked by
    their declared size only, never inflated here)."""
    contents = _resolve(page.get("/Contents"))
    streams = contents if isinstance(contents, list) else [contents]
    for stream in streams[:1000]:
        stream = _resolve(stream)
        if stream is not None and hasattr(stream, "get_data"):
            yield len(stream.get_data())
    yield from _resource_sizes(_resolve(page.get("/Resources")), limits, seen_forms, path, 0)


def _resource_sizes(
    resources: Any, limits: PdfLimits, seen_forms: set[int], path: Path, depth: int
) -> Iterator[int]:
    if not isinstance(resources, dict) or depth > limits.max_form_depth:
        return
    xobjects = _resolve(resources.get("/XObject"))
    if not isinstance(xobjects, dict):
        return
    for reference in list(xobjects.values())[:1000]:
        key = id(reference)
        if hasattr(reference, "idnum"):
            key = int(reference.idnum)
        xobject = _resolve(reference)
        if not isinstance(xobject, dict):
            continue
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            _check_image(xobject, limits, path)
        elif subtype == "/Form" and key not in seen_forms:
            seen_forms.add(key)
            if hasattr(xobject, "get_data"):
                yield len(xobject.get_data())
            yield from _resource_sizes(
                _resolve(xobject.get("/Resources")), limits, seen_forms, path, depth + 1
            )


def _check_image(image: dict, limits: PdfLimits, path: Path) -> None:
    try:
        width = int(_resolve(image.get("/Width")) or 0)
        height = int(_resolve(image.get("/Height")) or 0)
    except (TypeError, ValueError):
        return
    if width * height > limits.max_image_pixels:
        raise InputFileError(
            f"an image in the PDF is too large to process safely: {width} × {height} px "
            f"({width * height / 1e6:.0f} Mpx, limit {limits.max_image_pixels / 1e6:.0f} Mpx); "
            "scan it again at 300 dpi",
            file=path,
            code="IMAGE_TOO_LARGE",
        )


__all__ = [
    "ACTIVE_CONTENT",
    "DEFAULT_LIMITS",
    "ENCRYPTED_OWNER_ONLY",
    "HAS_ATTACHMENTS",
    "PAGE_TOO_LARGE",
    "XFA_DYNAMIC",
    "PdfCheck",
    "PdfLimits",
    "escaped_name",
    "pdf_failure_reason",
    "preflight_pdf",
]
