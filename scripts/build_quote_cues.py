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

import bisect
import collections
import json
import re
import statistics
import sys
from pathlib import Path
from typing import Any

from newsmetrics import parse
from newsmetrics._quotemarks import mark_spans

WORD_RE = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
DEFAULT_OUT = ROOT / "newsmetrics" / "data" / "quote_cues.json"
MIN_COUNT = 3
MIN_RATE = 0.04


def locate(text: str, cue: str, q: dict[str, Any]) -> tuple[int, int] | None:
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
    curated = json.loads((ROOT / "newsmetrics" / "data" / "quote_lexicon.json").read_text())
    curated_forms = {f for table in ("speech_cues", "belief_cues") for fs in curated[table].values() for f in fs}
    total: collections.Counter[str] = collections.Counter()
    in_cue: collections.Counter[str] = collections.Counter()
    after: collections.Counter[str] = collections.Counter()  # content after the cue
    lengths: dict[str, list[int]] = collections.defaultdict(list)  # content words
    docs = 0
    for line in train.open(encoding="utf-8"):
        rec = json.loads(line)
        docs += 1
        text = rec["text"]
        # count only where the attributor looks for cues: lower case, outside quotation marks
        art = parse(text)
        quoted = [(s.open_mark if s.open_mark >= 0 else s.start, s.close_mark if s.close_mark >= 0 else s.end)
                  for s in mark_spans(art)]
        q_starts = [a for a, _ in quoted]
        for m in WORD_RE.finditer(text):
            k = bisect.bisect_right(q_starts, m.start()) - 1
            if k >= 0 and quoted[k][1] > m.start():
                continue
            if m.group()[0].isupper():
                continue
            total[m.group().lower().replace("\u2019", "'")] += 1
        seen: set[tuple[int, int]] = set()
        for q in rec["quotes"]:
            span = locate(text, q.get("cue") or "", q)
            if span is None or span in seen:
                continue
            seen.add(span)
            n_words = len(WORD_RE.findall(q["quote"]))
            for m in WORD_RE.finditer(text, span[0], span[1]):
                w = m.group().lower().replace("\u2019", "'")
                in_cue[w] += 1
                after[w] += span[0] < q["quote_start"]
                if q["kind"] != "direct":
                    lengths[w].append(n_words)
    words = {}
    for w in sorted(set(in_cue) | curated_forms):
        n = in_cue[w]
        t = max(total[w], n)
        rate = n / t if t else 0.0
        if (n >= MIN_COUNT and rate >= MIN_RATE) or w in curated_forms:
            row: dict[str, float | int] = {"rate": round(rate, 3), "n": n, "total": t}
            if n:
                row["after"] = round(after[w] / n, 2)
            if lengths[w]:
                row["len"] = int(statistics.median(lengths[w]))
            words[w] = row
    payload = {
        "about": "Cue-word statistics learned from the PolNeAR train split by "
        "scripts/build_quote_cues.py: rate = share of the word's lower-case occurrences "
        "outside quotation marks that fall inside an annotated attribution cue; n = such "
        "occurrences; total = all such occurrences; after = share of those cues whose content "
        "follows the cue; len = median words of their reported (non-direct) content.",
        "docs": docs,
        "words": words,
    }
    out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(words)} cue words from {docs} articles -> {out}")


if __name__ == "__main__":
    main()
