"""Drive the real app the way a person does: click, type, press Next and Finish.

Shared by the end-to-end test, its crash worker and the screenshot tool. Not a test.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

PASSPHRASE = "kettle violin harbour moon"


def create_through_welcome(window: Any, wait_until: Any, passphrase: str = PASSPHRASE) -> str:
    """Welcome → create → recovery key kept → Home. Returns the recovery key that was shown."""
    start = window.start_screen
    start.welcome.create_button.click()
    start.create_page.name_edit.setText("My workbook")
    start.create_page.passphrase.first.setText(passphrase)
    start.create_page.passphrase.second.setText(passphrase)
    start.create_page.create_button.click()
    wait_until(lambda: start.currentWidget() is start.recovery)
    key = str(start.recovery.key_label.text())
    start.recovery.kept.setChecked(True)
    start.recovery.continue_button.click()
    wait_until(lambda: window.service.is_open)
    return key


def unlock(window: Any, wait_until: Any, passphrase: str = PASSPHRASE) -> None:
    page = window.start_screen.unlock
    page.passphrase.setText(passphrase)
    page.unlock_button.click()
    wait_until(lambda: window.service.is_open)


def open_module(window: Any, module_id: str) -> Any:
    """Go to Program and open a module; returns the entry view now showing."""
    window.go("program")
    screen = window.workspace.screen_for("program")
    screen.open_module(module_id)
    return screen.content


def type_text(widget: Any, text: str) -> None:
    """Type into a text box key by key (so edit signals fire as they do for a person)."""
    from PySide6.QtTest import QTest

    QTest.keyClicks(widget, text)


def answer(view: Any, field_id: str, value: Any) -> None:
    """Answer one question in an entry view: radio click, typing, or the widget's own setter."""
    widget = view.field_widget(field_id)
    assert widget is not None, f"no question {field_id!r} on this module"
    kind = widget.field.type.value
    if kind == "choice":
        index = [o.value for o in widget.field.options].index(value)
        widget._buttons[index].click()
    elif kind in {"text", "long_text"}:
        editor = widget.findChild(QLineEdit) or widget.findChild(QPlainTextEdit)
        editor = editor or widget.findChild(QTextEdit)
        assert editor is not None
        editor.setFocus()
        type_text(editor, str(value))
    else:  # scales, dates, lists, tables: the widget's own setter, then "changed" as on input
        widget.set_value(value)
        widget.changed.emit()
    QApplication.processEvents()


def next_until_finish(view: Any) -> None:
    """Press Next until the Finish button shows (each page's checks must pass)."""
    for _ in range(len(view.pages)):
        if view.finish_button.isVisible():
            return
        page = view.current_page()
        view.next_button.click()
        assert view.current_page() == page + 1, "Next was blocked: " + view.banner.text()


def go_to_page_with(view: Any, field_id: str) -> None:
    """Press Next until the page holding ``field_id`` shows."""
    target = view.session.first_page_with(field_id)
    while view.current_page() < target:
        page = view.current_page()
        view.next_button.click()
        assert view.current_page() == page + 1, "Next was blocked: " + view.banner.text()
