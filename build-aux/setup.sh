#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by build-aux/run and build-aux/test: installs whatever Debian/Ubuntu
# packages are missing (through sudo when not root), then configures and
# builds Dossier in BUILD_DIR (default: build/ in the source tree).
#
# Usage: source build-aux/setup.sh; dossier_setup [extra packages…]

set -euo pipefail

DOSSIER_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$DOSSIER_SRC/build}"

# Debian 12 package names (Ubuntu 22.04+ has the same names).
DOSSIER_BUILD_DEPS=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libgtk-4-dev libjson-glib-dev nettle-dev
  desktop-file-utils appstream
)
DOSSIER_TEST_DEPS=(
  xvfb xauth dbus dbus-x11 poppler-utils python3 time imagemagick fonts-dejavu-core
)

dossier_missing_packages () {
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]:-}"
}

dossier_install () {
  local missing
  missing="$(dossier_missing_packages "$@")"
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Dossier needs these packages, and this is not a Debian or Ubuntu system: $missing" >&2
    exit 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "Installing $missing needs root, and sudo is not available." >&2
      exit 1
    fi
  fi
  echo "Installing: $missing"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

dossier_build () {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    meson setup "$BUILD_DIR" "$DOSSIER_SRC" "$@"
  fi
  ninja -C "$BUILD_DIR"
}
