"""Regression: one giant sentence full of quotes and cues stays linear.

A run-on sentence has no period to split at ("Mr." never ends one), so every
per-quote step that looked at the whole sentence, or at all of its quotation
marks, made the article quadratic: 320 KB of the unit below took 4 s in
``quotes()`` and 9 s in ``analyze()`` (about 100 s at 1 MB).
"""

from __future__ import annotations

import time

import newsmetrics

UNIT = 'Mr. Hale said the levy, which he called "a disgrace," '


def test_quotes_on_a_giant_sentence_are_linear() -> None:
    text = UNIT * (640_000 // len(UNIT)) + "."
    t0 = time.perf_counter()
    found = newsmetrics.quotes(text)
    assert time.perf_counter() - t0 < 10.0  # about 0.6 s here; quadratic was about 17 s
    assert len(found) >= 640_000 // len(UNIT) // 2
    for q in found[:50]:
        assert text[q.start : q.end] == q.text


def test_analyze_on_a_giant_sentence_finishes() -> None:
    text = UNIT * (160_000 // len(UNIT)) + "."
    t0 = time.perf_counter()
    report = newsmetrics.analyze(text)
    assert time.perf_counter() - t0 < 30.0  # about 2 s here
    assert report.readability.counts.sentences == 1
    assert report.sources and report.sources[0].name == "Hale"


def test_asked_by_a_long_word_or_many_prepositions_is_fast() -> None:
    """Regression: the 'asked by ...' pattern could cut a word into pieces (polynomial:
    10 KB of 'When asked by aaa...!' took 8 s) and read 'on on on ...' every way (exponential)."""
    texts = [
        ("When asked by " + "a" * 80 + "! ") * 300,
        ("When asked" + " on  " * 18 + "about it, she said no. ") * 300,
        ("When asked" + " by on in at" * 5 + " whether it works, she said no. ") * 300,
    ]
    for text in texts:
        t0 = time.perf_counter()
        newsmetrics.quotes(text)
        assert time.perf_counter() - t0 < 5.0  # milliseconds now
    found = newsmetrics.quotes("Asked by reporters on Monday whether the wall would hold, Mayor Ann Roe said no.")
    assert any(q.text.startswith("whether the wall would hold") for q in found)
