"""The readability engine: per-sentence counts through a chunk memo, paragraph scores.

:mod:`newsmetrics.readability` holds the public functions, which check their
arguments in Python; wheel builds compile this module with mypyc
(``hatch_build.py``), which checks a compiled function's argument types with
its own messages, so it is never called with a user's arguments unchecked.
``docs/readability.md`` explains the counts and the speed.
"""

from __future__ import annotations

import functools
import math
import re
import struct
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate, chain, compress, islice, repeat
from operator import attrgetter, itemgetter
from types import MappingProxyType
from typing import Any, Final, NamedTuple, SupportsIndex, cast

from newsmetrics._resources import read_grouped, read_json, read_lines
from newsmetrics._syllables import ABBREVIATIONS, number_syllables, word_syllables
from newsmetrics.models import (
    Article,
    Paragraph,
    ParagraphReadability,
    ReadabilityCounts,
    SentenceReadability,
    fast_constructor,
)

# ---- data ---------------------------------------------------------------------


@functools.cache
def easy_words() -> frozenset[str]:
    """Return the Dale–Chall list of familiar words (lower case).

    Returns:
        About 2,950 words, from ``data/dale_chall_easy_words.txt``.
    """
    return frozenset(read_lines("dale_chall_easy_words.txt"))


@functools.cache
def word_zipf() -> MappingProxyType[str, float]:
    """Return English word frequencies on the Zipf scale (lower-case words).

    Returns:
        ``word -> log10(occurrences per billion words)`` for the 50,000 most
        frequent words, from ``data/word_frequency.txt``.
    """
    return MappingProxyType(read_grouped("word_frequency.txt", float))


@functools.cache
def _difficulty_model() -> tuple[tuple[str, ...], tuple[float, ...], tuple[float, ...], float]:
    """Return the difficulty model: feature names, means, weights, intercept.

    The weights are already divided by each feature's standard deviation, so
    ``intercept + sum(w * (x - mean))`` is the score.
    """
    data = read_json("difficulty.json")
    names = tuple(str(n) for n in data["features"])
    means = tuple(float(x) for x in data["mean"])
    weights = tuple(float(w) / float(s) for w, s in zip(data["coef"], data["scale"], strict=True))
    return names, means, weights, float(data["intercept"])


# ---- per-word analysis ------------------------------------------------------------

_INFLECTIONS = (
    # (suffix, replacements to try on the stem)
    ("'s", ("",)),
    ("s'", ("s",)),
    ("iest", ("y",)),
    ("ier", ("y",)),
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ily", ("y",)),
    ("ing", ("", "e", "DOUBLE")),
    ("est", ("", "e", "DOUBLE")),
    ("ed", ("", "e", "DOUBLE")),
    ("er", ("", "e", "DOUBLE")),
    ("es", ("", "e")),
    ("ly", ("", "le")),
    ("s", ("",)),
    ("d", ("",)),
    ("r", ("",)),
)


# The same, grouped by last letter (in order), so a word tries only the suffixes it may have.
_INFLECTIONS_BY_LAST: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    last: tuple(rule for rule in _INFLECTIONS if rule[0][-1] == last)
    for last in {suffix[-1] for suffix, _ in _INFLECTIONS}
}


def is_familiar(word: str) -> bool:
    """Tell whether a lower-case word is on the Dale–Chall list or inflects one.

    Regular inflections count as familiar, as Dale and Chall instruct:
    plurals and possessives (``dogs``, ``stories``, ``dog's``), verb forms
    (``walked``, ``making``, ``stopped``, ``carried``), comparatives and
    superlatives (``bigger``, ``happiest``) and ``-ly`` adverbs. A
    hyphenated compound is familiar when each part is.

    Args:
        word: A lower-case word.

    Returns:
        ``True`` when the word counts as familiar.

    Examples:
        >>> is_familiar("stopped"), is_familiar("stories"), is_familiar("legislature")
        (True, True, False)
    """
    easy = easy_words()
    if word in easy:
        return True
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(is_familiar(p) for p in parts)
    for suffix, repl in _INFLECTIONS_BY_LAST.get(word[-1:], ()):
        if len(word) > len(suffix) + 1 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            for r in repl:
                if r == "DOUBLE":
                    if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in easy:
                        return True
                elif stem + r in easy:
                    return True
    return False


# Syllables read aloud for currency and percent symbols next to a number.
_SYMBOL_SYLLABLES: Final = {"$": 2, "£": 1, "€": 2, "¥": 1, "%": 2}
# Gunning: three syllables reached only through these endings do not count.
_FOG_ENDINGS = ("es", "ed", "ing")
_LONG_WORD: Final = 6  # LIX/RIX: a long word has more than six letters
_POLY: Final = 3
_LONG_SENTENCE: Final = 25
_ZIPF_COMMON: Final = 4.0  # Zipf >= 4 (about the 6,000 most frequent words) is "common"
_ZIPF_FLOOR: Final = 2.0  # unknown words: rarer than anything in the table


class _Acc(NamedTuple):
    """Summed counts of a span: a sentence, a paragraph or the article."""

    words: int
    syllables: int
    poly: int
    complex: int
    long: int
    letters: int
    difficult: int
    lexical: int  # common words: not numbers, names or acronyms
    lex_syllables: int
    lex_letters: int
    lex_long: int
    zipf: float
    rare: int
    clause_marks: int  # , ; : ( ) and dashes inside the sentence
    long_sentences: int  # sentences of 25 words or more


