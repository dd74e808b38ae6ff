from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..qgis_io import log
from ..resources_paths import icon_path
from .download_plan import DownloadPlanAlgorithm
from .import_network import (
    ImportAerialAlgorithm,
    ImportAntennasAlgorithm,
    ImportGraceTHDAlgorithm,
    ImportRipZoningAlgorithm,
    ImportWorksAlgorithm,
)
from .import_plan import ImportPlanAlgorithm
from .inventory import (
    CheckDuctInventoryAlgorithm,
    CreateDuctInventoryAlgorithm,
    ExportGraceTHDAlgorithm,
)
from .avis import AvisAlgorithm
from .read_pieces import ReadPiecesAlgorithm
from .report import ReportAlgorithm
from .scan import CheckComplianceAlgorithm, FullScanAlgorithm, TrenchSharingAlgorithm


class ScanUrbaProvider(QgsProcessingProvider):
    """Processing provider ``scanurba``: one algorithm per user-facing feature."""

    def id(self):
        return "scanurba"

    def name(self):
        return "Scan Urba"

    def longName(self):
        return tr("Scan Urba – urban plans and digital networks")

    def icon(self):
        return QIcon(icon_path())

    def loadAlgorithms(self):
        log.install()
        for alg in (ImportPlanAlgorithm(), ImportGraceTHDAlgorithm(), ImportAntennasAlgorithm(),
                    ImportWorksAlgorithm(), ImportAerialAlgorithm(), ImportRipZoningAlgorithm(),
                    CheckComplianceAlgorithm(), TrenchSharingAlgorithm(), FullScanAlgorithm(),
                    ReportAlgorithm(), AvisAlgorithm(), CreateDuctInventoryAlgorithm(),
                    CheckDuctInventoryAlgorithm(), ExportGraceTHDAlgorithm(),
                    DownloadPlanAlgorithm(), ReadPiecesAlgorithm()):
            self.addAlgorithm(alg)
