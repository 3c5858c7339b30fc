"""The people a paper names, checked once all fields are read: names and their codes.

A decision states whom it appoints and over whom in its grammar; a name read from prose
may be inflected in a way the name tables cannot confirm, a surname OCR broke into pieces
is mended from the one the page prints again, a first word that is no given name is
doubted, and each person's code is the one printed beside their name. These passes run
after the readers, over the fields found, so they stand apart from them.
"""

from __future__ import annotations

import re

from ..forms import person_names
from . import roles, values
from .evidence import BASE_CONFIDENCE, GUESS_CONFIDENCE, ONE_OF_SEVERAL, UNCONFIRMED_NAME, Found
from .person_names import _name_part
from .reading_context import Context

_SURELY_READ = 0.9  # a word read at least this surely (a text layer's 1.0, clear print)

# Ways a name is found printed as it stands in a form (the nominative by the form's design).
_AS_PRINTED = frozenset({"acroform", "label", "label_split", "label_loose"})


def _appointed(ctx: Context, found: dict[str, Found | None]) -> None:
    """The one a decision appoints and the one over whom, as its grammar states them
    (`roles.appointment`), over what patterns found: "par aizgādni iecelt Kitiju Mārtiņsoni"
    makes Kitija Mārtiņsone the representative though her name also opens the sentence about
    the application. A field the grammar does not settle keeps its value; one holding the
    other role's person is doubted."""
    if not ctx.vocab.appointment:
        return
    reading = roles.appointment(ctx.text)
    mentions = dict(zip(ctx.vocab.appointment, (reading.representative, reading.person),
                        strict=True))
    for name, mention in mentions.items():
        item = found.get(name)
        if mention is None:
            other = next(m for n, m in mentions.items() if n != name)
            if (other is not None and item is not None and isinstance(item.value, str)
                    and roles.same_person(item.value, other.printed)):
                found[name] = Found(item.value, min(item.confidence, GUESS_CONFIDENCE),
                                    item.how, item.words, structural=item.structural,
                                    warning=f"{name}: the decision's grammar gives this "
                                            "person the other role")
            continue
        value = values.person_name(mention.printed, inflected=True, case=mention.case)
        if value is None or (item is not None and item.value == value):
            continue
        replaced = item.value if item is not None and isinstance(item.value, str) else None
        found[name] = Found(
            value, BASE_CONFIDENCE["appointment"], "appointment",
            ctx.words_in(mention.at, mention.at + len(mention.printed)),
            warning=(f"{name}: read from the decision's grammar ({mention.printed!r}), not "
                     f"{replaced!r}") if replaced and not roles.same_person(
                         replaced, mention.printed) else None)


def _doubt_inflection(ctx: Context, name: str, found: dict[str, Found | None]) -> None:
    """A name read from prose whose nominative the name tables cannot confirm (an unknown
    given name: "Ģederta Auziņa" is a woman's nominative or a man's genitive) stays below
    the flowing threshold; the text's pronoun ("viņš") picks the reading."""
    item = found.get(name)
    if item is None or item.how in _AS_PRINTED or not isinstance(item.value, str):
        return
    printed = _name_part(" ".join(w.text for w in item.words)) if item.words else None
    if printed:
        # "Haralda Kursīša": Kursītis, Kursīsis or Kursīšs; the page may print which one.
        # A noun of kinship before the name ("savu meitu Laini Dālderi") tells its gender.
        at = next((a for a, _, w in ctx.offsets if w is item.words[0]), None)
        gender = person_names.gender_before(ctx.text[max(0, at - 60):at]) if at else None
        value, how_sure = values.settle_name(printed, item.value, ctx.text, gender)
        if how_sure == "guess":
            doubt = f"{name}: more than one nominative fits the printed name (check its ending)"
            found[name] = Found(value, min(item.confidence, UNCONFIRMED_NAME), item.how,
                                item.words, structural=item.structural,
                                warning="; ".join(filter(None, [item.warning, doubt])))
            return
        item.value = value
        if how_sure in ("printed", "told"):
            return  # "Imants Mucena" printed on the page: the son is Valdis Mucena
        if _other_nominative(ctx.text, value):
            # "Valda Ķemera" read as Ķemers while the signature prints "V. Ķemeris".
            found[name] = Found(value, min(item.confidence, UNCONFIRMED_NAME), item.how,
                                item.words, structural=item.structural,
                                warning=f"{name}: the page prints the surname with another ending")
            return
    if values.nominative_confirmed(item.value):
        return
    value = item.value
    # The text's pronoun ("viņš", "viņam") speaks of one person: where the paper names another
    # person as well (a sister applying for her brother), it tells nothing of this one's
    # gender.
    others = {str(f.value) for n, f in found.items() if n != name and f is not None
              and isinstance(f.value, str) and ctx.vocab.fields.get(n) is not None
              and ctx.vocab.fields[n].kind == "person_name"
              and not roles.same_person(f.value, value)}
    if ctx.feminine is False and not others and all(w.endswith("a") for w in value.split()):
        masculine = values.person_name(value, inflected=True, case="genitive")
        if masculine:
            value = masculine
    found[name] = Found(value, min(item.confidence, UNCONFIRMED_NAME), item.how, item.words,
                        warning=f"{name}: the name's nominative is not certain (check its ending)",
                        structural=item.structural)


