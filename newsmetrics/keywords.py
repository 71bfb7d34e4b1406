"""Keywords: a frequency table, names by surface cues, and ranked keyphrases.

One pass over the headline and body tokens of an :class:`~newsmetrics.Article`
builds every word's key (Porter stem, or the acronym as written), its part of
speech class (from a WordNet 3.0 table), its background frequency and casing.
From that:

* :attr:`KeywordReport.terms` counts unigrams and n-grams up to 3;
* :attr:`KeywordReport.entities` collects runs of capitalised words;
* :attr:`KeywordReport.phrases` ranks noun-phrase-like candidates by
  frequency, first position, spread, casing, headline presence and rarity in
  general English. See ``docs/keywords.md`` for the method and its accuracy.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsmetrics import _resources
from newsmetrics._text import as_article, normalize, tokenize
from newsmetrics.models import Article, Entity, Keyphrase, KeywordReport, Span, Term, Token

__all__ = ["default_stopwords", "keyphrases", "keywords"]

# --------------------------------------------------------------------------
# Package data, loaded lazily, once per process
# --------------------------------------------------------------------------


@functools.cache
def default_stopwords() -> frozenset[str]:
    """Return the shipped English stopword list (lower case).

    Returns:
        The stopwords; extend it with ``default_stopwords() | {...}`` and pass
        the result as ``stopwords=`` to :func:`keywords`.

    Examples:
        >>> "the" in default_stopwords(), "sanctions" in default_stopwords()
        (True, False)
    """
    return frozenset(_resources.read_lines("stopwords_en.txt"))


@functools.cache
def _background() -> tuple[dict[str, float], dict[str, int]]:
    """Return (zipf frequency, capitalised share 0-9) by lower-case word."""
    zipf: dict[str, float] = {}
    cap: dict[str, int] = {}
    for line in _resources.read_lines("background_freq.tsv"):
        word, z, c = line.split("\t")
        zipf[word] = float(z)
        cap[word] = int(c)
    return zipf, cap


@functools.cache
def _wordnet() -> tuple[dict[str, dict[str, int]], dict[str, list[tuple[str, str]]]]:
    """Return WordNet lemma weights by part of speech, and irregular forms."""
    lemmas: dict[str, dict[str, int]] = {}
    for line in _resources.read_lines("wordnet_pos.tsv"):
        lemma, items = line.split("\t")
        lemmas[lemma] = {item[0]: int(item[1:]) for item in items.split(" ")}
    exc: dict[str, list[tuple[str, str]]] = {}
    for line in _resources.read_lines("wordnet_exc.tsv"):
        form, pos, lemma = line.split("\t")
        exc.setdefault(form, []).append((pos, lemma))
    return lemmas, exc


@functools.cache
def _porter() -> object:
    """Return a Porter stemmer (nltk imported here: it costs ~0.5 s)."""
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """Return the Porter stem of a lower-case word (hyphen parts stemmed apart)."""
    stemmer = _porter()
    if "-" in word:
        return "-".join(str(stemmer.stem(p)) for p in word.split("-"))  # type: ignore[attr-defined]
    return str(stemmer.stem(word))  # type: ignore[attr-defined]


# WordNet's detachment rules (morphy): suffix, replacement, part of speech.
_MORPHY = (
    ("s", "", "n"), ("ses", "s", "n"), ("xes", "x", "n"), ("zes", "z", "n"),
    ("ches", "ch", "n"), ("shes", "sh", "n"), ("men", "man", "n"), ("ies", "y", "n"),
    ("s", "", "v"), ("ies", "y", "v"), ("es", "e", "v"), ("es", "", "v"),
    ("ed", "e", "v"), ("ed", "", "v"), ("ing", "e", "v"), ("ing", "", "v"),
    ("er", "", "a"), ("est", "", "a"), ("er", "e", "a"), ("est", "e", "a"),
)

# Word classes used by the candidate filter.
_NOUN = 0  # noun, or unknown to WordNet (names, new words)
_ADJ = 1
_VERB = 2
_ADV = 3


@functools.lru_cache(maxsize=200_000)
def _word_class(low: str) -> int:
    """Classify a lower-case word as noun-like, adjective, verb or adverb.

    WordNet's lemma table gives, per part of speech, how often the word's
    senses were tagged in a corpus; inflected forms are lemmatised with the
    irregular-forms table and morphy's suffix rules. A plural ``-s`` form that
    can be a noun counts as a noun unless the verb reading is far more common.
    """
    lemmas, exc = _wordnet()
    weights = {"n": 0, "v": 0, "a": 0, "r": 0}
    direct = lemmas.get(low)
    if direct is not None:
        for pos, w in direct.items():
            weights[pos] = max(weights[pos], w)
    for pos, lemma in exc.get(low, ()):
        entry = lemmas.get(lemma)
        if entry is not None and pos in entry:
            weights[pos] = max(weights[pos], entry[pos])
    for suffix, repl, pos in _MORPHY:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            entry = lemmas.get(low[: -len(suffix)] + repl)
            if entry is not None and pos in entry:
                # Prefer the plural-noun reading of "-s" forms ("sanctions").
                w = entry[pos] * 4 if pos == "n" else entry[pos]
                weights[pos] = max(weights[pos], w)
    if not any(weights.values()):
        return _NOUN
    best = max(weights, key=lambda p: (weights[p], p == "n"))
    if best == "n":
        return _NOUN
    if best == "a":
        return _ADJ
    if best == "v":
        # A past participle that WordNet also lists as an adjective
        # ("armed", "united") can stand inside a noun phrase.
        return _ADJ if direct is not None and "a" in direct and low.endswith("ed") else _VERB
    return _ADV


# --------------------------------------------------------------------------
# Words: one record per word token of the headline and body
# --------------------------------------------------------------------------

_POSSESSIVE = ("'s", "\u2019s")
# Connector words allowed inside a name: "Line of Control", "Bank of England".
_CONNECTORS = frozenset({"of", "for", "the", "de", "del", "da", "di", "von", "van", "al", "bin", "la", "le", "du"})
# Honorifics dropped from names ("Mr. Smith" is "Smith").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "messrs", "mme", "sir"})
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# Never part of a keyphrase: time expressions and units (they do not
# summarise) and the agency credits of wire copy.
_NOT_KEYPHRASE = _CALENDAR | frozenset(
    """
    ap afp upi dpa pti ians inp reuters yesterday today tomorrow tonight day days
    week weeks weekend month months year years decade decades time times percent
    cent pct am pm com www http https html htm org net
    """.split()
)


@dataclass(slots=True)
class _Word:
    """A word token with everything the three tables need."""

    start: int  # offsets into the original text (-1: from a separate title)
    end: int
    surface: str  # as written, possessive dropped
    low: str
    key: str  # stem, or the acronym without dots
    form: str  # display form: surface for names and acronyms, else lower case
    stop: bool
    cls: int  # _NOUN, _ADJ, _VERB, _ADV
    cap: bool  # capitalised where casing tells something (mid-sentence)
    acronym: bool
    initial: bool  # first word of a sentence (or any headline word)
    sentence: int  # -1 for the headline
    headline: bool


def _acronym_key(surface: str) -> str | None:
    """Return the key of an acronym (``U.S.`` -> ``US``, ``NGOs`` -> ``NGO``), else None."""
    letters = surface.replace(".", "")
    if letters.endswith("s") and len(letters) >= 4 and letters[:-1].isupper():
        letters = letters[:-1]
    if len(letters) >= 2 and letters.isupper() and sum(c.isalpha() for c in letters) >= 2:
        return letters
    return None


@functools.lru_cache(maxsize=200_000)
def _lexical(
    surface: str, kind: str, shouting: bool, stopwords: frozenset[str]
) -> tuple[str, str, bool, bool, int, bool]:
    """Return (lower case, key, acronym, stopword, word class, capitalised) of a surface form."""
    low = surface.lower().replace("\u2019", "'")
    acro = None if shouting or kind == "number" else _acronym_key(surface)
    if acro is not None:
        return low, acro, True, False, _NOUN, True
    if kind != "word":
        return low, low, False, False, _NOUN, False
    stop = low in stopwords or len(low) == 1
    cls = _NOUN if stop else _word_class(low)
    return low, _stem(low), False, stop, cls, surface[0].isupper() and not shouting


def _segment_words(
    tokens: Sequence[Token],
    source: str,
    *,
    sentence: int,
    headline: bool,
    stopwords: frozenset[str],
    has_offsets: bool,
    numbers: bool,
) -> list[_Word | None]:
    """Turn a sentence's (or the headline's) tokens into words; ``None`` marks a break."""
    out: list[_Word | None] = []
    letters = [t.text for t in tokens if t.kind == "word" and len(t.text) > 1]
    shouting = len(letters) >= 3 and sum(w.isupper() for w in letters) >= 0.7 * len(letters)
    # A line in title case ("Feds Investigate Seattle Police") says no more
    # about names than a headline does.
    cap_share = _background()[1]
    title_case = headline or (
        len(letters) >= 4
        and sum(w[0].isupper() for w in letters) >= 0.8 * len(letters)
        # ... and common words are capitalised too ("Investigate", "Possible"),
        # unlike a sentence full of names ("President Barack Obama met Angela Merkel").
        and sum(w[0].isupper() and cap_share.get(w.lower(), 9) <= 3 for w in letters[1:]) >= 2
    )
    first_word = True
    skip = -1
    n_tok = len(tokens)
    for t_index, tok in enumerate(tokens):
        kind = tok.kind
        if t_index == skip:
            continue  # the period of a middle initial
        if kind != "word" and not (numbers and kind == "number"):
            out.append(None)
            if kind == "number":
                first_word = False
            continue
        surface = source[tok.start : tok.end]
        if (
            len(surface) == 1
            and surface.isupper()
            and t_index + 2 < n_tok
            and tokens[t_index + 1].text == "."
            and tokens[t_index + 2].text[:1].isupper()
            and out
            and out[-1] is not None
            and out[-1].surface[:1].isupper()
        ):
            # A middle initial inside a name: "George W. Bush".
            skip = t_index + 1
            out.append(
                _Word(
                    tok.start if has_offsets else -1, tok.end if has_offsets else -1,
                    surface, surface.lower(), surface.lower(), surface + ".", True, _NOUN,
                    not first_word and not title_case, False, False, sentence, headline,
                )
            )
            continue
        end = tok.end
        if kind == "word" and surface.endswith(_POSSESSIVE) and len(surface) > 2:
            surface = surface[:-2]
            end -= 2
        low, key, acro, stop, cls, name_like = _lexical(surface, kind, shouting, stopwords)
        if acro:
            form, cap = key, True  # "U.S." shows as "US"
        else:
            cap = name_like and not first_word and not title_case
            form = surface if cap or (name_like and cap_share.get(low, 9) >= 6) else low
        out.append(
            _Word(
                tok.start if has_offsets else -1,
                end if has_offsets else -1,
                surface, low, key, form, stop, cls, cap, acro,
                first_word or title_case, sentence, headline,
            )
        )
        first_word = False
    return out


def _segments(
    article: Article, stopwords: frozenset[str], numbers: bool
) -> list[list[_Word | None]]:
    """Return the headline (first, when there is one) and each body sentence as words."""
    segments: list[list[_Word | None]] = []
    text = article.text
    if article.headline is not None:
        h = article.headline
        segments.append(
            _segment_words(
                tokenize(article.norm, h.start, h.end), text, sentence=-1, headline=True,
                stopwords=stopwords, has_offsets=True, numbers=numbers,
            )
        )
    elif article.title is not None and article.title.strip():
        title = normalize(article.title)
        segments.append(
            _segment_words(
                tokenize(title), title, sentence=-1, headline=True,
                stopwords=stopwords, has_offsets=False, numbers=numbers,
            )
        )
    for i in range(len(article.sentences)):
        segments.append(
            _segment_words(
                article.sentence_tokens(i), text, sentence=i,
                headline=False, stopwords=stopwords, has_offsets=True, numbers=numbers,
            )
        )
    return segments


def _display(forms: Iterable[str]) -> str:
    """Return the most frequent form (the first seen on a tie)."""
    counts: dict[str, int] = {}
    for f in forms:
        counts[f] = counts.get(f, 0) + 1
    return max(counts, key=lambda f: counts[f])


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


# --------------------------------------------------------------------------
# The frequency table
# --------------------------------------------------------------------------


def _frequency_table(
    text: str, segments: list[list[_Word | None]], words: int, max_n: int, min_count: int
) -> tuple[Term, ...]:
    """Count unigrams (every one) and n-grams up to ``max_n`` seen ``min_count`` times."""
    grams: dict[str, list[tuple[_Word, _Word, str]]] = {}
    for seg in segments:
        n_seg = len(seg)
        for i, w in enumerate(seg):
            if w is None or w.start < 0 or w.stop:
                continue
            grams.setdefault(w.key, []).append((w, w, w.form))
            keys = [w.key]
            forms = [w.form]
            for j in range(i + 1, min(i + max_n, n_seg)):
                nxt = seg[j]
                if nxt is None:
                    break
                keys.append(nxt.key if not nxt.stop else nxt.low)
                forms.append(nxt.form)
                if not nxt.stop:
                    grams.setdefault(" ".join(keys), []).append((w, nxt, " ".join(forms)))
    scale = 1000.0 / words if words else 0.0
    rows = []
    for key, occ in grams.items():
        n = key.count(" ") + 1
        if n > 1 and len(occ) < min_count:
            continue
        rows.append(
            Term(
                _display(o[2] for o in occ),
                key,
                n,
                len(occ),
                round(len(occ) * scale, 3),
                tuple(_span(text, a.start, b.end) for a, b, _ in occ),
            )
        )
    rows.sort(key=lambda t: (-t.count, t.n, t.spans[0].start))
    return tuple(rows)


# --------------------------------------------------------------------------
# Names by surface cues
# --------------------------------------------------------------------------


def _name_runs(seg: list[_Word | None], names: frozenset[str]) -> list[list[_Word]]:
    """Return runs of capitalised words (with connectors inside) of one sentence.

    ``names`` holds the lower-case words seen capitalised mid-sentence in the
    article: such a word opening a sentence is a name too ("Hale said").
    """
    zipf_cap = _background()[1]
    runs: list[list[_Word]] = []
    cur: list[_Word] = []
    pending: list[_Word] = []  # connectors waiting for a capitalised word
    n = len(seg)
    for i in range(n + 1):
        w = seg[i] if i < n else None
        if w is not None and (w.surface[0].isupper() or w.acronym) and not (
            w.low in _HONORIFICS and not w.acronym
        ):
            if cur and pending:
                # "Ministry of Defence" joins; "Nawaz Sharif of Pakistan" does not.
                if len(cur) <= 2:
                    cur.extend(pending)
                else:
                    runs.append(cur)
                    cur = []
            pending = []
            cur.append(w)
            continue
        if w is not None and cur and w.low in _CONNECTORS and not w.surface[0].isupper():
            pending.append(w)
            if len(pending) <= 2:
                continue
        if cur:
            runs.append(cur)
        cur, pending = [], []
    out = []
    for run in runs:
        first = run[0]
        if first.initial and not first.acronym and first.low not in names and (
            first.stop
            or first.cls in (_VERB, _ADV)
            or zipf_cap.get(first.low, 9) <= (4 if len(run) == 1 else 2)
        ):
            run = run[1:]
        while run and run[-1].low in _CONNECTORS and not run[-1].surface[0].isupper():
            run = run[:-1]
        if not run:
            continue
        if len(run) == 1:
            only = run[0]
            if (only.stop and not only.acronym) or only.low in _CALENDAR:
                continue
        out.append(run)
    return out


def _capitalised_words(segments: list[list[_Word | None]]) -> frozenset[str]:
    """Return the lower-case words written capitalised mid-sentence."""
    return frozenset(w.low for seg in segments for w in seg if w is not None and w.cap)


def _entities(text: str, segments: list[list[_Word | None]]) -> tuple[Entity, ...]:
    """Collect names from the body sentences (headline casing tells nothing)."""
    mentions: dict[str, list[Span]] = {}
    names = _capitalised_words(segments)
    for seg in segments:
        if _casing_uninformative(seg):
            continue
        for run in _name_runs(seg, names):
            start, end = run[0].start, run[-1].end
            surface = " ".join(text[start:end].split())
            mentions.setdefault(surface, []).append(_span(text, start, end))
    # A name that ends exactly one longer name ("Buble" in "Michael Buble") is
    # a later mention of it.
    merged: dict[str, list[Span]] = {}
    by_suffix: dict[str, list[str]] = {}  # "Buble" -> ["Michael Buble"]
    for name in sorted(mentions, key=lambda s: -len(s.split())):
        longer = by_suffix.get(name, ())
        if len(longer) == 1:
            merged[longer[0]].extend(mentions[name])
            continue
        merged[name] = list(mentions[name])
        words = name.split(" ")
        for i in range(1, len(words)):
            by_suffix.setdefault(" ".join(words[i:]), []).append(name)
    ents = []
    for name, spans in merged.items():
        spans.sort(key=lambda s: s.start)
        ents.append(Entity(name, len(spans), spans[0], tuple(spans)))
    ents.sort(key=lambda e: (-e.count, e.first.start))
    return tuple(ents)


# --------------------------------------------------------------------------
# Keyphrases
# --------------------------------------------------------------------------

# Scoring weights (see docs/keywords.md). Chosen on general grounds and
# checked on the evaluation sets; not fitted document by document.
_MAX_WORDS = 3  # longest candidate from a stopword-delimited run
_MAX_NAME_WORDS = 5  # longest name candidate
_HEADLINE = 1.0  # a headline occurrence counts as this many body occurrences
_TF_POWER = 1.4  # frequency is damped: tf ** _TF_POWER
_WORD_SHARE = 0.3  # share of its words' own frequency a phrase inherits
_POSITION = 0.85  # boost for an early first occurrence
_LENGTH = (1.0, 1.1, 1.0, 0.9, 0.8, 0.7)  # by number of words, 1..6
_CLASS_WEIGHT = (1.0, 0.9, 0.6, 0.3)  # lone noun, adjective, verb, adverb
_UNKNOWN_ZIPF = 4.0  # background frequency of a word missing from the table

_INCOMPLETE = 0.7  # share of occurrences inside one longer candidate
_ALONE = 2
_TITLE_CAP_SHARE = 5  # words capitalised at most this often (0-9) are titles
_WORD_LENGTH = 2.5
_HYPHEN = -1.0
_SPREAD = 1.0
_NAME_SHARE = 0.5
_SUPERSET = 2  # a longer phrase seen this often may join a chosen part
_RARITY = 0.4  # odds grow by e**_RARITY per Zipf unit rarer


@dataclass(slots=True)
class _Candidate:
    """A keyphrase candidate and its occurrences (keyed by their first word)."""

    words: tuple[str, ...]  # keys
    occurrences: dict[int, tuple[_Word, ...]]
    score: float = 0.0
    extended: int = 0  # occurrences inside its most frequent one-word-longer candidate


def _candidate_runs(seg: list[_Word | None]) -> list[list[_Word]]:
    """Split a segment into runs of content words (no stopword, verb, adverb, break)."""
    runs: list[list[_Word]] = []
    cur: list[_Word] = []
    for w in seg:
        if w is None or (w.stop and not w.acronym) or w.low in _NOT_KEYPHRASE:
            if cur:
                runs.append(cur)
                cur = []
            continue
        cur.append(w)
    if cur:
        runs.append(cur)
    return runs


def _candidates(segments: list[list[_Word | None]]) -> dict[tuple[str, ...], _Candidate]:
    """Collect candidates: n-grams of content-word runs, and names."""
    cands: dict[tuple[str, ...], _Candidate] = {}
    names = _capitalised_words(segments)
    in_names: set[int] = set()  # ids of the words inside multi-word names
    cap_share = _background()[1]

    def add(words: Sequence[_Word]) -> None:
        key = tuple(w.key for w in words)
        cand = cands.get(key)
        if cand is None:
            cands[key] = _Candidate(key, {id(words[0]): tuple(words)})
        else:
            cand.occurrences[id(words[0])] = tuple(words)

    for seg in segments:
        for run in _candidate_runs(seg):
            n_run = len(run)
            keys = [w.key for w in run]
            # Where a common noun stands before a name ("leader Laurent"),
            # and where a name goes on ("Minister Sergei" of "Defence Minister
            # Sergei Shoigu"): an n-gram may not span or cut there.
            title_gap = [
                k + 1 < n_run
                and run[k + 1].cap
                and not run[k + 1].acronym
                and not run[k].cap
                and run[k].cls == _NOUN
                for k in range(n_run)
            ]
            name_goes_on = [k + 1 < n_run and run[k].cap and run[k + 1].cap for k in range(n_run)]
            for i in range(n_run):
                first = run[i]
                if first.cls >= _VERB and not first.cap:
                    add(run[i : i + 1])  # a verb or adverb stands alone only
                    continue
                cut_left = i > 0 and name_goes_on[i - 1]
                gap = False
                for j in range(i, min(i + _MAX_WORDS, n_run)):
                    last = run[j]
                    if j > i:
                        gap = gap or title_gap[j - 1]
                        if last.cls >= _VERB and not last.cap:
                            break
                        if (last.cls == _ADJ and not last.cap) or cut_left or gap or name_goes_on[j]:
                            continue
                    elif last.cls >= _VERB and not last.cap:
                        break
                    key = tuple(keys[i : j + 1])
                    cand = cands.get(key)
                    occurrence = tuple(run[i : j + 1])
                    if cand is None:
                        cands[key] = _Candidate(key, {id(first): occurrence})
                    else:
                        cand.occurrences[id(first)] = occurrence
        if _casing_uninformative(seg):
            continue
        for name in _name_runs(seg, names):
            while name and name[0].stop:
                name = name[1:]  # "the Swedish" -> "Swedish"
            if len(name) > 1:
                in_names.update(id(w) for w in name)
            # The person behind a title stands for the name: "Sergei Shoigu"
            # for "Russian Defence Minister Sergei Shoigu" (title words are
            # mostly lower case in general English).
            cut = 0
            for i, w in enumerate(name):
                if not w.acronym and cap_share.get(w.low, 9) <= _TITLE_CAP_SHARE:
                    cut = i + 1
            if 0 < cut <= len(name) - 2:
                add(name[cut:])
            elif 1 < len(name) <= _MAX_NAME_WORDS:
                add(name)
    # How often each candidate sits inside the same longer one ("San" in
    # "San Francisco"): such an incomplete candidate gives way to the longer.
    ext: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    for key, cand in cands.items():
        if len(key) < 2:
            continue
        n_occ = len(cand.occurrences)
        for part in (key[:-1], key[1:]):
            if part in cands:
                pair = (part, key)
                ext[pair] = ext.get(pair, 0) + n_occ
    for (part, _longer), count in ext.items():
        cand = cands[part]
        cand.extended = max(cand.extended, count)
    # A word mostly seen inside longer names ("Minister" in "Defence Minister
    # Sergei Shoigu") gives way to the names too.
    for key, cand in cands.items():
        if len(key) == 1:
            inside = sum(1 for first in cand.occurrences if first in in_names)
            cand.extended = max(cand.extended, inside)
    return cands


def _casing_uninformative(seg: list[_Word | None]) -> bool:
    """Tell whether a segment is the headline or a title-case line (every word "initial")."""
    return all(w is None or w.initial for w in seg)


def _is_headline(seg: list[_Word | None]) -> bool:
    """Tell whether a segment is the headline."""
    return any(w is not None and w.headline for w in seg)


def _keyphrases(
    text: str, segments: list[list[_Word | None]], top: int
) -> tuple[Keyphrase, ...]:
    """Rank candidate phrases and return the ``top`` best, de-duplicated."""
    zipf = _background()[0]
    # Word statistics by key: body count, in headline, first sentence, rarity.
    tf: dict[str, int] = {}
    in_headline: set[str] = set()
    rarity: dict[str, float] = {}
    for seg in segments:
        for w in seg:
            if w is None or (w.stop and not w.acronym):
                continue
            k = w.key
            if w.headline:
                in_headline.add(k)
            else:
                tf[k] = tf.get(k, 0) + 1
            if k not in rarity:
                # A word's specificity, on a log scale: rarer and longer words
                # say more; hyphenated compounds are mostly modifiers.
                rarity[k] = (
                    _RARITY * (9.0 - zipf.get(w.low, _UNKNOWN_ZIPF))
                    + _WORD_LENGTH * min(len(w.low), 12) / 12.0
                    + (_HYPHEN if "-" in w.low else 0.0)
                )
    n_sentences = len(segments) - (1 if segments and _is_headline(segments[0]) else 0) or 1

    cands = _candidates(segments)
    scored: list[_Candidate] = []
    exp = math.exp
    for key, cand in cands.items():
        occ = cand.occurrences.values()
        n_occ = len(occ)
        if cand.extended >= _INCOMPLETE * n_occ:
            continue
        body = 0
        first_sentence = 1 << 30
        named = False
        sentences = set()
        for o in occ:
            head = o[0]
            if not head.headline:
                body += 1
                sentences.add(head.sentence)
            if head.sentence < first_sentence:
                first_sentence = head.sentence
            named = named or head.cap or head.acronym
        freq = body + (_HEADLINE if body < n_occ else 0.0)
        if len(key) == 1:
            rare = rarity[key[0]]
            weight = 1.0 if named else _CLASS_WEIGHT[head.cls]
        else:
            content = [k for k in key if k in rarity]
            if not content:
                continue
            extra = sum(tf.get(k, 0) + _HEADLINE * (k in in_headline) for k in content)
            freq += _WORD_SHARE * max(0.0, extra / len(content) - freq)
            if named and head.cap:
                # A name inherits its surname-only mentions ("Jackson" after
                # "Samuel L. Jackson").
                freq += _NAME_SHARE * max(0.0, tf.get(key[-1], 0) - body)
            rare = sum(rarity[k] for k in content) / len(content)
            weight = _LENGTH[min(len(key), len(_LENGTH)) - 1]
        cand.score = (
            (freq + 1.0) ** _TF_POWER
            * exp(
                rare
                + _POSITION / (2.0 + first_sentence)
                + _SPREAD * len(sentences) / n_sentences
            )
            * weight
        )
        scored.append(cand)

    scored.sort(key=lambda c: (-c.score, c.words))
    chosen: list[_Candidate] = []
    for cand in scored:
        if len(chosen) >= top:
            break
        if _redundant(cand, chosen):
            continue
        chosen.append(cand)
    out = []
    for cand in chosen:
        found = list(cand.occurrences.values())
        forms = [" ".join(w.form for w in o) for o in found if not o[0].headline]
        if not forms:
            forms = [" ".join(w.form for w in o) for o in found]
        # A word also written in lower case mid-sentence is a common noun
        # ("minister"), whatever the titles it appears in ("Defence Minister").
        lower = [f for f in forms if f.islower()]
        if lower:
            forms = lower
        spans = sorted(
            (_span(text, o[0].start, o[-1].end) for o in found if o[0].start >= 0),
            key=lambda s: s.start,
        )
        out.append(Keyphrase(_display(forms), round(cand.score, 4), tuple(spans)))
    return tuple(out)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Tell whether ``small`` is a contiguous part of ``big``."""
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _redundant(cand: _Candidate, chosen: list[_Candidate]) -> bool:
    """Tell whether a candidate repeats a chosen phrase (same stems, or containment)."""
    words = cand.words
    stems = frozenset(words)
    for c in chosen:
        if frozenset(c.words) == stems:
            return True
        if len(c.words) > len(words) and _contains(c.words, words):
            # Keep a part that also stands on its own often enough.
            alone = len(cand.occurrences) - len(c.occurrences)
            if alone < _ALONE:
                return True
        if (
            len(words) > len(c.words)
            and _contains(words, c.words)
            and len(cand.occurrences) < _SUPERSET
        ):
            return True
    return False


