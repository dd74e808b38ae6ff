"""Plans from the Géoportail de l'Urbanisme (GPU): find, download and cache them. No QGIS.

Three public services, each a setting (tests point them at a local server; see the README for
the versions followed and what could not be verified):

- geo.api.gouv.fr ``/communes?nom=`` turns a commune's name into its INSEE code;
- API Carto, module GPU: ``/municipality?insee=`` says whether the commune is under the RNU,
  ``/document?geom=`` lists the documents (and their partition) at a point or in an extent;
- the GPU's own API: ``/document?partition=`` lists a partition's documents with their legal
  status and update date, ``/document/{id}/download/{name}.zip`` serves the CNIG archive
  (geographic data and written pieces).

Archives are cached on disk, one folder per partition, each beside a JSON record of the
document's update date: a second run is served from the cache unless the document changed.
"""
from __future__ import annotations

import http.client
import json
import logging
import os
import re
import socket
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urlsplit
from urllib.request import Request, urlopen

from .archives import safe_zip_members
from .atomic import write_text
from .errors import ScanUrbaError
from .i18n import QT_TR_NOOP, tr

LOG = logging.getLogger("scan_urba")

USER_AGENT = "ScanUrba-QGIS-plugin"
OBJECT_LIMIT = 5000   # the GPU services' cap on objects per request
MIN_TILE_DEG = 0.005  # below this an extent is not split further (about 500 m)
MAX_PARTITIONS = 25   # more plans than this in an extent: the user zooms in
CHUNK = 1 << 16
INSEE = re.compile(r"^(\d{5}|2[AB]\d{3})$", re.IGNORECASE)
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,150}$")
PUBLISHED = "document.production"
IN_FORCE = "APPROVED"


@dataclass(frozen=True)
class Endpoints:
    """Base URLs of the three services; each can be overridden (setting or environment)."""
    gpu: str = "https://www.geoportail-urbanisme.gouv.fr/api"
    apicarto: str = "https://apicarto.ign.fr/api/gpu"
    geo: str = "https://geo.api.gouv.fr"

    ENV = {"gpu": "SCAN_URBA_GPU_URL", "apicarto": "SCAN_URBA_APICARTO_URL",
           "geo": "SCAN_URBA_GEO_URL"}

    @classmethod
    def configured(cls, setting=None) -> Endpoints:
        """Environment first, then ``setting(key)`` (QgsSettings in the plugin), then default."""
        values = {}
        for key, env in cls.ENV.items():
            value = os.environ.get(env) or (setting(key) if setting else None)
            if value:
                values[key] = str(value).rstrip("/")
        return cls(**values)


SERVICES = {"gpu": QT_TR_NOOP("the Géoportail de l'Urbanisme"),
            "apicarto": QT_TR_NOOP("API Carto (GPU module)"), "geo": "geo.api.gouv.fr"}


@dataclass
class Commune:
    insee: str
    name: str
    geometry: dict | None = None


@dataclass
class GpuDocument:
    id: str
    original_name: str
    type: str
    partition: str
    legal_status: str
    status: str
    update_date: str
    title: str = ""

    @property
    def in_force(self) -> bool:
        return self.legal_status == IN_FORCE

    @classmethod
    def from_listing(cls, item: dict, partition: str) -> GpuDocument:
        grid = item.get("grid") or {}
        return cls(id=str(item.get("id") or ""), original_name=str(item.get("originalName") or ""),
                   type=str(item.get("type") or ""), partition=str(item.get("name") or partition),
                   legal_status=str(item.get("legalStatus") or ""),
                   status=str(item.get("status") or ""),
                   update_date=str(item.get("updateDate") or item.get("uploadDate") or ""),
                   title=str(grid.get("title") or ""))


@dataclass
class Fetched:
    document: GpuDocument
    path: Path
    from_cache: bool
    downloaded_at: str
    written_pieces: int


