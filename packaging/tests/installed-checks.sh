#!/bin/sh
# Runs INSIDE the clean Debian 12 root after the package is installed (see install-test.sh): the
# commands a user would run, against the installed files only.
# Usage: installed-checks.sh SAMPLE_DRAFT RESULTS_DIR BUILD_DIR
# BUILD_DIR is the path of the build tree outside, which must not exist in here.
set -eu

draft=$1
results=$2
build_dir=$3
mkdir -p "$results"

say() { echo "installed-checks: $*"; }
fail() {
    echo "installed-checks: FAIL: $*" >&2
    exit 1
}

[ ! -e "$build_dir/CMakeCache.txt" ] || fail "the build tree $build_dir is visible in the clean root"

version=$(nbapply --version) || fail "nbapply --version failed"
[ "$version" = "nbapply 0.1.0" ] || fail "nbapply --version printed '$version', not 'nbapply 0.1.0'"
say "nbapply --version: $version"

nbapply --help >/dev/null || fail "nbapply --help failed"
nbapply check email applicant@example.com >/dev/null || fail "nbapply check rejects a valid e-mail address"

status=0
nbapply validate "$draft" >"$results/validate.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$results/validate.txt" >&2; fail "nbapply validate of the sample exits with $status"; }
say "nbapply validate: the sample draft has no errors"

status=0
nbapply export "$draft" --out "$results/export" >"$results/export.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$results/export.txt" >&2; fail "nbapply export of the sample exits with $status"; }
pdf=$(find "$results/export" -name '*.pdf' | head -n 1)
[ -n "$pdf" ] || fail "nbapply export wrote no PDF"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
find "$results/export" -name '*.eml' | grep -q . || fail "nbapply export wrote no e-mail draft (.eml)"
say "nbapply export: wrote $(basename "$pdf") ($(wc -c <"$pdf") bytes) and the e-mail draft"

# The exported PDF carries the draft, so it can be validated again from the installed files. Its
# documents are relative to the draft's folder, so the PDF is validated from there.
reopened="$(dirname "$draft")/exported-copy.pdf"
cp "$pdf" "$reopened"
status=0
nbapply validate "$reopened" >"$results/validate-pdf.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$results/validate-pdf.txt" >&2; fail "nbapply validate of the exported PDF exits with $status"; }

# The scan checks, which nbapply loads from its module when a draft has an image: a damaged scan is an
# error (exit 1), as in the wizard.
folder=$(dirname "$draft")
printf 'not a picture' >"$folder/damaged-scan.png"
sed 's|documents/授权委托书（加盖公章）.pdf|damaged-scan.png|' "$draft" >"$folder/scan-check.nbapply.json"
status=0
nbapply validate "$folder/scan-check.nbapply.json" >"$results/validate-scan.txt" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$results/validate-scan.txt" >&2; fail "nbapply validate of a damaged scan exits with $status, not 1"; }
grep -q 'document.scan-unreadable' "$results/validate-scan.txt" ||
    { cat "$results/validate-scan.txt" >&2; fail "nbapply validate does not report the damaged scan"; }
say "nbapply validate: a damaged scan is the error document.scan-unreadable"
scan_module=$(find /usr/lib -name libnbapply-scan.so | head -n 1)
[ -n "$scan_module" ] || fail "the scan-check module libnbapply-scan.so is not installed"
# Review's web view: a module nbapply-gui loads when Review first opens (it starts without QtWebEngine).
review_module=$(find /usr/lib -name libnbapply-review.so | head -n 1)
[ -n "$review_module" ] || fail "the Review module libnbapply-review.so is not installed"

# The wizard and the xcb platform plugin must find every library the package's dependencies pulled in.
for binary in /usr/bin/nbapply /usr/bin/nbapply-gui "$scan_module" "$review_module" \
    /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqxcb.so \
    /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so; do
    [ -e "$binary" ] || fail "$binary is not installed"
    if ldd "$binary" | grep -q 'not found'; then
        ldd "$binary" | grep 'not found' >&2
        fail "$binary has unresolved libraries"
    fi
done
[ -x /usr/lib/qt6/libexec/QtWebEngineProcess ] || fail "QtWebEngineProcess is not installed"
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || fail "iso-codes country names are not installed"
say "nbapply-gui and its Qt plugins resolve every library"

# The wizard starts (Qt loads its platform plugin from the installed packages) and `nbapply` with
# GUI options execs the nbapply-gui installed beside it. Offscreen: the root has no display.
gui_version=$(QT_QPA_PLATFORM=offscreen nbapply-gui --version 2>"$results/gui.txt") ||
    { cat "$results/gui.txt" >&2; fail "nbapply-gui --version failed"; }
[ "$gui_version" = "nbapply 0.1.0" ] || fail "nbapply-gui --version printed '$gui_version'"
launched=$(QT_QPA_PLATFORM=offscreen nbapply --language en --version 2>"$results/launcher.txt") ||
    { cat "$results/launcher.txt" >&2; fail "nbapply did not launch nbapply-gui"; }
[ "$launched" = "nbapply 0.1.0" ] || fail "nbapply --language en --version printed '$launched'"
say "nbapply-gui starts offscreen, and nbapply launches it"
say "all checks passed"
