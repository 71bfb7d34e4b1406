"""Tests for newsmetrics.corpus on a small corpus written for these tests."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmetrics import Corpus, analyze, keywords
from newsmetrics.corpus import term_key

# Two outlets, three weeks: the "Courier" writes about sanctions, the
# "Gazette" about flood defences; both mention the council.
DOCS = [
    ("c1", "Courier", dt.date(2024, 3, 4),
     "WASHINGTON (Reuters) - The U.S. widened sanctions on Iran. Officials said sanctions would hit oil exports."),
    ("c2", "Courier", dt.date(2024, 3, 12),
     "New sanctions on Iranian oil took effect, the Treasury said. The council of ministers met."),
    ("c3", "Courier", dt.date(2024, 3, 20),
     "Oil prices rose after the sanction on tankers. Traders expect more sanctions."),
    ("g1", "Gazette", dt.date(2024, 3, 5),
     "LEEDS (AP) - Flood defences failed on Monday. The council said the flood barrier was too low."),
    ("g2", "Gazette", dt.date(2024, 3, 6),
     "Residents blamed the council for the flood. New flood defences will cost millions."),
    ("g3", "Gazette", None,
     "The council approved a flood barrier plan, according to a statement."),
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_texts(
        [d[3] for d in DOCS],
        ids=[d[0] for d in DOCS],
        groups=[d[1] for d in DOCS],
        dates=[d[2] for d in DOCS],
    )


def test_shape_and_vocabulary(corpus):
    assert len(corpus) == 6
    assert corpus.ids == ("c1", "c2", "c3", "g1", "g2", "g3")
    i = corpus.keys.index("sanction")
    assert corpus.texts[i] == "sanctions"  # most frequent form wins
    assert "US" in corpus.keys and "us" not in corpus.keys


def test_document_frequency(corpus):
    df = {t.text: t for t in corpus.document_frequency()}
    assert df["council"].count == 4
    assert df["council"].weight == pytest.approx(4 / 6)
    assert df["sanctions"].count == 3
    assert df["flood"].count == 3
    top = corpus.document_frequency(top=1)
    assert top[0].text == "council"


def test_tfidf_prefers_terms_rare_in_the_corpus(corpus):
    rows = corpus.tfidf("c3", top=20)
    by = {t.text: t for t in rows}
    assert by["sanctions"].count == 2
    # unit length over all the document's terms
    assert math.isclose(sum(t.weight**2 for t in corpus.tfidf("c3", top=100)), 1.0, rel_tol=1e-4)
    # "council" (4 of 6 documents) weighs less in g1 than "barrier" (2 of 6)
    g1 = {t.text: t.weight for t in corpus.tfidf(3, top=50)}
    assert g1["barrier"] > g1["council"]
    weights = [t.weight for t in rows]
    assert weights == sorted(weights, reverse=True)


def test_tfidf_bad_document(corpus):
    with pytest.raises(KeyError):
        corpus.tfidf("nope")
    with pytest.raises(IndexError):
        corpus.tfidf(6)


def test_distinctive_log_odds(corpus):
    courier = [t.text for t in corpus.distinctive("Courier", top=3)]
    gazette = [t.text for t in corpus.distinctive("Gazette", top=3)]
    assert courier[0] in {"sanctions", "oil"}
    assert gazette[0] in {"flood", "defences", "barrier"}
    rows = {t.text: t for t in corpus.distinctive("Courier", top=100)}
    assert rows["sanctions"].z > 0 > rows["flood"].z
    assert rows["sanctions"].count_group == 5 and rows["sanctions"].count_rest == 0
    # the shared term sits between the two
    assert rows["flood"].z < rows["council"].z < rows["sanctions"].z


def test_distinctive_matches_formula(corpus):
    prior = 500.0
    row = next(t for t in corpus.distinctive("Courier", top=100, prior=prior) if t.text == "council")
    i = corpus.keys.index(row.key)
    y_g = y_r = n_g = n_r = 0
    tot_all = 0
    tot_term = 0
    for g, r in zip(corpus.groups, corpus.rows, strict=True):
        for j, c in r:
            tot_all += c
            if j == i:
                tot_term += c
            if g == "Courier":
                n_g += c
                y_g += c if j == i else 0
            else:
                n_r += c
                y_r += c if j == i else 0
    a = prior * tot_term / tot_all
    delta = math.log((y_g + a) / (n_g + prior - y_g - a)) - math.log((y_r + a) / (n_r + prior - y_r - a))
    z = delta / math.sqrt(1 / (y_g + a) + 1 / (y_r + a))
    assert row.log_odds == pytest.approx(delta, abs=1e-5)
    assert row.z == pytest.approx(z, abs=1e-5)


def test_distinctive_default_prior_is_a_tenth_of_the_words(corpus):
    n = sum(c for row in corpus.rows for _, c in row)
    assert corpus.distinctive("Courier", top=5) == corpus.distinctive("Courier", top=5, prior=0.1 * n)


def test_distinctive_errors(corpus):
    with pytest.raises(ValueError, match="no document"):
        corpus.distinctive("Herald")
    with pytest.raises(ValueError, match="prior"):
        corpus.distinctive("Courier", prior=0)
    assert corpus.distinctive("Courier", against="Gazette", top=1)


def test_trend_by_week_and_month(corpus):
    weekly = corpus.trend("sanctions", period="week")
    assert [p.period for p in weekly.points] == ["2024-W10", "2024-W11", "2024-W12"]
    assert [p.count for p in weekly.points] == [2, 1, 2]
    assert [p.documents for p in weekly.points] == [3, 1, 1]
    first = weekly.points[0]
    assert first.per_1000 == pytest.approx(first.count * 1000 / first.words, abs=1e-3)
    monthly = corpus.trend("Sanction", period="month")
    assert [(p.period, p.count) for p in monthly.points] == [("2024-03", 5)]
    daily = corpus.trend("flood", period="day")
    assert daily.points[0].period == "2024-03-04" and daily.points[-1].period == "2024-03-20"
    assert len(daily.points) == 17  # empty days included
    assert sum(p.count for p in daily.points) == 4  # g1 and g2 twice each; g3 is undated


def test_trend_unknown_term_and_no_dates():
    c = Corpus.from_texts(["Rain fell.", "Snow fell."])
    assert c.trend("rain").points == ()
    c2 = Corpus.from_texts(["Rain fell."], dates=[dt.datetime(2024, 1, 1, 9, 30)])
    assert [p.count for p in c2.trend("hail", period="year").points] == [0]
    with pytest.raises(ValueError, match="period"):
        c2.trend("rain", period="hour")  # type: ignore[arg-type]


def test_from_reports_accepts_article_reports_and_ngrams():
    texts = [d[3] for d in DOCS]
    c1 = Corpus.from_reports([analyze(t) for t in texts])
    c2 = Corpus.from_reports([keywords(t) for t in texts])
    assert c1.keys == c2.keys and c1.rows == c2.rows
    c3 = Corpus.from_reports(
        [keywords(t) for t in [*texts, "Flood defences failed. Flood defences cost millions."]],
        ngrams=True,
    )
    assert set(c2.keys) < set(c3.keys)
    assert "flood defenc" in c3.keys
    with pytest.raises(ValueError, match="groups"):
        Corpus.from_reports([keywords(t) for t in texts], groups=["a"])
    with pytest.raises(TypeError):
        Corpus.from_reports(["not a report"])  # type: ignore[list-item]


def test_term_key_and_results_serialise(corpus):
    assert term_key("Flood Defences") == "flood defenc"
    assert term_key("U.S.") == "US"
    for rows in (corpus.document_frequency(top=3), corpus.distinctive("Gazette", top=3),
                 (corpus.trend("flood"),)):
        for r in rows:
            d = r.to_dict()
            assert json.loads(json.dumps(d)) == d


_WORDS = st.sampled_from(["Oil", "oil", "prices", "U.S.", "us", "sanctions", "flood", "the", "Iran", "rose", "."])


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=6),
    st.data(),
)
def test_any_small_corpus_works(texts, data):
    texts = [t for t in texts if any(c.isalnum() for c in t)]
    if not texts:
        return
    groups = data.draw(st.lists(st.sampled_from(["a", "b"]), min_size=len(texts), max_size=len(texts)))
    days = data.draw(st.lists(st.integers(0, 60), min_size=len(texts), max_size=len(texts)))
    dates = [dt.date(2024, 1, 1) + dt.timedelta(days=d) for d in days]
    c = Corpus.from_texts(texts, groups=groups, dates=dates)
    df = c.document_frequency()
    assert all(1 <= r.count <= len(c) for r in df)
    for g in set(groups):
        if len(set(groups)) > 1:
            for r in c.distinctive(g, top=5):
                assert math.isfinite(r.z) and math.isfinite(r.log_odds)
                assert json.loads(r.to_json()) == r.to_dict()
    for period in ("day", "week", "month", "year"):
        tr = c.trend("oil", period=period)
        assert sum(p.documents for p in tr.points) == len(texts)
    for i in range(len(c)):
        c.tfidf(i)


def test_single_term_vocabulary_has_no_nan():
    # Regression (found by hypothesis): one term in both groups gave NaN.
    c = Corpus.from_texts(["Oil", "Oil"], groups=["a", "b"])
    (row,) = c.distinctive("a")
    assert row.z == 0.0 and row.log_odds == 0.0
