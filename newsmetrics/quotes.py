"""Quote attribution: who said what, with direct, mixed and reported speech.

:func:`quotes` finds every attribution in the body of an article: the words
in quotation marks (``direct``), reported speech holding a quoted fragment
(``mixed``) and reported speech without marks (``indirect``), each with its
cue (``said``, ``according to``, ``believes``), its speaker and a learned
confidence. :func:`sources` groups them into one row per resolved speaker.

The attributions are found by :mod:`newsmetrics._attribution` (the method is
described there and in the docs); this module checks the arguments of the
public functions, so that a wrong one gets the same clear error whether or
not that engine was compiled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from newsmetrics._attribution import MIN_CONFIDENCE, attribute, confidence_features
from newsmetrics._text import as_article
from newsmetrics.models import Article, Quote, Source, Span

__all__ = ["MIN_CONFIDENCE", "confidence_features", "quotes", "sources"]

_SpeakerType = Literal["person", "group", "document", "unknown"]
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")  # the words a source is quoted


def quotes(text: str | Article, *, min_confidence: float = MIN_CONFIDENCE) -> tuple[Quote, ...]:
    """Find every attribution in an article: direct, mixed and reported speech.

    Every attribution is returned, including beliefs, intentions and what
    polls and documents show; :attr:`Quote.category` tells them apart
    (``q.category == "speech"`` keeps quotes in the everyday sense).

    Each quote carries a learned :attr:`Quote.confidence`: the estimated
    chance that both its content and its speaker are right, fitted on the
    PolNeAR training split (``scripts/fit_quote_confidence.py``). Quotes below
    ``min_confidence`` are left out; the default, :data:`MIN_CONFIDENCE`, is
    the threshold that maximised end-to-end F1 on held-out training
    articles. Pass ``min_confidence=0.0`` for everything the rules find.

    Args:
        text: The article text, or an :class:`~newsmetrics.Article`.
        min_confidence: Leave out quotes whose confidence is below this
            (0 to 1).

    Returns:
        The quotes in text order.

    Raises:
        NotTextError: ``text`` is neither a string nor an article.
        EmptyTextError: ``text`` is empty or white space only.
        TypeError: ``min_confidence`` is not a number.
        ValueError: ``min_confidence`` is not between 0 and 1, or is a bool.

    Examples:
        >>> qs = quotes('"We will win," Sen. Jane Roe said. Officials said the vote was close.')
        >>> [(q.kind, q.text, q.speaker.name) for q in qs]
        [('direct', '"We will win,"', 'Jane Roe'), ('indirect', 'the vote was close', 'officials')]
    """
    article = as_article(text)
    msg = f"min_confidence must be a number from 0 to 1, not {min_confidence!r}"
    if not isinstance(min_confidence, (int, float)):
        raise TypeError(msg)
    if isinstance(min_confidence, bool) or not 0.0 <= min_confidence <= 1.0:
        raise ValueError(msg)
    return attribute(article, float(min_confidence))


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
    rows: dict[str, _SourceRow] = {}
    for q in quote_list:
        sp = q.speaker
        if sp is None:
            continue
        key = sp.name.lower()
        row = rows.get(key)
        if row is None:
            row = rows[key] = _SourceRow(sp.name, sp.anonymous, sp.type)
        if sp.mention != sp.name and sp.mention not in row.aliases:
            row.aliases.append(sp.mention)
        row.mentions.append(Span(sp.start, sp.end, sp.mention))
        row.words += len(_WORD_RE.findall(q.text))
        row.kinds[q.kind] += 1
        row.speech += q.category == "speech"
    return tuple(
        Source(
            name=r.name,
            aliases=tuple(r.aliases),
            mentions=tuple(r.mentions),
            quotes=len(r.mentions),
            words=r.words,
            direct=r.kinds["direct"],
            mixed=r.kinds["mixed"],
            indirect=r.kinds["indirect"],
            speech=r.speech,
            anonymous=r.anonymous,
            type=r.type,
        )
        for r in rows.values()
    )


class _SourceRow:
    """The running counts of one source while :func:`sources` groups quotes."""

    __slots__ = ("aliases", "anonymous", "kinds", "mentions", "name", "speech", "type", "words")

    def __init__(self, name: str, anonymous: bool, typ: _SpeakerType) -> None:
        self.name = name
        self.anonymous = anonymous
        self.type: _SpeakerType = typ
        self.aliases: list[str] = []
        self.mentions: list[Span] = []
        self.words = 0
        self.speech = 0
        self.kinds = {"direct": 0, "mixed": 0, "indirect": 0}
