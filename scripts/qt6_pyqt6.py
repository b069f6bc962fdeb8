# SPDX-License-Identifier: GPL-2.0-or-later
"""The PyQt6 half of `make qt6-check`; runs in ``.venv-qt6`` (PyQt6 from PyPI).

Reads JSON on stdin: the Qt names the code writes (``chains``, from
``qt6_rules.py``) and the ``.ui`` files; writes JSON findings on stdout.

- Every name is looked up, part by part, in the PyQt6 module that
  ``qgis.PyQt`` maps to on QGIS 4, after adding what QGIS 4's own
  ``qgis.PyQt`` adds on Qt 6 (python/PyQt/PyQt/QtCore.py.in and QtWidgets.py.in
  of the QGIS source: the ``QVariant.Int``-style type names, the plural flag
  names such as ``Qt.Alignment``, ``QAction``/``QShortcut`` in QtWidgets,
  ``QLayout.setMargin``).  A missing name is reported with the scoped
  spelling when one exists (``Qt.AlignLeft`` -> ``Qt.AlignmentFlag.AlignLeft``).
- Every ``.ui`` file is loaded with PyQt6's ``uic`` on an offscreen
  QApplication; QGIS custom widgets (``<header>qgis.gui</header>``) are stood
  in for by their ``<extends>`` Qt class, so only Qt's own part is judged.

PyQt6 is imported with importlib: the plugin's own code never imports PyQt6
(tests/test_repository.py), this tool must.
"""

from __future__ import annotations

import enum
import importlib
import json
import os
import re
import sys
import types
import xml.etree.ElementTree as ET
from typing import Any, Dict, List, Optional, Tuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# QVariant.<name> -> QMetaType.Type.<name> where QGIS 4's qgis.PyQt.QtCore adds it
QVARIANT_TYPES = {
    "Invalid": "UnknownType",
    "UserType": "User",
    "Map": "QVariantMap",
    "List": "QVariantList",
    "Hash": "QVariantHash",
    "Bool": "Bool",
    "Int": "Int",
    "UInt": "UInt",
    "LongLong": "LongLong",
    "ULongLong": "ULongLong",
    "Double": "Double",
    "LastCoreType": "LastCoreType",
}
QVARIANT_Q_TYPES = (
    "Char String StringList ByteArray BitArray Date Time DateTime Url Locale Rect RectF Size SizeF Line LineF "
    "Point PointF RegularExpression EasingCurve Uuid ModelIndex PersistentModelIndex Font Pixmap Brush Color "
    "Palette Image Polygon Region Bitmap Cursor KeySequence Pen TextLength TextFormat Transform Matrix4x4 "
    "Vector2D Vector3D Vector4D Quaternion PolygonF Icon SizePolicy"
).split()
# plural flag names QGIS 4's qgis.PyQt.QtCore puts back: (class, plural, singular enum)
QTCORE_FLAGS = [
    ("Qt", "Alignment", "AlignmentFlag"),
    ("Qt", "ApplicationStates", "ApplicationState"),
    ("Qt", "DockWidgetAreas", "DockWidgetArea"),
    ("Qt", "DropActions", "DropAction"),
    ("Qt", "Edges", "Edge"),
    ("Qt", "FindChildOptions", "FindChildOption"),
    ("Qt", "GestureFlags", "GestureFlag"),
    ("Qt", "ImageConversionFlags", "ImageConversionFlag"),
    ("Qt", "InputMethodHints", "InputMethodHint"),
    ("Qt", "InputMethodQueries", "InputMethodQuery"),
    ("Qt", "ItemFlags", "ItemFlag"),
    ("Qt", "KeyboardModifiers", "KeyboardModifier"),
    ("Qt", "MatchFlags", "MatchFlag"),
    ("Qt", "MouseButtons", "MouseButton"),
    ("Qt", "MouseEventFlags", "MouseEventFlag"),
    ("Qt", "Orientations", "Orientation"),
    ("Qt", "ScreenOrientations", "ScreenOrientation"),
    ("Qt", "TextInteractionFlags", "TextInteractionFlag"),
    ("Qt", "ToolBarAreas", "ToolBarArea"),
    ("Qt", "TouchPointStates", "TouchPointState"),
    ("Qt", "WindowStates", "WindowState"),
    ("Qt", "WindowFlags", "WindowType"),
    ("QDir", "Filters", "Filter"),
    ("QDir", "SortFlags", "SortFlag"),
    ("QEventLoop", "ProcessEventsFlags", "ProcessEventsFlag"),
    ("QFileDevice", "Permissions", "Permission"),
    ("QItemSelectionModel", "SelectionFlags", "SelectionFlag"),
    ("QLocale", "NumberOptions", "NumberOption"),
    ("QRegularExpression", "MatchOptions", "MatchOption"),
    ("QRegularExpression", "PatternOptions", "PatternOption"),
    ("QUrl", "FormattingOptions", "UrlFormattingOption"),
]


