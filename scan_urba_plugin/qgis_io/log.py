"""The core's Python log (logger ``scan_urba``, QGIS-free) shown in QGIS's message log."""
import logging

from qgis.core import Qgis, QgsMessageLog

LEVELS = {logging.ERROR: Qgis.MessageLevel.Critical, logging.WARNING: Qgis.MessageLevel.Warning}


class MessageLogHandler(logging.Handler):
    def emit(self, record):
        QgsMessageLog.logMessage(self.format(record), "Scan Urba",
                                 LEVELS.get(record.levelno, Qgis.MessageLevel.Info))


def install() -> None:
    """Route the core's warnings to the Scan Urba tab of the log panel (once)."""
    logger = logging.getLogger("scan_urba")
    if not any(isinstance(h, MessageLogHandler) for h in logger.handlers):
        logger.addHandler(MessageLogHandler(level=logging.WARNING))
