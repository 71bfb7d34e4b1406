"""Command line: ``newsmetrics analyze FILE``, ``newsmetrics demo``, ``newsmetrics batch``.

Examples (in a shell)::

    newsmetrics demo
    newsmetrics analyze story.txt --json
    cat story.txt | newsmetrics analyze -
    newsmetrics batch articles.jsonl -o reports.jsonl --workers 2
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TextIO

from newsmetrics._resources import read_text
from newsmetrics.api import analyze, analyze_many
from newsmetrics.errors import NewsmetricsError
from newsmetrics.models import ArticleReport, BatchResult
from newsmetrics.report_text import format_report

__all__ = ["main"]

SAMPLE_ARTICLE = "sample_article.txt"
_NOT_FOUND = "newsmetrics: cannot read {path}: {reason}"


def _version() -> str:
    try:
        return version("newsmetrics")
    except PackageNotFoundError:
        return "unknown"


def _read_input(path: str) -> str:
    """Read an article from a file path, or standard input for ``-``."""
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _emit(report: ArticleReport, *, as_json: bool, indent: int | None, out: TextIO) -> None:
    if as_json:
        out.write(report.to_json(indent=indent) + "\n")
    else:
        out.write(format_report(report) + "\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmetrics",
        description="Measured facts from news articles: readability, sentiment, keywords, quotes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    p_an = sub.add_parser("analyze", help="analyse one article (a UTF-8 text file, or - for stdin)")
    p_an.add_argument("file", help="path to a UTF-8 text file, or - to read standard input")
    p_an.add_argument("--title", help="the headline, when it is not the first line")
    p_an.add_argument("--json", action="store_true", help="print the full report as JSON")
    p_an.add_argument("--indent", type=int, default=None, help="indent the JSON output")

    p_demo = sub.add_parser("demo", help="analyse the bundled sample article")
    p_demo.add_argument("--json", action="store_true", help="print the full report as JSON")
    p_demo.add_argument("--indent", type=int, default=None, help="indent the JSON output")

    p_batch = sub.add_parser(
        "batch",
        help="analyse a JSONL file of {'text', 'title'?, 'id'?} records; one output line each",
    )
    p_batch.add_argument("file", help="JSONL input, or - for stdin")
    p_batch.add_argument("-o", "--output", default="-", help="JSONL output (default: stdout)")
    p_batch.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    return parser


def _batch(path: str, output: str, workers: int) -> int:
    """Analyse a JSONL file; every input line gives exactly one output line, in order."""
    lines = [line for line in _read_input(path).splitlines() if line.strip()]
    good: list[object] = []
    bad: dict[int, str] = {}  # line index -> why it is not a record
    for index, line in enumerate(lines):
        try:
            good.append(json.loads(line))
        except json.JSONDecodeError as exc:
            bad[index] = f"JSONDecodeError: {exc}"
    results = analyze_many(good, workers=workers)  # type: ignore[arg-type]
    failed = 0
    out = sys.stdout if output == "-" else Path(output).open("w", encoding="utf-8")
    try:
        for index in range(len(lines)):
            if index in bad:
                result = BatchResult(index, None, None, bad[index])
            else:
                result = dataclasses.replace(next(results), index=index)
            failed += not result.ok
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"newsmetrics: {failed} of {len(lines)} records failed", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: Arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 on success, 1 for unusable input, 2 for usage errors.
    """
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            report = analyze(read_text(SAMPLE_ARTICLE))
            _emit(report, as_json=args.json, indent=args.indent, out=sys.stdout)
            return 0
        if args.command == "analyze":
            text = _read_input(args.file)
            report = analyze(text, title=args.title)
            _emit(report, as_json=args.json, indent=args.indent, out=sys.stdout)
            return 0
        return _batch(args.file, args.output, args.workers)
    except (OSError, UnicodeDecodeError) as exc:
        print(_NOT_FOUND.format(path=getattr(args, "file", "?"), reason=exc), file=sys.stderr)
        return 1
    except NewsmetricsError as exc:
        print(f"newsmetrics: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
