"""Scans whose layout fools Tesseract: shadow bands, text left unread, lines read on end."""

from __future__ import annotations

import numpy as np
from asistents.extract.ocr import lift_shadow_bands, quarter_turn_read
from asistents.extract.unread_ink import better_reading, lines_beside_unread_ink
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(rows: list[tuple[str, str]], *, rules: bool = False) -> tuple[Image.Image, list]:
    """An A4 page at 150 dpi of label/value rows; the reading holds the labels only."""
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 28)
    lines = []
    for n, (label, value) in enumerate(rows):
        top = 200 + 60 * n
        draw.text((100, top), label, font=font, fill=0)
        draw.text((600, top), value, font=font, fill=0)
        left, box_top, right, bottom = draw.textbbox((100, top), label, font=font)
        lines.append([(label, (left, box_top, right, bottom), 0.96)])
        if rules:
            draw.line((80, top - 12, 1150, top - 12), fill=0, width=3)
            draw.line((560, top - 12, 560, top + 48), fill=0, width=3)
    return image, lines


def test_values_beside_their_labels_left_unread_are_seen() -> None:
    image, lines = _page([("Darbinieks", "Ilze Kārkliņa"), ("Amats", "pavāre"),
                          ("Darba laiks", "20 stundas nedēļā"), ("Kopš", "2018. gada 3. maija")])
    assert lines_beside_unread_ink(image, lines) == 4


def test_a_tables_rules_and_a_read_value_are_not_unread_text() -> None:
    image, lines = _page([("Darbinieks", ""), ("Amats", ""), ("Darba laiks", "")], rules=True)
    assert lines_beside_unread_ink(image, lines) == 0
    image, lines = _page([("Darbinieks", "Ilze Kārkliņa"), ("Amats", "pavāre"),
                          ("Darba laiks", "20 stundas")])
    # Each value read on its own line: nothing left unread.
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 28)
    for n, value in enumerate(["Ilze Kārkliņa", "pavāre", "20 stundas"]):
        lines.append([(value, draw.textbbox((600, 200 + 60 * n), value, font=font), 0.95)])
    assert lines_beside_unread_ink(image, lines) == 0


def test_a_second_reading_wins_only_with_clearly_more_sure_words() -> None:
    first = [[("Darbinieks", (0, 0, 10, 10), 0.96)], [("Amats", (0, 20, 10, 30), 0.96)]]
    more = [*first, [("Ilze Kārkliņa pavāre divdesmit stundas", (0, 40, 10, 50), 0.93)]]
    unsure = [*first, [("l/ze Karkl|na pavare divdesmit", (0, 40, 10, 50), 0.41)]]
    assert better_reading(first, more)
    assert not better_reading(first, unsure)


def test_a_scanners_shadow_band_is_divided_out_and_the_ink_kept() -> None:
    image, _lines = _page([("Darbinieks", "Ilze Kārkliņa")])
    pixels = np.asarray(image, dtype=np.int16).copy()
    pixels[:, 640:700] = (pixels[:, 640:700] * 0.7).astype(np.int16)  # the fold's shadow
    shaded = Image.fromarray(pixels.astype(np.uint8), mode="L")
    lifted = np.asarray(lift_shadow_bands(shaded))
    assert np.percentile(lifted[:, 640:700], 50) > 240  # paper white again under the band
    assert lifted[:, 640:700].min() < 80  # the value's ink under it still ink
    clean, _ = _page([("Darbinieks", "Ilze Kārkliņa")])
    assert lift_shadow_bands(clean) is clean  # a page without a band is left as it is


