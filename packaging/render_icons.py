"""Render resources/icons/deskeditor.svg to the sizes each OS needs, into build/icons.

    python packaging/render_icons.py

Writes hicolor/NxN/apps/org.deskeditor.Deskeditor.png (Linux), deskeditor.ico
(Windows, through Qt's ICO writer) and deskeditor.iconset/ (macOS; turn it into
deskeditor.icns with ``iconutil -c icns`` on a Mac).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources/icons/deskeditor.svg"
APP_ID = "org.deskeditor.Deskeditor"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONSET = {  # macOS iconset names
    16: ["icon_16x16.png"],
    32: ["icon_16x16@2x.png", "icon_32x32.png"],
    64: ["icon_32x32@2x.png"],
    128: ["icon_128x128.png"],
    256: ["icon_128x128@2x.png", "icon_256x256.png"],
    512: ["icon_256x256@2x.png", "icon_512x512.png"],
    1024: ["icon_512x512@2x.png"],
}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for painting)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    for size in HICOLOR_SIZES:
        target = out / f"hicolor/{size}x{size}/apps/{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(target))
    scalable = out / f"hicolor/scalable/apps/{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    render(renderer, 256).save(str(out / "deskeditor.ico"), "ICO")
    iconset = out / "deskeditor.iconset"
    iconset.mkdir(parents=True, exist_ok=True)
    for size, names in ICONSET.items():
        image = render(renderer, size)
        for name in names:
            image.save(str(iconset / name))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build/icons")
