"""scanurba:avis — the département's draft opinion: the full scan, then for each document
of the plan (one for a PLU or PLUi, one per commune of a mosaic) avis_<IDURBA>.odt,
avis_<IDURBA>.docx and atlas_<IDURBA>.pdf in one folder."""
from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.avis import templates
from ..core.avis.document import Dossier, doc_date
from ..core.avis.opinion import safe_name, write_opinion
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..parameters import OUTPUT, OVERWRITE
from ..qgis_io import avis_settings
from ..qgis_io.avis_render import MapProject, export_atlas, extent_of
from ..qgis_io.report_render import read_tables
from .scan import FullScanAlgorithm

OUTPUT_FOLDER, RECEIVED, ARRET, PROCEDURE = "OUTPUT_FOLDER", "DATE_RECEIPT", "DATE_ARRET", \
    "PROCEDURE"
DEPARTEMENT, LOGO, SIGNATURE, LANGUAGE = "DEPARTEMENT", "LOGO", "SIGNATURE", "LANGUAGE"
MAX_ZONE_MAPS = 8


def parse_date(text, name) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ScanUrbaError(tr("{name}: “{value}” is not a date (expected YYYY-MM-DD).",
                               name=name, value=text)) from None


def zone_documents(plan) -> pd.DataFrame:
    """fid → idurba, insee of each zone, from the plan as read (zones_bilan has neither)."""
    z = plan.table("ZONE_URBA") if plan is not None else None
    if z is None or not len(z):
        return pd.DataFrame(columns=["fid", "idurba", "insee"])
    idurba = z["IDURBA"].astype(str) if "IDURBA" in z else pd.Series(plan.idurba, index=z.index)
    # a commune's PLU is named after its INSEE code; a PLUi after its EPCI (SIREN)
    prefix = idurba.str.split("_").str[0]
    insee = next((z[c].astype(str) for c in ("INSEE_COM", "INSEE", "INSEE_COMMUNE") if c in z),
                 prefix.where(prefix.str.fullmatch(r"\d[\dAB]\d{3}"), ""))
    return pd.DataFrame({"fid": z["fid"].to_numpy(), "idurba": idurba.to_numpy(),
                         "insee": insee.to_numpy()})


def run_records(data) -> tuple[dict, list]:
    info, inputs = {}, []
    run = data.get("run_info")
    if run is not None:
        for key, value in zip(run["key"], run["value"]):
            if str(key).startswith("input:"):
                try:
                    inputs.append(json.loads(value))
                except ValueError:
                    pass
            else:
                info[key] = value
    return info, inputs


def documents_of(data: dict, plan=None) -> tuple[pd.DataFrame, list]:
    """zones_bilan with each zone's idurba and insee, and the documents of the scan. From
    the plan when given; else from the findings on each zone, and the one document of a
    single-document scan for the zones without findings."""
    findings, zones = data["findings"], data["zones_bilan"]
    docs = zone_documents(plan)
    if len(docs):
        zones = zones.merge(docs, on="fid", how="left")
    else:
        layer = findings.get("source_layer", pd.Series("", index=findings.index)).astype(str)
        on_zone = findings[layer.str.contains("ZONE_URBA") & findings.get(
            "source_id", pd.Series(None, index=findings.index, dtype=object)).notna()]
        first = on_zone.drop_duplicates("source_id").set_index("source_id")
        key = zones["fid"].astype(str)
        zones = zones.assign(idurba=key.map(first.get("idurba", pd.Series(dtype=str))),
                             insee=key.map(first.get("insee", pd.Series(dtype=str))))
        known = sorted({str(d) for d in findings.get("idurba", pd.Series(dtype=str)).dropna()
                        if str(d)})
        if len(known) == 1:
            codes = sorted({c for v in findings.get("insee", pd.Series(dtype=str)).dropna()
                            for c in str(v).split(",") if c})
            zones["idurba"] = zones["idurba"].fillna(known[0])
            zones["insee"] = zones["insee"].fillna(",".join(codes))
    zones["idurba"] = zones["idurba"].fillna("").astype(str)
    zones["insee"] = zones["insee"].fillna("").astype(str)
    documents = sorted(d for d in zones["idurba"].unique() if d) or \
        sorted({str(d) for d in findings.get("idurba", pd.Series(dtype=str)).dropna() if d})
    return zones, documents


