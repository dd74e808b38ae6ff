"""The demo commune's written pieces: a règlement and a PADD, as real PDFs
(Pieces_ecrites/3_Reglement, Pieces_ecrites/2_PADD, CNIG file names).

The règlement grades the zones' digital-network rules so that every reading of the scan shows:
ducts in UB, connection in UA and UE, burial only in UH and in the open AU zone 1AU (so
R151-49 3° quotes it), nothing in 2AU, A and N, and a blanket relay-antenna ban in the
dispositions générales. The PADD has no orientation on digital communications: the opinion
then carries its L151-5 réserve, the finding a new user most needs to see.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

from . import sample
from .pdf_writer import build_pdf

REGLEMENT = f"Pieces_ecrites/3_Reglement/{sample.INSEE}_reglement_{sample.DATAPPRO}.pdf"
PADD = f"Pieces_ecrites/2_PADD/{sample.INSEE}_padd_{sample.DATAPPRO}.pdf"
HEADER = f"PLU de {sample.COMMUNE} – Règlement écrit"
FOOTERS = {True: "Dossier d’approbation – 15 janvier 2025",
           False: "Dossier d’arrêt du projet – 5 novembre 2026"}
ANNEXED = {True: ["Vu pour être annexé à la délibération du conseil municipal",
                  "du 15 janvier 2025 approuvant le plan local d’urbanisme."],
           False: ["Vu pour être annexé à la délibération du conseil municipal",
                   "du 5 novembre 2026 arrêtant le projet de plan local d’urbanisme."]}
COMMON = ("Les constructions présentent une simplicité de volume et une unité d’aspect. Les "
          "clôtures sur voie sont constituées d’un mur bahut d’une hauteur maximale de 0,60 "
          "mètre surmonté d’un dispositif à claire-voie. Les espaces libres sont plantés à "
          "raison d’un arbre de haute tige pour 200 m² de terrain.")
WATER = ("Toute construction qui le requiert doit être raccordée au réseau public de "
         "distribution d’eau potable et au réseau collectif d’assainissement.")

# zone: (sentence on digital networks or None, the level a reader finds)
ZONES = {
    "UA": ("Toute construction nouvelle doit être raccordée au réseau de communications "
           "électroniques à très haut débit lorsqu’il existe.", "raccordement"),
    "UB": ("Les opérations d’aménagement d’ensemble doivent prévoir des fourreaux et des "
           "chambres de tirage pour le passage de la fibre optique jusqu’à chaque lot.",
           "fourreaux"),
    "UE": ("Toute construction nouvelle doit être raccordée au réseau de communications "
           "électroniques à très haut débit.", "raccordement"),
    "UH": ("Les réseaux et branchements d’électricité, de téléphone et de télécommunications "
           "doivent être réalisés en souterrain.", "enfouissement"),
    "1AU": ("Les lignes de télécommunication et leurs branchements sont enterrés.",
            "enfouissement"),
    "2AU": (None, "absent"),
    "A": (None, "absent"),
    "N": (None, "absent"),
}
ANTENNA_BAN = ("Sur l’ensemble du territoire communal, l’implantation d’antennes relais de "
               "téléphonie mobile est interdite.")


def wrap(text: str) -> list[str]:
    return textwrap.wrap(text, 92, break_on_hyphens=False)


def _page(lines: list[str], n: int, header: str = HEADER, approved: bool = False) -> list[str]:
    return [header, ""] + lines + ["", FOOTERS[approved], f"Page {n}"]


def reglement(approved: bool = False) -> tuple[bytes, dict]:
    """The règlement's PDF and {zone: (level, page)} as a careful reader finds them."""
    chapters = list(ZONES)
    dg_page = 3
    zone_page = {z: dg_page + 1 + i for i, z in enumerate(chapters)}
    cover = ["PLAN LOCAL D’URBANISME", f"Commune de {sample.COMMUNE}", "", "PIÈCE N° 3",
             "RÈGLEMENT ÉCRIT", ""] + ANNEXED[approved]
    entries = [("TITRE I – DISPOSITIONS GÉNÉRALES", dg_page)]
    for i, z in enumerate(chapters, start=1):
        entries.append((f"CHAPITRE {i} – DISPOSITIONS APPLICABLES À LA ZONE {z}", zone_page[z]))
        entries.append((f"ARTICLE {z} 4 – DESSERTE PAR LES RÉSEAUX", zone_page[z]))
    toc = ["SOMMAIRE", ""] + [f"{t} {'.' * max(3, 74 - len(t))} {p}" for t, p in entries]
    dg = (["TITRE I – DISPOSITIONS GÉNÉRALES", "ARTICLE 1 – CHAMP D’APPLICATION TERRITORIAL"]
          + wrap(f"Le présent règlement s’applique à l’ensemble du territoire de la commune de "
                 f"{sample.COMMUNE}. Il est opposable à toute personne publique ou privée pour "
                 "l’exécution de tous travaux, constructions, plantations et affouillements.")
          + ["", "ARTICLE 2 – DIVISION DU TERRITOIRE EN ZONES"]
          + wrap("Le territoire couvert par le plan local d’urbanisme est divisé en zones "
                 "urbaines (UA, UB, UE, UH), à urbaniser (1AU, 2AU), agricoles (A) et "
                 "naturelles et forestières (N).")
          + ["", "ARTICLE 3 – ANTENNES ET PYLÔNES"] + wrap(ANTENNA_BAN))
    pages = [_page(cover, 1, approved=approved), _page(toc, 2, approved=approved),
             _page(dg, dg_page, approved=approved)]
    expected = {}
    for i, z in enumerate(chapters, start=1):
        sentence, level = ZONES[z]
        lines = ([f"CHAPITRE {i} – DISPOSITIONS APPLICABLES À LA ZONE {z}"]
                 + wrap(f"La zone {z} correspond à la « {sample.ZONE_NAMES[z].lower()} ».")
                 + ["", f"ARTICLE {z} 3 – ACCÈS ET VOIRIE"]
                 + wrap("Les voies nouvelles ont une largeur de plate-forme d’au moins 5 mètres.")
                 + ["", f"ARTICLE {z} 4 – DESSERTE PAR LES RÉSEAUX", "Eau et assainissement"]
                 + wrap(WATER))
        if sentence:
            lines += ["Réseaux de communications électroniques"] + wrap(sentence)
        elif z == "2AU":
            lines += wrap("La zone 2AU ne pourra être ouverte à l’urbanisation qu’après "
                          "modification du plan local d’urbanisme.")
        lines += ["", f"ARTICLE {z} 11 – ASPECT EXTÉRIEUR DES CONSTRUCTIONS"] + wrap(COMMON)
        pages.append(_page(lines, zone_page[z], approved=approved))
        expected[z] = (level, zone_page[z] if sentence else None)
    return build_pdf(pages), expected


