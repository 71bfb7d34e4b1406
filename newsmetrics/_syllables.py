"""Syllable counts for news tokens: CMU dictionary first, rules second.

Lookup order for a token:

1. the CMU Pronouncing Dictionary table shipped in ``data/cmu_syllables.txt``
   (built by ``scripts/build_syllables.py``), lower-cased, curly apostrophes
   folded;
2. numbers are read out as a newsreader would: ``2015`` is "twenty fifteen"
   (4), ``1,200`` is "one thousand two hundred" (6), ``3.5`` is "three point
   five" (3), ``4.5m`` adds "million", ``21st`` is "twenty-first" (3),
   ``1990s`` is "nineteen nineties" (4), ``10-year-old`` is "ten year old";
3. hyphenated compounds are split and their parts counted (``COVID-19`` is
   "covid" + "nineteen");
4. acronyms that are not in the dictionary are spelled out letter by letter
   when they cannot be read as a word (``NHS`` = "en aitch ess", 3); ones with
   a vowel and four or more letters are read as a word (``COVID``);
5. otherwise a rule-based estimate from vowel groups with the usual English
   corrections (silent final ``e``, ``-le``, ``-ed``, ``-es``, ``io``/``ia``).

The table is loaded on first use, once per process.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import Final

from newsmetrics._resources import read_grouped

__all__ = ["ABBREVIATIONS", "cmu_table", "number_syllables", "syllables"]

# Abbreviated titles and words, read in full ("Gen." is "General"): syllables
# of the full word. Used when the token is followed by a period.
ABBREVIATIONS: MappingProxyType[str, int] = MappingProxyType(
    {
        "mr": 2, "mrs": 2, "ms": 1, "dr": 2, "prof": 3, "gen": 3, "lt": 3, "col": 2,
        "maj": 2, "capt": 2, "cmdr": 3, "adm": 3, "sgt": 2, "cpl": 3, "pvt": 2,
        "brig": 3, "gov": 3, "sen": 3, "rep": 5, "pres": 3, "supt": 5, "insp": 3,
        "det": 3, "rev": 3, "fr": 2, "sr": 2, "jr": 2, "hon": 4, "st": 1, "mt": 1,
        "ft": 1, "no": 2, "nos": 2, "vs": 2, "dept": 3, "univ": 4, "ave": 3,
        "approx": 4, "est": 3, "govt": 3, "corp": 4, "inc": 4, "ltd": 2, "co": 2,
        "jan": 4, "feb": 4, "mar": 1, "apr": 2, "aug": 3, "sep": 3, "sept": 3,
        "oct": 3, "nov": 3, "dec": 3,
    }
)


@functools.cache
def cmu_table() -> MappingProxyType[str, int]:
    """Return the CMU table: lower-case word -> syllables (first pronunciation).

    Returns:
        A read-only mapping of about 126,000 words.
    """
    return MappingProxyType(read_grouped("cmu_syllables.txt", int))


# ---- numbers ----------------------------------------------------------------

# Syllables of the spoken numbers 0-19 and of the tens.
_UNITS = (2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2)
_TENS = (0, 0, 2, 2, 2, 2, 2, 3, 2, 2)  # twenty .. ninety
_SCALES = ((10**12, 2), (10**9, 2), (10**6, 2), (10**3, 2))  # trillion .. thousand
_HUNDRED: Final = 2
_POINT: Final = 1
# Suffixes glued to numbers in news: "4.5m", "1.2bn", "20k", "5ft", "10am".
_NUMBER_SUFFIX: Final = {
    "m": 2, "mn": 2, "mln": 2, "bn": 2, "b": 2, "billion": 2, "million": 2,
    "trillion": 2, "tn": 2, "k": 2, "th": 0, "st": 0, "nd": 0, "rd": 0,
    "s": 0, "am": 2, "pm": 2, "a.m": 2, "p.m": 2, "ft": 1, "km": 4, "kg": 3,
    "mph": 3, "cm": 4, "mm": 4, "g": 1, "kw": 3, "mw": 3, "gw": 3, "bc": 2, "ad": 2,
}
_NUMBER_RE: Final = re.compile(r"(\d[\d,]*)(?:\.(\d+))?([^\W\d_][\w.]*)?$")
_LONG_DIGITS: Final = 13


def _below_thousand(n: int) -> int:
    """Syllables of ``n`` (0 < n < 1000) spoken in English, without "and"."""
    total = 0
    hundreds, rest = divmod(n, 100)
    if hundreds:
        total += _UNITS[hundreds] + _HUNDRED
    if rest >= 20:
        tens, units = divmod(rest, 10)
        total += _TENS[tens] + (_UNITS[units] if units else 0)
    elif rest:
        total += _UNITS[rest]
    return total


def _cardinal(n: int) -> int:
    """Syllables of the integer ``n`` (>= 0) spoken as a cardinal number."""
    if n == 0:
        return _UNITS[0]
    total = 0
    for scale, cost in _SCALES:
        if n >= scale:
            high, n = divmod(n, scale)
            total += _cardinal(high) + cost
    if n:
        total += _below_thousand(n)
    return total


def _year(n: int) -> int:
    """Syllables of a four-digit year: 1995 = "nineteen ninety-five"."""
    high, low = divmod(n, 100)
    if n % 1000 < 10 and 2000 <= n < 2010:  # "two thousand (and) five"
        return _cardinal(n)
    if low == 0:  # "nineteen hundred"
        return _cardinal(high) + _HUNDRED
    if low < 10:  # "nineteen oh five"
        return _cardinal(high) + 1 + _UNITS[low]
    return _cardinal(high) + _cardinal(low)


def _digits(s: str) -> int:
    """Syllables of a digit string read digit by digit."""
    return sum(_UNITS[int(c)] for c in s if c.isdecimal())


def number_syllables(text: str) -> int:
    """Count the syllables of a number token as it is read aloud.

    Args:
        text: A token that starts with a digit (``2015``, ``3.5``,
            ``1,200``, ``4.5m``, ``21st``, ``1990s``, ``10-year-old``).

    Returns:
        The syllable count (at least 1).

    Examples:
        >>> [number_syllables(t) for t in ("2015", "1,200", "3.5", "4.5m", "1990s")]
        [4, 6, 3, 5, 4]
    """
    if "-" in text:
        return sum(_part(p) for p in text.split("-") if p) or 1
    if ":" in text or "/" in text:  # 2:30, 9/11, 24/7
        return sum(_part(p) for p in re.split(r"[:/]", text) if p) or 1
    m = _NUMBER_RE.match(text)
    if m is None:
        return max(1, _digits("".join(c for c in text if c.isdecimal())))
    whole, frac, suffix = m.group(1), m.group(2), m.group(3)
    plain = whole.replace(",", "")
    if len(plain) >= _LONG_DIGITS or (plain.startswith("0") and len(plain) > 1):
        total = _digits(plain)  # phone numbers, codes: digit by digit
    else:
        n = int(plain)
        if len(plain) == 4 and "," not in whole and 1100 <= n <= 2099 and frac is None:
            total = _year(n)
        else:
            total = _cardinal(n)
        if suffix is not None and suffix.lower() in {"st", "nd", "rd", "th"}:
            last = n % 100
            if last >= 20 and last % 10 == 0:
                total += 1  # twenty -> twentieth
            elif last % 10 == 2 and last != 12:
                total += 1  # two -> second
    if frac is not None:
        total += _POINT + _digits(frac)
    if suffix is not None:
        low = suffix.lower().rstrip(".")
        if low in _NUMBER_SUFFIX:
            total += _NUMBER_SUFFIX[low]
        elif low not in {"s"}:
            total += word_syllables(suffix)
    return max(total, 1)


def _part(part: str) -> int:
    """Syllables of one part of a hyphenated or slashed token."""
    if part[0].isdigit():
        return number_syllables(part)
    return word_syllables(part)


# ---- words --------------------------------------------------------------------

# Spelling out letters: "W" is three syllables, every other letter one.
_LETTER_COST: Final = {"w": 3}
_VOWELS: Final = frozenset("aeiouy")
_VOWEL_GROUP_RE: Final = re.compile(r"[aeiouy]+")
# Vowel pairs usually read as two syllables (ratio, create, piano, ruin).
_HIATUS_RE: Final = re.compile(
    r"(?:[^aeioucstgxq]i[ao]|[^c]eo|[^gq]ua[^r]|[^gq]ui[^cdnlrtv]|ie(?=t)|[aeiouy](?=ing))"
)
_SILENT_E_RE: Final = re.compile(r"(?:[^aeiouyl]|[aeiouy]l)e$|[^aeiouy][^aeiouyl]es$|[^aeiouydt]ed$")
_LED_RE: Final = re.compile(r"[^aeiouy]led$")
# Suffixes stripped to find a known stem: (suffix, syllables it adds, stem endings to try).
_SUFFIXES = (
    ("'s", 0, ("",)), ("s", 0, ("",)), ("es", 0, ("",)), ("ies", 1, ("y",)),
    ("ed", 0, ("", "e")), ("ied", 1, ("y",)), ("ing", 1, ("", "e")), ("er", 1, ("", "e")),
    ("ers", 1, ("", "e")), ("est", 1, ("", "e")), ("ly", 1, ("", "le")), ("ness", 1, ("",)),
    ("ment", 1, ("",)), ("ments", 1, ("",)), ("ful", 1, ("",)), ("less", 1, ("",)),
    ("ism", 2, ("", "e")), ("ist", 1, ("", "e")), ("ists", 1, ("", "e")), ("ity", 2, ("", "e")),
    ("ize", 1, ("", "e")), ("ise", 1, ("", "e")), ("ized", 1, ("", "e")), ("ised", 1, ("", "e")),
)
_PREFIXES = (("un", 1), ("re", 1), ("pre", 1), ("non", 1), ("anti", 2), ("over", 2), ("post", 1),
             ("pro", 1), ("co", 1), ("de", 1), ("dis", 1), ("mis", 1), ("out", 1), ("sub", 1),
             ("super", 2), ("inter", 2), ("multi", 2), ("mega", 2), ("micro", 2), ("ex", 1))
_MIN_PART: Final = 3


def _spelled(letters: str) -> int:
    """Syllables of an acronym spelled letter by letter."""
    return sum(_LETTER_COST.get(c, 1) for c in letters.lower() if c.isalpha())


def _rule(word: str) -> int:
    """Rule-based syllable estimate for a lower-case alphabetic word."""
    n = len(_VOWEL_GROUP_RE.findall(word))
    if n == 0:
        return 1
    if word.endswith(("ies", "ied")) and len(word) > 4:
        pass  # "stories", "carried": the vowel group already counts once
    elif _SILENT_E_RE.search(word) and not word.endswith(("ee", "ye")):
        n -= 1
    if _LED_RE.search(word):
        n += 1  # "tabled", "settled": the -le- is a syllable
    n += len(_HIATUS_RE.findall(word))
    if word.startswith("y") and len(word) > 1 and word[1] in _VOWELS:
        n -= 1  # "yes", "yoga": initial y is a consonant
    return max(n, 1)


def word_syllables(text: str) -> int:
    """Count the syllables of a word token.

    Args:
        text: A word as written (``"Reuters"``, ``"don't"``, ``"NHS"``,
            ``"COVID-19"``, ``"U.S."``, ``"well-known"``).

    Returns:
        The syllable count (at least 1).

    Examples:
        >>> [word_syllables(w) for w in ("NHS", "COVID-19", "U.S.", "well-known", "spokeswoman")]
        [3, 4, 2, 2, 3]
    """
    low = text.lower().replace("\u2019", "'")
    table = cmu_table()
    n = table.get(low)
    if n is not None:
        return max(n, 1)
    if "-" in low:
        return sum(_part(p) for p in text.split("-") if p) or 1
    if "." in low:  # U.K., a.m., J.K.: letters spelled out
        return max(1, _spelled(low))
    if low.endswith(("'s", "s'")):
        stem = low[:-2] if low.endswith("'s") else low[:-1]
        extra = 1 if stem.endswith(("s", "z", "x", "ch", "sh", "ce", "ge")) else 0
        return word_syllables(stem) + extra if stem else 1
    if "'" in low:
        low = low.replace("'", "")
        n = table.get(low)
        if n is not None:
            return max(n, 1)
    letters = "".join(c for c in low if c.isalpha())
    if not letters:
        return 1
    if text.isupper() and len(letters) > 1:
        # An acronym: spell it unless it reads as a word (NATO, COVID, UNESCO).
        if len(letters) <= 3 or _ACRONYM_SPELLED_RE.search(letters) or not (_VOWELS & set(letters)):
            return _spelled(letters)
    if not letters.isascii():
        letters = _fold(letters)
        n = table.get(letters)
        if n is not None:
            return max(n, 1)
    return _derived(letters)


# Acronyms read letter by letter: three consonants in a row, or a doubled first letter.
_ACRONYM_SPELLED_RE: Final = re.compile(r"[^aeiouy]{3}|^(.)\1")


@functools.cache
def _longest_entry() -> int:
    """Length of the longest word in the CMU table."""
    return max(map(len, cmu_table()))


def _derived(word: str) -> int:
    """Estimate an unknown word from a known stem, a known compound or the rules."""
    table = cmu_table()
    for suffix, extra, endings in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_PART:
            stem = word[: -len(suffix)]
            for ending in endings:
                n = table.get(stem + ending)
                if n is not None:
                    return n + extra if suffix not in {"es", "ed"} else n + _rule_suffix(stem, suffix)
    for prefix, extra in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_PART:
            n = table.get(word[len(prefix) :])
            if n is not None:
                return n + extra
    # Compounds: both parts in the table, so neither longer than its longest
    # word (which also keeps a 1 MB "word" linear, not quadratic).
    longest = _longest_entry()
    for cut in range(min(len(word) - _MIN_PART, longest), max(_MIN_PART, len(word) - longest) - 1, -1):
        head = table.get(word[:cut])
        if head is not None:
            tail = table.get(word[cut:])
            if tail is not None:
                return head + tail
    return _rule(word)


def _rule_suffix(stem: str, suffix: str) -> int:
    """Syllables added by ``-es`` or ``-ed`` to a known stem."""
    if suffix == "ed":
        return 1 if stem.endswith(("t", "d")) else 0
    return 1 if stem.endswith(("s", "z", "x", "ch", "sh", "ce", "ge", "se")) else 0


def _fold(word: str) -> str:
    """Fold accented Latin letters to ASCII (``café`` -> ``cafe``)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()) or "a"


def syllables(text: str) -> int:
    """Count the syllables of any word or number token.

    Args:
        text: The token as written.

    Returns:
        The syllable count (at least 1).

    Examples:
        >>> syllables("2015"), syllables("newsroom")
        (4, 2)
    """
    if text[:1].isdecimal():
        return number_syllables(text)
    return word_syllables(text)
