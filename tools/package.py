"""Build dist/scan_urba_plugin-<version>.zip, installable with QGIS "Install from ZIP" on
Windows, macOS and Linux.

The zip holds the tracked plugin files as they are in the work tree, metadata.txt and
resources/ (sources at the repository's top level), the compiled .qm translations, the
LICENSE, and in ext-libs/ only pure-Python libraries: the requirements.txt lines marked
``# zip: ext-libs``. Compiled libraries (numpy, pandas, shapely, pyproj…) come from the user's
QGIS; the plugin's start-up check says how to install a missing one. The finished
zip is checked as the official plugin repository checks an upload (check_zip).
"""
import configparser
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "scan_urba_plugin"
CARRIED_MARK = "# zip: ext-libs"
MAX_SIZE = 25_000_000  # plugins.qgis.org's upload limit (bytes)
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email",
                     "about", "tracker", "repository")
BINARY_SUFFIXES = (".pyc", ".pyo", ".so", ".pyd", ".dll", ".dylib", ".exe", ".a", ".lib")
# plugins.qgis.org scans each upload with Bandit and detect-secrets and refuses one with findings.
# Our own code has none (each line bandit would flag is fixed, or carries a `# nosec <test>` with
# its reason beside it). The libraries the zip carries are not ours to edit: each kind of finding
# in them was read and is accepted here with its reason; any other finding fails the build.
CARRIED_FINDINGS = {
    ("pypdf", "B101"): "asserts on the PDF's internal consistency; pypdf raises its own errors",
    ("pypdf", "B110"): "try/except/pass around optional PDF features (fonts, metadata)",
    ("pypdf", "B304"): "RC4 and DES: the ciphers the PDF standard itself uses, to decrypt a PDF",
    ("pypdf", "B305"): "AES-ECB: the PDF 2.0 key-derivation step the standard prescribes",
    ("pypdf", "B324"): "MD5: the PDF standard's encryption key derivation (not a password store)",
    ("pypdf", "B413"): "optional pycryptodome provider, imported only where the user has it",
    ("pypdf", "B404"): "subprocess: pypdf's optional image filters; the scan never calls them",
    ("pypdf", "B603"): "subprocess with a fixed argument list (no shell): optional image filters",
    ("pypdf", "B407"): "XMP metadata parsing; the scan reads text only, not XMP",
    ("pypdf", "B408"): "XMP metadata parsing; the scan reads text only, not XMP",
    ("typing_extensions", "B101"): "asserts in typing helpers",
    ("typing_extensions", "B307"): "eval of type annotations, as typing.get_type_hints does",
}


def metadata_path() -> Path:
    """metadata.txt: at the repository's top level, or (older layout) in the package."""
    top = ROOT / "metadata.txt"
    return top if top.exists() else ROOT / PLUGIN / "metadata.txt"


def version() -> str:
    meta = configparser.ConfigParser()
    meta.read(metadata_path(), encoding="utf-8")
    return meta["general"]["version"]


def carried_requirements() -> list[str]:
    """The pure-Python libraries the zip carries (requirements.txt lines marked so)."""
    return [line.split("#")[0].strip() for line in (ROOT / "requirements.txt").read_text(
        encoding="utf-8").splitlines() if line.rstrip().endswith(CARRIED_MARK)]


def install_carried(ext_libs: Path):
    wanted = carried_requirements()
    if not wanted:
        return
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "--no-deps", "--only-binary=:all:", "--no-compile", "--target",
                    str(ext_libs), *wanted], check=True)
    impure = [str(wheel) for wheel in ext_libs.glob("*.dist-info/WHEEL")
              if "Root-Is-Purelib: true" not in wheel.read_text(encoding="utf-8")]
    if impure:
        raise SystemExit(f"not pure Python, cannot be carried in the zip: {impure}")
    shutil.rmtree(ext_libs / "bin", ignore_errors=True)  # console scripts


