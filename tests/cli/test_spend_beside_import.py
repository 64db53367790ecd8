"""Membership spending beside an import: the import holds the write lock for a while, and
programs recording top-ups and spends on existing cards meanwhile wait for it. Each entry
lands once, or is refused with one line and nothing written; none ends in a traceback.

The spending programs run on the test clock (passed to them as the start moment), as the
shop's cards were made on it; the import runs on the computer's clock, as it would.
On the server the shop is filled in the test's own process (`demo` makes files only).
"""

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from tests.conftest import START

ROOT = Path(__file__).resolve().parents[2]
ROWS = 6000
DRIVERS = 2
ROUNDS = (10, 300)  # each round: a top-up, then a spend, on each card in turn

# One membership desk: open the database as the command line does (the same waiting, the
# same notice on stderr), then record top-ups and spends, round after round, until the
# import has ended (the file `stop` exists) and at least the fewest rounds are done, or the
# most are. What lands is said on stdout ("landed TAG"); what is refused on stderr, in one
# line ("refused TAG: why"); the rounds done, last. Anything else escapes with its traceback.
DRIVER = """
import argparse, datetime as dt, os, sys
from dealerdesk import clock
from dealerdesk.cli import _wait_for_other_writers
from dealerdesk.cli.common import open_db
from dealerdesk.db.database import StorageError
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import membership_money as money
from dealerdesk.services.store import close_store

path, name, fewest, most, start, wait, stop = sys.argv[1:8]
cards = [int(c) for c in sys.argv[8].split(",")]
clock.set_clock(clock.running_from(dt.datetime.fromisoformat(start)))
_wait_for_other_writers(float(wait))
open_db(argparse.Namespace(db=path, operator=name, wait=float(wait)))
print("ready", flush=True)
n = 0
while n < int(most) and (n < int(fewest) or not os.path.exists(stop)):
    for card in cards:
        for kind, call, cents in (("top-up", money.top_up, 5000), ("spend", money.spend, 3000)):
            tag = f"{name}-{n}-{card}-{kind}"
            try:
                call(card_id=card, amount_cents=cents, staff_id=None, today=clock.today(),
                     note=tag)
            except (StorageError, ValidationFailed) as exc:
                why = str(exc) if isinstance(exc, StorageError) else exc.errors[0].message
                print(f"refused {tag}: {why}", file=sys.stderr, flush=True)
            else:
                print(f"landed {tag}", flush=True)
    n += 1
print(f"rounds {n}", flush=True)
close_store()
"""


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYPINYIN_NO_PHRASES="1")


def _workbook(path: Path, rows: int) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(["姓名", "手机", "车牌", "备注"])
    for i in range(rows):
        ws.append([f"导入客户{i}", 13900000000 + i, f"苏E{i:05d}", "导入"])
    wb.save(path)
    return path


Read = Callable[[str], list[tuple]]


def _shop_file(tmp_path: Path) -> tuple[str, list[int], Read]:
    """A demo shop in a file (made on the test clock), its active cards, and a reader."""
    from dealerdesk.cli import main

    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "40"]) == 0

    def read(sql: str) -> list[tuple]:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    return str(db), _cards(read), read


def _shop_on_server(url: str, tmp_path: Path) -> tuple[str, list[int], Read]:
    """The same demo shop in the test server's database (`demo` makes files only)."""
    import psycopg

    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store, set_operator

    open_store(url, backup_dir=tmp_path / "backups")
    try:
        set_operator("tester")
        fill_demo(customers=40, seed=1, today=START.date(), now=START)
    finally:
        close_store()

    def read(sql: str) -> list[tuple]:
        with psycopg.connect(url) as con:
            return con.execute(sql).fetchall()

    return url, _cards(read), read


def _cards(read: Read) -> list[int]:
    cards = [r[0] for r in read(
        "SELECT id FROM membership_card WHERE status = 'active' ORDER BY id")]
    assert cards
    return cards


def _until_ready(out: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.read_text().startswith("ready"):
            return
        time.sleep(0.01)


def test_spending_beside_an_import_lands_once_or_is_refused_in_one_line(tmp_path, data_dir):
    _spend_beside_import(tmp_path, *_shop_file(tmp_path))


def test_spending_beside_an_import_on_the_server(tmp_path, data_dir, server_url):
    _spend_beside_import(tmp_path, *_shop_on_server(server_url, tmp_path))


def _spend_beside_import(tmp_path: Path, db: str, cards: list[int], read: Read) -> None:
    book = _workbook(tmp_path / "big.xlsx", ROWS)
    stop = tmp_path / "stop"
    drivers, logs = [], []
    for d in range(DRIVERS):
        out, err = tmp_path / f"desk{d}.out", tmp_path / f"desk{d}.err"
        logs.append((out, err))
        args = [str(db), f"desk{d}", *map(str, ROUNDS), START.isoformat(), "30", str(stop),
                ",".join(map(str, cards))]
        drivers.append(subprocess.Popen([sys.executable, "-c", DRIVER, *args], env=_env(),
                                        cwd=ROOT, stdout=out.open("w"), stderr=err.open("w")))
    for (out, _), proc in zip(logs, drivers, strict=True):
        _until_ready(out, proc)  # the desks are spending before the import starts
    importer = subprocess.Popen(
        [sys.executable, "-m", "dealerdesk", "import", str(book), "--db", str(db)],
        env=_env(), cwd=ROOT, stdout=(tmp_path / "import.out").open("w"),
        stderr=(tmp_path / "import.err").open("w"))
    try:
        codes = [importer.wait(timeout=300)]
        stop.write_text("the import has ended")
        codes += [p.wait(timeout=300) for p in drivers]
    finally:
        for p in [importer, *drivers]:
            if p.poll() is None:
                p.kill()
    errors = [(tmp_path / "import.err").read_text()] + [e.read_text() for _, e in logs]
    assert not any("Traceback" in text for text in errors), errors
    assert codes == [0] * (1 + DRIVERS), errors

    landed: set[str] = set()
    refused: list[str] = []
    tags: set[str] = set()
    waited = 0
    for d, (out, err) in enumerate(logs):
        lines = out.read_text().splitlines()
        landed |= {line.split()[1] for line in lines if line.startswith("landed ")}
        rounds = int(lines[-1].removeprefix("rounds "))
        tags |= {f"desk{d}-{n}-{c}-{k}" for n in range(rounds) for c in cards
                 for k in ("top-up", "spend")}
        for line in err.read_text().splitlines():
            if "waiting" in line:
                waited += 1
            else:
                assert line.startswith(f"refused desk{d}-"), line
                refused.append(line.split()[1].rstrip(":"))
    assert len(refused) == len(set(refused)), "one line per refusal"
    assert landed | set(refused) == tags and not landed & set(refused)

    notes = [r[0] for r in read("SELECT note FROM ledger_entry WHERE note LIKE 'desk%'")]
    assert sorted(notes) == sorted(landed), "each landed entry once, nothing refused written"
    verify = subprocess.run([sys.executable, "-m", "dealerdesk", "members", "verify", "--db",
                             str(db)], env=_env(), cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert verify.returncode == 0, verify.stderr
    imported = read("SELECT count(*), count(DISTINCT phone) FROM customer "
                         "WHERE deleted_at IS NULL AND name LIKE '导入客户%'")[0]
    assert imported == (ROWS, ROWS)
    print(f"spend beside import: {len(landed)} landed, {len(refused)} refused, "
          f"{waited} waits told")
