"""Build newsmetrics/data/vader_lexicon.tsv and vader_emoji.tsv from vaderSentiment.

The VADER lexicon (Hutto & Gilbert 2014) is MIT-licensed; see NOTICE. We keep
only what the scorer reads, in a compact form:

* ``vader_lexicon.tsv``: ``token<TAB>mean valence`` per line, sorted. The raw
  ratings and standard deviations are dropped. When the source lists a token
  twice the later line wins (as in the reference scorer). Entries holding an
  upper-case letter are dropped: look-ups are always lower-cased, so those
  entries can never match.
* ``vader_emoji.tsv``: ``character<TAB>description`` for the single-character
  emoji (multi-character keys can never match a per-character look-up).

Run from the repository root with the test extra installed::

    python scripts/build_vader_lexicon.py [path/to/vaderSentiment]
"""

from __future__ import annotations

import sys
from pathlib import Path


def _source_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    import vaderSentiment  # the test extra; never a runtime dependency

    return Path(vaderSentiment.__file__).parent


def main() -> None:
    src = _source_dir()
    out_dir = Path(__file__).resolve().parents[1] / "newsmetrics" / "data"
    lex: dict[str, str] = {}
    for line in (src / "vader_lexicon.txt").read_text(encoding="utf-8").rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        float(measure)  # validate
        lex[word] = measure
    kept = {w: v for w, v in lex.items() if w == w.lower()}
    body = "".join(f"{w}\t{kept[w]}\n" for w in sorted(kept))
    (out_dir / "vader_lexicon.tsv").write_text(body, encoding="utf-8")

    emoji: dict[str, str] = {}
    for line in (src / "emoji_utf8_lexicon.txt").read_text(encoding="utf-8").rstrip("\n").split("\n"):
        char, description = line.strip().split("\t")[0:2]
        emoji[char] = description
    single = {c: d for c, d in emoji.items() if len(c) == 1}
    body = "".join(f"{c}\t{single[c]}\n" for c in sorted(single))
    (out_dir / "vader_emoji.tsv").write_text(body, encoding="utf-8")
    print(f"lexicon: {len(kept)} of {len(lex)} entries; emoji: {len(single)} of {len(emoji)}")


if __name__ == "__main__":
    main()