@dataclass
class Search:
    commune: Commune | None
    documents: list[GpuDocument] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def _fold(text: str) -> str:
    """A commune name compared without case, accents, hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[-'’_]", " ", text).split())


SMALL_WORDS = {"sur", "sous", "en", "et", "le", "la", "les", "de", "du", "des", "lès", "lez",
               "aux", "au", "à"}


def _name_case(name: str) -> str:
    """CLICHY-SOUS-BOIS as a French urbanist writes it: Clichy-sous-Bois."""
    words = re.split(r"([-\s'’])", name.lower())
    return "".join(w if (w in SMALL_WORDS and i) else w[:1].upper() + w[1:]
                   for i, w in enumerate(words))


def _count(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _polygon(xmin, ymin, xmax, ymax) -> dict:
    return {"type": "Polygon", "coordinates": [[[xmin, ymin], [xmax, ymin], [xmax, ymax],
                                                [xmin, ymax], [xmin, ymin]]]}


class GpuClient:
    """Finds a commune's documents on the GPU and fetches their CNIG archives into a cache."""

    def __init__(self, cache_dir, endpoints: Endpoints | None = None, timeout: float = 30.0,
                 progress=None, canceled=None, info=None):
        self.cache = Path(cache_dir)
        self.endpoints = endpoints or Endpoints.configured()
        self.timeout = timeout
        self.progress = progress or (lambda fraction: None)
        self.canceled = canceled or (lambda: False)
        self.info = info or (lambda text: None)

    # --- HTTP: every failure becomes one sentence naming the service -------------------------

    def _open(self, service: str, url: str):
        if self.canceled():
            raise ScanUrbaError(tr("Cancelled."))
        name = tr(SERVICES[service])
        LOG.debug("GET %s", url)
        try:
            if not url.startswith(("https://", "http://")):  # never file: or custom schemes
                raise ScanUrbaError(tr("{service}: not a web address: {url}", service=name,
                                       url=url))
            request = Request(url, headers={"User-Agent": USER_AGENT})
            return urlopen(request, timeout=self.timeout)  # nosec B310 (http(s) only, above)
        except HTTPError as exc:
            raise ScanUrbaError(tr(
                "{service} answered HTTP {code} ({reason}) to {url}: the service is down or "
                "overloaded; try again later.", service=name, code=exc.code, reason=exc.reason,
                url=url)) from None
        except (socket.timeout, TimeoutError):
            pass  # below: the timeout sentence
        except URLError as exc:
            if not isinstance(exc.reason, (socket.timeout, TimeoutError)):
                raise ScanUrbaError(_unreachable(name, url, exc.reason)) from None
        except OSError as exc:
            raise ScanUrbaError(_unreachable(name, url, exc)) from None
        raise ScanUrbaError(tr("{service} did not answer within {timeout} s ({url}); try again "
                               "later.", service=name, timeout=f"{self.timeout:g}", url=url))

    def get_json(self, service: str, path: str, params: dict | None = None, expect=list):
        """The service's JSON answer, of the expected type (list, or dict for a GeoJSON
        FeatureCollection, whose features are then checked to be a list)."""
        base = getattr(self.endpoints, service)
        url = f"{base}{path}" + (f"?{urlencode(params)}" if params else "")
        try:
            with self._open(service, url) as response:
                answer = json.loads(response.read().decode("utf-8"))
        except (ValueError, http.client.HTTPException, OSError) as exc:
            error = exc
        else:
            if isinstance(answer, expect) and (
                    expect is list or isinstance(answer.get("features"), list)):
                return answer
            error = type(answer).__name__
        raise ScanUrbaError(tr("{service} sent an unreadable answer to {url} ({error}); try "
                               "again later.", service=tr(SERVICES[service]), url=url,
                               error=error))

    # --- which commune, which documents --------------------------------------------------------

    def resolve_commune(self, text: str) -> Commune:
        """A commune from its INSEE code, or from its name through geo.api.gouv.fr."""
        text = text.strip()
        if INSEE.match(text):
            return Commune(text.upper(), text.upper())
        found = self.get_json("geo", "/communes", {
            "nom": text, "fields": "nom,code,codeDepartement", "boost": "population",
            "limit": 20})
        exact = [c for c in found if _fold(str(c.get("nom", ""))) == _fold(text)]
        listed = ", ".join(f"{c.get('nom')} ({c.get('codeDepartement')}, INSEE {c.get('code')})"
                           for c in (exact or found)[:8])
        if len(exact) == 1:
            return Commune(str(exact[0]["code"]), str(exact[0]["nom"]))
        if len(exact) > 1:
            raise ScanUrbaError(tr("Several communes are named “{name}”: {listed}. Give the "
                                   "INSEE code.", name=text, listed=listed))
        if found:
            raise ScanUrbaError(tr("No commune is named “{name}”; did you mean: {listed}?",
                                   name=text, listed=listed))
        raise ScanUrbaError(tr("No commune is named “{name}”.", name=text))

    def municipality(self, commune: Commune) -> Commune:
        """The GPU's record of the commune; an RNU or merged commune stops here with a message."""
        features = self.get_json("apicarto", "/municipality", {"insee": commune.insee},
                                 expect=dict)["features"]
        if not features:
            raise ScanUrbaError(tr("The Géoportail de l'Urbanisme knows no commune with INSEE "
                                   "code {insee}.", insee=commune.insee))
        props = features[0].get("properties") or {}
        name = commune.name if commune.name != commune.insee else _name_case(
            str(props.get("name") or commune.name))
        commune = Commune(commune.insee, name, features[0].get("geometry"))
        if props.get("is_deleted"):
            raise ScanUrbaError(tr("{name} ({insee}) no longer exists as a commune (merged into "
                                   "a new one): give the new commune.", name=commune.name,
                                   insee=commune.insee))
        if props.get("is_rnu"):
            raise ScanUrbaError(tr(
                "{name} ({insee}) is under the national urbanism rules (RNU): it has no local "
                "urban plan to download. Its digital-network obligations come from the RNU and "
                "from any SCOT covering it.", name=commune.name, insee=commune.insee))
        return commune

    def document_features(self, bbox=None, point=None) -> list[dict]:
        """API Carto's documents at a point or in an extent (lon/lat). An answer cut at the
        service's object limit is completed by asking again on the four quarters."""
        geom = {"type": "Point", "coordinates": list(point)} if point else _polygon(*bbox)
        answer = self.get_json("apicarto", "/document", {"geom": json.dumps(geom)}, expect=dict)
        features = answer["features"]
        total = _count(answer.get("totalFeatures", answer.get("numberMatched")))
        cut = len(features) >= OBJECT_LIMIT or (total is not None and total > len(features))
        if not cut or point:
            return features
        xmin, ymin, xmax, ymax = bbox
        if xmax - xmin < MIN_TILE_DEG and ymax - ymin < MIN_TILE_DEG:
            self.info(tr("The service returned {n} of {total} documents for a small tile; the "
                         "list may be incomplete.", n=len(features), total=total or "?"))
            return features
        xmid, ymid = (xmin + xmax) / 2, (ymin + ymax) / 2
        out = {}
        for quarter in ((xmin, ymin, xmid, ymid), (xmid, ymin, xmax, ymid),
                        (xmin, ymid, xmid, ymax), (xmid, ymid, xmax, ymax)):
            for feature in self.document_features(bbox=quarter):
                props = feature.get("properties") or {}
                out.setdefault(props.get("id") or props.get("partition") or id(feature), feature)
        return list(out.values())

    def partition_documents(self, partition: str) -> list[GpuDocument]:
        answer = self.get_json("gpu", "/document", {"partition": partition,
                                                    "status": PUBLISHED})
        docs = [GpuDocument.from_listing(item, partition) for item in answer
                if isinstance(item, dict)]
        return [d for d in docs if d.status == PUBLISHED and d.id and d.original_name]

    def find(self, commune_text: str = "", bbox=None) -> Search:
        """The documents in force or in progress for a commune, or in a lon/lat extent."""
        if not commune_text and bbox is None:
            raise ScanUrbaError(tr("Give a commune (name or INSEE code) or an extent."))
        search = Search(None)
        partitions = []
        if commune_text:
            commune = self.municipality(self.resolve_commune(commune_text))
            search.commune = commune
            point = _inner_point(commune.geometry)
            features = self.document_features(point=point) if point else []
            partitions = [f"DU_{commune.insee}"]
        else:
            features = self.document_features(bbox=bbox)
        for feature in features:
            partition = (feature.get("properties") or {}).get("partition")
            if partition and partition not in partitions:
                partitions.append(partition)
        if len(partitions) > MAX_PARTITIONS:
            raise ScanUrbaError(tr("{n} urban plans lie in this extent, more than the {max} "
                                   "fetched at once: zoom in or give a commune.",
                                   n=len(partitions), max=MAX_PARTITIONS))
        for partition in partitions:
            search.documents += select_documents(self.partition_documents(partition))
        if not search.documents and search.commune is None:
            raise ScanUrbaError(tr("No document is published on the Géoportail de l'Urbanisme "
                                   "within this extent."))
        if not search.documents:
            raise ScanUrbaError(tr(
                "No document is published on the Géoportail de l'Urbanisme for {where}, although "
                "the commune is not marked as under the RNU: its plan may not be published yet "
                "(ask the commune or the DDT).",
                where=f"{search.commune.name} ({search.commune.insee})"))
        search.notices = notices(search)
        return search

    # --- download and cache ----------------------------------------------------------------

    def fetch(self, doc: GpuDocument, force: bool = False) -> Fetched:
        """The document's archive from the cache, or downloaded, checked and cached."""
        for name in (doc.original_name, doc.partition):
            if not SAFE_NAME.match(name) or ".." in name:
                raise ScanUrbaError(tr("The Géoportail de l'Urbanisme gave an unsafe file name "
                                       "“{name}”; the document was not downloaded.", name=name))
        folder = self.cache / doc.partition
        path = folder / f"{doc.original_name}.zip"
        record = folder / f"{doc.original_name}.json"
        cached = _read_record(record)
        if (not force and cached and path.is_file() and cached.get("id") == doc.id
                and cached.get("update_date") == doc.update_date
                and cached.get("size") == path.stat().st_size):
            self.info(tr("{name}: served from the cache (downloaded on {date}, unchanged since).",
                         name=doc.original_name,
                         date=date_in_words(cached.get("downloaded_at", ""))))
            return Fetched(doc, path, True, cached.get("downloaded_at", ""),
                           cached.get("written_pieces", 0))
        folder.mkdir(parents=True, exist_ok=True)
        url = (f"{self.endpoints.gpu}/document/{quote(doc.id, safe='')}/download/"
               f"{quote(doc.original_name, safe='')}.zip")
        part = folder / f".{doc.original_name}.zip.part"
        try:
            self._download(url, part, doc.original_name)
            pieces = check_archive(part, doc.original_name)
            os.replace(part, path)
        finally:
            part.unlink(missing_ok=True)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        write_text(record, json.dumps({
            "id": doc.id, "original_name": doc.original_name, "type": doc.type,
            "partition": doc.partition, "legal_status": doc.legal_status,
            "update_date": doc.update_date, "title": doc.title, "url": url,
            "downloaded_at": now, "size": path.stat().st_size, "written_pieces": pieces},
            ensure_ascii=False, indent=2), overwrite=True)
        return Fetched(doc, path, False, now, pieces)

    def _download(self, url: str, part: Path, name: str):
        with self._open("gpu", url) as response:
            expected = _count(response.headers.get("Content-Length"))
            received = 0
            try:
                with open(part, "wb") as out:
                    while chunk := response.read(CHUNK):
                        out.write(chunk)
                        received += len(chunk)
                        if expected:
                            self.progress(received / expected)
                        if self.canceled():
                            raise ScanUrbaError(tr("Cancelled."))
            except (http.client.IncompleteRead, ConnectionError, socket.timeout,
                    TimeoutError) as exc:
                raise ScanUrbaError(tr(
                    "The download of {name} stopped before its end ({error}); nothing was "
                    "cached. Try again later.", name=name, error=type(exc).__name__)) from None
        if expected is not None and received != expected:
            raise ScanUrbaError(tr("The archive {name} is truncated ({received} of {expected} "
                                   "bytes); nothing was cached. Try again later.", name=name,
                                   received=received, expected=expected))

    def fetch_all(self, search: Search, force: bool = False) -> list[Fetched]:
        return [self.fetch(doc, force) for doc in search.documents]