def _mend_split_surname(ctx: Context, name: str, found: dict[str, Found | None]) -> None:
    """A surname OCR broke into pieces ("Gvido Ki Šs") mended from the surname the page prints
    beside another given name ("Klienta aizgādnis Raivis Kūšs"): a likely mend, not a sure one."""
    item = found.get(name)
    if item is None or not isinstance(item.value, str):
        return
    mended = values.mended_split_surname(item.value, ctx.text)
    if mended is None:
        return
    doubt = f"{name}: the surname was read in pieces; mended from the one the page prints"
    found[name] = Found(mended, min(item.confidence, UNCONFIRMED_NAME), item.how, item.words,
                        warning="; ".join(filter(None, [item.warning, doubt])),
                        structural=item.structural)


def _doubt_first_word(name: str, found: dict[str, Found | None]) -> None:
    """A name whose first word is no given name of the name-day calendar nor an initial (a
    word kept before it, a surname printed first, letters OCR broke) is not sure."""
    item = found.get(name)
    if item is None or not isinstance(item.value, str) or not item.value:
        return
    if values.starts_with_given_name(item.value):
        return
    # Only a name read surely: a hand's doubted word is restored later, not turned round.
    sure = bool(item.words) and all(w.confidence >= _SURELY_READ for w in item.words)
    turned = _given_name_second(item.value) if sure else None
    if turned is not None:
        # "Darbinieks: Kuzņecovs Vadims": a register's order, the surname first; the name is
        # recorded given name first, below the bar (a person checks the order).
        item.value = turned
        item.confidence = min(item.confidence, UNCONFIRMED_NAME)
        item.warning = "; ".join(filter(None, [
            item.warning, f"{name}: printed surname first; recorded given name first"]))
        return
    if item.confidence <= UNCONFIRMED_NAME:
        return
    doubt = f"{name}: the name does not start with a known given name (check it)"
    item.confidence = UNCONFIRMED_NAME
    item.warning = "; ".join(filter(None, [item.warning, doubt]))


def _gender_of(word: str) -> str | None:
    last = word[-1:].lower()
    return "f" if last in ("a", "e") else "m" if last in ("s", "š") else None


def _given_name_second(value: str) -> str | None:
    """A two-word name printed surname first ("Kuzņecovs Vadims") turned round: the second
    word a known given name, the first none, both of one gender by their endings."""
    words = value.split()
    if len(words) != 2 or "." in value or values.starts_with_given_name(value):
        return None
    turned = f"{words[1]} {words[0]}"
    if not values.starts_with_given_name(turned):
        return None
    first, second = _gender_of(words[0]), _gender_of(words[1])
    return turned if first is not None and first == second else None


def _other_nominative(text: str, value: str) -> bool:
    """Whether the page prints the name's surname with another nominative ending (-s, -is,
    -us, -š): the reading taken from an inflected form may be the wrong one."""
    words = value.split()
    if len(words) < 2:
        return False
    surname = words[-1]
    stem = re.sub(r"(?:is|us|s|š)$", "", surname)
    if stem == surname or len(stem) < 3:
        return False
    for match in re.finditer(rf"(?<!\w){re.escape(stem)}(is|us|s|š)(?!\w)", text):
        if match.group(0) != surname:
            return True
    return False


def _bind_codes(ctx: Context, found: dict[str, Found | None]) -> None:
    """A person's code is the one printed beside their name in any case (`roles.code_of`):
    a code found by weaker evidence (the first "personas kods" in prose, the other code) gives
    way to it; a printed label that disagrees with it is doubted."""
    lined = "\n".join(line.text for line in ctx.lines)
    for check in ctx.vocab.checks:
        for name_field, code_field in check.get("people", []):
            name, code = found.get(name_field), found.get(code_field)
            if name is None or not isinstance(name.value, str):
                continue
            bound = (roles.code_of(lined, name.value)
                     or roles.kin_code(lined, name.value, ctx.vocab.kin))
            if code is not None and code.value == bound:
                continue
            others = [f.value for n, f in found.items() if n != name_field and f is not None
                      and ctx.vocab.fields[n].kind == "person_name" and isinstance(f.value, str)
                      and f.value != name.value]
            theirs = code is not None and any(roles.code_of(lined, other) == code.value
                                              for other in others)
            if bound is not None and code is not None and isinstance(code.value, str):
                # A label's code the page prints beside someone else's name (a household
                # table's row under "Personas kods", a sister's code in the certificate's
                # prose) is theirs, though no field holds that person.
                theirs = theirs or any(not roles.same_person(printed, name.value)
                                       for printed in roles.names_beside_code(lined, code.value))
            if bound is None:
                # "Es, Pēteris Lejnieks, ... lūdzu piešķirt asistentu ... Laurai Sniedzei,
                # personas kods ...": a writer who prints no code of their own has not the
                # one printed beside the other person's name, whatever prose label found it.
                if theirs and code is not None and code.how not in _AS_PRINTED:
                    found[code_field] = None
                continue
            if code is not None and code.how in _AS_PRINTED and not theirs:
                found[code_field] = Found(
                    code.value, min(code.confidence, GUESS_CONFIDENCE), code.how, code.words,
                    warning=f"{code_field}: the text prints another code beside {name.value}",
                    structural=code.structural)
                continue
            # A label's code printed beside another person's name ("manam mazdēlam Oskaram
            # Vanagam / (personas kods ...)") is theirs: the one beside this name wins, though
            # two readings disagreed, so not surely.
            ceiling = ONE_OF_SEVERAL if theirs else BASE_CONFIDENCE["pattern"]
            found[code_field] = Found(bound, min(name.confidence, ceiling), "beside_name")
