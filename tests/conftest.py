"""Shared fixtures: our own news-style articles and the path to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "data" / "articles"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def read_article(name: str) -> str:
    """Return the text of ``tests/data/articles/<name>.txt``."""
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the evaluation data in ../shared is not checked out here")
    return path
