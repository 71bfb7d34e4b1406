"""Tests for newsmetrics.sentiment and the VADER engine (newsmetrics._vader).

Every text here was written for these tests (news style, no third-party
article text).
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmetrics
from newsmetrics import _vader
from newsmetrics._resources import read_json
from newsmetrics._text import normalize, parse, tokenize
from newsmetrics.errors import EmptyTextError, NotTextError
from newsmetrics.models import AnalysisConfig, Span
from newsmetrics.sentiment import (
    _news_lexicon,
    _news_values,
    _stack_probabilities,
    _stacker,
    _UnitFinder,
    sentiment,
    sentiment_toward,
    sentiment_toward_spans,
    stack_inputs,
    target_features,
)

# --------------------------------------------------------------------------
# Parity with vaderSentiment on sentences written to exercise every rule
# --------------------------------------------------------------------------

PARITY_SAMPLE = [
    "The senator's plan is good.",
    "The senator's plan is not good.",
    "The senator's plan isn't good at all.",
    "The senator's plan is very good.",
    "The senator's plan is VERY GOOD, aides said.",
    "The plan was GOOD but the rollout was a disaster.",
    "The rally was great, but the speech was boring and the crowd was not happy.",
    "Officials said the talks were kind of productive.",
    "Officials said the talks were sort of a failure.",
    "It was the least successful launch in years.",
    "At least nobody was hurt in the crash.",
    "The mayor has never been so popular.",
    "Without a doubt, the best budget in a decade.",
    "No one was happy with the deal.",
    "There was no joy and no hope in the town.",
    "He gave no praise or thanks to the volunteers.",
    "Voters said the debate was a kiss of death for his campaign.",
    "Is this really the best the party can do??",
    "What a win!!! The team is back!",
    "The minister, who was barely competent, resigned.",
    "Police in Lagos said the attack killed 12 people and wounded dozens more.",
    "U.S. officials were DEEPLY troubled by the report.",
    "The bill passed 52-48 on Tuesday.",
    'The coach called the decision "absolutely terrible" :(',
    "Fans cheered 😁 as the team returned 🏆 to the city.",
    "The company's profits rose 12% despite the slump.",
    "Critics said the reforms are hardly fair, and they're right.",
    "The U.N. envoy said she couldn't be more pleased with the ceasefire.",
    "Rescuers found no survivors.",
    "The food was good, the staff good, but the view good and the bill good.",
    "Bad, bad, bad but good, good, bad, good and bad.",
    " ".join(["good"] * 40 + ["but"] + ["good", "bad"] * 20),
    "ok",
    "",
    "!!!",
    # Fast-path edge cases: a dash chunk (trimmed to nothing), a two-letter
    # lexicon word with punctuation ("no," is not "no"), an emoticon kept
    # whole, "n't" far from and near a lexicon word, capitals only on a
    # lexicon word, a non-ASCII sentence, a capital sigma, the Kelvin sign.
    "The vote - a good one - passed, officials said.",
    "Asked if the talks failed, he said no, they were a success.",
    "The mayor said no. The plan was a good one.",
    "The envoy smiled <3 and said the deal was fine :-)",
    "She didn't say whether the long, slow and costly review was fair.",
    "The council wasn't happy with the deal.",
    "The minister called the report GREAT while aides stayed quiet.",
    "ALL OF THEM SAID THE PLAN WAS GREAT.",
    "The senator’s plan is “very good”, aides said — and it isn’t bad.",
    "The ΣΙΓΜΑ party won a great victory.",
    "The \u212aELVIN plan was a GOOD idea.",
    "It was a bus stop and the shit hit the fan, kind of a bad day.",
    "This good plan, so great, is not this bad.",
]


@pytest.mark.parametrize("text", PARITY_SAMPLE)
def test_raw_engine_matches_vadersentiment(text: str) -> None:
    vs = pytest.importorskip("vaderSentiment.vaderSentiment")
    want = vs.SentimentIntensityAnalyzer().polarity_scores(text)
    got = _vader.polarity_scores(text)
    for key in ("neg", "neu", "pos", "compound"):
        assert got[key] == pytest.approx(want[key], abs=1e-6), key


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "good", "GOOD", "bad", "not", "no", "no,", "very", "kind", "of", "but",
                "But", "so", "this", "never", "least", "at", "without", "doubt", "isn't",
                "-", ":)", "ok.", "the", "shit", "bus", "stop", "Rebels", "seized", "fled",
                "great!", "?", "U.S.", "“hope”", "I", "sort", "just", "enough", "killed",
            ]
        ),
        max_size=14,
    )
)
def test_fast_engine_matches_general_path(words: list[str]) -> None:
    # The fast path of polarity_scores against the word-list path it shortcuts.
    text = " ".join(words)
    assert _vader.polarity_scores(text) == _vader._polarity_general(text)


@pytest.mark.parametrize("text", [t for t in PARITY_SAMPLE if t.strip()])
def test_raw_mode_public_api_matches_vadersentiment(text: str) -> None:
    vs = pytest.importorskip("vaderSentiment.vaderSentiment")
    want = vs.SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    art = parse(text)
    if len(art.sentences) != 1 or art.sentences[0].text != text.strip():
        pytest.skip("our splitter cuts this text differently")
    got = sentiment(art, mode="raw").sentences[0].compound
    assert got == pytest.approx(want, abs=1e-6)


# --------------------------------------------------------------------------
# Engine rules, with values worked out by hand from the published constants
# --------------------------------------------------------------------------


def test_lexicon_and_emoji_tables_load() -> None:
    lex = _vader.lexicon()
    assert lex["good"] == 1.9
    assert lex["terrible"] == -2.1
    assert all(k == k.lower() for k in lex)
    assert _vader.emoji_descriptions()["\U0001f601"] == "beaming face with smiling eyes"
    model = read_json("sentiment_news_model.json")
    assert {"sentence", "target"} <= set(model)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["good"], [1.9]),
        (["not", "good"], [0.0, 1.9 * -0.74]),
        (["very", "good"], [0.0, 1.9 + 0.293]),
        (["very", "bad"], [0.0, -2.5 - 0.293]),
        (["good", "but", "bad"], [1.9 * 0.5, 0.0, -2.5 * 1.5]),
        (["least", "good"], [0.0, 1.9 * -0.74]),
        (["at", "least", "good"], [0.0, 0.0, 1.9]),
    ],
)
def test_valence_rules(words: list[str], expected: list[float]) -> None:
    got = _vader.valences(words)
    assert got == pytest.approx(expected)


def test_allcaps_emphasis_only_when_some_words_are_not_caps() -> None:
    assert _vader.valences(["GOOD", "plan"])[0] == pytest.approx(1.9 + 0.733)
    assert _vader.valences(["GOOD", "PLAN"])[0] == pytest.approx(1.9)


def _but_reference(low: list[str], values: list[float]) -> list[float]:
    """The published 'but' rule, written the slow way (list.index per value)."""
    out = list(values)
    if "but" not in low:
        return out
    bi = low.index("but")
    for k in range(len(out)):
        v = out[k]
        j = out.index(v)
        if j < bi:
            out[j] = v * 0.5
        elif j > bi:
            out[j] = v * 1.5
    return out


@given(
    st.lists(st.sampled_from([0.0, 1.0, -1.0, 0.5, 2.0, 1.5, -0.5, 3.0]), min_size=1, max_size=150),
    st.data(),
)
@settings(max_examples=300)
def test_but_rule_matches_the_slow_reference(values: list[float], data: st.DataObject) -> None:
    bi = data.draw(st.integers(0, len(values) - 1))
    low = ["w"] * len(values)
    low[bi] = "but"
    got = list(values)
    _vader._but(low, got)
    assert got == _but_reference(low, values)


def test_punctuation_amplifier() -> None:
    assert _vader.punctuation_amplifier("Wow!") == pytest.approx(0.292)
    assert _vader.punctuation_amplifier("Wow!!!!!!") == pytest.approx(4 * 0.292)
    assert _vader.punctuation_amplifier("Why?") == 0.0
    assert _vader.punctuation_amplifier("Why??") == pytest.approx(0.36)
    assert _vader.punctuation_amplifier("Why?????") == pytest.approx(0.96)


def test_words_trim_punctuation_but_keep_emoticons() -> None:
    assert _vader.split_words('"Great," she said :) ok.') == ["Great", "she", "said", ":)", "ok."]


_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\u200b\ufeff\u2028\u2029\x85",
    ),
    max_size=120,
)


@given(_TEXT)
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_split_words_equals_runs_of_touching_tokens(text: str) -> None:
    """The fast white-space split gives exactly the words defined on our tokens."""
    if _vader._has_emoji(text):
        return
    assert _vader.split_words(text) == _vader.words_from_tokens(text, tokenize(text))
    spans = _vader.word_spans(text)
    assert len(spans) == len(_vader.split_words(text))


# --------------------------------------------------------------------------
# News mode
# --------------------------------------------------------------------------


def test_news_lexicon_adds_event_words_and_drops_news_neutral_ones() -> None:
    news = _news_lexicon()
    assert "seized" not in _vader.lexicon() and news["seized"] < 0
    assert "kidnapped" in news and news["kidnapped"] < 0
    assert "party" in _vader.lexicon() and "party" not in news
    assert "united" not in news


@pytest.mark.parametrize(
    ("text", "index"),
    [("efforts countering terrorism", 2), ("unemployment fell sharply", 0)],
)
def test_news_reversal_rules(text: str, index: int) -> None:
    words = text.split()
    raw = _vader.valences(words, _news_lexicon())
    news = _news_values(words, list(raw))
    assert raw[index] < 0 < news[index]


LABELLED = [
    ("Residents praised the firefighters for their brave and heroic rescue.", 1),
    ("The charity celebrated a remarkable year of success and generous gifts.", 1),
    ("The senator was accused of fraud, corruption and abuse of power.", -1),
    ("Rebels kidnapped and killed aid workers in a brutal attack.", -1),
    ("Critics slammed the mayor's disastrous handling of the crisis.", -1),
    ("The committee will meet on Tuesday in Geneva.", 0),
    ("The report was published by the ministry in March.", 0),
]


@pytest.mark.parametrize(("text", "label"), LABELLED)
def test_news_mode_labels_clear_sentences(text: str, label: int) -> None:
    s = sentiment(text)
    assert s.sentences[0].label == label
    assert s.label == label


ARTICLE = (
    "Flood victims rebuild with hope\n\n"
    "DHAKA, June 4 (Reuters) - Floods destroyed hundreds of homes in northern "
    "Bangladesh this week, officials said.\n\n"
    "\u201cWe have lost everything, and nobody has helped us,\u201d said Rahima "
    "Begum, a farmer. \u201cIt is a disaster.\u201d\n\n"
    "Volunteers from the Red Crescent praised the quick response of local "
    "authorities. The government will meet donors on Friday."
)


def _spans_hold(article_text: str, scores: object) -> None:
    for s in scores:  # type: ignore[attr-defined]
        assert article_text[s.start : s.end] == s.text


def test_article_structure_and_spans() -> None:
    art = parse(ARTICLE)
    s = sentiment(art)
    assert s.mode == "news"
    assert len(s.sentences) == len(art.sentences)
    assert len(s.paragraphs) == len(art.paragraphs)
    assert s.arc == tuple(x.compound for x in s.sentences)
    _spans_hold(ARTICLE, s.sentences)
    _spans_hold(ARTICLE, s.paragraphs)
    _spans_hold(ARTICLE, s.narrative.segments)
    _spans_hold(ARTICLE, s.quoted.segments)
    assert s.headline is not None and s.headline.text == "Flood victims rebuild with hope"
    assert ARTICLE[s.headline.start : s.headline.end] == s.headline.text
    assert s.compound == pytest.approx(sum(s.arc) / len(s.arc))


def test_quoted_and_narrative_voices() -> None:
    s = sentiment(ARTICLE)
    assert s.quoted.words > 0 and s.narrative.words > 0
    assert all(seg.text.startswith("\u201c") for seg in s.quoted.segments)
    assert s.quoted.compound is not None and s.quoted.compound < 0
    assert s.quoted.label == -1
    assert s.tone_gap is not None and s.tone_gap > 0
    # No quotation at all: everything is narrative.
    s2 = sentiment(ARTICLE, quotes=[])
    assert s2.quoted.compound is None and s2.quoted.words == 0 and s2.tone_gap is None
    assert s2.narrative.words == s.narrative.words + s.quoted.words


def test_quotes_argument_takes_any_object_with_offsets() -> None:
    start = ARTICLE.index("Volunteers")
    end = ARTICLE.index(" The government")
    s = sentiment(ARTICLE, quotes=[Span(start, end, ARTICLE[start:end])])
    assert [seg.text for seg in s.quoted.segments] == [ARTICLE[start:end]]


def test_gdelt_tone() -> None:
    t = sentiment("Good news and great joy. Terrible loss.", mode="raw").tone
    assert t.words == 7
    assert t.positive == pytest.approx(300 / 7)
    assert t.negative == pytest.approx(200 / 7)
    assert t.tone == pytest.approx(t.positive - t.negative)
    assert t.polarity == pytest.approx(t.positive + t.negative)
    assert t.emotionality > 0


def test_title_given_apart_is_scored_on_its_own() -> None:
    s = sentiment(parse("Prices held steady on Monday.", title="Markets cheer a brilliant rally"))
    assert s.headline is not None
    assert s.headline.text == "Markets cheer a brilliant rally"
    assert s.headline.start == 0 and s.headline.end == len(s.headline.text)


def test_raw_mode_uses_vader_thresholds() -> None:
    s = sentiment("The plan is good. The plan is bad. The plan is here.", mode="raw")
    assert [x.label for x in s.sentences] == [1, -1, 0]
    assert s.sentences[0].compound == 0.4404


# --------------------------------------------------------------------------
# Target sentiment
# --------------------------------------------------------------------------

TWO_PEOPLE = "Critics slammed Smith for the failed deal, but voters praised Jones."


def test_target_clause_not_sentence() -> None:
    smith = sentiment_toward(TWO_PEOPLE, "Smith")
    jones = sentiment_toward(TWO_PEOPLE, "Jones")
    assert smith.label == -1 and jones.label == 1
    assert smith.compound is not None and jones.compound is not None
    assert smith.compound < jones.compound
    assert jones.mentions[0].clause.text == "voters praised Jones."
    for r in (smith, jones):
        m = r.mentions[0]
        assert TWO_PEOPLE[m.start : m.end] == m.text
        assert TWO_PEOPLE[m.clause.start : m.clause.end] == m.clause.text


def test_target_string_combines_every_mention() -> None:
    text = (
        "Gen. Mark Lee was praised for a brilliant rescue.\n\n"
        "Later, Lee was accused of lying to Congress about the failed raid."
    )
    r = sentiment_toward(text, "Lee")
    assert [m.text for m in r.mentions] == ["Lee", "Lee"]
    assert r.mentions[0].compound > r.mentions[1].compound
    assert r.compound == pytest.approx(
        sum(m.compound for m in r.mentions) / 2, abs=1e-9
    )
    one = sentiment_toward(text, (text.index("Lee"), text.index("Lee") + 3))
    assert len(one.mentions) == 1 and one.target == "Lee"
    by_spans = sentiment_toward_spans(text, [(m.start, m.end) for m in r.mentions])
    assert by_spans.compound == pytest.approx(r.compound)


ARREST = "The senator was arrested in Ohio after a violent brawl outside a bar."
KIDNAP = "Ms. Ortiz, who was kidnapped in Mexico, was freed on Sunday, according to her lawyer."


def test_target_place_after_a_preposition_is_not_blamed() -> None:
    """The second stage weighs a negative sentence against the mention's role: the
    person arrested is portrayed badly, the place after 'in' is not."""
    assert sentiment_toward(ARREST, "senator").label == -1
    assert sentiment_toward(ARREST, "Ohio").label == 0
    assert sentiment_toward(KIDNAP, "Mexico").label == 0


def test_target_stack_inputs() -> None:
    """The second stage reads the linear model's log-probabilities, the numeric
    features and the preposition flags; its output is a distribution."""
    art = parse(ARREST)
    units = _UnitFinder(art, "news")
    start = ARREST.index("Ohio")
    unit, a, b = units.mention(start, start + 4)
    feats, _ = target_features(unit, a, b)
    probs = (0.5, 0.3, 0.2)
    tone = units.sentence_probabilities(unit)
    assert units.sentence_probabilities(unit) is tone  # once per sentence
    assert tone[0] > tone[2]  # "arrested ... violent brawl": a negative sentence
    inputs = stack_inputs(unit, a, b, feats, probs, tone)
    assert inputs["#prep"] == 1.0 and "#by" not in inputs
    assert inputs["lr:neg"] == pytest.approx(math.log(0.5), abs=1e-6)
    assert inputs["st:neg"] == pytest.approx(math.log(tone[0]), abs=1e-6)
    # "senator" is the only other person-like word; it comes before Ohio and
    # before "arrested", the first sentiment word.
    assert inputs["#n_other"] == 0.0  # "senator" is lower case: not a name
    assert inputs["#subj"] == 0.0 and inputs["#between"] == 0.0
    assert inputs["#dist_sent"] == pytest.approx(2 / 20)  # "arrested in Ohio"
    assert "#bias" not in inputs
    assert not any(k.startswith(("w:", "c:", "l:", "r:")) and "#" not in k for k in inputs)
    stack = _stacker()
    assert set(stack.inputs) >= {"lr:neg", "st:pos", "#prep", "#own_neg", "#subj"}
    out = _stack_probabilities(stack, inputs)
    assert sum(out) == pytest.approx(1.0) and all(0.0 < p < 1.0 for p in out)
    by = "The tax plan was attacked by Senator Hale on Monday, and Ms. Ray defended it."
    units = _UnitFinder(parse(by), "news")
    unit, a, b = units.mention(by.index("Senator"), by.index(" on"))
    inputs = stack_inputs(unit, a, b, target_features(unit, a, b)[0], probs, tone)
    assert inputs["#by"] == 1.0 and "#prep" not in inputs
    assert inputs["#n_other"] == pytest.approx(3 / 5)  # "Monday", "Ms. Ray" and "it"
    unit, a, b = units.mention(by.index("Ms."), by.index(" defended"))
    inputs = stack_inputs(unit, a, b, target_features(unit, a, b)[0], probs, tone)
    assert inputs["#between"] == 1.0  # Senator Hale stands between her and "attacked"


def test_target_not_found_and_bad_targets() -> None:
    r = sentiment_toward(TWO_PEOPLE, "Brown")
    assert r.compound is None and r.label is None and r.mentions == ()
    assert sentiment_toward(TWO_PEOPLE, "Smit").mentions == ()  # whole words only
    with pytest.raises(ValueError, match="empty"):
        sentiment_toward(TWO_PEOPLE, "  ")
    with pytest.raises(ValueError, match="span"):
        sentiment_toward(TWO_PEOPLE, (5, 500))
    with pytest.raises(ValueError, match="span"):
        sentiment_toward(TWO_PEOPLE, (5, 5))
    with pytest.raises(TypeError):
        sentiment_toward(TWO_PEOPLE, 3)  # type: ignore[arg-type]


def test_target_raw_mode_scores_the_clause_with_vader() -> None:
    """Raw mode: VADER valences of the sentence (rules such as 'but' applied), summed
    over the clause only."""
    words = _vader.split_words(TWO_PEOPLE)
    values = _vader.valences(words)
    start = words.index("voters")
    expected = round(_vader.compound_of(values[start:], 0.0), 4)
    r = sentiment_toward(TWO_PEOPLE, "Jones", mode="raw")
    assert r.compound == expected
    assert r.label == 1
    s = sentiment_toward(TWO_PEOPLE, "Smith", mode="raw")
    assert s.label == -1


# --------------------------------------------------------------------------
# Errors, config and the report
# --------------------------------------------------------------------------


def test_errors() -> None:
    with pytest.raises(NotTextError):
        sentiment(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(EmptyTextError):
        sentiment("   ")
    with pytest.raises(ValueError, match="mode"):
        sentiment("Fine.", mode="loud")  # type: ignore[arg-type]
    with pytest.raises(EmptyTextError):
        sentiment_toward("", "x")


def test_analyze_reports_sentiment_with_config_mode() -> None:
    report = newsmetrics.analyze(ARTICLE)
    assert report.sentiment.mode == "news"
    cfg = dataclasses.replace(AnalysisConfig(), sentiment_mode="raw")
    raw = newsmetrics.analyze(ARTICLE, config=cfg)
    assert raw.sentiment.mode == "raw"
    assert raw.sentiment.sentences[0].compound == sentiment(ARTICLE, mode="raw").sentences[0].compound


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

_PIECES = [*list("abcdefghij KLMNOP .,;:!?\"'“”’-\n"), "good ", "bad ", "not ", "very ", "but ", "said ", "😁", "U.S. ", "no ", "\n\n"]
_ARTICLE_TEXT = (
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=120)
    .map("".join)
    .filter(lambda t: t.strip() != "")
)


def _in_range(x: float) -> bool:
    return math.isfinite(x) and -1.0 <= x <= 1.0


@given(_ARTICLE_TEXT, st.sampled_from(["news", "raw"]))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_properties_range_determinism_spans_json(text: str, mode: str) -> None:
    a = sentiment(text, mode=mode)  # type: ignore[arg-type]
    b = sentiment(text, mode=mode)  # type: ignore[arg-type]
    assert a == b
    assert _in_range(a.compound) and a.label in (-1, 0, 1)
    for s in (*a.sentences, *a.paragraphs, *a.narrative.segments, *a.quoted.segments):
        assert _in_range(s.compound)
        assert 0.0 <= s.pos <= 1.0 and 0.0 <= s.neu <= 1.0 and 0.0 <= s.neg <= 1.0
        assert text[s.start : s.end] == s.text
    assert -100.0 <= a.tone.tone <= 100.0
    assert json.loads(json.dumps(a.to_dict())) == a.to_dict()


@given(_ARTICLE_TEXT, st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_target_properties(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    try:
        art = parse(text)
    except EmptyTextError:
        return
    r = sentiment_toward(art, (start, end))
    assert r.compound is not None and _in_range(r.compound)
    m = r.mentions[0]
    assert text[m.start : m.end] == m.text
    assert text[m.clause.start : m.clause.end] == m.clause.text
    word = normalize(text[start:end]).split()
    if word:
        r2 = sentiment_toward(art, word[0])
        for m in r2.mentions:
            assert text[m.start : m.end] == m.text


def test_same_scores_in_every_process() -> None:
    """Regression: set iteration order (hash seed) changed the last digits of sums."""
    code = (
        "import json, sys, newsmetrics; t = sys.stdin.read(); "
        "print(json.dumps(newsmetrics.sentiment(t).to_dict())); "
        "print(json.dumps(newsmetrics.sentiment_toward(t, 'Begum').to_dict())); "
        "print(json.dumps(newsmetrics.sentiment_toward(t, 'Red Crescent').to_dict()))"
    )
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", code], input=ARTICLE, capture_output=True, text=True,
            env=env, timeout=60, check=True,
        )
        outs.add(proc.stdout)
    assert len(outs) == 1


# --------------------------------------------------------------------------
# Never hang: pathological inputs finish fast
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"' * 1_000_000,
        "\u201c" * 300_000 + " good",
        ("Smith said the very good plan was not bad but awful " * 20_000),
        ("Jones \U0001f601 praised Lee, " * 10_000) + "the end.",
    ],
    ids=["straight-quotes", "curly-quotes", "one-huge-sentence", "emoji-commas"],
)
def test_pathological_inputs_finish_fast(text: str) -> None:
    import time

    t0 = time.perf_counter()
    s = sentiment(text)
    r = sentiment_toward(text, "Smith" if "Smith" in text else "Lee")
    assert time.perf_counter() - t0 < 20.0
    assert -1.0 <= s.compound <= 1.0
    for m in r.mentions[:50]:
        assert text[m.start : m.end] == m.text
        assert text[m.clause.start : m.clause.end] == m.clause.text
