"""Read a CNIG plan from a dataset path or from layers of the QGIS project."""
from pathlib import Path

from ..core.detect import not_a_plan
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..core.standards.cnig import normalise_plan
from . import postgis
from .layers import layer_to_raw, read_dataset


def read_plan(dataset: str = "", layers=(), min_area_m2: float = 1.0, feedback=None):
    """A normalised Plan from a GPU folder/zip/file, or from QgsVectorLayers (PostGIS too)."""
    raw, hint = plan_tables(dataset, layers, feedback)
    return normalise_plan(raw, hint=hint, min_area_m2=min_area_m2)


def plan_tables(dataset: str = "", layers=(), feedback=None) -> tuple[list, str]:
    """(raw tables, dataset name) of a plan, read through QGIS; normalise_plan does the rest
    (and needs no QGIS: the full scan runs it in a worker while it reads the network)."""
    if dataset and postgis.is_postgis(dataset):
        pg_layers = postgis.layers(dataset)
        raw = [layer_to_raw(layer) for layer in pg_layers]
        hint = postgis.parse(dataset)[1]
    elif dataset:
        wrong = not_a_plan(dataset)
        if wrong:  # another dataset: its tables would make no zones (CLI, Processing)
            raise ScanUrbaError(wrong)
        raw = read_dataset(dataset)
        hint = Path(dataset).name
    elif layers:
        raw = [layer_to_raw(layer) for layer in layers]
        hint = " ".join(layer.name() for layer in layers)
    else:
        raise ScanUrbaError(tr("Give a CNIG dataset (folder, zip or file) or CNIG layers."))
    if not raw:
        raise ScanUrbaError(tr("{path} holds no vector table.", path=dataset))
    if feedback is not None:
        feedback.pushInfo(tr("{n} tables read; checking them against the CNIG standard.",
                             n=len(raw)))
    return raw, hint
