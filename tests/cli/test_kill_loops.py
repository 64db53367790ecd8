"""Kill loops: restore, backup and demo are run as separate processes and killed with
SIGKILL at random moments. After every kill the files must be whole (no corrupt file) and
nothing acknowledged may be missing; what a kill left is cleared by the next run.

Each loop prints one line: runs, kills, corrupt files, missing (files or rows). The
moments are drawn from a seeded random source (printed too), over the span an unkilled
run takes, so that kills land in the work itself and not only in the start-up.
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from dealerdesk.db import backup

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10  # at least this many runs must really be killed
MAX_RUNS = 40
pytestmark = pytest.mark.slow


@dataclass
class Tally:
    name: str
    seed: int
    runs: int = 0
    kills: int = 0
    corrupt: int = 0
    missing: int = 0
    seen: str = ""  # where the kills landed, e.g. "old=3 leftover=4 new=3"

    def line(self) -> str:
        return (f"{self.name} kill loop (seed {self.seed}): runs={self.runs} kills={self.kills} "
                f"corrupt={self.corrupt} missing={self.missing} [{self.seen}]")


def _count(counts: dict[str, int], key: str) -> str:
    counts[key] = counts.get(key, 0) + 1
    return " ".join(f"{k}={v}" for k, v in sorted(counts.items()))


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "dealerdesk", *args]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def _timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, env=_env(), cwd=ROOT)
    return time.monotonic() - started, done


def _run_killed(args: list[str], delay: float) -> tuple[bool, str]:
    """Start `args`, SIGKILL it after `delay` s if still running; (killed, stdout)."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(), cwd=ROOT)
    try:
        proc.wait(timeout=delay)
        killed = False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        killed = True
    out, _ = proc.communicate()
    return killed, out


