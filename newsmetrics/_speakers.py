"""Speaker mentions: find the noun phrase next to a cue, resolve it to a source.

No tagger is available, so a mention is found from capitalisation and
closed-class words: a run of capitalised words (with titles, initials and
``of``/``the`` inside), a pronoun, or a determiner followed by a few content
words. Resolution strips titles, merges a surname with the full name met in
the same article, ties appositive descriptions to their name and points
pronouns at the nearest compatible earlier source.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from newsmetrics import _resources
from newsmetrics._quotelex import Lexicon

__all__ = ["Mention", "mention_after", "mention_before"]

# Words, numbers, and single punctuation marks. Apostrophes stay inside words
# (Trump's, O'Neill); periods are separate tokens.
# Letters include the accented Latin ones, so "José Rodríguez" stays two whole words.
_TOK_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?![0-9])|[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'&\-]*|[^\sA-Za-z0-9\u00c0-\u024f]")
# The tokens cover every character that is not white space (a word, or any
# other single character), so reading the white space before each token gives
# every offset without a match object per token.
_TOK_WS_FINDALL = re.compile(r"(\s*)(" + _TOK_RE.pattern + ")").findall
_CONNECT = frozenset({"of", "the", "de", "van", "von", "da", "del", "la", "le", "al", "bin", "and", "&", "for"})
_MAX_BACK = 80
_LONG_REACH = 260
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())
_TIME_LEAD = frozenset("on this last earlier later late early".split())
_COMMON_VERBS = frozenset(
    "began begins made makes took takes gave gives went goes came comes got gets held holds kept keeps "
    "led leads left leaves met meets ran runs saw sees sent sends set sets spent spends stood stands "
    "won wins lost loses told tells wrote writes spoke speaks".split()
)
# A party and state tag: R-Ky., D-N.Y., I-Vt.
_PARTY_RE = re.compile(r"[RDI]-[A-Z]")
_NUMBER_RE = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$")
_PREPS = frozenset({"of", "for", "with", "at", "from", "in", "on", "to"})
_TALKING = frozenset({"speaking", "talking", "writing", "spoke", "talked", "wrote", "including"})
_SEG_STOP = frozenset({",", ".", ";", ":", '"'})
_RELATIVE = frozenset({"who", "whose", "which", "whom"})
_AUXILIARIES = frozenset("has have had is are was were also".split())
# AP-style state abbreviations: "Allentown, Pa., said" is a place, not a sentence end
_STATE_ABBR = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo".split()
)
_PLACE_PREPS = frozenset({"in", "from", "of", "near", "outside", "at"})
_STATES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah "
    "vermont virginia washington wisconsin wyoming".split()
)
_STATE_FIRST = frozenset("new north south west rhode".split())
# Quantifiers that head a subject on their own: "all agreed", "some say", "many expect".
_QUANTIFIERS = frozenset(
    "all some many each both most few several none one two three four five six seven eight nine ten "
    "others another either neither".split()
)
_PARTICIPLE_RE = re.compile(r"[a-z]+ing\b")
# Adverbs and auxiliaries between a subject and its cue that no lexicon list
# holds: "He soon learned", "The agency long ago showed", "I am glad".
_MORE_SKIP = frozenset("soon ever instead indeed am too either well sometimes quite rather".split())
# Words that open a sentence but never a subject: "Despite criticism, ...", "Essentially, ...".
_OPENERS = frozenset(
    "despite therefore essentially shortly besides together whenever however meanwhile instead "
    "nevertheless moreover furthermore still yet perhaps maybe indeed thus hence ultimately finally "
    "eventually afterward afterwards amid among following including regarding given unlike toward towards "
    "across along around beyond inside outside behind near let".split()
)
# "in June", "since 2009": a time phrase between a subject and its cue ("May" is also a name).
_MONTHS = frozenset("january february march april june july august september october november december".split())
_TIME_PREPS = frozenset({"in", "since", "until", "during"})
_YEAR_RE = re.compile(r"(?:19|20)\d\d$")
_CUE_WORD_RE = re.compile(r"[a-z]+\b")
# Verbs whose subject is the target of the noun cue after them: "has faced criticism".
_TARGET_VERBS = frozenset(
    "faced drawn received attracted sparked prompted triggered ignited generated earned garnered fielded "
    "weathered provoked invited courted incurred endured suffered deserved caused stoked fueled allayed eased".split()
)
_AGO_LEAD = frozenset("than less more just only about nearly almost some".split())
_TIME_NOUNS = frozenset("days weeks months years decades hours minutes day decade hour minute".split())
_ADVERBIAL_NOUNS = frozenset(
    "general point past time times moment end fact particular turn addition private public record "
    "day morning afternoon evening night".split()
)
# How the object of a verb before a participle cue starts: "released a statement saying",
# "spent most of her time responding", "spent his speech attacking".
_OBJECT_START = frozenset("a an the much all most more his her their its".split())
# A quantifier floating after its subject: "Cruz and Rubio have both urged".
_FLOATING = frozenset({"both", "all", "each"})


# A past participle after a form of "be" is a passive: its subject is the
# target, not the source ("Ginsburg is known for", "The kingdom is viewed as").
_BE_FORMS = frozenset("is was were are be been being".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "known seen shown found cast laid thought held told given taken written drawn sought caught "
    "brought made heard meant understood led".split()
)
# Participles after "be" whose subject holds the attitude ("She is convinced that"),
# and raising verbs whose subject the caller needs ("X is expected to").
_EXPERIENCER = frozenset(
    "concerned worried convinced focused determined surprised shocked upset inclined impressed scared "
    "disappointed devoted pleased interested committed prepared satisfied frustrated encouraged excited "
    "annoyed alarmed troubled dedicated opposed divided split united engaged involved tired relieved "
    "amazed outraged angered disgusted embarrassed confused puzzled intrigued fascinated thrilled delighted "
    "dismayed unconvinced unimpressed undecided resigned expected supposed poised set slated scheduled "
    "obsessed fixated heartened emboldened energized irritated infuriated incensed offended saddened "
    "disturbed horrified stunned appalled skeptical".split()
)
_PASSIVE_ADVERBS = frozenset("not also never still already now often".split())


def _be_before(norm: str, stop: int, end: int) -> bool:
    """Tell whether a form of ``be`` ends ``norm[stop:end]``, perhaps with two adverbs after it.

    ``is known``, ``was not seen``, ``were widely regarded``, ``has been
    increasingly viewed``; never ``which is`` (left to the caller's relative
    rule). Reads a word at a time with ``rfind``: no regular expression.
    """
    for _ in range(3):
        while end > stop and norm[end - 1] == " ":
            end -= 1
        start = norm.rfind(" ", stop, end) + 1
        if start == 0:
            return False
        word = norm[start:end]
        if word in _BE_FORMS:
            return not norm.startswith("which ", start - 6)
        if not (word in _PASSIVE_ADVERBS or (word[-2:] == "ly" and len(word) > 2 and word.isalpha() and word.islower())):
            return False
        end = start
    return False



# Every word the skip loop in mention_before may pass over besides the lexicon's
# own lists; any other word ends the loop at once.
_SKIP_GATE = _MORE_SKIP | _FLOATING | _ADVERBIAL_NOUNS | _WEEKDAYS | _MONTHS | {"ago"}


@functools.cache
def _wordnet_table() -> str:
    """The shipped WordNet part-of-speech table as one string (read once, ~2 ms)."""
    return "\n" + _resources.read_text("wordnet_pos.tsv")


@functools.lru_cache(maxsize=4096)
def is_adjective(word: str) -> bool:
    """Tell whether a lower-case word is mostly an adjective in WordNet (``formal``, ``local``).

    The table lists each lemma's parts of speech best first with a weight;
    a word counts as an adjective when that comes first and its noun
    weight is under a quarter of it (``official`` and ``chief`` stay nouns).
    """
    table = _wordnet_table()
    k = table.find("\n" + word + "\t")
    if k < 0:
        return False
    items = table[k + len(word) + 2 : table.find("\n", k + 1)].split(" ")
    if not items[0].startswith("a"):
        return False
    noun = next((int(it[1:]) for it in items if it.startswith("n")), 0)
    return 4 * noun < int(items[0][1:])


def _finite_verb(toks: list[tuple[str, int, int]], k: int, lex: Lexicon) -> bool:
    """Tell whether the lower-case ``toks[k]`` is a verb after its subject (``Asif held``)."""
    t = toks[k][0]
    if t in _COMMON_VERBS:
        return True
    if k == 0 or not (t.endswith("ed") and len(t) > 4):
        return False
    prev = toks[k - 1][0]
    return _is_cap(prev) or prev.lower() in lex.pronouns or prev.lower() in _AUXILIARIES


class Mention(NamedTuple):
    """A speaker mention found next to a cue."""

    start: int
    end: int
    kind: str  # "name", "pronoun", "np"
    appositive: tuple[int, int] | None  # a description tied to the name


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or (tok[0].isdigit() and len(tok) > 1)


def _abbrev_dot(toks: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """Tell whether the ``.`` at ``toks[i]`` belongs to an abbreviation or initial."""
    if i == 0:
        return False
    prev, _, pe = toks[i - 1]
    if pe != toks[i][1]:
        return False
    return (
        (len(prev) == 1 and prev.isalpha())
        or prev.lower() in lex.titles
        or prev in {"Jr", "Sr", "St"}
        or prev in _STATE_ABBR
        # "the No. 2 Republican"
        or (prev == "No" and i + 1 < len(toks) and toks[i + 1][0][0].isdigit())
    )


def _is_state(seg: list[tuple[str, int, int]]) -> bool:
    """Tell whether a comma segment names a U.S. state: Ohio, South Carolina, Pa., N.Y."""
    words = [t[0] for t in seg if t[0] != "."]
    if not words:
        return False
    if len(seg) > len(words):  # abbreviated: Pa. / Calif. / N.Y.
        return (len(words) == 1 and words[0] in _STATE_ABBR) or all(len(w) == 1 and w.isupper() for w in words)
    if len(words) == 2 and words[0].lower() in _STATE_FIRST:
        return words[1][0].isupper()
    return len(words) == 1 and words[0].lower() in _STATES


def _tokens(norm: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The tokens of ``norm[lo:hi]`` with their offsets (as ``_TOK_RE.finditer`` gives them)."""
    pos = lo
    return [(tok, (pos := pos + len(ws)), (pos := pos + len(tok))) for ws, tok in _TOK_WS_FINDALL(norm, lo, hi)]