# The word and number tokens of a sentence, read straight from the article's
# normalised text with the core tokeniser's word, acronym and number patterns
# (tests check that both give the same words). Three groups: the opening
# quote, bracket, colon or dash just before a word (a capital after one says
# nothing about names), the token (a currency sign or a percent sign sticks to
# its number: "$4.5m" is "four point five million dollars") and a period just
# after it (so that "Gen." can be read "General").
_WORD_RE: Final = re.compile(
    r"""
    (["'(\[:\u2014\u2013-][ ]*)?
    (
      (?:[^\W\d_]\.){2,}                                              # U.S.  a.m.
    | [$\u00a3\u20ac\u00a5]?\d+(?:[.,:/]\d+)*(?:[^\W_]+)?(?:-[^\W_]+)*%?  # $4.5m 12% 2015
    | [^\W\d_][^\W_]*(?:['\-][^\W_]+)*                               # don't COVID-19
    )
    (\.?)
    """,
    re.VERBOSE,
)
# A sentence is read as "chunks": its runs of non-space characters
# (str.split). No token, period or clause mark crosses a chunk boundary, so
# _WORD_RE scanning a chunk alone finds what it finds in the sentence, but
# for two things: the sentence's first token counts as sentence-initial, and
# so does a token that follows an opener and spaces ("said: Hello",
# "- Hello", "reform,' Udall"), the opener being _WORD_RE's first group. A
# capital says nothing there, so both are corrected afterwards, the same way
# (_read_opening). Chunks are about three times faster to find than tokens,
# and news repeats its chunks, so each distinct chunk is analysed once.
# _GLUE_RE finds, in a sentence, every opener followed by spaces and a
# capital or other letter (the token after it is checked to start with a
# capital: only then does being initial change anything). It is run only on
# the sentences that have a chunk ending with an opener (_OPENERS), which
# the chunk memo counts (field 17): about a quarter of news sentences.
_OPENERS: Final = "\"'([:\u2014\u2013-"
_GLUE_RE: Final = re.compile("[" + re.escape(_OPENERS) + r"][ ]+(?=[^\W\d_a-z])")
_CURRENCY: Final = {"$": 2, "\u00a3": 1, "\u20ac": 2, "\u00a5": 1}  # dollars, pounds, euros, yen
_PERCENT: Final = 2  # "percent"
_CLAUSE_RE: Final = re.compile(r"[,;:()\u2014\u2013]|--")  # clause marks: , ; : ( ) dashes
_NON_LEXICAL = (0, 0, 0, 0, 0.0, 0)  # lexical, its syllables, letters, long, Zipf, rare

# One word occurrence, as a tuple of numbers summed column by column:
# words, syllables, polysyllabic, complex, long, letters, difficult, lexical,
# lexical syllables, lexical letters, lexical long, Zipf, rare, has a letter.
_Info = tuple[int, int, int, int, int, int, int, int, int, int, int, float, int, int]

# Counts are summed as one packed integer: field k of _Acc (then "words with
# a letter") sits at bit k * _BITS, so adding two packed integers adds every
# field at once, in C. Zipf values (0.1 steps in the table) are summed exactly
# as integer hundredths. 40 bits per field hold any text that fits in memory.
# The shifts are written out (k * 40) where speed matters; a test pins them.
_BITS: Final = 40
_MASK: Final = (1 << _BITS) - 1
_ZIPF_SCALE: Final = 100
_CLAUSE_SHIFT: Final = 13 * _BITS
_LONG_SENTENCE_ONE: Final = 1 << (14 * _BITS)
_LETTER_SHIFT: Final = 15 * _BITS
# The chunk memo's values (not sentence counts) carry three more fields: how
# many chunks with several difficult words (field 16), how many chunks end
# with an opener (field 17), and, from bit _WORD_ID_SHIFT up, the id of the
# chunk's one difficult word (0 for none), read back per chunk with one
# shift: see _ChunkMemo.encode.
_MULTI_SHIFT: Final = 16 * _BITS
_OPENER_SHIFT: Final = 17 * _BITS
_WORD_ID_SHIFT: Final = 18 * _BITS
_COUNTS: Final = (1 << _MULTI_SHIFT) - 1  # the counts' bits
_WORD_ID_ONE: Final = 1 << _WORD_ID_SHIFT  # a value at least this carries a difficult word's id


# Packed counts are typed ``_Packed`` (``Any``) where they are summed,
# compared or shifted in a loop. Compiled by mypyc, an ``int`` is a tagged
# integer, and every operation on one this wide (about 700 bits) goes through
# mypyc's conversions to and from a Python int; typed ``Any``, the same code
# calls CPython's int operations directly: the sentence loop of _analyse runs
# about 30% faster. Pure Python runs the same code either way.
_Packed = Any


# One word's 16 fields at 40-bit steps (the layout of _unpack), built in C:
# each field as four little-endian bytes and a zero byte, read back as one
# integer: about half the time of 13 shifts and ORs of a growing 700-bit
# integer, for each new word type. A field of 2**32 or more (a token of
# gigabytes) cannot be written so and takes the shifts.
_PACK_FIELDS: Final = struct.Struct("<" + "Ix" * 16).pack
_FROM_BYTES: Final = int.from_bytes


