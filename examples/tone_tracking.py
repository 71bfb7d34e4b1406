"""Tone over a handful of articles, and narrative versus quoted tone.

Run: python examples/tone_tracking.py
"""

from __future__ import annotations

import newsmetrics

ARTICLES = [
    (
        "2026-03-02",
        "Harbour plan stalls\n\nPORTHAVEN (Northwind) - Talks on the flood wall collapsed on "
        'Monday. "This is a disgrace," said Councillor Dev Sharma. Residents were angry.',
    ),
    (
        "2026-03-09",
        "Council finds money for wall\n\nPORTHAVEN (Northwind) - The council found the money "
        'for the new wall on Monday. "We are delighted," Mayor Helen Achebe said.',
    ),
    (
        "2026-03-16",
        "Wall vote passes\n\nPORTHAVEN (Northwind) - The council approved the flood wall by "
        "seven votes to two. Work will start in September, officials said.",
    ),
]


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


def main() -> None:
    """Print the document, headline, narrative and quoted tone of each article."""
    for date, text in ARTICLES:
        s = newsmetrics.sentiment(text)
        headline = s.headline.compound if s.headline else float("nan")
        print(
            f"{date}  doc {s.compound:+.2f} (label {s.label:+d})  headline {headline:+.2f}"
            f"  narrative {_fmt(s.narrative.compound)}  quoted {_fmt(s.quoted.compound)}"
        )
    target = newsmetrics.sentiment_toward(ARTICLES[0][1], "Dev Sharma")
    print("toward Dev Sharma:", target.compound, target.label)


if __name__ == "__main__":
    main()
