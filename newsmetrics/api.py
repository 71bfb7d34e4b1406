"""The public entry points that run several analyses: :func:`analyze`, :func:`analyze_many`."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping

from newsmetrics._text import as_article
from newsmetrics.keywords import keywords
from newsmetrics.models import AnalysisConfig, Article, ArticleReport, BatchResult, Source
from newsmetrics.quotes import quotes, sources
from newsmetrics.readability import readability
from newsmetrics.sentiment import sentiment, sentiment_toward_spans

__all__ = ["analyze", "analyze_many"]

_DEFAULT_CONFIG = AnalysisConfig()

BatchItem = str | Article | Mapping[str, object]
"""What :func:`analyze_many` takes: a text, a parsed article, or a mapping
with ``"text"`` and optional ``"title"`` and ``"id"`` (a JSONL record)."""


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
        The full report. Its sentiment's quoted voice is the content credited
        to a source by quote attribution (direct, mixed and reported speech);
        everything else is the narrative voice.

    Raises:
        NotTextError: ``text`` is not a string (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).

    Examples:
        >>> report = analyze("LONDON (Reuters) - Prices rose. Shares fell.")
        >>> report.article.dateline.location
        'LONDON'
    """
    cfg = _DEFAULT_CONFIG if config is None else config
    if not isinstance(cfg, AnalysisConfig):
        msg = f"config must be a newsmetrics.AnalysisConfig or None, not {type(cfg).__name__}"
        raise TypeError(msg)
    article = as_article(text, title=title)
    found_quotes = quotes(article, min_confidence=cfg.quotes_min_confidence)
    found_sources = tuple(
        dataclasses.replace(
            src,
            sentiment=sentiment_toward_spans(
                article, _source_spans(article, src), mode=cfg.sentiment_mode
            ),
        )
        for src in sources(found_quotes, article)
    )
    return ArticleReport(
        article=article,
        readability=readability(article, hardest=cfg.hardest_sentences),
        keywords=keywords(
            article,
            top=cfg.keywords_top,
            stopwords=cfg.keywords_stopwords,
            extra_stopwords=cfg.keywords_extra_stopwords,
            numbers=cfg.keywords_numbers,
            max_n=cfg.keywords_max_n,
            min_ngram_count=cfg.keywords_min_ngram_count,
        ),
        # The quoted voice is what sources are credited with (direct, mixed
        # and reported speech); unattributed framing stays narrative.
        sentiment=sentiment(
            article,
            quotes=[q for q in found_quotes if q.speaker is not None],
            mode=cfg.sentiment_mode,
        ),
        quotes=found_quotes,
        sources=found_sources,
    )


def _source_spans(article: Article, source: Source) -> list[tuple[int, int]]:
    """Where a source is mentioned in the body: credited mentions, plus its name and aliases.

    Overlapping finds keep the first (longest at that place); spans outside
    the body sentences (headline, byline, boilerplate) are left out.
    """
    found = {(m.start, m.end) for m in source.mentions}
    sentences = article.sentences
    if not sentences:
        return sorted(found)
    starts = [s.start for s in sentences]
    for name in {source.name, *source.aliases}:
        if len(name) < 3 or not name[0].isupper():
            continue  # pronouns and bare common nouns match too much
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", article.text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= sentences[i].end:
                found.add(m.span())
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda se: (se[0], -se[1])):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _analyze_item(job: tuple[int, BatchItem, AnalysisConfig]) -> BatchResult:
    """Analyse one batch item, turning any failure into an error record."""
    index, item, cfg = job
    item_id: str | None = None
    try:
        if isinstance(item, Mapping):
            raw_id = item.get("id")
            item_id = None if raw_id is None else str(raw_id)
            title = item.get("title")
            text = item.get("text")
            report = analyze(
                text,  # type: ignore[arg-type]  # analyze() checks the type itself
                title=title if isinstance(title, str) else None,
                config=cfg,
            )
        else:
            report = analyze(item, config=cfg)
    except Exception as exc:  # one bad item must never sink the batch
        return BatchResult(index, item_id, None, f"{type(exc).__name__}: {exc}")
    return BatchResult(index, item_id, report, None)


def analyze_many(
    items: Iterable[BatchItem],
    *,
    config: AnalysisConfig | None = None,
    workers: int = 1,
    chunksize: int = 8,
) -> Iterator[BatchResult]:
    """Analyse many articles, yielding one result per item, in input order.

    A bad item (not text, empty, or anything that fails) yields a
    :class:`~newsmetrics.models.BatchResult` whose ``error`` says why, in its
    place: no row is ever dropped or reordered.

    Args:
        items: Texts, parsed articles, or mappings with ``"text"`` and
            optional ``"title"`` and ``"id"`` (for example JSONL records).
        config: Options for every item.
        workers: Worker processes; ``1`` (the default) runs in this process.
        chunksize: Items sent to a worker at a time when ``workers > 1``.

    Yields:
        One result per item.

    Raises:
        ValueError: ``workers`` or ``chunksize`` is less than 1.

    Examples:
        >>> rows = list(analyze_many(["Prices rose. Shares fell.", "", 42]))
        >>> [r.ok for r in rows]
        [True, False, False]
        >>> rows[1].error
        'EmptyTextError: text is empty or white space only; pass the text of a news article'
    """
    if workers < 1 or chunksize < 1:
        msg = f"workers and chunksize must be at least 1 (got {workers} and {chunksize})"
        raise ValueError(msg)
    cfg = _DEFAULT_CONFIG if config is None else config
    jobs = ((i, item, cfg) for i, item in enumerate(items))
    if workers == 1:
        yield from map(_analyze_item, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor  # only batch users pay for it

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_analyze_item, jobs, chunksize=chunksize)
