"""Derive the cue-word statistics of newsmetrics/data/quote_cues.json from PolNeAR TRAIN.

What is learned is general: for each lower-cased word form, how often it occurs
inside an annotated attribution cue, against how often it occurs at all in the
training articles, and on which side the content tends to lie. No article text,
span or document identity is kept.

Usage:
    python scripts/build_quote_cues.py [TRAIN.jsonl] [OUT.json]

The training file is PolNeAR (Newell, Margolin & Ruths, LREC 2018) converted to
JSONL, read from ../shared/data/quotes/polnear_train.jsonl by default. Only the
train split may be used here; dev is for measuring.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

WORD_RE = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
DEFAULT_OUT = ROOT / "newsmetrics" / "data" / "quote_cues.json"
MIN_COUNT = 3
MIN_RATE = 0.04


def locate(text: str, cue: str, q: dict) -> tuple[int, int] | None:
    """Find the gold cue string nearest to its quote (the data has no cue offsets)."""
    cue = cue.strip()
    if not cue or not any(c.isalpha() for c in cue):
        return None
    anchors = [q["quote_start"], q["quote_end"]]
    if q.get("speaker_start") is not None:
        anchors += [q["speaker_start"], q["speaker_end"]]
    lo, hi = max(0, min(anchors) - 300), min(len(text), max(anchors) + 300)
    best: tuple[int, int] | None = None
    best_d = 10**9
    i = text.find(cue, lo, hi)
    while i >= 0:
        d = min(abs(i - a) for a in anchors)
        if d < best_d:
            best, best_d = (i, i + len(cue)), d
        i = text.find(cue, i + 1, hi)
    return best


def main() -> None:
    train = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TRAIN
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    if "dev" in train.name:
        sys.exit("refusing to learn from a dev file")
    total: collections.Counter[str] = collections.Counter()
    in_cue: collections.Counter[str] = collections.Counter()
    after: collections.Counter[str] = collections.Counter()  # content after the cue
    docs = 0
    for line in train.open(encoding="utf-8"):
        rec = json.loads(line)
        docs += 1
        text = rec["text"]
        for m in WORD_RE.finditer(text):
            total[m.group().lower().replace("\u2019", "'")] += 1
        seen: set[tuple[int, int]] = set()
        for q in rec["quotes"]:
            span = locate(text, q.get("cue") or "", q)
            if span is None or span in seen:
                continue
            seen.add(span)
            for m in WORD_RE.finditer(text, span[0], span[1]):
                w = m.group().lower().replace("\u2019", "'")
                in_cue[w] += 1
                after[w] += span[0] < q["quote_start"]
    words = {}
    for w, n in sorted(in_cue.items()):
        t = max(total[w], n)
        rate = n / t
        if n >= MIN_COUNT and rate >= MIN_RATE:
            words[w] = {"rate": round(rate, 3), "n": n, "after": round(after[w] / n, 2)}
    payload = {
        "about": "Cue-word statistics learned from the PolNeAR train split by "
        "scripts/build_quote_cues.py: rate = share of the word's occurrences that "
        "fall inside an annotated attribution cue; n = such occurrences; after = share "
        "of those cues whose content follows the cue.",
        "docs": docs,
        "words": words,
    }
    out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(words)} cue words from {docs} articles -> {out}")


if __name__ == "__main__":
    main()
