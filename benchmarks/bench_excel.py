"""Excel figures against bare readers in the same run: `python benchmarks/bench_excel.py`.

- import of a generated 10,000-row messy workbook (plan + run, into an empty database)
  beside python-calamine's and openpyxl's own reads of the same file (target: under 1.5 s,
  and within 2x of openpyxl's read);
- export of 100,000 customers beside a bare openpyxl write-only of the same rows
  (target: within 1.5x);
- peak Python memory of importing 10,000 and 50,000 rows (should stay flat per row), and the
  peak memory of the whole process importing 50,000 rows (target: under 150 MB) beside a
  process that only reads the same file with python-calamine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout, not another
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

from dealerdesk import clock  # noqa: E402

TODAY = dt.date(2026, 11, 26)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志"


def messy_workbook(path: Path, rows: int, seed: int = 1) -> None:
    """Title, blank rows, phones as numbers/+86/dashes, dates in many spellings, duplicates."""
    import openpyxl

    rnd = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(["XX二手车行 客户登记表"])
    ws.append([])
    ws.append(["序号", "客户名称", "联系电话", "出生日期", "购买车型", "车牌", "上牌时间",
               "交强险到期", "年检到期", "客户来源", "销售顾问", "跟进情况", None, None])
    spellings = [
        lambda d: d, lambda d: f"{d.year}/{d.month}/{d.day}", lambda d: d.strftime("%Y-%m-%d"),
        lambda d: f"{d.year}.{d.month}.{d.day}", lambda d: f"{d.year}年{d.month}月{d.day}日",
        lambda d: d.strftime("%Y%m%d"), lambda d: f"{d.month}/{d.day}/{d.year}",
    ]
    for i in range(rows):
        n = 13000000000 + (i - 1 if i % 50 == 0 and i else i) * 7  # some duplicates
        phone = rnd.choice([n, float(n), f"+86{n}", f"{str(n)[:3]}-{str(n)[3:7]}-{str(n)[7:]}",
                            f"{n:.10E}"])
        birthday = dt.date(1960 + rnd.randrange(40), rnd.randrange(1, 13), rnd.randrange(1, 28))
        reg = dt.date(2012 + rnd.randrange(12), rnd.randrange(1, 13), rnd.randrange(1, 28))
        plate = f"浙{'ABCDE'[i % 5]} {i % 100000:05d}".lower()
        ws.append([i + 1, rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN), phone,
                   rnd.choice(spellings)(birthday), "丰田 卡罗拉 2019款", plate,
                   rnd.choice(spellings)(reg), dt.datetime(2027, rnd.randrange(1, 13), 5),
                   f"2027{rnd.randrange(1, 13):02d}15", rnd.choice(["到店", "懂车帝", "转介绍"]),
                   rnd.choice(["小王", "小刘", "张经理"]), rnd.choice(["想换SUV", "电话未接", ""])])
        if i % 400 == 0:
            ws.append([])
    wb.save(path)


def open_empty(folder: Path, name: str) -> Path:
    from dealerdesk.services.store import close_store, open_store, set_operator

    close_store()
    path = folder / name
    open_store(path, backup_dir=folder / "backups")
    set_operator("bench")
    return path


def bare_read(path: Path) -> float:
    import openpyxl

    started = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for _ in wb.active.iter_rows(values_only=True):
        pass
    wb.close()
    return time.perf_counter() - started


def bare_calamine(path: Path) -> float:
    import python_calamine as pc

    started = time.perf_counter()
    book = pc.CalamineWorkbook.from_path(str(path))
    for _ in book.get_sheet_by_index(0).iter_rows():
        pass
    return time.perf_counter() - started


def _peak_mb() -> float:
    """This process's peak resident memory: VmHWM (getrusage's maxrss would carry over the
    peak of the parent that started it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak(path: Path, what: str) -> float:
    """Peak resident memory (MB) of a fresh process that imports `path` or only reads it."""
    import subprocess

    done = subprocess.run([sys.executable, __file__, "--peak-of", what, str(path)],
                          capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _child_peak(what: str, path: Path) -> None:
    if what == "import":
        with tempfile.TemporaryDirectory() as tmp:
            open_empty(Path(tmp), "peak.db")
            full_import(path)
            from dealerdesk.services.store import close_store

            close_store()
    elif what == "calamine":
        import python_calamine as pc

        rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        del rows
    print(f"{_peak_mb():.1f}")


def full_import(path: Path) -> tuple[float, dict[str, int]]:
    from dealerdesk.services.imports import plan_import, run_import

    started = time.perf_counter()
    plan = plan_import(path, today=TODAY)
    run_import(plan, staff_id=None, today=TODAY)
    return time.perf_counter() - started, plan.counts


def export_rows(count: int) -> None:
    from dealerdesk.services.demo import fill_demo

    fill_demo(customers=count, seed=3, today=TODAY)


def bare_write(path: Path) -> float:
    """The same customer rows, fetched with sqlite3 and written with bare openpyxl."""
    import openpyxl

    from dealerdesk.db.api import execute_sql  # noqa: F401 - same database
    from dealerdesk.db.database import db

    started = time.perf_counter()
    cursor = db.execute_sql(
        "SELECT c.name, c.phone, c.phone2, c.wechat, c.gender, c.birthday, c.address, c.source,"
        " c.level, c.status, s.name, c.intent_model, c.tags, c.notes FROM customer c"
        " LEFT JOIN staff s ON s.id = c.owner_id WHERE c.deleted_at IS NULL ORDER BY c.id")
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(["姓名", "手机", "备用电话", "微信", "性别", "生日", "地址", "来源", "级别", "状态",
               "业务员", "意向车型", "标签", "备注"])
    for row in cursor:
        row = [None if v == "" else v for v in row]  # empty cells, as the export writes them
        row[5] = dt.date.fromisoformat(row[5]) if row[5] else None
        ws.append(row)
    wb.save(path)
    return time.perf_counter() - started


def our_export(path: Path) -> float:
    from dealerdesk.services.exports import export_customers

    started = time.perf_counter()
    export_customers(path, now=clock.now())
    return time.perf_counter() - started


def peak_memory(folder: Path, rows: int) -> float:
    path = folder / f"mem{rows}.xlsx"
    messy_workbook(path, rows)
    open_empty(folder, f"mem{rows}.db")
    gc.collect()
    tracemalloc.start()
    full_import(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, best counts")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--peak-of", nargs=2, metavar=("WHAT", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak_of:
        _child_peak(args.peak_of[0], Path(args.peak_of[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = folder / "messy.xlsx"
        messy_workbook(book, args.rows)
        # Interleaved and repeated, best of each: the machine may be busy with other work.
        bares, calamines, ours_runs = [], [], []
        for attempt in range(args.repeat):
            bares.append(bare_read(book))
            calamines.append(bare_calamine(book))
            open_empty(folder, f"import{attempt}.db")
            took, counts = full_import(book)
            ours_runs.append(took)
        bares.append(bare_read(book))
        bare, ours, calamine = min(bares), min(ours_runs), min(calamines)
        print(f"import {args.rows:,} messy rows: {ours:.2f} s (target < 1.5)  | bare "
              f"python-calamine read: {calamine:.2f} s  | bare openpyxl read_only: {bare:.2f} s"
              f"  | ratio to openpyxl {ours / bare:.2f} (target <= 2.0)")
        print(f"  counts: {counts}")
        open_empty(folder, "export.db")
        export_rows(args.export_rows)
        bare_w = min(bare_write(folder / "bare.xlsx") for _ in range(args.repeat))
        ours_w = min(our_export(folder / "ours.xlsx") for _ in range(args.repeat))
        print(f"export {args.export_rows:,} customers: {ours_w:.2f} s  | bare openpyxl "
              f"write_only: {bare_w:.2f} s  | ratio {ours_w / bare_w:.2f} (target <= 1.5)")
        if not args.no_memory:
            for rows in (10_000, 50_000):
                per_row = peak_memory(folder, rows)
                total = per_row * rows / 2**20
                print(f"peak Python memory importing {rows:,} rows: {total:.0f} MB "
                      f"({per_row:.0f} bytes a row)")
            big = folder / "mem50000.xlsx"
            print(f"peak process memory importing 50,000 rows: "
                  f"{process_peak(big, 'import'):.0f} MB (target < 150)  | a process reading "
                  f"the file with bare python-calamine: {process_peak(big, 'calamine'):.0f} MB"
                  f"  | a bare Python process: {process_peak(big, 'nothing'):.0f} MB")
        from dealerdesk.services.store import close_store

        close_store()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
