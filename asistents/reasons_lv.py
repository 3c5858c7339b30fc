"""Our English one-line reasons and the reader's warnings said in Latvian, for the clerk (data).

Records, cases.json and the terminal keep the English reason (it is what the code and the logs
say); report.html and the review desk are Latvian throughout, so they show each reason and each
reading warning through this table (`reasons_lv.yaml`). A reason the table does not know is
shown as it is.

A reader's warning is either about the document ("page 1 was turned 90° ...": a `reasons`
entry) or about one field ("person_name: the name's nominative is not certain ..."): the field
is named as the desk names it (the forms registry's label) and the rest is a `notes` entry.
Several notes on one value come joined by "; " and are said one by one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    latvian: str


@dataclass(frozen=True, slots=True)
class _Table:
    reasons: tuple[_Rule, ...]
    notes: tuple[_Rule, ...]
    kinds: dict[str, str]
    words: dict[str, str]


@functools.cache
def _table() -> _Table:
    text = (resources.files("asistents") / "reasons_lv.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)

    def rules(key: str) -> tuple[_Rule, ...]:
        return tuple(_Rule(re.compile(str(entry["match"])), str(entry["lv"]))
                     for entry in data.get(key) or ())

    return _Table(
        rules("reasons"),
        rules("notes"),
        {str(k): str(v) for k, v in data["kinds"].items()},
        {str(k): str(v) for k, v in (data.get("words") or {}).items()},
    )


def _apply(rules: tuple[_Rule, ...], text: str,
           say: Callable[[str, str], str | None]) -> str | None:
    """The first rule's Latvian for `text`, each named group said by `say`; None when no rule
    matches or a group cannot be said (a field without a label, a word not in `words`)."""
    for rule in rules:
        match = rule.pattern.fullmatch(text)
        if match is None:
            continue
        values: dict[str, str] = {}
        for name, value in match.groupdict().items():
            said = say(name, value or "")
            if said is None:
                return None
            values[name] = said
        suffix = match.groupdict().get("suffix")
        values["suffix_lv"] = f" (nosaukumā {suffix})" if suffix else ""
        return rule.latvian.format(**values)
    return None


def translation(reason: str) -> str | None:
    """The Latvian of `reason`, or None when the table has no entry for it."""
    table = _table()
    return _apply(table.reasons, " ".join(reason.split()), _Sayer(table, None).say)


def to_latvian(reason: str) -> str:
    """`reason` in Latvian where the table knows it, else as it is."""
    return translation(reason) or reason


# "entries.3.end (Laiks līdz): must be later than start", "person_name: ...": a field's note.
_FIELD_NOTE = re.compile(r"(?P<path>[a-z][a-z_]*(?:\.\d+\.[a-z_]+)?)(?: \([^()]*\))?: (?P<note>.+)")
# Where several notes on one value were joined: "; " before the next field's name.
_NEXT_NOTE = re.compile(r"; (?=[a-z][a-z_]*(?:\.\d+\.[a-z_]+)?(?: \([^()]*\))?: )")


def warning_translation(warning: str, doc_type: str | None = None) -> str | None:
    """The Latvian of one reader warning (`record["warnings"]`), the fields named by the labels
    of `doc_type`; None when the table cannot say all of it."""
    lines = warning_lines(warning, doc_type)
    if lines is None:
        return None
    said: list[str] = []
    last_label = None
    for label, note in lines:
        # Notes on the same value after one another name it once.
        said.append(note if label is None or label == last_label else f"{label}: {note}")
        last_label = label
    return "; ".join(said)


def warning_lines(warning: str, doc_type: str | None = None) -> list[tuple[str | None, str]] | None:
    """One warning as (field label or None, Latvian note) pairs: several notes on one value
    come joined by "; " and are said one by one. None when the table cannot say all of it."""
    lines = _said(warning, doc_type)
    return None if lines is None else [(label, note) for _path, label, note in lines]


def _said(warning: str, doc_type: str | None) -> list[tuple[str | None, str | None, str]] | None:
    """(field path, its label, Latvian note) for each note of a warning; path and label None
    for a note on the whole document."""
    table = _table()
    text = " ".join(warning.split())
    whole = _apply(table.reasons, text, _Sayer(table, doc_type).say)
    if whole is not None:
        return [(None, None, whole)]
    lines: list[tuple[str | None, str | None, str]] = []
    for part in _NEXT_NOTE.split(text):
        match = _FIELD_NOTE.fullmatch(part)
        if match is None:
            return None
        label = field_label_lv(match.group("path"), doc_type)
        note = _apply(table.notes, match.group("note"), _Sayer(table, doc_type).say)
        if label is None or note is None:
            return None
        lines.append((match.group("path"), label, note))
    return lines


def field_notes(record: Mapping[str, Any]) -> dict[str, list[str]]:
    """Field name -> the Latvian notes on its value (without the label), for showing beside the
    value ("entries.3.end" is a note on "entries"; a row's label stays in its note)."""
    doc_type = str(record.get("doc_type") or "")
    notes: dict[str, list[str]] = {}
    for warning in record.get("warnings") or ():
        for path, label, note in _said(str(warning), doc_type) or ():
            if path is None:
                continue
            name, _, rest = path.partition(".")
            line = f"{label}: {note}" if rest else note
            if line not in notes.setdefault(name, []):
                notes[name].append(line)
    return notes


def warning_to_latvian(warning: str, doc_type: str | None = None) -> str:
    """A reader warning in Latvian where the table knows it, else as it is."""
    return warning_translation(warning, doc_type) or warning


def field_label_lv(path: str, doc_type: str | None = None) -> str | None:
    """A field as the desk names it ("Personas kods"; "Uzskaites ieraksti, 4. rinda, Laiks
    līdz" for "entries.3.end"), from `doc_type`'s labels, else from any type that has the
    field; None when no type labels it."""
    from .forms import DOC_TYPES, label_for

    types = [doc_type] if doc_type in DOC_TYPES else []
    types += [name for name in DOC_TYPES if name not in types]
    parts = path.split(".")
    for name in types:
        label = label_for(name, path)
        if label is None:
            continue
        if len(parts) == 3:
            whole = label_for(name, parts[0]) or parts[0]
            return f"{whole}, {int(parts[1]) + 1}. rinda, {label}"
        return label
    return None


def doc_type_title_lv(doc_type: str) -> str | None:
    from .forms import DOC_TYPES

    spec = DOC_TYPES.get(doc_type)
    return spec.title if spec is not None else None


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")


def _latvian_figures(text: str) -> str:
    """ISO dates as "04.03.2025.", decimal points as commas: how Latvian writes figures."""
    return _ISO_DAY.sub(r"\3.\2.\1.", _DECIMAL.sub(",", text)).replace("->", "→")


class _Sayer:
    """Says one named group of a rule in Latvian; the group's prefix says what it holds."""

    def __init__(self, table: _Table, doc_type: str | None) -> None:
        self.table = table
        self.doc_type = doc_type

    def say(self, name: str, value: str) -> str | None:
        if name == "kind":
            return self.table.kinds.get(value, value)
        if name.startswith("t_"):
            # "looks like employer_certificate but names none of ...": its fields are that
            # type's, so the labels after it are said in its words.
            self.doc_type = value
            title = doc_type_title_lv(value)
            return None if title is None else f"“{title}”"
        if name.startswith("fl_"):
            labels = [field_label_lv(v.strip(), self.doc_type) for v in value.split(",")]
            return None if None in labels else ", ".join(f"“{label}”" for label in labels)
        if name.startswith("f_"):
            label = field_label_lv(value, self.doc_type)
            return None if label is None else f"“{label}”"
        if name.startswith("r_"):
            # a part said by a note of its own ("computed (4 h x 5 a week)")
            return _apply(self.table.notes, value, self.say)
        if name.startswith("w_"):
            return self.table.words.get(value)
        if name.startswith("q_"):
            return f"“{_unquoted(value)}”"
        if name.startswith(("n_", "d_", "x_")):
            return _latvian_figures(value)
        if name.startswith("m_"):
            from .forms.latvian_dates import readable_month
            return str(readable_month(value))
        return value


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def latvian_warnings(record: Mapping[str, Any]) -> list[str]:
    """A record's warnings as the clerk reads them, one line a note, each led by the field's
    label (a warning the table cannot say is shown in English rather than lost); a line the
    reader said twice is shown once."""
    doc_type = str(record.get("doc_type") or "")
    shown: list[str] = []
    for warning in record.get("warnings") or ():
        lines = warning_lines(str(warning), doc_type)
        said = [str(warning)] if lines is None else [
            note if label is None else f"{label}: {note}" for label, note in lines]
        shown.extend(line for line in said if line not in shown)
    return shown


__all__ = [
    "field_label_lv",
    "field_notes",
    "latvian_warnings",
    "to_latvian",
    "translation",
    "warning_lines",
    "warning_to_latvian",
    "warning_translation",
]
