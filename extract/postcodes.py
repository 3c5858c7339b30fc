"""A postcode checked against what the paper says of its town (no table of postcodes by town
is kept here: Latvijas Pasts's list is not part of the product's data).

Every Latvian postcode is LV- and four digits opening with 1 to 5 (Rīga 10xx, Pierīga and
Jūrmala 2xxx, Kurzeme and Zemgale 3xxx, Vidzeme 4xxx, Latgale and Sēlija 5xxx); a town's
postcodes share their first two digits. An address whose postcode opens with another digit,
or whose town the paper prints elsewhere with a postcode of other first two digits (the
letterhead's "Rīgas iela 77, Līvāni, LV-5316" beside a hand's "..., Līvāni, LV-9316"), holds a
misread digit: the address is doubted (`POSTCODE_DOUBT`), never mended.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .layout import fold

POSTCODE_DOUBT = 0.5
_PLACE_POSTCODE = re.compile(r"([^\W\d_][\w.-]*)[\s,]*LV\s*[-–]?\s*(\d{4})(?!\d)")


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    from .repair.places import gazetteer

    return frozenset(fold(town) for town in gazetteer()["towns"])


def postcode_problem(address: str, text: str) -> str | None:
    """Why the address's postcode cannot be its town's, or None."""
    own = list(_PLACE_POSTCODE.finditer(address))
    if not own:
        return None
    town, code = fold(own[-1].group(1)), own[-1].group(2)
    if code[0] not in "12345":
        return f"no Latvian postcode opens with {code[0]} (LV-{code})"
    if town not in _towns():
        return None  # "nov., LV-2167": a municipality's postcodes differ from town to town
    for other in _PLACE_POSTCODE.finditer(text):
        if fold(other.group(1)) == town and other.group(2)[:2] != code[:2]:
            return (f"the paper prints {other.group(1)} with LV-{other.group(2)}, "
                    f"not LV-{code}")
    return None


def doubt_postcodes(kinds: dict[str, str], result: dict[str, Any], text: str,
                    confidence: dict[str, float], warnings: list[str]) -> None:
    """Each address whose postcode cannot be its town's kept as read, below review's bar."""
    for name, kind in kinds.items():
        value = result.get(name)
        if kind != "address" or not isinstance(value, str):
            continue
        problem = postcode_problem(value, text)
        if problem is not None and confidence.get(name, 0.0) > POSTCODE_DOUBT:
            confidence[name] = POSTCODE_DOUBT
            warnings.append(f"{name}: {problem}; a digit may be misread")
