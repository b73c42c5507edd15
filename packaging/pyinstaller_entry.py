"""The frozen app's entry point: the same ``workbook`` command as a pip install.

PyInstaller needs a script, not a console-scripts entry; this is it. With no
subcommand it opens the desktop app; ``workbook check``, ``--version`` and the rest
work from the bundled executable too.
"""

from __future__ import annotations

import sys

from workbook.cli import main

if __name__ == "__main__":
    sys.exit(main())
