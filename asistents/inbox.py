"""Walking an intake inbox: each document listed once, ZIP and eParaksts containers safely unpacked.

What is listed: every regular file under the inbox, in sorted (deterministic) order, and every
document inside a ZIP or ASiC container (`.zip`, `.edoc`, `.asice`, `.asics`), unpacked into
`work_dir`. What is a container is decided by the file's bytes, not its name
(`extract.filetype`): a ZIP named `.pdf` is unpacked (and the clerk told), a Word document
(also a ZIP) is not a container but a document the reader refuses by name.

What is ignored, silently: hidden files and folders (a name starting with "."), `.json` files
(the fixtures' truth files sit beside the documents), OS and Office junk (`Thumbs.db`,
`desktop.ini`, `.DS_Store`, `__MACOSX/`, `~$` lock files), and anything under `work_dir` when it
lies inside the inbox. Inside a
signed container (`.edoc`/`.asice`/`.asics`) the `mimetype` entry and the `META-INF/` signature
files are skipped too: they sign the documents, they are not documents.

Safety: the inbox is never written to (a signed container keeps its original bytes, so its
signature stays verifiable). A container is refused as a whole, with one error line naming it and
the reason, when a member would land outside `work_dir` (`../`, an absolute or drive name), is a
symbolic link, is encrypted, repeats a name, or when the member count, a member's or the total
uncompressed size, or a member's compression ratio is over the caps in `InboxLimits` (a zip bomb).
The caps are checked on the declared sizes first and again on the bytes actually inflated, since
a header can lie. A container inside a container is unpacked (one level); deeper ones are errors.
The count and total-size caps hold for a container and everything nested in it together, so a
ZIP of ZIPs cannot multiply them. A file in the inbox that is not a regular file (a symbolic
link, a pipe, a device) is an error line and is never opened.

Each document is known by the SHA-256 of its own bytes (a member by the member's bytes, not the
container's). Log lines carry hashes and display names of files, never their contents.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import InputFileError, UsageError
from .extract import filetype

log = logging.getLogger(__name__)

CONTAINER_SUFFIXES = frozenset({".zip", ".edoc", ".asice", ".asics"})
# ASiC containers (eParaksts .edoc is one) carry signatures next to the documents.
SIGNED_CONTAINER_SUFFIXES = frozenset({".edoc", ".asice", ".asics"})
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "__macosx", "ehthumbs.db"})
IGNORED_SUFFIXES = frozenset({".json"})

_CHUNK = 1 << 16
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class InboxLimits:
    """Caps that make a hostile container an error instead of a full disk or a hang."""

    max_members: int = 500
    max_member_bytes: int = 100 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    # Scanned PDFs and photos barely compress; text compresses ~10x. A member inflating more
    # than 100x is a bomb, but only worth judging once it is big enough to matter.
    max_ratio: float = 100.0
    ratio_floor_bytes: int = 1024 * 1024
    max_nesting: int = 1  # a container inside a container is unpacked; one inside that is not

    def __post_init__(self) -> None:
        if min(self.max_members, self.max_member_bytes, self.max_total_bytes) <= 0:
            raise ValueError("inbox limits must be positive")
        if self.max_ratio <= 1 or self.max_nesting < 0:
            raise ValueError("max_ratio must be > 1 and max_nesting >= 0")


DEFAULT_LIMITS = InboxLimits()


@dataclass(frozen=True)
class InboxItem:
    """One document to read: `path` is the file on disk, `display_name` what the clerk sees."""

    path: Path
    display_name: str  # "inbox/scan_0001.pdf" or "inbox/pack.zip!/inner.pdf"
    sha256: str
    container: str | None = None  # display name of the container it came out of
    note: str | None = None  # what the clerk should know ("named .pdf but is a ZIP container")


@dataclass(frozen=True)
class InboxError:
    """An input that could not be listed or unpacked, with a one-line reason."""

    display_name: str
    error: str

    def one_line(self) -> str:
        return f"{self.display_name}: {self.error}"

    def as_exception(self) -> InputFileError:
        """The same error as the project's exception, for code that raises or reports those."""
        return InputFileError(self.error, file=self.display_name)


