"""Fit the news-mode sentiment models: newsmetrics/data/sentiment_news_model.json.

Trained on ../shared/data/sentiment/newsmtsc_train.jsonl ONLY (NewsMTSC,
Hamborg & Donnay 2021; read at fit time, never shipped). Two multinomial
logistic regressions (negative / neutral / positive) over general features
(VADER valence sums over the news lexicon, words with names and numbers
blanked, words next to the target):

* ``sentence``: whole-sentence tone, fitted on the train sentences whose
  target labels all agree.
* ``target``: sentiment toward one mention, fitted on every train record,
  read by ``target_stack``: a one-hidden-layer network (ReLU, with a linear
  skip) over the regression's log-probabilities, the sentence model's, and
  the mention's numeric features (valence sums near the mention and in the
  sentence, what kind of mention it is, where it sits among the other people
  and the sentiment words), fitted on out-of-fold log-probabilities of both
  regressions (stacking) so that it learns how far to trust them.

Hyper-parameters (L2 strength, minimum feature count, weight of records from
sentences with several targets, hidden units) and the class offsets added before the argmax
are chosen by 5-fold cross-validation on the train file, grouped by sentence so
that no sentence is in two folds. The evaluation file (newsmtsc_mt.jsonl) is
not read here.

    python scripts/fit_news_sentiment.py [--quick]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

S = importlib.import_module("newsmetrics.sentiment")
from newsmetrics._text import parse  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "sentiment" / "newsmtsc_train.jsonl"
OUT = ROOT / "newsmetrics" / "data" / "sentiment_news_model.json"
CLASSES = (-1, 0, 1)


def load():
    with TRAIN.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def unit_for(text, cache):
    art = cache.get(text)
    if art is None:
        art = parse(text)
        cache[text] = art
    return art


def target_sample(rec, cache):
    """The linear model's features of a record, and (unit, a, b) for the second stage."""
    art = unit_for(rec["text"], cache)
    unit, a, b = S._UnitFinder(art, "news").mention(rec["target_from"], rec["target_to"])
    feats, _ = S.target_features(unit, a, b)
    return feats, (unit, a, b)


def sentence_sample(text):
    unit = S._make_unit(text, S.normalize(text), 0, len(text), "news")
    return S.sentence_features(unit)


# ---------------------------------------------------------------- the model


def vectorise(samples, vocab):
    rows, cols, vals = [], [], []
    for i, feats in enumerate(samples):
        for f, x in feats.items():
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(x)
    return np.array(rows), np.array(cols), np.array(vals, dtype=np.float64)


def make_vocab(samples, min_count):
    counts = Counter(f for feats in samples for f in feats)
    names = sorted(f for f, c in counts.items() if c >= min_count or f.startswith("#"))
    return {f: j for j, f in enumerate(names)}


