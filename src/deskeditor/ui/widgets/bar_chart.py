"""A small bar chart, painted with QPainter (Qt Charts is not part of the Qt we ship):
one bar a label, or stacked bars when each label has several parts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ["#2b6cb0", "#c05621", "#2f855a", "#b7791f", "#805ad5", "#c53030", "#319795", "#718096"]


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None, legend: bool = False) -> None:
        """``legend``: always name the parts (a chart by section names even one section)."""
        super().__init__(parent)
        self.title = title
        self._legend = legend
        self._bars: list[tuple[str, dict[str, int]]] = []
        self._keys: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def set_bars(self, bars: list[tuple[str, dict[str, int]]]) -> None:
        """(label, {part: count}) for each bar; one part each for plain bars."""
        self._bars = bars
        self._keys = sorted({key for _, parts in bars for key in parts})
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {sum(parts.values())}"
                + (f" ({', '.join(f'{k} {n}' for k, n in parts.items())})" if self._legend else "")
                for label, parts in bars
            )
        )
        self.update()

    @property
    def legend_shown(self) -> bool:
        return bool(self._keys) and (self._legend or len(self._keys) > 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self._bars:
            painter.drawText(
                QRectF(0, line, self.width(), line * 2), Qt.AlignmentFlag.AlignLeft, "—"
            )
            return
        legend = self.legend_shown
        top, bottom = line * 1.6, self.height() - line * (2.6 if legend else 1.4)
        most = max(1, max(sum(parts.values()) for _, parts in self._bars))
        slot = self.width() / len(self._bars)
        width = min(48.0, slot * 0.6)
        colours = {key: QColor(PALETTE[i % len(PALETTE)]) for i, key in enumerate(self._keys)}
        for index, (label, parts) in enumerate(self._bars):
            x = index * slot + (slot - width) / 2
            y = bottom
            for key in self._keys:
                count = parts.get(key, 0)
                height = (bottom - top) * count / most
                painter.fillRect(QRectF(x, y - height, width, height), colours[key])
                y -= height
            painter.setPen(text)
            total = sum(parts.values())
            painter.drawText(
                QRectF(x - 10, y - line, width + 20, line), Qt.AlignmentFlag.AlignCenter, str(total)
            )
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(
                QRectF(index * slot, bottom + 2, slot, line), Qt.AlignmentFlag.AlignCenter, shown
            )
        if legend:
            x = 0.0
            for key in self._keys:
                painter.fillRect(
                    QRectF(x, self.height() - line + 3, line - 6, line - 6), colours[key]
                )
                painter.setPen(text)
                painter.drawText(
                    QRectF(x + line, self.height() - line, 200, line),
                    Qt.AlignmentFlag.AlignLeft,
                    key,
                )
                x += line + metrics.horizontalAdvance(key) + 16
