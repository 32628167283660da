#!/usr/bin/env bash
# Writes a random password for each NATS user of infra/nats/auth.conf to an env file
# (default: infra/.env, which docker compose reads), keeping any already there.
# nats-server reads SAMTAL_NATS_<USER>_PASSWORD from its environment; each service gets
# NATS_USER=<user> and NATS_PASSWORD=<that password>. Usage: infra/nats/passwords.sh [file]
set -euo pipefail
file=${1:-"$(cd "$(dirname "$0")/.." && pwd)/.env"}
touch "$file"
chmod 600 "$file"
for user in ingest transcriber journal gateway cli admin; do
  var="SAMTAL_NATS_${user^^}_PASSWORD"
  grep -q "^$var=" "$file" || echo "$var=s$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" >>"$file"
done
echo "NATS passwords in $file (mode 600)" >&2
