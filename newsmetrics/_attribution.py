"""The quote-attribution engine behind :mod:`newsmetrics.quotes`.

:mod:`newsmetrics.quotes` holds the public functions: it checks their
arguments and documents the results; this module finds the attributions. It
is plain, strictly typed Python that a wheel build also compiles with mypyc
(``hatch_build.py``), so that its arguments are checked once, outside it.

Method, in one pass per paragraph:

1. Pair the double quotation marks (:mod:`newsmetrics._quotemarks`).
2. Find cue words: the words that can open a cue (a table built from the
   shipped lexicon: hand-written speech and belief verbs plus word forms
   whose cue rate was learned from the PolNeAR training split).
3. A quotation that opens a clause is a direct quote; its speaker comes from
   the cue after it (``," said X`` / ``," X said``), before it (``X said:``),
   from a colon intro in the paragraph before, or from the quote it continues.
4. Every other cue opens reported speech: ``X said (that) ...``,
   ``..., X said.``, ``According to X, ...``. A clause holding a quoted
   fragment is ``mixed``; a quoted fragment outside any clause with a cue is
   a scare quote, a title or a nickname, and is not a quote.
5. Speakers are resolved (titles stripped, surnames merged with full names,
   pronouns pointed at the nearest compatible earlier source), and every
   attribution gets its learned confidence.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re

from newsmetrics._quotelex import CueInfo, Lexicon, lexicon
from newsmetrics._quotemarks import QuoteMarkSpan, mark_spans
from newsmetrics._resources import read_json
from newsmetrics._speakers import Mention, is_adjective, mention_after, mention_before
from newsmetrics.models import Article, Cue, Quote, QuoteCategory, QuoteKind, Speaker

__all__ = ["MIN_CONFIDENCE", "attribute", "confidence_features"]

# Attributions whose learned confidence (the estimated chance that the content
# and the speaker are both right) falls below this are not returned by default.
MIN_CONFIDENCE = 0.25

_TERMINATORS = frozenset(".!?")
# Reported content longer than this is cut: no news sentence is longer, and
# the cap keeps pathological input (a megabyte without a full stop) linear.
_MAX_CONTENT = 1500
_TRIM = " \n\t,;:-\u2014\u2013"
_THAT_RE = re.compile(r"[ ]*(?:,[ ]*)?(?:[A-Za-z]+[ ]+){0,6}?that\b")
_OBJ_VERBS = frozenset(
    "tell tells told telling ask asks asked asking urge urges urged urging warn warns warned "
    "warning assure assured inform informed remind reminded reminds advise advised".split()
)
_CONTENT_SKIP_RE = re.compile(
    r"(?:[ ]*,)?[ ]+(?:(?:on|last|this|late|early|earlier)[ ]+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"in[ ]+(?:a|an|his|her|their|its)[ ]+(?:statement|interview|email|tweet|post|letter|"
    r"speech|op-ed|video|release|memo|news[ ]+conference|press[ ]+conference|phone[ ]+interview))"
    r"(?:[ ]+(?:morning|afternoon|evening|night))?"
)


# "arguing that if X, "...": the quotation ends a reported clause, it does not open one
_THAT_BETWEEN_RE = re.compile(r"[ ]+(?:[a-z]+[ ]+){0,3}?that[ ]")
# 'says no matter what action he takes, "..."': words after the cue that open a
# reported clause (not an adverbial such as "on Tuesday" or "in a statement")
_CLAUSE_BEFORE_RE = re.compile(
    r"[ ]+(?!(?:on|in|at|during|after|before|while|to|with|from|outside|inside|last|this|earlier|later|again|"
    r"also|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|of|about|for|by|as|via|through|"
    r"over|recently|yesterday|today|afterward|afterwards)\b)(?:[\w'.$%-]+[ ]+){3,}[^ ]"
)
_TALLY_RE = re.compile(r"[ ]+\d+[-\u2013]\d+\b")


class _Unit:
    """A stretch of one paragraph: sentences merged where a quotation spans them."""

    __slots__ = ("end", "marks", "para", "start")

    def __init__(self, start: int, end: int, para: int) -> None:
        self.start = start
        self.end = end
        self.para = para
        self.marks: list[QuoteMarkSpan] = []


class _Hit:
    """A cue word found in the text."""

    __slots__ = ("drop", "end", "final_tried", "fwd", "info", "start", "text", "used")

    def __init__(self, start: int, end: int, text: str, info: CueInfo, drop: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.info = info
        self.used = False
        # learned as unreliable: finds the speaker of a direct quote, opens no reported speech
        self.drop = drop
        # the subject before the cue in its unit, once looked up (a unit's
        # final cue is read twice: as a final cue, then as a forward one)
        self.fwd: Mention | bool | None = False
        self.final_tried = False  # read as a final cue without result


def _units(article: Article, marks: tuple[QuoteMarkSpan, ...]) -> list[_Unit]:
    """Group sentences into units so that no quotation crosses a unit boundary."""
    if not marks:
        return [_Unit(sent.start, sent.end, sent.paragraph) for sent in article.sentences]
    units: list[_Unit] = []
    spans = [
        (m.open_mark if m.open_mark >= 0 else m.start, m.close_mark if m.close_mark >= 0 else m.end)
        for m in marks
    ]
    n = len(spans)
    mi = 0
    last: _Unit | None = None
    last_para = -1
    for sent in article.sentences:
        if last is not None and last_para == sent.paragraph:
            end = last.end
            # merge when a quotation opened in the last unit closes after it
            while mi < n and spans[mi][1] <= end:
                mi += 1
            if mi < n and spans[mi][0] < end < spans[mi][1]:
                last.end = sent.end
                continue
        last = _Unit(sent.start, sent.end, sent.paragraph)
        last_para = sent.paragraph
        units.append(last)
    starts = [u.start for u in units]
    for m, (pos, _) in zip(marks, spans, strict=True):
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0:
            units[k].marks.append(m)
    return units


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in _TRIM:
        start += 1
    while end > start and norm[end - 1] in _TRIM:
        end -= 1
    return start, end


_END_RE = re.compile(r"([A-Za-z]*)[.!?][\"']*\s")


def _sentence_end_in(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Tell whether a sentence ends inside ``norm[start:end]`` (not after Mr. or J.)."""
    for m in _END_RE.finditer(norm, start, end):
        word = m.group(1)
        if not (len(word) == 1 or word.lower() in lex.titles):
            return True
    return False


# Where reported content stops inside its sentence. Measured on the PolNeAR
# train split: gold content ends at these boundaries more often than it runs
# past them (", according to" 99%, ", saying" 99%, "; " 69%, ", which" 67%,
# ", but" 65%, ", who" 58%, ", while" 57%, ", as" 56%, dashes 55%; a concession
# or contrast: ", however", ", despite", ", compared", ", though", ", unlike"; an
# appositive of the object: "praised the plan, a bill that ...").
_CLAUSE_CUT_RE = re.compile(
    # every branch opens with a literal, so the engine skips ahead to , ; space or dash
    r"(?:,[ ]+(?:according[ ]+to|saying|adding|which|(?:but|and)(?![ ]+that[ ])|who|while|as|where|whereas"
    r"|however|despite|compared|(?:even[ ]+)?(?:al)?though|unlike|an?(?=[ ]))\b"
    r"|,[ ]+([a-z]{3,}ing)\b"  # a participle cue: ", calling him a loser" (checked below)
    r"|;[ ]|[ ]\u2014[ ]?|\u2014[ ]?|[ ]--[ ])"
)


@functools.cache
def _participle_cues() -> frozenset[str]:
    """Participles that open a second attribution after a comma: ``, calling``, ``, accusing``."""
    return frozenset(
        w for w, i in lexicon().cues.items() if w.endswith("ing") and " " not in w and i.weight >= _PART_MIN
    )


_PART_MIN = 0.3
# "X criticized A and challenged B": a second verb cue after "and" opens its own content
_AND_CUE_MIN = 0.7
_AND_VERB_RE = re.compile(r"[a-z,][ ]+and[ ]+(?:then[ ]+|also[ ]+|later[ ]+)?$")
_COORD_HINT_RE = re.compile(r"[,;]|[ ](?:and|but|while|whereas)[ ]")
_COORD_END_RE = re.compile(r"(?:[,;][ ]*(?:and|but|while)?|[ ](?:and|but|while|whereas))[ ]*$")


# After a comma inside a closing mark, the same clause goes on: 'a "rush to judgment," because ...'.
_GOES_ON_RE = re.compile(r"[ ]+(?:and|because|where)[ ]")
# a lower-case word right after a closing mark with no punctuation inside it
_GOES_ON_LOWER_RE = re.compile(r"[ ]+([a-z]+)\b")


_MARK_START = operator.attrgetter("start")


def _mark_from(marks: list[QuoteMarkSpan], lo: int, hi: int) -> QuoteMarkSpan | None:
    """The first quotation (marks in text order) that opens inside ``[lo, hi)``, found by bisection."""
    k = bisect.bisect_left(marks, lo, key=_MARK_START)
    if k < len(marks) and marks[k].start < hi:
        return marks[k]
    return None


def _mark_holding(marks: list[QuoteMarkSpan], pos: int) -> QuoteMarkSpan | None:
    """The quotation whose inside holds ``pos``, if any (marks in text order, not overlapping)."""
    k = bisect.bisect_right(marks, pos, key=_MARK_START) - 1
    if k >= 0 and marks[k].start <= pos < marks[k].end:
        return marks[k]
    return None


def _content_end(norm: str, start: int, end: int, marks: list[QuoteMarkSpan]) -> int:
    """Cut a clause at its first learned boundary outside quotation marks; drop the final terminator."""
    pos = start + 3
    while True:
        m = _CLAUSE_CUT_RE.search(norm, pos, end)
        if m is None:
            break
        part = m.group(1)
        if part is not None and part not in _participle_cues():
            pos = m.end()
            continue
        cut = m.start()
        inside = _mark_holding(marks, cut) if marks else None
        if inside is None:
            end = cut
            break
        pos = inside.end
    if marks:
        for k in range(bisect.bisect_right(marks, start, key=_MARK_START), len(marks)):
            q = marks[k]
            if q.start >= end:
                break
            if (
                0 <= q.close_mark < end
                and norm[q.end - 1 : q.end] == ","
                and not _GOES_ON_RE.match(norm, q.close_mark)
            ):
                # 'called him "a train wreck," a swipe at ...': a comma before the
                # closing mark ends the clause (American punctuation)
                end = q.close_mark
                break
    while end > start and (norm[end - 1] in _TERMINATORS or norm[end - 1].isspace()):
        end -= 1
    return end


