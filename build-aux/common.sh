# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by build-aux/run and build-aux/test: install what is missing, then build.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Installs the packages named in the given files that are not installed yet.
# apt-get runs only when something is missing.
ensure_packages () {
  local missing=()
  local pkg
  for pkg in $(grep -hv '^#' "$@" | tr -s ' \n' '\n'); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -q || return 1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# build DIR [meson options…]: configures on first use, then builds.
build () {
  local dir=$1; shift
  if [ ! -f "$top/$dir/build.ninja" ]; then
    meson setup "$top/$dir" "$top" "$@" || return 1
  fi
  ninja -C "$top/$dir"
}