@dataclass(frozen=True)
class InboxContainer:
    """A container that was unpacked: its own hash (signed originals stay as they were)."""

    display_name: str
    path: Path
    sha256: str
    unpacked_to: Path


@dataclass
class InboxScan:
    """What `walk_inbox` found: documents in order, errors, and the containers it opened."""

    items: list[InboxItem] = field(default_factory=list)
    errors: list[InboxError] = field(default_factory=list)
    containers: list[InboxContainer] = field(default_factory=list)


def walk_inbox(inbox: Path, work_dir: Path, limits: InboxLimits = DEFAULT_LIMITS) -> InboxScan:
    """List every document in `inbox`, unpacking containers under `work_dir` (see module doc).

    Raises InputFileError only when the inbox itself is missing or not a folder (UsageError
    when `work_dir` is the inbox); every problem with a single file or container becomes an
    entry in `errors` and the walk goes on.
    """
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise InputFileError("inbox is not a folder or does not exist", file=inbox)
    work_dir = Path(work_dir)
    if work_dir.resolve() == inbox.resolve():
        raise UsageError("the work folder for unpacked containers must not be the inbox itself")
    scan = InboxScan()
    prefix = inbox.resolve().name or "inbox"
    for path, relative, unreadable in _inbox_files(inbox, work_dir):
        display = f"{prefix}/{relative}"
        if unreadable:
            scan.errors.append(InboxError(display, f"cannot read the folder: {unreadable}"))
            continue
        if path.is_symlink():
            # A link could point anywhere on the clerk's machine; read only what was dropped in.
            scan.errors.append(InboxError(display, "symbolic link, not followed"))
            continue
        if not path.is_file():
            # Opening a named pipe would block the whole batch.
            scan.errors.append(InboxError(display, "not a regular file"))
            continue
        try:
            digest = file_sha256(path)
        except OSError as exc:
            scan.errors.append(InboxError(display, f"cannot read the file: {exc.strerror}"))
            continue
        if is_container(path):
            allowance = _Allowance(limits.max_members, limits.max_total_bytes)
            _open_container(path, display, digest, work_dir, limits, allowance, 0, scan)
        else:
            scan.items.append(InboxItem(path, display, digest))
    return scan


def is_container(path: Path) -> bool:
    """Whether the file's bytes make it a ZIP or ASiC container (a DOCX is not one)."""
    try:
        return filetype.detect(path).is_container
    except OSError:
        return path.suffix.lower() in CONTAINER_SUFFIXES