@functools.lru_cache(maxsize=4)
def _ascii_twin(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII``: the same matches on ASCII text, found faster.

    On ASCII text ``\\W``, ``\\w`` and ``\\b`` mean the same in both modes, but
    the ASCII test of a character is a table look-up. Keyed by the
    pattern's text (a string caches its hash; a compiled pattern hashes its
    whole program on every call).
    """
    return re.compile(pattern, (flags & ~re.UNICODE) | re.ASCII)


def _scan_cues(
    low: str, lo: int, hi: int, cue_re: re.Pattern[str], scan_re: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans ``cue_re`` finds in ``low[lo:hi]``, found faster with ``scan_re``.

    ``scan_re`` is ``cue_re`` with the non-word character before the cue
    consumed (the cue is group 1), so the search starts one character early;
    only a cue at offset 0 has no character before it. On ASCII text (most
    news, and most stretches of the rest) ``scan_re`` runs as its ASCII twin
    (see :func:`_ascii_twin`); the search reads only ``low[lo - 1:hi]``.
    """
    if lo > 0:
        if low.isascii() or low[lo - 1 : hi].isascii():
            scan_re = _ascii_twin(scan_re.pattern, scan_re.flags)
        return [m.span(1) for m in scan_re.finditer(low, lo - 1, hi)]
    first = cue_re.match(low, 0, hi)
    if first is None:
        return [m.span(1) for m in scan_re.finditer(low, 0, hi)]
    return [first.span(), *(m.span(1) for m in scan_re.finditer(low, first.end(), hi))]


# ASCII characters that are not word characters (``\W``: not a letter, a
# digit or ``_``) become spaces, so that ``bytes.split`` gives the runs of
# word characters a cue can open (one byte for one: offsets stay put).
_WORD_GAPS = bytes(c if c >= 128 or chr(c).isalnum() or c == 95 else 32 for c in range(256))
# the non-ASCII characters news text holds most, none of them a word character
_COMMON_NON_ASCII = ("\u2014", "\u2013", "\u2026", "\u2015")


def _cue_word_starts(
    low: str, lex: Lexicon, skip: list[tuple[int, int]] | None = None
) -> tuple[list[int], list[int]] | None:
    """Every word of ``low`` that may open a cue, with the end of the cue there.

    A cue opens a word (a run of word characters) and its first word is one
    of ``lex.cue_words``, so every cue :func:`_scan_cues` finds starts
    at one of these offsets: :func:`_scan_cue_words` reads only these
    instead of trying the cue pattern at every word. The words come from
    ``bytes.split`` and a dictionary filter (no regular expression step per word).

    Args:
        low: The lower-cased text.
        lex: The lexicon.
        skip: Stretches ``(start, end)`` whose words need no reading (the
            caller never scans there), in text order; one is read after all
            when a word runs across its edge.

    Returns:
        The offsets in text order and, for each, the end of the cue that
        ``lex.cue_re`` matches there in the whole text (``-1``: none). A
        word that opens no longer cue there is its own match (if a cue);
        in a text with non-ASCII characters besides a few dashes, every
        word is matched (a letter such as ``é`` is a word character, read
        as a space here). ``None`` when the lexicon holds a non-ASCII cue:
        scan with :func:`_scan_cues`.
    """
    table = lex.cue_words
    if not table:
        return None
    t = low
    exact = True  # the words here are the text's words (no other character outside ASCII)
    if not t.isascii():
        for ch in _COMMON_NON_ASCII:
            t = t.replace(ch, " ")
        exact = t.isascii()
    # one "?" per character outside ASCII (then a space): offsets stay put
    padded = b" " + t.encode("ascii", "replace").translate(_WORD_GAPS) + b" "
    if skip:
        buf = bytearray(padded)
        n = len(low)
        for a, z in skip:
            # blanked only where its edges are word edges (no false word start or end)
            if not (0 < a < n and _is_word_char(low[a - 1]) and _is_word_char(low[a])) and not (
                0 < z < n and _is_word_char(low[z - 1]) and _is_word_char(low[z])
            ):
                buf[a + 1 : z + 1] = b" " * (z - a)
        padded = bytes(buf)
    find = padded.find
    match = lex.cue_re.match
    starts: list[int] = []
    ends: list[int] = []
    cur = 0
    for spaced, n, after in map(table.__getitem__, filter(table.__contains__, padded.split())):
        # the next whole word (an earlier one would have been an earlier
        # candidate); its offset in padded is one more than in low, so cur,
        # padded's offset of the space before it, is its offset in low
        cur = find(spaced, cur)
        starts.append(cur)
        k = cur + len(spaced) - 2  # the end of the word in low
        if exact and after is not None and (not after or low[k : k + 2] not in after):
            # no longer cue goes on here: the cue is the word itself, if it is one
            ends.append(k if n >= 0 else -1)
        else:
            m = match(low, cur)
            ends.append(-1 if m is None else m.end())
        cur = k + 1
    return starts, ends


def _is_word_char(ch: str) -> bool:
    """Tell whether ``ch`` is a word character (``\\w``)."""
    return ch.isalnum() or ch == "_"


def _scan_cue_words(
    low: str, lo: int, hi: int, words: tuple[list[int], list[int]], cue_re: re.Pattern[str]
) -> list[tuple[int, int]]:
    """What ``_scan_cues(low, lo, hi, ...)`` finds, read off ``words`` (:func:`_cue_word_starts`).

    When ``hi`` ends a word, ``\b`` reads the same at ``hi`` in ``low[:hi]``
    as in the whole text, so a cue match found in the whole text that ends
    by ``hi`` holds; one that runs past ``hi`` is tried again with ``hi`` as
    the end.
    """
    if hi < len(low) and (low[hi].isalnum() or low[hi] == "_"):
        # hi cuts a word, whose first part may be a cue of its own here (never
        # in quotes(): its stretches end at a quotation mark or a paragraph end)
        return [m.span() for m in cue_re.finditer(low, lo, hi)]
    starts, ends = words
    out: list[tuple[int, int]] = []
    prev = lo - 1  # a cue starts after a non-word character at or after the last cue's end
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        p = starts[k]
        if p >= hi:
            break
        if p > prev:
            e = ends[k]
            if e > hi:
                m = cue_re.match(low, p, hi)
                e = -1 if m is None else m.end()
            if e >= 0:
                prev = e
                out.append((p, e))
    return out


