"""`--smoke-test`: the program started as a shop's PC starts it, one line per step."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def smoke(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEALERDESK_DATA_DIR=str(data),
               PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke-test", *args],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300, check=False)


@pytest.fixture
def data(tmp_path):
    """A data folder like C:\\Users\\张三\\AppData\\Roaming\\DealerDesk, with a space."""
    folder = tmp_path / "张三 的资料" / "DealerDesk"
    folder.mkdir(parents=True)
    return folder


def test_a_new_shop_passes_every_step(data):
    run = smoke(data, "--lang", "zh_CN")
    lines = run.stdout.splitlines()
    assert run.returncode == 0, run.stdout + run.stderr
    assert lines[-1].startswith("smoke test: passed")
    steps = {line.split(":")[0].split(None, 1)[1]: line.split()[0] for line in lines[:-1]}
    assert set(steps.values()) <= {"ok", "note"}
    for name in ("database", "integrity", "backup", "qt", "pdf", "main window",
                 "screen today", "screen customers", "screen settings"):
        assert steps[name] == "ok", name
    assert (data / "dealerdesk.db").is_file()
    assert list((data / "backups").glob("dealerdesk-*.db"))
    assert not (data / "dealerdesk.db.lock").exists()
    log = (data / "logs" / "smoke-test.txt").read_text(encoding="utf-8")
    assert log.splitlines() == lines


def test_a_damaged_database_fails_and_is_left_alone(data):
    db = data / "dealerdesk.db"
    db.write_bytes(b"")
    run = smoke(data)
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[1].startswith("FAIL  database:")
    assert "empty" in lines[1]
    assert lines[-1].startswith("smoke test: FAILED (database)")
    assert db.read_bytes() == b""
    assert "Traceback" not in run.stdout + run.stderr


def test_the_database_given_is_the_one_tested(data, tmp_path):
    other = tmp_path / "店 里" / "shop.db"
    run = smoke(data, "--db", str(other), "--lang", "en")
    assert run.returncode == 0, run.stdout + run.stderr
    assert other.is_file() and not (data / "dealerdesk.db").exists()
    assert list((other.parent / "backups").glob("dealerdesk-*.db"))