def _segment_stop_before(toks: list[tuple[str, int, int]], k: int) -> int:
    """Index of the comma, period or quote mark that opens the segment ending before ``toks[k]``.

    At most 24 tokens back; ``0`` (or less) when none is found in reach.
    """
    k2 = k - 1
    while k2 > 0 and k - k2 < 24 and toks[k2][0] not in _SEG_STOP:
        k2 -= 1
    return k2


def _name_back(
    toks: list[tuple[str, int, int]], i: int, lex: Lexicon
) -> int:
    """Return the index of the first token of a capitalised run ending at ``i``."""
    j = i
    k = i - 1
    while k >= 0 and i - k < 12:
        tok = toks[k][0]
        low = tok.lower()
        if tok == ".":
            if _abbrev_dot(toks, k, lex):
                k -= 1
                continue
            break
        if _is_cap(tok) and low not in lex.stop:
            j = k
        elif low in lex.titles:
            j = k
        elif low in _CONNECT or tok in {"-", "'s"}:
            pass
        else:
            break
        k -= 1
    return j


_LIST_OPEN = frozenset({".", ";", ":", '"', "(", "but", "and", "But", "And", "while", "While"})


def _opens_sentence(norm: str, wlo: int, lo: int) -> bool:
    """Tell whether the window start ``wlo`` is a clause start: ``lo`` after a sentence end."""
    if wlo != lo:
        return False
    k = lo
    while k > 0 and norm[k - 1] in " \t":
        k -= 1
    return k == 0 or norm[k - 1] in "\n.!?:;\"'"


