"""What the window calls the domain's values, in the window's language: statuses,
notice kinds and places, request statuses and the export formats. Each label is
marked here, once, so Qt's tools find it (the domain and services know no Qt);
tests/ui/test_labels.py checks every member has one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from deskeditor.domain.article import ArticleStatus, RevisionReason
from deskeditor.domain.corrections import NoticeKind, NoticePosition, RequestStatus
from deskeditor.services.exporting import ExportFormat

ARTICLE_STATUS = {
    ArticleStatus.DRAFT: QT_TRANSLATE_NOOP("ArticleStatus", "Draft"),
    ArticleStatus.EDITING: QT_TRANSLATE_NOOP("ArticleStatus", "Editing"),
    ArticleStatus.COPY_DESK: QT_TRANSLATE_NOOP("ArticleStatus", "Copy desk"),
    ArticleStatus.READY: QT_TRANSLATE_NOOP("ArticleStatus", "Ready"),
    ArticleStatus.PUBLISHED: QT_TRANSLATE_NOOP("ArticleStatus", "Published"),
    ArticleStatus.CORRECTED: QT_TRANSLATE_NOOP("ArticleStatus", "Corrected"),
}
REQUEST_STATUS = {
    RequestStatus.NEW: QT_TRANSLATE_NOOP("RequestStatus", "New"),
    RequestStatus.TRIAGING: QT_TRANSLATE_NOOP("RequestStatus", "Triaging"),
    RequestStatus.INVESTIGATING: QT_TRANSLATE_NOOP("RequestStatus", "Investigating"),
    RequestStatus.APPROVED: QT_TRANSLATE_NOOP("RequestStatus", "Approved"),
    RequestStatus.REJECTED: QT_TRANSLATE_NOOP("RequestStatus", "Rejected"),
    RequestStatus.DUPLICATE: QT_TRANSLATE_NOOP("RequestStatus", "Duplicate"),
    RequestStatus.FIXED: QT_TRANSLATE_NOOP("RequestStatus", "Fixed"),
    RequestStatus.NOTICE_PUBLISHED: QT_TRANSLATE_NOOP("RequestStatus", "Notice published"),
    RequestStatus.REPLY_SAVED: QT_TRANSLATE_NOOP("RequestStatus", "Reply saved"),
    RequestStatus.READER_REPLIED: QT_TRANSLATE_NOOP("RequestStatus", "Reader replied"),
    RequestStatus.CLOSED: QT_TRANSLATE_NOOP("RequestStatus", "Closed"),
}
NOTICE_KIND = {
    NoticeKind.CORRECTION: QT_TRANSLATE_NOOP("NoticeKind", "Correction"),
    NoticeKind.CLARIFICATION: QT_TRANSLATE_NOOP("NoticeKind", "Clarification"),
    NoticeKind.EDITORS_NOTE: QT_TRANSLATE_NOOP("NoticeKind", "Editor’s note"),
    NoticeKind.UPDATE: QT_TRANSLATE_NOOP("NoticeKind", "Update"),
}
NOTICE_POSITION = {
    NoticePosition.TOP: QT_TRANSLATE_NOOP("NoticePosition", "Top"),
    NoticePosition.BOTTOM: QT_TRANSLATE_NOOP("NoticePosition", "Bottom"),
}
# (label, File menu entry, status tip) of each export format.
EXPORT_FORMAT = {
    ExportFormat.HTML: (
        QT_TRANSLATE_NOOP("ExportFormat", "Web page"),
        QT_TRANSLATE_NOOP("ExportFormat", "Export as &HTML…"),
        QT_TRANSLATE_NOOP("ExportFormat", "Save the rendered article as a web page"),
    ),
    ExportFormat.PDF: (
        QT_TRANSLATE_NOOP("ExportFormat", "PDF"),
        QT_TRANSLATE_NOOP("ExportFormat", "Export as &PDF…"),
        QT_TRANSLATE_NOOP("ExportFormat", "Save the rendered article as a PDF"),
    ),
    ExportFormat.MD: (
        QT_TRANSLATE_NOOP("ExportFormat", "Markdown"),
        QT_TRANSLATE_NOOP("ExportFormat", "Export as &Markdown…"),
        QT_TRANSLATE_NOOP("ExportFormat", "Markdown with front matter"),
    ),
    ExportFormat.DOCX: (
        QT_TRANSLATE_NOOP("ExportFormat", "Word document"),
        QT_TRANSLATE_NOOP("ExportFormat", "Export as &Word…"),
        QT_TRANSLATE_NOOP("ExportFormat", "A Word document"),
    ),
    ExportFormat.JSON: (
        QT_TRANSLATE_NOOP("ExportFormat", "Deskeditor JSON"),
        QT_TRANSLATE_NOOP("ExportFormat", "Export as &JSON…"),
        QT_TRANSLATE_NOOP("ExportFormat", "Deskeditor’s article schema"),
    ),
    ExportFormat.TXT: (
        QT_TRANSLATE_NOOP("ExportFormat", "Plain text"),
        QT_TRANSLATE_NOOP("ExportFormat", "Export as plain &text…"),
        QT_TRANSLATE_NOOP("ExportFormat", "News copy as text"),
    ),
    ExportFormat.NINJS: (
        QT_TRANSLATE_NOOP("ExportFormat", "IPTC ninjs"),
        QT_TRANSLATE_NOOP("ExportFormat", "E&xport as ninjs…"),
        QT_TRANSLATE_NOOP("ExportFormat", "IPTC ninjs JSON, for wire and publishing systems"),
    ),
}


REVISION_REASON = {
    RevisionReason.AUTOSAVE: QT_TRANSLATE_NOOP("RevisionReason", "Autosave"),
    RevisionReason.SAVE: QT_TRANSLATE_NOOP("RevisionReason", "Save"),
    RevisionReason.IMPORT: QT_TRANSLATE_NOOP("RevisionReason", "Import"),
    RevisionReason.CORRECTION: QT_TRANSLATE_NOOP("RevisionReason", "Correction"),
    RevisionReason.RESTORE: QT_TRANSLATE_NOOP("RevisionReason", "Restore"),
    RevisionReason.STATUS_CHANGE: QT_TRANSLATE_NOOP("RevisionReason", "Status change"),
    RevisionReason.PUBLISH_OVERRIDE: QT_TRANSLATE_NOOP("RevisionReason", "Publish override"),
    RevisionReason.SLUG_CHANGE: QT_TRANSLATE_NOOP("RevisionReason", "Slug change"),
    RevisionReason.NOTICE_EDIT: QT_TRANSLATE_NOOP("RevisionReason", "Notice edit"),
    RevisionReason.CONFLICT: QT_TRANSLATE_NOOP("RevisionReason", "Set aside in a conflict"),
}
# The fields a query or a restore names (the editor's own labels carry mnemonics).
ARTICLE_FIELD = {
    "slug": QT_TRANSLATE_NOOP("ArticleField", "Slug"),
    "section": QT_TRANSLATE_NOOP("ArticleField", "Section"),
    "kicker": QT_TRANSLATE_NOOP("ArticleField", "Kicker"),
    "headline": QT_TRANSLATE_NOOP("ArticleField", "Headline"),
    "dek": QT_TRANSLATE_NOOP("ArticleField", "Dek"),
    "byline": QT_TRANSLATE_NOOP("ArticleField", "Byline"),
    "dateline": QT_TRANSLATE_NOOP("ArticleField", "Dateline"),
    "body": QT_TRANSLATE_NOOP("ArticleField", "Body"),
    "language": QT_TRANSLATE_NOOP("ArticleField", "Language"),
    "editorial_note": QT_TRANSLATE_NOOP("ArticleField", "Note"),
    "pull_quotes": QT_TRANSLATE_NOOP("ArticleField", "Pull quotes"),
    "status": QT_TRANSLATE_NOOP("ArticleField", "Status"),
}


def _translated(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


def status_label(status: ArticleStatus) -> str:
    return _translated("ArticleStatus", ARTICLE_STATUS[status])


def request_status_label(status: RequestStatus) -> str:
    return _translated("RequestStatus", REQUEST_STATUS[status])


def notice_kind_label(kind: NoticeKind) -> str:
    return _translated("NoticeKind", NOTICE_KIND[kind])


def notice_position_label(position: NoticePosition) -> str:
    return _translated("NoticePosition", NOTICE_POSITION[position])


def export_label(fmt: ExportFormat) -> str:
    return _translated("ExportFormat", EXPORT_FORMAT[fmt][0])


def export_menu_text(fmt: ExportFormat) -> str:
    return _translated("ExportFormat", EXPORT_FORMAT[fmt][1])


def export_description(fmt: ExportFormat) -> str:
    return _translated("ExportFormat", EXPORT_FORMAT[fmt][2])


def export_file_filter(fmt: ExportFormat) -> str:
    """The save dialog's filter: "Word document (*.docx)"."""
    return f"{export_label(fmt)} (*{fmt.suffix})"


def revision_reason_label(reason: RevisionReason) -> str:
    return _translated("RevisionReason", REVISION_REASON[reason])


def field_label(name: str) -> str:
    """A field's name in the window's language ("Headline", "Pull quotes")."""
    text = ARTICLE_FIELD.get(name)
    return _translated("ArticleField", text) if text else name.replace("_", " ").capitalize()
