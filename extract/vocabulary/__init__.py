"""The extraction vocabulary as data: one YAML file per doc_type, loaded once and checked.

Each `<doc_type>.yaml` holds what a clerk would teach a new colleague about that kind of
paper: the headings and phrases that identify it (`classify`), the labels each field is
printed under (`fields.<name>.labels`), prose patterns for letters (`fields.<name>.patterns`,
with macros like {NAME} {CODE} {DATE} {HOURS} {ORG}), section headings that scope a field
(`sections`), and enum synonyms. Extending it never needs an engine change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ...errors import ConfigError

FIELD_KINDS = {
    "text",
    "reference",
    "address",
    "person_name",
    "personal_code",
    "date",
    "month",
    "hours",
    "number",
    "institution",
    "reg_no",
    "phone",
    "email",
    "enum",
    "enum_set",
    "bool",
    "disability_group",
    "activities",
    "entries",
    "items",
    "signatures",
}
_FIELD_KEYS = {
    "kind",
    "labels",
    "patterns",
    "section",
    "synonyms",
    "when_true",
    "when_false",
    "default",
    "same_as",
    "acroform",
    "region",
    "null_phrases",
    "stop",
    "other_than",
    "ordered",
    "not_in",
    "prose_from",
    "asked_by",
    "asked_in_cell",
    "prefer",
    "default_if_asked",
    "sent_by_mail",
    "issuer_only",
    "issuer_decides",
    "said_outright",
    "doubtful",
    "own_decision",
    "section_labels",
    "spellings",
    "kind_nouns",
    "known_words",
}


# The words that open a row of totals ("Kopā", "Pavisam", "Kopsumma", "Summa"), folded: one
# alternation the readers of tables and timesheets build their sum-row patterns from.
TOTAL_WORDS = "kopa|pavisam|kopsumma|summa"

# The personal code's label in every way it is written before a code, in any case: in full
# ("personas kods"), run together ("personaskods"), cut short with or without its stops ("pers.
# kods", "pers. k.", "p. k.", "p.k", "pk", "p k", "p/k"). One group the readers of names and
# codes build their patterns from (the vocabulary's prose patterns too: phrase_patterns.py).
# Only before a code: alone, "Pk" is also Friday's short name in a timesheet's head.
CODE_LABEL = r"(?i:personas\s*kods|pers\.\s*k(?:ods\b|\.)|p\.?\s*k\b\.?|p/k\b)"

@dataclass(frozen=True, slots=True)
class Pattern:
    """A prose pattern: a regex with macros and the case its name group is printed in."""

    regex: str
    inflected: bool = False
    case: str = "auto"  # the grammatical case the sentence puts the name in, when certain
    # The value is only mentioned ("Ar bāriņtiesas ... lēmumu ..."), not named as the field:
    # taken when nothing better is found, never sure (evidence "mention").
    mention: bool = False


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How one field is found: labels, prose patterns, enum synonyms, defaults."""

    name: str
    kind: str
    labels: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    section: str | None = None
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    true_phrases: tuple[str, ...] = ()
    false_phrases: tuple[str, ...] = ()
    default: Any = None
    same_as: str | None = None
    acroform: tuple[str, ...] = ()
    region: str | None = None  # "header": only lines before the title
    null_phrases: tuple[str, ...] = ()  # phrases meaning "no value" (e.g. "uz nenoteiktu laiku")
    stop: tuple[str, ...] = ()  # headings that end an items/activities list
    other_than: str | None = None  # the other person's field (code or name) this one is not
    ordered: bool = False  # enum stated in free text: the first synonym group listed wins
    not_in: tuple[str, ...] = ()  # sections holding someone else's data: never read there
    prose_from: tuple[str, ...] = ()  # no section: read the sentence opening with these
    asked_by: tuple[str, ...] = ()  # yes/no questions whose answer follows them
    # A yes/no question as a table's whole cell ("Asistents | jā", a heading "Pabalsts" over
    # "Jā"): the answer is the next cell or the cell under it; folded, the cell's whole text.
    asked_in_cell: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()  # letterhead lines naming these kinds of issuer win
    # The default holds only where the document asks or names the question; a document that
    # never mentions it says nothing (null), absent is not "no".
    default_if_asked: bool = False
    # The date an e-mail printout's header gives ("Nosūtīts: ...") dates the paper unless a
    # signed date line below the header (an attached form's) does (extract/mail_header.py).
    sent_by_mail: bool = False
    # Ordered enum values that count where the issuer's own name (letterhead, footer) states
    # them; stated elsewhere in the text they only count when no listed value is stated.
    issuer_only: tuple[str, ...] = ()
    # Labels that name this field's value only inside one section (the person's block a
    # heading opens: "vārds, uzvārds" under "1. Aizbildnis" is the guardian's name).
    section_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Ordered enum values the issuer's own name decides when it states them, over a value a
    # label or a word for what is done named (a day centre's "ergoterapija" is no clinic).
    issuer_decides: tuple[str, ...] = ()
    # Synonym stems by which the paper names the value outright ("brīvā laika nodarbības"):
    # they decide over the issuer's own kind (issuer_only), which only says who runs it.
    said_outright: tuple[str, ...] = ()
    # Synonym stems that name a value only with doubt ("rehabilitācija": a medical course or
    # social rehabilitation): a value resting on them alone stays below a sure one.
    doubtful: tuple[str, ...] = ()
    # A paper titled as one of these kinds of decision ("lēmums", "spriedums") is itself the
    # value: its issuer, date, number and subject (`extract/own_decision.py`).
    own_decision: tuple[str, ...] = ()
    # Words the field's values are made of, spelt in full ("vispārējās", "izglītības"): a
    # scan's reading that lost their marks gets them back (`extract/repair/mend.py`).
    spellings: tuple[str, ...] = ()
    # The noun naming the value's kind in its cases ("programma"): a value made only of the kind's
    # words (`spellings`, "PAMATIZGLĪTĪBAS PROGRAMMA") names no one thing, so typed in capitals
    # it is written in ordinary case; a name of its own keeps its letters.
    kind_nouns: tuple[str, ...] = ()
    # Common words of the field's names, spelt as written ("veselības", "centrs"): a scan's
    # speck read as a mark on one of their letters ("vešelības") is taken off
    # (`extract/repair/mend.py`, `drop_stray_mark`); a lost mark is not put back from them.
    known_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Act:
    """What a paper does, told by a verb and its object in one clause: it certifies
    ("apliecinām, ka ... strādā"), asks for ("lūdzu piešķirt ... asistentu"), decides ("nolēma
    iecelt ... par aizgādni") or records something. The verbs say the kind of act, the objects
    what the act is about; both are stems (classify.stem_regex)."""

    does: str
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    weight: float
    # Phrases an object's stem opens that are no such object: a name or a topic the stem
    # begins ("nodarbinātības valsts aģentūra" is an agency, not someone employed).
    not_objects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the engine knows about one doc_type."""

    doc_type: str
    title: tuple[str, ...]
    keywords: dict[str, float]
    exclude: tuple[str, ...]
    sections: dict[str, tuple[str, ...]]
    fields: dict[str, FieldSpec]
    # Words naming people a document mentions who are not its subject (a doctor, a court's
    # official, a signer): a name or a label right after them is theirs.
    other_people: tuple[str, ...] = ()
    # When no heading names it, the second block of this field's labels opens this section
    # (a form that prints "Vārds, uzvārds" twice holds two people).
    second_block: tuple[str, str] | None = None
    # Values checked against each other (extract/cross_checks.py): {order: [earlier, later]},
    # {people: [[name, code], [name, code]]}, {total: field, of: rows field}.
    checks: tuple[dict[str, Any], ...] = ()
    # Weight of a page listing day after day (at least DATED_ROWS lines opening with a day's
    # date and holding a time or hours): the shape of a record of hours, whatever its title.
    dated_rows: float = 0.0
    # Whose rows they are: dated rows weigh only on a paper with a line opening with one of
    # `rows_about` (the assistant or the client as a label or a signature line, "Asistents:
    # ...") or naming one of `rows_by` anywhere (the assistant writing: "sniedzu", "pavadīju").
    # A clinic's visit list or a club's plan has dated rows too, and may mention assistants.
    rows_about: tuple[str, ...] = ()
    rows_by: tuple[str, ...] = ()
    # Role nouns a line or a cell opens with that name who signs or is named ("Darbinieks:
    # Jānis Bērziņš" beside the owner's signature): weighed like keywords, but only where they
    # open a label, never inside a longer role ("Sociālais darbinieks:").
    opening_roles: dict[str, float] = field(default_factory=dict)
    # Titles every certificate may carry ("IZZIŅA", "APLIECINĀJUMS"): printed as a title they
    # say the paper certifies something, not what; they weigh less than a title of its own and
    # leave the paper untitled (it must still name its subject and what it certifies).
    generic_title: tuple[str, ...] = ()
    # Titles that name the paper's issuer, not the paper (the commission's name heads its
    # opinions and its letters alike): a paper titled by these alone must still name its
    # subject or something it certifies, or it is the issuer's other mail (an invitation).
    issuer_titles: tuple[str, ...] = ()
    # Headings of an answer written on the same paper under a request of this type ("ATBILDE"
    # under a social service's "PIEPRASĪJUMS" to an employer): the request is the question,
    # the part under the heading is what the paper is (extract/classify.py `_answer_line`).
    answered_under: tuple[str, ...] = ()
    # Fields of which a paper of this type names at least one (its subject): a paper whose type
    # only keywords suggest and that names none of them is `unknown` (a schedule, a notice).
    requires: tuple[str, ...] = ()
    # Stems of kinship nouns ("tēv", "māt"): "tikai tēvam – Normunds Eihvalds" and "Tēva
    # personas kods ..." name the same person (extract/roles.py).
    kin: tuple[str, ...] = ()
    # Fields naming what a paper of this type certifies (a school, a programme, an end date): a
    # paper only keywords suggest must name one of them too, or it only talks about such a paper
    # (a reply asking for it, a reminder).
    certifies: tuple[str, ...] = ()
    # What a paper of this type does (`Act`): a clause whose verb and object say so weighs for
    # the type whatever the paper's title; `unknown`'s acts are other people's paperwork (a
    # hospital discharging a patient): a paper doing only those is not ours.
    acts: tuple[Act, ...] = ()
    # Fields that make a paper ours even under its title (the service an application asks for):
    # an application for another service (home care, a meal) names none of them and is `unknown`.
    ours: tuple[str, ...] = ()
    # Stems that, in a title stating what it asks for, name a service at all ("sociālā
    # pakalpojuma"): beside `ours`'s synonyms they keep the title from asking for another thing.
    title_neutral: tuple[str, ...] = ()
    # Words by which a title says what it asks for ("... saņemšanai", "par ..."): without one,
    # the words after the title word are the form's own kind ("APTAUJAS LAPA").
    title_asks: tuple[str, ...] = ()
    # Which field each fact of a sentence of working holds (extract/employment.py: person,
    # code, employer, position, since): a letter may state them all in one sentence.
    employment: dict[str, str] = field(default_factory=dict)
    # The field holding a service's term in months, which may be told in years or by its dates
    # (extract/service_term.py) where no pattern reads a number of months.
    term: str | None = None
    # The items field whose list may be written as a sentence of areas of support
    # (extract/prose_list.py) where no heading opens a list.
    prose_list: str | None = None
    # A section's heading by its meaning, when none of its phrases is printed: each meaning is
    # groups of word stems ("kura|kurai + vajadzīg|nepieciešam"), every group met in one short
    # heading line over a person's labels ("Persona, kurai pakalpojums vajadzīgs").
    section_meanings: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = field(
        default_factory=dict)
    # [name field, code field] of the one who writes: a name printed with its code above the
    # title, apart from the letterhead, signed for at the end (names_and_codes.py `_sender_line`).
    writer: tuple[str, ...] = ()
    # [the one appointed, the one over whom]: name fields a decision on guardianship or
    # trusteeship states by its grammar (extract/roles.py `appointment`).
    appointment: tuple[str, ...] = ()
    # Words opening a questionnaire's answer on the line under its question ("Atbilde: ...",
    # extract/answer_lines.py): the question is the answer's label.
    answers: tuple[str, ...] = ()
    # Words opening a question on an e-service's print ("Jautājums: ..."), answered as above.
    questions: tuple[str, ...] = ()


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            f"{where} must be a string or a list of strings (quote yes, no, on and off in YAML)"
        )
    return tuple(value)


def _field(name: str, raw: Any, where: str) -> FieldSpec:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a mapping")
    unknown = set(raw) - _FIELD_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
    kind = raw.get("kind", "text")
    if kind not in FIELD_KINDS:
        raise ConfigError(f"{where}: unknown kind {kind!r}")
    patterns: list[Pattern] = []
    for item in raw.get("patterns") or []:
        if isinstance(item, str):
            patterns.append(Pattern(item))
        elif isinstance(item, dict) and isinstance(item.get("regex"), str):
            inflected = item.get("inflected", False)
            # `inflected: genitive` (dative, accusative, nominative: "Esmu ...", a signature)
            # names the case the sentence makes certain; `true` lets the name's endings decide.
            case = (inflected if inflected in ("genitive", "dative", "accusative", "nominative")
                    else "auto")
            patterns.append(Pattern(item["regex"], bool(inflected), case,
                                    bool(item.get("mention", False))))
        else:
            raise ConfigError(f"{where}.patterns: a string or {{regex, inflected, mention}}")
    synonyms_raw = raw.get("synonyms") or {}
    if not isinstance(synonyms_raw, dict):
        raise ConfigError(f"{where}.synonyms must map a value to its phrases")
    synonyms = {
        str(k): _strings(v, f"{where}.synonyms.{k}") for k, v in synonyms_raw.items()
    }
    if kind in {"enum", "enum_set", "activities", "entries"} and not synonyms:
        raise ConfigError(f"{where}: kind {kind} needs synonyms")
    return FieldSpec(
        name=name,
        kind=kind,
        labels=_strings(raw.get("labels"), f"{where}.labels"),
        patterns=tuple(patterns),
        section=raw.get("section"),
        synonyms=synonyms,
        true_phrases=_strings(raw.get("when_true"), f"{where}.when_true"),
        false_phrases=_strings(raw.get("when_false"), f"{where}.when_false"),
        default=raw.get("default"),
        same_as=raw.get("same_as"),
        acroform=_strings(raw.get("acroform"), f"{where}.acroform"),
        region=raw.get("region"),
        null_phrases=_strings(raw.get("null_phrases"), f"{where}.null_phrases"),
        stop=_strings(raw.get("stop"), f"{where}.stop"),
        other_than=raw.get("other_than"),
        ordered=bool(raw.get("ordered", False)),
        not_in=_strings(raw.get("not_in"), f"{where}.not_in"),
        prose_from=_strings(raw.get("prose_from"), f"{where}.prose_from"),
        asked_by=_strings(raw.get("asked_by"), f"{where}.asked_by"),
        asked_in_cell=_strings(raw.get("asked_in_cell"), f"{where}.asked_in_cell"),
        prefer=_strings(raw.get("prefer"), f"{where}.prefer"),
        default_if_asked=bool(raw.get("default_if_asked", False)),
        sent_by_mail=bool(raw.get("sent_by_mail", False)),
        issuer_only=_strings(raw.get("issuer_only"), f"{where}.issuer_only"),
        issuer_decides=_strings(raw.get("issuer_decides"), f"{where}.issuer_decides"),
        said_outright=_strings(raw.get("said_outright"), f"{where}.said_outright"),
        doubtful=_strings(raw.get("doubtful"), f"{where}.doubtful"),
        own_decision=_strings(raw.get("own_decision"), f"{where}.own_decision"),
        spellings=_strings(raw.get("spellings"), f"{where}.spellings"),
        kind_nouns=_strings(raw.get("kind_nouns"), f"{where}.kind_nouns"),
        known_words=_strings(raw.get("known_words"), f"{where}.known_words"),
        section_labels={
            str(k): _strings(v, f"{where}.section_labels.{k}")
            for k, v in (raw.get("section_labels") or {}).items()},
    )


def parse_vocabulary(raw: Any, where: str) -> Vocabulary:
    """Check one loaded YAML document and turn it into a Vocabulary."""
    if not isinstance(raw, dict) or not isinstance(raw.get("doc_type"), str):
        raise ConfigError(f"{where}: needs a doc_type")
    doc_type = raw["doc_type"]
    classify = raw.get("classify") or {}
    keywords_raw = classify.get("keywords") or {}
    if not isinstance(keywords_raw, dict):
        raise ConfigError(f"{where}.classify.keywords must map a phrase to a weight")
    keywords = {str(k): float(v) for k, v in keywords_raw.items()}
    roles_raw = classify.get("opening_roles") or {}
    if not isinstance(roles_raw, dict):
        raise ConfigError(f"{where}.classify.opening_roles must map a phrase to a weight")
    opening_roles = {str(k): float(v) for k, v in roles_raw.items()}
    sections_raw = raw.get("sections") or {}
    sections = {str(k): _strings(v, f"{where}.sections.{k}") for k, v in sections_raw.items()}
    fields_raw = raw.get("fields") or {}
    if not isinstance(fields_raw, dict):
        raise ConfigError(f"{where}.fields must be a mapping")
    fields = {
        str(name): _field(str(name), spec, f"{where}.fields.{name}")
        for name, spec in fields_raw.items()
    }
    for spec in fields.values():
        if spec.section and spec.section not in sections:
            raise ConfigError(f"{where}.fields.{spec.name}: unknown section {spec.section!r}")
        for other in (*spec.not_in, *spec.section_labels):
            if other not in sections:
                raise ConfigError(f"{where}.fields.{spec.name}.not_in: unknown section {other!r}")
        if spec.same_as and spec.same_as not in fields:
            raise ConfigError(f"{where}.fields.{spec.name}: same_as names no field")
    second_raw = raw.get("second_block")
    second_block: tuple[str, str] | None = None
    # Values checked against each other (extract/cross_checks.py): {order: [earlier, later]},
    # {people: [[name, code], [name, code]]}, {total: field, of: rows field}.
    checks: tuple[dict[str, Any], ...] = ()
    if second_raw is not None:
        if (not isinstance(second_raw, dict) or second_raw.get("section") not in sections
                or second_raw.get("field") not in fields):
            raise ConfigError(f"{where}.second_block: needs a known section and field")
        second_block = (str(second_raw["section"]), str(second_raw["field"]))
    checks = _checks(raw.get("checks"), fields, where)
    return Vocabulary(
        doc_type=doc_type,
        title=_strings(classify.get("title"), f"{where}.classify.title"),
        keywords=keywords,
        exclude=_strings(classify.get("exclude"), f"{where}.classify.exclude"),
        sections=sections,
        fields=fields,
        other_people=_strings(raw.get("other_people"), f"{where}.other_people"),
        second_block=second_block,
        checks=checks,
        dated_rows=float(classify.get("dated_rows") or 0.0),
        generic_title=_strings(classify.get("generic_title"), f"{where}.classify.generic_title"),
        issuer_titles=_strings(classify.get("issuer_titles"), f"{where}.classify.issuer_titles"),
        answered_under=_strings(classify.get("answered_under"),
                                f"{where}.classify.answered_under"),
        rows_about=_strings(classify.get("rows_about"), f"{where}.classify.rows_about"),
        rows_by=_strings(classify.get("rows_by"), f"{where}.classify.rows_by"),
        opening_roles=opening_roles,
        requires=_required(raw.get("requires"), fields, where),
        kin=_strings(raw.get("kin"), f"{where}.kin"),
        certifies=_required(raw.get("certifies"), fields, where, "certifies"),
        ours=_required(raw.get("ours"), fields, where, "ours"),
        title_neutral=_strings(raw.get("title_neutral"), f"{where}.title_neutral"),
        title_asks=_strings(raw.get("title_asks"), f"{where}.title_asks"),
        acts=_acts(classify.get("acts"), f"{where}.classify.acts"),
        employment=_employment(raw.get("employment"), fields, where),
        term=_field_of_kind(raw.get("term"), fields, where, "term", "number"),
        prose_list=_field_of_kind(raw.get("prose_list"), fields, where, "prose_list", "items"),
        appointment=_appointment(raw.get("appointment"), fields, where),
        writer=_writer(raw.get("writer"), fields, where),
        answers=_strings(raw.get("answers"), f"{where}.answers"),
        questions=_strings(raw.get("questions"), f"{where}.questions"),
        section_meanings=_meanings(raw.get("section_meanings"), sections, where),
    )


def _acts(raw: Any, where: str) -> tuple[Act, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ConfigError(f"{where} must be a list of acts")
    acts = []
    for at, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("does"), str):
            raise ConfigError(f"{where}[{at}]: needs does, verbs, objects, weight")
        verbs = _strings(item.get("verbs"), f"{where}[{at}].verbs")
        objects = _strings(item.get("objects"), f"{where}[{at}].objects")
        if not verbs or not objects:
            raise ConfigError(f"{where}[{at}]: needs verbs and objects")
        not_objects = _strings(item.get("not_objects"), f"{where}[{at}].not_objects")
        acts.append(Act(item["does"], verbs, objects, float(item.get("weight") or 4.0),
                        not_objects))
    return tuple(acts)


def _field_of_kind(raw: Any, fields: dict[str, FieldSpec], where: str, key: str,
                   kind: str) -> str | None:
    """A type's setting `key` that names one of its own fields, which must be of `kind`."""
    if raw is None:
        return None
    if not isinstance(raw, str) or raw not in fields or fields[raw].kind != kind:
        article = "an" if kind[0] in "aeiou" else "a"
        raise ConfigError(f"{where}.{key}: names {article} {kind} field of this type")
    return raw


