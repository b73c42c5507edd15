"""One calm look for every screen: colours, text size, focus rings and icons live here only.

Screens never hard-code colours: they ask ``theme.palette()`` / ``theme.color(name)``
and mark widgets with ``theme.set_role(widget, "title")`` so the shared style sheet
(``resources/styles/workbook.qss``) styles them. The look follows the system's
light/dark setting unless the person picked one, and the text size setting scales
every font from one base size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QPoint, QRect, QRectF, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QWidget

from workbook.paths import resources_dir
from workbook.ui.widgets import indicator_style

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


@dataclass(frozen=True)
class Palette:
    """The named colours of one scheme (hex strings, usable in style sheets and QColor)."""

    dark: bool
    window: str  # page background
    surface: str  # cards, inputs
    sunken: str  # navigation rail, sidebars
    text: str
    muted: str  # secondary text (still ≥ 4.5:1 contrast on window)
    border: str
    accent: str  # primary buttons, selection
    accent_text: str  # text on accent
    accent_soft: str  # hover and selected backgrounds
    focus: str  # keyboard focus ring
    danger: str
    danger_soft: str
    warning: str
    warning_soft: str
    success: str
    success_soft: str
    info_soft: str  # tips and notes


LIGHT = Palette(
    dark=False,
    window="#f5f3ee",
    surface="#ffffff",
    sunken="#ebe8e0",
    text="#24292e",
    muted="#55595f",
    border="#cfcabe",
    accent="#2f6b68",
    accent_text="#ffffff",
    accent_soft="#dcebe8",
    focus="#1f5fbf",
    danger="#a23b3b",
    danger_soft="#f6e1df",
    warning="#8a5a00",
    warning_soft="#f8ecd2",
    success="#2e6b3a",
    success_soft="#e1f0e2",
    info_soft="#e4edf6",
)

DARK = Palette(
    dark=True,
    window="#1d2023",
    surface="#272b2f",
    sunken="#171a1c",
    text="#e7e5e1",
    muted="#b2b0aa",
    border="#454a50",
    accent="#78b5ae",
    accent_text="#10201f",
    accent_soft="#2d4644",
    focus="#8ab4ff",
    danger="#e59a94",
    danger_soft="#4a2a29",
    warning="#e8c275",
    warning_soft="#463a22",
    success="#93cf9c",
    success_soft="#25402a",
    info_soft="#263646",
)

#: Text size steps the View menu and Settings move through (1.0 is the base size).
TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
#: Never smaller than this, whatever the system says: readable when tired.
MIN_BASE_POINT_SIZE = 11.0

_SCALE_KEY = "appearance/text_scale"
_SCHEME_KEY = "appearance/color_scheme"  # "system", "light" or "dark"

_current: Palette = LIGHT


class _Notifier(QObject):
    """Emits ``changed`` after the theme was applied (scheme or text size), for widgets that
    hold something drawn in the old colours (icons, hand-made style sheets)."""

    changed = Signal()


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def palette() -> Palette:
    """The colours in use right now."""
    return _current


def color(name: str) -> QColor:
    """A named colour of the current palette as a QColor, e.g. ``color("accent")``."""
    return QColor(getattr(_current, name))


def text_scale() -> float:
    """The person's text size (1.0 = normal); kept in QSettings because it is not content."""
    value = QSettings().value(_SCALE_KEY, 1.0)
    try:
        scale = float(str(value))
    except (TypeError, ValueError):
        return 1.0
    return min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1])


def set_text_scale(scale: float) -> None:
    """Remember a new text size and restyle the running app."""
    QSettings().setValue(_SCALE_KEY, min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1]))
    apply_theme()


def step_text_scale(steps: int) -> float:
    """Move the text size ``steps`` notches bigger (+) or smaller (-); returns the new scale."""
    current = text_scale()
    index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
    new = TEXT_SCALES[min(max(index + steps, 0), len(TEXT_SCALES) - 1)]
    set_text_scale(new)
    return new


def color_scheme_preference() -> str:
    """ "system" (default), "light" or "dark"."""
    value = str(QSettings().value(_SCHEME_KEY, "system"))
    return value if value in {"system", "light", "dark"} else "system"


def set_color_scheme_preference(value: str) -> None:
    QSettings().setValue(_SCHEME_KEY, value if value in {"light", "dark"} else "system")
    apply_theme()


def system_is_dark() -> bool:
    """What the desktop asks for; a desktop that does not say gets the light scheme."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = app.styleHints().colorScheme()
    return bool(scheme == Qt.ColorScheme.Dark)


def base_point_size() -> float:
    """The body text size in points: the system's (at least 11 pt) times the text size setting."""
    # The platform's own size, not QFont() (which is the app font this module already scaled:
    # reading that would compound the scale on every restyle).
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return round(max(system, MIN_BASE_POINT_SIZE) * text_scale(), 1)


def apply_theme(app: QApplication | None = None) -> None:
    """Style the whole app for the current scheme and text size. Safe to call again at any time."""
    global _current
    app = app or _application()
    if app is None:
        return
    preference = color_scheme_preference()
    dark = system_is_dark() if preference == "system" else preference == "dark"
    _current = DARK if dark else LIGHT
    indicator_style.install(app, lambda: _current.muted)
    app.setPalette(_qpalette(_current))
    font = QFont(app.font())
    font.setPointSizeF(base_point_size())
    app.setFont(font)
    app.setStyleSheet(style_sheet(_current, base_point_size()))
    icon.cache_clear()
    notifier().changed.emit()


