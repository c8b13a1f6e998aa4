#!/bin/sh
# Checks the desktop integration files with the freedesktop/Debian validators, offline, and checks
# that they agree with each other (one application id, one MIME type, the rendered icon sizes).
# Usage: metadata-test.sh SOURCE_DIR BUILD_DIR APP_ID [hardened]
# With "hardened" (an optimised build with NBAPPLY_HARDENING, packaging/hardening.cmake) it also checks
# the built binaries for what lintian looks for: full RELRO, bindnow, fortified libc calls.
set -eu

source_dir=$1
build_dir=$2
app_id=$3
hardened=${4:-}
packaging="$source_dir/packaging"
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Validators: each must accept its file without errors.
desktop="$packaging/$app_id.desktop"
metainfo="$packaging/$app_id.metainfo.xml"
mime="$packaging/nbapply-mime.xml"

desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"

man_warnings=$(groff -man -ww -z "$packaging/nbapply.1" 2>&1) || fail "groff cannot format the man page"
[ -z "$man_warnings" ] || fail "groff warns about the man page: $man_warnings"
# Every option of every subcommand's usage is in its SYNOPSIS; FILES names the configuration file.
/usr/bin/python3 "$packaging/tests/check-man-page.py" "$source_dir" || fail "the man page is incomplete"

# The MIME type: build a private MIME database with it and check the glob and the JSON parent.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$mime" "$tmp/mime/packages/"
# (It notes that the private database is not on the search path: that is the point, so hide the note.)
if ! PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$tmp/mime" >"$tmp/update-mime-database.log" 2>&1; then
    cat "$tmp/update-mime-database.log" >&2
    fail "update-mime-database rejects $mime"
fi
grep -qx 'application/x-nbapply-draft:\*\.nbapply\.json' "$tmp/mime/globs" ||
    fail "*.nbapply.json is not mapped to application/x-nbapply-draft"
grep -qx 'application/x-nbapply-draft application/json' "$tmp/mime/subclasses" ||
    fail "application/x-nbapply-draft is not a subclass of application/json"

grep -qx 'application/x-nbapply-package:\*\.nbapply\.zip' "$tmp/mime/globs" ||
    fail "*.nbapply.zip is not mapped to application/x-nbapply-package"

# A package nbapply writes is recognised by name and, renamed, by its content (GIO reads the private
# database through XDG_DATA_HOME, as a file manager would read the installed one).
content_type() {
    XDG_DATA_HOME="$tmp" XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$1" |
        sed -n 's/^ *standard::content-type: //p'
}
nbapply="$build_dir/app/cli/nbapply"
if [ -x "$nbapply" ]; then
    "$nbapply" package "$source_dir/examples/company.nbapply.json" --out "$tmp/a.nbapply.zip" --force \
        >/dev/null 2>&1 || fail "nbapply package failed"
    [ "$(content_type "$tmp/a.nbapply.zip")" = application/x-nbapply-package ] ||
        fail "a package named *.nbapply.zip is $(content_type "$tmp/a.nbapply.zip")"
    cp "$tmp/a.nbapply.zip" "$tmp/renamed.bin"
    [ "$(content_type "$tmp/renamed.bin")" = application/x-nbapply-package ] ||
        fail "a renamed package is $(content_type "$tmp/renamed.bin"), not found by its content"
    printf 'PK\003\004' >"$tmp/other.bin"
    head -c 200 /dev/zero >>"$tmp/other.bin"
    [ "$(content_type "$tmp/other.bin")" != application/x-nbapply-package ] ||
        fail "any ZIP-like file is taken for a package"
else
    fail "$nbapply is not built"
fi

# No install rule ships a font: the PDF font is read from fonts-noto-cjk, a dependency, and each export
# converts the glyphs it uses (app/core/pdf/cffoutlines.cpp). A 19 MB converted copy once made 84 % of
# the package.
if grep -rEl --include=cmake_install.cmake '\.(ttf|ttc|otf)' "$build_dir" >"$tmp/font-installs.txt"; then
    fail "install rules ship font files: $(tr '\n' ' ' <"$tmp/font-installs.txt")"
fi

# One application id and one MIME type everywhere.
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
grep -qx 'Exec=nbapply %F' "$desktop" || fail "the desktop entry does not start nbapply with the files"
grep -qx 'MimeType=application/x-nbapply-draft;application/x-nbapply-package;' "$desktop" ||
    fail "the desktop entry lacks the draft or the package type"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
grep -q '<release version="0.1.0"' "$metainfo" || fail "the metainfo has no 0.1.0 release"
grep -q 'Name\[zh_CN\]=' "$desktop" || fail "the desktop entry has no Chinese name"
grep -q '<summary xml:lang="zh_CN">' "$metainfo" || fail "the metainfo has no Chinese summary"

# The PNG icons rendered at build time: present, PNG, and of the size their folder names.
for size in 16 24 32 48 64 128 256; do
    png="$build_dir/packaging/hicolor/${size}x${size}/apps/$app_id.png"
    if [ ! -f "$png" ]; then
        fail "$png was not rendered"
        continue
    fi
    # Bytes 1-3 spell PNG; the IHDR width and height are big-endian at offsets 16 and 20.
    magic=$(dd if="$png" bs=1 skip=1 count=3 2>/dev/null)
    width=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}')
    height=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}')
    [ "$magic" = PNG ] || fail "$png is not a PNG"
    if [ "$width" != "$size" ] || [ "$height" != "$size" ]; then
        fail "$png is ${width}x$height, not ${size}x$size"
    fi
done

# Hardening, as lintian checks it in the package (hardening-no-relro, hardening-no-bindnow,
# hardening-no-fortify-functions): every binary has full RELRO and immediate binding; the executables,
# which call libc's fortifiable functions, call the checked ones (__memcpy_chk, __printf_chk, …).
if [ "$hardened" = hardened ]; then
    for binary in app/cli/nbapply app/cli/nbapply-gui app/cli/libnbapply-review.so app/cli/libnbapply-scan.so; do
        file="$build_dir/$binary"
        [ -f "$file" ] || { fail "$file is not built"; continue; }
        readelf -lW "$file" | grep -q GNU_RELRO || fail "$binary has no RELRO segment"
        readelf -dW "$file" | grep -Eq 'BIND_NOW|FLAGS_1.*NOW' || fail "$binary is not linked with -z now"
    done
    for binary in app/cli/nbapply app/cli/nbapply-gui; do
        file="$build_dir/$binary"
        [ -f "$file" ] || continue
        # __fprintf_chk, __snprintf_chk, __read_chk, …: a name ending in _chk (not __stack_chk_fail).
        readelf --dyn-syms -W "$file" | grep -Eq ' __[a-z0-9_]+_chk(@|$)' ||
            fail "$binary calls no fortified libc function (built without -D_FORTIFY_SOURCE=2)"
    done
fi

if [ "$failures" -ne 0 ]; then
    echo "metadata-test: $failures check(s) failed" >&2
    exit 1
fi
echo "metadata-test: desktop entry, metainfo, MIME type, man page and icons are valid and consistent"
