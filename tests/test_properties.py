"""Invariants on any text (hypothesis): no crash, spans in bounds, JSON round trip."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmetrics

# News-ish alphabet: letters, digits, quote marks of every kind, dashes, line breaks.
PIECES = st.sampled_from(
    [*list("abcdeHIJKSUX .,;:!?\"'()-\n\t0123456789$%"), "“", "”", "‘", "’", "—", "\xa0", "\r\n", "``", "''", "U.S.", "Gen.", "Mr.", " said ", " according to ", "By ", "WASHINGTON (Reuters) - ", "\n\n", "About the Author", "...", "…", "Minister", " he ", "officials"]
)
NEWSY = st.lists(PIECES, min_size=1, max_size=120).map("".join).filter(lambda t: t.strip() != "")
ANY_TEXT = st.text(min_size=1, max_size=300).filter(lambda t: t.strip() != "")
TEXTS = st.one_of(NEWSY, ANY_TEXT)


def spans_in(value: Any, text: str, path: str = "") -> int:
    """Check every dict with start/end/text in a to_dict() tree; return how many."""
    count = 0
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            start, end = value["start"], value["end"]
            assert 0 <= start <= end <= len(text), (path, start, end)
            if isinstance(value.get("text"), str):
                assert text[start:end] == value["text"], path
            count += 1
        for k, v in value.items():
            count += spans_in(v, text, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            count += spans_in(v, text, f"{path}[{i}]")
    return count


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_parse_spans_are_in_bounds_and_slice_the_input(text: str) -> None:
    art = newsmetrics.parse(text)
    for s in art.sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
    for p in art.paragraphs:
        assert text[p.start : p.end] == p.text
        assert p.sentence_start <= p.sentence_end
    for t in art.tokens:
        assert text[t.start : t.end] == t.text
    starts = [s.start for s in art.sentences]
    assert starts == sorted(starts)
    ends = [s.end for s in art.sentences]
    assert all(a <= b for a, b in zip(ends, starts[1:], strict=False))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_analyze_never_raises_and_round_trips_through_json(text: str) -> None:
    report = newsmetrics.analyze(text)
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert json.loads(report.to_json()) == data
    spans_in(data, text)
