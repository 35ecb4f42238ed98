#!/usr/bin/env bash
# Installs what the integration tests and `npm start` need, outside the extension bundle:
#   - Debian packages: chromium (the browser the tests drive), ripgrep (VS Code's search binary),
#     libkrb5-dev (headers for code-server's native kerberos module), libxml2-utils (xmllint, which
#     validates the REFI-QDA projects the exchange tests write against the standard's schema);
#   - code-server (VS Code server + web workbench) into $MARGINALIA_TOOLS (default
#     ~/.cache/marginalia), with its download-prone install scripts replaced by local steps.
# Idempotent: a second run finds everything in place and returns at once.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3  # the newest release that runs on Node 20 (VS Code 1.100)
TOOLS="${MARGINALIA_TOOLS:-$HOME/.cache/marginalia}"
DEST="$TOOLS/code-server-$CODE_SERVER_VERSION"
STAMP="$DEST/.installed"

log() { echo "[install-tools] $*" >&2; }

install_debian_packages() {
  local missing=()
  for pkg in chromium ripgrep libkrb5-dev libxml2-utils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_code_server() {
  [ -f "$STAMP" ] && return 0
  log "installing code-server $CODE_SERVER_VERSION into $DEST (about 2 minutes, once)"
  rm -rf "$DEST" && mkdir -p "$DEST"
  # node-gyp builds against the local Node headers; node-pty's build runs `npx node-gyp`.
  export npm_config_nodedir=/usr npm_config_yes=true npm_config_audit=false npm_config_fund=false
  cd "$DEST"
  echo '{"name":"marginalia-test-tools","private":true}' > package.json
  # Its postinstall downloads; the steps below do the same work from local files.
  npm install --silent --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION"
  npm rebuild --silent argon2
  local vs="$DEST/node_modules/code-server/lib/vscode"
  (cd "$vs" && npm install --silent --omit=dev --ignore-scripts)
  # @vscode/ripgrep's postinstall skips its GitHub download when bin/ exists: use Debian's rg.
  mkdir -p "$vs/node_modules/@vscode/ripgrep/bin"
  ln -sf "$(command -v rg)" "$vs/node_modules/@vscode/ripgrep/bin/rg"
  (cd "$vs" && npm rebuild --silent)
  ln -sfn node_modules "$vs/node_modules.asar"
  ln -sf code-linux.sh "$vs/bin/remote-cli/code-server"
  ln -sf browser-linux.sh "$vs/bin/helpers/browser.sh"
  (cd "$vs/extensions" && npm install --silent --omit=dev)
  touch "$STAMP"
  log "code-server installed"
}

install_debian_packages
install_code_server
echo "$DEST/node_modules/code-server"
