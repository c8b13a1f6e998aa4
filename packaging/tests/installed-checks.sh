#!/bin/sh
# Runs INSIDE the clean Debian 12 root after the package is installed (see install-test.sh): the
# commands a user would run, against the installed files only.
# Usage: installed-checks.sh SAMPLE_DRAFT RESULTS_DIR
set -eu

draft=$1
results=$2
mkdir -p "$results"

say() { echo "installed-checks: $*"; }
fail() {
    echo "installed-checks: FAIL: $*" >&2
    exit 1
}

version=$(nbapply --version) || fail "nbapply --version exits with $?"
[ "$version" = "nbapply 0.1.0" ] || fail "nbapply --version printed '$version', not 'nbapply 0.1.0'"
say "nbapply --version: $version"

nbapply --help >/dev/null || fail "nbapply --help exits with $?"
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
say "nbapply export: wrote $(basename "$pdf") ($(wc -c <"$pdf") bytes)"

# The exported PDF carries the draft, so it can be validated again from the installed files.
status=0
nbapply validate "$pdf" >"$results/validate-pdf.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$results/validate-pdf.txt" >&2; fail "nbapply validate of the exported PDF exits with $status"; }

# The wizard and the xcb platform plugin must find every library the package's dependencies pulled in.
for binary in /usr/bin/nbapply /usr/bin/nbapply-gui \
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
say "all checks passed"
