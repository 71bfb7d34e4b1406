"""Tests for newsmetrics.quotes: direct, mixed and reported speech with speakers."""

from __future__ import annotations

import dataclasses
import itertools
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmetrics
from newsmetrics import EmptyTextError, NotTextError
from newsmetrics.models import Quote
from newsmetrics.quotes import MIN_CONFIDENCE, quotes, sources

ARTICLES = Path(__file__).parent / "data" / "articles"
Fixture = tuple[str, tuple[Quote, ...]]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_59cfc9ffa5e8bb4b.txt"


def _load(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def _find(qs: tuple[Quote, ...], fragment: str) -> Quote:
    for q in qs:
        if fragment in q.text:
            return q
    msg = f"no quote holds {fragment!r}: {[q.text for q in qs]}"
    raise AssertionError(msg)


def _check_offsets(text: str, qs: tuple[Quote, ...]) -> None:
    for q in qs:
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.mention


@pytest.fixture(scope="module")
def council() -> tuple[str, tuple[Quote, ...]]:
    text = _load("quotes_council.txt")
    return text, quotes(text)


@pytest.fixture(scope="module")
def typography() -> tuple[str, tuple[Quote, ...]]:
    text = _load("quotes_typography.txt")
    return text, quotes(text)


def test_offsets_point_into_the_original(council: Fixture, typography: Fixture) -> None:
    for text, qs in (council, typography):
        _check_offsets(text, qs)


@pytest.mark.parametrize(
    ("fragment", "kind", "mention", "name"),
    [
        # curly quotes, inverted ", said X", title stripped
        ("most important vote", "direct", "Mayor Alice Grant", "Alice Grant"),
        # second quote of the paragraph keeps the speaker
        ("We owe it to the fishermen", "direct", "Mayor Alice Grant", "Alice Grant"),
        # surname alone merged with the full name
        ("seek money from the state", "indirect", "Grant", "Alice Grant"),
        # appositive: the name, not the description
        ("the plan ignored the risk", "indirect", "Councillor Tom Reyes", "Tom Reyes"),
        # straight quotes, ", X said"
        ("I have read every page", "direct", "Reyes", "Tom Reyes"),
        # "according to", sentence-initial
        ("the work will take three years", "indirect", "the port authority", "port authority"),
        # ", officials said." at the end
        ("The work will cost about $40 million", "indirect", "officials", "officials"),
        # colon intro
        ("We will keep the roads open", "direct", "Police Chief Dana Ortiz", "Dana Ortiz"),
        # a paragraph left open continues into the next, with its speaker
        ("The first phase starts in May", "direct", "Police Chief Dana Ortiz", "Dana Ortiz"),
        ("The second phase begins", "direct", "Ortiz", "Dana Ortiz"),
        # organisation + "in a statement" + that-clause
        ("that it welcomed the decision", "indirect", "The ministry", "ministry"),
    ],
)
def test_council_golden(council: Fixture, fragment: str, kind: str, mention: str, name: str) -> None:
    _, qs = council
    q = _find(qs, fragment)
    assert q.kind == kind
    assert q.speaker is not None
    assert q.speaker.mention == mention
    assert q.speaker.name == name


def test_mixed_quote_and_pronoun_speaker(council: Fixture) -> None:
    _, qs = council
    q = _find(qs, "a gamble with other people's homes")
    assert q.kind == "mixed"
    assert q.text.startswith("the proposal")
    assert q.speaker is not None and q.speaker.mention == "He"
    assert q.speaker.name == "Tom Reyes"
    assert q.cue is not None and q.cue.text == "called"


def test_anonymous_sources(council: Fixture) -> None:
    _, qs = council
    q = _find(qs, "already agreed to pay half")
    assert q.speaker is not None
    assert q.speaker.mention == "A source familiar with the talks"
    assert q.speaker.anonymous
    assert _find(qs, "$40 million").speaker.anonymous  # type: ignore[union-attr]
    assert not _find(qs, "most important vote").speaker.anonymous  # type: ignore[union-attr]


def test_beliefs_are_flagged_attributions(council: Fixture) -> None:
    _, qs = council
    q = _find(qs, "the plan will bring jobs")
    assert q.kind == "indirect"
    assert q.category == "belief" and q.is_attribution
    assert q.speaker is not None and q.speaker.mention == "Many residents"
    speech = _find(qs, "most important vote")
    assert speech.category == "speech" and not speech.is_attribution


def test_scare_quotes_titles_and_nicknames_are_not_quotes(council: Fixture) -> None:
    text, qs = council
    for fragment in ("Harbour Herald", "Dredge Ahead", "the Elbow"):
        assert not any(fragment in q.text for q in qs), fragment
    assert "Harbour Herald" in text


def test_typography(typography: Fixture) -> None:
    _, qs = typography
    q = _find(qs, "We are not going to back down")  # ``...'' style
    assert q.kind == "direct" and q.speaker is not None
    assert q.speaker.mention == "Sen. John Avery" and q.speaker.name == "John Avery"
    q = _find(qs, "hold the line")  # single quotes inside double, colon-less intro "said,"
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Ruth Blake"
    assert q.text.startswith('"The troops are ready.')
    # a stray inch mark before the quote does not lose it
    q = _find(qs, "It flooded the whole basement")
    assert q.kind == "direct" and q.speaker is not None
    assert "spokeswoman" in q.speaker.mention
    q = _find(qs, "dead on arrival")
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.name == "John Avery"


def test_sources_table(council: Fixture) -> None:
    _, qs = council
    rows = {s.name: s for s in sources(qs)}
    grant = rows["Alice Grant"]
    assert grant.quotes == 3 and grant.direct == 2 and grant.indirect == 1
    assert "Grant" in grant.aliases and "Mayor Alice Grant" in grant.aliases
    assert grant.words > 15 and not grant.anonymous
    reyes = rows["Tom Reyes"]
    assert reyes.direct == 2 and reyes.mixed == 1 and "He" in reyes.aliases
    assert rows["officials"].anonymous
    for row in rows.values():
        assert row.quotes == row.direct + row.mixed + row.indirect == len(row.mentions)


def test_report_carries_quotes_and_sources() -> None:
    text = _load("quotes_council.txt")
    report = newsmetrics.analyze(text)
    assert report.quotes == quotes(text)
    # analyze() adds the sentiment toward each source; the rest is sources()'
    assert tuple(dataclasses.replace(s, sentiment=None) for s in report.sources) == sources(report.quotes)
    data = json.loads(report.to_json())
    first_direct = next(q for q in data["quotes"] if q["kind"] == "direct")
    assert first_direct["speaker"]["name"] == "Alice Grant"
    assert data["sources"][0]["name"]


def test_json_round_trip(council: Fixture) -> None:
    _, qs = council
    for q in qs:
        assert json.loads(q.to_json()) == q.to_dict()


def test_empty_and_wrong_input() -> None:
    with pytest.raises(EmptyTextError):
        quotes("   \n")
    with pytest.raises(NotTextError):
        quotes(b"bytes")  # type: ignore[arg-type]


def test_no_marks_no_cues() -> None:
    assert quotes("The bridge opened in 1932. It is long.") == ()


@pytest.mark.parametrize(
    "bad",
    ['"' * 1_000_000, "\u201c\u201d" * 500_000, 'He said "no ' * 80_000, "``x''\n\n" * 150_000],
)
def test_megabyte_of_quote_marks_is_linear(bad: str) -> None:
    t0 = time.perf_counter()
    qs = quotes(bad)
    assert time.perf_counter() - t0 < 20.0
    _check_offsets(bad, qs)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab said He "\u201c\u201d\'`,.:\n')), min_size=1, max_size=300))
def test_never_crashes_and_spans_in_bounds(text: str) -> None:
    if not text.strip():
        return
    qs = quotes(text)
    _check_offsets(text, qs)
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not available here")
def test_seed_article_reported_speech() -> None:
    text = SEED.read_text(encoding="utf-8")
    qs = quotes(text)
    _check_offsets(text, qs)
    by_mention = {q.speaker.mention.lower(): q for q in qs if q.speaker is not None}
    official = by_mention["official sources"]
    assert official.kind == "indirect" and official.speaker is not None
    assert official.speaker.anonymous and official.cue is not None and official.cue.text == "said"
    assert "ministers" in by_mention["the ministers"].speaker.mention  # type: ignore[union-attr]
    assert by_mention["the ministers"].cue.text == "agreed"  # type: ignore[union-attr]
    # "X lauded A and said B": two attributions, both Shoigu's (PolNeAR's convention)
    shoigu = [q for q in qs if q.speaker is not None and q.speaker.mention == "Shoigu"]
    assert [q.cue.text for q in shoigu if q.cue is not None] == ["lauded", "said"]
    assert shoigu[0].text.startswith("Pakistan") and shoigu[1].text.startswith("Russia acknowledged")


# ---- patterns learned from the PolNeAR conventions (sentences written for these tests)


def _one(text: str, fragment: str) -> Quote:
    qs = quotes(text)
    _check_offsets(text, qs)
    return _find(qs, fragment)


def test_coordinated_second_speaker_ends_the_clause() -> None:
    text = "Most farmers said the levy was unfair, and two in three said the council should drop it."
    qs = quotes(text)
    assert [q.text for q in qs] == ["the levy was unfair", "the council should drop it"]
    assert [q.speaker.mention for q in qs if q.speaker] == ["Most farmers", "two in three"]


def test_coordinated_second_cue_of_the_same_speaker() -> None:
    text = "The mayor praised the volunteers and said the bridge would reopen in May."
    qs = quotes(text, min_confidence=0.0)
    assert [(q.cue.text if q.cue else None, q.text) for q in qs] == [
        ("praised", "the volunteers"),
        ("said", "the bridge would reopen in May"),
    ]
    assert all(q.speaker is not None and q.speaker.mention == "The mayor" for q in qs)


def test_no_attribution_nests_in_another() -> None:
    qs = quotes("Ms. Okafor said she wanted a second vote before the summer recess.", min_confidence=0.0)
    assert len(qs) == 1 and qs[0].cue is not None and qs[0].cue.text == "said"


def test_learned_boundaries_cut_the_clause() -> None:
    q = _one("The ministry said the plant would close, according to a memo seen by reporters.", "plant")
    assert q.text == "the plant would close"
    q = _one("Grant said the budget was balanced, which critics disputed.", "budget")
    assert q.text == "the budget was balanced"


def test_clause_cuts_skip_quotation_marks() -> None:
    q = _one('Lee said the plan was "late, but workable" for the town.', "plan")
    assert q.kind == "mixed" and q.text == 'the plan was "late, but workable" for the town'


def test_participle_cue_takes_the_clause_subject() -> None:
    text = 'On Monday, Gov. Ana Ruiz signed the bill, saying, "This is a good day for the valley."'
    q = _one(text, "good day")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.mention == "Gov. Ana Ruiz"
    q = _one('She released a statement saying, "We are proud of the team."', "proud")
    assert q.speaker is not None and q.speaker.mention == "She"


def test_raising_verbs_are_sourceless_attributions_in_two_parts() -> None:
    qs = quotes("The new levy seems to worry the smaller farms.")
    assert [(q.text, q.speaker) for q in qs] == [("The new levy", None), ("to worry the smaller farms", None)]
    assert all(q.category == "belief" for q in qs)
    qs = quotes("The council is expected to approve the budget on Friday.")
    assert [q.text for q in qs] == ["The council", "to approve the budget on Friday"]


def test_interjected_cue_gives_both_parts() -> None:
    qs = quotes("In the spring, the engineer said, the river rose faster than anyone expected.")
    assert [q.text for q in qs] == ["In the spring", "the river rose faster than anyone expected"]
    assert all(q.speaker is not None and q.speaker.mention == "the engineer" for q in qs)


def test_final_cue_after_a_closing_mark() -> None:
    q = _one('The two leaders "really got along," said Tom Baird, a former aide.', "leaders")
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.mention == "Tom Baird"


def test_label_and_colon_paragraph() -> None:
    qs = quotes("Survey: Voters back the new stadium by a wide margin.\n\nThe vote is in May.")
    assert qs[0].text == "Voters back the new stadium by a wide margin"
    assert qs[0].speaker is not None and qs[0].speaker.mention == "Survey"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"We will look at it," Rep. Dana Holt (R-Ohio), a panel member, said.', "Rep. Dana Holt"),
        ('"It is over," Senate leader Sam Pike, R-Ky., said Tuesday.', "Senate leader Sam Pike"),
        ('"No," Sen. Joan Wills (D-Mo.) said.', "Sen. Joan Wills"),
        (
            '"It will pass," Omar Reyes, a senior fellow at the Lakeside Institute and a former '
            'ambassador to Chile, said.',
            "Omar Reyes",
        ),
        ('"Ask them," Mr. Hale, Mr. Obama\'s deputy adviser, said Sunday.', "Mr. Hale"),
        ('"Find the emails." Jones said.', "Jones"),
        ('"You are a loser!" the note says.', "the note"),
    ],
)
def test_direct_speaker_after_the_quote(text: str, mention: str) -> None:
    q = _one(text, text[1:3])
    assert q.kind == "direct" and q.speaker is not None and q.speaker.mention == mention


