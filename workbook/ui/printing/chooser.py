"""File → Print…: choose what to print, then the print preview (Print or Save as PDF).

The PDFs come from workbook.core.printing; nothing is written to disk unless the
person chooses "Save as PDF" in the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from workbook.ui.widgets.dialog_parts import KeyedChoice, dialog_column, ok_cancel

if TYPE_CHECKING:
    from workbook.ui.service import WorkbookService
    from workbook.ui.shell.main_window import MainWindow


class PrintChooser(QDialog):
    """Radio choices; ``choice()`` returns (make_pdf, suggested file name) for the chosen one."""

    def __init__(
        self, service: WorkbookService, current: tuple[str, Any] | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.current = current  # (module id, entry) open in the Program screen, if any
        self.setMinimumWidth(480)
        layout = dialog_column(
            self,
            QCoreApplication.translate("PrintChooser", "Print"),
            heading=QCoreApplication.translate("PrintChooser", "What would you like to print?"),
            spacing=10,
        )

        choices = [
            (
                "report",
                QCoreApplication.translate(
                    "PrintChooser", "A progress report to take to my clinician"
                ),
            ),
            ("plan", QCoreApplication.translate("PrintChooser", "My safety plan as a card")),
            (
                "blank",
                QCoreApplication.translate("PrintChooser", "A blank worksheet to fill in by hand:"),
            ),
        ]
        if current is not None:
            module = service.program.module(current[0])
            name = module.title if module else current[0]
            choices.insert(
                0,
                (
                    "filled",
                    QCoreApplication.translate("PrintChooser", "“{name}” with my answers").format(
                        name=name
                    ),
                ),
            )
        self.group = KeyedChoice(self, layout, choices)
        self.options = {str(b.property("key")): b for b in self.group.buttons()}
        self.modules = QComboBox()
        self.modules.setAccessibleName(
            QCoreApplication.translate("PrintChooser", "Which worksheet")
        )
        for module in service.program.modules:
            self.modules.addItem(module.title, module.id)
        if current is not None:
            index = self.modules.findData(current[0])
            self.modules.setCurrentIndex(max(index, 0))
        self.modules.currentIndexChanged.connect(lambda _i: self.options["blank"].setChecked(True))
        layout.addWidget(self.modules)
        ok_cancel(self, layout, QCoreApplication.translate("PrintChooser", "Preview…"))

    def chosen_key(self) -> str:
        return self.group.key("report")

    def choice(self) -> tuple[Callable[[], bytes], str]:
        key = self.chosen_key()
        workbook = self.service.require()
        program = self.service.program
        if key == "report":
            from workbook.core.printing import progress_report_pdf

            return (lambda: progress_report_pdf(workbook, program)), "progress-report.pdf"
        if key == "plan":
            from workbook.core.printing import plan_card_pdf

            return (lambda: plan_card_pdf(workbook, program)), "my-plan.pdf"
        from workbook.core.printing import worksheet_pdf

        if key == "filled" and self.current is not None:
            module_id, entry = self.current
            module = program.module(module_id)
            assert module is not None
            return (
                lambda: worksheet_pdf(module, program.title, "filled", entry)
            ), f"{module.id}-my-answers.pdf"
        module = program.module(str(self.modules.currentData()))
        assert module is not None
        return (lambda: worksheet_pdf(module, program.title, "blank")), f"{module.id}-worksheet.pdf"


def open_print_chooser(window: MainWindow) -> None:
    """Ask what to print, then show it in the preview."""
    service = window.service
    if not service.is_open:
        return
    dialog = PrintChooser(service, _current_entry(window), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    make_pdf, filename = dialog.choice()
    from workbook.ui.printing.bridge import preview_pdf

    preview_pdf(make_pdf, filename, window)


def _current_entry(window: MainWindow) -> tuple[str, Any] | None:
    """The module entry on screen in the Program screen, saved first so the print is current."""
    workspace = window.workspace
    if workspace is None or workspace.current_key() != "program":
        return None
    from workbook.ui.program.entry_view import EntryView
    from workbook.ui.program.screen import ModuleScreen

    screen = workspace.current_screen()
    content = screen.content if isinstance(screen, ModuleScreen) else None
    if not isinstance(content, EntryView):
        return None
    content.flush()
    entry = content.session.entry
    if entry is None:
        return None
    return entry.module_id, window.service.require().entry(entry.id)
