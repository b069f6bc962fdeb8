"""`make qt6-check` (scripts/qt6_check.py): passes on the code, reports planted Qt 5 spellings.

The PyQt6 half runs in .venv-qt6, which `make test` makes before pytest runs.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "scripts" / "qt6_check.py"
QT6_PYTHON = ROOT / ".venv-qt6" / "bin" / "python"

sys.path.insert(0, str(ROOT / "scripts"))
from qt6_rules import check_source  # noqa: E402


def run_check(root: Path) -> subprocess.CompletedProcess:
    if not QT6_PYTHON.exists():
        pytest.fail(f"{QT6_PYTHON} is missing: `make qt6-venv` makes it (`make test` does)")
    return subprocess.run(
        [sys.executable, str(CHECK), "--root", str(root), "--qt6-python", str(QT6_PYTHON)],
        capture_output=True,
        text=True,
    )


def test_the_code_has_nothing_to_change_for_qt6() -> None:
    result = run_check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ": 0 to change" in result.stdout
    assert not re.search(r"\b0 \.ui files", result.stdout) and not re.search(r"\b0 Qt names", result.stdout)


COPY_UI_LINES: list = []
PLANTED_PY = """
from qgis.core import QgsWkbTypes as PlantedWkb
from qgis.PyQt.QtCore import Qt as PlantedQt
from qgis.PyQt.QtWidgets import QDialog as PlantedDialog
from processing.gui.wrappers import WidgetWrapper

PLANTED_ALIGN = PlantedQt.AlignLeft
PLANTED_CODE = PlantedDialog.Accepted
PLANTED_POINT = PlantedWkb.Point
PLANTED_FINE = (PlantedQt.AlignmentFlag.AlignLeft, PlantedDialog.DialogCode.Accepted, PlantedQt.Alignment)


def planted_exec(dialog):
    return dialog.exec_()
