#!/usr/bin/env bash
# Installs what Samtal needs beyond npm packages. Idempotent: each part is skipped when present.
#   system    ffmpeg/ffprobe (audio), espeak-ng (synthesised test calls), nats-server (tests),
#             chromium (browser tests)
#   ferretdb  FerretDB v1 (MongoDB wire protocol) built from the Go module proxy, for tests and dev
# Usage: infra/setup.sh [system] [ferretdb]   (no argument: all of them)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(system ferretdb)

log() { printf '[setup] %s\n' "$*" >&2; }

install_system() {
  local missing=()
  command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || missing+=(ffmpeg)
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  command -v nats-server >/dev/null || [ -x /usr/sbin/nats-server ] || missing+=(nats-server)
  [ "${SAMTAL_SKIP_BROWSER:-}" = 1 ] || command -v chromium >/dev/null || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && { log "system packages present"; return; }
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "please install: ${missing[*]} (e.g. apt-get install ${missing[*]})"; exit 1; }
    sudo=(sudo)
  fi
  command -v apt-get >/dev/null || { log "please install with your package manager: ${missing[*]}"; exit 1; }
  log "installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_ferretdb() {
  local bin="$root/.cache/bin/ferretdb"
  if [ -x "$bin" ] && [ "$bin" -nt "$root/infra/ferretdb/go.sum" ] && [ "$bin" -nt "$root/infra/ferretdb/main.go" ]; then
    log "FerretDB present"; return
  fi
  command -v go >/dev/null || { log "Go is needed to build FerretDB (https://go.dev/dl)"; exit 1; }
  log "building FerretDB v1 (first time: about a minute)"
  mkdir -p "$root/.cache/bin"
  (cd "$root/infra/ferretdb" && GOFLAGS=-mod=mod go build -trimpath -o "$bin" .)
}

for part in "${parts[@]}"; do
  case "$part" in
    system) install_system ;;
    ferretdb) install_ferretdb ;;
    *) log "unknown part: $part"; exit 2 ;;
  esac
done
