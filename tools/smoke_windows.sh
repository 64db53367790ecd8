#!/usr/bin/env bash
# Run the Windows bundle built by tools/build_windows.sh under Wine on a virtual screen:
#   0. when the installer was made: install it silently (/S) for the current user and check
#      the program, its Start-menu entry and its uninstaller are there; the smoke tests
#      below then run the installed copy;
#   1. `DealerDesk.exe --smoke-test --lang zh_CN` on the default data folder (%APPDATA%);
#   2. `DealerDesk.exe --smoke-test --lang en --db "C:\users\...\客户 资料\车行.db"`, a path
#      with Chinese characters and spaces;
#   3. with --shots: the demo's main window in zh_CN and in English, saved as
#      build/windows/shots/main-<lang>.png;
#   4. when installed: uninstall silently and check that the program is gone and the data
#      folder with its databases is still there.
# Each smoke test prints its lines (they are also in %APPDATA%\DealerDesk\logs); the script
# exits non-zero when one did not pass.
#
# Only here, never in the bundle: the stand-in DLLs in the prefix's system32, loaded with
# WINEDLLOVERRIDES=mscms=n,b.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

CACHE=${DEALERDESK_WINDOWS_CACHE:-$HOME/.cache/dealerdesk-windows}
export WINEPREFIX=$CACHE/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;mscms=n,b"
EXE=$ROOT/dist/windows/DealerDesk/DealerDesk.exe
SETUP=$(ls "$ROOT"/dist/windows/DealerDesk-*-setup.exe 2>/dev/null | tail -1 || true)
SHOTS=$ROOT/build/windows/shots
SIZE=${SMOKE_SCREEN:-1366x768}

die() { printf 'smoke_windows: %s\n' "$*" >&2; exit 1; }
[[ -f $EXE ]] || die "$EXE is missing: run tools/build_windows.sh first"
[[ -d $WINEPREFIX/drive_c ]] || die "no Wine prefix in $WINEPREFIX: run tools/build_windows.sh first"
command -v xvfb-run >/dev/null || die "xvfb-run is missing (apt-get install xvfb xauth)"

user=$(ls "$WINEPREFIX/drive_c/users" | grep -v -x -i public | head -1)
appdata=$WINEPREFIX/drive_c/users/$user/AppData/Roaming/DealerDesk
odd_folder="$WINEPREFIX/drive_c/users/$user/客户 资料"
odd_db="C:\\users\\$user\\客户 资料\\车行.db"
# Every run starts from no data, as on a new PC.
rm -rf "$appdata" "$odd_folder"
mkdir -p "$odd_folder"

# One smoke test; its lines come from the log file, since a windowed program started by
# Wine from a shell has no console to print to.
smoke() {
  local rc=0
  rm -f "$appdata/logs/smoke-test.txt"
  xvfb-run -a -s "-screen 0 ${SIZE}x24" wine "$EXE" --smoke-test "$@" </dev/null 2>&1 \
    | cat > "$ROOT/build/windows/smoke-wine.log" || rc=$?
  wineserver -w
  if [[ ! -s $appdata/logs/smoke-test.txt ]]; then
    tail -20 "$ROOT/build/windows/smoke-wine.log" >&2
    die "the smoke test wrote no log (exit $rc)"
  fi
  cat "$appdata/logs/smoke-test.txt"
  tail -1 "$appdata/logs/smoke-test.txt" | grep -q '^smoke test: passed' || return 1
  [[ $rc == 0 ]] || { echo "the program exited with $rc" >&2; return 1; }
}

mkdir -p "$ROOT/build/windows"
failed=0
installed=$WINEPREFIX/drive_c/users/$user/AppData/Local/Programs/DealerDesk
start_menu=$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs/DealerDesk
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\DealerDesk'
if [[ -n $SETUP ]]; then
  echo "== installing $(basename "$SETUP") silently"
  rm -rf "$installed"
  wine "$SETUP" /S </dev/null 2>&1 | cat
  wineserver -w
  [[ -f $installed/DealerDesk.exe && -f $installed/uninstall.exe ]] || die "the installer put no program in $installed"
  ls "$start_menu"/*.lnk >/dev/null 2>&1 || die "the installer made no Start-menu entry"
  wine reg query "$uninstall_key" </dev/null 2>/dev/null | grep -q UninstallString \
    || die "the installer registered no uninstaller"
  echo "installed: $installed, Start menu: $(cd "$start_menu" && ls *.lnk)"
  EXE=$installed/DealerDesk.exe
fi
echo "== smoke test of the Windows bundle, zh_CN, data folder %APPDATA%\\DealerDesk"
smoke --lang zh_CN || failed=1
[[ -f $appdata/dealerdesk.db ]] || { echo "no database in %APPDATA%\\DealerDesk" >&2; failed=1; }
echo "== smoke test of the Windows bundle, en, database $odd_db"
smoke --lang en --db "$odd_db" || failed=1
[[ -f $odd_folder/车行.db ]] || { echo "no database at $odd_db" >&2; failed=1; }

if [[ ${1:-} == --shots ]]; then
  mkdir -p "$SHOTS"
  for lang in zh_CN en; do
    echo "== the main window of the demo, $lang: $SHOTS/main-$lang.png"
    xvfb-run -a -s "-screen 0 ${SIZE}x24" bash -c '
      wine "$1" --demo --lang "$2" </dev/null >/dev/null 2>&1 &
      # The demo is made on first start; the window shows when it is ready.
      for _ in $(seq 1 180); do
        xdotool search --name "DealerDesk|车商客户管家" >/dev/null 2>&1 && break
        sleep 1
      done
      sleep 20  # past the morning notice, which Wine draws over the window
      python3 -c "import sys; from PIL import ImageGrab; ImageGrab.grab(xdisplay=None).save(sys.argv[1])" "$3"
      wineserver -k
      wineserver -w
    ' _ "$EXE" "$lang" "$SHOTS/main-$lang.png" || failed=1
    # The program was ended without closing; its lock would stop the next start.
    rm -f "$appdata/demo.db.lock"
  done
fi
if [[ -n $SETUP ]]; then
  echo "== uninstalling silently"
  wine "$installed/uninstall.exe" /S </dev/null 2>&1 | cat
  wineserver -w
  sleep 2  # the uninstaller runs from a copy of itself in %TEMP%
  wineserver -w
  [[ ! -e $installed/DealerDesk.exe ]] || { echo "the uninstaller left the program" >&2; failed=1; }
  ! ls "$start_menu"/*.lnk >/dev/null 2>&1 || { echo "the uninstaller left the Start-menu entry" >&2; failed=1; }
  if [[ -f $appdata/dealerdesk.db && -d $appdata/backups ]]; then
    echo "uninstalled; the data folder is kept: $(cd "$appdata" && ls | tr '\n' ' ')"
  else
    echo "the uninstaller removed the data folder" >&2; failed=1
  fi
fi
exit $failed