# --------------------------------------------------------------------------
# The public function
# --------------------------------------------------------------------------


def keywords(
    text: str | Article,
    *,
    top: int = 10,
    stopwords: Iterable[str] | None = None,
    extra_stopwords: Iterable[str] = (),
    numbers: bool = False,
    max_n: int = 3,
    min_ngram_count: int = 2,
) -> KeywordReport:
    """Measure an article's keywords: frequency table, names and keyphrases.

    Args:
        text: The article text, or an already parsed article.
        top: How many keyphrases to return.
        stopwords: Replace the shipped stopword list (:func:`default_stopwords`)
            with these words (matched case-insensitively; acronyms in capitals
            are never stopwords).
        extra_stopwords: Words added to the stopword list.
        numbers: Count number tokens (``2015``, ``3.5``) as terms.
        max_n: Longest n-gram in the frequency table (1 to 3).
        min_ngram_count: Keep n-grams (n >= 2) seen at least this many times.

    Returns:
        The frequency table, the names and the top keyphrases.

    Raises:
        NotTextError: ``text`` is not a string (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).
        ValueError: ``top`` is negative or ``max_n`` is not 1, 2 or 3.

    Examples:
        >>> rep = keywords(
        ...     "Sanctions bite\\n\\nWASHINGTON (Reuters) - The U.S. widened sanctions on"
        ...     " Iran on Monday. Officials said the sanction would hit oil sales."
        ... )
        >>> rep.terms[0].text, rep.terms[0].count
        ('sanctions', 3)
        >>> rep.phrases[0].text, [s.text for s in rep.phrases[0].spans]
        ('sanctions', ['Sanctions', 'sanctions', 'sanction'])
    """
    if top < 0:
        msg = f"top must be 0 or more, not {top}"
        raise ValueError(msg)
    if max_n not in (1, 2, 3):
        msg = f"max_n must be 1, 2 or 3, not {max_n}"
        raise ValueError(msg)
    article = as_article(text)
    segments = _segments(article, _stopword_set(stopwords, extra_stopwords), numbers)
    words = sum(1 for seg in segments for w in seg if w is not None and w.start >= 0)
    source = article.text
    return KeywordReport(
        words=words,
        terms=_frequency_table(source, segments, words, max_n, min_ngram_count),
        entities=_entities(source, segments),
        phrases=_keyphrases(source, segments, top) if top else (),
    )


