#!/bin/sh
# Screenshots of the wizard's pages before Review in Chinese and English, and of the confirm control,
# taken from the real window under Xvfb (nbapply-gui's hidden --screenshot-* options grab the window
# once the event loop has settled; --screenshot-page is the page's position, 0 = Welcome).
# Usage: docs/screenshots.sh [BUILD_DIR]   (default: build/default). Writes docs/images/wizard-<page>-<lang>.png.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build/default"}
gui="$build/app/cli/nbapply-gui"
out="$here/images"
mkdir -p "$out"
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
[ "$(id -u)" = 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
# Settings and recovery files of the screenshot runs stay out of the user's home.
export XDG_CONFIG_HOME="$runtime/config" XDG_DATA_HOME="$runtime/data"

shoot() { # page name language draft
    xvfb-run -a -s '-screen 0 1280x900x24' "$gui" --language "$3" ${4:+--open "$4"} \
        --screenshot-page "$1" --screenshot-out "$out/wizard-$2-$3.png"
    echo "$out/wizard-$2-$3.png"
}

# The confirm control: the company with an early pilot credit code (fails only its check character),
# typed in lower case; unconfirmed in Chinese, confirmed in English.
pilot="$runtime/pilot.nbapply.json"
sed 's/"91110108MA01C3QK0B"/"91350100m0001tgqxm"/' "$here/../examples/company.nbapply.json" >"$pilot"
sed 's/"idNumber": "91350100m0001tgqxm",/&\n        "idNumberConfirmed": true,/' "$pilot" >"$runtime/confirmed.nbapply.json"
shoot 1 confirm zh_CN "$pilot"
shoot 1 confirm en "$runtime/confirmed.nbapply.json"

for lang in zh_CN en; do
    shoot 0 welcome "$lang" ""
    shoot 1 applicant "$lang" "$here/../examples/company.nbapply.json"
    shoot 1 applicant-person "$lang" "$here/../examples/individual.nbapply.json"
    shoot 2 representative "$lang" "$here/../examples/company.nbapply.json"
    shoot 3 plan "$lang" "$here/../examples/company.nbapply.json"
    shoot 4 documents "$lang" "$here/../examples/company.nbapply.json"
done

# Review shows every value as the PDF prints it: the company typed in a hurry (credit code with spaces
# in lower case, a full-width ID number and @, a phone without its country code) reads normalised.
messy="$runtime/messy"
mkdir -p "$messy"
cp -r "$here/../examples/documents" "$messy/"
sed -e 's/"91110108MA01C3QK0B"/"9111 0108 ma01 c3qk0b"/' \
    -e 's/"110105199003071239"/"１１０１０５ １９９００３０７ １２３９"/' \
    -e 's/"zhang.wei@nanshan-ai.example.cn"/"zhang.wei＠nanshan-ai.example.cn"/' \
    -e 's/"+8613800138000"/"138 0013 8000"/' \
    "$here/../examples/company.nbapply.json" >"$messy/company.nbapply.json"
for lang in zh_CN en; do
    xvfb-run -a -s '-screen 0 1280x1400x24' "$gui" --language "$lang" --open "$messy/company.nbapply.json" \
        --screenshot-page 5 --screenshot-size 1000x1250 --screenshot-out "$out/review-$lang.png"
    echo "$out/review-$lang.png"
done
