"""Reading documents: PDF text layer, OCR and AcroForm values -> document type -> fields.

The public face is `extract_file` / `extract_files` (one contract record per file),
`read_document` (a file as pages of positioned words) and `classify`. Names are imported on
first use, so a worker-pool parent importing `asistents.extract.workers` loads no PDF code.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import CONTRACT_KEYS, extract_document, extract_file, extract_files
    from .classify import Classification, classify
    from .document import Page, ReadDocument, Word
    from .reading import read_document
    from .vocabulary import vocabularies

_WHERE = {
    "CONTRACT_KEYS": ".api",
    "extract_document": ".api",
    "extract_file": ".api",
    "extract_files": ".api",
    "Classification": ".classify",
    "classify": ".classify",
    "Page": ".document",
    "ReadDocument": ".document",
    "Word": ".document",
    "read_document": ".reading",
    "vocabularies": ".vocabulary",
}

__all__ = [
    "CONTRACT_KEYS",
    "Classification",
    "Page",
    "ReadDocument",
    "Word",
    "classify",
    "extract_document",
    "extract_file",
    "extract_files",
    "read_document",
    "vocabularies",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
