"""Resolve speaker mentions to canonical source names within one article.

* Titles are stripped (``Sen.``, ``Defence Minister``, ``former``).
* A surname alone (``Roe``) is merged with the full name met in the article
  (``Jane Roe``), before or after it.
* An appositive description (``Hugh Hill, a doctor at the clinic, said``) is
  tied to its name, so ``the doctor`` later resolves to ``Hugh Hill``.
* A pronoun resolves to the nearest earlier compatible source: ``he``/``she``
  to a person, ``it`` to a group or document, ``they``/``we`` to a group or a
  plural noun phrase.
"""

from __future__ import annotations

import re

from newsmetrics._quotelex import Lexicon
from newsmetrics._speakers import Mention, mention_before
from newsmetrics.models import Article, Cue, Quote, Speaker, fast_constructor

__all__ = ["Resolver"]

# Speaker(...), Quote(...) and Cue(...) without the frozen __init__: the same
# objects, about twice as fast (quotes._finish builds thousands per second)
_new_speaker = fast_constructor(Speaker, defaults=True)
new_quote = fast_constructor(Quote, defaults=True)
new_cue = fast_constructor(Cue)

_NAME_TOK_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'&\-]*\.?")


def _unpossessed(word: str) -> str:
    """``word`` without a final ``'s`` (the words here hold no line breaks)."""
    return word[:-2] if word.endswith("'s") else word

