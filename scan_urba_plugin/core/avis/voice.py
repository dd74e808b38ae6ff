"""The Département's own voice: who signs, which roles it speaks from (PPA, SDTAN holder,
RIP authority), and the facts it states from its own network data instead of asking the
commune to "check with the RIP" (itself)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from ..errors import ScanUrbaError
from ..i18n import tr
from ..rules.l151_41_emplacements_reserves import ER_RIP_SUGGESTION
from . import templates

# key → (Processing parameter, CLI flag, label): the settings, the algorithm and the CLI
# declare the Département's options from this one table.
VOICE_OPTIONS = {
    "departement": ("DEPARTEMENT", "--departement", "Département's name (e.g. Département des "
                    "Alpes-Maritimes)"),
    "direction": ("DIRECTION", "--direction", "Direction"),
    "service": ("SERVICE", "--service", "Service"),
    "affaire_suivie": ("AFFAIRE_SUIVIE", "--affaire-suivie", "Case officer (name, telephone, "
                       "e-mail)"),
    "signataire": ("SIGNATAIRE", "--signataire", "Signatory's name"),
    "qualite": ("QUALITE", "--qualite", "Signatory's quality"),
    "delegation": ("DELEGATION", "--delegation", "Delegation act (e.g. l'arrêté de délégation "
                   "n° … du …)"),
    "lieu": ("LIEU", "--lieu", "Place of signature"),
    "sdtan": ("SDTAN", "--sdtan", "SDTAN/SDUN held by the Département (name)"),
    "sdtan_date": ("SDTAN_DATE", "--sdtan-date", "Date the SDTAN/SDUN was adopted "
                   "(YYYY-MM-DD)"),
    "rip_autorite": ("RIP_AUTHORITY", "--rip-autorite", "The Département is the RIP authority "
                     "(oui/non; empty: proposed from the GraceTHD owner)"),
    "rip_delegataire": ("RIP_DELEGATE", "--rip-delegataire", "RIP delegate's legal name"),
    "rip_calendrier": ("RIP_CALENDAR", "--rip-calendrier", "RIP deployment calendar (CSV: "
                       "zone;echeance[;pm])"),
}
SERVING_RULES = ("desserte.",)
OWN_SITE_RULES = ("l151_41.site_public",)
NETWORK_ER_RULE = "l151_41.er_reseau"


@dataclass
class Voice:
    """The settings a Département fills once (QgsSettings, Processing, CLI)."""

    departement: str = ""
    direction: str = ""
    service: str = ""
    affaire_suivie: str = ""          # name, telephone, e-mail
    signataire: str = ""
    qualite: str = ""
    delegation: str = ""              # « l'arrêté de délégation n° … du … »
    lieu: str = ""
    sdtan: str = ""                   # « SDTAN des Alpes-Maritimes »
    sdtan_date: str = ""              # ISO date
    rip_autorite: str = ""            # oui | non | "" (not stated)
    rip_delegataire: str = ""         # the delegate's legal name
    rip_calendrier: str = ""          # CSV: zone;echeance[;pm]

    @classmethod
    def from_options(cls, options: dict) -> Voice:
        return cls(**{f.name: str(options.get(f.name) or "") for f in fields(cls)})

    @property
    def rip(self) -> bool:
        return self.rip_autorite.strip().lower() in ("oui", "yes", "1", "true")


def proposes_rip_authority(owners, departement: str = "") -> bool:
    """True when the RIP owner named in GraceTHD is a Département (this one when named)."""
    names = [str(o) for o in owners if isinstance(o, str) and o.strip()]
    target = departement.strip().lower()
    for name in names:
        low = name.lower()
        if low.startswith(("département", "departement", "conseil départemental")) and \
                (not target or target in low or low.split(" (")[0] in target):
            return True
    return False


def read_calendar(path) -> dict:
    """{zone label: (when, pm)} from a `;` or `,` CSV with columns zone, echeance[, pm]."""
    if not path:
        return {}
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScanUrbaError(tr("{file}: the RIP deployment calendar cannot be read ({error}).",
                               file=file, error=exc)) from None
    dialect = ";" if text.count(";") >= text.count(",") else ","
    rows = list(csv.DictReader(io.StringIO(text), delimiter=dialect))
    if rows and not {"zone", "echeance"} <= {k.strip().lower() for k in rows[0]}:
        raise ScanUrbaError(tr("{file}: the RIP deployment calendar needs the columns zone "
                               "and echeance (found: {found}).", file=file,
                               found=", ".join(rows[0])))
    out = {}
    for row in rows:
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if row.get("zone"):
            out[row["zone"]] = (row.get("echeance", ""), row.get("pm", ""))
    return out


def _share(value) -> int | None:
    try:
        return None if pd.isna(value) else int(round(float(value) * 100))
    except (TypeError, ValueError):
        return None


def serving_fact(zone: str, zones: pd.DataFrame | None, calendar: dict, t: dict) -> str:
    """« La zone UH n'est pas desservie à ce jour … » from the zone's measured shares."""
    row = None
    if zones is not None and "libelle" in zones and len(zones):
        match = zones[zones["libelle"].astype(str) == zone]
        row = match.iloc[0] if len(match) else None
    existing = _share(row.get("served_share_existing")) if row is not None else None
    planned = _share(row.get("served_share_planned")) if row is not None else None
    tail = t["rip_planned"].format(share=planned) if planned else ""
    when, pm = calendar.get(zone, ("", ""))
    if when:
        pm = pm if not pm or pm.upper().startswith("PM") else f"PM {pm}"
        tail += t["rip_calendar"].format(when=when + (f" ({pm})" if pm else ""))
    if not existing:
        return t["rip_served_none"].format(zone=zone, planned=tail)
    return t["rip_served_part"].format(zone=zone, share=existing, planned=tail)


def own_voice(findings: pd.DataFrame, voice: Voice, zones, t: dict) -> pd.DataFrame:
    """As RIP authority, serving findings state facts and its own sites state needs."""
    if not voice.rip or not len(findings):
        return findings
    f = findings.copy()
    calendar = read_calendar(voice.rip_calendrier)
    rule = f["rule_id"].fillna("").astype(str)
    serving = rule.str.startswith(SERVING_RULES)
    for i in f.index[serving]:
        zone = str(f.at[i, "libelle"])
        f.at[i, "message"] = serving_fact(zone, zones, calendar, t)
        f.at[i, "suggestion"] = None
        f.at[i, "clause"] = t["rip_clause"].format(zone=zone)
    # an ER for a site of its own network: the Département names itself as beneficiary
    own_er = (rule == NETWORK_ER_RULE) & (f["suggestion"] == tr(ER_RIP_SUGGESTION))
    f.loc[own_er, "suggestion"] = t["er_rip_own"]
    for i in f.index[rule.isin(OWN_SITE_RULES)]:
        site = _site_of(f.at[i, "message"])
        f.at[i, "message"] = t["rip_need_site"].format(site=site)
        f.at[i, "suggestion"] = None
        f.at[i, "avis"] = "recommandation"
    return f


def _site_of(message) -> str:
    m = re.search(r"\b([A-Z]{2}\d{3,}|\d{6,})\b", str(message or ""))
    return m.group(1) if m else ""


def roles(voice: Voice, t: dict) -> str:
    """« , porteur du SDTAN … adopté le …, autorité organisatrice du RIP (délégataire : …) »."""
    text = ""
    if voice.sdtan or voice.sdtan_date:
        date = templates.date_words(voice.sdtan_date, t) if voice.sdtan_date else ""
        text += t["role_sdtan"].format(sdtan=voice.sdtan or t["sdtan_default"],
                                       date=t["role_sdtan_date"].format(date=date) if date
                                       else "")
    if voice.rip:
        delegate = t["role_rip_delegate"].format(name=voice.rip_delegataire) \
            if voice.rip_delegataire else ""
        text += t["role_rip"].format(delegate=delegate)
    return text


def parse_iso(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
