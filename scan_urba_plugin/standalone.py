"""Boot QGIS without a display for the command line and scripts."""
import os
import sys
import tempfile
import warnings

_app = None
_provider = None  # keep the Python wrapper alive, or its virtual methods stop dispatching


def start_qgis(lang: str = "fr", processing: bool = True):
    """Start (once) an offscreen QgsApplication with the scanurba provider, and Processing's
    Python framework unless ``processing`` is False (the command line runs our algorithms
    from the registry itself: the framework costs a third of a second at every start)."""
    global _app, _provider
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "XDG_RUNTIME_DIR" not in os.environ:  # Qt warns on every start without it
        runtime = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    os.environ.setdefault("QGIS_NO_OVERRIDE_IMPORT", "1")
    from qgis.core import QgsApplication

    if _app is None and QgsApplication.instance() is None:
        QgsApplication.setPrefixPath("/usr", True)
        _app = QgsApplication([], False)
        _app.initQgis()
    if "/usr/share/qgis/python/plugins" not in sys.path:
        sys.path.append("/usr/share/qgis/python/plugins")
    import qgis.utils  # noqa: F401 (imported first: it turns every warning on, "default")

    # QGIS's own Python then warns about itself as Processing loads (3.44 on Python 3.14:
    # codecs.open in its help files). The command line's user reads our messages, one line
    # each, not the host's deprecations; ours still show.
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"(?!scan_urba_plugin)")
    if processing:
        from processing.core.Processing import Processing

        Processing.initialize()
    from . import translation
    from .processing.provider import ScanUrbaProvider

    translation.install(lang)
    from osgeo import gdal, ogr

    if not processing and int(gdal.VersionInfo()) >= 3070000:
        # GDAL's bindings from 3.7 warn until a mode is chosen; Processing chooses exceptions
        # there (its GDAL provider), and the command line behaves as the plugin does
        gdal.UseExceptions()
        ogr.UseExceptions()
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GDAL's own lines would bypass our messages
    registry = QgsApplication.processingRegistry()
    if registry.providerById("scanurba") is None:
        _provider = ScanUrbaProvider()
        registry.addProvider(_provider)
    return QgsApplication.instance()
