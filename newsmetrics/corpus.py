"""Keywords across many articles: document frequency, TF-IDF, distinctive terms, trends.

A :class:`Corpus` is built once from keyword reports (or texts) and is
immutable. It keeps, per document, the counts of the unigram terms of its
:class:`~newsmetrics.KeywordReport` frequency table (optionally the repeated
bigrams and trigrams too), keyed by :attr:`~newsmetrics.Term.key` so that
``sanction`` and ``sanctions`` count as one term in every document. numpy is
imported inside the methods that compute, never at import time.

Examples:
    >>> from newsmetrics import Corpus
    >>> c = Corpus.from_texts(
    ...     ["Oil prices rose. Oil traders cheered.", "Wheat prices fell.", "Oil output fell."],
    ...     groups=["energy", "farm", "energy"],
    ... )
    >>> [t.text for t in c.document_frequency(top=2)]
    ['oil', 'prices']
    >>> c.distinctive("energy", top=1)[0].text
    'oil'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeVar

from newsmetrics.keywords import _acronym_key, _stem, keywords
from newsmetrics.models import (
    Article,
    ArticleReport,
    DistinctiveTerm,
    KeywordReport,
    TermTrend,
    TermWeight,
    TrendPoint,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["Corpus", "Period", "term_key"]

Period = Literal["day", "week", "month", "year"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Corpus:
    """An immutable collection of documents' term counts.

    Build it with :meth:`from_reports` or :meth:`from_texts`.

    Attributes:
        keys: The vocabulary: term keys, in first-seen order.
        texts: The display form of each key (its most frequent form in the corpus).
        ids: One id per document (given, or ``"0"``, ``"1"``, ...).
        words: Words per document (the base of per-1,000-word rates).
        groups: Each document's group label (outlet, week, ...), or ``None``.
        dates: Each document's date, or ``None``.
        rows: Per document, ``(term index, count)`` pairs.
    """

    keys: tuple[str, ...]
    texts: tuple[str, ...]
    ids: tuple[str, ...]
    words: tuple[int, ...]
    groups: tuple[str | None, ...]
    dates: tuple[dt.date | None, ...]
    rows: tuple[tuple[tuple[int, int], ...], ...] = field(repr=False)

    # ---- building ---------------------------------------------------------

    @classmethod
    def from_reports(
        cls,
        reports: Iterable[KeywordReport | ArticleReport],
        *,
        ids: Sequence[str] | None = None,
        groups: Sequence[str | None] | None = None,
        dates: Sequence[dt.date | None] | None = None,
        ngrams: bool = False,
    ) -> Corpus:
        """Build a corpus from keyword reports (or full article reports).

        Args:
            reports: One report per document.
            ids: Document ids (default: their positions as strings).
            groups: A group label per document, for :meth:`distinctive`.
            dates: A date per document, for :meth:`trend` (``datetime`` values
                count by their date).
            ngrams: Count the repeated bigrams and trigrams too, not only words.

        Returns:
            The corpus.

        Raises:
            ValueError: ``ids``, ``groups`` or ``dates`` do not have one item
                per report.
            TypeError: An item is not a report.

        Examples:
            >>> from newsmetrics import keywords
            >>> c = Corpus.from_reports([keywords("Rain fell."), keywords("Rain stopped.")])
            >>> len(c), c.texts[0]
            (2, 'rain')
        """
        index: dict[str, int] = {}
        forms: list[dict[str, int]] = []
        rows: list[tuple[tuple[int, int], ...]] = []
        words: list[int] = []
        for rep in reports:
            kw = rep.keywords if isinstance(rep, ArticleReport) else rep
            if not isinstance(kw, KeywordReport):
                msg = f"expected KeywordReport or ArticleReport, not {type(rep).__name__}"
                raise TypeError(msg)
            row: list[tuple[int, int]] = []
            for term in kw.terms:
                if term.n > 1 and not ngrams:
                    continue
                i = index.get(term.key)
                if i is None:
                    i = index[term.key] = len(index)
                    forms.append({})
                forms[i][term.text] = forms[i].get(term.text, 0) + term.count
                row.append((i, term.count))
            rows.append(tuple(row))
            words.append(kw.words)
        n = len(rows)
        texts = tuple(max(f, key=lambda t, f=f: f[t]) for f in forms)  # type: ignore[misc]
        return cls(
            keys=tuple(index),
            texts=texts,
            ids=tuple(str(i) for i in _per_doc(ids, n, "ids", range(n))),
            words=tuple(words),
            groups=tuple(_per_doc(groups, n, "groups", [None] * n)),
            dates=tuple(_as_date(d) for d in _per_doc(dates, n, "dates", [None] * n)),
            rows=tuple(rows),
        )

    @classmethod
    def from_texts(
        cls,
        texts: Iterable[str | Article],
        *,
        ids: Sequence[str] | None = None,
        groups: Sequence[str | None] | None = None,
        dates: Sequence[dt.date | None] | None = None,
        ngrams: bool = False,
    ) -> Corpus:
        """Build a corpus from article texts (each analysed with :func:`keywords`).

        Args:
            texts: The articles (strings or parsed articles).
            ids: Document ids.
            groups: A group label per document.
            dates: A date per document.
            ngrams: Count the repeated bigrams and trigrams too.

        Returns:
            The corpus.

        Raises:
            ValueError: ``ids``, ``groups`` or ``dates`` have the wrong length,
                or a text is empty.
            TypeError: A text is not a string or an article.

        Examples:
            >>> len(Corpus.from_texts(["Rain fell.", "Snow fell."]))
            2
        """
        reports = [keywords(t, top=0) for t in texts]
        return cls.from_reports(reports, ids=ids, groups=groups, dates=dates, ngrams=ngrams)

    def __len__(self) -> int:
        return len(self.rows)

    # ---- tables -------------------------------------------------------------

    def _flat(
        self,
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """Return the counts as parallel (document, term, count) arrays (sparse)."""
        import numpy as np

        docs = [d for d, row in enumerate(self.rows) for _ in row]
        terms = [i for row in self.rows for i, _ in row]
        counts = [c for row in self.rows for _, c in row]
        return (
            np.asarray(docs, dtype=np.int64),
            np.asarray(terms, dtype=np.int64),
            np.asarray(counts, dtype=np.float64),
        )

    def document_frequency(self, *, top: int | None = None) -> tuple[TermWeight, ...]:
        """Return how many documents use each term, most widespread first.

        Args:
            top: Keep this many terms (default: all).

        Returns:
            One row per term: ``count`` documents, ``weight`` their share of
            the corpus.

        Examples:
            >>> c = Corpus.from_texts(["Rain fell.", "Rain stopped.", "Sun shone."])
            >>> r = c.document_frequency(top=1)[0]
            >>> r.text, r.count, round(r.weight, 3)
            ('rain', 2, 0.667)
        """
        import numpy as np

        n = len(self.rows)
        _, terms, _ = self._flat()
        df = np.bincount(terms, minlength=len(self.keys))
        order = np.lexsort((np.arange(len(df)), -df))
        if top is not None:
            order = order[:top]
        return tuple(
            TermWeight(self.texts[i], self.keys[i], float(df[i]) / n if n else 0.0, int(df[i]))
            for i in order
        )

    def tfidf(self, document: int | str, *, top: int = 10) -> tuple[TermWeight, ...]:
        """Return a document's terms weighted by TF-IDF, highest first.

        ``tf`` is the count in the document, ``idf = ln((1 + N) / (1 + df)) + 1``
        (smoothed, as in scikit-learn), and the document's vector is scaled to
        unit length.

        Args:
            document: Its position, or its id.
            top: How many terms to return.

        Returns:
            The top terms with their weight and count in the document.

        Raises:
            KeyError: No document has that id.
            IndexError: The position is out of range.

        Examples:
            >>> c = Corpus.from_texts(["Rain fell. Rain again.", "Rain stopped. Sun shone."])
            >>> [t.text for t in c.tfidf(1, top=2)]
            ['stopped', 'sun']
        """
        import numpy as np

        d = self._doc_index(document)
        n = len(self.rows)
        _, terms, _ = self._flat()
        df = np.bincount(terms, minlength=len(self.keys))
        row = self.rows[d]
        if not row:
            return ()
        idx = np.asarray([i for i, _ in row], dtype=np.int64)
        tf = np.asarray([c for _, c in row], dtype=np.float64)
        vec = tf * (np.log((1.0 + n) / (1.0 + df[idx])) + 1.0)
        norm = float(np.sqrt((vec**2).sum()))
        if norm > 0:
            vec = vec / norm
        order = np.lexsort((idx, -vec))[:top]
        return tuple(
            TermWeight(
                self.texts[int(idx[j])], self.keys[int(idx[j])], round(float(vec[j]), 6), int(tf[j])
            )
            for j in order
        )

    def distinctive(
        self,
        group: str,
        *,
        against: str | None = None,
        top: int = 20,
        prior: float | None = None,
    ) -> tuple[DistinctiveTerm, ...]:
        """Return the terms that set one group of documents apart.

        Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
        & Quinn 2008, "Fightin' Words"): with ``y`` the counts of term ``w``
        in the group and in the rest, ``n`` their totals, and a prior of total
        weight ``a0 = prior`` spread over terms in proportion to their share of
        the whole corpus (``a_w``)::

            delta_w = ln((y_g + a_w) / (n_g + a0 - y_g - a_w))
                    - ln((y_r + a_w) / (n_r + a0 - y_r - a_w))
            z_w = delta_w / sqrt(1 / (y_g + a_w) + 1 / (y_r + a_w))

        Terms are ranked by ``z``; a large prior pulls rare terms towards 0.
        The default ``a0`` is a tenth of the words compared, so that the
        prior shrinks rare terms by the same share in a small or a large corpus.

        Args:
            group: The group label to describe.
            against: Compare with this group only (default: every other document).
            top: How many terms to return.
            prior: ``a0``, the prior's total pseudo-count (default: 0.1 times
                the words in the group and the comparison set).

        Returns:
            The most distinctive terms of ``group``, highest ``z`` first.

        Raises:
            ValueError: No document has the group label, or the comparison set
                is empty, or ``prior`` is not positive.

        Examples:
            >>> c = Corpus.from_texts(
            ...     ["Tax cuts. Tax plan.", "Tax vote.", "Storm hits coast.", "Storm moves."],
            ...     groups=["politics", "politics", "weather", "weather"],
            ... )
            >>> [t.text for t in c.distinctive("weather", top=1)]
            ['storm']
        """
        import numpy as np

        if prior is not None and prior <= 0:
            msg = f"prior must be positive, not {prior}"
            raise ValueError(msg)
        in_group = np.array([g == group for g in self.groups])
        if not in_group.any():
            msg = f"no document has group {group!r}"
            raise ValueError(msg)
        rest = ~in_group if against is None else np.array([g == against for g in self.groups])
        if not rest.any():
            msg = f"nothing to compare group {group!r} with"
            raise ValueError(msg)
        docs, terms, counts = self._flat()
        v = len(self.keys)
        y_g = np.bincount(terms, weights=counts * in_group[docs], minlength=v)
        y_r = np.bincount(terms, weights=counts * rest[docs], minlength=v)
        total = y_g + y_r
        n_g, n_r = y_g.sum(), y_r.sum()
        a0 = 0.1 * (n_g + n_r) if prior is None else prior
        if a0 <= 0 or total.sum() == 0:
            return ()
        alpha = a0 * total / total.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((y_g + alpha) / (n_g + a0 - y_g - alpha)) - np.log(
                (y_r + alpha) / (n_r + a0 - y_r - alpha)
            )
            z = delta / np.sqrt(1.0 / (y_g + alpha) + 1.0 / (y_r + alpha))
        # A term that is the whole vocabulary has no odds: no evidence either way.
        ok = np.isfinite(delta) & np.isfinite(z)
        delta = np.where(ok, delta, 0.0)
        z = np.where(ok, z, 0.0)
        used = np.flatnonzero(total > 0)
        order = used[np.lexsort((used, -z[used]))][:top]
        return tuple(
            DistinctiveTerm(
                self.texts[i], self.keys[i], round(float(delta[i]), 6), round(float(z[i]), 6),
                int(y_g[i]), int(y_r[i]),
            )
            for i in order
        )

    def trend(self, term: str, *, period: Period = "month") -> TermTrend:
        """Return a term's frequency per period over the dated documents.

        Args:
            term: A term as written (``"sanctions"``, ``"US"``,
                ``"oil prices"``) or its key.
            period: ``"day"``, ``"week"`` (ISO weeks), ``"month"`` or ``"year"``.

        Returns:
            One point per period from the first to the last date, empty
            periods included (``count`` 0); no points when no document is dated.

        Raises:
            ValueError: Unknown ``period``.

        Examples:
            >>> import datetime as dt
            >>> c = Corpus.from_texts(
            ...     ["Oil rose.", "Oil fell. Oil slid.", "Gold rose."],
            ...     dates=[dt.date(2024, 1, 5), dt.date(2024, 3, 2), dt.date(2024, 3, 9)],
            ... )
            >>> [(p.period, p.count) for p in c.trend("oil").points]
            [('2024-01', 1), ('2024-02', 0), ('2024-03', 2)]
        """
        if period not in ("day", "week", "month", "year"):
            msg = f"period must be 'day', 'week', 'month' or 'year', not {period!r}"
            raise ValueError(msg)
        key = term if term in self._key_index() else term_key(term)
        i = self._key_index().get(key)
        dated = [
            (d, self.words[k], row)
            for k, (d, row) in enumerate(zip(self.dates, self.rows, strict=True))
            if d is not None
        ]
        text = self.texts[i] if i is not None else term
        if not dated:
            return TermTrend(text, key, ())
        agg: dict[str, list[int]] = {}
        for d, n_words, row in dated:
            label = _label(d, period)
            slot = agg.setdefault(label, [0, 0, 0])
            slot[0] += 1
            slot[1] += n_words
            if i is not None:
                slot[2] += sum(c for j, c in row if j == i)
        first = min(d for d, _, _ in dated)
        last = max(d for d, _, _ in dated)
        points = []
        for label in _labels(first, last, period):
            docs, n_words, count = agg.get(label, (0, 0, 0))
            rate = round(count * 1000.0 / n_words, 3) if n_words else None
            points.append(TrendPoint(label, docs, n_words, count, rate))
        return TermTrend(text, key, tuple(points))

    # ---- helpers ------------------------------------------------------------

    def _key_index(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.keys)}

    def _doc_index(self, document: int | str) -> int:
        if isinstance(document, str):
            try:
                return self.ids.index(document)
            except ValueError:
                msg = f"no document with id {document!r}"
                raise KeyError(msg) from None
        if not -len(self.rows) <= document < len(self.rows):
            msg = f"document {document} out of range for {len(self.rows)} documents"
            raise IndexError(msg)
        return document % len(self.rows)


def term_key(term: str) -> str:
    """Return the grouping key of a term as written (see :attr:`Term.key`).

    Args:
        term: One or more words.

    Returns:
        Porter stems (acronyms as written, without dots), space-separated.

    Examples:
        >>> term_key("Oil Sanctions"), term_key("U.S.")
        ('oil sanction', 'US')
    """
    parts = []
    for word in term.split():
        acro = _acronym_key(word)
        parts.append(acro if acro is not None else _stem(word.lower()))
    return " ".join(parts)


def _per_doc(
    values: Sequence[T] | None, n: int, name: str, default: Iterable[T]
) -> list[T]:
    """Check a per-document sequence's length, or return the default."""
    if values is None:
        return list(default)
    if len(values) != n:
        msg = f"{name} has {len(values)} items for {n} documents"
        raise ValueError(msg)
    return list(values)


def _as_date(value: object) -> dt.date | None:
    """Accept a date, a datetime (its date) or None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    msg = f"dates must be datetime.date values or None, not {type(value).__name__}"
    raise TypeError(msg)


def _label(d: dt.date, period: Period) -> str:
    """Return the label of the period holding ``d``."""
    if period == "day":
        return d.isoformat()
    if period == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{d.year}-{d.month:02d}"
    return str(d.year)


def _labels(first: dt.date, last: dt.date, period: Period) -> list[str]:
    """Return every period label from ``first`` to ``last``, in order."""
    out: list[str] = []
    step = dt.timedelta(days=1 if period == "day" else 7 if period == "week" else 28)
    d = first - dt.timedelta(days=first.weekday()) if period == "week" else first
    end = _label(last, period)
    while True:
        label = _label(d, period)
        if not out or out[-1] != label:
            out.append(label)
        if label == end:
            return out
        d += step
