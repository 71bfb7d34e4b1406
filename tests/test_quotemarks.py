"""Tests for newsmetrics._quotemarks: pairing double quotation marks."""

from __future__ import annotations

import time

import pytest

from newsmetrics._quotemarks import mark_spans, quote_mark_spans
from newsmetrics._text import parse


def _texts(text: str) -> list[str]:
    art = parse(text)
    spans = quote_mark_spans(art)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cWe will win,\u201d she said.", ["We will win,"]),
        ('"We will win," she said. "Then rest."', ["We will win,", "Then rest."]),
        ("``We will win,'' she said.", ["We will win,"]),
        ("He said \u201cthe \u2018deal\u2019 is dead\u201d today.", ["the \u2018deal\u2019 is dead"]),
        # a stray closing mark does not lose the next quotation
        ('A 12" pipe burst. "It flooded," he said.', ["It flooded,"]),
        ("Stray \u201d mark. \u201cStill found,\u201d he said.", ["Still found,"]),
        # an unclosed mid-paragraph mark is dropped, the paragraph after still pairs
        ('He wrote "oops and left.\n\nShe said "fine" then.', ["fine"]),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_multi_paragraph_quote_continues() -> None:
    text = (
        'WASHINGTON (AP) - "The first part runs on.\n\n'
        '"The second part ends it," Sen. Jane Roe said.'
    )
    art = parse(text)
    spans = mark_spans(art)
    assert [text[s.start : s.end] for s in spans] == [
        "The first part runs on.",
        "The second part ends it,",
    ]
    assert spans[0].continues and not spans[0].continued
    assert spans[1].continued and not spans[1].continues


def test_unclosed_paragraph_opening_quote_kept() -> None:
    text = 'Officials spoke.\n\n"We are not done here.\n\nThe vote is Tuesday.'
    assert _texts(text) == ["We are not done here."]


@pytest.mark.parametrize(
    "bad",
    ['"' * 1_000_000, "\u201c" * 1_000_000, 'a "b ' * 200_000, '"x\n\n' * 200_000],
)
def test_linear_on_megabyte_of_marks(bad: str) -> None:
    art = parse(bad)
    t0 = time.perf_counter()
    quote_mark_spans(art)
    assert time.perf_counter() - t0 < 5.0
