"""Word lists and learned cue statistics for quote attribution, loaded once.

Two data files feed this module:

* ``data/quote_lexicon.json``: hand-written closed-class lists (pronouns,
  titles, determiners, auxiliaries), the core speech and belief verbs with
  their inflections, phrase cues and the nouns that mark groups, documents
  and anonymous sources.
* ``data/quote_cues.json``: per word form, how often it falls inside an
  annotated attribution cue in the PolNeAR training split, built by
  ``scripts/build_quote_cues.py``. Only word statistics: no text.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from newsmetrics._resources import read_json

__all__ = ["CueInfo", "Lexicon", "lexicon"]

# A learned word becomes a cue when this share of its occurrences were cues.
_MIN_RATE = 0.3
_MIN_COUNT = 4
# A curated form seen this often in training takes its learned rate as weight
# (``states`` is mostly a noun, ``said`` nearly always a cue).
_TRUST_TOTAL = 20
# Cues below this weight are not looked for at all (tuned on train: 0.2).
_MIN_WEIGHT = 0.2


class CueInfo(NamedTuple):
    """What the lexicon knows about one cue form."""

    lemma: str
    category: str  # "speech" or "belief"
    weight: float  # share of occurrences that were cues (learned) or a prior
    after: float = 0.8  # share of learned cues whose content followed them
    length: int = 12  # median words of reported content (learned)


class Lexicon(NamedTuple):
    """Every table quote attribution needs, built once per process."""

    cues: dict[str, CueInfo]
    cue_re: re.Pattern[str]
    pronouns: dict[str, str]
    titles: frozenset[str]
    skip_before_cue: frozenset[str]
    determiners: frozenset[str]
    stop: frozenset[str]
    time_words: frozenset[str]
    group_nouns: frozenset[str]
    document_nouns: frozenset[str]
    anonymous_heads: frozenset[str]
    anonymous_markers: frozenset[str]
    noun_cues: frozenset[str]  # nouns whose complement is an attribution: "his criticism of"
    noun_only: frozenset[str]  # noun cues that are not also verb cues
    # determiners, group nouns and anonymity words: a capitalised run made
    # only of these is a noun phrase ("Officials said", "Police said")
    np_words: frozenset[str] = frozenset()
    # cue forms whose reported attributions were mostly wrong on the training
    # split (learned by scripts/build_quote_cues.py --report-precision): they
    # still find the speaker of a direct quote, but open no reported speech
    report_drop: frozenset[str] = frozenset()
    # cue_re with the non-word character before the cue consumed: a pattern
    # that opens with a character class lets the engine skip ahead fast.
    # Group 1 is the cue; search from one character before the range.
    cue_scan_re: re.Pattern[str] = re.compile(r"\W(x)")
    # the first word (run of word characters) of every ASCII cue, as bytes: a
    # word that may open a cue, so that a scan can skip every other word.
    # With it: the word between spaces (to find it in a spaced text); its
    # length if it is a cue itself, else -1; and the two characters that
    # follow it in the longer cues it opens (none: "said"; " t": "according
    # to"), or None when a longer cue ends one character after it
    cue_words: dict[bytes, tuple[bytes, int, frozenset[str] | None]] = {}  # noqa: RUF012


_FIRST_WORD_RE = re.compile(r"\w+")


def _cue_words(cues: dict[str, CueInfo]) -> dict[bytes, tuple[bytes, int, frozenset[str] | None]]:
    """The first words of the cues, for the word scan of quotes (see ``Lexicon.cue_words``).

    Empty when a cue is not ASCII: the word scan reads ASCII words only.
    """
    if not all(cue.isascii() for cue in cues):
        return {}
    tails: dict[str, set[str]] = {}
    for cue in cues:
        word = _FIRST_WORD_RE.match(cue).group()  # type: ignore[union-attr]
        tails.setdefault(word, set())
        if cue != word:
            tails[word].add(cue[len(word) : len(word) + 2])
    return {
        word.encode("ascii"): (
            b" " + word.encode("ascii") + b" ",
            len(word) if word in cues else -1,
            None if any(len(t) < 2 for t in after) else frozenset(after),
        )
        for word, after in tails.items()
    }


def _trie_pattern(words: list[str]) -> str:
    """Return a regex matching any of ``words``, prefix-factored for speed."""
    trie: dict[str, dict[str, object]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def build(node: dict[str, dict[str, object]]) -> str:
        ends = "" in node
        alts = [re.escape(k) + build(v) for k, v in sorted(node.items()) if k]  # type: ignore[arg-type]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@functools.cache
def lexicon() -> Lexicon:
    """Return the quote attribution tables (built on first call, then cached).

    Returns:
        The lexicon.

    Examples:
        >>> lexicon().cues["said"].lemma
        'say'
    """
    raw = read_json("quote_lexicon.json")
    learned_all = read_json("quote_cues.json")
    learned = learned_all["words"]
    stop = frozenset(raw["stop"])
    cues: dict[str, CueInfo] = {}
    for category, table in (("belief", raw["belief_cues"]), ("speech", raw["speech_cues"])):
        for lemma, forms in table.items():
            for form in forms:
                stats = learned.get(form)
                prior = 0.6 if category == "speech" else 0.3
                if not stats:
                    cues[form] = CueInfo(lemma, category, prior)
                    continue
                rate = float(stats["rate"])
                weight = rate if int(stats["total"]) >= _TRUST_TOTAL else max(prior, rate)
                cues[form] = CueInfo(
                    lemma, category, weight, float(stats.get("after", 0.8)), int(stats.get("len", 12))
                )
    for form, stats in learned.items():
        if form in cues or form in stop or len(form) < 3:
            continue
        if stats["rate"] >= _MIN_RATE and stats["n"] >= _MIN_COUNT:
            cues[form] = CueInfo(
                form, "belief", float(stats["rate"]), float(stats.get("after", 0.8)), int(stats.get("len", 12))
            )
    for phrase, category in raw["phrase_cues"].items():
        cues[phrase] = CueInfo(phrase, category, 0.95)
    cues = {k: v for k, v in cues.items() if v.weight >= _MIN_WEIGHT}
    noun_cues = frozenset(raw["noun_cues"])
    noun_only = frozenset(n for n in noun_cues if n not in cues)
    for n in noun_only:
        cues[n] = CueInfo(n, "belief", 0.5)
    # the lookahead on first letters lets the engine skip most word starts fast
    firsts = "".join(sorted({c[0] for c in cues}))
    trie = _trie_pattern(sorted(cues))
    cue_re = re.compile(r"\b(?=[" + re.escape(firsts) + r"])" + trie + r"\b")
    cue_scan_re = re.compile(r"\W(?=[" + re.escape(firsts) + r"])(" + trie + r")\b")
    determiners = frozenset(raw["determiners"])
    group_nouns = frozenset(raw["group_nouns"])
    anonymous_heads = frozenset(raw["anonymous_heads"])
    anonymous_markers = frozenset(raw["anonymous_markers"])
    return Lexicon(
        cues=cues,
        cue_re=cue_re,
        pronouns=dict(raw["pronouns"]),
        titles=frozenset(raw["titles"]),
        skip_before_cue=frozenset(raw["skip_before_cue"]),
        determiners=determiners,
        stop=stop,
        time_words=frozenset(raw["time_words"]),
        group_nouns=group_nouns,
        document_nouns=frozenset(raw["document_nouns"]),
        anonymous_heads=anonymous_heads,
        anonymous_markers=anonymous_markers,
        noun_cues=noun_cues,
        noun_only=noun_only,
        cue_scan_re=cue_scan_re,
        cue_words=_cue_words(cues),
        report_drop=frozenset(learned_all.get("report_drop", {})),
        np_words=determiners | group_nouns | anonymous_heads | anonymous_markers | {"official", "senior", "top"},
    )