def unpack_container(
    path: Path, display: str, work_dir: Path, limits: InboxLimits = DEFAULT_LIMITS
) -> InboxScan:
    """The documents in one container (nested ones unpacked too), as `walk_inbox` lists them."""
    scan = InboxScan()
    try:
        digest = file_sha256(path)
    except OSError as exc:
        scan.errors.append(InboxError(display, f"cannot read the file: {exc.strerror}"))
        return scan
    allowance = _Allowance(limits.max_members, limits.max_total_bytes)
    _open_container(path, display, digest, work_dir, limits, allowance, 0, scan)
    return scan


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks (scans can be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def is_ignored(name: str) -> bool:
    """Hidden files, truth `.json` files and OS junk are not documents (one path part's name)."""
    lower = name.lower()
    return (
        lower.startswith((".", "~$"))  # "~$": Office's lock files beside an open document
        or lower in JUNK_NAMES
        or PurePosixPath(lower).suffix in IGNORED_SUFFIXES
    )


def _inbox_files(inbox: Path, work_dir: Path) -> Iterator[tuple[Path, str, str | None]]:
    """(path, posix path relative to the inbox, None) of every candidate file, sorted.

    A symbolic link to a folder is yielded like a file, so the caller reports it; a folder
    that cannot be listed comes with the reason in place of None.
    """
    skip = work_dir.resolve()
    found: list[tuple[str, Path, str | None]] = []

    def unreadable(error: OSError) -> None:
        # os.walk skips a folder it cannot list without a word; the clerk must hear of it.
        folder = Path(error.filename or inbox)
        relative = folder.relative_to(inbox).as_posix() if folder != inbox else "."
        found.append((relative, folder, error.strerror or str(error)))

    for root, dirs, files in os.walk(inbox, onerror=unreadable, followlinks=False):
        root_path = Path(root)
        dirs[:] = [
            d for d in dirs if not is_ignored(d) and (root_path / d).resolve() != skip
        ]
        linked = [d for d in dirs if (root_path / d).is_symlink()]
        dirs[:] = [d for d in dirs if d not in linked]
        for name in [*files, *linked]:
            if is_ignored(name):
                continue
            path = root_path / name
            found.append((path.relative_to(inbox).as_posix(), path, None))
    for relative, path, reason in sorted(found, key=lambda entry: entry[0]):
        yield path, relative, reason


class _Refused(InputFileError):
    """A container is unsafe or broken; the message is the clerk's reason.

    `kind` is what the log gets: member names can carry a person's name, so they stay out.
    """

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class _Allowance:
    """What a top-level container and the containers inside it may still unpack, together."""

    members: int
    bytes: int


def _open_container(
    path: Path,
    display: str,
    digest: str,
    work_dir: Path,
    limits: InboxLimits,
    allowance: _Allowance,
    depth: int,
    scan: InboxScan,
) -> None:
    """Unpack one container and list its documents, or add one error line for it."""
    if depth > limits.max_nesting:
        scan.errors.append(
            InboxError(display, "container nested more than one level deep, not unpacked")
        )
        return
    kind = filetype.detect(path)
    signed = path.suffix.lower() in SIGNED_CONTAINER_SUFFIXES or kind is filetype.ASIC
    note = filetype.mismatch_note(path, kind, "unpacked as a container")
    if note:
        log.warning("a container named as another type, unpacked (%s)", digest[:12])
    # Named after the container's hash: a re-run unpacks to the same place, and two containers
    # with the same file name never mix their members.
    dest = work_dir / f"{_safe_stem(path.name)}-{digest[:12]}"
    try:
        members = _unpack(path, dest, signed, limits, allowance)
    except _Refused as exc:
        log.warning("container %s refused (%s)", digest[:12], exc.kind)
        scan.errors.append(InboxError(display, str(exc)))
        return
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        scan.errors.append(InboxError(display, f"not a readable ZIP container ({exc})"))
        return
    except (OSError, NotImplementedError, RuntimeError) as exc:
        scan.errors.append(InboxError(display, f"cannot unpack: {exc}"))
        return
    scan.containers.append(InboxContainer(display, path, digest, dest))
    if not members:
        scan.errors.append(InboxError(display, "the container holds no documents"))
        return
    for member_path, member_name, member_digest in members:
        member_display = f"{display}!/{member_name}"
        if is_container(member_path):
            _open_container(
                member_path,
                member_display,
                member_digest,
                work_dir,
                limits,
                allowance,
                depth + 1,
                scan,
            )
        else:
            scan.items.append(
                InboxItem(member_path, member_display, member_digest, display, note=note)
            )


def _unpack(
    path: Path, dest: Path, signed: bool, limits: InboxLimits, allowance: _Allowance
) -> list[tuple[Path, str, str]]:
    """Check every member header, then inflate into `dest`; (path, name, sha256) per document."""
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        if len(infos) > allowance.members:
            raise _Refused(f"too many members ({len(infos)}, cap {limits.max_members})", "count")
        allowance.members -= len(infos)
        chosen = _checked_members(infos, signed, limits, allowance.bytes)
        partial = dest.with_name(dest.name + ".partial")
        _remove_tree(partial)
        partial.mkdir(parents=True)
        results: list[tuple[Path, str, str]] = []
        try:
            for info, name in chosen:
                target = partial.joinpath(*name.split("/"))
                if not target.resolve().is_relative_to(partial.resolve()):
                    raise _Refused(
                        f"member {name!r} would be written outside the work folder", "path"
                    )
                target.parent.mkdir(parents=True, exist_ok=True)
                written, member_digest = _inflate(archive, info, target, limits, allowance.bytes)
                allowance.bytes -= written
                results.append((dest.joinpath(*name.split("/")), name, member_digest))
        except BaseException:
            _remove_tree(partial)
            raise
    # Swap in whole: an interrupted unpack never leaves a half-filled folder under the final name.
    _remove_tree(dest)
    partial.rename(dest)
    return results


def _checked_members(
    infos: list[zipfile.ZipInfo], signed: bool, limits: InboxLimits, allowed_bytes: int
) -> list[tuple[zipfile.ZipInfo, str]]:
    """The members to unpack, sorted by name; raises _Refused for anything unsafe."""
    seen: set[str] = set()
    chosen: list[tuple[zipfile.ZipInfo, str]] = []
    total = 0
    for info in infos:
        name = _member_name(_decoded_name(info))
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):  # 3: made on Unix
            raise _Refused(f"member {name!r} is a symbolic link", "symlink")
        if name.casefold() in seen:
            raise _Refused(f"member name {name!r} appears twice", "duplicate")
        seen.add(name.casefold())
        if info.is_dir() or _skipped(name, signed):
            continue
        if info.flag_bits & 0x1:
            raise _Refused(f"member {name!r} is encrypted", "encrypted")
        if info.file_size > limits.max_member_bytes:
            raise _Refused(
                f"member {name!r} unpacks to {info.file_size} bytes "
                f"(cap {limits.max_member_bytes})",
                "size",
            )
        if info.file_size >= limits.ratio_floor_bytes and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise _Refused(
                f"member {name!r} is compressed {info.file_size // max(info.compress_size, 1)}x "
                f"(cap {limits.max_ratio:g}x): a decompression bomb",
                "ratio",
            )
        total += info.file_size
        if total > allowed_bytes:
            raise _Refused(
                f"members unpack to over {limits.max_total_bytes} bytes in total", "size"
            )
        chosen.append((info, name))
    return sorted(chosen, key=lambda pair: pair[1])


