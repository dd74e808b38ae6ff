"""Issue 24: what act the opinion answers, the Département's voice, the internal RIP note,
the section / letter / final forms, and prose a commune can paste. Each test asserts the
words printed."""
import datetime as dt
import zipfile

import pandas as pd
import pytest

from scan_urba_plugin.core.avis import templates, wording
from scan_urba_plugin.core.avis.act import Facts, decide, pieces_stage
from scan_urba_plugin.core.avis.document import Dossier, FinalRefusedError, build
from scan_urba_plugin.core.avis.note import build_note
from scan_urba_plugin.core.avis.opinion import write_opinion
from scan_urba_plugin.core.avis.voice import Voice, proposes_rip_authority
from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.legal import TEXTS

TODAY = dt.date(2026, 12, 6)
IDURBA = "06999_PLU_20250115"


def findings():
    return pd.DataFrame([
        {"rule_id": "l151_5.padd_numerique", "avis": "reserve", "force": "obligation",
         "piece": "padd", "article": "L151-5 CU", "libelle": "06999_padd_20250115.pdf",
         "famille": "juridique", "message": "Le PADD (06999_padd_20250115.pdf) ne fixe aucune "
         "orientation générale sur le développement des communications numériques",
         "suggestion": "Compléter le PADD", "citation": "", "page": None},
        {"rule_id": "desserte.rip_non_recense", "avis": "observation", "force": "bonne_pratique",
         "piece": "rapport", "article": "", "libelle": "UH", "famille": "juridique",
         "message": "Zone UH : desserte FttH à vérifier auprès de l'exploitant",
         "suggestion": "Vérifier avec le RIP la desserte FttH de la zone", "citation": ""},
        {"rule_id": "r151_49.regle_communications", "avis": "recommandation",
         "force": "faculte", "piece": "reglement_ecrit", "article": "R151-49 3° CU",
         "libelle": "1AU", "famille": "juridique", "message": "Zone 1AU : aucune prescription "
         "47-05 n'est numérisée (ER 05-01)", "suggestion": "", "citation": ""},
        {"rule_id": "antennes.projet_l34_9_1", "avis": "information", "force": "obligation",
         "piece": "hors_document", "article": "L34-9-1 CPCE", "libelle": "POINT HAUT",
         "famille": "juridique", "message": "Installation radioélectrique en projet SE0002",
         "suggestion": "", "citation": ""},
        {"rule_id": "cnig.geometry", "avis": "observation", "piece": "hors_document",
         "famille": "qualite_donnees", "message": "Polygone invalide dans ZONE_URBA"},
    ])


def opportunities():
    rows = [{"rang": i, "kind": k, "works_id": w, "need": "zone_au", "need_id": "1AU",
             "maitre_ouvrage": "Département", "length_m": 100.0 * i, "cout_evite_eur": 1000.0,
             "l49_eligible": i == 2, "date_limite_l49": "2026-12-21" if i == 2 else None,
             "partenaires": "", "base_legale": "L49 CPCE"}
            for i, (k, w) in enumerate([("er_voirie", "Emplacement réservé n°1 : voie"),
                                        ("travaux_programmes", "TRV-2027-04"),
                                        ("zone_au", "1AU")], start=1)]
    return pd.DataFrame(rows)


def zones():
    return pd.DataFrame({"libelle": ["UH", "1AU"], "typezone": ["U", "AUc"],
                         "served_share_existing": [0.0, 0.0],
                         "served_share_planned": [0.0, 0.46]})


VOICE = Voice(departement="Département des Alpes-Maritimes", rip_autorite="oui",
              rip_delegataire="Val-de-Démo Fibre SAS", sdtan="SDTAN des Alpes-Maritimes",
              sdtan_date="2012-06-29", signataire="Jean Exemple", qualite="Directeur",
              delegation="l'arrêté n° 2026-001 du 5 janvier 2026", lieu="Nice")


