"""Learn the confidence of quote attributions from PolNeAR TRAIN: data/quote_confidence.json.

``newsmetrics.quotes`` finds attributions with rules; some rules are much surer
than others (a quotation after "said" against a belief read off "wants").
This script measures that: it runs ``quotes()`` on the training split with the
confidence model switched off, labels every attribution right or wrong the
way ``../shared/eval/score_quotes.py`` scores end to end (content overlapping
a gold attribution by at least half of the longer span, one to one; speaker
sharing the gold speaker's head word, or both without a speaker), and fits a
logistic regression (numpy, Newton steps, L2) over
``newsmetrics.quotes.confidence_features``: the kind and category, the cue
form, binned content length, where the cue and the speaker stand and what the
speaker is. No text, span or document identity is kept: only one weight per
feature seen at least MIN_COUNT times.

The threshold under which ``quotes()`` leaves an attribution out by default is
chosen on out-of-fold predictions (five folds by article): the lowest one whose
end-to-end F1 is within TIE (0.1 points) of the best. Dropping an attribution
helps end-to-end F1 when its chance of being right is below about half the F1,
but an attribution whose content is right and speaker wrong still counts for
content-overlap F1, so among thresholds that score alike on train the one that
keeps more is taken.

Usage:
    python scripts/fit_quote_confidence.py [TRAIN.jsonl] [OUT.json]

Only the train split may be used here; dev is for measuring
(``python evaluation/eval_quotes.py``).
"""

from __future__ import annotations

import collections
import importlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
DEFAULT_OUT = ROOT / "newsmetrics" / "data" / "quote_confidence.json"
SCORER = ROOT.parent / "shared" / "eval"
MIN_COUNT = 3
L2_GRID = (1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 11))  # 0.10 .. 0.50
FOLDS = 5
TIE = 0.001  # out-of-fold F1 within this of the best counts as a tie: keep more


def collect(train: Path) -> tuple[list[list[str]], list[int], list[int], int]:
    """Features, right/wrong labels and article numbers of every attribution found on TRAIN."""
    sys.path.insert(0, str(SCORER))
    import score_quotes as sq  # the shared scorer's matching and speaker rules

    # the attribution engine, whose confidence functions are swapped below
    qmod = importlib.import_module("newsmetrics._attribution")
    if not str(qmod.__file__).endswith(".py"):
        sys.exit(f"{qmod.__file__} is compiled: run this script on the sources (an editable install or a clone)")
    from newsmetrics import parse

    recorded: list[list[str]] = []
    real_keys = qmod._confidence_keys

    def record(*args: Any) -> Any:  # same arguments and result as the real one
        keys = real_keys(*args)
        recorded.append(qmod._features_of(keys, args[3]))  # args[3]: the kind
        return keys

    real_model = qmod._confidence_model
    qmod._confidence_keys = record
    qmod._confidence_model = lambda: ({"": 0.0}, 0.0)  # every attribution scored 0.5: none dropped
    for memo in (qmod._cue_z, qmod._span_z, qmod._speaker_z):
        memo.cache_clear()
    feats: list[list[str]] = []
    labels: list[int] = []
    groups: list[int] = []
    n_gold = 0
    try:
        for doc, line in enumerate(train.open(encoding="utf-8")):
            rec = json.loads(line)
            text = rec["text"]
            golds = []
            for g in rec["quotes"]:
                s, e = sq.trim(text, g["quote_start"], g["quote_end"])
                golds.append(dict(g, _rs=g["quote_start"], _re=g["quote_end"], _s=s, _e=e))
            n_gold += len(golds)
            recorded.clear()
            found = qmod.attribute(parse(text), 0.0)
            assert len(found) == len(recorded)
            preds = []
            for q in found:
                s, e = sq.trim(text, q.start, q.end)
                preds.append({"_rs": q.start, "_re": q.end, "_s": s, "_e": e})
            match = sq.match(golds, preds, "overlap", 0.5)
            for i, q in enumerate(found):
                gi = match.get(i)
                right = False
                if gi is not None:
                    gold_speaker = golds[gi].get("speaker")
                    mention = q.speaker.mention if q.speaker else None
                    if gold_speaker is None or not str(gold_speaker).strip():
                        right = not mention
                    else:
                        right = bool(sq.speaker_head(mention, gold_speaker))
                feats.append(list(recorded[i]))
                labels.append(int(right))
                groups.append(doc)
    finally:
        qmod._confidence_keys = real_keys
        qmod._confidence_model = real_model
        for memo in (qmod._cue_z, qmod._span_z, qmod._speaker_z):
            memo.cache_clear()
    return feats, labels, groups, n_gold


