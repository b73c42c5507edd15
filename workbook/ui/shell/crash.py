"""When the app hits a bug: write a log with no client content and tell the person calmly.

The log holds only what a developer needs to find the bug — the exception's type,
the code frames (file, line, function, the line of *code*), the app, Python and Qt
versions — and never an exception's message or local values, because either could
hold words the person typed. The person sees a short, kind message and where the
log is, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from workbook import __version__
from workbook.paths import log_dir

#: How many crash logs to keep; older ones are removed so the folder never grows without end.
KEEP_LOGS = 10

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]

ShowMessage = Callable[[Path | None], None]
_show: ShowMessage | None = None
_handling = threading.local()


def crash_report(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The text of a crash log: versions, exception types and code frames — nothing typed."""
    import platform
    import traceback

    lines = [
        f"Workbook {__version__} crash report",
        f"time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"python: {platform.python_version()} ({platform.system()} {platform.machine()})",
        f"qt: {_qt_version()}",
        "",
    ]
    seen: set[int] = set()
    chain: list[tuple[type[BaseException], TracebackType | None]] = [(exc_type, tb)]
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        nxt = current.__cause__ or current.__context__
        if nxt is not None and id(nxt) not in seen:
            chain.append((type(nxt), nxt.__traceback__))
        current = nxt
    for index, (kind, frames) in enumerate(chain):
        if index:
            lines.append("raised while handling:")
        lines.append(f"exception: {kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(frames):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
            if frame.line and _is_code(frame.filename):
                lines.append(f"      {frame.line.strip()}")
        lines.append("")
    return "\n".join(lines)


def write_crash_log(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> Path | None:
    """Save a crash report in ``paths.log_dir()``; returns its path, or None if it could not."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"crash-{stamp}.log"
        path.write_text(crash_report(exc_type, exc, tb), encoding="utf-8")
        _prune(folder)
        return path
    except OSError:
        return None


def handle_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> None:
    """The hook itself: log, then show the human message (once, even if showing fails)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    if getattr(_handling, "active", False):
        return
    _handling.active = True
    try:
        path = write_crash_log(exc_type, exc, tb)
        print(
            f"Workbook hit a problem ({exc_type.__name__}); report: {path or 'not saved'}",
            file=sys.stderr,
        )
        if _show is not None:
            _show(path)
    finally:
        _handling.active = False


def install(show: ShowMessage | None = None) -> None:
    """Route uncaught exceptions (main thread and worker threads) through the hook."""
    global _show
    _show = show
    sys.excepthook = handle_exception

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        handle_exception(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob("crash-*.log"))
    for old in logs[:-KEEP_LOGS]:
        with contextlib.suppress(OSError):
            old.unlink()


def _is_code(filename: str) -> bool:
    return filename.endswith(".py")


def _short(filename: str) -> str:
    """Paths inside Workbook relative to it; others (libraries) by their last parts only."""
    try:
        return str(Path(filename).resolve().relative_to(_PACKAGE_ROOT))
    except ValueError:
        parts = Path(filename).parts
        return os.path.join(*parts[-3:]) if parts else filename


def _qt_version() -> str:
    qt = sys.modules.get("PySide6.QtCore")
    return str(getattr(qt, "qVersion", lambda: "not loaded")())
