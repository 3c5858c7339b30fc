"""The field engine: a doc_type's vocabulary applied to a document's lines.

For each field, in order: a filled AcroForm value; a value beside or under one of its
labels (inside its section when it has one); a prose pattern; the field's default or the
field it copies (`same_as`). Every candidate is parsed by its kind; the best parsed one
wins. Confidence starts from how the value was found and drops for distance from the
label, low OCR confidence of the words used, guesses, and values that fail validation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from . import timesheet_rows, values
from .document import ReadDocument, Word
from .layout import Line, find_label_values, find_line, fold, label_regex
from .vocabulary import FieldSpec, Vocabulary

# How sure a value is by the way it was found, before any penalty.
BASE_CONFIDENCE = {"acroform": 0.98, "label": 0.97, "pattern": 0.9, "list": 0.9, "copy": 0.85}
GUESS_CONFIDENCE = 0.6

_MACROS = {
    "NAME": r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})",
    # In running text a personal code carries its dash; without it, 11 digits are more often a
    # company registration number.
    "CODE": r"(?<![\d-])\d{6}\s*[-‐‑–—]\s*\d{5}(?![\d-])",
    "DATE": (
        r"(?:\d{4}\.?[\s\"'”„“*]*(?:gada|g\.)\s*\d{1,2}\.?\s*[a-z]+|\d{1,2}\.\s*[a-z]+\s+\d{4}\.?"
        r"|\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}\.?|\d{4}-\d{2}-\d{2})"
    ),
    # Digits, or up to two number words ("divdesmit piecas") that forms.hours reads.
    "HOURS": r"(?:\d{1,3}(?:[.,]\d{1,2})?|(?-i:[a-z]+\s+)?(?-i:[a-z]+))",
    "ORG": (
        r"(?:(?-i:(?:SIA|AS|VSIA|PSIA|IK|ZS|biedriba|nodibinajums|Biedriba|Nodibinajums))\s+)?"
        r"[\"'„“”«][^\"„“”«»\n]{2,80}[\"”“»']"
        r"|(?-i:(?:SIA|AS|VSIA|PSIA|IK))\s+(?-i:[A-Z][^,;.\n]{2,60}?)(?=\s*[,;.\n]|\s+(?:ar|kur|par|adrese|re)\b)"
    ),
    "TEXT": r"[^,;.\n]{2,120}?",
}


def deaccent(text: str) -> str:
    """Text with Latvian diacritics removed, same length, case kept (for prose patterns)."""
    out = []
    for char in text:
        # NFD, not NFKD: compatibility forms ("№" -> "No") would change what a pattern means.
        base = unicodedata.normalize("NFD", char)
        out.append(base[0] if base else char)
    return "".join(out)


@lru_cache(maxsize=2048)
def compile_pattern(regex: str) -> re.Pattern[str]:
    """A vocabulary pattern with its {MACROS} expanded, diacritics folded, case-insensitive."""
    expanded = re.sub(r"\{([A-Z]+)\}", lambda m: f"(?:{_MACROS[m.group(1)]})", deaccent(regex))
    return re.compile(expanded, re.IGNORECASE)


@dataclass(slots=True)
class Found:
    """One field's chosen value and how it was found."""

    value: Any
    confidence: float
    how: str
    words: list[Word] = field(default_factory=list)
    warning: str | None = None
    structural: float | None = None  # confidence from the layout alone, before OCR doubt


@dataclass(slots=True)
class Extraction:
    """What the engine returns for one document."""

    fields: dict[str, Any]
    confidence: dict[str, float]
    warnings: list[str]
    # Where each value was read: [page, x0, top, x1, bottom] in points (the review desk marks it)
    boxes: dict[str, list[float]] = field(default_factory=dict)