def _pack(info: _Info) -> int:
    """One word's counts as a packed integer (the layout of :func:`_unpack`)."""
    i: _Packed = info  # (compiled: the fields pass on as they are, see _Packed)
    zipf = round(i[11] * _ZIPF_SCALE)
    try:
        # fields 0-12, then clause marks and long sentences (0 for a word), then "has a letter"
        data = _PACK_FIELDS(
            i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], i[9], i[10], zipf, i[12], 0, 0, i[13]
        )
    except struct.error:
        fields = (*info[:11], zipf, info[12], 0, 0, info[13])
        return sum(field << (k * _BITS) for k, field in enumerate(fields))
    return _FROM_BYTES(data, "little")


def _unpack(packed: _Packed) -> _Acc:
    """The counts in a (summed) packed integer."""
    m: _Packed = _MASK
    return _Acc(
        packed & m,
        (packed >> 40) & m,
        (packed >> 80) & m,
        (packed >> 120) & m,
        (packed >> 160) & m,
        (packed >> 200) & m,
        (packed >> 240) & m,
        (packed >> 280) & m,
        (packed >> 320) & m,
        (packed >> 360) & m,
        (packed >> 400) & m,
        ((packed >> 440) & m) / _ZIPF_SCALE,
        (packed >> 480) & m,
        (packed >> 520) & m,
        (packed >> 560) & m,
    )


@functools.lru_cache(maxsize=1 << 15)
def _syllables(token: str) -> int:
    """:func:`word_syllables`, memoised: a capitalised word is read in two positions."""
    return word_syllables(token)


@functools.lru_cache(maxsize=1 << 16)
def _common_word(low: str, syllables: int) -> tuple[int, int, float]:
    """Complex (Gunning), difficult (Dale–Chall) and Zipf of a common word."""
    complex_word = syllables >= _POLY and "-" not in low
    if complex_word:
        for ending in _FOG_ENDINGS:
            if low.endswith(ending) and word_syllables(low[: -len(ending)]) < _POLY:
                complex_word = False
                break
    zipfs = word_zipf()
    zipf = zipfs.get(low)
    if zipf is None and low.endswith("'s"):
        zipf = zipfs.get(low[:-2])
    if zipf is None and "-" in low:
        parts = [zipfs.get(p, _ZIPF_FLOOR) for p in low.split("-") if p]
        zipf = min(parts) if parts else None
    return int(complex_word), int(not is_familiar(low)), _ZIPF_FLOOR if zipf is None else zipf


def _info(token: str, opener: str, period: str) -> _Info:
    """Everything readability counts about one token in one position.

    Args:
        token: The token as matched in the normalised text.
        opener: ``"^"`` for the first word of a sentence, the quote mark or
            bracket just before the word, or ``""``.
        period: ``"."`` when a period follows the token, else ``""``.
    """
    letters = sum(map(str.isalnum, token))
    first = token[0]
    if first.isdecimal() or first in _CURRENCY:
        number = token
        syl = 0
        if first in _CURRENCY:
            syl += _CURRENCY[first]
            number = number[1:]
        if number.endswith("%"):
            syl += _PERCENT
            number = number[:-1]
        syl += number_syllables(number)
        return (1, syl, int(syl >= _POLY), 0, 0, letters, 0, *_NON_LEXICAL, 0)
    if period and first.isupper() and token.lower() in ABBREVIATIONS:
        syl = ABBREVIATIONS[token.lower()]  # "Gen.": a title, part of a name
        long = int(letters > _LONG_WORD)
        return (1, syl, int(syl >= _POLY), 0, long, letters, 0, *_NON_LEXICAL, 1)
    syl = _syllables(token)
    long = int(letters > _LONG_WORD)
    if _is_proper(token, bool(opener)):
        return (1, syl, int(syl >= _POLY), 0, long, letters, 0, *_NON_LEXICAL, 1)
    complex_word, difficult, zipf = _common_word(token.lower(), syl)
    return (
        1, syl, int(syl >= _POLY), complex_word, long, letters, difficult,
        1, syl, letters, long, zipf, int(zipf < _ZIPF_COMMON), 1,
    )


@functools.lru_cache(maxsize=1 << 15)
def _word(token: str, initial: bool, period: str) -> tuple[int, int, str]:
    """A token's packed counts, its syllables, and its lower case if difficult.

    A pure function of its arguments, memoised (bounded) because news
    vocabulary repeats.

    Args:
        token: The token as matched in the normalised text.
        initial: Whether it opens the sentence or follows an opening quote
            mark, bracket, colon or dash (a capital says nothing there).
        period: ``"."`` when a period follows the token, else ``""``.
    """
    info = _info(token, "^" if initial else "", period)
    return _pack(info), info[1], token.lower() if info[6] else ""


