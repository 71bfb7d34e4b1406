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
from importlib.metadata import PackageNotFoundError, version

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
    Dateline,
    DistinctiveTerm,
    Entity,
    Keyphrase,
    KeywordReport,
    Paragraph,
    ReadabilityScores,
    Sentence,
    SentimentScores,
    Span,
    TargetSentiment,
    Term,
    TermTrend,
    TermWeight,
    Token,
    TrendPoint,
)
from newsmetrics.readability import readability
from newsmetrics.sentiment import sentiment, sentiment_toward

try:
    __version__ = version("newsmetrics")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "AnalysisConfig",
    "Article",
    "ArticleReport",
    "BatchResult",
    "Boilerplate",
    "Byline",
    "Corpus",
    "Dateline",
    "DistinctiveTerm",
    "EmptyTextError",
    "Entity",
    "Keyphrase",
    "KeywordReport",
    "NewsmetricsError",
    "NotTextError",
    "Paragraph",
    "ReadabilityScores",
    "Sentence",
    "SentimentScores",
    "Span",
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
    "readability",
    "sentiment",
    "sentiment_toward",
]
