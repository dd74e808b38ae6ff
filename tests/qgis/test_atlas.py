"""The atlas annexed to the opinion (issue 24 §6): its printed words (north arrow, numeric
scale, source line with each dataset's date, zone labels, the cover's Département,
document, procedure and dates, the prescriptions the findings cite), each legend measured
inside its page, and the user's basemap beneath. Page images are saved under out/atlas/
for people to look at."""
import datetime as dt

import pytest
from qgis.core import QgsRectangle

from .conftest import TEST_OUT, full_scan_params, shared
from .test_avis import pdf_text

OUT = TEST_OUT / "atlas"
A4_LANDSCAPE = (297.0, 210.0)  # mm


def render(gpkg, pdf, basemap="", commune="", **dates):
    """The atlas of a one-document scan, as write_avis draws it; returns the map project
    (its legends are the measured layout items) and the page count."""
    from scan_urba_plugin.core.avis import templates
    from scan_urba_plugin.core.avis.document import Dossier, doc_date
    from scan_urba_plugin.processing.avis import documents_of, run_records
    from scan_urba_plugin.qgis_io.avis_render import MapProject, export_atlas
    from scan_urba_plugin.qgis_io.report_render import read_tables

    data, layers = read_tables(gpkg)
    info, inputs = run_records(data)
    zones, documents = documents_of(data)
    maps = MapProject(layers, "fr", inputs, basemap)
    maps.set_zones(zones)
    dossier = Dossier(idurba=documents[0], communes=sorted(set(zones["insee"]) - {""}),
                      findings=data["findings"], zones=zones, run_info=info, inputs=inputs,
                      departement="Département des Alpes-Maritimes", procedure="E",
                      date_document=doc_date(documents[0]), **dates)
    if commune and hasattr(dossier, "commune"):
        dossier.commune = commune
    pages = export_atlas(maps, pdf, dossier, zones, dict(zip(zones["fid"], zones["geometry"])),
                         templates.load("fr"), overwrite=True)
    return maps, pages


def assert_legends_inside_the_page(maps, pages):
    """Each legend's box, measured on the exported layout, lies inside its A4 page."""
    assert len(maps.legend_boxes) == pages - 1  # one per map page (the cover has none)
    for (x, y, w, h), page in maps.legend_boxes:
        assert page == pytest.approx(A4_LANDSCAPE)
        assert w > 20 and h > 20  # measured, not an empty item
        assert x >= 0 and y >= 0
        assert x + w <= A4_LANDSCAPE[0] - 4, (x, w)
        assert y + h <= A4_LANDSCAPE[1] - 4, (y, h)


@pytest.fixture(scope="module")
def demo_scan(sample_dir, network_dir, tmp_path_factory):
    import processing

    gpkg = tmp_path_factory.mktemp("atlas") / "scan.gpkg"
    processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, gpkg))
    return gpkg


