# Shared by infra/backup and infra/restore (sourced, not run).

checksum() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$@"
  else
    shasum -a 256 "$@"
  fi
}

major_of() {
  # "pg_dump (PostgreSQL) 15.20 (Debian …)" -> 15
  "$1" --version | awk '{ print $3 }' | sed 's/[^0-9].*//'
}

# Moves the password out of database_url into PGPASSWORD, so that it never shows
# on a command line (the process list is readable by every local user).
database_password_hide() {
  local pattern='^(postgres(ql)?://[^:@/]*):([^@/]*)@(.*)$'
  if [[ $database_url =~ $pattern ]]; then
    local encoded=${BASH_REMATCH[3]}
    PGPASSWORD=$(printf '%b' "${encoded//%/\\x}")
    export PGPASSWORD
    database_url="${BASH_REMATCH[1]}@${BASH_REMATCH[4]}"
  fi
}
