"""The desk's pages: the list of cases, a case, a loose document, page images, and the forms.

Every change is a POST with the CSRF token and the version of the case the page showed; it
goes through `desk.Desk`, then the browser is sent back to the case page (303), which shows
what changed. A change made on a stale page is refused with status 409 and the fresh page.
URLs carry case ids and document hashes only, page titles case ids: never a name or a code.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)

from ..case_checks import CheckSettings, low_confidence_fields
from ..errors import UsageError
from ..forms import DOC_TYPES, label_for
from ..forms.latvian_dates import format_date_numeric, readable_date
from ..reasons_lv import field_notes, latvian_warnings
from ..rules.config import load_config
from ..store.review import LIST_STATUSES, SORTS, StaleCaseError, list_status
from .auth import login_required, role_required
from .corrections import corrected_record
from .desk import ROLE_LABELS, Actor, Desk, Outcome, PermissionDenied
from .field_input import InputProblem, display_value, field_kind, input_text
from .page_images import PageImageError
from .recheck import outcome_of
from .resolutions import BLOCKING_KINDS, finding_key

blueprint = Blueprint("pages", __name__)

PAGE_SIZE = 100
_CHANGES_KEPT = 500  # the "what changed" notes waiting for their page, per process

STATUS_LABELS = {
    "needs_look": "Jāpārbauda",
    "missing": "Trūkst dokumentu",
    "checked": "Pārbaudīta",
    "ready": "Gatava lēmumam",
    "decided": "Lēmums pieņemts",
}
KIND_LABELS = {
    "missing": "Trūkst dokumenta",
    "inconsistent": "Neatbilstība",
    "needs_review": "Jāpārbauda",
    "ineligible": "Neatbilst nosacījumiem",
}
OUTCOME_LABELS = {
    "applied": "piemērots",
    "limited": "ierobežo",
    "refused": "atteikuma iemesls",
    "missing": "jāpārbauda",
}
SERVICE_LABELS = {"assistant": "Asistents", "family_assistant": "Ģimenes asistents"}
SORT_LABELS = {"case": "Lieta", "due": "Termiņš", "findings": "Atradumi", "changed": "Mainīta"}
ACTION_LABELS = {
    "case_viewed": "skatīja lietu",
    "document_viewed": "skatīja dokumentu",
    "field_corrected": "laboja lauku",
    "field_confirmed": "apstiprināja lauku",
    "field_absent": "atzīmēja, ka lauka dokumentā nav",
    "document_moved": "pārvietoja dokumentu",
    "document_assigned": "pievienoja dokumentu lietai",
    "document_not_ours": "atzīmēja dokumentu kā nepiederošu",
    "case_split": "sadalīja lietu",
    "finding_resolved": "atrisināja atradumu",
    "finding_reopened": "atvēra atradumu no jauna",
    "case_ready": "atzīmēja lietu kā gatavu lēmumam",
    "case_not_ready": "noņēma atzīmi “gatava lēmumam”",
    "case_checked": "pārbaudīja lietu (ievade)",
    "decision_reserved": "rezervēja lēmuma numuru",
    "decision_issued": "pieņēma lēmumu",
    "decision_void": "anulēja lēmuma numuru",
}


def install_filters(app: Flask) -> None:
    app.jinja_env.filters["when"] = _when
    app.jinja_env.filters["day"] = readable_date
    app.jinja_env.filters["hours"] = _hours
    # An assessment records its rule set by key ("mk942"); a person reads the act's name.
    app.jinja_env.filters["rule_set_name"] = load_config().rule_set_name
    app.jinja_env.globals.update(
        STATUS_LABELS=STATUS_LABELS, KIND_LABELS=KIND_LABELS, OUTCOME_LABELS=OUTCOME_LABELS,
        SERVICE_LABELS=SERVICE_LABELS, ROLE_LABELS=ROLE_LABELS, doc_title=_doc_title,
    )
    app.extensions["desk_changes"] = OrderedDict()


# --- the list ----------------------------------------------------------------------------------


@blueprint.route("/")
@login_required
def cases() -> Any:
    store = _store()
    status = request.args.get("status") or None
    if status not in (None, *LIST_STATUSES):
        abort(404)
    sort = request.args.get("sort", "case")
    sort = sort if sort in SORTS else "case"
    page = max(1, request.args.get("page", 1, type=int) or 1)
    counts = store.case_status_counts()
    total = sum(counts.values()) if status is None else counts.get(status, 0)
    rows = store.case_summaries(sort=sort, status=status, offset=(page - 1) * PAGE_SIZE,
                                limit=PAGE_SIZE)
    loose = store.loose_documents()
    placements = store.placements() if loose else {}
    return render_template(
        "cases.html",
        title="Lietas",
        rows=[(row, list_status(row)) for row in rows],
        counts=counts,
        all_count=sum(counts.values()),
        status=status,
        sort=sort,
        sorts=SORT_LABELS,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        unassigned=[(d, _loose_reason(d, placements.get(d.sha256)))
                    for d in loose if not d.error],
        unreadable=[d for d in loose if d.error],
    )


# --- a case ------------------------------------------------------------------------------------


@blueprint.route("/cases/<case_id>")
@login_required
def case(case_id: str) -> Any:
    change = _take_change(request.args.get("change"), case_id)
    _desk().viewed(_actor(), case_id=_known_case(case_id))
    return _case_page(case_id, change=change)


@blueprint.route("/cases/<case_id>/fields", methods=["POST"])
@login_required
def correct_case_field(case_id: str) -> Any:
    _known_case(case_id)
    return _act(case_id, lambda desk, actor, version: desk.correct_field(
        actor, case_id=case_id, version=version, sha256=_form("sha256"),
        field_name=_form("field"), kind=_form("action"), typed=_typed(),
        why=request.form.get("why", "").strip() or None,
    ), field_target=(_form("sha256"), _form("field")))


@blueprint.route("/cases/<case_id>/documents/<sha256>/move", methods=["POST"])
@login_required
def move_document(case_id: str, sha256: str) -> Any:
    _known_case(case_id)
    return _act(case_id, lambda desk, actor, version: desk.move_document(
        actor, sha256=sha256, from_case=case_id, to_case=_target_case(), version=version,
        why=request.form.get("why", "").strip() or None,
    ))


@blueprint.route("/cases/<case_id>/documents/<sha256>/not-ours", methods=["POST"])
@login_required
def case_document_not_ours(case_id: str, sha256: str) -> Any:
    _known_case(case_id)
    return _act(case_id, lambda desk, actor, version: desk.not_ours(
        actor, sha256=sha256, case_id=case_id, version=version,
        why=request.form.get("why", "").strip() or None,
    ))


@blueprint.route("/cases/<case_id>/split", methods=["POST"])
@login_required
def split_case(case_id: str) -> Any:
    _known_case(case_id)
    return _act(case_id, lambda desk, actor, version: desk.split_case(
        actor, case_id=case_id, version=version, sha256s=request.form.getlist("sha256"),
        why=request.form.get("why", "").strip() or None,
    ))


@blueprint.route("/cases/<case_id>/findings/<key>/<action>", methods=["POST"])
@login_required
def resolve_finding(case_id: str, key: str, action: str) -> Any:
    _known_case(case_id)
    if action not in ("resolve", "reopen"):
        abort(404)
    return _act(case_id, lambda desk, actor, version: desk.resolve_finding(
        actor, case_id=case_id, version=version, key=key,
        note=request.form.get("note", ""), reopen=action == "reopen",
    ))


@blueprint.route("/cases/<case_id>/ready", methods=["POST"])
@login_required
@role_required("social_worker")
def mark_ready(case_id: str) -> Any:
    _known_case(case_id)
    return _act(case_id, lambda desk, actor, version: desk.mark_ready(
        actor, case_id=case_id, version=version, ready=request.form.get("ready", "1") == "1",
    ))


# --- a document in no case ---------------------------------------------------------------------


@blueprint.route("/documents/<sha256>")
@login_required
def document(sha256: str) -> Any:
    stored = _store().stored_document(sha256)
    if stored is None:
        abort(404)
    if stored.case_id:
        return redirect(url_for("pages.case", case_id=stored.case_id, _anchor=f"d-{sha256[:12]}"))
    _desk().viewed(_actor(), sha256=sha256)
    return _document_page(stored, change=_take_change(request.args.get("change"), sha256))


@blueprint.route("/documents/<sha256>/fields", methods=["POST"])
@login_required
def correct_loose_field(sha256: str) -> Any:
    return _act_loose(sha256, lambda desk, actor: desk.correct_field(
        actor, case_id=None, version=None, sha256=sha256, field_name=_form("field"),
        kind=_form("action"), typed=_typed(), why=request.form.get("why", "").strip() or None,
    ))


@blueprint.route("/documents/<sha256>/assign", methods=["POST"])
@login_required
def assign_document(sha256: str) -> Any:
    return _act_loose(sha256, lambda desk, actor: desk.move_document(
        actor, sha256=sha256, from_case=None, to_case=_target_case(), version=None,
        why=request.form.get("why", "").strip() or None,
    ))


@blueprint.route("/documents/<sha256>/not-ours", methods=["POST"])
@login_required
def loose_not_ours(sha256: str) -> Any:
    return _act_loose(sha256, lambda desk, actor: desk.not_ours(
        actor, sha256=sha256, case_id=None, version=None,
        why=request.form.get("why", "").strip() or None,
    ))


@blueprint.route("/documents/<sha256>/pages/<int:number>.jpg")
@login_required
def page_image(sha256: str, number: int) -> Any:
    store = _store()
    stored = store.stored_document(sha256)
    if stored is None:
        abort(404)
    images = current_app.config["PAGE_IMAGES"]
    original = store.document_file(sha256)
    try:
        if not 0 <= number < len(images.pages(sha256, original, stored.record)):
            abort(404)
        path = images.image(sha256, number, original, stored.record)
    except PageImageError:
        abort(404)
    return send_file(path, mimetype="image/jpeg", max_age=0)


# --- the audit log -----------------------------------------------------------------------------


@blueprint.route("/audit")
@login_required
@role_required("admin")
def audit() -> Any:
    entries = _store().audit_log()[-500:]
    return render_template("audit.html", title="Notikumu žurnāls",
                           entries=[_audit_entry(e) for e in reversed(entries)])


# --- building pages ----------------------------------------------------------------------------


def _case_page(
    case_id: str, *, status: int = 200, error: str | None = None,
    field_error: tuple[str, str, str] | None = None, stale: bool = False,
    change: Mapping[str, Any] | None = None,
) -> Any:
    store = _store()
    contract = store.case(case_id) or {"case_id": case_id, "findings": [], "documents": []}
    summary = store.case_summary(case_id)
    stored = store.case_documents(case_id)
    sha_of = {d.display_name: d.sha256 for d in stored}
    corrections = store.corrections_for(sha_of.values())
    documents = [_document_view(d, corrections.get(d.sha256, ()), _desk().checks, field_error)
                 for d in stored]
    findings = [_finding_view(f, sha_of) for f in contract.get("findings") or []]
    blocking = [f for f in findings if f["blocking"]]
    entries = store.audit_log(case_id=case_id)
    # Views are many; the page lists the changes and counts the views (all are in the store).
    views = [e for e in entries if e.get("action") == "case_viewed"]
    changes = [e for e in entries if e.get("action") != "case_viewed"]
    actor = _actor()
    page = render_template(
        "case.html",
        title=f"Lieta {case_id}",
        case=contract,
        case_id=case_id,
        summary=summary,
        status=list_status(summary) if summary else "needs_look",
        version=summary.version if summary else 0,
        documents=documents,
        findings=findings,
        blocking=blocking,
        assessment=_assessment_view(contract.get("assessment")),
        audit=[_audit_entry(e) for e in reversed(changes[-60:])],
        views=views,
        case_ids=[c for c in store.case_ids() if c != case_id],
        error=error,
        stale=stale,
        change=change,
        may_mark_ready=actor.may("social_worker"),
    )
    return page, status


def _document_page(stored: Any, *, status: int = 200, error: str | None = None,
                   field_error: tuple[str, str, str] | None = None,
                   change: Mapping[str, Any] | None = None) -> Any:
    store = _store()
    rows = store.corrections_for([stored.sha256]).get(stored.sha256, ())
    view = _document_view(stored, rows, _desk().checks, field_error)
    placement = store.placement(stored.sha256)
    return render_template(
        "document.html", title=f"Dokuments {stored.sha256[:12]}", doc=view,
        reason=_loose_reason(stored, placement), case_ids=store.case_ids(), error=error,
        change=change,
    ), status


def _document_view(stored: Any, rows: Any, checks: CheckSettings,
                   field_error: tuple[str, str, str] | None) -> dict[str, Any]:
    record = {**stored.record, "file": stored.display_name}
    corrected = corrected_record(record, rows)
    doc_type = str(record.get("doc_type") or "unknown")
    spec = DOC_TYPES.get(doc_type)
    read_fields = record.get("fields") or {}
    current = corrected.get("fields") or {}
    confidence = record.get("field_confidence") or {}
    doubtful = set(low_confidence_fields(corrected, checks.min_field_confidence))
    # Below the confident bar but above review's: no finding, a glance before it is relied on.
    glance = set(low_confidence_fields(corrected, checks.confident_from)) - doubtful
    found_boxes = record.get("field_boxes")
    boxes: dict[str, Any] = found_boxes if isinstance(found_boxes, dict) else {}
    applied = corrected.get("corrections") or {}
    names = list(spec.fields if spec else ()) + [n for n in read_fields
                                                   if spec is None or n not in spec.fields]
    notes = field_notes(record)
    fields = []
    for name in names:
        kind = field_kind(doc_type, name)
        fix = applied.get(name)
        error = field_error[2] if field_error and field_error[:2] == (stored.sha256, name) \
            else None
        fields.append({
            "name": name,
            "label": label_for(doc_type, name) or name,
            "value": display_value(doc_type, name, current.get(name)),
            "input": input_text(doc_type, name, current.get(name)),
            "kind": kind,
            "confidence": confidence.get(name),
            "doubtful": name in doubtful,
            "glance": name in glance and not fix,
            "correction": fix and {**fix, "read": display_value(doc_type, name, fix["value_read"])},
            "box": boxes.get(name) if isinstance(boxes.get(name), list) else None,
            "error": error,
            # Why the reader doubts it, beside a value the clerk is asked to look at.
            "notes": notes.get(name, []) if name in doubtful or name in glance else [],
        })
    pages, image_error = [], None
    if not stored.error:
        try:
            pages = current_app.config["PAGE_IMAGES"].pages(
                stored.sha256, _store().document_file(stored.sha256), stored.record)
        except PageImageError as exc:
            image_error = str(exc)
    return {
        "sha256": stored.sha256,
        "anchor": f"d-{stored.sha256[:12]}",
        "file": stored.display_name,
        "doc_type": doc_type,
        "title": _doc_title(doc_type),
        "text_source": record.get("text_source"),
        "error": stored.error,
        "fields": fields,
        "doubtful": [f for f in fields if f["doubtful"]],
        "glance": [f for f in fields if f["glance"]],
        "pages": pages,
        "boxes": [f for f in fields if f["box"] and (f["doubtful"] or f["glance"])],
        "image_error": image_error,
        # The reader's warnings as the clerk reads them; the record keeps the English.
        "warnings": latvian_warnings(record),
    }


def _finding_view(finding: Mapping[str, Any], sha_of: Mapping[str, str]) -> dict[str, Any]:
    resolution = finding.get("resolution")
    kind = str(finding.get("kind"))
    return {
        "key": finding_key(finding, sha_of),
        "kind": kind,
        "kind_label": KIND_LABELS.get(kind, kind),
        "message": finding.get("message") or "",
        "rule": finding.get("rule") or "",
        "documents": [(f, f"d-{sha_of[f][:12]}" if f in sha_of else None)
                      for f in finding.get("documents") or ()],
        "resolution": resolution,
        "blocking": kind in BLOCKING_KINDS and not resolution,
    }


def _assessment_view(assessment: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not assessment:
        return None
    unit = "mēnesī" if assessment.get("unit") == "month" else "nedēļā"
    outcome = outcome_of(assessment) or {}
    requested = assessment.get("requested") or {}
    supported = assessment.get("supported") or {}
    caps = assessment.get("caps") or {}
    granted = assessment.get("hours") or {}
    from .field_input import VALUE_LABELS

    lines = [
        {"label": VALUE_LABELS.get(kind, kind), "requested": requested.get(kind),
         "supported": supported.get(kind), "cap": caps.get(kind), "granted": granted.get(kind, 0)}
        for kind in requested
    ]
    period = assessment.get("period") or {}
    return {
        "result": _result_line(outcome, unit),
        "tone": ("review" if outcome.get("needs_review") else
                 "granted" if outcome.get("granted") else "refused"),
        "unit": unit,
        "lines": lines,
        "period": period,
        "due": assessment.get("decision_due"),
        "rule_set": assessment.get("rule_set"),
        "reasons": assessment.get("reasons") or [],
        "benefit": assessment.get("benefit_hours_deducted"),
    }


def _result_line(outcome: Mapping[str, Any] | None, unit: str | None = None) -> str:
    if not outcome:
        return "nav novērtējuma"
    if unit is None:
        unit = "mēnesī" if outcome.get("unit") == "month" else "nedēļā"
    if outcome.get("granted"):
        text = f"piešķirt {_hours(outcome.get('hours'))} h {unit}"
    else:
        text = "atteikt"
    if outcome.get("needs_review"):
        text += " (jāpārbauda pirms lēmuma)"
    return text


def _audit_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    detail = entry.get("detail") or {}
    action = str(entry.get("action"))
    parts: list[str] = []
    if detail.get("field"):
        name = str(detail["field"])
        parts.append(f"“{label_for(str(detail.get('doc_type')), name) or name}”")
    if detail.get("to_case"):
        parts.append(f"uz lietu {detail['to_case']}")
    if detail.get("new_case"):
        parts.append(f"jaunā lieta {detail['new_case']}")
    if detail.get("closed"):
        parts.append(f"novērsti atradumi: {len(detail['closed'])}")
    if detail.get("opened"):
        parts.append(f"jauni atradumi: {len(detail['opened'])}")
    before, after = detail.get("before"), detail.get("after")
    if (before or after) and before != after:
        parts.append(f"novērtējums: {_result_line(before)} → {_result_line(after)}")
    if detail.get("number"):
        parts.append(f"Nr. {detail['number']}")
    return {
        "at": _when(entry.get("at")),
        "by": detail.get("by") or ("ievade" if action in ("case_checked", "read") else "—"),
        "action": ACTION_LABELS.get(action, action),
        "what": "; ".join(parts),
        "case_id": entry.get("case_id"),
        "raw_action": action,
    }


def _loose_reason(stored: Any, placement: Any) -> str:
    if placement is not None and placement.kind == "not_ours":
        return f"atzīmēts kā nepiederošs ({placement.by})"
    if stored.doc_type in (None, "unknown"):
        return "nav neviens no pakalpojumu dokumentu veidiem"
    return "nav atrasta lieta personai, par kuru ir dokuments"


# --- acting ------------------------------------------------------------------------------------


def _act(case_id: str, action: Any, field_target: tuple[str, str] | None = None) -> Any:
    """Run a desk action for the case page; see the module docstring for the answers."""
    version = request.form.get("version", type=int)
    try:
        outcome: Outcome = action(_desk(), _actor(), version)
    except StaleCaseError:
        return _case_page(case_id, status=409, stale=True)
    except PermissionDenied as exc:
        return _case_page(case_id, status=403, error=exc.message)
    except InputProblem as exc:
        target = field_target or ("", "")
        return _case_page(case_id, status=400, error=f"Vērtība netika saglabāta: {exc}",
                          field_error=(target[0], target[1], str(exc)))
    except UsageError as exc:
        return _case_page(case_id, status=400, error=exc.message)
    token = _keep_change(outcome, outcome.case_id or case_id)
    return redirect(url_for("pages.case", case_id=outcome.case_id or case_id, change=token),
                    code=303)


def _act_loose(sha256: str, action: Any) -> Any:
    store = _store()
    stored = store.stored_document(sha256)
    if stored is None:
        abort(404)
    try:
        outcome: Outcome = action(_desk(), _actor())
    except StaleCaseError:
        fresh = store.stored_document(sha256)
        if fresh is not None and fresh.case_id:
            return _case_page(fresh.case_id, status=409, stale=True)
        return _document_page(stored, status=409, error="Dokumentu kāds jau mainīja.")
    except InputProblem as exc:
        return _document_page(stored, status=400, error=f"Vērtība netika saglabāta: {exc}",
                              field_error=(sha256, request.form.get("field", ""), str(exc)))
    except UsageError as exc:
        return _document_page(stored, status=400, error=exc.message)
    if outcome.case_id:
        token = _keep_change(outcome, outcome.case_id)
        return redirect(url_for("pages.case", case_id=outcome.case_id, change=token), code=303)
    token = _keep_change(outcome, sha256)
    return redirect(url_for("pages.document", sha256=sha256, change=token), code=303)


def _keep_change(outcome: Outcome, where: str) -> str:
    """Keep the outcome for the page the browser is sent to (one read, this user only)."""
    changes: OrderedDict[str, Any] = current_app.extensions["desk_changes"]
    token = secrets.token_urlsafe(12)
    change = outcome.change()
    changes[token] = {
        "where": where,
        "by": _actor().name,
        "message": outcome.message,
        "closed": [f.get("message") for f in (change or {}).get("closed", [])],
        "opened": [f.get("message") for f in (change or {}).get("opened", [])],
        "before": _result_line(change["assessment_before"]) if change else None,
        "after": _result_line(change["assessment_after"]) if change else None,
    }
    while len(changes) > _CHANGES_KEPT:
        changes.popitem(last=False)
    return token


def _take_change(token: str | None, where: str) -> dict[str, Any] | None:
    if not token:
        return None
    changes: OrderedDict[str, Any] = current_app.extensions["desk_changes"]
    change = changes.get(token)
    if change is None or change["where"] != where or change["by"] != _actor().name:
        return None
    return dict(change)


# --- small readers -----------------------------------------------------------------------------


def _store() -> Any:
    return current_app.config["STORE"]


def _desk() -> Desk:
    desk: Desk = current_app.config["DESK"]
    return desk


def _actor() -> Actor:
    actor: Actor = g.actor
    return actor


def _known_case(case_id: str) -> str:
    if _store().case(case_id) is None:
        abort(404)
    return case_id


def _form(name: str) -> str:
    value = request.form.get(name)
    if value is None:
        raise UsageError(f"formā trūkst lauka {name}")
    return value


def _typed() -> str | list[str]:
    values = request.form.getlist("value")
    return values if len(values) > 1 or request.form.get("multi") else (values[0] if values else "")


def _target_case() -> str:
    target = request.form.get("to_case", "").strip()
    if not target or _store().case(target) is None:
        raise UsageError(f"nav lietas ar numuru “{target}”" if target else "norādiet lietas numuru")
    return target


def _doc_title(doc_type: str | None) -> str:
    spec = DOC_TYPES.get(str(doc_type))
    return spec.title if spec is not None else str(doc_type or "—")


def _when(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        local = value.astimezone()
        return f"{format_date_numeric(local.date())} {local:%H:%M}"
    return "—" if value is None else str(value)


def _hours(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


__all__ = ["blueprint", "install_filters"]
