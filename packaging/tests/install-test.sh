#!/bin/sh
# The installed-package test: builds the .deb from the build tree with CPack, runs lintian on it,
# then creates a clean Debian 12 root with mmdebstrap that installs the package and its dependencies
# from the Debian archive, and runs nbapply there. The build and source trees do not exist inside
# that root, so a pass proves nbapply runs from its installed files only.
# Usage: install-test.sh SOURCE_DIR BUILD_DIR
# Exit codes: 0 pass, 1 fail, 77 skipped (not root: mmdebstrap needs root for a real chroot).
# NBAPPLY_PACKAGING_MIRROR overrides the archive (default: this machine's apt sources).
set -eu

source_dir=$(cd "$1" && pwd)
build_dir=$(cd "$2" && pwd)

if [ "$(id -u)" -ne 0 ]; then
    echo "install-test: SKIPPED: building a Debian 12 root needs root (run ctest as root)."
    exit 77
fi
for tool in cpack mmdebstrap lintian dpkg-deb; do
    command -v "$tool" >/dev/null || {
        echo "install-test: $tool is missing; run packaging/setup-debian.sh" >&2
        exit 1
    }
done

# The sample draft (examples/ belongs to the lead): the company example. The whole folder goes into
# the clean root, because a draft refers to its supporting documents by relative path.
draft_name=company.nbapply.json
if [ ! -f "$source_dir/examples/$draft_name" ]; then
    echo "install-test: FAIL: no sample draft examples/$draft_name to export" >&2
    exit 1
fi

work="$build_dir/packaging-test"
apt_cache="$work/apt-archives"   # kept between runs: the second run downloads only the indexes
mkdir -p "$apt_cache"
rm -rf "$work/results" "$build_dir/packages"/*.deb
mkdir -p "$work/results"

echo "== cpack: building the .deb"
started=$(date +%s)
cpack -G DEB --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    echo "install-test: FAIL: cpack could not build the package" >&2
    exit 1
}
deb=$(find "$build_dir/packages" -maxdepth 1 -name 'nbapply_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "install-test: FAIL: cpack made no nbapply_*.deb" >&2; exit 1; }
echo "built $deb ($(du -k "$deb" | cut -f1) KiB) in $(($(date +%s) - started)) s"
dpkg-deb --field "$deb" Package Version Depends Recommends

echo "== the package contents"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents.txt"
missing=0
for path in /usr/bin/nbapply /usr/bin/nbapply-gui \
    /usr/share/applications/io.github.nbapply.NbApply.desktop \
    /usr/share/metainfo/io.github.nbapply.NbApply.metainfo.xml \
    /usr/share/mime/packages/nbapply.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.nbapply.NbApply.svg \
    /usr/share/icons/hicolor/16x16/apps/io.github.nbapply.NbApply.png \
    /usr/share/icons/hicolor/256x256/apps/io.github.nbapply.NbApply.png \
    /usr/share/man/man1/nbapply.1.gz \
    /usr/share/doc/nbapply/copyright /usr/share/doc/nbapply/changelog.gz; do
    grep -qx "$path" "$work/contents.txt" || { echo "missing from the package: $path" >&2; missing=1; }
done
# The PDF font is read from fonts-noto-cjk (a dependency) and converted per export: no font file ships.
if grep -Ei '\.(ttf|ttc|otf)$' "$work/contents.txt" >&2; then
    echo "install-test: FAIL: the package ships the font files above" >&2
    exit 1
fi
[ "$missing" -eq 0 ] || { echo "install-test: FAIL: files are missing from the package" >&2; exit 1; }

echo "== lintian (errors fail the test, and the tags below; other warnings are listed)"
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || {
    cat "$work/lintian.txt" >&2
    echo "install-test: FAIL: lintian reports errors" >&2
    exit 1
}
cat "$work/lintian.txt"
# Fixed once, kept fixed: no ldconfig for modules that are not libraries (app/CMakeLists.txt,
# NBAPPLY_MODULE_DIR) and Debian's hardening flags (packaging/hardening.cmake). Not
# hardening-no-fortify-functions: lintian also reports it for a binary whose libc calls all have sizes
# unknown at compile time (nothing to fortify, e.g. the scan module's memcpy); packaging_metadata checks
# that the executables do call the fortified functions.
for tag in maintscript-calls-ldconfig hardening-no-bindnow hardening-no-relro; do
    if grep -q " $tag" "$work/lintian.txt"; then
        echo "install-test: FAIL: lintian reports $tag" >&2
        exit 1
    fi
done
if dpkg-deb --ctrl-tarfile "$deb" | tar -xO 2>/dev/null | grep -q ldconfig; then
    echo "install-test: FAIL: a maintainer script of the package calls ldconfig" >&2
    exit 1
fi

echo "== mmdebstrap: a clean Debian 12 root with the package installed"
mirror=${NBAPPLY_PACKAGING_MIRROR:-}
if [ -z "$mirror" ]; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        mirror=/etc/apt/sources.list.d/debian.sources
    else
        mirror="deb http://deb.debian.org/debian bookworm main"
    fi
fi
checks="$source_dir/packaging/tests/installed-checks.sh"
started=$(date +%s)
# Hooks: seed apt's cache from earlier runs, copy the sample draft and the checks in, run the checks
# in the chroot with a clean environment, and keep what they wrote. --include installs the .deb with
# the dependencies apt resolves from its control file; the file-mirror-automount hook makes the .deb
# visible to dpkg inside the chroot. The root itself is discarded (/dev/null).
# shellcheck disable=SC2016 # "$1" in the hooks is the chroot path, expanded by mmdebstrap's shell
if ! mmdebstrap --variant=apt --mode=root \
    --include="$deb" --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives' \
    --setup-hook="sync-in '$apt_cache' /var/cache/apt/archives" \
    --customize-hook="sync-out /var/cache/apt/archives '$apt_cache'" \
    --customize-hook="copy-in '$source_dir/examples' /tmp" \
    --customize-hook="copy-in '$checks' /tmp" \
    --customize-hook="chroot \"\$1\" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        sh /tmp/installed-checks.sh /tmp/examples/$draft_name /tmp/nbapply-results '$build_dir'" \
    --customize-hook="sync-out /tmp/nbapply-results '$work/results'" \
    bookworm /dev/null "$mirror" >"$work/mmdebstrap.log" 2>&1; then
    cat "$work/mmdebstrap.log" >&2
    echo "install-test: FAIL: the package did not install or run in a clean Debian 12 root" >&2
    exit 1
fi
sed -n '/^installed-checks:/p' "$work/mmdebstrap.log"
echo "clean root built, package installed and checked in $(($(date +%s) - started)) s"
ls -l "$work/results"
echo "install-test: PASS"