def _list_start(toks: list[tuple[str, int, int]], j: int, i: int, lex: Lexicon, at_lo: bool) -> int:
    """Where a list of subjects ending in ``toks[j:i + 1]`` starts, else ``j``.

    ``Friends, lobbyists and former foes say`` and ``World leaders and
    diplomats said``: the mention is the whole list when it opens its
    clause; two items only at a sentence start, and ``A, and B`` (a comma
    before the ``and`` of two items) joins clauses, not subjects.
    """
    oxford = False
    if toks[j - 1][0] == "and":
        k = j - 2
        if toks[k][0] == ",":
            oxford = True
            k -= 1
    elif toks[j - 1][0] == "," and any(t[0] == "and" for t in toks[j : i + 1]):
        k = j - 2
    else:
        return j
    first = j
    items = 1
    while k >= 0:
        e = k
        while k >= 0 and e - k < 4 and toks[k][0][0].isalnum() and toks[k][0].lower() not in lex.stop:
            k -= 1
        if k == e:
            return j  # not a word: no list
        if k == e - 1 and toks[e][0][0].isupper() and toks[e][0].lower() in _OPENERS and (k < 0 or toks[k][0] in _LIST_OPEN):
            # "Instead, Grant, Ortiz and Reyes argued": the opening adverb is no item
            return first if items >= 2 else j
        if k >= 0 and toks[k][0].lower() in lex.determiners:
            k -= 1  # "his family"
        first = k + 1
        items += 1
        if k >= 0 and toks[k][0] == ",":
            k -= 1
            continue
        break
    if (oxford and items < 3) or (not toks[first][0][0].isupper() and (items < 3 and toks[j - 1][0] == "and")):
        return j
    if items < 3 and toks[j - 1][0] == "and":
        # "World leaders and diplomats said": two items at a sentence start only
        if k < 0:
            return first if at_lo else j
        return first if toks[k][0] in (".", '"', ";", ":") else j
    if k < 0:
        return first if at_lo else j
    if toks[k][0] == ".":
        return first if toks[first][0][0].isupper() else j
    return first if toks[k][0] in _LIST_OPEN else j




_EXPLETIVE_IS = frozenset("it's that's there's here's what's".split())


# Words of those shapes that are nouns: "polling shows", "the family said".
_NOUN_FORMS = frozenset(
    "polling reporting briefing ruling filing meeting hearing building spending funding morning evening "
    "timing hundred speed creed breed greed family assembly rally supply daily weekly monthly quarterly "
    "anomaly monopoly".split()
)


def _verb_form(w: str) -> bool:
    """Tell whether one lower-case word is a verb form or adverb (``committing``, ``hammered``, ``certainly``)."""
    return (
        len(w) > 4
        and ((w[-3:] == "ing" and w[-5:] != "thing") or w[-2:] in ("ed", "ly"))
        and w.isalpha()
        and w.islower()
        and w not in _NOUN_FORMS
    )


_TIME_HEADS = frozenset(
    "day days week weeks month months year years hour hours minute minutes morning night evening "
    "afternoon weekend time decade decades moment".split()
)
_TIME_LEAD_WORDS = frozenset("few next first same past last this that whole entire all of a an the one".split())


def _time_np(norm: str, start: int, sp: int) -> bool:
    """Tell whether the words in ``norm[start:sp]`` lead a time head (``The day``, ``A few minutes``)."""
    if sp < 0:
        return True  # "time", "months": the head alone
    for k, w in enumerate(norm[start:sp].split()):
        wl = w.lower() if k == 0 else w
        if not (wl in _TIME_LEAD_WORDS or _NUMBER_RE.match(wl) is not None or wl in ("her", "his", "their", "its")):
            return False
    return True