def write_atlas(gpkg, path, overwrite=False, feedback=None, lang="fr") -> int:
    """One PDF atlas over every document of a scan (the report's PDF): zone pages grouped
    by commune. Returns the page count."""
    options = avis_settings.load()
    t = templates.load(lang)
    data, layers = read_tables(gpkg)
    info, inputs = run_records(data)
    zones, documents = documents_of(data)
    idurba = documents[0] if len(documents) == 1 else \
        tr("{n} documents ({first} …)", n=len(documents), first=documents[0]) if documents \
        else ""
    maps = MapProject(layers, lang)
    maps.set_zones(zones)
    dossier = Dossier(idurba=idurba, communes=sorted(set(zones["insee"]) - {""}),
                      findings=data["findings"], zones=zones,
                      opportunities=data.get("opportunites"), run_info=info, inputs=inputs,
                      departement=options.get("departement", ""), lang=lang)
    return export_atlas(maps, path, dossier, zones, dict(zip(zones["fid"], zones["geometry"])),
                        data.get("opportunites"), t, feedback, overwrite)


def write_avis(gpkg, folder, plan=None, options=None, feedback=None, overwrite=False,
               pieces=None) -> dict:
    """One opinion and one atlas per document of a scan GeoPackage. ``plan``: the plan as
    read (zones' documents, DOC_URBA); without it a scan of one document is assumed.
    ``options``: receipt and arrêt dates, procedure, département, logo, signature, lang.
    ``pieces``: the written pieces as read (quotes of the règlement, PADD, OAP).
    Returns the files written per document and the seconds each took."""
    options = {**avis_settings.load(), **{k: v for k, v in (options or {}).items() if v}}
    lang = options.get("lang") or "fr"
    t = templates.load(lang)
    data, layers = read_tables(gpkg)
    info, inputs = run_records(data)
    findings = data["findings"]
    zones, documents = documents_of(data, plan)
    if plan is None and len(documents) > 1:
        raise ScanUrbaError(tr("{path} holds several documents: the opinion needs the "
                               "plan to tell their zones apart.", path=gpkg))
    if not documents:
        raise ScanUrbaError(tr("{path}: no document (IDURBA) found in the scan.", path=gpkg))
    opp = data.get("opportunites")
    maps = MapProject(layers, lang)
    meta = doc_urba(plan)
    folder = Path(folder)
    out = {"documents": [], "seconds": []}
    for i, idurba in enumerate(documents):
        started = time.perf_counter()
        if feedback is not None:
            if feedback.isCanceled():
                raise ScanUrbaError(tr("Cancelled."))
            feedback.setProgress(80 + 20 * i / len(documents))
            feedback.pushInfo(tr("Opinion {i}/{n}: {doc}", i=i + 1, n=len(documents), doc=idurba))
        doc_zones = zones[zones["idurba"] == idurba]
        fid = findings.get("idurba", pd.Series("", index=findings.index)).fillna("")
        doc_findings = findings[(fid == idurba) | ((fid == "") & (len(documents) == 1))]
        doc_opp = opp[opp["idurba"].astype(str) == idurba] if opp is not None and \
            "idurba" in opp else opp
        geoms = dict(zip(doc_zones["fid"], doc_zones["geometry"]))
        maps.set_zones(doc_zones)
        name = safe_name(idurba)
        pictures = folder / f".cartes_{name}"
        pictures.mkdir(parents=True, exist_ok=True)
        overview = maps.image(extent_of(list(geoms.values())), pictures / "ensemble.png") \
            if geoms else ""
        zone_maps = {}
        for _, z in doc_zones[doc_zones["n_findings"] > 0].sort_values(
                "n_findings", ascending=False).head(MAX_ZONE_MAPS).iterrows():
            label = str(z["libelle"])
            label = label if label not in zone_maps else f"{label} ({z['fid']})"
            zone_maps[label] = maps.image(
                extent_of([z["geometry"]], 0.3), pictures / f"zone_{z['fid']}.png",
                highlight=z["fid"])
        m = meta.get(idurba, {})
        dossier = Dossier(
            idurba=idurba, communes=sorted(set(doc_zones["insee"]) - {""}),
            findings=doc_findings.drop(columns="geometry", errors="ignore"), zones=doc_zones,
            opportunities=doc_opp, run_info=info, inputs=inputs,
            date_receipt=options.get("date_receipt"),
            date_arret=options.get("date_arret"), date_document=m.get("date") or doc_date(idurba),
            procedure=options.get("procedure") or m.get("procedure", ""),
            departement=options.get("departement", ""), logo=options.get("logo", ""),
            signature=options.get("signature", ""), overview=overview, zone_maps=zone_maps,
            pieces=pieces, lang=lang)
        written = write_opinion(dossier, folder, overwrite)
        atlas = folder / f"atlas_{name}.pdf"
        pages = export_atlas(maps, atlas, dossier, doc_zones, geoms, doc_opp, t, feedback,
                             overwrite)
        for png in pictures.glob("*.png"):
            png.unlink()
        pictures.rmdir()
        out["documents"].append({"idurba": idurba, "odt": written["ODT"],
                                 "docx": written["DOCX"], "atlas": str(atlas),
                                 "atlas_pages": pages})
        out["seconds"].append(round(time.perf_counter() - started, 2))
    return out