def test_words_standing_on_end_ask_for_a_quarter_turn() -> None:
    # Tesseract read a page lying on its side: each word's box is tall, the words of a line
    # follow one another up the page.
    upwards = [[(word, (100 + 40 * n, 900 - 150 * i, 130 + 40 * n, 1020 - 150 * i), 0.9)
                for i, word in enumerate(["Darba", "līgums", "beztermiņa", "Nr."])]
               for n in range(3)]
    assert quarter_turn_read(upwards) == 90
    across = [[(word, (100 + 150 * i, 100 + 40 * n, 220 + 150 * i, 130 + 40 * n), 0.9)
               for i, word in enumerate(["Darba", "līgums", "beztermiņa", "Nr."])]
              for n in range(3)]
    assert quarter_turn_read(across) is None


# --- round 10: what a scan's layout hides (r10-scans) -------------------------------------------


def test_a_tall_unread_blot_does_not_stretch_its_line_over_the_next() -> None:
    from asistents.extract.ocr import place_words

    # A cell's name with a piece of the table's border Tesseract put on its line as a word,
    # and the code printed under the name: two lines, as on the page.
    name = [("Anita", (100, 300, 180, 330), 0.95), ("Ozoliņa", (190, 300, 300, 330), 0.94),
            ("|ā", (900, 280, 920, 400), 0.12)]
    code = [("p.", (100, 350, 120, 380), 0.9), ("k.", (125, 350, 145, 380), 0.9),
            ("120387-10459", (150, 350, 330, 380), 0.93)]
    words = place_words([name, code], dpi=300, page_number=0)
    name_bottom = max(w.bottom for w in words if w.text == "Ozoliņa")
    code_top = min(w.top for w in words if w.text == "120387-10459")
    assert name_bottom < code_top


def test_values_only_the_block_reading_saw_join_the_first_reading() -> None:
    from asistents.extract.unread_ink import add_unread_words, without_unread_doubt

    first = [[("Vārds", (100, 300, 200, 330), 0.97)],
             [("Vārds", (700, 300, 800, 330), 0.97)],
             [("Tālrunis", (100, 360, 240, 390), 0.96)]]
    second = [[("Vārds", (100, 300, 200, 330), 0.8), ("Gvido", (300, 295, 420, 340), 0.2),
               ("rule", (430, 335, 690, 339), 0.1),  # a dotted line: flat
               ("Vār", (700, 300, 760, 330), 0.1),  # the print the first read already
               ("Lūcija", (880, 296, 990, 338), 0.3)],
              [("Tālrunis", (100, 360, 240, 390), 0.9), ("29", (300, 355, 340, 395), 0.9),
               ("row", (90, 300, 1100, 420), 0.1)]]  # a whole row's border as a word
    merged, added = add_unread_words(first, second)
    assert [[w[0] for w in line] for line in merged] == [
        ["Vārds", "Gvido"], ["Vārds", "Lūcija"], ["Tālrunis", "29"]]
    # What the hand recogniser did not read again is dropped; a sure word stays.
    assert [[w[0] for w in line] for line in without_unread_doubt(merged, added)] == [
        ["Vārds"], ["Vārds"], ["Tālrunis", "29"]]


def test_a_hands_reading_keeps_the_width_of_its_ink() -> None:
    from asistents.extract.handwriting import inked

    image = Image.new("L", (600, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), "Gvido", font=ImageFont.truetype(FONT, 30), fill=0)
    draw.line((20, 80, 580, 80), fill=0, width=1)  # the dotted line under it
    draw.line((560, 10, 560, 95), fill=0, width=2)  # the column's border
    left, top, right, bottom = inked(image, (20, 10, 580, 95))
    assert 35 <= left <= 45 and 120 <= right <= 150
    assert (top, bottom) == (10, 95)


def test_a_written_date_missing_one_slash_gets_it_back() -> None:
    from asistents.extract.handwriting import _whole_date

    assert _whole_date("1505/2022") == "15/05/2022"
    assert _whole_date("15.052022") == "15.05.2022"
    assert _whole_date("3106/2022") == "3106/2022"  # no 31st of June: left as read
    assert _whole_date("29461835") == "29461835"  # eight digits: a phone as well


