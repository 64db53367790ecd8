"""The layering of STYLE.md, enforced: Qt only in ui/ (and app.py), peewee only in db/."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "dealerdesk"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtawesome", "qtpy")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _modules():
    return [p for p in PACKAGE.rglob("*.py")]


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_there_are_modules_to_check():
    assert len(_modules()) > 10


def test_qt_only_in_ui():
    leaks = [
        (_rel(p), sorted(_imports(p) & set(QT)))
        for p in _modules()
        if not (_rel(p).startswith("ui/") or _rel(p) == "app.py") and _imports(p) & set(QT)
    ]
    assert leaks == []


def test_peewee_only_in_db():
    leaks = [
        _rel(p) for p in _modules()
        if not _rel(p).startswith("db/") and {"peewee", "playhouse"} & _imports(p)
    ]
    assert leaks == []


def test_ui_does_not_touch_storage():
    leaks = [
        _rel(p) for p in _modules()
        if _rel(p).startswith("ui/") and any(
            isinstance(n, ast.ImportFrom) and (n.module or "").startswith("dealerdesk.db")
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))))
    ]
    assert leaks == []


def test_domain_uses_standard_library_only():
    allowed = {"dealerdesk", "__future__", "pypinyin", "phonenumbers"}
    import sys

    stdlib = set(sys.stdlib_module_names)
    leaks = [
        (_rel(p), sorted(_imports(p) - stdlib - allowed))
        for p in _modules()
        if _rel(p).startswith("domain/") and _imports(p) - stdlib - allowed
    ]
    assert leaks == []


WALL_CLOCK = {
    ("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"),
    ("time", "time"), ("time", "localtime"), ("time", "strftime"), ("time", "ctime"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QTime", "currentTime"),
    ("QDateTime", "currentSecsSinceEpoch"), ("QDateTime", "currentMSecsSinceEpoch"),
}


def _wall_clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.attr) in WALL_CLOCK:
                found.append(f"{path.name}:{node.lineno} {name}.{node.attr}")
    return found


def test_the_wall_clock_is_read_in_one_place():
    """Every now and today comes from dealerdesk/clock.py, so tests can set the day.

    Tests too: a test that reads the computer's date passes only on some days.
    """
    root = PACKAGE.parent
    paths = _modules() + sorted((root / "benchmarks").glob("*.py")) + sorted(
        (root / "tests").rglob("*.py"))
    reads = [r for p in paths if p.name != "clock.py" or p.parent != PACKAGE
             for r in _wall_clock_reads(p)]
    assert reads == []
