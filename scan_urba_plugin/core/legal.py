"""The legal references Scan Urba cites, and the plan's regime that picks them.

One table (``TEXTS``) used by the rules, the report and the README: each article with the
date of the version we could check and where, a short quote, and what the text does
(``force``). "non vérifié" says we could not read the published text: the citation then
rests on the CNIG code lists or on the PACA note, and the report says so.

The regime comes from the plan's own metadata (DOC_URBA: ETAT, NOMPROC, DATAPPRO): a plan
approved before 1 January 2016 keeps the former R123-1 to R123-14 (R123-9 16° for
e-communications; décret n° 2015-1783); a SCOT whose procedure began before 1 April 2021
keeps the pre-reform L141-21 (ordonnance n° 2020-744); an arrêté plan is a draft.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from .i18n import tr


@dataclass(frozen=True)
class Text:
    article: str
    force: str  # obligation | compatibilite | faculte | bonne_pratique | jurisprudence | information
    version: str        # "version vérifiée : … (source)" or "non vérifié"
    quote: str


NOT_VERIFIED = "non vérifié"
# Where the texts marked "vérifié : texte Légifrance en vigueur au 27 février 2026" were read: the
# consolidated codes as the Légifrance API gave them on that day, stored in a public
# repository (its data/seed folder, not named: a report never prints a path). It gives the
# text in force, not the date its version began.
_LEGI = ("(extraction de l'API Légifrance, dépôt public Ansvar-Systems/French-law-mcp, fichier "
         "{file}.json), consulté le 6 décembre 2026 ; date de début de la version non donnée "
         "par la source")
LEGI_2026 = "vérifié : texte Légifrance en vigueur au 27 février 2026 " + \
    _LEGI.format(file="legitext000006074075")
LEGI_2026_CPCE = "vérifié : texte Légifrance en vigueur au 27 février 2026 " + \
    _LEGI.format(file="code-postes-telecom")
LEGI_2026_CVR = "vérifié : texte Légifrance en vigueur au 27 février 2026 " + \
    _LEGI.format(file="legitext000006070667")
TEXTS = {
    "L151-39": Text("L151-39 CU", "faculte", LEGI_2026,
                    "« Le règlement peut fixer les conditions de desserte par les voies et "
                    "réseaux des terrains susceptibles de recevoir des constructions ou de faire "
                    "l'objet d'aménagements. »"),
    "L151-40": Text("L151-40 CU", "faculte", LEGI_2026,
                    "« Le règlement peut imposer aux constructions, travaux, installations et "
                    "aménagements dans les secteurs qu'il ouvre à l'urbanisation de respecter, "
                    "en matière d'infrastructures et réseaux de communications électroniques, "
                    "des critères de qualité renforcés, qu'il définit. »"),
    "R151-50 2°": Text("R151-50 2° CU", "faculte", LEGI_2026,
                       "Dans les zones U, AU, A et N, les documents graphiques font apparaître "
                       "s'il y a lieu « les secteurs où, en application de l'article L. 151-40, "
                       "des critères de qualité renforcés en matière d'infrastructures et "
                       "réseaux de communications électroniques doivent être respectés »."),
    "R151-49 3°": Text("R151-49 3° CU", "faculte", LEGI_2026,
                       "Le règlement « peut fixer : […] 3° Les obligations imposées aux "
                       "constructions, travaux, installations et aménagements, en matière "
                       "d'infrastructures et réseaux de communications électroniques »."),
    "R123-9 16°": Text("R123-9 16° CU (rédaction antérieure au décret n° 2015-1783)",
                       "faculte", NOT_VERIFIED, "Le règlement peut comprendre les obligations "
                       "imposées en matière d'infrastructures et réseaux de communications "
                       "électroniques (PLU dont l'élaboration ou la révision a été engagée "
                       "avant le 1er janvier 2016)."),
    "L151-5": Text("L151-5 2° CU", "obligation", LEGI_2026,
                   "« Le projet d'aménagement et de développement durables définit : […] 2° Les "
                   "orientations générales concernant l'habitat, les transports et les "
                   "déplacements, les réseaux d'énergie, le développement des énergies "
                   "renouvelables, le développement des communications numériques, "
                   "l'équipement commercial, le développement économique et les loisirs, "
                   "retenues pour l'ensemble de l'établissement public de coopération "
                   "intercommunale ou de la commune. »"),
    "L151-41": Text("L151-41 CU", "faculte", LEGI_2026,
                    "« Le règlement peut délimiter des terrains sur lesquels sont institués : "
                    "1° Des emplacements réservés aux voies et ouvrages publics dont il précise "
                    "la localisation et les caractéristiques ; 2° Des emplacements réservés aux "
                    "installations d'intérêt général à créer ou à modifier ; […] » ; dernier "
                    "alinéa : « dans les zones urbaines et à urbaniser, le règlement peut "
                    "instituer des servitudes consistant à indiquer la localisation prévue et "
                    "les caractéristiques des voies et ouvrages publics […] »."),
    "L151-11": Text("L151-11 1° CU", "faculte", LEGI_2026,
                    "Dans les zones agricoles, naturelles ou forestières, le règlement peut "
                    "« autoriser les constructions et installations nécessaires à des "
                    "équipements collectifs dès lors qu'elles ne sont pas incompatibles avec "
                    "l'exercice d'une activité agricole, pastorale ou forestière du terrain sur "
                    "lequel elles sont implantées et qu'elles ne portent pas atteinte à la "
                    "sauvegarde des espaces naturels et des paysages »."),
    # L113-1 lets the plan classify woodland; the effect of the classification is L113-2's.
    "L113-1": Text("L113-1 CU (espaces boisés classés)", "faculte", LEGI_2026,
                   "« Les plans locaux d'urbanisme peuvent classer comme espaces boisés, les "
                   "bois, forêts, parcs à conserver, à protéger ou à créer […] » ; l'effet du "
                   "classement relève de l'article L113-2."),
    # The phasing the OAP rule asks about is L151-6-1's (L151-7 I 3° is repealed).
    "L151-7": Text("L151-6-1 et L151-7 CU (OAP)", "obligation", LEGI_2026,
                   "« Les orientations d'aménagement et de programmation définissent, en "
                   "cohérence avec le projet d'aménagement et de développement durables, un "
                   "échéancier prévisionnel d'ouverture à l'urbanisation des zones à urbaniser "
                   "et de réalisation des équipements correspondant à chacune d'elles, le cas "
                   "échéant » (L151-6-1) ; elles peuvent notamment « préciser les principales "
                   "caractéristiques des voies et espaces publics » (L151-7, I, 5°)."),
    "L113-2": Text("L113-2 CU", "obligation", "vérifié : version en vigueur depuis le 29 "
                   "janvier 2017 (loi n° 2017-86, art. 117), texte lu sur doctrine.fr le 6 "
                   "décembre 2026 ; même texte dans l'extraction Légifrance du 27 février 2026",
                   "« Le classement interdit tout changement d'affectation ou tout mode "
                   "d'occupation du sol de nature à compromettre la conservation, la protection "
                   "ou la création des boisements. » Il entraîne le rejet de plein droit de la "
                   "demande d'autorisation de défrichement."),
    "antennes": Text("CE, 17 juillet 2013, SFR, n° 350380 ; TA Amiens, 13 juin 2006, Société "
                     "Orange France, n° 0402044", "jurisprudence", "vérifié en sources "
                     "secondaires : adden-leblog.com (septembre 2013) et "
                     "banquedesterritoires.fr, lus le 6 décembre 2026 (décisions non lues)",
                     "Un PLU ne peut interdire les antennes relais que pour des motifs "
                     "d'urbanisme exposés dans le rapport de présentation ; une interdiction "
                     "dont l'étendue compromet les obligations de couverture des opérateurs est "
                     "entachée d'erreur manifeste d'appréciation."),
    "L121-23": Text("L121-23 CU (espaces remarquables du littoral)", "obligation", LEGI_2026,
                    "Les documents et décisions relatifs à la vocation des zones ou à "
                    "l'occupation et à l'utilisation des sols « préservent les espaces "
                    "terrestres et marins, sites et paysages remarquables ou caractéristiques "
                    "du patrimoine naturel et culturel du littoral, et les milieux nécessaires "
                    "au maintien des équilibres biologiques »."),
    "L122-9": Text("L122-9 CU (patrimoine montagnard)", "obligation", LEGI_2026,
                   "« Les documents et décisions relatifs à l'occupation des sols comportent les "
                   "dispositions propres à préserver les espaces, paysages et milieux "
                   "caractéristiques du patrimoine naturel et culturel montagnard. »"),
    "L141-21": Text("L141-21 CU dans sa rédaction antérieure à l'ordonnance n° 2020-744",
                    "faculte", "ordonnance en vigueur le 1er avril 2021 pour les SCOT "
                    "engagés depuis (itineraires-avocats.fr, 22 juin 2020) ; texte de "
                    "l'article " + NOT_VERIFIED + " (absent de la consolidation de 2026, qui "
                    "n'a plus d'article sur les critères numériques renforcés du DOO)",
                    "Le DOO peut définir des secteurs dans lesquels l'ouverture de nouvelles "
                    "zones à l'urbanisation est subordonnée à l'obligation de respecter des "
                    "critères de qualité renforcés en matière d'infrastructures et réseaux "
                    "de communications électroniques."),
    # No article of the modernised DOO speaks of digital criteria: a SCOT carries them
    # through L141-4's last paragraph and the objective of L101-2, 3°.
    "DOO 2021": Text("L141-4 CU, dernier alinéa, et L101-2 3° CU (DOO issu de l'ordonnance "
                     "n° 2020-744)", "faculte", LEGI_2026 + " ; réforme en vigueur le 1er "
                     "avril 2021 (cerema, audiar)",
                     "Le DOO d'un SCOT modernisé « peut décliner toute autre orientation "
                     "nécessaire à la traduction du projet d'aménagement stratégique, relevant "
                     "des objectifs énoncés à l'article L. 101-2 », parmi lesquels celui « de "
                     "développement des communications électroniques » (L101-2, 3°) ; aucun "
                     "article du DOO ne vise expressément des critères de qualité renforcés."),
    "L101-2": Text("L101-2 3° CU (objectifs de l'action des collectivités publiques en "
                   "matière d'urbanisme)", "obligation", LEGI_2026,
                   "L'action des collectivités publiques en matière d'urbanisme vise à "
                   "atteindre, notamment, « la diversité des fonctions urbaines et rurales […] "
                   "en tenant compte en particulier des objectifs […] de développement des "
                   "communications électroniques »."),
    "L131-4": Text("L131-4 CU", "compatibilite", LEGI_2026,
                   "« Les plans locaux d'urbanisme […] sont compatibles avec : 1° Les schémas de "
                   "cohérence territoriale prévus à l'article L. 141-1 ; […] » : un rapport de "
                   "compatibilité, non de conformité, apprécié globalement à l'échelle du "
                   "territoire couvert selon la jurisprudence (décisions non lues ici)."),
    # An obligation of the operator, not of the plan: for a PPA opinion it is information.
    "L34-9-1": Text("L34-9-1 CPCE", "information", LEGI_2026_CPCE + " (L34-9-1, II, B, et "
                    "R20-29) ; pratique communale 2025 (décret n° 2016-1211, arrêté du 12 "
                    "octobre 2016)",
                    "Dossier d'information remis au maire ou au président de l'EPCI un mois "
                    "avant le dépôt de la demande d'autorisation d'urbanisme ou de la "
                    "déclaration préalable, sauf accord sur un délai plus court ; mis à "
                    "disposition des habitants au plus tard dix jours après sa réception "
                    "(R20-29)."),
    "L49": Text("L49 CPCE", "obligation", "vérifié : texte de l'article (information du "
                "porteur du SDTAN dès la programmation, guichet unique L50) et section "
                "réglementaire du décret n° 2010-726 (demande motivée dans les six semaines, "
                "coûts communs au prorata des sections), Légifrance, version du 28 juin 2022",
                "Le maître d'ouvrage de travaux d'infrastructures d'une importance "
                "significative en informe le porteur du SDTAN dès leur programmation ; un "
                "opérateur ou une collectivité peut, par une demande motivée dans un délai de "
                "six semaines, y faire poser ses propres infrastructures ; coûts communs "
                "partagés au prorata des sections."),
    "D407-4": Text("D407-4 CPCE (seuils L49)", "obligation", "vérifié : version en vigueur "
                   "depuis le 2 février 2017 (décret n° 2017-111 du 30 janvier 2017, art. 2), "
                   "doctrine.fr (reprise de Légifrance) ; « agglomérations » lue comme l'unité "
                   "urbaine INSEE d'après l'arrêté relatif au guichet unique cité par la revue "
                   "juridique (legal.tricoteuses.fr, JORFARTI000037186872 ; arrêté non relu ici)",
                   "« L'importance significative des opérations de travaux, mentionnée à "
                   "l'article L. 49, est caractérisée lorsque celles-ci s'étendent : – sur 150 "
                   "mètres au moins pour les réseaux situés en totalité ou partiellement dans "
                   "les agglomérations ; – sur 1 000 mètres au moins pour les réseaux situés en "
                   "dehors des agglomérations. »"),
    "CVR": Text("L115-1 et L131-7 du code de la voirie routière (coordination des travaux)",
                "bonne_pratique", LEGI_2026_CVR,
                "À l'intérieur des agglomérations, « le maire assure la coordination des "
                "travaux affectant le sol et le sous-sol des voies publiques et de leurs "
                "dépendances » (L115-1) ; en dehors des agglomérations, le président du conseil "
                "départemental exerce ces compétences sur les routes départementales "
                "(L131-7)."),
    "L2224-35": Text("L2224-35 CGCT ; arrêté du 2 décembre 2008", "obligation", "vérifié : "
                     "texte de l'article (codes-et-lois.fr, rédaction issue de la loi n° "
                     "2009-1572, consolidation non datée) ; arrêté du 2 décembre 2008 (JO du 23 "
                     "janvier 2009), art. 3 : 20 % (lagazettedescommunes.com)",
                     "L'opérateur de communications électroniques autorisé à installer un "
                     "ouvrage aérien sur un support de ligne aérienne d'un réseau public de "
                     "distribution d'électricité (appui commun) remplace sa ligne dans "
                     "l'ouvrage souterrain quand la collectivité enfouit la ligne électrique ; "
                     "il prend en charge ses équipements et 20 % des coûts de terrassement ; "
                     "une convention entre la collectivité et l'opérateur fixe les modalités."),
    "L332-15": Text("L332-15 CU (équipements propres)", "obligation", LEGI_2026 + " ; CE, 17 "
                    "mai 2013, n° 337120 (un équipement qui excède les besoins de l'opération "
                    "n'est pas un équipement propre), cité par des notes d'avocats (2015), "
                    "décision non lue",
                    "L'autorité qui délivre l'autorisation « exige, en tant que de besoin, du "
                    "bénéficiaire de celle-ci la réalisation et le financement de tous travaux "
                    "nécessaires à la viabilité et à l'équipement de la construction, du terrain "
                    "aménagé ou du lotissement, notamment en ce qui concerne […] les réseaux de "
                    "télécommunication »."),
    "L151-19": Text("L151-19 CU", "faculte", "vérifié : texte LEGI (jeu de données "
                    "louisbrulenaudet/code-urbanisme, version en vigueur depuis le 10 août 2016, "
                    "fin au 1er janvier 2999 : en vigueur), consulté le 6 décembre 2026 ; même "
                    "texte dans l'extraction de l'API Légifrance du 27 février 2026",
                    "« Le règlement peut identifier et localiser les éléments de paysage et "
                    "identifier, localiser et délimiter les quartiers, îlots, immeubles bâtis ou "
                    "non bâtis, espaces publics, monuments, sites et secteurs à protéger, à "
                    "conserver, à mettre en valeur ou à requalifier pour des motifs d'ordre "
                    "culturel, historique ou architectural et définir, le cas échéant, les "
                    "prescriptions de nature à assurer leur préservation leur conservation ou "
                    "leur restauration. »"),
    "L151-23": Text("L151-23 CU (éléments de paysage et continuités écologiques)",
                    "faculte", LEGI_2026,
                    "« Le règlement peut identifier et localiser les éléments de paysage et "
                    "délimiter les sites et secteurs à protéger pour des motifs d'ordre "
                    "écologique, notamment pour la préservation, le maintien ou la remise en "
                    "état des continuités écologiques et définir, le cas échéant, les "
                    "prescriptions de nature à assurer leur préservation. »"),
    "CCH": Text("Code de la construction et de l'habitation (fibre des bâtiments neufs, "
                "livre Ier recodifié par l'ordonnance n° 2020-71)", "obligation",
                NOT_VERIFIED + " (numéro d'article en vigueur)", "Les bâtiments neufs et les "
                "lotissements sont équipés en lignes de communications électroniques à très "
                "haut débit en fibre optique."),
}
# The procedure an opinion answers (issue 24): its visas and its deadline. Read on
# 6 December 2026 in the extraction of 27 February 2026. L153-40 (modification) stays
# unverified: the loi n° 2025-1129 recast the modification procedure with effect after that
# extraction, and its new wording was not read.
TEXTS.update({
    "R153-4": Text("R153-4 CU", "obligation", LEGI_2026 + " ; même texte sur juriblio.fr "
                   "(consolidation non datée)",
                   "« Les personnes consultées en application des articles L. 153-16 et "
                   "L. 153-17 donnent un avis dans les limites de leurs compétences propres, au "
                   "plus tard trois mois après transmission du projet de plan. A défaut de "
                   "réponse dans ce délai, ces avis sont réputés favorables. »"),
    "L153-16": Text("L153-16 CU", "obligation", LEGI_2026,
                    "« Le projet de plan arrêté est soumis pour avis : 1° Aux personnes "
                    "publiques associées à son élaboration mentionnées aux articles L. 132-7 et "
                    "L. 132-9 ; […] »"),
    "L132-7": Text("L132-7 CU", "obligation", LEGI_2026,
                   "« L'Etat, les régions, les départements, […] sont associés à l'élaboration "
                   "des schémas de cohérence territoriale et des plans locaux d'urbanisme dans "
                   "les conditions définies aux titres IV et V. »"),
    "L153-40": Text("L153-40 CU", "obligation", NOT_VERIFIED + " dans sa rédaction issue de "
                    "la loi n° 2025-1129 ; rédaction en vigueur au 27 février 2026 lue dans "
                    "l'extraction de l'API Légifrance (dépôt public "
                    "Ansvar-Systems/French-law-mcp)",
                    "Rédaction en vigueur au 27 février 2026 : « Avant l'ouverture de l'enquête "
                    "publique ou avant la mise à disposition du public du projet, le président "
                    "de l'établissement public de coopération intercommunale ou le maire "
                    "notifie le projet de modification aux personnes publiques associées "
                    "mentionnées aux articles L. 132-7 et L. 132-9. »"),
    "loi 2025-1129": Text("loi n° 2025-1129 du 26 novembre 2025 de simplification du droit de "
                          "l'urbanisme et du logement", "obligation",
                          "vérifié sur sources secondaires : JO du 27 novembre 2025, en vigueur "
                          "le 28 novembre 2025 (anil.org, à jour au 27 novembre 2025 ; "
                          "adden-leblog.com, décembre 2025 ; efl.fr, 4 décembre 2025 et "
                          "23 janvier 2026 ; décision n° 2025-896 DC du 20 novembre 2025) ; "
                          "suppression de la modification simplifiée et de la révision "
                          "simplifiée (adaes-avocats.com, 19 janvier 2026). Application aux "
                          "procédures engagées à compter du 26 mai 2026 (art. 1er, VI) : "
                          + NOT_VERIFIED + " sur le texte de la loi",
                          "Procédures d'évolution des PLU et SCOT refondues (révision réservée "
                          "aux évolutions des orientations, modification unique) et "
                          "participation du public par voie électronique possible au lieu de "
                          "l'enquête publique, pour les procédures engagées à compter du "
                          "26 mai 2026."),
})
_FORCE_BY_ARTICLE = {text.article: text.force for text in TEXTS.values()}


def force_of(article: str | None, default: str) -> str:
    """What the cited text does, as the legal table says (a rule's own label only for a text
    the table lacks): case law is not a legal obligation, a « peut » is a faculty. A combined
    citation (« L151-40 CU, R151-50 2° CU ») takes its first text's force."""
    article = str(article or "").strip()
    first = article.split(", ")[0].split(" ; ")[0]
    return _FORCE_BY_ARTICLE.get(article, _FORCE_BY_ARTICLE.get(first, default))


