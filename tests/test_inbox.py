"""Inbox walking: what a clerk's folder yields; hostile containers refused with one line each."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from asistents.errors import InputFileError, UsageError
from asistents.inbox import InboxLimits, walk_inbox

PDF = b"%PDF-1.4\n% a tiny stand-in document\n%%EOF\n"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def work(tmp_path: Path) -> Path:
    return tmp_path / "out" / "files"


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_plain_files_sorted_with_hashes_and_junk_ignored(inbox: Path, work: Path) -> None:
    (inbox / "scan_0002.pdf").write_bytes(PDF + b"2")
    (inbox / "scan_0001.pdf").write_bytes(PDF + b"1")
    (inbox / "sub").mkdir()
    (inbox / "sub" / "photo.jpg").write_bytes(b"\xff\xd8jpeg")
    (inbox / "scan_0001.json").write_text("{}")
    (inbox / ".hidden.pdf").write_bytes(PDF)
    (inbox / "Thumbs.db").write_bytes(b"x")
    (inbox / "~$iesniegums.docx").write_bytes(b"lock")
    (inbox / ".DS_Store").write_bytes(b"x")
    (inbox / ".git").mkdir()
    (inbox / ".git" / "x.pdf").write_bytes(PDF)

    scan = walk_inbox(inbox, work)

    assert [i.display_name for i in scan.items] == [
        "inbox/scan_0001.pdf",
        "inbox/scan_0002.pdf",
        "inbox/sub/photo.jpg",
    ]
    assert scan.items[0].sha256 == sha(PDF + b"1")
    assert scan.items[0].path == inbox / "scan_0001.pdf"
    assert scan.items[0].container is None
    assert scan.errors == []


def test_missing_inbox_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="not a folder"):
        walk_inbox(tmp_path / "nope", tmp_path / "work")


def test_unpacking_into_the_inbox_itself_is_refused(inbox: Path) -> None:
    make_zip(inbox / "pack.zip", {"b.pdf": PDF})
    with pytest.raises(UsageError, match="must not be the inbox"):
        walk_inbox(inbox, inbox / ".")
    assert files_under(inbox) == {"pack.zip"}


def test_edoc_lists_its_pdf_and_keeps_the_signed_original(inbox: Path, work: Path) -> None:
    edoc = inbox / "iesniegums.edoc"
    with zipfile.ZipFile(edoc, "w") as archive:
        archive.writestr("mimetype", "application/vnd.etsi.asic-e+zip")  # stored, first
        archive.writestr("iesniegums.pdf", PDF, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
        archive.writestr("META-INF/signatures0.xml", "<XAdESSignatures/>")
    original = edoc.read_bytes()

    scan = walk_inbox(inbox, work)

    assert edoc.read_bytes() == original
    assert files_under(inbox) == {"iesniegums.edoc"}
    assert scan.errors == []
    [item] = scan.items
    assert item.display_name == "inbox/iesniegums.edoc!/iesniegums.pdf"
    assert item.container == "inbox/iesniegums.edoc"
    assert item.sha256 == sha(PDF)
    assert item.path.read_bytes() == PDF
    assert item.path.is_relative_to(work)
    [container] = scan.containers
    assert container.sha256 == sha(original)


def test_zip_members_and_one_level_of_nesting(inbox: Path, work: Path, tmp_path: Path) -> None:
    inner = make_zip(tmp_path / "inner.zip", {"a.pdf": PDF + b"a"})
    make_zip(
        inbox / "pack.zip",
        {
            "b.pdf": PDF + b"b",
            "inner.zip": inner.read_bytes(),
            "__MACOSX/._b.pdf": b"junk",
            "truth.json": b"{}",
        },
    )

    scan = walk_inbox(inbox, work)

    assert scan.errors == []
    assert [(i.display_name, i.container) for i in scan.items] == [
        ("inbox/pack.zip!/b.pdf", "inbox/pack.zip"),
        ("inbox/pack.zip!/inner.zip!/a.pdf", "inbox/pack.zip!/inner.zip"),
    ]
    assert scan.items[1].sha256 == sha(PDF + b"a")


def test_container_nested_two_levels_is_an_error(inbox: Path, work: Path, tmp_path: Path) -> None:
    deep = make_zip(tmp_path / "deep.zip", {"d.pdf": PDF})
    mid = make_zip(tmp_path / "mid.zip", {"deep.zip": deep.read_bytes(), "m.pdf": PDF + b"m"})
    make_zip(inbox / "outer.zip", {"mid.zip": mid.read_bytes()})

    scan = walk_inbox(inbox, work)

    assert [i.display_name for i in scan.items] == ["inbox/outer.zip!/mid.zip!/m.pdf"]
    [error] = scan.errors
    assert error.display_name == "inbox/outer.zip!/mid.zip!/deep.zip"
    assert "nested" in error.error


def refused(inbox: Path, work: Path, name: str, limits: InboxLimits | None = None) -> str:
    """Walk an inbox holding one bad container beside a good file; return its one error."""
    (inbox / "good.pdf").write_bytes(PDF)
    scan = walk_inbox(inbox, work, limits) if limits else walk_inbox(inbox, work)
    assert [i.display_name for i in scan.items] == ["inbox/good.pdf"]
    [error] = scan.errors
    assert error.display_name == f"inbox/{name}"
    assert "\n" not in error.error
    assert error.as_exception().one_line().startswith(f"inbox/{name}: ")
    return error.error


def test_zip_slip_is_refused_and_nothing_escapes(inbox: Path, work: Path, tmp_path: Path) -> None:
    make_zip(inbox / "slip.zip", {"ok.pdf": PDF, "../../escaped.pdf": PDF})
    assert "outside" in refused(inbox, work, "slip.zip")
    assert not list(tmp_path.rglob("escaped.pdf"))
    assert not (work.exists() and files_under(work))


def test_backslash_zip_slip_is_refused(inbox: Path, work: Path) -> None:
    make_zip(inbox / "win.zip", {"..\\..\\escaped.pdf": PDF})
    assert "outside" in refused(inbox, work, "win.zip")


def test_absolute_member_name_is_refused(inbox: Path, work: Path) -> None:
    make_zip(inbox / "abs.zip", {"/tmp/asistents-absolute.pdf": PDF})
    assert "absolute" in refused(inbox, work, "abs.zip")
    assert not Path("/tmp/asistents-absolute.pdf").exists()


def test_symlink_member_is_refused(inbox: Path, work: Path) -> None:
    link = zipfile.ZipInfo("passwd.pdf")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(inbox / "link.zip", "w") as archive:
        archive.writestr("ok.pdf", PDF)
        archive.writestr(link, "/etc/passwd")
    assert "symbolic link" in refused(inbox, work, "link.zip")


def test_too_many_members_is_refused(inbox: Path, work: Path) -> None:
    make_zip(inbox / "many.zip", {f"p{n:03d}.pdf": PDF for n in range(12)})
    error = refused(inbox, work, "many.zip", InboxLimits(max_members=10))
    assert "too many members" in error


def test_zip_bomb_of_zeros_is_refused(inbox: Path, work: Path) -> None:
    make_zip(inbox / "bomb.zip", {"zeros.pdf": bytes(8 * 1024 * 1024)})
    assert (inbox / "bomb.zip").stat().st_size < 100_000
    assert "bomb" in refused(inbox, work, "bomb.zip")


def test_member_over_the_size_cap_is_refused(inbox: Path, work: Path) -> None:
    make_zip(inbox / "big.zip", {"big.pdf": bytes(300_000)})
    error = refused(inbox, work, "big.zip", InboxLimits(max_member_bytes=200_000))
    assert "cap 200000" in error


def test_total_size_cap_is_refused(inbox: Path, work: Path) -> None:
    make_zip(inbox / "total.zip", {f"p{n}.pdf": bytes(60_000) for n in range(4)})
    error = refused(inbox, work, "total.zip", InboxLimits(max_total_bytes=200_000))
    assert "in total" in error


def test_header_that_lies_about_size_is_caught(inbox: Path, work: Path) -> None:
    data = bytearray(make_zip(inbox / "liar.zip", {"x.pdf": PDF * 50}).read_bytes())
    # Shrink the declared uncompressed size in both headers: the inflated bytes disagree.
    declared = len(PDF * 50).to_bytes(4, "little")
    assert data.count(declared) == 2
    (inbox / "liar.zip").write_bytes(bytes(data).replace(declared, (10).to_bytes(4, "little")))
    error = refused(inbox, work, "liar.zip")
    assert "CRC" in error or "declared size" in error


def test_corrupt_zip_is_one_error_line(inbox: Path, work: Path) -> None:
    (inbox / "broken.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    assert "not a readable ZIP" in refused(inbox, work, "broken.zip")


def test_empty_container_is_reported(inbox: Path, work: Path) -> None:
    with zipfile.ZipFile(inbox / "empty.edoc", "w") as archive:
        archive.writestr("mimetype", "application/vnd.etsi.asic-e+zip")
        archive.writestr("META-INF/signatures0.xml", "<x/>")
    assert "no documents" in refused(inbox, work, "empty.edoc")


def test_symlink_in_inbox_is_not_followed(inbox: Path, work: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(PDF)
    (inbox / "link.pdf").symlink_to(secret)
    assert "symbolic link" in refused(inbox, work, "link.pdf")


def test_symlinked_folder_in_inbox_is_reported_not_walked(
    inbox: Path, work: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.pdf").write_bytes(PDF)
    (inbox / "linked").symlink_to(elsewhere, target_is_directory=True)
    assert "symbolic link" in refused(inbox, work, "linked")


def test_rerun_gives_the_same_listing(inbox: Path, work: Path) -> None:
    make_zip(inbox / "pack.zip", {"b.pdf": PDF + b"b", "a/c.pdf": PDF + b"c"})
    (inbox / "z.pdf").write_bytes(PDF)
    first = walk_inbox(inbox, work)
    second = walk_inbox(inbox, work)
    assert first.items == second.items
    assert [i.display_name for i in first.items] == [
        "inbox/pack.zip!/a/c.pdf",
        "inbox/pack.zip!/b.pdf",
        "inbox/z.pdf",
    ]
    assert not any(p.name.endswith(".partial") for p in work.iterdir())


def test_work_dir_inside_the_inbox_is_not_walked(inbox: Path) -> None:
    make_zip(inbox / "pack.zip", {"b.pdf": PDF})
    work = inbox / "out"
    walk_inbox(inbox, work)
    scan = walk_inbox(inbox, work)
    assert [i.display_name for i in scan.items] == ["inbox/pack.zip!/b.pdf"]


def test_utf8_member_names_without_the_zip_flag_are_read_as_utf8(inbox: Path, work: Path) -> None:
    data = make_zip(inbox / "names.zip", {"iesniegums_XX.pdf": PDF}).read_bytes()
    # Some tools store UTF-8 names without setting the flag; zipfile would show them as cp437.
    (inbox / "names.zip").write_bytes(data.replace(b"XX", "ā".encode()))
    scan = walk_inbox(inbox, work)
    assert [i.display_name for i in scan.items] == ["inbox/names.zip!/iesniegums_ā.pdf"]
    assert scan.items[0].path.name == "iesniegums_ā.pdf"


def incompressible(size: int, seed: bytes) -> bytes:
    blocks = (hashlib.sha256(seed + n.to_bytes(4, "big")).digest() for n in range(size // 32 + 1))
    return b"".join(blocks)[:size]


def test_nested_containers_share_the_total_size_cap(
    inbox: Path, work: Path, tmp_path: Path
) -> None:
    inner = [
        make_zip(tmp_path / f"inner{n}.zip", {f"p{n}.pdf": incompressible(100_000, bytes([n]))})
        for n in (1, 2)
    ]
    make_zip(inbox / "outer.zip", {p.name: p.read_bytes() for p in inner})

    scan = walk_inbox(inbox, work, InboxLimits(max_total_bytes=250_000))

    # The outer ZIP itself fits, but what its two ZIPs hold would take the whole over the cap.
    assert scan.items == []
    assert [e.display_name for e in scan.errors] == [
        "inbox/outer.zip!/inner1.zip",
        "inbox/outer.zip!/inner2.zip",
    ]
    assert all("in total" in e.error for e in scan.errors)
    assert len(walk_inbox(inbox, work).items) == 2  # under the default caps both unpack


def test_a_named_pipe_in_the_inbox_is_not_opened(inbox: Path, work: Path) -> None:
    os.mkfifo(inbox / "pipe.pdf")
    assert "not a regular file" in refused(inbox, work, "pipe.pdf")


def test_the_log_names_neither_the_container_nor_its_members(
    inbox: Path, work: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_zip(inbox / "Jānis Bērziņš.zip", {"../Jānis Bērziņš iesniegums.pdf": PDF})
    with caplog.at_level("DEBUG", logger="asistents"):
        scan = walk_inbox(inbox, work)
    assert "Jānis Bērziņš iesniegums.pdf" in scan.errors[0].error  # the clerk sees which member
    assert caplog.records
    assert "Jānis" not in caplog.text


def test_asice_is_unpacked_like_edoc(inbox: Path, work: Path) -> None:
    with zipfile.ZipFile(inbox / "līgums.asice", "w") as archive:
        archive.writestr("mimetype", "application/vnd.etsi.asic-e+zip")
        archive.writestr("līgums.pdf", PDF)
        archive.writestr("META-INF/signatures0.xml", "<x/>")
    scan = walk_inbox(inbox, work)
    assert [i.display_name for i in scan.items] == ["inbox/līgums.asice!/līgums.pdf"]


def test_encrypted_member_is_refused(inbox: Path, work: Path) -> None:
    data = bytearray(make_zip(inbox / "locked.zip", {"locked.pdf": PDF}).read_bytes())
    # Set the "encrypted" flag bit where a password-protected ZIP has it: the general purpose
    # flags of the local header (offset 6) and of the central directory entry (offset 8).
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + offset] |= 0x1
    (inbox / "locked.zip").write_bytes(bytes(data))
    assert "encrypted" in refused(inbox, work, "locked.zip")


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_member_name_given_twice_is_refused(inbox: Path, work: Path) -> None:
    with zipfile.ZipFile(inbox / "twice.zip", "w") as archive:
        archive.writestr("a.pdf", PDF)
        archive.writestr("a.pdf", PDF + b"other")
    assert "appears twice" in refused(inbox, work, "twice.zip")


def test_a_folder_that_cannot_be_listed_is_an_error_line(
    inbox: Path, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (inbox / "locked").mkdir()
    (inbox / "locked" / "x.pdf").write_bytes(PDF)
    real_walk = os.walk

    def walk_without_permission(
        top: Path, onerror: Any = None, followlinks: bool = False
    ) -> Iterator[tuple[str, list[str], list[str]]]:
        # Tests run as root, who can list anything: play the part of a folder we may not read.
        for root, dirs, files in real_walk(top, onerror=onerror, followlinks=followlinks):
            if Path(root).name == "locked":
                assert onerror is not None
                onerror(PermissionError(13, "Permission denied", root))
                dirs[:] = []
                continue
            yield root, dirs, files

    monkeypatch.setattr("asistents.inbox.os.walk", walk_without_permission)
    assert "cannot read the folder: Permission denied" in refused(inbox, work, "locked")
