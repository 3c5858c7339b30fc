"""Tesseract in the process: libtesseract through ctypes, the same reading as the command.

Every `tesseract IMAGE stdout --dpi D -l LANG --psm N tsv` the reader runs costs ~0.1 s of CPU
before it reads a pixel: a process starts and loads its language model. A page makes one to a
dozen such calls (the page, a block reading, one-line re-reads under stamps, e-mail addresses,
digit lines), so the start-ups were most of what the OCR path cost over the bare command. Here
the library is loaded once a process and one `TessBaseAPI` is kept per language and set of
variables; each call sets the page segmentation mode, hands the greyscale pixels over and asks
for the TSV, as the command does with its `tsv` config (`tessedit_create_tsv`) and `--dpi`
(`user_defined_dpi`). The TSV is the command's, byte for byte, on every scanned page of the sample
and of sets P and Q (checked with `ASISTENTS_TESSERACT=check`, which runs both and fails on a
difference).

`ASISTENTS_TESSERACT=cli` keeps the command for every call. Where the library cannot be loaded
(not installed, another OpenMP runtime already started with more than one thread), the command
is used too. OpenMP reads `OMP_THREAD_LIMIT` when it starts: it is set to 1 before the library
loads, like the command's environment (`ocr.tesseract_env`).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import threading

from PIL import Image

MODE_ENV = "ASISTENTS_TESSERACT"  # "cli": always the command; "check": both, must agree
TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


class _Api:
    """One initialised TessBaseAPI (a language and fixed variables)."""

    def __init__(self, lib: ctypes.CDLL, language: str, variables: tuple[tuple[str, str], ...]):
        self.lib = lib
        self.handle = lib.TessBaseAPICreate()
        if not self.handle:
            raise OSError("TessBaseAPICreate failed")
        if lib.TessBaseAPIInit3(self.handle, None, language.encode()) != 0:
            lib.TessBaseAPIDelete(self.handle)
            raise OSError(f"libtesseract could not load {language}")
        # debug_file: Tesseract's notes ("Detected 12 diacritics") went to the command's stderr,
        # which was read only on a failure; in the process they would reach ours.
        settings = (("debug_file", os.devnull), ("tessedit_create_tsv", "1"), *variables)
        for name, value in settings:
            if not lib.TessBaseAPISetVariable(self.handle, name.encode(), value.encode()):
                raise OSError(f"libtesseract has no variable {name}")

    def tsv(self, image: Image.Image, *, dpi: int, psm: int) -> str:
        lib = self.lib
        grey = image if image.mode == "L" else image.convert("L")
        data = grey.tobytes()
        lib.TessBaseAPISetPageSegMode(self.handle, psm)
        lib.TessBaseAPISetVariable(self.handle, b"user_defined_dpi", str(dpi).encode())
        lib.TessBaseAPISetImage(self.handle, data, grey.width, grey.height, 1, grey.width)
        if lib.TessBaseAPIRecognize(self.handle, None) != 0:
            lib.TessBaseAPIClear(self.handle)
            raise RuntimeError("libtesseract could not read the image")
        text = lib.TessBaseAPIGetTsvText(self.handle, 0)
        try:
            body = ctypes.string_at(text).decode("utf-8") if text else ""
        finally:
            if text:
                lib.TessDeleteText(text)
            lib.TessBaseAPIClear(self.handle)
        return TSV_HEADER + "\n" + body


_local = threading.local()
_made: list[tuple[ctypes.CDLL, int]] = []  # every API made, ended at exit (quietly: no leak notes)


@atexit.register
def _end_all() -> None:
    pid = os.getpid()
    for lib, handle in _made:
        if handle and _lib.get(pid) is lib:
            lib.TessBaseAPIEnd(handle)
            lib.TessBaseAPIDelete(handle)
    _made.clear()
_lib_lock = threading.Lock()
_lib: dict[int, ctypes.CDLL | None] = {}  # pid -> the library, None when it cannot be used


def _gomp_started_elsewhere() -> bool:
    """An OpenMP runtime already in the process read its thread limit when it started."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            loaded = "libgomp" in maps.read()
    except OSError:
        return False
    return loaded and os.environ.get("OMP_THREAD_LIMIT") != "1"


def _library() -> ctypes.CDLL | None:
    pid = os.getpid()
    with _lib_lock:
        if pid in _lib:
            return _lib[pid]
        lib: ctypes.CDLL | None = None
        name = ctypes.util.find_library("tesseract") or "libtesseract.so.5"
        if not _gomp_started_elsewhere():
            os.environ["OMP_THREAD_LIMIT"] = "1"  # before libgomp starts: one thread, as the CLI
            try:
                lib = ctypes.CDLL(name)
                _declare(lib)
            except (OSError, AttributeError):
                lib = None
        _lib[pid] = lib
        return lib


def _declare(lib: ctypes.CDLL) -> None:
    p, c, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    lib.TessBaseAPICreate.restype = p
    lib.TessBaseAPICreate.argtypes = []
    lib.TessBaseAPIInit3.restype = i
    lib.TessBaseAPIInit3.argtypes = [p, c, c]
    lib.TessBaseAPISetVariable.restype = i
    lib.TessBaseAPISetVariable.argtypes = [p, c, c]
    lib.TessBaseAPISetPageSegMode.restype = None
    lib.TessBaseAPISetPageSegMode.argtypes = [p, i]
    lib.TessBaseAPISetImage.restype = None
    lib.TessBaseAPISetImage.argtypes = [p, c, i, i, i, i]
    lib.TessBaseAPIRecognize.restype = i
    lib.TessBaseAPIRecognize.argtypes = [p, p]
    lib.TessBaseAPIGetTsvText.restype = p
    lib.TessBaseAPIGetTsvText.argtypes = [p, i]
    lib.TessDeleteText.restype = None
    lib.TessDeleteText.argtypes = [p]
    lib.TessBaseAPIClear.restype = None
    lib.TessBaseAPIClear.argtypes = [p]
    lib.TessBaseAPIDelete.restype = None
    lib.TessBaseAPIDelete.argtypes = [p]
    lib.TessBaseAPIEnd.restype = None
    lib.TessBaseAPIEnd.argtypes = [p]


def note_check(same: bool, what: str) -> None:
    """In check mode, one line a comparison to the file `ASISTENTS_TESSERACT_LOG` names."""
    log = os.environ.get(MODE_ENV + "_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{'same' if same else 'DIFFERENT'} {os.getpid()} {what}\n")


def mode() -> str:
    return os.environ.get(MODE_ENV, "").strip().lower()


def in_process_tsv(image: Image.Image, *, dpi: int, language: str, psm: int,
                   variables: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The TSV the command would print for `image`, read in the process; None when the library
    is not to be used (then the caller runs the command)."""
    if mode() == "cli" or image.width < 1 or image.height < 1:
        return None  # an empty crop: the command's own failure, as before
    lib = _library()
    if lib is None:
        return None
    apis: dict[tuple[int, str, tuple[tuple[str, str], ...]], _Api | None] = \
        _local.__dict__.setdefault("apis", {})
    key = (os.getpid(), language, variables)
    if key not in apis:
        try:
            made = _Api(lib, language, variables)
        except OSError:
            apis[key] = None
        else:
            apis[key] = made
            _made.append((lib, made.handle))
    api = apis[key]
    if api is None:
        return None
    return api.tsv(image, dpi=dpi, psm=psm)
