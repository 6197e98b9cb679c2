#!/usr/bin/env bash
# Starts one node of a Second Opinion cluster in the foreground (README, "Running more than one node").
#
#   config/cluster/node.sh NUMBER [HTTP_PORT [CLUSTER_PORT]]
#
# NUMBER (1, 2, ...) names the node (instance name nodeN, unless SECONDOPINION_NODE_NAME is set) and picks its
# ports unless given: HTTP 8080+N (node 1: 8081, node 2: 8082), data grid (Hazelcast) 6899+N (6900, 6901).
#
# Every node needs, the same on all of them:
#   SECONDOPINION_DB_URL, SECONDOPINION_DB_USER   PostgreSQL (jdbc:postgresql://...): a cluster never runs on H2,
#                                                 whose file database one process alone can open
#   SECONDOPINION_DB_PASSWORD                     or the file secondopinion.db.password in SECONDOPINION_SECRETS_DIR
#   SECONDOPINION_FILES_DIR                       the file store: one folder all nodes share (NFS or the like,
#                                                 mounted at the same path); it must exist already, so that a
#                                                 mount that is missing is never replaced by an empty local folder
#   SECONDOPINION_CLUSTER_MEMBERS                 the data grid address of every node, host:port,host:port
#                                                 (default 127.0.0.1:6900,127.0.0.1:6901: two nodes on this host)
#   SECONDOPINION_CLUSTER_NAME                    the data grid's name (default second-opinion); nodes of another
#                                                 name never join
# and for itself:
#   SECONDOPINION_NODE_ROOT                       a folder for the nodes' own files (default ./cluster-nodes): each
#                                                 node keeps its Payara configuration in <root>/<name> (--rootdir)
#   SECONDOPINION_CLUSTER_INTERFACE               optional: the address (or pattern such as 10.0.0.*) the data grid
#                                                 listens on and announces; set, it listens on that address only
#   SECONDOPINION_NODE_HTTP_ADDRESS               optional: the address the HTTP listener binds (default: all)
#   SECONDOPINION_SECRETS_DIR                     optional: passed to Payara Micro as --secretsdir
#   SECONDOPINION_JAVA_OPTS                       optional: more JVM options (e.g. -Xmx2g)
#   SECONDOPINION_LOG_FORMAT=json                 one JSON object a log line (config/logging-json.properties)
#   SECONDOPINION_WAR, SECONDOPINION_MICRO_JAR, SECONDOPINION_POSTGRESQL_JAR
#                                                 optional: the application, Payara Micro and the PostgreSQL driver
#                                                 (default: web/target/second-opinion.war and the jars in ~/.m2)
# Every other setting of the README's configuration reference is read from the environment as usual
# (SECONDOPINION_TOKEN_KEY, SECONDOPINION_PUBLIC_URL, SECONDOPINION_DEMO_SEED, ...), the same on every node.
#
# SECONDOPINION_NODE_PIDFILE, when set, receives the node's process id (the Java process: this script execs it).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
config="$repo/config"

die() {
    echo "node.sh: $*" >&2
    exit 1
}

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
    die "usage: node.sh NUMBER [HTTP_PORT [CLUSTER_PORT]]"
fi
number="$1"
case "$number" in
    '' | *[!0-9]*) die "the node number must be a whole number, got '$number'" ;;
esac
http_port="${2:-$((8080 + number))}"
cluster_port="${3:-$((6899 + number))}"
name="${SECONDOPINION_NODE_NAME:-node$number}"

# --- the database: PostgreSQL only ------------------------------------------------------------------------------
db_url="${SECONDOPINION_DB_URL:-}"
case "$db_url" in
    jdbc:postgresql://*) ;;
    '') die "SECONDOPINION_DB_URL is not set. A cluster runs on PostgreSQL only (every node opens the same database;
         the embedded H2 of the single-node run command is a file one process alone can open)." ;;
    *) die "SECONDOPINION_DB_URL must be a jdbc:postgresql:// URL: a cluster runs on PostgreSQL only, not on H2" ;;
