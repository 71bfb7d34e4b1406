"""Build newsmetrics/data/background_freq.tsv, the background word-frequency table.

Source: the English word probabilities ``en_lexeme_prob.json.gz`` shipped in the
PyPI package ``spacy-lookups-data`` (MIT licence, (c) 2019 ExplosionAI GmbH; see
NOTICE). The file maps case-sensitive strings to natural-log probabilities of a
large general English (web) corpus. We fold case, keep word-like strings only,
and write one line per word::

    word<TAB>zipf<TAB>cap

``zipf`` is log10 of the frequency per billion words (3 = once per million),
one decimal; ``cap`` (0-9) is the share of the word's uses written with a
capital first letter, times 9, rounded: 9 for names ("obama"), 0 for
"sanctions". Words rarer than ``--min-zipf`` are left out (a lookup miss means
"rare").

Usage::

    pip download --no-deps -d /tmp/slk spacy-lookups-data==1.0.5
    python scripts/build_background_freq.py /tmp/slk/spacy_lookups_data-1.0.5-py2.py3-none-any.whl
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import re
import zipfile
from collections import defaultdict
from pathlib import Path

WORD = re.compile(r"^[A-Za-z][a-z]*(?:[-'][A-Za-z][a-z]*)*$|^[A-Z]+$")
MEMBER = "spacy_lookups_data/data/en_lexeme_prob.json.gz"
OUT = Path(__file__).resolve().parents[1] / "newsmetrics" / "data" / "background_freq.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("wheel", help="spacy_lookups_data wheel (or the extracted .json.gz)")
    ap.add_argument("--min-zipf", type=float, default=2.3)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    if args.wheel.endswith(".whl"):
        with zipfile.ZipFile(args.wheel) as zf:
            raw = zf.read(MEMBER)
    else:
        raw = Path(args.wheel).read_bytes()
    probs: dict[str, float] = json.load(io.BytesIO(gzip.decompress(raw)))
    total: dict[str, float] = defaultdict(float)
    capital: dict[str, float] = defaultdict(float)
    for form, logp in probs.items():
        if not WORD.match(form):
            continue
        p = math.exp(logp)
        key = form.lower()
        total[key] += p
        if form[0].isupper():
            capital[key] += p
    rows = []
    for key, p in total.items():
        zipf = math.log10(p) + 9.0
        if zipf < args.min_zipf:
            continue
        cap = round(9 * capital[key] / p)
        rows.append((-zipf, key, f"{key}\t{zipf:.1f}\t{cap}"))
    rows.sort()
    header = (
        "# Background English word frequencies, case folded.\n"
        "# word<TAB>zipf (log10 per billion words)<TAB>capitalised share 0-9\n"
        "# Derived from spacy-lookups-data 1.0.5 en_lexeme_prob (MIT, ExplosionAI GmbH)\n"
        "# by scripts/build_background_freq.py. See NOTICE.\n"
    )
    Path(args.out).write_text(header + "\n".join(r[2] for r in rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} words to {args.out}")


if __name__ == "__main__":
    main()
