"""Per-sentence speed of our raw-mode VADER against vaderSentiment, same run.

    python benchmarks/bench_sentiment.py [--repeat 3]

Sentences: the distinct sentences of ../shared/data/sentiment/newsmtsc_train.jsonl
when present, else the news-style sentences written below. Timed:

* ``vaderSentiment``: ``SentimentIntensityAnalyzer().polarity_scores(s)``;
* ``ours (string)``: ``newsmetrics._vader.polarity_scores(s)``: tokenise the
  string with our tokeniser, then score (the like-for-like comparison);
* ``ours (article)``: raw-mode scoring of every sentence of a parsed article
  from its own tokens (what ``sentiment()`` does per sentence);
* ``sentiment() news``: the full public call per parsed article in news mode.

Best of ``--repeat`` interleaved runs, in CPU time of this process
(``time.process_time``: the machine is shared, and wall time also counts the
time other processes hold the CPU). Target >= 5x vaderSentiment per sentence.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from newsmetrics import _vader, parse  # noqa: E402
from newsmetrics.sentiment import _score_unit, _text_units, sentiment  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "sentiment" / "newsmtsc_train.jsonl"
FALLBACK = [
    "WASHINGTON (Reuters) - The Senate on Tuesday rejected a bill to curb drug prices.",
    '"This is a disgrace," Sen. Jane Roe told reporters, adding that she was not surprised.',
    "Unemployment fell to 3.5 percent, the lowest level in decades, officials said.",
    "Rebels seized the town after days of heavy fighting that left dozens dead.",
    "The company's shares soared 12% after it beat analysts' expectations.",
]


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        finally:
            gc.enable()
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if DATA.exists():
        with DATA.open(encoding="utf-8") as f:
            sents = list(dict.fromkeys(json.loads(line)["text"] for line in f if line.strip()))
    else:
        sents = FALLBACK * 400
    ref = SentimentIntensityAnalyzer()
    _vader.polarity_scores("warm up")
    articles = [parse(s) for s in sents]
    n_units = sum(len(a.sentences) for a in articles)

    def run_ref():
        for s in sents:
            ref.polarity_scores(s)

    def run_ours():
        for s in sents:
            _vader.polarity_scores(s)

    def run_article():
        for art in articles:
            art._cache.clear()  # tokenise again: count the tokens' cost too
            for u in _text_units(art, "raw"):
                _score_unit(u, "raw")

    def run_news():
        for art in articles:
            art._cache.clear()
            sentiment(art)

    # Interleave the runs so that load from other processes hits both alike.
    fns = (
        ("vaderSentiment 3.3.2", run_ref, len(sents)),
        ("ours (string, raw)", run_ours, len(sents)),
        ("ours (article sentences, raw)", run_article, n_units),
        ("sentiment() news mode, whole call", run_news, n_units),
    )
    times = {name: float("inf") for name, _, _ in fns}
    for _ in range(a.repeat):
        for name, fn, _ in fns:
            times[name] = min(times[name], best(fn, 1))
    t_ref = times["vaderSentiment 3.3.2"]
    rows = [(name, times[name], n) for name, _, n in fns]
    print(f"{len(sents)} texts, {n_units} sentences after our splitter; best of {a.repeat}")
    for name, t, _n in rows:
        print(f"{name:36s} {t * 1e6 / len(sents):8.1f} us/text  {len(sents) / t:9.0f} texts/s"
              f"  x{t_ref / t:5.1f} vs vaderSentiment")
    out = {name: round(t_ref / t, 2) for name, t, _ in rows[1:]}
    print(json.dumps({"speedup": out}))


if __name__ == "__main__":
    main()
