"""Fit the news-calibrated ``difficulty`` model and write newsmetrics/data/difficulty.json.

Model: ridge regression (numpy, closed form) on four standardised, cheap,
general text features (see FEATURES), predicting the OneStopEnglish level
(0 = Elementary, 1 = Intermediate, 2 = Advanced) rescaled to a grade-like
scale: each level's target is the mean Flesch–Kincaid grade of that level's
full texts, so ``difficulty`` reads like a US school grade.

The weights are fitted *within article*: features and targets are centred on
their article group (and file) before the ridge fit, so the model learns how
the same content reads when it is made harder or easier (sentence length,
familiar words, word length, word frequency), not how one topic differs from
another. The intercept then puts the mean prediction on the mean target. The
ridge penalty is the smallest that keeps every weight pointing the known way
(see ``choose_alpha``), chosen on the training folds only.

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

# Few, robust features, chosen for what is known to make text hard to read:
# sentence length (log of words per sentence) and sentence structure (clause
# marks , ; : dashes and brackets per sentence); unfamiliar words (distinct
# words off the Dale–Chall list per word, each counted once as Spache counts
# them: a topic word repeated ten times is learned from context), long words
# (over six letters) and rare words (mean Zipf frequency), the last two over
# common words only (numbers, names and acronyms left out: they are not what
# a simpler rewrite changes).
FEATURES = (
    "log_words_per_sentence",
    "clause_marks_per_sentence",
    "unique_difficult_rate",
    "lexical_long_rate",
    "mean_zipf",
)
SIGNS = (+1, +1, +1, +1, -1)  # the direction each feature is known to push difficulty
ALPHAS = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0)  # ridge penalties tried (standardised)
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


def _centre(a: np.ndarray, groups: np.ndarray) -> np.ndarray:
    out = a.astype(float).copy()
    for g in np.unique(groups):
        m = groups == g
        out[m] -= a[m].mean(axis=0)
    return out


def ridge(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Within-group ridge: return mean, scale, coefficients (standardised x), intercept."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    zc = _centre(z, groups)
    yc = _centre(y, groups)
    coef = np.linalg.solve(zc.T @ zc + alpha * np.eye(z.shape[1]), zc.T @ yc)
    intercept = float(y.mean() - (z @ coef).mean())
    return mean, scale, coef, intercept


def choose_alpha(x: np.ndarray, y: np.ndarray, groups: np.ndarray, rows: list[dict]) -> float:
    """Pick the smallest ridge penalty whose weights all point the known way.

    Every feature has a known direction (longer sentences, more clause marks,
    more unfamiliar, long or rare words: harder). The features are correlated,
    so a weak penalty lets some weights flip sign to fit the training texts'
    quirks; a model with a flipped weight would reward, say, long words on
    another corpus. We take the smallest penalty in ALPHAS at which no weight
    is flipped: chosen from the training folds only, with no look at the
    held-out texts or at the pairwise score.
    """
    del rows
    for alpha in ALPHAS:
        coef = ridge(x, y, groups, alpha)[2]
        if all(c * sign > 0 for c, sign in zip(coef, SIGNS, strict=True)):
            return alpha
    return ALPHAS[-1]


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


def fold_of(group: str, folds: int = FOLDS, salt: str = "") -> int:
    """Deterministic fold of an article group (stable across runs and files)."""
    import zlib

    return zlib.crc32((salt + group).encode("utf-8")) % folds


def pairwise_accuracy(rows: list[dict], scores: np.ndarray, *, by_file: bool = False) -> float:
    """The shared scorer's pairwise accuracy (Ele < Int < Adv within each group)."""
    by_group: dict[str, dict[int, float]] = {}
    for r, s in zip(rows, scores, strict=True):
        key = r["group"] + ("\t" + r.get("file", "") if by_file else "")
        by_group.setdefault(key, {})[r["level"]] = float(s)
    good = total = 0.0
    for levels in by_group.values():
        for a, b in ((0, 1), (1, 2), (0, 2)):
            if a in levels and b in levels:
                total += 1
                d = levels[b] - levels[a]
                good += 1.0 if d > 0 else 0.5 if d == 0 else 0.0
    return good / total


def training_set(
    names: tuple[str, ...],
) -> tuple[list[dict], np.ndarray, np.ndarray, np.ndarray, dict[int, float]]:
    """Rows of both files, features, grade-like targets, group ids, level grades."""
    rows: list[dict] = []
    for name in FILES:
        for r in load(name):
            rows.append({**r, "file": name})
    x = featurise(rows, names)
    grades = level_grades([r for r in rows if r["file"] == FILES[0]])
    y = np.asarray([grades[r["level"]] for r in rows])
    keys = {k: i for i, k in enumerate(dict.fromkeys((r["group"], r["file"]) for r in rows))}
    groups = np.asarray([keys[(r["group"], r["file"])] for r in rows])
    return rows, x, y, groups, grades


def oof_predictions(names: tuple[str, ...] = FEATURES) -> tuple[list[dict], np.ndarray]:
    """Out-of-fold difficulty for every text of both files (folds by group, nested alpha)."""
    rows, x, y, groups, _ = training_set(names)
    folds = np.asarray([fold_of(r["group"]) for r in rows])
    pred = np.empty(len(rows))
    for k in range(FOLDS):
        test = folds == k
        train_rows = [r for r, t in zip(rows, test, strict=True) if not t]
        alpha = choose_alpha(x[~test], y[~test], groups[~test], train_rows)
        model = ridge(x[~test], y[~test], groups[~test], alpha)
        pred[test] = predict(x[test], model)
    return rows, pred


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the JSON")
    args = ap.parse_args()

    rows, pred = oof_predictions(FEATURES)
    for name in FILES:
        idx = [i for i, r in enumerate(rows) if r["file"] == name]
        acc = pairwise_accuracy([rows[i] for i in idx], pred[idx])
        print(f"out-of-fold pairwise accuracy on {name}: {acc:.4f}")

    rows, x, y, groups, grades = training_set(FEATURES)
    alpha = choose_alpha(x, y, groups, rows)
    mean, scale, coef, intercept = ridge(x, y, groups, alpha)
    print("level grades:", {k: round(v, 2) for k, v in grades.items()}, "alpha:", alpha)
    for n, c in zip(FEATURES, coef, strict=True):
        print(f"  {n:26s} {c:+.3f} (per SD)")
    model = {
        "about": (
            "newsmetrics difficulty: within-article ridge regression on standardised features, "
            "fitted by scripts/fit_difficulty.py on OneStopEnglish dev (full texts and 200-word "
            "cuts); target = mean Flesch-Kincaid grade of each level. score = intercept + "
            "sum(coef * (x - mean) / scale)."
        ),
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in coef],
        "intercept": round(intercept, 6),
        "alpha": alpha,
        "level_grades": {str(k): round(v, 4) for k, v in grades.items()},
    }
    if not args.dry_run:
        OUT.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
