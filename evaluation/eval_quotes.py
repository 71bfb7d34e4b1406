"""Score newsmetrics.quotes (default settings) on PolNeAR with the shared scorer.

Usage:
    python evaluation/eval_quotes.py [GOLD.jsonl]

Writes evaluation/out/quotes_<split>.pred.jsonl, then runs
``python3 ../shared/eval/score_quotes.py GOLD PRED`` and prints its table.
The default gold file is ../shared/data/quotes/polnear_dev.jsonl.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsmetrics.quotes import quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = SHARED / "data" / "quotes" / "polnear_dev.jsonl"


def main() -> int:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GOLD
    out_dir = ROOT / "evaluation" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    pred = out_dir / f"quotes_{gold.stem}.pred.jsonl"
    with gold.open(encoding="utf-8") as fin, pred.open("w", encoding="utf-8") as fout:
        for line in fin:
            rec = json.loads(line)
            qs = quotes(rec["text"])
            row = {
                "id": rec["id"],
                "quotes": [
                    {
                        "quote_start": q.start,
                        "quote_end": q.end,
                        "speaker": q.speaker.mention if q.speaker else None,
                        "kind": q.kind,
                    }
                    for q in qs
                ],
            }
            fout.write(json.dumps(row) + "\n")
    cmd = ["python3", str(SHARED / "eval" / "score_quotes.py"), str(gold), str(pred)]
    print("$", " ".join(cmd), flush=True)
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
