from pathlib import Path

from PySide6.QtCore import QSettings

from deskeditor.settings import WINDOW_GEOMETRY, Setting, Settings


def test_only_values_different_from_the_default_are_stored(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    budget = Setting("fit/headline", int, 70, "Headline length budget")

    settings.set(budget, 70)
    assert not store.contains("fit/headline")
    settings.set(budget, 64)
    store.sync()
    assert (
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).get(budget) == 64
    )
    settings.set(WINDOW_GEOMETRY, b"\x01\x02")
    assert settings.get(WINDOW_GEOMETRY) == b"\x01\x02"


def test_a_damaged_value_falls_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[fit]\nheadline=lots\n")
    budget = Setting("fit/headline", int, 70, "Headline length budget")
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).get(budget) == 70
