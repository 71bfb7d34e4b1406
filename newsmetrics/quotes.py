"""Quote attribution: who said what, with direct, mixed and reported speech.

:func:`quotes` finds every attribution in the body of an article: the words
in quotation marks (``direct``), reported speech holding a quoted fragment
(``mixed``) and reported speech without marks (``indirect``), each with its
cue (``said``, ``according to``, ``believes``) and its speaker.
:func:`sources` groups them into one row per resolved speaker.

Method, in one pass per paragraph:

1. Pair the double quotation marks (:mod:`newsmetrics._quotemarks`).
2. Find cue words with one prefix-factored regular expression built from the
   shipped lexicon (hand-written speech and belief verbs plus word forms whose
   cue rate was learned from the PolNeAR training split).
3. A quotation that opens a clause is a direct quote; its speaker comes from
   the cue after it (``," said X`` / ``," X said``), before it (``X said:``),
   from a colon intro in the paragraph before, or from the quote it continues.
4. Every other cue opens reported speech: ``X said (that) ...``,
   ``..., X said.``, ``According to X, ...``. A clause holding a quoted
   fragment is ``mixed``; a quoted fragment outside any clause with a cue is
   a scare quote, a title or a nickname, and is not a quote.
5. Speakers are resolved (titles stripped, surnames merged with full names,
   pronouns pointed at the nearest compatible earlier source).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from newsmetrics._quotelex import CueInfo, Lexicon, lexicon
from newsmetrics._quotemarks import QuoteMarkSpan, mark_spans
from newsmetrics._speakers import Mention, mention_after, mention_before
from newsmetrics._text import as_article
from newsmetrics.models import Article, Cue, Quote, Source, Span, Speaker

__all__ = ["quotes", "sources"]

_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")
_TERMINATORS = frozenset(".!?")
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

    __slots__ = ("end", "info", "start", "text", "used")

    def __init__(self, start: int, end: int, text: str, info: CueInfo) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.info = info
        self.used = False


def _units(article: Article, marks: tuple[QuoteMarkSpan, ...]) -> list[_Unit]:
    """Group sentences into units so that no quotation crosses a unit boundary."""
    units: list[_Unit] = []
    spans = [
        (m.open_mark if m.open_mark >= 0 else m.start, m.close_mark if m.close_mark >= 0 else m.end)
        for m in marks
    ]
    mi = 0
    for sent in article.sentences:
        if units and units[-1].para == sent.paragraph:
            last = units[-1]
            # merge when a quotation opened in the last unit closes after it
            while mi < len(spans) and spans[mi][1] <= last.end:
                mi += 1
            if mi < len(spans) and spans[mi][0] < last.end and spans[mi][1] > last.end:
                last.end = sent.end
                continue
        units.append(_Unit(sent.start, sent.end, sent.paragraph))
    starts = [u.start for u in units]
    for m in marks:
        pos = m.open_mark if m.open_mark >= 0 else m.start
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


def _content_end(norm: str, start: int, end: int) -> int:
    """Drop the final terminator (and nothing else) from a clause."""
    while end > start and (norm[end - 1] in _TERMINATORS or norm[end - 1].isspace()):
        end -= 1
    return end


class _Builder:
    """Collects the quotes of one article."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.text = article.text
        self.norm = article.norm
        self.lex = lex
        self.out: list[tuple[int, int, str, str, _Hit | None, Mention | None, float]] = []

    def add(
        self,
        start: int,
        end: int,
        kind: str,
        category: str,
        hit: _Hit | None,
        mention: Mention | None,
        confidence: float,
    ) -> None:
        if end > start:
            self.out.append((start, end, kind, category, hit, mention, confidence))


def _speaker_for_hit(
    norm: str, hit: _Hit, lo: int, hi: int, lex: Lexicon
) -> Mention | None:
    """Speaker of a cue: the subject before it, else an inverted one after it."""
    m = mention_before(norm, lo, hit.start, lex)
    if m is not None:
        return m
    return mention_after(norm, hit.end, hi, lex)


