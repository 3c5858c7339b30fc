"""Filling a DOCX template safely: a sandboxed, autoescaping, strict Jinja, and a read-back check.

docxtpl renders a template's XML with Jinja. Left to its defaults it would let a template reach
Python internals (`{{ cycler.__init__.__globals__.os }}`), silently drop `&` and `<` from values
(they break the XML) and render a missing value as nothing. Here a template is rendered in a
`SandboxedEnvironment` with autoescaping and `StrictUndefined`; the data is checked against the
template's variables before rendering; values with XML-illegal control characters are refused;
the result is written under a temporary name and renamed; and the saved DOCX is read back to
confirm that the values a reader must find are in it.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from ..errors import TemplateError

# XML 1.0 allows tab, newline and carriage return and no other C0 control characters.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def jinja_environment(filters: Mapping[str, Any] | None = None) -> SandboxedEnvironment:
    """The environment every template renders in: sandboxed, autoescaping, strict."""
    env = SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters.update(filters or {})
    return env


def template_variables(template: Path, env: jinja2.Environment | None = None) -> set[str]:
    """The top-level variable names a DOCX template uses (parsed once per file version)."""
    try:
        stat = template.stat()
    except OSError as exc:
        raise TemplateError(f"not a readable DOCX template: {exc.strerror or exc}",
                            file=template) from exc
    filters = tuple(sorted((env or jinja_environment()).filters))
    return set(_variables(str(template), stat.st_mtime_ns, stat.st_size, filters))


@lru_cache(maxsize=64)
def _variables(template: str, _mtime: int, _size: int, filters: tuple[str, ...]
               ) -> frozenset[str]:
    # Parsing a template's XML for its variables costs as much as rendering it; a batch of
    # decisions asks the same question a hundred times. (_mtime, _size): an edited file is
    # parsed again.
    env = jinja_environment({name: _no_filter for name in filters})
    try:
        document = DocxTemplate(template)
        return frozenset(document.get_undeclared_template_variables(env))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message} (line {exc.lineno})",
                            file=template) from exc
    except (OSError, KeyError, ValueError) as exc:  # not a file, not a DOCX
        raise TemplateError(f"not a readable DOCX template: {exc}", file=template) from exc


def _no_filter(value: Any, *_: Any, **__: Any) -> Any:
    return value


def _leaves(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}[{index}]")
    else:
        yield path, value


def check_context(template: Path, context: Mapping[str, Any],
                  env: jinja2.Environment | None = None) -> None:
    """Refuse data that misses a variable the template uses or carries illegal characters."""
    env = env or jinja_environment()
    # Jinja's globals (range, cycler...) are the environment's, not data the caller must give.
    missing = sorted(template_variables(template, env) - set(context) - set(env.globals))
    if missing:
        raise TemplateError(f"no value for {', '.join(missing)}", file=template)
    for name, value in context.items():
        for path, leaf in _leaves(value, name):
            if leaf is None:
                raise TemplateError(f"no value for {path}", file=template)
            if isinstance(leaf, str) and _ILLEGAL_XML.search(leaf):
                raise TemplateError(f"{path} holds a control character a document cannot show",
                                    file=template)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STORY = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")


def docx_text(path: Path) -> str:
    """Every paragraph of a DOCX (body, tables, headers, footers) as one whitespace-single text.

    Read straight from the package's XML (a paragraph's `w:t` runs, tabs and breaks as
    spaces): a read-back after every render, three times faster than opening the document
    with python-docx.
    """
    parts: list[str] = []
    try:
        with zipfile.ZipFile(path) as package:
            for name in sorted(n for n in package.namelist() if _STORY.match(n)):
                root = etree.fromstring(package.read(name))
                for paragraph in root.iter(f"{_W}p"):
                    texts = []
                    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
                        # a paragraph nested in a text box is its own paragraph
                        if _owner(node) is not paragraph:
                            continue
                        texts.append(node.text or "" if node.tag == f"{_W}t" else " ")
                    parts.append("".join(texts))
    except (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise TemplateError(f"cannot read the document back: {exc}", file=path) from exc
    return " ".join(" ".join(parts).split())


def _owner(node: Any) -> Any:
    parent = node.getparent()
    while parent is not None and parent.tag != f"{_W}p":
        parent = parent.getparent()
    return parent


def string_values(context: Mapping[str, Any]) -> list[str]:
    """Every non-empty string in `context`, nested ones included (the default read-back list)."""
    return [leaf for name, value in context.items() for _, leaf in _leaves(value, name)
            if isinstance(leaf, str) and leaf.strip()]


@dataclass(frozen=True)
class Picture:
    """An image for a `{{ name }}` tag: a PNG or JPEG file and its printed width."""

    path: Path
    width_mm: float


def render_docx(
    template: Path,
    context: Mapping[str, Any],
    out: Path,
    *,
    expect: Iterable[str] | None = None,
    filters: Mapping[str, Any] | None = None,
    pictures: Mapping[str, Picture] | None = None,
) -> Path:
    """Render `template` with `context` into `out` and return it.

    `expect`: texts the finished document must contain (default: every string in `context`);
    one that is not found is a TemplateError and nothing is left under `out`.
    `pictures`: images by tag name (a logo), checked to exist like any other value.
    """
    env = jinja_environment(filters)
    pictures = dict(pictures or {})
    check_context(template, {**context, **{name: str(p.path) for name, p in pictures.items()}},
                  env)
    document = DocxTemplate(str(template))
    values = dict(context)
    for name, picture in pictures.items():
        if not picture.path.is_file():
            raise TemplateError(f"no image for {name} at {picture.path}", file=template)
        values[name] = InlineImage(document, str(picture.path), width=Mm(picture.width_mm))
    try:
        document.render(values, env, autoescape=True)
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"template refused: it tries to reach Python internals ({exc})",
                            file=template) from exc
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"no value for {exc.message}", file=template) from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"template failed to render: {exc}", file=template) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.part")
    try:
        document.save(str(partial))
        text = docx_text(partial)
        wanted = string_values(context) if expect is None else list(expect)
        absent = [value for value in wanted if " ".join(value.split()) not in text]
        if absent:
            raise TemplateError(f"the rendered document lacks {absent[0]!r}", file=template)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


__all__ = [
    "Picture",
    "check_context",
    "docx_text",
    "jinja_environment",
    "render_docx",
    "string_values",
    "template_variables",
]
