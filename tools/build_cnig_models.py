"""Condense the CNIG models used by the GPU validator into one JSON file for the core.

Dev-time only: run with the validator configuration (AGPL, public standard) as argument,
e.g. ``python3 tools/build_cnig_models.py ../shared/data/plu/gpu-code-lists``.
The output holds field names, mandatory fields and code lists, i.e. facts of the standard.
"""
import csv
import json
import sys
from pathlib import Path

CONFIGS = {
    "PLU_2014": "cnig_PLU_2014", "PLU_2017": "cnig_PLU_2017", "PLU_2022": "cnig_PLU_2022",
    "PLU_2024": "cnig_PLU_2024", "PLU_2025": "cnig_PLU_2025", "PLUi_2017": "cnig_PLUi_2017",
    "PLUi_2024": "cnig_PLUi_2024", "PLUi_2025": "cnig_PLUi_2025", "CC_2024": "cnig_CC_2024",
    "SCOT_2018": "cnig_SCoT_2018", "SCOT_2024": "cnig_SCoT_2024",
}
CODE_LISTS = {  # year -> file of (TYPE, STYPE) pairs in the root code folder
    "PRESCRIPTION": {"2017": "Prescription_DU_2017.csv", "2022": "Prescription_DU_2022.csv",
                     "2024": "Prescription_DU_2024.csv", "2025_S": "Prescription_S_DU_2025.csv",
                     "2025_L": "Prescription_L_DU_2025.csv", "2025_P": "Prescription_P_DU_2025.csv"},
    "INFO": {"2017": "Information_DU_2017.csv", "2022": "Information_DU_2022.csv",
             "2025_S": "Information_S_DU_2025.csv", "2025_L": "Information_L_DU_2025.csv",
             "2025_P": "Information_P_DU_2025.csv"},
}


def read_pairs(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return [[r[0].zfill(2), r[1].zfill(2), r[2]] + r[3:5] for r in rows[1:] if r and r[0] != "00"]


def main(root):
    root = Path(root)
    models = {}
    for key, folder in CONFIGS.items():
        tables = {}
        for f in sorted((root / "config" / folder / "types").glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            cols = [c for c in d["columns"] if c["name"] != "WKT"]
            geom = [c["type"] for c in d["columns"] if c["name"] == "WKT"]
            tables[d["name"]] = {
                "columns": sorted(c["name"] for c in cols),
                "required": sorted(c["name"] for c in cols if c.get("constraints", {}).get("required")),
                "enums": {c["name"]: c["constraints"]["enum"] for c in cols
                          if c.get("constraints", {}).get("enum")},
                "geometry": geom[0] if geom else None,
            }
        models[key] = tables
    codes = {kind: {year: read_pairs(root / "codes" / name) for year, name in files.items()}
             for kind, files in CODE_LISTS.items()}
    typezone = [r[0] for r in csv.reader(open(root / "codes" / "Typezone_PLU.csv"))][1:]
    out = {"source": "IGNF/validator-config-gpu (CNIG models), condensed by tools/build_cnig_models.py",
           "models": models, "codes": codes, "typezone": typezone}
    dest = Path(__file__).resolve().parents[1] / "scan_urba_plugin/core/standards/cnig_models.json"
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(dest, dest.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1])
