#!/usr/bin/env bash
# Installs what comply needs to build: the system libyaml (with its pkg-config file) and, on Linux,
# mimalloc (the executable's allocator).
set -euo pipefail
has_mimalloc() {
  [ "$(uname -s)" != "Linux" ] || [ -f /usr/include/mimalloc.h ]
}
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists yaml-0.1 && has_mimalloc; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q libyaml-dev pkg-config libmimalloc-dev