def doc_urba(plan) -> dict:
    """idurba → procedure and date read from DOC_URBA (NOMPROC, DATAPPRO), when present."""
    table = plan.table("DOC_URBA") if plan is not None else None
    out = {}
    if table is None:
        return out
    for _, row in table.iterrows():
        date = doc_date(f"_{str(row.get('DATAPPRO') or '')[:8]}")
        out[str(row.get("IDURBA", ""))] = {"procedure": str(row.get("NOMPROC") or ""),
                                           "date": date}
    return out


class AvisAlgorithm(FullScanAlgorithm):
    alg_name = "avis"
    group_key = "outputs"

    def displayName(self):
        return tr("Draft opinion (avis) of the département, with its atlas")

    def shortHelpString(self):
        return tr("Runs the full scan, then writes for each document of the plan a draft "
                  "opinion “Avis – volet aménagement numérique” (avis_[IDURBA].odt and .docx) "
                  "and a PDF atlas (atlas_[IDURBA].pdf) in the output folder: header with the "
                  "document, dates and the legal deadline (three months after receipt, R153-4 "
                  "code de l'urbanisme), a proposed conclusion, one section per part of the "
                  "plan, maps, trench-sharing opportunities and the data used. The "
                  "département's name, logo and signature come from the settings unless "
                  "given here.")

    def initAlgorithm(self, config=None):
        super().initAlgorithm(config)
        scan = self.parameterDefinition(OUTPUT)  # default: scan_urba.gpkg in the folder
        scan.setFlags(scan.flags() | QgsProcessingParameterDefinition.Flag.FlagOptional)
        scan.setCreateByDefault(False)
        self.addParameter(QgsProcessingParameterFolderDestination(
            OUTPUT_FOLDER, tr("Folder of the opinions and atlases")))
        for name, label in ((RECEIVED, tr("Date the file was received (YYYY-MM-DD)")),
                            (ARRET, tr("Date the draft was adopted, arrêt (YYYY-MM-DD)")),
                            (PROCEDURE, tr("Procedure (e.g. révision générale)")),
                            (DEPARTEMENT, tr("Département (default: settings)")),
                            (SIGNATURE, tr("Signatory block (default: settings)")),
                            (LANGUAGE, tr("Language of the opinion (fr or en)"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            LOGO, tr("Logo (PNG; default: settings)"), QgsProcessingParameterFile.Behavior.File,
            extension="png", optional=True))
        self.addOutput(QgsProcessingOutputFolder("FOLDER_OUT", tr("Opinions folder")))
        self.addOutput(QgsProcessingOutputNumber("N_DOCUMENTS", tr("Number of opinions")))
        self.addOutput(QgsProcessingOutputString("DOCUMENTS", tr("Files written (JSON)")))

    def read(self, parameters, context, feedback):
        inputs, quality, run = super().read(parameters, context, feedback)
        self.plan = inputs.plan  # zones' documents and DOC_URBA, for the opinion
        self.pieces = getattr(inputs, "pieces", None)
        return inputs, quality, run

    def execute(self, parameters, context, feedback):
        folder = Path(self.parameterAsString(parameters, OUTPUT_FOLDER, context))
        parameters = dict(parameters)
        if not self.parameterAsFileOutput(parameters, OUTPUT, context):
            parameters[OUTPUT] = str(folder / "scan_urba.gpkg")
        string = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        options = {"date_receipt": parse_date(string(RECEIVED), tr("Date of receipt")),
                   "date_arret": parse_date(string(ARRET), tr("Date of arrêt")),
                   "procedure": string(PROCEDURE), "departement": string(DEPARTEMENT),
                   "signature": string(SIGNATURE), "lang": string(LANGUAGE) or "fr",
                   "logo": self.parameterAsFile(parameters, LOGO, context)}
        folder.mkdir(parents=True, exist_ok=True)
        results = super().execute(parameters, context, feedback)
        written = write_avis(results[OUTPUT], folder, self.plan, options, feedback,
                             self.parameterAsBool(parameters, OVERWRITE, context), self.pieces)
        results.update({"FOLDER_OUT": str(folder), "N_DOCUMENTS": len(written["documents"]),
                        "DOCUMENTS": json.dumps(written, ensure_ascii=False)})
        return results