def works():
    return pd.DataFrame({"works_id": ["TRV-2027-01", "TRV-2027-02"],
                         "maitre_ouvrage": ["Département des Alpes-Maritimes", "GRDF"],
                         "nature_source": ["Voirie – création de la voie des Oliviers", "Gaz"],
                         "date_debut": ["2027-03-01", "2027-01-11"]})


def dossier(act, **kw):
    kw.setdefault("works", works())
    return Dossier(idurba=IDURBA, communes=["06999"], findings=findings(), zones=zones(),
                   opportunities=opportunities(), run_info={"plugin_version": "0.1.0"},
                   inputs=[{"input": "plan", "layer": "ZONE_URBA", "features": 8,
                            "sha256": "ab" * 32}],
                   act=act, voice=VOICE, commune="Val-de-Démo", today=TODAY, **kw)


def arrete(**kw):
    facts = dict(etat="02", nomproc="E", date_arret=dt.date(2026, 11, 5),
                 date_receipt=dt.date(2026, 11, 20), date_begun=dt.date(2024, 3, 12),
                 today=TODAY)
    return decide(Facts(**{**facts, **kw}))


def text_of(blocks) -> str:
    return " ".join(" ".join((b.lead + " " + b.text).split()) for b in blocks)


def test_projet_arrete_page_one_names_the_act_dates_and_voice():
    blocks = build(dossier(arrete()))
    text = text_of(blocks)
    assert blocks[0].kind == "banner" and "PROJET" in blocks[0].text
    assert ("Projet de plan local d'urbanisme (PLU) arrêté par délibération du conseil "
            "municipal de Val-de-Démo du 5 novembre 2026 (élaboration prescrite le 12 mars "
            "2024).") in text
    assert "date limite de l'avis : 20 février 2027" in text
    assert "réputé favorable" not in text
    assert "Le Département des Alpes-Maritimes, personne publique associée" in text
    assert "porteur du SDTAN des Alpes-Maritimes adopté le 29 juin 2012" in text
    assert "autorité organisatrice du réseau d'initiative publique (délégataire : " \
        "Val-de-Démo Fibre SAS)" in text
    assert "régime modernisé" in text and "soumis à enquête publique" in text
    # the Département states its own facts, never asks itself
    assert "La zone UH n'est pas desservie à ce jour par le réseau d'initiative publique" in text
    assert "vérifier" not in text.lower().replace("à vérifier avant signature", "")
    assert "Le rapport de présentation n'a pas été examiné" in text
    # pieces named as pieces; no CNIG codes; a clause for the réserve
    assert ".pdf" not in text and "47-05" not in text and "05-01" not in text
    assert "Rédaction proposée : « Orientation – Accompagner le déploiement du très haut " \
        "débit fixe et mobile, en cohérence avec le SDTAN des Alpes-Maritimes adopté le " \
        "29 juin 2012" in text
    # only the plan's matters; one coordination recommendation
    assert "SE0002" not in text and "Polygone" not in text and "Annexe 1" not in text
    assert ("associer le délégataire du réseau d'initiative publique, Val-de-Démo Fibre SAS, "
            "à la réalisation de l'emplacement réservé n° 1 et à l'aménagement de la zone "
            "1AU. Le Département, maître d'ouvrage des travaux de création de la voie des "
            "Oliviers (2027), y posera les fourreaux du réseau d'initiative publique.") in text
    assert "GRDF" not in text


def test_projet_arrete_of_unknown_procedure_keeps_the_three_months():
    act = arrete(nomproc="")
    assert act.three_months and act.deadline == dt.date(2027, 2, 20)
    assert "(élaboration ou révision prescrite le 12 mars 2024)" in text_of(build(dossier(act)))


def test_past_deadline_is_deemed_favourable_in_red_at_the_top():
    act = arrete(date_receipt=dt.date(2025, 3, 3), date_arret=dt.date(2025, 2, 1))
    assert act.deadline_passed and act.deadline == dt.date(2025, 6, 3)
    blocks = build(dossier(act))
    assert blocks[1].kind == "warning"
    assert blocks[1].text == ("Délai de trois mois expiré le 3 juin 2025 : l'avis du "
                              "Département est réputé favorable (article R153-4 du code de "
                              "l'urbanisme). Une contribution adressée après cette date ne "
                              "vaut pas avis de personne publique associée.")


