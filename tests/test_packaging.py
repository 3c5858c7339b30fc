"""The distribution installs the card's folders under asistents.* and nothing generic at the top."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from asistents import __version__
from asistents.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_help_lists_commands_and_exits_zero() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_version_is_the_distribution_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2


def test_card_folders_import_as_subpackages() -> None:
    import asistents.extract
    import asistents.forms
    import asistents.generate

    assert Path(asistents.forms.__file__).parent == ROOT / "forms"
    assert Path(asistents.extract.__file__).parent == ROOT / "extract"
    assert Path(asistents.generate.__file__).parent == ROOT / "generate"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("asistents-*.whl")
    return built


def test_wheel_has_nothing_generic_at_top_level(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert not {"forms", "extract", "generate", "fixtures", "tests", "templates_docx"} & top
    assert "asistents/forms/__init__.py" in names
    assert "asistents/extract/__init__.py" in names
    assert "asistents/generate/__init__.py" in names


def test_wheel_ships_data_files_of_the_source_tree(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, package in (("forms", "forms"), ("extract", "extract"), ("asistents", "")):
        for data in (ROOT / folder).rglob("*.yaml"):
            rel = data.relative_to(ROOT / folder).as_posix()
            inside = f"asistents/{package}/{rel}" if package else f"asistents/{rel}"
            assert inside in names, f"{inside} missing from the wheel"


def test_wheel_entry_point_is_asistents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        (ep,) = [n for n in zf.namelist() if n.endswith("entry_points.txt")]
        text = zf.read(ep).decode()
    assert "asistents = asistents.cli:main" in text