# Non-binding sources: kept in ``reference``, never in ``article``.
SCANT = "SCANT PACA, annexe C (note du département des Alpes-Maritimes, 2017)"


# --- the plan's regime ---------------------------------------------------------------------

ETATS = {"01": "en cours de procédure", "02": "arrêté", "03": "opposable", "04": "annulé",
         "05": "remplacé", "06": "abrogé", "07": "approuvé", "08": "partiellement annulé",
         "09": "caduc"}
PROCEDURES = {"E": "élaboration", "R": "révision", "RA": "révision allégée",
              "RS": "révision simplifiée", "M": "modification", "MS": "modification simplifiée",
              "MEC": "mise en compatibilité", "MAJ": "mise à jour", "A": "abrogation"}
MODERNISED_FROM = dt.date(2016, 1, 1)
SCOT_REFORM = dt.date(2021, 4, 1)


@dataclass(frozen=True)
class Regime:
    """What the plan's metadata say about the law that applies to it."""

    doc_type: str = ""
    etat: str = ""                 # ETAT code
    procedure: str = ""            # NOMPROC code (E, R, M1…)
    date: dt.date | None = None    # DATAPPRO (approval), None while in procedure
    content: str = "indetermine"   # r123 | r151 | indetermine

    @property
    def draft(self) -> bool:
        return self.etat in ("01", "02")

    @property
    def carte_communale(self) -> bool:
        return self.doc_type.upper() == "CC"

    @property
    def scot(self) -> bool:
        return self.doc_type.upper() == "SCOT"

    def e_communications_article(self) -> str:
        """The règlement's e-communications article for this plan's content."""
        if self.content == "r123":
            return TEXTS["R123-9 16°"].article
        if self.content == "r151":
            return TEXTS["R151-49 3°"].article
        return tr("R151-49 3° CU (or R123-9 16° if the plan's élaboration or révision began "
                  "before 1 January 2016)")

    def describe(self) -> str:
        """« PLU, élaboration, arrêté » / « approuvé le 15 janvier 2025 »."""
        from .french import date as french_date

        parts = [self.doc_type] if self.doc_type else []
        proc = re.match(r"[A-Z]+", self.procedure or "")
        if proc and proc.group(0) in PROCEDURES:
            number = self.procedure[len(proc.group(0)):]
            parts.append(PROCEDURES[proc.group(0)] + (f" n° {number}" if number else ""))
        if self.etat in ETATS:
            state = ETATS[self.etat]
            if self.date and not self.draft:
                state += " le " + french_date(self.date)
            parts.append(state)
        return ", ".join(parts)


