"""VADER sentiment rules on newsmetrics tokens (private engine).

An implementation of the rule set of VADER (Hutto & Gilbert, "VADER: A
Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text",
ICWSM 2014), written from the published rules and the observed behaviour of
the reference scorer (``vaderSentiment`` 3.3.2), so that on the same text it
gives the same scores. The lexicon is the VADER lexicon (MIT licence, see
NOTICE), shipped compacted in ``data/vader_lexicon.tsv``.

The pipeline for one sentence:

1. **Words.** VADER's words are the white-space separated chunks of the text,
   with ASCII punctuation trimmed from both ends unless the trimmed chunk
   would be two characters or fewer (so emoticons such as ``:)`` survive).
   On our tokens a chunk is a maximal run of tokens with no gap between them
   (:func:`words_from_tokens`); :func:`split_words` gets the same list with
   one white-space split of the sentence span, which is what keeps the
   scorer fast, and :func:`word_spans` gives each word its character span
   when a caller needs it. Emoji are first replaced by their description.
2. **Valence per word** (:func:`valences`): the lexicon valence, then in
   order the ``no`` rules, ALL-CAPS emphasis (only when some but not all
   words are in capitals), up to three preceding booster or dampener words
   (weights 1, 0.95, 0.9), negations in the three preceding words
   (``* -0.74``), ``never so/this`` (``* 1.25``), the special idioms, and the
   ``least`` rule. Booster words themselves score 0.
3. **But.** Words before the first ``but`` count half, words after it one and
   a half times.
4. **Punctuation** (:func:`punctuation_amplifier`): up to four ``!`` add
   0.292 each; two or three ``?`` add 0.18 each, more add 0.96; the sum moves
   away from zero by that much.
5. **Compound** = ``s / sqrt(s*s + 15)``; ``pos``/``neu``/``neg`` are the
   shares of positive, neutral and negative words, each sentiment-bearing
   word counting ``1 + |valence|``.

The reference scorer's quirks are kept on purpose (the ``but`` rule finds a
word by its value, so equal values can be scaled at the first equal word;
``x so/this`` boosts whatever precedes; a capitalised ``NO`` before a lexicon
word scores ``-0.733``) because raw mode promises the published numbers.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections.abc import Mapping, Sequence
from itertools import compress, pairwise, repeat
from operator import is_not
from types import MappingProxyType

from newsmetrics._resources import read_pairs
from newsmetrics.models import Token

__all__ = [
    "compound_of",
    "emoji_descriptions",
    "lexicon",
    "polarity_scores",
    "proportions",
    "punctuation_amplifier",
    "split_words",
    "valences",
    "word_spans",
    "words_from_tokens",
]

# Empirical constants of the paper.
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74
ALPHA = 15.0

_ASCII_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

NEGATIONS = frozenset(
    """
    aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't
    daren't didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither
    don't hadn't hasn't haven't isn't mightn't mustn't neednt needn't never none
    nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent oughtn't
    shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't wouldn't
    rarely seldom despite
    """.split()
)

_BOOST_UP = """
    absolutely amazingly awfully completely considerable considerably decidedly
    deeply effing enormous enormously entirely especially exceptional
    exceptionally extreme extremely fabulously flipping flippin frackin fracking
    fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly
    hella highly hugely incredible incredibly intensely major majorly more most
    particularly purely quite really remarkably so substantially thoroughly total
    totally tremendous tremendously uber unbelievably unusually utter utterly very
"""
_BOOST_DOWN = """
    almost barely hardly kinda kindof kind-of less little marginal marginally
    occasional occasionally partly scarce scarcely slight slightly somewhat sorta
    sortof sort-of
