"""QGIS 4 (Qt6) readiness check: lists every construct PyQt6 no longer accepts; exit 1 if any.

The rules are those of QGIS's migration script for plugins (scripts/pyqt5_to_pyqt6 in the
QGIS sources), written again as a check instead of a rewriter:

- an enum value reached through its class (``Qt.AlignLeft``) instead of its enum
  (``Qt.AlignmentFlag.AlignLeft``), found by resolving each name in the QGIS and Qt bindings the
  check runs with: run it on each QGIS tested (3.22 and 3.40 know different enums and aliases);
- a name that these bindings do not have (an AttributeError waiting to happen);
- an import of PyQt5, PyQt6 or sip other than through ``qgis.PyQt``;
- a ``QVariant`` type (``QVariant.String``): Qt6 has ``QMetaType.Type`` only;
- API removed in Qt6: ``exec_()``, ``QRegExp``, ``QDesktopWidget``, ``qApp``,
  ``QFontMetrics.width``, ``activated[str]``, compiled resources, ``QAction``/``QShortcut``
  from QtWidgets (in QtGui with Qt6), ``QVariant()`` as NULL, renamed enum values.

A line carrying ``# qt6-check: ok (<why>)`` is exempt: code that runs only on an older QGIS,
behind a version test.

    python tools/qt6_check.py [--fix] [files or folders...]   (default: plugin, sampledata, tests, tools)

``--fix`` rewrites unscoped enum values through their enum; the other findings need a person.
"""
from __future__ import annotations

import ast
import enum
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT / "scan_urba_plugin", ROOT / "sampledata", ROOT / "tests", ROOT / "tools"]
SKIP_DIRS = {"ext-libs", "__pycache__"}
EXEMPT = "qt6-check: ok"

REMOVED_NAMES = {
    "QRegExp": "removed in Qt6: use QRegularExpression",
    "QRegExpValidator": "removed in Qt6: use QRegularExpressionValidator",
    "QDesktopWidget": "removed in Qt6: use QScreen (QGuiApplication.screens())",
    "qApp": "removed in Qt6: use QApplication.instance()",
    "QMatrix": "removed in Qt6: use QTransform",
    "QTextCodec": "moved to Qt5Compat in Qt6",
    "QStringRef": "removed in Qt6",
    "resources_rc": "compiled resources are gone with Qt6: load files by path",
}
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoStack",
                  "QFileSystemModel"}
