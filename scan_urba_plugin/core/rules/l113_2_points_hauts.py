"""L113-2 CU: a planned point haut (a RIP's site d'émission, an operator's planned support) in
an espace boisé classé, or in a protected landscape or ecological element (L151-19, L151-23).

The classification forbids any change of use that compromises the woodland and makes the
défrichement request rejected as of right (L113-2, verified): the plan must change (reduce
the EBC on the strictly needed footprint, by révision) or the project move (outside the EBC,
onto an existing ER for a mast). Neither an ER inside the EBC (contradictory) nor a servitude
de localisation (U and AU zones only) answers it. One project seen in GraceTHD and ANFR is
reported once (l151_41.one_project_per_site). Points and lines of protection are tested with
a buffer.
"""
import numpy as np

from ..i18n import QT_TR_NOOP, tr
from ..legal import TEXTS
from ..spatial_index import containing_index
from .rule import Param, Rule, finding, protection_areas, zones

EBC = Rule(
    rule_id="l113_2.point_haut_protege",
    article=TEXTS["L113-2"].article,
    title=QT_TR_NOOP("Planned point haut in an espace boisé classé or a protected element"),
    quote=TEXTS["L113-2"].quote,
    params=(Param("point_protection_buffer", 50.0, "m", QT_TR_NOOP("Scan Urba default "
                  "(surroundings of a protected building drawn as a point)"), QT_TR_NOOP(
                  "distance from a protection drawn as a point or a line within which a site "
                  "counts as in it"), reach=True),),
    force="obligation",
    piece="reglement_graphique",
)
RULES = (EBC,)
ARTICLES = {"01": TEXTS["L113-2"].article, "07": TEXTS["L151-19"].article, "25": "L151-23 CU"}
CODES = tuple(ARTICLES)


def in_ebc(plan, geoms) -> np.ndarray:
    """Whether each point lies in an espace boisé classé (surface prescriptions)."""
    ebc = protection_areas(plan, ("01",))
    ebc = ebc[ebc["layer"] == plan.layer_name("PRESCRIPTION_SURF")]
    return containing_index(geoms, ebc["geometry"].to_numpy()) >= 0


def check(inputs, params, measures):
    sites = measures.planned_sites
    if sites is None or not len(sites):
        return {"findings": []}
    plan = inputs.plan
    from .l151_41_emplacements_reserves import mast_ers, site_name

    points = sites[sites["radio"].astype(bool)].reset_index(drop=True)
    protections = protection_areas(plan, CODES, params["point_protection_buffer"])
    where = containing_index(points["geometry"].to_numpy(), protections["geometry"].to_numpy())
    z = zones(plan)
    zone = containing_index(points["geometry"].to_numpy(), z["geometry"].to_numpy())
    labels = np.append(z["LIBELLE"].to_numpy(dtype=object), None)[zone]
    masts = mast_ers(plan)
    out = []
    for i in np.flatnonzero(where >= 0):
        row, prot = points.iloc[i], protections.iloc[where[i]]
        code = prot["TYPEPSC"]
        values = dict(site=site_name(row), zone=labels[i] or "?",
                      name=prot["LIBELLE"] or "?")
        if code == "01":
            message = tr("The planned point haut ({site}) stands in an espace boisé classé "
                         "(« {name} », zone {zone}): the classification forbids any change of "
                         "use that compromises the woodland, and the défrichement is refused "
                         "as of right (L113-2).", **values)
            # a projet arrêté is amended after the inquiry, before approval: no révision
            # (L153-31) until it is approved; the opinion words the approved case (document)
            suggestion = tr("Before approval, exclude from the EBC the strictly needed "
                            "footprint, or move the project out of it; neither an emplacement "
                            "réservé inside the EBC nor a servitude de localisation (U and AU "
                            "zones only) resolves the conflict.")
        else:
            message = tr("The planned point haut ({site}) stands in the protected "
                         "element « {name} » (zone {zone}).", **values)
            suggestion = tr("Check that the project respects the plan's protection, or move "
                            "it out of the protected element.")
        if masts:
            suggestion += " " + tr("The plan's emplacement réservé n° {er} for a mast can "
                                   "host it.", er=masts)
        out.append(finding(
            rule=EBC, avis="recommandation", plan=plan, layer=row["source_layer"],
            fid=row["site_id"], field_name="geometry", geometry=row["geometry"],
            libelle=str(prot["LIBELLE"] or ""), article=ARTICLES[code], message=message,
            suggestion=suggestion))
    return {"findings": out}
