"""A document prepared once for all its fields: lines, text, word offsets, sections.

Every reader receives the `Context`: the document's lines, its text with dotted leaders
blanked, where each word sits in that text, each section's range, the AcroForm values, the
person's grammatical gender, and the issuer's letterhead and footer lines. It is separate
from the readers so each reader module can take it without importing the field engine.
"""

from __future__ import annotations

import re

from . import person_blocks
from .answer_lines import answers_beside_questions
from .comb_dates import captioned_comb_dates
from .document import ReadDocument, Word
from .evidence import Found
from .layout import _CAPTION, Line, find_label_values, fold, label_regex
from .marks import answer_columns
from .phrase_patterns import deaccent
from .sections import (
    _PERSON_LABEL,
    Area,
    _heading,
    _heading_by_meaning,
    _heading_cell_with_person,
    _means,
    _second_block,
)
from .vocabulary import FieldSpec, Vocabulary

_LEADERS = re.compile(r"[.…]{4,}")
# A question asking for a person: their name or personal code.
# The code's label only in full here, not vocabulary.CODE_LABEL: with no code after it, a cell's
# "Pk" or "p k" is as often Friday's short name or a column letter.
_ASKS_PERSON = re.compile(r"\b(?:vards|uzvards|personas kods)\b")


def _caption_as_comma(lines: list[Line], at: int) -> str:
    """A line's text for the document's text: a caption alone on its line under a value
    written on a form's blank ("Es, ____ / (vārds, uzvārds) / personas kods ____, pilnvaroju
    ____"), inside the form's printed sentence, stands where the sentence has a comma between
    the value and the next words; it is read as one, blanked to the caption's length so the
    offsets hold."""
    text = lines[at].text
    if at == 0 or not _CAPTION.fullmatch(text) or _CAPTION.fullmatch(lines[at - 1].text):
        return text
    return "," + " " * (len(text) - 1)


