"""Preferences: body font, copy-fit budgets, the name kept with revisions, the
desk's language, the wire folders watched for copy, and the publication's identity
(its name, corrections address, site and reply signature)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskeditor.settings import (
    AUTHOR,
    BODY_FONT_FAMILY,
    BODY_FONT_SIZE,
    CORRECTIONS_EMAIL,
    DEK_BUDGET,
    DESK_LANGUAGE,
    HEADLINE_BUDGET,
    PUBLICATION_NAME,
    REPLY_SIGNATURE,
    SITE_URL_PATTERN,
    UI_LANGUAGE,
    WIRE_FOLDERS,
    WIRE_MOVE_IMPORTED,
    Settings,
)
from deskeditor.ui.localization import language_choices
from deskeditor.ui.widgets.language_box import LanguageBox
from deskeditor.ui.widgets.paragraph_field import PlainTextField


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.font_family = QFontComboBox()
        family = settings.get(BODY_FONT_FAMILY)
        self.font_family.setCurrentFont(QFont(family) if family else self.font())
        self.font_size = QSpinBox()
        self.font_size.setRange(6, 48)
        self.font_size.setValue(settings.get(BODY_FONT_SIZE))
        self.headline_budget = QSpinBox()
        self.headline_budget.setRange(10, 400)
        self.headline_budget.setValue(settings.get(HEADLINE_BUDGET))
        self.dek_budget = QSpinBox()
        self.dek_budget.setRange(10, 1000)
        self.dek_budget.setValue(settings.get(DEK_BUDGET))
        self.author = QLineEdit(settings.get(AUTHOR))
        self.desk_language = LanguageBox()
        self.desk_language.setToolTip(
            self.tr("Articles that set no language of their own are checked and shown in this one")
        )
        self.desk_language.set_tag(settings.get(DESK_LANGUAGE))
        # The window's own language: the system's, or a shipped translation.
        self.interface_language = QComboBox()
        self.interface_language.setProperty("data", True)  # languages named in themselves
        for code, name in language_choices():
            self.interface_language.addItem(name, code)
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(settings.get(UI_LANGUAGE)))
        )
        self.interface_language.setToolTip(self.tr("Takes effect when Deskeditor next starts"))
        self.wire_folders = QListWidget()
        self.wire_folders.setAccessibleName(self.tr("Wire folders"))
        self.wire_folders.addItems([f for f in settings.get(WIRE_FOLDERS).splitlines() if f])
        self.wire_folders.setMaximumHeight(90)
        self.add_folder_button = add = QPushButton(self.tr("&Add folder…"))
        remove = QPushButton(self.tr("&Remove"))
        add.clicked.connect(self._add_folder)
        remove.clicked.connect(lambda: self.wire_folders.takeItem(self.wire_folders.currentRow()))
        self.move_imported = QCheckBox(self.tr("&Move imported files into the folder's imported/"))
        self.move_imported.setChecked(settings.get(WIRE_MOVE_IMPORTED))
        wire = QVBoxLayout()
        wire.addWidget(self.wire_folders)
        wire_buttons = QHBoxLayout()
        wire_buttons.addWidget(add)
        wire_buttons.addWidget(remove)
        wire_buttons.addStretch(1)
        wire.addLayout(wire_buttons)
        wire.addWidget(self.move_imported)
        form = QFormLayout()
        form.addRow(self.tr("Body &font"), self.font_family)
        form.addRow(self.tr("Body font &size"), self.font_size)
        form.addRow(self.tr("&Headline budget (characters)"), self.headline_budget)
        form.addRow(self.tr("&Dek budget (characters)"), self.dek_budget)
        form.addRow(self.tr("Your &name (kept with revisions)"), self.author)
        form.addRow(self.tr("Articles' &language"), self.desk_language)
        form.addRow(self.tr("Window language (after a restart)"), self.interface_language)
        wire_label = QLabel(self.tr("&Wire folders (watched)"))
        wire_label.setBuddy(self.wire_folders)
        form.addRow(wire_label, wire)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._publication(settings))
        layout.addWidget(buttons)

    def _publication(self, settings: Settings) -> QGroupBox:
        """Who the desk is to readers: the reply's From and signature, and the site
        whose links name an article."""
        box = QGroupBox(self.tr("Publication"))
        self.publication_name = QLineEdit(settings.get(PUBLICATION_NAME))
        self.publication_name.setPlaceholderText(self.tr("e.g. The Millbrook Ledger"))
        self.corrections_email = QLineEdit(settings.get(CORRECTIONS_EMAIL))
        self.corrections_email.setPlaceholderText(self.tr("corrections@ledger.example"))
        self.site_url_pattern = QLineEdit(settings.get(SITE_URL_PATTERN))
        self.site_url_pattern.setPlaceholderText("https://ledger.example/*/{slug}")
        self.site_url_pattern.setToolTip(
            self.tr(
                "How the site addresses an article: * is one part of the path, {slug} the "
                "article's slug. Links in reader mail to this site find their article."
            )
        )
        self.reply_signature = PlainTextField(settings.get(REPLY_SIGNATURE))  # Tab moves on
        self.reply_signature.setTabChangesFocus(True)
        self.reply_signature.setMaximumHeight(64)
        self.reply_signature.setPlaceholderText(self.tr("The corrections desk"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c53030;")
        form = QFormLayout(box)
        form.addRow(self.tr("Pu&blication name"), self.publication_name)
        form.addRow(self.tr("&Corrections address"), self.corrections_email)
        form.addRow(self.tr("Site &URL pattern"), self.site_url_pattern)
        form.addRow(self.tr("Reply si&gnature"), self.reply_signature)
        form.addRow("", self.problem)
        self.corrections_email.textChanged.connect(self._vet)
        return box

    def _vet(self) -> None:
        address = self.corrections_email.text().strip()
        looks_right = not address or ("@" in address and " " not in address)
        self.problem.setText("" if looks_right else self.tr("That is not an email address"))

    def store(self) -> None:
        self._settings.set(BODY_FONT_FAMILY, self.font_family.currentFont().family())
        self._settings.set(BODY_FONT_SIZE, self.font_size.value())
        self._settings.set(HEADLINE_BUDGET, self.headline_budget.value())
        self._settings.set(DEK_BUDGET, self.dek_budget.value())
        self._settings.set(AUTHOR, self.author.text().strip())
        self._settings.set(DESK_LANGUAGE, self.desk_language.tag())
        self._settings.set(UI_LANGUAGE, str(self.interface_language.currentData()))
        self._settings.set(PUBLICATION_NAME, self.publication_name.text().strip())
        self._settings.set(CORRECTIONS_EMAIL, self.corrections_email.text().strip())
        self._settings.set(SITE_URL_PATTERN, self.site_url_pattern.text().strip())
        self._settings.set(REPLY_SIGNATURE, self.reply_signature.toPlainText().strip())
        folders = [self.wire_folders.item(i).text() for i in range(self.wire_folders.count())]
        self._settings.set(WIRE_FOLDERS, "\n".join(folders))
        self._settings.set(WIRE_MOVE_IMPORTED, self.move_imported.isChecked())

    def _add_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("A folder wire copy arrives in"))
        if name and not self.wire_folders.findItems(name, Qt.MatchFlag.MatchExactly):
            self.wire_folders.addItem(name)

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        """Show the dialog; store and return True when the user accepts."""
        dialog = cls(parent, settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.store()
        return True
