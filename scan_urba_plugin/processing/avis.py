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
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.avis import templates
from ..core.avis.act import (Facts, arret_warning, decide, piece_texts, pieces_arret_date,
                             pieces_stage)
from ..core.avis.document import Dossier, doc_date
from ..core.avis.findings import opinion_rows, scan_margin
from ..core.avis.note import inside_plan
from ..core.avis.opinion import safe_name, write_opinion
from ..core.avis.voice import VOICE_OPTIONS, Voice, proposes_rip_authority
from ..core.communes import document_communes, plui_of
from ..core.detect import plan_commune_name
from ..core import french
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..parameters import OUTPUT, OVERWRITE
from ..qgis_io import avis_settings
from ..qgis_io.avis_render import MapProject, export_atlas, extent_of
from ..qgis_io.report_render import read_tables
from .scan import FullScanAlgorithm

OUTPUT_FOLDER, RECEIVED, ARRET, PROCEDURE = "OUTPUT_FOLDER", "DATE_RECEIPT", "DATE_ARRET", \
    "PROCEDURE"
LOGO, SIGNATURE, LANGUAGE = "LOGO", "SIGNATURE", "LANGUAGE"
BEGUN, STAGE, COMMUNE, FORM, FINAL, REQUIRE = "DATE_BEGUN", "STAGE", "COMMUNE", "FORM", \
    "FINAL", "REQUIRE_OPINION"
EPCI = "EPCI"
STAGES = ("", "arrete", "approuve")
FORMS = ("section", "lettre")
ONLY = "DOCUMENTS_WANTED"
MESSAGE = "MESSAGE"
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


def check_dates(arret: dt.date | None, receipt: dt.date | None,
                begun: dt.date | None = None) -> None:
    """A dossier is received after its draft is adopted, and a draft adopted after its
    procedure began: a receipt before the arrêt, or a start after it, is a typing slip,
    refused (never the start of a deadline, never the regime's date)."""
    if arret and begun and begun > arret:
        raise ScanUrbaError(tr(
            "The date the procedure was prescribed ({begun}) is later than the arrêt date "
            "({arret}): a draft is adopted after its procedure began; check the two dates.",
            begun=french.date(begun), arret=french.date(arret)))
    if arret and receipt and receipt < arret:
        raise ScanUrbaError(tr(
            "The file's receipt date ({receipt}) is earlier than the arrêt date ({arret}): "
            "a file is received after the draft is adopted; check the two dates.",
            receipt=french.date(receipt), arret=french.date(arret)))


def what_was_written(documents: list) -> str:
    """One line per document (its IDURBA first when there are several)."""
    if len(documents) == 1:
        return documents[0]["message"]
    return "\n".join(f"{d['idurba']}{' (' + d['commune'] + ')' if d['commune'] else ''} : "
                     f"{d['message']}" for d in documents)


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


def chosen_documents(zones: pd.DataFrame, documents: list, wanted, pluis=None) -> list:
    """The (IDURBA, commune) a batch asks for, in the scan's order: each wanted entry is an
    IDURBA, the INSEE code of a commune of a mosaic (all the documents on its zones, commune
    "") or of a commune of a PLUi (its extract: the PLUi's IDURBA and that INSEE code). An
    entry matching nothing is an error that names it, before any opinion is written."""
    wanted = [w.strip() for w in (wanted or []) if w and w.strip()]
    if not wanted:
        return [(d, "") for d in documents]
    by_commune = zones.groupby("insee")["idurba"].agg(lambda v: set(v) - {""}) \
        if len(zones) else pd.Series(dtype=object)
    of_plui = {code: idurba for idurba, p in (pluis or {}).items() for code in p.codes}
    chosen, unknown = set(), []
    for entry in wanted:
        found = {(of_plui[entry], entry)} if entry in of_plui else \
            {(d, "") for d in ({entry} & set(documents)) or by_commune.get(entry, set())}
        chosen |= found
        if not found:
            unknown.append(entry)
    if unknown:
        raise ScanUrbaError(_unknown_message(unknown, documents, pluis or {}))
    return sorted(chosen, key=lambda job: (documents.index(job[0]), job[1]))