def test_modification_has_its_own_regime_without_three_months():
    act = arrete(nomproc="M2")
    assert act.kind == "modification" and act.deadline is None
    text = text_of(build(dossier(act, form="lettre")))
    assert "Projet de modification n° 2 du plan local d'urbanisme (PLU)" in text
    assert "notifié aux personnes publiques associées avant l'ouverture" in text
    assert "trois mois" not in text and "R153-4" not in text
    assert "articles L132-7 et L153-40" in text


def test_a_modification_keeps_the_content_regime_of_the_plan_it_modifies():
    """The last walkthrough: a modification begun in 2024 was said « régime modernisé …, la
    procédure ayant été engagée après le 1er janvier 2016 »; the content follows the plan's
    own élaboration or révision, not the modification: to be confirmed."""
    act = arrete(nomproc="M2", date_begun=dt.date(2024, 3, 12))
    assert act.kind == "modification" and act.content == "indetermine"
    text = text_of(build(dossier(act)))
    assert "la procédure ayant été engagée après le 1er janvier 2016" not in text
    assert arrete(date_begun=dt.date(2024, 3, 12)).content == "r151"  # an élaboration's own


def test_a_modification_asks_no_padd_change_of_itself():
    """The last walkthrough: a modification's opinion made the PADD's missing digital
    orientation a réserve, « Compléter le PADD », which only a révision can do."""
    import pandas as pd

    from scan_urba_plugin.core.avis.document import padd_by_act

    t = templates.load("fr")
    f = pd.DataFrame({"rule_id": ["l151_5.padd_numerique", "l151_40.secteur_numerique"],
                      "avis": ["reserve", "reserve"],
                      "suggestion": ["Compléter le PADD (L151-5).", "Autre."]})
    out = padd_by_act(f, arrete(nomproc="M2"), t)
    assert out["avis"].tolist() == ["observation", "reserve"]
    assert out["suggestion"][0].startswith("Lors de la prochaine révision du plan, compléter le "
                                           "PADD") and "L153-31 1°" in out["suggestion"][0]
    assert padd_by_act(f, arrete(), t).equals(f)  # an élaboration's PADD: the réserve stays
    text = text_of(build(dossier(arrete(nomproc="M2"))))
    assert "Réserve n° 1 – Le PADD" not in text
    # an unverified text cited in a proposal is listed for the signatory too
    assert "L153-31 1°" in wording.unverified(wording.cited(pd.DataFrame(
        {"suggestion": ["… (article L153-31 1° du code de l'urbanisme, texte non vérifié)"]})))


def test_procedure_begun_after_26_may_2026_words_the_ppve_and_abolished_procedures():
    text = text_of(build(dossier(arrete(date_begun=dt.date(2026, 6, 1)))))
    assert ("La procédure a été engagée le 1er juin 2026, après le 26 mai 2026 : en "
            "application de la loi n° 2025-1129 du 26 novembre 2025, le projet et les avis des "
            "personnes publiques associées peuvent être soumis à une participation du public "
            "par voie électronique") in text
    text = text_of(build(dossier(arrete(nomproc="MS", date_begun=dt.date(2026, 6, 1)))))
    assert "a supprimé la modification simplifiée pour les procédures engagées" in text
    text = text_of(build(dossier(arrete(date_begun=dt.date(2026, 5, 25)))))
    assert "engagée avant le 26 mai 2026" in text


def test_regime_from_when_the_procedure_began_not_from_approval():
    assert arrete(date_begun=dt.date(2014, 5, 1)).content == "r123"
    text = text_of(build(dossier(arrete(date_begun=dt.date(2014, 5, 1)))))
    assert "régime antérieur au décret n° 2015-1783" in text
    assert "Fondement : R123-9 16° CU" in text and "R151-49" not in text


