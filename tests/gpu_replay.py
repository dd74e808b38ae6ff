"""A local stand-in for the GPU services, replaying their documented answers.

It listens on 127.0.0.1 (an ephemeral port) in a daemon thread, answers in the formats the
services document (geo.api.gouv.fr communes, API Carto GPU FeatureCollections, the GPU API's
document listing and zip download; see the README) and serves real CNIG archives, zipped at
test time from ../shared/data/plu. Every request is counted by path.
"""
from __future__ import annotations

import collections
import json
import threading
import time
import unicodedata
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from scan_urba_plugin.core.gpu_client import Endpoints

SHARED_PLU = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plu"


def shared_plan(name: str) -> Path:
    """A real CNIG plan folder, read in place from ../shared/data/plu."""
    folder = SHARED_PLU / name
    if not folder.is_dir():
        pytest.skip("../shared/data/plu is absent: the real plans are read in place, not copied")
    return folder


def zip_plan(folder: Path, dest: Path, extra: dict | None = None) -> Path:
    """A CNIG archive as the GPU serves it: the plan folder at the root of the zip."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return dest


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace("-", " ").split())


def square(lon, lat, half=0.01) -> dict:
    return {"type": "MultiPolygon", "coordinates": [[[
        [lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half],
        [lon - half, lat + half], [lon - half, lat - half]]]]}


def _bbox(geometry: dict):
    coords = []

    def walk(c):
        if isinstance(c[0], (int, float)):
            coords.append(c)
        else:
            for item in c:
                walk(item)
    walk(geometry["coordinates"])
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    return min(xs), min(ys), max(xs), max(ys)


class FakeGpu:
    """communes: {insee: dict(name, dep, lon, lat, rnu)}; documents: list of dict(id, name,
    type, partition, legal, update, title, lon, lat, archive: Path); modes change answers."""

    def __init__(self):
        self.communes, self.documents = {}, []
        self.hits = collections.Counter()
        self.fail = {}          # path prefix -> HTTP status to answer
        self.truncate = set()   # document ids whose download stops half-way
        self.object_limit = None  # API Carto: cut answers at this many features
        self.delay = {}         # path prefix -> seconds to wait before answering
        self.garbage = {}       # path prefix -> a 200 answer that is not the service's JSON
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.timeout = 5
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints(gpu=f"{self.base}/gpu/api", apicarto=f"{self.base}/apicarto/api/gpu",
                         geo=f"{self.base}/geo")

    def env(self) -> dict:
        e = self.endpoints
        return {Endpoints.ENV["gpu"]: e.gpu, Endpoints.ENV["apicarto"]: e.apicarto,
                Endpoints.ENV["geo"]: e.geo}

    def downloads(self) -> int:
        return sum(n for path, n in self.hits.items() if "/download/" in path)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    # --- answers ---------------------------------------------------------------------------

    def geo_communes(self, query):
        name = _fold(query.get("nom", [""])[0])
        return [{"nom": c["name"], "code": insee, "codeDepartement": c["dep"], "_score": 1.0}
                for insee, c in self.communes.items() if name in _fold(c["name"])]

    def municipality(self, query):
        insee = query.get("insee", [""])[0]
        c = self.communes.get(insee)
        features = [] if c is None else [{
            "type": "Feature", "id": f"municipality.{insee}",
            "geometry": square(c["lon"], c["lat"]), "geometry_name": "the_geom",
            "properties": {"gid": 1, "insee": insee, "name": c["name"].upper(),
                           "is_rnu": c.get("rnu", False), "is_deleted": False}}]
        return {"type": "FeatureCollection", "totalFeatures": len(features),
                "features": features, "crs": {"type": "EPSG", "properties": {"code": "4326"}}}

    def document_features(self, query):
        xmin, ymin, xmax, ymax = _bbox(json.loads(query["geom"][0]))
        hits = [{
            "type": "Feature", "id": f"document.{i}",
            "geometry": square(d["lon"], d["lat"], d.get("half", 0.01)),
            "geometry_name": "the_geom",
            "properties": {"gid": i, "id": d["id"], "grid_name": d["partition"][3:],
                           "grid_title": d["title"], "name": d["name"],
                           "partition": d["partition"], "du_type": d["type"]}}
            for i, d in enumerate(self.documents)
            if d["lon"] - d.get("half", 0.01) <= xmax and d["lon"] + d.get("half", 0.01) >= xmin
            and d["lat"] - d.get("half", 0.01) <= ymax and d["lat"] + d.get("half", 0.01) >= ymin]
        total = len(hits)
        if self.object_limit is not None:
            hits = hits[:self.object_limit]
        return {"type": "FeatureCollection", "totalFeatures": total, "features": hits}

    def listing(self, query):
        partition = query.get("partition", [""])[0]
        return [{"id": d["id"], "originalName": d["name"], "type": d["type"],
                 "status": "document.production", "statusDate": d["update"],
                 "legalStatus": d.get("legal", "APPROVED"), "name": d["partition"],
                 "grid": {"name": d["partition"][3:], "title": d["title"]},
                 "documentSource": "UPLOAD", "uploadDate": d["update"],
                 "updateDate": d["update"], "legalControlStatus": 100}
                for d in self.documents if d["partition"] == partition]

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 5

            def log_message(self, *args):
                pass

            def send(self, status, body: bytes, ctype="application/json", length=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(length or len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802 (http.server API)
                url = urlsplit(self.path)
                fake.hits[url.path] += 1
                query = parse_qs(url.query)
                for prefix, seconds in fake.delay.items():
                    if url.path.startswith(prefix):
                        time.sleep(seconds)
                for prefix, status in fake.fail.items():
                    if url.path.startswith(prefix):
                        return self.send(status, b'{"message": "Internal Server Error"}')
                for prefix, body in fake.garbage.items():
                    if url.path.startswith(prefix):
                        return self.send(200, body, "text/html")
                routes = {"/geo/communes": fake.geo_communes,
                          "/apicarto/api/gpu/municipality": fake.municipality,
                          "/apicarto/api/gpu/document": fake.document_features,
                          "/gpu/api/document": fake.listing}
                if url.path in routes:
                    return self.send(200, json.dumps(routes[url.path](query)).encode())
                parts = url.path.split("/")
                if url.path.startswith("/gpu/api/document/") and parts[-2] == "download":
                    doc = next((d for d in fake.documents if d["id"] == parts[-3]), None)
                    if doc is None or parts[-1] != f"{doc['name']}.zip":
                        return self.send(404, b'{"message": "Not Found"}')
                    data = Path(doc["archive"]).read_bytes()
                    if doc["id"] in fake.truncate:
                        return self.send(200, data[:len(data) // 2], "application/zip",
                                         length=len(data))
                    return self.send(200, data, "application/zip")
                return self.send(404, b'{"message": "Not Found"}')

        return Handler


PLU = "30014_PLU_20171013"
PLUI = "200030435_PLUi_20140603"


def pdf_count(folder):
    return sum(1 for p in folder.rglob("*") if p.suffix.lower() == ".pdf")


def replay_gpu(tmp_path) -> FakeGpu:
    """The test scene: a PLU commune (real 30014 archive), two communes of one PLUi (real
    41175 archive under a PLUi partition), a commune under the RNU."""
    plu, pezou = shared_plan(PLU), shared_plan("41175_PLU_20140603")
    fake = FakeGpu()
    fake.communes = {
        "30014": {"name": "Arpaillargues-et-Aureillac", "dep": "30", "lon": 4.38, "lat": 44.03},
        "41175": {"name": "Pezou", "dep": "41", "lon": 1.14, "lat": 47.86},
        "41116": {"name": "Lignieres", "dep": "41", "lon": 1.17, "lat": 47.86},
        "30999": {"name": "Bourg-sous-Rnu", "dep": "30", "lon": 4.5, "lat": 44.1, "rnu": True},
    }
    fake.documents = [
        {"id": "d30014a", "name": PLU, "type": "PLU", "partition": "DU_30014",
         "update": "2017-11-02T10:00:00+01:00", "title": "ARPAILLARGUES-ET-AUREILLAC",
         "lon": 4.38, "lat": 44.03, "archive": zip_plan(plu, tmp_path / f"{PLU}.zip")},
        # one PLUi over both Loir-et-Cher communes: its footprint spans them
        {"id": "e41plui", "name": PLUI, "type": "PLUi", "partition": "DU_200030435",
         "update": "2014-07-01T09:00:00+02:00", "title": "PLUI DU HAUT-VENDOMOIS",
         "lon": 1.155, "lat": 47.86, "half": 0.05,
         "archive": zip_plan(pezou, tmp_path / f"{PLUI}.zip")},
    ]
    fake.source = {PLU: plu, PLUI: pezou}
    return fake
