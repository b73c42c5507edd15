"""Nothing a person writes reaches disk unencrypted, and the format opens with ordinary tools."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import PASSPHRASE, FakeModule

from workbook.core.store import Workbook, create_workbook
from workbook.core.store.engine.connection import REQUIRED_PRAGMAS

HERE = Path(__file__).parent
ROOT = HERE.parents[2]


def _run_worker(*args: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, str(HERE / "store_worker.py"), *args],
        check=True,
        env=env,
        timeout=120,
        cwd=HERE,
    )


def test_no_marker_text_is_anywhere_on_disk(isolated_data_dir: Path, tmp_path: Path) -> None:
    """Words written into every kind of record never appear in any file: the workbook
    folder, its backups, the temp folder, or the settings and cache folders."""
    marker = f"MARKER{uuid.uuid4().hex}"
    wb, _ = create_workbook("Privacy check", PASSPHRASE)
    folder = wb.path
    wb.close()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}
    _run_worker("markers", str(folder), PASSPHRASE, marker, env=env)

    home = isolated_data_dir.parent
    scanned: list[Path] = [p for root in (home, temp) for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" and "backups" in p.parts for p in scanned)
    needles = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    leaks = [str(p) for p in scanned if any(n in p.read_bytes() for n in needles)]
    assert leaks == []
    # The markers really were saved (they are simply encrypted).
    from workbook.core.store import open_workbook

    with open_workbook(folder, PASSPHRASE) as again:
        assert any(marker in str(e.answers) for e in again.entries())


def test_every_connection_keeps_temp_data_in_memory(wb: Workbook) -> None:
    """Each database connection runs with in-memory temp storage, WAL, full sync and
    foreign keys, so nothing transient is written unencrypted."""
    with wb._engine.connect() as conn:
        for name, (_value, expected) in REQUIRED_PRAGMAS.items():
            assert str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()).lower() == expected


def _readme_recipe() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Your data: privacy, backups and recovery", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "the README shows how to open a workbook without Workbook"
    return match.group(1)


def test_the_readme_recipe_opens_a_workbook_without_workbook_code(
    created: tuple[Workbook, str], module: FakeModule, tmp_path: Path
) -> None:
    """With the recovery key, plain sqlcipher3 and cryptography open the database exactly
    as the README says: the format is open and standard."""
    wb, recovery_key = created
    entry = wb.start_entry(module)
    wb.complete_entry(entry.id, {"note": "readable by anyone with the key"}, None)
    wb.close()
    recipe = _readme_recipe()
    recipe = recipe.replace("/path/to/your/workbook/folder", str(wb.path))
    recipe = recipe.replace("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", recovery_key)
    recipe += "\nfor row in db.execute('SELECT value FROM answer_revisions'):\n    print(row[0])\n"
    script = tmp_path / "recipe.py"
    script.write_text(recipe, encoding="utf-8")
    # The recipe imports only sqlcipher3 and cryptography; -I keeps this checkout off sys.path.
    result = subprocess.run(
        [sys.executable, "-I", str(script)], capture_output=True, text=True, timeout=60, check=True
    )
    assert module.id in result.stdout
    assert "readable by anyone with the key" in result.stdout


@pytest.mark.parametrize("table", ["entries", "answer_revisions", "checkins", "goals"])
def test_the_database_is_unreadable_without_its_key(wb: Workbook, table: str) -> None:
    """Without the key, SQLite sees only noise: no table, no text."""
    import sqlcipher3

    wb.close()
    conn = sqlcipher3.connect(str(wb.db_path))
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute(f"SELECT * FROM {table}").fetchall()
    conn.close()


def test_other_accounts_on_the_computer_cannot_read_the_files(
    wb: Workbook, module: FakeModule
) -> None:
    """On a shared computer, the workbook's folder and files are readable by their owner only."""
    import stat

    wb.save_draft(wb.start_entry(module).id, {"note": "x"})
    wb.backup_now()
    paths = [wb.path, *wb.path.rglob("*")]
    assert any(p.name.endswith("-wal") for p in paths)
    loose = [str(p) for p in paths if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert loose == []
