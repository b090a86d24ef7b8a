#!/usr/bin/env bash
# A ConsensusLab cluster on this machine's loopback: Debian's PostgreSQL, three silos (server processes, each an
# Orleans silo and a web front door) that form one Orleans cluster through the membership table in that database,
# and nginx balancing between the silos. For trying out a cluster and for load runs; a real deployment uses the
# systemd units and the nginx site beside this script (see deploy/README.md).
#
#   deploy/local-cluster.sh start    start whatever is not running yet, then print the URLs
#   deploy/local-cluster.sh stop     stop the silos (gracefully, one by one), nginx and PostgreSQL (the database is kept)
#   deploy/local-cluster.sh status   say what runs and which silos the membership table holds active (exit status 3
#                                    when something is stopped or a running silo is not an active member)
#
# Environment, read by `start` when nothing runs (later commands use what `start` recorded):
#   CONSENSUSLAB_CLUSTER_DIR   state, logs and the published server            [deploy/.run]
#   CONSENSUSLAB_PGDATA        the PostgreSQL data directory                    [$CONSENSUSLAB_CLUSTER_DIR/postgres]
#   CONSENSUSLAB_PG_PORT       PostgreSQL's port                                [55432]
#   CONSENSUSLAB_SILO_PORTS    the silos' HTTP ports, separated by spaces       ["5181 5182 5183"]
#                              (CONSENSUSLAB_NODE_PORTS, the old name, is read when this one is not set); each silo
#                              talks to the others on its HTTP port + 10000 (Orleans__SiloPort: 15181, ...)
#   CONSENSUSLAB_LB_PORT       nginx's port                                     [5180]
#   Orleans__ClusterId         the cluster id in the membership table           [consensuslab]
#   CONSENSUSLAB_REBUILD=1     publish the server again even if src/ is unchanged
# Other ConsensusLab settings in the environment (RateLimits__*, Logging__MinimumLevel, Samples__Load,
# Orleans__Dashboard, Orleans__Membership__*, ...) reach the silos unchanged; Storage__*, Logging__File,
# Orleans__SiloPort, Orleans__AdvertisedAddress and the listening address are set here.
#
# HTTP and PostgreSQL listen on 127.0.0.1 only. The silo ports are advertised as 127.0.0.1, but the server binds
# them on every address of the machine: on a machine that is reachable from a network, keep 15181... closed there.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly REPO
readonly LOOPBACK=127.0.0.1
readonly DB_NAME=consensuslab
readonly DB_USER=consensuslab
# A silo's Orleans port (silo to silo) is its HTTP port plus this.
readonly SILO_PORT_OFFSET=10000

die() {
  echo "local-cluster: $*" >&2
  exit 1
}

say() {
  echo "local-cluster: $*"
}

# ---------------------------------------------------------------------------------------------------------------
# Settings: from the environment at the first start, then from the file that start writes, so that stop and status
# find what was started even when the environment has changed since.

RUN_DIR=${CONSENSUSLAB_CLUSTER_DIR:-$REPO/deploy/.run}
mkdir -p "$RUN_DIR"
RUN_DIR=$(cd "$RUN_DIR" && pwd)
readonly RUN_DIR
readonly SETTINGS=$RUN_DIR/cluster.env

if [[ -f $SETTINGS ]]; then
  # shellcheck source=/dev/null
  source "$SETTINGS"
else
  PG_DATA=${CONSENSUSLAB_PGDATA:-$RUN_DIR/postgres}
  PG_PORT=${CONSENSUSLAB_PG_PORT:-55432}
  SILO_PORTS=${CONSENSUSLAB_SILO_PORTS:-${CONSENSUSLAB_NODE_PORTS:-5181 5182 5183}}
  LB_PORT=${CONSENSUSLAB_LB_PORT:-5180}
  CLUSTER_ID=${Orleans__ClusterId:-consensuslab}
fi
# A settings file written before silos had their name holds NODE_PORTS and no cluster id.
SILO_PORTS=${SILO_PORTS:-${NODE_PORTS:-}}
CLUSTER_ID=${CLUSTER_ID:-consensuslab}
read -r -a SILOS <<<"$SILO_PORTS"
readonly LOGS=$RUN_DIR/logs
readonly PUBLISH=$RUN_DIR/publish
readonly PG_SOCKETS=$RUN_DIR/pg-sockets
readonly PG_PASSWORD_FILE=$RUN_DIR/pg-password
readonly NGINX_DIR=$RUN_DIR/nginx

