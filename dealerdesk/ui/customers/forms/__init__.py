"""Qt Designer forms of the Customers screen; ui_*.py are generated from the .ui files.

After editing a .ui file in Designer, regenerate the modules:

    python -m dealerdesk.ui.customers.forms
"""

from __future__ import annotations

import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMS = ("customer_form", "vehicle_form")
NOTE = (
    "# Generated from {name}.ui by pyside6-uic (python -m dealerdesk.ui.customers.forms).\n"
    "# Do not edit: change the .ui file in Qt Designer and regenerate.\n"
    "# ruff: noqa\n"
)


def generate(name: str) -> str:
    """The Python module pyside6-uic makes of forms/<name>.ui, with the generated-file note."""
    result = subprocess.run(["pyside6-uic", f"{name}.ui"], cwd=HERE, check=True,
                            capture_output=True, text=True, encoding="utf-8")
    return NOTE.format(name=name) + result.stdout


def main() -> None:
    for name in FORMS:
        (HERE / f"ui_{name}.py").write_text(generate(name), encoding="utf-8")
