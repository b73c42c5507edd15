"""A bug in the app: a log without any client content, and a kind message instead of a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workbook.ui.shell import crash


def _fail_holding_secrets() -> None:
    diary = "I told nobody about the panic at work"  # a local value: must never be logged
    raise ValueError(f"could not save {diary!r}")


def _capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        _fail_holding_secrets()
    except ValueError:
        info = sys.exc_info()
        assert info[0] is not None and info[1] is not None
        return info[0], info[1], info[2]
    raise AssertionError("no exception")


def test_crash_log_has_type_and_frames_but_no_words(isolated_data_dir: Path) -> None:
    """The log names the exception type and code locations, never its message or locals."""
    kind, error, tb = _capture()
    path = crash.write_crash_log(kind, error, tb)  # type: ignore[arg-type]
    assert path is not None and path.parent == isolated_data_dir / "logs"
    text = path.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text
    assert "_fail_holding_secrets" in text
    assert "Workbook 0." in text
    assert "panic at work" not in text
    assert str(error) not in text  # the message; the line of code that raised it is fine


def test_chained_exceptions_are_logged_too() -> None:
    """What was being handled when the bug struck is in the report as well (types only)."""
    try:
        try:
            _fail_holding_secrets()
        except ValueError as inner:
            words = " ".join(["wrapper", "with", "words"])
            raise RuntimeError(words) from inner
    except RuntimeError:
        kind, error, tb = sys.exc_info()
    assert kind is not None
    text = crash.crash_report(kind, error, tb)
    assert "builtins.RuntimeError" in text and "builtins.ValueError" in text
    assert "wrapper with words" not in text and "panic" not in text


def test_hook_shows_a_message_with_where_the_log_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """The uncaught-exception hook logs, then calls the human message with the log's path."""
    shown: list[Path | None] = []
    monkeypatch.setattr(crash, "_show", shown.append)
    kind, error, tb = _capture()
    crash.handle_exception(kind, error, tb)  # type: ignore[arg-type]
    assert len(shown) == 1 and shown[0] is not None and shown[0].is_file()


def test_old_logs_are_pruned(isolated_data_dir: Path) -> None:
    """Only the newest few reports are kept."""
    kind, error, tb = _capture()
    for _ in range(crash.KEEP_LOGS + 5):
        crash.write_crash_log(kind, error, tb)  # type: ignore[arg-type]
    assert len(list((isolated_data_dir / "logs").glob("crash-*.log"))) == crash.KEEP_LOGS


def test_background_failure_becomes_a_calm_message(qtbot: object) -> None:
    """An error in background work reaches on_error as words, not as a traceback."""
    from workbook.ui.service import WorkbookService

    service = WorkbookService(program_dir=None)
    got: list[tuple[str, str]] = []

    def boom() -> None:
        raise OSError("disk says no")

    service.run_in_background(boom, on_error=lambda m, a: got.append((m, a)))
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)  # type: ignore[attr-defined]
    message, advice = got[0]
    assert "couldn't read or write" in message
    assert "disk says no" not in message + advice