esac
[ -n "${SECONDOPINION_DB_USER:-}" ] || die "SECONDOPINION_DB_USER is not set"
if [ -z "${SECONDOPINION_DB_PASSWORD:-}" ] \
    && ! { [ -n "${SECONDOPINION_SECRETS_DIR:-}" ] && [ -r "$SECONDOPINION_SECRETS_DIR/secondopinion.db.password" ]; }; then
    die "no database password: set SECONDOPINION_DB_PASSWORD or put secondopinion.db.password in SECONDOPINION_SECRETS_DIR"
fi

# --- the shared file store ----------------------------------------------------------------------------------------
files_dir="${SECONDOPINION_FILES_DIR:-}"
[ -n "$files_dir" ] || die "SECONDOPINION_FILES_DIR is not set: every node must keep uploaded files in the same
         shared folder (a document uploaded through one node is downloaded through any other)"
[ -d "$files_dir" ] || die "the file store $files_dir does not exist (is the shared folder mounted?)"
[ -w "$files_dir" ] || die "the file store $files_dir is not writable"
files_dir="$(cd "$files_dir" && pwd)"

# --- what to run --------------------------------------------------------------------------------------------------
version_of() {
    # the version a property of the parent POM names, e.g. payara-micro.version
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$repo/pom.xml" | head -n 1
}
m2="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
micro_version="$(version_of payara-micro.version)"
postgresql_version="$(version_of postgresql.version)"
war="${SECONDOPINION_WAR:-$repo/web/target/second-opinion.war}"
micro_jar="${SECONDOPINION_MICRO_JAR:-$m2/fish/payara/extras/payara-micro/$micro_version/payara-micro-$micro_version.jar}"
postgresql_jar="${SECONDOPINION_POSTGRESQL_JAR:-$m2/org/postgresql/postgresql/$postgresql_version/postgresql-$postgresql_version.jar}"
# the copies the build makes in web/target/payara serve when the local Maven repository is elsewhere
[ -f "$micro_jar" ] || micro_jar="$repo/web/target/payara/payara-micro.jar"
[ -f "$postgresql_jar" ] || postgresql_jar="$repo/web/target/payara/postgresql.jar"
build_hint="build it with: ./mvnw -B -ntp -pl web -am package -DskipTests"
[ -f "$war" ] || die "no application at $war; $build_hint"
[ -f "$micro_jar" ] || die "no Payara Micro $micro_version jar in $m2 or web/target/payara; $build_hint"
[ -f "$postgresql_jar" ] || die "no PostgreSQL driver jar in $m2 or web/target/payara; $build_hint"

# --- the node's own folder ----------------------------------------------------------------------------------------
node_root="${SECONDOPINION_NODE_ROOT:-$PWD/cluster-nodes}"
root_dir="$node_root/$name"
marker=".second-opinion-node"
mkdir -p "$root_dir"
root_dir="$(cd "$root_dir" && pwd)"
if [ ! -f "$root_dir/$marker" ]; then
    [ -z "$(ls -A "$root_dir")" ] || die "$root_dir is not empty and not a node's folder: choose another SECONDOPINION_NODE_ROOT"
    echo "Payara Micro's folder (--rootdir) of the Second Opinion node $name; node.sh empties it at each start" \
        > "$root_dir/$marker"
