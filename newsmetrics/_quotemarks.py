"""Pair double quotation marks in an article body, robustly and in linear time.

Newspapers write quotations in many ways: curly ``“…”``, straight ``"…"``, the
New York Times' ````…''``, guillemets. Marks get lost or doubled in copy
editing and in conversion. This module pairs them paragraph by paragraph with
one left-to-right pass over the marks:

* Each mark gets a direction from the characters around it (a mark after a
  space and before a letter opens; a mark after a letter or punctuation and
  before a space closes) and, when the context says nothing, from the mark
  itself (``“`` opens, ``”`` closes) or by alternation (straight marks).
* A closing mark with nothing open is a stray and is skipped; an opening mark
  while a quote is open restarts the quote there. Either way the rest of the
  paragraph, and of the article, is still paired: one stray mark never loses
  the other quotations.
* A paragraph that opens a quotation without closing it continues into the
  next paragraph when that paragraph opens with a quotation mark (the
  newspaper convention for long quotations) or closes one before opening
  another. A multi-paragraph quotation yields one span per paragraph, each
  flagged as continuing or continued.
* A paragraph that starts with an opening mark and never closes it is taken
  as one quotation to the end of the paragraph (a lost closing mark); any
  other unclosed mark is a stray.

Single quotation marks inside a double-quoted span (``"He said 'no' to me"``)
are part of the span's text and are not paired here.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from newsmetrics._segment import _strip_span
from newsmetrics.models import Article

__all__ = ["QuoteMarkSpan", "mark_spans", "quote_mark_spans"]

# A double quotation mark in the normalised view: '"' (from any double mark) or
# two apostrophes (the ``...'' style, or '' typed for a double mark).
_MARK_RE = re.compile(r"\"|''")

# Characters of the original text that say which way a mark faces.
_OPENING_CHARS = frozenset("\u201c\u201e\u201f\u00ab`")
_CLOSING_CHARS = frozenset("\u201d\u00bb")
# A mark after one of these (or at the start) may open a quotation.
_BEFORE_OPEN = frozenset(" \n([{\u2014\u2013-/:;,")
# A mark before one of these (or at the end) may close a quotation.
_AFTER_CLOSE = frozenset(" \n.,;:!?)]}\u2014\u2013-/'\u2026")

_OPEN, _CLOSE, _EITHER = 1, 2, 3


class QuoteMarkSpan(NamedTuple):
    """The text inside one pair of double quotation marks, within one paragraph.

    Attributes:
        start: Offset of the first character inside the marks (white space
            skipped).
        end: Offset one past the last character inside the marks.
        open_mark: Offset of the opening mark, or ``-1`` when the quotation
            was continued from the previous paragraph without a mark.
        close_mark: Offset one past the closing mark, or ``-1`` when the
            quotation is not closed in this paragraph.
        paragraph: Index of the paragraph in :attr:`Article.paragraphs`.
        continues: The quotation goes on in the next paragraph.
        continued: The quotation began in an earlier paragraph.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    paragraph: int
    continues: bool
    continued: bool


def _direction(text: str, norm: str, i: int, j: int, lo: int, hi: int) -> int:
    """Return which way the mark ``norm[i:j]`` (inside paragraph ``[lo, hi)``) faces."""
    prev = norm[i - 1] if i > lo else " "
    nxt = norm[j] if j < hi else " "
    can_open = prev in _BEFORE_OPEN and not nxt.isspace()
    can_close = not prev.isspace() and nxt in _AFTER_CLOSE
    if can_open and not can_close:
        return _OPEN
    if can_close and not can_open:
        return _CLOSE
    ch = text[i]
    if ch in _OPENING_CHARS:
        return _OPEN
    if ch in _CLOSING_CHARS:
        return _CLOSE
    if ch == "'" and j - i == 2:
        return _CLOSE  # '' is the closing half of ``...''
    return _EITHER


