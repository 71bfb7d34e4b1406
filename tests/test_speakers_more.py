"""Regression tests for speaker finding: one case per rule in newsmetrics._speakers."""

from __future__ import annotations

import pytest

from newsmetrics.models import Quote
from newsmetrics.quotes import quotes


def _speaker_of(text: str, fragment: str) -> str | None:
    qs = quotes(text, min_confidence=0.0)  # the rules, before the confidence threshold
    for q in qs:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.mention
    found: list[Quote] = [q for q in qs if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {[q.text for q in qs]}"
    sp = found[0].speaker
    return None if sp is None else sp.mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # a negative contraction between the subject and the cue
        (
            "PORTHAVEN, Maine (AP) - Mayor Alice Grant spoke for an hour. She doesn't believe "
            "the harbour levy will pass this spring.",
            "levy will pass",
            "She",
        ),
        # an adverb no list held: soon, ever, instead
        (
            "Gen. Paul Ruiz took command in May. He soon learned that the base had no fuel "
            "for its trucks.",
            "the base had no fuel",
            "He",
        ),
        # "am" between I and the cue
        ("I have covered the council for years. I am glad the vote was held in public.", "the vote was held", "I"),
        # a quantifier floating after a coordinated subject
        (
            "Sen. Dana Holt and Rep. Tom Reyes have both argued that the dredging should wait "
            "until autumn.",
            "the dredging should wait",
            "Sen. Dana Holt and Rep. Tom Reyes",
        ),
    ],
)
def test_words_between_subject_and_cue_are_skipped(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "PORTHAVEN, Maine - The Harbour Board released a statement Wednesday saying the pier "
            "would close for repairs.",
            "the pier would close",
            "The Harbour Board",
        ),
        (
            "Rep. Tom Reyes (D-Maine), a member of the budget panel, filed a motion calling for "
            "a second vote on the levy.",
            "a second vote",
            "Rep. Tom Reyes",
        ),
    ],
)
def test_participle_after_an_object_takes_the_verbs_subject(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    "text",
    [
        "Essentially, the harbour board voted to wait, saying the money was not there.",
        'Standing in the rain, the mayor thanked the crews, calling them "the best in Maine."',
    ],
)
def test_a_sentence_opener_is_never_a_clause_subject(text: str) -> None:
    mentions = [q.speaker.mention for q in quotes(text, min_confidence=0.0) if q.speaker is not None]
    assert mentions
    assert not {"Essentially", "Standing"} & set(mentions)


