"""No article text from the evaluation data or the seed article is copied into the repository."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 10  # words: a shared run this long is copied text, not a common phrase
WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[int]:
    words = WORD.findall(text.lower())
    return {hash(" ".join(words[i : i + WINDOW])) for i in range(len(words) - WINDOW + 1)}


def _repo_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    return [ROOT / line for line in out.splitlines() if (ROOT / line).is_file()]


def test_no_ten_word_run_of_shared_text_in_the_repo() -> None:
    data = shared_path("data")
    shared: set[int] = set()
    for path in sorted(data.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                shared |= _shingles(json.loads(line).get("text", ""))
    for path in sorted(shared_path("seed").glob("*.txt")):
        shared |= _shingles(path.read_text(encoding="utf-8"))
    copied = []
    for path in _repo_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if _shingles(text) & shared:
            copied.append(str(path.relative_to(ROOT)))
    assert copied == []
