"""Print one of the README's two set-up commands, so CI runs them verbatim.

Usage: python3 .ci/readme_commands.py demo|test
The README's first fenced ``sh`` block holds the demo command, the second the test command.
"""

import re
import sys
from pathlib import Path

blocks = re.findall(r"```sh\n(.*?)\n```", Path("README.md").read_text(encoding="utf-8"), re.S)
which = {"demo": 0, "test": 1}[sys.argv[1]]
print(blocks[which].strip())