def padd(approved: bool = False) -> bytes:
    """A short PADD with orientations on housing, economy, landscape and mobility, but none
    on digital communications (L151-5 asks for one)."""
    head = f"PLU de {sample.COMMUNE} – Projet d’aménagement et de développement durables"
    axes = [
        ("ORIENTATION 1 – MAÎTRISER LA CROISSANCE ET DIVERSIFIER L’HABITAT",
         "Accueillir environ 250 habitants supplémentaires d’ici 2035 en priorité dans le "
         "village et le quartier des Oliviers, avec une densité moyenne de 25 logements par "
         "hectare et 25 % de logements locatifs sociaux dans les opérations de plus de dix "
         "logements. Les formes urbaines compactes, maisons de ville et petits collectifs, "
         "sont privilégiées en continuité du tissu existant, et la réhabilitation des "
         "logements vacants du centre ancien est encouragée."),
        ("ORIENTATION 2 – CONFORTER L’ÉCONOMIE LOCALE",
         "Maintenir les commerces du centre ancien, permettre l’extension mesurée de la zone "
         "d’activités et préserver les terres agricoles de la plaine. L’accueil d’artisans "
         "et de petites entreprises est favorisé dans la zone d’activités, et la diversification "
         "des exploitations agricoles (vente directe, accueil à la ferme) est soutenue."),
        ("ORIENTATION 3 – PRÉSERVER LES PAYSAGES ET LA TRAME VERTE ET BLEUE",
         "Protéger les boisements des versants, les restanques et les abords du vallon ; "
         "limiter la consommation d’espaces naturels à 4 hectares d’ici 2035. Les cônes de "
         "vue sur le village perché sont maintenus et les lisières entre espaces bâtis et "
         "espaces agricoles sont traitées par des haies champêtres."),
        ("ORIENTATION 4 – ORGANISER LES DÉPLACEMENTS",
         "Aménager une liaison douce entre le hameau des Granges et le village et requalifier "
         "la route départementale en traversée d’agglomération. Le stationnement est "
         "organisé aux entrées du village pour apaiser le centre ancien, et les nouvelles "
         "opérations prévoient des cheminements piétons reliés aux équipements publics."),
    ]
    pages = [_page(["PLAN LOCAL D’URBANISME", f"Commune de {sample.COMMUNE}", "",
                    "PIÈCE N° 2", "PROJET D’AMÉNAGEMENT ET DE DÉVELOPPEMENT DURABLES"], 1, head,
                   approved)]
    lines = wrap("Le projet d’aménagement et de développement durables exprime le projet "
                 "politique de la commune pour les quinze prochaines années. Il fixe les "
                 "orientations générales retenues pour l’ensemble du territoire communal, dans "
                 "le respect des principes de l’article L101-2 du code de l’urbanisme.") + [""]
    for title, text in axes:
        lines += [title] + wrap(text) + [""]
    pages.append(_page(lines, 2, head, approved))
    return build_pdf(pages)


def write_pieces(plan_folder, approved: bool = False) -> dict:
    """Write the règlement and PADD into the GPU folder; returns {piece: path}."""
    folder = Path(plan_folder)
    paths = {}
    for key, rel, data in (("reglement", REGLEMENT, reglement(approved)[0]),
                           ("padd", PADD, padd(approved))):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths[key] = path
    return paths