# What one chunk contributes: packed counts (clause marks included), its
# difficult words (lower case) and each token's syllables.
_Chunk = tuple[int, tuple[str, ...], tuple[int, ...]]
# What changes when the chunk's first token opens a sentence (a capital says
# nothing there): the change in packed counts, and that token (lower case)
# if it is difficult there.
_Opening = tuple[int, str]
_MEMO_LIMIT = 1 << 15  # distinct chunks kept; half go when full (see _ChunkMemo.trim)
_EDGE_MARKS: Final = "\"'()[],.;:!?-\u2014\u2013"
_MEMO_CHUNK: Final = 48  # longer chunks (rare) are analysed but not kept


def _read_chunk(chunk: str) -> _Chunk:
    """Analyse one chunk: :func:`_word` for each token, summed."""
    if chunk.isalpha():  # one plain word, by far the most common chunk
        packed, syl, hard_word = _word(chunk, False, "")
        return packed, (hard_word,) if hard_word else (), (syl,)
    if chunk[:-1].isalpha() and chunk[-1] in ",.;:":  # a word and its punctuation
        word, last = chunk[:-1], chunk[-1]
        period = "." if last == "." and word[0].isupper() else ""
        packed, syl, hard_word = _word(word, False, period)
        if last != ".":
            packed += 1 << _CLAUSE_SHIFT
        return packed, (hard_word,) if hard_word else (), (syl,)
    packed = len(_CLAUSE_RE.findall(chunk)) << _CLAUSE_SHIFT
    hard = []
    syllables = []
    for opener, token, period in _WORD_RE.findall(chunk):
        # position and period only matter for a capital (names, "Gen."): one
        # memo entry for any other token
        capital = token[0].isupper()
        word_packed, syl, hard_word = _word(
            token, capital and bool(opener), period if capital else ""
        )
        packed += word_packed
        syllables.append(syl)
        if hard_word:
            hard.append(hard_word)
    return packed, tuple(hard), tuple(syllables)


def _read_opening(chunk: str) -> _Opening:
    """What changes when the chunk's first token opens a sentence (see :func:`_read_chunk`)."""
    if chunk.isalpha():
        opener, token, period = "", chunk, ""
    elif chunk[:-1].isalpha() and chunk[-1] in ",.;:":
        opener, token, period = "", chunk[:-1], "." if chunk[-1] == "." else ""
    else:
        match = _WORD_RE.search(chunk)
        if match is None:
            return 0, ""
        opener, token, period = match.groups(default="")
    if not token[0].isupper():
        return 0, ""
    initial = _word(token, True, period)
    return initial[0] - _word(token, bool(opener), period)[0], initial[2]


class _ChunkMemo(dict[str, int]):
    """``chunk -> packed counts`` (from :func:`_read_chunk`), filled on first sight.

    A memo of a pure function, kept in dicts so that lookups run in C
    through ``map``: ``self`` holds the packed counts with the id of the
    chunk's difficult word (:meth:`encode`), :attr:`hard` the difficult
    words, :attr:`records` the whole analysis. Bounded: half is dropped
    (:meth:`trim`) before an article once it holds ``_MEMO_LIMIT`` chunks
    (all of it once ``2 * _MEMO_LIMIT`` word ids are given), and a huge
    article stops adding at twice that.
    """

    __slots__ = ("hard", "openings", "rare", "records", "word_ids")

    def __init__(self) -> None:
        super().__init__()
        self.hard = _HardMemo(self)
        # Difficult word -> its id (from 1): a sentence's difficult words are
        # the set of ids in its chunks' values (see encode).
        self.word_ids: dict[str, int] = {}
        self.records: dict[str, _Chunk] = {}
        self.openings = _OpeningMemo(self)
        # Kept chunks whose word is not among the ~6,000 most frequent English
        # words (names, numbers, rare words), oldest first: the first to go.
        self.rare: list[str] = []

    def __missing__(self, chunk: str) -> int:
        value = self.record(chunk)
        kept = self.get(chunk)
        return self.encode(chunk, value) if kept is None else kept

    def word_id(self, word: str) -> int:
        """The id of a difficult word (a new one on first sight)."""
        ids = self.word_ids
        found = ids.get(word)
        if found is None:
            found = ids[word] = len(ids) + 1
        return found

    def encode(self, chunk: str, value: _Chunk) -> int:
        """A chunk's value in this memo: its packed counts, and its difficult word's id.

        A chunk with several difficult words (rare) is marked instead, in
        field 16; _analyse then reads the words themselves. A chunk that
        ends with an opener is marked in field 17.
        """
        packed = value[0] | 1 << _OPENER_SHIFT if chunk[-1] in _OPENERS else value[0]
        hard = value[1]
        if not hard:
            return packed
        if len(hard) > 1:
            return packed | 1 << _MULTI_SHIFT
        return packed | self.word_id(hard[0]) << _WORD_ID_SHIFT

    def record(self, chunk: str) -> _Chunk:
        """The whole analysis of a chunk, memoised."""
        value = self.records.get(chunk)
        if value is None:
            value = _read_chunk(chunk)
            if len(chunk) <= _MEMO_CHUNK and len(self.records) < 2 * _MEMO_LIMIT:
                self[chunk] = self.encode(chunk, value)
                self.records[chunk] = value
                self.hard[chunk] = value[1]
                if word_zipf().get(chunk.strip(_EDGE_MARKS).lower(), 0.0) < _ZIPF_COMMON:
                    self.rare.append(chunk)
        return value

    def opening(self, chunk: str) -> _Opening:
        """:func:`_read_opening` of a chunk, memoised (only sentences' first chunks need it)."""
        value = self.openings.get(chunk)
        if value is None:
            value = _read_opening(chunk)
            if len(chunk) <= _MEMO_CHUNK and len(self.openings) < 2 * _MEMO_LIMIT:
                self.openings[chunk] = value
        return value

    def trim(self) -> None:
        """Forget half of the chunks: rare ones first, then the oldest.

        A chunk whose word is among the ~6,000 most frequent English words
        (``officials,``, ``The``) will be met again; names, numbers and rare
        words mostly will not. Which chunks are rare is noted when they are
        kept, and dicts keep insertion order, so choosing costs nothing;
        the dictionary deletions run in C.
        """
        records = self.records
        drop = len(records) - len(records) // 2
        doomed = self.rare[:drop]
        del self.rare[:drop]
        if len(doomed) < drop:  # every rare chunk goes, then the oldest frequent ones
            gone = set(doomed)
            doomed += islice((k for k in list(records) if k not in gone), drop - len(doomed))
        for table in (self, records, self.hard, self.openings):
            deque(map(table.pop, doomed, repeat(None)), maxlen=0)
        if len(self.word_ids) >= 2 * _MEMO_LIMIT:  # ids are in the values kept: start afresh
            self.clear()

    def clear(self) -> None:
        """Forget every chunk."""
        super().clear()
        self.records.clear()
        self.hard.clear()
        self.openings.clear()
        self.rare.clear()
        self.word_ids.clear()


