"""Edges for data work: flat rows (pandas, CSV, Parquet), feature dicts, JSONL.

A report is a tree; tables want one flat row per article. :func:`to_row`
flattens any report the same way: nested fields become dotted column names
(``readability.flesch_kincaid_grade``), lists become their length
(``n:quotes``), and the article's full text is left out (its offsets stay
meaningful only next to the text you already have).

pandas is optional: :func:`to_dataframe` imports it when called.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsmetrics.models import ArticleReport, BatchResult

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["read_jsonl", "to_dataframe", "to_features", "to_row", "to_rows", "write_jsonl"]

Scalar = str | int | float | bool | None

# Long text fields that do not belong in a table row.
_SKIP = frozenset({"article.text", "article.title"})


def _flatten(value: Any, prefix: str, out: dict[str, Scalar]) -> None:  # noqa: ANN401
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if name not in _SKIP:
                _flatten(item, name, out)
    elif isinstance(value, list):
        out[f"n:{prefix}"] = len(value)
    else:
        out[prefix] = value


def to_row(report: ArticleReport) -> dict[str, Scalar]:
    """Flatten a report into one row of scalars.

    Args:
        report: A report from :func:`newsmetrics.analyze`.

    Returns:
        Column name to value. Nested fields are joined with dots; a list
        becomes its length under ``"n:<name>"``; spans of single parts
        (headline, dateline) keep their start, end and text.

    Examples:
        >>> import newsmetrics
        >>> row = to_row(newsmetrics.analyze("LONDON (Reuters) - Prices rose. Shares fell."))
        >>> row["article.dateline.location"], row["n:article.sentences"]
        ('LONDON', 2)
    """
    out: dict[str, Scalar] = {}
    _flatten(report.to_dict(), "", out)
    return out


def to_rows(items: Iterable[ArticleReport | BatchResult]) -> list[dict[str, Scalar]]:
    """Flatten reports, or the results of :func:`newsmetrics.analyze_many`, into rows.

    Batch results keep their ``index``, ``id`` and ``error`` columns, and a
    failed item still gives a row (with only those columns set), so rows
    line up with the input.

    Args:
        items: Reports or batch results.

    Returns:
        One row per item, in order.
    """
    rows: list[dict[str, Scalar]] = []
    for item in items:
        if isinstance(item, BatchResult):
            row: dict[str, Scalar] = {"index": item.index, "id": item.id, "error": item.error}
            if item.report is not None:
                row.update(to_row(item.report))
            rows.append(row)
        else:
            rows.append(to_row(item))
    return rows


def to_features(report: ArticleReport) -> dict[str, float]:
    """Return the numeric columns of :func:`to_row` as floats (for scikit-learn).

    Booleans become 0.0 or 1.0; text and undefined (``None``) values are left
    out, which ``sklearn.feature_extraction.DictVectorizer`` reads as 0.

    Args:
        report: A report.

    Returns:
        Feature name to value.
    """
    feats: dict[str, float] = {}
    for key, value in to_row(report).items():
        if isinstance(value, bool):
            feats[key] = float(value)
        elif isinstance(value, (int, float)):
            feats[key] = float(value)
    return feats


def to_dataframe(items: Iterable[ArticleReport | BatchResult]) -> pd.DataFrame:
    """Return :func:`to_rows` as a pandas DataFrame (pandas must be installed).

    Args:
        items: Reports or batch results.

    Returns:
        One row per item, in order.

    Raises:
        ImportError: pandas is not installed.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        msg = "to_dataframe needs pandas: pip install pandas"
        raise ImportError(msg) from exc
    return pd.DataFrame(to_rows(items))


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, one per non-blank line.

    Args:
        path: The file (UTF-8).

    Yields:
        Each line's object.

    Raises:
        ValueError: A line is not valid JSON (the message names the line).
    """
    with Path(path).open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    msg = f"{path}:{line_no}: not valid JSON ({exc})"
                    raise ValueError(msg) from exc


def write_jsonl(items: Iterable[ArticleReport | BatchResult], path: str | Path) -> int:
    """Write reports or batch results as JSONL, one ``to_dict()`` per line.

    Args:
        items: What to write.
        path: The output file (UTF-8).

    Returns:
        How many lines were written.
    """
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count
