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
from ..qgis_io.report_render import PDF_IMAGE_WIDTH, html_to_pdf, read_tables, report_maps
from .algorithm import ScanUrbaAlgorithm
from ..parameters import OVERWRITE


def write_report(gpkg, html_path=None, pdf_path=None, overwrite=False, feedback=None) -> dict:
    """The data report of a scan GeoPackage as HTML and/or PDF (the same content; the
    atlas is the opinion's, not repeated here); returns what was written."""
    data, layers = read_tables(gpkg)
    out = {}
    rules = all_rules() + [trench_sharing.RULE]
    maps = report_maps(layers, data["findings"]) if html_path or pdf_path else []
    out["N_MAPS"] = len(maps)
    if html_path:
        write_text(html_path, build_html(data, rules, maps), overwrite)
        out["HTML"] = str(html_path)
    if feedback is not None:
        feedback.setProgress(50)
    if pdf_path:
        out["PDF"] = str(pdf_path)
        out["PDF_PAGES"] = html_to_pdf(build_html(data, rules, maps, PDF_IMAGE_WIDTH),
                                       pdf_path, overwrite)
    return out


class ReportAlgorithm(ScanUrbaAlgorithm):
    alg_name = "report"
    group_key = "outputs"

    def displayName(self):
        return tr("Data report of a scan (HTML and PDF)")

    def shortHelpString(self):
        return tr("Builds the data report of a scan, for the Département's own teams (not an "
                  "annex of the opinion): document identity and inputs, legal summary by "
                  "article and opinion, maps, findings and opportunities, legal texts applied, "
                  "parameters; as a self-contained HTML file and the same content as a PDF. "
                  "The atlas to annex is written with the opinion.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Scan result (GeoPackage)"), QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "HTML", tr("HTML report"), tr("HTML (*.html)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "PDF", tr("PDF report"), tr("PDF (*.pdf)"), optional=True))
        self.add_overwrite_parameter()
        self.addOutput(QgsProcessingOutputNumber("PDF_PAGES", tr("Pages of the PDF")))

    def execute(self, parameters, context, feedback):
        return write_report(self.parameterAsFile(parameters, "INPUT", context),
                            self.parameterAsFileOutput(parameters, "HTML", context),
                            self.parameterAsFileOutput(parameters, "PDF", context),
                            self.parameterAsBool(parameters, OVERWRITE, context), feedback)
