"""Dump quote-attribution errors on a PolNeAR split, for error-driven work on TRAIN.

Usage:
    python evaluation/quote_errors.py [GOLD.jsonl] [--kind KIND]

Matches predictions to gold exactly as ../shared/eval/score_quotes.py does
(overlap of trimmed spans >= 0.5 of the longer one, greedy one-to-one) and
writes, under evaluation/out/ (gitignored):

* ``errors_<split>_fn.txt``: gold quotes nobody predicted, with kind and cue;
* ``errors_<split>_fp.txt``: predictions matching no gold quote;
* ``errors_<split>_spk.txt``: matched quotes whose speaker fails the head rule.

Counts of missed gold cues and of unmatched predicted cues are printed.
The default gold file is the train split: dev is only for confirming.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

from newsmetrics.quotes import quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
import score_quotes as sq  # type: ignore[import-not-found]  # noqa: E402

DEFAULT_GOLD = SHARED / "data" / "quotes" / "polnear_train.jsonl"


def ctx(text: str, s: int, e: int, width: int = 160) -> str:
    """The span in brackets with some context, on one line."""
    a, b = max(0, s - width), min(len(text), e + width)
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " | ")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    kind_filter = None
    if "--kind" in sys.argv:
        kind_filter = sys.argv[sys.argv.index("--kind") + 1]
        args = [a for a in args if a != kind_filter]
    gold_path = Path(args[0]) if args else DEFAULT_GOLD
    split = gold_path.stem.split("_")[-1]
    out = ROOT / "evaluation" / "out"
    out.mkdir(parents=True, exist_ok=True)
    fn_f = (out / f"errors_{split}_fn.txt").open("w", encoding="utf-8")
    fp_f = (out / f"errors_{split}_fp.txt").open("w", encoding="utf-8")
    spk_f = (out / f"errors_{split}_spk.txt").open("w", encoding="utf-8")
    missed: collections.Counter[str] = collections.Counter()
    spurious: collections.Counter[str] = collections.Counter()
    for line in gold_path.open(encoding="utf-8"):
        rec = json.loads(line)
        text = rec["text"]
        golds: list[dict[str, Any]] = []
        for q in rec["quotes"]:
            s, e = sq.trim(text, q["quote_start"], q["quote_end"])
            golds.append(dict(q, _s=s, _e=e, _rs=q["quote_start"], _re=q["quote_end"]))
        preds: list[dict[str, Any]] = []
        for q in quotes(text):
            s, e = sq.trim(text, q.start, q.end)
            preds.append(
                {
                    "kind": q.kind,
                    "speaker": q.speaker.mention if q.speaker else None,
                    "cue": q.cue.text if q.cue else None,
                    "_s": s,
                    "_e": e,
                    "_rs": q.start,
                    "_re": q.end,
                }
            )
        m = sq.match(golds, preds, "overlap", 0.5)
        matched_g = set(m.values())
        for gi, g in enumerate(golds):
            if gi in matched_g or (kind_filter and g["kind"] != kind_filter):
                continue
            missed[f"{g['kind']}\t{(g.get('cue') or '').lower()}"] += 1
            fn_f.write(
                f"{g['kind']}\tcue={g.get('cue')!r}\tspk={g.get('speaker')!r}\t{rec['id']}\n"
                f"    {ctx(text, g['_rs'], g['_re'])}\n"
            )
        for pi, p in enumerate(preds):
            if kind_filter and p["kind"] != kind_filter:
                continue
            if pi not in m:
                spurious[f"{p['kind']}\t{(p['cue'] or '').lower()}"] += 1
                fp_f.write(
                    f"{p['kind']}\tcue={p['cue']!r}\tspk={p['speaker']!r}\t{rec['id']}\n"
                    f"    {ctx(text, p['_rs'], p['_re'])}\n"
                )
                continue
            g = golds[m[pi]]
            gs = g.get("speaker")
            ok = (not p["speaker"]) if not gs else sq.speaker_head(p["speaker"], gs)
            if not ok:
                spk_f.write(
                    f"{g['kind']}\tgold={gs!r}\tpred={p['speaker']!r}\tcue={p['cue']!r}\t"
                    f"gcue={g.get('cue')!r}\n    {ctx(text, g['_rs'], g['_re'], 240)}\n"
                )
    print("missed gold (kind, cue):")
    for k, n in missed.most_common(40):
        print(f"  {n:5d}  {k}")
    print("unmatched predictions (kind, cue):")
    for k, n in spurious.most_common(30):
        print(f"  {n:5d}  {k}")


if __name__ == "__main__":
    main()
