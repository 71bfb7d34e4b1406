"""The parsing engine: normalise, find the article's parts, split sentences.

:func:`newsmetrics.parse` (in :mod:`newsmetrics._text`) checks its arguments
and calls :func:`build`. Wheel builds compile this module with mypyc
(``hatch_build.py``), which checks the types of a compiled function's
arguments with its own messages: so nothing here is called with a user's
arguments unchecked.

Everything here works on offsets into the original string. Normalisation is a
same-length character mapping (:func:`normalize`), so an offset found in the
normalised view is an offset into the original text.

All regular expressions are compiled once at import and are linear-time on
any input: no nested quantifiers that can backtrack over the same characters.
"""

from __future__ import annotations

import re
from typing import Final

from newsmetrics.models import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Dateline,
    Paragraph,
    Sentence,
    Span,
    fast_constructor,
)

__all__ = ["build", "normalize", "split_sentences"]

# --------------------------------------------------------------------------
# Normalisation: a same-length view
# --------------------------------------------------------------------------

_NORM_TABLE: Final = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark / apostrophe
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",  # prime
        "\u00b4": "'",  # acute accent used as apostrophe
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',  # guillemets
        "\u00bb": '"',
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",  # byte order mark
        "\t": " ",
        "\f": "\n",
        "\v": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0085": "\n",
    }
)
_CR_LF: Final = re.compile(r"\r(?=\n)")
# The table as (character, replacement) pairs, applied with str.replace
# (str.translate walks every character through a dict: several times slower).
_NORM_PAIRS: Final = tuple((chr(c), str(r)) for c, r in _NORM_TABLE.items())


def normalize(text: str) -> str:
    """Return a same-length view of ``text`` with typographic variants folded.

    Curly quotes and apostrophes become straight ones, the many Unicode
    spaces become ``" "``, a ``\\r`` before ``\\n`` becomes ``" "`` and a lone
    ``\\r`` becomes ``"\\n"``. ``len(normalize(t)) == len(t)`` always.

    Args:
        text: Any string.

    Returns:
        The normalised view.

    Examples:
        >>> normalize("\u201cYes,\u201d she said.\\r\\n")
        '"Yes," she said. \\n'
    """
    # Each character that occurs is replaced in one C-level pass (an absent
    # one costs one fast search); no replacement is itself replaced, so the
    # order does not matter.
    out = text
    for char, replacement in _NORM_PAIRS:
        if char in out:
            out = out.replace(char, replacement)
    if "\r" in out:
        out = _CR_LF.sub(" ", out).replace("\r", "\n")
    return out



# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

# Titles and abbreviations that are never the end of a sentence.
_NEVER_FINAL: Final = frozenset(
    """
    mr mrs ms messrs mme mlle dr prof gen lt col maj capt cmdr adm sgt cpl pvt
    brig gov sen rep pres supt insp det rev fr sr jr hon amb atty gen st mt ft
    no nos vol pp fig vs v approx est dept univ ave blvd rd etc_nonfinal
    """.split()
)
# Abbreviations that often stand at the end of a sentence ("... Apple Inc.").
# They end one only when a typical sentence opener follows.
_MAYBE_FINAL: Final = frozenset(
    """
    inc corp ltd co plc llc bros jan feb mar apr jun jul aug sep sept oct nov dec
    etc al
    """.split()
)
# Words that open sentences: after an ambiguous abbreviation (Inc., U.S.,
# p.m.) a capitalised word from this list starts a new sentence.
_OPENERS: Final = frozenset(
    """
    the a an he she it they we i you his her its their our my this that these
    those there here but and or so yet if when while after before as at in on
    for from with without since because although though however meanwhile
    also then now still in about more most some many few all both each no not
    what who why how where which one two three officials police
    """.split()
)
# A candidate sentence end: terminators, then closing quotes or brackets
# (group 1 ends there), then white space or the end of the paragraph.
# (A single character class first lets the regex engine skip to candidates
# fast: written "[.!?…]+" the pattern opens with a repeat, which the engine
# does not use to skip, and it tries every position, twice as slow over a
# whole article. "..." is three periods.)
_OTHER_TERMINATORS: Final = "!?…"  # besides the period; the periods copy below folds them
_END_RE: Final = re.compile(f"[.{_OTHER_TERMINATORS}][.{_OTHER_TERMINATORS}]*" + r"[\"')\]]*()(?:\s+|$)")
# The same over a copy of the text whose "!", "?" and "…" are periods (same
# offsets, same matches): a pattern that opens with a literal is scanned for
# about twice as fast as one that opens with a class.
_PERIOD_END_RE: Final = re.compile(r"\.\.*[\"')\]]*()(?:\s+|$)")
_STRIP_OPEN: Final = "\"'([{"
_ALNUM_RE: Final = re.compile(r"[^\W_]")  # a letter or a digit
_NO_BREAK_BEFORE: Final = frozenset(",;:)]-—–")
_MAX_WORD: Final = 64  # how far to look for the words around a terminator