class _Builder:
    """Collects the quotes of one article."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.text = article.text
        self.norm = article.norm
        self.lex = lex
        self.low: str | None = None  # norm.lower(), once quotes() has made it
        self.out: list[tuple[int, int, QuoteKind, QuoteCategory, _Hit | None, Mention | None, float]] = []

    def add(
        self,
        start: int,
        end: int,
        kind: QuoteKind,
        category: QuoteCategory,
        hit: _Hit | None,
        mention: Mention | None,
        confidence: float,
    ) -> None:
        if end > start:
            self.out.append((start, end, kind, category, hit, mention, confidence))


# A clause-opening phrase that is not the subject: "Hours later, ", "On Monday, ".
_OPENER_RE = re.compile(
    # The dateline parts are case-sensitive and bounded, so that a match costs
    # O(1) however long the run of words after the cue (no quadratic backtracking).
    r"[ ,]*(?-i:(?:[A-Z][A-Z.'-]{2,30}(?:[ ][A-Z][A-Z.'-]{1,30}){0,4}(?:,[^\u2014\n]{0,40})?[ ]*"
    r"(?:\([^)]{1,20}\))?[ ]*(?:\u2014|--|-)[ ]*)?)"  # a dateline: WASHINGTON, Dec. 8 (UPI) --
    r"(?-i:(?:\([A-Z][\w .]{1,20}\)[ ]*(?:\u2014|--|-)[ ]*)?)"  # its tail after a split: (Reuters) -
    r"(?:(?:in|on|at|during|after|before|since|while|when|as|for|with|without|by|from|although|though|"
    r"meanwhile|however|but|and|also|still|yet|later|earlier|then|hours|days|weeks|last|this|back|once|"
    r"speaking|asked|responding|writing|separately|instead|now|today|yesterday|reached|contacted|pressed|"
    r"interviewed|rather|indeed|still|similarly|likewise|notably|meanwhile|even|only|just|"
    r"inside|outside|despite|amid|among|under|following|throughout|within|across|upon|unlike|like|given|"
    r"because|if|unless|until|over|along|alongside|around|toward|towards|ahead|thanks|to|appearing|addressing|"
    r"here|besides|beyond|"
    r"[a-z]{3,}ed(?=[ ]+(?:by|about|with|over|at|from|in)[ ]))\b"  # "Chastened by the polls, "
    r"(?:[^,.;:\"]|(?<=[A-Z])[.]|(?<=[A-Z][a-z])[.]|(?<=[A-Z][a-z][a-z])[.]){0,90},[ ]*"  # Mr. / U.S. inside
    r"|(?:[A-Za-z0-9-]+[ ]){1,3}ago,[ ]*){0,2}",  # "Eight years ago, "
    re.IGNORECASE,
)
# "think" in "a think tank" is no cue.
_TANK_RE = re.compile(r"[ -]+tanks?\b")
# A bare conjunction or adverb opening a clause: not its subject.
_BARE_CONJ_RE = re.compile(r"(?:but|and|yet|so|still|then|now|also|instead|meanwhile|indeed)[ ]+(?=[a-zA-Z])", re.IGNORECASE)
# An infinitive speech cue after a verb: "went on to say", "wanted to tell".
_TO_VERB_RE = re.compile(r"[a-z][ ]+(?:on[ ]+)?to[ ]+$")
# A verb coordinated with a cue: "laughed and said".
_VERB_AND_RE = re.compile(r"[ ]([a-z]{3,}(?:ed|s))[ ]+and[ ]+(?:then[ ]+|later[ ]+|also[ ]+)?$")
# Speech verbs whose speaker a participle after them takes (with "said", "says", "told").
_VERBS_BEFORE_PARTICIPLE = "added|wrote|continued|noted|explained|argued|insisted|tweeted|declared|stated"
# ... and what may stand between the verb's comma and the participle: "..., before insisting".
_TO_PARTICIPLE = r"[ ]*,[ ]*(?:(?:before|after|while)[ ]+)?$"
# A final speech verb right before a participle: "..., Spicer said, adding".
_SAID_COMMA_RE = re.compile(
    rf",[^,]{{2,60}}?[ ](said|says|told[ ][a-z]+|{_VERBS_BEFORE_PARTICIPLE}|recalled)"
    rf"(?:[ ]+(?:of|about|on|in|at|after)[ ][^,]{{1,40}})?{_TO_PARTICIPLE}"
)
# An inverted speech verb right before a participle: '...," said Ann Roe, adding'.
_SAID_INV_COMMA_RE = re.compile(
    rf"(?:^|[,\"'][ ]*)(said|says|told|{_VERBS_BEFORE_PARTICIPLE})"
    rf"[ ]+([A-Z][^,;:\"]{{1,60}}?)(?:,[^,;:\"]{{1,80}})?{_TO_PARTICIPLE}"
)
# Before a participle or a second verb the subject is the clause's: ", saying", "and said".
# A participle after a closing mark: 'called it "a ridiculous idea," adding that ...'.
_MARK_COMMA_RE = re.compile(r",(?:\"|'')[ ]+$")
_COORD_BEFORE_RE = re.compile(
    r"(?:,[ ]*(?:(?:before|after|while|perhaps|probably|possibly|apparently|presumably|again|also|even|still)[ ]+)?"
    r"|[ ](?:and|but)[ ]+(?:then[ ]+|later[ ]+|also[ ]+)?)$"
)


_MAX_BEFORE = 1500  # characters of content looked for before "according to"

# Cues that after an adjective name an event, not what someone said: "held formal talks".
_EVENT_NOUNS = frozenset(
    "talk talks meeting meetings discussion discussions negotiations consultations debate debates "
    "interview interviews".split()
)


def _adjective_before(norm: str, lo: int, pos: int) -> bool:
    """Tell whether the word right before ``pos`` is a lower-case adjective (``sharp criticism``)."""
    e = pos
    while e > lo and norm[e - 1] == " ":
        e -= 1
    w = norm.rfind(" ", lo, e) + 1
    word = norm[max(w, lo) : e]
    return word.isalpha() and word.islower() and is_adjective(word)


def _opener_only(norm: str, lo: int, hi: int) -> bool:
    """Tell whether ``norm[lo:hi]`` is only clause-opening phrases (``But the next day, ``)."""
    m = _OPENER_RE.match(norm, lo, hi)
    return m is not None and m.end() >= hi - 1


def _clause_subject(norm: str, lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """The subject that opens the clause starting at ``lo``."""
    m = _OPENER_RE.match(norm, lo, hi)
    pos = m.end() if m is not None else lo
    while pos < hi and norm[pos] in " \"'(,":
        pos += 1
    mc = _BARE_CONJ_RE.match(norm, pos, hi)
    if mc is not None:
        pos = mc.end()  # "But he is right to note ..."
    sp = mention_after(norm, pos, hi, lex)
    if sp is None or sp.start != pos:
        return None
    return sp


# A verb cue before a phrase cue, perhaps with a day between: "said on Tuesday " + "in a statement".
_VERB_PHRASE_RE = re.compile(r"(?<![\w'])([a-z]+)(?:[ ]+(?:on[ ]+)?[A-Z][a-z]+)?[ ]+$")


def _participle_speaker(norm: str, lo: int, hit: _Hit, lex: Lexicon) -> Mention | None:
    """The speaker of a speech verb right before a participle cue, if there is one.

    ``..., Spicer said, adding`` (the subject before the verb) and
    ``...," said Ann Roe, adding`` (the inverted subject after it).
    """
    ms = _SAID_COMMA_RE.search(norm, max(lo, hit.start - 90), hit.start)
    if ms is not None:
        m = mention_before(norm, ms.start() + 1, ms.start(1), lex)
        if m is not None:
            return m
    mi = _SAID_INV_COMMA_RE.search(norm, max(lo, hit.start - 160), hit.start)
    if mi is not None:
        m = mention_after(norm, mi.start(2), mi.end(2), lex)
        if m is not None and m.start == mi.start(2):
            return m
    return None


def _speaker_for_hit(
    norm: str, hit: _Hit, lo: int, hi: int, lex: Lexicon
) -> Mention | None:
    """Speaker of a cue: the subject before it, else an inverted one after it.

    A participle (``..., saying``) or a coordinated verb (``... and said``)
    takes the subject of its clause.
    """
    before = norm[max(lo, hit.start - 20) : hit.start]
    if hit.text[:3].lower() == "in ":
        mv = _VERB_PHRASE_RE.search(norm, max(lo, hit.start - 40), hit.start)
        if mv is not None and mv.group(1) in lex.cues:
            # "Ann Roe said (on Tuesday) in a statement": the subject of the verb
            m = mention_before(norm, lo, mv.start(1), lex)
            if m is not None:
                return m
    if hit.text.endswith("ing") and hit.info.category == "speech":
        m = _participle_speaker(norm, lo, hit, lex)  # "..., Spicer said, adding, ..."
        if m is not None:
            return m
        m = _clause_subject(norm, lo, hit.start, lex)  # she released a statement saying
        if m is not None:
            return m
    elif _COORD_BEFORE_RE.search(before) and not before.endswith(", "):
        mv = _VERB_AND_RE.search(norm, max(lo, hit.start - 40), hit.start)
        if mv is not None:
            # "..., he laughed and said": the subject of the first verb
            m = mention_before(norm, lo, mv.start(1), lex)
            if m is not None and m.kind != "np":
                return m
        return _clause_subject(norm, lo, hit.start, lex)
    m = mention_before(norm, lo, hit.start, lex)
    if m is not None:
        return m
    return mention_after(norm, hit.end, hi, lex)


def attribute(article: Article, min_confidence: float) -> tuple[Quote, ...]:
    """Every attribution in a parsed article whose confidence is ``min_confidence`` or more.

    The engine behind :func:`newsmetrics.quotes.quotes`, which checks its
    arguments and documents the result.
    """
    lex = lexicon()
    norm = article.norm
    low = norm.lower()
    marks = mark_spans(article)
    # no cue is looked for inside quotation marks: those words need not be read
    word_starts = _cue_word_starts(
        low, lex, [(q.open_mark if q.open_mark >= 0 else q.start, q.close_mark if q.close_mark >= 0 else q.end) for q in marks]
    )
    units = _units(article, marks)
    b = _Builder(article, lex)
    b.low = low
    cues = lex.cues
    cue_re = lex.cue_re
    cue_scan_re = lex.cue_scan_re
    noun_only = lex.noun_only
    noun_cues = lex.noun_cues
    report_drop = lex.report_drop
    para_speaker: dict[int, Mention] = {}
    direct_slots: list[tuple[int, int, bool]] = []
    para_start: dict[int, int] = {}
    paras: list[list[_Unit]] = []
    for unit in units:
        if paras and paras[-1][0].para == unit.para:
            paras[-1].append(unit)
        else:
            paras.append([unit])
    prev_hits: list[_Hit] = []
    prev_para_end = -1
    for p_units in paras:
        para = p_units[0].para
        ps, pe = p_units[0].start, p_units[-1].end
        para_start[para] = ps
        pmarks = [q for u in p_units for q in u.marks]
        bounds = [(q.open_mark if q.open_mark >= 0 else q.start, q.close_mark if q.close_mark >= 0 else q.end) for q in pmarks]
        # cue hits outside quotation marks (capitalised words are names: Post,
        # Planned), except in a title-case line: "Mayor Says Bridge Will Open"
        # (read only at the first capitalised cue: most paragraphs have none)
        title: bool | None = None if pe - ps < 200 else False
        hits: list[_Hit] = []
        noun_hits: list[_Hit] = []
        asked_hits: list[_Hit] = []
        # scan only the stretches outside quotation marks (no cue spans a mark)
        if bounds:
            gaps = []
            cur = ps
            for q0, q1 in bounds:
                if q0 > cur:
                    gaps.append((cur, q0))
                if q1 > cur:
                    cur = q1
            if cur < pe:
                gaps.append((cur, pe))
            if word_starts is not None:
                found = [sp for g0, g1 in gaps for sp in _scan_cue_words(low, g0, g1, word_starts, cue_re)]
            else:
                found = [sp for g0, g1 in gaps for sp in _scan_cues(low, g0, g1, cue_re, cue_scan_re)]
        elif word_starts is not None:
            found = _scan_cue_words(low, ps, pe, word_starts, cue_re)
        else:
            found = _scan_cues(low, ps, pe, cue_re, cue_scan_re)
        support_at: list[int] = []
        for s, e in found:
            if (s > 0 and norm[s - 1] == "-") or (
                norm[s].isupper()
                and low[s:e] not in _CAP_CUES
                and not (
                    (title if title is not None else (title := _title_case(norm, ps, pe)))
                    and _not_a_name(norm, s, e, pe)
                )
            ):
                continue
            g = low[s:e]
            if g in _SUPPORT_NOUNS:
                support_at.append(s)  # "has won the support of": read after the paragraph's cues
            if g in _ANON_CUES and _ANON_RE.match(low, e, e + 60):
                continue  # "who asked not to be named": a source's condition, not speech
            if g == "asked" and (norm[s] == "A" or _ASKED_BEFORE_RE.search(low, max(ps, s - 16), s)):
                asked_hits.append(_Hit(s, e, norm[s:e], cues[g], g in report_drop))  # "Asked about X, she said"
                continue
            if g in noun_cues and _NOUN_PREP_RE.match(norm, e, pe) is not None:
                nh = _Hit(s, e, norm[s:e], cues[g], g in report_drop)
                noun_hits.append(nh)  # "his criticism of": a possessed noun cue
                if g not in noun_only:
                    hits.append(nh)
                continue
            if g in noun_only:
                continue
            if g == "think" and _TANK_RE.match(low, e) is not None:
                continue  # "a think tank": a noun, not a belief
            if g[-2:] == "ly":
                mw = _NEXT_WORD_RE.match(low, e)
                if mw is not None and mw.group(1) in cues:
                    continue  # "has repeatedly called": the verb is the cue, not the adverb
            hits.append(_Hit(s, e, norm[s:e], cues[g], g in report_drop))
        hit_starts = [h.start for h in hits]
        direct_ranges: list[tuple[int, int]] = []
        u_starts = [u.start for u in p_units]
        for idx, q in enumerate(pmarks):
            qs, qe = bounds[idx]
            unit = p_units[bisect.bisect_right(u_starts, qs) - 1]
            us = unit.start
            prev_bound = max(us, bounds[idx - 1][1]) if idx > 0 else us
            next_bound = bounds[idx + 1][0] if idx + 1 < len(bounds) else pe
            pre = norm[prev_bound:qs].rstrip()
            pre_hit = None
            hk = bisect.bisect_left(hit_starts, qs) - 1
            if hk >= 0 and hits[hk].start >= prev_bound:
                pre_hit = hits[hk]
            clause_initial = (
                q.open_mark < 0
                or not pre
                or pre[-1] in ":\u2014-"
                or (
                    pre[-1] == ","
                    and pre_hit is not None
                    and not _THAT_BETWEEN_RE.match(norm, pre_hit.end, qs)
                    and not _CLAUSE_BEFORE_RE.match(norm, pre_hit.end, qs)
                )
                or (pre_hit is not None and not norm[pre_hit.end : qs].strip(" ,:"))
                or (idx > 0 and not pre.strip(" ,.;"))
            )
            if not clause_initial:
                continue
            if qs > ps and q.close_mark >= 0 and norm[q.end - 1] not in ".,!?" and norm.count(" ", q.start, q.end) < 6:
                continue  # a short fragment ('showing "respect" to'): part of a clause, not a direct quote
            if q.close_mark >= 0 and norm[q.end - 1] not in ".,!?":
                mg = _GOES_ON_LOWER_RE.match(low, q.close_mark)
                if mg is not None and mg.group(1) not in lex.pronouns and mg.group(1) not in cues:
                    continue  # '"... no choice" but to lead the ads, says X': the clause goes on
            # direct quote: look for its speaker
            speaker: Mention | None = None
            hit: _Hit | None = None
            cue_before = pre_hit is not None and not pre_hit.used and not norm[pre_hit.end : qs].strip(" ,:")
            if pre_hit is not None and cue_before:
                # X said: "..." / X said, "..."
                speaker = _speaker_for_hit(norm, pre_hit, prev_bound, qs, lex)
                if speaker is not None:
                    hit = pre_hit
                    if idx > 0 and norm[pre_hit.end : qs].strip() == "," and speaker.start > us:
                        # 'The levy is "a tax," she says, "and ...": the part before
                        # the speaker, with its quoted fragment, is hers too
                        fe = norm.rfind(",", max(us, speaker.start - 6), speaker.start)
                        if (
                            fe > us + 1
                            and not norm[fe + 1 : speaker.start].strip(" \"'")
                            and _mark_from(unit.marks, us, fe) is not None
                        ):
                            fq = fe + 1
                            while fq < speaker.start and norm[fq] in "\"'":
                                fq += 1  # with its closing mark
                            _emit(b, us, fq if fq > fe + 1 else fe, pre_hit, speaker, unit, direct_ranges)
            # a quote ending in a full stop ends its sentence: "... done." He added
            ends_sentence = q.close_mark >= 0 and norm[q.end - 1 : q.end] == "."
            ak = bisect.bisect_left(hit_starts, qe)
            # the cues after the quote and before the next one (a slice, not the paragraph's rest)
            after_hits = hits[ak : bisect.bisect_left(hit_starts, next_bound, ak)]
            if ends_sentence and norm[qe : qe + 2].strip()[:1].isupper():
                # a new sentence, unless it is only the attribution: "..." Trump said.
                if not (after_hits and _SHORT_ATTR_RE.fullmatch(norm, qe, after_hits[0].start)
                        and norm[after_hits[0].end : after_hits[0].end + 1] in ".,"):
                    after_hits = []
            if speaker is None:
                # its own variable: mypyc narrows ``speaker`` to None inside
                # this branch and would reject a Mention assigned in the loop
                after_sp: Mention | None = None
                for h in after_hits:
                    if h.start >= next_bound:
                        break
                    if not h.used:
                        gap = norm[qe : h.start]
                        if len(gap) > 200 or _sentence_end_in(norm, qe, h.start, lex):
                            break
                        if gap.strip(" ,.!?"):
                            # "...," Michael McFaul, a senior fellow at ..., said
                            after_sp = mention_before(norm, qe, h.start, lex, reach=200)
                        else:
                            after_sp = mention_after(norm, h.end, next_bound, lex)
                        if after_sp is not None:
                            hit = h
                            break
                if after_sp is None:
                    after_sp = _unknown_verb_speaker(norm, qe, next_bound, lex)
                speaker = after_sp
            if speaker is None and pre_hit is not None and not pre_hit.used:
                tail = norm[pre_hit.end : qs]
                if len(tail) < 80 and not _sentence_end_in(norm, pre_hit.end, qs, lex):
                    speaker = _speaker_for_hit(norm, pre_hit, prev_bound, qs, lex)
                    if speaker is not None:
                        hit = pre_hit
            if speaker is None and pre and pre[-1] == ":":
                speaker = _colon_speaker(norm, prev_bound, prev_bound + len(pre) - 1, lex)
            if speaker is None and q.open_mark == ps and prev_para_end > 0 and norm[prev_para_end - 1] == ":":
                # colon intro in the paragraph before: X said:
                if prev_hits:
                    ch = prev_hits[-1]
                    speaker = _speaker_for_hit(norm, ch, max(0, ch.start - 200), prev_para_end, lex)
                    if speaker is not None:
                        hit = ch
                if speaker is None:
                    speaker = _colon_speaker(norm, max(0, prev_para_end - 200), prev_para_end - 1, lex)
            if (
                hit is None
                and speaker is None
                and pre_hit is not None
                and cue_before
                and pre_hit.info.category == "speech"
                and pre_hit.info.weight >= _KEEP_UNREAD_MIN
                and norm.count(" ", q.start, q.end) >= 4
            ):
                # 'X, ..., said "..."' with a subject we cannot read: still a
                # quotation its cue introduces, so kept, its speaker unknown
                hit = pre_hit
            if hit is not None:
                hit.used = True
            direct_ranges.append((qs, qe))
            direct_slots.append((len(b.out), para, q.continued))
            b.add(qs, qe, "direct", "speech", hit, speaker, 0.9 if speaker else 0.6)
            if speaker is not None:
                para_speaker[para] = speaker
        prev_hits = hits
        prev_para_end = pe
        n_out = len(b.out)
        hi_k = 0
        n_hits = len(hit_starts)
        for unit in p_units:
            us, ue = unit.start, unit.end
            while hi_k < n_hits and hit_starts[hi_k] < us:
                hi_k += 1
            if (hi_k == n_hits or hit_starts[hi_k] >= ue) and norm.find(":", us, min(ue, us + 80)) < 0:
                continue  # no cue and no "Label:" opening: nothing reported here
            k = hi_k
            while k < n_hits and hit_starts[k] < ue and hits[k].used:
                k += 1
            if (k == n_hits or hit_starts[k] >= ue) and norm.find(":", us, ue) < 0:
                continue  # every cue taken by a direct quote, and no colon: _reported would do nothing
            _reported(b, unit, hits, hit_starts, direct_ranges, para_speaker, lex, low)
        if noun_hits:
            _noun_cues(b, hits, noun_hits, ps, pe, n_out, direct_ranges, lex)
        if support_at:
            _support(b, p_units, support_at, n_out, direct_ranges, lex, low)
        for h in asked_hits:
            _asked(b, h, pe, n_out, direct_ranges, lex)
    if low.find("poll") >= 0 or low.find("survey") >= 0:
        _in_poll(b, units, lex, low)
    _fill_direct_speakers(b, direct_slots, para_speaker, para_start)
    # a quotation that no cue and no neighbour attributes is a scare quote, a
    # title or a name: not a quote
    b.out = [r for r in b.out if not (r[2] == "direct" and r[4] is None and r[5] is None)]
    return _finish(b, min_confidence)


_TITLE_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")
_MINOR_WORDS = frozenset("a an the and or but nor of in on at to for by with from as vs into over".split())


_PROSE_WORD_RE = re.compile(r"[ ](?!(?:about|after|against|among|before|between|during|since|through|under|until|while)[ ])[a-z]{5,}")


def _title_case(norm: str, start: int, end: int) -> bool:
    """Tell whether ``norm[start:end]`` is a headline in title case (most words capitalised)."""
    if _PROSE_WORD_RE.search(norm, start, min(end, start + 60)) is not None:
        return False  # a long lower-case word early on: prose (the cheap, common answer)
    words = [w for w in _TITLE_WORD_RE.findall(norm, start, end) if w not in _MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _not_a_name(norm: str, s: int, e: int, after: int) -> bool:
    """Tell whether the capitalised cue ``norm[s:e]`` of a headline is not written capitalised in the text after it.

    "Mayor Says" is a cue, but "Donald Trump Wins" has a name that the
    article goes on to capitalise mid-sentence.
    """
    k = norm.find(" " + norm[s:e], after)
    while k >= 0:
        if not norm[k + 1 + e - s : k + 2 + e - s].isalpha():
            return False
        k = norm.find(" " + norm[s:e], k + 1)
    return True


# A quotation right after a speech cue this reliable is kept when its speaker
# cannot be read ('X, ..., The Ledger, said "..."'); titles and scare quotes
# (one or a few words) are not.
_KEEP_UNREAD_MIN = 0.5


# Verbs that state the terms of an unnamed source, not what it said.
_ANON_CUES = frozenset("asked asking requested spoke speaking declined".split())
_ANON_RE = re.compile(
    r"[ ]+(?:(?:not|that[ ]+(?:he|she|they)[ ]+not)[ ]+(?:to[ ]+)?be[ ]+(?:named|identified|quoted)"
    r"|(?:on|under)[ ]+(?:the[ ]+)?condition[ ]+of[ ]+anonymity|anonymously|for[ ]+anonymity)"
)
# Raising verbs: PolNeAR annotates "X seems to Y" as an attribution without
# a source, its content in two parts (X and "to Y").
_RAISING = frozenset("seem seems seemed appear appears appeared expected look looks looked".split())
_SEEM = frozenset("seem seems seemed appear appears appeared".split())
# hearsay adverbs: the subject is what is reported, not who reports it
_HEARSAY = frozenset("reportedly allegedly supposedly purportedly".split())
# "X seemed weaker", "X appears significant": a predicate, not a reported clause
_PREDICATE_RE = re.compile(r"[ ]+(?:(?:more|less|most|least|very|so|too|quite|rather|somewhat|increasingly|even)[ ]+)?"
                           r"[a-z]+(?:ed|er|ive|ous|ful|less|able|ible|al|ic|ent|ant|ary|ory|ing|y|ly)\b")
_SHORT_ATTR_RE = re.compile(r"[ ]+(?:[A-Z][\w.'-]*[ ]+){1,4}")
# The word boundary is a look-behind after the first letter, so the engine
# only tries the auxiliaries' first letters: the same matches as r"\b(?:was|...)".
_PASSIVE_RE = re.compile(
    r"(?:w(?<!\w.)(?:as|ere)|b(?<!\w.)e(?:en|ing)?|i(?<!\w.)s|a(?<!\w.)re|g(?<!\w.)(?:et|ot))[ ]+(?:[a-z]+ly[ ]+)?$"
)
_PERFECT_PASSIVE_RE = re.compile(r"\b(?:have|has|had)[ ]+(?:not[ ]+|never[ ]+|yet[ ]+)?been[ ]+$")
_TITLE_CASE_RE = re.compile(r"[\"']*(?:the |a )?(?:[A-Z0-9][\w'-]*[ ]?)+[\"'.,!?]*$")
_INVERTED_RE = re.compile(r"[,!?]?[ ]+([a-z]+(?:ed|s))[ ]+(?=[A-Z])")
_SUBJECT_VERB_RE = re.compile(
    r"[,!?]?[ ]+((?:[A-Z][\w'.-]*[ ]+){0,3}[A-Z][\w'-]*|he|she|they|we|I)[ ]+[a-z]+(?:ed|s)\b(?=[ ]*[,.;])"
)


_COMMA_SUBJECT_VERB_RE = re.compile(
    r"[ ]+((?:[A-Z][\w'.-]*[ ]+){0,3}[A-Z][\w'-]*|he|she|they|we|I)[ ]+(?:[a-z]+ly[ ]+)?[a-z]{3,}\b"
)


def _unknown_verb_speaker(norm: str, qe: int, hi: int, lex: Lexicon) -> Mention | None:
    """Speaker after a quote whose verb is not in the lexicon: ``," beamed X``."""
    m = _INVERTED_RE.match(norm, qe, hi)
    if m is not None:
        return mention_after(norm, m.end(1), hi, lex)
    m = _SUBJECT_VERB_RE.match(norm, qe, hi)
    if m is None and qe >= 2 and norm[qe - 2] in ",?!":
        # '"...," Trump barked and ...' / '"...," Trump went on': a quote ending in a
        # comma goes on with its attribution, whatever the verb
        m = _COMMA_SUBJECT_VERB_RE.match(norm, qe, hi)
    if m is not None:
        kind = "name" if m.group(1)[0].isupper() and m.group(1) != "I" else "pronoun"
        return Mention(m.start(1), m.end(1), kind, None)
    return None


