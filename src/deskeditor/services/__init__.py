"""Use cases the UI and command line call; no widgets here."""