"""


@pytest.fixture(scope="module")
def planted_report(tmp_path_factory: pytest.TempPathFactory):
    """Run the check once on a copy of the plugin with Qt 5 spellings planted in ui/."""
    copy = tmp_path_factory.mktemp("qt6") / "plugin"
    skip = (".*", "_vendor", "build", "dist", "demo-output", "__pycache__", "tests", "docs", "resources", "i18n")
    ignore = shutil.ignore_patterns(*skip)
    shutil.copytree(ROOT, copy, ignore=ignore)
    dock_py = copy / "ui" / "dock.py"
    first_planted = len(dock_py.read_text(encoding="utf-8").splitlines()) + 1
    with dock_py.open("a", encoding="utf-8") as handle:
        handle.write(PLANTED_PY)
    dock_ui = copy / "ui" / "dock.ui"
    text = dock_ui.read_text(encoding="utf-8")
    assert "<enum>Qt::Vertical</enum>" in text
    planted_ui = text.replace("<enum>Qt::Vertical</enum>", "<enum>Qt::Vertikal</enum>", 1)
    dock_ui.write_text(planted_ui, encoding="utf-8")
    COPY_UI_LINES[:] = [planted_ui.splitlines()]
    result = run_check(copy)
    lines = {
        name: first_planted + i for i, line in enumerate(PLANTED_PY.splitlines()) for name in [line.split(" = ")[0]]
    }
    return result, lines


@pytest.mark.parametrize(
    "planted, expected",
    [
        (
            "PLANTED_ALIGN",
            "[pyqt6-name] PlantedQt.AlignLeft: Qt has no AlignLeft in PyQt6; "
            "PyQt6 spells it Qt.AlignmentFlag.AlignLeft",
        ),
        ("PLANTED_CODE", "PyQt6 spells it QDialog.DialogCode.Accepted"),
        ("PLANTED_POINT", "[qgis-enum] PlantedWkb.Point: an enum value without its enum"),
        ("    return dialog.exec_()", "[qt6-migration] exec_() is gone in PyQt6: call exec()"),
        ("from processing.gui.wrappers import WidgetWrapper", "[qgis4-removed] processing.gui.wrappers:"),
    ],
)
def test_a_planted_qt5_spelling_is_reported_where_it_is(planted_report, planted, expected) -> None:
    result, lines = planted_report
    assert result.returncode == 1, result.stdout + result.stderr
    where = f"ui/dock.py:{lines[planted]}:"
    reported = [line for line in result.stdout.splitlines() if line.startswith(where)]
    assert any(expected in line for line in reported), f"{where} {expected!r} not in:\n{result.stdout}"


def test_a_planted_bad_enum_in_a_ui_file_is_reported(planted_report) -> None:
    result, _ = planted_report
    line = 1 + next(i for i, text in enumerate(COPY_UI_LINES[0]) if "Vertikal" in text)
    assert f"ui/dock.ui:{line}:1: [pyqt6-uic] PyQt6 uic cannot load it: AttributeError" in result.stdout
    assert "Vertikal" in result.stdout


def test_a_spacer_without_size_hint_is_reported_with_the_fix(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    text = (ROOT / "ui" / "dock.ui").read_text(encoding="utf-8")
    start = text.index('<property name="sizeHint"')
    end = text.index("</property>", start) + len("</property>")
    (tmp_path / "ui" / "dock.ui").write_text(text[:start] + text[end:], encoding="utf-8")
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert "[pyqt6-uic] PyQt6 uic cannot load it: a <spacer> needs a sizeHint property" in result.stdout


def test_the_correct_qt6_spellings_planted_beside_them_pass(planted_report) -> None:
    result, lines = planted_report
    assert f"ui/dock.py:{lines['PLANTED_FINE']}:" not in result.stdout
    assert result.stdout.count("ui/dock.py:") == 6, result.stdout  # the five above + WidgetWrapper by name


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from PyQt5.QtCore import Qt\n", "import of PyQt5.QtCore"),
        ("import sip\n", "import of sip"),
        ("def exec_(self):\n    pass\n", "def exec_"),
        ("x = QVariant()\n", "QVariant() as NULL"),
        ("x = QVariant(QVariant.Int)\n", "QVariant(QVariant.X) as NULL"),
        ("x = QVariant.Type.Int\n", "QVariant.Type.X does not exist"),
        ("x = QDateTime(2026, 1, 2, 3, 4, 5, 6, Qt.UTC)\n", "QDateTime(y, m, d"),
        ("x = QDateTime(QDate(2026, 1, 2))\n", "QDateTime(QDate) alone"),
        ("qApp.quit()\n", "qApp is gone"),
        ("from .resources_rc import x\n", "resources_rc"),
        ("from qgis.PyQt.Qt import Qt\n", "qgis.PyQt.Qt is gone"),
        ("menu.addAction(icon, 'a', self, slot)\n", "addAction with 4+ arguments"),
        ("QApplication.desktop()\n", "QDesktopWidget"),
        ("fm = QFontMetrics(font)\nw = fm.width('x')\n", "horizontalAdvance"),
        ("w = label.fontMetrics().width('x')\n", "horizontalAdvance"),
        ("combo.activated[str].connect(f)\n", "textActivated"),
        ("b = Qt.MidButton\n", "Qt.MouseButton.MiddleButton"),
        ("p = QPainter.HighQualityAntialiasing\n", "QPainter.RenderHint.Antialiasing"),
    ],
)
def test_each_migration_rule_reports_its_qt5_spelling(source: str, expected: str) -> None:
    findings = check_source("planted.py", source, []).findings
    assert any(expected in f.message for f in findings), [str(f) for f in findings]


def test_fix_writes_the_scoped_spelling_and_the_check_then_passes(tmp_path: Path) -> None:
    module = tmp_path / "planted.py"
    module.write_text(
        "from qgis.core import Qgis\n"
        "from qgis.PyQt.QtCore import Qt\n"
        "LEVELS = (Qgis.Critical, Qgis.MessageLevel.Warning)\n"
        "ALIGN = Qt.AlignLeft | Qt.AlignTop\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(CHECK), "--root", str(tmp_path), "--qt6-python", str(QT6_PYTHON), "--fix"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert module.read_text(encoding="utf-8").splitlines()[2:] == [
        "LEVELS = (Qgis.MessageLevel.Critical, Qgis.MessageLevel.Warning)",
        "ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop",
    ]
    assert run_check(tmp_path).returncode == 0


def test_an_ok_pragma_keeps_a_deliberate_fallback() -> None:
    source = "def exec_(self):  # qt6-check: ok the Qt 5 name, kept for a test double\n    pass\n"
    assert check_source("planted.py", source, []).findings == []
    assert check_source("planted.py", source.replace("  # qt6-check: ok", "  #"), []).findings


def test_every_removed_api_entry_says_why_what_instead_and_where_from() -> None:
    entries = json.loads((ROOT / "scripts" / "qgis4_removed_api.json").read_text(encoding="utf-8"))["entries"]
    assert entries
    for entry in entries:
        assert entry["kind"] in ("module", "name", "method", "chain"), entry
        for key in ("name", "why", "instead", "source"):
            assert entry[key].strip(), (entry["name"], key)


def test_metadata_and_readme_state_the_checked_qgis_versions() -> None:
    metadata = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert "# Tested in QGIS 3.22 LTR" in metadata and "QGIS 3.44 LTR" in metadata
    assert "QGIS 4.x / Qt 6 is checked (make qt6-check" in metadata
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## QGIS versions it is checked against" in readme
    for version in ("3.22 LTR", "4.x (Qt 6, PyQt6)", "3.44 LTR", "3.40 LTR"):
        assert version in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: .*\bqt6-check\b.*\bengine-newest\b", makefile, re.M)
    # the 3.44 statement holds because make test, and so CI, runs the suite there as well
    recipe = re.search(r"^test:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert re.search(r"^\t@?\$\(MAKE\) .*\btest-ltr\b", recipe, re.M), recipe