def _decoded_name(info: zipfile.ZipInfo) -> str:
    """The member's name, mending UTF-8 names stored without the ZIP's UTF-8 flag."""
    if info.flag_bits & 0x800:
        return info.filename
    # zipfile decodes unflagged names as cp437; many tools write UTF-8 there anyway, and
    # "iesniegums_Ä\x81" for "iesniegums_ā" would reach the clerk's report.
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except UnicodeError:
        return info.filename


def _member_name(raw: str) -> str:
    """A member's name as a safe relative posix path; raises _Refused for escaping names."""
    # Windows tools write backslashes; treat them as separators so "..\\x" is caught too.
    text = raw.replace("\\", "/")
    if "\x00" in text:
        raise _Refused(f"member {raw!r} has a NUL in its name", "path")
    if text.startswith("/") or _DRIVE.match(text):
        raise _Refused(f"member {raw!r} has an absolute path", "path")
    parts = [part for part in text.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise _Refused(f"member {raw!r} would be written outside the work folder (../)", "path")
    if not parts:
        raise _Refused(f"member {raw!r} has an empty name", "path")
    name = "/".join(parts)
    return name + "/" if text.endswith("/") else name


def _skipped(name: str, signed: bool) -> bool:
    parts = name.rstrip("/").split("/")
    if any(is_ignored(part) for part in parts):
        return True
    return signed and (name == "mimetype" or parts[0].upper() == "META-INF")


def _inflate(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    target: Path,
    limits: InboxLimits,
    budget: int,
) -> tuple[int, str]:
    """Stream one member to disk, counting real bytes against the caps; (bytes, sha256)."""
    cap = min(limits.max_member_bytes, budget, max(info.file_size, 0))
    digest = hashlib.sha256()
    written = 0
    with archive.open(info) as source, target.open("wb") as sink:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > cap:
                raise _Refused(
                    f"member {info.filename!r} inflates beyond its declared size", "size"
                )
            digest.update(chunk)
            sink.write(chunk)
    return written, digest.hexdigest()


def _safe_stem(name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE).strip("._")
    return stem[:60] or "container"


def _remove_tree(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


__all__ = [
    "CONTAINER_SUFFIXES",
    "DEFAULT_LIMITS",
    "InboxContainer",
    "InboxError",
    "InboxItem",
    "InboxLimits",
    "InboxScan",
    "file_sha256",
    "is_container",
    "is_ignored",
    "unpack_container",
    "walk_inbox",
]