class _HardMemo(dict[str, tuple[str, ...]]):
    """``chunk -> its difficult words``, the part of a :class:`_ChunkMemo` read per sentence."""

    __slots__ = ("memo",)

    def __init__(self, memo: _ChunkMemo) -> None:
        super().__init__()
        self.memo = memo

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        return self.memo.record(chunk)[1]


class _OpeningMemo(dict[str, "_Opening | None"]):
    """``chunk -> _read_opening(chunk)``, or ``None`` when the chunk has no token."""

    __slots__ = ("memo",)

    def __init__(self, memo: _ChunkMemo) -> None:
        super().__init__()
        self.memo = memo

    def __missing__(self, chunk: str) -> _Opening | None:
        if not self.memo.record(chunk)[2]:
            return None
        return self.memo.opening(chunk)


_CHUNKS: Final = _ChunkMemo()
_NO_WORDS: frozenset[str] = frozenset()


class _Sentences(NamedTuple):
    """Per-sentence counts of the sentences that have a word (a token with a letter)."""

    indexes: list[int]  # their indexes in Article.sentences, ascending
    packed: list[int]  # packed counts (long sentences marked)
    hard: list[AbstractSet[int]]  # distinct difficult words (ids: _ChunkMemo.word_ids)
    linsear: float | None  # Linsear Write grade of the first 100 words


_START: Final = attrgetter("start")
_END: Final = attrgetter("end")
_FIRST: Final = itemgetter(0)


