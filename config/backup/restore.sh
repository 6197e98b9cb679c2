#!/usr/bin/env bash
# Restores a backup made by backup.sh onto a new machine: the database into an empty PostgreSQL database, the stored
# files into an empty file store. Then start the application as usual: Flyway finds the schema at the version the
# backup names and migrates nothing (or only what a newer application brings).
#
#   config/backup/restore.sh [--files DIR] BACKUP_DIR
#
# Checks first, and changes nothing when any check fails:
#   - BACKUP_DIR is complete (backup.info, database.dump, files.sha256) and every file has its SHA-256;
#   - the database has no tables, sequences or views of its own (create it with createdb -O <application user>);
#   - the file store folder is absent or empty;
#   - pg_restore is at least the version of the pg_dump that made the dump.
# Restores in one transaction (all or nothing) with --no-owner --no-privileges, so every object belongs to the user
# that restores: run it as the application's database user. Then copies the files and checks each SHA-256 again
# where they landed.
#
# The database and the file store are found as described in common.sh (SECONDOPINION_DB_URL, _USER, _PASSWORD or
# the PG* variables; SECONDOPINION_FILES_DIR or SECONDOPINION_DATA_DIR), the same settings the application uses.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=config/backup/common.sh
. "$here/common.sh"

files_arg=""
while [ $# -gt 0 ]; do
    case "$1" in
        --files) [ $# -ge 2 ] || die "--files needs a folder"; files_arg="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) break ;;
    esac
done
[ $# -eq 1 ] || die "usage: restore.sh [--files DIR] BACKUP_DIR"
backup="$(cd "$1" && pwd)" || die "no backup at $1"
for part in backup.info database.dump files.sha256 files; do
    [ -e "$backup/$part" ] || die "$backup is not a complete backup: $part is missing"
done
files="$(files_from_environment "$files_arg")"
if [ -d "$files" ] && [ -n "$(ls -A "$files")" ]; then
    die "the file store $files is not empty: restore into an empty folder"
fi
database_from_environment
command -v pg_restore >/dev/null || die "pg_restore not found: install the PostgreSQL client (Debian: postgresql-client)"
command -v psql >/dev/null || die "psql not found: install the PostgreSQL client (Debian: postgresql-client)"

dumped_with="$(sed -n 's/^pg_dump=[^0-9]*\([0-9][0-9]*\).*/\1/p' "$backup/backup.info")"
restorer="$(tool_major pg_restore)"
[ -z "$dumped_with" ] || [ "$restorer" -ge "$dumped_with" ] \
    || die "pg_restore $restorer is older than the pg_dump $dumped_with that made the dump"
server="$(server_major)"
[ -n "$server" ] || die "could not reach the database $PGDATABASE on ${PGHOST}:${PGPORT}"
relations="$(psql -X -A -t -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_%'")"
[ "$relations" = "0" ] || die "the database $PGDATABASE is not empty ($relations tables, sequences or views): restore into a new one"

log "checking the SHA-256 of every file of the backup"
(cd "$backup/files" && sha256sum --check --quiet --strict "$backup/files.sha256") \
    || die "the backup's files do not match files.sha256: it is damaged"

log "restoring the database into $PGDATABASE on ${PGHOST}:${PGPORT} (PostgreSQL $server)"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --no-password \
    --dbname="$PGDATABASE" "$backup/database.dump"

log "copying the files into $files"
copy_files "$backup/files" "$files"
(cd "$files" && sha256sum --check --quiet --strict "$backup/files.sha256") \
    || die "the restored files in $files do not match files.sha256"

schema="$(psql -X -A -t -v ON_ERROR_STOP=1 -c \
    "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")"
log "restore complete: schema version $schema, $(wc -l < "$backup/files.sha256" | tr -d ' ') files; start the application with this database and file store"