def test_inconsistent_plan_approved_metadata_and_arrete_pieces():
    stage = pieces_stage(["Vu pour être annexé à la délibération du conseil municipal du 5 "
                          "novembre 2026 arrêtant le projet de plan local d’urbanisme."])
    assert stage == "arrete"
    act = decide(Facts(etat="03", nomproc="E", date_approval=dt.date(2025, 1, 15),
                       pieces_stage=stage, today=TODAY))
    assert act.kind == "incoherent" and not act.opinion
    blocks = build(dossier(act))
    text = text_of(blocks)
    assert blocks[1].text == "Note d'analyse – volet aménagement numérique"
    assert ("Les éléments transmis se contredisent sur l'état du plan : les métadonnées du "
            "plan le disent approuvé et opposable ; les pièces écrites portent la mention d'un "
            "projet arrêté.") in text
    assert "date limite" not in text and "Coordination des travaux" not in text


def test_approved_plan_gets_an_analysis_note_or_a_refusal(tmp_path):
    stage = pieces_stage(["Dossier d’approbation – 15 janvier 2025", "Vu pour être annexé à "
                          "la délibération du conseil municipal du 15 janvier 2025 approuvant "
                          "le plan local d’urbanisme."])
    act = decide(Facts(etat="03", nomproc="E", date_approval=dt.date(2025, 1, 15),
                       pieces_stage=stage, today=TODAY))
    assert act.kind == "approuve"
    written = write_opinion(dossier(act), tmp_path)
    assert written["ODT"].endswith(f"note_analyse_{IDURBA}.odt")
    text = text_of(build(dossier(act)))
    assert ("Les données transmises sont celles du plan local d'urbanisme (PLU) de Val-de-Démo "
            "approuvé le 15 janvier 2025 et non d'un projet arrêté : aucun avis de personne "
            "publique associée ne peut être établi sur cette base.") in text
    assert "avis favorable" not in text.lower() and "date limite" not in text
    assert "Réserves proposées" not in text and "Points majeurs" in text
    # the roles are an apposition: a comma closes them before the note's verb
    assert "porteur du SDTAN des Alpes-Maritimes adopté le 29 juin 2012, autorité " \
        "organisatrice du réseau d'initiative publique (délégataire : Val-de-Démo Fibre SAS), " \
        "relève sur le volet" in text, text
    with zipfile.ZipFile(written["ODT"]) as z:
        styles = z.read("styles.xml").decode("utf-8")
    assert "Point majeur n° " in styles and "Réserve n° " not in styles
    with pytest.raises(ScanUrbaError, match="un avis de personne publique associée ne peut "
                                            "porter que sur un projet arrêté"):
        write_opinion(dossier(act), tmp_path / "x", require_opinion=True)


def with_unread_article():
    """The findings, one of them resting on a text the legal table could not read."""
    f = findings()
    f.loc[2, "article"] = TEXTS["L141-21"].article      # the pre-2021 L141-21: text unread
    return f