def _unknown_message(unknown: list, documents: list, pluis: dict) -> str:
    if pluis:
        idurba, plui = next(iter(pluis.items()))
        return tr("No document of the scan for {entries}: not a commune of the PLUi {doc} "
                  "(its DOC_URBA_COM lists {codes}) nor a document of the scan (give IDURBA "
                  "or INSEE codes).", entries=", ".join(unknown), doc=idurba,
                  codes=", ".join(plui.codes) or "—")
    if len(documents) == 1:
        return tr("No document of the scan for {entries} (give IDURBA or INSEE codes; the "
                  "scan holds one document, {first}).", entries=", ".join(unknown),
                  first=documents[0])
    return tr("No document of the scan for {entries} (give IDURBA or INSEE codes; the scan "
              "holds {n} documents, e.g. {first}).", entries=", ".join(unknown),
              n=len(documents), first=documents[0] if documents else "—")


def plui_documents(plan, zones: pd.DataFrame, documents: list, layer) -> dict:
    """idurba → core.communes.Plui of each PLUi of the scan, its communes' places from the
    communes layer (normalised) or its zones' INSEE field."""
    com = plan.table("DOC_URBA_COM") if plan is not None else None
    out = {}
    for idurba in documents:
        plui = plui_of(idurba, document_communes(com, idurba),
                       zones[zones["idurba"] == idurba], layer)
        if plui is not None:
            out[idurba] = plui
    return out


def check_extracts(jobs: list, pluis: dict) -> None:
    """An extract for one commune needs that commune's polygon: else a clear error, before
    any opinion is written, never the whole PLUi under the commune's name."""
    for idurba, code in jobs:
        plui = pluis.get(idurba)
        if not code or plui is None:
            continue
        if plui.communes is None or code in plui.missing:
            raise ScanUrbaError(tr(
                "{code} is a commune of the PLUi {doc}: its opinion is an extract of the "
                "PLUi's, cut to the commune, which needs the commune's polygon. Give the "
                "“Communes” layer (IGN ADMIN EXPRESS COMMUNE, fields INSEE_COM and NOM; "
                "option --communes) holding {code}.", code=code, doc=idurba))


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