def test_time_words_are_not_speakers() -> None:
    q = _one("In a letter, the Ohio Republican on Tuesday dismissed the new rules on farm loans.", "rules")
    assert q.speaker is not None and q.speaker.mention == "the Ohio Republican"


# --- the bundled sample article (what `python -m newsmetrics demo` shows) ---

SAMPLE = Path(newsmetrics.__file__).parent / "data" / "sample_article.txt"


@pytest.fixture(scope="module")
def sample() -> Fixture:
    text = SAMPLE.read_text(encoding="utf-8")
    return text, quotes(text)


@pytest.fixture(scope="module")
def sample_all() -> Fixture:
    """Every attribution the rules find, before the confidence threshold."""
    text = SAMPLE.read_text(encoding="utf-8")
    return text, quotes(text, min_confidence=0.0)


def test_sample_offsets(sample: Fixture) -> None:
    _check_offsets(*sample)


@pytest.mark.parametrize(
    ("fragment", "kind", "mention", "name", "attribution"),
    [
        ("a concrete answer", "mixed", "Councillor Dev Sharma", "Dev Sharma", False),
        # an age and a description with its own relative clause between subject and cue
        ("she was relieved", "indirect", "Sarah Quinn", "Sarah Quinn", False),
        ("she would not feel safe", "indirect", "She", "Sarah Quinn", False),
        # an anonymous subject whose relative clause states its terms
        ("construction could begin", "indirect", "A city official", "city official", False),
        # a bracketed "(ret.)" and a relative clause after a title and name
        ("engineers had offered to help", "indirect", "Gen. Paul Ruiz", "Paul Ruiz", False),
        # a definite description takes the name of the earlier full noun phrase
        ("cost of doing nothing", "mixed", "The agency", "regional environment agency", False),
        ("higher walls can give", "indirect", "Dr. Amara Obi", "Amara Obi", False),
    ],
)
def test_sample_article_golden(
    sample: Fixture, fragment: str, kind: str, mention: str, name: str, attribution: bool
) -> None:
    q = _find(sample[1], fragment)
    assert q.kind == kind
    assert q.speaker is not None
    assert (q.speaker.mention, q.speaker.name) == (mention, name)
    assert q.is_attribution is attribution


