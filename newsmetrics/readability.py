"""Readability: counts, the classic formulas and a news-calibrated difficulty.

One pass over the article's sentences (the article is parsed once, its
sentences are never re-split) gives per-sentence counts; the article,
paragraph and sentence scores are all computed from sums of those counts.

How it is fast: a sentence is split at white space into "chunks"
(``officials,``), and news repeats its chunks, so each distinct chunk is
analysed once (its words tokenised, counted, looked up) and its counts are
memoised as one packed integer: a sentence's counts are then one C-level
``sum`` over dictionary lookups. The memos are bounded and hold results of
pure functions only; tests check that the counts equal a plain word-by-word
pass.

Definitions in brief (``docs/readability.md`` has the full story):

* a *sentence* is a sentence of :attr:`Article.sentences` with at least one
  word (a token with a letter); "sentences" of only numbers do not count;
* a *word* is a word or number token of such a sentence: ``U.S.``,
  ``don't``, ``well-known``, ``COVID-19`` and ``$4.5m`` are one word each;
* syllables come from the CMU Pronouncing Dictionary, with rules for the
  rest (numbers read aloud, acronyms spelled out, compounds split);
* *difficult words* are words not on the Dale–Chall list of 3,000 familiar
  words, where regular inflections of listed words (``walked``,
  ``stories``, ``bigger``) count as familiar and proper nouns, acronyms
  and numbers are never difficult.

Text whose sentences have no words gives ``None`` for every score.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from newsmetrics._readability import (
    _analyse,
    _fkgl,
    _fre,
    _unpack,
    features,
    hardest_sentences,
    measure,
)

# The word lists and the familiarity test, with the engine (and here as before).
from newsmetrics._readability import easy_words as easy_words
from newsmetrics._readability import is_familiar as is_familiar
from newsmetrics._readability import word_zipf as word_zipf
from newsmetrics._text import as_article
from newsmetrics.models import Article, ReadabilityCounts, ReadabilityScores, fast_constructor

__all__ = [
    "automated_readability_index",
    "coleman_liau",
    "dale_chall",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "gunning_fog",
    "lix",
    "readability",
    "rix",
    "smog",
    "spache",
]


#: The formula scores of :class:`~newsmetrics.ReadabilityScores` (the twelve
#: classic measures, in field order; ``difficulty`` is the fitted model).
FORMULAS: tuple[str, ...] = tuple(
    f.name
    for f in dataclasses.fields(ReadabilityScores)
    if f.name not in ("counts", "difficulty", "paragraphs", "hardest_sentences")
)

# ---- formulas -------------------------------------------------------------------


def flesch_reading_ease(counts: ReadabilityCounts) -> float | None:
    """Flesch reading ease (Flesch 1948), higher = easier.

    ``206.835 - 1.015 * words/sentences - 84.6 * syllables/words``
    (R. Flesch, "A new readability yardstick", *Journal of Applied
    Psychology* 32(3), 1948).

    Args:
        counts: The text's counts.

    Returns:
        The score, or ``None`` when the text has no sentence with words.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(flesch_reading_ease(c), 2)
        69.78
    """
    if not counts.sentences or not counts.words:
        return None
    return _fre(counts.words, counts.sentences, counts.syllables)


def flesch_kincaid_grade(counts: ReadabilityCounts) -> float | None:
    """Flesch–Kincaid grade level (Kincaid et al. 1975).

    ``0.39 * words/sentences + 11.8 * syllables/words - 15.59`` (J. P.
    Kincaid, R. P. Fishburne, R. L. Rogers, B. S. Chissom, *Derivation of New
    Readability Formulas for Navy Enlisted Personnel*, Research Branch
    Report 8-75, 1975).

    Args:
        counts: The text's counts.

    Returns:
        A US school grade, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(flesch_kincaid_grade(c), 2)
        6.01
    """
    if not counts.sentences or not counts.words:
        return None
    return _fkgl(counts.words, counts.sentences, counts.syllables)


def gunning_fog(counts: ReadabilityCounts) -> float | None:
    """Gunning fog index (Gunning 1952).

    ``0.4 * (words/sentences + 100 * complex_words/words)`` where complex
    words have three or more syllables, leaving out proper nouns, hyphenated
    compounds and words made three syllables by ``-es``, ``-ed`` or ``-ing``
    (R. Gunning, *The Technique of Clear Writing*, McGraw-Hill, 1952).

    Args:
        counts: The text's counts.

    Returns:
        A grade, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(gunning_fog(c), 2)
        8.0
    """
    if not counts.sentences or not counts.words:
        return None
    return 0.4 * (counts.words / counts.sentences + 100.0 * counts.complex_words / counts.words)


def smog(counts: ReadabilityCounts, *, sample_polysyllables: int | None = None) -> float | None:
    """SMOG grade (McLaughlin 1969).

    ``1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291`` (G. H.
    McLaughlin, "SMOG grading: a new readability formula", *Journal of
    Reading* 12(8), 1969). McLaughlin counts the polysyllables of 30
    sentences: 10 at the start, 10 in the middle, 10 at the end. When the
    text has at least 30 sentences :func:`readability` passes that sample's
    count as ``sample_polysyllables`` (and the 30 cancels); shorter texts use
    every sentence, scaled to 30 sentences, as the formula's ``30/sentences``
    factor intends.

    Args:
        counts: The text's counts.
        sample_polysyllables: Polysyllables in the 30-sentence sample, if taken.

    Returns:
        A grade, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(smog(c), 2)
        10.13
    """
    if not counts.sentences or not counts.words:
        return None
    if sample_polysyllables is not None:
        return 1.0430 * math.sqrt(sample_polysyllables) + 3.1291
    return 1.0430 * math.sqrt(counts.polysyllabic_words * 30.0 / counts.sentences) + 3.1291


def coleman_liau(counts: ReadabilityCounts) -> float | None:
    """Coleman–Liau index (Coleman & Liau 1975).

    ``0.0588 * L - 0.296 * S - 15.8`` with ``L`` letters and ``S`` sentences
    per 100 words (M. Coleman, T. L. Liau, "A computer readability formula
    designed for machine scoring", *Journal of Applied Psychology* 60(2),
    1975). Digits count as letters.

    Args:
        counts: The text's counts.

    Returns:
        A grade, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(coleman_liau(c), 2)
        7.7
    """
    if not counts.sentences or not counts.words:
        return None
    per100 = 100.0 / counts.words
    return 0.0588 * counts.letters * per100 - 0.296 * counts.sentences * per100 - 15.8


def automated_readability_index(counts: ReadabilityCounts) -> float | None:
    """Automated readability index (Smith & Senter 1967).

    ``4.71 * characters/words + 0.5 * words/sentences - 21.43``, characters
    being letters and digits (E. A. Smith, R. J. Senter, *Automated
    Readability Index*, AMRL-TR-66-220, 1967).

    Args:
        counts: The text's counts.

    Returns:
        A grade, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(automated_readability_index(c), 2)
        4.77
    """
    if not counts.sentences or not counts.words:
        return None
    return 4.71 * counts.letters / counts.words + 0.5 * counts.words / counts.sentences - 21.43


def dale_chall(counts: ReadabilityCounts) -> float | None:
    """New Dale–Chall raw score (Dale & Chall 1948; Chall & Dale 1995).

    ``0.1579 * PDW + 0.0496 * words/sentences``, plus ``3.6365`` when the
    percentage of difficult words ``PDW`` exceeds 5 (E. Dale, J. S. Chall,
    "A formula for predicting readability", *Educational Research Bulletin*
    27, 1948; J. S. Chall, E. Dale, *Readability Revisited: The New
    Dale–Chall Readability Formula*, Brookline Books, 1995, which brought
    the list of 3,000 familiar words up to date). Scale: 4.9 or less = grade
    4 and below, 5.0-5.9 = grades 5-6, ..., 9.0-9.9 = grades 13-15, 10 and
    above = college graduate.

    Args:
        counts: The text's counts.

    Returns:
        The raw score, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(dale_chall(c), 2)
        5.71
    """
    if not counts.sentences or not counts.words:
        return None
    pdw = 100.0 * counts.difficult_words / counts.words
    score = 0.1579 * pdw + 0.0496 * counts.words / counts.sentences
    return score + 3.6365 if pdw > 5.0 else score


def spache(counts: ReadabilityCounts) -> float | None:
    """Revised Spache grade (Spache 1953, revised 1974).

    ``0.121 * words/sentences + 0.082 * PUW + 0.659`` where ``PUW`` is the
    percentage of distinct unfamiliar words (G. Spache, "A new readability
    formula for primary-grade reading materials", *Elementary School
    Journal* 53, 1953; revised formula in *Good Reading for Poor Readers*,
    1974). We judge familiarity with the Dale–Chall list, as textstat does:
    Spache's own list of about 1,000 words is not openly licensed. Meant for
    texts of grades 1-4.

    Args:
        counts: The text's counts.

    Returns:
        A grade, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> round(spache(c), 2)
        2.69
    """
    if not counts.sentences or not counts.words:
        return None
    puw = 100.0 * counts.unique_difficult_words / counts.words
    return 0.121 * counts.words / counts.sentences + 0.082 * puw + 0.659


def lix(counts: ReadabilityCounts) -> float | None:
    """LIX, Läsbarhetsindex (Björnsson 1968).

    ``words/sentences + 100 * long_words/words``, long words having more
    than six letters (C. H. Björnsson, *Läsbarhet*, Liber, 1968). Below 30
    is very easy, above 60 very hard.

    Args:
        counts: The text's counts.

    Returns:
        The index, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> lix(c)
        30.0
    """
    if not counts.sentences or not counts.words:
        return None
    return counts.words / counts.sentences + 100.0 * counts.long_words / counts.words


def rix(counts: ReadabilityCounts) -> float | None:
    """RIX (Anderson 1983): long words (more than six letters) per sentence.

    (J. Anderson, "Lix and Rix: variations on a little-known readability
    index", *Journal of Reading* 26(6), 1983.)

    Args:
        counts: The text's counts.

    Returns:
        The index, or ``None`` when undefined.

    Examples:
        >>> c = ReadabilityCounts(2, 20, 30, 3, 2, 4, 90, 2, 2)
        >>> rix(c)
        2.0
    """
    if not counts.sentences or not counts.words:
        return None
    return counts.long_words / counts.sentences


_DALE_CHALL_GRADES = ((5.0, 4.0), (6.0, 5.5), (7.0, 7.5), (8.0, 9.5), (9.0, 11.5), (10.0, 14.0))


def _dale_chall_grade(score: float) -> float:
    """Map a Dale–Chall raw score to the middle of its grade band."""
    for upper, grade in _DALE_CHALL_GRADES:
        if score < upper:
            return grade
    return 16.0


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2.0



# ---- difficulty features ------------------------------------------------------------


def text_features(text: str | Article) -> dict[str, float] | None:
    """Return the difficulty model's candidate features for a whole text.

    Used by ``scripts/fit_difficulty.py`` to fit the model; the model itself
    reads the same features inside :func:`readability`.

    Args:
        text: The article text or a parsed article.

    Returns:
        Feature name -> value, or ``None`` when no sentence has a word.

    Examples:
        >>> round(text_features("The cat sat on the mat.")["words_per_sentence"], 1)
        6.0
    """
    counted = _analyse(as_article(text))
    hard: set[int] = set().union(*counted.hard)
    return features(_unpack(sum(counted.packed)), len(counted.indexes), len(hard))



# ---- the public entry point -----------------------------------------------------------


_new_scores = fast_constructor(ReadabilityScores)


def readability(text: str | Article, *, hardest: int = 5) -> ReadabilityScores:
    """Measure the readability of an article.

    Args:
        text: The article text, or an :class:`~newsmetrics.Article` (not
            parsed again).
        hardest: How many of the hardest sentences to report (0 for none).

    Returns:
        Counts, every classic formula, ``difficulty``, per-paragraph scores
        and the hardest sentences. Scores that are undefined for the text
        (no sentence has a word) are ``None``.

    Raises:
        NotTextError: ``text`` is not a string or an Article (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).

    Examples:
        >>> r = readability("The cat sat on the mat. It was happy there.")
        >>> r.counts.sentences, r.counts.words, r.counts.syllables
        (2, 10, 11)
        >>> round(r.flesch_kincaid_grade, 2)
        -0.66
        >>> readability("2015 2016. 42").flesch_kincaid_grade is None
        True
    """
    article = as_article(text)
    measured = measure(article)  # the engine: counts, difficulty, paragraphs
    counts = measured.counts
    defined = counts.sentences > 0 and counts.words > 0

    fre = flesch_reading_ease(counts)
    fkgl = flesch_kincaid_grade(counts)
    fog = gunning_fog(counts)
    smog_grade = smog(counts, sample_polysyllables=measured.smog_sample)
    cli = coleman_liau(counts)
    ari = automated_readability_index(counts)
    dc = dale_chall(counts)
    lw = measured.linsear
    consensus: float | None = None
    if defined:
        grades = [g for g in (fkgl, fog, smog_grade, cli, ari, lw) if g is not None]
        if dc is not None:
            grades.append(_dale_chall_grade(dc))
        consensus = _median(grades)
    ranked = (
        hardest_sentences(article, measured, hardest) if hardest > 0 and counts.sentences else ()
    )

    # ReadabilityScores, its fields in order (built without the frozen __init__)
    return _new_scores(
        counts,
        fre,
        fkgl,
        fog,
        smog_grade,
        cli,
        ari,
        dc,
        lw,
        spache(counts),
        lix(counts),
        rix(counts),
        consensus,
        measured.difficulty,
        measured.paragraphs,
        ranked,
    )