class Context:
    """A document prepared once for all fields: lines, text, section ranges."""

    def __init__(self, document: ReadDocument, lines: list[Line], vocab: Vocabulary,
                 title_line: int | None) -> None:
        self.document = document
        self.lines = lines
        self.vocab = vocab
        self.title_line = title_line
        self.text = " ".join(ln.text for ln in lines)
        # Where each word sits in self.text, to find the words a prose match used.
        self.offsets: list[tuple[int, int, Word]] = []
        position = 0
        for line in lines:
            for word in line.words:
                self.offsets.append((position, position + len(word.text), word))
                position += len(word.text) + 1
        self.plain = deaccent(self.text)
        self.checkboxes = any(_CHECK_ANY.search(ln.text) for ln in lines)
        self.sections = self._sections()
        self.form = {fold(k): v for k, v in document.form_values.items()}
        # The person's grammatical gender, for turning "par pavāru" into "pavārs".
        pronoun = re.search(r"(?<!\w)(viņš|viņa)(?!\w)", self.text)
        self.feminine: bool | None = pronoun.group(1) == "viņa" if pronoun else None

    def _sections(self) -> dict[str, tuple[int, int]]:
        starts: list[tuple[int, str]] = []
        for name, phrases in self.vocab.sections.items():
            index = find_line(self.lines, list(phrases))
            if index is not None:
                starts.append((index, name))
        starts.sort()
        ranges: dict[str, tuple[int, int]] = {}
        for i, (index, name) in enumerate(starts):
            end = starts[i + 1][0] if i + 1 < len(starts) else len(self.lines)
            ranges[name] = (index, end)
        return ranges

    def span(self, spec: FieldSpec) -> tuple[int, int] | None:
        """The line range a field is searched in; None when its section is missing."""
        if spec.section:
            return self.sections.get(spec.section)
        if spec.region == "header":
            end = self.title_line if self.title_line else min(len(self.lines), 8)
            return (0, max(end, 1))
        return (0, len(self.lines))

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words of self.text that overlap the character span [start, end)."""
        return [w for a, b, w in self.offsets if a < end and b > start]

    def text_of(self, start: int, end: int) -> str:
        return " ".join(ln.text for ln in self.lines[start:end])


_CHECK_ON = re.compile(r"[☒☑✓✔✗✘■⊠]|\[\s*[xX✓]\s*\]|\(\s*[xX]\s*\)")
_CHECK_ANY = re.compile(r"[☐☒☑✓✔✗✘■□⊠]|\[\s*[xX✓ ]?\s*\]")


def _lines_doubt(lines: list[Line]) -> float:
    """OCR confidence of the least sure real word (letters or digits) in some lines."""
    return min(
        (w.confidence for line in lines for w in line.words if re.search(r"[^\W_]", w.text)),
        default=1.0,
    )


def _ocr_factor(words: list[Word]) -> float:
    """OCR confidence of the least sure word used (1.0 for a text layer)."""
    return min((w.confidence for w in words), default=1.0)


def parse_value(
    spec: FieldSpec, raw: str, *, inflected: bool = False, feminine: bool | None = None
) -> Any:
    """Turn the raw text found for a field into its contract value (None if it does not parse)."""
    kind = spec.kind
    raw = raw.strip()
    if not raw:
        return None
    if kind == "personal_code":
        return values.personal_code(raw)
    if kind == "date":
        raw = raw.translate(_STRAY_MARKS)
        if spec.null_phrases and any(label_regex(p).search(fold(raw)) for p in spec.null_phrases):
            return _NULL
        found = values.date_value(raw)
        return found.isoformat() if isinstance(found, date) else None
    if kind == "month":
        return values.month_value(raw)
    if kind == "hours":
        return _number(values.hours_value(raw))
    if kind == "number":
        match = re.search(r"\d+(?:[.,]\d+)?", raw)
        return _number(float(match.group(0).replace(",", "."))) if match else None
    if kind == "person_name":
        name = _name_part(raw)
        return values.person_name(name, inflected=inflected) if name else None
    if kind == "institution":
        return values.institution_name(_cut_clause(raw))
    if kind == "reg_no":
        return values.reg_no(raw)
    if kind == "phone":
        return values.phone(raw)
    if kind == "email":
        return values.email(raw)
    if kind == "disability_group":
        # OCR reads the roman numerals as "Il", "Ill", "1I": they sit right before "grupa".
        raw = _ROMAN_SLIPS.sub(lambda m: "I" * len(m.group(1)), raw)
        return values.disability_group(raw)
    if kind == "enum":
        return _enum(spec, raw)
    if kind == "bool":
        return _bool(spec, raw)
    if kind == "text":
        text = _cut_clause(raw, keep_commas=True)
        if text and inflected:
            text = values.phrase_to_nominative(text, feminine=feminine)
        return text or None
    if kind == "reference":
        # A document number: "AP-2020/ 10234" as OCR spaces it is "AP-2020/10234".
        match = re.match(r"[A-Za-z0-9][\w.]*(?:\s*[/-]\s*[\w.]+)*", raw)
        if not match or not re.search(r"\d", match.group(0)):
            return None
        return re.sub(r"\s*([/-])\s*", r"\1", match.group(0)).strip(" .,;")
    if kind == "address":
        # An address runs to its postal code (LV-1012), across commas and line ends.
        match = re.match(r"^(.*?LV\s*-?\s*\d{4})", raw)
        if match:
            return " ".join(match.group(1).split()).strip(" ,;")
        return None
    return None


# Quotes and bullets OCR scatters into a date ("2020. ” gada 1. decembra").
_STRAY_MARKS = str.maketrans({c: " " for c in "\"'„“”«»*•"})


_ROMAN_SLIPS = re.compile(
    r"(?<![A-Za-z])([Il1|]{1,3})(?=\s*(?:\(\w+\)\s*)?(?:invaliditātes\s+)?grup)"
)


class _Null:
    """A value explicitly printed as absent ("uz nenoteiktu laiku" -> null)."""


_NULL = _Null()


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 2)


_UPPER, _LOWER = "A-ZĀČĒĢĪĶĻŅŠŪŽ", "a-zāčēģīķļņšūž"
_NAME_WORD = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")


# Role nouns printed before a name ("Persona Oskars Vītols" in a table without borders); they
# are never part of the name.
ROLE_WORDS = frozenset(
    {
        "persona", "personai", "klients", "klientam", "klientei", "klientu", "darbinieks",
        "darbiniece", "students", "studente", "skolēns", "skolniece", "skolnieks",
        "izglītojamais", "izglītojamā", "pacients", "vārds", "uzvārds", "iesniedzējs",
        "iesniedzēja", "bērns", "bērnam", "pārstāvis", "pārstāvamais", "asistents", "asistente",
        "dalībnieks", "dalībniece", "aizbildnis", "aizbildne", "aizgādnis", "aizgādne",
        "pilnvarnieks",
    }
)


def _name_part(raw: str) -> str | None:
    """The leading capitalised words of a value (a name followed by more text is cut)."""
    words = raw.replace(",", " , ").split()
    while words and words[0].lower().strip(":") in ROLE_WORDS:
        words = words[1:]
    taken: list[str] = []
    for word in words:
        clean = word.strip(".;:()\"'„“”")
        if _NAME_WORD.match(clean) or (clean.isupper() and len(clean) > 1 and clean.isalpha()):
            taken.append(clean if not clean.isupper() else clean.capitalize())
            if len(taken) == 4:
                break
        else:
            break
    if len(taken) < 2:
        return None
    return " ".join(taken)


def _cut_clause(raw: str, *, keep_commas: bool = False) -> str:
    """Cut a value at the next label-looking part ("SIA X Reģ. Nr. ..." -> "SIA X")."""
    text = re.split(r"\s{2,}|\s[|]\s", raw)[0]
    text = re.split(r"(?i)\b(?:reģ\.?\s*nr|reg\.?\s*nr|reģistrācijas|personas kods|p\.\s*k\.)",
                    text)[0]
    if not keep_commas and text.count("„") + text.count('"') == 0:
        text = text.split(",")[0]
    return text.strip(" ,;:-–")


def _enum(spec: FieldSpec, raw: str) -> str | None:
    folded = fold(raw)
    best: tuple[int, str] | None = None
    for value, phrases in spec.synonyms.items():
        for phrase in phrases:
            match = _stem(phrase).search(folded)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), value)
    return best[1] if best else None


_YES = re.compile(r"^\W*(ja|ir|x|sanemu|sanem|nepieciesams|nepieciesama|vajag)\b")
_NO = re.compile(r"^\W*(ne|nav|nesanemu|nesanem|nevajag)\b")


def _bool(spec: FieldSpec, raw: str) -> bool | None:
    """A yes/no answer printed as a value ("jā", "nē", "saņemu", "nav nepieciešams")."""
    folded = fold(raw)
    if _NO.match(folded):
        return False
    if _YES.match(folded):
        return True
    return None


_SENTENCE_END = re.compile(r"(?<=[a-z)\]][.;!?])\s+")
_MARKED_ANSWER = re.compile(r"(?:[☒☑✓✔✗✘■⊠]|\[\s*[x✓]\s*\])\s*(\w+)")
# "nav", "nē"/"ne", and verbs negated with the "ne-" prefix ("nesaņemu", "nepiedalās").
_NEGATION = re.compile(
    r"(?<![a-z])(?:(?:nav|ne|neesmu)(?![a-z])|ne(?:sanem|vajag|nepieciesam|izmanto|apmekle"
    r"|stradaj|macas|piedalas|tiek))"
)


# What OCR makes of an empty box; a ticked one comes out as more ink ("BI", "Hi", "X").
_EMPTY_BOX = {"d", "o", "0", "□", "☐", "c", "q", "u", "[]", "|", "i", "l"}
_OCR_YES_NO = re.compile(r"(?:^|\s)(\S{1,3})\s+ja\s+(\S{1,3})\s+ne(?![a-z])")


def _ocr_yes_no(text: str) -> bool | None:
    """"☐ Jā ☒ Nē" as OCR reads it ("D Jā Hi Nē"): the box that is not empty is ticked."""
    if _CHECK_ANY.search(text):
        return None  # real box characters: the marked-answer rule reads them
    match = _OCR_YES_NO.search(text)
    if not match:
        return None
    yes_box, no_box = match.group(1), match.group(2)
    yes_empty, no_empty = yes_box in _EMPTY_BOX, no_box in _EMPTY_BOX
    if yes_empty != no_empty:
        return not yes_empty
    if len(yes_box) != len(no_box):
        return len(yes_box) > len(no_box)
    return None


_TICK = re.compile(r"^[xX✓✔☒✗✘vV]$")


def _bool_columns(ctx: Context, spec: FieldSpec) -> Found | None:
    """A question with "jā" and "nē" columns and a tick under one of them."""
    for line in ctx.lines:
        folded = fold(line.text)
        if not any(_has_all(folded, phrase) for phrase in spec.true_phrases):
            continue
        columns = {fold(seg.text): seg for seg in line.segments if fold(seg.text) in ("ja", "ne")}
        if set(columns) != {"ja", "ne"}:
            continue
        for nxt in ctx.lines[line.index + 1 : line.index + 2]:
            if nxt.page != line.page or nxt.top - line.bottom > 2 * line.height:
                break
            ticks = [seg for seg in nxt.segments if _TICK.match(seg.text.strip())]
            if len(ticks) != 1:
                break
            centre = (ticks[0].x0 + ticks[0].x1) / 2
            nearest = min(columns, key=lambda k: abs((columns[k].x0 + columns[k].x1) / 2 - centre))
            return Found(nearest == "ja", 0.88 * _ocr_factor(ticks[0].words), "label",
                         ticks[0].words)
    return None


def _has_all(sentence: str, phrase: str) -> bool:
    return all(_stem(word).search(sentence) for word in phrase.split())


def _bool_statement(spec: FieldSpec, text: str) -> bool | None:
    """Whether the document affirms a statement: all words of a `when_true` phrase occur in
    one sentence; "nav"/"ne"/a "ne-" verb in it, or a ticked "Nē", makes it a denial."""
    sentences = [s.strip() for s in _SENTENCE_END.split(fold(text)) if s.strip()]
    for index, sentence in enumerate(sentences):
        if any(_has_all(sentence, phrase) for phrase in spec.false_phrases):
            return False
        if not any(_has_all(sentence, phrase) for phrase in spec.true_phrases):
            continue
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        ocr_answer = _ocr_yes_no(following) if sentence.endswith("?") else None
        if ocr_answer is not None:
            return ocr_answer
        for part in (sentence, following):
            marked = _MARKED_ANSWER.search(part)
            if marked:
                answer = _bool(spec, marked.group(1))
                if answer is not None:
                    return answer
        if ":" in sentence:
            answer = _bool(spec, sentence.rsplit(":", 1)[1])
            if answer is not None:
                return answer
        words = set(re.findall(r"[a-z]+", sentence))
        stems = {w for phrase in spec.true_phrases for w in phrase.split()}
        if _NEGATION.search(sentence) or any(
            w.startswith("ne") and any(w[2:].startswith(fold(st)) for st in stems) for w in words
        ):
            return False
        if sentence.endswith("?"):
            continue
        return True
    return None


@lru_cache(maxsize=4096)
def _stem(phrase: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in fold(phrase).split()]
    return re.compile(r"(?<![a-z0-9])" + r"\W*\s*".join(parts))


# --- strategies ---------------------------------------------------------------------------


def _from_form(ctx: Context, spec: FieldSpec) -> Found | None:
    if not ctx.form:
        return None
    names = {fold(n) for n in (*spec.acroform, spec.name)}
    for key, raw in ctx.form.items():
        if key in names:
            value = parse_value(spec, raw)
            if value is not None:
                return Found(value, BASE_CONFIDENCE["acroform"], "acroform")
    return None


def _from_labels(ctx: Context, spec: FieldSpec) -> Found | None:
    if not spec.labels:
        return None
    span = ctx.span(spec)
    if span is None:
        return None
    hits = find_label_values(ctx.lines, list(spec.labels), start=span[0], end=span[1])
    best: Found | None = None
    for hit in hits:
        value = parse_value(spec, hit.value)
        if value is None:
            continue
        # Labels are listed most specific first: "Klienta vārds, uzvārds" before "Vārds, uzvārds".
        rank = spec.labels.index(hit.label) if hit.label in spec.labels else 0
        structural = BASE_CONFIDENCE["label"] - 0.25 * hit.distance - 0.001 * rank
        confidence = structural * _ocr_factor(hit.words)
        # The best-placed label wins; OCR doubt lowers what is reported, not which is chosen.
        if best is None or structural > (best.structural or 0.0) + 1e-9:
            best = Found(value, confidence, "label", hit.words, structural=structural)
    return best


def _from_patterns(ctx: Context, spec: FieldSpec) -> Found | None:
    if not spec.patterns:
        return None
    # Prose patterns carry their own context, so they read the whole text (sections are for
    # labels); only a header-bound field keeps to the letterhead.
    if spec.region == "header":
        span = ctx.span(spec) or (0, len(ctx.lines))
        text = ctx.text_of(*span)
    else:
        text = ctx.text
    plain = deaccent(text)
    for pattern in spec.patterns:
        for match in compile_pattern(pattern.regex).finditer(plain):
            if "value" in match.groupdict():
                start, end = match.span("value")
            else:
                start, end = match.span()
            raw = text[start:end]
            value = parse_value(spec, raw, inflected=pattern.inflected, feminine=ctx.feminine)
            if value is not None:
                words = ctx.words_in(start, end) if text is ctx.text else []
                confidence = BASE_CONFIDENCE["pattern"] * _ocr_factor(words)
                return Found(value, confidence, "pattern", words,
                             structural=BASE_CONFIDENCE["pattern"])
    return None


def _split_name(ctx: Context, spec: FieldSpec) -> Found | None:
    """"Vārds: Dace" and "Uzvārds: Ozola" printed as two labels: every "<x> vārds uzvārds"
    label of the field also stands for a "<x> vārds" + "<x> uzvārds" pair."""
    span = ctx.span(spec) or (0, len(ctx.lines))
    for label in spec.labels:
        folded = fold(label)
        if not folded.endswith("vards uzvards"):
            continue
        prefix = label[: len(label) - len("vārds uzvārds")]
        firsts = find_label_values(ctx.lines, [f"{prefix}vārds"], start=span[0], end=span[1],
                                   allow_below=False)
        lasts = find_label_values(ctx.lines, [f"{prefix}uzvārds"], start=span[0], end=span[1],
                                  allow_below=False)
        first = next((h for h in firsts if h.distance < 0.3 and _NAME_WORD.match(h.value)), None)
        last = next((h for h in lasts if h.distance < 0.3), None)
        if first is None or last is None:
            continue
        value = parse_value(spec, f"{first.value} {last.value}")
        if value is not None:
            words = first.words + last.words
            return Found(value, 0.9 * _ocr_factor(words), "label", words, structural=0.9)
    return None


def _other_code(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """In prose with two people, the personal code that is not the other person's."""
    other = found.get(spec.other_than or "")
    if other is None or not other.value:
        return None
    for match in compile_pattern("{CODE}").finditer(ctx.plain):
        code = values.personal_code(match.group(0))
        if code and code != other.value:
            return Found(code, 0.85, "pattern")
    return None