@pytest.mark.parametrize(
    ("fragment", "kind", "mention", "name"),
    [
        # a vote is an attribution (PolNeAR), credited to the council, not the place
        ("to spend $48.5m", "indirect", "The city council of Porthaven", "city council"),
        # a relative clause between subject and cue; "who" resolves to its antecedent
        ("against the plan", "indirect", "who", "Dev Sharma"),
    ],
)
def test_sample_votes_are_low_confidence_attributions(
    sample: Fixture, sample_all: Fixture, fragment: str, kind: str, mention: str, name: str
) -> None:
    # found by the rules and credited right, but a vote is seldom a quote:
    # below the default threshold, so only min_confidence=0.0 returns it
    q = _find(sample_all[1], fragment)
    assert (q.kind, q.is_attribution) == (kind, True)
    assert q.speaker is not None and (q.speaker.mention, q.speaker.name) == (mention, name)
    assert q.confidence < MIN_CONFIDENCE
    assert all(fragment not in d.text for d in sample[1])


def test_sample_sources_are_what_an_editor_expects(sample: Fixture) -> None:
    rows = {s.name: s for s in sources(sample[1])}
    assert set(rows) == {
        "Helen Achebe",
        "Dev Sharma",
        "regional environment agency",
        "Sarah Quinn",
        "city official",
        "Paul Ruiz",
        "Amara Obi",
        # "Engineers at the U.S. firm Coastline Partners Inc. estimate that ...":
        # an attribution whose subject is the clause's (found since the
        # clause-subject fallback)
        "Engineers",
    }
    assert rows["Engineers"].indirect == 1
    assert rows["city official"].anonymous
    assert not rows["Sarah Quinn"].anonymous
    assert rows["regional environment agency"].quotes == 2
    assert "The agency" in rows["regional environment agency"].aliases


def test_sample_no_overlapping_attributions(sample: Fixture) -> None:
    qs = sample[1]
    for a, b in itertools.pairwise(qs):
        assert a.end <= b.start, (a.text, b.text)


@pytest.mark.parametrize(
    ("text", "fragment", "mention", "name", "anonymous"),
    [
        ("Hugh Hill, a doctor, who works at the clinic, said the ward was full.", "ward was full", "Hugh Hill", "Hugh Hill", False),
        ("Jim Bennett, 57, a welder, said the plant would close.", "plant would close", "Jim Bennett", "Jim Bennett", False),
        ("A police officer, 31, said the road was shut.", "road was shut", "A police officer", "police officer", False),
        (
            "A spokesperson, who spoke on condition of anonymity, said the talks had stalled.",
            "talks had stalled",
            "A spokesperson",
            "spokesperson",
            True,
        ),
        (
            "Ana Lima, whose shop burned down last year, said the insurers had paid.",
            "insurers had paid",
            "Ana Lima",
            "Ana Lima",
            False,
        ),
    ],
)
def test_appositives_and_relative_clauses_before_the_cue(
    text: str, fragment: str, mention: str, name: str, anonymous: bool
) -> None:
    qs = quotes(text)
    q = _find(qs, fragment)
    assert q.speaker is not None
    assert (q.speaker.mention, q.speaker.name, q.speaker.anonymous) == (mention, name, anonymous)
    assert not any("condition of anonymity" in x.text for x in qs)


def test_surname_resolves_to_a_full_name_met_earlier_in_the_text() -> None:
    text = "Sergei Shoigu visited the base on Monday. Shoigu said the drills would go on."
    q = _find(quotes(text), "drills would go on")
    assert q.speaker is not None
    assert (q.speaker.mention, q.speaker.name) == ("Shoigu", "Sergei Shoigu")


def test_definite_description_is_an_alias() -> None:
    text = (
        "According to the state water board, reservoirs are at 40 percent. "
        "The board said in a statement that rationing was not needed."
    )
    rows = sources(quotes(text))
    assert [r.name for r in rows] == ["state water board"]
    assert rows[0].quotes == 2


def test_pronoun_resolves_to_a_person_named_before_who_is_not_a_speaker() -> None:
    text = (
        "When Robby Mook, the campaign manager, was asked about a press conference, "
        'he laughed and said, "We will see."'
    )
    q = _find(quotes(text), "We will see")
    assert q.speaker is not None
    assert (q.speaker.mention, q.speaker.name) == ("he", "Robby Mook")


def test_colon_label_with_a_party_tag() -> None:
    q = _find(quotes('Rep. Dana Holt (R-Ohio): "I have not seen that figure anywhere."'), "that figure")
    assert q.speaker is not None and q.speaker.name == "Dana Holt"


def test_participle_after_a_final_cue_takes_its_speaker() -> None:
    text = 'The two mayors will talk again on Friday, Okafor said, adding, "They must settle this."'
    q = _find(quotes(text), "settle this")
    assert q.speaker is not None and q.speaker.mention == "Okafor"


def test_time_opener_with_ago() -> None:
    text = 'Eight years ago, Ms. Lane backed the levy and said, "It saved the harbour."'
    q = _find(quotes(text), "saved the harbour")
    assert q.speaker is not None and q.speaker.name == "Lane"


@pytest.mark.parametrize(
    ("text", "content", "mention", "attribution"),
    [
        ("Voters cheered his criticism of the new toll road.", "the new toll road", "his", True),
        # a call is made in words: speech
        ("Grant's call for a second vote angered the council.", "a second vote", "Grant", False),
        ("Residents heard her plan to close the pier for a year.", "close the pier for a year", "her", True),
    ],
)
def test_possessed_noun_cues(text: str, content: str, mention: str, attribution: bool) -> None:
    q = _find(quotes(text, min_confidence=0.0), content)
    assert q.text == content
    assert q.is_attribution is attribution
    assert q.speaker is not None and q.speaker.mention == mention


def test_short_fragment_inside_a_clause_is_not_a_direct_quote() -> None:
    qs = quotes('The mayor said the council was showing "respect" to the fishermen.')
    assert [q.kind for q in qs] == ["mixed"]
    assert qs[0].text == 'the council was showing "respect" to the fishermen'


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # a description, then a relative clause, between the name and the cue
        (
            "Hana Cole, a former director of the Harbour Trust, whose family has fished here "
            "for a century, said the wall came too late.",
            "the wall came too late",
            "Hana Cole",
        ),
        # a relative clause without commas after an unnamed source
        (
            "A council official who spoke anonymously to discuss the budget said Wednesday "
            "that the wall would cost more.",
            "the wall would cost more",
            "A council official",
        ),
        # an infinitive cue takes the clause subject
        ("He went on to say the tender had been rigged.", "the tender had been rigged", "He"),
        # a participle after an interjected cue takes its speaker
        (
            '"Nobody reacted to the danger," she said, referring to the warnings of 2019.',
            "the warnings of 2019",
            "she",
        ),
        # an opening participle phrase is not the subject
        ("Reached by phone, Ms. Lane said the pier would reopen.", "the pier would reopen", "Ms. Lane"),
    ],
)
def test_subjects_behind_long_openers_and_relative_clauses(text: str, fragment: str, mention: str) -> None:
    q = _find(quotes(text), fragment)
    assert q.speaker is not None and q.speaker.mention == mention


