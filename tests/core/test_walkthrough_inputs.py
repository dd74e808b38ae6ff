"""The Département officer's walkthrough, core side: an approved plan sets the typed arrêt
and receipt dates aside (never printed as its facts), a GraceTHD or ANFR folder given as the
plan is named for what it is, and a GPU plan's metadata gives the commune's name."""
import datetime as dt
from pathlib import Path

import pytest

from scan_urba_plugin.core.avis.act import Facts, decide
from scan_urba_plugin.core.detect import commune_case, not_a_plan, plan_commune_name

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def shared(*parts) -> Path:
    """A real dataset, read in place from ../shared/data."""
    if not DATA.is_dir():
        pytest.skip("../shared/data is absent")
    return DATA.joinpath(*parts)

ARRET, RECEIPT = dt.date(2026, 10, 15), dt.date(2026, 11, 20)


def test_an_approved_plan_sets_the_typed_dates_aside():
    act = decide(Facts(etat="03", nomproc="R", date_approval=dt.date(2017, 10, 13),
                       date_arret=ARRET, date_receipt=RECEIPT))
    assert act.kind == "approuve" and not act.opinion
    assert act.set_aside == ("arret", "receipt")
    assert act.date_arret is None and act.date_receipt is None and act.deadline is None
    assert act.date_approval == dt.date(2017, 10, 13)
    only_receipt = decide(Facts(etat="03", date_receipt=RECEIPT))
    assert only_receipt.set_aside == ("receipt",)


def test_a_draft_keeps_its_dates_and_deadline():
    act = decide(Facts(etat="01", nomproc="R", date_arret=ARRET, date_receipt=RECEIPT))
    assert act.kind == "projet_arrete" and act.set_aside == ()
    assert (act.date_arret, act.date_receipt, act.deadline) == \
        (ARRET, RECEIPT, dt.date(2027, 2, 20))


def test_a_gracethd_folder_given_as_the_plan_is_named():
    folder = shared("gracethd", "gracethd-v2.0.1-demo")
    assert not_a_plan(folder) == (
        f"No ZONE_URBA layer in {folder}: this folder looks like a GraceTHD export "
        "(t_cheminement, t_noeud, t_ptech…); choose the plan's folder (PLU, PLUi or carte "
        "communale).")
    assert not_a_plan(shared("plu", "30014_PLU_20171013")) == ""
    assert not_a_plan("") == "" and not_a_plan("/nonexistent/plan") == ""


def test_the_communes_name_from_the_gpu_metadata():
    assert plan_commune_name(shared("plu", "30014_PLU_20171013")) == \
        "Arpaillargues-et-Aureillac"
    assert plan_commune_name(shared("plu", "41175_PLU_20140603")) == "Pezou"
    assert plan_commune_name(shared("gracethd", "gracethd-v2.0.1-demo")) == ""
    assert commune_case("SAINT-JEAN-D'ANGELY") == "Saint-Jean-d'Angely"
    assert commune_case("LE PUY-EN-VELAY") == "Le Puy-en-Velay"
    assert commune_case("Val-de-Démo") == "Val-de-Démo"