def mention_before(
    norm: str, lo: int, cue_start: int, lex: Lexicon, *, reach: int = _MAX_BACK, passive: bool = True
) -> Mention | None:
    """Find the subject noun phrase that ends just before a cue.

    Args:
        norm: The normalised article text.
        lo: Do not look before this offset (the clause start).
        cue_start: Offset of the cue.
        lex: The lexicon.
        reach: How many characters before the cue to read at most.
        passive: Test the cue for a passive participle (the re-reads at
            other words inside this function do not).

    Returns:
        The mention, or ``None`` when the word before the cue cannot end a
        subject (``to say``, ``the support``) or the cue is a passive
        participle (``is known for``, ``was widely seen as``: the subject is
        the target, not the source).
    """
    wlo = max(lo, cue_start - reach)
    # fast path: a pronoun or a stop word right before the cue decides it
    # without tokenising the window (the word must follow white space inside it)
    we = cue_start
    while we > wlo and norm[we - 1] == " ":
        we -= 1
    ws = norm.rfind(" ", max(wlo, cue_start - 24), we) + 1
    t = norm[ws:we]
    if ws > 0 and t.isalpha() and t.isascii():
        tl = t.lower()
        if not (
            tl in lex.skip_before_cue
            or tl in _WEEKDAYS
            or tl in lex.time_words
            or (tl.endswith("ly") and len(tl) > 4 and t.islower())
        ):
            if tl in lex.pronouns:
                return Mention(ws, we, "pronoun", None)
            if t[0].islower() and tl in lex.stop and _NUMBER_RE.match(tl) is None:
                return None
        elif passive and (t in _BE_FORMS or t in _PASSIVE_ADVERBS or (t[-2:] == "ly" and t.islower())):
            cw = _CUE_WORD_RE.match(norm, cue_start)
            if cw is not None:
                part = cw[0]
                if (
                    ((part[-2:] == "ed" and len(part) > 4) or part in _IRREGULAR_PARTICIPLES)
                    and part not in _EXPERIENCER
                    and not norm.startswith(" by ", cw.end())  # "was criticized by X": the caller reads the agent
                    and _be_before(norm, max(lo, cue_start - 40), cue_start)
                ):
                    return None  # a passive participle: "is known for", "was widely seen as"
        if tl in lex.skip_before_cue or (tl.endswith("ly") and len(tl) > 4 and t.islower()):
            # "he also said", "she repeatedly warned": the skip loop below would pass
            # these words and stop at the pronoun; read them word by word instead
            # (each a whole token: letters between spaces), without tokenising
            k = ws
            while True:
                e = k
                while e > wlo and norm[e - 1] == " ":
                    e -= 1
                k = norm.rfind(" ", wlo, e) + 1
                word = norm[k:e]
                if k == 0 or not (word.isalpha() and word.isascii()):
                    break
                wl = word.lower()
                if wl in lex.skip_before_cue or (wl.endswith("ly") and len(wl) > 4 and word.islower()):
                    continue
                if wl in lex.pronouns and not (
                    wl in _SKIP_GATE or wl in lex.time_words or wl.endswith("n't") or wl[0].isdigit()
                ):
                    return Mention(k, e, "pronoun", None)
                break
    if wlo > lo and norm[wlo - 1].isalnum() and norm[wlo].isalnum():
        # the window starts inside a word: start after it ("rault, the ..." is no token)
        sp = norm.find(" ", wlo, cue_start)
        if sp > 0:
            wlo = sp
    toks = _tokens(norm, wlo, cue_start)
    i = len(toks) - 1
    while i >= 0:
        low = toks[i][0].lower()
        if low in lex.skip_before_cue or (low.endswith("ly") and len(low) > 4 and toks[i][0].islower()):
            i -= 1
            continue
        if not (low in _SKIP_GATE or low in lex.time_words or low.endswith("n't") or low[0].isdigit()):
            break  # the common case: nothing more to skip
        if (
            low in _MORE_SKIP
            or low.endswith("n't")  # "he doesn't want": the contraction is no subject
            or (
                low in _FLOATING
                and i > 0
                and (_is_cap(toks[i - 1][0]) or toks[i - 1][0] == ")" or toks[i - 1][0] in _AUXILIARIES)
            )
        ):
            i -= 1
            continue
        if low == "ago" and i > 1:
            # "who just a week ago surprised"
            i -= 1
            while i >= 0 and (
                toks[i][0].lower() in lex.time_words
                or toks[i][0].lower() in lex.determiners
                or toks[i][0].lower() in _TIME_NOUNS
                or _NUMBER_RE.match(toks[i][0].lower()) is not None
                or toks[i][0] in _AGO_LEAD
            ):
                i -= 1
            continue
        if low in _ADVERBIAL_NOUNS and i > 1:
            # "in general", "at one point", "in the past", "at any time"
            p = i - 1
            while p > 0 and i - p < 3 and (toks[p][0].lower() in lex.determiners or toks[p][0].lower() in ("any", "later")):
                p -= 1
            if toks[p][0] in ("in", "at", "for", "during", "over", "on"):
                i = p - 1
                continue
        if (
            low in _WEEKDAYS
            or (low in lex.time_words and i > 0 and (toks[i - 1][0].lower() in _TIME_LEAD or toks[i - 1][0].lower() in _WEEKDAYS))
            or (i > 0 and toks[i - 1][0] in _TIME_PREPS and (low in _MONTHS or _YEAR_RE.match(low) is not None))
        ):
            # the Kentucky Republican on Tuesday dismissed / Trump earlier this week said /
            # Sean Spicer on Thursday evening said / A poll in June showed
            i -= 1
            while i >= 0 and (
                toks[i][0].lower() in _TIME_LEAD or toks[i][0].lower() in lex.time_words or toks[i][0].lower() in _WEEKDAYS
            ):
                i -= 1
            if i > 0 and toks[i][0] in _TIME_PREPS:
                i -= 1
            continue
        break
    if i < 0:
        return None
    tok, ts, te = toks[i]
    appositive: tuple[int, int] | None = None
    if tok == ")":
        k = i - 1
        while k >= 0 and i - k < 10 and toks[k][0] != "(":
            k -= 1
        if k <= 0 or toks[k][0] != "(":
            return None
        i = k - 1
        tok, ts, te = toks[i]
    np_ok = False
    if tok.isdigit() and i >= 2 and toks[i - 1][0] == "," and toks[i - 1][1] == toks[i - 2][2] and toks[i - 2][0].isdigit():
        # "at least 21,000 said": one number
        j = i - 2
        while j >= 2 and toks[j - 1][0] == "," and toks[j - 1][1] == toks[j - 2][2] and toks[j - 2][0].isdigit():
            j -= 2
        return Mention(toks[j][1], te, "np", None)
    if tok == ",":
        # Hugh Hill, a doctor at the clinic, said / Jim Bennett, 57, said /
        # Sarah Quinn, 64, a retired nurse, said / A city official, who asked
        # not to be named, said: up to three appositive segments
        end_app = toks[i - 1][2] if i > 0 else te
        segs = 0
        fallback = -1
        placed = False
        while True:
            k = i - 1
            while k >= 0 and i - k < 44 and (
                toks[k][0] not in _SEG_STOP
                or (toks[k][0] == "." and (_abbrev_dot(toks, k, lex) or (k > 0 and _PARTY_RE.match(toks[k - 1][0]))))
            ):
                k -= 1
            if k < 0 and reach < _LONG_REACH and cue_start - reach > lo:
                # a long appositive: read further back once
                return mention_before(norm, lo, cue_start, lex, reach=_LONG_REACH, passive=False)
            if not (k > 0 and toks[k][0] == "," and k + 1 < i):
                if placed and not segs:
                    return None  # "the death of a man in Tulsa, Oklahoma," is no subject
                if segs and fallback >= 0:
                    i = fallback  # "A city official, who ..., said": a noun phrase
                    np_ok = True
                    break
                if segs == 0 and i > 0 and (_is_cap(toks[i - 1][0]) or toks[i - 1][0] == ")"):
                    i -= 1  # Gov. John Kasich (R-OH), said
                    if toks[i][0] == ")":
                        k = i - 1
                        while k >= 0 and i - k < 10 and toks[k][0] != "(":
                            k -= 1
                        if k <= 0:
                            return None
                        i = k - 1
                    break
                return None
            first = toks[k + 1][0]
            fl = first.lower()
            seg = toks[k + 1 : i]
            if toks[k - 1][0] == ")":
                # Rep. Ann Ortiz (D-Maine), a budget panel member, said
                p = k - 2
                while p >= 0 and k - p < 10 and toks[p][0] != "(":
                    p -= 1
                if p > 0 and _is_cap(toks[p - 1][0]):
                    k = p
            prev = toks[k - 1][0]
            if (
                k >= 3
                and len(seg) <= 4
                and _is_state(seg)
                and _is_cap(prev)
                and not prev.isdigit()
            ):
                # "a nurse in Scranton, Pa., said" / "from Dayton, Ohio,": the
                # state belongs to the place before it, not a segment of its own
                p = k - 1
                while p > 0 and k - p < 4 and _is_cap(toks[p - 1][0]):
                    p -= 1
                if p > 0 and toks[p - 1][0] in _PLACE_PREPS:
                    i = k
                    placed = True
                    continue
            jr = prev == "." and k >= 3 and toks[k - 2][0] in ("Jr", "Sr")
            if jr:
                prev = toks[k - 2][0]  # "Paul Hayes Jr., the director of ..., said"
            relative = fl in _RELATIVE or fl in _TALKING  # "The mayor, speaking to X, said"
            if (
                first == "The"
                and len(seg) > 1
                and prev.isalpha()
                and prev.islower()
                and prev not in lex.stop
                and all(_is_cap(t[0]) or t[0] in _CONNECT for t in seg)
            ):
                # "Sam Cole, the editor of the weekly paper, The Ledger, said":
                # a name in apposition to the noun phrase before it; the
                # subject is the name before that noun phrase
                k2 = _segment_stop_before(toks, k)
                if k2 <= 0 and reach < _LONG_REACH and cue_start - reach > lo:
                    return mention_before(norm, lo, cue_start, lex, reach=_LONG_REACH, passive=False)
                if (
                    k2 > 1
                    and toks[k2][0] == ","
                    and _is_cap(toks[k2 - 1][0])
                    and (toks[k2 + 1][0].lower() in lex.determiners or toks[k2 + 1][0].islower())
                ):
                    i = k
                    continue
            if not (
                fl in lex.determiners
                or first[0].isdigit()
                or relative
                or any(t[0][0].islower() and t[0] != "and" for t in seg)
                or _PARTY_RE.match(first) is not None
            ):
                if segs == 0 and _is_cap(first) and prev[0].islower():
                    # the assailant, John McGraw, said: the whole phrase is the mention
                    d = k - 1
                    while d > 0 and k - d < 6 and toks[d - 1][0][0].isalnum() and toks[d - 1][0].lower() not in lex.stop - lex.determiners:
                        d -= 1
                        if toks[d][0].lower() in lex.determiners:
                            break
                    if d > 1 and toks[d - 1][0] in _PLACE_PREPS | _PREPS:
                        # "Sam Pike, who lives outside of the state capital, Augusta,
                        # said": a noun phrase after a preposition is no subject; the
                        # name is before the clause that holds it
                        i = k
                        continue
                    return Mention(toks[d][1], toks[i - 1][2], "name", None)
                if segs == 0 and _is_cap(first) and _is_cap(prev) and not _is_state(seg):
                    # the director of the FBI, Paul Hayes, said: a name after a
                    # noun phrase ending in a proper noun
                    p = k - 1
                    while p > 0 and k - p < 5 and (_is_cap(toks[p][0]) or toks[p][0] == "the"):
                        p -= 1
                    if (
                        p > 0
                        and p < k - 1
                        and toks[p][0] in ("of", "at", "for")
                        and toks[p - 1][0].isalpha()
                        and toks[p - 1][0].islower()
                        and toks[p - 1][0] not in lex.stop
                    ):
                        d = p - 1
                        while d > 0 and p - d < 5 and toks[d - 1][0].isalpha() and (
                            toks[d - 1][0].islower() or toks[d - 1][0].lower() in lex.determiners
                        ):
                            d -= 1
                            if toks[d][0].lower() in lex.determiners:
                                break
                        return Mention(toks[d][1], toks[i - 1][2], "name", None)
                return None
            appositive = (toks[k + 1][1], end_app)
            segs += 1
            i = k - 2 if jr else k - 1
            if prev.isdigit() and k >= 3 and toks[k - 2][0] == ",":
                k -= 2  # the age: Sarah Quinn, 64, a retired nurse
                appositive = (toks[k + 1][1], end_app)
                prev = toks[k - 1][0]
                i = k - 1
            if _is_cap(prev) and not prev.isdigit() and prev.lower() not in lex.stop:
                if (relative or fl in lex.determiners) and segs < 3:
                    # "Hogan Gidley, a former director of the Party, whose roots ..., said"
                    k2 = _segment_stop_before(toks, k)
                    if k2 <= 0 and reach < _LONG_REACH and cue_start - reach > lo:
                        return mention_before(norm, lo, cue_start, lex, reach=_LONG_REACH, passive=False)
                    if (
                        k2 > 0
                        and toks[k2][0] == ","
                        and (
                            toks[k2 + 1][0].lower() in ("a", "an", "the")
                            # "Ann Ortiz, who helped found Dockside, a fishermen's group, said"
                            or toks[k2 + 1][0] in ("who", "whose")
                            # "Tom Reyes, acting director of Harbour Watch, which ..., said"
                            or (
                                relative
                                and toks[k2 + 1][0].isalpha()
                                and toks[k2 + 1][0].islower()
                                and toks[k2 + 1][0] not in lex.stop
                                and any(t[0] in ("of", "at", "for") for t in toks[k2 + 2 : k])
                            )
                            # "Sam Cole, editor of The Ledger, a weekly paper, wrote"
                            or (not relative and toks[k2 + 1][0].islower() and toks[k2 + 1][0] not in lex.stop)
                        )
                        and _is_cap(toks[k2 - 1][0])
                    ):
                        i = k
                        continue
                if not relative and fl not in lex.determiners and first.islower():
                    # "Ann Roe, whose hometown, Porthaven, is ..., argues" / "Sam Cole,
                    # who lost a son in Dayton, Ohio, in 2012, said": the name before
                    # the relative clause, not the place inside it
                    p = _name_back(toks, k - 1, lex)
                    if p >= 3 and toks[p - 1][0] == ",":
                        c = p - 2
                        while c > 0 and p - c < 30 and toks[c][0] not in _SEG_STOP:
                            c -= 1
                        if (
                            c > 0
                            and toks[c][0] == ","
                            and toks[c + 1][0] in ("whose", "who")
                            and _is_cap(toks[c - 1][0])
                        ):
                            i = c - 1
                            appositive = (toks[c + 1][1], end_app)
                break
            if prev[0].isalpha() and prev.lower() not in lex.stop and (relative or first[0].isdigit()):
                # a noun before a relative clause or an age: look for an earlier segment
                fallback = k - 1
                if segs < 3:
                    i = k
                    # an earlier segment only when a name ends it: "Hugh Hill, a doctor, who ..."
                    continue
                i = fallback
                np_ok = True
                break
            if _is_cap(prev) or prev == ")":
                break
            return None
        tok, ts, te = toks[i]
        if not (_is_cap(tok) or np_ok):
            return None
    low = tok.lower()
    if low in lex.pronouns:
        if appositive is not None:
            return None
        return Mention(ts, te, "pronoun", None)
    if low in _EXPLETIVE_IS:
        return None  # "It's clear that ...", "There's no doubt ...": no source
    if not tok[0].isalnum():
        return None
    if _is_cap(tok) and (low not in lex.stop or i > 0):
        j = _name_back(toks, i, lex)
        while j < i and toks[j][0].lower() in _CONNECT:
            j += 1
        if toks[j][0].lower() in lex.stop and j < i:
            j += 1
        if j >= 3 and toks[j - 1][0] == "," and _is_cap(toks[j - 2][0]) and _is_state(toks[j : i + 1]):
            # "Stacy Baker of Dayton, Ohio, says" / "a nurse from Dayton, Ohio says":
            # the state ends a place inside the subject, not the subject
            p = _name_back(toks, j - 2, lex)
            if toks[p][0].lower() not in _PLACE_PREPS and (p == 0 or toks[p - 1][0] not in _PLACE_PREPS):
                if any(t[0] in ("of", "from") for t in toks[p : j - 1]):
                    return Mention(toks[p][1], te, "name", None)
            elif p > 0:
                q = p if toks[p][0] in _PLACE_PREPS else p - 1
                inner = mention_before(norm, lo, toks[q][1], lex, reach=reach, passive=False)
                if inner is not None and inner.kind == "np":
                    return Mention(inner.start, te, "np", None)
        if appositive is None and j > 2 and (toks[j - 1][0] in _PREPS or toks[j - 1][0].lower() in lex.determiners):
            # "Ann Roe, who chairs the Harbour Fund said": a name inside a
            # relative clause that no comma closes is not the subject
            for w in range(j - 1, max(1, j - 16), -1):
                tw = toks[w][0]
                if tw in _SEG_STOP:
                    break
                if tw in ("who", "whose"):
                    if toks[w - 1][0] == "," and _is_cap(toks[w - 2][0]):
                        ante = mention_before(norm, lo, toks[w - 1][1], lex, reach=reach, passive=False)
                        if ante is not None and ante.kind == "name" and ante.appositive is None:
                            return ante._replace(appositive=(toks[w][1], te))
                    break
        jj = j - 1 if j > 0 and toks[j - 1][0].lower() == "the" else j
        if jj >= 2 and toks[jj - 1][0] in ("to", "with") and toks[jj - 2][0] in _TALKING:
            # "a source speaking to Fox News said": the source, not the outlet
            inner = mention_before(norm, lo, toks[jj - 2][1], lex, reach=reach, passive=False)
            if inner is not None:
                return inner
        if j > 0 and toks[j - 1][0].lower() in ("the",):
            j -= 1
        elif j >= 3 and toks[j - 1][0] == "of" and toks[j - 2][0].lower() in lex.group_nouns:
            # "The city council of Porthaven": the noun phrase, not the place
            d = j - 2
            while d > 0 and j - d < 6 and toks[d - 1][0][0].isalpha() and toks[d - 1][0].lower() not in _SEG_STOP:
                d -= 1
                if toks[d][0].lower() in lex.determiners:
                    return Mention(toks[d][1], te, "np", appositive)
                if toks[d][0][0].isupper() or toks[d][0].lower() in lex.stop:
                    break
        if appositive is None and j >= 2 and toks[j - 1][0] in ("and", ","):
            j = _list_start(toks, j, i, lex, _opens_sentence(norm, wlo, lo))
        return Mention(toks[j][1], te, "name", appositive)
    if i >= 2 and toks[i - 1][0] == "in" and _NUMBER_RE.match(low) and _NUMBER_RE.match(toks[i - 2][0].lower()):
        return Mention(toks[i - 2][1], te, "np", None)  # two in three, six in 10
    if low in lex.stop or (appositive is not None and not np_ok):
        return None
    if tok.islower() and i > 0 and not np_ok:
        # "Axelrod tried offering ...", "who helped found ...": a cue after a
        # finite verb is that verb's subject's; "He has resisted calls to quit":
        # so is a noun cue as its object ("sharp criticism" after "has faced"
        # is not: the subject is its target)
        v = -1
        if low.endswith("ed") or (low in _COMMON_VERBS and _PARTICIPLE_RE.match(norm, cue_start) is not None):
            v = i  # "when he went on the record endorsing"
        elif i > 1 and is_adjective(low) and toks[i - 1][0].endswith("ed"):
            cw = _CUE_WORD_RE.match(norm, cue_start)
            if cw is not None and cw.group() in lex.noun_cues:
                v = i - 1
        if v > 0 and (len(toks[v][0]) > 4 or toks[v][0] in _COMMON_VERBS) and toks[v][0] not in _TARGET_VERBS and _finite_verb(toks, v, lex):
            sub = mention_before(norm, lo, toks[v][1], lex, reach=reach, passive=False)
            if sub is not None:
                return sub
    # a lower-case noun group: back to a determiner, at most five words, and
    # across one preposition (a source familiar with the talks)
    if (
        tok.islower()
        and low not in _QUANTIFIERS
        and not (i > 0 and toks[i - 1][0].endswith("'s"))  # "the agency's brief said": a noun
        and (is_adjective(low) or low in _COMMON_VERBS)
    ):
        return None  # "held formal talks": an adjective or a verb ends no subject
    j = i
    k = i - 1
    crossed = False
    while k >= 0 and i - k <= 9:
        t = toks[k][0]
        tl = t.lower()
        if _finite_verb(toks, k, lex):
            if crossed:
                break  # "has included members of the council": the noun phrase after the verb
            return None  # "Asif held formal talks": what follows a finite verb is its object
        if tl in lex.determiners:
            j = k
            if not crossed and k > 1 and toks[k - 1][0].lower() in _PREPS and toks[k - 2][0][0].isalpha():
                crossed = True
                k -= 2
                continue
            break
        if t == "$" and k + 1 <= i and toks[k + 1][0][0].isdigit():
            k -= 1  # "a $1 million ad campaign"
            continue
        if not t[0].isalnum() or tl in lex.stop or tl in lex.skip_before_cue:
            break
        j = k
        k -= 1
    if (
        not np_ok
        and j > 1
        and toks[j][0].lower() in _OBJECT_START
        and _PARTICIPLE_RE.match(norm, cue_start) is not None
        and (
            _finite_verb(toks, j - 1, lex)
            or (toks[j - 2][0] == "," and toks[j - 1][0].endswith("ed") and toks[j - 1][0].islower())
            or (
                # "Her campaign released a statement saying": a common noun subject
                ((toks[j - 1][0].endswith("ed") and len(toks[j - 1][0]) > 4) or toks[j - 1][0] in _COMMON_VERBS)
                and toks[j - 1][0].islower()
                and toks[j - 2][0].isalpha()
                and toks[j - 2][0].islower()
                and toks[j - 2][0] not in lex.stop
                and toks[j - 2][0] not in lex.skip_before_cue
            )
        )
    ):
        # "The town released a statement saying ...": a participle after the
        # object of a finite verb takes that verb's subject
        sub = mention_before(norm, lo, toks[j - 1][1], lex, reach=reach, passive=False)
        if sub is not None:
            return sub
    if not np_ok and (
        toks[j][0].lower() not in lex.determiners or (j > 0 and toks[j - 1][0].isalpha() and toks[j - 1][0].islower())
    ):
        # "a White House official who spoke anonymously to discuss strategy said"
        for w in range(j - 1, max(-1, j - 16), -1):
            tw = toks[w][0]
            if tw in _SEG_STOP:
                break
            if tw == "who" and w > 0 and toks[w - 1][0][0].isalnum():
                ante = mention_before(norm, lo, toks[w][1], lex, reach=reach, passive=False)
                if ante is not None and ante.kind != "pronoun" and ante.appositive is None:
                    return ante._replace(appositive=(toks[w][1], te))
                break
    if not np_ok and j >= 3 and toks[j - 1][0] in ("and", ","):
        j = _list_start(toks, j, i, lex, _opens_sentence(norm, wlo, lo))
    if te - toks[j][1] <= 40:
        ms = toks[j][1]
        sp = norm.rfind(" ", ms, te)
        last = norm[sp + 1 if sp >= 0 else ms : te]
        if last in _TIME_HEADS:
            if _time_np(norm, ms, sp):
                return None  # "The day before, ... claiming": a time phrase is no source
        elif sp < 0 and _verb_form(last):
            return None  # "..., committing repeated gaffes": a verb form is no subject
    return Mention(toks[j][1], te, "np", appositive if np_ok else None)