def test_relative_clause_source_is_anonymous() -> None:
    text = "A council official who spoke anonymously to discuss the budget said the wall would cost more."
    q = _find(quotes(text), "the wall would cost more")
    assert q.speaker is not None and q.speaker.anonymous


def test_asked_gives_the_question_with_its_asker() -> None:
    qs = quotes("Asked about the wall, Ms. Lane said it was too late. Asked by reporters whether he would resign, Grant said nothing.")
    q = _find(qs, "the wall")
    assert q.text == "the wall" and q.speaker is None
    q = _find(qs, "whether he would resign")
    assert q.speaker is not None and q.speaker.mention == "reporters"
    assert _find(qs, "it was too late").speaker is not None


def test_vote_tally_and_day_are_not_content(sample_all: Fixture) -> None:
    q = _find(sample_all[1], "to spend $48.5m")
    assert q.text.startswith("to spend") and q.cue is not None and q.cue.text == "voted"


def test_according_to_after_an_opener_credits_what_follows() -> None:
    text = "Since last November, according to the rights group, police have detained 400 people."
    q = _find(quotes(text), "police have detained")
    assert q.text == "police have detained 400 people"
    assert q.speaker is not None and q.speaker.mention == "the rights group"


def test_quotation_that_ends_a_that_clause_is_mixed() -> None:
    text = 'She wrote, arguing that if the wall was not built, "the old town will drown."'
    qs = quotes(text)
    assert [q.kind for q in qs] == ["mixed"]
    assert qs[0].text.startswith("if the wall") or qs[0].text.startswith("that if the wall")


def test_relative_clause_does_not_take_over_the_next_paragraph() -> None:
    text = (
        '"It was a hard winter," said Jo Marsh, who thinks often about the storm.\n\n'
        '"We lost three boats in a week."'
    )
    q = _find(quotes(text), "three boats")
    assert q.speaker is not None and q.speaker.name == "Jo Marsh"


def test_raising_verb_with_a_predicate() -> None:
    qs = quotes("At the rally, the mayor seemed tired of the questions about the wall.")
    assert [(q.text, q.speaker) for q in qs] == [("the mayor", None), ("tired of the questions about the wall", None)]


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Another harbour official speaking to the Herald said the dredging would stop.", "dredging would stop", "Another harbour official"),
        ("The mayor, speaking to the Herald, said the dredging would stop.", "dredging would stop", "The mayor"),
        (
            "Asked on Monday whether Mr. Grant would resign, Ms. Lane shook her head and said the council would decide.",
            "the council would decide",
            "Ms. Lane",
        ),
    ],
)
def test_subject_past_speaking_to_and_abbreviated_openers(text: str, fragment: str, mention: str) -> None:
    q = _find(quotes(text), fragment)
    assert q.speaker is not None and q.speaker.mention == mention


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="said told according to argued warns Sen. \"',-\u2014\u00e9_9\n", max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_fast_cue_scan_finds_what_the_cue_regex_finds(text: str, lo: int, hi: int) -> None:
    # the prefixed scan is a speed device: it must find exactly the cue regex's matches
    from newsmetrics._attribution import _scan_cues
    from newsmetrics._quotelex import lexicon

    lex = lexicon()
    low = text.lower()
    lo, hi = min(lo, len(low)), min(max(lo, hi), len(low))
    expected = [m.span() for m in lex.cue_re.finditer(low, lo, hi)]
    assert _scan_cues(low, lo, hi, lex.cue_re, lex.cue_scan_re) == expected


def test_cue_at_the_very_start_of_the_text() -> None:
    qs = quotes("According to police, the road was closed for hours after the storm.")
    assert [(q.kind, q.text, q.speaker.mention if q.speaker else None) for q in qs] == [
        ("indirect", "the road was closed for hours after the storm", "police")
    ]


# Editor-view regressions: a speaker mention is a noun phrase, "which" never
# names a person, and a truncated description is read whole.
_VISIT = (
    "OSLO, March 4 (Reuters) - Finnish Trade Minister Aino Virtanen arrived on a two-day visit to Norway "
    "on Monday which is intended to widen fishing cooperation with the Norwegian government.\n\n"
    "During her stay in Oslo, the Finnish trade minister would meet Prime Minister Lund at his office "
    "and discuss questions of quota sharing between Finland and Norway.\n\n"
    "Aino Virtanen and her Norwegian counterpart Per Dahl held formal talks at the trade ministry "
    "in Bergen.\n\n"
    "Officials said that during the talks Norway briefed the Finnish trade minister on the state of "
    "its northern fleet.\n\n"
    "Both the ministers agreed that the fishing accord between the two countries should be widened.\n\n"
    "Virtanen praised Norway's work on cleaner fleets and said Finland valued the effort made by "
    "Norwegian crews."
)


def test_editor_view_of_a_wire_visit_story() -> None:
    qs = quotes(_VISIT)
    rows = {s.name: (s.quotes, s.anonymous) for s in sources(qs)}
    assert rows == {
        "Aino Virtanen": (3, False),  # "the Finnish trade minister ... discuss", praised, said
        "officials": (1, True),
        "ministers": (1, False),
    }
    # no clause taken as a speaker, no place as the source of "which"
    for q in qs:
        if q.speaker is not None:
            assert " held " not in q.speaker.mention and q.speaker.name not in ("Norway", "Finnish")


def test_which_after_a_time_phrase_has_no_speaker() -> None:
    q = _find(quotes(_VISIT), "widen fishing cooperation")
    assert q.speaker is None and q.category != "speech"


def test_truncated_description_is_read_whole_and_tied_to_its_titled_name() -> None:
    q = _find(quotes(_VISIT), "questions of quota sharing")
    assert q.speaker is not None
    assert (q.speaker.mention, q.speaker.name, q.speaker.type) == (
        "the Finnish trade minister", "Aino Virtanen", "person"
    )


def test_noun_cue_after_a_clause_is_an_event_not_speech() -> None:
    qs = quotes("Mayor Ann Cole and her deputy Tom Reyes held formal talks at city hall on Friday.")
    assert [q for q in qs if q.speaker is not None] == []


@pytest.mark.parametrize(
    ("text", "fragment", "mention", "name"),
    [
        # an organisation right before "which" is its source
        (
            "The report was first published by the regional water agency, which said the river was safe.",
            "the river was safe",
            "which",
            "regional water agency",
        ),
        # "which" after a person met before is no source
        (
            "Jane Roe met Tom Reyes, which pleased the council. Reyes said the plan would pass.",
            "the plan would pass",
            "Reyes",
            "Tom Reyes",
        ),
        # a subject, a verb and "the following statement:" before a quote
        (
            'Sen. Jane Roe made the following statement:\n\n"We will not back down on the budget."',
            "We will not back down",
            "Sen. Jane Roe",
            "Jane Roe",
        ),
    ],
)
def test_which_and_colon_speakers(text: str, fragment: str, mention: str, name: str) -> None:
    q = _find(quotes(text), fragment)
    assert q.speaker is not None and (q.speaker.mention, q.speaker.name) == (mention, name)


