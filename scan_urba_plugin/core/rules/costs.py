"""Unit trench costs by context, with their source (shared by the rules and trench sharing).

Source: CETE de l'Ouest, « Approche des coûts d'un réseau – Aménagement numérique des
territoires » (undated note, about 2008–2012, not indexed since): civil works average 50 to
90 €/m, from 15 €/m in open ground up to 250 €/m in town centres. Each context is a range
(shown to readers); the parameter is the value the scores use. Scan Urba maps the context
from the zone under the trench.
"""
from ..i18n import QT_TR_NOOP
from .rule import Param
from ..vocabulary import AU_ZONES, U

SOURCE = ("CETE de l'Ouest, « Approche des coûts d'un réseau », note non datée (vers "
          "2008-2012) : génie civil 50 à 90 €/ml en moyenne, 15 €/ml en terrain nu, jusqu'à "
          "250 €/ml en centre-ville ; non actualisé")
# (low, high) €/m of each context, from the same source.
RANGES = {"open_ground": (15.0, 50.0), "developing": (50.0, 90.0), "urban": (50.0, 90.0),
          "centre": (90.0, 250.0)}
PARAMS = (
    Param("cost_open_ground_eur_m", 15.0, "€/m", SOURCE, QT_TR_NOOP("A and N zones, or outside the plan")),
    Param("cost_developing_eur_m", 50.0, "€/m", SOURCE, QT_TR_NOOP("AU zones (low end of the average)")),
    Param("cost_urban_eur_m", 90.0, "€/m", SOURCE, QT_TR_NOOP("U zones (high end of the average)")),
    Param("cost_centre_eur_m", 250.0, "€/m", SOURCE, QT_TR_NOOP("U zones labelled UA (centre ancien)")),
)


def context(typezone, libelle=None) -> str:
    if typezone == U:
        return "centre" if str(libelle or "").upper().startswith("UA") else "urban"
    if typezone in AU_ZONES:
        return "developing"
    return "open_ground"


def unit_cost(typezone, libelle, params) -> float:
    return params[f"cost_{context(typezone, libelle)}_eur_m"]


def unit_cost_range(typezone, libelle) -> tuple[float, float]:
    return RANGES[context(typezone, libelle)]


def unit_costs(typezones, libelles, params):
    """unit_cost of each (typezone, libelle) pair, worked out once per distinct pair."""
    import numpy as np
    import pandas as pd

    pairs = pd.DataFrame({"t": typezones, "l": libelles}, dtype=object)
    codes, distinct = pd.factorize(pd.MultiIndex.from_frame(pairs))
    values = np.array([unit_cost(t, lab, params) for t, lab in distinct], dtype=float)
    return values[codes]
