#!/usr/bin/env bash
# Sets up (idempotently) and runs the main job on the bundled sample inbox: intake of every
# document in fixtures/inbox into one checked case per person, with a report for the clerk.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export OMP_THREAD_LIMIT=1
out="${1:-out}"
status=0
.venv/bin/asistents intake fixtures/inbox --out "$out" --db "sqlite:///$out/asistents.db" || status=$?
# 1 means "some files could not be read": the sample inbox has none, but say it plainly.
if [ -f "$out/report.html" ]; then
  echo "Report for the clerk: $(cd "$out" && pwd)/report.html   (cases: $out/cases.json)"
fi
[ "$status" -le 1 ] || exit "$status"

# Decisions on every case. The sample's papers are from 2021-2026, so each decision is dated on
# its legal due date and its period starts where the assessment starts it (the first day of the
# month after the application), as it would have been issued then. A case with unresolved
# findings is not issued: `decide` lists what stands in the way (exit 1) and the demo goes on.
# Cases held back only by fields the reader was unsure of would be compared with the originals
# at the review desk (`asistents review`); for the demo they are issued anyway, and the reason
# goes to the audit log.
db="sqlite:///$out/asistents.db"
decisions="$out/decisions"
echo
echo "== Decisions (settings: templates_docx/municipality.yaml, an invented service) =="
.venv/bin/python - "$out/cases.json" "$db" <<'PY' | while read -r case_id on from unsure; do
import json, sys
from asistents.store import Store
with Store(sys.argv[2]) as store:  # a second run of the demo does not decide a case again
    decided = {d.case_id for d in store.decisions()}
for case in json.load(open(sys.argv[1], encoding="utf-8"))["cases"]:
    if case["case_id"] in decided:
        continue
    assessment = case.get("assessment") or {}
    on = assessment.get("decision_due") or "-"
    start = (assessment.get("period") or {}).get("from") or "-"
    # (an `ineligible` finding does not block a refusal: it is the refusal's ground)
    open_ = [f for f in case["findings"] if not f.get("resolution") and f["kind"] != "ineligible"]
    unsure = bool(open_) and all(f["rule"].startswith("nolasīšana") for f in open_)
    print(case["case_id"], on, start, "unsure" if unsure else "-")
PY
  args=(--out "$decisions" --db "$db")
  [ "$on" = "-" ] || args+=(--on "$on")
  [ "$from" = "-" ] || args+=(--from "$from")
  [ "$unsure" = "-" ] || args+=(--despite "demonstrācija: nedroši nolasītie lauki nav salīdzināti ar oriģinālu")
  .venv/bin/asistents decide "$case_id" "${args[@]}" </dev/null || true
done
# Rehabilitation plans for the family assistant cases that have their decision.
echo
echo "== Rehabilitation plans =="
mapfile -t family < <(.venv/bin/python - "$out/cases.json" "$db" <<'PY'
import json, sys
from asistents.store import Store
cases = json.load(open(sys.argv[1], encoding="utf-8"))["cases"]
with Store(sys.argv[2]) as store:  # a plan already made is not made again
    made = {e["case_id"] for e in store.audit_log() if e["action"] == "plan_made"}
print("\n".join(c["case_id"] for c in cases
                if c["service"] == "family_assistant" and c["case_id"] not in made))
PY
)
for case_id in "${family[@]}"; do
  [ -n "$case_id" ] || continue
  # a case still blocked has no decision yet: plan says so in one line
  .venv/bin/asistents plan "$case_id" --out "$decisions" --db "$db" || true
done

# Timesheets for the assistants of the granted cases: the first month of each grant.
echo
echo "== Timesheets for the first granted month =="
timesheets="$out/timesheets"
.venv/bin/python - "$db" <<'PY' | while read -r case_id month; do
import sys
from asistents.store import Store
with Store(sys.argv[1]) as store:
    latest = {}
    for decision in store.decisions():
        latest[decision.case_id] = decision
    for case_id, decision in sorted(latest.items()):
        if decision.terms and decision.terms.granted and decision.terms.period_from:
            print(case_id, decision.terms.period_from.strftime("%Y-%m"))
PY
  .venv/bin/asistents timesheet new --case "$case_id" --month "$month" --out "$timesheets" \
    --db "$db" || true
done

# One print batch of everything issued, each document from an odd page, ready to sign.
echo
echo "== Print batch =="
shopt -s nullglob
issued=("$decisions"/*.pdf)
if [ ${#issued[@]} -gt 0 ]; then
  .venv/bin/asistents print "${issued[@]}" --out "$out/druka.pdf" --db "$db" || true
fi

echo
echo "Decisions and plans (DOCX to edit, PDF/A to sign): $(cd "$decisions" && pwd)/"
[ -d "$timesheets" ] && echo "Timesheets for the assistants (DOCX to print, PDF to fill): $(cd "$timesheets" && pwd)/"
[ -f "$out/druka.pdf" ] && echo "Print batch: $(cd "$out" && pwd)/druka.pdf"
exit 0
