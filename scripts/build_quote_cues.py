"""Derive the cue-word statistics of newsmetrics/data/quote_cues.json from PolNeAR TRAIN.

What is learned is general: for each lower-cased word form, how often it occurs
inside an annotated attribution cue, against how often it occurs at all in the
training articles, and on which side the content tends to lie. No article text,
span or document identity is kept.

Usage:
    python scripts/build_quote_cues.py [TRAIN.jsonl] [OUT.json]
    python scripts/build_quote_cues.py --report-precision [TRAIN.jsonl] [OUT.json]

The second form adds ``report_drop`` to OUT.json: the cue forms whose reported
(non-direct) attributions, as ``newsmetrics.quotes`` finds them on the training
split, were right end to end (content overlapping a gold attribution by half,
speaker sharing its head word) in fewer than REPORT_MIN_PRECISION and matched a
gold content at all in fewer than REPORT_MAX_OVERLAP of at least
REPORT_MIN_COUNT cases (``drew support from``, ``plans``, ``allegations``). Those
forms still find the speaker of a direct quote but open no reported speech.

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
REPORT_MIN_COUNT = 10
REPORT_MIN_PRECISION = 0.25  # smoothed (right + 1) / (n + 2); F1 gains from a drop below F1 / 2 (0.15, 0.2, 0.3 tried on train)
REPORT_MAX_OVERLAP = 0.35  # smoothed share matched by overlap: keep cues right in extent, wrong in speaker


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


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spans as the shared scorer does (white space, quotation marks, edge punctuation)."""
    edge = set("\"'\u201c\u201d\u2018\u2019`\u00ab\u00bb \t\r\n,.;:!?\u2026-\u2013\u2014()[]")
    while s < e and text[s] in edge:
        s += 1
    while e > s and text[e - 1] in edge:
        e -= 1
    return s, e


def _head(name: str | None) -> list[str]:
    """The scorer's name tokens: lower-case words before the first comma, minus a few stop words."""
    stop = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "s", "his", "her", "their", "its", "jr", "sr"}
    if not name:
        return []
    words = re.sub(r"[^\w\s]", " ", re.sub(r"'s\b", "", name.split(",")[0].lower().replace("\u2019", "'"))).split()
    return [w for w in words if w not in stop] or words


def report_precision(train: Path, out: Path) -> None:
    """Write ``report_drop``: cue forms whose reported attributions were mostly wrong on TRAIN."""
    from newsmetrics import _quotelex
    from newsmetrics.quotes import quotes

    payload = json.loads(out.read_text(encoding="utf-8"))
    payload.pop("report_drop", None)
    out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    _quotelex.lexicon.cache_clear()  # measure with nothing dropped
    n: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    matched: collections.Counter[str] = collections.Counter()
    for line in train.open(encoding="utf-8"):
        rec = json.loads(line)
        text = rec["text"]
        golds = [(*_trim(text, g["quote_start"], g["quote_end"]), g.get("speaker")) for g in rec["quotes"]]
        used: set[int] = set()
        for q in quotes(text):
            if q.kind == "direct" or q.cue is None:
                continue
            cue = q.cue.text.lower()
            n[cue] += 1
            s, e = _trim(text, q.start, q.end)
            best, best_i = 0.0, -1
            for i, (gs, ge, _) in enumerate(golds):
                ov = min(e, ge) - max(s, gs)
                longer = max(e - s, ge - gs)
                if i not in used and ov > 0 and ov >= 0.5 * longer and ov / longer > best:
                    best, best_i = ov / longer, i
            if best_i < 0:
                continue
            used.add(best_i)  # greedy in text order: close to the scorer's one-to-one matching
            matched[cue] += 1
            gold_speaker = golds[best_i][2]
            mention = q.speaker.mention if q.speaker else None
            if not gold_speaker:
                right[cue] += mention is None
                continue
            pt, gt = _head(mention), _head(gold_speaker)
            right[cue] += bool(pt and gt and (pt[-1] == gt[-1] or pt[-1] in gt or gt[-1] in pt))
    drop = {
        cue: [right[cue], matched[cue], count]
        for cue, count in sorted(n.items())
        if count >= REPORT_MIN_COUNT
        and (right[cue] + 1) / (count + 2) < REPORT_MIN_PRECISION
        and (matched[cue] + 1) / (count + 2) < REPORT_MAX_OVERLAP
    }
    payload["report_drop"] = drop
    out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(drop)} cue forms open no reported speech: {', '.join(drop)} -> {out}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    train = Path(args[0]) if args else DEFAULT_TRAIN
    out = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    if "dev" in train.name:
        sys.exit("refusing to learn from a dev file")
    if "--report-precision" in sys.argv:
        report_precision(train, out)
        return
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
