"""The personal code's label is one pattern (vocabulary.CODE_LABEL) that every reader of a name
and its code builds on: a spelling one reader takes, all take (the vocabulary's prose patterns
keep a narrower one for now, extract/phrase_patterns.py)."""

from __future__ import annotations

import re

import pytest
from asistents.extract import employment, names_and_codes, own_decision, roles
from asistents.extract.vocabulary import CODE_LABEL

# An invented code (passes the Latvian checksum).
_CODE = "140392-10003"
_SPELLINGS = ["personas kods", "PERSONAS KODS", "personaskods", "pers. kods", "pers. k.",
              "p. k.", "P.k.", "p.k", "pk", "p/k"]


@pytest.mark.parametrize("label", _SPELLINGS)
def test_every_reader_of_a_code_after_a_name_takes_each_spelling(label: str) -> None:
    tail = f", {label} {_CODE}"
    assert re.fullmatch(CODE_LABEL, label)
    assert names_and_codes._CODE_FIRST.match(tail)
    assert roles._CODE_TAIL.match(tail)
    assert employment._CODE_AFTER.match(tail)
    assert names_and_codes._CODE_CELL.match(f"{label} {_CODE}")
    assert own_decision._NAMED_IN_SUBJECT.search(f"par Ivara Zemīša, {label} {_CODE}, lietu")


def test_a_word_only_like_the_label_is_none() -> None:
    for text in ("persons", "personas", "pkt", "pk1", "kods"):
        assert not re.fullmatch(CODE_LABEL, text)
