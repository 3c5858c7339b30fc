"""How fast the review desk's pages are: the sample store and a store of 2,000 cases.

    .venv/bin/python benchmarks/bench_review.py [--cases 2000] [--repeat 15]

1. The sample inbox through intake (truth records instead of OCR, tests/review_sample.py):
   the list page and every case page, page images rendered the first time and then read
   from the cache.
2. A store of 2,000 cases (about 10,000 documents), written straight into the tables from
   the sample's cases with new ids, names and hashes: the list page (first page and the last),
   a filtered list, and case pages.

Pages are fetched through the WSGI app (Flask's test client: routing, the store, templates,
headers; no network). Each figure is also given as a ratio against the raw store reads the
page is built from (the same queries alone), so a slower machine does not hide a slower desk.
The goal is under 300 ms a page.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from review_sample import build_sample_store  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from asistents.review.app import DeskSettings, create_app  # noqa: E402
from asistents.review.recheck import summary_of  # noqa: E402
from asistents.store import Store  # noqa: E402
from asistents.store.tables import case_reviews, cases, documents  # noqa: E402


def timed(work: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(label: str, times: list[float], raw: list[float] | None = None) -> None:
    median = statistics.median(times)
    line = f"{label:<44} median {median:7.1f} ms   max {max(times):7.1f} ms"
    if raw:
        line += f"   x{median / statistics.median(raw):5.1f} of the raw reads"
    print(line)


def get(client: Any, url: str) -> None:
    answer = client.get(url)
    if answer.status_code != 200:
        raise SystemExit(f"{url}: HTTP {answer.status_code}")


def sample_store(folder: Path, repeat: int) -> None:
    print("sample store (the sample inbox through intake)")
    build_sample_store(folder)
    store = Store(f"sqlite:///{folder / 'asistents.db'}")
    app = create_app(store, DeskSettings(login_required=False, cache_dir=folder / "lapas"))
    client = app.test_client()
    report("cases list", timed(lambda: get(client, "/"), repeat),
           timed(lambda: (store.case_summaries(limit=100), store.case_status_counts(),
                          store.loose_documents()), repeat))
    summaries = store.case_summaries()
    first_views, page_times = [], []
    for summary in summaries:
        case_id = summary.case_id
        first_views.append(timed(lambda case_id=case_id: get(client, f"/cases/{case_id}"), 1)[0])
        page_times.extend(timed(lambda case_id=case_id: get(client, f"/cases/{case_id}"),
                                max(3, repeat // 3)))
    raw = []
    for summary in summaries:
        raw.extend(timed(lambda case_id=summary.case_id: (
            store.case(case_id), store.case_documents(case_id), store.audit_log(case_id=case_id),
            store.case_summary(case_id)), 3))
    report(f"case page, first view ({len(summaries)} cases)", first_views)
    report("case page, again", page_times, raw)
    images = []
    cached = []
    for summary in summaries:
        for document in store.case_documents(summary.case_id):
            url = f"/documents/{document.sha256}/pages/0.jpg"
            images.append(timed(lambda url=url: get(client, url), 1)[0])
            cached.append(timed(lambda url=url: get(client, url), 1)[0])
    report(f"page image, first (rendered, {len(images)} documents)", images)
    report("page image, again (from the cache)", cached)
    store.close()


def big_store(folder: Path, count: int, repeat: int) -> None:
    print(f"a store of {count} cases")
    template_folder = folder / "template"
    build_sample_store(template_folder)
    template = Store(f"sqlite:///{template_folder / 'asistents.db'}")
    models = [(template.case(s.case_id), template.case_documents(s.case_id))
              for s in template.case_summaries()]
    template.close()
    store = Store(f"sqlite:///{folder / 'big.db'}")
    now = datetime.now(UTC)
    start = time.perf_counter()
    case_rows, document_rows, review_rows = [], [], []
    for number in range(count):
        contract, stored = models[number % len(models)]
        assert contract is not None
        year, seq = 2026, number + 1
        case_id = f"{year}-{seq:04d}"
        names = {}
        for document in stored:
            sha = hashlib.sha256(f"{case_id}/{document.sha256}".encode()).hexdigest()
            name = f"inbox-{number // 50}/{document.display_name.rsplit('/', 1)[-1]}"
            names[document.display_name] = name
            document_rows.append({
                "sha256": sha, "display_name": name, "display_names": [name],
                "record": {**document.record, "file": name}, "doc_type": document.doc_type,
                "error": None, "case_id": case_id, "first_seen": now, "last_seen": now})
        client = dict(contract.get("client") or {})
        client["name"] = f"{client.get('name') or 'Klients'} {number}"
        copy = {**contract, "case_id": case_id, "client": client,
                "documents": [{**d, "file": names.get(d["file"], d["file"])}
                              for d in contract.get("documents") or []],
                "findings": [{**f, "documents": [names.get(x, x) for x in f.get("documents", [])]}
                             for f in contract.get("findings") or []]}
        case_rows.append({"case_id": case_id, "case_key": f"bench-{number}", "year": year,
                          "seq": seq, "service": copy.get("service"), "contract": copy,
                          "created_at": now, "updated_at": now})
        review_rows.append({"case_id": case_id, "version": 1, "ready": number % 7 == 0,
                            "changed_at": now, **summary_of(copy)})
    with store._writing() as connection:
        connection.execute(insert(cases), case_rows)
        connection.execute(insert(documents), document_rows)
        connection.execute(insert(case_reviews), review_rows)
    print(f"  built: {count} cases, {len(document_rows)} documents in "
          f"{time.perf_counter() - start:.1f} s")
    app = create_app(store, DeskSettings(login_required=False, cache_dir=folder / "lapas"))
    client = app.test_client()
    raw_list = timed(lambda: (store.case_summaries(limit=100), store.case_status_counts(),
                              store.loose_documents()), repeat)
    report("cases list, first page", timed(lambda: get(client, "/"), repeat), raw_list)
    last = -(-count // 100)
    report("cases list, last page", timed(lambda: get(client, f"/?page={last}"), repeat),
           raw_list)
    report("cases list, needs a look, by due date",
           timed(lambda: get(client, "/?status=needs_look&sort=due"), repeat), raw_list)
    picks = [f"2026-{n:04d}" for n in range(1, count + 1, max(1, count // 25))]
    page_times, raw = [], []
    for case_id in picks:
        page_times.extend(timed(lambda case_id=case_id: get(client, f"/cases/{case_id}"), 3))
        raw.extend(timed(lambda case_id=case_id: (
            store.case(case_id), store.case_documents(case_id), store.audit_log(case_id=case_id),
            store.case_summary(case_id)), 3))
    report(f"case page ({len(picks)} cases across the store)", page_times, raw)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        sample_store(Path(tmp) / "sample", args.repeat)
        big_store(Path(tmp) / "big", args.cases, args.repeat)


if __name__ == "__main__":
    main()
