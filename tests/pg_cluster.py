"""A throwaway PostgreSQL/PostGIS cluster: created in a temporary folder, listening on a Unix
socket only, removed when the block ends. The PostGIS tests and the benchmark's step (e)
start theirs here (`make postgis-deps` installs Debian's PostgreSQL and PostGIS)."""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def pg_bin(name) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else None


def postgis_installed() -> bool:
    return bool(pg_bin("initdb") and glob.glob("/usr/share/postgresql/*/extension/postgis.control"))


def as_postgres(args, **kw):
    """Run a server command as the postgres user when we are root (initdb refuses root)."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + args, capture_output=True, text=True, check=True, **kw)


@contextlib.contextmanager
def throwaway_cluster(settings: dict | None = None):
    """Yield the libpq conninfo of a new cluster with the postgis extension created.
    ``settings``: server settings (-c name=value), e.g. parallel workers for a benchmark."""
    # not under pytest's tmp folders: they are private to root, the server runs as postgres
    root = Path(tempfile.mkdtemp(prefix="scan_urba_pg_"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    os.chmod(root, 0o777)
    os.chmod(sock, 0o777)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    as_postgres([pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"])
    port = 55432 + os.getpid() % 1000
    options = f"-k {sock} -p {port} -c listen_addresses=''" + "".join(
        f" -c {name}={value}" for name, value in (settings or {}).items())
    as_postgres([pg_bin("pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"), "-o", options,
                 "start"])
    conninfo = f"host={sock} port={port} user=postgres dbname=postgres"
    try:
        as_postgres([pg_bin("psql") or "psql", "-X", "-q", "-d", conninfo, "-c",
                     "CREATE EXTENSION postgis"])
        yield conninfo
    finally:
        as_postgres([pg_bin("pg_ctl"), "-D", str(data), "-m", "fast", "stop"])
        shutil.rmtree(root, ignore_errors=True)