def write_avis(gpkg, folder, plan=None, options=None, feedback=None, overwrite=False,
               pieces=None, communes=None) -> dict:
    """One opinion (or analysis note), its internal RIP note and one atlas per document of a
    scan GeoPackage. ``plan``: the plan as read (zones' documents, DOC_URBA); without it a
    scan of one document is assumed. ``options``: dates (receipt, arrêt, begun), stage,
    procedure, commune, epci (the name of a PLUi's EPCI), form, final, require_opinion, lang,
    documents (IDURBA or INSEE codes of the documents to write, default: all; the INSEE code
    of a commune of a PLUi asks for its extract) and the Département's settings
    (voice.VOICE_OPTIONS, logo, signature).
    ``pieces``: the written pieces as read. ``communes``: the communes layer
    (core.communes.normalise_communes), which places a PLUi's findings in its communes.
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
    pluis = plui_documents(plan, zones, documents, communes)
    jobs = chosen_documents(zones, documents, options.get("documents"), pluis)
    check_extracts(jobs, pluis)
    single = len({idurba for idurba, _ in jobs}) == 1
    voice = _voice(options, data, feedback)
    texts = piece_texts(pieces, [i.get("path", "") for i in inputs
                                 if i.get("input") in ("reglement", "padd")])
    stage_of_pieces = pieces_stage(texts)
    arret_of_pieces = pieces_arret_date(texts)
    # the user's name, else the pieces', else the GPU metadata's (never « commune de 30014 »)
    commune = options.get("commune") or commune_in(texts) or options.get("plan_commune", "")
    opp = data.get("opportunites")
    margin = scan_margin(info)
    maps = MapProject(layers, lang, inputs, options.get("fond_de_plan", ""))
    meta = doc_urba(plan)
    folder = Path(folder)
    out = {"documents": [], "seconds": []}
    for i, (idurba, extract) in enumerate(jobs):
        started = time.perf_counter()
        label = f"{idurba} ({extract})" if extract else idurba
        if feedback is not None:
            if feedback.isCanceled():
                raise ScanUrbaError(tr("Cancelled."))
            feedback.setProgress(80 + 20 * i / len(jobs))
            feedback.pushInfo(tr("Opinion {i}/{n}: {doc}", i=i + 1, n=len(jobs), doc=label))
        doc_zones, doc_findings, doc_opp = opinion_rows(
            (idurba, extract), zones, (findings, opp), pluis, margin, single)
        geoms = dict(zip(doc_zones["fid"], doc_zones["geometry"]))
        plui = pluis.get(idurba)
        maps.set_zones(doc_zones)
        name = safe_name(f"{idurba}_{extract}" if extract else idurba)
        pictures = folder / f".cartes_{name}"
        pictures.mkdir(parents=True, exist_ok=True)
        overview, zone_maps = _pictures(maps, doc_zones, geoms, pictures)
        m = meta.get(idurba) or {"etat": str(info.get("etat", "") or "")}
        act = decide(Facts(etat=m.get("etat", ""), nomproc=m.get("procedure", ""),
                           date_approval=m.get("date"), pieces_stage=stage_of_pieces,
                           stage=options.get("stage", ""),
                           procedure=_procedure_code(options.get("procedure", "")),
                           date_begun=options.get("date_begun"),
                           date_arret=options.get("date_arret"),
                           date_receipt=options.get("date_receipt"),
                           pieces_date_arret=arret_of_pieces,
                           today=options.get("today")))
        dossier = Dossier(
            idurba=idurba, communes=_communes_of(doc_zones, plui, extract),
            # in_plan: the internal note tells points inside the perimeter from those outside
            findings=doc_findings.assign(in_plan=inside_plan(doc_findings, doc_zones))
            .drop(columns="geometry", errors="ignore"), zones=doc_zones,
            opportunities=doc_opp, run_info=info, inputs=inputs,
            date_receipt=options.get("date_receipt"),
            date_arret=options.get("date_arret"), date_document=m.get("date") or doc_date(idurba),
            procedure=act.procedure, departement=voice.departement,
            logo=options.get("logo", ""), signature=options.get("signature", ""),
            overview=overview, zone_maps=zone_maps, pieces=pieces, lang=lang, act=act,
            # a PLUi is no commune's: its name is that of an extract's commune only
            voice=voice, commune=_commune_name(plui, extract, options) if plui is not None
            else commune,
            epci=options.get("epci", ""),
            form=options.get("form") or "section",
            final=bool(options.get("final")), today=options.get("today") or dt.date.today(),
            works=data.get("travaux"), plui=plui, extract=extract, margin=margin)
        try:
            written = write_opinion(dossier, folder, overwrite,
                                    bool(options.get("require_opinion")))
        finally:
            for png in pictures.glob("*.png"):
                png.unlink()
            pictures.rmdir()
        if act.deadline_passed and feedback is not None:
            feedback.reportError(t["deadline_passed"].format(
                deadline=templates.date_words(act.deadline, t)), fatalError=False)
        atlas = folder / f"atlas_{name}.pdf"
        pages = export_atlas(maps, atlas, dossier, doc_zones, geoms, t, feedback,
                             overwrite)
        out["documents"].append({"idurba": idurba, "commune": extract, "odt": written["ODT"],
                                 "docx": written["DOCX"], "note_odt": written["NOTE_ODT"],
                                 "note_docx": written["NOTE_DOCX"], "kind": written["kind"],
                                 "deadline": written["deadline"],
                                 "deadline_passed": written["deadline_passed"],
                                 "atlas": str(atlas), "atlas_pages": pages,
                                 "set_aside": list(act.set_aside),
                                 "message": written_words(act, t)})
        out["seconds"].append(round(time.perf_counter() - started, 2))
        if feedback is not None:
            feedback.pushInfo(out["documents"][-1]["message"])
    return out


def written_words(act, t: dict) -> str:
    """What was written for one document, as the dock and the command line say it: an
    opinion on a projet arrêté or a modification, or an analysis note and why (the typed
    dates an approved plan set aside named, never silently dropped)."""
    warning = arret_warning(act, t)
    return _act_words(act, t) + ("\n⚠ " + warning if warning else "")


def _act_words(act, t: dict) -> str:
    date = lambda value: templates.date_words(value, t)  # noqa: E731
    if act.kind == "projet_arrete":
        text = tr("Opinion written on the draft plan adopted (projet arrêté){arret}",
                  arret=tr(" on {date}", date=date(act.date_arret)) if act.date_arret else "")
        return text + (tr("; the opinion is due by {date}.", date=date(act.deadline))
                       if act.deadline else tr("; receipt date not given: no deadline."))
    if act.kind == "modification":
        return tr("Opinion written on the modification of the plan.")
    if act.kind == "approuve":
        approval = f" ({date(act.date_approval)})" if act.date_approval else ""
        text = tr("Analysis note written: the plan given is approved{approval}, it is not a "
                  "draft adopted (projet arrêté)", approval=approval)
        return text + _set_aside_words(act) + "."
    reasons = t["list_sep"].join(t["act_reasons"][k] for k, _ in act.reasons)
    return tr("Analysis note written: the data given disagree on the plan's stage ({reasons}); "
              "no opinion can be given.", reasons=reasons)


def _set_aside_words(act) -> str:
    """The dates typed that an approved plan set aside, named (never silently dropped)."""
    words = {"arret": tr("arrêt"), "receipt": tr("receipt"),
             "begun": tr("prescription")}
    names = ", ".join(words[name] for name in act.set_aside)
    if len(act.set_aside) > 1:
        return tr("; the dates typed ({names}) were not used", names=names)
    return tr("; the date typed ({names}) was not used", names=names) if names else ""


def _communes_of(doc_zones, plui, extract) -> list:
    """The INSEE codes an opinion is about: the extract's commune, a PLUi's communes
    (DOC_URBA_COM), else those its zones name."""
    if extract:
        return [extract]
    if plui is not None:
        return list(plui.codes)
    return sorted(set(doc_zones["insee"]) - {""})


def _commune_name(plui, extract, options) -> str:
    """The name of an extract's commune: the user's, else the communes layer's ("" for the
    whole PLUi: the pieces' « Commune de … » would name one of its communes)."""
    if not extract:
        return ""
    return options.get("commune") or plui.communes.names.get(extract, "")


