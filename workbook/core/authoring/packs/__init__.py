"""Module packs: a clinician's modules, images and assignment in one ``.wbpack`` file.

A pack is a zip holding ``pack.yaml`` (title, author, version, licence, the checksum
of every file and an optional assignment), an optional ``program.yaml`` with extra
stages, the module files and their images. It is data only: no code, nothing that
reaches the network. ``make_pack`` builds one from a folder, ``check_pack`` lists
every problem naming the file inside the pack and its line, ``install_pack`` adds it
to this computer's Workbook only when it has no error at all.
"""

from workbook.core.authoring.packs.check import check_pack
from workbook.core.authoring.packs.install import Installed, install_pack, remove_pack
from workbook.core.authoring.packs.installed import (
    installed_packs,
    packs_dir,
    program_with_packs,
)
from workbook.core.authoring.packs.make import PackProblem, make_pack
from workbook.core.authoring.packs.manifest import PACK_SUFFIX, Assignment, Manifest

__all__ = [
    "PACK_SUFFIX",
    "Assignment",
    "Installed",
    "Manifest",
    "PackProblem",
    "check_pack",
    "install_pack",
    "installed_packs",
    "make_pack",
    "packs_dir",
    "program_with_packs",
    "remove_pack",
]
