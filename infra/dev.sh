#!/usr/bin/env bash
# Runs Samtal locally: every service as its own process. Starts a nats-server (JetStream)
# and FerretDB in .cache/dev when NATS_URL / MONGO_URL are not set. Ctrl-C stops it all.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
state="$root/.cache/dev"
mkdir -p "$state"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Each service connects as its own NATS user (infra/nats/auth.conf); passwords are generated once.
bash "$root/infra/nats/passwords.sh" "$state/nats-passwords.env" 2>/dev/null
set -a; . "$state/nats-passwords.env"; set +a

if [ -z "${NATS_URL:-}" ]; then
  if port_open 4222; then
    echo "[dev] using the nats-server already on 127.0.0.1:4222"
  else
    echo "[dev] starting nats-server (JetStream, one user per service) on 127.0.0.1:4222, data in $state/nats"
    cp "$root/infra/nats/auth.conf" "$state/nats-auth.conf"
    printf 'listen: 127.0.0.1:4222\njetstream { store_dir: "%s" }\ninclude ./nats-auth.conf\n' "$state/nats" >"$state/nats.conf"
    nats-server -c "$state/nats.conf" >"$state/nats.log" 2>&1 & pids+=($!)
  fi
  export NATS_URL=nats://127.0.0.1:4222
fi

if [ -z "${MONGO_URL:-}" ]; then
  bash "$root/infra/setup.sh" ferretdb
  if port_open 27017; then
    echo "[dev] using the MongoDB-compatible server already on 127.0.0.1:27017"
  else
    echo "[dev] starting FerretDB on 127.0.0.1:27017, data in $state/ferretdb"
    mkdir -p "$state/ferretdb"
    "$root/.cache/bin/ferretdb" -listen-addr 127.0.0.1:27017 -sqlite-url "file:$state/ferretdb/" >"$state/ferretdb.log" 2>&1 & pids+=($!)
  fi
  export MONGO_URL=mongodb://127.0.0.1:27017/samtal
fi

export JWT_SECRET=${JWT_SECRET:-dev-only-secret-change-me-0123456789abcdef}
export NODE_ENV=${NODE_ENV:-development}
# The demo users (anna, bertil, cecilia: agents; sara: supervisor; olle: ops), password samtal-demo.
export SEED_DEMO_USERS=${SEED_DEMO_USERS:-true}
# The dev stack serves demo users with a known password: this machine only, unless HOST says otherwise.
export HOST=${HOST:-127.0.0.1}
export SERVICE_HEALTH_URLS=${SERVICE_HEALTH_URLS:-ingest=http://127.0.0.1:3001,transcriber=http://127.0.0.1:3002,journal=http://127.0.0.1:3003}
# Without a real Whisper model, calls without a sidecar use the generated test model (meaningless words).
if [ -z "${WHISPER_MODEL:-}" ] && [ -f "$root/.cache/models/for-tests-tiny.bin" ] && ! ls "${SAMTAL_MODELS_DIR:-$HOME/.local/share/samtal/models}"/*.bin >/dev/null 2>&1; then
  echo "[dev] no Whisper model installed: using the generated test model (words will be meaningless)"
  export WHISPER_MODEL="$root/.cache/models/for-tests-tiny.bin"
fi
(cd "$root" && npx nx run-many -t build --output-style=static >/dev/null)

# A telephony source for local uploads (its API key, shown once, kept in $state/source.key).
if [ ! -s "$state/source.key" ]; then
  samtal() { node "$root/apps/cli/bin/samtal.js" "$@"; }
  samtal sources add dev --name 'infra/dev.sh' >"$state/source.key" 2>/dev/null || samtal sources rotate dev >"$state/source.key" 2>/dev/null
  chmod 600 "$state/source.key"
fi

start() { # name port
  echo "[dev] $1 on http://127.0.0.1:$2"
  local pw="SAMTAL_NATS_${1^^}_PASSWORD"
  NATS_USER=$1 NATS_PASSWORD=${!pw} PORT=$2 node "$root/apps/$1/dist/main.js" >>"$state/$1.log" 2>&1 & pids+=($!)
}
start ingest 3001
start transcriber 3002
start journal 3003
start gateway 3000
echo "[dev] logs in $state/*.log; open http://127.0.0.1:3000 (anna / samtal-demo) and upload with:"
echo "      curl -H \"Authorization: Bearer \$(cat .cache/dev/source.key)\" -F audio=@apps/cli/samples/bostadstillagg.ogg -F transcript=@apps/cli/samples/bostadstillagg.txt -F agentId=anna http://127.0.0.1:3001/calls"
wait