fi
# Every start begins from Payara Micro's own defaults and the command files of config/, as the first one did:
# a --rootdir keeps the configuration of the last run (domain.xml, the deployed application), where the post-boot
# commands would find the connection pool they create already there (and refuse to create it again, keeping the
# old pool's settings) and a changed config/*.asadmin would not take effect. Only the logs stay.
find "$root_dir" -mindepth 1 -maxdepth 1 ! -name "$marker" ! -name logs -exec rm -rf {} +
case "$files_dir/" in
    "$root_dir"/*) die "the file store must not lie inside a node's own folder ($root_dir)" ;;
esac

# Pre-boot commands: config/listener.asadmin (every start), and the HTTP listener's address when one is given.
pre_boot="$config/listener.asadmin"
if [ -n "${SECONDOPINION_NODE_HTTP_ADDRESS:-}" ]; then
    pre_boot="$root_dir/pre-boot.asadmin"
    {
        cat "$config/listener.asadmin"
        echo "# node.sh: SECONDOPINION_NODE_HTTP_ADDRESS"
        echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$SECONDOPINION_NODE_HTTP_ADDRESS"
    } > "$pre_boot"
fi

# --- the data grid ------------------------------------------------------------------------------------------------
members="${SECONDOPINION_CLUSTER_MEMBERS:-127.0.0.1:6900,127.0.0.1:6901}"
cluster_name="${SECONDOPINION_CLUSTER_NAME:-second-opinion}"
# Cluster password: none. Payara Micro 6.2025.10 has no option for one (nor --hzport: a node's data grid port is
# --startport), and the Hazelcast 5.3 inside it has no cluster password at all: Hazelcast 4 dropped the group
# password, and member authentication is a Hazelcast Enterprise feature. The cluster name only keeps apart grids
# that are meant to be apart; it is no secret. So the data grid ports (6900, 6901, ...) must be reachable by the
# nodes alone: bind the grid to a private interface (SECONDOPINION_CLUSTER_INTERFACE) and let a firewall admit only
# the other nodes' addresses.
grid_options=(--clustermode "tcpip:$members" --clustername "$cluster_name" --startport "$cluster_port")
hosts="$(tr ',' '\n' <<< "$members" | sed 's/:[0-9]*$//' | sort -u)"
if [ "$(wc -l <<< "$hosts")" -eq 1 ]; then
    # Every node on one host: without this each node refuses to keep its backups on a member of the same address,
    # and a node that dies takes its part of the sessions with it.
    grid_options+=(--nohostaware)
fi
# Hazelcast moves to the next free port when its own is taken, where the other nodes would never look for it
if (exec 3<>"/dev/tcp/127.0.0.1/$cluster_port") 2>/dev/null; then
    die "port $cluster_port (this node's data grid port) is taken by another program on this host"
fi
jvm_options=()
if [ -n "${SECONDOPINION_CLUSTER_INTERFACE:-}" ]; then
    grid_options+=(--interfaces "$SECONDOPINION_CLUSTER_INTERFACE")
    # Hazelcast listens on every address unless told not to; with this only on the interface above
    jvm_options+=(-Dhazelcast.socket.bind.any=false)
fi

logging="logging"
[ "${SECONDOPINION_LOG_FORMAT:-}" = "json" ] && logging="logging-json"

secrets_options=()
[ -n "${SECONDOPINION_SECRETS_DIR:-}" ] && secrets_options=(--secretsdir "$SECONDOPINION_SECRETS_DIR")

read -r -a extra_jvm <<< "${SECONDOPINION_JAVA_OPTS:-}"

[ -n "${SECONDOPINION_NODE_PIDFILE:-}" ] && echo $$ > "$SECONDOPINION_NODE_PIDFILE"

echo "node.sh: starting $name: HTTP port $http_port, data grid port $cluster_port, cluster '$cluster_name'" \
    "($members), folder $root_dir, file store $files_dir"

# secondopinion.data.dir is not set: on a node it would only name the H2 database (config/h2.asadmin, not used
# here) and the default file store, and secondopinion.files.dir names the shared store instead.
exec java \
    "@$config/jvm.options" \
    "-Dsecondopinion.files.dir=$files_dir" \
    "-Djava.util.logging.config.file=$config/$logging.properties" \
    "${jvm_options[@]}" \
    "${extra_jvm[@]}" \
    -jar "$micro_jar" \
    --name "$name" \
    --rootdir "$root_dir" \
    "${grid_options[@]}" \
    --disablephonehome \
    --port "$http_port" \
    --contextroot / \
    --addLibs "$postgresql_jar" \
    "${secrets_options[@]}" \
    --prebootcommandfile "$pre_boot" \
    --postbootcommandfile "$config/postgres.asadmin" \
    --postdeploycommandfile "$config/open-listener.asadmin" \
    --logProperties "$config/$logging.properties" \
    --deploy "$war"
