"""Result models: the article and every analysis result, in one place.

All models are frozen, slotted dataclasses. ``to_dict()`` returns plain JSON
types (dict, list, str, int, float, bool, None) so that
``json.loads(json.dumps(x.to_dict())) == x.to_dict()`` always holds.

Every span (``start``, ``end``) is a pair of character offsets into the
*original* text given to :func:`newsmetrics.parse`: ``text[start:end]`` is
the reported text, whatever normalisation was applied internally.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, TypeVar

__all__ = [
    "AnalysisConfig",
    "Article",
    "ArticleReport",
    "Boilerplate",
    "Byline",
    "Cue",
    "Dateline",
    "DistinctiveTerm",
    "Entity",
    "Keyphrase",
    "KeywordReport",
    "Paragraph",
    "ParagraphReadability",
    "Quote",
    "QuoteCategory",
    "QuoteKind",
    "ReadabilityCounts",
    "ReadabilityScores",
    "Sentence",
    "SentenceReadability",
    "SentimentLabel",
    "SentimentMode",
    "SentimentScore",
    "SentimentScores",
    "Source",
    "Span",
    "Speaker",
    "TargetMention",
    "TargetSentiment",
    "Term",
    "TermTrend",
    "TermWeight",
    "Token",
    "TokenKind",
    "Tone",
    "TrendPoint",
    "VoiceTone",
]

JSONValue = Any
"""A value made of JSON types only."""


def _to_json_value(value: object) -> JSONValue:
    """Convert a model value to plain JSON types, recursively."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        # NaN and infinities are not JSON; models never hold them, but be safe.
        return value if math.isfinite(value) else None
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: _to_json_value(v) for k, v in value._asdict().items()}
    if isinstance(value, (tuple, list)):
        return [_to_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _to_json_value(v) for k, v in value.items()}
    msg = f"cannot convert {type(value).__name__} to JSON"
    raise TypeError(msg)


class Model:
    """Mixin giving dataclass models ``to_dict()`` and ``to_json()``.

    Fields declared with ``metadata={"dict": False}`` are left out of
    ``to_dict()`` (internal views such as :attr:`Article.norm`).
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, JSONValue]:
        """Return the model as a dict of plain JSON types.

        Returns:
            A new dict; mutating it does not touch the model.
        """
        out: dict[str, JSONValue] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            if f.metadata.get("dict", True):
                out[f.name] = _to_json_value(getattr(self, f.name))
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """Return ``to_dict()`` serialised as JSON.

        Args:
            indent: Passed to :func:`json.dumps`.

        Returns:
            A JSON document (UTF-8 safe, non-ASCII kept as is).
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


_M = TypeVar("_M", bound=Model)