def test_adjective_before_a_noun_cue_is_no_speaker() -> None:
    # "sharp criticism": the attribution stays, with no named source
    text = "For her part, the minister has faced sharp criticism for failing to act on the floods."
    q = _find(quotes(text), "failing to act")
    assert q.speaker is None
    assert [q.speaker for q in quotes("Engineers raised formal objections to the dam plan.") if q.speaker] == []


@pytest.mark.parametrize(
    "unit",
    [
        "according to ",
        "ACCORDING TO ",
        "WASHINGTON said ",
        "said that ",
        # one long sentence of quotes and participles: the mark holding a cut
        # was searched by a scan over every mark of the sentence
        '"a," he said of it, adding ',
        # second cues and relative clauses: the later cues were scanned from
        # the sentence start, and the rest of the sentence copied, once per cue
        "Ann said A, at noon she said B, ",
        "X, who voted for Y, said ",
        "Grant has won the support of farmers, ",
    ],
)
def test_repeated_cues_stay_linear(unit: str) -> None:
    # Regression: a case-insensitive dateline pattern and an unbounded look-back
    # before "according to" made one long sentence of cues quadratic (minutes for 1 MB).
    import time

    small, big = unit * 2_000, unit * 16_000
    t0 = time.perf_counter()
    quotes(small)
    t1 = time.perf_counter()
    quotes(big)
    t2 = time.perf_counter()
    assert t2 - t1 < max(2.0, 20 * (t1 - t0))


def test_quote_after_reported_speech_takes_its_speaker() -> None:
    # the attribution before is reported speech with a quoted fragment, not a direct quote
    text = (
        "HARBORTON, Ore. - The new levy is \"a tax on every family in the valley,\" said Marta Velde, "
        "who chairs the county board. \"We will fight it until the last vote is counted.\"\n\n"
        "The mill reopened on Monday."
    )
    qs = quotes(text)
    _check_offsets(text, qs)
    follow = next(q for q in qs if "We will fight" in q.text)
    assert follow.kind == "direct"
    assert follow.speaker is not None and follow.speaker.name == "Marta Velde"


def test_accented_names_are_whole_speakers() -> None:
    text = "\"The river has never been this low,\" said State Senator José Rodríguez, who farms near the dam."
    qs = quotes(text)
    _check_offsets(text, qs)
    assert len(qs) == 1
    assert qs[0].speaker is not None
    assert qs[0].speaker.mention == "State Senator José Rodríguez"
    assert qs[0].speaker.name == "José Rodríguez"


@pytest.mark.parametrize(
    "text",
    [
        'The ferry service ended on Friday.\n\nAlma Brandt, the port director, said in a statement: '
        '"We did everything we could to keep the boats running."',
        "The ferry service ended on Friday.\n\nAlma Brandt said on Friday in a statement:\n\n"
        '"We did everything we could to keep the boats running."',
    ],
)
def test_verb_before_in_a_statement_gives_the_speaker(text: str) -> None:
    qs = quotes(text)
    _check_offsets(text, qs)
    q = _find(qs, "keep the boats")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Alma Brandt"


@pytest.mark.parametrize(
    ("text", "fragment", "kind"),
    [
        ("The count went on.\n\nMayor Ida Holm is telling supporters that the result is \"a clear mandate.\"",
         "a clear mandate", "mixed"),
        ("The count went on.\n\nMayor Ida Holm is saying that the harbour will reopen in May.",
         "harbour will reopen", "indirect"),
    ],
)
def test_progressive_cue_is_not_a_passive(text: str, fragment: str, kind: str) -> None:
    # "is telling" is speech in progress, not a passive like "is told"
    qs = quotes(text)
    _check_offsets(text, qs)
    q = _find(qs, fragment)
    assert q.kind == kind
    assert q.speaker is not None and q.speaker.name == "Ida Holm"


def test_passive_told_still_has_no_speaker() -> None:
    qs = quotes("The crew is told that the harbour will reopen in May.")
    assert all(q.speaker is None or q.speaker.mention != "The crew" for q in qs)


_VOTE = "The vote was close.\n\n"


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # a state after the place belongs to the appositive, not a segment of its own
        (_VOTE + 'Lorna Pike, a clerk from Dayton, Ohio, said in an interview, "We counted every ballot twice '
         'before we sent the totals in."', "counted every ballot", "Lorna Pike"),
        (_VOTE + '"We counted every ballot twice before we sent the totals in," Lorna Pike, 61, a retired '
         'clerk in Scranton, Pa., said on Monday.', "counted every ballot", "Lorna Pike"),
        (_VOTE + '"We counted every ballot twice before we sent the totals in," Lorna Pike, a clerk from '
         'Sumter, South Carolina, says.', "counted every ballot", "Lorna Pike"),
        # Jr. before the appositive
        (_VOTE + '"We will not wait for the storm to arrive before we move people out," Paul R. Hayes Jr., '
         "the director of the county weather office, said.", "move people out", "Paul R. Hayes"),
        # "editor of The Ledger, a weekly paper": the name before both appositives
        (_VOTE + "Sam Cole, editor at large of The Ledger, a weekly paper serving farmers, wrote, "
         '"It is a war and we should think of it that way from now on."', "It is a war", "Sam Cole"),
    ],
)
def test_long_appositives_keep_the_name(text: str, fragment: str, name: str) -> None:
    q = _one(text, fragment)
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == name


def test_name_after_a_title_of_an_organisation() -> None:
    # "the director of the Weather Service, Paul Hayes, said": the name ends the mention
    q = _one(_VOTE + '"We will not wait for the storm to arrive before we move people out," the director '
             "of the Weather Service, Paul Hayes, said.", "move people out")
    assert q.speaker is not None and q.speaker.mention.endswith("Paul Hayes")


def test_state_after_a_place_in_a_clause_is_no_subject() -> None:
    # "about the flood in Dayton, Ohio, arguing": the senator argues, not Dayton
    q = _one('The senator spoke on Tuesday about the flood in Dayton, Ohio, arguing that the levees '
             '"failed the city."', "failed the city")
    assert q.kind == "mixed"
    assert q.text.startswith("that the levees")  # not run together with "about the flood ..."
    assert q.speaker is not None and q.speaker.mention == "The senator"



def test_participle_cue_after_a_comma_ends_the_content() -> None:
    # ", calling ...", ", accusing ...": a second attribution of the same speaker
    qs = quotes("Ruiz said the levy was fair to every farm in the valley, dismissing the audit as a stunt.")
    assert [(q.cue.text if q.cue else None, q.text) for q in qs] == [
        ("said", "the levy was fair to every farm in the valley"),
        ("dismissing", "the audit as a stunt"),
    ]
    assert all(q.speaker is not None and q.speaker.mention == "Ruiz" for q in qs)
    # a participle that is no cue does not cut: "..., leaving the pier closed"
    q = _one("Grant said the storm hit the harbour at dawn, leaving the pier closed.", "storm")
    assert q.text == "the storm hit the harbour at dawn, leaving the pier closed"


