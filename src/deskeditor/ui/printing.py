"""Printing and PDF: the rendered article on paper, through Qt's own printing support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MARGINS_MM = QMarginsF(20, 18, 20, 18)


def page_document(html: str) -> QTextDocument:
    """The article document as it should be laid out on a page."""
    document = QTextDocument()
    document.setHtml(html)
    return document


def write_pdf(
    html: str, target: Path, page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
) -> None:
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(target.stem)
    writer.setCreator("Deskeditor")
    document = page_document(html)
    document.print_(writer)
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(f"could not write {target}")


def print_preview(parent: QWidget | None, html: str) -> None:
    """Qt's print preview, sized for a page, with the export's template."""
    document = page_document(html)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print preview") if parent else "Print preview")
    dialog.paintRequested.connect(document.print_)
    dialog.exec()
