"""Build dist/scan_urba_plugin-<version>.zip, installable with QGIS "Install from ZIP".

The zip holds the tracked plugin files as they are in the work tree, metadata.txt and
resources/ (sources at the repository's top level), the compiled .qm translations, and in
ext-libs/ shapely 2 (absent from Debian 12's QGIS Python) and pypdf with typing_extensions
(pure-Python wheels: the written pieces' PDF reader, on every platform).
"""
import configparser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "scan_urba_plugin"


def version() -> str:
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    return meta["general"]["version"]


def requirement(name: str) -> str:
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line.startswith(name):
            return line.strip()
    raise SystemExit(f"requirements.txt names no {name} version")


def shapely_requirement() -> str:
    return requirement("shapely")


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
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "--no-deps", "--only-binary=:all:", "--target",
                    str(stage / PLUGIN / "ext-libs"), shapely_requirement()], check=True)
    # pure-Python wheels (py3-none-any): the same files on Windows, macOS and Linux
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "--no-deps", "--only-binary=:all:", "--platform", "any",
                    "--python-version", "3.9", "--implementation", "py", "--target",
                    str(stage / PLUGIN / "ext-libs"), requirement("pypdf"),
                    "typing_extensions>=4.0"], check=True)
    zip_path = dest / f"{PLUGIN}-{version()}.zip"
    tmp = zip_path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted((stage / PLUGIN).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(stage))
    tmp.replace(zip_path)
    shutil.rmtree(stage)
    return zip_path


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
