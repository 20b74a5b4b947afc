#!/usr/bin/env bash
# Backs up ijw-hub's database with pg_dump (docs/install.md, "Backups and restore").
# Usage: backup.sh [--env-file FILE] [--keep N] DIR
#   The database is $IJW_DATABASE_URL; with --env-file (e.g. /etc/ijw-hub/ijwd.env) it is read from that file,
#   so the backup uses ijwd's own role and password. Writes DIR/ijw-<database>-<UTC time>.dump (pg_dump custom
#   format: one consistent snapshot, taken while ijwd runs) and a .sha256 beside it, reads the archive back
#   completely before giving it its final name, prints its path, and with --keep N removes all but the newest
#   N backups of this database in DIR. Exit: 0 done, 1 failed (nothing half-written keeps a final name),
#   2 usage.
set -euo pipefail

usage() { sed -n '3,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "backup.sh: error: $*" >&2; exit 1; }

env_file=""
keep=""
while [ $# -gt 0 ]; do
  case $1 in
    --env-file) [ $# -ge 2 ] || usage; env_file=$2; shift 2 ;;
    --keep) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || usage; keep=$2; shift 2 ;;
    -h | --help) usage ;;
    -*) usage ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || usage
dir=$1

if [ -n "$env_file" ]; then
  [ -r "$env_file" ] || die "cannot read $env_file"
  # systemd's EnvironmentFile syntax (KEY=VALUE, optionally quoted), read as data: never sourced as shell.
  line=$(grep -E '^[[:space:]]*IJW_DATABASE_URL=' "$env_file" | tail -n 1) \
    || die "$env_file has no IJW_DATABASE_URL"
  value=${line#*=}
  value=${value%\"}; value=${value#\"}; value=${value%\'}; value=${value#\'}
  export IJW_DATABASE_URL=$value
fi
[ -n "${IJW_DATABASE_URL:-}" ] || die "IJW_DATABASE_URL is not set (or pass --env-file /etc/ijw-hub/ijwd.env)"
for tool in pg_dump pg_restore psql sha256sum; do
  command -v "$tool" >/dev/null || die "$tool not found (Debian: apt-get install postgresql-client-15)"
done

database=$(PGCONNECT_TIMEOUT=10 psql -X -qtA -d "$IJW_DATABASE_URL" -c 'select current_database()') \
  || die "cannot connect to the database of IJW_DATABASE_URL"
umask 077 # the dump holds every message, BSNs included (also a directory made here is the owner's only)
mkdir -p "$dir"
name="ijw-$database-$(date -u +%Y%m%dT%H%M%SZ).dump"
final=$dir/$name
partial=$dir/.$name.partial
trap 'rm -f "$partial" "$partial.sha256"' EXIT
[ ! -e "$final" ] || die "$final exists already"

# pg_dump reads one snapshot: each message's transaction (the message, its retour, the state it changed) is
# in the dump entirely or not at all. --format=custom: compressed, and pg_restore can pick entries (restore.sh
# relies on that).
pg_dump --dbname="$IJW_DATABASE_URL" --format=custom --no-password \
  --file="$partial" || die "pg_dump failed; no backup written"
# Reading the whole archive back (every table's data, decompressed) proves it is complete and readable.
pg_restore --file=/dev/null "$partial" || die "pg_restore cannot read the new archive $partial back"
hash=$(sha256sum <"$partial") || die "sha256sum failed"
printf '%s  %s\n' "${hash%% *}" "$name" >"$partial.sha256" # checkable with: cd DIR && sha256sum -c NAME.sha256
sync "$partial" "$partial.sha256"
mv "$partial.sha256" "$final.sha256"
mv "$partial" "$final"
sync "$dir"
trap - EXIT

if [ -n "$keep" ]; then
  # The names sort by time; remove the oldest beyond the newest $keep, each with its checksum.
  mapfile -t old < <(find "$dir" -maxdepth 1 -name "ijw-$database-*.dump" -printf '%f\n' | sort -r \
                       | tail -n +"$((keep + 1))")
  for file in "${old[@]}"; do rm -f "$dir/$file" "$dir/$file.sha256"; done
fi
echo "$final"
