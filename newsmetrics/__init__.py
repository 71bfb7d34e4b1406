"""newsmetrics: measured facts from news articles.

Readability, sentiment and tone, keywords and keyphrases, and quote
attribution, from one parse of the article.

Examples:
    >>> import newsmetrics
    >>> art = newsmetrics.parse("PARIS, March 3 (AFP) -- Talks resumed. Both sides met.")
    >>> art.dateline.agency, len(art.sentences)
    ('AFP', 2)
"""

from __future__ import annotations

import logging

from newsmetrics._text import parse
from newsmetrics.api import analyze, analyze_many
from newsmetrics.corpus import Corpus
from newsmetrics.errors import EmptyTextError, NewsmetricsError, NotTextError
from newsmetrics.keywords import keyphrases, keywords
from newsmetrics.models import (
    AnalysisConfig,
    Article,
    ArticleReport,
    BatchResult,
    Boilerplate,
    Byline,
    Cue,
    Dateline,
    DistinctiveTerm,
    Entity,
    Keyphrase,
    KeywordReport,
    Paragraph,
    Quote,
    ReadabilityScores,
    Sentence,
    SentimentScores,
    Source,
    Span,
    Speaker,
    TargetSentiment,
    Term,
    TermTrend,
    TermWeight,
    Token,
    TrendPoint,
)
from newsmetrics.quotes import quotes, sources
from newsmetrics.readability import readability
from newsmetrics.sentiment import sentiment, sentiment_toward


def __getattr__(name: str) -> str:
    """Look ``__version__`` up on first use (importlib.metadata is slow to import)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsmetrics")
        except PackageNotFoundError:  # a source tree that is not installed
            return "0.0.0"
    msg = f"module 'newsmetrics' has no attribute {name!r}"
    raise AttributeError(msg)


logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "AnalysisConfig",
    "Article",
    "ArticleReport",
    "BatchResult",
    "Boilerplate",
    "Byline",
    "Corpus",
    "Cue",
    "Dateline",
    "DistinctiveTerm",
    "EmptyTextError",
    "Entity",
    "Keyphrase",
    "KeywordReport",
    "NewsmetricsError",
    "NotTextError",
    "Paragraph",
    "Quote",
    "ReadabilityScores",
    "Sentence",
    "SentimentScores",
    "Source",
    "Span",
    "Speaker",
    "TargetSentiment",
    "Term",
    "TermTrend",
    "TermWeight",
    "Token",
    "TrendPoint",
    "__version__",
    "analyze",
    "analyze_many",
    "keyphrases",
    "keywords",
    "parse",
    "quotes",
    "readability",
    "sentiment",
    "sentiment_toward",
    "sources",
]
