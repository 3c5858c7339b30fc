"""People's placements of documents, applied on top of intake's grouping.

A person on the desk may move a document to another case, assign an unassigned one, split a
case, or say a document is not ours; each is a placement row (store: `placements`), and the
newest per document is in force. Intake groups every run from scratch, so without this a re-run
would undo all of it. `place` takes the grouping and the placements and says which documents
make up which case id:

- a document placed in case X is in X, wherever the grouping put it;
- a document marked not ours is unassigned, with the reason and who said so;
- a draft whose opening document a person placed keeps that case id, so correcting the
  client's personal code on the application does not open a second case (the desk pins the
  document it corrects, and the documents left in a case it takes one away from);
- any other draft gets its case id the usual way (`allocate`, by its key).

Pure apart from `allocate`, which the caller gives (intake: the store's case ids).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..case_grouping import CaseDraft, Grouping, Unassigned

Record = dict[str, Any]


class PlacementLike(Protocol):
    kind: str  # case | not_ours
    case_id: str | None
    by: str


@dataclass
class Placed:
    """What `place` decided: case id -> its documents, and what stays unassigned."""

    cases: dict[str, CaseDraft] = field(default_factory=dict)
    unassigned: list[Unassigned] = field(default_factory=list)
    # Case ids whose documents a person changed: intake rebuilds them like the desk does.
    touched: set[str] = field(default_factory=set)


NOT_OURS_REASON = "atzīmēts kā nepiederošs šim dienestam ({by})"


def place(
    grouping: Grouping,
    records: Mapping[str, Record],
    placements: Mapping[str, PlacementLike],
    allocate: Callable[[CaseDraft], str],
) -> Placed:
    """Apply `placements` (by file) to `grouping`; see the module docstring."""
    result = Placed()
    moved: dict[str, list[str]] = {}  # case id -> files placed there
    for file, placement in placements.items():
        if file not in records:
            continue
        if placement.kind == "case" and placement.case_id:
            moved.setdefault(placement.case_id, []).append(file)
        elif placement.kind == "not_ours":
            doc_type = str(records[file].get("doc_type") or "unknown")
            result.unassigned.append(
                Unassigned(file, doc_type, NOT_OURS_REASON.format(by=placement.by))
            )
    placed_files = {file for file in placements if file in records}

    for draft in grouping.cases:
        pinned = _pinned_case(draft, placements)
        kept = [r for r in draft.documents if str(r.get("file")) not in placed_files]
        lost = len(kept) != len(draft.documents)
        if pinned is None and not kept:
            continue  # every document went elsewhere: the draft is no case
        draft.documents = kept
        draft.matched_by = {f: b for f, b in draft.matched_by.items()
                            if f not in placed_files}
        case_id = pinned or allocate(draft)
        if case_id in result.cases:  # two drafts a person put into one case
            _merge(result.cases[case_id], draft)
            result.touched.add(case_id)
        else:
            result.cases[case_id] = draft
        if lost:
            result.touched.add(case_id)

    for case_id, files in moved.items():
        target = result.cases.get(case_id)
        if target is None:
            target = CaseDraft(key=f"case:{case_id}", service=None, client=_nobody(),
                               applicant=None)
            result.cases[case_id] = target
        for file in files:
            if file not in target.matched_by:
                target.documents.append(records[file])
                target.matched_by[file] = "placed"
        result.touched.add(case_id)

    result.unassigned.extend(u for u in grouping.unassigned if u.file not in placed_files)
    return result


def _pinned_case(draft: CaseDraft, placements: Mapping[str, PlacementLike]) -> str | None:
    """The case a person put this draft's opening document in (the first such), if any.

    Only an opening document says which case a draft is: a certificate a person moved away
    leaves the draft it was grouped into, it does not take the draft along.
    """
    for file in sorted(f for f, basis in draft.matched_by.items() if basis == "opens_case"):
        placement = placements.get(file)
        if placement is not None and placement.kind == "case" and placement.case_id:
            return placement.case_id
    return None


def _merge(into: CaseDraft, other: CaseDraft) -> None:
    for record in other.documents:
        file = str(record.get("file"))
        if file not in into.matched_by:
            into.documents.append(record)
            into.matched_by[file] = "placed"


def _nobody() -> Any:
    from ..case_grouping import Person

    return Person(None, None)


__all__ = ["NOT_OURS_REASON", "Placed", "PlacementLike", "place"]
