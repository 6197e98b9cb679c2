#!/usr/bin/env bash
# Backs up Second Opinion: the PostgreSQL database (pg_dump, custom format) and the file store, consistently.
#
#   config/backup/backup.sh [--files DIR] BACKUP_DIR
#
# BACKUP_DIR must not exist; it is written as BACKUP_DIR.incomplete and renamed when everything is in, so a backup
# that stopped half way never looks whole. It then holds:
#   database.dump   pg_dump --format=custom of the database (restore with restore.sh, or pg_restore)
#   files/          the stored files, same folders and names as in the store
#   files.sha256    the SHA-256 of every file under files/ (sha256sum -c), checked again by restore.sh
#   backup.info     when, from where, the tools' and server's versions, the schema's Flyway version, counts, sizes
#
# Order matters: the database first, the files after. A stored file is written completely (under a *.part name,
# then renamed) before the transaction that records it commits, and the application never changes or removes a
# stored file (deleting a case document only marks it). So every file the dump names already existed when the dump's
# snapshot was taken and is still there when the files are copied; a file uploaded meanwhile is copied too, named by
# nothing in the dump, and harmless. The application keeps running. Do not remove anything from the file store
# while a backup runs.
#
# The database and the file store are found as described in common.sh (SECONDOPINION_DB_URL, _USER, _PASSWORD or
# the PG* variables; SECONDOPINION_FILES_DIR or SECONDOPINION_DATA_DIR). pg_dump and psql come from the PostgreSQL
# client (Debian: postgresql-client-NN), at least the server's major version.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=config/backup/common.sh
. "$here/common.sh"

files_arg=""
while [ $# -gt 0 ]; do
    case "$1" in
        --files) [ $# -ge 2 ] || die "--files needs a folder"; files_arg="$2"; shift 2 ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) break ;;
    esac
done
[ $# -eq 1 ] || die "usage: backup.sh [--files DIR] BACKUP_DIR"
target="$1"
[ ! -e "$target" ] || die "$target exists already: give a new folder"
files="$(files_from_environment "$files_arg")"
[ -d "$files" ] || die "no file store at $files"
database_from_environment
command -v pg_dump >/dev/null || die "pg_dump not found: install the PostgreSQL client (Debian: postgresql-client)"
command -v psql >/dev/null || die "psql not found: install the PostgreSQL client (Debian: postgresql-client)"

server="$(server_major)"
client="$(tool_major pg_dump)"
[ -n "$server" ] || die "could not reach the database $PGDATABASE on ${PGHOST}:${PGPORT}"
[ "$client" -ge "$server" ] || die "pg_dump $client is older than the server ($server): install postgresql-client-$server"
schema="$(psql -X -A -t -v ON_ERROR_STOP=1 -c \
    "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")"

work="$target.incomplete"
rm -rf "$work"
mkdir -p "$work"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

log "dumping database $PGDATABASE on ${PGHOST}:${PGPORT} (PostgreSQL $server, schema version $schema)"
pg_dump --format=custom --compress=6 --no-password --file="$work/database.dump"
dumped="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

log "copying the file store $files (after the dump: every file it names exists already)"
copy_files "$files" "$work/files"
manifest "$work/files" "$work/files.sha256"

count="$(wc -l < "$work/files.sha256" | tr -d ' ')"
bytes="$(du -sb "$work/files" | cut -f1)"
{
    echo "started=$started"
    echo "database_dumped=$dumped"
    echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database=$PGDATABASE on ${PGHOST}:${PGPORT}"
    echo "server_major=$server"
    echo "pg_dump=$(pg_dump --version)"
    echo "flyway_schema_version=$schema"
    echo "dump_bytes=$(stat -c %s "$work/database.dump")"
    echo "files=$count"
    echo "file_bytes=$bytes"
    echo "files_from=$files"
} > "$work/backup.info"
mv "$work" "$target"
log "backup complete in $target: database.dump ($(stat -c %s "$target/database.dump") bytes), $count files ($bytes bytes)"
