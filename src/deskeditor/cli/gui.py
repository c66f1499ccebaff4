"""``deskeditor`` with no command: the window (or a screenshot of it)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from deskeditor.cli.common import UsageError, checked_database_path
from deskeditor.paths import DB_ENV


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh demo database, discarded on exit"
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="render the main window (1440×900) to a PNG file and exit",
    )
    parser.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    screenshot = Path(args.screenshot).resolve() if args.screenshot else None
    if screenshot is not None:
        if not screenshot.parent.is_dir():
            raise UsageError(f"the folder {screenshot.parent} does not exist")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UsageError(
            "no graphical display found; run it on a desktop, or use --screenshot PATH"
        )
    database = checked_database_path(args)
    if screenshot is None:
        from deskeditor.ui.qt_runtime import check_qt_runtime

        check_qt_runtime()  # one line naming the packages, not Qt's abort
    import PySide6.QtCore  # noqa: F401  (its import hook is in place from here on)

    from deskeditor.ui.import_hook import lighten_feature_hook

    lighten_feature_hook()  # before the app's ~400 imports
    from deskeditor.app import AppOptions, run

    default_location = not (getattr(args, "db", None) or os.environ.get(DB_ENV))
    options = AppOptions(
        database=database,
        demo=args.demo,
        screenshot=screenshot,
        default_location=default_location,
        notice=getattr(args, "notice", None),
    )
    return run(options)
