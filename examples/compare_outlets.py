"""Distinctive terms of one outlet against another (log-odds with a Dirichlet prior).

Run: python examples/compare_outlets.py
"""

from __future__ import annotations

import datetime as dt

import newsmetrics
from newsmetrics import Corpus

STORIES = [
    ("Coast Herald", "2026-03-02", "The storm surge flooded the old town. Residents fled the flood."),
    ("Coast Herald", "2026-03-09", "Flood victims demand answers as the storm damage is counted."),
    ("Coast Herald", "2026-04-01", "Another storm warning for the flooded harbour district."),
    ("City Ledger", "2026-03-03", "The council budget faces a deficit after the wall vote."),
    ("City Ledger", "2026-03-10", "Budget talks: the council weighs bonds to pay for the wall."),
    ("City Ledger", "2026-04-02", "Bond markets welcome the council budget plan."),
]


def main() -> None:
    """Print each outlet's most distinctive words and a monthly trend."""
    reports = [newsmetrics.keywords(text) for _, _, text in STORIES]
    corpus = Corpus.from_reports(
        reports,
        groups=[outlet for outlet, _, _ in STORIES],
        dates=[dt.date.fromisoformat(day) for _, day, _ in STORIES],
    )
    for outlet in ("Coast Herald", "City Ledger"):
        terms = corpus.distinctive(outlet, top=4)
        print(outlet, [(t.text, round(t.z, 2)) for t in terms])
    trend = corpus.trend("storm", period="month")
    print("storm per month:", [(p.period, p.count) for p in trend.points])


if __name__ == "__main__":
    main()
