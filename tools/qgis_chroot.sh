#!/usr/bin/env bash
# The further QGIS test tiers, each in a chroot built with Debian's own tools (debootstrap, apt),
# cached between runs:
#   3.40  QGIS 3.40 LTR from Debian bookworm-backports (Python 3.11, numpy 1.24)
#   3.44  QGIS 3.44 LTR from Debian unstable (Python 3.13, numpy 2), the LTR new installs got in 2026
#
#   tools/qgis_chroot.sh TIER path          the chroot's folder (named by a hash of its recipe)
#   tools/qgis_chroot.sh TIER build         build it unless the cached one is complete
#   tools/qgis_chroot.sh TIER run CMD...    run CMD in the chroot, in this repository
#
# The recipe is this file plus requirements.txt: a change to either builds a new chroot. A build
# happens in a temporary folder renamed into place only when complete, so an interrupted build
# is never taken for a finished one. Mounts are made in a private mount namespace (unshare), so
# they vanish with the process, whatever way it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${SCAN_URBA_CACHE:-/var/cache/scan-urba}
TIER=${1:-}
shift || true
# Besides QGIS: PostGIS for the PostGIS tests, poppler and LibreOffice for the PDF and ODT/DOCX
# tests, Xvfb for the new-user test, git for the packaging test.
COMMON_PACKAGES="python3-pandas python3-gdal python3-venv python3-pip python3-psycopg2 gdal-bin \
  poppler-utils postgresql postgis git ca-certificates locales libreoffice-writer-nogui xvfb xauth"
QGIS_PACKAGES="qgis python3-qgis qgis-providers"
case "$TIER" in
  3.40)  # QGIS from backports, the rest from bookworm
    SUITE=bookworm QGIS_FROM=bookworm-backports FROM_DEBIAN=""
    PACKAGES="$COMMON_PACKAGES postgresql-15-postgis-3" ;;
  3.44)  # everything from unstable (Python 3.14, numpy 2): shapely and pytest pinned in
    # requirements.txt have no wheel or no support for that Python, so Debian's own are taken
    SUITE=sid QGIS_FROM=sid FROM_DEBIAN="shapely pytest"
    PACKAGES="$COMMON_PACKAGES postgresql-postgis python3-shapely python3-pytest" ;;
  *) echo "usage: $0 3.40|3.44 path|build|run CMD..." >&2; exit 2 ;;
esac
VENV=/opt/scan-urba-venv

recipe_hash() {
  cat "$0" "$ROOT/requirements.txt" | sha256sum | cut -c1-12
}
TARGET="$CACHE/qgis-$TIER-$SUITE-$(recipe_hash)"