def test_will_as_a_first_name_still_opens_a_subject() -> None:
    text = '"Fees will keep rising," said Will Doyle, a professor at Bowdoin College.'
    assert _speaker_of(text, "Fees will keep rising") == "Will Doyle"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Ann Ortiz of Dayton, Ohio says the bridge toll is too high.", "the bridge toll", "Ann Ortiz of Dayton, Ohio"),
        (
            "A nurse from Scranton, Pennsylvania said the clinic had run out of beds.",
            "the clinic had run out",
            "A nurse from Scranton, Pennsylvania",
        ),
    ],
)
def test_a_state_after_a_place_belongs_to_the_subject(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "The storm hit on Monday. Fishermen, dock workers and harbour pilots say the new pier "
            "saved their boats.",
            "the new pier saved",
            "Fishermen, dock workers and harbour pilots",
        ),
        (
            "The vote was close. The mayor and her aides said the levy would be put to a second vote.",
            "the levy would be put",
            "The mayor and her aides",
        ),
        # two items inside a clause: not a list of subjects
        (
            "People would train first and then state and local leaders said the volunteers would be called.",
            "the volunteers would be called",
            "local leaders",
        ),
        # ", and" after a clause joins clauses
        (
            "Reyes would cut the levy, and Mayor Alice Grant said the harbour needed the money.",
            "the harbour needed the money",
            "Mayor Alice Grant",
        ),
    ],
)
def test_a_list_of_subjects_is_one_mention(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "Harbour Board spokesman Tom Reyes on Thursday evening said the pier would reopen.",
            "the pier would reopen",
            "Harbour Board spokesman Tom Reyes",
        ),
        ("A Portland Herald poll in June showed that most residents back the levy.", "most residents back", "A Portland Herald poll"),
        ("Gen. Paul Ruiz in 2019 warned that the base could not be defended.", "the base could not", "Gen. Paul Ruiz"),
    ],
)
def test_a_time_phrase_between_subject_and_cue_is_skipped(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "Sen. Ann Roe, whose hometown, Porthaven, sits below the tide line, argues that the levy is too small.",
            "the levy is too small",
            "Sen. Ann Roe",
        ),
        (
            "Sam Cole, who lost a son in Dayton, Ohio, in July 2012, said the law had failed.",
            "the law had failed",
            "Sam Cole",
        ),
    ],
)
def test_a_place_inside_a_relative_clause_is_not_the_subject(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "The mayor has resisted calls from the harbour board to drop the levy.",
            "the harbour board to drop",
            "The mayor",
        ),
    ],
)
def test_a_noun_cue_after_a_finite_verb_is_its_subjects(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


def test_a_noun_cue_after_a_target_verb_gets_no_subject() -> None:
    text = "Gen. Paul Ruiz has faced sharp criticism for closing the base."
    mentions = [q.speaker.mention for q in quotes(text) if q.speaker is not None]
    assert "Gen. Paul Ruiz" not in mentions


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("The Harbour Board less than two weeks ago said the dredging would start in May.", "the dredging would start", "The Harbour Board"),
        ("Fishermen in general prefer a toll to a levy.", "a toll to a levy", "Fishermen"),
        ("Grant, who in the past has argued for a toll, voted against the levy.", "for a toll", "who"),
        ("Residents are well aware that the pier is failing.", "the pier is failing", "Residents"),
    ],
)
def test_an_adverbial_between_subject_and_cue_is_skipped(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "Democratic presidential candidate Ann Roe toured the harbour, calling the levy \"a tax on fishermen.\"",
            "the levy",
            "Democratic presidential candidate Ann Roe",
        ),
        (
            'The Democratic presidential candidate blasted the levy on Monday, calling it "a tax on fishermen."',
            "a tax on fishermen",
            "The Democratic presidential candidate",
        ),
    ],
)
def test_descriptors_before_a_title_stay_in_the_clause_subject(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "Support for the levy has fallen to 41 percent, according to the most recent Herald poll.",
            "Support for the levy",
            "the most recent Herald poll",
        ),
        (
            "Support for the levy has fallen to 41 percent, according to a Herald/WMTW poll released Monday.",
            "Support for the levy",
            "a Herald/WMTW poll",
        ),
    ],
)
def test_according_to_reads_a_whole_noun_phrase(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("After the vote, Mayor Alice Grant tried offering the fishermen a smaller levy.", "the fishermen a smaller levy", "Mayor Alice Grant"),
        ("Rep. Tom Reyes helped convince the board that the pier could be saved.", "the pier could be saved", "Rep. Tom Reyes"),
        ("At least 21,000 said they would pay the toll.", "they would pay", "21,000"),
        ("As Grant has sometimes acknowledged, the levy will not cover the repairs.", "the levy will not cover", "Grant"),
    ],
)
def test_a_verb_number_or_adverb_is_not_the_mention(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "The Harbour Board began a $2 million ad campaign this week urging residents to back the levy.",
            "to back the levy",
            "The Harbour Board",
        ),
    ],
)
def test_long_subjects_keep_their_head(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


def test_a_quoted_name_inside_the_noun_phrase_after_according_to() -> None:
    text = 'The levy would raise $4 million a year, according to the "Safe Harbour" plan the mayor released.'
    assert _speaker_of(text, "The levy would raise") == 'the "Safe Harbour" plan'


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "Harbour Board chairman Tom Reyes (D-Portland) earlier in the day touted the new dredging contract.",
            "the new dredging contract",
            "Harbour Board chairman Tom Reyes",
        ),
        ("Police never quite realized that the boats had been moved.", "the boats had been moved", "Police"),
        (
            "Sen. Ann Roe has spent most of her time responding to the governor's attacks on the levy.",
            "to the governor's attacks",
            "Sen. Ann Roe",
        ),
        ("Last May, Grant went on the record endorsing the levy.", "the levy", "Grant"),
    ],
)
def test_time_phrases_and_verb_objects_before_a_participle(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            '"The levy is a tax on work," Grant said, citing low wages, high rents and empty berths.',
            "high rents and empty berths",
            "Grant",
        ),
        ("The port authority raised the levy, citing the cost of dredging.", "the cost of dredging", "The port authority"),
    ],
)
def test_the_object_of_a_participle_is_not_an_inverted_speaker(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


def test_a_possessed_object_before_a_participle_is_not_the_speaker() -> None:
    text = "Mayor Alice Grant opened her speech urging residents to back the levy."
    assert _speaker_of(text, "to back the levy") == "Mayor Alice Grant"


@pytest.mark.parametrize(
    ("text", "fragment", "mention", "name"),
    [
        # a named paper in apposition to the description: the subject is the name before it
        (
            'Sam Cole, the editor of the weekly paper, The Ledger, said "We will print every page."',
            "We will print every page",
            "Sam Cole",
            "Sam Cole",
        ),
        (
            "Sam Cole, editor of the weekly paper, The Ledger, said the press would keep running.",
            "the press would keep running",
            "Sam Cole",
            "Sam Cole",
        ),
        # two description segments, the second ending in a place
        (
            'Ann Roe, a senior fellow at the Harbour Institute, a think tank in Porthaven, said "The levy '
            'is a tax on work."',
            "The levy is a tax",
            "Ann Roe",
            "Ann Roe",
        ),
        # a possessed description before the name: the whole phrase, resolved to the name
        (
            "The agency's director, Paul Hayes, said \"We have the money.\"",
            "We have the money",
            "The agency's director, Paul Hayes",
            "Paul Hayes",
        ),
    ],
)
def test_a_name_after_a_description_with_a_named_noun(text: str, fragment: str, mention: str, name: str) -> None:
    assert _speaker_of(text, fragment) == mention
    (q,) = [q for q in quotes(text) if fragment in q.text]
    assert q.speaker is not None
    assert q.speaker.name == name


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The old pier is widely seen as a danger to the fishing boats moored beside it.", "The old pier"),
        ("Judge Ann Roe is known for speaking her mind on the harbour levy.", "Judge Ann Roe"),
        ("The harbour levy was intended to pay for dredging the channel every spring.", "The harbour levy"),
    ],
)
def test_the_subject_of_a_passive_cue_is_not_its_source(text: str, subject: str) -> None:
    for q in quotes(text):
        assert q.speaker is None or q.speaker.mention != subject


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # an attitude after "be": the subject holds it
        ("Mayor Alice Grant is convinced that the levy will pass in May.", "the levy will pass", "Mayor Alice Grant"),
        ("Fishermen are worried that the dredging will close the channel.", "the dredging will close", "Fishermen"),
        # a participle cue that is no passive
        ("Dana Holt has argued that the pier should be rebuilt.", "the pier should be rebuilt", "Dana Holt"),
    ],
)
def test_attitudes_after_be_keep_their_subject(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


def test_mention_before_gives_no_source_for_a_passive_participle() -> None:
    from newsmetrics._quotelex import lexicon
    from newsmetrics._speakers import mention_before

    lex = lexicon()
    text = "The plan is widely regarded as a gamble. The plan was criticized by Grant."
    assert mention_before(text, 0, text.index("regarded"), lex) is None
    m = mention_before(text, 0, text.index("is widely"), lex)
    assert m is not None and text[m.start : m.end] == "The plan"
    # "by" names the agent: the caller reads it, the subject is still found
    k = text.index("criticized")
    assert mention_before(text, text.index("The plan was"), k, lex) is not None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # a participle or an adverb before a noun cue is no subject
        (
            "The mayor has ignored the council all spring, committing repeated errors over the harbour levy.",
            "errors over the harbour levy",
        ),
        ("The board met on Monday and, astoundingly, failed to mention the flooded pier.", "the flooded pier"),
    ],
)
def test_a_verb_form_before_a_cue_is_not_the_speaker(text: str, fragment: str) -> None:
    for q in quotes(text):
        if q.speaker is not None:
            assert q.speaker.mention not in ("committing", "astoundingly")