def quotes(text: str | Article) -> tuple[Quote, ...]:
    """Find every attribution in an article: direct, mixed and reported speech.

    Every attribution is returned, including beliefs, intentions and what
    polls and documents show; :attr:`Quote.category` tells them apart
    (``q.category == "speech"`` keeps quotes in the everyday sense).

    Args:
        text: The article text, or an :class:`~newsmetrics.Article`.

    Returns:
        The quotes in text order.

    Raises:
        NotTextError: ``text`` is neither a string nor an article.
        EmptyTextError: ``text`` is empty or white space only.

    Examples:
        >>> qs = quotes('"We will win," Sen. Jane Roe said. Officials said the vote was close.')
        >>> [(q.kind, q.text, q.speaker.name) for q in qs]
        [('direct', '"We will win,"', 'Jane Roe'), ('indirect', 'the vote was close', 'officials')]
    """
    article = as_article(text)
    lex = lexicon()
    norm = article.norm
    low = norm.lower()
    marks = mark_spans(article)
    units = _units(article, marks)
    b = _Builder(article, lex)
    cues = lex.cues
    cue_re = lex.cue_re
    para_speaker: dict[int, Mention] = {}
    last_quote_speaker: Mention | None = None
    last_quote_para = -10
    for u_index, unit in enumerate(units):
        us, ue = unit.start, unit.end
        # cue hits outside quotation marks
        hits: list[_Hit] = []
        mk = unit.marks
        for m in cue_re.finditer(low, us, ue):
            s, e = m.start(), m.end()
            if s > 0 and norm[s - 1] == "-":
                continue
            inside = False
            for q in mk:
                qs = q.open_mark if q.open_mark >= 0 else q.start
                qe = q.close_mark if q.close_mark >= 0 else q.end
                if qs <= s < qe:
                    inside = True
                    break
            if not inside:
                hits.append(_Hit(s, e, norm[s:e], cues[m.group()]))
        direct_ranges: list[tuple[int, int]] = []
        embedded: list[QuoteMarkSpan] = []
        unit_speaker: Mention | None = None
        unit_hit: _Hit | None = None
        pending: list[tuple[int, int]] = []
        for idx, q in enumerate(mk):
            qs = q.open_mark if q.open_mark >= 0 else q.start
            qe = q.close_mark if q.close_mark >= 0 else q.end
            prev_bound = us
            if idx > 0:
                p = mk[idx - 1]
                prev_bound = p.close_mark if p.close_mark >= 0 else p.end
            next_bound = ue
            if idx + 1 < len(mk):
                nq = mk[idx + 1]
                next_bound = nq.open_mark if nq.open_mark >= 0 else nq.start
            pre = norm[prev_bound:qs].rstrip()
            pre_hit = None
            for h in reversed(hits):
                if prev_bound <= h.start < qs:
                    pre_hit = h
                    break
            clause_initial = (
                q.open_mark < 0
                or not pre
                or pre[-1] in ":\u2014-"
                or (pre[-1] == "," and pre_hit is not None)
                or (pre_hit is not None and not norm[pre_hit.end : qs].strip(" ,:"))
                or (idx > 0 and not pre.strip(" ,.;"))
            )
            if not clause_initial:
                embedded.append(q)
                continue
            # direct quote: look for its speaker
            speaker: Mention | None = None
            hit: _Hit | None = None
            for h in hits:
                if qe <= h.start < next_bound and not h.used:
                    gap = norm[qe : h.start]
                    if len(gap) > 60 or any(c in _TERMINATORS for c in gap.strip(" ,!?")):
                        break
                    if gap.strip(" ,.!?"):
                        speaker = mention_before(norm, qe, h.start, lex)
                    else:
                        speaker = mention_after(norm, h.end, next_bound, lex)
                    if speaker is not None:
                        hit = h
                    break
            if speaker is None and pre_hit is not None and not pre_hit.used:
                tail = norm[pre_hit.end : qs]
                if len(tail) < 80 and not any(c in _TERMINATORS for c in tail):
                    speaker = _speaker_for_hit(norm, pre_hit, prev_bound, qs, lex)
                    if speaker is not None:
                        hit = pre_hit
            if speaker is None and q.open_mark == us and u_index > 0:
                # colon intro in the paragraph before: X said:
                prev_unit = units[u_index - 1]
                if prev_unit.para == unit.para - 1 and norm[prev_unit.end - 1] == ":":
                    sp = para_speaker.get(prev_unit.para)
                    if sp is not None:
                        speaker = sp
            if hit is not None:
                hit.used = True
            if speaker is None and unit_speaker is not None:
                speaker = unit_speaker
            if speaker is None and q.continued and last_quote_para == unit.para - 1:
                speaker = last_quote_speaker
            start = qs
            end = qe
            direct_ranges.append((start, end))
            if speaker is None:
                pending.append((start, end))
            else:
                unit_speaker = speaker
                unit_hit = hit
            b.add(start, end, "direct", "speech", hit, speaker, 0.9 if speaker else 0.6)
        if pending and unit_speaker is not None:
            # "A." "B," he said.  -> both quotes get the speaker found later
            b.out = [
                (s, e, k, c, h if h is not None else unit_hit, sp if sp is not None or (s, e) not in pending else unit_speaker, conf)
                for s, e, k, c, h, sp, conf in b.out
            ]
        if unit_speaker is not None:
            last_quote_speaker = unit_speaker
            last_quote_para = unit.para
            para_speaker[unit.para] = unit_speaker
        # reported speech
        for h in hits:
            if h.used:
                continue
            info = h.info
            if info.lemma == "according to":
                sp = mention_after(norm, h.end, ue, lex)
                if sp is None:
                    continue
                before = norm[us : h.start].strip(" ,\u2014-")
                if before and len(before) > 12:
                    cs, ce = us, h.start
                else:
                    comma = norm.find(",", sp.end, ue)
                    if comma < 0:
                        continue
                    cs, ce = comma + 1, ue
                h.used = True
                _emit(b, cs, ce, h, sp, unit, direct_ranges)
                if sp is not None:
                    para_speaker[unit.para] = sp
                continue
            if " " in info.lemma:
                continue  # "in a statement" only qualifies another cue
            # final cue: "..., X said." / "..., said X."
            comma = norm.rfind(",", us, h.start)
            between = norm[comma + 1 : h.start] if comma >= 0 else ""
            sp_before = mention_before(norm, max(us, comma + 1), h.start, lex) if comma >= 0 else None
            rest_start = h.end
            sp_after = None
            if comma >= 0 and (not between.strip() or (sp_before is not None and sp_before.start >= comma)):
                if not between.strip():
                    sp_after = mention_after(norm, h.end, ue, lex)
                    if sp_after is not None:
                        rest_start = sp_after.end
                rest = norm[rest_start:ue]
                if len(rest) < 60 and "that" not in rest and ":" not in rest:
                    sp = sp_before if sp_before is not None and sp_before.start >= comma else sp_after
                    if sp is not None and comma - us > 10:
                        h.used = True
                        _emit(b, us, comma, h, sp, unit, direct_ranges)
                        para_speaker[unit.para] = sp
                        continue
            # forward cue: "X said (that) ..."
            sp = mention_before(norm, us, h.start, lex)
            if sp is None:
                continue
            weight = info.weight
            if info.category != "speech" and weight < 0.3:
                continue
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
                ms = _CONTENT_SKIP_RE.match(low, cs, ue)
                if ms is not None:
                    cs = ms.end()
            ce = _content_end(norm, cs, ue)
            if ce - cs < 8:
                continue
            h.used = True
            _emit(b, cs, ce, h, sp, unit, direct_ranges)
            para_speaker[unit.para] = sp
        del embedded
    return _finish(b)


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
    if end - start < 3:
        return
    # the content is a direct quote already found: nothing new
    for ds, de in direct_ranges:
        ov = min(end, de) - max(start, ds)
        if ov > 0 and ov >= 0.6 * (end - start):
            return
    kind = "indirect"
    for q in unit.marks:
        if start <= q.start < end:
            kind = "mixed"
            break
    category = hit.info.category
    b.add(start, end, kind, category, hit, sp, min(1.0, 0.4 + hit.info.weight / 2))


