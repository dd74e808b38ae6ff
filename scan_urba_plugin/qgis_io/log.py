"""The core's Python log (logger ``scan_urba``, QGIS-free) shown in QGIS's message log."""
import logging

from qgis.core import Qgis, QgsMessageLog

LEVELS = {logging.ERROR: Qgis.Critical, logging.WARNING: Qgis.Warning}


class MessageLogHandler(logging.Handler):
    def emit(self, record):
        QgsMessageLog.logMessage(self.format(record), "Scan Urba",
                                 LEVELS.get(record.levelno, Qgis.Info))


def install() -> None:
    """Route the core's warnings to the Scan Urba tab of the log panel (once)."""
    logger = logging.getLogger("scan_urba")
    if not any(isinstance(h, MessageLogHandler) for h in logger.handlers):
        logger.addHandler(MessageLogHandler(level=logging.WARNING))