def _pictures(maps, doc_zones, geoms, pictures) -> tuple[str, dict]:
    """The overview and the zone maps (those with the most findings) as PNG files."""
    overview = maps.image(extent_of(list(geoms.values())), pictures / "ensemble.png") \
        if geoms else ""
    zone_maps = {}
    for _, z in doc_zones[doc_zones["n_findings"] > 0].sort_values(
            "n_findings", ascending=False).head(MAX_ZONE_MAPS).iterrows():
        label = str(z["libelle"])
        label = label if label not in zone_maps else f"{label} ({z['fid']})"
        zone_maps[label] = maps.image(extent_of([z["geometry"]], 0.3),
                                      pictures / f"zone_{z['fid']}.png", highlight=z["fid"])
    return overview, zone_maps


def _voice(options: dict, data: dict, feedback) -> Voice:
    """The Département's settings; RIP authority proposed from the GraceTHD owners when the
    user left it empty (and said so in the log)."""
    voice = Voice.from_options(options)
    routes = data.get("cheminements")
    owners = routes["owner"].dropna().unique() if routes is not None and "owner" in routes \
        else []
    if not voice.rip_autorite and proposes_rip_authority(owners, voice.departement):
        voice.rip_autorite = "oui"
        if feedback is not None:
            feedback.pushInfo(tr("The network's owner in GraceTHD is a Département: the "
                                 "opinion speaks as the RIP authority (setting “RIP "
                                 "authority” left empty)."))
    return voice


def _procedure_code(text: str) -> str:
    """A CNIG code (E, R, M2…) from the user's words or code."""
    words = {"élaboration": "E", "elaboration": "E", "révision allégée": "RA",
             "révision simplifiée": "RS", "modification simplifiée": "MS",
             "révision": "R", "revision": "R", "modification": "M"}
    low = str(text or "").strip().lower()
    for key, code in words.items():
        if low.startswith(key):
            return code
    return str(text or "").strip().upper()