def test_clause_subject_after_a_bare_conjunction_or_an_opening_phrase() -> None:
    q = _one("But she is right to note that the budget has no room for a second bridge.", "budget")
    assert q.speaker is not None and q.speaker.mention == "she"
    text = "Inside the packed school gym, Ruiz praised the volunteers and argued that the town had done enough."
    q = _one(text, "done enough")
    assert q.speaker is not None and q.speaker.mention == "Ruiz"
    text = "Despite the rain on Sunday, Mayor Alice Grant waved at the crowd, saying the pier would reopen."
    q = _one(text, "pier")
    assert q.speaker is not None and q.speaker.name == "Alice Grant"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"Go back to your seat," Grant barked as an usher led the heckler out.', "Grant"),
        ('"We are not done yet," Mayor Alice Grant went on, looking at the council.', "Mayor Alice Grant"),
        ('"Who pays for it?" she shot back.', "she"),
    ],
)
def test_quote_ending_in_a_comma_takes_the_subject_after_it(text: str, mention: str) -> None:
    # the verb after the quote is in no lexicon, but a quote that ends in a comma
    # (or a question mark) goes on with its attribution
    q = _one(text, '"')
    assert q.kind == "direct" and q.speaker is not None and q.speaker.mention == mention


def test_comma_before_a_closing_mark_ends_the_mixed_clause() -> None:
    # American punctuation puts the comma inside the marks: the clause ends there
    text = 'The mayor called the audit "a partisan stunt," a swipe at the council that ordered it.'
    q = _one(text, "audit")
    assert q.kind == "mixed" and q.text == 'the audit "a partisan stunt,"'
    text = 'Grant said the levy was "fair to every farm," although she supports a review next year.'
    q = _one(text, "levy")
    assert q.text == 'the levy was "fair to every farm,"'
    # ...unless "and", "because" or "where" goes on with the same clause
    text = 'The union called the ruling a "rush to judgment," because the appeal is still pending.'
    q = _one(text, "ruling")
    assert q.text == 'the ruling a "rush to judgment," because the appeal is still pending'
    text = 'Grant said the levy was "fair to every farm," and the council would not change it.'
    q = _one(text, "levy")
    assert q.text == 'the levy was "fair to every farm," and the council would not change it'


def test_participle_after_a_closing_mark_takes_the_clause_subject() -> None:
    text = 'Mayor Alice Grant called the audit a "ridiculous exercise," adding that the council would ignore it.'
    q = _one(text, "ignore it")
    assert q.cue is not None and q.cue.text == "adding"
    assert q.text == "that the council would ignore it"
    assert q.speaker is not None and q.speaker.name == "Alice Grant"


def test_second_speaker_after_an_opening_phrase_ends_the_first_content() -> None:
    text = "In May she said the pier was safe, at the council meeting this week she said it should close."
    qs = quotes(text)
    _check_offsets(text, qs)
    assert [q.text for q in qs] == ["the pier was safe", "it should close"]


def test_cues_learned_as_unreliable_open_no_reported_speech() -> None:
    from newsmetrics._quotelex import lexicon

    # learned on the training split: "plans" and "support" are rarely attributions
    assert {"plans", "support"} <= lexicon().report_drop
    assert quotes("Grant plans to close the pier in May, after the fishing season.") == ()
    q = _one("Mayor Grant said the pier would close in May.", "pier")
    assert q.cue is not None and q.cue.text == "said"


def test_relative_clause_after_an_inverted_final_cue_is_not_content() -> None:
    text = "The harbour will be dredged next spring, said Ana Ruiz, who chairs the port board."
    qs = quotes(text)
    _check_offsets(text, qs)
    assert [q.text for q in qs] == ["The harbour will be dredged next spring"]
    assert qs[0].speaker is not None and qs[0].speaker.mention == "Ana Ruiz"
    # an interjected cue still gives both parts
    qs = quotes("In the spring, the engineer said, the river rose faster than anyone expected.")
    assert len(qs) == 2


def test_short_fronted_part_of_an_interjected_cue() -> None:
    # "The levy, Grant said, ...": a fronted part shorter than a clause is still content
    text = 'The levy, Grant said, has become "a tax on every family."'
    qs = quotes(text)
    _check_offsets(text, qs)
    assert [q.text for q in qs] == ["The levy", 'has become "a tax on every family."']
    assert all(q.speaker is not None and q.speaker.mention == "Grant" for q in qs)


def test_expletive_it_before_seem_is_no_source() -> None:
    qs = quotes("It seems unfair to ask the smaller farms to pay twice.")
    assert [(q.text, q.speaker) for q in qs] == [("unfair to ask the smaller farms to pay twice", None)]
    qs = quotes("It appeared that the council had already made up its mind.")
    assert [(q.text, q.speaker) for q in qs] == [("that the council had already made up its mind", None)]


def test_participle_after_said_of_takes_that_speaker() -> None:
    text = '"They will use any boat they can find," Grant said of the smugglers, mocking the new patrol plan.'
    q = _one(text, "patrol plan")
    assert q.cue is not None and q.cue.text == "mocking"
    assert q.speaker is not None and q.speaker.mention == "Grant"


def test_made_clear_takes_the_subject_of_made() -> None:
    q = _one("Mayor Alice Grant made it clear on Tuesday that the pier would not reopen.", "pier")
    assert q.speaker is not None and q.speaker.name == "Alice Grant"
    assert q.text.endswith("that the pier would not reopen")


def test_relative_clause_in_the_subject_ends_at_the_main_verb() -> None:
    text = "Parker Eaton, a retired farmer who voted for Ann Roe and Bill Baird, said that the levy was unfair."
    qs = quotes(text, min_confidence=0.0)
    _check_offsets(text, qs)
    assert [(q.cue.text if q.cue else None, q.text) for q in qs] == [
        ("voted", "for Ann Roe and Bill Baird"),
        ("said", "that the levy was unfair"),
    ]
    assert qs[1].speaker is not None and qs[1].speaker.name == "Parker Eaton"


def test_adverb_before_a_verb_cue_is_not_the_cue() -> None:
    q = _one("Grant has repeatedly criticized the harbour plan as too costly.", "harbour")
    assert q.cue is not None and q.cue.text == "criticized"
    assert q.text == "the harbour plan as too costly"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The mayor says no matter what happens to the levy, "the harbour will be dredged."',
            'no matter what happens to the levy, "the harbour will be dredged."',
        ),
        (
            'She also said the storm was not mainly the fault of the council, "not by a long shot."',
            'the storm was not mainly the fault of the council, "not by a long shot."',
        ),
    ],
)
def test_quotation_ending_a_reported_clause_is_mixed(text: str, content: str) -> None:
    qs = quotes(text)
    _check_offsets(text, qs)
    assert [(q.kind, q.text) for q in qs] == [("mixed", content)]


def test_quotation_after_a_cue_and_an_adverbial_stays_direct() -> None:
    q = _one('The mayor said on Tuesday, "the harbour will be dredged."', "harbour")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.mention == "The mayor"


def test_fronted_mixed_part_before_an_interjected_speaker() -> None:
    text = 'The new levy means the council "has run out of ideas," she says, "and the farms will pay for it."'
    qs = quotes(text)
    _check_offsets(text, qs)
    assert [(q.kind, q.text) for q in qs] == [
        ("mixed", 'The new levy means the council "has run out of ideas,"'),
        ("direct", '"and the farms will pay for it."'),
    ]
    assert all(q.speaker is not None and q.speaker.mention == "she" for q in qs)


