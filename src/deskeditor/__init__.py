"""Deskeditor: a desktop editorial workstation for news copy editors."""

__version__ = "0.1.0"