def select_documents(docs: list[GpuDocument]) -> list[GpuDocument]:
    """The latest document in force, and the latest one of every other legal status (a
    revision in progress), of one partition."""
    latest = {}
    for doc in sorted(docs, key=lambda d: (d.update_date, d.original_name)):
        latest[doc.legal_status] = doc
    return sorted(latest.values(), key=lambda d: (not d.in_force, d.original_name))


def notices(search: Search) -> list[str]:
    """What the user should know about the documents found (PLUi, carte communale, draft)."""
    out = []
    for doc in search.documents:
        if doc.type == "CC":
            out.append(tr("{name} is a carte communale: it has sectors (SECTEUR_CC) and no "
                          "règlement; within them the national rules (RNU) apply.",
                          name=doc.original_name))
        elif doc.type.upper() == "PLUI" and search.commune is not None:
            out.append(tr("{commune} is covered by the PLUi “{title}” (partition {partition}): "
                          "its archive covers every commune of the PLUi.",
                          commune=search.commune.name, title=doc.title or doc.original_name,
                          partition=doc.partition))
        if not doc.in_force:
            out.append(tr("{name} is not in force (legal status {status}): a document in "
                          "progress.", name=doc.original_name, status=doc.legal_status or "?"))
    return out


def check_archive(path: Path, name: str) -> int:
    """Refuse a truncated or damaged archive, or one with entries escaping it (zip-slip);
    return the number of written pieces (PDF) it carries."""
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise ScanUrbaError(tr("The archive {name} is truncated or damaged ({error}); nothing "
                               "was cached. Try again later.", name=name, error=exc)) from None
    if bad is not None:
        raise ScanUrbaError(tr("The archive {name} is damaged (entry {entry}); nothing was "
                               "cached. Try again later.", name=name, entry=bad))
    members = safe_zip_members(path, f"{name}.zip")
    return sum(1 for m in members if m.lower().endswith(".pdf"))