def test_a_dotted_rule_read_as_words_is_no_part_of_the_value() -> None:
    from asistents.extract.ocr import without_rules_read_as_words

    line = [("Vārds,", (250, 1020, 380, 1060), 0.97), ("uzvārds", (400, 1018, 570, 1055), 0.97),
            ("Gvido", (820, 980, 1000, 1060), 0.71), ("Krūmiņš", (1020, 985, 1330, 1055), 0.87),
            ("K", (1331, 1048, 1360, 1051), 0.0), ("ztrsbar", (1393, 1045, 1586, 1050), 0.0),
            ("AA", (1739, 1041, 1848, 1046), 0.2),  # the dotted line under the value
            ("SĪKAS", (1090, 1040, 2232, 1058), 0.0)]  # the whole rule as one "word"
    kept = without_rules_read_as_words([line])
    assert [w[0] for w in kept[0]] == ["Vārds,", "uzvārds", "Gvido", "Krūmiņš"]
    # A dash Tesseract doubted between a code's halves is punctuation: kept.
    code = [("120815", (800, 1100, 950, 1140), 0.9), ("-", (955, 1118, 975, 1121), 0.3),
            ("26918", (980, 1100, 1110, 1140), 0.9)]
    assert without_rules_read_as_words([code]) == [code]


def test_writing_beside_a_label_no_reading_returned_gets_a_stand_in_for_the_hand_recogniser(
) -> None:
    from asistents.extract.unread_ink import (
        UNREAD,
        mark_unread,
        unread_beside,
        without_unread_doubt,
    )

    image, lines = _page([("Mēnesis, gads", "marts 2023")])
    spans = unread_beside(image, lines, lines_from=1)
    assert [index for index, _box in spans] == [0]
    assert unread_beside(image, lines) == []  # a typed page: one line is not worth the search
    marked, added = mark_unread(lines, spans, frozenset())
    assert [w[0] for w in marked[0]] == ["Mēnesis, gads", UNREAD]
    left, _top, right, _bottom = marked[0][1][1]
    assert 580 <= left <= 620 and right > 700  # over the value's ink
    # Not read again by the hand recogniser: gone, nothing of it reaches the fields.
    assert without_unread_doubt(marked, added) == lines


def test_a_fax_machines_transmission_line_is_not_the_papers_first_line() -> None:
    from asistents.extract.ocr import without_fax_line

    def line(text: str, top: int) -> list:
        return [(word, (100 + 80 * i, top, 170 + 80 * i, top + 20), 0.9)
                for i, word in enumerate(text.split())]

    head = line("03/05/2022 11:05 FAX 64 123 456 SIA LIEPU DARZS LPP. 1/1", 40)
    letterhead = line("SIA „Liepu dārzs”", 120)
    assert without_fax_line([letterhead, head]) == [letterhead]
    # The machine's name and number first, the date in ISO order, "LAPA" for the page.
    named = line("FAX 67 0x xx xx 2023-11-20 08:31 LAPA 1/2", 40)
    assert without_fax_line([named, letterhead]) == [letterhead]
    # A paper's own first line that opens with its date keeps it.
    dated = line("03.05.2022. Nr. 14/2", 40)
    assert without_fax_line([dated, letterhead]) == [dated, letterhead]


def test_a_typewriters_serifs_under_capitals_are_no_pens_stroke() -> None:
    from asistents.extract.marks import underlined_options

    words = [("AIZGĀDNE:", 40), ("OLGA", 330), ("UPENIECE", 480)]
    line = [(text, (x, 100, x + 25 * len(text), 130), 0.9) for text, x in words]
    image = Image.new("L", (1000, 200), 250)
    draw = ImageDraw.Draw(image)
    # The feet of "OLGA" in a typewriter face: a row of serifs, dark across most of the word
    # with a few pixels' gaps between the letters.
    for x in range(330, 430, 26):
        draw.rectangle((x, 126, x + 21, 128), fill=20)
    assert underlined_options(image, [line]) == [line]
    # A pen's stroke under the word is one unbroken line.
    draw.line((328, 133, 432, 133), fill=20, width=3)
    assert [w[0] for w in underlined_options(image, [line])[0]][1] == "☒"