RENAMED_ENUMS = {("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
                 ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
                 ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
                 ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing"}
MISSING = object()


def _is_enum_type(obj) -> bool:
    return isinstance(obj, type) and (issubclass(obj, enum.Enum)
                                      or type(obj).__name__ == "enumtype")  # sip's (PyQt5)


def _bindings_of(tree: ast.Module) -> dict:
    """Names a module imports from qgis.* (PyQt through qgis.PyQt included), resolved."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.split(".")[0] == "qgis":
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                value = getattr(module, alias.name, MISSING)
                if value is MISSING:  # a submodule: from qgis.PyQt import QtCore
                    try:
                        value = importlib.import_module(f"{node.module}.{alias.name}")
                    except ImportError:
                        continue
                names[alias.asname or alias.name] = value
    return names


def _chain(node) -> list | None:
    """[Name, Attribute, Attribute…] of ``a.b.c``, innermost first; None for ``f().b``."""
    nodes = []
    while isinstance(node, ast.Attribute):
        nodes.append(node)
        node = node.value
    return [node, *reversed(nodes)] if isinstance(node, ast.Name) else None


def _enum_attribute(cls, enum_type) -> str:
    """The name under which ``cls`` exposes ``enum_type`` (QGIS 3.40 aliases moved enums:
    QgsProcessing.SourceType is Qgis.ProcessingSourceType)."""
    if getattr(cls, enum_type.__name__, None) is enum_type:
        return enum_type.__name__
    for name in dir(cls):
        if getattr(cls, name, None) is enum_type:
            return name
    return "?"


class _Checker(ast.NodeVisitor):
    def __init__(self, path: Path, lines: list[str], bindings: dict, qgis_version: str):
        self.path, self.lines, self.bindings = path, lines, bindings
        self.qgis_version = qgis_version
        self.findings: list[str] = []
        self.fixes: list = []  # (attribute node, its scoped replacement)
        self._seen: set = set()

    def report(self, node, message: str):
        line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
        key = (node.lineno, node.col_offset, message)
        if EXEMPT in line or key in self._seen:
            return
        self._seen.add(key)
        rel = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        self.findings.append(f"{rel}:{node.lineno}:{node.col_offset + 1}: {message}")

    # imports ------------------------------------------------------------------------------
    def visit_Import(self, node):
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                self.report(node, f"import {alias.name}: import it through qgis.PyQt")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        module = node.module or ""
        if node.level == 0 and module.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
            self.report(node, f"from {module} import: import it through qgis.PyQt")
        if module == "qgis.PyQt.Qt":
            self.report(node, "qgis.PyQt.Qt is gone with Qt6: import from qgis.PyQt.QtCore")
        for alias in node.names:
            if alias.name in REMOVED_NAMES:
                self.report(node, f"{alias.name}: {REMOVED_NAMES[alias.name]}")
            if module.endswith("QtWidgets") and alias.name in MOVED_TO_QTGUI:
                self.report(node, f"{alias.name} is in QtGui with Qt6: import it from "
                                  "qgis.PyQt.QtGui, falling back to QtWidgets on Qt5")
        self.generic_visit(node)

    # names and attributes -----------------------------------------------------------------
    def visit_Name(self, node):
        if node.id == "qApp":
            self.report(node, REMOVED_NAMES["qApp"])

    def visit_Attribute(self, node):
        chain = _chain(node)
        if chain and chain[0].id in self.bindings:
            self._check_chain(chain)
            return  # the chain is checked whole: its inner attributes are prefixes of it
        self.generic_visit(node)

    def _check_chain(self, chain: list):
        obj = self.bindings[chain[0].id]
        names = [chain[0].id] + [n.attr for n in chain[1:]]
        for i, node in enumerate(chain[1:], start=1):
            where, attr = ".".join(names[:i]), node.attr
            if names[0] == "QVariant" and i == 1:
                self.report(node, f"QVariant.{attr}: QVariant types are gone with Qt6; use "
                                  "QMetaType.Type (qgis_io/compat.py for QGIS < 3.38)")
                return
            if (names[i - 1], attr) in RENAMED_ENUMS:
                self.report(node, f"{where}.{attr} is removed in Qt6: use "
                                  f"{RENAMED_ENUMS[(names[i - 1], attr)]}")
                return
            value = getattr(obj, attr, MISSING)
            if value is MISSING:
                if isinstance(obj, type) or hasattr(obj, "__file__"):
                    self.report(node, f"{where}.{attr} does not exist in QGIS "
                                      f"{self.qgis_version}'s bindings")
                return
            if isinstance(obj, type) and not _is_enum_type(obj) and _is_enum_type(type(value)):
                scope = _enum_attribute(obj, type(value))
                self.report(node, f"unscoped enum {where}.{attr}: write {where}.{scope}.{attr}")
                if scope != "?":
                    self.fixes.append((node, f"{scope}.{attr}"))
                return
            obj = value

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "exec_":
            self.report(node, "exec_() is gone with Qt6: call exec()")
        if isinstance(func, ast.Attribute) and func.attr == "desktop" and not node.args:
            self.report(node, "QApplication.desktop() is gone with Qt6: use QScreen")
        if isinstance(func, ast.Name) and func.id == "QVariant" and \
                (not node.args or (isinstance(node.args[0], ast.Attribute)
                                   and (_chain(node.args[0]) or [None])[0] is not None
                                   and getattr(_chain(node.args[0])[0], "id", "") == "QVariant")):
            self.report(node, "QVariant() as a null value: use qgis.core.NULL")
        if isinstance(func, ast.Name) and func.id == "QDateTime" and \
                (len(node.args) >= 6 or (len(node.args) == 1 and isinstance(node.args[0], ast.Call)
                                          and getattr(node.args[0].func, "id", "") == "QDate")):
            self.report(node, "QDateTime(y, m, d, …) or QDateTime(QDate) is gone with Qt6: "
                              "use QDateTime(QDate(…), QTime(…))")
        if isinstance(func, ast.Attribute) and func.attr == "width" and \
                isinstance(func.value, ast.Call) and \
                getattr(func.value.func, "attr", getattr(func.value.func, "id", "")) in \
                ("fontMetrics", "QFontMetrics", "QFontMetricsF"):
            self.report(node, "QFontMetrics.width() is gone with Qt6: horizontalAdvance()")
        self.generic_visit(node)

    def visit_Subscript(self, node):
        if isinstance(node.value, ast.Attribute) and node.value.attr == "activated" \
                and isinstance(node.slice, ast.Name) and node.slice.id == "str":
            self.report(node, "activated[str] is gone with Qt6: use textActivated")
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        if node.name == "exec_":
            self.report(node, "def exec_ is gone with Qt6: name it exec")
        self.generic_visit(node)


def qgis_version() -> str:
    try:
        from qgis.core import Qgis
    except ImportError:
        return "(not importable)"
    return Qgis.QGIS_VERSION.split("-")[0]


def check_file(path: Path, fix: bool = False) -> list[str]:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=str(path))
    checker = _Checker(path, text.splitlines(), _bindings_of(tree), qgis_version())
    checker.visit(tree)
    if fix and checker.fixes:
        path.write_text(_scoped(text, checker.fixes), encoding="utf-8")
    return checker.findings


def _scoped(text: str, fixes: list) -> str:
    """The source with each unscoped enum value written through its enum (--fix)."""
    lines = text.splitlines(keepends=True)
    for node, replacement in sorted(fixes, key=lambda f: (f[0].end_lineno, f[0].end_col_offset),
                                    reverse=True):
        raw = lines[node.end_lineno - 1].encode("utf-8")  # ast offsets count UTF-8 bytes
        start = node.end_col_offset - len(node.attr)
        assert raw[start:node.end_col_offset].decode() == node.attr, (node.lineno, node.attr)
        lines[node.end_lineno - 1] = (raw[:start] + replacement.encode("utf-8")
                                      + raw[node.end_col_offset:]).decode("utf-8")
    return "".join(lines)


def python_files(paths) -> list[Path]:
    files = []
    for p in map(Path, paths):
        if p.is_dir():
            files += [f for f in sorted(p.rglob("*.py")) if not SKIP_DIRS & set(f.parts)]
        elif p.suffix == ".py":
            files.append(p)
    return files


def check(paths=None, fix: bool = False) -> list[str]:
    findings = []
    for path in python_files(paths or DEFAULT_PATHS):
        findings += check_file(path.resolve(), fix)
    return findings


def main(argv: list[str]) -> int:
    fix = "--fix" in argv
    findings = check([a for a in argv if a != "--fix"] or None, fix)
    for line in findings:
        print(line)
    print(f"qt6_check (QGIS {qgis_version()} bindings): {len(findings)} finding(s)",
          file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