save_settings() {
  printf 'PG_DATA=%q\nPG_PORT=%q\nSILO_PORTS=%q\nLB_PORT=%q\nCLUSTER_ID=%q\n' \
    "$PG_DATA" "$PG_PORT" "$SILO_PORTS" "$LB_PORT" "$CLUSTER_ID" >"$SETTINGS"
}

# The Orleans port (silo to silo) of the silo with this HTTP port.
silo_port() {
  echo $(($1 + SILO_PORT_OFFSET))
}

check_settings() {
  local port seen=" "
  [[ ${#SILOS[@]} -ge 1 ]] || die "CONSENSUSLAB_SILO_PORTS names no port"
  [[ -n $CLUSTER_ID ]] || die "Orleans__ClusterId is empty"
  for port in "$PG_PORT" "$LB_PORT" "${SILOS[@]}"; do
    [[ $port =~ ^[0-9]+$ && $port -ge 1024 && $port -le 65535 ]] || die "'$port' is not a port between 1024 and 65535"
  done
  for port in "${SILOS[@]}"; do
    [[ $port -le $((65535 - SILO_PORT_OFFSET)) ]] ||
      die "HTTP port $port is too high for a silo: its silo port, $port + $SILO_PORT_OFFSET, must stay below 65536"
  done
  for port in "$PG_PORT" "$LB_PORT" "${SILOS[@]}" $(for port in "${SILOS[@]}"; do silo_port "$port"; done); do
    [[ $seen != *" $port "* ]] ||
      die "port $port is used twice (each silo also takes its HTTP port + $SILO_PORT_OFFSET); change the ports"
    seen+="$port "
  done
}

# ---------------------------------------------------------------------------------------------------------------
# Processes

# True while the process lives (a zombie waiting for its parent to reap it counts as gone).
alive() {
  local pid=$1 state
  kill -0 "$pid" 2>/dev/null || return 1
  state=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ $state != Z ]]
}

# The PID in a PID file, if that process still lives and its command line contains the expected word (a PID file
# left behind by a crash may name a number that another process has since been given).
live_pid() {
  local file=$1 word=$2 pid
  [[ -s $file ]] || return 1
  pid=$(head -n1 "$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$word" || return 1
  echo "$pid"
}

# Waits up to $2 seconds for a process to end; false if it still runs.
wait_gone() {
  local pid=$1 seconds=$2 i
  for ((i = 0; i < seconds * 10; i++)); do
    alive "$pid" || return 0
    sleep 0.1
  done
  ! alive "$pid"
}

port_in_use() {
  [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
}

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL (Debian's versioned binaries; as root they run as the postgres user, which initdb requires)

pg_bin() {
  local found=() dir
  shopt -s nullglob
  found=(/usr/lib/postgresql/*/bin/initdb)
  shopt -u nullglob
  [[ ${#found[@]} -gt 0 ]] || return 1
  dir=$(printf '%s\n' "${found[@]}" | sort -V | tail -n1)
  dirname "$dir"
}

as_pg() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A directory for the server user: owned by postgres when we are root, private either way.
pg_owned_dir() {
  mkdir -p "$1"
  if [[ $(id -u) == 0 ]]; then
    chown postgres:postgres "$1"
  fi
  chmod 700 "$1"
}

pg_running() {
  [[ -f $PG_DATA/PG_VERSION ]] && as_pg "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

pg_psql() {
  as_pg "$PG_BIN/psql" -h "$PG_SOCKETS" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt
}

connection_string() {
  echo "Host=$LOOPBACK;Port=$PG_PORT;Username=$DB_USER;Password=$(cat "$PG_PASSWORD_FILE");Database=$DB_NAME"
}

start_postgres() {
  if [[ ! -f $PG_DATA/PG_VERSION ]]; then
    [[ ! -e $PG_DATA || -z $(ls -A "$PG_DATA") ]] || die "$PG_DATA is neither empty nor a PostgreSQL data directory"
    pg_owned_dir "$PG_DATA"
    as_pg test -w "$PG_DATA" ||
      die "the postgres user cannot write $PG_DATA (a parent directory is closed to it?); set CONSENSUSLAB_PGDATA"
    say "creating a PostgreSQL cluster in $PG_DATA"
    # Local (Unix socket) connections are trusted: the socket lives in a directory only the server's user can
    # open. TCP connections, the silos', need a password.
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" --username=postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C --no-instructions >"$LOGS/initdb.log"
    echo "include_if_exists = 'consensuslab.conf'" | as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null
  fi
  if pg_running; then
    say "PostgreSQL runs already on $LOOPBACK:$PG_PORT"
  else
    ! port_in_use "$PG_PORT" || die "port $PG_PORT is taken by another program; set CONSENSUSLAB_PG_PORT"
    pg_owned_dir "$PG_SOCKETS"
    # Rewritten at every start, so a changed port takes effect. Loopback only.
    as_pg tee "$PG_DATA/consensuslab.conf" >/dev/null <<EOF
listen_addresses = '$LOOPBACK'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKETS'
max_connections = 200
EOF
    touch "$LOGS/postgres.log"
    if [[ $(id -u) == 0 ]]; then
      chown postgres:postgres "$LOGS/postgres.log"
    fi
    as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$LOGS/postgres.log" -w -t 60 -s ||
      die "PostgreSQL did not start; see $LOGS/postgres.log"
    say "PostgreSQL started on $LOOPBACK:$PG_PORT"
  fi
  create_database
}

# The application's role and database; the silos create and migrate the schema themselves, Orleans' membership
# table included.
create_database() {
  if [[ ! -s $PG_PASSWORD_FILE ]]; then
    (umask 077 && od -An -tx1 -N18 /dev/urandom | tr -d ' \n' >"$PG_PASSWORD_FILE")
  fi
  # Through standard input, so that the password appears in no command line.
  pg_psql <<EOF
\set password '$(cat "$PG_PASSWORD_FILE")'
SELECT 'CREATE ROLE $DB_USER LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') \gexec
ALTER ROLE $DB_USER LOGIN PASSWORD :'password';
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME') \gexec
EOF
}

# A query in the application's database, as PostgreSQL's superuser over the socket; the cluster id is :'cluster'.
app_psql() {
  as_pg "$PG_BIN/psql" -h "$PG_SOCKETS" -p "$PG_PORT" -U postgres -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt -F $'\t' \
    -v cluster="$CLUSTER_ID"
}

# The cluster as the database sees it: the active silos in Orleans' membership table, one a line:
# address:port, generation, silo name, host name, start time, seconds since the silo last wrote I-am-alive.
# Nothing when the silos have not created the table yet; false when the database cannot be read.
active_members() {
  local exists
  exists=$(app_psql <<<"SELECT to_regclass('public.orleans_membership') IS NOT NULL" 2>/dev/null) || return 1
  [[ $exists == t ]] || return 0
  app_psql <<'EOF'
SELECT address || ':' || port, generation, silo_name, host_name, to_char(start_time, 'YYYY-MM-DD HH24:MI:SS TZ'),
       round(extract(epoch FROM now() - i_am_alive_at))::int
FROM orleans_membership
-- Orleans' SiloStatus: 0 None, 1 Created, 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead.
WHERE deployment_id = :'cluster' AND status = 3
ORDER BY port, generation
EOF
}

# The other rows of this cluster, counted by status ("6 dead, 1 joining"): earlier incarnations, or silos on their
# way in or out.
other_members() {
  app_psql <<'EOF' 2>/dev/null
SELECT coalesce(string_agg(n || ' ' || name, ', ' ORDER BY status), '')
FROM (SELECT status, count(*) AS n,
             CASE status WHEN 0 THEN 'none' WHEN 1 THEN 'created' WHEN 2 THEN 'joining' WHEN 3 THEN 'active'
                         WHEN 4 THEN 'shutting down' WHEN 5 THEN 'stopping' WHEN 6 THEN 'dead'
                         ELSE 'status ' || status END AS name
      FROM orleans_membership WHERE deployment_id = :'cluster' AND status <> 3 GROUP BY status) AS counted
EOF
}

stop_postgres() {
  if pg_running; then
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 -s
    say "PostgreSQL stopped"
  fi
}

# ---------------------------------------------------------------------------------------------------------------
# Silos: server processes, each an Orleans silo and a web front door

silo_pid_file() {
  echo "$RUN_DIR/silo-$1.pid"
}

silo_pid() {
  live_pid "$(silo_pid_file "$1")" ConsensusLab.Server.dll
}

# A server process started by this script before the server became an Orleans silo (it wrote node-<port>.pid).
old_node_pid() {
  live_pid "$RUN_DIR/node-$1.pid" ConsensusLab.Server.dll
}

healthy() {
  curl -fsS --max-time 2 -o /dev/null "http://$LOOPBACK:$1/health" 2>/dev/null
}

# Publishes the server once, and again when a source file is newer than the published one.
publish() {
  local dll=$PUBLISH/ConsensusLab.Server.dll changed port
  changed=$(find "$REPO/src" "$REPO"/Directory.*.props -newer "$dll" -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null || echo "$dll")
  if [[ -f $dll && -z $changed && ${CONSENSUSLAB_REBUILD:-0} != 1 ]]; then
    return
  fi
  for port in "${SILOS[@]}"; do
    if silo_pid "$port" >/dev/null; then
      say "note: the silos run an older build than src/; stop and start again to update them"
      return
    fi
  done
  command -v dotnet >/dev/null || die "dotnet (the .NET 10 SDK) is needed to publish the server"
  say "publishing the server (Release) to $PUBLISH"
  dotnet publish "$REPO/src/ConsensusLab.Server" -c Release -o "$PUBLISH" --nologo >"$LOGS/publish.log" 2>&1 ||
    die "dotnet publish failed; see $LOGS/publish.log"
  # Marks when it was published: an incremental build may have copied an older file.
  touch "$dll"
}

start_silo() {
  local port=$1 first=$2 orleans_port connection pid
  orleans_port=$(silo_port "$port")
  if pid=$(silo_pid "$port"); then
    say "silo $port runs already (pid $pid)"
    return
  fi
  ! port_in_use "$port" || die "port $port is taken by another program; set CONSENSUSLAB_SILO_PORTS"
  ! port_in_use "$orleans_port" ||
    die "port $orleans_port (silo $port's Orleans port) is taken by another program; set CONSENSUSLAB_SILO_PORTS"
  connection=$(connection_string)
  (
    # The content root: appsettings.json, wwwroot and the samples are found there.
    cd "$PUBLISH"
    export Storage__Provider=postgres Storage__ConnectionString="$connection" Logging__File="$LOGS/silo-$port-.log"
    # One cluster: every silo names the same cluster id and database, and finds the others in the membership table.
    # A fixed silo port (rather than a free one taken at start) lets status match table rows to processes.
    export Orleans__ClusterId="$CLUSTER_ID" Orleans__SiloPort="$orleans_port" Orleans__AdvertisedAddress="$LOOPBACK"
    # Join links and QR codes point at the load balancer, not at one silo.
    export PublicBaseUrl=${PublicBaseUrl:-http://$LOOPBACK:$LB_PORT}
    unset Storage__Path
    # Only the first silo loads the samples: each load gives them fresh access keys, which only that silo prints.
    if [[ $first != yes ]]; then
      export Samples__Load=false
    fi
    exec nohup dotnet "$PUBLISH/ConsensusLab.Server.dll" --urls "http://$LOOPBACK:$port" \
      >"$LOGS/silo-$port.out" 2>&1 </dev/null
  ) &
  echo $! >"$(silo_pid_file "$port")"
  say "silo $port starting (pid $!, silo port $orleans_port)"
}

wait_healthy() {
  local port=$1 pid i
  pid=$(head -n1 "$(silo_pid_file "$port")")
  for ((i = 0; i < 900; i++)); do
    if healthy "$port"; then
      return 0
    fi
    if ! alive "$pid"; then
      echo "local-cluster: silo $port exited; the end of $LOGS/silo-$port.out:" >&2
      tail -n 20 "$LOGS/silo-$port.out" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "local-cluster: silo $port is not healthy after 90 s; see $LOGS/silo-$port.out" >&2
  return 1
}

stop_silo() {
  local port=$1 pid
  if pid=$(silo_pid "$port") || pid=$(old_node_pid "$port"); then
    # SIGTERM, a graceful stop: the silo hands its grains over to the others and leaves the membership table at once
    # (the server allows itself 20 s), ASP.NET Core drains requests, and acknowledged answers are committed anyway.
    # Only a kill leaves the others to find out by probing, in a few seconds.
    kill -TERM "$pid"
    if ! wait_gone "$pid" 25; then
      say "silo $port did not stop within 25 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone "$pid" 10 || die "silo $port (pid $pid) does not end"
    fi
    say "silo $port stopped"
  fi
  rm -f "$(silo_pid_file "$port")" "$RUN_DIR/node-$port.pid"
}

# ---------------------------------------------------------------------------------------------------------------
# nginx

nginx_pid() {
  live_pid "$NGINX_DIR/nginx.pid" nginx
}

nginx_command() {
  nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$LOGS/nginx-error.log" "$@"
}

write_nginx_config() {
  local port upstreams="" user=""
  for port in "${SILOS[@]}"; do
    upstreams+="        server $LOOPBACK:$port max_fails=1 fail_timeout=2s;"$'\n'
  done
  mkdir -p "$NGINX_DIR/temp"
  if [[ $(id -u) == 0 ]]; then
    # The master runs as root; its workers drop to an unprivileged user, which must be able to write temp files.
    user="user www-data;"
    chown www-data "$NGINX_DIR/temp"
  fi
  cat >"$NGINX_DIR/nginx.conf" <<EOF
# Generated by deploy/local-cluster.sh; rewritten at every start.
$user
worker_processes auto;
worker_rlimit_nofile 65536;
pid $NGINX_DIR/nginx.pid;
error_log $LOGS/nginx-error.log warn;

events {
    worker_connections 16384;
}

http {
    # Without the query string, which carries moderator and view keys (?key=).
    log_format keyless '\$remote_addr [\$time_local] "\$request_method \$uri \$server_protocol" \$status '
                       '\$body_bytes_sent \$request_time \$upstream_addr';
    access_log $LOGS/nginx-access.log keyless buffer=256k flush=2s;
    client_body_temp_path $NGINX_DIR/temp/client;
    proxy_temp_path $NGINX_DIR/temp/proxy;
    fastcgi_temp_path $NGINX_DIR/temp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/temp/uwsgi;
    scgi_temp_path $NGINX_DIR/temp/scgi;

    # Any silo takes any request (Orleans routes each grain call to the grain's one activation): no stickiness.
    upstream consensuslab {
$upstreams        keepalive 64;
    }

    server {
        listen $LOOPBACK:$LB_PORT;
        server_name localhost;
        client_max_body_size 1m;

        # HTTP/1.1 with the Connection header cleared keeps the connections to the silos open.
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto \$scheme;
        # A silo that is stopping or has died: the next silo, for what is safe to repeat (not a POST that reached it).
        # Not on 503, which a live silo answers while a grain moves (the client retries after Retry-After).
        proxy_next_upstream error timeout http_502;
        proxy_connect_timeout 2s;

        location / {
            proxy_pass http://consensuslab;
        }

        # The Orleans dashboard (Orleans__Dashboard=true) is for this machine only: not through the load balancer.
        location ~* ^/dashboard {
            return 404;
        }

        # Prometheus scrapes each silo's /metrics directly, never through the load balancer.
        location ~* ^/metrics {
            return 404;
        }

        # Server-sent events: passed on as they come, and quiet for up to 15 s between keep-alive comments.
        location ~ ^/api/sessions/[^/]+/live\$ {
            proxy_pass http://consensuslab;
            proxy_buffering off;
            proxy_cache off;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
        }
    }
}
EOF
}

start_nginx() {
  local pid
  command -v nginx >/dev/null || die "nginx is missing; install it with: apt-get install -y nginx"
  write_nginx_config
  nginx_command -t -q || die "the generated nginx configuration is invalid: $NGINX_DIR/nginx.conf"
  if pid=$(nginx_pid); then
    nginx_command -s reload
    say "nginx runs already (pid $pid); configuration reloaded"
    return
  fi
  ! port_in_use "$LB_PORT" || die "port $LB_PORT is taken by another program; set CONSENSUSLAB_LB_PORT"
  nginx_command
  say "nginx started on $LOOPBACK:$LB_PORT"
}

stop_nginx() {
  local pid
  if pid=$(nginx_pid); then
    # A fast stop: a graceful one would wait for every open live (SSE) connection to end.
    nginx_command -s stop 2>/dev/null || kill -TERM "$pid"
    wait_gone "$pid" 10 || kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 5 || die "nginx (pid $pid) does not end"
    say "nginx stopped"
  fi
  rm -f "$NGINX_DIR/nginx.pid"
}

# ---------------------------------------------------------------------------------------------------------------
# Commands

need_tools() {
  PG_BIN=$(pg_bin) || die "PostgreSQL is missing; install it with: apt-get install -y postgresql"
  command -v curl >/dev/null || die "curl is missing; install it with: apt-get install -y curl"
  command -v ss >/dev/null || die "ss is missing; install it with: apt-get install -y iproute2"
}

start() {
  local port first=yes failed=0
  need_tools
  command -v nginx >/dev/null || die "nginx is missing; install it with: apt-get install -y nginx"
  check_settings
  for port in "${SILOS[@]}"; do
    ! old_node_pid "$port" >/dev/null ||
      die "node $port, started before the server became an Orleans silo, still runs: 'deploy/local-cluster.sh stop' first"
  done
  mkdir -p "$LOGS"
  save_settings
  start_postgres
  publish
  for port in "${SILOS[@]}"; do
    start_silo "$port" "$first"
    first=no
  done
  for port in "${SILOS[@]}"; do
    wait_healthy "$port" || failed=1
  done
  [[ $failed == 0 ]] || die "a silo did not start; 'deploy/local-cluster.sh stop' stops the rest"
  start_nginx
  echo
  echo "load balancer  http://$LOOPBACK:$LB_PORT"
  for port in "${SILOS[@]}"; do
    echo "silo           http://$LOOPBACK:$port  silo port $(silo_port "$port")"
  done
  echo "cluster        id $CLUSTER_ID; 'deploy/local-cluster.sh status' shows its members"
  echo "PostgreSQL     $LOOPBACK:$PG_PORT, database $DB_NAME, user $DB_USER, password in $PG_PASSWORD_FILE"
  echo "logs           $LOGS (silo-<port>.out: console with the sample keys; silo-<port>-<date>.log; postgres.log; nginx-*.log)"
}

stop() {
  local i
  need_tools
  # The silos first, one at a time and the last started first: each leaves the cluster gracefully while the others
  # (and nginx, which sends its requests to them) still run; PostgreSQL holds the membership table, so it goes last.
  for ((i = ${#SILOS[@]} - 1; i >= 0; i--)); do
    stop_silo "${SILOS[i]}"
  done
  stop_nginx
  stop_postgres
  rm -f "$SETTINGS"
  say "stopped; the database stays in $PG_DATA"
}

status() {
  local port pid health membership members="" others="" readable=no address generation name host started age note
  local all=0
  need_tools
  if pg_running; then
    echo "PostgreSQL     running  $LOOPBACK:$PG_PORT  data $PG_DATA"
    if members=$(active_members); then
      readable=yes
      others=$(other_members) || others=""
    fi
  else
    echo "PostgreSQL     stopped"
    all=3
  fi
  for port in "${SILOS[@]}"; do
    if pid=$(silo_pid "$port") || pid=$(old_node_pid "$port"); then
      health=healthy
      if ! healthy "$port"; then
        health="NOT HEALTHY"
        all=3
      fi
      membership="unknown in the cluster"
      if [[ $readable == yes ]]; then
        if grep -q "^$LOOPBACK:$(silo_port "$port")"$'\t' <<<"$members"; then
          membership="active in the cluster"
        else
          membership="NOT ACTIVE in the cluster"
          all=3
        fi
      fi
      printf '%-14s running  http://%s:%s  %s  silo port %s, %s  pid %s\n' "silo $port" "$LOOPBACK" "$port" "$health" \
        "$(silo_port "$port")" "$membership" "$pid"
    else
      printf '%-14s stopped\n' "silo $port"
      all=3
    fi
  done
  if pid=$(nginx_pid); then
    echo "nginx          running  http://$LOOPBACK:$LB_PORT  pid $pid"
  else
    echo "nginx          stopped"
    all=3
  fi
  # The membership as the database sees it: what the silos themselves go by.
  if [[ $readable == yes ]]; then
    echo "cluster        $CLUSTER_ID: $(grep -c . <<<"$members" || true) active silo(s) in orleans_membership${others:+ (other rows: $others)}"
    while IFS=$'\t' read -r address generation name host started age; do
      [[ -n $address ]] || continue
      note=""
      if [[ $address != "$LOOPBACK":* ]] || ! printf '%s\n' "${SILOS[@]}" | grep -qx "$((${address##*:} - SILO_PORT_OFFSET))"; then
        note="  (not a silo of this script)"
      fi
      echo "               $address  generation $generation  $name on $host  since $started  alive ${age} s ago$note"
    done <<<"$members"
  elif pg_running; then
    echo "cluster        membership unreadable (database $DB_NAME missing?)"
  else
    echo "cluster        unknown: PostgreSQL, which holds the membership table, is stopped"
  fi
  echo "logs           $LOGS"
  return "$all"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