def _analyse(article: Article) -> _Sentences:
    """Count every sentence: split into chunks, one memo lookup per chunk, packed sums.

    Each step runs over all the sentences at once through ``map`` (in C),
    or in one loop: the Python work is per capital after an opener and
    spaces (found by a regex scan of the sentences that have an opener) and
    for the rare sentences that have no word with a letter or open with a
    chunk without words.
    """
    memo = _CHUNKS
    if len(memo.records) >= _MEMO_LIMIT or len(memo.word_ids) >= 2 * _MEMO_LIMIT:
        memo.trim()
    norm = article.norm
    sents = article.sentences
    starts = list(map(_START, sents))
    ends = list(map(_END, sents))
    chunk_lists = list(map(str.split, map(norm.__getitem__, map(slice, starts, ends))))
    # One memo lookup per chunk: its value holds the packed counts (summed
    # per sentence) and, from bit _WORD_ID_SHIFT up, the id of its difficult
    # word (collected per sentence; most chunks have none: no shift).
    packed: list[int] = []
    hard: list[set[int]] = []
    with_id: _Packed = _WORD_ID_ONE
    lookup: _Packed = memo  # its values stay Python ints (see _Packed)
    for chunks in chunk_lists:
        total: _Packed = 0
        ids: set[int] = set()
        for chunk in chunks:
            value = lookup[chunk]
            total += value
            if value >= with_id:
                ids.add(value >> _WORD_ID_SHIFT)
        packed.append(total)
        hard.append(ids)
    # Tokens that follow an opener and spaces, by sentence: (sentence, its
    # chunk index, the chunk), for a capital (see _GLUE_RE); only sentences
    # with a chunk that ends with an opener can have one.
    glue_fixes: list[tuple[int, int, str]] = []
    for i, total in enumerate(packed):
        if (total >> _OPENER_SHIFT) & _MASK:
            start = starts[i]
            for match in _GLUE_RE.finditer(norm, start, ends[i]):
                at = match.end()
                if norm[at].isupper():
                    j = len(norm[start:at].split())
                    glue_fixes.append((i, j, chunk_lists[i][j]))
    indexes = list(range(len(packed)))
    keep = [(p >> _LETTER_SHIFT) & _MASK for p in packed]  # words with a letter
    if not all(keep):
        # sentences without a word with a letter (numbers or symbols) do not count
        indexes = list(compress(indexes, keep))
        packed = list(compress(packed, keep))
        chunk_lists = list(compress(chunk_lists, keep))
        hard = list(compress(hard, keep))
        if glue_fixes:
            position = {i: k for k, i in enumerate(indexes)}
            glue_fixes = [(position[i], j, c) for i, j, c in glue_fixes if i in position]
    # What changes when the first token opens its sentence (a capital says
    # nothing there); None when the first chunk has no token.
    openings: list[_Opening | None] = list(map(memo.openings.__getitem__, map(_FIRST, chunk_lists)))
    first_words: dict[int, int] = {}  # sentence -> its first chunk with a token, when not 0
    if None in openings:
        for k in [k for k, o in enumerate(openings) if o is None]:
            first_words[k] = j = next(j for j, c in enumerate(chunk_lists[k]) if memo.record(c)[2])
            openings[k] = memo.opening(chunk_lists[k][j])
    opened = cast("list[_Opening]", openings)
    hard_fixes: list[tuple[int, str]] = []
    for k, j, chunk in glue_fixes:
        if first_words.get(k, 0) != j:  # (a sentence's first word has its opening)
            change, hard_word = memo.opening(chunk)
            packed[k] += change
            if hard_word:
                hard_fixes.append((k, hard_word))
    if (sum(packed) >> _MULTI_SHIFT) & _MASK:  # a chunk with several difficult words: read the words
        word_id = memo.word_id
        hard = [
            set(map(word_id, chain.from_iterable(map(memo.hard.__getitem__, chunks))))
            for chunks in chunk_lists
        ]
    # Each sentence's counts alone (its chunks' word ids dropped), with what
    # changes when its first word opens it; long sentences marked.
    counts_bits: _Packed = _COUNTS
    long_one: _Packed = _LONG_SENTENCE_ONE
    for k, (change, hard_word) in enumerate(opened):
        sentence: _Packed = (packed[k] & counts_bits) + change
        if sentence & _MASK >= _LONG_SENTENCE:
            sentence += long_one
        packed[k] = sentence
        if hard_word:
            hard[k].add(memo.word_id(hard_word))
    for k, hard_word in hard_fixes:
        hard[k].add(memo.word_id(hard_word))
    return _Sentences(indexes, packed, list(hard), _linsear(packed, chunk_lists, memo))


def _linsear(packed: list[int], chunk_lists: list[list[str]], memo: _ChunkMemo) -> float | None:
    """Linsear Write on the first 100 words: easy words score 1, polysyllables 3."""
    m = _MASK
    points = counted = taken = 0
    for p, chunks in zip(packed, chunk_lists, strict=True):
        if taken >= 100:
            break
        counted += 1
        words = p & m
        if taken + words <= 100:
            points += words + 2 * ((p >> 80) & m)
            taken += words
        else:
            # the sentence that reaches word 100: its words one by one, as far as needed
            for chunk in chunks:
                for syl in memo.record(chunk)[2]:
                    points += 3 if syl >= _POLY else 1
                    taken += 1
                    if taken == 100:
                        break
                if taken == 100:
                    break
    return _linsear_write(points, counted, taken)


def _is_proper(text: str, initial: bool) -> bool:
    """Guess whether a word is a proper noun or an acronym from its case.

    A capitalised word inside a sentence is a name; an all-capital word of
    two or more letters is an acronym. At the start of a sentence (or after an
    opening quote) capitals say nothing, so only acronyms count there.
    """
    if not text[0].isupper():
        return False
    if not initial:
        return True  # a name, or an acronym: proper either way
    letters = list(filter(str.isalpha, text))
    return len(letters) > 1 and all(map(str.isupper, letters))



def _fre(words: int, sentences: int, syllables: int) -> float:
    return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words


def _fkgl(words: int, sentences: int, syllables: int) -> float:
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59


def _linsear_write(points: int, sentences: int, words: int) -> float | None:
    """Linsear Write (O'Hayre 1966) on the first 100 words.

    Easy words (up to two syllables) score 1, hard words (three or more) 3;
    ``r`` is the total (``points``) over the number of sentences the sample
    reaches; the grade is ``r/2`` when ``r > 20`` else ``(r - 2)/2`` (J.
    O'Hayre, *Gobbledygook Has Gotta Go*, US Bureau of Land Management, 1966).
    """
    if not sentences or not words:
        return None
    r = points / sentences
    return r / 2.0 if r > 20 else (r - 2.0) / 2.0


# ---- difficulty ------------------------------------------------------------------

_Getter = Callable[[_Acc, int, int], float]


def _lex(value: float, acc: _Acc, default: float) -> float:
    return value / acc.lexical if acc.lexical else default