def fast_constructor(cls: type[_M], *, defaults: bool = False) -> Callable[..., _M]:
    """Return ``make(*values)``: ``cls(*values)`` without the frozen ``__init__``.

    A frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, a lookup and a call per field. ``make`` builds
    the object as an instance of a plain (not frozen) twin dataclass with the
    same slots, whose ``__init__`` stores each field at interpreter speed,
    then gives it its real class by assigning ``__class__`` (Python allows it
    between classes of the same layout). About twice as fast for the models
    built by the thousand (sentences, paragraphs), more for wide ones; the
    object is the same: its type is ``cls``, it is frozen, equal, with the
    same ``to_dict()``. Only for models whose fields are all plain positional
    fields (no defaults, no ``__post_init__``), unless ``defaults`` is set.

    Args:
        cls: A frozen, slotted dataclass model.
        defaults: Accept fields with defaults too (for models built by the
            thousand whose newer fields have defaults, such as quotes). The
            returned function still takes every field, defaults included.

    Returns:
        A function taking every field, positionally, in field order.

    Raises:
        TypeError: ``cls`` has a field with a default (without
            ``defaults``), a field left out of ``__init__``, a
            ``__post_init__``, or a layout its twin cannot share.

    Examples:
        >>> make = fast_constructor(Span)
        >>> make(0, 3, "The") == Span(0, 3, "The"), type(make(0, 3, "The")) is Span
        (True, True)
        >>> fast_constructor(Cue, defaults=True)(4, 8, "said", "say") == Cue(4, 8, "said", "say")
        True
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    no_default = all(
        f.init
        and (defaults or (f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING))
        for f in fields
    )
    if not no_default or hasattr(cls, "__post_init__"):
        msg = f"{cls.__name__} has defaults or __post_init__"
        raise TypeError(msg)
    names = [f.name for f in fields]
    twin = dataclasses.make_dataclass(
        f"_{cls.__name__}Builder", names, bases=cls.__bases__, slots=True, eq=False, repr=False
    )
    probe = twin(*[None] * len(names))
    probe.__class__ = cls  # a TypeError here: the layouts differ
    params = ", ".join(names)
    namespace: dict[str, Any] = {"twin": twin, "cls": cls}
    source = f"def make({params}):\n    obj = twin({params})\n    obj.__class__ = cls\n    return obj"
    exec(source, namespace)  # as dataclasses builds __init__
    make: Callable[..., _M] = namespace["make"]
    return make


# --------------------------------------------------------------------------
# The article model (built once by newsmetrics.parse, shared by analyses)
# --------------------------------------------------------------------------

TokenKind = Literal["word", "number", "punct", "symbol"]


class Token(NamedTuple):
    """One token: its text as written and its span in the original text.

    ``kind`` is ``"word"`` (has a letter, starts with one: ``U.S.``,
    ``COVID-19``, ``don't``), ``"number"`` (starts with a digit: ``3.5``,
    ``1990s``, ``20-year-old``), ``"punct"`` (``. , " — ...``) or
    ``"symbol"`` (``$ % & @ #``).
    """

    text: str
    start: int
    end: int
    kind: TokenKind


@dataclass(frozen=True, slots=True)
class Span(Model):
    """A span of the original text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence(Model):
    """One sentence of the body.

    Attributes:
        start: Offset of the first character in the original text.
        end: Offset one past the last character.
        text: ``original[start:end]``.
        paragraph: Index of the paragraph in :attr:`Article.paragraphs`.
    """

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Paragraph(Model):
    """One paragraph of the body, with the range of its sentences."""

    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class Dateline(Model):
    """The dateline that opens the body: ``WASHINGTON, Nov 20 (Reuters) -``.

    Attributes:
        start: Offset where the dateline proper starts (after any junk glued
            in front of it, such as a page code).
        end: Offset just after its separator and following spaces.
        text: ``original[start:end]``.
        location: ``"WASHINGTON"``, ``"NEW DELHI"``.
        date: The date as written (``"Nov 20"``) or ``None``.
        agency: The agency as written (``"Reuters"``) or ``None``.
        junk: Text glued in front of the dateline (``"DNA 20-30"``) or ``None``.
    """

    start: int
    end: int
    text: str
    location: str
    date: str | None
    agency: str | None
    junk: str | None = None


@dataclass(frozen=True, slots=True)
class Byline(Model):
    """A byline: ``By Jane Doe and John Roe, Reuters``.

    Attributes:
        start: Offset of ``By``.
        end: Offset after the byline.
        text: ``original[start:end]``.
        names: The authors' names, in order.
        agency: The organisation after the names, if any.
    """

    start: int
    end: int
    text: str
    names: tuple[str, ...]
    agency: str | None


BoilerplateKind = Literal[
    "author_blurb", "read_more", "copyright", "follow", "credits", "other"
]


@dataclass(frozen=True, slots=True)
class Boilerplate(Model):
    """Text around the article that is not part of it (kept out of the body)."""

    start: int
    end: int
    text: str
    kind: BoilerplateKind


@dataclass(frozen=True, slots=True)
class Article(Model):
    """A parsed news article: the one source of truth for offsets.

    Build it with :func:`newsmetrics.parse`; every analysis accepts it in
    place of a string, so an article is parsed once however many analyses
    run on it.

    Attributes:
        text: The original input, unchanged.
        norm: A same-length view of ``text`` with typographic variants folded
            (curly quotes and apostrophes to straight ones, NBSP and other
            spaces to ``" "``, ``\\r`` to ``" "`` or ``"\\n"``). Offsets into
            ``norm`` are offsets into ``text``. Not part of ``to_dict()``.
        title: The ``title`` passed to :func:`~newsmetrics.parse`, if any.
        headline: The headline line found in the text, if any.
        byline: The byline, if any.
        dateline: The dateline, if any.
        boilerplate: Trailing (or leading) non-article text, in order.
        paragraphs: Body paragraphs.
        sentences: Body sentences, in order.

    Tokens are made on first use (:attr:`tokens`, :meth:`sentence_tokens`)
    and kept with the article, so analyses that need only sentences (quote
    attribution) do not pay for them, and those that do tokenise once.
    """

    text: str
    norm: str = field(repr=False, metadata={"dict": False})
    title: str | None
    headline: Span | None
    byline: Byline | None
    dateline: Dateline | None
    boilerplate: tuple[Boilerplate, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    _cache: dict[str, Any] = field(
        default_factory=dict, repr=False, compare=False, metadata={"dict": False}
    )

    @property
    def headline_text(self) -> str | None:
        """The headline: the given ``title``, else the headline found in the text."""
        if self.title is not None:
            return self.title
        return self.headline.text if self.headline is not None else None

    def _token_index(self) -> tuple[tuple[Token, ...], tuple[int, ...]]:
        """Tokenise the body once; return tokens and each sentence's first index."""
        cached = self._cache.get("tokens")
        if cached is None:
            from newsmetrics._text import tokenize  # the core sits below models

            tokens: list[Token] = []
            bounds: list[int] = []
            for s in self.sentences:
                bounds.append(len(tokens))
                tokens.extend(tokenize(self.norm, s.start, s.end, source=self.text))
            bounds.append(len(tokens))
            cached = (tuple(tokens), tuple(bounds))
            self._cache["tokens"] = cached
        return cached

    @property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the body sentences, in order (text as in the original)."""
        return self._token_index()[0]

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        """Return the tokens of sentence ``index``.

        Args:
            index: Index into :attr:`sentences`.

        Returns:
            The sentence's tokens, punctuation included.
        """
        tokens, bounds = self._token_index()
        return tokens[bounds[index] : bounds[index + 1]]

    @property
    def words(self) -> tuple[Token, ...]:
        """The word and number tokens of the body (no punctuation or symbols)."""
        return tuple(t for t in self.tokens if t.kind == "word" or t.kind == "number")


# --------------------------------------------------------------------------
# Analysis results: each analysis adds its models in its own section below.
# --------------------------------------------------------------------------

# ---- readability ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadabilityCounts(Model):
    """The counts every readability formula is built from.

    Only sentences with at least one word (a token with a letter) count;
    number tokens inside them count as words (``2015`` is read as "twenty
    fifteen"). See ``docs/readability.md`` for every definition.

    Attributes:
        sentences: Sentences with at least one word.
        words: Word and number tokens in those sentences.
        syllables: Total syllables (CMU dictionary, then rules).
        polysyllabic_words: Words of three or more syllables (SMOG).
        complex_words: Gunning's "hard words": polysyllabic words that are
            not proper nouns, not hyphenated compounds, and not three
            syllables only through an ``-es``, ``-ed`` or ``-ing`` ending.
        long_words: Words of more than six letters (LIX, RIX).
        letters: Letters and digits in the words.
        difficult_words: Words not on the Dale–Chall list of familiar words
            (regular inflections of listed words count as familiar; proper
            nouns and numbers are not counted).
        unique_difficult_words: Distinct difficult words (Spache counts each
            unfamiliar word once).
    """

    sentences: int
    words: int
    syllables: int
    polysyllabic_words: int
    complex_words: int
    long_words: int
    letters: int
    difficult_words: int
    unique_difficult_words: int


@dataclass(frozen=True, slots=True)
class ParagraphReadability(Model):
    """Readability of one body paragraph.

    Attributes:
        index: Index into :attr:`Article.paragraphs`.
        start: Offset of the paragraph in the original text.
        end: Offset one past its end.
        text: ``original[start:end]``.
        sentences: Sentences with words in the paragraph.
        words: Words in the paragraph.
        flesch_reading_ease: Flesch reading ease of the paragraph alone.
        flesch_kincaid_grade: Flesch–Kincaid grade of the paragraph alone.
        difficulty: The news-calibrated difficulty of the paragraph alone.
    """

    index: int
    start: int
    end: int
    text: str
    sentences: int
    words: int
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    difficulty: float | None


@dataclass(frozen=True, slots=True)
class SentenceReadability(Model):
    """Readability of one sentence (an entry of the "hardest sentences" list).

    Attributes:
        index: Index into :attr:`Article.sentences`.
        start: Offset of the sentence in the original text.
        end: Offset one past its end.
        text: ``original[start:end]``.
        words: Words in the sentence.
        syllables: Syllables in the sentence.
        difficult_words: Dale–Chall difficult words in the sentence.
        flesch_kincaid_grade: Flesch–Kincaid grade of the sentence alone.
        difficulty: The news-calibrated difficulty of the sentence alone
            (what the ranking uses).
    """

    index: int
    start: int
    end: int
    text: str
    words: int
    syllables: int
    difficult_words: int
    flesch_kincaid_grade: float | None
    difficulty: float | None


@dataclass(frozen=True, slots=True)
class ReadabilityScores(Model):
    """Readability of an article: counts, classic formulas and ``difficulty``.

    Every score is ``None`` when it is undefined for the text (no sentence
    with a word), never 0.0 or NaN. Grade-like scores (higher = harder):
    everything except ``flesch_reading_ease`` (higher = easier) and
    ``lix``/``rix``/``dale_chall`` (their own scales, higher = harder).

    Attributes:
        counts: The counts the formulas use.
        flesch_reading_ease: Flesch (1948), 0-100, higher = easier.
        flesch_kincaid_grade: Kincaid et al. (1975), US school grade.
        gunning_fog: Gunning (1952), grade.
        smog: McLaughlin (1969), grade (30-sentence sample when the text has
            30 or more sentences; scaled to 30 sentences otherwise).
        coleman_liau: Coleman & Liau (1975), grade.
        automated_readability_index: Smith & Senter (1967), grade.
        dale_chall: New Dale–Chall raw score (Dale & Chall 1948; Chall &
            Dale 1995): 4.9 or below = grade 4, 9.0-9.9 = college.
        linsear_write: O'Hayre (1966), grade, on the first 100 words.
        spache: Revised Spache (1974), grade (meant for grades 1-4).
        lix: Björnsson (1968) Läsbarhetsindex.
        rix: Anderson (1983) Rix index: long words per sentence.
        consensus_grade: Median of the grade-level formulas.
        difficulty: News-calibrated difficulty (grade-like, higher = harder):
            a small ridge model fitted on graded news rewrites.
        paragraphs: Per-paragraph scores, in order.
        hardest_sentences: The hardest sentences by ``difficulty``, hardest
            first.
    """

    counts: ReadabilityCounts
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    gunning_fog: float | None
    smog: float | None
    coleman_liau: float | None
    automated_readability_index: float | None
    dale_chall: float | None
    linsear_write: float | None
    spache: float | None
    lix: float | None
    rix: float | None
    consensus_grade: float | None
    difficulty: float | None
    paragraphs: tuple[ParagraphReadability, ...]
    hardest_sentences: tuple[SentenceReadability, ...]

# ---- sentiment ------------------------------------------------------------

SentimentMode = Literal["news", "raw"]
SentimentLabel = Literal[-1, 0, 1]


@dataclass(frozen=True, slots=True)
class SentimentScore(Model):
    """Sentiment of one stretch of text: a sentence, paragraph, headline or quote.

    Attributes:
        start: Offset of the stretch in the original text (for a ``title``
            given apart from the text: offset in the title).
        end: Offset one past it.
        text: ``original[start:end]``.
        compound: Sentiment from -1 (most negative) to 1 (most positive).
            Raw mode: VADER's compound. News mode: ``pos - neg`` of the news
            model's probabilities.
        pos: Raw mode: VADER's share of positive words. News mode: the
            probability that the stretch is positive.
        neu: As ``pos``, for neutral.
        neg: As ``pos``, for negative.
        label: -1, 0 or 1, from ``compound`` and the mode's thresholds (see
            :doc:`/sentiment`).
    """

    start: int
    end: int
    text: str
    compound: float
    pos: float
    neu: float
    neg: float
    label: SentimentLabel


@dataclass(frozen=True, slots=True)
class Tone(Model):
    """GDELT-style tone of the body: shares of positive and negative words.

    Attributes:
        tone: ``positive - negative``, in percentage points (-100 to 100).
        positive: Percentage of words with a positive valence (after the
            rules: ``not good`` counts as negative).
        negative: Percentage of words with a negative valence.
        polarity: ``positive + negative``: how charged the text is.
        emotionality: Mean absolute valence per word, on VADER's 0-4 scale.
        words: Words counted.
    """

    tone: float
    positive: float
    negative: float
    polarity: float
    emotionality: float
    words: int


@dataclass(frozen=True, slots=True)
class VoiceTone(Model):
    """Tone of one voice of the article: the journalist's narrative, or quoted material.

    Attributes:
        compound: Word-weighted mean compound of the voice's segments, or
            ``None`` when the article has no words in this voice.
        label: -1, 0 or 1 from ``compound``, or ``None``.
        intensity: Word-weighted mean of ``|compound|``: how charged the
            voice is whatever its direction (``None`` when no words).
        words: Words in this voice.
        segments: The scored stretches (a sentence, or the quoted or
            unquoted part of one), in text order.
    """

    compound: float | None
    label: SentimentLabel | None
    intensity: float | None
    words: int
    segments: tuple[SentimentScore, ...]


@dataclass(frozen=True, slots=True)
class SentimentScores(Model):
    """Sentiment and tone of an article.

    Attributes:
        mode: ``"news"`` (calibrated for news, the default) or ``"raw"``
            (VADER as published).
        compound: Length-robust document score: the mean of the sentence
            compounds of the body (the headline is scored on its own).
        label: -1, 0 or 1 from ``compound`` and the mode's thresholds.
        pos: Mean of the sentences' ``pos``.
        neu: Mean of the sentences' ``neu``.
        neg: Mean of the sentences' ``neg``.
        headline: The headline's score, or ``None`` without a headline.
        sentences: One score per body sentence, in order.
        paragraphs: One score per body paragraph (means of its sentences).
        arc: The sentiment arc: sentence index to compound, ready to plot.
        tone: GDELT-style tone of the body.
        narrative: Tone of the journalist's own words (outside quotations).
        quoted: Tone of the quoted words.
        tone_gap: ``narrative.compound - quoted.compound``, or ``None`` when
            either voice is missing: positive when the narrative is warmer
            than the quotes it carries.
    """

    mode: SentimentMode
    compound: float
    label: SentimentLabel
    pos: float
    neu: float
    neg: float
    headline: SentimentScore | None
    sentences: tuple[SentimentScore, ...]
    paragraphs: tuple[SentimentScore, ...]
    arc: tuple[float, ...]
    tone: Tone
    narrative: VoiceTone
    quoted: VoiceTone
    tone_gap: float | None


@dataclass(frozen=True, slots=True)
class TargetMention(Model):
    """Sentiment toward one mention of a target.

    Attributes:
        start: Offset of the mention in the original text.
        end: Offset one past it.
        text: ``original[start:end]``.
        compound: Sentiment toward the target here, -1 to 1.
        label: -1, 0 or 1.
        clause: The clause around the mention that was scored.
    """

    start: int
    end: int
    text: str
    compound: float
    label: SentimentLabel
    clause: Span


@dataclass(frozen=True, slots=True)
class TargetSentiment(Model):
    """Sentiment toward a target (a person, an organisation, a thing).

    Attributes:
        target: The target as given (or the text of the given span).
        compound: Combined sentiment over every mention (see
            :func:`newsmetrics.sentiment_toward`), or ``None`` when the
            target is not mentioned.
        label: -1, 0 or 1, or ``None`` when not mentioned.
        mentions: Each mention used, in text order.
    """

    target: str
    compound: float | None
    label: SentimentLabel | None
    mentions: tuple[TargetMention, ...]

# ---- keywords -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term(Model):
    """One row of the frequency table: a word or an n-gram (n <= 3).

    Words are grouped by stem (Porter), so ``sanction`` and ``sanctions`` are
    one row, shown under the most frequent surface form. Acronyms keep their
    case apart (``US`` is not ``us``).

    Attributes:
        text: The display form: the most frequent surface form (lower case
            unless the word is written capitalised mid-sentence).
        key: The grouping key: stems joined by spaces (acronyms as written,
            without dots). Stable across articles; :class:`~newsmetrics.Corpus`
            counts by it.
        n: Number of words (1, 2 or 3).
        count: Occurrences in the headline and the body.
        per_1000: Occurrences per 1,000 words of the article.
        spans: Every occurrence, in order, with offsets into the original text.
    """

    text: str
    key: str
    n: int
    count: int
    per_1000: float
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Entity(Model):
    """A name found by surface cues: a run of capitalised words.

    Attributes:
        text: The fullest form of the name (``"Prime Minister Nawaz Sharif"``).
        count: Mentions, surname-only mentions of a person included.
        first: The first mention.
        spans: Every mention, in order.
    """

    text: str
    count: int
    first: Span
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Keyphrase(Model):
    """A ranked keyphrase.

    Attributes:
        text: The phrase as most often written (possessive ``'s`` dropped).
        score: Higher is more central; comparable within one article only.
        spans: Every occurrence in the original text (none when the phrase
            comes only from a ``title`` that is not part of the text).
    """

    text: str
    score: float
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class KeywordReport(Model):
    """Keywords of one article: frequency table, names and keyphrases.

    Attributes:
        words: Words counted (headline and body, numbers excluded unless
            asked for); the base of :attr:`Term.per_1000`.
        terms: The frequency table: every unigram (stopwords excluded), and
            the bigrams and trigrams seen at least twice, most frequent first.
        entities: Names by capitalisation, most mentioned first.
        phrases: The top keyphrases, best first.
    """

    words: int
    terms: tuple[Term, ...]
    entities: tuple[Entity, ...]
    phrases: tuple[Keyphrase, ...]


@dataclass(frozen=True, slots=True)
class TermWeight(Model):
    """A term's weight in a corpus table (TF-IDF, document frequency).

    Attributes:
        text: Display form of the term.
        key: Grouping key (see :attr:`Term.key`).
        weight: The measure (TF-IDF weight, or a document frequency share).
        count: Raw count behind it (occurrences, or documents).
    """

    text: str
    key: str
    weight: float
    count: int


@dataclass(frozen=True, slots=True)
class DistinctiveTerm(Model):
    """A term that sets one group of documents apart from the rest.

    Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
    Quinn 2008).

    Attributes:
        text: Display form of the term.
        key: Grouping key.
        log_odds: The prior-smoothed log-odds ratio, group vs rest.
        z: ``log_odds`` divided by its estimated standard deviation; ``abs(z) > 1.96``
            is the usual threshold.
        count_group: Occurrences in the group.
        count_rest: Occurrences in the other documents.
    """

    text: str
    key: str
    log_odds: float
    z: float
    count_group: int
    count_rest: int


@dataclass(frozen=True, slots=True)
class TrendPoint(Model):
    """A term's frequency in one period.

    Attributes:
        period: The period's label (``"2024-03-01"``, ``"2024-W09"``,
            ``"2024-03"``, ``"2024"``).
        documents: Dated documents in the period.
        words: Words in those documents.
        count: Occurrences of the term.
        per_1000: Occurrences per 1,000 words (``None`` when the period has
            no words).
    """

    period: str
    documents: int
    words: int
    count: int
    per_1000: float | None


@dataclass(frozen=True, slots=True)
class TermTrend(Model):
    """A term's frequency over time.

    Attributes:
        text: Display form of the term.
        key: Grouping key.
        points: One point per period, in time order, empty periods included.
    """

    text: str
    key: str
    points: tuple[TrendPoint, ...]


# ---- quotes ---------------------------------------------------------------

QuoteKind = Literal["direct", "mixed", "indirect"]
QuoteCategory = Literal["speech", "belief", "document"]


@dataclass(frozen=True, slots=True)
class Cue(Model):
    """The words that mark an attribution: ``said``, ``told``, ``according to``.

    Attributes:
        start: Offset of the cue in the original text.
        end: Offset one past the cue.
        text: ``original[start:end]``.
        lemma: The cue's entry in the lexicon (``"say"`` for ``said``), or the
            lower-cased text for cues outside it (``":"`` for a colon intro).
    """

    start: int
    end: int
    text: str
    lemma: str


@dataclass(frozen=True, slots=True)
class Speaker(Model):
    """Who is credited with a quote: the mention as written and the resolved name.

    Attributes:
        mention: The words as written (``"he"``, ``"Sen. Jane Roe"``,
            ``"a source familiar with the talks"``).
        start: Offset of the mention in the original text.
        end: Offset one past the mention.
        name: The canonical name of the source: titles stripped, pronouns
            resolved to the nearest compatible earlier mention, a surname
            alone merged with the full name (``"Jane Roe"``). A pronoun that
            cannot be resolved keeps its own text.
        anonymous: The source is unnamed (``"officials"``, ``"a source"``,
            ``"a spokesperson who asked not to be named"``).
        type: ``"person"``, ``"group"`` (organisations, officials, crowds),
            ``"document"`` (polls, reports, statements) or ``"unknown"``.
    """

    mention: str
    start: int
    end: int
    name: str
    anonymous: bool = False
    type: Literal["person", "group", "document", "unknown"] = "unknown"


@dataclass(frozen=True, slots=True)
class Quote(Model):
    """One attribution: content, how it is reported, the cue and the speaker.

    Attributes:
        start: Offset of the content in the original text (quotation marks
            included for direct quotes).
        end: Offset one past the content.
        text: ``original[start:end]``.
        kind: ``"direct"`` (the words in quotation marks), ``"mixed"``
            (reported speech holding a quoted fragment) or ``"indirect"``
            (reported speech without marks).
        category: ``"speech"`` when the cue reports words said or written
            (said, told, wrote, tweeted, in a statement, according to, and
            every direct quote); ``"belief"`` for attitudes, intentions and
            judgements attributed to a source (believes, wants, opposed,
            estimates, agreed); ``"document"`` when the source is a poll,
            report, survey or record. Only ``"speech"`` is a quote in the
            everyday sense: see :attr:`is_attribution`.
        cue: The cue, when one was found (a quote continuing an earlier one
            may have none of its own).
        speaker: The speaker, when one was found.
        confidence: A rough 0-1 score of how sure the rules are.
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    category: QuoteCategory
    cue: Cue | None
    speaker: Speaker | None
    confidence: float = 1.0

    @property
    def is_attribution(self) -> bool:
        """True for beliefs and documents: attributed content that nobody said."""
        return self.category != "speech"


@dataclass(frozen=True, slots=True)
class Source(Model):
    """One row per resolved speaker: the table a source-diversity audit needs.

    New per-source measures are added as fields with defaults, so existing
    code that builds or reads sources keeps working.

    Attributes:
        name: The canonical name (see :attr:`Speaker.name`).
        aliases: Every other way the source is written (surname alone,
            pronoun-free variants, an appositive description).
        mentions: The spans where the source is credited with a quote.
        quotes: How many quotes (of every kind) it is credited with.
        words: How many words those quotes hold.
        direct: Direct quotes.
        mixed: Mixed quotes.
        indirect: Indirect quotes.
        speech: Quotes whose category is ``"speech"`` (the rest are beliefs
            and documents attributed to the source).
        anonymous: The source is unnamed.
        type: As :attr:`Speaker.type`.
        sentiment: How the article speaks of the source: the clauses around
            its mentions (where it is credited, and where its name or a
            written alias appears in the body), combined as in
            :func:`newsmetrics.sentiment_toward`. Filled in by
            :func:`newsmetrics.analyze`; ``None`` from :func:`newsmetrics.sources`
            alone.
    """

    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    quotes: int
    words: int
    direct: int
    mixed: int
    indirect: int
    speech: int
    anonymous: bool
    type: Literal["person", "group", "document", "unknown"] = "unknown"
    sentiment: TargetSentiment | None = None



# ---- configuration and the report --------------------------------------------


@dataclass(frozen=True, slots=True)
class AnalysisConfig(Model):
    """Options for :func:`newsmetrics.analyze`, in one place.

    Change a copy with :func:`dataclasses.replace`::

        cfg = dataclasses.replace(AnalysisConfig(), hardest_sentences=3)

    Attributes:
        hardest_sentences: How many of the hardest sentences readability
            reports (default 5).
        keywords_top: How many keyphrases :func:`~newsmetrics.keywords`
            returns (default 10).
        keywords_stopwords: A stopword list replacing the shipped one
            (default ``None``: the shipped list).
        keywords_extra_stopwords: Words added to the stopword list (default
            ``()``).
        keywords_numbers: Count numbers as terms in the frequency table
            (default ``False``).
        keywords_max_n: Longest n-gram in the frequency table, 1 to 3
            (default 3).
        keywords_min_ngram_count: Keep n-grams (n >= 2) seen at least this
            many times (default 2).
        sentiment_mode: ``"news"`` (default: calibrated for news) or
            ``"raw"`` (VADER as published); see :func:`newsmetrics.sentiment`.
        quotes_min_confidence: Leave out quotes whose learned confidence is
            below this, 0 to 1 (default 0.25, the threshold learned with the
            model; ``0.0`` keeps everything the rules find); see
            :func:`newsmetrics.quotes`.
    """

    hardest_sentences: int = 5
    keywords_top: int = 10
    keywords_stopwords: tuple[str, ...] | None = None
    keywords_extra_stopwords: tuple[str, ...] = ()
    keywords_numbers: bool = False
    keywords_max_n: int = 3
    keywords_min_ngram_count: int = 2
    sentiment_mode: SentimentMode = "news"
    quotes_min_confidence: float = 0.25

    def __post_init__(self) -> None:
        """Reject values no analysis can use, naming the field and what it takes."""
        problems: list[str] = []
        for name in ("hardest_sentences", "keywords_top", "keywords_min_ngram_count"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                problems.append(f"{name} must be a whole number >= 0, not {value!r}")
        if self.keywords_max_n not in (1, 2, 3):
            problems.append(f"keywords_max_n must be 1, 2 or 3, not {self.keywords_max_n!r}")
        if self.sentiment_mode not in ("news", "raw"):
            problems.append(f"sentiment_mode must be 'news' or 'raw', not {self.sentiment_mode!r}")
        q = self.quotes_min_confidence
        if not (isinstance(q, (int, float)) and not isinstance(q, bool) and 0.0 <= q <= 1.0):
            problems.append(f"quotes_min_confidence must be a number from 0 to 1, not {q!r}")
        for name in ("keywords_stopwords", "keywords_extra_stopwords"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, str) or not all(isinstance(w, str) for w in value)
            ):
                problems.append(f"{name} must be a tuple of strings, not {value!r}")
        if problems:
            raise ValueError("invalid AnalysisConfig: " + "; ".join(problems))


@dataclass(frozen=True, slots=True)
class ArticleReport(Model):
    """Everything newsmetrics measures about one article.

    Attributes:
        article: The parsed article (offsets, parts, sentences, tokens).
        readability: Readability scores.
        keywords: Frequency table, names and keyphrases: see
            :func:`newsmetrics.keywords`.
        quotes: Every attribution (direct, mixed, indirect; speech, beliefs
            and documents), in text order: see :func:`newsmetrics.quotes.quotes`.
        sources: One row per resolved speaker of :attr:`quotes`.
        sentiment: Sentiment and tone: see :func:`newsmetrics.sentiment`.
    """

    article: Article
    readability: ReadabilityScores
    keywords: KeywordReport
    sentiment: SentimentScores
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class BatchResult(Model):
    """One item of :func:`newsmetrics.analyze_many`: a report or an error record.

    Exactly one of ``report`` and ``error`` is set. Results come in input
    order, one per input item: a bad item never drops or shifts a row.

    Attributes:
        index: Position of the item in the input (0-based).
        id: The item's ``"id"`` when it was a mapping with one, else ``None``.
        report: The report, when the item could be analysed.
        error: ``"ExceptionType: message"`` when it could not.
    """

    index: int
    id: str | None
    report: ArticleReport | None
    error: str | None

    @property
    def ok(self) -> bool:
        """Whether the item was analysed."""
        return self.error is None