def mention_after(norm: str, start: int, hi: int, lex: Lexicon) -> Mention | None:
    """Find the noun phrase that follows an inverted cue (``said Sen. Jane Roe``).

    Args:
        norm: The normalised article text.
        start: Offset just after the cue.
        hi: Do not look past this offset.
        lex: The lexicon.

    Returns:
        The mention, or ``None``.
    """
    w = start
    while w > 0 and norm[w - 1] == " ":
        w -= 1
    if norm.endswith("ing", max(0, w - 6), w) and norm[w - 4 : w].isalpha() and norm[w - 4 : w].islower():
        return None  # "..., citing low growth": a participle's object, not an inverted subject
    toks = _tokens(norm, start, min(hi, start + _MAX_BACK))
    i = 0
    n = len(toks)
    if i < n and toks[i][0] == ",":
        i += 1
    if i >= n:
        return None
    tok, ts, te = toks[i]
    low = tok.lower()
    if low in lex.pronouns and low not in ("who", "which", "him", "her"):
        return Mention(ts, te, "pronoun", None)
    if not tok[0].isalnum():
        return None
    if low in lex.time_words:
        return None  # said Sunday
    if _is_cap(tok) and (
        (low in lex.stop and low not in lex.determiners and low not in ("will", "may"))
        or low in _OPENERS
        or (low.endswith("ing") and i + 1 < n and (toks[i + 1][0] in lex.stop or toks[i + 1][0] in lex.determiners))
    ):
        return None  # "When Maddow ...", "Despite ...", "Standing in ...": no subject starts here
    if low in lex.determiners and i + 1 < n and toks[i + 1][0][0].islower():
        pass  # "The actress": a noun phrase, below
    elif _is_cap(tok) or low in lex.titles:
        j = i
        end = te
        k = i
        while k < n and k - i < 12:
            t = toks[k][0]
            tl = t.lower()
            if t == ".":
                if _abbrev_dot(toks, k, lex):
                    end = toks[k][2]
                    k += 1
                    continue
                break
            if _is_cap(t) or tl in lex.titles:
                end = toks[k][2]
            elif tl in _CONNECT or t in {"-"}:
                pass
            elif (
                k + 1 < n
                and toks[k + 1][0].lower() in lex.titles
                and t.isalpha()
                and t.islower()
                and tl not in lex.stop
                and tl not in lex.cues
            ):
                pass  # "The Democratic presidential candidate", "Republican hopeful Sen. Ann Roe"
            else:
                break
            k += 1
        del j
        appositive = None
        if k < n and toks[k][0] == ",":
            a = k + 1
            b = a
            while b < n and b - a < 14 and toks[b][0] not in {",", ".", ";", ":", '"', "(", ")"}:
                b += 1
            if b > a and (toks[a][0].lower() in lex.determiners or toks[a][0][0].islower()):
                appositive = (toks[a][1], toks[b - 1][2])
        return Mention(ts, end, "name", appositive)
    if low in lex.determiners or low not in lex.stop:
        k = i + 1
        end = te
        while k < n and k - i <= 6:
            t = toks[k][0]
            tl = t.lower()
            if t in ("/", ".") and toks[k - 1][2] == toks[k][1] and k + 1 < n and toks[k + 1][1] == toks[k][2]:
                k += 1  # "CNN/ORC", "Factcheck.org": one word
                continue
            if tl in ("most", "more") and k == i + 1 and low in lex.determiners:
                k += 1  # "the most recent poll"
                continue
            if t == '"' and low in lex.determiners:
                k += 1  # 'her "clawback" plan': a quoted name inside the noun phrase
                continue
            if not t[0].isalnum() or (tl in lex.stop and tl not in ("of", "for")):
                break
            if k > i + 1 and (
                (tl in lex.cues and not (tl in lex.noun_cues and k + 1 < n and toks[k + 1][0][0].isalpha()))
                or tl in lex.skip_before_cue
                or (tl.endswith("ed") and len(tl) > 4)
                or tl in _COMMON_VERBS
            ):
                break  # the verb after the subject: "the businessman began" (not "the defence minister")
            end = toks[k][2]
            k += 1
        if toks[k - 1][0].lower() in ("of", "for"):
            end = toks[k - 2][2]
        if end - ts <= 40:
            sp = norm.rfind(" ", ts, end)
            if norm[sp + 1 if sp >= 0 else ts : end] in _TIME_HEADS and _time_np(norm, ts, sp):
                return None  # "The day before, Mr. Trump ...": an opening time phrase
        return Mention(ts, end, "np", None)
    return None
