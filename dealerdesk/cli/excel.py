"""`import FILE`, `import-visits FILE` and `export KIND OUT.xlsx`: spreadsheets in and out
without the window."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dealerdesk import clock
from dealerdesk.cli.common import (
    CommandError,
    add_yes_option,
    confirm,
    create_db,
    db_name,
    db_path,
    open_db,
    server_url,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[parent], help="import customers from .xlsx or .csv")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first)")
    p.add_argument("--header-row", type=int, metavar="N",
                   help="row of the headers (default: found)")
    p.add_argument("--dry-run", action="store_true", help="count only, write nothing")
    p.add_argument("--on-match", choices=["skip", "fill", "overwrite", "merge"], default="fill",
                   help="what to do with customers already stored (default: fill empty fields)")
    p.add_argument("--errors", metavar="OUT.xlsx", help="write rejected rows to this workbook")
    p.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    add_yes_option(p)
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("import-visits", parents=[parent],
                       help="import service visits from a repair sheet (.xlsx or .csv)")
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first)")
    p.add_argument("--header-row", type=int, metavar="N",
                   help="row of the headers (default: found)")
    p.add_argument("--dry-run", action="store_true", help="count only, write nothing")
    p.add_argument("--errors", metavar="OUT.xlsx", help="write rejected rows to this workbook")
    p.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    p.add_argument("--undo", type=int, metavar="BATCH",
                   help="remove the visits of an earlier import (its batch number)")
    p.set_defaults(func=cmd_import_visits)
    p = sub.add_parser("export", parents=[parent], help="export to .xlsx")
    p.add_argument("kind", choices=["customers", "vehicles", "followups", "members", "ledger"])
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--lang", choices=["zh", "en"], default="zh", help="header language")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("template", parents=[parent], help="write a blank import workbook")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--lang", choices=["zh", "en"], default="zh", help="header language")
    p.set_defaults(func=cmd_template)


def _xlsx(out: str) -> Path:
    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        raise CommandError(f"{out}: the output file must end in .xlsx")
    return path


def cmd_import(args: argparse.Namespace) -> int:
    from dealerdesk.excel.reader import ReadError
    from dealerdesk.services.imports import plan_import, run_import
    from dealerdesk.services.store import checkpoint

    errors_path = _xlsx(args.errors) if args.errors else None
    if not Path(args.file).exists():
        raise CommandError(f"{args.file} does not exist")
    if args.on_match in ("overwrite", "merge") and not args.dry_run:
        confirm(args, f"Customers already in {db_name(args)} may be changed by the sheet "
                      f"(--on-match {args.on_match}). Go on?")
    _open_or_create(args)
    today = clock.today()
    try:
        plan = plan_import(args.file, today=today, sheet=args.sheet, header_row=args.header_row,
                           on_match=args.on_match)
    except ReadError as exc:
        raise CommandError(str(exc)) from None
    counts = dict(plan.counts)
    if not args.dry_run:
        # Matched again inside the write lock: the counts are those of what was written.
        result = run_import(plan, staff_id=None, today=today)
        checkpoint()  # the imported rows go from the WAL into the file at once
        counts = dict(result.counts)
        counts["batch"] = result.batch_id
    return _report(args, plan, counts, errors_path, {
        "cut_rows": [c.as_json() for c in plan.cut],
        "duplicate_row_list": [d.as_json() for d in plan.doubled],
    }, f"{counts['new']} new, {counts['updated']} updated, {counts['skipped']} skipped, "
       f"{counts['duplicates']} duplicates in the file, {counts['rejected']} rejected, "
       f"{counts['ignored']} total lines ignored")


def cmd_import_visits(args: argparse.Namespace) -> int:
    from dealerdesk.excel.reader import ReadError
    from dealerdesk.services import visit_import
    from dealerdesk.services.store import checkpoint

    if args.undo is not None:
        return _undo_visits(args)
    if not args.file:
        raise CommandError("give the repair sheet to import (FILE), or --undo BATCH")
    errors_path = _xlsx(args.errors) if args.errors else None
    if not Path(args.file).exists():
        raise CommandError(f"{args.file} does not exist")
    open_db(args)  # visits belong to customers already stored: no new database here
    today = clock.today()
    try:
        plan = visit_import.plan_visits(args.file, today=today, sheet=args.sheet,
                                        header_row=args.header_row)
    except ReadError as exc:
        raise CommandError(str(exc)) from None
    counts: dict[str, object] = dict(plan.counts)
    if not args.dry_run:
        # Matched again inside the write lock: the counts are those of what was written.
        result = visit_import.run_visits(plan, staff_id=None, today=today)
        checkpoint()
        counts = {**result.counts, "batch": result.batch_id}
    return _report(args, plan, counts, errors_path, {
        "skipped_rows": [{"row": s.row, "reason": s.reason} for s in plan.skipped],
    }, f"{counts['new']} new visits, {counts['already']} already stored, "
       f"{counts['duplicates']} repeated in the file, {counts['rejected']} rejected, "
       f"{counts['ignored']} total lines ignored"
       + (f"; batch {counts['batch']}" if "batch" in counts else ""))


def _report(args: argparse.Namespace, plan: Any, counts: dict[str, Any],
            errors_path: Path | None, json_rows: dict[str, Any], summary: str) -> int:
    """What an import (of customers or of visits) did or would do: one JSON object, or a
    line of counts and a line per notice, refused row and warning; the error workbook when
    asked for and a row was refused."""
    counts["dry_run"] = bool(args.dry_run)
    if errors_path and plan.rejected:
        counts["errors_file"] = _write_errors(errors_path, plan)
    if args.json:
        counts["rejected_rows"] = [{"row": r.row, "reason": r.reason} for r in plan.rejected]
        counts["warning_rows"] = [{"row": w.row, "reason": w.reason} for w in plan.warnings]
        counts["ignored_column_list"] = [r.as_json() for r in plan.repeated]
        counts.update(json_rows)
        counts["notices"] = plan.notices
        print(json.dumps(counts, ensure_ascii=False))
        return 0
    verb = "would import" if args.dry_run else "imported"
    print(f"{args.file} (sheet {plan.table.sheet}, headers on row {plan.table.header_row}): "
          f"{verb} {summary}")
    for line in plan.notices:
        print(f"  {line}")
    for item in plan.rejected:
        print(f"  row {item.row}: {item.reason}")
    for warned in plan.warnings:
        print(f"  row {warned.row} (imported, with a warning): {warned.reason}")
    return 0


def _write_errors(path: Path, plan: Any) -> str:
    from dealerdesk.excel.files import WriteError
    from dealerdesk.services.exports import write_error_workbook

    try:
        write_error_workbook(path, headers=plan.table.headers, rejected=plan.rejected,
                             now=clock.now())
    except WriteError as exc:
        raise CommandError(str(exc)) from None
    return str(path)


def _undo_visits(args: argparse.Namespace) -> int:
    from dealerdesk.services import visit_import

    if args.file or args.dry_run:
        raise CommandError("--undo BATCH takes no FILE and no --dry-run")
    open_db(args)
    visit_import.undo_visits(args.undo)
    if args.json:
        print(json.dumps({"batch": args.undo, "undone": True}))
    else:
        print(f"batch {args.undo}: its visits were removed")
    return 0


def _open_or_create(args: argparse.Namespace) -> None:
    """Open --db; a shop starting from its sheet gets a new database (a dry run, a
    temporary one that is thrown away, so it writes nothing). A server is opened as it is."""
    if server_url(args) is not None or db_path(args).exists():
        open_db(args)
    elif args.dry_run:
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="dealerdesk-dry-run-")
        atexit.register(shutil.rmtree, folder, True)
        open_db(argparse.Namespace(db=str(Path(folder) / "empty.db"), operator=args.operator),
                must_exist=False)
        print(f"dealerdesk: {db_path(args)} does not exist yet; counted as for a new database",
              file=sys.stderr)
    else:
        create_db(args)


def cmd_export(args: argparse.Namespace) -> int:
    from dealerdesk.excel.files import WriteError
    from dealerdesk.services.exports import export_kind

    out = _xlsx(args.out)
    open_db(args)
    try:
        result = export_kind(args.kind, out, now=clock.now(), language=args.lang)
    except WriteError as exc:
        raise CommandError(str(exc)) from None
    print(f"{result.path}: {result.rows} {args.kind}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from dealerdesk.services.exports import write_template

    out = _xlsx(args.out)
    open_db(args)
    result = write_template(out, now=clock.now(), language=args.lang)
    print(result.path)
    return 0
