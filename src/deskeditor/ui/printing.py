"""Printing and PDF: the rendered article on paper, through Qt's own printing support.

Pages are laid out at screen resolution (96 dpi), so the preview's CSS sizes mean
on paper what they mean on screen. A desk proof heads every page with a line
(slug · status · section · printed · page n of m). A PDF carries its title
(headline), author (byline) and subject (dek) in its document properties: Qt
writes title and author; pypdf adds the subject, which Qt's writer has no call for.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from deskeditor.services.exporting import PdfDetails, ProofHeader

MARGINS_MM = QMarginsF(20, 18, 20, 18)
RESOLUTION = 96  # dots per inch: CSS pixels as on screen
HEADER_POINTS = 8


def page_document(html: str) -> QTextDocument:
    """The article document as it should be laid out on a page."""
    document = QTextDocument()
    document.setHtml(html)
    return document


def paint_pages(html: str, device: QPagedPaintDevice, proof: ProofHeader | None = None) -> int:
    """Lay ``html`` out on ``device``'s pages (with the proof line on each); the count."""
    document = page_document(html)
    document.documentLayout().setPaintDevice(device)
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = float(rect.width()), float(rect.height())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        font = QFont(["DejaVu Sans", "Arial", "sans-serif"])
        font.setPointSize(HEADER_POINTS)
        painter.setFont(font)
        header = painter.fontMetrics().lineSpacing() * 2 if proof is not None else 0
        body = height - header
        document.setPageSize(QSizeF(width, body))
        pages = max(1, document.pageCount())
        for page in range(pages):
            if page:
                device.newPage()
            if proof is not None:
                line = proof.line(page + 1, pages)
                baseline = painter.fontMetrics().ascent()
                painter.drawText(QPointF(0, baseline), line)
                rule = painter.fontMetrics().lineSpacing() * 1.3
                painter.drawLine(QPointF(0, rule), QPointF(width, rule))
            painter.save()
            painter.translate(0, header - page * body)
            clip = QRectF(0, page * body, width, body)
            painter.setClipRect(clip)
            document.drawContents(painter, clip)
            painter.restore()
    finally:
        painter.end()
    return pages


def _layout(page: QPageSize.PageSizeId) -> QPageLayout:
    return QPageLayout(
        QPageSize(page), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def write_pdf(
    html: str,
    target: Path,
    details: PdfDetails | None = None,
    page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
) -> None:
    details = details or PdfDetails(target.stem, "", "")
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_layout(page))
    writer.setTitle(details.title)
    if hasattr(writer, "setAuthor"):  # Qt 6.9+
        writer.setAuthor(details.author)
    writer.setCreator("Deskeditor")
    paint_pages(html, writer, details.proof)
    del writer  # the file is complete once the writer is gone
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(f"could not write {target}")
    _describe(target, details)


def _describe(target: Path, details: PdfDetails) -> None:
    """Title, author and subject in the PDF's document properties."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(target.read_bytes())))
    writer.add_metadata(
        {
            "/Title": details.title,
            "/Author": details.author,
            "/Subject": details.subject,
            "/Creator": "Deskeditor",
        }
    )
    with target.open("wb") as out:
        writer.write(out)


def print_preview(
    parent: QWidget | None, html: str, proof: ProofHeader | None = None
) -> QPrintPreviewDialog:
    """Qt's print preview, sized for a page, with the export's template (and the
    proof line on every page for a desk proof); print from there."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageLayout(_layout(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    title = (
        QCoreApplication.translate("Printing", "Print proof")
        if proof is not None
        else QCoreApplication.translate("Printing", "Print preview")
    )
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda device: paint_pages(html, device, proof))
    dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
    dialog.exec()
    return dialog
