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
exit "$status"