def _date(value) -> dt.date | None:
    text = re.sub(r"\D", "", str(value or ""))[:8]
    if len(text) != 8 or text.endswith("0000"):
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def regime_of(plan) -> Regime:
    """The regime from DOC_URBA (the opposable row, else the first), else from IDURBA."""
    doc = plan.tables.get("DOC_URBA") if plan is not None else None
    row = {}
    if isinstance(doc, pd.DataFrame) and len(doc):
        current = doc[doc.get("ETAT", pd.Series(dtype=object)).astype(str).str.zfill(2) == "03"] \
            if "ETAT" in doc else doc.iloc[:0]
        row = (current if len(current) else doc).iloc[0].to_dict()
    etat = str(row.get("ETAT") or "").strip()
    etat = etat.zfill(2) if etat.isdigit() else etat
    procedure = str(row.get("NOMPROC") or row.get("TYPEPROC") or "").strip().upper()
    date = _date(row.get("DATAPPRO"))
    if date is None and etat not in ("01", "02"):
        m = re.search(r"_(\d{8})(_[A-Z])?$", str(getattr(plan, "idurba", "") or ""))
        date = _date(m.group(1)) if m else None
    doc_type = str(row.get("TYPEDOC") or getattr(plan, "doc_type", "") or "")
    return Regime(doc_type=doc_type, etat=etat, procedure=procedure, date=date,
                  content=_content(date, procedure, etat))


