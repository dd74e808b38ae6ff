"""scanurba:readpieces: what a plan's written pieces say, read on their own (no plan)."""
from qgis.core import QgsProcessingParameterString

from ..core.i18n import tr
from ..core.pieces import pieces_dict, read_pieces
from ..core.pieces.outputs import dispositions_frame
from ..parameters import INPUTS_BY_NAME
from .algorithm import ScanUrbaAlgorithm

PIECES = ("reglement", "padd", "oap")
LABELS = "LABELS"


def piece_parameters() -> list:
    """The REGLEMENT, PADD and OAP parameters, as the scan declares them (SCAN_INPUTS)."""
    from .scan import input_parameters

    return [p for name in PIECES for p in input_parameters(INPUTS_BY_NAME[name])]


def given_pieces(alg, parameters, context) -> dict:
    return {name: alg.parameterAsFileList(parameters, INPUTS_BY_NAME[name].param, context)
            for name in PIECES}


class ReadPiecesAlgorithm(ScanUrbaAlgorithm):
    alg_name = "readpieces"
    group_key = "inputs"

    def displayName(self):
        return tr("Read the written pieces (règlement, PADD, OAP)")

    def shortHelpString(self):
        return tr(
            "Reads the règlement (PDF, CNIG SRU XML or JSON, ODT, DOCX, HTML, text), the PADD "
            "and the OAP. For each zone the règlement names (or each label given), it gives "
            "the level of its electronic-communications provision (ducts, connection, burial, "
            "absent, or chapter not found) with the article, the page and the sentence quoted; "
            "blanket bans of relay antennas; whether the PADD states an orientation on digital "
            "communications (L151-5); the OAP's digital provisions. A scanned, encrypted or "
            "damaged piece is reported unreadable with the reason, never silent.")

    def initAlgorithm(self, config=None):
        for param in piece_parameters():
            param.setFlags(param.flags() & ~param.Flag.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterString(
            LABELS, tr("Zone labels to grade (comma-separated; default: those the règlement "
                       "names)"), optional=True))
        self.add_output_parameters(tr("What the pieces say (GeoPackage table "
                                      "reglement_dispositions)"))

    def execute(self, parameters, context, feedback):
        given = given_pieces(self, parameters, context)
        labels = [x.strip() for x in self.parameterAsString(parameters, LABELS, context)
                  .split(",") if x.strip()] or None
        pieces = read_pieces(given["reglement"], given["padd"], given["oap"], labels)
        summary = {"kind": "pieces_ecrites", "pieces_ecrites": pieces_dict(pieces)}
        layers = {"reglement_dispositions": (dispositions_frame(pieces), None)}
        return self.write_outputs(parameters, context, feedback, summary, layers, [])
