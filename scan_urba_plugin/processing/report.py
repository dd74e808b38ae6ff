from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core import trench_sharing
from ..core.atomic import write_text
from ..core.engine import all_rules
from ..core.i18n import tr
from ..core.report import build_html
from ..qgis_io.report_render import read_tables, report_maps
from .avis import write_atlas
from .algorithm import ScanUrbaAlgorithm
from ..parameters import OVERWRITE


def write_report(gpkg, html_path=None, pdf_path=None, overwrite=False, feedback=None) -> dict:
    """HTML and/or PDF report of a scan GeoPackage; returns what was written."""
    data, layers = read_tables(gpkg)
    out = {}
    if html_path:
        maps = report_maps(layers, data["findings"])
        html = build_html(data, all_rules() + [trench_sharing.RULE], maps)
        write_text(html_path, html, overwrite)
        out["HTML"] = str(html_path)
        out["N_MAPS"] = len(maps)
    if feedback is not None:
        feedback.setProgress(50)
    if pdf_path:
        out["PDF"] = str(pdf_path)
        out["PDF_PAGES"] = write_atlas(gpkg, pdf_path, overwrite, feedback)
    return out


class ReportAlgorithm(ScanUrbaAlgorithm):
    alg_name = "report"
    group_key = "outputs"

    def displayName(self):
        return tr("Report: HTML and PDF atlas of a scan")

    def shortHelpString(self):
        return tr("Builds the report a département attaches to its opinion on a plan: a "
                  "self-contained HTML file (document identity and inputs, legal summary by "
                  "article and opinion, maps, findings and opportunities, legal texts applied, "
                  "parameters) and a PDF atlas over the zones with findings (map, legend, "
                  "scale bar, zone summary), from the GeoPackage of a scan.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Scan result (GeoPackage)"), QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "HTML", tr("HTML report"), tr("HTML (*.html)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "PDF", tr("PDF atlas"), tr("PDF (*.pdf)"), optional=True))
        self.add_overwrite_parameter()
        self.addOutput(QgsProcessingOutputNumber("PDF_PAGES", tr("Pages of the PDF")))

    def execute(self, parameters, context, feedback):
        return write_report(self.parameterAsFile(parameters, "INPUT", context),
                            self.parameterAsFileOutput(parameters, "HTML", context),
                            self.parameterAsFileOutput(parameters, "PDF", context),
                            self.parameterAsBool(parameters, OVERWRITE, context), feedback)
