"""Run textstat 0.7.13 offline, fed with the CMU syllable counts newsmetrics ships.

textstat counts syllables with ``nltk.corpus.cmudict``, fetched by
``nltk.download('cmudict')`` on first use, which fails (or hangs) without a
network. Its only entry point to that data is the name ``get_cmudict`` inside
``textstat.backend.counts._count_syllables``. ``offline_textstat()`` replaces
that name with a function returning a mapping built from
``newsmetrics/data/cmu_syllables.txt`` (the same CMU Pronouncing Dictionary,
first pronunciation of each word), in which each word's "phones" are just as
many stressed vowels as it has syllables: textstat only counts the phones that
end in a stress digit, so its syllable counts are exactly the CMU counts.
Words missing from the table go to textstat's own pyphen fallback, as usual.

No ``nltk_data`` folder, no download: this works on a machine with no network.
Used by benchmarks/bench_readability.py, evaluation/eval_readability.py and
tests/test_readability.py.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from types import ModuleType


class _Phones(Mapping[str, list[list[str]]]):
    """A read-only ``word -> [phones]`` view over the syllable table."""

    def __init__(self, table: Mapping[str, int]) -> None:
        self._table = table

    def __getitem__(self, word: str) -> list[list[str]]:
        return [["AH1"] * self._table[word]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


@functools.cache
def offline_textstat() -> ModuleType:
    """Import textstat with its CMU lookup served from newsmetrics' table."""
    import textstat
    from textstat.backend.counts import _count_syllables

    from newsmetrics._syllables import cmu_table

    phones = _Phones(cmu_table())

    def get_cmudict(lang: str) -> Mapping[str, list[list[str]]] | None:
        return phones if lang.startswith("en") else None

    _count_syllables.get_cmudict = get_cmudict  # type: ignore[attr-defined]
    return textstat
