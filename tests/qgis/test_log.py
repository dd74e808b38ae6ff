"""The core's warnings (a failed worker, say) reach the Scan Urba tab of QGIS's log."""
import logging


def test_core_warnings_reach_the_qgis_message_log(scanurba):
    from qgis.core import QgsApplication

    from scan_urba_plugin.qgis_io import log

    log.install()
    log.install()  # once only
    received = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: received.append((tag, message)))
    logging.getLogger("scan_urba").warning("A worker failed; computed in the main process.")
    ours = [r for r in received if r[0] == "Scan Urba"]  # QGIS may log other things meanwhile
    assert ours == [("Scan Urba", "A worker failed; computed in the main process.")]