def _content(date, procedure, etat) -> str:
    """r123 when approved before 2016; r151 for a draft or an élaboration/révision approved
    from 2020 (presumed: a procedure started before 2016 rarely lasts that long); else
    undetermined (the deliberation that opted in is not in the metadata)."""
    if date is not None and date < MODERNISED_FROM:
        return "r123"
    major = procedure[:1] in ("E", "R") and not procedure.startswith("RS")
    if major and (etat in ("01", "02") or (date is not None and date.year >= 2020)):
        return "r151"
    return "indetermine"


def scot_article(scot) -> str:
    """The SCOT provision on reinforced digital criteria, by the SCOT's regime."""
    if scot is None:
        return TEXTS["L141-21"].article + tr(" (or, for a SCOT modernised since 1 April "
                                             "2021, the DOO under L141-4, last paragraph, "
                                             "and L101-2 3°)")
    date = regime_of(scot).date
    if date is not None and date < SCOT_REFORM:
        return TEXTS["L141-21"].article
    if date is not None and date.year >= 2024:  # presumed engaged after the reform
        return TEXTS["DOO 2021"].article
    return TEXTS["L141-21"].article + tr(" or the DOO of a modernised SCOT (L141-4, last "
                                         "paragraph, and L101-2 3°), depending on when its "
                                         "procedure began")


def table_rows() -> list[dict]:
    """The legal-reference table as rows (report, README), each text once."""
    texts = list(dict.fromkeys(TEXTS.values()))
    return [{"article": t.article, "force": t.force, "version": t.version, "citation": t.quote}
            for t in texts]


CONTENTS = {"r123": "contenu antérieur au décret n° 2015-1783 (R123-1 à R123-14)",
            "r151": "contenu modernisé (R151-1 et suivants)",
            "indetermine": "régime du contenu indéterminé (R151 ou R123 selon la date "
                           "d'engagement de la procédure)"}


def document_rows(plan) -> list[tuple[str, str]]:
    """run_info rows that name the document reviewed and its regime (for the report)."""
    regime = regime_of(plan)
    return [("document", regime.describe()), ("regime", CONTENTS[regime.content]),
            ("etat", regime.etat), ("brouillon", "oui" if regime.draft else "non")]
