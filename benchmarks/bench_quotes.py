"""Articles per second for quote attribution alone, on the PolNeAR dev articles.

Usage:
    python benchmarks/bench_quotes.py [GOLD.jsonl] [--repeat N]

Articles are parsed once beforehand (``newsmetrics.parse``); the timed loop
runs ``newsmetrics.quotes.quotes(article)`` only. A second figure includes
parsing. The figure is absolute (the spaCy-based peers need models that
cannot be installed here), so the machine is printed with it, and so is the
engine: compiled by mypyc (what ``pip install .`` builds when a C compiler is
at hand, see ``hatch_build.py``) or pure Python (a source checkout, an
editable install, or ``NEWSMETRICS_PURE=1``). To time the compiled engine
from a clone: ``python hatch_build.py --inplace DIR`` on a copy, then run this
script there.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Time this checkout's package (with any extensions built in place), not
# whichever newsmetrics happens to be installed.
sys.path.insert(0, str(ROOT))

from timing import best_pass  # noqa: E402  (benchmarks/timing.py)

from newsmetrics import parse  # noqa: E402
from newsmetrics.quotes import quotes  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "quotes" / "polnear_dev.jsonl"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = 5
    if "--repeat" in sys.argv:
        repeat = int(sys.argv[sys.argv.index("--repeat") + 1])
        args = [a for a in args if a != str(repeat)]
    path = Path(args[0]) if args else DEFAULT
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    articles = [parse(t) for t in texts]
    for a in articles[:5]:
        quotes(a)  # warm the lexicon
    best = best_pass(quotes, articles, repeat)
    t0 = time.perf_counter()
    for t in texts:
        quotes(parse(t))
    with_parse = time.perf_counter() - t0
    n = len(articles)
    chars = sum(len(t) for t in texts) / n
    print(f"machine: {platform.platform()}; CPU: {cpu_model()}; Python {platform.python_version()}")
    engine = sys.modules["newsmetrics._attribution"].__file__ or ""
    print(f"engine: {'compiled by mypyc' if not engine.endswith('.py') else 'pure Python'} ({engine})")
    print(f"articles: {n} from {path.name} (mean {chars:.0f} characters)")
    print(f"quote attribution alone: {n / best:,.0f} articles/s (best of {repeat} runs)")
    print(f"parse + quote attribution: {n / with_parse:,.0f} articles/s")


if __name__ == "__main__":
    main()