def test_final_mode_refuses_unverified_citations_and_names_them(tmp_path):
    d = dossier(arrete(), final=True)
    d.findings = with_unread_article()
    with pytest.raises(FinalRefusedError) as err:
        build(d)
    assert "mode final refusé" in str(err.value)
    assert "L141-21" in str(err.value)
    # read in the Légifrance extraction of 27 February 2026, as R153-4 and the visas
    assert "L151-5" not in str(err.value) and "R151-49 3°" not in str(err.value)
    assert "R153-4" not in str(err.value) and "L153-16" not in str(err.value)
    # the PADD réserve (L151-5) and the règlement's article (R151-49 3°) now print as final
    text = text_of(build(dossier(arrete(), final=True)))
    assert "L151-5" in text and "R151-49 3°" in text and "PROJET" not in text
    verified = findings().iloc[[3]]            # outside the plan: not in the opinion
    d = dossier(arrete(), final=True)
    d.findings = verified
    blocks = build(d)
    text = text_of(blocks)
    assert blocks[0].kind != "banner" and "Scan Urba" not in text
    assert "non vérifié" not in text and "Proposition à valider" not in text
    assert "Fait à Nice, le" not in text                      # section: no signature
    written = write_opinion(d, tmp_path)
    for name, member in (("ODT", "meta.xml"), ("DOCX", "docProps/core.xml")):
        with zipfile.ZipFile(written[name]) as z:
            package = z.read(member).decode("utf-8") + z.read(
                "content.xml" if name == "ODT" else "word/document.xml").decode("utf-8")
        assert "Scan Urba" not in package and "Département des Alpes-Maritimes" in package
    d.form = "lettre"
    text = text_of(build(d))
    assert "Fait à Nice, le 6 décembre 2026" in text
    assert "Jean Exemple Directeur (arrêté n° 2026-001 du 5 janvier 2026)" in text
    assert "Monsieur le Maire de Val-de-Démo" in text
    assert "Vu la délibération du conseil municipal de Val-de-Démo du 5 novembre 2026" in text


def test_draft_mode_prints_the_banner_and_the_texts_to_check():
    text = text_of(build(dossier(arrete())))
    assert text.startswith("PROJET – texte préparé avec Scan Urba")
    assert "Textes à vérifier avant signature" not in text    # every text cited was read
    d = dossier(arrete())
    d.findings = with_unread_article()
    text = text_of(build(d))
    assert "Textes à vérifier avant signature" in text and "L141-21" in text


def test_internal_note_holds_every_opportunity_and_what_the_opinion_leaves(tmp_path):
    d = dossier(arrete())
    note = build_note(d, "PLU – Val-de-Démo")
    text = text_of(note)
    table = next(b for b in note if b.kind == "table")
    assert [r[1] for r in table.rows] == ["Emplacement réservé n°1", "TRV-2027-04", "1AU"]
    assert "21 décembre 2026" in text
    assert "Installation radioélectrique en projet SE0002" in text
    assert "Polygone invalide dans ZONE_URBA" in text
    assert any("ab" * 8 in cell for b in note if b.kind == "table" for r in b.rows for cell in r)
    written = write_opinion(d, tmp_path)
    assert written["NOTE_ODT"].endswith(f"note_interne_rip_{IDURBA}.odt")


def test_rip_authority_proposed_from_the_gracethd_owner():
    owners = ["Département des Alpes-Maritimes (RIP)", "Commune de Val-de-Démo"]
    assert proposes_rip_authority(owners, "Département des Alpes-Maritimes")
    assert proposes_rip_authority(owners)
    assert not proposes_rip_authority(owners, "Département du Var")
    assert not proposes_rip_authority(["Orange"], "")


def test_the_plans_sentence_is_quoted_once():
    f = findings()
    f.loc[0, ["message", "citation", "page"]] = [
        "Le règlement écrit interdit les antennes (page 3) : « Sur l’ensemble du territoire, "
        "les antennes sont interdites ». Une interdiction sans motif d'urbanisme.",
        "Sur l’ensemble du territoire, les antennes sont interdites.", 3]
    d = dossier(arrete())
    d.findings = f
    blocks = build(d)
    text = text_of(blocks)
    assert text.count("Sur l’ensemble du territoire") == 1   # in the quotation only
    assert "Le règlement écrit interdit les antennes (page 3). Une interdiction sans motif " \
        "d'urbanisme." in text


