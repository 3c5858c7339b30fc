"""What a person can do on the review desk, as plain functions over the store.

Each action writes its row (a correction, a placement, a resolution, a ready mark) in one
transaction that first checks the version of the case the person was looking at
(`StaleCaseError` when someone else changed it meanwhile), then checks and assesses the
affected cases again (`recheck`) and writes one audit entry naming the user and what changed
(rules and counts, never names or values). The web pages are a thin layer over these; the
tests drive them directly as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..case_checks import CheckSettings
from ..case_grouping import SUBJECT_FIELDS
from ..errors import UsageError
from .field_input import field_kind, parse_input, validate_value
from .recheck import Recheck, recheck_case
from .resolutions import blocking_findings, finding_key

# The fields that say whose a document is: correcting one may regroup the case on the next
# intake, so the document is pinned to the case it was corrected in.
_IDENTITY_FIELDS = frozenset(
    name for pair in SUBJECT_FIELDS.values() for name in pair
) | {"applicant_name", "applicant_personal_code", "representative_name",
     "representative_personal_code"}

ROLE_LABELS = {
    "clerk": "lietvedis", "social_worker": "sociālais darbinieks", "admin": "administrators",
}


@dataclass(frozen=True)
class Actor:
    """Who acts: a user name and role (the local operator without login counts as both a
    clerk and a social worker: they said so when starting the desk)."""

    name: str
    roles: frozenset[str]

    def may(self, role: str) -> bool:
        return role in self.roles


@dataclass
class Outcome:
    """What one action did: the cases it checked again and a line for the page."""

    message: str
    rechecks: list[Recheck] = field(default_factory=list)
    case_id: str | None = None  # where the page goes next

    def change(self) -> dict[str, Any] | None:
        for recheck in self.rechecks:
            if recheck.case_id == self.case_id:
                return recheck.change()
        return None


class PermissionDenied(UsageError):
    """The user's role does not allow this action."""


