"""L151-6-1 and L151-7 CU: the OAP of a zone opened to building, read for its digital
provisions (ducts, connection, a site for the mutualisation point) and their phasing with the
RIP. The phasing (échéancier) is L151-6-1's since L151-7 I 3° was repealed.

Only opened AU zones (AUc) are looked at. The OAP not provided, or unreadable, leaves the
question open ("non évalué"); an OAP read that says nothing digital for the zone is an
observation (good practice, the OAP may carry the duct specifications and the phasing).
"""
import re

import numpy as np

from ..i18n import QT_TR_NOOP, tr
from ..legal import TEXTS
from ..pieces.text import fold
from ..pieces.unread import ask_for, why_not_read
from .rule import (OPENED_AU, Rule, ZONE_FIELDS, bare, document_finding, rows,
                   zone_finding, zones)

RULE = Rule(
    rule_id="l151_7.oap_numerique",
    article=TEXTS["L151-7"].article,
    title=QT_TR_NOOP("Digital provisions and phasing in the OAP of zones open to building"),
    quote=TEXTS["L151-7"].quote,
    force="bonne_pratique",
    piece="oap",
)
RULES = (RULE,)
PHASING = re.compile(r"phas|echeancier|tranches?|calendrier|prealable|au\s+fur\s+et\s+a\s+mesure")


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    opened = np.flatnonzero((z["TYPEZONE"] == OPENED_AU).to_numpy())
    pieces = getattr(inputs, "pieces", None)
    oap = pieces.oap if pieces is not None else None
    if not len(opened):
        return {"findings": []}
    if oap is None or not any(o.lisible for o in oap):
        # one statement for the document, not one per zone
        why = why_not_read("oap", oap)
        labels = ", ".join(dict.fromkeys(str(v) for v in z["LIBELLE"].to_numpy()[opened]))
        return {"findings": [document_finding(
            rule=RULE, avis="information", plan=plan, rule_id="l151_7.oap_non_evalue",
            message=tr("Zones open to building ({labels}): digital provisions and phasing of "
                       "their OAP not evaluated, {why}.", labels=labels, why=why),
            suggestion=ask_for("oap", oap))]}
    return {"findings": [_zone(inputs, row, str(row.get("LIBELLE") or ""), oap)
                         for _, row in rows(z, opened, ZONE_FIELDS)]}


def _zone(inputs, row, label, oap):
    plan = inputs.plan
    mine = [o for o in oap if o.lisible and label in o.zones]
    if not mine:
        return zone_finding(
            rule=RULE, avis="observation", plan=plan, row=row,
            message=tr("Zone {label}, open to building: the OAP read sets no provision on "
                       "electronic communications for it.", label=label),
            suggestion=tr("Write in the zone's OAP the ducts and chambers to lay, a site for "
                          "the mutualisation point, and the phasing of the opening with the "
                          "arrival of the RIP."))
    phased = next((o for o in mine if PHASING.search(fold(o.citation))), None)
    first = phased or mine[0]
    return zone_finding(
        rule=RULE, avis="information", plan=plan, row=row, citation=first.citation,
        page=first.page,
        message=tr("Zone {label}, open to building: its OAP provides for electronic "
                   "communications (page {page}): « {quote} ».", label=label,
                   page=first.page if first.page is not None else "?", quote=bare(first.citation))
        + ("" if phased else " " + tr("It sets no phasing with the arrival of the RIP.")),
        suggestion="" if phased else tr("Phase the opening of the zone with the arrival of the "
                                        "RIP in the OAP."))
