"""Rendering a DOCX template: values exact, a missing one refused, a hostile template refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from asistents.generate.docx_render import docx_text, render_docx
from docx import Document

from asistents.errors import TemplateError


def template(tmp_path: Path, *paragraphs: str) -> Path:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Adresāts"
    table.cell(0, 1).text = "{{ name }}"
    path = tmp_path / "t.docx"
    document.save(str(path))
    return path


def test_a_name_with_ampersand_angle_brackets_and_quotes_comes_out_exactly(tmp_path: Path) -> None:
    name = 'SIA "Ābele & <Partneri>" Ņina\'s'
    out = render_docx(template(tmp_path, "Lēmums: {{ name }}"), {"name": name},
                      tmp_path / "out.docx")
    assert docx_text(out).count(name) == 2


def test_a_missing_value_stops_rendering_and_names_it(tmp_path: Path) -> None:
    path = template(tmp_path, "{{ name }} {{ hours }}")
    with pytest.raises(TemplateError, match="no value for hours"):
        render_docx(path, {"name": "Jānis"}, tmp_path / "out.docx")
    with pytest.raises(TemplateError, match="no value for name"):
        render_docx(path, {"name": None, "hours": 3}, tmp_path / "out.docx")
    assert not list(tmp_path.glob("*out*"))


def test_a_missing_attribute_is_caught_while_rendering(tmp_path: Path) -> None:
    path = template(tmp_path, "{{ client.address }}")
    with pytest.raises(TemplateError, match="address"):
        render_docx(path, {"name": "Jānis", "client": {"name": "Jānis"}}, tmp_path / "o.docx")


def test_a_template_that_reaches_python_internals_is_refused(tmp_path: Path) -> None:
    path = template(tmp_path, "{{ cycler.__init__.__globals__.os.system('touch pwned') }}")
    with pytest.raises(TemplateError, match="Python internals"):
        render_docx(path, {"name": "Jānis"}, tmp_path / "out.docx")
    assert not (Path.cwd() / "pwned").exists()


def test_a_control_character_in_a_value_is_refused_with_its_place(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"name holds a control character"):
        render_docx(template(tmp_path), {"name": "Jānis\x0bBērziņš"}, tmp_path / "out.docx")


def test_a_value_the_document_does_not_show_fails_the_read_back(tmp_path: Path) -> None:
    path = template(tmp_path, "{% if false %}{{ hours }}{% endif %}")
    with pytest.raises(TemplateError, match="lacks '40'"):
        render_docx(path, {"name": "Jānis", "hours": "40"}, tmp_path / "out.docx")
