"""Tests for newsmetrics.keywords on news-style texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmetrics
from newsmetrics import EmptyTextError, NotTextError, parse
from newsmetrics.keywords import default_stopwords, keywords

SANCTIONS = """U.S. widens sanctions on Iran oil exports

WASHINGTON, March 4 (Reuters) - The United States on Tuesday widened sanctions on Iran's oil exports, the Treasury Department said, a week after talks in Geneva stalled.

"These sanctions will stay until Tehran changes course," Treasury Secretary Janet Hale told reporters. The new sanction targets tankers that carry Iranian crude to Asia.

Prime Minister Nawaz Sharif of Pakistan, speaking in Islamabad, said the measures would hurt the region. Officials at the Ministry of Defence declined to comment on the Line of Control.

Hale said the US would review the oil sanctions in six months. Analysts said the sanctions could lift oil prices, and one senior official, who asked not to be named, said Washington expected Iran to return to the talks. Asked about us and the AIDS programme, Hale said aid would continue.
"""

ELECTION = """Flood defences top council election campaign

By Maria Lopez

LEEDS, England (AP) -- Flood defences have become the main issue in the city council election, according to a poll published on Monday.

Council leader Tom Barker promised new flood barriers along the river. "Flood defences come first," Barker said. Residents whose homes flooded last winter say the council acted too slowly.

