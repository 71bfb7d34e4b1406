"""Readability: counts, classic formulas and a news-calibrated difficulty score.

(Being built: see issue 2. The placeholder below keeps the API importable.)
"""

from __future__ import annotations

from newsmetrics._text import as_article
from newsmetrics.models import Article, ReadabilityScores

__all__ = ["readability"]


def readability(text: str | Article) -> ReadabilityScores:
    """Measure the readability of an article.

    Args:
        text: The article text, or an :class:`~newsmetrics.Article`.

    Returns:
        The scores.
    """
    article = as_article(text)
    return ReadabilityScores(sentences=len(article.sentences))
