"""Flat rows, features and JSONL for data work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsmetrics
from newsmetrics.io import read_jsonl, to_dataframe, to_features, to_row, to_rows, write_jsonl
from tests.conftest import read_article


def test_to_row_flattens_with_dotted_names_and_list_lengths() -> None:
    report = newsmetrics.analyze(read_article("porthaven_flood_wall"))
    row = to_row(report)
    assert row["article.dateline.location"] == "PORTHAVEN"
    assert row["n:article.sentences"] == 19
    assert "article.text" not in row
    assert all(not isinstance(v, (list, dict)) for v in row.values())
    json.dumps(row)


def test_rows_keep_failed_batch_items_in_place() -> None:
    results = list(newsmetrics.analyze_many(["Prices rose. Shares fell.", "", "It rained."]))
    rows = to_rows(results)
    assert [r["index"] for r in rows] == [0, 1, 2]
    assert rows[1]["error"] is not None and "n:article.sentences" not in rows[1]
    assert rows[2]["n:article.sentences"] == 1


def test_features_are_floats_only() -> None:
    feats = to_features(newsmetrics.analyze("Prices rose. Shares fell."))
    assert feats and all(isinstance(v, float) for v in feats.values())
    assert feats["n:article.sentences"] == 2.0


def test_jsonl_round_trip(tmp_path: Path) -> None:
    reports = [newsmetrics.analyze(t) for t in ("Prices rose.", "Shares fell. Bonds too.")]
    path = tmp_path / "out.jsonl"
    assert write_jsonl(reports, path) == 2
    back = list(read_jsonl(path))
    assert back == [r.to_dict() for r in reports]


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        list(read_jsonl(path))


def test_to_dataframe() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe(newsmetrics.analyze_many(["Prices rose.", ""]))
    assert list(frame["index"]) == [0, 1]
