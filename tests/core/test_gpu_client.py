"""Plans from the Géoportail de l'Urbanisme, against a local server replaying the services."""
import json
import socket

import pytest

from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.gpu_client import Endpoints, GpuClient
from tests.gpu_replay import PLU, pdf_count, replay_gpu, zip_plan

@pytest.fixture
def gpu(tmp_path):
    with replay_gpu(tmp_path) as fake:
        yield fake


def client(gpu, tmp_path, **kw):
    return GpuClient(tmp_path / "cache", gpu.endpoints, timeout=5, **kw)


def test_download_by_name_then_cached(gpu, tmp_path):
    search = client(gpu, tmp_path).find("arpaillargues et aureillac")
    assert search.commune.insee == "30014"
    assert [(d.original_name, d.type, d.in_force) for d in search.documents] == [
        (PLU, "PLU", True)]
    first = client(gpu, tmp_path).fetch_all(search)
    assert [f.from_cache for f in first] == [False]
    assert first[0].path == tmp_path / "cache" / "DU_30014" / f"{PLU}.zip"
    assert first[0].written_pieces == pdf_count(gpu.source[PLU]) > 10
    record = json.loads(first[0].path.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["update_date"] == "2017-11-02T10:00:00+01:00"
    assert record["size"] == first[0].path.stat().st_size
    # second run: the listing is asked again, the archive is not
    messages = []
    again = client(gpu, tmp_path, info=messages.append)
    second = again.fetch_all(again.find("30014"))
    assert [f.from_cache for f in second] == [True]
    assert second[0].path == first[0].path
    assert gpu.downloads() == 1
    assert gpu.hits["/geo/communes"] == 1  # an INSEE code needs no name lookup
    assert "served from the cache" in messages[0]
    # forced, then the document changed on the GPU: downloaded again each time
    client(gpu, tmp_path).fetch_all(search, force=True)
    assert gpu.downloads() == 2
    gpu.documents[0]["update"] = "2024-03-26T08:52:34+01:00"
    assert not client(gpu, tmp_path).fetch_all(client(gpu, tmp_path).find("30014"))[0].from_cache
    assert gpu.downloads() == 3


def test_rnu_commune_has_nothing_to_download(gpu, tmp_path):
    with pytest.raises(ScanUrbaError, match=r"Bourg-sous-Rnu \(30999\) is under the national "
                                            r"urbanism rules \(RNU\)"):
        client(gpu, tmp_path).find("30999")
    assert gpu.hits["/apicarto/api/gpu/document"] == 0 and gpu.downloads() == 0


def test_plui_partition_shared_by_its_communes(gpu, tmp_path):
    search = client(gpu, tmp_path).find("Pezou")
    assert [(d.partition, d.type) for d in search.documents] == [("DU_200030435", "PLUi")]
    assert any("covered by the PLUi “PLUI DU HAUT-VENDOMOIS” (partition DU_200030435)" in n
               for n in search.notices)
    assert gpu.hits["/gpu/api/document"] == 2  # DU_41175 (empty) and the PLUi's partition
    path = client(gpu, tmp_path).fetch_all(search)[0].path
    other = client(gpu, tmp_path).fetch_all(client(gpu, tmp_path).find("41116"))
    assert other[0].path == path and other[0].from_cache
    assert gpu.downloads() == 1


def test_extent_beyond_the_object_limit_is_split(gpu, tmp_path):
    gpu.object_limit = 1  # the service cuts every answer after one document
    search = client(gpu, tmp_path).find(bbox=(-5.0, 41.0, 10.0, 51.0))
    assert sorted(d.partition for d in search.documents) == ["DU_200030435", "DU_30014"]
    assert gpu.hits["/apicarto/api/gpu/document"] > 1


def test_homonyms_and_unknown_names(gpu, tmp_path):
    gpu.communes["30015"] = {"name": "Pezou", "dep": "30", "lon": 4.0, "lat": 44.0}
    with pytest.raises(ScanUrbaError, match=r"Several communes are named “pezou”: Pezou \(41, "
                                            r"INSEE 41175\), Pezou \(30, INSEE 30015\)"):
        client(gpu, tmp_path).find("pezou")
    with pytest.raises(ScanUrbaError, match="No commune is named “Atlantis”"):
        client(gpu, tmp_path).find("Atlantis")


def test_server_error_is_one_sentence(gpu, tmp_path):
    gpu.fail["/gpu/api/document"] = 500
    with pytest.raises(ScanUrbaError) as err:
        client(gpu, tmp_path).find("30014")
    assert "the Géoportail de l'Urbanisme answered HTTP 500" in str(err.value)
    assert "try again later" in str(err.value)


def test_connection_refused(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    gpu_client = GpuClient(tmp_path, Endpoints(base, base, base), timeout=2)
    with pytest.raises(ScanUrbaError, match=r"API Carto \(GPU module\) cannot be reached at "
                                            rf"127.0.0.1:{port} .*check the network"):
        gpu_client.find("30014")


def test_truncated_archive_is_not_cached(gpu, tmp_path):
    gpu.truncate.add("d30014a")
    gpu_client = client(gpu, tmp_path)
    with pytest.raises(ScanUrbaError, match=f"{PLU}.*(stopped before its end|truncated)"):
        gpu_client.fetch_all(gpu_client.find("30014"))
    assert not any((tmp_path / "cache").rglob("*.zip*"))


def test_damaged_archive_is_refused(gpu, tmp_path):
    archive = gpu.documents[0]["archive"]
    data = bytearray(archive.read_bytes())
    data[len(data) // 3:len(data) // 3 + 64] = b"\0" * 64  # same length, broken content
    archive.write_bytes(bytes(data))
    gpu_client = client(gpu, tmp_path)
    with pytest.raises(ScanUrbaError, match=f"archive {PLU} is (damaged|truncated)"):
        gpu_client.fetch_all(gpu_client.find("30014"))
    assert not any((tmp_path / "cache").rglob("*.zip*"))


def test_zip_slip_is_refused(gpu, tmp_path):
    gpu.documents[0]["archive"] = zip_plan(gpu.source[PLU], tmp_path / "slip.zip",
                                           {"../../evil.txt": b"owned"})
    gpu_client = client(gpu, tmp_path)
    with pytest.raises(ScanUrbaError, match=f"Zip {PLU}.zip was refused: entry “../../evil.txt” "
                                            "points outside"):
        gpu_client.fetch_all(gpu_client.find("30014"))
    assert not any((tmp_path / "cache").rglob("*.zip*"))
    assert not list(tmp_path.rglob("evil.txt"))


def test_unsafe_document_name_is_refused_before_download(gpu, tmp_path):
    gpu.documents[0]["name"] = "../30014_PLU"
    gpu_client = client(gpu, tmp_path)
    with pytest.raises(ScanUrbaError, match="unsafe file name “../30014_PLU”"):
        gpu_client.fetch_all(gpu_client.find("30014"))
    assert gpu.downloads() == 0


def test_revision_in_progress_and_carte_communale_are_said(gpu, tmp_path):
    gpu.documents.append(dict(gpu.documents[0], id="d30014b", name="30014_PLU_20250601",
                              legal="DRAFT", update="2025-06-01T10:00:00+02:00"))
    gpu.communes["30020"] = {"name": "Villecc", "dep": "30", "lon": 4.6, "lat": 44.2}
    gpu.documents.append(dict(gpu.documents[0], id="c30020", name="30020_CC_20190101",
                              type="CC", partition="DU_30020", lon=4.6, lat=44.2))
    search = client(gpu, tmp_path).find("30014")
    assert [(d.original_name, d.in_force) for d in search.documents] == [
        (PLU, True), ("30014_PLU_20250601", False)]
    assert search.notices == ["30014_PLU_20250601 is not in force (legal status DRAFT): a "
                              "document in progress."]
    search = client(gpu, tmp_path).find("Villecc")
    assert [d.type for d in search.documents] == ["CC"]
    assert "30020_CC_20190101 is a carte communale" in search.notices[0]


def test_timeout_is_one_sentence(gpu, tmp_path):
    gpu.delay["/apicarto"] = 1.5
    with pytest.raises(ScanUrbaError, match=r"API Carto \(GPU module\) did not answer within "
                                            r"0.3 s"):
        GpuClient(tmp_path, gpu.endpoints, timeout=0.3).find("30014")


def test_a_page_instead_of_json_is_one_sentence(gpu, tmp_path):
    gpu.garbage["/geo/communes"] = b"<html>Proxy login</html>"
    with pytest.raises(ScanUrbaError, match=r"geo.api.gouv.fr sent an unreadable answer to "
                                            r"http://127.0.0.1:\d+/geo/communes\?nom=Pezou"):
        client(gpu, tmp_path).find("Pezou")
    gpu.garbage = {"/apicarto/api/gpu/municipality": b'{"type": "FeatureCollection"}'}
    with pytest.raises(ScanUrbaError, match=r"API Carto \(GPU module\) sent an unreadable "
                                            r"answer .*\(dict\)"):
        client(gpu, tmp_path).find("30014")


def test_plui_sector_partition(gpu, tmp_path):
    """A PLUi split in sectors: the commune's documents sit under DU_<SIREN>_<sector>."""
    gpu.communes["41200"] = {"name": "Secteurville", "dep": "41", "lon": 1.5, "lat": 47.6}
    gpu.documents.append(dict(gpu.documents[1], id="f41sectb", name="200030435_PLUi_20220101_B",
                              partition="DU_200030435_B", lon=1.5, lat=47.6, half=0.02))
    search = client(gpu, tmp_path).find("Secteurville")
    assert [(d.partition, d.original_name) for d in search.documents] == [
        ("DU_200030435_B", "200030435_PLUi_20220101_B")]
    fetched = client(gpu, tmp_path).fetch_all(search)
    assert fetched[0].path.parent.name == "DU_200030435_B"


def test_extent_with_nothing_or_too_much(gpu, tmp_path, monkeypatch):
    from scan_urba_plugin.core import gpu_client

    with pytest.raises(ScanUrbaError, match="No document is published on the Géoportail de "
                                            "l'Urbanisme within this extent."):
        client(gpu, tmp_path).find(bbox=(-1.0, 45.0, -0.9, 45.1))
    monkeypatch.setattr(gpu_client, "MAX_PARTITIONS", 1)
    with pytest.raises(ScanUrbaError, match="2 urban plans lie in this extent, more than the 1 "
                                            "fetched at once: zoom in or give a commune."):
        client(gpu, tmp_path).find(bbox=(-5.0, 41.0, 10.0, 51.0))
    assert gpu.hits["/gpu/api/document"] == 0