def _colon_speaker(norm: str, lo: int, colon: int, lex: Lexicon) -> Mention | None:
    """Speaker of a colon intro without a known cue: ``Article 33 affirms:``."""
    k = colon
    while k > lo and norm[k - 1] == " ":
        k -= 1
    if k > lo and norm[k - 1] == ")":
        p = norm.rfind("(", max(lo, k - 30), k)
        if p > lo:
            k = p  # "Rep. Trey Gowdy (R-S.C.): "
            while k > lo and norm[k - 1] == " ":
                k -= 1
    w = k
    while w > lo and (norm[w - 1].isalnum() or norm[w - 1] in "'-"):
        w -= 1
    if w == k:
        return None
    if norm[w].isupper():
        return Mention(*_name_ending(norm, lo, w, k, lex))
    sp = mention_before(norm, lo, w, lex)
    if sp is None:
        mv = _MADE_STATEMENT_RE.search(norm, max(lo, w - 80), w)
        if mv is not None:
            # "Sanders made the following comment:": the subject of the verb
            kind = "pronoun" if norm[mv.start(1)].islower() else "name"
            return Mention(mv.start(1), mv.end(1), kind, None)
    return sp


# A subject, a verb and a determined noun before a colon: "Ann Roe issued this statement:".
_MADE_STATEMENT_RE = re.compile(
    r"(?<![\w.])((?:[A-Z][\w'.-]*[ ]){0,3}[A-Z][\w'-]*|he|she|they|we)[ ]+[a-z]+[ ]+"
    r"(?:the|this|these|a|an|his|her|their|its)[ ]+(?:[a-z]+[ ]+){0,2}$"
)