def _mark_positions(norm: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``_MARK_RE.finditer(norm, lo, hi)``, found with ``str.find`` (no match objects).

    ``"`` and ``''`` share no character, so the two are found apart and
    merged; ``''`` is searched on from the end of the last one, as the
    pattern does.
    """
    find = norm.find
    found: list[tuple[int, int]] = []
    i = find('"', lo, hi)
    while i >= 0:
        found.append((i, i + 1))
        i = find('"', i + 1, hi)
    i = find("''", lo, hi)
    if i >= 0:
        while i >= 0:
            found.append((i, i + 2))
            i = find("''", i + 2, hi)
        found.sort()
    return found


def mark_spans(article: Article) -> tuple[QuoteMarkSpan, ...]:
    """Pair the double quotation marks of the body, with details.

    Args:
        article: A parsed article.

    Returns:
        One :class:`QuoteMarkSpan` per quotation per paragraph, in text order.

    Examples:
        >>> from newsmetrics._text import parse
        >>> art = parse('"We won," she said. "Now we rest."')
        >>> [(s.start, s.end, s.close_mark) for s in mark_spans(art)]
        [(1, 8, 9), (21, 33, 34)]
    """
    text, norm = article.text, article.norm
    paras = article.paragraphs
    out: list[QuoteMarkSpan] = []
    if not paras:
        return ()
    # one scan of the body; marks are then dealt out to their paragraphs
    found = _mark_positions(norm, paras[0].start, paras[-1].end)
    starts = [a for a, _ in found]
    n_found = len(found)
    carried = False  # a quotation is open from the previous paragraph
    first = 0  # the first mark at or after the paragraph's start
    for p_index, para in enumerate(paras):
        lo, hi = para.start, para.end
        # the marks of this paragraph: found[a:z] (paragraphs and marks are both in text order)
        while first < n_found and starts[first] < lo:
            first += 1
        if first == n_found:
            break  # no mark from here on: nothing opens, nothing goes on
        a = z = first
        while z < n_found and starts[z] < hi:
            z += 1
        if a == z:
            carried = False  # no mark here: nothing opens, nothing goes on
            continue
        marks = [(i, j, _direction(text, norm, i, j, lo, hi)) for i, j in found[a:z] if j <= hi]
        open_at = -1  # offset just after the open mark
        open_mark = -1
        continued = False
        k = 0
        if carried:
            first_is_open = bool(marks) and marks[0][0] == lo and marks[0][2] != _CLOSE
            if first_is_open:
                open_mark, open_at, continued = marks[0][0], marks[0][1], True
                k = 1
            elif marks and marks[0][2] != _OPEN:
                # closed here without being reopened: "... ," he said.
                open_mark, open_at, continued = -1, lo, True
        carried = False
        for i, j, d in marks[k:]:
            if open_at < 0:
                if d != _CLOSE:
                    open_mark, open_at, continued = i, j, False
                continue
            if d == _OPEN:
                open_mark, open_at, continued = i, j, False  # earlier mark was a stray
                continue
            s, e = _strip_span(norm, open_at, i)
            if s < e:
                out.append(QuoteMarkSpan(s, e, open_mark, j, p_index, False, continued))
            open_at, open_mark, continued = -1, -1, False
        if open_at < 0:
            continue
        nxt_continues = False
        if p_index + 1 < len(paras):
            nlo, nhi = paras[p_index + 1].start, paras[p_index + 1].end
            a = bisect.bisect_left(starts, nlo)
            if a < len(found) and found[a][1] <= nhi:
                i, j = found[a]
                d = _direction(text, norm, i, j, nlo, nhi)
                nxt_continues = (i == nlo and d != _CLOSE) or d == _CLOSE
        if nxt_continues or continued or open_mark == lo:
            s, e = _strip_span(norm, open_at, hi)
            if s < e:
                out.append(QuoteMarkSpan(s, e, open_mark, -1, p_index, nxt_continues, continued))
            carried = nxt_continues
    return tuple(out)


def quote_mark_spans(article: Article) -> tuple[tuple[int, int], ...]:
    """Return the ``(start, end)`` offsets of the text inside double quotation marks.

    Offsets index :attr:`Article.text` (the original input). Curly, straight
    and ````…''`` marks are paired per paragraph; a quotation running over
    several paragraphs gives one span per paragraph; stray marks are skipped
    without losing the rest of the article. Runs in time linear in the text.

    Args:
        article: A parsed article.

    Returns:
        The spans, in text order.

    Examples:
        >>> from newsmetrics._text import parse
        >>> art = parse("\u201cWe won,\u201d she said. A stray \u201d here. ``Now we rest.''")
        >>> [art.text[s:e] for s, e in quote_mark_spans(art)]
        ['We won,', 'Now we rest.']
    """
    return tuple((s.start, s.end) for s in mark_spans(article))
