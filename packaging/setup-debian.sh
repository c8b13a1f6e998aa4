#!/bin/sh
# Installs everything nbapply needs to build, run and test on Debian 12 (bookworm), from Debian's
# archive only (the list's last line is for the AT-SPI developer check, tests/a11y/atspi_read.py).
# Idempotent: packages already installed are left alone and apt is not even asked.
# Run as root, or as a user who may use sudo.
set -eu

packages="
  cmake ninja-build g++ pkg-config git dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-pdf-dev qt6-webengine-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libhpdf-dev libharfbuzz-dev libqpdf-dev libphonenumber-dev libidn2-dev libzip-dev libssl-dev libgtest-dev libgmock-dev
  iso-codes fonts-noto-cjk fonts-hanazono python3 python3-fonttools xdg-utils
  qpdf poppler-utils openssl ca-certificates xvfb xauth imagemagick
  icc-profiles-free python3-pikepdf
  desktop-file-utils appstream shared-mime-info libglib2.0-bin groff-base lintian mmdebstrap mount
  zlib1g-dev clang-14 libclang-rt-14-dev
  at-spi2-core python3-pyatspi dbus-x11 openbox
"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "setup-debian: all build and test dependencies are installed."
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup-debian: installing:$missing"
$sudo apt-get update
# shellcheck disable=SC2086 # word splitting of the package list is intended
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
