#!/usr/bin/env bash
# A throwaway PostgreSQL server for Marsad's tests.
#   scripts/pg-server.sh start   -> prints the URL of an empty database
#   scripts/pg-server.sh stop
# Uses the server binaries on the machine (Debian's postgresql package; installed
# with apt-get when missing and running as root). Data lives in $MARSAD_PG_DIR.
set -euo pipefail
DIR=${MARSAD_PG_DIR:-/tmp/marsad-pg}
PORT=${MARSAD_PG_PORT:-55432}
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
BIN=$(find_bin)
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
case "${1:-}" in
  start)
    if [ -z "$BIN" ]; then
      if [ "$(id -u)" = 0 ]; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null
        BIN=$(find_bin)
      fi
      [ -n "$BIN" ] || { echo "no PostgreSQL server binaries" >&2; exit 1; }
    fi
    as_pg "$BIN/pg_ctl -D $DIR/data -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_pg "$BIN/initdb -D $DIR/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
    as_pg "$BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' -l $DIR/log -w start" >/dev/null
    as_pg "$BIN/createdb -h 127.0.0.1 -p $PORT -U postgres marsad_test"
    echo "postgresql://postgres@127.0.0.1:$PORT/marsad_test"
    ;;
  stop)
    [ -n "$BIN" ] && as_pg "$BIN/pg_ctl -D $DIR/data -m fast stop" >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