def test_demo_atlas_prints_what_an_annex_needs(demo_scan, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    maps, pages = render(demo_scan, pdf, date_arret=dt.date(2026, 10, 2),
                         date_receipt=dt.date(2026, 10, 31))
    text = pdf_text(pdf, OUT / "demo").replace("\u202f", " ").replace("\u00a0", " ")
    # cover: the Département, the document, the procedure and its dates
    assert "Département des Alpes-Maritimes" in text
    assert "plan local d'urbanisme (PLU) de la commune de code INSEE 06999" in text
    assert "Procédure : élaboration" in text
    assert "Arrêt du projet : 2 octobre 2026" in text
    assert "Réception du dossier : 31 octobre 2026" in text
    assert "Date limite de l'avis : 31 janvier 2027" in text
    # every map page: north arrow, numeric scale the French way, source line with dates
    assert text.count(" N ") >= pages - 1 or text.count("N ") >= pages - 1
    assert text.count("Échelle 1/") == pages - 1 and "Échelle 1/20 000" in text
    assert text.count("Sources : document d'urbanisme (standard CNIG), version du 15 janvier "
                      "2025") == pages - 1
    # the demo's files carry no date of their own: the file's date is given as such, never
    # as the date of the export
    for source, undated in (("réseau d'initiative publique (GraceTHD)", "date de l'export"),
                            ("supports d'antennes (ANFR)", "date de l'extraction"),
                            ("travaux programmés", "date des données")):
        assert f"{source}, {undated} non indiquée (fichier du " in text.replace("\ufb01", "fi"), \
            source
    assert "date non connue" not in text  # the files are there: each has its date
    # zone labels on the maps (2AU has no finding, hence no page: only its label prints it)
    for zone in ("2AU", "UB", "UE", "UH"):
        assert zone in text, zone
    # the prescriptions the findings cite are drawn (the legend lists what the map draws)
    for drawn in ("Espace boisé classé (L113-1)", "(L151-40)", "(R151-49)", "(L151-19, L151-23)"):
        assert drawn in text, drawn
    assert "05-01" not in text  # legend labels without CNIG codes
    # an annex of the opinion: the plan's matters only, in the Département's own voice; the
    # trench-sharing opportunities and the works programmes are the RIP team's internal note
    for internal in ("pportunit", "TRV-2027", "mutualisation de tranchées", "Travaux programmés"):
        assert internal not in text, internal
    assert "Vérifier avec le RIP" not in text
    assert_legends_inside_the_page(maps, pages)


HALO_MM = 0.8  # the white halo around every label of the maps (styles and label_zones)


def placed_labels(settings) -> list:
    """(text, box, whether the box frames the text with blanks, box's height in mm, the
    text's line in mm) of each label QGIS placed on a map drawn with ``settings``
    (QgsLabelingResults)."""
    from qgis.core import QgsMapRendererSequentialJob, QgsProject

    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    mm = settings.mapUnitsPerPixel() * settings.outputDpi() / 25.4  # map units per mm
    layers = {layer.id(): layer for layer in settings.layers()}
    out = []
    for label in job.takeLabelingResults().allLabels():
        if label.isUnplaced:
            continue
        layer = layers.get(label.layerID) or QgsProject.instance().mapLayer(label.layerID)
        points = layer.labeling().settings().format().size()
        out.append((" ".join(label.labelText.split()), QgsRectangle(label.labelRect),
                    label.labelText.startswith("\u00a0\n"), label.labelRect.height() / mm,
                    points * 25.4 / 72 * 1.16))
    return out


def assert_apart(labels, mm):
    """Two labels' halos never print over each other (issue 26: « ER n°1 » over « 1AU »):
    QGIS keeps the labels' boxes apart, and those boxes leave two halos around the text
    (the framed labels: reserved sites, opportunities) or are themselves two halos apart
    (the zones' names)."""
    for i, (text, box, framed, height, line) in enumerate(labels):
        assert not framed or height >= line + 4 * HALO_MM, (text, height, line)
        for other, other_box, other_framed, _, _ in labels[i + 1:]:
            assert not box.intersects(other_box), (text, other)
            if not (framed or other_framed):
                grown = QgsRectangle(box)
                grown.grow(2 * HALO_MM * mm)
                assert not grown.intersects(other_box), (text, other)


def test_map_labels_never_overlap(demo_scan):
    """Issue 26: « ER n°1 » printed over « 1AU ». Every map of the atlas (the overview and
    each zone's page, as exported at 300 dpi) and every map of the report place the zones'
    names, the reserved sites' numbers and the opportunities' ranks apart, halos included,
    as QGIS's labeling results measure them."""
    from qgis.PyQt.QtCore import QSizeF

    from scan_urba_plugin.processing.avis import documents_of, run_records
    from scan_urba_plugin.qgis_io.avis_render import MapProject, extent_of
    from scan_urba_plugin.qgis_io.report_render import (
        MAP_LAYERS,
        map_extents,
        map_settings,
        read_tables,
    )

    data, layers = read_tables(demo_scan)
    _, inputs = run_records(data)
    zones, _ = documents_of(data)
    maps = MapProject(layers, "fr", inputs)
    maps.set_zones(zones)
    layout = maps.layout()
    items = [maps.add_map(layout, extent_of(list(zones["geometry"])), 10, 18, 175, 180)]
    items += [maps.add_map(layout, extent_of([geom], 0.3), 10, 18, 160, 180, highlight=fid)
              for fid, geom in zip(zones["fid"], zones["geometry"])]
    dpi, seen = 300, set()
    for item in items:
        size = item.sizeWithUnits()
        labels = placed_labels(item.mapSettings(
            item.extent(), QSizeF(size.width() * dpi / 25.4, size.height() * dpi / 25.4), dpi,
            True))
        seen |= {text for text, *_ in labels}
        assert_apart(labels, item.scale() / 1000)
    assert {"1AU", "UA", "UB", "ER n° 1", "ER n° 2", "ER n° 3"} <= seen, seen
    # the report's maps, drawn from the styles of the result (« UH » and the opportunity
    # « n°2 » were 0,4 mm apart on a finding's map, their halos one over the other)
    drawn, seen = [layers[n] for n in MAP_LAYERS if n in layers], set()
    for _, extent, size in map_extents(layers, data["findings"]):
        settings = map_settings(drawn, extent, size)
        labels = placed_labels(settings)
        seen |= {text for text, *_ in labels}
        assert_apart(labels, settings.mapUnitsPerPixel() * settings.outputDpi() / 25.4)
    spaced = {text.replace("\u00a0", " ").replace("\u202f", " ") for text in seen}
    assert {"1AU", "UH", "ER n° 1", "n° 1", "n° 2"} <= spaced, seen


def test_real_plan_30014_atlas_legend_fits(scanurba, tmp_path):
    import processing

    plan = shared("plu", "30014_PLU_20171013")
    gpkg = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", {"PLAN_FOLDER": str(plan), "OUTPUT": str(gpkg)})
    pdf = tmp_path / "atlas.pdf"
    maps, pages = render(gpkg, pdf, date_receipt=dt.date(2026, 11, 30))
    text = pdf_text(pdf, OUT / "plu_30014").replace("\u202f", " ")
    assert "Sources : document d'urbanisme (standard CNIG), version du 13 octobre 2017" in text
    assert "Échelle 1/50 000" in text  # the overview, at a round scale
    assert "Espace boisé classé (L113-1)" in text
    for zone in ("Ap", "Nt", "Uc"):  # labels of large zones on the overview
        assert zone in text, zone
    assert_legends_inside_the_page(maps, pages)


def test_basemap_named_in_settings_is_drawn_beneath(demo_scan, tmp_path):
    """A local raster the user has in the QGIS project, named in the settings, lies under
    every map and is named on the source line; a name that is nowhere is said, not
    ignored."""
    from osgeo import gdal, osr
    from qgis.core import QgsProject, QgsRasterLayer

    tif = tmp_path / "fond.tif"
    raster = gdal.GetDriverByName("GTiff").Create(str(tif), 40, 40, 3, gdal.GDT_Byte)
    raster.SetGeoTransform((1029000, 100, 0, 6293000, 0, -100))  # around the demo commune
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    raster.SetProjection(srs.ExportToWkt())
    for band, value in ((1, 255), (2, 0), (3, 255)):
        raster.GetRasterBand(band).Fill(value)
    raster = None
    layer = QgsRasterLayer(str(tif), "Plan IGN (test)")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        maps, pages = render(demo_scan, tmp_path / "atlas.pdf", basemap="Plan IGN (test)")
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert maps.layers[-1].customProperty("scan_urba") == "basemap"  # drawn first, beneath
    assert maps.warning == ""
    text = pdf_text(tmp_path / "atlas.pdf")
    assert text.count("fond de plan : Plan IGN (test)") == pages - 1
    missing, _ = render(demo_scan, tmp_path / "sans.pdf", basemap="Orthophoto absente")
    assert "Le fond de plan « Orthophoto absente » n'est ni une couche du projet" in \
        missing.warning
    assert all(m.customProperty("scan_urba") != "basemap" for m in missing.layers)

