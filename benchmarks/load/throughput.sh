#!/usr/bin/env bash
# Issue 15 in one command: builds the server and the empty-POST ceiling (Release), then runs benchmarks/load/answers.py,
# which starts each in turn on a free port (the server on a fresh SQLite file, join and rate limits lifted, 2,000
# distinct participants), drives wrk at 64 and 256 connections with unique request ids, prints acknowledged answers/s,
# the ratio to the ceiling, the server's CPU µs per answer and the WAL size at the end, and stops everything it started.
#   benchmarks/load/throughput.sh [--with-postgres] [answers.py options, e.g. --rounds 3 --seconds 20]
# --with-postgres runs the server twice per round and connection count, as "sqlite" and as "postgres" (one silo on a
# fresh PostgreSQL database each time), and prints postgres / sqlite. The PostgreSQL is the one --postgres or
# LOAD_POSTGRES names (an admin connection string that may create databases) when given; otherwise a throwaway
# cluster of Debian's PostgreSQL in a temporary directory, on a free loopback port, with its durable defaults
# (fsync, synchronous_commit), stopped and removed at the end whatever happens.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

with_postgres=false
postgres_given=${LOAD_POSTGRES:+true}
options=()
for argument in "$@"; do
  case $argument in
    --with-postgres) with_postgres=true ;;
    --postgres | --postgres=*) postgres_given=true; options+=("$argument") ;;
    *) options+=("$argument") ;;
  esac
done

dotnet build -c Release "$root/src/ConsensusLab.Server" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/benchmarks/ConsensusLab.EmptyPost" -v quiet -nologo >/dev/null
server="$root/src/ConsensusLab.Server/bin/Release/net10.0/ConsensusLab.Server.dll"
answers=(python3 "$root/benchmarks/load/answers.py"
  --ceiling "$root/benchmarks/ConsensusLab.EmptyPost/bin/Release/net10.0/ConsensusLab.EmptyPost.dll" --rounds 1)
if ! $with_postgres; then
  exec "${answers[@]}" --server "server=$server" "${options[@]}"
fi
answers+=(--server "sqlite=$server" --server "postgres=$server Storage__Provider=postgres")
if [[ -n $postgres_given ]]; then
  exec "${answers[@]}" "${options[@]}"
fi

# A throwaway PostgreSQL, Debian's, installed as test.sh does when missing. Its tools refuse to run as root: as root
# (CI) they run as the postgres user, otherwise as the caller.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [[ $(id -u) != 0 ]]; then
    echo "--with-postgres needs PostgreSQL: sudo apt-get install -y postgresql, or --postgres ADMIN-CONNECTION-STRING" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
as_pg=()
if [[ $(id -u) == 0 ]]; then as_pg=(runuser -u postgres --); fi
cluster=$(mktemp -d /tmp/consensuslab-pg-XXXXXX)
stop_cluster() {
  if [[ -f $cluster/data/postmaster.pid ]]; then
    "${as_pg[@]}" "$bin/pg_ctl" stop -D "$cluster/data" -m fast -w -t 60 -s || true
  fi
  rm -rf "$cluster"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM
password=$(od -An -tx1 -N18 /dev/urandom | tr -d ' \n')
(umask 077 && echo "$password" >"$cluster/password")
if [[ ${#as_pg[@]} -gt 0 ]]; then chown -R postgres:postgres "$cluster"; fi
"${as_pg[@]}" "$bin/initdb" -D "$cluster/data" --username=postgres --pwfile="$cluster/password" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C --no-instructions >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Loopback only; a socket directory of its own; room for the silo's pools. fsync and synchronous_commit stay on.
"${as_pg[@]}" "$bin/pg_ctl" start -D "$cluster/data" -l "$cluster/postgres.log" -w -t 60 -s \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$cluster -c max_connections=200" ||
  { cat "$cluster/postgres.log" >&2; exit 1; }
LOAD_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password" "${answers[@]}" "${options[@]}"