# A personal name after a title: "Sergei Shoigu", "Ann B. Roe".
_CAP_RUN_RE = re.compile(r"[A-Z][a-z'-]+(?:[ ](?:[A-Z][.][ ])?[A-Z][a-z'-]+){1,2}\b")
_HEAD_STOP = frozenset({"of", "for", "with", "at", "from", "in", "on", "familiar", "who", "close", "to"})
_RELATIVE = frozenset({"who", "which", "whom", "that"})
# Two capitalised words not at a sentence start: a likely personal name.
_PERSON_RE = re.compile(r"(?<=[a-z,][ ])([A-Z][a-z]+)[ ](?:[A-Z]\.[ ])?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![ ][A-Z])")
_NOT_FIRST = frozenset(
    "new north south east west united white supreme great los san las saint st fort port "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# An appositive that marks an unnamed source: "who asked not to be named".
_ANON_APP_RE = re.compile(
    r"\b(?:not|un)[ ]?(?:to[ ]be[ ])?(?:named|identified|authori[sz]ed)|\banonymity\b|\banonymously\b"
)


class Resolver:
    """Resolves the mentions of one article, in text order."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.norm = article.norm
        self.text = article.text
        self.full_names: dict[str, str] = {}  # surname -> full name
        self.descriptions: dict[str, str] = {}  # "doctor" -> name
        self.history: list[tuple[str, str]] = []  # (name, type)
        self.np_heads: dict[str, str] = {}  # "agency" -> "regional environment agency"
        self.surname_cache: dict[str, str | None] = {}
        self.low: str | None = None  # the lower-cased text, made when first needed
        # words that make a capitalised run a noun phrase: "Officials", "Police", "Senior officials"
        self.np_words = lex.np_words
        # the last name or noun-phrase mention resolved, with its speaker and
        # history entry: quotes in a row often share one mention
        self._last: tuple[Mention, Speaker, tuple[str, str]] | None = None

    def _antecedent(self, pos: int) -> Mention | None:
        """The noun phrase a relative pronoun at ``pos`` refers to."""
        norm = self.norm
        k = pos
        while k > 0 and norm[k - 1] in " ,\u2014-":
            k -= 1
        if k == pos or k == 0:
            return None
        return mention_before(norm, max(0, k - 160), k + 1 if norm[k] == "," else k, self.lex)

    def _person_before(self, pos: int) -> str | None:
        """The nearest full personal name written before ``pos`` (``Robby Mook``)."""
        lo = max(0, pos - 1200)
        found = None
        for mt in _PERSON_RE.finditer(self.norm, lo, pos):
            first = mt.group(1).lower()
            if first not in self.lex.stop and first not in self.lex.titles and first not in _NOT_FIRST:
                found = mt
        if found is None:
            return None
        return self.full_names.get(found.group(2).lower(), found.group(1) + " " + found.group(2))

    def _full_name_in_text(self, surname: str, pos: int) -> str | None:
        """The latest full name ending in ``surname`` before ``pos`` (``Sergei Shoigu``)."""
        key = surname.lower()
        if key in self.surname_cache:
            return self.surname_cache[key]
        found = self._full_name_search(surname, pos)
        self.surname_cache[key] = found
        return found

    def _full_name_search(self, surname: str, pos: int) -> str | None:
        norm = self.norm
        n = len(surname)
        k = pos
        for _ in range(8):
            k = norm.rfind(surname, 0, k)
            if k < 2:
                return None
            if norm[k - 1] == " " and not norm[k + n : k + n + 1].isalnum():
                w = k - 1
                while w > 0 and (norm[w - 1].isalpha() or norm[w - 1] == "."):
                    w -= 1
                first = norm[w : k - 1]
                fl = first.rstrip(".").lower()
                if first[:1].isupper() and fl not in self.lex.titles and fl not in self.lex.stop:
                    return first + " " + surname
        return None

    def _titled_name(self, desc: list[str], pos: int) -> str | None:
        """The name a description was written before as a title, earlier in the text.

        ``the Russian defence minister`` after ``Russian Defence Minister
        Sergei Shoigu`` is Sergei Shoigu.
        """
        if self.low is None:
            self.low = self.norm.lower()
        low, norm = self.low, self.norm
        phrase = " ".join(desc) + " "
        k = pos
        for _ in range(4):
            k = low.rfind(phrase, 0, k)
            if k < 0:
                return None
            if k > 0 and low[k - 1].isalnum():
                continue
            e = k + len(phrase)
            if not (norm[k].isupper() and norm[e : e + 1].isupper()):
                continue  # the description is not a title here
            run = _CAP_RUN_RE.match(norm, e)
            if run is None:
                continue
            name = run.group()
            if name.lower().split()[0] in self.lex.titles or name.lower().split()[0] in self.lex.stop:
                continue
            return self.full_names.get(name.split()[-1].lower(), name)
        return None

    def _strip_titles(self, words: list[str], lowered: list[str]) -> list[str]:
        titles = self.lex.titles
        # keep the last run of capitalised non-title words
        # (lowered[i] is words[i] without a final period, in lower case)
        end = len(words)
        while end > 0 and lowered[end - 1] in ("jr", "sr"):
            end -= 1
        start = end
        while start > 0:
            w = words[start - 1]
            if lowered[start - 1] in titles or not (w[0].isupper() or w[0].isdigit()):
                break
            start -= 1
        if start == end:
            return words
        return words[start:end]

    def _which(self, m: Mention, mention: str) -> Speaker | None:
        """The source of ``which``: an organisation or document right before it, else none.

        ``which`` modifies a thing, so it never names a person, and it is
        read only when its antecedent ends just before it (``the agency,
        which said``); ``a visit to Paris on Monday which is aimed at`` has
        no source.
        """
        norm = self.norm
        k = m.start
        while k > 0 and norm[k - 1] in " ,\u2014-":
            k -= 1
        if k == m.start or k == 0:
            return None
        ante = mention_before(norm, max(0, k - 160), k, self.lex)
        if ante is None or ante.kind == "pronoun" or ante.end != k:
            return None  # "a visit to Paris on Monday which": not the place
        persons = {name for name, typ in self.history if typ == "person"}
        full_names = dict(self.full_names)
        sp = self.resolve(ante)
        if sp is None:
            return None
        if ante.kind == "name":
            if sp.name in persons:
                return None  # a person met before: "which" never means a person
            # an organisation ("U.N. Women, which"), though it looks like a name
            self.full_names = full_names
            self.history[-1] = (sp.name, "group")
        elif sp.type not in ("group", "document"):
            return None  # "a visit which": a thing that says nothing
        return _new_speaker(mention, m.start, m.end, sp.name, sp.anonymous, "document" if sp.type == "document" else "group")

    def resolve(self, m: Mention) -> Speaker | None:
        """Return the resolved speaker of a mention.

        Args:
            m: The mention found next to the cue.

        Returns:
            The speaker with its canonical name, or ``None`` for a relative
            ``which`` that refers to no organisation or document.
        """
        last = self._last
        if last is not None and last[0] == m:
            # the same mention again: resolving it changes nothing but the history
            self.history.append(last[2])
            return last[1]
        if m.kind == "pronoun":
            sp = self._resolve(m)
            self._last = None  # pronouns (and "which") change the state: no reuse across them
            return sp
        return self._resolve(m)

    def _resolve(self, m: Mention) -> Speaker | None:
        lex = self.lex
        mention = self.text[m.start : m.end]
        if m.kind == "pronoun":
            low = mention.lower()
            ptype = lex.pronouns.get(low, "person")
            if low == "which":
                return self._which(m, mention)
            if low in _RELATIVE:
                # "Dev Sharma, who voted against": the antecedent is the source
                ante = self._antecedent(m.start)
                sp = self.resolve(ante) if ante is not None else None
                if sp is not None:
                    return _new_speaker(mention, m.start, m.end, sp.name, sp.anonymous, sp.type)
                return _new_speaker(mention, m.start, m.end, mention, False, "unknown")
            name = mention
            for prev_name, prev_type in reversed(self.history[-8:]):
                if (ptype == "person" and prev_type == "person") or (
                    ptype in ("plural", "group") and prev_type in ("group", "document")
                ):
                    name = prev_name
                    break
            if name == mention and ptype == "person" and low in ("he", "she", "him", "her"):
                # no earlier person source: the nearest person named before it
                name = self._person_before(m.start) or mention
            typ = "person" if ptype == "person" else "group"
            if name == mention:
                typ = "unknown"
            return _new_speaker(mention, m.start, m.end, name, False, typ)
        words = _NAME_TOK_RE.findall(self.norm, m.start, m.end)  # no anchors: as on the slice
        if not words:
            return _new_speaker(mention, m.start, m.end, mention, False, "unknown")
        lowered = [w.rstrip(".").lower() for w in words]
        cut = len(lowered)
        for i in range(1, cut):
            if lowered[i] in _HEAD_STOP:
                cut = i
                break
        head = _unpossessed(lowered[cut - 1])
        if m.kind == "name" and words[0][0].islower() and (
            lowered[0] not in lex.titles or (len(lowered) > 1 and lowered[1] in _HEAD_STOP)
        ):
            m = m._replace(kind="np")
        anonymous = False
        typ = "unknown"
        kind = m.kind
        np_words = self.np_words
        if kind == "name" and m.appositive is None and np_words.issuperset(map(str.lower, words)):
            kind = "np"  # "Officials said", "Police said" at the start of a sentence
        if kind == "name":
            core = self._strip_titles(words, lowered)
            if core and core[0].lower() == "the":
                core = core[1:]
            name = " ".join(core) if core else mention
            if head in lex.group_nouns or (len(core) == 1 and core[0].isupper()):
                typ = "group"
            elif len(core) >= 2 or (len(core) == 1 and len(words) > 1):
                typ = "person"
            if typ == "person" and len(core) >= 2:
                self.full_names[core[-1].lower()] = name
            elif len(core) == 1:
                full = self.full_names.get(core[0].lower()) or self._full_name_in_text(core[0], m.start)
                if full is not None:
                    name = full
                    typ = "person"
            if m.appositive is not None:
                desc_words = self.norm[m.appositive[0] : m.appositive[1]].lower().split()
                if desc_words:
                    self.descriptions[_unpossessed(desc_words[-1])] = name
        else:
            name = mention
            if lowered[0] in lex.determiners and lowered[0] in ("the", "a", "an"):
                name = " ".join(words[1:]) if len(words) > 1 else mention
            if 1 < cut < len(words) and lowered[cut] == "of" and head in lex.group_nouns and words[cut + 1][0].isupper():
                name = " ".join(words[1 if lowered[0] in ("the", "a", "an") else 0 : cut])  # city council of X
            if head in lex.document_nouns:
                typ = "document"
            elif head in lex.group_nouns or head.endswith("s"):
                typ = "group"
            described = self.descriptions.get(head)
            if described is None and lowered[0] == "the" and 2 < len(words) <= 5 and head not in _HEAD_STOP:
                described = self._titled_name(lowered[1:], m.start)
            if described is not None and lowered[0] == "the":
                name = described
                typ = "person"
            elif lowered[0] == "the" and len(words) == 2 and head in self.np_heads:
                name = self.np_heads[head]  # "the agency" after "the regional environment agency"
            elif head in lex.anonymous_heads and not any(w[0].isupper() for w in words[1:]):
                anonymous = True
            name = name.lower() if name == mention and not any(w[0].isupper() for w in words[1:]) else name
        if head in lex.anonymous_heads and any(w in lex.anonymous_markers for w in lowered[1:]):
            anonymous = True
        if m.appositive is not None and head in lex.anonymous_heads and kind != "name" and _ANON_APP_RE.search(
            self.norm, m.appositive[0], m.appositive[1]
        ):
            anonymous = True  # "a city official, who asked not to be named,"
        if kind != "name" and not anonymous and typ != "document" and len(words) > 1:
            self.np_heads.setdefault(head, name)
        entry = (name, typ if typ != "unknown" or kind != "name" else "person")
        self.history.append(entry)
        speaker = _new_speaker(mention, m.start, m.end, name, anonymous, typ)
        self._last = (m, speaker, entry)
        return speaker
