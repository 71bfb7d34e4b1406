"""The shared text core: normalise, find the article's parts, split, tokenise.

The parsing itself is in :mod:`newsmetrics._segment` (compiled with mypyc in
wheel builds); :func:`parse` and :func:`as_article`, called with users'
arguments, check them here, in Python, in every build.

Everything here works on offsets into the original string. Normalisation is a
same-length character mapping (:func:`normalize`), so an offset found in the
normalised view is an offset into the original text.

All regular expressions are compiled once at import and are linear-time on
any input: no nested quantifiers that can backtrack over the same characters.
"""

from __future__ import annotations

import re
from typing import Final

from newsmetrics._segment import build, normalize, split_sentences
from newsmetrics.errors import EmptyTextError, NotTextError, describe_bad_input
from newsmetrics.models import Article, Token, TokenKind

__all__ = [
    "check_text",
    "normalize",
    "parse",
    "split_sentences",
    "tokenize",
]


def check_text(text: object) -> str:
    """Validate the input of a public function.

    Args:
        text: What the caller passed.

    Returns:
        ``text``, typed as ``str``.

    Raises:
        NotTextError: ``text`` is not a ``str``.
        EmptyTextError: ``text`` is empty or white space only.
    """
    if not isinstance(text, str):
        raise NotTextError(describe_bad_input(text))
    if not text or text.isspace():  # no stripped copy of a long text
        msg = "text is empty or white space only; pass the text of a news article"
        raise EmptyTextError(msg)
    return text


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

# One alternative per token kind, tried in order. Each is linear: no two
# quantified parts can match the same characters.
_TOKEN_RE: Final = re.compile(
    r"""
    (?P<acronym>(?:[^\W\d_]\.){2,})                      # U.S.  a.m.  J.K.
  | (?P<number>\d+(?:[.,:/]\d+)*(?:[^\W_]+)?(?:-[^\W_]+)*)  # 3.5  1,200  2015  10-year-old
  | (?P<word>[^\W\d_][^\W_]*(?:['’\-][^\W_]+)*)          # word  don't  COVID-19
  | (?P<ellipsis>\.{2,}|…)
  | (?P<dash>-{2,}|[—–])
  | (?P<symbol>[$£€¥%&@#+=<>~^|*/\\])
  | (?P<punct>\S)
    """,
    re.VERBOSE,
)

_KIND: dict[str, TokenKind] = {
    "acronym": "word",
    "number": "number",
    "word": "word",
    "ellipsis": "punct",
    "dash": "punct",
    "symbol": "symbol",
    "punct": "punct",
}


def tokenize(
    text: str, start: int = 0, end: int | None = None, *, source: str | None = None
) -> list[Token]:
    """Tokenise ``text[start:end]``, keeping offsets into ``text``.

    Args:
        text: The string to tokenise (best: the normalised view, so that
            curly and straight quotes tokenise alike).
        start: Where to start.
        end: Where to stop (default: the end).
        source: The original string ``text`` is a view of; token texts are
            taken from it (default: ``text`` itself).

    Returns:
        The tokens, in order.

    Examples:
        >>> [t.text for t in tokenize("The U.S. paid $1.2bn, he said.")]
        ['The', 'U.S.', 'paid', '$', '1.2bn', ',', 'he', 'said', '.']
    """
    stop = len(text) if end is None else end
    kinds = _KIND
    if source is None or source is text:
        return [
            Token(m.group(), m.start(), m.end(), kinds[m.lastgroup or "punct"])
            for m in _TOKEN_RE.finditer(text, start, stop)
        ]
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start, stop):
        a, b = m.span()
        out.append(Token(source[a:b], a, b, kinds[m.lastgroup or "punct"]))
    return out



def parse(text: str, *, title: str | None = None) -> Article:
    """Parse a news article into an :class:`~newsmetrics.models.Article`.

    Args:
        text: The article as plain text, paragraphs separated by line breaks.
        title: The headline, if you have it separately. When the text starts
            with the same line, that line is taken as the headline.

    Returns:
        The article with headline, byline, dateline, boilerplate, paragraphs,
        sentences and tokens, each with offsets into ``text``.

    Raises:
        NotTextError: ``text`` (or ``title``) is not a string.
        EmptyTextError: ``text`` is empty or white space only.

    Examples:
        >>> art = parse("Storm hits coast\\n\\nMIAMI (AP) - A storm hit Florida. It was big.")
        >>> art.headline.text, art.dateline.location, art.dateline.agency
        ('Storm hits coast', 'MIAMI', 'AP')
        >>> [s.text for s in art.sentences]
        ['A storm hit Florida.', 'It was big.']
    """
    check_text(text)
    if title is not None and not isinstance(title, str):
        raise NotTextError(describe_bad_input(title, what="title"))
    return build(text, title)


def as_article(text_or_article: object, *, title: str | None = None) -> Article:
    """Return an :class:`Article`, parsing only when given a string.

    Every public analysis function calls this at its boundary.

    Args:
        text_or_article: A ``str`` or an already parsed article.
        title: Passed to :func:`parse` for strings.

    Returns:
        The article.

    Raises:
        NotTextError: Neither a ``str`` nor an ``Article``.
        EmptyTextError: An empty or white-space-only string.
    """
    if isinstance(text_or_article, Article):
        return text_or_article
    return parse(check_text(text_or_article), title=title)