def follow_system(app: QApplication) -> None:
    """Restyle when the desktop switches between light and dark."""
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


def style_sheet(colors: Palette, base_pt: float) -> str:
    """The shared style sheet with this palette's colours and sizes filled in."""
    text = (resources_dir() / "styles" / "workbook.qss").read_text(encoding="utf-8")
    tokens = {f"@{k}@": str(v) for k, v in asdict(colors).items() if isinstance(v, str)}
    tokens.update(
        {
            "@base_pt@": f"{base_pt:.1f}",
            "@small_pt@": f"{base_pt * 0.9:.1f}",
            "@subtitle_pt@": f"{base_pt * 1.25:.1f}",
            "@title_pt@": f"{base_pt * 1.6:.1f}",
            "@display_pt@": f"{base_pt * 2.1:.1f}",
            "@indicator_px@": str(indicator_px(base_pt)),
            "@icons@": (resources_dir() / "icons").as_posix(),
        }
    )
    for token, value in tokens.items():
        text = text.replace(token, value)
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        text = mirrored(text)
    return text


def start_edge() -> str:
    """The side a line starts on, for a coloured edge: "left", or "right" right to left."""
    return "right" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "left"


def mirrored(sheet: str) -> str:
    """The sheet for a right-to-left layout: Qt mirrors widgets and their sub-controls, not a
    style sheet's sides, so a callout's coloured edge and the rail's border swap sides here."""
    return (
        sheet.replace("border-left", "\0")
        .replace("border-right", "border-left")
        .replace("\0", "border-right")
    )


def indicator_px(base_pt: float | None = None) -> int:
    """Check box and radio circle size: 16 px at 11 pt text, growing with the text size."""
    return max(16, round((base_pt or base_point_size()) * 16 / MIN_BASE_POINT_SIZE))


def icon_px(normal: int) -> int:
    """An icon's size for the current text size (``normal`` px at 100 %)."""
    return max(normal, round(normal * text_scale()))


def text_px(normal: int) -> int:
    """A width that holds words (a side list, a rail) for the current text size: ``normal``
    px at 100 %, as much wider as the words are."""
    return round(normal * text_scale())


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give a widget a style role from the shared sheet ("title", "muted", "card", "primary" …)."""
    widget.setProperty("role", role)
    # A widget in a window that is already on screen has been styled: restyle it for the
    # new role. One not yet shown is styled when it is, so skip the (costly) work now.
    # (Reading Qt.WidgetAttribute instead would build a 30 ms Python enum at start-up.)
    if widget.window().isVisible():
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    return widget


class _Follower(QObject):
    """Runs a callback on every restyle; a child of the widget, so it goes when the widget goes
    (a slot of a destroyed QObject is disconnected by Qt itself)."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self.callback = callback
        notifier().changed.connect(self.run)

    def run(self) -> None:
        self.callback()


def when_restyled(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` after every restyle (scheme or text size) while ``widget`` lives."""
    _Follower(widget, callback)


def follow_style(widget: QWidget, sheet: Callable[[Palette], str]) -> QWidget:
    """Give ``widget`` its own style sheet built from the palette, rebuilt on every restyle.

    For the few looks the shared sheet can't express; a sheet built once would keep the
    colours of the scheme it was made in (dark help text on a dark page).
    """
    widget.setStyleSheet(sheet(_current))
    when_restyled(widget, lambda: widget.setStyleSheet(sheet(_current)))
    return widget


class _SvgIconEngine(QIconEngine):
    """Draws an SVG at exactly the size and device pixel ratio asked for, when asked.

    Nothing is rendered until a widget paints the icon, which keeps start-up quick, and
    every size is sharp on high-DPI screens. Disabled icons use the muted colour.
    """

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self.renderers: dict[bool, QSvgRenderer] = {}

    def _renderer(self, disabled: bool) -> QSvgRenderer:
        if disabled not in self.renderers:
            from PySide6.QtSvg import QSvgRenderer  # loaded when an icon is first painted

            colour = _current.muted if disabled else _current.text
            data = QByteArray(self.svg.replace("currentColor", colour).encode("utf-8"))
            self.renderers[disabled] = QSvgRenderer(data)
        return self.renderers[disabled]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode == QIcon.Mode.Disabled).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self.svg)


@cache
def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg``, drawn in the current text colour.

    The SVGs use ``currentColor``; drawing them ourselves keeps them sharp at any
    size and legible in both light and dark schemes.
    """
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    return QIcon(_SvgIconEngine(path.read_text(encoding="utf-8")))


def app_icon() -> QIcon:
    """The Workbook icon (kept in its own colours, not recoloured)."""
    path = resources_dir() / "icons" / "workbook.svg"
    return QIcon(str(path)) if path.is_file() else icon("book")


def _qpalette(colors: Palette) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: colors.window,
        role.WindowText: colors.text,
        role.Base: colors.surface,
        role.AlternateBase: colors.sunken,
        role.Text: colors.text,
        role.Button: colors.surface,
        role.ButtonText: colors.text,
        role.Highlight: colors.accent,
        role.HighlightedText: colors.accent_text,
        role.ToolTipBase: colors.surface,
        role.ToolTipText: colors.text,
        role.PlaceholderText: colors.muted,
        role.Link: colors.focus,
        role.Mid: colors.border,
    }
    for key, value in pairs.items():
        pal.setColor(key, QColor(value))
    for group_role in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, group_role, QColor(colors.muted))
    return pal


def _application() -> QApplication | None:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else None
