"""The inbox at a glance: requests by status, the age of undecided ones, and
requests by section month by month (the month the desk received them)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QWidget

from deskeditor.services.ledger import Dashboard
from deskeditor.ui.widgets.bar_chart import BarChart


class DashboardDialog(QDialog):
    def __init__(self, parent: QWidget | None, dashboard: Dashboard) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Corrections dashboard"))
        self.resize(900, 560)
        self.status = BarChart(self.tr("Requests by status"))
        self.status.set_bars(
            [(s.value, {"requests": n}) for s, n in dashboard.by_status.items() if n]
        )
        self.age = BarChart(self.tr("Undecided requests by age"))
        self.age.set_bars([(label, {"requests": n}) for label, n in dashboard.by_age.items()])
        self.months = BarChart(self.tr("Requests by section, month by month"), legend=True)
        self.months.set_bars(list(dashboard.by_month.items()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QGridLayout(self)
        layout.addWidget(self.status, 0, 0)
        layout.addWidget(self.age, 0, 1)
        layout.addWidget(self.months, 1, 0, 1, 2)
        layout.addWidget(buttons, 2, 0, 1, 2)
