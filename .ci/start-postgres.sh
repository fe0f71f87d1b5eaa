#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1:${AC_PG_PORT:-55432} for the tests and
# prints the URL to use as AGENT_CONSOLE_TEST_PG. Works as root (runs the server as the
# 'postgres' user) or as an ordinary user.
set -euo pipefail
port=${AC_PG_PORT:-55432}
dir=${AC_PG_DIR:-/tmp/agent-console-pg}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bindir" ] || bindir=$(dirname "$(command -v initdb)")
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if ! as_pg "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_pg "$bindir/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres agent_console_test
fi
echo "postgresql+psycopg://postgres@127.0.0.1:${port}/agent_console_test"
