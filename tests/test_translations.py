"""Every visible string is translated, and the built .qm files match their .ts sources."""

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

needs_tools = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed"
)


def test_every_module_with_strings_is_in_an_area():
    assert i18n.uncovered_modules() == []


def test_no_unfinished_translations():
    unfinished = [
        (ts.name, source)
        for ts in sorted(i18n.I18N.glob("*.ts"))
        for _, source, _, done in i18n.messages(ts)
        if not done
    ]
    assert unfinished == []


@needs_tools
def test_ts_files_hold_every_string_in_the_code(tmp_path):
    for ts in i18n.I18N.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    i18n.update(tmp_path)
    for ts in tmp_path.glob("*.ts"):
        committed = {(c, s) for c, s, _, _ in i18n.messages(i18n.I18N / ts.name)} if (
            i18n.I18N / ts.name).exists() else set()
        fresh = {(c, s) for c, s, _, _ in i18n.messages(ts)}
        assert fresh - committed == set(), f"run `python tools/i18n.py update` ({ts.name})"


@needs_tools
def test_qm_files_are_built_from_current_ts(tmp_path):
    i18n.release(i18n.I18N, tmp_path)
    for qm in tmp_path.glob("*.qm"):
        committed = i18n.I18N / qm.name
        assert committed.exists(), f"{qm.name} missing: run `python tools/i18n.py release`"
        assert committed.read_bytes() == qm.read_bytes(), f"{qm.name} is stale"
