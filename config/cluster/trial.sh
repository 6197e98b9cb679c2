#!/usr/bin/env bash
# A trial cluster on one machine (README, "Running more than one node"): PostgreSQL, two Payara Micro nodes that
# form one data grid, and HAProxy in front of them.
#
#   config/cluster/trial.sh [start]   start everything, wait until both nodes are ready, print the address
#   config/cluster/trial.sh status    what runs
#   config/cluster/trial.sh stop      stop everything this script started (and nothing else)
#
# The database: the one SECONDOPINION_DB_URL, SECONDOPINION_DB_USER and SECONDOPINION_DB_PASSWORD name, or, when
# SECONDOPINION_DB_URL is unset, a throwaway PostgreSQL (Debian's postgresql package, installed if missing) in the
# trial folder on a free port, with the demo logins (SECONDOPINION_DEMO_SEED=true unless set).
# Settings (environment):
#   SECONDOPINION_TRIAL_DIR        the trial folder (default: cluster-trial in the checkout): nodes' folders,
#                                  the shared file store (files/), logs, process ids, the throwaway database
#   SECONDOPINION_TRIAL_PORT       HAProxy's port (default 8080); the nodes take the next two (8081, 8082)
#   SECONDOPINION_TRIAL_GRID_PORT  the first node's data grid port (default 6900; the second takes the next)
#   SECONDOPINION_TRIAL_STATS_PORT HAProxy's status page (default 8404)
#   SECONDOPINION_TRIAL_TIMEOUT    seconds to wait for each node to be ready (default 300)
# The application must be built first: ./mvnw -B -ntp -pl web -am package -DskipTests
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
trial="$(realpath -m "${SECONDOPINION_TRIAL_DIR:-$repo/cluster-trial}")"
lb_port="${SECONDOPINION_TRIAL_PORT:-8080}"
grid_port="${SECONDOPINION_TRIAL_GRID_PORT:-6900}"
stats_port="${SECONDOPINION_TRIAL_STATS_PORT:-8404}"
timeout="${SECONDOPINION_TRIAL_TIMEOUT:-300}"
node_ports=("$((lb_port + 1))" "$((lb_port + 2))")
grid_ports=("$grid_port" "$((grid_port + 1))")
pg_bin=/usr/lib/postgresql/15/bin

die() {
    echo "trial.sh: $*" >&2
    exit 1
}

say() {
    echo "trial.sh: $*"
}

# whether something accepts connections on 127.0.0.1:$1
listening() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# the process id in file $1 when that process still runs and its command line contains $2
running_pid() {
    local file="$1" marker="$2" pid
    [ -f "$file" ] || return 1
    pid="$(cat "$file")"
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$marker" || return 1
    echo "$pid"
}

# runs a command as the postgres user when this script runs as root (initdb and postgres refuse root)
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

http_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" || true
}

# --- stop ---------------------------------------------------------------------------------------------------------
stop_pid() {
    local what="$1" file="$2" marker="$3" pid waited=0
    if pid="$(running_pid "$file" "$marker")"; then
        say "stopping $what (process $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        while [ -d "/proc/$pid" ] && [ "$waited" -lt 60 ]; do
            sleep 0.5
            waited=$((waited + 1))
        done
        if [ -d "/proc/$pid" ]; then
            say "$what did not stop within 30 s: kill -9 $pid"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$file"
}

stop_all() {
    [ -d "$trial" ] || { say "nothing to stop: no $trial"; return 0; }
    stop_pid "HAProxy" "$trial/haproxy.pid" "$here/haproxy.cfg"
    stop_pid "node 2" "$trial/node2.pid" "$trial/nodes/node2"
    stop_pid "node 1" "$trial/node1.pid" "$trial/nodes/node1"
    if [ -f "$trial/postgres/data/postmaster.pid" ]; then
        say "stopping PostgreSQL"
        as_pg "$pg_bin/pg_ctl" -D "$trial/postgres/data" -m fast -w stop >/dev/null || true
    fi
    say "stopped; the trial's data stays in $trial (delete it to start afresh)"
}

status() {
    local pid
    for what in node1 node2; do
        if pid="$(running_pid "$trial/$what.pid" "$trial/nodes/$what")"; then
            echo "$what: process $pid"
        else
            echo "$what: not running"
        fi
    done
    if pid="$(running_pid "$trial/haproxy.pid" "$here/haproxy.cfg")"; then
        echo "haproxy: process $pid, http://localhost:$lb_port/ (status: http://127.0.0.1:$stats_port/)"
    else
        echo "haproxy: not running"
    fi
    if [ -f "$trial/postgres/data/postmaster.pid" ]; then
        echo "postgresql: process $(head -n 1 "$trial/postgres/data/postmaster.pid"), port $(cat "$trial/postgres/port")"
    fi
}

