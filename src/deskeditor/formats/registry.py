"""The article formats Deskeditor reads: the one list, in the order help texts
and file dialogs show them. Everything that names formats or extensions (the
importer, the command line, File → Import) asks this module."""

from __future__ import annotations

from pathlib import Path

from deskeditor.formats import docx, json, markdown, newsml, ninjs, text
from deskeditor.formats.base import FormatRegistry, ImportedArticle

# ninjs before Deskeditor JSON: both are .json, and the more specific sniff goes first.
FORMATS = FormatRegistry(
    (text.FORMAT, markdown.FORMAT, docx.FORMAT, ninjs.FORMAT, json.FORMAT, newsml.FORMAT),
    fallback=text.FORMAT,
)
# File → Import's file-dialog filter.
IMPORT_FILE_FILTER = FORMATS.file_filter()


def read_file(path: Path) -> ImportedArticle:
    """The article in ``path``, in whichever format it is (UnreadableFileError if none)."""
    return FORMATS.read_file(path)
