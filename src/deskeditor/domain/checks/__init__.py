"""Copy-desk checks: plain functions from text to findings. No Qt, no storage.

Every check has a stable id (users disable rules by it) and must not flag
correct copy: precision over volume.
"""