# --- start --------------------------------------------------------------------------------------------------------
install_missing() {
    local packages=("$@")
    [ "${#packages[@]}" -gt 0 ] || return 0
    [ "$(id -u)" -eq 0 ] || die "missing: ${packages[*]}; install them (apt-get install -y ${packages[*]})"
    say "installing ${packages[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${packages[@]}" >/dev/null
}

start_postgres() {
    local pg="$trial/postgres" port password
    mkdir -p "$pg"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$pg"
        as_pg test -x "$pg" || die "the postgres user cannot reach $pg: set SECONDOPINION_TRIAL_DIR to a folder it can"
    fi
    if [ ! -f "$pg/data/PG_VERSION" ]; then
        password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
        (umask 077 && echo "$password" > "$pg/password")
        [ "$(id -u)" -eq 0 ] && chown postgres: "$pg/password"
        say "creating a throwaway PostgreSQL in $pg/data"
        as_pg "$pg_bin/initdb" -D "$pg/data" -U secondopinion --pwfile="$pg/password" --auth=scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >"$pg/initdb.log" 2>&1 || { cat "$pg/initdb.log" >&2; die "initdb failed"; }
        port=55432
        while listening "$port"; do port=$((port + 1)); done
        echo "$port" > "$pg/port"
        {
            echo "port = $port"
            echo "listen_addresses = '127.0.0.1'"
            echo "unix_socket_directories = '$pg'"
            echo "max_connections = 200"
        } >> "$pg/data/postgresql.conf"
    fi
    port="$(cat "$pg/port")"
    if ! as_pg "$pg_bin/pg_ctl" -D "$pg/data" status >/dev/null 2>&1; then
        listening "$port" && die "port $port (the trial's PostgreSQL) is taken by another program"
        as_pg "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/postgresql.log" -w -t 60 start >/dev/null \
            || { tail -n 20 "$pg/postgresql.log" >&2; die "PostgreSQL did not start"; }
    fi
    export SECONDOPINION_DB_URL="jdbc:postgresql://127.0.0.1:$port/secondopinion"
    export SECONDOPINION_DB_USER=secondopinion
    SECONDOPINION_DB_PASSWORD="$(cat "$pg/password")"
    export SECONDOPINION_DB_PASSWORD
    if ! PGPASSWORD="$SECONDOPINION_DB_PASSWORD" "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U secondopinion \
        -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'secondopinion'" | grep -q 1; then
        PGPASSWORD="$SECONDOPINION_DB_PASSWORD" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U secondopinion secondopinion
    fi
    say "PostgreSQL 15 on 127.0.0.1:$port (database secondopinion, user secondopinion, password in $pg/password)"
    export SECONDOPINION_DEMO_SEED="${SECONDOPINION_DEMO_SEED:-true}"
}

start_node() {
    local n="$1" http="${node_ports[$(($1 - 1))]}" grid="${grid_ports[$(($1 - 1))]}" started pid elapsed status
    if running_pid "$trial/node$n.pid" "$trial/nodes/node$n" >/dev/null; then
        say "node $n runs already"
        return 0
    fi
    listening "$http" && die "port $http (node $n) is taken by another program; choose SECONDOPINION_TRIAL_PORT"
    listening "$grid" && die "port $grid (node $n's data grid) is taken; choose another first port, e.g. SECONDOPINION_TRIAL_GRID_PORT=16900"
    started="$(date +%s%N)"
    rm -f "$trial/node$n.pid"
    # setsid: its own session, so that the node outlives this script and the terminal; node.sh writes its process
    # id (which the Java process it execs keeps) to the pid file, and so is the process started here
    SECONDOPINION_NODE_PIDFILE="$trial/node$n.pid" setsid "$here/node.sh" "$n" "$http" "$grid" \
        >"$trial/node$n.log" 2>&1 < /dev/null &
    pid=$!
    say "node $n starting on port $http (data grid $grid), log $trial/node$n.log"
    while :; do
        sleep 1
        status="$(http_status "http://127.0.0.1:$http/health/ready")"
        elapsed=$((($(date +%s%N) - started) / 1000000))
        [ "$status" = 200 ] && break
        if [ ! -d "/proc/$pid" ]; then
            tail -n 30 "$trial/node$n.log" >&2
            die "node $n stopped while starting (log: $trial/node$n.log)"
        fi
        if [ "$elapsed" -ge $((timeout * 1000)) ]; then
            die "node $n was not ready within $timeout s (log: $trial/node$n.log); stop with: $0 stop"
        fi
    done
    say "node $n ready $((elapsed / 1000)).$(((elapsed % 1000) / 100)) s after its start"
}