def _opener_follows(norm: str, next_start: int, stop: int) -> bool:
    """Tell whether the word at ``next_start`` typically opens a sentence."""
    hi = next_start + _MAX_WORD
    if hi > stop:
        hi = stop
    space = norm.find(" ", next_start, hi)
    nxt = norm[next_start : hi if space < 0 else space]
    return nxt.lstrip(_STRIP_OPEN).rstrip(",.;:!?\"'").lower() in _OPENERS or nxt[0] in "\"'(["


def _ends_sentence(norm: str, term_start: int, next_start: int, stop: int) -> bool:
    """Decide whether the terminator run at ``term_start`` ends a sentence.

    Args:
        norm: The normalised text.
        term_start: Offset of the first terminator character.
        next_start: Offset of the next non-space character (``< stop``).
        stop: End of the paragraph.
    """
    nxt_char = norm[next_start]
    if nxt_char.islower() or nxt_char in _NO_BREAK_BEFORE:
        # '"...?" she asked.'  'e.g. the'  'approx. five'
        return False
    if norm[term_start] != "." or norm.startswith("...", term_start):
        return True
    # The word before the period, back to the previous space.
    # Both look-arounds are bounded, so that each candidate costs O(1).
    # (Comparisons, not min() and max(): compiled, those are generic calls.)
    lo = term_start - _MAX_WORD
    if lo < 0:
        lo = 0
    ws = norm.rfind(" ", lo, term_start)
    newline = norm.rfind("\n", lo, term_start)
    if newline > ws:
        ws = newline
    if ws < lo - 1:
        ws = lo - 1
    prev = norm[ws + 1 : term_start].lstrip(_STRIP_OPEN)
    if not prev:
        return True
    if "." in prev and prev.replace(".", "").isalpha():
        return _opener_follows(norm, next_start, stop)  # an acronym: U.S.  a.m.  U.N.
    if len(prev) == 1 and prev.isupper():
        return False  # an initial: J. Smith
    low = prev.lower()
    if low in _NEVER_FINAL:
        return False
    if low in _MAYBE_FINAL:  # "Inc.": a new sentence only before a typical opener
        return not nxt_char.isdigit() and _opener_follows(norm, next_start, stop)
    return True


