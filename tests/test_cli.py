"""The command line, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ARTICLES


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsmetrics", *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )


def test_demo_prints_a_summary() -> None:
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    assert "Harbour city votes to rebuild flood wall" in proc.stdout
    assert "PORTHAVEN" in proc.stdout


def test_demo_json() -> None:
    proc = run("demo", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["article"]["dateline"]["location"] == "PORTHAVEN"


def test_analyze_file_and_stdin_agree() -> None:
    path = ARTICLES / "porthaven_flood_wall.txt"
    a = run("analyze", str(path), "--json")
    b = run("analyze", "-", "--json", stdin=path.read_text(encoding="utf-8"))
    assert a.returncode == b.returncode == 0
    assert json.loads(a.stdout) == json.loads(b.stdout)


def test_analyze_missing_file_is_a_clear_error() -> None:
    proc = run("analyze", "no/such/file.txt")
    assert proc.returncode == 1
    assert "cannot read" in proc.stderr and "Traceback" not in proc.stderr


def test_analyze_empty_stdin_is_a_clear_error() -> None:
    proc = run("analyze", "-", stdin="   \n")
    assert proc.returncode == 1
    assert "empty" in proc.stderr and "Traceback" not in proc.stderr


def test_batch_keeps_rows_and_reports_errors(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join([
            json.dumps({"id": "a", "text": "The council voted. It passed."}),
            "{not json",
            json.dumps({"id": "c", "text": ""}),
            json.dumps({"id": "d", "text": "Prices rose. Shares fell."}),
        ]) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = run("batch", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["index"] for r in rows] == [0, 1, 2, 3]
    assert [r["error"] is None for r in rows] == [True, False, False, True]
    assert rows[1]["error"].startswith("JSONDecodeError")
    assert [r["id"] for r in rows] == ["a", None, "c", "d"]
    assert "2 of 4 records failed" in proc.stderr


def test_version_flag() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("newsmetrics ")