def _name_ending(
    norm: str, lo: int, w: int, k: int, lex: Lexicon
) -> tuple[int, int, str, None]:
    """The capitalised run that ends at ``k`` (its last word starts at ``w``)."""
    start = w
    j = w
    while j > lo:
        i = j - 1
        while i > lo and norm[i - 1] == " ":
            i -= 1
        e = i
        while i > lo and (norm[i - 1].isalnum() or norm[i - 1] in "'.-"):
            i -= 1
        word = norm[i:e]
        if not word or not (word[0].isupper() or word.lower() in ("of", "and", "the")):
            break
        if word.lower() in lex.stop and word[0].isupper():
            break
        start = i
        j = i
    return (start, k, "name", None)


# After "..., said X," a relative clause or an appositive describes X: it is not what X said.
_NOT_CONTENT_RE = re.compile(r"[ ]*(?:who|whose|whom|which|a|an)\b")
# a relative clause right after an inverted speaker: the speaker's, not new content
_RELATIVE_AFTER_RE = re.compile(r"[ ]+(?:who|whose|whom)[ ]")


_PREP_AFTER_RE = re.compile(r"[ ]+(?:in|on|at|to|during|with|from|through|by)[ ]")
_MADE_CLEAR_RE = re.compile(r"(?<![\w'])(?:made|makes|make|making)[ ]+(?:it[ ]+|this[ ]+|that[ ]+)?(?:very[ ]+|quite[ ]+|abundantly[ ]+)?$")


_MAIN_MIN = 0.3  # the main verb after a relative clause: a cue at least this reliable


_NEXT_WORD_RE = re.compile(r"[ ]+([a-z]+)")


# A cue whose subject is not right before it ("X, a senator from Vermont and
# self-described socialist, said", "X - including A, B and C - said") takes the
# subject of its clause when it is at least this reliable (tuned on train).
_FALLBACK_MIN = 0.5
_FALLBACK_BELIEF = 0.6
_PASSIVE_PARTS = 2  # 1: only "X was criticized by Y"; 2: also the two sourceless parts
_HEARERS = frozenset("ask tell urge warn inform remind advise assure".split())
_AUX_RE = re.compile(r"(?:was|were|is|are|be|been|being|get|got)[ ]+(?:[a-z]+ly[ ]+)?$")


def _passive(b: _Builder, h: _Hit, unit: _Unit, lex: Lexicon, direct_ranges: list[tuple[int, int]]) -> None:
    """A passive cue: "X was criticized by Y" (X, Y's) or "X was named Z" (X and Z, no source)."""
    norm = b.norm
    us, ue = unit.start, unit.end
    ma = _AUX_RE.search(norm, max(us, h.start - 16), h.start)
    if ma is None:
        return
    subj = mention_before(norm, us, ma.start(), lex)
    if subj is None or _is_relative(norm, subj) or norm[subj.start : subj.end].lower() == "it":
        return
    if norm.startswith(" by ", h.end):
        agent = mention_after(norm, h.end + 4, ue, lex)
        if agent is not None:
            h.used = True
            _emit(b, subj.start, subj.end, h, agent, unit, direct_ranges)
        return
    if _PASSIVE_PARTS < 2:
        return
    cs = h.end
    ce = _content_end(norm, cs, min(ue, cs + _MAX_CONTENT), unit.marks)
    if _mark_from(unit.marks, cs, ce) is not None:
        return  # 'was described as "a disaster"': left to the quotation
    h.used = True
    _emit(b, subj.start, subj.end, h, None, unit, direct_ranges)
    if ce - cs >= 3:
        _emit(b, cs, ce, h, None, unit, direct_ranges)


def _first_after(norm: str, i: int, end: int) -> str:
    """The first character of ``norm[i:end]`` that is not a space or a full stop, or ``""``.

    (What ``norm[i:end].strip(" .!?")[:1]`` gives, without copying the rest of a
    long unit once per cue.)
    """
    while i < end and norm[i] in " .!?":
        i += 1
    return norm[i] if i < end else ""


def _subject_before(norm: str, us: int, h: _Hit, lex: Lexicon) -> Mention | None:
    """``mention_before(norm, us, h.start)``, looked up once per cue."""
    fwd = h.fwd
    if fwd is False:
        fwd = h.fwd = mention_before(norm, us, h.start, lex)
    return fwd  # type: ignore[return-value]


