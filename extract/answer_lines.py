"""A questionnaire's answer on the line under its question: the question is its label.

An application printed as numbered questions ("2. Kam nepieciešams asistents (vārds, uzvārds,
personas kods)?") answers each on the line under it after a word that says so ("Atbilde:
Harijs Vanags, 010649-12565"; the words are data, a vocabulary's `answers`). The answer's
words are moved onto the question's line as a segment of their own, so the question reads as
a row "question? | answer": its label words find the value beside them, a heading's meaning
in the question ("Kam nepieciešams ...") opens the section of the person it asks about. The
answer's line keeps only the answer word; an answer wrapped onto further lines stays there.

An e-service's print asks the same way without a question mark: each question is opened by a
word that says so ("Jautājums: Personas kods" / "Atbilde: ..."; the words are data, a
vocabulary's `questions`). Such a line is a question too, and its question word is dropped so
the label words open the line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .layout import Line, Segment, fold

# The question's last word ends with its question mark (a bracket may close before it).
_QUESTION_END = re.compile(r"\?\s*$")


def _opening_word(line: Line, words: tuple[str, ...]) -> int:
    """How many of the line's first words are one of `words` and its colon (0: none)."""
    first = fold(line.words[0].text)
    for word in map(fold, words):
        if first == f"{word}:":
            return 1
        if first == word and len(line.words) > 1 and line.words[1].text == ":":
            return 2
    return 0


def _drop_opening(line: Line, count: int) -> None:
    """Drop the line's first `count` words (a question word and its colon)."""
    dropped = {id(w) for w in line.words[:count]}
    line.words = line.words[count:]
    segments = []
    for segment in line.segments:
        kept = [w for w in segment.words if id(w) not in dropped]
        if kept:
            segments.append(Segment(kept, segment.cell) if len(kept) < len(segment.words)
                            else segment)
    line.segments = segments


def answers_beside_questions(lines: list[Line], words: tuple[str, ...],
                             question_words: tuple[str, ...] = ()) -> set[int]:
    """Move each answer opened by one of `words` under a question onto the question's line;
    the indices of the questions' lines. A question ends with its question mark or is opened
    by one of `question_words`."""
    questions: set[int] = set()
    if not words:
        return questions
    for question, answer in pairwise(lines):
        if (answer.page != question.page or not answer.words or not question.segments
                or answer.top - question.bottom > 1.5 * question.height):
            continue
        asked = _opening_word(question, question_words) if question_words else 0
        if asked >= len(question.words) or (
                not asked and not _QUESTION_END.search(question.text)):
            continue
        taken = _opening_word(answer, words)
        if not taken or taken >= len(answer.words):
            continue
        if asked:
            _drop_opening(question, asked)
        moved = answer.words[taken:]
        answer.words = answer.words[:taken]
        answer.segments = [Segment(list(answer.words))]
        question.words = [*question.words, *moved]
        question.segments = [*question.segments, Segment(list(moved))]
        questions.add(question.index)
    return questions