def test_r12t_a_typed_line_the_layout_dropped_is_seen_and_a_stamps_ring_is_not() -> None:
    from asistents.extract.unread_ink import only_sure_runs, unread_text_lines

    rows = [("Darbinieks", "Ilze Kārkliņa"), ("Amats", "pavāre"), ("Kopš", "03.05.2018.")]
    image, lines = _page(rows)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 28)
    for n, (_label, value) in enumerate(rows):  # every printed row read whole
        lines[n].append((value, draw.textbbox((600, 200 + 60 * n), value, font=font), 0.95))
    assert unread_text_lines(image, lines) == 0
    draw.ellipse((700, 600, 950, 850), outline=0, width=3)  # a stamp's ring, unread
    assert unread_text_lines(image, lines) == 0
    draw.text((100, 500), "Izsniegšanas datums: 24.11.2020.", font=font, fill=0)
    assert unread_text_lines(image, lines) == 1  # the paper's date, dropped by the layout
    # Of a second reading's words only runs read surely join: not half a phrase, not a letter.
    date = [("Izsniegšanas", (100, 500, 300, 530), 0.93), ("datums:", (310, 500, 420, 530), 0.95),
            ("24.11.2020.", (430, 500, 600, 530), 0.94)]
    cut = [("par", (100, 600, 150, 630), 0.92), ("aizgādņeriecelšanu", (160, 600, 400, 630), 0.4)]
    ring = [("O", (720, 700, 740, 730), 0.9)]
    block = [date, cut, ring]
    merged, added = only_sure_runs([*lines, date, cut, ring], block, frozenset(date + cut + ring))
    assert merged == [*lines, date] and added == frozenset(date)


def test_r12t_a_code_ocr_damaged_is_read_again_from_its_crop() -> None:
    """A code whose checksum fails (one digit misread) or that lost a digit is read again from
    its pixels; the reading whose checksum holds replaces it, under the sure bar. A registration
    number (no birth date at its start) is left alone."""
    import functools

    from asistents.extract.code_reread import REREAD_CONFIDENCE, mend_codes
    from asistents.extract.ocr import read_digit_line
    from reader_cases import R12T_AUSMA

    image = Image.new("L", (1240, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 32)
    draw.text((100, 100), "Personas kods:", font=font, fill=0)
    draw.text((400, 100), R12T_AUSMA, font=font, fill=0)
    draw.text((100, 250), "Reģ. Nr. 3036802951", font=font, fill=0)
    code_box = draw.textbbox((400, 100), R12T_AUSMA, font=font)
    wrong = R12T_AUSMA[:8] + str((int(R12T_AUSMA[8]) + 1) % 10) + R12T_AUSMA[9:]
    split = draw.textbbox((400, 100), R12T_AUSMA[:5], font=font)  # "21077" and "-1234X"
    rest = draw.textbbox((400, 100), R12T_AUSMA, font=font)
    reg = [("Reģ.", (100, 250, 160, 285), 0.95), ("Nr.", (170, 250, 210, 285), 0.95),
           ("3036802951", (220, 250, 420, 285), 0.95)]
    read = functools.partial(read_digit_line, dpi=150)
    label = [("Personas", (100, 100, 240, 135), 0.95), ("kods:", (250, 100, 330, 135), 0.95)]
    misread = mend_codes(image, [[*label, (wrong, code_box, 0.93)], reg], read)
    assert misread[0][-1][0] == R12T_AUSMA and misread[0][-1][2] <= REREAD_CONFIDENCE
    assert misread[1] == reg
    # A digit lost in the gap that split the line: two lines, one code again.
    dropped = [[*label, (R12T_AUSMA[:5], split, 0.93)],
               [(R12T_AUSMA[7:], (split[2] + 30, rest[1], rest[2], rest[3]), 0.9)]]
    assert [w[0] for w in mend_codes(image, dropped, read)[0]][-1] == R12T_AUSMA


def test_r12t_a_roman_numeral_misread_is_counted_from_its_strokes() -> None:
    """"TI" for a printed "II" (a serif's foot read as a T's bar) is two strokes: II. A row
    of I's read right, and an initial "T." are left alone."""
    from asistents.extract.roman_strokes import mend_roman_numerals

    image = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 40)
    draw.text((100, 50), "II", font=font, fill=0)
    draw.text((300, 50), "III", font=font, fill=0)
    two = draw.textbbox((100, 50), "II", font=font)
    three = draw.textbbox((300, 50), "III", font=font)
    lines = [[("TI", two, 0.8), ("lII", three, 0.8), ("T.", (450, 50, 480, 90), 0.9)]]
    assert [w[0] for w in mend_roman_numerals(image, lines)[0]] == ["II", "III", "T."]