def test_a_one_word_verb_form_is_no_mention_but_a_noun_of_that_shape_is() -> None:
    from newsmetrics._quotelex import lexicon
    from newsmetrics._speakers import mention_before

    lex = lexicon()
    text = "The mayor has ignored the council, committing repeated errors. New polling shows the levy is popular."
    assert mention_before(text, 0, text.index("repeated"), lex) is None
    start = text.index("New")
    m = mention_before(text, start, text.index("shows"), lex)
    assert m is not None and text[m.start : m.end] == "New polling"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # a noun phrase after a preposition inside a relative clause is no subject
        (
            "Sam Pike, who lives in a village outside of the state capital, Augusta, said the pier was unsafe.",
            "the pier was unsafe",
            "Sam Pike",
        ),
        # two names joined by "and" after a description
        (
            "The harbour pilots, Tom Reyes and Sam Pike, said the pier was unsafe.",
            "the pier was unsafe",
            "The harbour pilots, Tom Reyes and Sam Pike",
        ),
        # "No. 2" is no sentence end
        (
            "Senator Dana Holt of Maine, the No. 2 Republican in the Senate, said the pier was unsafe.",
            "the pier was unsafe",
            "Senator Dana Holt of Maine",
        ),
        # a relative clause holding a name and its own appositive
        (
            "Ana Ortiz, who helped found Dockside, a fishermen's group based in Porthaven, said the pier "
            "was unsafe.",
            "the pier was unsafe",
            "Ana Ortiz",
        ),
        # a bare description ending in an organisation, then a relative clause
        (
            "Tom Reyes, acting director of Harbour Watch, which organized the protest, said the pier was "
            "unsafe.",
            "the pier was unsafe",
            "Tom Reyes",
        ),
    ],
)
def test_names_inside_long_appositives_are_not_the_subject(text: str, fragment: str, mention: str) -> None:
    assert _speaker_of(text, fragment) == mention


