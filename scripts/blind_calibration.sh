#!/usr/bin/env bash
# Pooled blind calibration (docs/extraction.md, Confidence): each unseen set read again by the
# reader of the round before it was opened, from a temporary checkout of that commit; the
# per-route table of every read and of all pooled. Usage: bash scripts/blind_calibration.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(pwd)
out=${1:-/tmp/blind-calibration}
mkdir -p "$out"
# set letter, the commit whose reader read it blind (docs/extraction.md, Measuring).
# B's blind reader (round 1) had no evidence routes yet; its figures are in the yaml's table.
reads="c:2ea1e46 d:879a921 e:b344adc f:0989e39"
pool=()
trees=()
# A failed read leaves no checkout behind.
trap 'for t in "${trees[@]}"; do git worktree remove --force "$t" 2>/dev/null || true; done' EXIT
for read in $reads; do
    set_=${read%%:*}; commit=${read#*:}
    tree=/tmp/cal-$set_-$$
    git worktree add --detach "$tree" "$commit" >/dev/null
    trees+=("$tree")
    # The package layout maps asistents.extract to extract/ etc. (pyproject package-dir): link.
    for sub in extract forms generate templates_docx; do ln -s "../$sub" "$tree/asistents/$sub"; done
    if [ ! -s "$out/$set_.jsonl" ]; then
        PYTHONPATH="$tree" "$here/.venv/bin/python" benchmarks/blind_by_source.py dump \
            "$here/fixtures/unseen_$set_" "$out/$set_.jsonl.part" 2>"$out/$set_.log"
        mv "$out/$set_.jsonl.part" "$out/$set_.jsonl"
    fi
    git worktree remove --force "$tree"
    pool+=("$(echo "$set_" | tr a-z A-Z)=fixtures/unseen_$set_:$out/$set_.jsonl")
done
.venv/bin/python benchmarks/blind_by_source.py pool "${pool[@]}"
