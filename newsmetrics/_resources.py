"""Package data: read-only tables shipped in ``newsmetrics/data``.

Files are read with :mod:`importlib.resources`, lazily (on first use) and once
per process. Callers get immutable objects (``str``, ``frozenset``,
``MappingProxyType``), so no caller can change what another sees.

Each analysis module wraps these readers in its own ``functools.cache``-d
accessor that parses the file into the structure it needs.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any, TypeVar

__all__ = ["data_files", "read_grouped", "read_json", "read_lines", "read_pairs", "read_text"]

_V = TypeVar("_V")

_PACKAGE = "newsmetrics"


@functools.cache
def read_text(name: str) -> str:
    """Return the content of ``newsmetrics/data/<name>`` as text.

    Args:
        name: File name relative to the data folder.

    Returns:
        The file's content, decoded as UTF-8.
    """
    return resources.files(_PACKAGE).joinpath("data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def read_lines(name: str) -> tuple[str, ...]:
    """Return the non-blank, non-comment (``#``) lines of a data file, stripped."""
    return tuple(
        line.strip()
        for line in read_text(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def read_pairs(name: str) -> Iterator[tuple[str, str]]:
    """Yield ``(first field, rest of line)`` for each row of a tab-separated data file.

    Blank lines and ``#`` comment lines are skipped. Callers build their own
    (cached, read-only) structure from the pairs.
    """
    for line in read_text(name).splitlines():
        if line and not line.startswith("#"):
            head, _, rest = line.partition("\t")
            yield head, rest


def read_grouped(name: str, convert: Callable[[str], _V]) -> dict[str, _V]:
    """Read a data file of rows ``value<TAB>word word ...`` as ``word -> convert(value)``.

    The syllable and word-frequency tables group their words by value this way.
    """
    table: dict[str, _V] = {}
    for value, words in read_pairs(name):
        converted = convert(value)
        for w in words.split():
            table[w] = converted
    return table


@functools.cache
def read_json(name: str) -> Any:  # noqa: ANN401 - JSON of any shape
    """Return a JSON data file, parsed. Treat the result as read-only."""
    return json.loads(read_text(name))


def data_files() -> tuple[str, ...]:
    """Return the names of every data file shipped with the package."""
    root = resources.files(_PACKAGE).joinpath("data")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_file()))
