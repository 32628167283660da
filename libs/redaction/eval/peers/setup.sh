#!/usr/bin/env bash
# Creates the Python venv for peers.py (<repo>/.cache/peers-venv, or $PEERS_VENV) and installs the
# pinned packages of requirements.txt. Idempotent and quiet: does nothing when the venv already
# matches requirements.txt. Exits 0 with a message when PyPI cannot be reached, so callers can
# treat the peers as optional.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../../.." && pwd)
venv=${PEERS_VENV:-$root/.cache/peers-venv}
req=$here/requirements.txt
python=${PYTHON:-python3}

want=$(sha256sum "$req" | cut -d' ' -f1)
stamp=$venv/.peers-requirements.sha256
if [[ -x $venv/bin/python && -f $stamp && $(cat "$stamp") == "$want" ]]; then
  echo "peers venv up to date: $venv"
  exit 0
fi

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
  echo "peers: needs Python >= 3.10 (domherre); $python is older or missing; peers not installed" >&2
  exit 0
fi

[[ -x $venv/bin/python ]] || "$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip --disable-pip-version-check)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if "${pip[@]}" install -q --timeout 30 -r "$req" >"$log" 2>&1; then
  echo "$want" >"$stamp"
  echo "peers venv ready: $venv ($(du -sh "$venv" | cut -f1))"
  exit 0
fi

# Failed: unreachable registry (exit 0, peers are optional) or a real error (exit 1).
probe=$(mktemp -d)
if ! "${pip[@]}" download -q --no-deps --no-cache-dir --timeout 15 --retries 0 -d "$probe" domherre==0.1.3 >/dev/null 2>&1; then
  rm -rf "$probe"
  echo "peers: PyPI is not reachable; peers not installed (peers.py will report them unavailable)"
  exit 0
fi
rm -rf "$probe"
echo "peers: pip install failed:" >&2
tail -20 "$log" >&2
exit 1