# The host's Debian mirror (deb822 or one-line sources) and apt proxy, reused as they are.
host_mirror() {
  local uri
  uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' \
        | grep -v -- '-security' | head -n1 || true)
  [ -n "$uri" ] || uri=$(grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        | awk '{print $2}' | grep -v -- '-security' | head -n1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}
host_security_mirror() {
  local uri
  uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' \
        | grep -- '-security' | head -n1 || true)
  echo "${uri:-http://deb.debian.org/debian-security}"
}
host_proxy() {  # Acquire::http::Proxy of the host's apt, if any
  apt-config dump 2>/dev/null | sed -n 's/^Acquire::http::Proxy "\(.*\)";$/\1/p' | head -n1
}

# Run a command inside the chroot at $1, with /proc, /dev, /sys and the given bind mounts
# (host:guest pairs, the guest path absolute) in a private mount namespace.
in_chroot() {
  local dir=$1 binds=$2; shift 2
  unshare --mount --propagation private --fork -- /bin/bash -euo pipefail -c '
    dir=$1 binds=$2; shift 2
    mount -t proc proc "$dir/proc"
    mount --rbind /dev "$dir/dev"
    mount --rbind /sys "$dir/sys"
    mount -t tmpfs tmpfs "$dir/tmp"
    for pair in $binds; do
      mkdir -p "$dir${pair#*:}"
      mount --bind "${pair%%:*}" "$dir${pair#*:}"
    done
    exec chroot "$dir" "$@"' _ "$dir" "$binds" "$@"
}

guest_env() {  # a clean environment: nothing of the host's Python, pip or Qt settings leaks in
  local proxy; proxy=$(host_proxy)
  echo env -i PATH="$VENV/bin:/usr/sbin:/usr/bin:/sbin:/bin" HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR=/tmp/runtime-root ${proxy:+http_proxy=$proxy https_proxy=$proxy}
}

build() {
  if [ -f "$TARGET/.complete" ]; then echo "QGIS $TIER chroot: cached ($TARGET)"; return; fi
  command -v debootstrap >/dev/null || {
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock-$TIER"
  flock 9  # one build of a tier at a time; a second caller waits, then finds the chroot complete
  if [ -f "$TARGET/.complete" ]; then echo "QGIS $TIER chroot: cached ($TARGET)"; return; fi
  local tmp="$TARGET.partial" mirror proxy start=$SECONDS
  # under the lock no build runs: any .partial was left by an interrupted one (its mounts died
  # with it); chroots of other recipes unused for a week go too
  find "$CACHE" -maxdepth 1 -name "qgis-$TIER-*.partial" -exec rm -rf --one-file-system {} +
  find "$CACHE" -maxdepth 2 -path "$CACHE/qgis-$TIER-*/.last-used" -mtime +7 -printf '%h\0' \
    | xargs -0 -r rm -rf --one-file-system
  mirror=$(host_mirror) proxy=$(host_proxy)
  echo "QGIS $TIER chroot: debootstrap $SUITE from $mirror${proxy:+ via $proxy} into $tmp"
  http_proxy=$proxy debootstrap --variant=minbase --include=ca-certificates \
    "$SUITE" "$tmp" "$mirror" >"$CACHE/debootstrap-$TIER.log" 2>&1 \
    || { tail -n 30 "$CACHE/debootstrap-$TIER.log"; exit 1; }
  if [ "$SUITE" = sid ]; then
    echo "deb $mirror sid main" >"$tmp/etc/apt/sources.list"
  else
    cat >"$tmp/etc/apt/sources.list" <<EOF
deb $mirror $SUITE main
deb $mirror $SUITE-updates main
deb $(host_security_mirror) $SUITE-security main
deb $mirror $SUITE-backports main
EOF
  fi
  # the host's apt settings that reach its mirror (proxy, validity checks of snapshots)
  apt-config dump 2>/dev/null | grep -E '^Acquire::(https?::Proxy|Check-Valid-Until|Check-Date) ' \
    >"$tmp/etc/apt/apt.conf.d/01host" || true
  echo 'APT::Install-Recommends "false";' >"$tmp/etc/apt/apt.conf.d/02norecommends"
  # the host's CA certificates (an egress proxy may re-sign TLS) for apt and pip inside
  cp /usr/local/share/ca-certificates/*.crt "$tmp/usr/local/share/ca-certificates/" 2>/dev/null || true
  # The venv takes requirements.txt but for its numpy line (the numpy that QGIS's own modules were
  # built against stays, by a constraint on the installed version, as a user's install must) and
  # the lines of the packages this tier takes from Debian.
  local skip="numpy" name
  for name in $FROM_DEBIAN; do skip="$skip|$name"; done
  grep -vE "^($skip)([<>=! ]|\$)" "$ROOT/requirements.txt" >"$tmp/tmp-requirements.txt"
  # shellcheck disable=SC2046
  in_chroot "$tmp" "" $(guest_env) /bin/bash -euo pipefail -c "
    update-ca-certificates >/dev/null
    apt-get update -q
    apt-get install -y -q -t $QGIS_FROM $QGIS_PACKAGES
    apt-get install -y -q $PACKAGES
    apt-get clean
    python3 -m venv --system-site-packages $VENV
    python3 -c 'import numpy; print(\"numpy==\" + numpy.__version__)' >/tmp-constraints.txt
    $VENV/bin/pip install -q -c /tmp-constraints.txt -r /tmp-requirements.txt
    rm /tmp-requirements.txt /tmp-constraints.txt" >"$CACHE/build-$TIER.log" 2>&1 \
    || { tail -n 40 "$CACHE/build-$TIER.log"; exit 1; }
  in_chroot "$tmp" "" $(guest_env) python3 -c \
    "from qgis.core import Qgis; print('QGIS', Qgis.QGIS_VERSION)" | tee "$tmp/.complete"
  touch "$tmp/.last-used"
  mv -T "$tmp" "$TARGET"
  echo "QGIS $TIER chroot: built in $((SECONDS - start)) s ($(du -sh "$TARGET" | cut -f1))"
}

run() {
  [ -f "$TARGET/.complete" ] || build
  touch "$TARGET/.last-used"
  # the repository at its own path (a worktree's .git points outside it: bound too), and
  # ../shared beside it, where the tests read the real datasets
  local binds="$ROOT:$ROOT" common shared
  common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
  case "$common" in ""|"$ROOT"/*) ;; *) binds="$binds $common:$common" ;; esac
  shared=$(cd "$ROOT/.." && pwd)/shared
  [ -d "$shared" ] && binds="$binds $(cd "$shared" && pwd -P):$shared"
  # shellcheck disable=SC2046
  in_chroot "$TARGET" "$binds" $(guest_env) /bin/bash -c 'cd "$0" && exec "$@"' "$ROOT" "$@"
}

case "${1:-}" in
  path) echo "$TARGET" ;;
  build) build ;;
  run) shift; run "$@" ;;
  *) echo "usage: $0 3.40|3.44 path|build|run CMD..." >&2; exit 2 ;;
esac