def fit(samples, labels, vocab, l2, iters=400, lr=0.1, sample_weight=None):
    n, d = len(samples), len(vocab)
    rows, cols, vals = vectorise(samples, vocab)
    y = np.array([CLASSES.index(lab) for lab in labels])
    onehot = np.eye(3)[y]
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    sw = sw / sw.mean()
    w = np.zeros((d, 3))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    bias_j = vocab["#bias"]
    reg = np.full((d, 1), l2)
    reg[bias_j] = 0.0
    for t in range(1, iters + 1):
        z = np.stack([np.bincount(rows, weights=vals * w[cols, c], minlength=n) for c in range(3)], 1)
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        g_rows = (p - onehot) * sw[:, None] / n
        grad = np.stack(
            [np.bincount(cols, weights=vals * g_rows[rows, c], minlength=d) for c in range(3)], 1
        ) + reg * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def predict(samples, vocab, w):
    rows, cols, vals = vectorise(samples, vocab)
    n = len(samples)
    z = np.stack([np.bincount(rows, weights=vals * w[cols, c], minlength=n) for c in range(3)], 1)
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def macro_f1(gold, pred):
    f1s = []
    for c in CLASSES:
        tp = sum(1 for g, q in zip(gold, pred, strict=False) if g == c and q == c)
        fp = sum(1 for g, q in zip(gold, pred, strict=False) if g != c and q == c)
        fn = sum(1 for g, q in zip(gold, pred, strict=False) if g == c and q != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 3


def folds_of(groups, k=5):
    return [zlib.crc32(g.encode()) % k for g in groups]


def best_offsets(gold, probs):
    """Class offsets added to the log-probabilities before argmax (neutral fixed at 0)."""
    logp = np.log(probs + 1e-12)
    grid = [round(x * 0.1, 1) for x in range(-8, 9)]
    best = (-1.0, 0.0, 0.0)
    for bn in grid:
        for bp in grid:
            pred = [CLASSES[j] for j in (logp + np.array([bn, 0.0, bp])).argmax(1)]
            f = macro_f1(gold, pred)
            if f > best[0] + 1e-9 or (abs(f - best[0]) <= 1e-9 and abs(bn) + abs(bp) < abs(best[1]) + abs(best[2])):
                best = (f, bn, bp)
    return best


def oof_probabilities(samples, labels, groups, min_count, l2, iters, weights=None):
    """Out-of-fold class probabilities from 5-fold cross-validation grouped by sentence."""
    fold = folds_of(groups)
    probs = np.zeros((len(samples), 3))
    for k in range(5):
        tr = [i for i, f in enumerate(fold) if f != k]
        te = [i for i, f in enumerate(fold) if f == k]
        vocab = make_vocab([samples[i] for i in tr], min_count)
        sw = None if weights is None else [weights[i] for i in tr]
        w = fit([samples[i] for i in tr], [labels[i] for i in tr], vocab, l2, iters, sample_weight=sw)
        probs[te] = predict([samples[i] for i in te], vocab, w)
    return probs


def offsets_f1(gold, probs, bn, bp):
    logp = np.log(probs + 1e-12) + np.array([bn, 0.0, bp])
    return macro_f1(gold, [CLASSES[j] for j in logp.argmax(1)])


def cross_validate(samples, labels, groups, min_count, l2, iters, weights=None):
    """Cross-validated macro-F1 with tuned offsets, the offsets, and plain argmax F1."""
    probs = oof_probabilities(samples, labels, groups, min_count, l2, iters, weights)
    f, bn, bp = best_offsets(labels, probs)
    return f, bn, bp, offsets_f1(labels, probs, 0.0, 0.0)


# ------------------------------------------------- the second stage (stacker)


def fit_stack(x, labels, h, l2, iters=500, lr=0.01, seed=0, sample_weight=None):
    """A one-hidden-layer network (ReLU) with a linear skip, full-batch Adam.

    ``x`` is standardised. Returns the parameters W1 (d, h), b1, W2 (h, 3),
    b2 and V (d, 3): ``z = relu(x W1 + b1) W2 + x V + b2``.
    """
    rng = np.random.default_rng(seed)
    n, d = x.shape
    y = np.eye(3)[[CLASSES.index(lab) for lab in labels]]
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    sw = sw / sw.mean()
    p = {"W1": rng.normal(0, 1 / np.sqrt(d), (d, h)), "b1": np.zeros(h),
         "W2": rng.normal(0, 1 / np.sqrt(h), (h, 3)), "b2": np.zeros(3), "V": np.zeros((d, 3))}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v2 = {k: np.zeros_like(v) for k, v in p.items()}
    for t in range(1, iters + 1):
        pre = x @ p["W1"] + p["b1"]
        hid = np.maximum(pre, 0)
        z = hid @ p["W2"] + p["b2"] + x @ p["V"]
        z -= z.max(1, keepdims=True)
        q = np.exp(z)
        q /= q.sum(1, keepdims=True)
        dz = (q - y) * sw[:, None] / n
        g = {"W2": hid.T @ dz + l2 * p["W2"], "b2": dz.sum(0), "V": x.T @ dz + l2 * p["V"]}
        dh = (dz @ p["W2"].T) * (pre > 0)
        g["W1"] = x.T @ dh + l2 * p["W1"]
        g["b1"] = dh.sum(0)
        for k in p:
            m[k] = 0.9 * m[k] + 0.1 * g[k]
            v2[k] = 0.999 * v2[k] + 0.001 * g[k] * g[k]
            p[k] -= lr * (m[k] / (1 - 0.9**t)) / (np.sqrt(v2[k] / (1 - 0.999**t)) + 1e-8)
    return p


def predict_stack(x, p):
    z = np.maximum(x @ p["W1"] + p["b1"], 0) @ p["W2"] + p["b2"] + x @ p["V"]
    z -= z.max(1, keepdims=True)
    q = np.exp(z)
    return q / q.sum(1, keepdims=True)


def stack_matrix(ctx, samples, lr_probs, sentence_probs, names=None):
    """The second stage's inputs (``S.stack_inputs``) as a matrix, and their names."""
    rows = [S.stack_inputs(unit, a, b, f, tuple(float(x) for x in p),
                           tuple(float(x) for x in q))
            for (unit, a, b), f, p, q in zip(ctx, samples, lr_probs, sentence_probs,
                                             strict=True)]
    if names is None:
        names = sorted(set().union(*rows))
    return np.array([[r.get(k, 0.0) for k in names] for r in rows]), names


def export_stack(names, center, scale, p, bn, bp):
    """Weights as JSON lists, the standardisation and class offsets folded in."""
    w1 = p["W1"] / scale[:, None]
    v = p["V"] / scale[:, None]
    b1 = p["b1"] - center @ w1
    b2 = p["b2"] - center @ v + np.array([bn, 0.0, bp])

    def r(a):
        return [round(float(x), 5) for x in a]

    return {"inputs": list(names), "hidden": [r(col) for col in w1.T], "b1": r(b1),
            "out": [r(col) for col in p["W2"].T], "skip": [r(col) for col in v.T], "b2": r(b2)}


def export(vocab, w, bn, bp):
    w = w.copy()
    w[vocab["#bias"]] += np.array([bn, 0.0, bp])
    weights = {}
    for f, j in vocab.items():
        row = w[j]
        if np.abs(row - row.mean()).max() >= 1e-3:
            weights[f] = [round(float(x - row.mean()), 3) for x in row]
    return {"weights": weights}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="one setting per model, no grid")
    ap.add_argument("--iters", type=int, default=300)
    a = ap.parse_args()
    rows = load()
    cache = {}
    print(f"{len(rows)} train records", flush=True)

    t_pairs = [target_sample(r, cache) for r in rows]
    t_samples = [f for f, _ in t_pairs]
    t_ctx = [c for _, c in t_pairs]
    del t_pairs
    t_labels = [r["label"] for r in rows]
    t_groups = [r["sentence_id"] for r in rows]
    per_sentence = Counter(t_groups)
    multi = [i for i, g in enumerate(t_groups) if per_sentence[g] > 1]

    by_sentence = {}
    for r in rows:
        by_sentence.setdefault(r["sentence_id"], []).append(r)
    s_samples, s_labels, s_groups = [], [], []
    for sid, recs in by_sentence.items():
        labs = {r["label"] for r in recs}
        if len(labs) == 1:
            s_samples.append(sentence_sample(recs[0]["text"]))
            s_labels.append(recs[0]["label"])
            s_groups.append(sid)
    print(f"{len(s_samples)} sentences whose targets agree; {len(multi)} records in "
          f"sentences with several targets", flush=True)

    model = {}
    # Whole sentences: chosen on cross-validated macro-F1 over all of them.
    grid = [(3, 1e-3)] if a.quick else [(2, 1e-3), (3, 1e-3), (3, 3e-3), (5, 1e-3)]
    best = None
    for min_count, l2 in grid:
        f, bn, bp, f_arg = cross_validate(s_samples, s_labels, s_groups, min_count, l2, a.iters)
        print(f"sentence: min_count={min_count} l2={l2:g}: cv macro-F1 {f:.4f} "
              f"(offsets neg {bn:+.1f} pos {bp:+.1f}; argmax {f_arg:.4f})", flush=True)
        if best is None or f > best[0]:
            best = (f, min_count, l2, bn, bp)
    f, min_count, l2, bn, bp = best
    s_min_count, s_l2 = min_count, l2
    vocab = make_vocab(s_samples, min_count)
    w = fit(s_samples, s_labels, vocab, l2, a.iters)
    model["sentence"] = export(vocab, w, bn, bp)
    model["sentence"]["fit"] = {"cv_macro_f1": round(f, 4), "min_count": min_count, "l2": l2,
                                "offset_neg": bn, "offset_pos": bp, "n": len(s_samples)}
    print(f"sentence: chose min_count={min_count} l2={l2:g}: "
          f"{len(model['sentence']['weights'])} features", flush=True)

    # Targets: hyper-parameters chosen on the mean of two cross-validated
    # macro-F1s: over all records, and over the records of sentences with
    # several targets (where the target, not the sentence, decides). The class
    # offsets are tuned on all records, the natural mix of labels (the
    # multi-target subset is only 21% neutral and would bias the offsets).
    grid = [(3, 1e-3, 2.0)] if a.quick else [
        (3, 1e-3, 1.0), (3, 1e-3, 2.0), (3, 3e-3, 2.0), (5, 1e-3, 2.0),
    ]
    best = None
    for min_count, l2, mw in grid:
        sw = [mw if per_sentence[g] > 1 else 1.0 for g in t_groups]
        probs = oof_probabilities(t_samples, t_labels, t_groups, min_count, l2, a.iters, sw)
        f_all, bn, bp = best_offsets(t_labels, probs)
        f_multi = offsets_f1([t_labels[i] for i in multi], probs[multi], bn, bp)
        score = (f_all + f_multi) / 2
        print(f"target: min_count={min_count} l2={l2:g} multi-weight={mw}: cv macro-F1 all "
              f"{f_all:.4f}, multi-target {f_multi:.4f} (offsets neg {bn:+.1f} pos {bp:+.1f})",
              flush=True)
        if best is None or score > best[0]:
            best = (score, min_count, l2, mw, bn, bp, f_all, f_multi, probs)
    _, min_count, l2, mw, bn, bp, f_all, f_multi, lr_oof = best
    vocab = make_vocab(t_samples, min_count)
    sw = [mw if per_sentence[g] > 1 else 1.0 for g in t_groups]
    w = fit(t_samples, t_labels, vocab, l2, a.iters, sample_weight=sw)
    # No class offsets here: the second stage reads these log-probabilities
    # as they were in cross-validation and has offsets of its own.
    model["target"] = export(vocab, w, 0.0, 0.0)
    model["target"]["fit"] = {"cv_macro_f1_all": round(f_all, 4),
                              "cv_macro_f1_multi": round(f_multi, 4), "min_count": min_count,
                              "l2": l2, "multi_weight": mw, "n": len(t_samples)}
    print(f"target: chose min_count={min_count} l2={l2:g} multi-weight={mw}: "
          f"{len(model['target']['weights'])} features", flush=True)

    # Second stage: a small network over the linear model's out-of-fold
    # log-probabilities and the mention's numeric features (stacking). It is
    # cross-validated on the same grouped folds, so each record's inputs come
    # from a linear model that never saw its sentence.
    # The sentence model's out-of-fold probabilities for each record's sentence
    # (same folds: a record's sentence was never seen by the model that scores it).
    fold = np.array(folds_of(t_groups))
    s_fold = folds_of(s_groups)
    sent_oof = np.zeros((len(t_labels), 3))
    for k in range(5):
        tr = [i for i, f in enumerate(s_fold) if f != k]
        vocab_s = make_vocab([s_samples[i] for i in tr], s_min_count)
        w_s = fit([s_samples[i] for i in tr], [s_labels[i] for i in tr], vocab_s, s_l2, a.iters)
        te = np.where(fold == k)[0]
        sent_oof[te] = predict([S.sentence_features(t_ctx[i][0]) for i in te], vocab_s, w_s)
    x, names = stack_matrix(t_ctx, t_samples, lr_oof, sent_oof)
    center, scale = x.mean(0), x.std(0) + 1e-9
    z = (x - center) / scale
    sw = np.array(sw, dtype=np.float64)
    grid = [(32, 1e-2)] if a.quick else [(16, 1e-2), (32, 1e-2), (32, 3e-2)]
    best = None
    for h, l2s in grid:
        probs = np.zeros((len(t_labels), 3))
        for k in range(5):
            tr, te = fold != k, fold == k
            p = fit_stack(z[tr], [t_labels[i] for i in np.where(tr)[0]], h, l2s,
                          sample_weight=sw[tr])
            probs[te] = predict_stack(z[te], p)
        f_all, bn, bp = best_offsets(t_labels, probs)
        f_multi = offsets_f1([t_labels[i] for i in multi], probs[multi], bn, bp)
        score = (f_all + f_multi) / 2
        print(f"target stack: hidden={h} l2={l2s:g}: cv macro-F1 all {f_all:.4f}, multi-target "
              f"{f_multi:.4f} (offsets neg {bn:+.1f} pos {bp:+.1f})", flush=True)
        if best is None or score > best[0]:
            best = (score, h, l2s, bn, bp, f_all, f_multi)
    _, h, l2s, bn, bp, f_all, f_multi = best
    p = fit_stack(z, t_labels, h, l2s, sample_weight=sw)
    model["target_stack"] = export_stack(names, center, scale, p, bn, bp)
    model["target_stack"]["fit"] = {"cv_macro_f1_all": round(f_all, 4),
                                    "cv_macro_f1_multi": round(f_multi, 4), "hidden": h,
                                    "l2": l2s, "offset_neg": bn, "offset_pos": bp}
    print(f"target stack: chose hidden={h} l2={l2s:g}", flush=True)

    model["about"] = (
        "newsmetrics news-mode sentiment: multinomial logistic regressions, weights per feature "
        "for classes (-1, 0, 1), and for targets a second-stage network over the regression's "
        "log-probabilities (target_stack), fitted by scripts/fit_news_sentiment.py on NewsMTSC "
        "train (Hamborg & Donnay 2021); see docs/sentiment.md"
    )
    OUT.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