def _whole(path: Path) -> bool:
    """Opens, passes quick_check and carries our id (read only; nothing is changed)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            ours = con.execute("PRAGMA application_id").fetchone()[0] == 0x44444B31
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return ok and ours


def _customers(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def _loop(tally: Tally, args: list[str], span: float, after_run) -> Tally:
    rng = random.Random(tally.seed)
    while tally.kills < KILLS and tally.runs < MAX_RUNS:
        started = time.monotonic()
        killed, out = _run_killed(args, rng.uniform(0.3 * span, 1.0 * span))
        if not killed:  # the machine got faster: aim the next kills within a real run
            span = min(span, time.monotonic() - started)
        tally.runs += 1
        tally.kills += killed
        after_run(killed, out)
    print(tally.line())
    return tally


@pytest.fixture(scope="module")
def shops(tmp_path_factory):
    """Two demo shops made once: 'current' (1,500 customers) and 'saved' (2,500)."""
    folder = tmp_path_factory.mktemp("shops")
    for name, count in (("current", 1500), ("saved", 2500)):
        done = subprocess.run(_command("demo", "--db", str(folder / f"{name}.db"),
                                       "--customers", str(count)),
                              capture_output=True, text=True, env=_env(), cwd=ROOT)
        assert done.returncode == 0, done.stderr
    done = subprocess.run(_command("backup", "--db", str(folder / "saved.db"), "--to",
                                   str(folder / "bk")),
                          capture_output=True, text=True, env=_env(), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return folder / "current.db", Path(done.stdout.strip())


def test_restore_survives_kills(shops, tmp_path):
    """The path always holds the old or the new database, whole; a leftover is settled."""
    current, saved = shops
    db = tmp_path / "shop.db"
    shutil.copyfile(current, db)
    args = _command("restore", str(saved), "--db", str(db), "--yes")
    span, done = _timed(args)
    assert done.returncode == 0, done.stderr
    tally = Tally("restore", seed=random.randrange(10**6))
    flip = [False]
    stages: dict[str, int] = {}

    def after_run(killed: bool, out: str) -> None:
        if not db.exists() or not _whole(db):
            tally.missing += not db.exists()
            tally.corrupt += db.exists()
            return
        count = _customers(db)
        if killed:
            left = (tmp_path / "shop.db.restoring").exists()
            tally.seen = _count(stages, "new" if count == 2500 else
                                "copy-left" if left else "old")
        if count not in (1500, 2500) or (not killed and count != 2500):
            tally.missing += 1
        if (tmp_path / "shop.db.restoring").exists():
            flip[0] = not flip[0]
            settle = "--finish" if flip[0] and _whole(tmp_path / "shop.db.restoring") \
                else "--abandon"
            _, fixed = _timed(_command("restore", settle, "--db", str(db)))
            tally.missing += fixed.returncode != 0 or not _whole(db)
        for aside in tmp_path.glob("shop.db.before-restore-*"):
            if not aside.name.endswith(("-wal", "-shm")):
                tally.corrupt += not _whole(aside)
            aside.unlink()
        shutil.copyfile(current, db)  # the next run restores over the 1,500 again

    _loop(tally, args, span, after_run)
    assert tally.kills >= KILLS and tally.corrupt == 0 and tally.missing == 0, tally.line()


def _kept_or_superseded(acknowledged: Path) -> bool:
    """The acknowledged backup is there, or a whole newer one of the same day took its place.

    Rotation keeps one backup a day, the newest by creation: a run killed after its backup
    was renamed into place (and so never acknowledged) rightly thins out the older one.
    """
    if acknowledged.exists():
        return True
    day = acknowledged.name[: len(backup.PREFIX) + 8]
    return any(backup.creation_number(p) > backup.creation_number(acknowledged) and _whole(p)
               for p in acknowledged.parent.glob(f"{day}*{backup.SUFFIX}"))


def test_backup_survives_kills(shops, tmp_path):
    """Every backup file in the folder is whole, the last acknowledged one is there (or a
    newer one of its day replaced it), the database is untouched, and the next backup
    removes what a kill left."""
    current, _ = shops
    db = tmp_path / "shop.db"
    shutil.copyfile(current, db)
    folder = tmp_path / "bk"
    args = _command("backup", "--db", str(db), "--to", str(folder))
    span, done = _timed(args)
    assert done.returncode == 0, done.stderr
    acknowledged = [Path(done.stdout.strip())]
    tally = Tally("backup", seed=random.randrange(10**6))
    stages: dict[str, int] = {}

    def after_run(killed: bool, out: str) -> None:
        if killed:
            tally.seen = _count(stages, "tmp-left" if list(folder.glob("*.tmp*")) else
                                "before-or-after")
        if out.strip():
            acknowledged.append(Path(out.strip()))
        tally.missing += not _kept_or_superseded(acknowledged[-1])
        tally.corrupt += sum(not _whole(p) for p in folder.glob("*.db"))
        tally.corrupt += not _whole(db)

    _loop(tally, args, span, after_run)
    final, done = _timed(args)
    assert done.returncode == 0, done.stderr
    leftovers = [p.name for p in folder.iterdir() if p.suffix != ".db"]
    assert leftovers == [], leftovers
    assert _customers(db) == 1500
    assert tally.kills >= KILLS and tally.corrupt == 0 and tally.missing == 0, tally.line()


def test_demo_survives_kills(tmp_path):
    """No file, or a whole demo: never a 0-customer file that blocks the next demo."""
    db = tmp_path / "demo.db"
    args = _command("demo", "--db", str(db), "--customers", "800")
    span, done = _timed(args)
    assert done.returncode == 0, done.stderr
    db.unlink()
    tally = Tally("demo", seed=random.randrange(10**6))
    stages: dict[str, int] = {}

    def after_run(killed: bool, out: str) -> None:
        if killed:
            tally.seen = _count(stages, "done" if db.exists() else "building-left" if (
                tmp_path / "demo.db.building").exists() else "not-begun")
        if db.exists():
            if not _whole(db):
                tally.corrupt += 1
            elif _customers(db) != 800:
                tally.missing += 1
            db.unlink()
        elif not killed:
            tally.missing += 1  # a run that finished must have made the file

    _loop(tally, args, span, after_run)
    _, done = _timed(args)  # the next demo clears whatever a kill left
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]
    assert tally.kills >= KILLS and tally.corrupt == 0 and tally.missing == 0, tally.line()