class Desk:
    """The desk's actions on one store."""

    def __init__(self, store: Any, checks: CheckSettings | None = None) -> None:
        self.store = store
        self.checks = checks or CheckSettings()

    # --- fields ------------------------------------------------------------------------------

    def correct_field(
        self, actor: Actor, *, case_id: str | None, version: int | None, sha256: str,
        field_name: str, kind: str, typed: str | list[str] = "", why: str | None = None,
    ) -> Outcome:
        """Set a field to a typed value, confirm it as read, or mark it not on the document."""
        document = self._document(sha256, case_id)
        record = document.record
        doc_type = str(record.get("doc_type"))
        fields = dict(record.get("fields") or {})
        if field_name not in fields and field_name not in _schema_fields(doc_type):
            raise UsageError(f"dokumentam nav lauka {field_name}")
        current = self._current_fields(document)
        read = fields.get(field_name)
        if kind == "set":
            value = parse_input(doc_type, field_name, typed)
            validate_value(doc_type, current, field_name, value)
        elif kind == "confirm":
            value = current.get(field_name, read)
        elif kind == "absent":
            value = [] if field_kind(doc_type, field_name).is_list else None
        else:
            raise UsageError(f"nezināma darbība ar lauku: {kind}")
        self.store.add_correction(
            case_id=case_id, version=version, sha256=sha256, field=field_name, kind=kind,
            value_read=read, value=value, by=actor.name, why=why or None,
        )
        if case_id and field_name in _IDENTITY_FIELDS:
            self.store.place_documents([sha256], kind="case", to_case=case_id, versions={},
                                       by=actor.name, why="piesaistīts, labojot personas datus")
        action = {"set": "field_corrected", "confirm": "field_confirmed",
                  "absent": "field_absent"}[kind]
        rechecks = [self._recheck(case_id)] if case_id else []
        self._audit(action, actor, case_id, rechecks, file_hash=sha256,
                    detail={"field": field_name, "doc_type": doc_type})
        verb = {"set": "Labots", "confirm": "Apstiprināts", "absent": "Atzīmēts kā neesošs"}[kind]
        return Outcome(f"{verb} lauks “{_label(doc_type, field_name)}”.", rechecks, case_id)

    # --- documents ---------------------------------------------------------------------------

    def move_document(
        self, actor: Actor, *, sha256: str, to_case: str, from_case: str | None,
        version: int | None, why: str | None = None,
    ) -> Outcome:
        """Move a document to another case, or assign an unassigned one (`from_case` None)."""
        if from_case == to_case:
            raise UsageError("dokuments jau ir šajā lietā")
        self._document(sha256, from_case)
        versions = {from_case: version} if from_case else {}
        self.store.place_documents([sha256], kind="case", to_case=to_case, versions=versions,
                                   by=actor.name, why=why)
        if from_case:
            self._pin_rest(actor, from_case, why="paliek lietā pēc dokumenta pārvietošanas")
        rechecks = [self._recheck(c) for c in (from_case, to_case) if c]
        action = "document_moved" if from_case else "document_assigned"
        self._audit(action, actor, to_case, rechecks, file_hash=sha256,
                    detail={"from_case": from_case, "to_case": to_case})
        if from_case:
            self._audit(action, actor, from_case, [], file_hash=sha256,
                        detail={"from_case": from_case, "to_case": to_case})
        text = (f"Dokuments pārvietots uz lietu {to_case}." if from_case
                else f"Dokuments pievienots lietai {to_case}.")
        return Outcome(text, rechecks, from_case or to_case)

    def not_ours(
        self, actor: Actor, *, sha256: str, case_id: str | None, version: int | None,
        why: str | None = None,
    ) -> Outcome:
        """Mark a document as not this service's: out of its case, unassigned for good."""
        self._document(sha256, case_id)
        versions = {case_id: version} if case_id else {}
        self.store.place_documents([sha256], kind="not_ours", to_case=None, versions=versions,
                                   by=actor.name, why=why)
        if case_id:
            self._pin_rest(actor, case_id, why="paliek lietā pēc nepiederoša dokumenta izņemšanas")
        rechecks = [self._recheck(case_id)] if case_id else []
        self._audit("document_not_ours", actor, case_id, rechecks, file_hash=sha256, detail={})
        return Outcome("Dokuments atzīmēts kā nepiederošs.", rechecks, case_id)

    def split_case(
        self, actor: Actor, *, case_id: str, version: int | None, sha256s: Sequence[str],
        why: str | None = None,
    ) -> Outcome:
        """Put some of a case's documents into a new case of their own."""
        linked = {d.sha256 for d in self.store.case_documents(case_id)}
        chosen = sorted(set(sha256s))
        if not chosen:
            raise UsageError("izvēlieties dokumentus, kas pāriet uz jauno lietu")
        if not set(chosen) <= linked:
            raise UsageError("kāds no izvēlētajiem dokumentiem nav šajā lietā")
        if set(chosen) == linked:
            raise UsageError("lietā jāpaliek vismaz vienam dokumentam")
        if self.store.case_version(case_id) != version and version is not None:
            from ..store.review import StaleCaseError

            raise StaleCaseError(case_id, self.store.case_version(case_id))
        year = int(case_id.split("-", 1)[0]) if case_id[:4].isdigit() else date.today().year
        new_case = self.store.new_case_from(case_id, chosen, year=year)
        contract = self.store.case(case_id) or {}
        self.store.save_case({"case_id": new_case, "service": contract.get("service"),
                              "client": contract.get("client"),
                              "applicant": contract.get("applicant"),
                              "documents": [], "findings": []})
        self.store.place_documents(chosen, kind="case", to_case=new_case,
                                   versions={case_id: version}, by=actor.name, why=why)
        self._pin_rest(actor, case_id, why="paliek lietā pēc lietas sadalīšanas")
        rechecks = [self._recheck(case_id), self._recheck(new_case)]
        self._audit("case_split", actor, case_id, rechecks,
                    detail={"new_case": new_case, "documents": len(chosen)})
        self._audit("case_split", actor, new_case, [],
                    detail={"from_case": case_id, "documents": len(chosen)})
        return Outcome(f"Lieta sadalīta: {len(chosen)} dok. pārcelti uz jaunu lietu {new_case}.",
                       rechecks, case_id)

    # --- findings and readiness -----------------------------------------------------------

    def resolve_finding(
        self, actor: Actor, *, case_id: str, version: int | None, key: str, note: str,
        reopen: bool = False,
    ) -> Outcome:
        """Resolve a finding with a note (e.g. "izziņa saņemta e-pastā 3. martā"), or reopen."""
        if not reopen and not note.strip():
            raise UsageError("atradumu atrisina ar piezīmi, kā tas atrisināts")
        case = self.store.case(case_id) or {}
        sha_of = {d.display_name: d.sha256 for d in self.store.case_documents(case_id)}
        finding = next((f for f in case.get("findings") or []
                        if finding_key(f, sha_of) == key), None)
        if finding is None:
            raise UsageError("šā atraduma lietā vairs nav")
        self.store.resolve_finding(
            case_id=case_id, version=version, finding_key=key,
            action="reopen" if reopen else "resolve", note=" ".join(note.split()) or None,
            by=actor.name,
        )
        rechecks = [self._recheck(case_id)]
        self._audit("finding_reopened" if reopen else "finding_resolved", actor, case_id,
                    rechecks, detail={"kind": finding.get("kind"), "rule": finding.get("rule")})
        return Outcome("Atradums atvērts no jauna." if reopen else "Atradums atrisināts.",
                       rechecks, case_id)

    def mark_ready(
        self, actor: Actor, *, case_id: str, version: int | None, ready: bool = True,
    ) -> Outcome:
        """The social worker marks a case ready for a decision (only with nothing open)."""
        if not actor.may("social_worker"):
            raise PermissionDenied("lietu kā gatavu lēmumam atzīmē tikai sociālais darbinieks")
        case = self.store.case(case_id)
        if case is None:
            raise UsageError(f"nav lietas {case_id}")
        still = blocking_findings(case.get("findings") or [])
        if ready and still:
            raise UsageError(
                f"vispirms jānovērš vai ar piezīmi jāatrisina atvērtie atradumi ({len(still)})")
        self.store.mark_ready(case_id=case_id, version=version, ready=ready, by=actor.name)
        self._audit("case_ready" if ready else "case_not_ready", actor, case_id, [], detail={})
        return Outcome("Lieta atzīmēta kā gatava lēmumam." if ready
                       else "Atzīme “gatava lēmumam” noņemta.", [], case_id)

    def viewed(self, actor: Actor, *, case_id: str | None = None,
               sha256: str | None = None) -> None:
        """Who looked at whose data is itself a record the service keeps."""
        self.store.audit("case_viewed" if case_id else "document_viewed", case_id=case_id,
                         file_hash=sha256, detail={"by": actor.name})

    # --- internals ---------------------------------------------------------------------------

    def _document(self, sha256: str, case_id: str | None) -> Any:
        document = self.store.stored_document(sha256)
        if document is None:
            raise UsageError("tāda dokumenta nav")
        if document.case_id != case_id:
            from ..store.review import StaleCaseError

            # The page showed it in another case: someone moved it meanwhile.
            raise StaleCaseError(case_id or "-", self.store.case_version(case_id or ""))
        return document

    def _current_fields(self, document: Any) -> dict[str, Any]:
        from .corrections import corrected_record

        rows = self.store.corrections_for([document.sha256]).get(document.sha256, ())
        return dict(corrected_record(document.record, rows).get("fields") or {})

    def _pin_rest(self, actor: Actor, case_id: str, *, why: str) -> None:
        rest = [d.sha256 for d in self.store.case_documents(case_id)]
        if rest:
            self.store.place_documents(rest, kind="case", to_case=case_id, versions={},
                                       by=actor.name, why=why)

    def _recheck(self, case_id: str) -> Recheck:
        return recheck_case(self.store, case_id, checks=self.checks)

    def _audit(self, action: str, actor: Actor, case_id: str | None, rechecks: list[Recheck],
               *, file_hash: str | None = None, detail: dict[str, Any]) -> None:
        entry: dict[str, Any] = {"by": actor.name, **detail}
        for recheck in rechecks:
            if recheck.case_id != case_id:
                continue
            change = recheck.change()
            # Rules and figures only: finding messages and values may carry names and codes.
            entry["closed"] = [f.get("rule") for f in change["closed"]]
            entry["opened"] = [f.get("rule") for f in change["opened"]]
            entry["before"] = change["assessment_before"]
            entry["after"] = change["assessment_after"]
        self.store.audit(action, case_id=case_id, file_hash=file_hash, detail=entry)


def _schema_fields(doc_type: str) -> tuple[str, ...]:
    from ..forms import DOC_TYPES

    spec = DOC_TYPES.get(doc_type)
    return spec.fields if spec is not None else ()


def _label(doc_type: str, name: str) -> str:
    from ..forms import label_for

    return label_for(doc_type, name) or name


__all__ = ["ROLE_LABELS", "Actor", "Desk", "Outcome", "PermissionDenied"]
