# shellcheck shell=bash
# Shared by backup.sh and restore.sh: where the database and the file store are.
#
# The database: the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass) when set,
# else taken from the application's own SECONDOPINION_DB_URL (jdbc:postgresql://host[:port]/database[?...]),
# SECONDOPINION_DB_USER and SECONDOPINION_DB_PASSWORD (or the file secondopinion.db.password of the directory
# SECONDOPINION_SECRETS_DIR names, the one given to Payara Micro's --secretsdir). The password travels in the
# environment only, never on a command line (where `ps` would show it).
#
# The file store: SECONDOPINION_FILES_DIR, else SECONDOPINION_DATA_DIR/files (the application's
# secondopinion.files.dir and secondopinion.data.dir), unless --files DIR is given.

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

log() {
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $*"
}

# Sets PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD from SECONDOPINION_DB_* where the PG* ones are unset.
database_from_environment() {
    local url="${SECONDOPINION_DB_URL:-}"
    if [ -n "$url" ]; then
        case "$url" in
            jdbc:postgresql://*) ;;
            *) die "SECONDOPINION_DB_URL is not a jdbc:postgresql:// URL" ;;
        esac
        local rest="${url#jdbc:postgresql://}"
        rest="${rest%%\?*}"
        local hostport="${rest%%/*}"
        local database=""
        if [ "$hostport" != "$rest" ]; then
            database="${rest#*/}"
        fi
        local host="${hostport%%:*}"
        local port=""
        if [ "$host" != "$hostport" ]; then
            port="${hostport#*:}"
        fi
        : "${PGHOST:=${host:-localhost}}"
        : "${PGPORT:=${port:-5432}}"
        : "${PGDATABASE:=${database}}"
    fi
    if [ -n "${SECONDOPINION_DB_USER:-}" ]; then
        : "${PGUSER:=$SECONDOPINION_DB_USER}"
    fi
    if [ -n "${SECONDOPINION_DB_PASSWORD:-}" ]; then
        : "${PGPASSWORD:=$SECONDOPINION_DB_PASSWORD}"
    elif [ -z "${PGPASSWORD:-}" ] && [ -n "${SECONDOPINION_SECRETS_DIR:-}" ] \
        && [ -r "$SECONDOPINION_SECRETS_DIR/secondopinion.db.password" ]; then
        # the file Payara Micro's --secretsdir reads for the application
        PGPASSWORD="$(cat "$SECONDOPINION_SECRETS_DIR/secondopinion.db.password")"
    fi
    [ -n "${PGDATABASE:-}" ] || die "no database: set SECONDOPINION_DB_URL or PGDATABASE (and PGHOST, PGPORT, PGUSER)"
    export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
}

# The file store folder: the --files argument, else SECONDOPINION_FILES_DIR, else SECONDOPINION_DATA_DIR/files.
files_from_environment() {
    local given="$1"
    if [ -n "$given" ]; then
        echo "$given"
    elif [ -n "${SECONDOPINION_FILES_DIR:-}" ]; then
        echo "$SECONDOPINION_FILES_DIR"
    elif [ -n "${SECONDOPINION_DATA_DIR:-}" ]; then
        echo "$SECONDOPINION_DATA_DIR/files"
    else
        die "no file store: give --files DIR or set SECONDOPINION_FILES_DIR or SECONDOPINION_DATA_DIR"
    fi
}

# The major version of a PostgreSQL client tool ("pg_dump (PostgreSQL) 15.18 (Debian ...)" -> 15).
tool_major() {
    "$1" --version | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p'
}

# The server's major version (server_version_num 150018 -> 15).
server_major() {
    psql -X -A -t -v ON_ERROR_STOP=1 -c "SHOW server_version_num" | sed -n 's/^\([0-9]*\)[0-9][0-9][0-9][0-9]$/\1/p'
}

# Copies the regular files under $1 into $2 (created), keeping the two levels of folders and the names, leaving out
# the *.part files of uploads still being received.
copy_files() {
    mkdir -p "$2"
    (cd "$1" && find . -type f ! -name '*.part' -print0 | tar --null --files-from=- -cf -) | (cd "$2" && tar -xf -)
}

# Writes the SHA-256 of every file under $1 (relative names, sorted) to $2, in sha256sum's format.
manifest() {
    (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum) > "$2"
}