# Every candidate feature: (counts, sentences, distinct difficult words) -> value.
# Callers guarantee sentences > 0 and words > 0.
_FEATURES: dict[str, _Getter] = {
    "words_per_sentence": lambda a, s, u: a.words / s,
    "log_words_per_sentence": lambda a, s, u: math.log(a.words / s),
    "syllables_per_word": lambda a, s, u: a.syllables / a.words,
    "letters_per_word": lambda a, s, u: a.letters / a.words,
    "difficult_rate": lambda a, s, u: a.difficult / a.words,
    "unique_difficult_rate": lambda a, s, u: u / a.words,
    "long_rate": lambda a, s, u: a.long / a.words,
    "poly_rate": lambda a, s, u: a.poly / a.words,
    "mean_zipf": lambda a, s, u: _lex(a.zipf, a, 5.0),
    "rare_rate": lambda a, s, u: _lex(a.rare, a, 0.0),
    "lexical_syllables_per_word": lambda a, s, u: _lex(a.lex_syllables, a, 1.0),
    "lexical_letters_per_word": lambda a, s, u: _lex(a.lex_letters, a, 3.0),
    "lexical_long_rate": lambda a, s, u: _lex(a.lex_long, a, 0.0),
    "lexical_difficult_rate": lambda a, s, u: _lex(a.difficult, a, 0.0),
    "clause_marks_per_sentence": lambda a, s, u: a.clause_marks / s,
    "long_sentence_rate": lambda a, s, u: a.long_sentences / s,
}


def features(acc: _Acc, sentences: int, unique_difficult: int) -> dict[str, float] | None:
    """Return the cheap text features the difficulty model may use.

    Args:
        acc: Summed counts.
        sentences: Sentences with words.
        unique_difficult: Distinct difficult words.

    Returns:
        Feature name -> value, or ``None`` when the text has no words.
    """
    if not sentences or not acc.words:
        return None
    return {name: get(acc, sentences, unique_difficult) for name, get in _FEATURES.items()}



@functools.cache
def _model_terms() -> tuple[tuple[tuple[_Getter, float, float], ...], float]:
    """The difficulty model as (feature getter, mean, weight) terms and an intercept."""
    names, means, weights, intercept = _difficulty_model()
    terms = tuple(
        (_FEATURES[n], m, w) for n, m, w in zip(names, means, weights, strict=True)
    )
    return terms, intercept


def _difficulty(acc: _Acc, sentences: int, unique_difficult: int) -> float | None:
    """The news-calibrated difficulty for summed counts, or ``None``."""
    if not sentences or not acc.words:
        return None
    terms, score = _model_terms()
    for get, mean, weight in terms:
        score += weight * (get(acc, sentences, unique_difficult) - mean)
    return score


# The shipped model's features, read straight from packed counts by
# _PackedModel.score (a handful of float operations per score).
_PACKED_FEATURES = (
    "log_words_per_sentence",
    "clause_marks_per_sentence",
    "unique_difficult_rate",
    "lexical_long_rate",
    "mean_zipf",
)


class _PackedModel:
    """The difficulty model, scoring packed counts: :meth:`score`.

    A class rather than a closure: compiled by mypyc, its coefficients are
    unboxed floats and ``score`` is called directly, without a Python call
    per sentence.
    """

    def __init__(self) -> None:
        names, means, weights, intercept = _difficulty_model()
        # The shipped feature set is evaluated inline; any other goes through _difficulty.
        self.inline = names == _PACKED_FEATURES
        self.intercept = intercept
        self.m1, self.m2, self.m3, self.m4, self.m5 = means if self.inline else (0.0,) * 5
        self.w1, self.w2, self.w3, self.w4, self.w5 = weights if self.inline else (0.0,) * 5

    def score(self, packed: int, sentences: int, unique: int) -> float:
        """The difficulty of packed counts over ``sentences`` with ``unique`` distinct difficult words.

        Callers guarantee ``sentences > 0`` and at least one word. The inline
        formula keeps the order of operations of :func:`_difficulty`, so the
        scores are identical.
        """
        if not self.inline:
            generic = _difficulty(_unpack(packed), sentences, unique)
            return -math.inf if generic is None else generic
        wide: _Packed = packed
        m: _Packed = _MASK
        words: int = wide & m
        lexical: int = (wide >> 280) & m
        clause_marks: int = (wide >> 520) & m
        if lexical:
            long_words: int = (wide >> 400) & m
            zipf_hundredths: int = (wide >> 440) & m
            long_rate = long_words / lexical
            zipf = zipf_hundredths / _ZIPF_SCALE / lexical
        else:
            long_rate = 0.0
            zipf = 5.0
        return (
            self.intercept
            + self.w1 * (math.log(words / sentences) - self.m1)
            + self.w2 * (clause_marks / sentences - self.m2)
            + self.w3 * (unique / words - self.m3)
            + self.w4 * (long_rate - self.m4)
            + self.w5 * (zipf - self.m5)
        )


@functools.cache
def _packed_model() -> _PackedModel:
    """Return the difficulty model for packed counts (loaded once)."""
    return _PackedModel()


# ---- measuring an article ------------------------------------------------------------


_new_counts = fast_constructor(ReadabilityCounts)


def _counts(acc: _Acc, sentences: int, unique_difficult: int) -> ReadabilityCounts:
    # ReadabilityCounts(sentences, words, syllables, polysyllabic_words,
    # complex_words, long_words, letters, difficult_words, unique_difficult_words)
    return _new_counts(
        sentences, acc.words, acc.syllables, acc.poly, acc.complex, acc.long, acc.letters,
        acc.difficult, unique_difficult,
    )


