"""IPTC's published schemas and examples, read where the workplace keeps them:
``../shared/standards/`` beside the repository (never copied into it). A clean
clone without that folder skips the tests that need it, saying why; the small
fixtures in tests/data/wire still test the formats there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
STANDARDS = REPOSITORY.parent / "shared" / "standards"
WIRE_DATA = Path(__file__).resolve().parent / "data" / "wire"

needs_standards = pytest.mark.skipif(
    not (STANDARDS / "ninjs").is_dir(),
    reason=f"IPTC's schemas and examples are not at {STANDARDS} (a clone without ../shared)",
)


def ninjs_examples(version: str) -> list[Path]:
    folder = STANDARDS / "ninjs" / "examples" / version
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def newsml_examples() -> list[Path]:
    folder = STANDARDS / "newsml-g2" / "examples"
    return sorted(folder.glob("*.xml")) if folder.is_dir() else []


def ninjs_schema(version: str) -> dict[str, Any]:
    path = STANDARDS / "ninjs" / "schemas" / f"ninjs-schema_{version}.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def validate_ninjs(document: dict[str, Any], version: str) -> None:
    """Raise jsonschema's ValidationError unless ``document`` is valid ninjs ``version``."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(
        ninjs_schema(version), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(document)
