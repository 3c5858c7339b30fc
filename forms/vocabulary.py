"""The contract's closed vocabularies (DESIGN.md) with the Latvian words a clerk reads."""

from __future__ import annotations

SERVICE_KINDS: dict[str, str] = {
    "assistant": "asistenta pakalpojums",
    "family_assistant": "ģimenes asistenta pakalpojums",
}

# Activities an assistant accompanies (seed 004; MK 942 annex 1), in the order of the annex.
ACTIVITY_KINDS: dict[str, str] = {
    "work": "darbs vai saimnieciskā darbība",
    "education": "mācības",
    "higher_education": "studijas augstskolā vai koledžā",
    "day_centre": "dienas aprūpes centrs, dienas centrs vai rehabilitācijas iestāde",
    "institutions": "ārstniecības, valsts, pašvaldību, finanšu vai tiesībsargājošās iestādes",
    "ngo": "biedrības vai nodibinājuma sabiedriskie pasākumi",
    "leisure": "sociālā iekļaušanās, brīvā laika pavadīšana",
}

EDUCATION_LEVELS: dict[str, str] = {
    "general": "vispārējā izglītība",
    "vocational": "profesionālā izglītība",
    "higher": "augstākā izglītība",
}

# The kinds an activity certificate (not an employer or school one) proves.
CERTIFICATE_ACTIVITY_KINDS: dict[str, str] = {
    kind: ACTIVITY_KINDS[kind] for kind in ("day_centre", "ngo", "institutions", "leisure")
}

DISABILITY_GROUPS: dict[str, str] = {
    "I": "I grupa",
    "II": "II grupa",
    "III": "III grupa",
    "child": "bērns ar invaliditāti",
}

LIMITATIONS: dict[str, str] = {
    "vision": "redzes traucējumi",
    "mobility": "pārvietošanās traucējumi",
    "mental": "garīga rakstura traucējumi",
    "upper_limbs": "augšējo ekstremitāšu traucējumi",
}

# Family assistant target groups (seeds 000-002); caps are municipal configuration elsewhere.
FAMILY_CATEGORIES: dict[str, str] = {
    "care_leaver": "bārenis vai bez vecāku gādības palicis bērns pēc 18 gadu vecuma",
    "family_with_children": "ģimene ar bērniem",
    "mental_disorder": "persona ar garīga rakstura traucējumiem",
}
