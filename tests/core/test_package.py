"""The zip checks of tools/package.py: what plugins.qgis.org refuses, and compiled files."""
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import package  # noqa: E402

METADATA = """[general]
name=Demo
qgisMinimumVersion=3.22
description=d
about=a
version=0.1
author=me
email=me@example.org
repository=https://example.org/demo
tracker=https://example.org/demo/issues
icon=icon.svg
"""


def make_zip(path, files: dict) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def test_a_clean_plugin_zip_passes(tmp_path):
    zip_path = make_zip(tmp_path / "ok.zip", {
        "demo/__init__.py": "", "demo/metadata.txt": METADATA, "demo/LICENSE": "GPL",
        "demo/icon.svg": "<svg/>", "demo/ext-libs/purelib/__init__.py": ""})
    assert package.check_zip(zip_path) == []


def test_each_refusal_is_named(tmp_path):
    zip_path = make_zip(tmp_path / "bad.zip", {
        "demo/__init__.py": "", "demo/metadata.txt": METADATA.replace("tracker=", "x="),
        "demo/ext-libs/shapely/lib.cpython-311-x86_64-linux-gnu.so": b"\x7fELF",
        "demo/ext-libs/numpy/core.pyd": b"MZ", "demo/__pycache__/x.pyc": b"",
        "other/file.txt": ""})
    problems = package.check_zip(zip_path)
    assert "demo/LICENSE is missing" in problems
    assert "metadata.txt lacks tracker" in problems
    assert "metadata.txt: icon icon.svg is not in the zip" in problems
    assert "compiled file: demo/ext-libs/shapely/lib.cpython-311-x86_64-linux-gnu.so" in problems
    assert "compiled file: demo/ext-libs/numpy/core.pyd" in problems
    assert "forbidden folder: demo/__pycache__/x.pyc" in problems
    assert any(p.startswith("one top folder") for p in problems)


def test_only_marked_requirements_are_carried():
    carried = package.carried_requirements()
    assert all("shapely" not in r and "numpy" not in r for r in carried)


def test_the_repository_security_scans_are_run_on_the_zip(tmp_path):
    """plugins.qgis.org refuses an upload with Bandit or detect-secrets findings: each is named
    with its file and line; a carried library's accepted kind of finding passes, ours never."""
    key = "AKIA" + "IOSFODNN7" + "EXAMPLE"  # AWS's documented example key, split to keep it out of this file
    zip_path = make_zip(tmp_path / "risky.zip", {
        "demo/__init__.py": "", "demo/metadata.txt": METADATA, "demo/LICENSE": "GPL",
        "demo/icon.svg": "<svg/>",
        "demo/run.py": "import subprocess\n\n\ndef go(cmd):\n    subprocess.call(cmd, shell=True)\n",
        "demo/keys.py": f"AWS_KEY = '{key}'\n",
        "demo/ext-libs/pypdf/_check.py": "def f(x):\n    assert x\n"})
    problems = package.security_findings(zip_path)
    assert any(p.startswith("bandit B602") and "demo/run.py:5" in p for p in problems), problems
    assert any(p.startswith("detect-secrets AWS Access Key demo/keys.py:1") for p in problems)
    assert not any("ext-libs/pypdf" in p for p in problems)  # pypdf's asserts: accepted kind
    clean = make_zip(tmp_path / "clean.zip", {
        "demo/__init__.py": "", "demo/metadata.txt": METADATA, "demo/LICENSE": "GPL"})
    assert package.security_findings(clean) == []