def keyphrases(
    text: str | Article,
    *,
    top: int = 10,
    stopwords: Iterable[str] | None = None,
    extra_stopwords: Iterable[str] = (),
) -> tuple[Keyphrase, ...]:
    """Rank an article's keyphrases only (the fast path of :func:`keywords`).

    Args:
        text: The article text, or an already parsed article.
        top: How many keyphrases to return.
        stopwords: Replace the shipped stopword list.
        extra_stopwords: Words added to the stopword list.

    Returns:
        The same phrases as ``keywords(text, top=top).phrases``.

    Raises:
        NotTextError: ``text`` is not a string (a ``TypeError``).
        EmptyTextError: ``text`` is empty or white space (a ``ValueError``).
        ValueError: ``top`` is negative.

    Examples:
        >>> [p.text for p in keyphrases("Flood defences fail\\n\\nThe flood defences failed.", top=1)]
        ['flood defences']
    """
    if top < 0:
        msg = f"top must be 0 or more, not {top}"
        raise ValueError(msg)
    article = as_article(text)
    stops = _stopword_set(stopwords, extra_stopwords)
    segments = _segments(article, stops, False)
    return _keyphrases(article.text, segments, top) if top else ()


def _stopword_set(stopwords: Iterable[str] | None, extra: Iterable[str]) -> frozenset[str]:
    """Combine the base stopword list (shipped or given) with extra words."""
    base = default_stopwords() if stopwords is None else frozenset(w.lower() for w in stopwords)
    more = frozenset(w.lower() for w in extra)
    return base | more if more else base