@pytest.mark.parametrize(
    "text",
    [
        "It's clear that the pier will not survive another winter of storms.",
        "There's no doubt the levy will be on the ballot again next spring.",
    ],
)
def test_an_expletive_with_is_is_no_source(text: str) -> None:
    for q in quotes(text):
        assert q.speaker is None or q.speaker.mention not in ("It's", "There's")


def test_a_participle_after_the_object_of_a_common_noun_subject() -> None:
    text = "Later, the mayor's office released a statement saying the pier would close for the winter."
    assert _speaker_of(text, "the pier would close") == "the mayor's office"


@pytest.mark.parametrize(
    "text",
    [
        'Ann Roe, who is chairman of Our Harbour Fund said "The pier is unsafe."',
        "Ann Roe, who chairs the Harbour Fund said the pier was unsafe.",
    ],
)
def test_a_name_inside_an_unclosed_relative_clause_is_not_the_subject(text: str) -> None:
    (q,) = quotes(text)
    assert q.speaker is not None
    assert q.speaker.mention == "Ann Roe"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "The day before, at a rally in Porthaven, Mayor Alice Grant was just as blunt, claiming that "
            "the pier would fall into the sea.",
            "the pier would fall",
        ),
        ("A few minutes later they said the pier would close.", "the pier would close"),
    ],
)
def test_a_time_phrase_is_no_source(text: str, fragment: str) -> None:
    for q in quotes(text):
        if fragment in q.text and q.speaker is not None:
            assert q.speaker.mention not in ("The day", "A few minutes")


def test_time_phrase_helper_keeps_names() -> None:
    from newsmetrics._quotelex import lexicon
    from newsmetrics._speakers import mention_after

    lex = lexicon()
    text = "said The day before, and said Kristen Day."
    assert mention_after(text, 4, len(text), lex) is None
    m = mention_after(text, text.rindex("said") + 4, len(text), lex)
    assert m is not None and text[m.start : m.end] == "Kristen Day"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Instead, Grant, Ortiz and Reyes argued that the pier was safe.", "Grant, Ortiz and Reyes"),
        ("Grant, Ortiz and Reyes argued that the pier was safe.", "Grant, Ortiz and Reyes"),
        ("Still, fishermen, dock workers and pilots argued that the pier was safe.", "fishermen, dock workers and pilots"),
    ],
)
def test_a_list_of_subjects_after_an_opening_adverb(text: str, mention: str) -> None:
    assert _speaker_of(text, "the pier was safe") == mention
