# Replaces PyInstaller's hook of this PySide6 module: the same collection, then only the
# Qt libraries, plugins and translations bundle_rules.py allows (so PyInstaller never
# analyses, or bundles the system libraries of, plugins the kiosk does not use).
import bundle_rules
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = bundle_rules.filter_hook(*add_qt6_dependencies(__file__))
