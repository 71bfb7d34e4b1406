"""Build newsmetrics/data/word_frequency.txt: English word frequencies (Zipf scale).

Source: SymSpell's ``frequency_dictionary_en_82_765.txt`` (MIT licence, Wolf
Garbe; shipped in the ``symspellpy`` wheel, also MIT). Its counts come from the
Google Books Ngram data (free to use for any purpose, with acknowledgement)
intersected with the SCOWL word list (permissive licence); see NOTICE.
``symspellpy`` is never a dependency: fetch its wheel once and point this script
at the text file::

    pip download --no-deps symspellpy -d /tmp/ssp && unzip -o /tmp/ssp/*.whl -d /tmp/ssp
    /work/venv/bin/python scripts/build_word_frequency.py /tmp/ssp/symspellpy/frequency_dictionary_en_82_765.txt

We keep the ``TOP`` most frequent words and store, for each, its Zipf
frequency (log10 of occurrences per billion words, van Heuven et al. 2014),
rounded to one decimal. Format: one line per Zipf value::

    7.4<TAB>the
    ...
    3.1<TAB>iceberg ...
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "newsmetrics" / "data" / "word_frequency.txt"
TOP = 50_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("source", type=Path, help="frequency_dictionary_en_82_765.txt")
    ap.add_argument("--top", type=int, default=TOP)
    args = ap.parse_args()

    rows: list[tuple[str, int]] = []
    for line in args.source.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            rows.append((parts[0].lower(), int(parts[1])))
    total = sum(c for _, c in rows)
    rows.sort(key=lambda r: -r[1])
    by_zipf: dict[float, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for word, count in rows[: args.top]:
        if word in seen:
            continue
        seen.add(word)
        by_zipf[round(math.log10(count / total * 1e9), 1)].append(word)
    lines = [
        "# Zipf word frequencies (log10 per billion words), rounded to 0.1.",
        "# From SymSpell's frequency_dictionary_en_82_765.txt (MIT; Google Books Ngram counts",
        f"# intersected with SCOWL; see NOTICE). Top {args.top} words. Built by scripts/build_word_frequency.py.",
        "# Format: <zipf><TAB><space-separated lower-case words>",
    ]
    lines += [f"{z:.1f}\t{' '.join(ws)}" for z, ws in sorted(by_zipf.items(), reverse=True)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(seen)} words, zipf {min(by_zipf):.1f}..{max(by_zipf):.1f}")


if __name__ == "__main__":
    main()
