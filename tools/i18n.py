"""Translation upkeep: collect strings into .ts files per area, fill them, build .qm files.

    python tools/i18n.py update          # lupdate every area (keeps existing translations)
    python tools/i18n.py fill AREA F.json  # {"Context|source": "译文"} or {"source": "译文"}
    python tools/i18n.py release         # lrelease every .ts into its .qm
    python tools/i18n.py check           # unfinished strings and modules in no area

Each feature keeps its own .ts file (resources/i18n/<area>_zh_CN.ts) so that features
can be translated independently; the program loads every .qm of the chosen language.
English is the source language and needs no file.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["zh_CN"]

# area -> source globs (relative to the repository root). Every module that calls
# translate()/tr()/QT_TRANSLATE_NOOP must be in exactly one area.
AREAS: dict[str, list[str]] = {
    "core": [
        "dealerdesk/paths.py",
        "dealerdesk/domain/__init__.py",
        "dealerdesk/domain/choices.py",
        "dealerdesk/domain/dates.py",
        "dealerdesk/domain/errors.py",
        "dealerdesk/domain/inspection.py",
        "dealerdesk/domain/lunar.py",
        "dealerdesk/domain/phone.py",
        "dealerdesk/domain/pinyin.py",
        "dealerdesk/domain/plate.py",
        "dealerdesk/domain/records.py",
        "dealerdesk/domain/text.py",
        "dealerdesk/domain/vin.py",
        "dealerdesk/services/settings.py",
        "dealerdesk/services/staff.py",
        "dealerdesk/services/customers.py",
        "dealerdesk/services/vehicles.py",
        "dealerdesk/services/demo.py",
        "dealerdesk/db/writer.py",
        "dealerdesk/db/migrations.py",
        "dealerdesk/db/postgres_only.py",
        "dealerdesk/services/versions.py",
    ],
    "shell": [
        "dealerdesk/app.py",
        "dealerdesk/ui/*.py",
        "dealerdesk/ui/widgets/*.py",
        "dealerdesk/ui/settings/*.py",
    ],
    "customers": [
        "dealerdesk/ui/customers/*.py",
        "dealerdesk/ui/customers/forms/*.py",
        "dealerdesk/ui/customers/forms/*.ui",
    ],
    "printing": ["dealerdesk/printing/*.py", "dealerdesk/services/printouts.py",
                 "dealerdesk/ui/printing/*.py"],
    "members": [
        "dealerdesk/domain/cardno.py",
        "dealerdesk/domain/membership.py",
        "dealerdesk/domain/money.py",
        "dealerdesk/services/membership*.py",
        "dealerdesk/ui/members/*.py",
    ],
    "reminders": [
        "dealerdesk/domain/reminders.py",
        "dealerdesk/services/reminders.py",
        "dealerdesk/services/reminder_sources.py",
        "dealerdesk/services/reminder_notes.py",
        "dealerdesk/ui/reminders/*.py",
        "dealerdesk/ui/today/*.py",
    ],
    "followups": [
        "dealerdesk/domain/funnel.py",
        "dealerdesk/services/followups.py",
        "dealerdesk/services/reports.py",
        "dealerdesk/ui/followups/*.py",
        "dealerdesk/ui/reports/*.py",
    ],
    "value": [
        "dealerdesk/domain/value.py",
        "dealerdesk/services/service_visits.py",
        "dealerdesk/services/value.py",
        "dealerdesk/ui/visits/*.py",
    ],
    "excel": [
        "dealerdesk/excel/*.py",
        "dealerdesk/services/imports.py",
        "dealerdesk/services/import_preview.py",
        "dealerdesk/services/import_plan.py",
        "dealerdesk/services/import_recheck.py",
        "dealerdesk/services/import_store.py",
        "dealerdesk/services/visit_import.py",
        "dealerdesk/services/exports.py",
        "dealerdesk/services/duplicates.py",
        "dealerdesk/ui/excel/*.py",
    ],
    "staff": [
        "dealerdesk/domain/pin.py",
        "dealerdesk/services/access.py",
        "dealerdesk/services/signin.py",
        "dealerdesk/services/audit.py",
        "dealerdesk/services/handover.py",
        "dealerdesk/ui/staff/*.py",
    ],
}

MARKERS = re.compile(r"\b(translate|tr|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")


def ts_path(area: str, lang: str) -> Path:
    return I18N / f"{area}_{lang}.ts"


def area_files(area: str) -> list[Path]:
    files: set[Path] = set()
    for pattern in AREAS[area]:
        files.update(p for p in ROOT.glob(pattern) if p.is_file())
    return sorted(files)


def _tool(name: str) -> str:
    return name


def update(ts_dir: Path = I18N) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
        files = [str(p.relative_to(ROOT)) for p in area_files(area)]
        if not files:
            continue
        for lang in LANGUAGES:
            target = ts_dir / f"{area}_{lang}.ts"
            subprocess.run(
                ["pyside6-lupdate", "-no-obsolete", "-locations", "none", *files,
                 "-target-language", lang, "-ts", str(target)],
                cwd=ROOT, check=True, capture_output=True,
            )


def release(ts_dir: Path = I18N, qm_dir: Path = I18N) -> None:
    for ts in sorted(ts_dir.glob("*.ts")):
        subprocess.run(
            ["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm_dir / (ts.stem + ".qm"))],
            check=True, capture_output=True,
        )


def messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) for each message of a .ts file."""
    found = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = (tr.text or "") if tr is not None else ""
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, msg.findtext("source") or "", text, done and bool(text)))
    return found


def fill(area: str, table_file: Path) -> int:
    """Write translations from a JSON table into the area's zh_CN .ts; return how many."""
    table: dict[str, str] = json.loads(table_file.read_text(encoding="utf-8"))
    path = ts_path(area, "zh_CN")
    tree = ET.parse(path)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            text = table.get(f"{name}|{source}", table.get(source))
            tr = msg.find("translation")
            if text and tr is not None:
                tr.text = text
                tr.attrib.pop("type", None)
                count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def uncovered_modules() -> list[str]:
    covered = {p for area in AREAS for p in area_files(area)}
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "dealerdesk").rglob("*.py")
        if p not in covered and p.name != "i18n.py" and MARKERS.search(p.read_text("utf-8"))
    )


def check() -> int:
    problems = 0
    for ts in sorted(I18N.glob("*.ts")):
        todo = [m for m in messages(ts) if not m[3]]
        for ctx, source, _, _ in todo:
            print(f"{ts.name}: unfinished [{ctx}] {source!r}")
        problems += len(todo)
    for module in uncovered_modules():
        print(f"{module}: has translatable strings but is in no area of tools/i18n.py")
        problems += 1
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        print(f"{fill(argv[1], Path(argv[2]))} translations written")
    elif command == "check":
        return 1 if check() else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