def _reported(
    b: _Builder,
    unit: _Unit,
    all_hits: list[_Hit],
    hit_starts: list[int],
    direct_ranges: list[tuple[int, int]],
    para_speaker: dict[int, Mention],
    lex: Lexicon,
    low: str,
) -> None:
    """Reported speech in one unit: every cue not used by a direct quote."""
    norm = b.norm
    us, ue = unit.start, unit.end
    h0, h1 = bisect.bisect_left(hit_starts, us), bisect.bisect_left(hit_starts, ue)
    hits = all_hits[h0:h1]
    starts = hit_starts[h0:h1]
    covered = -1  # end of the last reported clause: no attribution nests in another
    blocked = (-1, -1)  # content of the unit's final cue: "A, B and C, X said."
    # the unit's last speech cue goes first, so a final "..., X said." is not
    # swallowed by a belief cue inside its content
    order = [(h, False) for h in hits]
    if hits and hits[-1].info.category == "speech":
        order.insert(0, (hits[-1], True))
    # a label needs its colon: most units have none, so skip the match
    colon = norm.find(":", us, ue)
    ml = _LABEL_RE.match(norm, us, ue) if colon >= 0 else None
    if ml is None and 0 < colon - us < 80 and ue - us < 200 and _title_case(norm, us, ue):
        # a headline: "Ann Roe Hits Back at Board: 'We Were Never Asked.'"
        ml = _TITLE_LABEL_RE.match(norm, us, ue)
    if (
        ml is not None
        and len(ml.group(1)) > 1  # "Q: ..." / "A: ...": an interview's turns, not a named source
        and ml.group(1).split()[-1].lower() not in lex.stop
        and norm[ml.end() : ml.end() + 1] != '"'
    ):
        # "Poll: Trump leads in Iowa" / "KATE BOLDUAN: Why not debate?"
        topic = norm.find(" on ", ml.start(1), ml.end(1))  # "Obama on Climate: ...": Obama's
        label = Mention(ml.start(1), topic if topic > ml.start(1) else ml.end(1), "name", None)
        cs, ce = ml.end(), _content_end(norm, ml.end(), ue, unit.marks)
        if ce - cs > 8:
            _emit_plain(b, cs, ce, unit, label, direct_ranges)
            covered = ue
    for h, final_only in order:
        if h.used or h.start < covered or blocked[0] <= h.start < blocked[1]:
            continue
        info = h.info
        if info.lemma == "according to":
            sp = mention_after(norm, h.end, ue, lex)
            if sp is None:
                continue
            # Content before the cue is looked for within a bounded window, so
            # that a sentence with thousands of cues stays linear.
            lo = max(us, h.start - _MAX_BEFORE)
            ls = max(lo, norm.rfind(":", lo, h.start) + 1, norm.rfind(";", lo, h.start) + 1)
            before = norm[ls : h.start].strip(" ,\u2014-")
            if before and len(before) > 12 and (len(before.split(None, 5)) <= 4 or _opener_only(norm, ls, h.start)):
                comma = norm.find(",", sp.end, ue)
                if comma > 0 and ue - comma > 12:
                    before = ""  # "Since last November, according to X, ...": the content follows
            if before and len(before) > 12:
                if covered > us:
                    covered = max(covered, sp.end)
                    continue  # "X said A, according to a memo": one attribution, X's
                cs, ce = ls, h.start
            else:
                comma = norm.find(",", sp.end, ue)
                if comma < 0:
                    continue
                cs, ce = comma + 1, ue
                while ce > cs and (norm[ce - 1] in _TERMINATORS or norm[ce - 1].isspace()):
                    ce -= 1  # no final full stop
            h.used = True
            _emit(b, cs, ce, h, sp, unit, direct_ranges)
            covered = max(covered, sp.end if ce <= h.start else ce)
            if not _is_relative(norm, sp):
                para_speaker[unit.para] = sp
            continue
        if " " in info.lemma:
            continue  # "in a statement" only qualifies another cue
        if not h.text.endswith("ing") and _PASSIVE_RE.search(norm, max(us, h.start - 12), h.start) and (
            info.category == "speech" or (h.text not in _RAISING and _PERFECT_PASSIVE_RE.search(norm, max(us, h.start - 20), h.start) and not norm.startswith(" by ", h.end))
        ):
            # "was asked", "were told", "have not been signed" (not "is telling"): the subject did not speak
            if _PASSIVE_PARTS and info.lemma not in _HEARERS:
                _passive(b, h, unit, lex, direct_ranges)
            continue
        # final cue: "..., X said." / "..., said X."
        # a unit's final cue is read twice (first as a final cue); a final-cue
        # reading that emitted nothing the first time emits nothing again
        if not h.final_tried:
            comma = norm.rfind(",", max(us, h.start - 400), h.start)
            fwd: Mention | None = None
            if comma >= 0 and h.start - comma >= 140:
                comma = -1  # too far for a final cue: "..., X said" has its subject next to it
            if comma >= 0 and comma + 1 < h.start and norm[comma + 1 : h.start].strip(" \"'"):
                # a subject between the comma and the cue: a final cue only if nothing follows it
                rest0 = _first_after(norm, h.end, ue)
                if rest0 and rest0 != "," and _CONTENT_SKIP_RE.match(low, h.end, ue) is None:
                    comma = -1
            if comma >= 0:
                fwd = _subject_before(norm, us, h, lex)
                if fwd is not None and fwd.appositive is not None:
                    comma = -1  # Tom Reyes, a former pilot, said ...
            between = norm[comma + 1 : h.start].strip(" \"'") if comma >= 0 else ""
            sp_before = None
            if 0 <= comma and h.start - comma < 140:
                sp_before = (
                    fwd if fwd is None or fwd.start > comma else mention_before(norm, comma + 1, h.start, lex)
                )
            rest_start = h.end
            sp_after = None
            if comma >= 0 and (not between.strip() or (sp_before is not None and sp_before.start >= comma)):
                if not between.strip():
                    # inverted: "..., said the mayor." (never "..., accusing the mayor of ...")
                    sp_after = mention_after(norm, h.end, ue, lex)
                    if sp_after is not None:
                        rest_start = sp_after.end
                rest = _first_after(norm, rest_start, ue)  # the first character that is not " .!?"
                ms = _CONTENT_SKIP_RE.match(low, rest_start, ue)
                if sp_after is not None and rest and _RELATIVE_AFTER_RE.match(norm, rest_start, ue):
                    rest = ""  # '"...," said one official who asked not to be named.'
                if not rest or rest == "," or (ms is not None and not _first_after(norm, ms.end(), ue)):
                    sp = sp_before if sp_before is not None and sp_before.start >= comma else sp_after
                    if sp is not None and (comma - us > 10 or (comma - us > 1 and rest == ",")):
                        h.used = True
                        _emit(b, max(us, comma - _MAX_CONTENT), comma, h, sp, unit, direct_ranges)
                        blocked = (max(us, comma - _MAX_CONTENT), comma)
                        if not _is_relative(norm, sp):
                            para_speaker[unit.para] = sp
                        if rest == ",":
                            # interjected: "In May, she said, the talks stalled": both parts
                            cs2 = norm.index(",", rest_start) + 1
                            ce2 = _content_end(norm, cs2, min(ue, cs2 + _MAX_CONTENT), unit.marks)
                            if ce2 - cs2 > 8 and not _NOT_CONTENT_RE.match(norm, cs2, ce2):
                                _emit(b, cs2, ce2, h, sp, unit, direct_ranges)
                                covered = ce2
                        continue
            h.final_tried = True
        if final_only:
            continue
        # forward cue: "X said (that) ..."
        if info.category != "speech" and (info.weight < 0.3 or norm.startswith(" by ", h.end)):
            continue  # weak, or a passive: "a memo seen by reporters"
        if (
            _COORD_BEFORE_RE.search(norm, max(us, h.start - 20), h.start)
            and (h.text.endswith("ing") or norm[h.start - 2 : h.start] != ", ")
        ) or (h.text.endswith("ing") and _MARK_COMMA_RE.search(norm, max(us, h.start - 6), h.start)):
            # '...," he said, referring to ...': the speaker of the verb before
            sp = _participle_speaker(norm, us, h, lex) if h.text.endswith("ing") else None
            if sp is None:
                sp = _clause_subject(norm, us, h.start, lex)  # ", saying", "and said"
        else:
            sp = _subject_before(norm, us, h, lex)  # looked up once per cue
            if sp is None and info.category == "speech" and _TO_VERB_RE.search(norm, max(us, h.start - 30), h.start):
                sp = _clause_subject(norm, us, h.start, lex)  # "He went on to say ..."
            if sp is None and info.weight >= (_FALLBACK_MIN if info.category == "speech" else _FALLBACK_BELIEF):
                # "Many speakers at the service - including ... - said": the clause subject
                sp = _clause_subject(norm, us, h.start, lex)
            if h.text == "clear" and (sp is None or sp.kind == "pronoun"):
                mk = _MADE_CLEAR_RE.search(norm, max(us, h.start - 16), h.start)
                if mk is not None:
                    sp = mention_before(norm, us, mk.start(), lex) or sp  # "Obama made (it) clear that"
                    if (
                        sp is not None
                        and _PREP_AFTER_RE.match(norm, h.end)
                        and norm.find(" that ", h.end, min(ue, h.end + 100)) < 0
                    ):
                        continue  # no reported clause: "made clear in her film"
        if sp is None:
            if h.text in _EVENT_NOUNS or not _adjective_before(norm, us, h.start):
                continue
            # "has faced sharp criticism for": an attribution without a named source
        elif h.text in lex.noun_cues and norm.endswith("'s", sp.start, sp.end):
            continue  # "Grant's call for": a noun cue, below
        cs = h.end
        if info.lemma in ("tell", "ask", "urge", "warn") or h.text in _OBJ_VERBS:
            mt = _THAT_RE.match(norm, cs, ue)
            if mt is not None:
                cs = mt.end() - 4
            else:
                ob = mention_after(norm, cs, ue, lex)
                if ob is not None:
                    cs = ob.end
        else:
            mt = _TALLY_RE.match(norm, cs, ue)
            if mt is not None:
                cs = mt.end()  # "voted 7-2 on Tuesday to ..."
            ms = _CONTENT_SKIP_RE.match(low, cs, ue)
            if ms is not None:
                cs = ms.end()
        ce = _content_end(norm, cs, min(ue, cs + _MAX_CONTENT), unit.marks)
        if sp is not None and norm[sp.start : sp.end] == "who":
            # "Ann Roe, a farmer who voted for X, said Y": the relative clause
            # ends at the main verb, whose subject is the noun phrase before it
            for j in range(bisect.bisect_right(starts, cs), len(hits)):  # no slice: linear
                h2 = hits[j]
                if h2.used:
                    continue
                if h2.start >= ce or h2.start - cs > 150:
                    break
                if h2.text.endswith("ing") or h2.info.weight < _MAIN_MIN:
                    continue
                if norm[h2.start - 2 : h2.start] != ", ":
                    continue
                ante = mention_before(norm, us, h2.start, lex)
                if ante is None or ante.kind == "pronoun":
                    break
                ce = _content_end(norm, cs, h2.start, unit.marks)
                h2.fwd = ante
                break
        # a coordinated second cue ends the clause: "A said X, and B said Y"
        for j in range(bisect.bisect_right(starts, cs), len(hits)):
            h2 = hits[j]
            if h2.start >= ce:
                break
            if not _COORD_HINT_RE.search(norm, max(cs, h2.start - 90), h2.start):
                break  # no coordinator before the second cue: it is inside the content
            m2 = mention_before(norm, cs, h2.start, lex)
            if m2 is None and h2.info.category != "speech":
                break  # "she was tired and wanted ...": one content
            cut = _COORD_END_RE.search(norm, cs, m2.start if m2 is not None else h2.start)
            if cut is not None:
                ce = _content_end(norm, cs, cut.start(), unit.marks)
            elif m2 is not None and m2.kind != "np":
                # "she said A, at the town hall this week she said B": the last comma
                comma = norm.rfind(",", cs, m2.start)
                if comma > cs and _mark_holding(unit.marks, comma) is None:
                    ce = _content_end(norm, cs, comma, unit.marks)
            break
        if ce - cs < 8:
            continue
        h.used = True
        covered = ce
        if sp is None or (h.text in _SEEM and norm[sp.start : sp.end].lower() == "it"):
            # "It seems unfair to ...", "it appeared that ...": the expletive is no source
            _emit(b, cs, ce, h, None, unit, direct_ranges)
            continue
        if h.text in _HEARSAY or (h.text in _RAISING and (
            (norm[cs : cs + 5].lstrip().startswith("to ") and (
                h.text != "expected" or _PASSIVE_RE.search(norm, max(us, h.start - 12), h.start)
            ))
            or (h.text in _SEEM and _PREDICATE_RE.match(norm, cs, ue) is not None)
        )):
            # "X seems to ...", "X is expected to ...", "X reportedly plans ...": a
            # sourceless attribution whose content is the subject and the predicate
            _emit(b, sp.start, sp.end, h, None, unit, direct_ranges)
            _emit(b, cs, ce, h, None, unit, direct_ranges)
            continue
        _emit(b, cs, ce, h, sp, unit, direct_ranges)
        if not _is_relative(norm, sp):
            para_speaker[unit.para] = sp


# A noun cue's complement: "his criticism of [the plan]", "Trump's call for [a ban]".
_FIRST_WORD_RE = re.compile(r"[a-z]+\b")
_NOUN_PREP_RE = re.compile(r"[ ]+(?:of|for|to|on|against|about|with)[ ]+(?=[\w$])")
_POSSESSOR_RE = re.compile(
    r"(?:^|[ (\"])(his|her|their|its|our|my|(?:[A-Z][\w.-]*[ ]){0,3}[A-Z][\w.-]*(?='s[ ]))(?:'s)?[ ]+"
    r"(?:[a-z]+[ ]+)?$"
)
_NP_END_RE = re.compile(
    r"[,;:!?()\u2014]|[.][\"']*(?:\s|$)|[ ]-{1,2}[ ]|[ ](?:who|whom|which|that|because|when|while|but|as|after|"
    r"before|since|if|until|during|amid|despite)[ ]"
)


# "Asked", "when asked", "was asked": a question put to the subject; PolNeAR
# annotates the question as an attribution whose source is the asker (often unnamed).
_CAP_CUES = frozenset({"according to", "asked"})
_ASKED_BEFORE_RE = re.compile(r"\b(?:when|was|were|been|being|is|are|if|after|before|while)[ ]+$")
# A word of a modifier ends at a word boundary (the look-ahead), so that no
# word can be cut into pieces to feed the repetition (that made the match
# polynomial in the word's length), and a window holding more than
# _ASKED_MAX_MODIFIERS modifier words is not read at all (each one may open a
# modifier or continue the last: the choices double with each).
_ASKED_WHEN = "on|in|at|during|last|this|earlier|again|repeatedly|later|recently"  # "asked on Monday"
_ASKED_RE = re.compile(
    rf"((?:[ ]+(?:by[ ]+(?:[\w.'-]+(?![\w.'-])[ ]?){{1,4}}?|(?:{_ASKED_WHEN})[ ]+(?:[\w.'-]+(?![\w.'-])[ ]?){{0,4}}?))*?)"
    r"[ ,]+(?:about[ ]+|(?=(?:whether|if|why|how|what|who|whom|when|where|which|to)[ ]))"
)
# the words that open a modifier of _ASKED_RE
_ASKED_MODIFIER_RE = re.compile(rf"[ ](?:by|{_ASKED_WHEN})(?=[ ])")
_ASKED_MAX_MODIFIERS = 6


