"""A plain-text summary of an :class:`~newsmetrics.models.ArticleReport` (an edge).

Used by the command line; also handy in a terminal or a log.
"""

from __future__ import annotations

from newsmetrics.models import ArticleReport

__all__ = ["format_report"]


def _fmt(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _clip(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_report(report: ArticleReport) -> str:
    """Return a short human-readable summary of a report.

    Args:
        report: The report from :func:`newsmetrics.analyze`.

    Returns:
        Several lines of text, no trailing newline.

    Examples:
        >>> from newsmetrics import analyze
        >>> print(format_report(analyze("LONDON (Reuters) - Prices rose. Shares fell.")).splitlines()[0])
        Article
    """
    art = report.article
    lines = ["Article"]
    if art.headline_text:
        lines.append(f"  headline:   {_clip(art.headline_text)}")
    if art.byline:
        who = ", ".join(art.byline.names)
        lines.append(f"  byline:     {who}" + (f" ({art.byline.agency})" if art.byline.agency else ""))
    if art.dateline:
        dl = art.dateline
        parts = [dl.location] + [p for p in (dl.date, dl.agency) if p]
        lines.append(f"  dateline:   {' / '.join(parts)}")
    lines.append(
        f"  body:       {len(art.paragraphs)} paragraphs, {len(art.sentences)} sentences"
    )
    if art.boilerplate:
        kinds = ", ".join(sorted({b.kind for b in art.boilerplate}))
        lines.append(f"  left out:   {len(art.boilerplate)} boilerplate block(s) ({kinds})")
    lines.extend(_readability_lines(report))
    return "\n".join(lines)


def _readability_lines(report: ArticleReport) -> list[str]:
    del report
    return []
