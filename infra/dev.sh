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
(cd "$root" && npx nx run-many -t build --output-style=static >/dev/null)

start() { # name port
  echo "[dev] $1 on http://127.0.0.1:$2"
  PORT=$2 node "$root/apps/$1/dist/main.js" >>"$state/$1.log" 2>&1 & pids+=($!)
}
start ingest 3001
start transcriber 3002
start journal 3003
start gateway 3000
echo "[dev] logs in $state/*.log; upload with: curl -F audio=@call.wav -F agentId=agent-1 http://127.0.0.1:3001/calls"
wait
