#!/usr/bin/env bash
# Sets up (idempotently, plus the PostgreSQL server the store tests use) and runs the whole
# test suite; ruff and mypy run inside it (tests/test_lint.py). Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
export OMP_THREAD_LIMIT=1   # Tesseract: one thread per process, parallelism comes from processes
.venv/bin/python -m pytest -q "$@"
