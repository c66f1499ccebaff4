"""The copy-fit meter: a field's length against its budget, amber near it, red past it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

NEAR_FRACTION = 0.9
AMBER = "#b7791f"
RED = "#c53030"


class CopyFitMeter(QLabel):
    def __init__(self, budget: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget = budget
        self.length = 0
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000/000") + 8)
        self.update_length(0)

    @property
    def level(self) -> str:
        """ "ok", "near" or "over" the budget."""
        if self.length > self.budget:
            return "over"
        if self.length >= self.budget * NEAR_FRACTION:
            return "near"
        return "ok"

    def set_budget(self, budget: int) -> None:
        self.budget = budget
        self.update_length(self.length)

    def update_length(self, length: int) -> None:
        self.length = length
        self.setText(f"{length}/{self.budget}")
        colour = {"near": AMBER, "over": RED}.get(self.level)
        self.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        over = length - self.budget
        self.setToolTip(
            self.tr("%n character(s) over the budget of {0}", "", over).format(self.budget)
            if over > 0
            else self.tr("{0} of %n character(s)", "", self.budget).format(length)
        )
        self.setAccessibleDescription(self.toolTip())
