"""100 decisions to DOCX and PDF: ours against raw docxtpl plus one raw LibreOffice run.

    .venv/bin/python benchmarks/bench_decisions.py [--count 100]

Ours: the decision's context from the assessment (Latvian reasoning), `render_docx` (sandbox,
strict variables, read-back) and `convert_many` (one LibreOffice run with its own profile,
each PDF checked for its texts, moved into place). Raw: the same template and context through
a bare `DocxTemplate.render` + `save`, then one `soffice --convert-to` (same PDF/A filter) over
the same files. Both in this run, on the same machine; the goal is ours / raw <= 1.2.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

from asistents.generate.decision_context import decision_document
from asistents.generate.docx_render import Picture, render_docx
from asistents.generate.municipality import load_municipality
from asistents.generate.pdf import PDFA_FILTER, Conversion, convert_many
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage

from asistents.issuing.decisions import LOGO_WIDTH_MM, assess_for_decision, template_path
from asistents.rules import load_config

TRUTH = Path(__file__).resolve().parents[1] / "fixtures" / "truth"
CLIENT = "Marta Ozoliņa"  # a grant with every part: activities, a benefit deduction


def sample_case() -> tuple[dict, list[dict]]:
    records = [json.loads(line) for line in
               (TRUTH / "documents.jsonl").read_text("utf-8").splitlines() if line]
    mine = [r for r in records if CLIENT in json.dumps(r["fields"], ensure_ascii=False)]
    case = {"case_id": "2021-0006", "client": {"name": CLIENT, "personal_code": "230679-11223"},
            "applicant": {"name": CLIENT, "personal_code": "230679-11223"}}
    return case, mine


def ours(count: int, out: Path) -> tuple[float, float]:
    case, records = sample_case()
    config, municipality = load_config(), load_municipality()
    issued_on = date(2026, 12, 3)
    start = time.perf_counter()
    jobs = []
    for n in range(1, count + 1):
        facts, assessment = assess_for_decision(records, start=date(2027, 1, 1),
                                                issued_on=issued_on, config=config)
        document = decision_document(case=case, records=records, facts=facts,
                                     assessment=assessment, config=config,
                                     municipality=municipality, number=f"SD/2026/{n}",
                                     issued_on=issued_on)
        docx = out / f"lemums_SD-2026-{n}.docx"
        render_docx(template_path(document.template), document.context, docx,
                    expect=document.must_contain,
                    pictures={"logo": Picture(municipality.logo, LOGO_WIDTH_MM)})
        jobs.append(Conversion(docx, docx.with_suffix(".pdf"), tuple(document.must_contain)))
    docx_s = time.perf_counter() - start
    results = convert_many(jobs)
    total = time.perf_counter() - start
    failed = [r for r in results if not r.ok]
    if failed:
        raise SystemExit(f"ours: {len(failed)} PDFs failed: {failed[0].error}")
    return docx_s, total


def raw(count: int, out: Path) -> tuple[float, float]:
    case, records = sample_case()
    config, municipality = load_config(), load_municipality()
    issued_on = date(2026, 12, 3)
    facts, assessment = assess_for_decision(records, start=date(2027, 1, 1),
                                            issued_on=issued_on, config=config)
    context = decision_document(case=case, records=records, facts=facts,
                                assessment=assessment, config=config,
                                municipality=municipality, number="SD/2026/1",
                                issued_on=issued_on).context
    template = template_path("lemums_asistents_pieskirt.docx")
    start = time.perf_counter()
    files = []
    for n in range(1, count + 1):
        document = DocxTemplate(str(template))
        values = {**context, "logo": InlineImage(document, str(municipality.logo),
                                                  width=Mm(LOGO_WIDTH_MM))}
        document.render(values, autoescape=True)
        path = out / f"raw_{n}.docx"
        document.save(str(path))
        files.append(str(path))
    docx_s = time.perf_counter() - start
    profile = out / "profile"
    # the same options as ours: only what asistents adds around the run is measured
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to",
                    PDFA_FILTER, "--outdir", str(out / "pdf"), *files],
                   check=True, capture_output=True, timeout=3600)
    total = time.perf_counter() - start
    made = len(list((out / "pdf").glob("*.pdf")))
    if made != count:
        raise SystemExit(f"raw: {made} of {count} PDFs")
    return docx_s, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2,
                        help="alternate raw and ours this many times; the best of each counts "
                             "(the machine is shared)")
    args = parser.parse_args()
    if not shutil.which("soffice"):
        raise SystemExit("LibreOffice (soffice) is not installed")
    raw_runs, our_runs = [], []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "raw").mkdir()
            (Path(tmp) / "ours").mkdir()
            raw_runs.append(raw(args.count, Path(tmp) / "raw"))
            our_runs.append(ours(args.count, Path(tmp) / "ours"))
    raw_docx, raw_total = min(r[0] for r in raw_runs), min(r[1] for r in raw_runs)
    our_docx, our_total = min(r[0] for r in our_runs), min(r[1] for r in our_runs)
    n = args.count
    print(f"{n} decisions (grant with reasoning, logo, tables)")
    print(f"  raw docxtpl + 1 soffice run : DOCX {raw_docx:6.1f} s ({raw_docx / n * 1000:5.0f} ms "
          f"each), total {raw_total:6.1f} s ({raw_total / n * 1000:5.0f} ms each)")
    print(f"  asistents (checked)         : DOCX {our_docx:6.1f} s ({our_docx / n * 1000:5.0f} ms "
          f"each), total {our_total:6.1f} s ({our_total / n * 1000:5.0f} ms each)")
    print(f"  ratio ours / raw: DOCX {our_docx / raw_docx:.2f}, DOCX+PDF "
          f"{our_total / raw_total:.2f} (goal <= 1.2)")


if __name__ == "__main__":
    main()
