#!/usr/bin/env bash
# Start (or stop) a throwaway PostgreSQL server on loopback for the test suites.
#   scripts/pg.sh start  -> prints the SQLAlchemy URL on stdout
#   scripts/pg.sh stop
set -euo pipefail
DIR="${FORBERED_PG_DIR:-/tmp/forbered-pg}"
PORT="${FORBERED_PG_PORT:-55439}"
USER_NAME="${FORBERED_PG_OSUSER:-forberedpg}"

bin_dir() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  command -v initdb >/dev/null && dirname "$(command -v initdb)" && return
  return 1
}

as_user() {
  if [ "$(id -u)" = 0 ]; then su "$USER_NAME" -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    if ! BIN="$(bin_dir)"; then
      [ "$(id -u)" = 0 ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      BIN="$(bin_dir)"
    fi
    if [ "$(id -u)" = 0 ] && ! id "$USER_NAME" >/dev/null 2>&1; then useradd -m "$USER_NAME"; fi
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"; [ "$(id -u)" = 0 ] && chown "$USER_NAME" "$DIR"
      as_user "$BIN/initdb -D $DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    if ! as_user "$BIN/pg_ctl -D $DIR status" >/dev/null 2>&1; then
      as_user "$BIN/pg_ctl -D $DIR -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DIR/server.log -w start" >/dev/null
    fi
    echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    BIN="$(bin_dir)" && as_user "$BIN/pg_ctl -D $DIR -m fast stop" >/dev/null 2>&1 || true
    ;;
esac
