"""Fixtures the checks tests share: one dictionary load per session, and a checker
with the seed house style in a fresh data folder for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskeditor.resources import resource_path
from deskeditor.services.checks import ArticleChecker, load_rulebook
from deskeditor.services.spelling import Speller


@pytest.fixture(scope="session")
def speller() -> Speller:
    return Speller()


@pytest.fixture
def checker(tmp_path: Path, speller: Speller) -> ArticleChecker:
    rules = load_rulebook(
        tmp_path / "house-style.toml", resource_path("checks", "house-style.toml")
    )
    return ArticleChecker(rules, speller)
