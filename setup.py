"""Build hook: ship the built-in program (modules/) and resources/ inside the wheel.

They live at the top of the repository where clinicians and designers find them;
the installed package finds them as ``workbook/_program`` and ``workbook/_resources``
through importlib.resources (see workbook/paths.py).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent
BUNDLED = {"modules": "_program", "resources": "_resources"}


class BuildWithProgram(build_py):
    def run(self) -> None:
        super().run()
        for source, target in BUNDLED.items():
            if not (HERE / source).is_dir():
                continue
            destination = Path(self.build_lib) / "workbook" / target
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(HERE / source, destination)


setup(cmdclass={"build_py": BuildWithProgram})
