#!/usr/bin/env bash
# Restores a backup of backup.sh into an EMPTY database (docs/install.md, "Backups and restore").
# Usage: restore.sh DUMP TARGET_URL
#   DUMP is a file written by backup.sh; its .sha256 beside it is checked when present. TARGET_URL is a libpq
#   URL of a database prepared as at installation (role, database, schema; no tables yet), connecting as the
#   role that is to own the restored objects (ijwd's role). Refuses a database that already holds tables: a
#   restore never overwrites live data. Restores in one transaction (all or nothing), then ANALYZEs and
#   prints each table with its row count. Exit: 0 restored, 1 failed (the target is left as it was), 2 usage.
set -euo pipefail

usage() { sed -n '3,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "restore.sh: error: $*" >&2; exit 1; }

case ${1:-} in -h | --help) usage ;; esac
[ $# -eq 2 ] || usage
dump=$1
target=$2
for tool in pg_restore psql sha256sum; do
  command -v "$tool" >/dev/null || die "$tool not found (Debian: apt-get install postgresql-client-15)"
done
[ -r "$dump" ] || die "cannot read $dump"

if [ -f "$dump.sha256" ]; then
  expected=$(cut -d ' ' -f 1 "$dump.sha256")
  actual=$(sha256sum <"$dump" | cut -d ' ' -f 1)
  [ "$expected" = "$actual" ] || die "$dump does not match its checksum $dump.sha256: damaged, not restored"
else
  echo "restore.sh: warning: no $dump.sha256; restoring without checking the checksum" >&2
fi

psql_target() { PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -tA -d "$target" "$@"; }
user_relations="from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p', 'S', 'v', 'm') and n.nspname not in ('pg_catalog', 'information_schema')
    and n.nspname not like 'pg\\_%'"
existing=$(psql_target -c "select count(*) $user_relations") || die "cannot connect to the target database"
[ "$existing" = 0 ] || die "the target database holds $existing tables, sequences or views already; restore into a
fresh database (docs/install.md, \"Restore\"), never over the one in use"

# The dump creates the schemas it holds (public is never created: it comes with every database). A schema
# prepared at installation (CREATE SCHEMA ijw AUTHORIZATION ijw, with its privileges) is kept, and its
# CREATE SCHEMA entry is left out, so the restore needs no CREATE privilege on the database.
list=$(mktemp)
trap 'rm -f "$list"' EXIT
present=$(psql_target -c "select nspname from pg_namespace") || die "cannot list the target's schemas"
pg_restore --list "$dump" >"$list.all" || { rm -f "$list.all"; die "$dump is not a pg_dump archive in custom format"; }
awk -v present="$present" '
  BEGIN { n = split(present, names, "\n"); for (i = 1; i <= n; i++) have[names[i]] = 1 }
  # a TOC line: "ID; CATALOG OID SCHEMA - NAME OWNER"
  $4 == "SCHEMA" && $5 == "-" && ($6 in have) { next }
  { print }
' "$list.all" >"$list"
rm -f "$list.all"

# --no-owner: the objects belong to the role restoring them (ijwd's role), whatever role owned them before.
# --no-privileges: grants to other roles are not restored (re-run them as at installation).
# --single-transaction with --exit-on-error: all or nothing.
pg_restore --dbname="$target" --use-list="$list" --no-owner --no-privileges --single-transaction --exit-on-error \
  --no-password "$dump" || die "pg_restore failed; the transaction was rolled back, nothing was restored"
# pg_restore leaves the planner without statistics; ANALYZE the restored tables (only those: ijwd's role may
# not analyze the system catalogues).
psql_target <<SQL || die "restored, but ANALYZE failed"
select format('analyze %I.%I', n.nspname, c.relname) $user_relations and c.relkind in ('r', 'p') \\gexec
SQL

psql_target -F $'\t' -c "select n.nspname || '.' || c.relname,
       (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', n.nspname, c.relname),
                                             false, true, '')))[1]::text
  $user_relations and c.relkind in ('r', 'p') order by 1" | sed 's/^/restored: /'