"""
BOOSTERS: Mapping[str, float] = MappingProxyType(
    {
        **dict.fromkeys(_BOOST_UP.split(), B_INCR),
        **dict.fromkeys(_BOOST_DOWN.split(), B_DECR),
        # Two-word dampeners: only ever matched as bigrams before a word.
        "just enough": B_DECR,
        "kind of": B_DECR,
        "sort of": B_DECR,
    }
)

SPECIAL_CASES: Mapping[str, float] = MappingProxyType(
    {
        "the shit": 3.0,
        "the bomb": 3.0,
        "bad ass": 1.5,
        "badass": 1.5,
        "bus stop": 0.0,
        "yeah right": -2.0,
        "kiss of death": -1.5,
        "to die for": 3.0,
        "beating heart": 3.5,
    }
)

_SO_THIS = ("so", "this")
_BOOSTER_WORDS = frozenset(k for k in BOOSTERS if " " not in k)
# Every pair of neighbouring words in a special case or a two-word dampener:
# the idiom rules can only fire when one of these pairs sits around the word.
_IDIOM_PAIRS = frozenset(
    (a, b)
    for phrase in (*SPECIAL_CASES, *(k for k in BOOSTERS if " " in k))
    for a, b in pairwise(phrase.split())
)


def _may_be_idiom(low: Sequence[str], i: int, n: int) -> bool:
    """Whether a special case or two-word dampener may end, start or sit at word ``i``."""
    pairs = _IDIOM_PAIRS
    for k in range(i - 3, min(i + 2, n - 1)):
        if (low[k], low[k + 1]) in pairs:
            return True
    return False


@functools.cache
def lexicon() -> Mapping[str, float]:
    """Return the VADER lexicon: lower-case token to mean valence (-4 to 4).

    Returns:
        A read-only mapping, loaded once per process.
    """
    return MappingProxyType({word: float(value) for word, value in read_pairs("vader_lexicon.tsv")})


@functools.cache
def _lexicon_dict() -> dict[str, float]:
    """The lexicon as a plain dict, for the hot loop only (never handed out)."""
    return dict(lexicon())


@functools.cache
def emoji_descriptions() -> Mapping[str, str]:
    """Return the emoji table: one character to its English description.

    Returns:
        A read-only mapping, loaded once per process.
    """
    return MappingProxyType(dict(read_pairs("vader_emoji.tsv")))


@functools.cache
def _emoji_chars() -> frozenset[str]:
    """The emoji of the table, as a set of characters (all non-ASCII)."""
    return frozenset(emoji_descriptions())


@functools.cache
def _emoji_gate() -> re.Pattern[str]:
    """A fast pre-check: an emoji of the Basic Multilingual Plane, or any astral character.

    A class of the 169 BMP emoji compiles to a bitmap (constant time per
    character); the 1,043 astral emoji would not, so any astral character
    passes the gate and the exact set decides.
    """
    ranges: list[list[int]] = []
    for o in sorted(ord(c) for c in emoji_descriptions() if ord(c) <= 0xFFFF):
        if ranges and ranges[-1][1] == o - 1:
            ranges[-1][1] = o
        else:
            ranges.append([o, o])
    bmp = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"[{bmp}]|[\U00010000-\U0010ffff]")


def _has_emoji(text: str) -> bool:
    """Whether ``text`` holds an emoji of the table (about 0.5 us per sentence)."""
    if text.isascii() or _emoji_gate().search(text) is None:
        return False
    return not _emoji_chars().isdisjoint(text)


_CHUNK_RE = re.compile(r"\S+")


def words_from_tokens(text: str, tokens: Sequence[Token]) -> list[str]:
    """VADER's words defined from our tokens: each maximal run of touching tokens.

    The reference definition of a word; :func:`split_words` computes the same
    list faster with one white-space split (every character that is not
    white space belongs to exactly one token, so the runs of touching tokens
    are the white-space separated chunks).

    Args:
        text: The text the tokens index.
        tokens: Its tokens, in order.

    Returns:
        The words, trimmed as :func:`split_words` trims them.
    """
    words: list[str] = []
    n = len(tokens)
    k = 0
    while k < n:
        start = tokens[k].start
        end = tokens[k].end
        k += 1
        while k < n and tokens[k].start == end:
            end = tokens[k].end
            k += 1
        chunk = text[start:end]
        stripped = chunk.strip(_ASCII_PUNCT)
        words.append(stripped if len(stripped) > 2 else chunk)
    return words


def _replace_emoji(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """Replace emoji by their descriptions, as the reference scorer does.

    A space goes before a description unless a space (or the start) precedes
    the emoji; none goes after it. Returns the new text and, for each of its
    characters, the offset of the character of ``text`` it comes from.
    """
    table = emoji_descriptions()
    parts: list[str] = []
    where: list[int] = []
    last = start
    for i in range(start, end):
        char = text[i]
        if char not in table:
            continue
        parts.append(text[last:i])
        where.extend(range(last, i))
        piece = table[char]
        if i > start and text[i - 1] != " ":
            piece = " " + piece
        parts.append(piece)
        where.extend([i] * len(piece))
        last = i + 1
    parts.append(text[last:end])
    where.extend(range(last, end))
    return "".join(parts), where


def split_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Return VADER's words for ``text[start:end]``.

    Words are the white-space separated chunks (equivalently, the runs of
    touching tokens: :func:`words_from_tokens`), with ASCII punctuation
    trimmed from both ends unless that leaves two characters or fewer.
    Emoji are first replaced by their description.

    Args:
        text: The text (the original for raw mode, the normalised view for
            news mode).
        start: Offset of the first character of the unit.
        end: Offset one past its last character (default: the end).

    Returns:
        The words, case kept.

    Examples:
        >>> split_words('"Great," she said :) ok.')
        ['Great', 'she', 'said', ':)', 'ok.']
    """
    stop = len(text) if end is None else end
    span = text[start:stop]
    if _has_emoji(span):
        chunks = _replace_emoji(text, start, stop)[0].split()
    else:
        chunks = span.split()
    # str.strip returns the chunk itself when there is nothing to trim, so only
    # the few trimmed chunks need the "two characters or fewer" check.
    words = list(map(str.strip, chunks, repeat(_ASCII_PUNCT)))
    for k in compress(range(len(words)), map(is_not, words, chunks)):
        if len(words[k]) <= 2:
            words[k] = chunks[k]
    return words


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` span in ``text`` of each word of :func:`split_words`.

    A span covers the whole chunk (punctuation included). Words made from an
    emoji's description get the emoji's span.

    Args:
        text: The text given to :func:`split_words`.
        start: The same start.
        end: The same end.

    Returns:
        One span per word, in order.
    """
    stop = len(text) if end is None else end
    if not _has_emoji(text[start:stop]):
        return [m.span() for m in _CHUNK_RE.finditer(text, start, stop)]
    replaced, where = _replace_emoji(text, start, stop)
    return [
        (where[m.start()], where[m.end() - 1] + 1) for m in _CHUNK_RE.finditer(replaced)
    ]


def _scalar(word: str, low: str, valence: float, cap_diff: bool) -> float:
    """The booster/dampener effect of ``word`` on a following valence."""
    scalar = BOOSTERS.get(low, 0.0)
    if scalar == 0.0:
        return 0.0
    if valence < 0:
        scalar = -scalar
    if cap_diff and word.isupper():
        scalar = scalar + C_INCR if valence > 0 else scalar - C_INCR
    return scalar


def _is_negation(low: str) -> bool:
    return low in NEGATIONS or "n't" in low


def _negation(valence: float, low: Sequence[str], dist: int, i: int) -> float:
    """Apply the negation rules for the word ``dist`` places before ``i``."""
    if dist == 1:
        if _is_negation(low[i - 1]):
            return valence * N_SCALAR
        return valence
    if dist == 2:
        if low[i - 2] == "never" and low[i - 1] in _SO_THIS:
            return valence * 1.25
        if low[i - 2] == "without" and low[i - 1] == "doubt":
            return valence
        if _is_negation(low[i - 2]):
            return valence * N_SCALAR
        return valence
    # dist == 3: as published, "so"/"this" right before the word boosts it
    # whatever comes before.
    if (low[i - 3] == "never" and low[i - 2] in _SO_THIS) or low[i - 1] in _SO_THIS:
        return valence * 1.25
    if low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
        return valence
    if _is_negation(low[i - 3]):
        return valence * N_SCALAR
    return valence


def _idioms(valence: float, low: Sequence[str], i: int) -> float:
    """Apply the special-case idioms and the two-word dampeners (``i >= 3``)."""
    w0, w1, w2, w3 = low[i], low[i - 1], low[i - 2], low[i - 3]
    one_zero = f"{w1} {w0}"
    two_one = f"{w2} {w1}"
    three_two_one = f"{w3} {w2} {w1}"
    three_two = f"{w3} {w2}"
    for seq in (one_zero, f"{w2} {w1} {w0}", two_one, three_two_one, three_two):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    n = len(low)
    if n - 1 > i:
        seq = f"{w0} {low[i + 1]}"
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
    if n - 1 > i + 1:
        seq = f"{w0} {low[i + 1]} {low[i + 2]}"
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
    for seq in (three_two_one, three_two, two_one):
        if seq in BOOSTERS:
            valence = valence + BOOSTERS[seq]
    return valence


def _but(low: Sequence[str], values: list[float]) -> None:
    """Halve valences before the first ``but`` and raise those after it by half.

    As in the reference scorer, each value in turn is looked up by equality,
    so a value equal to an earlier one is applied at the earliest position
    that holds it at that moment. The reference finds that position with a
    scan (quadratic on a long text); here each value keeps a heap of the
    positions holding it, which gives the same positions in linear-log time.
    """
    try:
        bi = low.index("but")
    except ValueError:
        return
    if len(values) <= 64:  # a sentence: the reference's own way is fastest
        for k in range(len(values)):
            v = values[k]
            if v:
                j = values.index(v)
                if j < bi:
                    values[j] = v * 0.5
                elif j > bi:
                    values[j] = v * 1.5
        return
    holders: dict[float, list[int]] = {}
    for k, v in enumerate(values):
        if v:
            holders.setdefault(v, []).append(k)  # ascending: already a heap
    for k in range(len(values)):
        v = values[k]
        if v == 0:
            continue
        heap = holders[v]
        while values[heap[0]] != v:  # drop positions whose value has changed
            heapq.heappop(heap)
        j = heap[0]
        if j == bi:
            continue
        new = v * 0.5 if j < bi else v * 1.5
        values[j] = new
        heapq.heappop(heap)
        if new:
            heapq.heappush(holders.setdefault(new, []), j)


class _CapsDiff:
    """VADER's "some but not all words in capitals", counted once when first asked."""

    __slots__ = ("_value", "_words")

    def __init__(self, words: Sequence[str]) -> None:
        self._words = words
        self._value: bool | None = None

    def __call__(self) -> bool:
        if self._value is None:
            n = len(self._words)
            self._value = 0 < n - sum(map(str.isupper, self._words)) < n
        return self._value


def _hit_valence(
    i: int,
    low: Sequence[str],
    words: Sequence[str],
    table: Mapping[str, float],
    caps: _CapsDiff,
) -> float:
    """The valence of the lexicon word ``i`` after every rule but *but*.

    ``words`` may be the words or their white-space chunks (only their
    capitals are read: trimming punctuation never changes ``str.isupper``).
    """
    n = len(low)
    lw = low[i]
    if lw in _BOOSTER_WORDS or (lw == "kind" and i < n - 1 and low[i + 1] == "of"):
        return 0.0
    boosters = _BOOSTER_WORDS
    negations = NEGATIONS
    base = table[lw]
    valence = base
    if lw == "no" and i != n - 1 and low[i + 1] in table:
        valence = 0.0
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
    ):
        valence = base * N_SCALAR
    if words[i].isupper() and caps():
        valence = valence + C_INCR if valence > 0 else valence - C_INCR
    # The three words before: boosters (weights 1, 0.95, 0.9), negations,
    # and at three words back the idioms. A word of the lexicon is skipped.
    if i >= 1:
        prev = low[i - 1]
        if prev not in table:
            if prev in boosters:
                valence = valence + _scalar(words[i - 1], prev, valence, caps())
            if prev in negations or "n't" in prev:
                valence = valence * N_SCALAR
        if i >= 2:
            prev = low[i - 2]
            if prev not in table:
                if prev in boosters:
                    valence = valence + _scalar(words[i - 2], prev, valence, caps()) * 0.95
                # never and without are negations too.
                if prev in negations or "n't" in prev:
                    valence = _negation(valence, low, 2, i)
            if i >= 3:
                prev = low[i - 3]
                if prev not in table:
                    if prev in boosters:
                        valence = valence + _scalar(words[i - 3], prev, valence, caps()) * 0.9
                    if prev in negations or "n't" in prev or low[i - 1] in _SO_THIS:
                        valence = _negation(valence, low, 3, i)
                    if not _IDIOM_WORDS.isdisjoint(low[i - 3 : i + 3]) and _may_be_idiom(low, i, n):
                        valence = _idioms(valence, low, i)
    # "least": a negation unless in "at least" / "very least".
    if i > 0 and low[i - 1] == "least" and "least" not in table:
        if i == 1 or low[i - 2] not in ("at", "very"):
            valence = valence * N_SCALAR
    return valence


def valences(words: Sequence[str], lex: Mapping[str, float] | None = None) -> list[float]:
    """Return the valence of each word after VADER's rules.

    Args:
        words: The words, as from :func:`split_words`.
        lex: The lexicon (default: the VADER lexicon). News mode passes an
            adjusted copy.

    Returns:
        One valence per word (0.0 for words without sentiment).

    Examples:
        >>> valences(["not", "good"])
        [0.0, -1.406]
    """
    table = _lexicon_dict() if lex is None else lex
    low = list(map(str.lower, words))
    n = len(low)
    out = [0.0] * n
    hits = list(compress(range(n), map(table.__contains__, low)))
    if not hits:
        return out
    caps = _CapsDiff(words)
    for i in hits:
        out[i] = _hit_valence(i, low, words, table, caps)
    _but(low, out)
    return out


def punctuation_amplifier(text: str, start: int = 0, end: int | None = None) -> float:
    """Return the emphasis added by ``!`` and ``?`` in ``text[start:end]``.

    Args:
        text: The text.
        start: Where the unit starts.
        end: Where it ends (default: the end of ``text``).

    Returns:
        0.292 per ``!`` (at most four), plus 0.18 per ``?`` for two or three
        of them or 0.96 for more.

    Examples:
        >>> punctuation_amplifier("Wow!!")
        0.584
    """
    stop = len(text) if end is None else end
    ep = min(text.count("!", start, stop), 4)
    qm = text.count("?", start, stop)
    amp = ep * 0.292
    if qm > 1:
        amp = amp + (qm * 0.18 if qm <= 3 else 0.96)
    return amp


def _sum_with_amp(values: Sequence[float], amp: float) -> float:
    total = float(sum(values))
    if total > 0:
        total += amp
    elif total < 0:
        total -= amp
    return total


def compound_of(values: Sequence[float], amp: float) -> float:
    """Return VADER's compound score (unrounded) from word valences.

    Args:
        values: Valences from :func:`valences`.
        amp: From :func:`punctuation_amplifier`.

    Returns:
        ``s / sqrt(s*s + 15)`` of the amplified sum ``s``, in ``[-1, 1]``;
        0.0 for no words.
    """
    if not values:
        return 0.0
    total = _sum_with_amp(values, amp)
    score = total / math.sqrt(total * total + ALPHA)
    return max(-1.0, min(1.0, score))


def proportions(values: Sequence[float], amp: float) -> tuple[float, float, float]:
    """Return VADER's ``(pos, neu, neg)`` shares (unrounded) from word valences.

    Args:
        values: Valences from :func:`valences`.
        amp: From :func:`punctuation_amplifier`.

    Returns:
        Shares summing to 1 (all 0.0 for no words).
    """
    if not values:
        return 0.0, 0.0, 0.0
    pos_sum = 0.0
    neg_sum = 0.0
    polar = list(filter(None, values))  # the non-zero valences, in order
    neu = len(values) - len(polar)
    for v in polar:
        if v > 0:
            pos_sum += v + 1
        else:
            neg_sum += v - 1
    if pos_sum > -neg_sum:
        pos_sum += amp
    elif pos_sum < -neg_sum:
        neg_sum -= amp
    total = pos_sum + abs(neg_sum) + neu
    return abs(pos_sum / total), abs(neu / total), abs(neg_sum / total)


# Words that can change the valence of a lexicon word when they sit among
# the three words before it: boosters, negations (never and without among
# them), and the "no" and "least" rules; "so" and "this" count right before
# it. A lexicon word with none of these before it, no idiom word around it,
# no rule of its own ("no", "kind") and no "n't" in its sentence keeps its
# lexicon valence plus the capitals bonus: the fast path of polarity_scores.
_BEFORE = _BOOSTER_WORDS | NEGATIONS | {"no", "least"}
_SELF_RULES = frozenset(("no", "kind"))
# Every idiom or two-word dampener holds one of these words (the others,
# "the", "of", "to", "for", are too common to gate on).
_IDIOM_WORDS = frozenset(
    w
    for phrase in (*SPECIAL_CASES, *(k for k in BOOSTERS if " " in k))
    for w in phrase.split()
) - {"the", "of", "to", "for"}
# A sentence with none of these words takes the fast path for every word.
_FAST_GATE = _BEFORE | _SELF_RULES | _IDIOM_WORDS | frozenset(_SO_THIS)


@functools.cache
def _fast_tables() -> tuple[dict[str, float], frozenset[str], frozenset[str]]:
    """Tables of :func:`polarity_scores`, keyed by trimmed lower-case words.

    Returns the lexicon; the candidates (the lexicon plus the trimmed form of
    each entry the two-character rule keeps whole, such as ``""`` for ``:)``
    or ``"3"`` for ``<3``): a word can be a lexicon word only if its trimmed
    form is a candidate; and the words that need the full rules: the gate
    words and every candidate of two characters or fewer (whose word may be
    the untrimmed chunk).
    """
    table = _lexicon_dict()
    kept = {k.strip(_ASCII_PUNCT) for k in table if len(k.strip(_ASCII_PUNCT)) <= 2}
    candidates = frozenset(table) | kept
    careful = _FAST_GATE | {k for k in candidates if len(k) <= 2}
    return table, candidates, frozenset(careful)


def _rule_values(
    hits: list[int],
    low: list[str],
    chunks: list[str],
    text: str,
    table: dict[str, float],
    by_upper: bool,
    has_nt: bool,
) -> list[float]:
    """The valences of the candidate words ``hits`` when some rule may apply.

    ``low`` holds the trimmed lower-case words before the two-character
    rule and ``chunks`` the lower-case chunks of ``text``. ``by_upper``: a
    lexicon word can only be in capitals in ``text`` if its upper case is in
    ``text`` (see :func:`polarity_scores`). ``has_nt``: some word holds "n't".
    """
    n = len(low)
    words: list[str] | None = None  # the original chunks, split when needed
    caps: _CapsDiff | None = None
    nt = [k for k, w in enumerate(low) if "n't" in w] if has_nt else []
    mods = _BEFORE
    idioms = _IDIOM_WORDS
    # Whether each word may change a lexicon word near it (one C-level pass):
    # a lexicon word with none of these around it takes the fast path.
    near = list(map(_FAST_GATE.__contains__, low))
    values: list[float] = []
    for i in hits:
        lw = low[i]
        if not nt and len(lw) > 2 and True not in near[i - 3 if i >= 3 else 0 : i + 3]:
            slow = False
        elif len(lw) <= 2:
            if chunks[i] not in table:  # e.g. "-": trimmed to "", not ":)"
                values.append(0.0)
                continue
            slow = True
        elif i >= 3:
            slow = (
                lw in _SELF_RULES
                or not mods.isdisjoint(low[i - 3 : i])
                or low[i - 1] in _SO_THIS
                or (not idioms.isdisjoint(low[i - 3 : i + 3]) and _may_be_idiom(low, i, n))
            )
        else:  # no idiom and no "so"/"this" rule this early
            slow = lw in _SELF_RULES or not mods.isdisjoint(low[:i])
        if nt and not slow:
            slow = any(i - 3 <= k < i for k in nt)
        if words is None and (slow or not by_upper or lw.upper() in text):
            words = text.split()
            caps = _CapsDiff(words)
        if slow:
            # Every rule reads at most three words before and two after: run
            # them on that window, with the two-character rule applied.
            a = i - 3 if i >= 3 else 0
            fixed = [
                c if len(w) <= 2 else w
                for w, c in zip(low[a : i + 3], chunks[a : i + 3], strict=True)
            ]
            assert words is not None and caps is not None
            values.append(_hit_valence(i - a, fixed, words[a : i + 3], table, caps))
        else:
            v = table[lw]
            if words is not None and caps is not None and words[i].isupper() and caps():
                v = v + C_INCR if v > 0 else v - C_INCR
            values.append(v)
    return values


def polarity_scores(text: str) -> dict[str, float]:
    """Score one piece of text exactly as VADER does (rounded as VADER rounds).

    Args:
        text: A sentence (or any text, scored as one unit).

    Returns:
        ``{"neg", "neu", "pos", "compound"}``; shares rounded to 3 places,
        compound to 4.

    Examples:
        >>> polarity_scores("The plan is not good!")["compound"]
        -0.4015
    """
    # The same words as split_words, lower-cased once for the whole text. That
    # needs no emoji and a lower case of one character per character (then
    # trimming and the two-character rule see the same lengths); a capital
    # sigma lower-cases by its context, which differs between a word and the text.
    low_text = text.lower()
    is_ascii = text.isascii()
    if not is_ascii and (
        len(low_text) != len(text) or "\u03a3" in text or _emoji_gate().search(text) is not None
    ):
        return _polarity_general(text)
    chunks = low_text.split()
    n = len(chunks)
    if not n:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    table, candidates, careful = _fast_tables()
    # Trimmed words, before the two-character rule (applied only where the
    # full rules run: it never changes a word of 3 letters or more).
    low = list(map(str.strip, chunks, repeat(_ASCII_PUNCT)))
    hit_words = list(filter(candidates.__contains__, low))
    if not hit_words:  # a quarter of news sentences: no sentiment word
        return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
    # Their positions: each is the first equal word after the previous one.
    hits: list[int] = []
    j = -1
    for w in hit_words:
        j = low.index(w, j + 1)
        hits.append(j)
    by_upper = is_ascii or "\u212a" not in text
    has_nt = "n't" in low_text
    if has_nt or not careful.isdisjoint(low):
        values = _rule_values(hits, low, chunks, text, table, by_upper, has_nt)
    else:
        # Most sentences: no rule applies, each lexicon word keeps its valence
        # plus the capitals bonus. A lexicon word in capitals has its upper
        # case in the text: the lexicon is ASCII, and the only other character
        # whose lower case is ASCII is the Kelvin sign.
        values = list(map(table.__getitem__, hit_words))
        if by_upper:
            ups = [k for k, w in enumerate(hit_words) if w.upper() in text]
        else:
            ups = list(range(len(hits)))
        if ups:
            words = text.split()
            ups = [k for k in ups if words[hits[k]].isupper()]
            if ups and 0 < n - sum(map(str.isupper, words)) < n:
                for k in ups:
                    v = values[k]
                    values[k] = v + C_INCR if v > 0 else v - C_INCR
    if "but" in low_text and "but" in low:
        if len(values) > 64:
            full = [0.0] * n
            for i, v in zip(hits, values, strict=True):
                full[i] = v
            _but(low, full)
            values = [full[i] for i in hits]
        else:
            # The reference's equality look-up, on the lexicon words only (the
            # other words are 0 and never equal a non-zero valence).
            bi = low.index("but")
            for k in range(len(values)):
                v = values[k]
                if v:
                    j = values.index(v)
                    if hits[j] < bi:
                        values[j] = v * 0.5
                    elif hits[j] > bi:
                        values[j] = v * 1.5
    amp = 0.0
    if "!" in text or "?" in text:
        qm = text.count("?")
        amp = min(text.count("!"), 4) * 0.292
        if qm > 1:
            amp = amp + (qm * 0.18 if qm <= 3 else 0.96)
    total = float(sum(values))
    if total > 0:
        total += amp
    elif total < 0:
        total -= amp
    compound = total / math.sqrt(total * total + ALPHA)
    pos_sum = 0.0
    neg_sum = 0.0
    neu = n
    for v in values:
        if v > 0:
            pos_sum += v + 1
            neu -= 1
        elif v < 0:
            neg_sum += v - 1
            neu -= 1
    if pos_sum > -neg_sum:
        pos_sum += amp
    elif pos_sum < -neg_sum:
        neg_sum -= amp
    whole = pos_sum + abs(neg_sum) + neu
    return {
        "neg": round(abs(neg_sum / whole), 3),
        "neu": round(neu / whole, 3),
        "pos": round(pos_sum / whole, 3),
        "compound": round(max(-1.0, min(1.0, compound)), 4),
    }


def _polarity_general(text: str) -> dict[str, float]:
    """:func:`polarity_scores` for any text, one word list at a time."""
    values = valences(split_words(text))
    amp = punctuation_amplifier(text)
    pos, neu, neg = proportions(values, amp)
    return {
        "neg": round(neg, 3),
        "neu": round(neu, 3),
        "pos": round(pos, 3),
        "compound": round(compound_of(values, amp), 4),
    }