def split_sentences(norm: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Split the paragraph ``norm[start:stop]`` into sentence spans.

    News-aware: titles (Mr., Gen., Sen.), initials (J.K. Rowling), acronyms
    (U.S., a.m.), decimals and money (3.5%, $1.2bn), ellipses and
    terminators inside closing quotes (``...," he said.``) are handled, and a
    short sentence ("He won.") is kept as it is.

    Args:
        norm: The normalised text (straight quotes).
        start: Offset where the paragraph starts (not white space).
        stop: Offset where it ends.

    Returns:
        ``(start, end)`` spans covering the paragraph's text, in order.

    Examples:
        >>> t = 'Gen. Lee met Mr. Smith in the U.S. on Jan. 5. He won. "Why?" she asked.'
        >>> [t[a:b] for a, b in split_sentences(t, 0, len(t))]
        ['Gen. Lee met Mr. Smith in the U.S. on Jan. 5.', 'He won.', '"Why?" she asked.']
    """
    spans: list[tuple[int, int]] = []
    first = checked = start
    for m in _END_RE.finditer(norm, start, stop):
        next_start = m.end()
        if next_start >= stop:
            break
        if _ends_sentence(norm, m.start(), next_start, stop):
            term_end = m.end(1)
            # A span with no letter or digit ("... " between sentences) opens
            # the next sentence; each character is searched once (linear).
            if norm[first].isalnum() or _ALNUM_RE.search(norm, max(first, checked), term_end):
                spans.append((first, term_end))
                first = next_start
            checked = term_end
    end = stop
    while end > first and norm[end - 1].isspace():
        end -= 1
    if end > first:
        if spans and not _ALNUM_RE.search(norm, max(first, checked), end):
            spans[-1] = (spans[-1][0], end)  # a trailing "..." closes the last sentence
        else:
            spans.append((first, end))
    return spans


def _split_paragraphs(norm: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """:func:`split_sentences` of each paragraph, with one regex scan for all.

    ``spans`` are the paragraphs: stripped, in order, each followed by white
    space (so no match of ``_END_RE`` crosses from one into the next, and a
    terminator that ends a paragraph is followed by white space as it is by
    the end of the paragraph). Otherwise each paragraph is split alone.
    """
    if any(not norm[stop].isspace() for _, stop in spans[:-1]):
        return [split_sentences(norm, start, stop) for start, stop in spans]
    out: list[list[tuple[int, int]]] = []
    alnum = _ALNUM_RE.search
    periods = norm  # candidates are found here; _ends_sentence reads norm
    for mark in _OTHER_TERMINATORS:
        if mark in periods:
            periods = periods.replace(mark, ".")
    matches = _PERIOD_END_RE.finditer(periods, spans[0][0], spans[-1][1]) if spans else iter(())
    m = next(matches, None)
    for start, stop in spans:
        sents: list[tuple[int, int]] = []
        first = checked = start
        while m is not None and m.start() < start:  # between paragraphs (only white space)
            m = next(matches, None)
        while m is not None and m.start() < stop:
            next_start = m.end()
            if next_start >= stop:
                m = next(matches, None)
                break
            if _ends_sentence(norm, m.start(), next_start, stop):
                term_end = m.end(1)
                since = first if first > checked else checked  # (compiled, max() is a generic call)
                if norm[first].isalnum() or alnum(norm, since, term_end):
                    sents.append((first, term_end))
                    first = next_start
                checked = term_end
            m = next(matches, None)
        end = stop
        while end > first and norm[end - 1].isspace():
            end -= 1
        if end > first:
            if sents and not alnum(norm, first if first > checked else checked, end):
                sents[-1] = (sents[-1][0], end)
            else:
                sents.append((first, end))
        out.append(sents)
    return out


# --------------------------------------------------------------------------
# Article parts: headline, byline, dateline, boilerplate, paragraphs
# --------------------------------------------------------------------------

_LINE_RE: Final = re.compile(r"[^\n]+")
# A paragraph is a run of lines without a blank line between them.
_BLANK_RE: Final = re.compile(r"\n[ ]*\n")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY: Final = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATE = (
    rf"(?:{_WEEKDAY},?[ ])?(?:{_MONTH}[ ]\d{{1,2}}(?:st|nd|rd|th)?(?:,[ ]\d{{4}})?"
    rf"|\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?|{_WEEKDAY})"
)
_DATELINE_RE: Final = re.compile(
    rf"""
    (?P<junk>[^a-z\n]{{0,40}}?)                     # page codes glued in front
    (?P<location>[A-Z][A-Z.'\-]+(?:[ ][A-Z][A-Z.'\-]+){{0,3}})
    (?:,[ ](?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)(?=,|[ ]\(|[ ]*[-—–:]))?
    (?:,?[ ](?P<date>{_DATE}))?
    (?:[ ]*\((?P<agency>[A-Za-z][A-Za-z0-9 .&'/\-]{{0,40}})\))?
    [ ]*(?P<sep>-{{1,2}}|[—–:])[ ]*
    """,
    re.VERBOSE,
)
# "Berlin (dpa) -": a capitalised city is a dateline only with an agency.
_DATELINE_MIXED_RE: Final = re.compile(
    rf"""
    (?P<junk>)
    (?P<location>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}})(?P<region>)
    (?:,?[ ](?P<date>{_DATE}))?
    [ ]*\((?P<agency>[A-Za-z][A-Za-z0-9 .&'/\-]{{0,40}})\)
    [ ]*(?P<sep>-{{1,2}}|[—–:])[ ]*
    """,
    re.VERBOSE,
)
_BYLINE_RE: Final = re.compile(
    r"""
    [ ]*[Bb][Yy][ ]+
    (?P<names>[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){0,4}
      (?:(?:,[ ]*|[ ]+and[ ]+|[ ]*&[ ]*)[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){0,4}){0,5})
    (?:[ ]*[,|][ ]*(?P<agency>[A-Z][\w.&'\- ]{0,40}))?
    [ ]*$
    """,
    re.VERBOSE,
)
_NAME_SPLIT_RE: Final = re.compile(r"\s*(?:,|\band\b|&)\s*")
_AGENCIES: Final = frozenset(
    """
    reuters ap afp associated press bloomberg upi dpa efe ansa xinhua pti ians
    inp app staff cnn bbc
    """.split()
)

_AGENCY_WORD_RE: Final = re.compile(
    r"\b(?:News|Press|Times|Post|Herald|Agency|Service|Wire|Media|Staff|"
    r"Writer|Correspondent|Reporter|Editor|Bureau|Journal|Tribune)\b"
)

_BOILER_START = (
    ("author_blurb", re.compile(r"(?i)about the authors?\b")),
    ("read_more", re.compile(r"(?i)(?:read (?:more|the rest|the full)|continue reading|click here|related:)")),
    ("copyright", re.compile(r"(?i)(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)")),
    ("follow", re.compile(r"(?i)(?:follow (?:us|me|him|her|them)\b|sign up\b|subscribe\b|like us on\b)")),
    ("credits", re.compile(r"(?i)\(?\s*(?:additional )?(?:reporting|writing|editing) by\b")),
)


# A copyright notice glued to the end of the last paragraph, as wire copy
# arrives: "... the bridge reopened. (c) 2026 Northwind Press. All rights
# reserved. This material may not be republished." Looked for only at a
# sentence start within the last _GLUED_NOTICE_REACH characters of the body.
# Written with its first characters as one class, each alternative then
# checked by a look-behind, so that the regex engine skips to candidates
# (an alternation of case-insensitive words is tried at every position).
# It matches exactly what "(?i)(?:©|\(c\)[ ]*\d{4}|copyright[ ]+(?:©[ ]*)?
# (?:\d{4}|by)\b|all rights reserved\b|this (?:material|article|story|
# content) may not be (?:re)?(?:published|produced|distributed|broadcast))"
# matches: a test checks both on sample notices.
_GLUED_NOTICE_RE: Final = re.compile(
    r"[©(cCaAtT](?:(?<=©)|(?<=\()(?i:c\)[ ]*\d{4})|(?<=[cC])(?i:opyright[ ]+(?:©[ ]*)?(?:\d{4}|by)\b)"
    r"|(?<=[aA])(?i:ll rights reserved\b)"
    r"|(?<=[tT])(?i:his (?:material|article|story|content) may not be (?:re)?(?:published|produced|distributed|broadcast)))"
)
_GLUED_NOTICE_REACH: Final = 400


def _glued_notice(norm: str, start: int, end: int) -> int | None:
    """Offset where a copyright notice glued to the paragraph's end begins, if any."""
    for m in _GLUED_NOTICE_RE.finditer(norm, max(start, end - _GLUED_NOTICE_REACH), end):
        before = norm[start : m.start()].rstrip()
        if before and before[-1] in ".!?\"')":
            return m.start()
    return None


# The same, as one pattern: its alternatives are tried in the same order,
# so the first kind that matches wins, as in a loop over _BOILER_START.
_BOILER_RE: Final = re.compile(
    "|".join(f"(?P<{kind}>{pattern.pattern.removeprefix('(?i)')})" for kind, pattern in _BOILER_START),
    re.IGNORECASE,
)


def _boilerplate_kind(norm: str, start: int, end: int) -> BoilerplateKind | None:
    """Return the kind of boilerplate the paragraph ``norm[start:end]`` opens with, if any."""
    m = _BOILER_RE.match(norm, start, end)
    return None if m is None else m.lastgroup  # type: ignore[return-value]


def _looks_like_headline(line: str, has_more: bool) -> bool:
    """Tell whether a first line (normalised) reads as a headline.

    A headline is short, starts with a capital, a digit or a quote mark,
    does not end with a sentence-final period (also inside closing quotes:
    ``... "I'm well."``) and holds no more than one sentence.
    """
    if not has_more:
        return False
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > 25 or len(stripped) > 200:
        return False
    bare = stripped.rstrip("\"')]")
    if bare.endswith((".", ",", ";", ":")) and not bare.endswith("..."):
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"'"):
        return False
    return len(split_sentences(stripped, 0, len(stripped))) == 1


def _strip_span(norm: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude surrounding white space."""
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``norm[start:end]`` into paragraph spans.

    A blank line always separates paragraphs. A single line break does too,
    unless it is a soft wrap: the line before does not end a sentence and the
    next line starts in lower case.
    """
    spans: list[tuple[int, int]] = []
    cur_start: int | None = None
    cur_end = line_start = start
    # The lines: runs of characters other than "\n" (found with str.find,
    # a memchr, rather than a regex that tests each character).
    pos = start
    while pos < end:
        ls = pos
        le = norm.find("\n", pos, end)
        if le < 0:
            le = end
        pos = le + 1
        if ls == le:
            continue
        if norm[ls].isspace() or norm[le - 1].isspace():
            ls, le = _strip_span(norm, ls, le)
        if ls == le:
            if cur_start is not None:
                spans.append((cur_start, cur_end))
                cur_start = None
            continue
        if cur_start is not None:
            blank = norm.count("\n", cur_end, ls) > 1
            prev_char = norm[cur_end - 1]
            # A soft wrap: the line before does not end a sentence, and the
            # next one starts in lower case or the line before is long
            # (hard-wrapped prose) and the next is not a list item.
            soft = (
                not blank
                and prev_char not in ".!?:\"')]"
                and (
                    norm[ls].islower()
                    or (cur_end - line_start >= 40 and norm[ls] not in "-*•–—")
                )
            )
            if soft:
                cur_end, line_start = le, ls
                continue
            spans.append((cur_start, cur_end))
        cur_start, cur_end, line_start = ls, le, ls
    if cur_start is not None:
        spans.append((cur_start, cur_end))
    return spans


def _find_byline(norm: str, start: int, end: int) -> Byline | None:
    """Parse ``norm[start:end]`` (one line) as a byline."""
    m = _BYLINE_RE.match(norm, start, end)
    if m is None or m.end() != end:
        return None
    names_text = m.group("names")
    agency = m.group("agency")
    segments = [seg.strip() for seg in names_text.split(",")]
    if agency is None and len(segments) >= 2:
        last = segments[-1]
        # "By A and B, Agency": a comma after an "and" list starts the
        # organisation; so does a last segment naming an agency or a role.
        if (
            " and " in segments[-2]
            or "&" in segments[-2]
            or last.lower() in _AGENCIES
            or _AGENCY_WORD_RE.search(last)
        ):
            agency = last
            names_text = ",".join(segments[:-1])
    names = tuple(n for n in _NAME_SPLIT_RE.split(names_text) if n)
    if agency is None and names and names[-1].lower() in _AGENCIES:
        agency = names[-1]
        names = names[:-1]
    if not names:
        return None
    s, e = _strip_span(norm, m.start(), end)
    return Byline(s, e, "", names, agency.strip() if agency else None)


def _find_dateline(norm: str, start: int, end: int) -> Dateline | None:
    """Find a dateline at the start of the paragraph ``norm[start:end]``."""
    m = _DATELINE_RE.match(norm, start, min(end, start + 160))
    if m is None:
        m = _DATELINE_MIXED_RE.match(norm, start, min(end, start + 120))
    if m is None:
        return None
    location = m.group("location").strip(".'-")
    if len(location.replace(" ", "")) < 2:
        return None
    if m.group("sep") == ":" and not (m.group("date") or m.group("agency")):
        return None  # "WARNING: ..." is not a dateline
    if m.end() >= end:
        return None
    junk = m.group("junk").strip() or None
    loc_start = m.start("location")
    if m.group("region"):
        location = f"{location}, {m.group('region')}"
    return Dateline(
        loc_start,
        m.end(),
        "",
        location,
        m.group("date"),
        m.group("agency"),
        junk,
    )


def _first_lines(norm: str, limit: int) -> list[tuple[int, int]]:
    """The first ``limit`` non-blank lines, stripped, as spans."""
    lines: list[tuple[int, int]] = []
    for m in _LINE_RE.finditer(norm):
        s, e = m.span()
        if norm[s].isspace() or norm[e - 1].isspace():
            s, e = _strip_span(norm, s, e)
        if s < e:
            lines.append((s, e))
            if len(lines) == limit:
                break
    return lines


# Sentences and paragraphs are built by the thousand: without the frozen __init__.
_new_sentence = fast_constructor(Sentence)
_new_paragraph = fast_constructor(Paragraph)
# Article's fields in order; its last, the token cache, is a new dict.
_new_article = fast_constructor(Article, defaults=True)



def build(text: str, title: str | None) -> Article:
    """Parse a news article whose arguments :func:`newsmetrics.parse` has checked.

    Args:
        text: The article: a string with a character that is not white space.
        title: The headline given separately, or ``None``.

    Returns:
        The article, as :func:`newsmetrics.parse` describes it.

    Examples:
        >>> [s.text for s in build("It rained. Then it stopped.", None).sentences]
        ['It rained.', 'Then it stopped.']
    """
    norm = normalize(text)
    n = len(norm)

    lines = _first_lines(norm, 5)  # headline and byline are among the first four
    li = 0
    body_start = 0
    headline: Span | None = None
    if lines:
        s, e = lines[0]
        first_line = norm[s:e]
        if title is not None:
            if " ".join(first_line.split()) == " ".join(normalize(title).split()):
                headline = Span(s, e, text[s:e])
        elif _looks_like_headline(first_line, len(lines) > 1) and _find_dateline(
            norm, s, e
        ) is None and _BYLINE_RE.match(norm, s, e) is None:
            headline = Span(s, e, text[s:e])
        if headline is not None:
            li = 1
            body_start = e

    byline: Byline | None = None
    leading: list[Boilerplate] = []
    # A byline (and credits or a date line) may sit between headline and body.
    while li < len(lines) and li < 4:
        s, e = lines[li]
        found = _find_byline(norm, s, e)
        if found is not None and byline is None:
            byline = Byline(
                found.start, found.end, text[found.start : found.end],
                found.names, found.agency,
            )
            li += 1
            body_start = e
            continue
        break

    body_end = n
    paragraphs = _paragraph_spans(norm, body_start, body_end)

    # Trailing boilerplate: from the first boilerplate paragraph among the last
    # few, everything after it is not article text.
    boilerplate: list[Boilerplate] = []
    cut = len(paragraphs)
    for k in range(len(paragraphs) - 1, max(0, len(paragraphs) - 8) - 1, -1):
        ps, pe = paragraphs[k]
        kind = _boilerplate_kind(norm, ps, pe)
        if kind is not None and k > 0:
            cut = k
    for ps, pe in paragraphs[cut:]:
        kind = _boilerplate_kind(norm, ps, pe) or "other"
        boilerplate.append(Boilerplate(ps, pe, text[ps:pe], kind))
    paragraphs = paragraphs[:cut]
    if paragraphs:
        ps, pe = paragraphs[-1]
        notice = _glued_notice(norm, ps, pe)
        if notice is not None:
            boilerplate.insert(0, Boilerplate(notice, pe, text[notice:pe], "copyright"))
            paragraphs[-1] = _strip_span(norm, ps, notice)

    dateline: Dateline | None = None
    if paragraphs:
        ps, pe = paragraphs[0]
        found_dl = _find_dateline(norm, ps, pe)
        if found_dl is not None:
            dl_start, dl_end = _strip_span(norm, found_dl.start, found_dl.end)
            dateline = Dateline(
                dl_start, dl_end, text[dl_start:dl_end], found_dl.location,
                found_dl.date, found_dl.agency, found_dl.junk,
            )
            paragraphs[0] = (found_dl.end, pe)

    para_models: list[Paragraph] = []
    sentences: list[Sentence] = []
    body = [(ps, pe) for ps, pe in (_strip_span(norm, ps, pe) for ps, pe in paragraphs) if ps < pe]
    for p_index, ((ps, pe), spans) in enumerate(zip(body, _split_paragraphs(norm, body), strict=True)):
        s_first = len(sentences)
        for ss, se in spans:
            sentences.append(_new_sentence(ss, se, text[ss:se], p_index))
        para_models.append(_new_paragraph(ps, pe, text[ps:pe], s_first, len(sentences)))

    # Article(text, norm, title, headline, byline, dateline, boilerplate,
    # paragraphs, sentences), built without the frozen __init__
    return _new_article(
        text, norm, title, headline, byline, dateline, tuple(leading + boilerplate),
        tuple(para_models), tuple(sentences), {},
    )

