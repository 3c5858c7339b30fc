"""A decision that is its own basis: the paper's issuer, date, number and subject as one phrase.

A representation's basis is the decision appointing the representative. When the paper in hand
IS that decision ("LĒMUMS Nr. 1-6/21/112 / par aizbildņa iecelšanu" under a court's
letterhead), the basis is the paper itself, named the way another paper would cite it:
"Jēkabpils novada bāriņtiesas 2021. gada 3. augusta lēmums Nr. 1-6/21/112 par aizbildņa
iecelšanu". The legal provisions it relies on ("Pamatojoties uz Civillikuma 222. pantu") are
its grounds, not its basis.
"""

from __future__ import annotations

import re
from datetime import date

from ..forms.institution_names import normal_case
from ..forms.latvian_dates import date_genitive

_NUMBER = re.compile(r"\bNr\.?\s*([\w/.-]*\d[\w/-]*)")
# A court numbers its decisions by the case ("LĒMUMS lietā Nr. C81020420"): cited so.
_IN_CASE = re.compile(r"\b((?:civil|administratīv)?lietā)\s+Nr\b", re.IGNORECASE)
# What a decision is about, up to its verbal noun ("par aizbildņa iecelšanu").
# Two acts joined ("par aizbildnības nodibināšanu un aizbildņa iecelšanu") are one subject.
_SUBJECT = re.compile(
    r"\bpar\s+(?:[a-zāčēģīķļņšūž]+\s+){0,4}?[a-zāčēģīķļņšūž]+šanu\b"
    r"(?:\s+un\s+(?:[a-zāčēģīķļņšūž]+\s+){0,3}?[a-zāčēģīķļņšūž]+šanu\b)?", re.IGNORECASE)


def issuer_genitive(name: str) -> str | None:
    """"Jēkabpils novada bāriņtiesa" -> "Jēkabpils novada bāriņtiesas" (a court's name ends in
    a noun of the 4th declension); None for a name that is no court's."""
    words = name.split()
    if not words or not re.search(r"tiesa$", words[-1], re.IGNORECASE):
        return None
    if name.isupper():
        # "TALSU NOVADA BĀRIŅTIESA" in a letterhead is cited as running text writes it.
        words = normal_case(name).split()
    return " ".join([*words[:-1], words[-1] + "s"])


def decision_phrase(kind: str, title: str, issuer: str, issued_on: date) -> str | None:
    """The basis phrase for a paper titled `title` (its title lines joined) of `kind`
    ("lēmums", "spriedums"), issued by `issuer` on `issued_on`; None when the title has no
    number or the issuer is no court."""
    court = issuer_genitive(issuer)
    number = _NUMBER.search(title)
    if court is None or number is None:
        return None
    in_case = _IN_CASE.search(title[: number.end()])
    case = f" {in_case.group(1).lower()}" if in_case else ""
    phrase = f"{court} {date_genitive(issued_on)} {kind}{case} Nr. {number.group(1).rstrip('.')}"
    subject = _SUBJECT.search(title[number.end():])
    # A subject printed as the title's own line opens with a capital: in the phrase it does not.
    return f"{phrase} {subject.group(0)[0].lower()}{subject.group(0)[1:]}" if subject else phrase
