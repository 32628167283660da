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

if [ -z "${NATS_URL:-}" ]; then
  if port_open 4222; then
    echo "[dev] using the nats-server already on 127.0.0.1:4222"
  else
    echo "[dev] starting nats-server (JetStream) on 127.0.0.1:4222, data in $state/nats"
    nats-server -a 127.0.0.1 -p 4222 -js -sd "$state/nats" >"$state/nats.log" 2>&1 & pids+=($!)
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
export SERVICE_HEALTH_URLS=${SERVICE_HEALTH_URLS:-ingest=http://127.0.0.1:3001,transcriber=http://127.0.0.1:3002,journal=http://127.0.0.1:3003}
# Without a real Whisper model, calls without a sidecar use the generated test model (meaningless words).
if [ -z "${WHISPER_MODEL:-}" ] && [ -f "$root/.cache/models/for-tests-tiny.bin" ] && ! ls "${SAMTAL_MODELS_DIR:-$HOME/.local/share/samtal/models}"/*.bin >/dev/null 2>&1; then
  echo "[dev] no Whisper model installed: using the generated test model (words will be meaningless)"
  export WHISPER_MODEL="$root/.cache/models/for-tests-tiny.bin"
fi
(cd "$root" && npx nx run-many -t build --output-style=static >/dev/null)

start() { # name port
  echo "[dev] $1 on http://127.0.0.1:$2"
  PORT=$2 node "$root/apps/$1/dist/main.js" >>"$state/$1.log" 2>&1 & pids+=($!)
}
start ingest 3001
start transcriber 3002
start journal 3003
start gateway 3000
echo "[dev] logs in $state/*.log; open http://127.0.0.1:3000 (anna / samtal-demo) and upload with:"
echo "      curl -F audio=@apps/cli/samples/bostadstillagg.ogg -F transcript=@apps/cli/samples/bostadstillagg.txt -F agentId=anna http://127.0.0.1:3001/calls"
wait
