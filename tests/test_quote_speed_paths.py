"""The fast paths of quote attribution build the same results as the plain ones."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmetrics.models import AnalysisConfig, Article, Cue, Quote, Speaker, fast_constructor


def test_fast_constructor_with_defaults_builds_the_same_quote() -> None:
    speaker = fast_constructor(Speaker, defaults=True)("Sen. Jane Roe", 20, 33, "Jane Roe", False, "person")
    assert speaker == Speaker("Sen. Jane Roe", 20, 33, "Jane Roe", type="person")
    cue = fast_constructor(Cue)(34, 38, "said", "say")
    values = (0, 18, '"We will win," she', "direct", "speech", cue, speaker, 0.875)
    made = fast_constructor(Quote, defaults=True)(*values)
    plain = Quote(*values)
    assert made == plain
    assert hash(made) == hash(plain)
    assert type(made) is Quote
    assert made.to_dict() == plain.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 3  # type: ignore[misc]


def test_fast_constructor_still_refuses_post_init_and_defaults_unless_asked() -> None:
    with pytest.raises(TypeError):
        fast_constructor(Quote)  # confidence has a default
    with pytest.raises(TypeError):
        fast_constructor(AnalysisConfig, defaults=True)  # a __post_init__ that checks values


def _reference_keys(norm, start, end, kind, category, cue, weight, mention, speaker):  # type: ignore[no-untyped-def]
    """The confidence keys as first written (a plain, slower reading), to check the fast one against."""
    import re

    from newsmetrics._attribution import _CLAUSE_OPENERS

    form = cue.text.lower() if cue is not None else "-"
    spk = "-" if speaker is None or mention is None else mention.kind
    cue_key = (form, cue.lemma if cue is not None else "", int(weight * 10), kind, category, spk)
    m = re.compile(r"[a-z]+\b").match(norm, start)
    first = m.group() if m is not None else ""
    if not first:
        c = norm[start : start + 1]
        first = "^" if c.isupper() else "0" if c.isdigit() else c
    elif first not in _CLAUSE_OPENERS:
        first = "~"
    if cue is None:
        where = "cue-"
    elif cue.end <= start:
        where = f"cb{(start - cue.end).bit_length()}"
    elif cue.start >= end:
        where = f"ca{(cue.start - end).bit_length()}"
    else:
        where = "ci"
    span_key = (kind, (end - start).bit_length(), first, norm[end : end + 1] + norm[end - 1 : end], where)
    if speaker is None or mention is None:
        return cue_key, span_key, None
    far = start - mention.end if mention.end <= start else mention.start - end
    written = speaker.mention
    fw = written.split(" ", 1)[0].lower()
    speaker_key = (
        kind,
        category,
        speaker.type,
        fw if fw in _CLAUSE_OPENERS else "~",
        mention.kind,
        min(written.count(" ") + 1, 6),
        max(far, 0).bit_length(),
        speaker.anonymous,
        written.lower() if mention.kind == "pronoun" else "",
        speaker.name == written and speaker.type == "unknown",
    )
    return cue_key, span_key, speaker_key


@pytest.mark.parametrize(
    "norm",
    [
        "Sen. Jane Roe said that the vote was close, and he said 2x4 beams abc1 were fine.",
        "He said: 3 votes. THE PLAN fails; \u00e9t\u00e9 was hot, officials said.",
        'A source who asked not to be named said "we will win" and then it rained',
    ],
)
def test_confidence_keys_match_the_plain_reading(norm: str) -> None:
    import sys

    import newsmetrics._attribution  # noqa: F401
    from newsmetrics._speakers import Mention

    qmod = sys.modules["newsmetrics._attribution"]
    n = len(norm)
    cues = [None, Cue(4, 8, norm[4:8], "say"), Cue(n - 5, n - 1, norm[n - 5 : n - 1], "say")]
    speakers = [
        (None, None),
        (Mention(0, 13, "name", None), Speaker(norm[0:13], 0, 13, "Jane Roe", False, "person")),
        (Mention(n - 3, n, "pronoun", None), Speaker(norm[n - 3 :], n - 3, n, norm[n - 3 :], False, "unknown")),
        (Mention(2, 9, "np", (10, 20)), Speaker(norm[2:9], 2, 9, norm[2:9], True, "group")),
    ]
    checked = 0
    for start in range(0, n, 3):
        for end in (start + 1, start + 7, n):
            if end > n:
                continue
            for cue in cues:
                for mention, speaker in speakers:
                    for kind, category in (("indirect", "speech"), ("mixed", "belief"), ("direct", "speech")):
                        args = (norm, start, end, kind, category, cue, 0.73, mention, speaker)
                        assert qmod._confidence_keys(*args) == _reference_keys(*args)
                        checked += 1
    assert checked > 1000


_TOKEN_ALPHABET = "ab Z9'&-.,\"()\n\t\u00a0\u2003\u00e9\u0100\u0250\u2014$%_\u3000x"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TOKEN_ALPHABET, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_tokens_match_the_token_regex(text: str, lo: int, hi: int) -> None:
    from newsmetrics._speakers import _TOK_RE, _tokens

    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert _tokens(text, lo, hi) == [(m[0], m.start(), m.end()) for m in _TOK_RE.finditer(text, lo, hi)]


def _reference_mark_spans(article: Article) -> tuple[object, ...]:
    """mark_spans as first written: two bisections per paragraph (the plain reading)."""
    import bisect

    from newsmetrics._quotemarks import _CLOSE, _MARK_RE, _OPEN, QuoteMarkSpan, _direction
    from newsmetrics._segment import _strip_span

    text, norm = article.text, article.norm
    paras = article.paragraphs
    out: list[QuoteMarkSpan] = []
    if not paras:
        return ()
    found = [m.span() for m in _MARK_RE.finditer(norm, paras[0].start, paras[-1].end)]
    starts = [a for a, _ in found]
    carried = False
    for p_index, para in enumerate(paras):
        lo, hi = para.start, para.end
        a = bisect.bisect_left(starts, lo)
        z = bisect.bisect_left(starts, hi)
        if a == z:
            carried = False
            continue
        marks = [(i, j, _direction(text, norm, i, j, lo, hi)) for i, j in found[a:z] if j <= hi]
        open_at, open_mark, continued, k = -1, -1, False, 0
        if carried:
            if bool(marks) and marks[0][0] == lo and marks[0][2] != _CLOSE:
                open_mark, open_at, continued = marks[0][0], marks[0][1], True
                k = 1
            elif marks and marks[0][2] != _OPEN:
                open_mark, open_at, continued = -1, lo, True
        carried = False
        for i, j, d in marks[k:]:
            if open_at < 0:
                if d != _CLOSE:
                    open_mark, open_at, continued = i, j, False
                continue
            if d == _OPEN:
                open_mark, open_at, continued = i, j, False
                continue
            s, e = _strip_span(norm, open_at, i)
            if s < e:
                out.append(QuoteMarkSpan(s, e, open_mark, j, p_index, False, continued))
            open_at, open_mark, continued = -1, -1, False
        if open_at < 0:
            continue
        nxt_continues = False
        if p_index + 1 < len(paras):
            nlo, nhi = paras[p_index + 1].start, paras[p_index + 1].end
            a = bisect.bisect_left(starts, nlo)
            if a < len(found) and found[a][1] <= nhi:
                i, j = found[a]
                d = _direction(text, norm, i, j, nlo, nhi)
                nxt_continues = (i == nlo and d != _CLOSE) or d == _CLOSE
        if nxt_continues or continued or open_mark == lo:
            s, e = _strip_span(norm, open_at, hi)
            if s < e:
                out.append(QuoteMarkSpan(s, e, open_mark, -1, p_index, nxt_continues, continued))
            carried = nxt_continues
    return tuple(out)


_MARK_PIECES = ['"', "''", "``", "\u201c", "\u201d", " ", "\n\n", "\n", "Ann said", ",", ".", "x", "No"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), min_size=1, max_size=40))
def test_mark_spans_match_the_plain_reading(pieces: list[str]) -> None:
    from newsmetrics._quotemarks import mark_spans
    from newsmetrics._text import parse

    text = "".join(pieces)
    if not text.strip():
        return
    article = parse(text)
    assert mark_spans(article) == _reference_mark_spans(article)


def test_mark_spans_on_a_news_story_match_the_plain_reading() -> None:
    from newsmetrics._quotemarks import mark_spans
    from newsmetrics._text import parse

    text = (
        'PORTHAVEN \u2014 "The bridge will open in May," Mayor Ann Roe said on Tuesday.\n\n'
        "Officials said the budget was tight.\n\n"
        '"We have waited long enough. The harbour needs it.\n\n'
        '"And the town needs the jobs," she added.\n\n'
        "A stray mark \u201d here does not lose the rest.\n\n"
        "Sam Cole called the plan ``a gamble'' and left."
    )
    article = parse(text)
    assert mark_spans(article) == _reference_mark_spans(article)
    assert len(mark_spans(article)) == 4  # the two-paragraph quotation is two spans


_CUE_PIECES = [
    "said", "says", "according to", "told", "in a statement", "believes", "warned", "x", "Said",
    " ", " ", ",", ".", '"', "-", "(", "\n", "_", "9", "\u00e9", "\u2014", "'", "according", "to",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=40), st.integers(0, 30), st.integers(0, 200))
def test_scan_cues_finds_what_the_cue_pattern_finds(pieces: list[str], lo: int, hi: int) -> None:
    import sys

    import newsmetrics._attribution  # noqa: F401
    from newsmetrics._quotelex import lexicon

    qmod = sys.modules["newsmetrics._attribution"]
    lex = lexicon()
    low = "".join(pieces).lower()
    lo = min(lo, len(low))
    hi = max(lo, min(hi, len(low)))
    # an ASCII stretch of a text that is not all ASCII runs on the ASCII twin too
    found = qmod._scan_cues(low, lo, hi, lex.cue_re, lex.cue_scan_re)
    assert found == [m.span() for m in lex.cue_re.finditer(low, lo, hi)]


_WORD_PIECES = [
    *_CUE_PIECES, "#", "&", "said_", "_said", "\u2013", "\u2026", "\u2015", "put it", "don't", "in a", "n", "abc's",
    "\u00e9", "\u0303", "\u00bd", "\u00e9said", "said\u00e9",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), min_size=1, max_size=40), st.integers(0, 30), st.integers(0, 200))
def test_cue_word_scan_finds_what_the_cue_pattern_finds(pieces: list[str], lo: int, hi: int) -> None:
    # the word-filtered scan is a speed device: it must find exactly the cue pattern's matches
    import sys

    import newsmetrics._attribution  # noqa: F401
    from newsmetrics._quotelex import lexicon

    qmod = sys.modules["newsmetrics._attribution"]
    lex = lexicon()
    low = "".join(pieces).lower()
    lo = min(lo, len(low))
    hi = max(lo, min(hi, len(low)))
    starts = qmod._cue_word_starts(low, lex)
    assert starts is not None
    found = qmod._scan_cue_words(low, lo, hi, starts, lex.cue_re)
    assert found == [m.span() for m in lex.cue_re.finditer(low, lo, hi)]


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="said told according to in a statement put it don't abc's_#&-\"',.\n\u2014\u2026\u00e9\u0303\u00bd", max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_cue_word_scan_on_any_text(text: str, lo: int, hi: int) -> None:
    import sys

    import newsmetrics._attribution  # noqa: F401
    from newsmetrics._quotelex import lexicon

    qmod = sys.modules["newsmetrics._attribution"]
    lex = lexicon()
    low = text.lower()
    lo, hi = min(lo, len(low)), min(max(lo, hi), len(low))
    words = qmod._cue_word_starts(low, lex)
    assert words is not None
    assert qmod._scan_cue_words(low, lo, hi, words, lex.cue_re) == [m.span() for m in lex.cue_re.finditer(low, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab '\"`\n", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_mark_positions_are_the_mark_pattern_spans(norm: str, lo: int, hi: int) -> None:
    from newsmetrics._quotemarks import _MARK_RE, _mark_positions

    lo, hi = min(lo, len(norm)), min(max(lo, hi), len(norm))
    assert _mark_positions(norm, lo, hi) == [m.span() for m in _MARK_RE.finditer(norm, lo, hi)]


_SUBJECT_WORDS = ["he", "she", "They", "also", "repeatedly", "Strongly", "quietly", "Roe", "Jane", "the", "official", ",", "who",
                  "on", "Monday", "not", "never", "was", "been", "known", "it", "HE", "often", "i"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_WORDS), min_size=1, max_size=10), st.integers(0, 60), st.sampled_from([80, 12, 30]))
def test_subject_fast_path_matches_the_token_reading(words: list[str], lo: int, reach: int) -> None:
    # A tab before the cue keeps mention_before off its no-token fast paths (they
    # read words between spaces): both readings must find the same subject.
    from newsmetrics._quotelex import lexicon
    from newsmetrics._speakers import mention_before

    lex = lexicon()
    head = " ".join(words)
    cue = len(head) + 1
    lo = min(lo, cue)
    fast = mention_before(head + " said that", lo, cue, lex, reach=reach)
    plain = mention_before(head + "\tsaid that", lo, cue, lex, reach=reach)
    assert fast == plain


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_WORD_PIECES), min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=4),
)
def test_cue_word_scan_outside_skipped_stretches(pieces: list[str], cuts: list[tuple[int, int]]) -> None:
    # skipped stretches (quotations) are not read; the stretches between them find what the pattern finds
    import sys

    import newsmetrics._attribution  # noqa: F401
    from newsmetrics._quotelex import lexicon

    qmod = sys.modules["newsmetrics._attribution"]
    lex = lexicon()
    low = "".join(pieces).lower()
    skip: list[tuple[int, int]] = []
    for a, n in sorted(cuts):
        a = max(a, skip[-1][1] if skip else 0)
        if a < len(low):
            skip.append((a, min(len(low), a + n)))
    words = qmod._cue_word_starts(low, lex, skip)
    assert words is not None
    cur = 0
    for a, z in [*skip, (len(low), len(low))]:
        if a > cur:
            expected = [m.span() for m in lex.cue_re.finditer(low, cur, a)]
            assert qmod._scan_cue_words(low, cur, a, words, lex.cue_re) == expected
        cur = max(cur, z)
