"""Benchmark: newsmetrics parse + readability vs textstat's seven main formulas.

Both run in the same process on the same texts (../shared/data/readability/
onestop_dev.jsonl, 327 whole articles), best of ``--repeat`` runs each:

* newsmetrics: ``readability(text)`` on the raw string (so parsing is
  included), every count, all twelve formulas, ``difficulty``, per-paragraph
  scores and the five hardest sentences;
* textstat 0.7.13: ``flesch_reading_ease``, ``flesch_kincaid_grade``,
  ``gunning_fog``, ``smog_index``, ``coleman_liau_index``,
  ``automated_readability_index`` and ``dale_chall_readability_score``.

textstat memoises each function on the exact text (``typed_cache``), so each
timed textstat run starts with its caches cleared, as for a new article; its
seven formulas on one article share their sub-counts within the run, as they
would for a user.

Running textstat offline: textstat counts syllables with
``nltk.corpus.cmudict`` and calls ``nltk.download('cmudict')`` when it is
missing, which needs a network. ``benchmarks/textstat_offline.py`` hands it
the CMU Pronouncing Dictionary counts that newsmetrics ships, by replacing the
``get_cmudict`` name in ``textstat.backend.counts._count_syllables`` (the only
place that reads the dictionary); no ``nltk_data`` and no download is
involved. The CMU table is loaded before timing for both sides.

    /work/venv/bin/python benchmarks/bench_readability.py [--repeat 3] [--limit N]
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from textstat_offline import offline_textstat  # noqa: E402

from newsmetrics import readability  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "readability" / "onestop_dev.jsonl"
SEVEN = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
)


def clear_textstat_caches() -> None:
    """Empty every typed_cache of textstat so each run sees new articles."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("textstat"):
            continue
        for obj in vars(module).values():
            clear = getattr(obj, "cache_clear", None)
            if callable(clear):
                clear()


def run_ours(texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        readability(t)
    return time.perf_counter() - t0


def run_textstat(ts, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    funcs = [getattr(ts, n) for n in SEVEN]
    clear_textstat_caches()
    t0 = time.perf_counter()
    for t in texts:
        for f in funcs:
            f(t)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent")
    texts = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    texts = texts[: args.limit] if args.limit else texts
    words = sum(len(t.split()) for t in texts)

    ts = offline_textstat()
    readability("Warm up the tables. The cat sat on the mat.")  # load data files once
    ts.flesch_reading_ease("Warm up the tables. The cat sat on the mat.")

    ours = min(run_ours(texts) for _ in range(args.repeat))
    gc.collect()
    theirs = min(run_textstat(ts, texts) for _ in range(args.repeat))

    n = len(texts)
    print(f"{n} articles, {words} words (onestop_dev.jsonl), best of {args.repeat}")
    print(f"newsmetrics parse + readability : {ours:7.3f} s  {n / ours:8.1f} articles/s")
    print(f"textstat, seven formulas        : {theirs:7.3f} s  {n / theirs:8.1f} articles/s")
    print(f"throughput ratio (newsmetrics / textstat): {theirs / ours:.1f}x  (target >= 10x)")


if __name__ == "__main__":
    main()
