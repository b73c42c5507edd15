"""Subprocess helper for the store tests (not a test): writes to a workbook in a loop or once.

python store_worker.py markers FOLDER PASSPHRASE MARKER   write MARKER into every record kind
python store_worker.py entries FOLDER PASSPHRASE          save entries forever, print ids
python store_worker.py passwd  FOLDER OLD NEW             flip the passphrase forever
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date, timedelta

from workbook.core.store import open_workbook


@dataclass(frozen=True)
class Module:
    id: str
    version: str = "1.0"
    source_hash: str = "b" * 64
    records: str | None = None


def markers(folder: str, passphrase: str, marker: str) -> None:
    with open_workbook(folder, passphrase) as wb:
        entry = wb.start_entry(Module("questionnaire"))
        wb.save_draft(entry.id, {"text": f"draft {marker}"}, page_index=1)
        answers = {
            "text": f"text {marker}",
            "list": [f"item {marker}"],
            "table": [{"what": f"cell {marker}"}],
        }
        wb.complete_entry(entry.id, answers, {"flags": [f"result {marker}"]})
        wb.revise_entry(entry.id, {"text": f"revised {marker}"}, {"flags": []})
        goal = wb.add_goal(f"goal {marker}", specific=f"specific {marker}", plan=f"plan {marker}")
        wb.update_goal(goal.id, obstacles=f"obstacles {marker}", specific=f"changed {marker}")
        wb.add_goal_review(goal.id, f"review {marker}", progress=5)
        day = date(2026, 2, 3)
        wb.save_checkin(day, mood=3, note=f"checkin {marker}")
        wb.save_checkin(day, mood=4, note=f"checkin again {marker}")
        wb.set_setting("crisis_contacts", [{"name": f"contact {marker}"}])
        checkin_module = Module("checkin", records="checkin")
        done = wb.start_entry(checkin_module)
        wb.complete_entry(done.id, {"mood": 2, "note": f"module checkin {marker}"}, None)
        # Enough rows that sorting them could spill to a temp file if it were allowed.
        for i in range(120):
            wb.save_checkin(day + timedelta(days=i + 1), mood=i % 11, note=f"{marker} {i}")
        wb.checkins()
        wb.entries()
        wb.backup_now()


def entries(folder: str, passphrase: str) -> None:
    with open_workbook(folder, passphrase) as wb:
        print("ready", flush=True)
        module = Module("loop")
        n = 0
        while True:
            entry = wb.start_entry(module)
            wb.save_draft(entry.id, {"n": n, "note": "x" * (n % 500)})
            wb.complete_entry(entry.id, {"n": n, "done": True}, {"scores": [n]})
            print(entry.id, flush=True)
            n += 1


def passwd(folder: str, old: str, new: str) -> None:
    with open_workbook(folder, old) as wb:
        print("ready", flush=True)
        current, other = old, new
        while True:
            wb.change_passphrase(current, other)
            current, other = other, current


COMMANDS = {"markers": markers, "entries": entries, "passwd": passwd}


def zygote(mode: str, *args: str) -> None:
    child = 0
    for line in sys.stdin:
        word, _, rest = line.strip().partition(" ")
        if word == "run":
            child = os.fork()
            if child == 0:
                fd = os.open(rest, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                os.dup2(fd, 1)
                sys.stdout = os.fdopen(1, "w", buffering=1)
                try:
                    COMMANDS[mode](*args)
                finally:
                    os._exit(0)
            print(child, flush=True)
        elif word == "reap":
            _, status = os.waitpid(child, 0)
            print(f"done {status}", flush=True)


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "zygote":
        zygote(*rest)
    else:
        COMMANDS[command](*rest)
