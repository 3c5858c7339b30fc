"""The reader on the independent sets it was tuned on (fixtures/unseen_a to _zq): gains hold.

Every digital document of each set is read (a text layer is quick); of the scans only a few,
each standing for a class the reader learnt (a scan's date line beside a birth date and the
issuer's telephone in the letterhead, a hospital's day ward, a timesheet known by its dated
rows, a phone photo whose hand X marks are seen in the pixels, a timesheet whose section headings
name the activity, a foreign act that must stay unknown, a guardian's certificate photographed, a
typed list in "1 h 15 min", a rehabilitation course's visits x hours, a checklist whose filled
boxes OCR lost, a range end OCR damaged, a rehabilitation unit known by what it is, ticked
limitations beside denied ones, a ticked task checklist, a programme printed with its code and
qualification, a notarial power of attorney, a fax whose machine header is no issuer, a
timesheet writing its lunch break beside the from-to, an employer's answer under the request
it answers, a guardian's card photographed front and back, a two-column school paper with its
pupil's data box, a day centre's weekday list with clock times, a typed value struck and
corrected by hand, a Latvian paper with its English translation beside it, a photographed
letter giving a length before its count, a fax whose month is printed in letters, a list of two
day-centre items of one kind, an applicant under a power of attorney named in the genitive, a
notarial power of attorney signed under its parties' roles, a timesheet total under a stamp, a
shift rota of days on and off, attorneys in a numbered list, a timesheet kept in 15-minute units,
a one-word caption under a value, a typewritten sheet's dotted leaders, a system's print header, a
spreadsheet's printed grid, a power of attorney written by hand, a title over a table's heading
row, a speck's mark on a common word, a faxed diary of sentences, an orphan court's letter citing
a judgment first, an opinion recalling an earlier period).
Set N's digital papers include a scan under its scanner's own invisible OCR text, which the
reader OCRs again. A confident wrong value is the worst outcome: none may be reported at 0.9
or more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asistents.accuracy import AccuracyReport, measure

ROOT = Path(__file__).resolve().parents[1]

# Measured when written (docs/extraction.md, Measuring): A 99.6 %, B 95.2 %, C 98.3 %, D 97.8 %,
# E 100 %; after round 8 F 97.3 %; after round 10 G 99.0 %, H 99.4 %, I 95.4 %, J 98.9 % of the
# digital documents' fields; after round 11 K 95.2 %; after round 12 I 98.0 %, K 99.4 %,
# L 99.3 %; after round 13 M 100 %; after round 14 N 100 %; after round 16 O 96.8 %, P 100 %;
# after round 17 Q 89.3 %; after round 18 Q 100 %, R 100 % (R read blind at 97.5 % by round 17);
# after round 19 S 100 % (read blind at 95.8 % by round 18); after round 20 T 100 % (read blind
# at 93.6 % by round 19), U 95.1 % (read blind at 87.4 % by round 20); after round 21 U 99.3 %,
# V 95.7 % (its foreign application now unknown), W 96.6 % (read blind at 64.9 % by round 20b),
# X 99.3 % (read blind at 86.1 %); after round 22 Y 99.3 % (read blind at 86.8 % by rounds 20b
# and 21), Z 98.7 % (read blind at 81.8 %); after round 23 ZA 100 % (read blind at 88.8 % by
# round 21 and 90.7 % by round 22), ZB 99.3 % (blind 89.0 %), ZC 96.7 % (blind 88.1 % by round
# 22), ZD 98.7 % (blind 74.5 %); after round 24 ZE, ZH; after round 25 ZF, ZG; after round 26
# ZI, ZJ, ZK; after round 27 ZL, ZM, ZN; after round 28 ZO, ZP, ZQ. Sets ZR and ZS, blind, are
# not held here: they measure what the reader carries over, not what it was taught. The
# thresholds sit a little under.
DIGITAL_FIELDS = {"a": 0.98, "b": 0.93, "c": 0.96, "d": 0.95, "e": 0.98, "f": 0.95, "g": 0.97,
                  "h": 0.97, "i": 0.97, "j": 0.97, "k": 0.97, "l": 0.97, "m": 0.97,
                  "n": 0.98, "o": 0.95, "p": 0.98, "q": 0.98,
                  "r": 0.98, "s": 0.98, "t": 0.98,
                  "u": 0.97, "v": 0.94, "w": 0.95, "x": 0.98, "y": 0.98, "z": 0.96,
                  "za": 0.98, "zb": 0.97, "zc": 0.98, "zd": 0.98, "ze": 0.98,
                  # ZF (round 25, read blind at 95.5 %): legacy and archive paper
                  "zf": 0.98,
                  # ZG (round 25, read blind at 87.5 %): broken text layers
                  "zg": 0.97,
                  # ZH (round 24 at 90.6 %, round 25 at 98.1 %): papers written by families in
                  # non-standard Latvian
                  "zh": 0.96,
                  # ZI (round 26, read blind at 88.5 %, now 99.3 %): paper out of e-systems
                  "zi": 0.98,
                  # ZJ (round 26, read blind at 95.8 %, now 99.3 %): papers naming many people
                  "zj": 0.98,
                  # ZK (round 26, read blind at 79.6 %, now 97.4 %): unusual layout
                  "zk": 0.96,
                  # ZL (round 27, read blind at 87.4 %, now 97.4 %): paper across languages
                  "zl": 0.96,
                  # ZM (round 27, read blind at 65.8 %, now 91.3 %): terse, minimal paper
                  "zm": 0.9,
                  # ZN (round 27, read blind at 94.0 %, now 100 %): the countryside's paper
                  "zn": 0.98,
                  # ZO (round 28, read blind at 93.5 %, now 99.3 %): state systems, health care
                  "zo": 0.98,
                  # ZP (round 28, read blind at 95.3 %, now 100 %): forms filled in by hand
                  "zp": 0.98,
                  # ZQ (round 28, read blind at 93.7 %, now 100 %): NGOs and EU projects
                  "zq": 0.98}
SCANS = {
    "a": ["scan_0109.pdf"],
    "b": ["scan_2023-09-04.pdf", "scan_LRS_0506.pdf"],
    "c": ["IMG_20210122_1120.jpg", "scan_uzskaite_marts.pdf", "scan_akts_TP-21-0388.pdf"],
    "d": ["IMG_20231212_0930.jpg", "scan_saraksts_aprilis.pdf", "scan_rehabilitacija_Pucitis.pdf"],
    "e": ["scan_atzinums_GA_Viksna.pdf", "scan_uzskaite_maijs_Bite.pdf", "IMG_20201123_1617.jpg"],
    "f": ["IMG_20200611_0804.jpg", "scan_SD_Zeltins.pdf", "IMG_20231009_1230.jpg"],
    "g": ["IMG_20241001_1530.jpg", "scan_VDEAVK_Bumbiere.pdf", "IMG_20201130_1147.jpg"],
    "h": ["scan_Karsava_pieteikums.pdf", "scan_uzskaite_11_Nikolajevs.pdf", "scan_IK_Rimsa.pdf"],
    "i": ["scan_pilnvara_1457.pdf", "RSD_atzinums_Heinrihsone.jpg", "scan_novertejums_Adazi.pdf"],
    "j": ["fakss_Vecauces_Druva.png", "scan_uzskaite_03-2024.pdf", "IMG_20240412_0915.jpg"],
    "k": ["fakss_Valmiera_grauzdetava.png", "IMG_20240911_1530.jpg",
          "scan_atzinums_Romanovskis.pdf"],
    "l": ["scan_Daugavkrasta_vsk_0902.pdf", "scan_DAC_Rasa_Silkalns.pdf",
          "scan_VDEAVK_Silkalns.pdf", "scan_Preili_atzinums_Grunte.pdf", "fakss_VDEAVK_Rubine.png"],
    "m": ["scan_Tukums_atzinums_Ozola.pdf", "scan_Rudzu_Maize_LV_EN.pdf"],
    "n": ["IMG_20240611_1530.jpg", "fakss_Skaistkalnes_Piens.png", "scan_0417_Strautmane.pdf"],
    "o": ["IMG_20250521_1105.jpg", "fakss_Luznavas_Koks.pdf", "scan_Gulbene_iesniegums_2lapas.pdf"],
    "p": ["scan_Vitinu_pamatskola.png", "skenejums_0812.jpg", "scan_tulkojums_Rimkute.pdf"],
    "q": ["IMG_20250528_142211.jpg", "scan_uzskaite_Ozolins_2025-04.pdf",
          "scan_Salacgriva_atzinums_Kronberga.pdf"],
    "r": ["scan_Rezekne_iesniegums_0204.pdf", "scan_notara_pilnvara_Anspoka.pdf",
          "scan_uzskaite_Anspoka_11.pdf"],
    "s": ["scan_Marupes_Siltumnicas_izzina.pdf", "scan_pilnvara_Rozenbahs.pdf",
          "scan_uzskaite_Vilkaste_2025-03.pdf"],
    "t": ["fakss_VDEAVK_Vanadzins.png", "scan_Rugaju_vsk_Bertulsons.pdf",
          "scan_uzskaite_2025-04_Puspurs.pdf"],
    # a word struck out on a page fed in sideways, '[x]' options on a skewed page, a child's
    # opinion of special care only
    "u": ["scan_VDEAVK_VI-25-11870.pdf", "scan_RSD_atzinums_Lacplese.pdf",
          "VDEAVK_BR-24-08815.png"],
    # a one-word caption under a value of several words, a count of days glued by a comma, a
    # photographed sheet whose rows lost one of their two times
    "v": ["scan_Gaujmalas_vsk_Dalmanis.pdf", "scan_Zemgales_Cukurs_Mezmalis.pdf",
          "uzskaite_2025-11_Pukite.png"],
    # an application on paper kept the old way, a power of attorney, a typewritten sheet whose
    # dotted leaders OCR reads as letters
    "w": ["scan_Balvi_GA_Tabune.pdf", "scan_pilnvara_Cibulskis.pdf",
          "scan_uzskaite_maijs_Gailuma.pdf"],
    # a system's print header above the letterhead, a programme wrapping in its own cell, a
    # spreadsheet's printed grid
    "x": ["scan_GramatVedis_GV-2024-3382.pdf", "scan_SkolasVarti_Ziverts.pdf",
          "scan_uzskaite_2024-12_Dreimanis.pdf"],
    # a power of attorney written by hand and known by its act, a title over a table's heading
    # row, a speck read as a mark over a common word's letter
    "y": ["scan_pilnvara_Varpina.pdf", "scan_Zemgales_Augstskola_Rubene.pdf",
          "scan_Talsu_VC_Pupola.pdf"],
    # a faxed diary of sentences ("no 9 līdz II"), an orphan court's letter citing a judgment
    # first, an opinion recalling an earlier period and naming its person before a birth date
    "z": ["fakss_atskaite_Mazberzins.png", "scan_Aknistes_BT_Mazberzins.pdf",
          "scan_VDEAVK_SL-24-00841.pdf"],
    # a decision photographed off a monitor (its moiré flattened into streaks), a chat naming
    # whom it is about by a kin noun
    "za": ["IMG_20251205_101733.jpg", "Screenshot_2026-01-14-08-03-27.png"],
    # a Roman group OCR read "I!" under an "ir" header it lost, a sheet in twelve-hour clocks
    # with a code wrapped after the name's comma
    "zb": ["scan_VDEAVK_LG-25-02976.pdf", "scan_uzskaite_2025-11_Ermanis.pdf"],
    # a covering letter ahead of the orphan court's extract it encloses, a day centre's scan
    "zc": ["scan_Tukuma_BT_pavadvestule_izraksts.pdf", "scan_DAC_Rumbina_Viksnins.pdf"],
    # an opinion's statements each after its own box (the crossed one OCR lost), a sheet's
    # struck total with the coordinator's figure above it
    "zd": ["scan_VDEAVK_KZ-24-11958_Grauzdina.pdf", "scan_uzskaite_2025-02_Rudzroga.pdf"],
    # a printed sheet whose row numbers must not pass for a hand; an orphan court's sheet
    "ze": ["scan_Jekabpils_SDA_Pucite.pdf", "scan_Jekabpils_BT_izzina_Pucitis.pdf"],
    # an opinion copied under a centred stamp that lost its K, a certificate dated "14.X1.2019.",
    # a sheet's rows with Roman months, an archive's certificate quoting a decision
    "zf": ["scan_atzinums_2014_Strautmane.pdf", "scan_Upmala_izzina_Zacs.pdf",
           "scan_uzskaite_2025-11_Lescinska.pdf", "scan_arhiva_izzina_Kazaka.pdf"],
    # a school paper whose abbreviations ("pers.", "inv. gr.") do not end its clause; a social
    # worker's opinion; a notebook's rows led by weekdays cut short (round 25); a typed
    # certificate a little askew whose code was read tall (round 25)
    "zh": ["scan_Prasmju_darbnica_Sidorenko.pdf", "scan_Saldus_SDA_Viksnina.pdf",
           "IMG_20250912_080214.jpg", "scan_izzina_IK_Dzintara.pdf"],
    # a photographed sheet darker at one side (its dim half no photo's table), a punched
    # opinion whose table answers the layout dropped (round 25)
    "zg": ["IMG_uzskaite_dec_Vitols.jpg", "scan_VDEAVK_ZM-25-03318.pdf"],
    # a printed e-mail whose "@" OCR read as "G", a system's timesheet export with entry
    # stamps after its rows, an e-service's form printout (round 26)
    "zi": ["scan_JAT_epasts_Bleive.pdf", "scan_AsistLogs_2025-06_Kisis.pdf",
           "scan_veidlapa_Kisis.pdf"],
    # a school's certificate naming a sibling with a code of her own, an application with a
    # household table (round 26)
    "zj": ["scan_Talsu_Dzintaru_vsk_izzina_Mucenieks.pdf", "scan_Madona_iesniegums_Sprogis.pdf"],
    # a certificate scanned upside down, a timesheet fed in sideways (round 26)
    "zk": ["scan_EVC_apliecinajums_Piladzis.pdf", "scan_uzskaite_2025-07_Dzenitis.pdf"],
    # a sworn translation after its Lithuanian original, a bilingual application photographed
    # (round 27)
    "zl": ["scan_tulkojums_Zalgirio_baldai_Vaitkus.pdf", "IMG_20250317_091802.jpg"],
    # a bare grid of day numbers photographed, a terse slip of a bakery (round 27)
    "zm": ["IMG_20260202_081955.jpg", "scan_Raznas_Maize_Zeltkalne.pdf"],
    # a parish social worker's opinion, a power of attorney photographed (round 27)
    "zn": ["scan_Zilkalne_SDA_Vigants.pdf", "IMG_20250722_081944.jpg"],
    # a commission opinion printed from its system, a hospital as employer (round 28)
    "zo": ["scan_VDEAVK_Kirsis.pdf", "scan_Vecdaugavas_slimnica_izzina.pdf"],
    # a commission opinion's form and a school's, both filled in by hand (round 28)
    "zp": ["scan_VDEAVK_atzinums_Kirsons.pdf", "skola_Tukums_Bumbiers.png"],
    # an orphan court's extract, a social worker's opinion photographed (round 28)
    "zq": ["scan_BT_izraksts_Melderis.pdf", "IMG_20260123_090412.jpg"],
}
# The share of the scans' fields right, where a set's scans read under the usual 0.9: ZP's
# hand-filled forms (round 28: 14 of 18 on these two; Tesseract reads no hand writing in
# some boxes, a better hand reader is open work).
SCAN_FIELDS = {"zp": 0.75}
SETS = sorted(DIGITAL_FIELDS)


def _truth(set_name: str, tmp_path: Path, *, only: str | None = None,
           files: list[str] | None = None) -> Path:
    """The set's truth with absolute file paths, optionally only some records."""
    folder = ROOT / "fixtures" / f"unseen_{set_name}"
    source = folder / "truth" / "documents.jsonl"
    assert source.is_file(), f"missing committed fixture {source}"
    kept = []
    for line in source.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        name = Path(record["file"]).name
        digital = record["text_source"] in ("text", "acroform")
        if only == "digital" and not digital:
            continue
        if files is not None and name not in files:
            continue
        path = folder / "inbox" / name
        assert path.is_file(), f"missing committed fixture {path}"
        record["file"] = str(path)
        kept.append(json.dumps(record, ensure_ascii=False))
    if files is not None:
        assert len(kept) == len(files), "a scan named here is not in the set's truth"
    target = tmp_path / f"truth_{set_name}.jsonl"
    target.write_text("\n".join(kept) + "\n", "utf-8")
    return target