def _asked(
    b: _Builder, h: _Hit, pe: int, n_out: int, direct_ranges: list[tuple[int, int]], lex: Lexicon
) -> None:
    """The question in ``Asked about the deal, she said ...``; its source is the asker."""
    norm = b.norm
    hi = min(pe, h.end + 90)
    if len(_ASKED_MODIFIER_RE.findall(norm, h.end, hi)) > _ASKED_MAX_MODIFIERS:
        return  # not a question put to someone: a run of prepositions
    m = _ASKED_RE.match(norm, h.end, hi)
    if m is None:
        return
    cs = m.end()
    ce = _content_end(norm, cs, min(pe, cs + 400), [])
    comma = norm.find(",", cs, ce)
    if comma > 0:
        ce = comma
    colon = norm.find(":", cs, ce)
    if colon > 0:
        ce = colon
    if ce - cs < 3 or any(r[0] < ce and cs < r[1] for r in b.out[n_out:]):
        return
    sp = None
    by = m.group(1).find(" by ")
    if by >= 0:
        sp = mention_after(norm, m.start(1) + by + 4, cs, lex)
    h.used = True
    _emit(b, cs, ce, h, sp, _Unit(cs, ce, -1), direct_ranges)


def _noun_cues(
    b: _Builder,
    hits: list[_Hit],
    noun_hits: list[_Hit],
    ps: int,
    pe: int,
    n_out: int,
    direct_ranges: list[tuple[int, int]],
    lex: Lexicon,
) -> None:
    """Attributions a possessed noun opens: ``his criticism of the plan``."""
    norm = b.norm
    taken = [(r[0], r[1]) for r in b.out[n_out:]]
    for h in noun_hits:
        mp = _NOUN_PREP_RE.match(norm, h.end, pe)
        if mp is None or h.used:
            continue
        mo = _POSSESSOR_RE.search(norm, max(ps, h.start - 60), h.start)
        if mo is None:
            continue
        who = mo.group(1)
        if who.lower() in lex.stop and who.lower() not in lex.pronouns and who.lower() not in ("his", "their", "its", "our", "my"):
            continue
        cs = mp.end()
        first = _FIRST_WORD_RE.match(norm, cs)
        if norm.startswith("to", mp.start() + 1, cs) and first is not None and first.group() not in lex.stop and first.group() not in lex.determiners:
            ce = _content_end(norm, cs, min(pe, cs + _MAX_CONTENT), [])  # "his plan to boycott the debate ..."
        else:
            me = _NP_END_RE.search(norm, cs, min(pe, cs + 160))
            ce = me.start() if me is not None else min(pe, cs + 160)
            nxt = next((x.start for x in hits if cs < x.start < ce), ce)
            ce = nxt - 1 if nxt < ce else ce  # "his call for a vote angered ..."
        if ce - cs < 3 or any(s < ce and cs < e for s, e in taken):
            continue
        kind = "pronoun" if who[0].islower() else "name"
        sp = Mention(mo.start(1), mo.end(1), kind, None)
        h.used = True
        unit = _Unit(ps, pe, -1)
        _emit(b, cs, ce, h, sp, unit, direct_ranges)
        taken.append((cs, ce))


# "X has won the support of Y", "X drew sharp criticism from Y": X is what Y
# supports or criticises (PolNeAR's content), Y the source.
_SUPPORT_NOUNS = frozenset(("support", "backing", "endorsement", "endorsements", "criticism", "praise"))
# the noun (found by the cue scan) with its preposition, then the verb before it
_SUPPORT_NOUN_RE = re.compile(
    "(?:" + "|".join(sorted(_SUPPORT_NOUNS, key=lambda w: (-len(w), w))) + r")[ ]+(?:of|from)[ ]+"
)
_SUPPORT_VERB_RE = re.compile(
    r"(?<![\w'])(?:won|wins|win|earned|earns|received|receives|picked[ ]up|picks[ ]up|has|had|have|got|gets|"
    r"gained|gains|garnered|secured|enjoys|enjoyed|enjoy|drew|draws|draw|attracted|attracts)[ ]+(?:the[ ]+|an?[ ]+|"
    r"his[ ]+|her[ ]+|their[ ]+|its[ ]+)?(?:[a-z]+[ ]+){0,2}?$"
)


def _support(
    b: _Builder,
    p_units: list[_Unit],
    support_at: list[int],
    n_out: int,
    direct_ranges: list[tuple[int, int]],
    lex: Lexicon,
    low: str,
) -> None:
    """Attributions a received-support phrase opens: ``Rubio has won the support of governors``."""
    norm = b.norm
    taken = sorted((r[0], r[1]) for r in b.out[n_out:])  # once: a bisect per match keeps this linear
    u_starts = [u.start for u in p_units]
    for s in support_at:
        mn = _SUPPORT_NOUN_RE.match(low, s)
        if mn is None:
            continue
        unit = p_units[bisect.bisect_right(u_starts, s) - 1]
        m = _SUPPORT_VERB_RE.search(low, max(unit.start, s - 60), s)
        if m is None:
            continue
        subj = mention_before(norm, unit.start, m.start(), lex)
        agent = mention_after(norm, mn.end(), unit.end, lex)
        if subj is None or agent is None or _is_relative(norm, subj):
            continue
        k = bisect.bisect_left(taken, (subj.end, subj.end))
        if any(s0 < subj.end and subj.start < e0 for s0, e0 in taken[max(0, k - 2) : k + 1]):
            continue
        ce = mn.end() - 1
        while norm[ce - 1] == " ":
            ce -= 1
        hit = _Hit(m.start(), ce, norm[m.start() : ce], CueInfo("support", "belief", 0.6))
        _emit(b, subj.start, subj.end, hit, agent, unit, direct_ranges)


# "In a Register poll last month, Cruz led": the poll is the source of the
# clause after it (PolNeAR annotates polls as attributions). Tried and dropped:
# the same after the clause ("Cruz leads in the latest poll"), too often a place.
_IN_POLL_RE = re.compile(r"(?<![\w'])in[ ]+(?:(?:a|an|the|its|their|this|that|his|her|new|latest|recent)[ ]+)?[^,.;:!?\"\n]{0,70}?(?:polls?|surveys?)\b")
_POLL_NP_END_RE = re.compile(r"[,;:!?()\u2014]|[.][\"']*(?:\s|$)|[ ](?:that|which|who|and|but|ahead|after|before|while|as)[ ]")


def _in_poll(b: _Builder, units: list[_Unit], lex: Lexicon, low: str) -> None:
    """A clause after an opening poll phrase: ``In a Register poll last month, Cruz led``."""
    del lex
    norm = b.norm
    taken = sorted((r[0], r[1]) for r in b.out)
    starts = [u.start for u in units]
    found: list[int] = []
    for word in ("poll", "survey"):  # each word's occurrences once: linear
        p = low.find(word)
        while p >= 0:
            found.append(p)
            p = low.find(word, p + len(word))
    for p in sorted(found):
        k = bisect.bisect_right(starts, p) - 1
        if k < 0:
            continue
        unit = units[k]
        if p - unit.start > 90:
            continue  # the phrase opens the unit
        st = unit.start
        while st < p and norm[st] in " \"'(":
            st += 1
        m = _IN_POLL_RE.match(low, st, p + 8)
        if m is None or not (m.start() <= p < m.end()):
            continue
        me = _POLL_NP_END_RE.search(norm, m.end(), min(unit.end, m.end() + 80))
        if me is None or norm[me.start()] != ",":
            continue
        np_s = m.start() + 3
        while np_s < m.end() and norm[np_s] == " ":
            np_s += 1
        cs = me.start() + 1
        ce = _content_end(norm, cs, min(unit.end, cs + _MAX_CONTENT), unit.marks)
        cs, ce = _trim(norm, cs, ce)
        if ce - cs < 8:
            continue
        j = bisect.bisect_left(taken, (ce, ce))
        if any(s0 < ce and cs < e0 for s0, e0 in taken[max(0, j - 3) : j + 1]):
            continue
        hit = _Hit(m.start(), m.start() + 2, norm[m.start() : m.start() + 2], CueInfo("in", "belief", 0.6))
        _emit(b, cs, ce, hit, Mention(np_s, me.start(), "np", None), unit, [])
        bisect.insort(taken, (cs, ce))


def _fill_direct_speakers(
    b: _Builder,
    slots: list[tuple[int, int, bool]],
    para_speaker: dict[int, Mention],
    para_start: dict[int, int],
) -> None:
    """Give direct quotes without a cue the speaker of their neighbours.

    ``"A," she said. "B."``: B is hers, and so it is when the attribution
    before is reported speech with a quoted fragment (``The plan is "a
    disaster," Roe said. "B."``). A quote alone in its paragraph takes
    the last speaker of the paragraph before (the newspaper convention for a
    quote that goes on after its attribution).
    """
    out = b.out
    # reported speech with a speaker, by where it ends (one bisect per quote: linear), built when needed
    rep: list[tuple[int, int, _Hit | None, Mention | None]] | None = None
    rep_ends: list[int] = []
    by_para: dict[int, list[int]] = {}
    for idx, para, _ in slots:
        by_para.setdefault(para, []).append(idx)
    for para, same in by_para.items():
        # nearest speaker before each quote of the paragraph, then after it
        found: list[tuple[_Hit | None, Mention | None] | None] = [None] * len(same)
        last: tuple[_Hit | None, Mention | None] | None = None
        for pos, idx in enumerate(same):
            if out[idx][5] is not None:
                last = (out[idx][4], out[idx][5])
            else:
                found[pos] = last
        nxt: tuple[_Hit | None, Mention | None] | None = None
        for pos in range(len(same) - 1, -1, -1):
            idx = same[pos]
            if out[idx][5] is not None:
                nxt = (out[idx][4], out[idx][5])
            elif found[pos] is None:
                found[pos] = nxt
        prev = para_speaker.get(para - 1)
        ps = para_start[para]
        for pos, idx in enumerate(same):
            if out[idx][5] is not None:
                continue
            f = found[pos]
            if f is None:
                # reported speech before it in the paragraph: 'X is "a," Roe said. "B."'
                if rep is None:
                    rep = sorted(
                        ((r[1], r[0], r[4], r[5]) for r in out if r[5] is not None and r[2] != "direct"),
                        key=_START_END,
                    )
                    rep_ends = [r[0] for r in rep]
                rk = bisect.bisect_right(rep_ends, out[idx][0]) - 1
                if rk >= 0 and rep[rk][1] >= ps:
                    f = (rep[rk][2], rep[rk][3])
            if f is None and prev is not None:
                f = (None, prev)
            if f is not None:
                s, e, k, c, _, _, conf = out[idx]
                out[idx] = (s, e, k, c, f[0], f[1], conf)