def commune_in(texts) -> str:
    """The commune's name as the pieces write it (« Commune de Val-de-Démo »)."""
    import re

    for text in texts:
        m = re.search(r"Commune d[e'’]\s*([A-ZÀ-Ý][\w’'\- ]+?)\s*(?:\n|$|–|-{2}|,)", text or "")
        if m:
            return m.group(1).strip()
    return ""


def doc_urba(plan) -> dict:
    """idurba → ETAT, procedure and date read from DOC_URBA (NOMPROC, DATAPPRO)."""
    table = plan.table("DOC_URBA") if plan is not None else None
    out = {}
    if table is None:
        return out
    for _, row in table.iterrows():
        date = doc_date(f"_{str(row.get('DATAPPRO') or '')[:8]}")
        etat = str(row.get("ETAT") or "").strip()
        out[str(row.get("IDURBA", ""))] = {"procedure": str(row.get("NOMPROC") or ""),
                                           "date": date,
                                           "etat": etat.zfill(2) if etat.isdigit() else etat}
    return out


class AvisAlgorithm(FullScanAlgorithm):
    alg_name = "avis"
    group_key = "outputs"

    def displayName(self):
        return tr("Draft opinion (avis) of the département, with its atlas")

    def shortHelpString(self):
        return tr("Runs the full scan, then for each document of the plan decides what act "
                  "it is (projet arrêté of an élaboration or révision, modification, approved "
                  "plan, or inconsistent) and writes the digital section of the Département's "
                  "opinion, or a full letter (avis_[IDURBA].odt and .docx), an internal note "
                  "for the RIP team (note_interne_rip_[IDURBA]) and a PDF atlas. An approved "
                  "plan gets an analysis note (note_analyse_[IDURBA]), or is refused when an "
                  "opinion is required. The deadline is three months after receipt (R153-4); "
                  "when it has passed the opinion is deemed favourable and the log says so. "
                  "The final mode removes the draft banner and refuses while an article cited "
                  "is unverified. The Département's name, roles and signatory come from the "
                  "settings unless given here. For a batch over some communes of a mosaic, give "
                  "their INSEE codes (or the documents' IDURBA): each gets its own opinion "
                  "and atlas, in one run.")

    def initAlgorithm(self, config=None):
        super().initAlgorithm(config)
        scan = self.parameterDefinition(OUTPUT)  # default: scan_urba.gpkg in the folder
        scan.setFlags(scan.flags() | QgsProcessingParameterDefinition.Flag.FlagOptional)
        scan.setCreateByDefault(False)
        self.addParameter(QgsProcessingParameterFolderDestination(
            OUTPUT_FOLDER, tr("Folder of the opinions and atlases")))
        for name, label in ((RECEIVED, tr("Date the file was received (YYYY-MM-DD)")),
                            (ARRET, tr("Date the draft was adopted, arrêt (YYYY-MM-DD)")),
                            (BEGUN, tr("Date the procedure began, prescription (YYYY-MM-DD)")),
                            (PROCEDURE, tr("Procedure (élaboration, révision, modification "
                                           "or a CNIG code; default: DOC_URBA)")),
                            (COMMUNE, tr("Commune's name (default: read in the pieces)")),
                            (EPCI, tr("Name of the EPCI of a PLUi, or of the body holding a "
                                      "SCOT (default: named by its SIREN)")),
                            (SIGNATURE, tr("Signatory block (default: settings)")),
                            (LANGUAGE, tr("Language of the opinion (fr or en)")),
                            (ONLY, tr("Only these communes or documents (INSEE codes or "
                                      "IDURBA, separated by commas; default: every document)"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        labels = avis_settings.labels()
        for key, (name, _flag, _label) in VOICE_OPTIONS.items():
            self.addParameter(QgsProcessingParameterString(
                name, labels[key] + tr(" (default: settings)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            STAGE, tr("Stage stated by the user"), options=[tr("not stated"), tr("projet "
                      "arrêté"), tr("approved plan")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            FORM, tr("Form"), options=[tr("section to insert in the Département's opinion"),
                                       tr("full letter")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            FINAL, tr("Final version (no draft banner; refused while a cited article is "
                      "unverified)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            REQUIRE, tr("An opinion is required (refuse an approved or inconsistent plan "
                        "instead of writing an analysis note)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFile(
            LOGO, tr("Logo (PNG; default: settings)"), QgsProcessingParameterFile.Behavior.File,
            extension="png", optional=True))
        self.addOutput(QgsProcessingOutputFolder("FOLDER_OUT", tr("Opinions folder")))
        self.addOutput(QgsProcessingOutputNumber("N_DOCUMENTS", tr("Number of opinions")))
        self.addOutput(QgsProcessingOutputString("DOCUMENTS", tr("Files written (JSON)")))
        self.addOutput(QgsProcessingOutputString(MESSAGE, tr("What was written, in words")))
        self.addOutput(QgsProcessingOutputBoolean("DEADLINE_PASSED", tr(
            "The three-month deadline has passed: the opinion is deemed favourable")))

    def read(self, parameters, context, feedback):
        inputs, quality, run = super().read(parameters, context, feedback)
        self.plan = inputs.plan  # zones' documents and DOC_URBA, for the opinion
        self.communes = inputs.communes  # a PLUi's communes, for its breakdown and extracts
        self.pieces = getattr(inputs, "pieces", None)
        self.plan_commune = plan_commune_name(self.sources(parameters, context).plan)
        return inputs, quality, run

    def options(self, parameters, context) -> dict:
        string = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        options = {"date_receipt": parse_date(string(RECEIVED), tr("Date of receipt")),
                   "date_arret": parse_date(string(ARRET), tr("Date of arrêt")),
                   "date_begun": parse_date(string(BEGUN), tr("Date the procedure began")),
                   "procedure": string(PROCEDURE), "commune": string(COMMUNE),
                   "epci": string(EPCI),
                   "signature": string(SIGNATURE), "lang": string(LANGUAGE) or "fr",
                   "logo": self.parameterAsFile(parameters, LOGO, context),
                   "stage": STAGES[self.parameterAsEnum(parameters, STAGE, context)],
                   "form": FORMS[self.parameterAsEnum(parameters, FORM, context)],
                   "final": self.parameterAsBool(parameters, FINAL, context),
                   "require_opinion": self.parameterAsBool(parameters, REQUIRE, context),
                   "documents": string(ONLY).split(",")}
        options.update({key: string(name) for key, (name, _f, _l) in VOICE_OPTIONS.items()})
        parse_date(options["sdtan_date"], tr("Date of the SDTAN"))
        check_dates(options["date_arret"], options["date_receipt"], options["date_begun"])
        return options

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """Dates that are not dates, or a receipt before the arrêt, refused before the scan."""
        string = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        try:
            check_dates(parse_date(string(ARRET), tr("Date of arrêt")),
                        parse_date(string(RECEIVED), tr("Date of receipt")),
                        parse_date(string(BEGUN), tr("Date the procedure began")))
        except ScanUrbaError as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        folder = Path(self.parameterAsString(parameters, OUTPUT_FOLDER, context))
        parameters = dict(parameters)
        if not self.parameterAsFileOutput(parameters, OUTPUT, context):
            parameters[OUTPUT] = str(folder / "scan_urba.gpkg")
        options = self.options(parameters, context)
        folder.mkdir(parents=True, exist_ok=True)
        results = super().execute(parameters, context, feedback)
        options["plan_commune"] = self.plan_commune
        written = write_avis(results[OUTPUT], folder, self.plan, options, feedback,
                             self.parameterAsBool(parameters, OVERWRITE, context), self.pieces,
                             self.communes)
        results.update({"FOLDER_OUT": str(folder), "N_DOCUMENTS": len(written["documents"]),
                        MESSAGE: what_was_written(written["documents"]),
                        "DOCUMENTS": json.dumps(written, ensure_ascii=False),
                        "DEADLINE_PASSED": any(d["deadline_passed"]
                                               for d in written["documents"])})
        return results
