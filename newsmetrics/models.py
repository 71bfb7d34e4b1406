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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

__all__ = [
    "AnalysisConfig",
    "Article",
    "ArticleReport",
    "Boilerplate",
    "Byline",
    "Dateline",
    "Paragraph",
    "ReadabilityScores",
    "Sentence",
    "Span",
    "Token",
    "TokenKind",
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
class ReadabilityScores(Model):
    """Readability of an article (placeholder while issue 2 is built)."""

    sentences: int

# ---- sentiment ------------------------------------------------------------

# ---- keywords -------------------------------------------------------------

# ---- quotes ---------------------------------------------------------------


# ---- configuration and the report --------------------------------------------


@dataclass(frozen=True, slots=True)
class AnalysisConfig(Model):
    """Options for :func:`newsmetrics.analyze`, in one place.

    Change a copy with :func:`dataclasses.replace`::

        cfg = dataclasses.replace(AnalysisConfig(), hardest_sentences=3)

    Attributes:
        hardest_sentences: How many of the hardest sentences readability
            reports (default 5).
    """

    hardest_sentences: int = 5


@dataclass(frozen=True, slots=True)
class ArticleReport(Model):
    """Everything newsmetrics measures about one article.

    Attributes:
        article: The parsed article (offsets, parts, sentences, tokens).
        readability: Readability scores.
    """

    article: Article
    readability: ReadabilityScores