def design(feats: list[list[str]], vocab: dict[str, int]) -> np.ndarray:
    """A 0/1 matrix: one row per attribution, one column per known feature."""
    x = np.zeros((len(feats), len(vocab)), dtype=np.float64)
    for i, fs in enumerate(feats):
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                x[i, j] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton steps; the bias is not penalised."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb.T * (p * (1.0 - p))) @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return w[:-1], float(w[-1])


def vocabulary(feats: list[list[str]]) -> dict[str, int]:
    counts = collections.Counter(f for fs in feats for f in fs)
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}


def f1_at(prob: np.ndarray, y: np.ndarray, n_gold: int, t: float) -> float:
    keep = prob >= t
    right = float(y[keep].sum())
    p = right / max(int(keep.sum()), 1)
    r = right / n_gold
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    args = sys.argv[1:]
    train = Path(args[0]) if args else DEFAULT_TRAIN
    out = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    if "dev" in train.name:
        sys.exit("refusing to learn from a dev file")
    feats, labels, groups, n_gold = collect(train)
    y = np.array(labels, dtype=np.float64)
    fold = np.array(groups) % FOLDS
    best: tuple[float, float, float] | None = None  # (f1, l2, threshold)
    report: dict[str, dict[str, float]] = {}
    oofs: dict[float, np.ndarray] = {}
    for l2 in L2_GRID:
        oof = np.zeros(len(y))
        for k in range(FOLDS):
            tr, te = fold != k, fold == k
            vocab = vocabulary([f for f, t in zip(feats, tr, strict=True) if t])
            w, b = fit(design([f for f, t in zip(feats, tr, strict=True) if t], vocab), y[tr], l2)
            oof[te] = 1.0 / (1.0 + np.exp(-(design([f for f, t in zip(feats, te, strict=True) if t], vocab) @ w + b)))
        scores = {str(t): round(f1_at(oof, y, n_gold, t), 4) for t in (0.0, *THRESHOLDS)}
        report[str(l2)] = scores
        print(f"l2={l2}: out-of-fold end-to-end F1 by threshold {scores}")
        oofs[l2] = oof
        for t in THRESHOLDS:
            f = f1_at(oof, y, n_gold, t)
            if best is None or f > best[0] + 1e-9:
                best = (f, l2, t)
    assert best is not None
    top, l2, _ = best
    oof = oofs[l2]
    t = min(t for t in THRESHOLDS if f1_at(oof, y, n_gold, t) >= top - TIE)
    f = f1_at(oof, y, n_gold, t)
    vocab = vocabulary(feats)
    w, b = fit(design(feats, vocab), y, l2)
    payload = {
        "about": (
            "Logistic weights of newsmetrics.quotes.confidence_features, fitted on the PolNeAR train "
            "split by scripts/fit_quote_confidence.py: the chance that an attribution's content and "
            "speaker are both right. Feature weights only; no text."
        ),
        "l2": l2,
        "threshold": t,
        "train_out_of_fold_f1": report,
        "attributions": len(y),
        "right": int(y.sum()),
        "gold": n_gold,
        "bias": round(b, 5),
        "weights": {feat: round(float(w[j]), 5) for feat, j in sorted(vocab.items()) if abs(w[j]) >= 1e-4},
    }
    out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"l2={l2} threshold={t}: out-of-fold F1 {f:.4f} (no threshold {report[str(l2)]['0.0']}) -> {out}")


if __name__ == "__main__":
    main()
