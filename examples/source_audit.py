"""A source-diversity audit: who is quoted, how much, and how many sources are anonymous.

Run: python examples/source_audit.py
"""

from __future__ import annotations

from importlib import resources

import newsmetrics


def main() -> None:
    """Print the source table of the bundled sample article."""
    text = (
        resources.files("newsmetrics").joinpath("data/sample_article.txt").read_text("utf-8")
    )
    report = newsmetrics.analyze(text)
    print(f"{'source':<30} {'quotes':>6} {'direct':>6} {'words':>6}  anonymous")
    for source in report.sources:
        print(
            f"{source.name:<30} {source.quotes:>6} {source.direct:>6} {source.words:>6}"
            f"  {'yes' if source.anonymous else ''}"
        )
    anonymous = sum(s.quotes for s in report.sources if s.anonymous)
    total = sum(s.quotes for s in report.sources)
    print(f"\n{anonymous} of {total} attributions go to anonymous sources")
    # Every quote carries offsets into the text, for highlighting.
    for quote in report.quotes[:3]:
        assert text[quote.start : quote.end] == quote.text
        speaker = quote.speaker.name if quote.speaker else "?"
        print(f"[{quote.start}:{quote.end}] {quote.kind:<8} {speaker}: {quote.text[:50]}")


if __name__ == "__main__":
    main()