def test_prose_has_no_file_names_or_cnig_codes_and_rs_is_revision_simplifiee():
    assert wording.prose("Le PADD (06999_padd_20250115.pdf) ne fixe rien") == \
        "Le PADD ne fixe rien"
    assert wording.prose("le PADD fourni (fichier 06999_padd.pdf) ne compte que 0 mot") == \
        "le PADD fourni ne compte que 0 mot"
    assert wording.prose("les OAP fournies (fichiers a.pdf, b.pdf) ne sont pas lisibles") == \
        "les OAP fournies ne sont pas lisibles"
    assert wording.prose("aucune prescription 47-05 n'est numérisée ; le secteur 27-00") == (
        "aucune prescription graphique sur les réseaux de communications électroniques n'est "
        "numérisée\u00a0; le secteur délimité au titre de l'article L151-40")  # « ; » never starts a line
    assert wording.prose("No prescription (CNIG code 47-05) is digitised on IAU; no sector "
                         "(R151-50 2°, CNIG code 27-00)") == \
        "No prescription is digitised on IAU; no sector (R151-50 2°)"
    assert templates.load("fr")["procedures"]["RS"] == "révision simplifiée"
    assert wording.unverified(["R153-4", "L153-40", "L151-5", "R123-9 16°", "L151-6-1"]) == \
        ["L153-40", "R123-9 16°"]


def test_a_verb_whose_object_is_the_quotation_keeps_it_in_the_sentence():
    """« il prévoit seulement : « … » » stays whole (no « ce qui est cité ci-dessous »), and
    the opinion then prints no second copy of the quotation below the finding."""
    from scan_urba_plugin.core.avis.document import quoted_inline, without_quote

    quote = "Les lignes de télécommunication et leurs branchements sont enterrés."
    message = ("l'article 1AU 4 ne définit pas les critères renforcés ; il prévoit seulement : "
               f"« {quote} »")
    assert without_quote(message, quote) == message
    assert quoted_inline(message, quote)
    plain = f"Zone UB : le règlement impose l'enfouissement : « {quote} »"
    assert without_quote(plain, quote) == "Zone UB : le règlement impose l'enfouissement."
    assert not quoted_inline(plain, quote)


def test_an_l49_window_already_closed_is_said_closed_in_the_note():
    """A reasoned L49 request must reach the works' owner within six weeks of the
    declaration: past that date the note says so, and proposes an agreement instead."""
    import datetime as dt

    from scan_urba_plugin.core.avis import templates
    from scan_urba_plugin.core.avis.note import opportunity_sentence

    t = templates.load("fr")
    row = {"kind": "travaux_programmes", "works_id": "TRV-1", "maitre_ouvrage": "GRDF",
           "length_m": 400.0, "besoins": "un cheminement du RIP à construire",
           "cout_min_eur": 6000.0, "cout_max_eur": 20000.0, "l49_eligible": True,
           "l49_sous_reserve": False, "date_limite_l49": "2026-11-26"}
    before = opportunity_sentence(row, t, dt.date(2026, 11, 20))
    assert "avant le 26 novembre 2026 (L49 CPCE)" in before
    after = opportunity_sentence(row, t, dt.date(2026, 12, 6))
    assert "a expiré le 26 novembre 2026 : convention de pose commune" in after.replace("\u00a0", " ")
    assert "avant le" not in after


def test_the_report_and_the_opinion_state_one_regime():
    """Walkthrough: the report said « contenu modernisé » while the opinion said « régime à
    confirmer » for the same draft whose procedure's start is unknown: one decision
    (legal.content_of), the same words."""
    from shapely import box

    from scan_urba_plugin.core.legal import document_rows, regime_of

    from .scenario import plan

    z = [("1AU", "AUc", box(0, 0, 100, 100))]
    french = templates.load("fr")["regime"]
    for doc, facts in (({"ETAT": "02", "NOMPROC": "E", "DATAPPRO": "00000000"},
                        dict(etat="02", nomproc="E")),
                       ({"ETAT": "03", "NOMPROC": "R", "DATAPPRO": "20240301"},
                        dict(etat="03", nomproc="R", date_approval=dt.date(2024, 3, 1))),
                       ({"ETAT": "03", "NOMPROC": "E", "DATAPPRO": "20120301"},
                        dict(etat="03", nomproc="E", date_approval=dt.date(2012, 3, 1)))):
        p = plan(z, doc=doc)
        act = decide(Facts(today=TODAY, **facts))
        assert regime_of(p).content == act.content
        report = dict(document_rows(p))["regime"]
        assert report in french[act.content], (report, french[act.content])
    assert "modernisé" not in dict(document_rows(plan(z, doc={"ETAT": "02"})))["regime"]
    assert dict(document_rows(plan(z, doc={"ETAT": "02"})))["regime"].startswith(
        "régime à confirmer selon la date d'engagement de la procédure (articles R151-1")