def _confident_wrong(report: AccuracyReport) -> list[str]:
    return [f"{Path(w.file).name} {w.field}: expected {w.expected!r}, got {w.got!r} "
            f"[{w.confidence}]" for w in report.high_confidence_wrong()]


@pytest.mark.parametrize("set_name", SETS)
def test_digital_documents_are_typed_and_read(set_name: str, tmp_path: Path) -> None:
    report = measure(_truth(set_name, tmp_path, only="digital"))
    assert report.documents >= 20  # F, the smaller set, has 22 digital documents
    assert report.type_right == report.documents, report.wrong_types
    share = report.fields_right / report.fields_total
    assert share >= DIGITAL_FIELDS[set_name], f"{share:.3f} of the fields right"
    assert _confident_wrong(report) == []


@pytest.mark.ocr
@pytest.mark.parametrize("set_name", SETS)
def test_scans_standing_for_a_class_are_read(set_name: str, tmp_path: Path) -> None:
    report = measure(_truth(set_name, tmp_path, files=SCANS[set_name]))
    assert report.type_right == report.documents, report.wrong_types
    assert report.fields_right / report.fields_total >= SCAN_FIELDS.get(set_name, 0.9)
    assert _confident_wrong(report) == []


def test_each_confidence_bucket_is_right_at_least_as_often_as_it_claims(
        tmp_path: Path) -> None:
    """Calibration on set B's digital documents: values at 0.9 or more are all right, and no
    bucket is right less often than its lower bound minus a small-sample margin."""
    report = measure(_truth("b", tmp_path, only="digital"))
    for low, _high, count, right in report.calibration():
        if count >= 10 and low >= 0.6:
            assert right / count >= low - 0.1, (low, count, right)
    top = report.calibration()[0]
    # 87 values at >= 0.9 since round 7 set each route's ceiling from every blind read pooled
    # (pattern 0.89, label_loose 0.87: right values went under the bar); no fewer.
    assert top[2] >= 85 and top[3] == top[2]