class Context:
    """A document prepared once for all fields: lines, text, section ranges."""

    def __init__(self, document: ReadDocument, lines: list[Line], vocab: Vocabulary,
                 title_line: int | None) -> None:
        self.document = document
        captioned_comb_dates(lines)  # "27082025" over "dd mm gggg": the comb's date
        answer_columns(lines)  # "X" under "Jā"/"Nē", a lone "X" before an option: box glyphs
        # "2. Kam ...?" / "Atbilde: ...": a questionnaire's answer is its question's value.
        self.questions = answers_beside_questions(lines, vocab.answers, vocab.questions)
        self.lines = lines
        self.vocab = vocab
        self.title_line = title_line
        # Dotted leaders joining a label to its value ("Deklarētā adrese ......... Mālkalnes
        # prospekts ...") are space: blanked, not removed, so offsets still find the words.
        self.text = _LEADERS.sub(lambda m: " " * len(m.group(0)),
                                 " ".join(_caption_as_comma(lines, i) for i in range(len(lines))))
        # Where each word sits in self.text, to find the words a prose match used.
        self.offsets: list[tuple[int, int, Word]] = []
        position = 0
        for line in lines:
            for word in line.words:
                self.offsets.append((position, position + len(word.text), word))
                position += len(word.text) + 1
        self.plain = deaccent(self.text)
        self._line_of: dict[int, int] | None = None
        self._issuer: set[int] | None = None
        # Whether two persons' blocks were told apart by their order only (no heading).
        self.roles_by_order = False
        self.sections = self._sections()
        self.form = {fold(k): v for k, v in document.form_values.items()}
        # The person's grammatical gender, for turning "par pavāru" into "pavārs".
        pronoun = re.search(r"(?<!\w)(viņš|viņa)(?!\w)", self.text)
        self.feminine: bool | None = pronoun.group(1) == "viņa" if pronoun else None

    def _sections(self) -> dict[str, Area]:
        """Where each section's heading is and how far it reaches: to the next heading, or,
        for a heading that is one column of a table's header row, down that column."""
        if self.questions:
            return self._question_sections()
        starts: list[tuple[int, str, Area]] = []
        every = [label_regex(p) for phrases in self.vocab.sections.values() for p in phrases]
        for name, phrases in self.vocab.sections.items():
            found = _heading(self.lines, phrases, every)
            aside: set[int] = set()
            if found is not None and self._paper_title(found.start) \
                    and self._aside(found.start, phrases):
                # "Iesniegums ... (aizpilda likumiskais pārstāvis)": who fills the form in, an
                # aside in brackets on the title's line, heads no block (nor by its meaning).
                aside.add(found.start)
                found = _heading(self.lines[found.start + 1:], phrases, every)
            if found is not None and self._paper_title(found.start):
                # "AIZGĀDŅA APLIECĪBA" names the paper, not the guardian's block: the block's
                # own heading, when one is printed under it as a heading (not a word of a
                # sentence, "... par aizgādni savam dēlam"), starts the section.
                own = _heading(self.lines[found.start + 1:], phrases, every)
                if own is not None and self._titles(own.start, phrases):
                    found = own
            if found is None and name in self.vocab.section_meanings:
                found = _heading_by_meaning(self.lines, self.vocab.section_meanings[name],
                                            {s[0] for s in starts} | aside, self.questions)
            if found is not None:
                starts.append((found.start, name, found))
        starts = self._contested_headings(starts, every)
        if self.vocab.second_block and self.vocab.second_block[0] not in {s[1] for s in starts}:
            section, field_name = self.vocab.second_block
            # A header row with a column per person names one column's person: the other
            # column, under a heading no section knows ("Bērns"), is the second person's.
            paired = next((a for _, _, a in starts if a.column is not None
                           and len(a.centres) == 2), None)
            if paired is not None:
                starts.append((paired.start, section,
                               Area(paired.start, len(self.lines), paired.centres,
                                    1 - (paired.column or 0))))
            others = tuple(p for name, phrases in self.vocab.sections.items() if name != section
                           for p in phrases)
            second = None if paired else _second_block(
                self.lines, self.vocab.fields[field_name], {s[0] for s in starts}, others)
            if second is None and paired is None:
                # The second block's name unreadable (OCR ran it into one word): its code,
                # printed under the same label twice with another value, opens it as well.
                code = next((spec for spec in self.vocab.fields.values()
                             if spec.kind == "personal_code" and section in spec.not_in), None)
                second = None if code is None else _second_block(
                    self.lines, code, {s[0] for s in starts}, others)
                if second is not None:
                    second = self._named_above(second, section)
            if second is None and paired is None:
                # No second set of the same labels: a label only the second person's fields
                # print ("Bērna vārds, uzvārds") opens their block.
                own_line = person_blocks.own_label_line(self.lines, self.vocab.fields.values(),
                                                        section, {s[0] for s in starts})
                second = None if own_line is None else Area(own_line, len(self.lines))
            if second is not None:
                # Two blocks of the same labels and neither person's heading read: whose
                # block is whose was told by order alone (`roles_by_order`).
                self.roles_by_order = not ({s[1] for s in starts} & self._person_sections())
                starts.append((second.start, section, second))
        starts = self._first_block_before(starts)
        starts.sort(key=lambda s: s[0])
        areas: dict[str, Area] = {}
        for start, name, area in starts:
            # Headings on one line (the columns of a header row) share their end.
            later = [s[0] for s in starts if s[0] > start]
            area.end = min(later) if later else len(self.lines)
            areas[name] = area
        return areas

    def _named_above(self, block: Area, section: str) -> Area:
        """A block opened by its code's second printing, from the line above when that line
        is the block's person's name row: one of the section's own name labels opens it
        ("Kl. (bērns): Anna Ozola" over "p.k.: ..."), so the name is the block's too."""
        above = block.start - 1
        if above < 0 or block.column is not None:
            return block
        labels = [label for spec in self.vocab.fields.values()
                  if spec.kind == "person_name" and spec.section == section
                  for label in spec.labels]
        hits = find_label_values(self.lines, labels, start=above, end=above + 1,
                                 allow_below=False)
        if any(hit.distance < _BLOCK_NAME_ROW and hit.words
               and hit.line.words[:1] != hit.words[:1] for hit in hits):
            return Area(above, block.end, block.centres, block.column)
        return block

    def _person_sections(self) -> set[str]:
        """The sections that head a person's block: those no other field's value lies in."""
        others = {spec.section for spec in self.vocab.fields.values()
                  if spec.section and spec.kind not in ("person_name", "personal_code")}
        return set(self.vocab.sections) - others

    def _question_sections(self) -> dict[str, Area]:
        """A questionnaire's sections: each question is a section of its own, reaching to the
        next question, and heads every section its words name (a phrase or a meaning). Of
        several such questions, one asking for a person ("(vārds, uzvārds, personas kods)")
        heads a person's block, one asking for anything else heads the rest."""
        order = sorted(self.questions)
        people = {name for spec in self.vocab.fields.values()
                  for name in (*([spec.section] if spec.section else []), *spec.not_in)
                  if spec.kind in ("person_name", "personal_code")}
        areas: dict[str, Area] = {}
        for name, phrases in self.vocab.sections.items():
            patterns = [label_regex(p) for p in phrases]
            meanings = [[tuple(fold(stem) for stem in group) for group in meaning]
                        for meaning in self.vocab.section_meanings.get(name, ())]
            named: list[int] = []
            for index in order:
                asked = fold(" ".join(seg.text for seg in self.lines[index].segments[:-1]))
                if any(p.search(asked) for p in patterns) or (meanings and _means(asked, meanings)):
                    named.append(index)
            if not named:
                continue
            wanted = name in people
            chosen = next((i for i in named
                           if bool(_ASKS_PERSON.search(fold(self.lines[i].segments[0].text)))
                           == wanted), named[0])
            after = [i for i in order if i > chosen]
            if not wanted:
                # The same question asked once per item ("Aktivitāte Nr. 1 ...", "Aktivitāte
                # Nr. 2 ..."): the section runs on over the questions that name it in a row.
                while after and after[0] in named:
                    after = after[1:]
            end = after[0] if after else len(self.lines)
            areas[name] = Area(chosen, end)
        return areas

    def _first_block_before(self, starts: list[tuple[int, str, Area]]
                            ) -> list[tuple[int, str, Area]]:
        """A form opening with one person's labels under its title, no heading over them,
        and then a row naming the other person by a representative's role with name and code
        ("Aizgādne | Dace Ozola, 120370-12345"): the first block is the second block's section
        (the client's), from its first label to the representative's row."""
        if not self.vocab.second_block or self.title_line is None:
            return starts
        section = self.vocab.second_block[0]
        if any(name == section for _, name, _ in starts):
            return starts
        meanings = {name: [[tuple(fold(stem) for stem in group) for group in meaning]
                           for meaning in self.vocab.section_meanings.get(name, ())]
                    for _, name, _ in starts}
        opened = next(((start, name) for start, name, area in starts if area.column is None
                       and meanings[name] and start < len(self.lines)
                       and _heading_cell_with_person(self.lines[start], meanings[name])),
                      None)
        if opened is None:
            return starts
        first = next((ln.index for ln in self.lines[self.title_line + 1:opened[0]]
                      if _PERSON_LABEL.match(fold(ln.text))), None)
        if first is None or any(self.title_line < start < opened[0] for start, _, _ in starts):
            return starts
        return [*starts, (first, section, Area(first, opened[0]))]

    def _aside(self, index: int, phrases: tuple[str, ...]) -> bool:
        """Whether the line's heading phrases all stand inside brackets."""
        folded = fold(self.lines[index].text)
        hits = [m for p in phrases for m in label_regex(p).finditer(folded)]
        return bool(hits) and all(folded[:m.start()].count("(") > folded[:m.start()].count(")")
                                  for m in hits)

    def _paper_title(self, index: int) -> bool:
        """Whether line `index` opens with one of the paper's own titles."""
        folded = fold(self.lines[index].text)
        return index == self.title_line or any(
            (m := label_regex(t).search(folded)) is not None and m.start() == 0
            for t in self.vocab.title)

    def _contested_headings(self, starts: list[tuple[int, str, Area]],
                            every: list[re.Pattern[str]]) -> list[tuple[int, str, Area]]:
        """A line that two sections' phrases both claim ("Persona, kurai nepieciešams
        asistents": the client's block, and words of the activities' heading) heads the one
        whose heading is printed nowhere else; the other's own heading comes later."""
        moved: list[tuple[int, str, Area]] = []
        for start, name, area in starts:
            shared = any(s == start and n != name and a.column is None
                         for s, n, a in starts) and area.column is None
            later = _heading(self.lines[start + 1:], self.vocab.sections[name], every) \
                if shared else None
            if later is not None and self._titles(later.start, self.vocab.sections[name]):
                moved.append((later.start, name, later))
            else:
                moved.append((start, name, area))
        return moved

    def _titles(self, index: int, phrases: tuple[str, ...]) -> bool:
        """Whether line `index` prints a heading as a title ("4. | Aktivitātes"), a few words
        of a cell of their own, not a word in a sentence ("... līdz bērna pilngadībai.")."""
        patterns = [label_regex(p) for p in phrases]
        return any(len(seg.words) <= 4 and any(p.search(seg.folded) for p in patterns)
                   for seg in self.lines[index].segments)

    def issuer_lines(self) -> set[int]:
        """Lines of the issuer's letterhead (the first block of lines on the first page, when
        it names an organisation) and of the page footers: whose contacts they print."""
        if self._issuer is not None:
            return self._issuer
        found: set[int] = set()
        if self.lines:
            first = self.lines[0]
            block = [first]
            for nxt in self.lines[1:7]:
                last = block[-1]
                if nxt.page != first.page or nxt.top - last.bottom > 1.2 * max(last.height, 1):
                    break
                if self.title_line and nxt.index >= self.title_line:
                    break  # a dense form runs on into its fields: the letterhead ends at the title
                block.append(nxt)
            named = [ln for ln in block[:3] if _ORGANISATION.search(fold(ln.text))]
            # An organisation named in the dative ("... Sociālā dienesta vadītājai") is the
            # letter's addressee: the block under it is the writer's own (name, code, phone).
            if named and not _addressee(fold(named[0].text)):
                found.update(ln.index for ln in block)
            if RUNNING_LINE.search(fold(first.text)):
                # A running line heading every page ("X nodaļa · vadītāja ... · 1. lpp. no 2")
                # over the letterhead: the block printed next on the page is the letterhead.
                found.update(self._block_after(block))
        for line in self.lines:
            page = self.document.pages[line.page] if line.page < len(self.document.pages) else None
            if page is not None and line.top > 0.9 * page.height:
                found.add(line.index)
        self._issuer = found
        return found

    def _block_after(self, block: list[Line]) -> set[int]:
        """The block of lines printed after `block` on its page, among the first lines, when
        it names an organisation (the letterhead under a running line)."""
        at = block[-1].index + 1
        if at >= min(len(self.lines), 8) or self.lines[at].page != block[0].page:
            return set()
        if self.title_line and at >= self.title_line:
            return set()
        after = [self.lines[at]]
        for nxt in self.lines[at + 1 : at + 6]:
            last = after[-1]
            if nxt.page != last.page or nxt.top - last.bottom > 1.2 * max(last.height, 1):
                break
            if self.title_line and nxt.index >= self.title_line:
                break
            after.append(nxt)
        if not any(_ORGANISATION.search(fold(ln.text)) for ln in after[:3]):
            return set()
        return {ln.index for ln in after}

    def area(self, name: str) -> Area | None:
        return self.sections.get(name)

    def span(self, spec: FieldSpec) -> tuple[int, int] | None:
        """The line range a field is searched in; None when its section is missing."""
        if spec.section:
            area = self.sections.get(spec.section)
            return (area.start, area.end) if area else None
        if spec.region == "header":
            end = self.title_line if self.title_line else min(len(self.lines), 8)
            return (0, max(end, 1))
        return (0, len(self.lines))

    def line_index(self, word: Word) -> int | None:
        """The index of the line holding this very word."""
        if self._line_of is None:
            self._line_of = {id(w): line.index for line in self.lines for w in line.words}
        return self._line_of.get(id(word))

    def line_of_found(self, found: Found | None) -> int | None:
        """The index of the line where a value read from words begins (None for a value no
        words carry: a copy, a default)."""
        return self.line_index(found.words[0]) if found is not None and found.words else None

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words of self.text that overlap the character span [start, end)."""
        return [w for a, b, w in self.offsets if a < end and b > start]

    def text_of(self, start: int, end: int) -> str:
        return " ".join(ln.text for ln in self.lines[start:end])


# A page's count in a running line: "1. lpp. no 2", "2. lapa no 3", "lapa 1 no 2" (OCR's
# "1.1pp. no 2" for the first).
RUNNING_LINE = re.compile(r"(?<![a-z])(?:\d{1,3}\.\s*(?:[l1i|]pp|lapa)\.?|lapa\s+\d{1,3})"
                          r"\s*(?:no|/)\s*\d{1,3}(?![\d.,])")
# A line ending in a dative noun: an addressee ("dienestam", "vadītājai", "bāriņtiesai").
_ADDRESSED = re.compile(r"[a-z]{3,}(?:am|ai|ei)\W*$")
# ... but an organisation's own name may end so ("Nodibinājums „Atbalsts ģimenei”"): a name
# quoted or opening with its legal form is the letterhead's.
_OWN_NAME = re.compile(r"[\"„“”«»]|^\W*(?:sia|as|vsia|biedriba|nodibinajums|fonds)(?![a-z])")


# A name row's label right before its value, not a label word met in a sentence.
_BLOCK_NAME_ROW = 0.3


def _addressee(folded: str) -> bool:
    return bool(_ADDRESSED.search(folded)) and not _OWN_NAME.search(folded)

_ORGANISATION = re.compile(
    r"(?<![a-z])(sia|as|vsia|biedriba|nodibinajums|skola|vidusskola|pamatskola|gimnazija|"
    r"koledza|universitate|akademija|augstskola|tehnikums|centrs|dienests|komisija|baritiesa|"
    r"nams|iestade|pasvaldiba|fonds|klinika|slimnica|muzejs|biblioteka|"
    # a unit named under its service in the genitive ("Sociālā dienesta Lielvārdes nodaļa")
    r"dienesta|nodala)(?![a-z])|[\"„“”«]"
)