def add_qgis_shim(qtcore: Any, qtwidgets: Any, qtgui: Any) -> None:
    """What QGIS 4's qgis.PyQt adds to PyQt6 (see the module docstring)."""
    metatype = qtcore.QMetaType.Type
    for name, target in QVARIANT_TYPES.items():
        setattr(qtcore.QVariant, name, getattr(metatype, target))
    for name in QVARIANT_Q_TYPES:
        setattr(qtcore.QVariant, name, getattr(metatype, "Q" + name))
    qtcore.NULL = None
    for owner, plural, single in QTCORE_FLAGS:
        cls = getattr(qtcore, owner)
        setattr(cls, plural, getattr(cls, single))
    qtwidgets.QAction = qtgui.QAction
    qtwidgets.QShortcut = qtgui.QShortcut
    qtwidgets.QLayout.setMargin = lambda self, m: self.setContentsMargins(m, m, m, m)


def pyqt6_module(module: str) -> Any:
    """``qgis.PyQt.QtCore`` -> PyQt6.QtCore; ``qgis.PyQt`` -> the PyQt6 package."""
    if module == "qgis.PyQt":
        return importlib.import_module("PyQt6")
    return importlib.import_module("PyQt6." + module[len("qgis.PyQt.") :])


def scoped_enum(owner: Any, name: str) -> Optional[str]:
    """The enum inside ``owner`` that has the member ``name`` (``Qt``, ``AlignLeft`` -> ``AlignmentFlag``)."""
    if not isinstance(owner, type):
        return None
    for attr in dir(owner):
        value = getattr(owner, attr, None)
        real = isinstance(value, type) and value.__name__ == attr  # not an alias such as Qt.Alignment
        if real and issubclass(value, enum.Enum) and name in value.__members__:
            return attr
    return None


def resolve(chain: Dict[str, Any]) -> Optional[Tuple[str, Optional[List[str]]]]:
    """None when every part of the chain exists in PyQt6, else (what is wrong, [old, new] text or None)."""
    module = chain["module"]
    try:
        obj: Any = pyqt6_module(module)
    except ImportError:
        return f"{module} has no PyQt6 counterpart (PyQt6.{module.rsplit('.', 1)[-1]} does not exist)", None
    path: List[str] = []
    names = chain["names"]
    for index, name in enumerate(names):
        if isinstance(obj, types.ModuleType) and not hasattr(obj, name):
            try:  # a submodule such as PyQt6.uic
                obj = importlib.import_module(f"{obj.__name__}.{name}")
                path.append(name)
                continue
            except ImportError:
                pass
        if not hasattr(obj, name):
            where = ".".join(path) or module
            written = chain["written"]
            enum_name = scoped_enum(obj, name)
            if enum_name is None:
                return f"{written}: {where} has no {name} in PyQt6", None
            hint = ".".join(path + [enum_name, name])
            last = index == len(names) - 1 and written.endswith("." + name)
            fix = [written, f"{written[: -len(name)]}{enum_name}.{name}"] if last else None
            return f"{written}: {where} has no {name} in PyQt6; PyQt6 spells it {hint}", fix
        obj = getattr(obj, name)
        path.append(name)
        if not isinstance(obj, (type, types.ModuleType)) and not isinstance(obj, enum.Enum):
            return None  # a function, method or value: what follows is not a static name
    return None


