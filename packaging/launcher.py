"""Entry point of the frozen app: the same command line as ``deskeditor``."""

import sys

from deskeditor.cli import main

sys.exit(main())
