"""Evaluate sentiment on NewsMTSC (mt file), with VADER in the same run.

    python evaluation/eval_sentiment.py

Writes predictions to evaluation/out/ and scores each with the shared scorer
(``python3 ../shared/eval/score_sentiment.py PRED GOLD``):

1. ``sentiment_toward`` (news mode) on every record of newsmtsc_mt.jsonl, the
   target given by its ``target_from``/``target_to`` span;
2. the same in raw mode (VADER on the clause around the mention);
3. VADER (vaderSentiment) on the whole sentence, the usual baseline;
4. whole-sentence checks: ``sentiment()`` news mode and VADER on the mt
   sentences whose targets all share one label (gold file written to out/);
5. VADER on the train sentences whose targets agree (the news model's figure
   there is its cross-validated one, printed by scripts/fit_news_sentiment.py);
6. the cost of one ``sentiment_toward`` call (news mode, one span).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from newsmetrics import parse  # noqa: E402
from newsmetrics._text import normalize  # noqa: E402
from newsmetrics.sentiment import _make_unit, _score_unit, sentiment_toward  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "sentiment" / "newsmtsc_mt.jsonl"
TRAIN = SHARED / "data" / "sentiment" / "newsmtsc_train.jsonl"
SCORER = SHARED / "eval" / "score_sentiment.py"
OUT = ROOT / "evaluation" / "out"


def write(path, rows):
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def score(pred, gold, name):
    def rel(path):
        return "../" + str(path.relative_to(ROOT.parent)) if not path.is_relative_to(ROOT) \
            else str(path.relative_to(ROOT))

    print(f"\n$ python3 {rel(SCORER)} {rel(pred)} {rel(gold)}   # {name}")
    res = subprocess.run([sys.executable, str(SCORER), str(pred), str(gold), "--name", name],
                         capture_output=True, text=True, check=True)
    print(res.stdout.rstrip())
    return json.loads(res.stdout.strip().splitlines()[-1])


def sentence_unit_score(text, mode):
    """Score a data-set sentence as one unit (our splitter may cut it in two)."""
    u = _make_unit(text, normalize(text), 0, len(text), mode)
    return _score_unit(u, mode)


def main():
    if not GOLD.exists():
        sys.exit(f"no {GOLD}: the shared data is not here")
    OUT.mkdir(exist_ok=True)
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    vader = SentimentIntensityAnalyzer()
    arts = {}
    news, raw, vad = [], [], []
    for r in rows:
        text = r["text"]
        art = arts.get(text) or arts.setdefault(text, parse(text))
        span = (r["target_from"], r["target_to"])
        t = sentiment_toward(art, span)
        news.append({"id": r["id"], "label": t.label, "score": t.compound})
        t = sentiment_toward(art, span, mode="raw")
        raw.append({"id": r["id"], "label": t.label, "score": t.compound})
        vad.append({"id": r["id"], "score": vader.polarity_scores(text)["compound"]})
    results = {}
    for name, preds in (("toward_news", news), ("toward_raw_clause", raw), ("vader_sentence", vad)):
        path = OUT / f"mt_{name}.jsonl"
        write(path, preds)
        results[name] = score(path, GOLD, name)

    # Whole-sentence checks on sentences whose targets agree.
    by = {}
    for r in rows:
        by.setdefault(r["sentence_id"], []).append(r)
    gold_s, news_s, vader_s = [], [], []
    for sid, recs in by.items():
        if len({r["label"] for r in recs}) != 1:
            continue
        text = recs[0]["text"]
        gold_s.append({"id": sid, "text": text, "label": recs[0]["label"], "score": None, "target": None})
        s = sentence_unit_score(text, "news")
        news_s.append({"id": sid, "label": s.label, "score": s.compound})
        vader_s.append({"id": sid, "score": vader.polarity_scores(text)["compound"]})
    gpath = OUT / "mt_sentences_gold.jsonl"
    write(gpath, gold_s)
    for name, preds in (("sentence_news", news_s), ("sentence_vader", vader_s)):
        path = OUT / f"mt_{name}.jsonl"
        write(path, preds)
        results[name] = score(path, gpath, name)

    # VADER on the train sentences whose targets agree: compare with the news
    # model's 5-fold cross-validated figure printed by scripts/fit_news_sentiment.py
    # (the news model was fitted on these sentences, so scoring it here would be
    # in-sample; only VADER is scored).
    train_rows = [json.loads(line) for line in TRAIN.open(encoding="utf-8") if line.strip()]
    by = {}
    for r in train_rows:
        by.setdefault(r["sentence_id"], []).append(r)
    gold_t, vader_t = [], []
    for sid, recs in by.items():
        if len({r["label"] for r in recs}) != 1:
            continue
        text = recs[0]["text"]
        gold_t.append({"id": sid, "text": text, "label": recs[0]["label"], "score": None, "target": None})
        vader_t.append({"id": sid, "score": vader.polarity_scores(text)["compound"]})
    gpath = OUT / "train_sentences_gold.jsonl"
    write(gpath, gold_t)
    path = OUT / "train_sentence_vader.jsonl"
    write(path, vader_t)
    results["train_sentence_vader"] = score(path, gpath, "train_sentence_vader")
    print("\nsummary (macro-F1):", {k: round(v["macro_f1"], 4) for k, v in results.items()})

    # Cost of one call (news mode, one span, article already parsed), as
    # analyze() pays it per source: best of 3 passes, CPU time of the process.
    spans = [(arts[r["text"]], (r["target_from"], r["target_to"])) for r in rows]
    best = min(_timed(spans) for _ in range(3))
    print(f"sentiment_toward (news, one span, parsed text): {best / len(spans) * 1e6:.0f} us/call "
          f"over {len(spans)} calls, best of 3")


def _timed(calls):
    t = time.process_time()
    for art, span in calls:
        sentiment_toward(art, span)
    return time.process_time() - t


if __name__ == "__main__":
    main()