def custom_widget_modules(ui_path: str) -> Dict[str, Dict[str, str]]:
    """header module -> {class: Qt base class} for the .ui file's custom widgets."""
    modules: Dict[str, Dict[str, str]] = {}
    root = ET.parse(ui_path).getroot()
    for custom in root.iter("customwidget"):
        cls = (custom.findtext("class") or "").strip()
        header = (custom.findtext("header") or "").strip()
        base = (custom.findtext("extends") or "QWidget").strip()
        if cls and header:
            module = header[:-2].replace("/", ".") if header.endswith(".h") else header
            modules.setdefault(module, {})[cls] = base
    return modules


def install_stand_ins(modules: Dict[str, Dict[str, str]], qtwidgets: Any) -> None:
    for module, classes in modules.items():
        parts = module.split(".")
        for i in range(1, len(parts) + 1):
            name = ".".join(parts[:i])
            sys.modules.setdefault(name, types.ModuleType(name))
        target = sys.modules[module]
        for cls, base in classes.items():
            setattr(target, cls, type(cls, (getattr(qtwidgets, base, qtwidgets.QWidget),), {}))


def load_ui(ui_path: str, uic: Any, qtwidgets: Any) -> Optional[Tuple[int, str]]:
    """None when PyQt6's uic loads the file, else (line, what is wrong)."""
    try:
        install_stand_ins(custom_widget_modules(ui_path), qtwidgets)
        widget = uic.loadUi(ui_path)
    except Exception as error:  # any failure to load is the finding
        text = f"{type(error).__name__}: {error}"
        if "QSpacerItem" in text:
            fix = "a <spacer> needs a sizeHint property"
            return _line_of(ui_path, "<spacer"), f"PyQt6 uic cannot load it: {fix} ({text})"
        match = re.search(r"has no attribute '(\w+)'", text)
        return (_line_of(ui_path, match.group(1)) if match else 1), f"PyQt6 uic cannot load it: {text}"
    widget.deleteLater()
    return None


def _line_of(ui_path: str, needle: str) -> int:
    """The first line of the file holding ``needle`` (1 when none does)."""
    with open(ui_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if needle in line:
                return number
    return 1


def main() -> int:
    request = json.load(sys.stdin)
    qtcore = importlib.import_module("PyQt6.QtCore")
    qtgui = importlib.import_module("PyQt6.QtGui")
    qtwidgets = importlib.import_module("PyQt6.QtWidgets")
    uic = importlib.import_module("PyQt6.uic")
    add_qgis_shim(qtcore, qtwidgets, qtgui)
    app = qtwidgets.QApplication.instance() or qtwidgets.QApplication([])
    findings = []
    for chain in request["chains"]:
        problem = resolve(chain)
        if problem:
            where = {k: chain[k] for k in ("path", "line", "col")}
            findings.append({**where, "rule": "pyqt6-name", "message": problem[0], "fix": problem[1]})
    for ui in request["ui_files"]:
        problem = load_ui(ui["file"], uic, qtwidgets)
        if problem:
            line, message = problem
            findings.append({"path": ui["path"], "line": line, "col": 1, "rule": "pyqt6-uic", "message": message})
    json.dump(
        {
            "findings": findings,
            "pyqt": qtcore.PYQT_VERSION_STR,
            "qt": qtcore.QT_VERSION_STR,
            "names": len(request["chains"]),
            "ui_files": len(request["ui_files"]),
        },
        sys.stdout,
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
