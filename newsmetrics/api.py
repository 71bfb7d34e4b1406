"""The public entry points that run several analyses: :func:`analyze`."""

from __future__ import annotations

from newsmetrics._text import as_article
from newsmetrics.models import AnalysisConfig, Article, ArticleReport
from newsmetrics.readability import readability

__all__ = ["analyze"]

_DEFAULT_CONFIG = AnalysisConfig()


def analyze(
    text: str | Article,
    *,
    title: str | None = None,
    config: AnalysisConfig | None = None,
) -> ArticleReport:
    """Parse an article once and run every analysis on it.

    Args:
        text: The article text (or an already parsed :class:`~newsmetrics.Article`).
        title: The headline, when it is not the first line of ``text``.
        config: Options; the defaults when ``None``.

    Returns:
        The full report.

    Raises:
        NotTextError: ``text`` is not a string (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).

    Examples:
        >>> report = analyze("LONDON (Reuters) - Prices rose. Shares fell.")
        >>> report.article.dateline.location
        'LONDON'
    """
    cfg = _DEFAULT_CONFIG if config is None else config
    article = as_article(text, title=title)
    del cfg
    return ArticleReport(
        article=article,
        readability=readability(article),
    )
