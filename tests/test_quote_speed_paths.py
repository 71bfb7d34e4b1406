"""The fast paths of quote attribution build the same results as the plain ones."""

from __future__ import annotations

import dataclasses

import pytest

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