_LETTERHEAD_END = re.compile(
    r"(?i)reģ\.|reg\.|reģistr|tālr|tel\.|e-pasts|@|LV\s*-\s*\d{4}|\bNr\.|iela\b|\d{5,}"
)


_DATE_LIKE = re.compile(r"\d{4}\.\s*(?:gada|g\.)|\d{1,2}\.\d{1,2}\.\d{4}")
_ORGANISATION = re.compile(
    r"(?<![a-z])(sia|as|vsia|biedriba|nodibinajums|skola|vidusskola|pamatskola|gimnazija|"
    r"koledza|universitate|akademija|augstskola|tehnikums|centrs|dienests|komisija|baritiesa|"
    r"nams|iestade|pasvaldiba|fonds|klinika|slimnica|muzejs|biblioteka)(?![a-z])|[\"„“”«]"
)


def _from_letterhead(ctx: Context, spec: FieldSpec) -> Found | None:
    """The issuer's name at the head of the first page: the leading lines printed in the
    heading's type size, before the address, registration number or contacts."""
    if spec.region != "letterhead" or not ctx.lines:
        return None
    first = ctx.lines[0]
    size = sum(w.bottom - w.top for w in first.words) / len(first.words)
    taken: list[Line] = []
    for line in ctx.lines[:4]:
        if line.page != first.page or _LETTERHEAD_END.search(line.text):
            break
        if ctx.title_line is not None and line.index >= ctx.title_line:
            break
        line_size = sum(w.bottom - w.top for w in line.words) / len(line.words)
        if abs(line_size - size) > 0.15 * size:
            break
        taken.append(line)
    if not taken:
        return None
    text = " ".join(line.text for line in taken)
    if _DATE_LIKE.search(text):
        return None  # a date line, not a name: the letterhead may be a picture
    value = parse_value(spec, text)
    if value is None:
        return None
    words = [w for line in taken for w in line.words]
    heights = sorted(w.bottom - w.top for w in ctx.document.words)
    body = heights[len(heights) // 2] if heights else size
    # Sure when it looks like an organisation or is printed larger than the body text.
    sure = _ORGANISATION.search(fold(text)) or size > 1.15 * body
    return Found(value, (0.93 if sure else 0.7) * _ocr_factor(words), "letterhead", words)


def _from_phrases(ctx: Context, spec: FieldSpec) -> Found | None:
    """Enums and booleans stated anywhere in their span ("nepieciešams asistents")."""
    span = ctx.span(spec)
    if span is None:
        return None
    folded = fold(ctx.text_of(*span))
    if spec.kind == "bool":
        value = _bool_statement(spec, ctx.text_of(*span))
        return Found(value, 0.9, "pattern") if value is not None else None
    if spec.ordered:
        # The vocabulary's order decides, not which word comes first in the text.
        for listed, phrases in spec.synonyms.items():
            if any(_stem(p).search(folded) for p in phrases):
                return Found(listed, 0.85, "pattern")
        return None
    first = _enum(spec, folded)
    return Found(first, 0.85, "pattern") if first is not None else None


def _enum_set(ctx: Context, spec: FieldSpec) -> Found:
    span = ctx.span(spec) or (0, len(ctx.lines))
    found: list[str] = []
    lines = ctx.lines[span[0] : span[1]]
    for value, phrases in spec.synonyms.items():
        for line in lines:
            folded = fold(line.text)
            if any(_stem(p).search(folded) for p in phrases):
                if ctx.checkboxes and _CHECK_ANY.search(line.text) and not _CHECK_ON.search(
                    line.text
                ):
                    continue
                if _negated(folded, phrases):
                    continue
                found.append(value)
                break
    return Found(found, BASE_CONFIDENCE["list"] * _lines_doubt(lines), "list")


def _negated(folded: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:
        match = _stem(phrase).search(folded)
        if match and re.search(r"(?<![a-z])(nav|ne)\s*$", folded[: match.start()].rstrip(" :")):
            return True
    return False


_HOURS_NEAR = re.compile(
    r"(?<![\d.,:])(\d{1,2}(?:[.,]\d)?)\s*(?:st\b|st\.|stund\w*|h\b|h/)", re.IGNORECASE
)
_BARE_NUMBER = re.compile(r"(?<![\d.,:/-])(\d{1,2}(?:[.,]5)?)(?![\d.,:/-])")
_DATEISH = re.compile(
    r"\d{4}\.?\s*(?:gada|g\.)\s*\d{1,2}\.?\s*\w+|\d{1,2}\.\d{1,2}\.\d{4}\.?|\d{4}-\d{2}-\d{2}"
)


def _activity_units(ctx: Context, spec: FieldSpec) -> list[str] | None:
    """The text stretches activities are read from: each ticked item when the form has
    checkboxes, otherwise the whole activities section as one stream (prose, table rows)."""
    span = ctx.span(spec)
    if span is None:
        return None
    end = span[1]
    if spec.stop:
        stop = find_line(ctx.lines, list(spec.stop), span[0] + 1)
        if stop is not None and stop < end:
            end = stop
    lines = ctx.lines[span[0] : end]
    if not any(_CHECK_ANY.search(line.text) for line in lines):
        return [fold(" ".join(line.text for line in lines))]
    units: list[str] = []
    current: list[str] | None = None
    for line in lines:
        if _CHECK_ANY.search(line.text):
            if current is not None:
                units.append(" ".join(current))
            current = [line.text] if _CHECK_ON.search(line.text) else None
        elif current is not None:
            current.append(line.text)
        elif _HOURS_NEAR.search(fold(line.text)) or re.search(r"stund", fold(line.text)):
            # An item whose box OCR lost, but with hours written in: it was asked for.
            current = [line.text]
    if current is not None:
        units.append(" ".join(current))
    return [fold(unit) for unit in units]


def _activities(ctx: Context, spec: FieldSpec) -> Found:
    """{kind, hours_per_week} for each activity the document names (ticked, when ticked)."""
    units = _activity_units(ctx, spec)
    if units is None:
        return Found([], GUESS_CONFIDENCE, "list")
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for folded in units:
        hits: list[tuple[int, int, str]] = []
        for kind, phrases in spec.synonyms.items():
            for phrase in phrases:
                for match in _stem(phrase).finditer(folded):
                    if _STREET.match(folded[match.start():]):
                        continue  # "Skolas iela 5" is an address, not schooling
                    hits.append((match.start(), match.end(), kind))
        if not hits:
            continue
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        # One run per activity: overlapping hits and repeats of the same kind merge.
        runs: list[list[Any]] = []
        for start, stop_at, kind in hits:
            if runs and (start < runs[-1][1] or runs[-1][2] == kind):
                runs[-1][1] = max(runs[-1][1], stop_at)
                continue
            runs.append([start, stop_at, kind])
        for i, (_start, stop_at, kind) in enumerate(runs):
            window_end = runs[i + 1][0] if i + 1 < len(runs) else len(folded)
            window = _DATEISH.sub(" ", folded[stop_at:window_end])
            hours = _hours_in(window)
            if kind in seen:
                continue
            seen.add(kind)
            items.append({"kind": kind, "hours_per_week": hours})
    confidence = BASE_CONFIDENCE["list"]
    with_hours = [item for item in items if item["hours_per_week"] is not None]
    if with_hours and len(with_hours) < len(items):
        # A checklist whose ticks were not readable (OCR turns boxes into "D", "BI"...): the
        # activities asked for are the ones given hours.
        items = with_hours
        confidence = 0.8
    elif any(item["hours_per_week"] is None for item in items):
        confidence = GUESS_CONFIDENCE
    span = ctx.span(spec) or (0, len(ctx.lines))
    return Found(items, confidence * _lines_doubt(ctx.lines[span[0] : span[1]]), "list")


_STREET = re.compile(r"^\w*\s+(iela|iel|gatve|prospekt|bulvar|laukum|cel)", re.IGNORECASE)


def _hours_in(window: str, *, unit_only: bool = False) -> int | float | None:
    match = _HOURS_NEAR.search(window)
    unit = re.search(r"stund\w*|(?<![a-z])h(?![a-z])|st\.", window[:80])
    if match is None and unit:
        # "divdesmit stundas nedēļā": number words are the forms parser's business.
        worded = values.hours_value(window[: unit.end()])
        if worded is not None:
            return _number(worded)
    if match:
        return _number(float(match.group(1).replace(",", ".")))
    if unit_only:
        return None
    match = _BARE_NUMBER.search(window)
    if match:
        return _number(float(match.group(1).replace(",", ".")))
    return None


# --- timesheet rows and signatures (read in extract/timesheet_rows.py) ----------------------


def _timesheet_entries(ctx: Context, spec: FieldSpec, month: str | None) -> Found:
    read = timesheet_rows.read_entries(ctx.document, ctx.lines, lambda raw: _enum(spec, raw),
                                       month)
    return Found(read.entries, read.confidence, "list", warning="; ".join(read.warnings) or None)


def _timesheet_signatures(ctx: Context, month: str | None) -> Found | None:
    rows = timesheet_rows.read_entries(ctx.document, ctx.lines, lambda raw: None, month)
    value, confidence = timesheet_rows.read_signatures(ctx.document, ctx.lines, rows.row_lines)
    return Found(value, confidence, "list") if value is not None else None


def _timesheet_total(found: dict[str, Found | None]) -> None:
    """A stated total that disagrees with its rows: repaired, dropped or doubted."""
    total, entries = found.get("total_hours"), found.get("entries")
    if total is None or entries is None or not isinstance(entries.value, list):
        return
    raw = " ".join(w.text for w in total.words) or str(total.value)
    value, cap, warning = timesheet_rows.total_against_rows(
        total.value, raw, _ocr_factor(total.words), entries.value)
    if cap is not None:
        found["total_hours"] = Found(value, min(total.confidence, cap), total.how, total.words,
                                     warning)


_BULLET = re.compile(r"^\s*(?:[-–—•·*▪]|\d{1,2}[.)])\s+")


def _split_items(text: str) -> list[str]:
    separator = ";" if ";" in text else ","
    return [p.strip(" .;,") for p in text.split(separator) if p.strip(" .;,")]


def _items(ctx: Context, spec: FieldSpec) -> Found:
    """A list under a heading (tasks): bulleted or numbered lines, or "Heading: a, b, c."
    running on until its full stop, or a table cell "a; b; c"."""
    heading = find_line(ctx.lines, list(spec.labels)) if spec.labels else None
    if heading is None:
        return Found([], GUESS_CONFIDENCE, "list")
    stop = find_line(ctx.lines, list(spec.stop), heading + 1) if spec.stop else None
    end = stop if stop is not None else len(ctx.lines)
    items: list[str] = []
    hits = find_label_values(ctx.lines, list(spec.labels), start=heading, end=heading + 1,
                             allow_below=False)
    inline = next((h for h in hits if not _BULLET.match(h.value)), None)
    in_table = any(seg.cell is not None for seg in ctx.lines[heading].segments)
    if inline is not None:
        text = inline.value
        for line in [] if in_table else ctx.lines[heading + 1 : end]:
            if text.rstrip().endswith(".") or _BULLET.match(line.text) or ":" in line.text:
                break
            text = f"{text} {line.text}"
        doubt = _lines_doubt(ctx.lines[heading : heading + 1])
        return Found(_split_items(text), BASE_CONFIDENCE["list"] * doubt, "list")
    head_x = ctx.lines[heading].words[0].x0
    for line in ctx.lines[heading + 1 : end]:
        if _BULLET.match(line.text):
            items.append(_BULLET.sub("", line.text).strip(" ;."))
        elif items and line.words[0].x0 > head_x + 8 and ":" not in line.text:
            items[-1] = f"{items[-1]} {line.text.strip(' ;.')}"
        elif items:
            break
    doubt = _lines_doubt(ctx.lines[heading:end])
    return Found(items, BASE_CONFIDENCE["list"] * doubt, "list")


# --- the engine ---------------------------------------------------------------------------


def extract_fields(
    document: ReadDocument, lines: list[Line], vocab: Vocabulary, title_line: int | None = None
) -> Extraction:
    """Every contract field of `vocab.doc_type`, with per-field confidence and warnings."""
    ctx = Context(document, lines, vocab, title_line)
    found: dict[str, Found | None] = {}
    for name, spec in vocab.fields.items():
        found[name] = _find(ctx, spec, found)
    if any(spec.kind == "entries" for spec in vocab.fields.values()):
        _timesheet_total(found)
    for name, spec in vocab.fields.items():
        if found[name] is None and spec.same_as and found.get(spec.same_as) is not None:
            source = found[spec.same_as]
            assert source is not None  # narrowed for mypy; checked just above
            found[name] = Found(source.value, min(source.confidence, BASE_CONFIDENCE["copy"]),
                                "copy")
    result: dict[str, Any] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = []
    boxes: dict[str, list[float]] = {}
    for name, spec in vocab.fields.items():
        item = found[name]
        if item is None:
            result[name] = [] if spec.kind in {"activities", "entries", "items", "enum_set"} else (
                spec.default
            )
            confidence[name] = 0.0 if spec.default is None else GUESS_CONFIDENCE
            continue
        value = None if isinstance(item.value, _Null) else item.value
        result[name] = value
        if item.words and len({w.page for w in item.words}) == 1:
            boxes[name] = [item.words[0].page, min(w.x0 for w in item.words),
                           min(w.top for w in item.words), max(w.x1 for w in item.words),
                           max(w.bottom for w in item.words)]
        confidence[name] = round(max(0.0, min(1.0, item.confidence)), 2)
        if spec.kind == "personal_code" and value and not values.personal_code_ok(value):
            confidence[name] = min(confidence[name], 0.4)
            warnings.append(f"{name}: personal code fails its checksum (kept as read)")
        if item.warning:
            warnings.append(item.warning)
        if item.words and _ocr_factor(item.words) < 0.8:
            warnings.append(f"{name}: read from doubtful OCR text")
    for field_name, message in values.validation_problems(vocab.doc_type, result).items():
        if field_name in confidence:
            confidence[field_name] = min(confidence[field_name], 0.5)
        # forms' messages may already start with the field's name.
        note = message if message.startswith(field_name) else f"{field_name}: {message}"
        if not any(w.startswith(f"{field_name}:") for w in warnings):
            warnings.append(note)
    return Extraction(result, confidence, warnings, boxes)


def _find(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    if spec.kind == "activities":
        return _activities(ctx, spec)
    if spec.kind in ("entries", "signatures"):
        month = found.get("month")
        month_value = month.value if month else None
        if spec.kind == "signatures":
            return _timesheet_signatures(ctx, month_value)
        return _timesheet_entries(ctx, spec, month_value)
    if spec.kind == "items":
        return _items(ctx, spec)
    if spec.kind == "enum_set":
        return _enum_set(ctx, spec)
    item = _from_form(ctx, spec)
    if item is not None:
        return item
    if spec.kind == "bool" and spec.true_phrases:
        item = _bool_columns(ctx, spec)
        if item is not None:
            return item
    labelled = _from_labels(ctx, spec)
    # A label printed as a label beats prose; a label met inside a sentence does not.
    if labelled is not None and (labelled.structural or 0.0) >= BASE_CONFIDENCE["pattern"]:
        return labelled
    item = _from_letterhead(ctx, spec)
    if item is not None:
        return item
    item = _from_patterns(ctx, spec)
    if item is not None:
        return item
    if labelled is not None:
        return labelled
    if spec.kind == "person_name":
        item = _split_name(ctx, spec)
        if item is not None:
            return item
    if spec.kind == "address":
        loose = FieldSpec(name=spec.name, kind="text", labels=spec.labels)
        item = _from_labels(ctx, loose)
        if item is not None:
            item.confidence = min(item.confidence, 0.8)
            return item
    if spec.kind == "personal_code" and spec.other_than:
        item = _other_code(ctx, spec, found)
        if item is not None:
            return item
    if spec.kind in {"enum", "bool"}:
        item = _from_phrases(ctx, spec)
        if item is not None:
            return item
        if spec.default is not None:
            return Found(spec.default, GUESS_CONFIDENCE, "default",
                         warning=f"{spec.name}: not stated, assumed {spec.default}")
    if spec.kind == "date" and spec.null_phrases:
        span = ctx.span(spec) or (0, len(ctx.lines))
        folded = fold(ctx.text_of(*span))
        if any(_stem(p).search(folded) for p in spec.null_phrases):
            return Found(_NULL, 0.9, "pattern")
    return None
