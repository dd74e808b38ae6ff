"""Shared behaviour of the Scan Urba algorithms: ids, groups, help, error translation."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.errors import ScanUrbaError
from ..core.i18n import tr

GROUPS = {
    "inputs": lambda: tr("1 – Read the inputs"),
    "checks": lambda: tr("2 – Check and propose"),
    "outputs": lambda: tr("3 – Report"),
}


class ScanUrbaAlgorithm(QgsProcessingAlgorithm):
    alg_name = ""
    group_key = "inputs"

    def name(self):
        return self.alg_name

    def group(self):
        return GROUPS[self.group_key]()

    def groupId(self):
        return self.group_key

    def createInstance(self):
        return self.__class__()

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.execute(parameters, context, feedback)
        except ScanUrbaError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def execute(self, parameters, context, feedback):
        """The algorithm's work; ScanUrbaError becomes a clean Processing error."""
        raise NotImplementedError
