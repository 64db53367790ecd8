"""Fixtures of the printing tests: the Chinese font the machine offers, shared data."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # print_helpers, with --import-mode=importlib


@pytest.fixture(scope="session")
def font():
    from dealerdesk.printing.fonts import pdf_font

    found = pdf_font("")
    if not found.embedded:
        pytest.skip("no Chinese TrueType font on this machine")
    return found
