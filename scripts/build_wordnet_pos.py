"""Build the WordNet 3.0 part-of-speech tables in newsmetrics/data/.

Source: WordNet 3.0 (Princeton University; licence in NOTICE), as installed by
the Debian package ``wordnet-base`` in ``/usr/share/wordnet``:
``index.{noun,verb,adj,adv}`` (lemmas by part of speech), ``cntlist.rev``
(how often each sense was tagged in the semantic concordances) and
``{noun,verb,adj,adv}.exc`` (irregular forms).

Writes two tab-separated files:

``wordnet_pos.tsv``
    ``lemma<TAB>weights``: one line per single-word lemma, ``weights`` being
    space-separated ``<pos><weight>`` items, best first, with ``pos`` one of
    ``n v a r`` and ``weight`` = 1 + tagged occurrences of the lemma's senses in
    that part of speech (a rough frequency of the word in that use).
``wordnet_exc.tsv``
    ``form<TAB>pos<TAB>lemma``: irregular inflections (``children n child``,
    ``said v say``).

Multi-word lemmas are left out. Usage::

    apt-get install -y wordnet-base
    python scripts/build_wordnet_pos.py [/usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
WORD = re.compile(r"^[a-z][a-z'\-]*$")
DATA = Path(__file__).resolve().parents[1] / "newsmetrics" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("wordnet_dir", nargs="?", default="/usr/share/wordnet")
    args = ap.parse_args()
    src = Path(args.wordnet_dir)

    tagged: dict[tuple[str, str], int] = defaultdict(int)
    for line in (src / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _num, count = line.split()
        lemma, rest = key.split("%", 1)
        tagged[(lemma, SS_TYPE[rest[0]])] += int(count)

    weights: dict[str, dict[str, int]] = defaultdict(dict)
    for pos, name in POS_FILES.items():
        for line in (src / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            lemma = line.split(" ", 1)[0]
            if not WORD.match(lemma):
                continue
            weights[lemma][pos] = 1 + tagged.get((lemma, pos), 0)

    lines = []
    for lemma in sorted(weights):
        items = sorted(weights[lemma].items(), key=lambda kv: (-kv[1], "nvar".index(kv[0])))
        lines.append(f"{lemma}\t" + " ".join(f"{p}{w}" for p, w in items))
    header = (
        "# WordNet 3.0 lemmas: lemma<TAB>pos+weight items, best first (n v a r;\n"
        "# weight = 1 + tagged sense occurrences). Built by scripts/build_wordnet_pos.py\n"
        "# from WordNet 3.0, Copyright 2006 by Princeton University. See NOTICE.\n"
    )
    (DATA / "wordnet_pos.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")

    exc = []
    for pos, name in POS_FILES.items():
        for line in (src / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if len(parts) < 2 or not WORD.match(parts[0]) or not WORD.match(parts[1]):
                continue
            if parts[0] != parts[1]:
                exc.append(f"{parts[0]}\t{pos}\t{parts[1]}")
    header = (
        "# WordNet 3.0 irregular forms: form<TAB>pos<TAB>lemma. Built by\n"
        "# scripts/build_wordnet_pos.py from WordNet 3.0, Copyright 2006 by Princeton\n"
        "# University. See NOTICE.\n"
    )
    (DATA / "wordnet_exc.tsv").write_text(header + "\n".join(sorted(exc)) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lemmas and {len(exc)} irregular forms")


if __name__ == "__main__":
    main()
