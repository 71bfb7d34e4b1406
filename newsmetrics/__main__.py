"""``python -m newsmetrics``: the command line."""

import sys

from newsmetrics.cli import main

sys.exit(main())
