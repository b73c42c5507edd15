"""The workbooks on this computer, as the unlock screen lists them (no passphrase needed)."""

from __future__ import annotations

from workbook.core.store.errors import NewerVersion, NotAWorkbook
from workbook.core.store.keys.header import read_header
from workbook.core.store.layout import DB_NAME, WorkbookFiles, workbooks_dir
from workbook.core.store.records import WorkbookInfo


def list_workbooks() -> list[WorkbookInfo]:
    """Workbooks in the data folder, oldest first; half-made or damaged key files (and
    ones from a newer Workbook) are skipped."""
    root = workbooks_dir()
    if not root.is_dir():
        return []
    found = []
    for folder in sorted(root.iterdir()):
        files = WorkbookFiles(folder, folder / DB_NAME)
        if not (folder.is_dir() and files.envelope.is_file() and files.db.is_file()):
            continue
        try:
            header = read_header(files.envelope)
        except (NotAWorkbook, NewerVersion):
            continue
        found.append(WorkbookInfo(path=folder, name=header.name, created=header.created))
    return sorted(found, key=lambda info: (info.created, info.name))