The opposition leader, Anne Cole, said the flood barrier plan was too expensive. Cole wants the council to buy land for wetlands upstream instead.
"""


def test_sanctions_grouped_under_most_frequent_form():
    rep = keywords(SANCTIONS)
    by_text = {t.text: t for t in rep.terms}
    assert "sanctions" in by_text
    assert "sanction" not in by_text
    row = by_text["sanctions"]
    assert row.n == 1
    # headline 1 + body: sanctions x4, sanction x1
    assert row.count == 6
    assert {s.text for s in row.spans} == {"sanctions", "sanction"}


def test_acronyms_kept_apart_from_lower_case_words():
    rep = keywords(SANCTIONS, stopwords=())
    keys = {t.key: t for t in rep.terms if t.n == 1}
    assert "US" in keys  # "U.S." and "US"
    assert {s.text for s in keys["US"].spans} == {"U.S.", "US"}
    assert "AIDS" in keys
    us_lower = [t for t in rep.terms if t.n == 1 and t.text == "us"]
    assert us_lower and us_lower[0].count == 1
    assert keys["AIDS"].count == 1


def test_frequency_per_1000_words_and_bigrams():
    rep = keywords(SANCTIONS)
    row = next(t for t in rep.terms if t.text == "sanctions")
    assert row.per_1000 == pytest.approx(row.count * 1000 / rep.words, abs=1e-3)
    bigrams = {t.text: t for t in rep.terms if t.n == 2}
    assert bigrams["oil exports"].count == 2  # headline and body
    assert "oil prices" not in bigrams  # seen once only
    assert all(t.count >= 2 for t in bigrams.values())
    assert "Treasury Secretary Janet" not in bigrams
    assert max(t.n for t in rep.terms) <= 3


def test_numbers_and_punctuation_out_by_default():
    text = "Rates rose 2.5 percent in 2024.\n\nRates rose again in 2024, officials said."
    rep = keywords(text)
    assert all(not t.text[0].isdigit() for t in rep.terms)
    assert all(t.text not in {",", "."} for t in rep.terms)
    with_numbers = keywords(text, numbers=True)
    assert any(t.text == "2024" and t.count == 2 for t in with_numbers.terms)


def test_stopwords_replace_and_extend():
    assert "the" in default_stopwords()
    rep = keywords(SANCTIONS, extra_stopwords=["sanctions", "sanction"])
    assert all(t.key != "sanction" for t in rep.terms)
    rep2 = keywords(SANCTIONS, stopwords=["oil"])
    assert any(t.text == "the" for t in rep2.terms)
    assert all(t.text != "oil" for t in rep2.terms)


@pytest.mark.parametrize(
    "name",
    ["Prime Minister Nawaz Sharif", "Line of Control", "Ministry of Defence",
     "Treasury Secretary Janet Hale", "Treasury Department", "Geneva"],
)
def test_entities_found(name):
    rep = keywords(SANCTIONS)
    assert name in {e.text for e in rep.entities}


def test_entities_sentence_initial_and_surname_mentions():
    rep = keywords(SANCTIONS)
    names = {e.text: e for e in rep.entities}
    # "These", "Officials", "Analysts", "Asked" open sentences: not names.
    for word in ("These", "Officials", "Analysts", "Asked", "The United States"):
        assert word not in names
    hale = names["Treasury Secretary Janet Hale"]
    assert hale.count == 3  # full name once, "Hale" twice (once opening a sentence)
    assert hale.first.text == "Treasury Secretary Janet Hale"
    assert hale.first.start == min(s.start for s in hale.spans)


def test_keyphrases_rank_the_topic_first():
    rep = keywords(ELECTION, top=5)
    texts = [p.text for p in rep.phrases]
    assert len(texts) == 5
    assert texts[0] in {"flood defences", "flood", "council"}
    assert "council" in texts
    # no two phrases with the same stems
    assert len({p.text.lower() for p in rep.phrases}) == len(texts)
    scores = [p.score for p in rep.phrases]
    assert scores == sorted(scores, reverse=True)


def test_keyphrases_skip_dates_agencies_and_stopwords():
    rep = keywords(SANCTIONS, top=15)
    texts = {p.text.lower() for p in rep.phrases}
    assert not texts & {"tuesday", "march", "reuters", "said", "the"}


@pytest.mark.parametrize("text", [SANCTIONS, ELECTION])
def test_every_span_points_into_the_original_text(text):
    art = parse(text)
    rep = keywords(art)
    for t in rep.terms:
        assert len(t.spans) == t.count
        for s in t.spans:
            assert art.text[s.start : s.end] == s.text
    for e in rep.entities:
        for s in (e.first, *e.spans):
            assert art.text[s.start : s.end] == s.text
    for p in rep.phrases:
        assert p.spans
        for s in p.spans:
            assert art.text[s.start : s.end] == s.text


def test_separate_title_feeds_keyphrases_without_spans():
    art = parse("Officials said the levee broke overnight. The levee had been repaired.", title="Levee fails")
    rep = keywords(art)
    assert rep.phrases[0].text == "levee"
    assert all(art.text[s.start : s.end] == s.text for p in rep.phrases for s in p.spans)


def test_curly_apostrophe_possessive_dropped():
    rep = keywords("Iran\u2019s oil minister met Iran's partners. Iran agreed.")
    row = next(t for t in rep.terms if t.key == "iran")
    assert row.count == 3
    assert {s.text for s in row.spans} == {"Iran"}


def test_bad_input_and_options():
    with pytest.raises(NotTextError):
        keywords(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(EmptyTextError):
        keywords("  \n ")
    with pytest.raises(ValueError, match="top"):
        keywords("Some text here.", top=-1)
    with pytest.raises(ValueError, match="max_n"):
        keywords("Some text here.", max_n=4)
    assert keywords("Some text here.", top=0).phrases == ()


def test_json_round_trip_and_analyze_wiring():
    report = newsmetrics.analyze(ELECTION)
    kw = report.keywords
    assert kw == keywords(report.article)
    d = kw.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert set(d) == {"words", "terms", "entities", "phrases"}
    cfg = newsmetrics.AnalysisConfig(keywords_top=3)
    assert len(newsmetrics.analyze(ELECTION, config=cfg).keywords.phrases) == 3


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda s: s.strip()))
def test_never_crashes_and_spans_in_bounds(text):
    art = parse(text)
    rep = keywords(art)
    for t in rep.terms:
        for s in t.spans:
            assert 0 <= s.start < s.end <= len(text)
            assert text[s.start : s.end] == s.text
    for p in rep.phrases:
        for s in p.spans:
            assert text[s.start : s.end] == s.text
    d = rep.to_dict()
    assert json.loads(json.dumps(d)) == d


def test_large_punctuation_input_is_fast():
    import time

    text = "\u201c\u201d\"'" * 50_000 + " word"
    t0 = time.perf_counter()
    keywords(text)
    assert time.perf_counter() - t0 < 5.0


# ---- golden article with "with / without" expectations ------------------------


PORT = (Path(__file__).parent / "data" / "articles" / "keywords_port_strike.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture(scope="module")
def port():
    return keywords(PORT, top=10)


@pytest.mark.parametrize(
    ("label", "phrase"),
    [
        ("headline topic", "port"),
        ("repeated noun phrase", "dock workers"),
        ("repeated noun phrase", "port authority"),
        ("place name", "Halden"),
        ("headline and body", "strike"),
    ],
)
def test_golden_keyphrases_with(port, label, phrase):
    texts = [p.text for p in port.phrases]
    assert phrase in texts, f"{label}: {phrase!r} missing from {texts}"


@pytest.mark.parametrize(
    ("label", "phrase"),
    [
        ("reporting verb", "said"),
        ("weekday", "Monday"),
        ("wire agency", "Reuters"),
        ("unit", "percent"),
        ("byline name (not article text)", "Ingrid Solberg"),
        ("cut name", "Maria T."),
        ("title before a name", "leader Per Kjelstad"),
    ],
)
def test_golden_keyphrases_without(port, label, phrase):
    texts = [p.text for p in port.phrases]
    assert phrase not in texts, f"{label}: {phrase!r} should not be in {texts}"


def test_golden_entities(port):
    names = {e.text: e for e in port.entities}
    assert "Port of Halden" in names
    assert "Ministry of Trade" in names
    assert "North Sea" in names
    lund = names["Maria T. Lund"]  # "Port director" is a lower-case title
    assert lund.count == 2  # "Lund told reporters" is a later mention
    assert "According" not in names and "Shipping" not in names
    assert "US" in names or "U.S. Navy" in names


def test_keyphrases_function_matches_report(port):
    from newsmetrics import keyphrases

    assert keyphrases(PORT, top=10) == port.phrases
    assert keyphrases(PORT, top=0) == ()
    with pytest.raises(ValueError, match="top"):
        keyphrases(PORT, top=-2)


def test_middle_initial_and_person_behind_a_title():
    text = (
        "Defence Minister Anna Berg met President George W. Bush in Oslo. "
        "Anna Berg said the talks went well. Berg will return in May. "
        "George W. Bush thanked Anna Berg."
    )
    rep = keywords(text)
    names = {e.text for e in rep.entities}
    assert "President George W. Bush" in names
    texts = [p.text for p in rep.phrases]
    assert "Anna Berg" in texts
    assert "George W. Bush" in texts
    bush = next(p for p in rep.phrases if p.text == "George W. Bush")
    assert [s.text for s in bush.spans] == ["George W. Bush", "George W. Bush"]


def test_incomplete_word_gives_way_to_the_name():
    text = (
        "San Francisco voters backed the housing plan. Housing costs in San Francisco rose again. "
        "The San Francisco plan adds housing near transit."
    )
    texts = [p.text for p in keywords(text).phrases]
    assert "San Francisco" in texts
    assert "San" not in texts and "Francisco" not in texts


def test_acronym_shown_without_dots():
    rep = keywords("The U.S. and the US Navy agreed. U.S. officials said the U.S. deal held.")
    row = next(t for t in rep.terms if t.key == "US")
    assert row.text == "US" and row.count == 4


def test_title_case_line_gives_no_names():
    rep = keywords("Feds Investigate Seattle Police For Possible Excessive Force")
    assert rep.entities == ()


@pytest.mark.parametrize(
    ("word", "expected"),
    [("sanctions", 0), ("minister", 0), ("bilateral", 1), ("said", 2), ("discussing", 2), ("recently", 3), ("shoigu", 0)],
)
def test_word_class_from_wordnet(word, expected):
    from newsmetrics.keywords import _word_class

    assert _word_class(word) == expected


def test_package_data_loads():
    from newsmetrics.keywords import _background, _wordnet

    zipf, cap = _background()
    assert zipf["the"] > zipf["sanctions"] > 0
    assert cap["obama"] >= 8 and cap["sanctions"] <= 1
    lemmas, exc = _wordnet()
    assert "n" in lemmas["government"] and ("v", "say") in exc["said"]
    assert len(default_stopwords()) > 300


def test_import_stays_light():
    import subprocess
    import sys

    code = (
        "import sys, newsmetrics, newsmetrics.keywords, newsmetrics.corpus;"
        "print(any(m.startswith(('nltk', 'numpy')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_many_names_stay_linear():
    # Regression: merging surname mentions compared every pair of names.
    import time

    text = " ".join(f"Minister Alda{i} Berg{i} met Carl{i}. Berg{i} left." for i in range(3000))
    t0 = time.perf_counter()
    rep = keywords(text)
    assert time.perf_counter() - t0 < 15.0
    names = {e.text: e.count for e in rep.entities}
    assert names["Minister Alda7 Berg7"] == 2  # "Berg7 left." is a later mention
    assert names["Carl7"] == 1


def test_sentence_full_of_names_is_not_title_case():
    # Regression: a short sentence of names was read as a title-case line.
    rep = keywords("President Barack Obama met Angela Merkel in Berlin.")
    assert {e.text for e in rep.entities} == {"President Barack Obama", "Angela Merkel", "Berlin"}