def build(dest=ROOT / "dist") -> Path:
    dest = Path(dest)
    stage = dest / "build"
    shutil.rmtree(stage, ignore_errors=True)
    files = subprocess.run(["git", "ls-files", PLUGIN], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    qms = sorted((ROOT / PLUGIN / "i18n").glob("*.qm"))
    if not qms:
        raise SystemExit("no compiled translations: run `make translations` first")
    top = subprocess.run(["git", "ls-files", "metadata.txt", "resources"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    copies = [(rel, rel) for rel in files + [str(q.relative_to(ROOT)) for q in qms]]
    copies += [(rel, f"{PLUGIN}/{rel}") for rel in top]  # top-level sources into the plugin
    for source, rel in copies:
        target = stage / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / source, target)
    shutil.copy2(ROOT / "LICENSE", stage / PLUGIN / "LICENSE")
    install_carried(stage / PLUGIN / "ext-libs")
    zip_path = dest / f"{PLUGIN}-{version()}.zip"
    tmp = zip_path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted((stage / PLUGIN).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(stage))
    problems = check_zip(tmp) + security_findings(tmp)
    if problems:
        tmp.unlink()
        raise SystemExit("the zip would be refused:\n  " + "\n  ".join(problems))
    tmp.replace(zip_path)
    shutil.rmtree(stage)
    return zip_path


def check_zip(path) -> list[str]:
    """What the official plugin repository (plugins.qgis.org) would refuse in this zip, plus
    any compiled file (it would load on one platform only). Empty when the zip is fine."""
    path = Path(path)
    problems = []
    if path.stat().st_size > MAX_SIZE:
        problems.append(f"{path.stat().st_size} bytes: more than {MAX_SIZE}")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        if zf.testzip():
            problems.append(f"bad zip entry: {zf.testzip()}")
        tops = {n.split("/")[0] for n in names}
        package = names[0].split("/")[0] if names else ""
        if tops != {package} or not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package):
            problems.append(f"one top folder with a plain ASCII name expected, found {tops}")
        for name in names:
            parts = name.split("/")
            if ".." in name or name.startswith("/"):
                problems.append(f"path outside the plugin: {name}")
            if {"__MACOSX", ".git", "__pycache__"} & set(parts):
                problems.append(f"forbidden folder: {name}")
            if name.lower().endswith(BINARY_SUFFIXES):
                problems.append(f"compiled file: {name}")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{package}/{required}" not in names:
                problems.append(f"{package}/{required} is missing")
        if f"{package}/metadata.txt" in names:
            meta = configparser.ConfigParser()
            meta.optionxform = str
            meta.read_string(zf.read(f"{package}/metadata.txt").decode("utf-8"))
            general = meta["general"] if meta.has_section("general") else {}
            problems += [f"metadata.txt lacks {field}" for field in REQUIRED_METADATA
                         if not str(general.get(field, "")).strip()]
            for field in ("tracker", "repository", "homepage"):
                if field in general and not re.match(r"^https?://[^/\s]+", general[field]):
                    problems.append(f"metadata.txt: {field} is not a URL")
            if "/" in general.get("author", ""):
                problems.append("metadata.txt: the author contains a slash")
            icon = general.get("icon", "")
            if icon and f"{package}/{icon.removeprefix('./')}" not in names:
                problems.append(f"metadata.txt: icon {icon} is not in the zip")
    return problems


def _carried_library(relpath: str) -> str | None:
    """The carried library a file of the unpacked zip belongs to (None: our own code)."""
    parts = Path(relpath).parts
    if "ext-libs" not in parts or parts.index("ext-libs") + 1 >= len(parts):
        return None
    return Path(parts[parts.index("ext-libs") + 1]).stem.split("-")[0]


def bandit_findings(folder: Path) -> list[str]:
    """Bandit over the unpacked plugin, as the repository runs it; each finding not accepted."""
    out = subprocess.run([sys.executable, "-m", "bandit", "-r", "-q", "-f", "json", "."],
                         cwd=folder, capture_output=True, text=True, check=False)
    try:
        results = json.loads(out.stdout)["results"]
    except (ValueError, KeyError):
        return [f"bandit did not run: {(out.stderr or out.stdout).strip()[:300]}"]
    problems = []
    for item in results:
        name = item["filename"].removeprefix("./")
        if (_carried_library(name), item["test_id"]) in CARRIED_FINDINGS:
            continue
        problems.append(f"bandit {item['test_id']} ({item['issue_severity'].lower()}) "
                        f"{name}:{item['line_number']}: {item['issue_text']}")
    return problems


def secret_findings(folder: Path) -> list[str]:
    """detect-secrets over every file of the unpacked plugin: none accepted."""
    out = subprocess.run([sys.executable, "-m", "detect_secrets", "scan", "--all-files"],
                         cwd=folder, capture_output=True, text=True, check=False)
    try:
        results = json.loads(out.stdout)["results"]
    except (ValueError, KeyError):
        return [f"detect-secrets did not run: {(out.stderr or out.stdout).strip()[:300]}"]
    return [f"detect-secrets {hit['type']} {name}:{hit['line_number']}"
            for name, hits in sorted(results.items()) for hit in hits]


def security_findings(path) -> list[str]:
    """What plugins.qgis.org's Bandit and detect-secrets scans would report in this zip."""
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as zf:
        zf.extractall(tmp)
        return bandit_findings(Path(tmp)) + secret_findings(Path(tmp))


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
