"""The fast paths of quote attribution build the same results as the plain ones."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmetrics.models import AnalysisConfig, Cue, Quote, Speaker, fast_constructor


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

    from newsmetrics.quotes import _CLAUSE_OPENERS

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

    import newsmetrics.quotes  # noqa: F401
    from newsmetrics._speakers import Mention

    qmod = sys.modules["newsmetrics.quotes"]
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
