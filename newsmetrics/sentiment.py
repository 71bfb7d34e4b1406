"""Sentiment and tone of news: VADER, news calibration, voices and targets.

Two modes:

* ``"raw"``: VADER (Hutto & Gilbert 2014) exactly as published, per
  sentence, for comparability with published work.
* ``"news"`` (the default): VADER's rules over a lexicon adjusted for news
  (event words added, words that are neutral in news prose removed, "fell"
  and "countering" reversing what they apply to), read by a small linear
  model fitted on news sentences (weights shipped as JSON). The model gives
  the probabilities of negative, neutral and positive; ``compound`` is
  ``P(pos) - P(neg)``.

Per article: a score per sentence, per paragraph and for the headline, a
length-robust document score (the mean over sentences), GDELT-style tone,
the sentiment arc, and the tone of the journalist's narrative against that
of quoted material. :func:`sentiment_toward` scores the clause around each
mention of a target instead of the whole sentence; in news mode a small
second-stage network (numpy, weights as JSON) reads the target model with
the sentence's tone and where the mention sits among the people named.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol

from newsmetrics import _vader
from newsmetrics._resources import read_json
from newsmetrics._text import as_article, normalize
from newsmetrics.models import (
    Article,
    SentimentLabel,
    SentimentMode,
    SentimentScore,
    SentimentScores,
    Span,
    TargetMention,
    TargetSentiment,
    Tone,
    VoiceTone,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["sentiment", "sentiment_toward", "sentiment_toward_spans"]

RAW_THRESHOLD = 0.05
"""Raw mode: compound >= 0.05 is positive, <= -0.05 negative (VADER's usual cut-offs)."""

_MODES = ("news", "raw")
_STRIP = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_CLAUSE_END = (",", ";", ":", "(", ")")
_CLAUSE_WORDS = frozenset(
    """
    but while although though whereas because after before since unless
    despite which who whom whose when where if as
    """.split()
)
_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
_SAY = frozenset(
    """
    said says say told tells tweeted wrote writes added adds according stated
    argued argues claimed claims insisted noted asked
    """.split()
)
_PRONOUNS = frozenset(
    "he she him her his hers they them their theirs i me my we us our you your it its".split()
)
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    """.split()
)
_WINDOW = 3
_MAX_CLAUSE = 12
_BIG = 1 << 62
_RADIUS = 60  # words on each side of a mention that its score may look at


class _HasSpan(Protocol):
    """Anything with ``start`` and ``end`` offsets (a Quote, a Span)."""

    @property
    def start(self) -> int: ...  # pragma: no cover

    @property
    def end(self) -> int: ...  # pragma: no cover


# --------------------------------------------------------------------------
# Data: the news lexicon and the model weights
# --------------------------------------------------------------------------

# News-mode rules: a negative word right after one of these is reversed
# ("countering terrorism", "cut unemployment"), and so is any word right
# before a "falling" verb ("unemployment fell", "support dropped").
_REVERSERS = frozenset(
    """
    counter countering counters countered combat combating combatting combats
    fight fighting fights fought curb curbing curbs curbed tackle tackling
    tackles tackled reduce reducing reduces reduced cut cutting cuts lower
    lowering lowered ease easing eased end ending ends ended stop stopping
    stops stopped prevent preventing prevents prevented defeat defeating
    defeated eliminate eliminating eliminated fix fixing fixed resolve
    resolving resolved address addressing addressed
    """.split()
)
_FALLERS = frozenset(
    """
    fell fall falls falling dropped drop drops dropping declined decline
    declines declining decreased decrease decreases eased eases shrank shrink
    shrinks shrinking plunged plunges tumbled slid slumped
    """.split()
)


@functools.cache
def _news_lexicon() -> Mapping[str, float]:
    """The VADER lexicon with the news adjustments applied."""
    table = dict(_vader.lexicon())
    adjust = read_json("sentiment_news_lexicon.json")
    for word in adjust["drop"]:
        table.pop(word, None)
    for word, value in adjust["set"].items():
        table[word] = float(value)
    return MappingProxyType(table)


class _Weights(NamedTuple):
    """One linear model: a feature's weight for each class (negative, neutral, positive)."""

    neg: Mapping[str, float]
    neu: Mapping[str, float]
    pos: Mapping[str, float]


@functools.cache
def _model(name: Literal["sentence", "target"]) -> _Weights:
    """Load one of the news models from ``data/sentiment_news_model.json``."""
    data = read_json("sentiment_news_model.json")[name]["weights"]
    return _Weights(
        *(MappingProxyType({f: float(w[c]) for f, w in data.items()}) for c in range(3))
    )


class _Stacker(NamedTuple):
    """The second stage of the target model: a small neural network.

    It reads the linear model's log-probabilities and the mention's numeric
    features (``inputs``), standardisation folded into the weights:
    ``z = out @ relu(hidden @ x + b1) + skip @ x + b2``. numpy arrays, loaded
    on first use (numpy is imported then, not with the package).
    """

    inputs: tuple[str, ...]
    hidden: npt.NDArray[np.float64]
    b1: npt.NDArray[np.float64]
    out: npt.NDArray[np.float64]
    skip: npt.NDArray[np.float64]
    b2: npt.NDArray[np.float64]


@functools.cache
def _stacker() -> _Stacker:
    """Load the target model's second stage from ``data/sentiment_news_model.json``."""
    import numpy as np

    data = read_json("sentiment_news_model.json")["target_stack"]
    return _Stacker(
        tuple(data["inputs"]), *(np.array(data[k], dtype=np.float64)
                                 for k in ("hidden", "b1", "out", "skip", "b2"))
    )


# --------------------------------------------------------------------------
# Units: one headline or sentence, as VADER words with valences
# --------------------------------------------------------------------------


class _Unit:
    """A scored stretch: VADER words, their valences and feature forms.

    ``view`` is the text the words come from (the original for raw mode,
    the normalised view for news mode); word spans are made on demand.
    """

    __slots__ = ("_spans", "amp", "end", "forms", "start", "values", "view", "words")

    def __init__(
        self, view: str, start: int, end: int, words: list[str], values: list[float],
        forms: list[str], amp: float,
    ) -> None:
        self.view = view
        self.start = start
        self.end = end
        self.words = words
        self.values = values
        self.forms = forms
        self.amp = amp
        self._spans: list[tuple[int, int]] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The ``(start, end)`` offsets of each word."""
        if self._spans is None:
            self._spans = _vader.word_spans(self.view, self.start, self.end)
        return self._spans

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[a, b)`` of the words overlapping ``[start, end)``.

        When no word overlaps (the range is white space or between words),
        ``a == b`` is where such a word would go.
        """
        spans = self.spans
        a = bisect.bisect_right(spans, (start, _BIG))
        if a > 0 and spans[a - 1][1] > start:
            a -= 1
        b = bisect.bisect_left(spans, (end, -1))
        return a, max(a, b)

    def window(self, a: int, b: int, radius: int) -> tuple[_Unit, int, int]:
        """The words within ``radius`` of ``[a, b)`` as a unit of their own.

        Keeps the cost of scoring a mention bounded in a sentence of any length.
        """
        n = len(self.words)
        if n <= 2 * radius + (b - a):
            return self, a, b
        lo, hi = max(0, a - radius), min(n, b + radius)
        spans = self.spans[lo:hi]
        sub = _Unit(
            self.view, spans[0][0], spans[-1][1], self.words[lo:hi], self.values[lo:hi],
            self.forms[lo:hi], self.amp,
        )
        sub._spans = spans
        return sub, a - lo, b - lo


def _forms(words: Sequence[str]) -> list[str]:
    """Feature forms of words: lower case, no punctuation, names and numbers blanked.

    A capitalised word that does not open the unit is taken as a name and
    blanked, so that the model learns words, not people. In a headline
    written in title case every word is kept. A possessive ``'s`` is cut.
    """
    n = len(words)
    core = [w.strip(_STRIP) for w in words]
    caps = sum(1 for c in core if c[:1].isupper())
    keep_caps = n > 3 and caps * 2 > n
    out = [
        c.lower() if c and c[0].isalpha() and (keep_caps or not c[0].isupper()) else ""
        for c in core
    ]
    if n and core[0][:1].isalpha():
        out[0] = core[0].lower()
    return [f[:-2] if f.endswith("'s") else f for f in out]


def _news_values(low: Sequence[str], values: list[float]) -> list[float]:
    """Apply the news-mode reversal rules in place and return ``values``."""
    n = len(low)
    for i in range(n):
        v = values[i]
        if v == 0.0:
            continue
        if v < 0 and (
            (i > 0 and low[i - 1] in _REVERSERS) or (i > 1 and low[i - 2] in _REVERSERS)
        ):
            values[i] = -0.5 * v
        elif (i + 1 < n and low[i + 1] in _FALLERS) or (i + 2 < n and low[i + 2] in _FALLERS):
            values[i] = -0.5 * v
    return values


def _make_unit(original: str, norm: str, start: int, end: int, mode: SentimentMode) -> _Unit:
    """Build the unit for ``[start, end)`` of a text.

    Raw mode reads the original characters (as VADER does); news mode reads
    the normalised view, so curly quotes and apostrophes count as straight
    ones (``don\u2019t`` is a negation there).
    """
    view = original if mode == "raw" else norm
    words = _vader.split_words(view, start, end)
    if mode == "raw":
        values = _vader.valences(words)
        forms: list[str] = []
    else:
        values = _vader.valences(words, _news_lexicon())
        _news_values([w.lower() for w in words], values)
        forms = _forms(words)
    amp = _vader.punctuation_amplifier(view, start, end)
    return _Unit(view, start, end, words, values, forms, amp)


def _text_units(article: Article, mode: SentimentMode) -> list[_Unit]:
    """Units for every body sentence."""
    text, norm = article.text, article.norm
    return [_make_unit(text, norm, s.start, s.end, mode) for s in article.sentences]


# --------------------------------------------------------------------------
# Features and the linear model
# --------------------------------------------------------------------------


def _range_features(
    unit: _Unit, lo: int, hi: int, prefix: str, feats: dict[str, float],
    skip: tuple[int, int] = (0, 0),
) -> None:
    """Add lexicon sums and bag-of-words features of words ``[lo, hi)``."""
    pos = 0.0
    neg = 0.0
    values = unit.values
    forms = unit.forms
    a, b = skip
    for k in range(lo, hi):
        if a <= k < b:
            continue
        v = values[k]
        if v > 0:
            pos += v
        elif v < 0:
            neg -= v
        f = forms[k]
        if f:
            feats[prefix + f] = 1.0
    _add_sums(pos, neg, prefix, feats)


def _add_sums(pos: float, neg: float, prefix: str, feats: dict[str, float]) -> None:
    s = pos - neg
    feats[prefix + "#pos"] = pos / 4.0
    feats[prefix + "#neg"] = neg / 4.0
    feats[prefix + "#cmp"] = s / math.sqrt(s * s + _vader.ALPHA)


def _sentence_parts(
    unit: _Unit, lo: int, hi: int, amp: float
) -> tuple[list[str], dict[str, float]]:
    """Sentence features as binary feature names (each once) and numeric features."""
    forms = unit.forms[lo:hi]
    values = unit.values[lo:hi]
    # dict.fromkeys, not a set: a set's order changes with the hash seed, and
    # so would the float sums (the last digits differed between processes).
    names = list(dict.fromkeys("w:" + f for f in forms if f))
    nums: dict[str, float] = {"#bias": 1.0}
    _add_sums(sum(v for v in values if v > 0), -sum(v for v in values if v < 0), "w:", nums)
    if amp:
        nums["#amp"] = amp
    return names, nums


def sentence_features(unit: _Unit, lo: int = 0, hi: int | None = None) -> dict[str, float]:
    """Features of a whole sentence (or of words ``[lo, hi)`` of it), as one dict."""
    names, nums = _sentence_parts(unit, lo, len(unit.words) if hi is None else hi, unit.amp)
    feats = dict.fromkeys(names, 1.0)
    feats.update(nums)
    return feats


def _clause(words: Sequence[str], forms: Sequence[str], a: int, b: int) -> tuple[int, int]:
    """The word range of the clause around words ``[a, b)``."""
    lo = a
    while lo > 0 and a - lo < _MAX_CLAUSE:
        prev = words[lo - 1]
        if prev.endswith(_CLAUSE_END) or prev in _DASHES or forms[lo - 1] in _CLAUSE_WORDS:
            break
        lo -= 1
    hi = b
    n = len(words)
    if b > 0 and words[b - 1].endswith(_CLAUSE_END):
        return lo, hi
    while hi < n and hi - b < _MAX_CLAUSE:
        w = words[hi]
        if w in _DASHES or forms[hi] in _CLAUSE_WORDS:
            break
        hi += 1
        if w.endswith(_CLAUSE_END):
            break
    return lo, hi


def target_features(unit: _Unit, a: int, b: int) -> tuple[dict[str, float], tuple[int, int]]:
    """Features of the mention at words ``[a, b)`` of ``unit``, and its clause."""
    feats: dict[str, float] = {"#bias": 1.0}
    n = len(unit.words)
    _range_features(unit, 0, n, "w:", feats, (a, b))
    lo, hi = _clause(unit.words, unit.forms, a, b)
    _range_features(unit, lo, hi, "c:", feats, (a, b))
    forms = unit.forms
    for k in range(max(0, a - _WINDOW), a):
        if forms[k]:
            feats["l:" + forms[k]] = 1.0
    for k in range(b, min(n, b + _WINDOW)):
        if forms[k]:
            feats["r:" + forms[k]] = 1.0
    # Valence on each side of the mention within the clause, and near it.
    values = unit.values
    left = [values[k] for k in range(lo, a)]
    right = [values[k] for k in range(b, hi)]
    feats["#lpos"] = sum(v for v in left if v > 0) / 4.0
    feats["#lneg"] = -sum(v for v in left if v < 0) / 4.0
    feats["#rpos"] = sum(v for v in right if v > 0) / 4.0
    feats["#rneg"] = -sum(v for v in right if v < 0) / 4.0
    near_pos = near_neg = 0.0
    for k in range(n):
        v = values[k]
        if v and not a <= k < b:
            weight = 1.0 / (1 + (a - k if k < a else k - b + 1))
            if v > 0:
                near_pos += v * weight
            else:
                near_neg -= v * weight
    feats["#near_pos"] = near_pos / 4.0
    feats["#near_neg"] = near_neg / 4.0
    quotes_before = sum(unit.words[k].count('"') for k in range(a))
    if quotes_before % 2:
        feats["#inquote"] = 1.0
    if a > 0 and forms[a - 1]:
        feats["l1:" + forms[a - 1]] = 1.0
    if b < n and forms[b]:
        feats["r1:" + forms[b]] = 1.0
    if a == 0:
        feats["#first"] = 1.0
    last = unit.words[b - 1].rstrip(_STRIP).lower() if b > a else ""
    if last.endswith(("'s", "s'")):
        feats["#poss"] = 1.0
    if any(forms[k] in _SAY for k in range(b, min(n, b + 2))) or any(
        forms[k] in _SAY for k in range(max(0, a - 2), a)
    ):
        feats["#said"] = 1.0
    if unit.amp:
        feats["#amp"] = unit.amp
    _target_shape(unit.words[a:b], feats)
    _own_other(unit, a, b, feats)
    return feats, (lo, hi)


def _other_people(words: Sequence[str], a: int, b: int) -> list[bool]:
    """Which words name someone other than the mention at ``[a, b)``.

    A capitalised word that does not open the unit, or a pronoun.
    """
    out = []
    for k, w in enumerate(words):
        c = w.strip(_STRIP)
        out.append(not a <= k < b and ((k > 0 and c[:1].isupper()) or c.lower() in _PRONOUNS))
    return out


def _own_other(unit: _Unit, a: int, b: int, feats: dict[str, float]) -> None:
    """Split the sentence's valence between the target and the other people in it.

    Each sentiment word goes to its nearest mention of someone: the target
    (ties included) or another name or pronoun. In "Critics slammed Smith,
    but voters praised Jones" the praise is nearer Jones, the slamming
    nearer Smith.
    """
    if b <= a:
        return
    n = len(unit.words)
    # Distance from each word to the nearest other name or pronoun: two sweeps.
    is_other = _other_people(unit.words, a, b)
    near = [_BIG] * n
    last = -_BIG
    for k in range(n):
        if is_other[k]:
            last = k
        near[k] = k - last
    last = _BIG
    for k in range(n - 1, -1, -1):
        if is_other[k]:
            last = k
        near[k] = min(near[k], last - k)
    own_pos = own_neg = other_pos = other_neg = 0.0
    for k, v in enumerate(unit.values):
        if not v or a <= k < b:
            continue
        to_target = a - k if k < a else k - b + 1
        if to_target <= near[k]:
            if v > 0:
                own_pos += v
            else:
                own_neg -= v
        elif v > 0:
            other_pos += v
        else:
            other_neg -= v
    feats["#own_pos"] = own_pos / 4.0
    feats["#own_neg"] = own_neg / 4.0
    feats["#other_pos"] = other_pos / 4.0
    feats["#other_neg"] = other_neg / 4.0


_PREPOSITIONS = frozenset(
    """
    of to in at from for with about on into against over toward towards under
    between among
    """.split()
)


def stack_inputs(
    unit: _Unit, a: int, b: int, feats: Mapping[str, float],
    probs: tuple[float, float, float], sentence: tuple[float, float, float],
) -> dict[str, float]:
    """The second stage's inputs for the mention at words ``[a, b)``.

    The linear model's log-probabilities (``probs``), the sentence model's
    (``sentence``: the tone of the whole sentence, learned from sentences
    whose targets agree), the numeric features of :func:`target_features`
    (valence sums and the mention's kind and place), and where the mention
    sits among the other people and the sentiment words: whether it is the
    object of a preposition (*lied to X*, *arrested in X*) or the agent of a
    passive (*by X*); how many other people are named; its distance to the
    nearest sentiment word; whether it comes before every other person and
    every sentiment word (the subject, as a rule); whether another person
    stands between it and the first sentiment word. The network weighs these
    against each other, which the linear model cannot: a negative sentence
    means little for a place named after *in*.
    """
    out = {f: x for f, x in feats.items() if f[0] == "#" or f[1:3] == ":#"}
    out.pop("#bias", None)
    out["lr:neg"], out["lr:neu"], out["lr:pos"] = (math.log(p + 1e-9) for p in probs)
    out["st:neg"], out["st:neu"], out["st:pos"] = (math.log(p + 1e-9) for p in sentence)
    before = unit.forms[a - 1] if a > 0 else ""
    if before in _PREPOSITIONS:
        out["#prep"] = 1.0
    elif before == "by":
        out["#by"] = 1.0
    n = len(unit.words)
    others = [k for k, other in enumerate(_other_people(unit.words, a, b)) if other]
    runs = sum(1 for j, k in enumerate(others) if j == 0 or others[j - 1] != k - 1)
    charged = [k for k, v in enumerate(unit.values) if v and not a <= k < b]
    dist = min((a - k if k < a else k - b + 1) for k in charged) if charged else n
    first = charged[0] if charged else n
    lo, hi = min(a, first), max(a, first)
    out["#n_other"] = min(runs, 5) / 5
    out["#dist_sent"] = min(dist, 20) / 20
    out["#pos_rel"] = a / max(n, 1)
    out["#len"] = min(n, 60) / 60
    out["#subj"] = 1.0 if a < first and not (others and others[0] < a) else 0.0
    out["#between"] = 1.0 if any(lo < k < hi for k in others) else 0.0
    return out


def _stack_probabilities(
    stack: _Stacker, inputs: Mapping[str, float]
) -> tuple[float, float, float]:
    """Softmax of the second stage: (P(neg), P(neu), P(pos))."""
    import numpy as np

    x = np.array([inputs.get(f, 0.0) for f in stack.inputs], dtype=np.float64)
    hidden = np.maximum(stack.hidden @ x + stack.b1, 0.0)
    z = stack.out @ hidden + stack.skip @ x + stack.b2
    e = np.exp(z - z.max())
    e /= e.sum()
    return float(e[0]), float(e[1]), float(e[2])


def _target_shape(words: Sequence[str], feats: dict[str, float]) -> None:
    """What kind of mention this is: a pronoun, a lower-case phrase, a date; its length.

    Places, dates and things named in lower case ("his car") are rarely
    the object of sentiment; these features let the model learn that.
    """
    if not words:
        return
    core = [w.strip(_STRIP) for w in words]
    low = [c.lower() for c in core]
    if low[0] in _PRONOUNS or low[-1] in _PRONOUNS:
        feats["#t_pron"] = 1.0
    elif core[0][:1].islower():
        feats["#t_lower"] = 1.0
    if any(w in _TIME_WORDS for w in low):
        feats["#t_time"] = 1.0
    feats["#t_len"] = min(len(words), 6) / 6.0


def _probabilities(
    model: _Weights, names: Iterable[str], nums: Mapping[str, float]
) -> tuple[float, float, float]:
    """Softmax of the linear model: (P(neg), P(neu), P(pos)).

    ``names`` are binary features (value 1), ``nums`` the others.
    """
    names = list(names)
    zero = itertools.repeat(0.0)
    z = [sum(map(w.get, names, zero)) for w in model]
    for f, x in nums.items():
        for c, w in enumerate(model):
            z[c] += w.get(f, 0.0) * x
    m = max(z)
    e0, e1, e2 = (math.exp(v - m) for v in z)
    total = e0 + e1 + e2
    return e0 / total, e1 / total, e2 / total


def _dict_probabilities(model: _Weights, feats: Mapping[str, float]) -> tuple[float, float, float]:
    """:func:`_probabilities` for features held in one dict."""
    names = [f for f, x in feats.items() if x == 1.0]
    nums = {f: x for f, x in feats.items() if x != 1.0}
    return _probabilities(model, names, nums)


def _label(compound: float, t_pos: float, t_neg: float) -> SentimentLabel:
    """Raw mode: the label from compound thresholds."""
    if compound >= t_pos:
        return 1
    if compound <= -t_neg:
        return -1
    return 0


def _argmax(p_neg: float, p_neu: float, p_pos: float) -> SentimentLabel:
    """News mode: the most probable class (neutral wins ties)."""
    if p_pos > p_neu and p_pos >= p_neg:
        return 1
    if p_neg > p_neu and p_neg > p_pos:
        return -1
    return 0


def _label_of(mode: SentimentMode, compound: float, pos: float, neu: float, neg: float) -> SentimentLabel:
    """The label of a score: thresholds in raw mode, the most probable class in news mode."""
    if mode == "raw":
        return _label(compound, RAW_THRESHOLD, RAW_THRESHOLD)
    return _argmax(neg, neu, pos)


# --------------------------------------------------------------------------
# Scoring units and ranges
# --------------------------------------------------------------------------


class _Score(NamedTuple):
    compound: float
    pos: float
    neu: float
    neg: float
    label: SentimentLabel


def _score_range(unit: _Unit, lo: int, hi: int, mode: SentimentMode, amp: float) -> _Score:
    """Score words ``[lo, hi)`` of a unit."""
    if mode == "raw":
        values = unit.values[lo:hi]
        compound = round(_vader.compound_of(values, amp), 4)
        pos, neu, neg = _vader.proportions(values, amp)
        return _Score(
            compound, round(pos, 3), round(neu, 3), round(neg, 3),
            _label(compound, RAW_THRESHOLD, RAW_THRESHOLD),
        )
    names, nums = _sentence_parts(unit, lo, hi, amp)
    p_neg, p_neu, p_pos = _probabilities(_model("sentence"), names, nums)
    return _Score(p_pos - p_neg, p_pos, p_neu, p_neg, _argmax(p_neg, p_neu, p_pos))


def _score_unit(unit: _Unit, mode: SentimentMode) -> _Score:
    return _score_range(unit, 0, len(unit.words), mode, unit.amp)


def _check_mode(mode: object) -> SentimentMode:
    if mode not in _MODES:
        msg = f"mode must be 'news' or 'raw', not {mode!r}"
        raise ValueError(msg)
    return mode  # type: ignore[return-value]


# --------------------------------------------------------------------------
# Article-level measures
# --------------------------------------------------------------------------


def _tone(units: Sequence[_Unit]) -> Tone:
    """GDELT-style tone over the words of the units."""
    n = 0
    npos = 0
    nneg = 0
    total = 0.0
    for u in units:
        n += len(u.words)
        for v in u.values:
            if v > 0:
                npos += 1
                total += v
            elif v < 0:
                nneg += 1
                total -= v
    if n == 0:
        return Tone(0.0, 0.0, 0.0, 0.0, 0.0, 0)
    pos = 100.0 * npos / n
    neg = 100.0 * nneg / n
    return Tone(pos - neg, pos, neg, pos + neg, total / n, n)


def _inside(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """Whether the middle of ``[a, b)`` lies inside one of the sorted, disjoint spans."""
    mid = (a + b) // 2
    k = bisect.bisect_right(spans, (mid, _BIG)) - 1
    return k >= 0 and spans[k][0] <= mid < spans[k][1]


def _touches(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """Whether any of the sorted, disjoint spans overlaps ``[a, b)``."""
    k = bisect.bisect_right(spans, (b, _BIG)) - 1
    while k >= 0 and spans[k][1] > a:
        if spans[k][0] < b:
            return True
        k -= 1
    return False


def _voices(
    article: Article, units: Sequence[_Unit], scores: Sequence[_Score],
    quote_spans: Sequence[tuple[int, int]], mode: SentimentMode,
) -> tuple[VoiceTone, VoiceTone]:
    """Split sentences into quoted and narrative runs of words and score them.

    A word is quoted when its middle lies inside a quotation. A sentence
    that touches no quotation is one narrative segment with its own score.
    """
    spans = _disjoint(quote_spans)
    parts: dict[bool, list[tuple[SentimentScore, int]]] = {True: [], False: []}
    text = article.text
    for u, sc in zip(units, scores, strict=False):
        n = len(u.words)
        if n == 0:
            continue
        if not spans or not _touches(spans, u.start, u.end):
            parts[False].append(
                (SentimentScore(u.start, u.end, text[u.start : u.end], sc.compound, sc.pos,
                                sc.neu, sc.neg, sc.label), n)
            )
            continue
        word_spans = u.spans
        flags = [_inside(spans, a, b) for a, b in word_spans]
        k = 0
        while k < n:
            j = k
            while j < n and flags[j] == flags[k]:
                j += 1
            s, e = word_spans[k][0], word_spans[j - 1][1]
            part = sc if (k == 0 and j == n) else _score_range(
                u, k, j, mode, _vader.punctuation_amplifier(u.view, s, e)
            )
            parts[flags[k]].append(
                (SentimentScore(s, e, text[s:e], part.compound, part.pos, part.neu, part.neg,
                                part.label), j - k)
            )
            k = j
    out: list[VoiceTone] = []
    for quoted in (False, True):
        segs = parts[quoted]
        words = sum(w for _, w in segs)
        if words == 0:
            out.append(VoiceTone(None, None, None, 0, ()))
            continue
        compound = sum(s.compound * w for s, w in segs) / words
        intensity = sum(abs(s.compound) * w for s, w in segs) / words
        pos = sum(s.pos * w for s, w in segs) / words
        neu = sum(s.neu * w for s, w in segs) / words
        neg = sum(s.neg * w for s, w in segs) / words
        label = _label_of(mode, compound, pos, neu, neg)
        out.append(VoiceTone(compound, label, intensity, words, tuple(s for s, _ in segs)))
    return out[0], out[1]


def _disjoint(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge the overlapping ones."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _mean_score(
    text: str, start: int, end: int, scores: Sequence[_Score], mode: SentimentMode
) -> SentimentScore:
    """The mean of several scores (a paragraph, the document)."""
    n = len(scores)
    compound = sum(s.compound for s in scores) / n
    pos = sum(s.pos for s in scores) / n
    neu = sum(s.neu for s in scores) / n
    neg = sum(s.neg for s in scores) / n
    return SentimentScore(
        start, end, text[start:end], compound, pos, neu, neg,
        _label_of(mode, compound, pos, neu, neg),
    )


def _quote_spans(article: Article, quotes: Iterable[_HasSpan] | None) -> list[tuple[int, int]]:
    if quotes is None:
        from newsmetrics._quotemarks import quote_mark_spans

        return list(quote_mark_spans(article))
    return [(q.start, q.end) for q in quotes]


def sentiment(
    text: str | Article,
    *,
    quotes: Iterable[_HasSpan] | None = None,
    mode: SentimentMode = "news",
) -> SentimentScores:
    """Measure the sentiment and tone of a news article.

    Args:
        text: The article (or an already parsed :class:`~newsmetrics.Article`).
        quotes: The quotations, as objects with ``start`` and ``end``
            offsets (the :class:`~newsmetrics.models.Quote` objects of
            quote attribution). ``None``: the text inside quotation marks.
        mode: ``"news"`` (calibrated for news) or ``"raw"`` (VADER as
            published).

    Returns:
        Scores per sentence, paragraph and headline, the document score and
        label, GDELT-style tone, the arc and the narrative and quoted voices.

    Raises:
        NotTextError: ``text`` is not a string (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).
        ValueError: ``mode`` is not ``"news"`` or ``"raw"``.

    Examples:
        >>> s = sentiment("The senator's corrupt deal outraged voters. Critics slammed it.")
        >>> s.label, [x.label for x in s.sentences]
        (-1, [-1, -1])
        >>> sentiment("The plan is not good!", mode="raw").sentences[0].compound
        -0.4015
    """
    mode = _check_mode(mode)
    article = as_article(text)
    units = _text_units(article, mode)
    scores = [_score_unit(u, mode) for u in units]
    src = article.text
    sentences = tuple(
        SentimentScore(u.start, u.end, src[u.start : u.end], s.compound, s.pos, s.neu, s.neg,
                       s.label)
        for u, s in zip(units, scores, strict=False)
    )
    paragraphs = tuple(
        _mean_score(src, p.start, p.end, scores[p.sentence_start : p.sentence_end], mode)
        for p in article.paragraphs
        if p.sentence_end > p.sentence_start
    )
    headline = _headline(article, mode)
    if scores:
        doc = _mean_score(src, 0, 0, scores, mode)
    elif headline is not None:
        doc = headline
    else:  # pragma: no cover - a parsed article always has a sentence or a headline
        doc = SentimentScore(0, 0, "", 0.0, 0.0, 1.0, 0.0, 0)
    narrative, quoted = _voices(article, units, scores, _quote_spans(article, quotes), mode)
    gap = (
        None if narrative.compound is None or quoted.compound is None
        else narrative.compound - quoted.compound
    )
    return SentimentScores(
        mode=mode, compound=doc.compound, label=doc.label, pos=doc.pos, neu=doc.neu,
        neg=doc.neg, headline=headline, sentences=sentences, paragraphs=paragraphs,
        arc=tuple(s.compound for s in scores), tone=_tone(units), narrative=narrative,
        quoted=quoted, tone_gap=gap,
    )


def _headline(article: Article, mode: SentimentMode) -> SentimentScore | None:
    """Score the headline on its own (the title, when given apart from the text)."""
    if article.headline is not None:
        h = article.headline
        u = _make_unit(article.text, article.norm, h.start, h.end, mode)
        s = _score_unit(u, mode)
        return SentimentScore(h.start, h.end, h.text, s.compound, s.pos, s.neu, s.neg, s.label)
    if article.title is not None and article.title.strip():
        title = article.title
        u = _make_unit(title, normalize(title), 0, len(title), mode)
        s = _score_unit(u, mode)
        return SentimentScore(0, len(title), title, s.compound, s.pos, s.neu, s.neg, s.label)
    return None


# --------------------------------------------------------------------------
# Target sentiment
# --------------------------------------------------------------------------


def _units_with_spans(article: Article) -> list[tuple[int, int, int]]:
    """``(start, end, sentence index or -1 for the headline)`` of every unit."""
    out: list[tuple[int, int, int]] = []
    if article.headline is not None:
        out.append((article.headline.start, article.headline.end, -1))
    out.extend((s.start, s.end, i) for i, s in enumerate(article.sentences))
    return out


class _UnitFinder:
    """Find (and build once) the unit holding an offset: headline, sentence or line."""

    __slots__ = ("article", "bounds", "cache", "keep", "mode", "starts", "tone")

    def __init__(self, article: Article, mode: SentimentMode) -> None:
        self.article = article
        self.mode = mode
        self.bounds = _units_with_spans(article)  # in text order: headline first
        self.starts = [b[0] for b in self.bounds]
        self.cache: dict[int, _Unit] = {}
        self.tone: dict[int, tuple[float, float, float]] = {}
        self.keep: list[_Unit] = []

    def at(self, pos: int) -> _Unit:
        article = self.article
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and pos < self.bounds[k][1]:
            start, end, key = self.bounds[k]
        else:  # outside every unit (a dateline, a byline): the line around it
            norm = article.norm
            start = norm.rfind("\n", 0, pos) + 1
            end = norm.find("\n", pos)
            end = len(norm) if end < 0 else end
            key = -2 - start
        unit = self.cache.get(key)
        if unit is None:
            unit = _make_unit(article.text, article.norm, start, end, self.mode)
            self.cache[key] = unit
        return unit

    def sentence_probabilities(self, unit: _Unit) -> tuple[float, float, float]:
        """The sentence model's (neg, neu, pos) for a unit, computed once per unit."""
        key = id(unit)
        probs = self.tone.get(key)
        if probs is None:
            names, nums = _sentence_parts(unit, 0, len(unit.words), unit.amp)
            probs = _probabilities(_model("sentence"), names, nums)
            self.tone[key] = probs
            self.keep.append(unit)  # keeps id(unit) from being reused
        return probs

    def mention(self, start: int, end: int) -> tuple[_Unit, int, int]:
        """The unit around the mention ``[start, end)`` and the mention's word range."""
        unit = self.at(start)
        a, b = unit.word_range(start, end)
        return unit.window(a, b, _RADIUS)


def _mention(
    article: Article, start: int, end: int, mode: SentimentMode, units: _UnitFinder
) -> tuple[TargetMention, tuple[float, float, float]]:
    """Score one mention; return it and its (neg, neu, pos) probabilities."""
    unit, a, b = units.mention(start, end)
    text = article.text
    if mode == "raw":
        lo, hi = _clause(unit.words, [w.strip(_STRIP).lower() for w in unit.words], a, b)
        sc = _score_range(unit, lo, hi, mode, 0.0)
        probs = (sc.neg, sc.neu, sc.pos)
        compound, label = sc.compound, sc.label
    else:
        model = _model("target")
        feats, (lo, hi) = target_features(unit, a, b)
        probs = _dict_probabilities(model, feats)
        sentence = units.sentence_probabilities(unit)
        probs = _stack_probabilities(
            _stacker(), stack_inputs(unit, a, b, feats, probs, sentence)
        )
        compound = probs[2] - probs[0]
        label = _argmax(*probs)
    if hi > lo:
        cs, ce = unit.spans[lo][0], unit.spans[hi - 1][1]
    else:
        cs, ce = start, end
    clause = Span(cs, ce, text[cs:ce])
    return TargetMention(start, end, text[start:end], compound, label, clause), probs


def _combine(
    target: str, found: Sequence[tuple[TargetMention, tuple[float, float, float]]],
    mode: SentimentMode,
) -> TargetSentiment:
    if not found:
        return TargetSentiment(target, None, None, ())
    n = len(found)
    if mode == "raw":
        compound = sum(m.compound for m, _ in found) / n
        label = _label(compound, RAW_THRESHOLD, RAW_THRESHOLD)
    else:
        neg = sum(p[0] for _, p in found) / n
        neu = sum(p[1] for _, p in found) / n
        pos = sum(p[2] for _, p in found) / n
        compound = pos - neg
        label = _argmax(neg, neu, pos)
    mentions = tuple(sorted((m for m, _ in found), key=lambda m: m.start))
    return TargetSentiment(target, compound, label, mentions)


def _find_mentions(article: Article, target: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``target`` (quote marks and spaces folded)."""
    needle = normalize(target).strip()
    if not needle:
        msg = "target is empty; pass a name or a (start, end) span"
        raise ValueError(msg)
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, needle.split())) + r"(?!\w)")
    found: list[tuple[int, int]] = []
    body = [(article.headline.start, article.headline.end)] if article.headline else []
    body.extend((p.start, p.end) for p in article.paragraphs)
    for s, e in body:
        found.extend(m.span() for m in pattern.finditer(article.norm, s, e))
    return found


def sentiment_toward(
    text: str | Article,
    target: str | tuple[int, int],
    *,
    mode: SentimentMode = "news",
) -> TargetSentiment:
    """Measure the sentiment toward a target: a name, or one mention of it.

    Each mention is scored on the clause around it (the words up to the
    nearest comma, semicolon, dash or clause word such as ``but`` or
    ``which``) and on the words next to it, with the rest of the sentence
    as weaker context; see :doc:`/sentiment`. A string target is every
    whole-word, case-sensitive occurrence in the headline and body; the
    mentions are combined by averaging ``P(pos) - P(neg)`` (raw mode: the
    compounds), and the label comes from that mean.

    Args:
        text: The article (or a parsed :class:`~newsmetrics.Article`).
        target: A name (``"Merkel"``) or a ``(start, end)`` span of one
            mention in ``text``.
        mode: ``"news"`` (the fitted target model) or ``"raw"`` (VADER on
            the clause).

    Returns:
        The combined score and label (``None`` when the target is not
        found) and each mention.

    Raises:
        NotTextError: ``text`` is not a string (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).
        ValueError: ``target`` is empty or a span outside the text, or
            ``mode`` is unknown.

    Examples:
        >>> r = sentiment_toward("Critics slammed Smith, but voters praised Jones.", "Jones")
        >>> r.label, r.mentions[0].clause.text
        (1, 'voters praised Jones.')
    """
    mode = _check_mode(mode)
    article = as_article(text)
    if isinstance(target, tuple):
        return sentiment_toward_spans(article, (target,), mode=mode)
    if not isinstance(target, str):
        msg = f"target must be a str or a (start, end) tuple, not {type(target).__name__}"
        raise TypeError(msg)
    units = _UnitFinder(article, mode)
    found = [_mention(article, s, e, mode, units) for s, e in _find_mentions(article, target)]
    return _combine(target, found, mode)


def sentiment_toward_spans(
    text: str | Article,
    spans: Sequence[tuple[int, int]],
    *,
    mode: SentimentMode = "news",
) -> TargetSentiment:
    """Measure the sentiment toward a target given by the spans of its mentions.

    For per-source sentiment: pass the spans where a source is named (its
    mentions in :class:`~newsmetrics.models.Source`), and the result is how
    the article speaks of that source. Mentions are combined as in
    :func:`sentiment_toward`.

    Args:
        text: The article (or a parsed :class:`~newsmetrics.Article`).
        spans: ``(start, end)`` offsets of each mention in the original text.
        mode: ``"news"`` or ``"raw"``.

    Returns:
        The combined score; its ``target`` is the text of the first span
        (empty when ``spans`` is empty, with ``compound`` ``None``).

    Raises:
        NotTextError: ``text`` is not a string (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).
        ValueError: A span is outside the text or empty, or ``mode`` is unknown.

    Examples:
        >>> text = "Voters cheered Jones. Critics attacked Jones over the scandal."
        >>> r = sentiment_toward_spans(text, [(15, 20), (39, 44)])
        >>> [m.text for m in r.mentions], r.compound is not None
        (['Jones', 'Jones'], True)
    """
    mode = _check_mode(mode)
    article = as_article(text)
    n = len(article.text)
    units = _UnitFinder(article, mode)
    found = []
    for span in spans:
        start, end = int(span[0]), int(span[1])
        if not 0 <= start < end <= n:
            msg = f"span {span!r} is not a non-empty range inside the text (length {n})"
            raise ValueError(msg)
        found.append(_mention(article, start, end, mode, units))
    target = article.text[spans[0][0] : spans[0][1]] if spans else ""
    return _combine(target, found, mode)
