"""Score every readability formula and ``difficulty`` on OneStopEnglish chunk200.

For each metric this writes ``evaluation/out/readability_<metric>.jsonl``
(``{"id", "score"}`` per text) and runs the shared scorer on it::

    python3 ../shared/eval/score_readability.py PRED GOLD [--higher-is-easier]

Metrics: every classic formula of ``newsmetrics.readability``, textstat's
Flesch–Kincaid grade (textstat 0.7.13, fed the CMU data offline, see
benchmarks/textstat_offline.py) as the reference peer, and ``difficulty``.
``difficulty`` is scored OUT-OF-FOLD: ``scripts/fit_difficulty.py`` refits the
model ten times, each time without one tenth of the article groups, and
predicts that tenth (folds by ``group``, so no version or cut of a test
article was seen in training). The shipped model's in-sample score is printed
too, for reference only: it means little.

Usage (from the repository root)::

    /work/venv/bin/python evaluation/eval_readability.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsmetrics import parse, readability  # noqa: E402
from newsmetrics.readability import FORMULAS  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "readability" / "onestop_chunk200_dev.jsonl"
SCORER = SHARED / "eval" / "score_readability.py"
OUT = ROOT / "evaluation" / "out"

OURS = FORMULAS  # every classic formula of ReadabilityScores
EASE = {"flesch_reading_ease", "textstat_flesch_reading_ease"}


def write(name: str, rows: list[dict], scores: list[float | None]) -> Path:
    path = OUT / f"readability_{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row, score in zip(rows, scores, strict=True):
            fh.write(json.dumps({"id": row["id"], "score": score}) + "\n")
    return path


def score(name: str, pred: Path) -> dict:
    cmd = [sys.executable, str(SCORER), str(pred), str(GOLD), "--name", name]
    if name in EASE:
        cmd.append("--higher-is-easier")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    if not GOLD.exists():
        sys.exit(f"{GOLD} is absent: the shared evaluation data is needed")
    OUT.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    results = [readability(parse(r["text"]), hardest=0) for r in rows]
    preds: dict[str, Path] = {}
    for name in OURS:
        preds[name] = write(name, rows, [getattr(res, name) for res in results])

    from textstat_offline import offline_textstat

    ts = offline_textstat()
    preds["textstat_flesch_kincaid_grade"] = write(
        "textstat_flesch_kincaid_grade", rows, [float(ts.flesch_kincaid_grade(r["text"])) for r in rows]
    )
    preds["textstat_flesch_reading_ease"] = write(
        "textstat_flesch_reading_ease", rows, [float(ts.flesch_reading_ease(r["text"])) for r in rows]
    )

    from fit_difficulty import oof_predictions

    all_rows, oof = oof_predictions()
    by_id = {
        r["id"]: float(p)
        for r, p in zip(all_rows, oof, strict=True)
        if r["file"] == "onestop_chunk200_dev.jsonl"
    }
    preds["difficulty (out-of-fold)"] = write("difficulty_oof", rows, [by_id[r["id"]] for r in rows])
    preds["difficulty (shipped model, in-sample)"] = write(
        "difficulty_insample", rows, [res.difficulty for res in results]
    )

    print(f"OneStopEnglish chunk200 dev ({len(rows)} texts), scorer: {SCORER.name}")
    print(f"{'metric':42s} {'pairwise':>8s} {'ele<int':>8s} {'int<adv':>8s} {'ele<adv':>8s} {'order':>6s} {'missing':>7s}")
    for name, path in preds.items():
        s = score(name, path)
        print(
            f"{name:42s} {s['pairwise_acc']:8.4f} {s['pair_ele_int']:8.4f} {s['pair_int_adv']:8.4f} "
            f"{s['pair_ele_adv']:8.4f} {s['full_order']:6.3f} {s.get('missing', 0):7d}"
        )


if __name__ == "__main__":
    main()
