"""The QGIS desktop plugin: provider, toolbar button, menu entry and dock."""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMenu

try:  # QAction is in QtGui with Qt6 (QGIS 4), in QtWidgets with Qt5
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # qt6-check: ok (Qt5 only)

from . import translation
from .core.i18n import tr
from .processing.provider import ScanUrbaProvider
from .resources_paths import icon_path


class ScanUrbaPlugin:
    def __init__(self, iface):
        self.iface = iface  # None under qgis_process: never touched before initGui
        self.provider = None
        self.action = None
        self.menu = None
        self.dock = None
        translation.install()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        if self.provider is None:
            self.provider = ScanUrbaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        from .core import parallel

        parallel.forbid_fork()  # the desktop computes in place (qgis_process and the CLI fork)
        self.initProcessing()
        self.action = QAction(QIcon(icon_path()), tr("Scan Urba"), self.iface.mainWindow())
        self.action.setObjectName("scanUrbaAction")
        self.action.setToolTip(tr("Check a PLU or SCOT against digital-network articles"))
        self.action.setCheckable(True)
        self.action.triggered.connect(self.toggle_dock)
        self.iface.addToolBarIcon(self.action)
        self.menu = self._add_menu()

    def _add_menu(self):
        """A top-level "Scan Urba" menu, placed before Help when the window has one."""
        bar = self.iface.mainWindow().menuBar()
        menu = QMenu(tr("&Scan Urba"), self.iface.mainWindow())
        menu.setObjectName("scanUrbaMenu")
        menu.addAction(self.action)
        help_menu = next((a for a in bar.actions() if a.menu() is not None
                          and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        return menu

    def toggle_dock(self, checked=True):
        if self.dock is None:
            from .gui.dock import ScanUrbaDock

            self.dock = ScanUrbaDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.action.setChecked)
        self.dock.setVisible(checked)
        self.action.setChecked(checked)

    def unload(self):
        from .core import parallel

        parallel.forbid_fork(False)
        if self.dock is not None:
            self.iface.mainWindow().removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.action is not None:
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        translation.remove()
