"""Benchmark keyphrase extraction speed (and, optionally, YAKE's in the same run).

Usage::

    /work/venv/bin/python benchmarks/bench_keywords.py            # newsmetrics only
    /work/venv/bin/python benchmarks/bench_keywords.py --yake     # also YAKE, if installed

Texts: the 500N-KPCrowd articles from ``../shared/data/keywords`` when present
(read, never copied), else the news-style fixtures of ``tests/``. Reports
articles per second for

* ``keyphrases(article)``: keyphrases alone, on articles parsed beforehand;
* ``keyphrases(text)``: the same from raw text (parsing included);
* ``keywords(article)``: the full report (frequency table, names, keyphrases);
* YAKE ``KeywordExtractor(lan="en", n=3, top=10)`` (its defaults) from raw text.

With ``--yake`` it also scores YAKE's predictions (n=3 and n=1) with the shared
scorer, so that accuracy and speed come from one run. YAKE is only ever
imported here, by a benchmark: it is not a dependency of newsmetrics.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not whichever is installed

from timing import best_pass  # noqa: E402  (benchmarks/timing.py)

from newsmetrics import parse  # noqa: E402
from newsmetrics.keywords import keyphrases, keywords  # noqa: E402

GOLD = ROOT.parent / "shared" / "data" / "keywords" / "500n_kpcrowd.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "score_keywords.py"


def load_texts() -> tuple[list[str], list[str], str]:
    if GOLD.exists():
        rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [r["id"] for r in rows], [r["text"] for r in rows], "500N-KPCrowd (500 articles)"
    sys.path.insert(0, str(ROOT / "tests"))
    import test_keywords as fixtures  # type: ignore[import-not-found]

    texts = [fixtures.SANCTIONS, fixtures.ELECTION] * 100
    return [str(i) for i in range(len(texts))], texts, "test fixtures (200 articles)"


def rate(fn, items, repeat: int) -> float:
    return len(items) / best_pass(fn, items, repeat)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--yake", action="store_true", help="also time and score YAKE (must be installed)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N passes")
    args = ap.parse_args()

    ids, texts, source = load_texts()
    t0 = time.perf_counter()
    keyphrases(texts[0])  # loads the tables and the stemmer once
    print(f"texts: {source}; first call (tables, stemmer): {time.perf_counter() - t0:.2f} s")
    articles = [parse(t) for t in texts]
    for a in articles:
        a.tokens  # noqa: B018  tokenise outside the timed loop, as analyze() would share it

    results = {
        "keyphrases(article)": rate(keyphrases, articles, args.repeat),
        "keyphrases(text)": rate(keyphrases, texts, args.repeat),
        "keywords(article)": rate(keywords, articles, args.repeat),
    }
    if args.yake:
        import yake  # benchmark only: YAKE is never a dependency

        extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
        results["YAKE n=3 (text)"] = rate(extractor.extract_keywords, texts, 1)
    for name, r in results.items():
        print(f"{name:<22} {r:8.0f} articles/s")
    if args.yake:
        ratio = results["keyphrases(text)"] / results["YAKE n=3 (text)"]
        print(f"keyphrases(text) / YAKE: {ratio:.1f}x")
        if SCORER.exists():
            out = ROOT / "evaluation" / "out"
            out.mkdir(parents=True, exist_ok=True)
            preds = []
            for n in (3, 1):
                ex = yake.KeywordExtractor(lan="en", n=n, top=15)
                path = out / f"yake_n{n}.jsonl"
                with path.open("w", encoding="utf-8") as f:
                    for i, t in zip(ids, texts, strict=True):
                        kws = [k for k, _ in ex.extract_keywords(t)]
                        f.write(json.dumps({"id": i, "keywords": kws}) + "\n")
                preds.append(str(path))
            ours = out / "keywords_500n_bench.jsonl"
            with ours.open("w", encoding="utf-8") as f:
                for i, a in zip(ids, articles, strict=True):
                    f.write(json.dumps({"id": i, "keywords": [p.text for p in keyphrases(a, top=15)]}) + "\n")
            subprocess.run([sys.executable, str(SCORER), str(GOLD), str(ours), *preds], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