def test_coordinated_that_clauses_stay_one_content() -> None:
    text = "Grant said the staff had made a mistake, but that the audit went too far."
    q = _one(text, "staff")
    assert q.text == "the staff had made a mistake, but that the audit went too far"
    # a plain ", but" still ends the content
    q = _one("Grant said the staff had made a mistake, but the council disagreed.", "staff")
    assert q.text == "the staff had made a mistake"


def test_passive_cue_gives_sourceless_parts_or_the_by_agent() -> None:
    qs = quotes("The new levy was described as a tax on every farm in the valley.")
    assert [(q.text, q.speaker) for q in qs] == [
        ("The new levy", None),
        ("as a tax on every farm in the valley", None),
    ]
    qs = quotes("The dredging plan was criticized by the harbour board on Monday.")
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in qs] == [
        ("The dredging plan", "the harbour board")
    ]
    # the hearer of a question is no source and no content
    qs = quotes("Grant was asked whether the pier would reopen.")
    assert [(q.text, q.speaker) for q in qs] == [("whether the pier would reopen", None)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Many speakers at the service - including farmers, teachers and nurses - said the levy was unfair.",
            "Many speakers",
        ),
        (
            "Ruiz, a senator from the valley and self-described fiscal hawk, said the levy was unfair.",
            "Ruiz",
        ),
    ],
)
def test_cue_without_a_subject_next_to_it_takes_the_clause_subject(text: str, mention: str) -> None:
    q = _one(text, "levy")
    assert q.text == "the levy was unfair"
    assert q.speaker is not None and q.speaker.mention == mention


def test_received_support_credits_the_supporters() -> None:
    text = "But Grant has won overwhelming support from farmers who see her as the only candidate."
    qs = quotes(text)
    _check_offsets(text, qs)
    q = _find(qs, "Grant")
    assert q.text == "Grant"
    assert q.speaker is not None and q.speaker.mention.startswith("farmers")
    assert q.cue is not None and q.cue.text == "has won overwhelming support from"


def test_opening_poll_phrase_is_the_source_of_its_clause() -> None:
    text = "In a Harbour Herald poll last month, Grant led Ruiz by ten points among older voters."
    qs = quotes(text)
    _check_offsets(text, qs)
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in qs] == [
        ("Grant led Ruiz by ten points among older voters", "a Harbour Herald poll last month")
    ]
    # a poll named after the clause is no source (too often a place or a time)
    assert quotes("Grant leads Ruiz comfortably in the latest polls.") == ()


@pytest.mark.parametrize(
    "text",
    [
        'Sam Cole, the editor of the weekly paper, The Ledger, said "We will print every page of it."',
        'Sam Cole, the editor of the weekly paper, The Ledger, said: "We will print every page of it."',
    ],
)
def test_a_cued_quotation_is_kept_when_its_speaker_cannot_be_read(text: str) -> None:
    """Regression: no speaker found before 'said' silently dropped the whole quotation."""
    qs = quotes(text)
    _check_offsets(text, qs)
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith('"We will print') and direct[0].cue is not None
    assert direct[0].cue.text == "said"


def test_a_title_after_a_cue_is_still_not_a_quote() -> None:
    assert quotes('The film, titled "Arrogant," opened on Friday in Porthaven.') == ()


def test_a_cue_in_a_title_case_headline_is_read() -> None:
    # In a headline every word is capitalised: "Says" is the cue, not a name.
    text = "Harbour Board Says Ferry Fares Will Rise.\n\nThe board met on Monday and voted on the budget."
    q = _find(quotes(text), "Ferry Fares")
    assert (q.text, q.kind, q.cue and q.cue.text) == ("Ferry Fares Will Rise", "indirect", "Says")
    assert q.speaker is not None and q.speaker.mention == "Harbour Board"


def test_a_headline_name_that_is_also_a_cue_word_stays_a_name() -> None:
    # "Trump" is a cue word in lower case ("to trump"); the body writes it as a name.
    text = "Ella Trump Wins Rowing Final.\n\nThe crowd cheered as Ella Trump crossed the line first."
    assert all(q.cue is None or q.cue.text != "Trump" for q in quotes(text))


def test_capitalised_cue_words_outside_headlines_are_still_names() -> None:
    text = "The lawyer, Ann Says, filed the papers on Monday after a long delay in the case."
    assert quotes(text) == ()


CONFIDENCE_TEXT = (
    'BRIGHTON, Maine (AP) - "We will reopen the pier by June," Mayor Ann Roe said on Tuesday.\n\n'
    "Council members voted against the plan. Roe's call for calm was widely praised, "
    "and officials said the repairs would cost $2.4m."
)


def test_confidence_is_a_probability_and_the_default_keeps_the_sure_ones() -> None:
    every = quotes(CONFIDENCE_TEXT, min_confidence=0.0)
    default = quotes(CONFIDENCE_TEXT)
    assert all(0.0 <= q.confidence <= 1.0 for q in every)
    assert set(default) <= set(every)
    assert [q for q in every if q.confidence >= MIN_CONFIDENCE] == list(default)
    direct = _find(default, "reopen the pier")
    assert direct.kind == "direct" and direct.confidence > 0.8


def test_min_confidence_filters_and_is_checked() -> None:
    every = quotes(CONFIDENCE_TEXT, min_confidence=0.0)
    assert quotes(CONFIDENCE_TEXT, min_confidence=1.0) == tuple(q for q in every if q.confidence >= 1.0)
    for bad in (-0.1, 1.5, float("nan"), True):
        with pytest.raises(ValueError, match="min_confidence"):
            quotes(CONFIDENCE_TEXT, min_confidence=bad)
    for wrong in ("0.5", None):
        with pytest.raises(TypeError, match="min_confidence"):
            quotes(CONFIDENCE_TEXT, min_confidence=wrong)  # type: ignore[arg-type]


def test_default_threshold_is_the_one_learned_with_the_weights() -> None:
    learned = json.loads((Path(newsmetrics.__file__).parent / "data" / "quote_confidence.json").read_text())
    assert learned["threshold"] == MIN_CONFIDENCE
    assert learned["weights"] and -10 < learned["bias"] < 10


def test_memoised_confidence_equals_the_sum_over_its_features() -> None:
    # the fast path (three memoised partial sums) and the feature list the
    # fitting script learns from must describe the same model
    import math
    import sys

    from newsmetrics.quotes import confidence_features

    qmod = sys.modules["newsmetrics._attribution"]
    weights, bias = qmod._confidence_model()
    text = SAMPLE.read_text(encoding="utf-8")
    article = newsmetrics.parse(text)
    norm = article.norm
    checked = 0
    for q in quotes(article, min_confidence=0.0):
        if q.cue is None:
            continue
        info = qmod.lexicon().cues.get(q.cue.text.lower())
        if info is None or q.speaker is None:
            continue
        mention = qmod.Mention(q.speaker.start, q.speaker.end, "name", None)
        feats = confidence_features(norm, q.start, q.end, q.kind, q.category, q.cue, info.weight, mention, q.speaker)
        z = bias + sum(weights.get(f, 0.0) for f in feats)
        keys = qmod._confidence_keys(norm, q.start, q.end, q.kind, q.category, q.cue, info.weight, mention, q.speaker)
        fast = bias + qmod._cue_z(*keys[0]) + qmod._span_z(*keys[1]) + qmod._speaker_z(keys[2], q.kind)
        assert math.isclose(z, fast, abs_tol=1e-9)
        checked += 1
    assert checked >= 5


