"""Intake: a folder of paperwork in, one checked case per person out.

The pipeline reads top to bottom as named stages over one `IntakeContext`:

    walk -> read (skip known hashes) -> store each record as it finishes
         -> correct (clerks' corrections on top) -> group_cases -> place (people's moves)
         -> check_case -> assess -> write outputs

Every file is known by its SHA-256, and each record is committed to the store the moment
its worker finishes: re-running on the same inbox reads nothing twice, a file added later
joins its person's existing case, and an intake killed mid-batch finishes the rest when run
again. Log lines carry hashes and case ids, never names or personal codes.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .atomic import ensure_folder, write_atomic
from .case_checks import CheckSettings, Finding, application_date
from .case_grouping import CaseDraft, Grouping, ReadError, Unassigned, group_cases
from .errors import AsistentsError, ExitCode, UsageError
from .inbox import InboxItem, walk_inbox
from .review.corrections import apply_corrections
from .review.placements import place
from .review.recheck import checked_case, contract_of, draft_for_case, summary_of

log = logging.getLogger(__name__)

Record = dict[str, Any]
DEPENDENCY_MISSING = "DEPENDENCY_MISSING"  # extract.api's flag for a missing package or program


def _all_cores() -> int:
    from .extract.page_pool import available_cores

    return available_cores()


@dataclass(frozen=True, slots=True)
class IntakeSettings:
    """How intake reads and checks; the CLI options map onto these."""

    workers: int = field(default_factory=_all_cores)  # one worker per core
    # A document's time: timeout_s, plus page_timeout_s a page (a scanned page costs ~2 s of
    # OCR on an idle core), so a 200-page scan is not cut off at a ten-page allowance.
    timeout_s: float = 120.0
    page_timeout_s: float = 15.0
    memory_mb: int = 1024
    checks: CheckSettings = field(default_factory=CheckSettings)

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.timeout_s <= 0 or self.memory_mb <= 0 or self.page_timeout_s < 0:
            raise ValueError("timeout_s and memory_mb must be positive")


@dataclass(frozen=True, slots=True)
class Progress:
    """What a progress bar shows after each file: done, failed, remaining, and the file."""

    done: int
    failed: int
    total: int
    file: str | None = None
    # A long file being read: its pages done and its page count (None between files).
    page: int | None = None
    pages: int | None = None

    @property
    def remaining(self) -> int:
        return self.total - self.done - self.failed


ProgressCallback = Callable[[Progress], None]


@dataclass
class IntakeCounts:
    """How many files did what in this run."""

    files: int = 0  # documents found in the inbox (container members counted one by one)
    read: int = 0  # read by a worker in this run
    # Not read although no error: no text at all (a blank scan), an XFA form. A person looks.
    needs_review: int = 0
    known: int = 0  # already in the store from an earlier run: not read again
    failed: int = 0  # unreadable files and containers (the `errors` of cases.json)
    cases: int = 0
    unassigned: int = 0


@dataclass
class IntakeResult:
    """What one run produced; `exit_code` is 0 all read, 1 partial, 4 nothing readable."""

    counts: IntakeCounts
    cases: list[dict[str, Any]]
    unassigned: list[dict[str, Any]]
    errors: list[dict[str, Any]]
    exit_code: ExitCode
    out: Path
    # One line per missing program or package that stopped files being read ("install X").
    missing: list[str] = field(default_factory=list)
    # Files read without an error but with nothing usable in them: {"file", "reason"} (English,
    # for the terminal; cases.json's `unassigned` says it in Latvian).
    needs_review: list[dict[str, str]] = field(default_factory=list)

    @property
    def cases_json(self) -> Path:
        return self.out / "cases.json"

    @property
    def report_html(self) -> Path:
        return self.out / "report.html"


@dataclass
class IntakeContext:
    """The state of one run, carried through the stages (no globals)."""

    inbox: Path
    out: Path
    store: Any  # asistents.store.Store
    settings: IntakeSettings
    progress: ProgressCallback | None = None
    items: list[InboxItem] = field(default_factory=list)
    records: dict[str, Record] = field(default_factory=dict)  # display name -> record
    sha_of: dict[str, str] = field(default_factory=dict)  # display name -> sha256
    inbox_errors: list[ReadError] = field(default_factory=list)
    duplicates: list[Unassigned] = field(default_factory=list)
    counts: IntakeCounts = field(default_factory=IntakeCounts)
    grouping: Grouping | None = None
    # Every record grouped in this run (this inbox and the store's), corrections applied.
    grouped: dict[str, Record] = field(default_factory=dict)
    placed: dict[str, CaseDraft] = field(default_factory=dict)  # case id -> its documents
    touched: set[str] = field(default_factory=set)  # cases a person re-arranged on the desk
    cases: list[dict[str, Any]] = field(default_factory=list)
    document_json: dict[str, str] = field(default_factory=dict)  # display name -> OUT-relative
    corrections: dict[str, Any] = field(default_factory=dict)  # sha256 -> correction rows
    review_files: set[str] = field(default_factory=set)  # read, but nothing usable: a person

    @property
    def work_dir(self) -> Path:
        # Container members are unpacked next to the report, so its links to them work.
        return self.out / "unpacked"


def run_intake(
    inbox: Path,
    out: Path,
    *,
    workers: int | None = None,
    db_url: str | None = None,
    progress: ProgressCallback | None = None,
    settings: IntakeSettings | None = None,
) -> IntakeResult:
    """Run the whole intake on `inbox`, writing into `out`; see the module docstring.

    `cases.json` and the report show every case of the store that this inbox touches or
    that earlier runs made (the store is the service's case file); `unassigned` and `errors`
    list this inbox's files only.
    """
    from .store import Store

    # `workers` is the one setting a caller usually changes; when given it wins over
    # `settings.workers` (a settings object passed alone keeps its own).
    settings = settings or IntakeSettings()
    if workers is not None:
        settings = replace(settings, workers=workers)
    if Path(out).exists() and not Path(out).is_dir():
        raise UsageError("the output folder is a file", file=out)
    if not Path(inbox).is_dir():
        raise UsageError("the inbox is not a folder or does not exist", file=inbox)
    ctx = IntakeContext(
        inbox=Path(inbox),
        out=Path(out),
        store=Store(db_url),
        settings=settings,
        progress=progress,
    )
    try:
        ensure_folder(ctx.out)
        walk(ctx)
        read(ctx)
        correct(ctx)
        group(ctx)
        check_and_assess(ctx)
        write_outputs(ctx)
        return result_of(ctx)
    finally:
        ctx.store.close()


# --- stages --------------------------------------------------------------------------------


def walk(ctx: IntakeContext) -> None:
    """List the inbox's documents (containers unpacked safely) and the files it cannot open."""
    scan = walk_inbox(ctx.inbox, ctx.work_dir)
    first_of: dict[str, str] = {}
    for item in scan.items:
        if item.sha256 in first_of:
            # The same bytes twice (a scan dropped in again): listed once, the copy explained.
            ctx.duplicates.append(
                Unassigned(
                    item.display_name,
                    "unknown",
                    f"tas pats fails, kas {first_of[item.sha256]} (identisks saturs)",
                )
            )
            continue
        first_of[item.sha256] = item.display_name
        ctx.items.append(item)
        ctx.sha_of[item.display_name] = item.sha256
    ctx.inbox_errors = [ReadError(e.display_name, e.error) for e in scan.errors]
    ctx.counts.files = len(scan.items) + len(scan.errors)
    log.info("inbox: %d documents, %d errors", len(scan.items), len(scan.errors))


def read(ctx: IntakeContext) -> None:
    """Read every document the store does not know yet, storing each record as it finishes."""
    to_read: list[InboxItem] = []
    for item in ctx.items:
        stored = ctx.store.document(item.sha256)  # None when unknown: one query, not two
        # A file that failed before is read again: a timeout on a busy machine may pass now.
        if stored is not None and not stored.get("error"):
            record = dict(stored)
            record["file"] = item.display_name
            ctx.records[item.display_name] = record
            ctx.counts.known += 1
        else:
            to_read.append(item)
    total = len(ctx.items)
    done = ctx.counts.known
    failed = 0
    _report(ctx, Progress(done, failed, total))
    by_path = {item.path: item for item in to_read}

    def pages(file: str, page: int, count: int) -> None:
        if count > 1:
            _report(ctx, Progress(done, failed, total, file, page, count))
        if count >= 20 and page and page % 10 == 0:
            # A long scan in the log (with -v): by hash, the file name may name the person.
            sha = ctx.sha_of.get(file, "")[:12]
            log.info("reading %s: page %d of %d", sha, page, count)

    # closing(): on Ctrl+C or a kill the workers are stopped at once, not at garbage collection.
    with closing(_finished(to_read, ctx.settings, pages)) as finished:
        for path, record in finished:
            _store_record(ctx, by_path[path], record)
            if record.get("error") or record.get("needs_review"):
                failed += 1
            else:
                done += 1
            _report(ctx, Progress(done, failed, total, by_path[path].display_name))


def _finished(
    items: Sequence[InboxItem],
    settings: IntakeSettings,
    on_pages: Callable[[str, int, int], None] | None = None,
) -> Generator[tuple[Path, Record], None, None]:
    # A generator of our own, so closing() reaches the worker pool's cleanup through it.
    yield from read_in_workers(items, settings, on_pages)


def _store_record(ctx: IntakeContext, item: InboxItem, record: Record) -> None:
    """Keep one finished record, in the run and in the store (committed at once)."""
    record = {**record, "file": item.display_name}
    if item.note and not record.get("error"):
        # The container was named as something else ("named .pdf but is a ZIP container").
        record["warnings"] = [item.note, *(record.get("warnings") or [])]
        record["flags"] = list(dict.fromkeys([*(record.get("flags") or []), "TYPE_MISMATCH"]))
    ctx.records[item.display_name] = record
    if record.get("error"):
        log.info("read failed: %s", item.sha256[:12])
        action, detail = "read_failed", {"error": record["error"]}
    elif record.get("needs_review"):
        ctx.counts.needs_review += 1
        action, detail = "read_needs_review", {"flags": record.get("flags")}
    else:
        ctx.counts.read += 1
        action, detail = "read", {"doc_type": record.get("doc_type")}
    # Committed at once, with its audit entry: a run killed after this line does not read the
    # file again, and the audit still says it was read.
    ctx.store.save_document(item.sha256, item.display_name, record, audit_action=action,
                            audit_detail=detail)


def read_in_workers(
    items: Sequence[InboxItem],
    settings: IntakeSettings,
    on_pages: Callable[[str, int, int], None] | None = None,
) -> Iterator[tuple[Path, Record]]:
    """Each file in an isolated worker process: a hang, crash or bomb is that file's error."""
    if not items:
        return iter(())
    from .extract.workers import Limits, extract_in_workers

    return extract_in_workers(
        [item.path for item in items],
        workers=settings.workers,
        limits=Limits(
            timeout_s=settings.timeout_s,
            page_timeout_s=settings.page_timeout_s,
            memory_mb=settings.memory_mb,
        ),
        display_names=[item.display_name for item in items],
        on_progress=on_pages,
    )


def correct(ctx: IntakeContext) -> None:
    """Remember where each original is, and put clerks' corrections on top of the records.

    The store keeps every record as read; what the review desk corrected is applied here, so
    grouping, checks, the assessment and everything written use the corrected values.
    """
    ctx.store.note_document_files(
        (item.sha256, str(item.path.resolve())) for item in ctx.items
    )
    ctx.corrections = ctx.store.all_corrections()
    corrected = apply_corrections(ctx.records.values(), ctx.sha_of, ctx.corrections)
    ctx.records = {str(r["file"]): r for r in corrected}


def group(ctx: IntakeContext) -> None:
    """Group this inbox's records with every document the store already holds into cases,
    then apply what people decided on the desk (moves, splits, not ours: review.placements)."""
    stored = apply_corrections(_stored_records(ctx), ctx.sha_of, ctx.corrections)
    # A file with no readable text is no document of any type: it is not grouped (it would
    # be "none of the service's documents"), it waits for a person with the reason said.
    review = [r for r in ctx.records.values() if r.get("needs_review") and not r.get("error")]
    records = [*stored, *[r for r in ctx.records.values() if r not in review]]
    ctx.grouped = {str(r.get("file")): r for r in records}
    ctx.grouping = group_cases(records)
    file_of = {sha: file for file, sha in ctx.sha_of.items()}
    by_file = {
        file_of[sha]: row for sha, row in ctx.store.placements().items() if sha in file_of
    }
    placed = place(ctx.grouping, ctx.grouped, by_file, lambda draft: _allocate(ctx, draft))
    ctx.placed, ctx.touched = placed.cases, placed.touched
    inbox_files = set(ctx.records)
    ctx.grouping.cases = list(placed.cases.values())
    ctx.grouping.errors = [*ctx.inbox_errors, *ctx.grouping.errors]
    ctx.grouping.unassigned = [
        *[u for u in placed.unassigned if u.file in inbox_files],
        *[Unassigned(str(r["file"]), "unknown", review_reason(r)) for r in review],
        *ctx.duplicates,
    ]
    ctx.review_files = {str(r["file"]) for r in review}
    ctx.counts.failed = len(ctx.grouping.errors)


def check_and_assess(ctx: IntakeContext) -> None:
    """Check every case, assess it, and record it in the store (review.recheck.checked_case:
    the same function the review desk uses after a change)."""
    assert ctx.grouping is not None  # set by group()
    for case_id, draft in ctx.placed.items():
        before = ctx.store.case(case_id)
        if case_id in ctx.touched:
            # Re-arranged by a person: built as the desk builds it, so both show one case.
            draft = draft_for_case(case_id, before, draft.documents)
        case = checked_case(
            draft,
            case_id,
            requirements=requirements_for,
            checks=ctx.settings.checks,
            resolutions=ctx.store.resolutions(case_id),
            sha_of=ctx.sha_of,
        )
        ctx.cases.append(case)
        ctx.store.save_case(case)
        ctx.store.save_case_summary(
            case_id, summary_of(case), changed=before is not None and before != case
        )
        ctx.store.assign_documents(case_id, [ctx.sha_of[f] for f in draft.files])
        ctx.store.audit("case_checked", case_id=case_id, detail=_finding_counts(case))
    unassigned = [ctx.sha_of[u.file] for u in ctx.grouping.unassigned if u.file in ctx.sha_of]
    ctx.store.assign_documents(None, [sha for sha in unassigned if ctx.store.known(sha)])
    ctx.cases.sort(key=lambda case: str(case["case_id"]))
    ctx.counts.cases = len(ctx.cases)
    ctx.counts.unassigned = len(ctx.grouping.unassigned)


def _allocate(ctx: IntakeContext, draft: CaseDraft) -> str:
    """The case id of a draft nobody placed: by its key (a keyed hash, never the code)."""
    applied = application_date(draft)
    year = (applied or date.today()).year
    return str(ctx.store.case_id_for(ctx.store.case_key(draft.key), year))


def write_outputs(ctx: IntakeContext) -> None:
    """OUT/documents/<name>.json per document, OUT/cases.json and OUT/report.html."""
    assert ctx.grouping is not None
    documents_dir = ensure_folder(ctx.out / "documents")
    used: set[str] = set()
    for display, record in sorted(ctx.records.items()):
        name = document_json_name(display, ctx.sha_of.get(display, ""), used)
        _write_json(documents_dir / name, record)
        ctx.document_json[display] = f"documents/{quote(name)}"
    for case in ctx.cases:
        for document in case["documents"]:
            if document["file"] in ctx.document_json:
                document["json"] = ctx.document_json[document["file"]]
    contract = {
        "cases": ctx.cases,
        "unassigned": unassigned_contract(ctx),
        "errors": [e.to_contract() for e in ctx.grouping.errors],
    }
    _write_json(ctx.out / "cases.json", contract)
    from .report_html import write_report

    write_report(
        ctx.out / "report.html",
        contract,
        records=ctx.records,
        originals=original_links(ctx),
        min_field_confidence=ctx.settings.checks.min_field_confidence,
    )


def result_of(ctx: IntakeContext) -> IntakeResult:
    """The run's counts and its exit code: 0 all read, 1 partial, 4 nothing could be read."""
    assert ctx.grouping is not None
    errors = [e.to_contract() for e in ctx.grouping.errors]
    readable = len(ctx.records) - sum(
        1 for r in ctx.records.values() if r.get("error") or r.get("needs_review")
    )
    if not errors and not ctx.review_files:
        code = ExitCode.OK
    elif readable == 0:
        code = ExitCode.FAILED
    else:
        code = ExitCode.PARTIAL
    missing = list(
        dict.fromkeys(
            str(r["error"])
            for r in ctx.records.values()
            if DEPENDENCY_MISSING in (r.get("flags") or []) and r.get("error")
        )
    )
    if missing:
        code = ExitCode.DEPENDENCY
    return IntakeResult(
        counts=ctx.counts,
        cases=ctx.cases,
        unassigned=unassigned_contract(ctx),
        errors=errors,
        exit_code=code,
        out=ctx.out,
        missing=missing,
        needs_review=[
            {"file": name, "reason": str(ctx.records[name].get("needs_review"))}
            for name in sorted(ctx.review_files)
        ],
    )


def review_reason(record: Record) -> str:
    """Why a read file waits for a person, in the clerk's Latvian."""
    from .reasons_lv import to_latvian

    return to_latvian(str(record.get("needs_review") or ""))


def unassigned_contract(ctx: IntakeContext) -> list[dict[str, Any]]:
    """`unassigned` of cases.json; files nothing could be read from carry `needs_review: true`
    (added to the contract: such a file is listed once, here, and counts as not read)."""
    assert ctx.grouping is not None
    listed = []
    for entry in ctx.grouping.unassigned:
        item: dict[str, Any] = dict(entry.to_contract())
        if entry.file in ctx.review_files:
            item["needs_review"] = True
        listed.append(item)
    return listed


# --- the case contract ---------------------------------------------------------------------


def requirements_for(draft: CaseDraft) -> list[Any]:
    """The required-document list for the case's service, situation and rule set (forms data)."""
    from .case_checks import claimed_activities
    from .forms.required_documents import RULE_SETS, required_documents, situation_for

    service = draft.service or "assistant"
    applied = application_date(draft)
    activities = [str(a["kind"]) for a in claimed_activities(draft)]
    situation = situation_for(
        service=service,
        applicant_code=draft.applicant.personal_code if draft.applicant else None,
        client_code=draft.client.personal_code,
        on=applied or date.today(),
    )
    return list(
        required_documents(service, situation, activities, rule_set=rule_set_on(applied, RULE_SETS))
    )


def rule_set_on(applied: date | None, known: Sequence[str]) -> str:
    """The assistant rule set in force on the application date (rules data); mk942 before any."""
    from .rules import choose_rule_set

    try:
        chosen = choose_rule_set(applied or date.today())
    except AsistentsError:
        return known[0]
    return chosen if chosen in known else known[0]


def case_contract(draft: CaseDraft, findings: list[Finding], store: Any) -> dict[str, Any]:
    """A case as DESIGN.md's case contract (documents in file order, findings as checked),
    under the case id its key has in the store (allocated the first time)."""
    applied = application_date(draft)
    year = (applied or date.today()).year
    # The store keys cases by a keyed hash: the personal code never becomes a database key.
    case_id = store.case_id_for(store.case_key(draft.key), year)
    return contract_of(draft, case_id, [f.to_contract() for f in findings])


def _finding_counts(case: dict[str, Any]) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for finding in case["findings"]:
        counts[finding["kind"]] = counts.get(finding["kind"], 0) + 1
    return {"findings": counts, "documents": len(case["documents"])}


# --- files ---------------------------------------------------------------------------------


def _stored_records(ctx: IntakeContext) -> list[Record]:
    """Documents from earlier runs (other inboxes) that this run did not list itself."""
    here = set(ctx.sha_of.values())
    records: list[Record] = []
    for stored in ctx.store.documents():
        if stored.sha256 in here or stored.record.get("error"):
            continue  # an old failure elsewhere is not this inbox's error
        if stored.record.get("needs_review"):
            continue  # nor is a blank scan another inbox brought
        records.append({**stored.record, "file": stored.display_name})
        ctx.sha_of.setdefault(stored.display_name, stored.sha256)
    return records


def document_json_name(display: str, sha: str, used: set[str]) -> str:
    """A file name for a document's JSON: its own name, made safe and unique."""
    inner = display.split("/", 1)[1] if "/" in display else display
    safe = re.sub(r"[^\w.\-]+", "_", inner.replace("!/", "__")).strip("._") or "document"
    name = f"{safe}.json"
    if name in used:
        name = f"{safe}-{sha[:8]}.json"
    used.add(name)
    return name


def original_links(ctx: IntakeContext) -> dict[str, str]:
    """Display name -> link relative to OUT: the inbox file, or the unpacked container member.

    A PDF with active content (JavaScript, launch or submit actions) gets no link: it stays in
    the inbox, not offered to the clerk's PDF viewer, and is looked at as page images on the
    review desk, which never runs it."""
    from .extract.preflight import ACTIVE_CONTENT

    links: dict[str, str] = {}
    for item in ctx.items:
        if ACTIVE_CONTENT in (ctx.records.get(item.display_name) or {}).get("flags", ()):
            continue
        links[item.display_name] = _relative_url(item.path, ctx.out)
    inbox_prefix = ctx.inbox.resolve().name
    for error in ctx.inbox_errors:
        relative = error.file.split("/", 1)[1] if "/" in error.file else ""
        candidate = ctx.inbox / relative.split("!/", 1)[0]
        if relative and error.file.startswith(inbox_prefix) and candidate.exists():
            links[error.file] = _relative_url(candidate, ctx.out)
    for duplicate in ctx.duplicates:
        relative = duplicate.file.split("/", 1)[1] if "/" in duplicate.file else ""
        candidate = ctx.inbox / relative
        if relative and "!/" not in relative and candidate.exists():
            links[duplicate.file] = _relative_url(candidate, ctx.out)
    return links


def _relative_url(path: Path, out: Path) -> str:
    """A link from OUT/report.html to `path`: relative, so OUT and the inbox can move together;
    URL-quoted, since scanners name files "dokuments (1).pdf"."""
    return quote(Path(os.path.relpath(path, out)).as_posix())


def _write_json(path: Path, data: object) -> None:
    # Written beside and renamed: a run killed mid-write never leaves half a cases.json.
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _report(ctx: IntakeContext, progress: Progress) -> None:
    if ctx.progress is not None:
        ctx.progress(progress)


__all__ = [
    "IntakeContext",
    "IntakeCounts",
    "IntakeResult",
    "IntakeSettings",
    "Progress",
    "ProgressCallback",
    "case_contract",
    "document_json_name",
    "run_intake",
]
