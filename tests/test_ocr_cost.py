"""The OCR path's own steps made cheaper (round 28) find what the slower steps found."""

from __future__ import annotations

import numpy as np
from asistents.extract import rings, struck_values
from PIL import Image, ImageDraw


def _row_runs(row: np.ndarray) -> list[tuple[int, int]]:
    """The runs of one pixel row as round 27 found them, a row at a time."""
    dark = np.flatnonzero(row)
    if dark.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(dark) > struck_values.MAX_GAP + 1)
    starts = np.concatenate((dark[:1], dark[breaks + 1]))
    ends = np.concatenate((dark[breaks], dark[-1:])) + 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def test_a_bands_runs_at_once_are_its_rows_runs_in_order() -> None:
    rng = np.random.default_rng(28)
    for shape, share in (((9, 120), 0.5), ((1, 40), 0.9), ((14, 300), 0.15), ((5, 1), 0.5),
                         ((0, 50), 0.5), ((6, 80), 0.0), ((6, 80), 1.0)):
        band = rng.random(shape) < share
        rows, starts, ends = struck_values._band_runs(band)
        at_once = list(zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True))
        one_by_one = [(y, start, end) for y in range(shape[0])
                      for start, end in _row_runs(band[y])]
        assert at_once == one_by_one


def test_rings_of_a_ring_s_size_are_found_among_many_letters_in_page_order() -> None:
    image = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(image)
    for x in range(20, 880, 14):  # a page of letter-sized specks
        draw.rectangle((x, 30, x + 8, 42), fill=0)
        draw.rectangle((x, 250, x + 8, 262), fill=0)
    draw.ellipse((500, 100, 640, 160), outline=0, width=3)  # met second on the page
    draw.ellipse((100, 96, 240, 156), outline=0, width=3)
    for left in (130, 530):
        draw.rectangle((left, 118, left + 60, 134), fill=0)  # the ringed word's ink
    ink = np.asarray(image) < 128
    labels, found = rings._components(ink, 20.0)
    assert [box for _number, box in found] == [(100, 96, 241, 157), (500, 100, 641, 161)]
    assert all((labels[box[1]:box[3], box[0]:box[2]] == number).any() for number, box in found)
