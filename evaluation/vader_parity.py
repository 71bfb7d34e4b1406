"""Raw-mode parity with vaderSentiment on every sentence of NewsMTSC train.

    python evaluation/vader_parity.py

For each distinct sentence of ../shared/data/sentiment/newsmtsc_train.jsonl,
compares vaderSentiment 3.3.2's ``polarity_scores`` with ours in raw mode,
through both entry points: the engine on the sentence as one unit
(``newsmetrics._vader.polarity_scores``) and the public API
(``newsmetrics.sentiment(text, mode="raw")``) when our splitter keeps the
sentence whole. Target: compound equal within 1e-6 on >= 99% of sentences.
Every difference is printed (there were none when this was written).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from newsmetrics import _vader, parse  # noqa: E402
from newsmetrics.sentiment import sentiment  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "sentiment" / "newsmtsc_train.jsonl"
TOL = 1e-6


def main():
    if not DATA.exists():
        sys.exit(f"no {DATA}: the shared data is not here")
    with DATA.open(encoding="utf-8") as f:
        texts = list(dict.fromkeys(json.loads(line)["text"] for line in f if line.strip()))
    ref = SentimentIntensityAnalyzer()
    n = len(texts)
    same_compound = same_all = api_n = api_same = 0
    diffs = []
    for text in texts:
        want = ref.polarity_scores(text)
        got = _vader.polarity_scores(text)
        ok = abs(want["compound"] - got["compound"]) <= TOL
        same_compound += ok
        same_all += all(abs(want[k] - got[k]) <= TOL for k in ("neg", "neu", "pos", "compound"))
        if not ok:
            diffs.append((text, want, got))
        art = parse(text)
        # The public API scores our sentences: compare where our parser keeps
        # the whole text as one sentence (no headline, dateline, byline or
        # boilerplate taken out of it).
        if len(art.sentences) == 1 and art.sentences[0].text == text.strip():
            api_n += 1
            s = sentiment(art, mode="raw").sentences[0]
            api_same += abs(s.compound - want["compound"]) <= TOL
    print(f"sentences: {n}")
    print(f"engine: compound within {TOL:g}: {same_compound}/{n} = {same_compound / n:.4%}")
    print(f"engine: neg/neu/pos/compound all within {TOL:g}: {same_all}/{n} = {same_all / n:.4%}")
    print(f"sentiment(text, mode='raw') on the {api_n} texts our parser keeps whole as one sentence: "
          f"{api_same}/{api_n} = {api_same / max(api_n, 1):.4%}")
    for text, want, got in diffs:
        print("DIFF", json.dumps(text), want, got)
    print(json.dumps({"n": n, "compound_parity": same_compound / n, "all_parity": same_all / n,
                      "api_n": api_n, "api_parity": api_same / max(api_n, 1)}))
    sys.exit(0 if same_compound / n >= 0.99 else 1)


if __name__ == "__main__":
    main()