start_haproxy() {
    local waited=0 states
    if running_pid "$trial/haproxy.pid" "$here/haproxy.cfg" >/dev/null; then
        say "HAProxy runs already"
    else
        listening "$lb_port" && die "port $lb_port (HAProxy) is taken by another program; choose SECONDOPINION_TRIAL_PORT"
        export SECONDOPINION_LB_BIND="*:$lb_port"
        export SECONDOPINION_LB_STATS="127.0.0.1:$stats_port"
        export SECONDOPINION_NODE1="127.0.0.1:${node_ports[0]}"
        export SECONDOPINION_NODE2="127.0.0.1:${node_ports[1]}"
        haproxy -c -q -f "$here/haproxy.cfg" || die "HAProxy refused $here/haproxy.cfg"
        # in the foreground of its own session (-db: not as a daemon, not the system's service), logging to a file
        setsid haproxy -db -f "$here/haproxy.cfg" >"$trial/haproxy.log" 2>&1 < /dev/null &
        echo $! > "$trial/haproxy.pid"
    fi
    # until HAProxy's checks see both nodes up (its status page as CSV: field 18 is a server's status)
    while :; do
        states="$({ curl -s --max-time 2 "http://127.0.0.1:$stats_port/;csv" || true; } \
            | awk -F, '$1 == "nodes" && $2 ~ /^node/ { print $18 }' | tr '\n' ' ')"
        [ "$states" = "UP UP " ] && break
        waited=$((waited + 1))
        [ "$waited" -le 30 ] || die "HAProxy does not see both nodes up ($states); log: $trial/haproxy.log"
        sleep 1
    done
    say "HAProxy on port $lb_port sees both nodes up"
}

start_all() {
    local missing=()
    [ -f "$repo/web/target/second-opinion.war" ] \
        || die "the application is not built: ./mvnw -B -ntp -pl web -am package -DskipTests"
    command -v haproxy >/dev/null || missing+=(haproxy)
    command -v curl >/dev/null || missing+=(curl)
    if [ -z "${SECONDOPINION_DB_URL:-}" ] && [ ! -x "$pg_bin/initdb" ]; then
        missing+=(postgresql)
    fi
    install_missing "${missing[@]}"
    mkdir -p "$trial/nodes" "$trial/files"
    trap 'echo "trial.sh: what had started keeps running ($0 status); stop it with: $0 stop" >&2' EXIT
    if [ -z "${SECONDOPINION_DB_URL:-}" ]; then
        start_postgres
    else
        say "using the database of SECONDOPINION_DB_URL ($SECONDOPINION_DB_URL)"
    fi
    export SECONDOPINION_FILES_DIR="$trial/files"
    export SECONDOPINION_NODE_ROOT="$trial/nodes"
    export SECONDOPINION_CLUSTER_MEMBERS="127.0.0.1:${grid_ports[0]},127.0.0.1:${grid_ports[1]}"
    export SECONDOPINION_CLUSTER_NAME="${SECONDOPINION_CLUSTER_NAME:-second-opinion-trial}"
    export SECONDOPINION_CLUSTER_INTERFACE=127.0.0.1
    export SECONDOPINION_NODE_HTTP_ADDRESS=127.0.0.1
    # One node after the other, so each start reads plainly in its log. Starting both at once works as well: Flyway
    # migrates under its lock, and one node opens the first accounts (or the demo data) while the other waits (V60).
    start_node 1
    start_node 2
    for n in 1 2; do
        # Hazelcast logs the members it sees whenever they change: the last list, e.g. "Members {size:2, ver:2}"
        say "node $n's data grid: $(grep -h -o 'Members {size:[0-9]*, ver:[0-9]*}' "$trial/node$n.log" | tail -n 1)"
    done
    start_haproxy
    cat <<EOF

Second Opinion runs on two nodes behind HAProxy: http://localhost:$lb_port/
  nodes:        http://127.0.0.1:${node_ports[0]}/ and http://127.0.0.1:${node_ports[1]}/ (logs: $trial/node1.log, node2.log)
  HAProxy:      status page http://127.0.0.1:$stats_port/, log $trial/haproxy.log
  file store:   $trial/files (shared by both nodes)
  stop it all:  $0 stop
EOF
    trap - EXIT
}

case "${1:-start}" in
    start) start_all ;;
    stop) stop_all ;;
    status) status ;;
    *) die "usage: trial.sh [start|stop|status]" ;;
esac