_EMPLOYMENT_FACTS = frozenset({"person", "code", "employer", "position", "since"})


def _employment(raw: Any, fields: dict[str, FieldSpec], where: str) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(
            k in _EMPLOYMENT_FACTS and v in fields for k, v in raw.items()):
        raise ConfigError(f"{where}.employment: maps {', '.join(sorted(_EMPLOYMENT_FACTS))} "
                          "to fields of this type")
    return {str(k): str(v) for k, v in raw.items()}


def _writer(raw: Any, fields: dict[str, FieldSpec], where: str) -> tuple[str, ...]:
    names = _required(raw, fields, where, "writer")
    if names and (len(names) != 2 or fields[names[0]].kind != "person_name"
                  or fields[names[1]].kind != "personal_code"):
        raise ConfigError(f"{where}.writer: a person_name field and its personal_code field")
    return names


def _meanings(raw: Any, sections: dict[str, tuple[str, ...]],
              where: str) -> dict[str, tuple[tuple[tuple[str, ...], ...], ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}.section_meanings must map sections to lists of meanings")
    meanings: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = {}
    for name, listed in raw.items():
        if name not in sections:
            raise ConfigError(f"{where}.section_meanings: unknown section {name!r}")
        texts = _strings(listed, f"{where}.section_meanings.{name}")
        groups = tuple(tuple(tuple(s.strip() for s in group.split("|") if s.strip())
                             for group in text.split("+")) for text in texts)
        if not texts or any(not g for meaning in groups for g in meaning):
            raise ConfigError(f"{where}.section_meanings.{name}: meanings like 'a|b + c|d'")
        meanings[str(name)] = groups
    return meanings


def _appointment(raw: Any, fields: dict[str, FieldSpec], where: str) -> tuple[str, ...]:
    names = _required(raw, fields, where, "appointment")
    if names and (len(names) != 2 or any(fields[n].kind != "person_name" for n in names)):
        raise ConfigError(f"{where}.appointment: two person_name fields, the appointed first")
    return names


def _required(raw: Any, fields: dict[str, FieldSpec], where: str,
              key: str = "requires") -> tuple[str, ...]:
    names = _strings(raw, f"{where}.{key}")
    for name in names:
        if name not in fields:
            raise ConfigError(f"{where}.{key}: {name!r} is no field")
    return names


def _checks(raw: Any, fields: dict[str, FieldSpec], where: str) -> tuple[dict[str, Any], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ConfigError(f"{where}.checks must be a list")
    for check in raw:
        if not isinstance(check, dict) or not ({"order", "people", "total"} & set(check)):
            raise ConfigError(f"{where}.checks: each is {{order}}, {{people}} or {{total, of}}")
        named: list[str] = []
        if "order" in check:
            named = list(check["order"])
        elif "people" in check:
            named = [n for pair in check["people"] for n in pair]
        else:
            named = [check["total"], check.get("of", "")]
        unknown = [n for n in named if n not in fields]
        if unknown:
            raise ConfigError(f"{where}.checks: no field {unknown[0]!r}")
    return tuple(raw)


@cache
def vocabularies() -> dict[str, Vocabulary]:
    """Every doc_type's vocabulary, by doc_type (loaded once per process)."""
    loaded: dict[str, Vocabulary] = {}
    folder = resources.files(__name__)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith((".yaml", ".yml")):
            continue
        where = f"vocabulary/{entry.name}"
        try:
            raw = yaml.load(entry.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{where}: not valid YAML ({exc})") from exc
        vocabulary = parse_vocabulary(raw, where)
        loaded[vocabulary.doc_type] = vocabulary
    return loaded


@cache
def reader_data(name: str) -> dict[str, Any]:
    """One of the reader's own data files beside its modules (`cover_page.yaml`,
    `print_header.yaml`, ...), loaded once per process: the words a rule looks for are data."""
    package = __name__.rpartition(".")[0]
    try:
        raw = yaml.safe_load(resources.files(package).joinpath(name).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{name}: cannot be read ({exc})") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{name}: must be a mapping")
    return raw


__all__ = ["FieldSpec", "Pattern", "Vocabulary", "parse_vocabulary", "reader_data",
           "vocabularies"]
