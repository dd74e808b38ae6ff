"""Write the generated demonstration datasets in their real formats (GPU folder layout)."""
import shutil
from pathlib import Path

from ..core import sample
from .write import write_layer


def write_plan_sample(out_dir) -> Path:
    """Write the demo PLU as a Géoportail de l'Urbanisme folder; returns that folder.

    The folder is built beside its destination and moved into place when complete.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".{sample.IDURBA}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    names = sample.gpu_file_names()
    for table, (frame, gtype) in sample.plan_tables().items():
        rel = names[table].split("/", 1)[1]
        path = tmp / f"{rel}{'.shp' if gtype else ''}"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_layer(path, table, frame, gtype, driver="ESRI Shapefile")
        if not gtype:  # a table without geometry is a lone .dbf (with its .cpg)
            path.with_suffix(".prj").unlink(missing_ok=True)
    final = out_dir / sample.IDURBA
    shutil.rmtree(final, ignore_errors=True)
    tmp.rename(final)
    return final
