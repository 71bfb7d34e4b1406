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
    lines.extend(_sentiment_lines(report))
    lines.extend(_keyword_lines(report))
    lines.extend(_quote_lines(report))
    return "\n".join(lines)


def _readability_lines(report: ArticleReport) -> list[str]:
    r = report.readability
    c = r.counts
    lines = [
        "Readability",
        f"  {c.words} words, {c.sentences} sentences, {c.syllables} syllables,"
        f" {c.difficult_words} difficult words",
        f"  difficulty {_fmt(r.difficulty)} (grade-like, news-calibrated);"
        f" Flesch-Kincaid grade {_fmt(r.flesch_kincaid_grade)};"
        f" Flesch reading ease {_fmt(r.flesch_reading_ease)};"
        f" SMOG {_fmt(r.smog)}; consensus grade {_fmt(r.consensus_grade)}",
    ]
    if r.hardest_sentences:
        hardest = r.hardest_sentences[0]
        lines.append(
            f"  hardest sentence [{hardest.start}:{hardest.end}]"
            f" (difficulty {_fmt(hardest.difficulty)}): {_clip(hardest.text, 70)}"
        )
    return lines


def _sentiment_lines(report: ArticleReport) -> list[str]:
    s = report.sentiment
    lines = [
        "Sentiment",
        f"  document {s.compound:+.3f} (label {s.label:+d}, {s.mode} mode);"
        f" tone {s.tone.tone:+.2f} (GDELT-style)",
    ]
    if s.headline is not None:
        lines.append(f"  headline {s.headline.compound:+.3f} (label {s.headline.label:+d})")
    narrative, quoted = s.narrative, s.quoted
    if narrative.compound is not None or quoted.compound is not None:
        lines.append(
            f"  narrative {_fmt(narrative.compound, 3)} vs quoted {_fmt(quoted.compound, 3)}"
        )
    return lines


def _keyword_lines(report: ArticleReport) -> list[str]:
    k = report.keywords
    lines = ["Keywords"]
    if k.phrases:
        lines.append("  keyphrases: " + "; ".join(p.text for p in k.phrases[:8]))
    if k.entities:
        lines.append(
            "  names: " + "; ".join(f"{e.text} ({e.count})" for e in k.entities[:6])
        )
    if k.terms:
        lines.append(
            "  most frequent: " + ", ".join(f"{t.text} ({t.count})" for t in k.terms[:8])
        )
    return lines


def _quote_lines(report: ArticleReport) -> list[str]:
    lines = [f"Quotes ({len(report.quotes)})"]
    for q in report.quotes[:12]:
        who = q.speaker.name if q.speaker is not None else "?"
        flag = " [attribution]" if q.is_attribution else ""
        lines.append(f"  {q.kind:<8} {who:<22} {_clip(q.text, 60)}{flag}")
    if len(report.quotes) > 12:
        lines.append(f"  ... and {len(report.quotes) - 12} more")
    if report.sources:
        lines.append("Sources")
        for src in report.sources:
            anon = " (anonymous)" if src.anonymous else ""
            toward = src.sentiment.compound if src.sentiment is not None else None
            lines.append(
                f"  {src.name:<26} {src.quotes} quote(s): {src.direct} direct,"
                f" {src.mixed} mixed, {src.indirect} indirect; {src.words} words;"
                f" tone toward {_fmt(toward, 2)}{anon}"
            )
    return lines
