"""Run a Processing algorithm in the background for the dock, keeping its failure reason.

QGIS's QgsProcessingAlgRunnerTask writes a failure to the Processing tab of the log and a
logging feedback writes it there once more; the dock shows the reason itself and logs it once,
in the Scan Urba tab."""
from __future__ import annotations

import logging

from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.i18n import tr

LOG = logging.getLogger("scan_urba")


class AlgorithmTask(QgsTask):
    """prepare() on the main thread, runPrepared() in the task's thread, postProcess() back
    on the main thread (what QgsProcessingAlgRunnerTask does), then ``executed``."""

    executed = pyqtSignal(bool, dict)

    def __init__(self, algorithm, parameters, context, feedback=None):
        super().__init__(algorithm.displayName(), QgsTask.Flag.CanCancel)
        self.algorithm, self.parameters, self.context = algorithm, parameters, context
        self.feedback = feedback or QgsProcessingFeedback(False)  # no copy in the Processing tab
        self.feedback.progressChanged.connect(self.setProgress)
        self.results, self.error = {}, ""
        self.prepared = algorithm.prepare(parameters, context, self.feedback)
        if not self.prepared:
            self.error = tr("The algorithm could not start.")

    def run(self):
        """True when the run ended, or stopped because the user cancelled it (a cancel is no
        failure: QGIS would tell « Task failed »); ``executed`` then says it did not finish."""
        if not self.prepared or self.isCanceled():
            return self.feedback.isCanceled()
        try:
            self.results = self.algorithm.runPrepared(self.parameters, self.context,
                                                      self.feedback)
        except QgsProcessingException as exc:
            self.error = str(exc)
            return self.feedback.isCanceled()
        return True

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def finished(self, successful):
        if self.feedback.isCanceled():
            self.executed.emit(False, {})
            return
        if successful:
            extra = self.algorithm.postProcess(self.context, self.feedback)
            self.results = extra or self.results
        elif self.error and not self.feedback.isCanceled():
            LOG.error(self.error)  # the one log entry of this failure (Scan Urba tab)
        self.executed.emit(bool(successful), dict(self.results or {}))
