"""Score newsmetrics keyphrases on the shared keyword sets.

Writes ``evaluation/out/keywords_<set>.jsonl`` with one
``{"id", "keywords": [p.text for p in report.phrases]}`` line per document, then
runs the shared scorer on it::

    /work/venv/bin/python evaluation/eval_keywords.py            # both sets
    /work/venv/bin/python evaluation/eval_keywords.py --sets 500n --top 15

The gold files are read from ``../shared/data/keywords`` (never copied here).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from newsmetrics.keywords import keywords

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "500n": SHARED / "data" / "keywords" / "500n_kpcrowd.jsonl",
    "kptimes": SHARED / "data" / "keywords" / "kptimes_sample.jsonl",
}
SCORER = SHARED / "eval" / "score_keywords.py"


def predict(gold: Path, out: Path, top: int) -> float:
    """Write predictions for every document of ``gold``; return seconds spent."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    spent = 0.0
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            t0 = time.perf_counter()
            report = keywords(row["text"], top=top)
            spent += time.perf_counter() - t0
            f.write(json.dumps({"id": row["id"], "keywords": [p.text for p in report.phrases]}) + "\n")
    return spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS), default=sorted(SETS))
    ap.add_argument("--top", type=int, default=15, help="phrases predicted per document (scored at 5, 10, 15)")
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"shared data not found at {SHARED}; nothing to evaluate", file=sys.stderr)
        return 1
    out_dir = ROOT / "evaluation" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.sets:
        pred = out_dir / f"keywords_{name}.jsonl"
        spent = predict(SETS[name], pred, args.top)
        print(f"# {name}: predictions in {pred.relative_to(ROOT)} ({spent:.2f} s in keywords())", flush=True)
        subprocess.run([sys.executable, str(SCORER), str(SETS[name]), str(pred)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