def _finish(b: _Builder) -> tuple[Quote, ...]:
    """Resolve speakers and build the Quote objects."""
    from newsmetrics._resolve import Resolver

    text = b.text
    resolver = Resolver(b.article, b.lex)
    out: list[Quote] = []
    for start, end, kind, category, hit, mention, conf in sorted(b.out, key=lambda r: (r[0], r[1])):
        cue = None
        if hit is not None:
            cue = Cue(hit.start, hit.end, text[hit.start : hit.end], hit.info.lemma)
        speaker: Speaker | None = None
        if mention is not None:
            speaker = resolver.resolve(mention)
            if speaker.type == "document" and category != "speech":
                category = "document"
        out.append(
            Quote(start, end, text[start:end], kind, category, cue, speaker, conf)  # type: ignore[arg-type]
        )
    return tuple(out)


def sources(quote_list: Iterable[Quote], article: Article | None = None) -> tuple[Source, ...]:
    """Group quotes into one row per resolved speaker.

    Args:
        quote_list: Quotes from :func:`quotes`.
        article: The article they come from (reserved for per-source
            measures; not needed for the counts).

    Returns:
        One :class:`~newsmetrics.Source` per speaker name, in order of first
        appearance; quotes without a speaker are left out.

    Examples:
        >>> qs = quotes('"No," Jane Roe said. Roe added that talks would go on.')
        >>> [(s.name, s.quotes, s.direct, s.indirect) for s in sources(qs)]
        [('Jane Roe', 2, 1, 1)]
    """
    del article
    rows: dict[str, dict[str, object]] = {}
    for q in quote_list:
        sp = q.speaker
        if sp is None:
            continue
        key = sp.name.lower()
        row = rows.get(key)
        if row is None:
            row = {
                "name": sp.name, "aliases": [], "mentions": [], "quotes": 0, "words": 0,
                "direct": 0, "mixed": 0, "indirect": 0, "speech": 0,
                "anonymous": sp.anonymous, "type": sp.type,
            }
            rows[key] = row
        aliases = row["aliases"]
        assert isinstance(aliases, list)
        if sp.mention != sp.name and sp.mention not in aliases:
            aliases.append(sp.mention)
        mentions = row["mentions"]
        assert isinstance(mentions, list)
        mentions.append(Span(sp.start, sp.end, sp.mention))
        row["quotes"] = int(row["quotes"]) + 1  # type: ignore[call-overload]
        row["words"] = int(row["words"]) + len(_WORD_RE.findall(q.text))  # type: ignore[call-overload]
        row[q.kind] = int(row[q.kind]) + 1  # type: ignore[call-overload]
        if q.category == "speech":
            row["speech"] = int(row["speech"]) + 1  # type: ignore[call-overload]
    return tuple(
        Source(
            name=str(r["name"]),
            aliases=tuple(r["aliases"]),  # type: ignore[arg-type]
            mentions=tuple(r["mentions"]),  # type: ignore[arg-type]
            quotes=int(r["quotes"]),  # type: ignore[call-overload]
            words=int(r["words"]),  # type: ignore[call-overload]
            direct=int(r["direct"]),  # type: ignore[call-overload]
            mixed=int(r["mixed"]),  # type: ignore[call-overload]
            indirect=int(r["indirect"]),  # type: ignore[call-overload]
            speech=int(r["speech"]),  # type: ignore[call-overload]
            anonymous=bool(r["anonymous"]),
            type=r["type"],  # type: ignore[arg-type]
        )
        for r in rows.values()
    )
