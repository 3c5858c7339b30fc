#!/usr/bin/env bash
# Sets up (idempotently) and runs the whole test suite, then the linters.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export OMP_THREAD_LIMIT=1   # Tesseract: one thread per process, parallelism comes from processes
.venv/bin/python -m pytest -q "$@"
