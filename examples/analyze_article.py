"""Analyse one article and print what an editor asks first.

Run: python examples/analyze_article.py [FILE]   (default: the bundled sample article)
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import newsmetrics


def main() -> None:
    """Print the article's parts and its readability."""
    if len(sys.argv) > 1:
        text = Path(sys.argv[1]).read_text(encoding="utf-8")
    else:
        text = (
            resources.files("newsmetrics")
            .joinpath("data/sample_article.txt")
            .read_text(encoding="utf-8")
        )
    report = newsmetrics.analyze(text)
    art = report.article
    print("headline:", art.headline_text)
    if art.dateline is not None:
        print("dateline:", art.dateline.location, art.dateline.date, art.dateline.agency)
    print("sentences:", len(art.sentences))
    for sentence in art.sentences[:3]:
        print(f"  [{sentence.start}:{sentence.end}] {sentence.text}")


if __name__ == "__main__":
    main()
