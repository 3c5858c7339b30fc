"""The municipality settings: the sample loads, every problem is named, the file is said."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from asistents.generate.municipality import (
    MUNICIPALITY_ENV,
    load_municipality,
    municipality_path,
    sample_path,
)
from click.testing import CliRunner

from asistents.cli import cli
from asistents.errors import ConfigError


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A municipality's own copy of the sample, logo included."""
    shutil.copyfile(sample_path(), tmp_path / "pasvaldiba.yaml")
    shutil.copyfile(sample_path().parent / "logo.png", tmp_path / "logo.png")
    return tmp_path / "pasvaldiba.yaml"


def edit(path: Path, change: Any) -> Path:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_sample_is_an_invented_service_that_loads() -> None:
    municipality = load_municipality()
    assert municipality.path == sample_path().resolve()
    assert municipality.service["name"] == "Paraugu novada Sociālais dienests"
    assert municipality.logo.is_file()
    assert municipality.signer("decision").position == "Sociālā dienesta vadītāja"
    assert municipality.prefix == "SD/"


def test_the_file_comes_from_the_option_then_the_environment_then_the_sample(
        copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MUNICIPALITY_ENV, raising=False)
    assert municipality_path() == sample_path()
    monkeypatch.setenv(MUNICIPALITY_ENV, str(copy))
    assert municipality_path() == copy
    assert municipality_path("other.yaml") == Path("other.yaml")


@pytest.mark.parametrize(("change", "named"), [
    (lambda d: d["service"].pop("phone"), "service.phone: missing"),
    (lambda d: d["appeal"].update(address=""), "appeal.address: empty"),
    (lambda d: d["service"].update(registration_no="90000123409"),
     "service.registration_no: registration number fails the checksum"),
    (lambda d: d["signers"].update(plan="nobody"), "no official 'nobody'"),
    (lambda d: d.update(apeal={}), "apeal: unknown key"),
    (lambda d: d["service"].update(logo="missing.png"), "service.logo: no image at"),
    (lambda d: d["service"].update(email="not an address"), "service.email"),
])
def test_a_missing_or_wrong_value_is_named(copy: Path, change: Any, named: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_municipality(edit(copy, change))
    assert named in caught.value.one_line()
    assert caught.value.one_line().startswith(str(copy.resolve()))


def test_decide_refuses_to_generate_with_a_missing_value_and_says_which_file(
        copy: Path, tmp_path: Path) -> None:
    edit(copy, lambda d: d["court"].pop("name_locative"))
    result = CliRunner().invoke(cli, ["decide", "2026-0001", "--municipality", str(copy),
                                      "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 2
    assert "court.name_locative: missing" in result.output
    assert str(copy.resolve()) in result.output
