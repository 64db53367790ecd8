#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder,
# listening on 127.0.0.1 only, on a free port, owned by an unprivileged user.
#
#   eval "$(tools/pg_test_cluster.sh start)"   # sets DEALERDESK_TEST_PG and DEALERDESK_TEST_PG_DIR
#   tools/pg_test_cluster.sh stop              # stops it and removes the folder
#
# Uses the server programs of Debian's postgresql package (/usr/lib/postgresql/*/bin) or
# whatever pg_ctl is on PATH.
set -euo pipefail

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$found" && -x "$found/pg_ctl" ]]; then
    echo "$found"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  else
    echo "pg_test_cluster: no PostgreSQL server programs (install Debian's postgresql package)" >&2
    exit 1
  fi
}

# Runs a command as the cluster's owner: root may not run a PostgreSQL server.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin dir port password
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/dealerdesk-pg.XXXXXX")
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown nobody:nogroup "$dir"
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  printf '%s\n' "$password" > "$dir/pw"
  [[ $(id -u) -eq 0 ]] && chown nobody:nogroup "$dir/pw"
  as_owner "$bin/initdb" -D "$dir/data" -U dealerdesk --pwfile="$dir/pw" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pw"
  port=$(free_port)
  # Durability is of no use to a cluster that is thrown away: fsync off makes the
  # thousands of small transactions of the tests quick.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h "$dir" -p "$port" -U dealerdesk dealerdesk_test
  echo "export DEALERDESK_TEST_PG=postgresql://dealerdesk:$password@127.0.0.1:$port/dealerdesk_test"
  echo "export DEALERDESK_TEST_PG_DIR=$dir"
}

stop() {
  local dir="${1:-${DEALERDESK_TEST_PG_DIR:-}}"
  if [[ -z "$dir" || ! -d "$dir/data" ]]; then
    echo "pg_test_cluster: no cluster to stop (DEALERDESK_TEST_PG_DIR is unset)" >&2
    return 0
  fi
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|stop [FOLDER]" >&2; exit 2 ;;
esac
