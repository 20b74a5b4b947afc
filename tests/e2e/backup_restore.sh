#!/usr/bin/env bash
# Backups and restore, run once for real (docs/install.md, "Backups and restore"): a fresh database filled by
# `ijwctl process` with the demo messages, deploy/production/backup.sh, deploy/production/restore.sh into a
# second fresh database, then every table compared (row count and a checksum of its rows) and every sequence
# (so the restored hub does not hand out an IdentificatieRetour twice, IV028). Also: the restored database
# answers a resend with the stored retour (idempotence), restore.sh refuses a database holding tables and a
# damaged archive.
# Usage: backup_restore.sh IJWCTL SOURCE_DIR        Exit: 0 passed, 1 failed, 77 skipped (no database).
set -uo pipefail

ijwctl=$1
source_dir=$2
name=e2e.backup_restore
# shellcheck source=../support/database.sh
source "$source_dir/tests/support/database.sh"
ijw_db_require "$name"
for tool in pg_dump pg_restore sha256sum; do
  command -v "$tool" >/dev/null || { echo "$name: FAIL: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d)
source_db=""
restored_db=""
cleanup() {
  [ -n "$source_db" ] && ijw_db_drop "$source_db"
  [ -n "$restored_db" ] && ijw_db_drop "$restored_db"
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=../support/checks.sh
source "$source_dir/tests/support/checks.sh"

# The state of a database as one text: per table its row count and the md5 of its rows in a fixed order,
# per sequence its position. Tables of every schema but the system ones, so nothing is left out by name.
snapshot() { # DB
  ijw_db_psql "$1" -tA -F ' ' -c "
    select 'table ' || n.nspname || '.' || c.relname || ' ' || r.rows || ' ' || r.checksum
      from pg_class c join pg_namespace n on n.oid = c.relnamespace,
      lateral (select (xpath('/row/rows/text()', x))[1]::text as rows,
                      coalesce((xpath('/row/checksum/text()', x))[1]::text, '-') as checksum
                 from query_to_xml(format('select count(*) as rows, md5(string_agg(t::text, E''\n'' order by t::text))
                                             as checksum from %I.%I t', n.nspname, c.relname), false, true, '') x) r
     where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg\_%'
    union all
    select 'sequence ' || schemaname || '.' || sequencename || ' ' || coalesce(last_value::text, 'unused')
      from pg_sequences where schemaname not in ('pg_catalog', 'information_schema')
    order by 1"
}

source_db=$(ijw_db_create e2e_backup_source) || exit 1
restored_db=$(ijw_db_create e2e_backup_restored) || exit 1
demo=("$source_dir"/deploy/local/demo-messages/*.xml)
# Both databases as docs/install.md prepares them: the role owns a schema of its own name, which the default
# search_path ("$user", public) puts first, so the migrations create the tables there; restore.sh must keep
# the prepared schema and restore into it.
for db in "$source_db" "$restored_db"; do
  ijw_db_psql "$db" -c 'create schema authorization current_user' || { echo "$name: FAIL: create schema" >&2; exit 1; }
done

# 1. Fill the source database with the demo flow (a VOT, its toewijzing, a start, an invalid start, a stop).
"$ijwctl" process --database "$(ijw_db_url "$source_db")" "${demo[@]}" >"$work/first.out" 2>"$work/first.err"
rc=$?
[ $rc -le 1 ] || { echo "$name: FAIL: ijwctl process exited $rc: $(cat "$work/first.err")" >&2; exit 1; }
check "ijwctl process answers every demo message" "${#demo[@]}" "$(wc -l <"$work/first.out")"
before=$(snapshot "$source_db") || { echo "$name: FAIL: cannot read the source database" >&2; exit 1; }
role=$(ijw_db_psql "$source_db" -tA -c 'select current_user')
check "the migrations created every table in the role's own schema" "$(grep -c '^table' <<<"$before")" \
  "$(grep -c "^table $role\." <<<"$before")"
berichten=$(sed -n 's/^table [a-z_]*\.bericht \([0-9]*\) .*/\1/p' <<<"$before")
[ "${berichten:-0}" -ge 4 ] && pass "the source holds the demo's berichten ($berichten)" \
  || fail "the source holds ${berichten:-no} berichten; the comparison below would prove little"

# 2. Back up (the URL from an environment file, as the production cron job does). Two older backups of this
# database lie there already: --keep 2 keeps the new one and the newer old one.
mkdir -p "$work/backups"
for old in 20250101T000000Z 20260101T000000Z; do
  touch "$work/backups/ijw-$source_db-$old.dump" "$work/backups/ijw-$source_db-$old.dump.sha256"
done
touch "$work/backups/ijw-some_other_database-20200101T000000Z.dump"
printf 'IJW_DATABASE_URL=%s\nIJW_AMQP_URL=amqp://unused\n' "$(ijw_db_url "$source_db")" >"$work/ijwd.env"
if dump=$(bash "$source_dir/deploy/production/backup.sh" --env-file "$work/ijwd.env" --keep 2 "$work/backups" \
          2>"$work/backup.err"); then
  pass "backup.sh exits 0"
else
  echo "$name: FAIL: backup.sh: $(cat "$work/backup.err")" >&2
  exit 1
fi
[ -s "$dump" ] && [ -s "$dump.sha256" ] && pass "backup.sh wrote the archive and its checksum" \
  || fail "backup.sh printed '$dump', but the archive or its .sha256 is missing"
(cd "$work/backups" && sha256sum --quiet -c "$(basename "$dump").sha256") && pass "the .sha256 checks with sha256sum -c" \
  || fail "sha256sum -c does not accept $dump.sha256"
check "the archive is readable by its owner only (it holds BSNs)" 600 "$(stat -c %a "$dump")"
check "no partial file left behind" "" "$(find "$work/backups" -name '.*partial*')"
check "--keep 2 removed the oldest backup of this database, and only that" \
  "$(printf '%s\n' "ijw-$source_db-20260101T000000Z.dump" "ijw-$source_db-20260101T000000Z.dump.sha256" \
       "$(basename "$dump")" "$(basename "$dump").sha256" ijw-some_other_database-20200101T000000Z.dump | sort)" \
  "$(ls "$work/backups" | sort)"

# 3. Restore into the second fresh database and compare everything.
if bash "$source_dir/deploy/production/restore.sh" "$dump" "$(ijw_db_url "$restored_db")" >"$work/restore.out" \
     2>"$work/restore.err"; then
  pass "restore.sh exits 0"
else
  fail "restore.sh: $(cat "$work/restore.err")"
fi
after=$(snapshot "$restored_db")
if [ "$before" = "$after" ]; then
  pass "every table (row count, checksum) and sequence is restored identically ($(grep -c '^table' <<<"$before") tables)"
else
  fail "the restored database differs from the source:"
  diff <(echo "$before") <(echo "$after") >&2
fi
grep -q "^restored: .*bericht	$berichten\$" "$work/restore.out" && pass "restore.sh reports the row counts" \
  || fail "restore.sh output: $(cat "$work/restore.out")"

# 4. The restored database works: a resend of the same bytes gets the stored retour and changes nothing.
"$ijwctl" process --database "$(ijw_db_url "$restored_db")" "${demo[@]}" >"$work/again.out" 2>"$work/again.err"
check "the restored database answers the demo messages as before" "$(cat "$work/first.out")" "$(cat "$work/again.out")"
# Tables only: a resend may draw a number from retour_identificatie before it finds the stored retour (a
# sequence is not transactional; a gap is harmless, a number handed out twice would not be).
check "a resend changes no table in the restored database" "$(grep '^table' <<<"$after")" \
  "$(snapshot "$restored_db" | grep '^table')"

# 5. Refusals: a database with tables (the restore never overwrites), and a damaged archive.
bash "$source_dir/deploy/production/restore.sh" "$dump" "$(ijw_db_url "$source_db")" >/dev/null 2>"$work/refuse.err"
check "restore.sh into a database holding tables exits 1" 1 $?
grep -q "holds .* already" "$work/refuse.err" && pass "the refusal says why" || fail "refusal: $(cat "$work/refuse.err")"
check "the refused database is unchanged" "$before" "$(snapshot "$source_db")"
cp "$dump" "$work/damaged.dump"
cp "$dump.sha256" "$work/damaged.dump.sha256"
printf 'X' | dd of="$work/damaged.dump" bs=1 seek=200 conv=notrunc 2>/dev/null
# The checksum is checked before the target is looked at; any target will do.
bash "$source_dir/deploy/production/restore.sh" "$work/damaged.dump" "$(ijw_db_url "$restored_db")" >/dev/null \
  2>"$work/damaged.err"
check "restore.sh of a damaged archive exits 1" 1 $?
grep -q "does not match its checksum" "$work/damaged.err" && pass "the damage is reported" \
  || fail "damaged archive: $(cat "$work/damaged.err")"

if [ "$failures" -ne 0 ]; then
  echo "$name: $failures check(s) failed" >&2
  exit 1
fi
echo "$name: passed"
