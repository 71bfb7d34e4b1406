"""Fit the news-calibrated ``difficulty`` model and write newsmetrics/data/difficulty.json.

Model: ridge regression (numpy, closed form) on a few standardised, cheap,
general text features (see FEATURES), predicting the OneStopEnglish level
(0 = Elementary, 1 = Intermediate, 2 = Advanced) rescaled to a grade-like
scale: each level's target is the mean Flesch–Kincaid grade of that level's
full texts, so ``difficulty`` reads like a US school grade.

Training data: ../shared/data/readability/onestop_dev.jsonl (whole articles)
and onestop_chunk200_dev.jsonl (the same articles cut to ~200 words), both
used, so the model sees article-length and passage-length texts. Evaluation is
OUT-OF-FOLD: folds are built by article ``group`` (all versions and all cuts of
an article fall in the same fold), so no text is ever scored by a model that
saw any version of it. ``evaluation/eval_readability.py`` uses
``oof_predictions`` from this script.

    /work/venv/bin/python scripts/fit_difficulty.py            # fit, report OOF, write JSON
    /work/venv/bin/python scripts/fit_difficulty.py --dry-run  # report only
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsmetrics import parse  # noqa: E402
from newsmetrics.readability import flesch_kincaid_grade, readability, text_features  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "readability"
FILES = ("onestop_dev.jsonl", "onestop_chunk200_dev.jsonl")
OUT = ROOT / "newsmetrics" / "data" / "difficulty.json"

# Few, robust features: sentence length (log), word length in syllables,
# unfamiliar-word rate (Dale–Chall) and mean word frequency (Zipf).
FEATURES = ("log_words_per_sentence", "syllables_per_word", "difficult_rate", "mean_zipf")
ALPHA = 1.0  # ridge penalty on standardised features (n ~ 650 texts)
FOLDS = 10


def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def featurise(rows: list[dict], names: tuple[str, ...]) -> np.ndarray:
    out = []
    for r in rows:
        f = text_features(parse(r["text"]))
        if f is None:
            msg = f"no words in {r['id']}"
            raise ValueError(msg)
        out.append([f[n] for n in names])
    return np.asarray(out, dtype=float)


def ridge(x: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Return mean, scale, coefficients (on standardised x) and intercept."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    yc = y - y.mean()
    coef = np.linalg.solve(z.T @ z + alpha * np.eye(z.shape[1]), z.T @ yc)
    return mean, scale, coef, float(y.mean())


def predict(x: np.ndarray, model: tuple[np.ndarray, np.ndarray, np.ndarray, float]) -> np.ndarray:
    mean, scale, coef, intercept = model
    return intercept + ((x - mean) / scale) @ coef


def level_grades(rows: list[dict]) -> dict[int, float]:
    """Mean Flesch–Kincaid grade of each level's texts: the grade-like target."""
    sums: dict[int, list[float]] = {}
    for r in rows:
        g = flesch_kincaid_grade(readability(r["text"], hardest=0).counts)
        if g is not None:
            sums.setdefault(r["level"], []).append(g)
    return {lvl: float(np.mean(v)) for lvl, v in sorted(sums.items())}


def fold_of(group: str) -> int:
    """Deterministic fold of an article group (stable across runs and files)."""
    import zlib

    return zlib.crc32(group.encode("utf-8")) % FOLDS


def pairwise_accuracy(rows: list[dict], scores: np.ndarray) -> float:
    by_group: dict[str, dict[int, float]] = {}
    for r, s in zip(rows, scores, strict=True):
        by_group.setdefault(r["group"], {})[r["level"]] = float(s)
    good = total = 0.0
    for levels in by_group.values():
        for a, b in ((0, 1), (1, 2), (0, 2)):
            if a in levels and b in levels:
                total += 1
                d = levels[b] - levels[a]
                good += 1.0 if d > 0 else 0.5 if d == 0 else 0.0
    return good / total


def training_set(names: tuple[str, ...]) -> tuple[list[dict], np.ndarray, np.ndarray, dict[int, float]]:
    rows: list[dict] = []
    for name in FILES:
        for r in load(name):
            rows.append({**r, "file": name})
    x = featurise(rows, names)
    grades = level_grades([r for r in rows if r["file"] == FILES[0]])
    y = np.asarray([grades[r["level"]] for r in rows])
    return rows, x, y, grades


def oof_predictions(
    names: tuple[str, ...] = FEATURES, alpha: float = ALPHA
) -> tuple[list[dict], np.ndarray]:
    """Out-of-fold difficulty for every text of both files (folds by group)."""
    rows, x, y, _ = training_set(names)
    folds = np.asarray([fold_of(r["group"]) for r in rows])
    pred = np.empty(len(rows))
    for k in range(FOLDS):
        test = folds == k
        model = ridge(x[~test], y[~test], alpha)
        pred[test] = predict(x[test], model)
    return rows, pred


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the JSON")
    ap.add_argument("--alpha", type=float, default=ALPHA)
    args = ap.parse_args()

    rows, pred = oof_predictions(FEATURES, args.alpha)
    for name in FILES:
        idx = [i for i, r in enumerate(rows) if r["file"] == name]
        acc = pairwise_accuracy([rows[i] for i in idx], pred[idx])
        print(f"out-of-fold pairwise accuracy on {name}: {acc:.4f}")

    _, x, y, grades = training_set(FEATURES)
    mean, scale, coef, intercept = ridge(x, y, args.alpha)
    print("level grades:", {k: round(v, 2) for k, v in grades.items()})
    for n, c in zip(FEATURES, coef, strict=True):
        print(f"  {n:26s} {c:+.3f} (per SD)")
    model = {
        "about": (
            "newsmetrics difficulty: ridge regression on standardised features, fitted by "
            "scripts/fit_difficulty.py on OneStopEnglish dev (full texts and 200-word cuts); "
            "target = mean Flesch-Kincaid grade of each level. score = intercept + "
            "sum(coef * (x - mean) / scale)."
        ),
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in coef],
        "intercept": round(intercept, 6),
        "alpha": args.alpha,
        "level_grades": {str(k): round(v, 4) for k, v in grades.items()},
    }
    if not args.dry_run:
        OUT.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