def _smog_sample(counted: Sequence[int]) -> int | None:
    """Polysyllables in McLaughlin's sample: 10 sentences at the start, middle and end."""
    if len(counted) < 30:
        return None
    mid = len(counted) // 2 - 5
    sample = sum(counted[:10]) + sum(counted[mid : mid + 10]) + sum(counted[-10:])
    return (sample >> 80) & _MASK


_new_paragraph = fast_constructor(ParagraphReadability)
_new_sentence = fast_constructor(SentenceReadability)
_SENTENCE_START: Final = attrgetter("sentence_start")
_SENTENCE_END: Final = attrgetter("sentence_end")


def _counted_bounds(index: list[int], paras: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Each paragraph's counted sentences, as a range ``lo:hi`` of ``index``."""
    out = []
    hi = 0
    for para in paras:
        lo = bisect_left(index, para.sentence_start, hi)
        hi = bisect_left(index, para.sentence_end, lo)
        out.append((lo, hi))
    return out


class _Measured(NamedTuple):
    """What :func:`measure` finds; the formulas are computed from ``counts``."""

    counts: ReadabilityCounts
    smog_sample: int | None  # polysyllables in the 30-sentence sample, if taken
    linsear: float | None
    difficulty: float | None
    paragraphs: tuple[ParagraphReadability, ...]
    indexes: list[int]  # counted sentences: their indexes in Article.sentences
    packed: list[int]  # their packed counts
    uniques: list[int]  # their distinct difficult words


def measure(article: Article) -> _Measured:
    """Count the article and score its paragraphs (everything but the formulas and ranking).

    Args:
        article: A parsed article.

    Returns:
        Counts, Linsear, difficulty, paragraph scores and the per-sentence
        counts that :func:`hardest_sentences` ranks.

    Examples:
        >>> from newsmetrics._text import parse
        >>> measure(parse("The cat sat on the mat. It was happy there.")).counts.words
        10
    """
    counted = _analyse(article)
    packed_sums = counted.packed
    hard_sets = counted.hard
    hard: set[int] = set().union(*hard_sets)
    sentences = len(packed_sums)
    # prefix[k]: counts of the first k counted sentences, so a paragraph's
    # counts are one subtraction
    prefix: list[_Packed] = list(accumulate(packed_sums, initial=0))
    total_packed = prefix[-1]
    total = _unpack(total_packed)
    counts = _counts(total, sentences, len(hard))
    defined = sentences > 0 and total.words > 0
    model = _packed_model()
    m: _Packed = _MASK
    index = counted.indexes
    uniques = list(map(len, hard_sets))
    paras = article.paragraphs
    if sentences == len(article.sentences):  # every sentence counted: index[k] == k
        bounds: Iterable[tuple[int, int]] = zip(
            map(_SENTENCE_START, paras), map(_SENTENCE_END, paras), strict=True
        )
    else:  # counted sentences of each paragraph: index[lo:hi]
        bounds = _counted_bounds(index, paras)
    paragraphs: list[ParagraphReadability] = []
    for p_index, (para, (lo, hi)) in enumerate(zip(paras, bounds, strict=True)):
        p_sent = hi - lo
        if p_sent:
            p_packed = prefix[hi] - prefix[lo]
            p_words: int = p_packed & m
            p_syllables: int = (p_packed >> 40) & m
            p_unique = uniques[lo] if p_sent == 1 else len(set().union(*hard_sets[lo:hi]))
            paragraphs.append(
                _new_paragraph(
                    p_index, para.start, para.end, para.text, p_sent, p_words,
                    _fre(p_words, p_sent, p_syllables), _fkgl(p_words, p_sent, p_syllables),
                    model.score(p_packed, p_sent, p_unique),
                )
            )
        else:
            paragraphs.append(
                _new_paragraph(p_index, para.start, para.end, para.text, 0, 0, None, None, None)
            )

    return _Measured(
        counts,
        _smog_sample(packed_sums),
        counted.linsear,
        model.score(total_packed, sentences, len(hard)) if defined else None,
        tuple(paragraphs),
        index,
        packed_sums,
        uniques,
    )


def hardest_sentences(
    article: Article, measured: _Measured, hardest: SupportsIndex
) -> tuple[SentenceReadability, ...]:
    """The ``hardest`` sentences by difficulty, hardest first (ties in text order).

    Args:
        article: The article :func:`measure` measured.
        measured: What it found.
        hardest: How many (the caller has checked that it is positive).

    Returns:
        The sentences and their scores.
    """
    model = _packed_model()
    m = _MASK
    index = measured.indexes
    packed_sums = measured.packed
    sentences = len(packed_sums)
    ranked: list[SentenceReadability] = []
    scores = [model.score(p, 1, u) for p, u in zip(packed_sums, measured.uniques, strict=True)]
    # the highest scores, ties in text order (sorted is stable: nlargest's order)
    for k in sorted(range(sentences), key=scores.__getitem__, reverse=True)[:hardest]:
        sent = article.sentences[index[k]]
        packed = packed_sums[k]
        s_words = packed & m
        s_syllables = (packed >> 40) & m
        ranked.append(
            _new_sentence(
                index[k], sent.start, sent.end, sent.text, s_words, s_syllables,
                (packed >> 240) & m, _fkgl(s_words, 1, s_syllables), scores[k],
            )
        )
    return tuple(ranked)
