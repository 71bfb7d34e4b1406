"""The public API: input checks shared by every function, reports, batch mode."""

from __future__ import annotations

import dataclasses
import json
from types import FunctionType

import pytest

import newsmetrics
from newsmetrics.models import Article
from tests.conftest import read_article


def public_text_functions() -> list[object]:
    """Every public function that takes an article as its first argument."""
    names = ["parse", "analyze", "readability", "sentiment", "keywords", "quotes"]
    funcs = [getattr(newsmetrics, n) for n in names]
    assert all(isinstance(f, FunctionType) for f in funcs), funcs
    return funcs


@pytest.mark.parametrize("func", public_text_functions(), ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", [None, 42, 3.5, b"bytes", ["a list"], {"text": "x"}])
def test_wrong_type_raises_type_error_saying_what_to_pass(func, bad) -> None:
    with pytest.raises(TypeError, match="must be a str") as info:
        func(bad)
    assert isinstance(info.value, newsmetrics.NotTextError)
    if isinstance(bad, bytes):
        assert "decode" in str(info.value)


@pytest.mark.parametrize("func", public_text_functions(), ids=lambda f: f.__name__)
@pytest.mark.parametrize("blank", ["", " ", "\n\n\t ", "\u00a0\u2003"])
def test_blank_text_raises_the_same_empty_text_error(func, blank: str) -> None:
    with pytest.raises(newsmetrics.EmptyTextError):
        func(blank)
    with pytest.raises(ValueError, match="empty"):
        func(blank)


@pytest.mark.parametrize("text", ["12345", "2015 2016 2017", "...", "--- *** ---", "$ % &", "\u2014"])
def test_text_without_sentences_gives_a_report(text: str) -> None:
    report = newsmetrics.analyze(text)
    json.loads(report.to_json())


def test_analyze_accepts_a_parsed_article_without_parsing_again() -> None:
    text = read_article("porthaven_flood_wall")
    article = newsmetrics.parse(text)
    report = newsmetrics.analyze(article)
    assert report.article is article


def test_title_is_passed_through() -> None:
    report = newsmetrics.analyze("The council voted. It passed.", title="Wall approved")
    assert report.article.headline_text == "Wall approved"


def test_bad_config_type() -> None:
    with pytest.raises(TypeError, match="AnalysisConfig"):
        newsmetrics.analyze("The council voted.", config={"hardest_sentences": 3})  # type: ignore[arg-type]


def test_config_is_frozen_and_replaceable() -> None:
    cfg = newsmetrics.AnalysisConfig()
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.hardest_sentences = 3  # type: ignore[misc]
    assert dataclasses.replace(cfg, hardest_sentences=3).hardest_sentences == 3


def test_report_json_round_trip_on_sample() -> None:
    report = newsmetrics.analyze(read_article("porthaven_flood_wall"))
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert json.loads(report.to_json()) == data
    assert "norm" not in data["article"]


def test_models_are_frozen() -> None:
    art = newsmetrics.parse("The council voted. It passed.")
    assert isinstance(art, Article)
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.text = "other"  # type: ignore[misc]


# ---- batch mode ---------------------------------------------------------------------


BATCH = [
    "The council voted. It passed.",
    "",
    None,
    {"id": "r1", "text": "Prices rose sharply. Shares fell.", "title": "Markets"},
    {"id": 7, "text": 12},
    {"id": "r3"},
    "LONDON (Reuters) - Talks resumed. Both sides met.",
]


@pytest.mark.parametrize("workers", [1, 2])
def test_analyze_many_keeps_every_row_in_order(workers: int) -> None:
    results = list(newsmetrics.analyze_many(BATCH, workers=workers, chunksize=2))
    assert [r.index for r in results] == list(range(len(BATCH)))
    assert [r.ok for r in results] == [True, False, False, True, False, False, True]
    assert results[1].error is not None and results[1].error.startswith("EmptyTextError")
    assert results[2].error is not None and results[2].error.startswith("NotTextError")
    assert results[3].id == "r1" and results[3].report is not None
    assert results[3].report.article.headline_text == "Markets"
    assert results[4].id == "7"
    for r in results:
        assert (r.report is None) != (r.error is None)
        json.loads(json.dumps(r.to_dict()))
    assert results[6].report is not None
    assert results[6].report.article.dateline is not None


def test_analyze_many_rejects_bad_worker_counts() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(newsmetrics.analyze_many(["x"], workers=0))


def test_version() -> None:
    assert isinstance(newsmetrics.__version__, str) and newsmetrics.__version__


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hardest_sentences", -1, "hardest_sentences must be a whole number"),
        ("keywords_top", 2.5, "keywords_top must be a whole number"),
        ("keywords_max_n", 4, "keywords_max_n must be 1, 2 or 3"),
        ("sentiment_mode", "happy", "sentiment_mode must be 'news' or 'raw'"),
        ("keywords_extra_stopwords", "the", "keywords_extra_stopwords must be a tuple of strings"),
        ("quotes_min_confidence", 1.5, "quotes_min_confidence must be a number from 0 to 1"),
        ("quotes_min_confidence", True, "quotes_min_confidence must be a number from 0 to 1"),
    ],
)
def test_config_rejects_unusable_values(field: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        newsmetrics.AnalysisConfig(**{field: value})  # type: ignore[arg-type]


def test_sources_carry_sentiment_toward_them_in_analyze() -> None:
    text = read_article("porthaven_flood_wall")
    report = newsmetrics.analyze(text)
    assert report.sources
    for src in report.sources:
        assert src.sentiment is not None
        assert src.sentiment.mentions, src.name
        for m in src.sentiment.mentions:
            assert text[m.start : m.end] == m.text
        if src.sentiment.compound is not None:
            assert -1.0 <= src.sentiment.compound <= 1.0
    # A name written again later in the body is found too, not only credited mentions.
    by_name = {s.name: s for s in report.sources}
    assert "Helen Achebe" in by_name
    # sources() alone does not score sentiment.
    alone = newsmetrics.sources(newsmetrics.quotes(text), newsmetrics.parse(text))
    assert all(s.sentiment is None for s in alone)


def test_source_mentions_of_name_are_found_in_the_body() -> None:
    text = (
        'PORTHAVEN (Northwind) - "We will rebuild," Mayor Helen Achebe said on Monday. '
        "Critics accused Helen Achebe of wasting money."
    )
    report = newsmetrics.analyze(text)
    achebe = next(s for s in report.sources if s.name == "Helen Achebe")
    assert achebe.sentiment is not None
    texts = [m.text for m in achebe.sentiment.mentions]
    assert texts.count("Helen Achebe") >= 1 and len(texts) >= 2


def test_config_quote_threshold_reaches_quotes() -> None:
    from newsmetrics.quotes import MIN_CONFIDENCE

    assert newsmetrics.AnalysisConfig().quotes_min_confidence == MIN_CONFIDENCE
    text = read_article("porthaven_flood_wall")
    every = newsmetrics.analyze(text, config=newsmetrics.AnalysisConfig(quotes_min_confidence=0.0)).quotes
    default = newsmetrics.analyze(text).quotes
    assert default == newsmetrics.quotes(text)
    assert every == newsmetrics.quotes(text, min_confidence=0.0)
    assert set(default) < set(every)  # the threshold leaves some low-confidence attributions out