def test_the_articles_the_scan_left_open_follow_when_the_procedure_began():
    """The scan, not knowing when the procedure began, cites « R151-49 3° CU (or R123-9 16°
    if …) »; the opinion, told it (--prescription), cites the one article, whole."""
    from scan_urba_plugin.core.legal import Regime

    f = findings()
    f.loc[2, "article"] = Regime().e_communications_article()
    for begun, article in ((dt.date(2024, 3, 12), "R151-49 3° CU"),
                           (dt.date(2014, 3, 12), TEXTS["R123-9 16°"].article)):
        from dataclasses import replace

        text = text_of(build(replace(dossier(arrete(date_begun=begun)), findings=f)))
        assert f"Fondement : {article}" in text, text
        assert "R151-49 3° CU (o" not in text and "(ou R151-49" not in text


def test_a_start_date_after_the_approval_or_the_arret_is_set_aside_never_the_regime():
    """Walkthrough: a stale « prescrite le 15/01/2021 » on the plan approved on 13 October
    2017 made the note say « engagée après le 1er janvier 2016 »."""
    act = decide(Facts(etat="03", nomproc="E", date_approval=dt.date(2017, 10, 13),
                       date_begun=dt.date(2021, 1, 15), today=TODAY))
    assert act.kind == "approuve" and act.set_aside == ("begun",)
    assert act.date_begun is None and act.content == "indetermine"
    text = text_of(build(dossier(act)))
    assert "engagée après le 1er janvier 2016" not in text
    # a start before the approval stays the regime's date
    kept = decide(Facts(etat="03", nomproc="E", date_approval=dt.date(2017, 10, 13),
                        date_begun=dt.date(2014, 5, 1), today=TODAY))
    assert kept.set_aside == () and kept.content == "r123"
    # after the arrêt: never the post-26-May-2026 regime (the algorithm refuses it first)
    late = decide(Facts(etat="01", nomproc="E", date_begun=dt.date(2026, 11, 1),
                        date_arret=dt.date(2026, 10, 20), today=TODAY))
    assert late.set_aside == ("begun",) and late.after_reform is None
    assert "prescrite le 1er novembre 2026" not in text_of(build(dossier(late)))


def test_an_arret_date_other_than_the_pieces_is_said_to_the_signatory():
    from scan_urba_plugin.core.avis.act import pieces_arret_date

    texts = ["Dossier d’arrêt du projet – 5 novembre 2026"]
    assert pieces_arret_date(texts) == dt.date(2026, 11, 5)
    assert pieces_arret_date(["Vu pour être annexé à la délibération du 1er novembre 2026 "
                              "arrêtant le projet de PLU."]) == dt.date(2026, 11, 1)
    assert pieces_arret_date(["Dossier d’approbation – 15 janvier 2025"]) is None
    act = decide(Facts(etat="01", nomproc="E", date_arret=dt.date(2026, 10, 12),
                       pieces_date_arret=pieces_arret_date(texts), today=TODAY))
    text = text_of(build(dossier(act)))
    assert ("Les pièces portent la date d'arrêt du 5 novembre 2026 ; vous avez saisi le "
            "12 octobre 2026 : vérifiez.") in text
    same = decide(Facts(etat="01", nomproc="E", date_arret=dt.date(2026, 11, 5),
                        pieces_date_arret=dt.date(2026, 11, 5), today=TODAY))
    assert "Les pièces portent la date d'arrêt" not in text_of(build(dossier(same)))