def test_r12t_a_lines_tail_under_a_stamp_is_read_again_from_its_dark_ink() -> None:
    """Tesseract stops a line short where a stamp's lighter ring crosses its end ("Cēsīs 1."):
    the line's band, dark ink only, read again gives its tail when it opens as the line did."""
    import functools

    from asistents.extract.line_tails import reread_tails
    from asistents.extract.ocr import read_one_line

    image = Image.new("L", (1240, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 32)
    draw.text((100, 150), "Apliecība izdota Cēsīs 14.05.2022.", font=font, fill=0)
    draw.ellipse((470, 60, 760, 350), outline=110, width=6)  # the seal's ring, lighter ink
    words = []
    x = 100
    for text in ("Apliecība", "izdota", "Cēsīs"):
        box = draw.textbbox((x, 150), text, font=font)
        words.append((text, box, 0.95))
        x = box[2] + draw.textlength(" ", font=font)
    words.append(("1.", draw.textbbox((x, 150), "1", font=font), 0.6))
    span = (words[-1][1][2] + 10, 150, 760, 190)
    read = functools.partial(read_one_line, dpi=150)
    mended = reread_tails(image, [words], [(0, span)], read)
    assert [w[0] for w in mended[0]] == ["Apliecība", "izdota", "Cēsīs", "14.05.2022."]
    # A reading that does not open as the line did is another line's, or nonsense: kept out.
    other = [[("Pielikumā", words[0][1], 0.95), ("Cēsīs", words[2][1], 0.95)]]
    assert reread_tails(image, other, [(0, span)], read) == other


def test_t27zn_a_code_a_speck_split_before_its_dash_is_read_again_from_its_crop() -> None:
    """A photo's speck read as a full stop and a space inside the code's six digits ("261.
    175-16710" for one code): no code is printed so, the two words are read again as one from
    their pixels and the reading whose checksum holds replaces them."""
    import functools

    from asistents.extract.code_reread import REREAD_CONFIDENCE, mend_codes
    from asistents.extract.ocr import read_digit_line
    from unseen_documents import personal_code

    code = personal_code("1803620148")
    image = Image.new("L", (1240, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 32)
    draw.text((100, 100), "personas kods", font=font, fill=0)
    draw.text((400, 100), code, font=font, fill=0)
    whole = draw.textbbox((400, 100), code, font=font)
    head = draw.textbbox((400, 100), code[:3], font=font)
    label = [("personas", (100, 100, 240, 135), 0.95), ("kods", (250, 100, 330, 135), 0.95)]
    split = [[*label, (code[:3] + ".", head, 0.9),
              (code[3:], (head[2] + 4, whole[1], whole[2], whole[3]), 0.9)]]
    mended = mend_codes(image, split, functools.partial(read_digit_line, dpi=150))
    assert [w[0] for w in mended[0]] == ["personas", "kods", code]
    assert mended[0][-1][2] <= REREAD_CONFIDENCE