def test_hearsay_adverb_makes_a_sourceless_attribution() -> None:
    # "reportedly": the subject is what is reported, not who reports it
    text = "The harbour board is reportedly planning a second levy on fishing boats."
    qs = quotes(text, min_confidence=0.0)
    assert [(q.text, q.speaker) for q in qs] == [
        ("The harbour board", None),
        ("planning a second levy on fishing boats", None),
    ]


def test_inverted_speaker_with_a_relative_clause_ends_the_sentence() -> None:
    # the relative clause describes the source; it is not new reported content
    text = 'Ruiz was not one for "sharing the wheel on every decision," said one former aide who asked not to be named.'
    (q,) = quotes(text, min_confidence=0.0)
    assert q.kind == "mixed" and q.text.startswith("Ruiz was not one for")
    assert q.speaker is not None and q.speaker.mention == "one former aide"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # a long title-case label before a colon and a quotation in single marks
        (
            "Harbour Master Rebukes Port Board: 'You Should Have Listened.'\n\nThe board met on Monday.",
            "'You Should Have Listened.'",
            "Harbour Master Rebukes Port Board",
        ),
        # "X on Topic:" is X's
        (
            "Mayor Roe on Flood Walls: The Sea Will Not Wait.\n\nThe mayor spoke at the harbour.",
            "The Sea Will Not Wait",
            "Mayor Roe",
        ),
    ],
)
def test_title_case_headline_label(text: str, content: str, mention: str) -> None:
    q = _find(quotes(text, min_confidence=0.0), content)
    assert q.text == content
    assert q.speaker is not None and q.speaker.mention == mention


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*'ab "\u201c\u201d,.:\n', " said ", " Mayor Ann Roe ", " officials ", " reportedly ", " who "]),
        min_size=1,
        max_size=60,
    ).map("".join)
)
def test_the_default_is_the_full_output_above_the_threshold(text: str) -> None:
    # the threshold only filters: it never changes what the rules find or how it is scored
    if not text.strip():
        return
    every = quotes(text, min_confidence=0.0)
    assert all(0.0 <= q.confidence <= 1.0 for q in every)
    assert quotes(text) == tuple(q for q in every if q.confidence >= MIN_CONFIDENCE)


def test_a_quotation_that_runs_on_into_a_clause_is_mixed_not_lost() -> None:
    # regression: the quotation was read as a direct quote, found no speaker
    # (words stand between it and the cue), was dropped as a scare quote, and
    # blocked the reported clause around it: nothing at all was returned
    text = '"Boats are short of crews. The port has the money. We have no choice" but to train them, says Ann Roe, a skipper.'
    (q,) = quotes(text, min_confidence=0.0)
    assert q.kind == "mixed" and q.text.endswith("but to train them")
    assert q.speaker is not None and q.speaker.mention == "Ann Roe"


# ---- fourth round: speakers -------------------------------------------------------------


def _speaker_of(text: str, content: str) -> str | None:
    q = _find(quotes(text, min_confidence=0.0), content)
    _check_offsets(text, (q,))
    return q.speaker.mention if q.speaker is not None else None


def test_participle_after_an_inverted_cue_takes_its_speaker() -> None:
    # regression: the speaker was read inside the quotation ("I")
    text = '"I never saw the report," said Dana Ruiz, a harbour pilot, suggesting that the board had hidden it.'
    assert _speaker_of(text, "the board had hidden it") == "Dana Ruiz"
    text = '"We will not sell the pier," Okafor told reporters, before insisting that the town had no debts.'
    assert _speaker_of(text, "the town had no debts") == "Okafor"


def test_participle_after_an_adverb_takes_the_clause_subject() -> None:
    # regression: "perhaps" was taken as the speaker
    text = "The mayor's aides were quiet, perhaps recognizing that the vote was lost."
    assert _speaker_of(text, "the vote was lost") == "The mayor's aides"


def test_participle_opener_is_not_the_subject() -> None:
    # regression: "Chastened" (the opening participle) was taken as the speaker
    text = "Chastened by the audit, the council changed its plan, promising to publish every contract."
    assert _speaker_of(text, "publish every contract") == "the council"


def test_appositive_chain_longer_than_the_first_window() -> None:
    # regression: the look-back window started inside "Okonkwo" and the
    # first appositive was taken as the speaker
    text = (
        "Jean Okonkwo-Bassey, the finance minister of Nigeria, a founding member of the "
        "Security Council, said the tariffs would stay."
    )
    assert _speaker_of(text, "the tariffs would stay") == "Jean Okonkwo-Bassey"


def test_including_appositive_keeps_the_group() -> None:
    # regression: "including Mr" was taken as the speaker
    text = "As many harbour engineers, including Mr. Lund, have pointed out, the wall is too low."
    assert _speaker_of(text, "the wall is too low") == "many harbour engineers"


def test_think_tank_is_not_a_cue() -> None:
    text = "Tom Hale, a founder of the centre-left think tank Harbour Watch, said the port would shrink."
    qs = quotes(text, min_confidence=0.0)
    assert [q.cue.text for q in qs if q.cue is not None] == ["said"]
    assert _speaker_of(text, "the port would shrink") == "Tom Hale"


def test_number_with_thousands_separator_is_one_mention() -> None:
    # regression: the mention was cut at the comma ("491 voters")
    text = "In all, 12,491 voters said they would back the levy."
    assert _speaker_of(text, "they would back the levy") == "12,491 voters"


def test_contraction_is_never_a_speaker() -> None:
    # regression: "It's" opened the clause and was taken as its subject
    text = "It's easy to criticize the budget, and Ann Roe has done so."
    assert all(
        q.speaker is None or q.speaker.mention != "It's" for q in quotes(text, min_confidence=0.0)
    )


def test_interview_turn_labels_are_not_sources() -> None:
    text = (
        "Q: You have been talking about how the port is on the upswing, but the figures say otherwise.\n\n"
        "A: The figures are old, and the new ones will show it.\n"
    )
    assert all(q.speaker is None or q.speaker.mention not in ("Q", "A") for q in quotes(text, min_confidence=0.0))


@pytest.mark.parametrize("joint", ["however", "despite", "compared with", "though", "although", "unlike"])
def test_reported_clause_ends_before_a_concession(joint: str) -> None:
    # PolNeAR train: content ends at ", however" / ", despite" / ... more often than it runs on
    text = f"The harbour master said the new wall would hold back the spring tides, {joint} the old one in May."
    q = _find(quotes(text, min_confidence=0.0), "spring tides")
    assert q.text == "the new wall would hold back the spring tides"


def test_reported_clause_ends_before_an_appositive_of_its_object() -> None:
    # PolNeAR train: content ends before ", a ..." more often than it runs on
    text = "Mayor Ann Roe praised the new harbour wall, a project that took six years to finish."
    q = _find(quotes(text, min_confidence=0.0), "harbour wall")
    assert q.text == "the new harbour wall"
    assert q.speaker is not None and q.speaker.name == "Ann Roe"