MONTHS = (QT_TR_NOOP("January"), QT_TR_NOOP("February"), QT_TR_NOOP("March"),
          QT_TR_NOOP("April"), QT_TR_NOOP("May"), QT_TR_NOOP("June"), QT_TR_NOOP("July"),
          QT_TR_NOOP("August"), QT_TR_NOOP("September"), QT_TR_NOOP("October"),
          QT_TR_NOOP("November"), QT_TR_NOOP("December"))


def date_in_words(stamp: str) -> str:
    """An ISO date or date-time (the GPU's updateDate) as words: 2 November 2017."""
    try:
        day = datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
    except (AttributeError, ValueError):
        return stamp or "?"
    return tr("{day} {month} {year}", day=day.day, month=tr(MONTHS[day.month - 1]),
              year=day.year)


def _unreachable(service: str, url: str, reason) -> str:
    return tr("{service} cannot be reached at {host} ({reason}): check the network connection "
              "or the proxy, or try again later.", service=service, host=urlsplit(url).netloc,
              reason=reason)


def _read_record(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _inner_point(geometry: dict | None):
    """A point surely inside the commune (lon, lat), to ask which documents cover it."""
    if not geometry:
        return None
    import shapely.geometry

    try:
        point = shapely.geometry.shape(geometry).representative_point()
    except (ValueError, TypeError, AttributeError):
        return None
    return (round(point.x, 7), round(point.y, 7))