def _is_relative(norm: str, sp: Mention) -> bool:
    """Tell whether a mention is a relative pronoun (``who``): no speaker for what follows."""
    return sp.kind == "pronoun" and norm[sp.start : sp.end].lower() in ("who", "which", "that", "whom")


# A paragraph opening with a short capitalised label and a colon.
_TITLE_LABEL_RE = re.compile(r"([A-Z][^:\n]*[\w.)]):[ ]+(?=['A-Z0-9])")
_LABEL_RE = re.compile(r"((?:[A-Z][\w.'-]*[ ]){0,3}[A-Z][\w.'-]*):[ ]+(?=[A-Z0-9])")


def _emit_plain(
    b: _Builder, start: int, end: int, unit: _Unit, sp: Mention, direct_ranges: list[tuple[int, int]]
) -> None:
    """Emit an attribution that has no cue word (a label and a colon)."""
    start, end = _trim(b.norm, start, end)
    k = bisect.bisect_left(direct_ranges, (start, start))
    for ds, de in direct_ranges[max(0, k - 1) : k + 2]:
        if min(end, de) - max(start, ds) > 0:
            return
    kind: QuoteKind = "mixed" if _mark_from(unit.marks, start, end) is not None else "indirect"
    b.add(start, end, kind, "speech", None, sp, 0.5)


def _emit(
    b: _Builder,
    start: int,
    end: int,
    hit: _Hit,
    sp: Mention | None,
    unit: _Unit,
    direct_ranges: list[tuple[int, int]],
) -> None:
    norm = b.norm
    start, end = _trim(norm, start, end)
    if end - start < 3 or hit.drop:
        return
    # the content is a direct quote already found: nothing new
    k = bisect.bisect_left(direct_ranges, (start, start))
    for ds, de in direct_ranges[max(0, k - 1) : k + 2]:
        ov = min(end, de) - max(start, ds)
        if ov > 0 and ov >= 0.6 * (end - start):
            return
    kind: QuoteKind = "indirect"
    q = _mark_from(unit.marks, start, end) if unit.marks else None
    if q is not None:
        kind = "mixed"
        if hit.info.lemma in ("call", "name", "dub", "nickname") and _TITLE_CASE_RE.match(norm, q.start, q.end):
            return  # a nickname: they call the pier "the Elbow"
    category: QuoteCategory = "speech" if hit.info.category == "speech" else "belief"
    # b.add without the call: end > start holds here
    b.out.append((start, end, kind, category, hit, sp, min(1.0, 0.4 + hit.info.weight / 2)))


_START_END = operator.itemgetter(0, 1)


def _finish(b: _Builder, min_confidence: float) -> tuple[Quote, ...]:
    """Resolve speakers and build the Quote objects."""
    from newsmetrics._resolve import Resolver, new_cue, new_quote

    text = b.text
    norm = b.norm
    resolver = Resolver(b.article, b.lex)
    resolver.low = b.low  # the lower-cased text quotes() made: not made again
    out: list[Quote] = []
    rows = sorted(b.out, key=_START_END)
    kept: list[tuple[int, int, QuoteKind, QuoteCategory, _Hit | None, Mention | None, float]] = []
    last = None
    for r in rows:
        if (
            last is not None
            and r[2] != "direct"
            and last[2] != "direct"
            and 2 * (min(r[1], last[1]) - r[0]) >= min(r[1] - r[0], last[1] - last[0])
        ):
            # duplicates of one attribution (PolNeAR never nests them): keep the surer one
            if r[6] > last[6]:
                kept[-1] = last = r
            continue
        kept.append(r)
        last = r
    resolve = resolver.resolve
    append = out.append
    weights, bias = _confidence_model()
    # read at each call: scripts/fit_quote_confidence.py swaps _confidence_keys
    keys_of, cue_z, span_z, speaker_z, exp = _confidence_keys, _cue_z, _span_z, _speaker_z, math.exp
    for start, end, kind, category, hit, mention, conf in kept:
        cue = None
        weight = 0.0
        if hit is not None:
            info = hit.info
            cue = new_cue(hit.start, hit.end, text[hit.start : hit.end], info.lemma)
            weight = info.weight
        speaker: Speaker | None = None
        if mention is not None:
            speaker = resolve(mention)
            if speaker is not None and speaker.type == "document" and category != "speech":
                category = "document"
        if weights:
            cue_key, span_key, speaker_key = keys_of(norm, start, end, kind, category, cue, weight, mention, speaker)
            z = bias + cue_z(*cue_key) + span_z(*span_key) + speaker_z(speaker_key, kind)
            conf = 1.0 / (1.0 + exp(-z)) if z > -30.0 else 0.0
            if conf < min_confidence:
                continue
        append(new_quote(start, end, text[start:end], kind, category, cue, speaker, round(conf, 4)))
    return tuple(out)


_CueKey = tuple[str, str, int, str, str, str]
_SpanKey = tuple[str, int, str, str, str]
_SpeakerKey = tuple[str, str, str, str, str, int, int, bool, str, bool]


# the "where" part of a span key by the bit length of the cue's distance (any offset fits in 64 bits)
_WHERE_BEFORE = tuple(f"cb{n}" for n in range(65))
_WHERE_AFTER = tuple(f"ca{n}" for n in range(65))


def _confidence_keys(
    norm: str,
    start: int,
    end: int,
    kind: QuoteKind,
    category: QuoteCategory,
    cue: Cue | None,
    weight: float,
    mention: Mention | None,
    speaker: Speaker | None,
) -> tuple[_CueKey, _SpanKey, _SpeakerKey | None]:
    """What the confidence of one attribution depends on, in three hashable parts."""
    if cue is None:
        form = "-"
        lemma = ""
        where = "cue-"
    else:
        form = cue.text.lower()
        lemma = cue.lemma
        if cue.end <= start:
            where = _WHERE_BEFORE[(start - cue.end).bit_length()]
        elif cue.start >= end:
            where = _WHERE_AFTER[(cue.start - end).bit_length()]
        else:
            where = "ci"
    spk = "-" if speaker is None or mention is None else mention.kind
    cue_key = (form, lemma, int(weight * 10), kind, category, spk)
    c = norm[start : start + 1]
    # _FIRST_WORD_RE needs a lower-case ASCII letter first: read it only then
    m = _FIRST_WORD_RE.match(norm, start) if "a" <= c <= "z" else None
    if m is None:
        first = "^" if c.isupper() else "0" if c.isdigit() else c
    else:
        first = m.group()
        if first not in _CLAUSE_OPENERS:
            first = "~"
    span_key = (kind, (end - start).bit_length(), first, norm[end : end + 1] + norm[end - 1 : end], where)
    if speaker is None or mention is None:
        return cue_key, span_key, None
    far = start - mention.end if mention.end <= start else mention.start - end
    written = speaker.mention
    sp = written.find(" ")
    fw = (written if sp < 0 else written[:sp]).lower()
    pronoun = mention.kind == "pronoun"
    speaker_key = (
        kind,
        category,
        speaker.type,
        fw if fw in _CLAUSE_OPENERS else "~",
        mention.kind,
        1 if sp < 0 else min(written.count(" ") + 1, 6),
        far.bit_length() if far > 0 else 0,
        speaker.anonymous,
        written.lower() if pronoun else "",
        speaker.type == "unknown" and speaker.name == written,
    )
    return cue_key, span_key, speaker_key


def _cue_features(form: str, lemma: str, wbin: int, kind: str, category: str, spk: str) -> list[str]:
    feats = [kind, category, kind + category, "q" + form, "qk" + form + kind, f"w{kind}{wbin}"]
    if lemma:
        feats += ["l" + lemma, "qs" + form + spk]
    return feats


def _span_features(kind: str, length: int, first: str, ends: str, where: str) -> list[str]:
    return [f"n{kind}{length}", "f" + first, "e" + ends, where]


def _speaker_features(key: _SpeakerKey | None, kind: str) -> list[str]:
    if key is None:
        return ["s-" + kind]
    kind, category, typ, fw, mkind, words, far, anonymous, pronoun, unresolved = key
    feats = ["st" + typ, "sc" + category + typ, "sf" + fw, "sm" + mkind + kind, f"sw{words}", f"sd{far}"]
    if anonymous:
        feats.append("sanon")
    if pronoun:
        feats.append("sp" + pronoun)
    if unresolved:
        feats.append("sunres" + mkind)
    return feats


def confidence_features(
    norm: str,
    start: int,
    end: int,
    kind: QuoteKind,
    category: QuoteCategory,
    cue: Cue | None,
    weight: float,
    mention: Mention | None,
    speaker: Speaker | None,
) -> list[str]:
    """The features of one attribution that its learned confidence weighs.

    What the rules found, not the words around it: the kind and category,
    the cue form, lemma and reliability, the content's length, first word and
    last character, where the cue and the speaker stand, and what the speaker
    is. Lengths and distances are binned by powers of two. Shared with
    ``scripts/fit_quote_confidence.py``, which learns the weights.

    Examples:
        >>> confidence_features("Ann said the bridge will open.", 9, 29, "indirect", "speech",
        ...                     Cue(4, 8, "said", "say"), 1.0, None, None)[:5]
        ['indirect', 'speech', 'indirectspeech', 'qsaid', 'qksaidindirect']
    """
    keys = _confidence_keys(norm, start, end, kind, category, cue, weight, mention, speaker)
    return _features_of(keys, kind)


def _features_of(keys: tuple[_CueKey, _SpanKey, _SpeakerKey | None], kind: str) -> list[str]:
    """The feature list of the three keys :func:`_confidence_keys` gives (what the weights name)."""
    cue_key, span_key, speaker_key = keys
    return [*_cue_features(*cue_key), *_span_features(*span_key), *_speaker_features(speaker_key, kind)]


@functools.lru_cache(maxsize=1 << 14)
def _cue_z(form: str, lemma: str, wbin: int, kind: str, category: str, spk: str) -> float:
    weights = _confidence_model()[0]
    return sum([weights.get(f, 0.0) for f in _cue_features(form, lemma, wbin, kind, category, spk)])


@functools.lru_cache(maxsize=1 << 14)
def _span_z(kind: str, length: int, first: str, ends: str, where: str) -> float:
    weights = _confidence_model()[0]
    return sum([weights.get(f, 0.0) for f in _span_features(kind, length, first, ends, where)])


@functools.lru_cache(maxsize=1 << 14)
def _speaker_z(key: _SpeakerKey | None, kind: str) -> float:
    weights = _confidence_model()[0]
    return sum([weights.get(f, 0.0) for f in _speaker_features(key, kind)])


# first words of content that tell a clause from a noun phrase
_CLAUSE_OPENERS = frozenset(
    "that to the a an he she it they we i you there this if whether what how why when where who which "
    "his her their its our not no".split()
)


@functools.cache
def _confidence_model() -> tuple[dict[str, float], float]:
    """Learned weights of :func:`confidence_features` (``data/quote_confidence.json``)."""
    try:
        raw = read_json("quote_confidence.json")
    except FileNotFoundError:
        return {}, 0.0
    return dict(raw["weights"]), float(raw["bias"])
