#!/bin/sh
# Screenshots for docs/reviewing.md, from the real window under Xvfb (see docs/screenshots.sh): the
# read-only banner of a received package, comments beside a field, the approval state on the Export
# page and the compare view. Usage: docs/review-screenshots.sh [BUILD_DIR]   (default: build/default).
# Writes docs/images/review-<what>-<lang>.png.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build/default"}
gui="$build/app/cli/nbapply-gui"
cli="$build/app/cli/nbapply"
out="$here/images"
mkdir -p "$out"
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
[ "$(id -u)" = 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export XDG_CONFIG_HOME="$runtime/config" XDG_DATA_HOME="$runtime/data"

shoot() { # page name language file [compare-with]
    xvfb-run -a -s '-screen 0 1280x900x24' "$gui" --language "$3" --open "$4" ${5:+--screenshot-compare "$5"} \
        --screenshot-page "$1" --screenshot-out "$out/review-$2-$3.png"
    echo "$out/review-$2-$3.png"
}

# The example application with its documents, a reviewer's comments and an approval typed into the JSON
# (the unsigned kind: "unsigned: not evidence of approval"), and an older version whose duration differs.
cp -r "$here/../examples/documents" "$runtime/documents"
python3 - "$here/../examples/company.nbapply.json" "$runtime" <<'PY'
import hashlib, json, os, sys
draft = json.load(open(sys.argv[1], encoding="utf-8"))
core = json.loads(json.dumps(draft))
core.pop("formatVersion", None)
for document in core.get("documents", []):
    document["path"] = os.path.basename(document["path"].replace("\\", "/"))
canonical = json.dumps(core, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
fingerprint = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
older = json.loads(json.dumps(draft))
older["plan"]["duration"] = "自获得书面授权之日起五年。"
older["plan"]["usage"] = older["plan"]["usage"].replace("智能", "人工")
json.dump(older, open(os.path.join(sys.argv[2], "v1.nbapply.json"), "w", encoding="utf-8"), ensure_ascii=False)
draft["formatVersion"] = 2
draft["review"] = {
    "comments": [
        {"id": "c1", "field": "plan.duration", "author": "李律师", "time": "2026-11-30T02:10:00Z",
         "text": "三年以上需要董事会决议 / Longer than three years needs a board resolution", "resolved": False,
         "replies": [{"author": "张伟", "time": "2026-11-30T02:30:00Z", "text": "已改为三年 / Changed to three years"}]},
        {"id": "c2", "field": "plan.regions", "author": "李律师", "time": "2026-11-30T02:12:00Z",
         "text": "是否包括香港？ / Does this include Hong Kong?", "resolved": True, "replies": []},
    ],
    "approval": {"state": "approved", "by": "李律师", "time": "2026-11-30T03:00:00Z", "fingerprint": fingerprint},
}
json.dump(draft, open(os.path.join(sys.argv[2], "reviewed.nbapply.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
"$cli" package --out "$runtime/from-colleague.nbapply.zip" "$runtime/reviewed.nbapply.json" >/dev/null

# The same application approved with a reviewer's certificate (docs/pdf-signatures.md, README "Signing"):
# a company CA and 李律师's certificate made here, the CA trusted as Settings would keep it.
pki="$runtime/pki"
mkdir -p "$pki" "$XDG_CONFIG_HOME/nbapply"
openssl req -x509 -newkey rsa:2048 -nodes -utf8 -subj "/CN=某某律师事务所 CA/O=某某律师事务所" -days 3650 \
    -keyout "$pki/ca.key" -out "$pki/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -utf8 -subj "/CN=李律师/O=某某律师事务所" -keyout "$pki/li.key" \
    -out "$pki/li.csr" 2>/dev/null
openssl x509 -req -in "$pki/li.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" -CAcreateserial -days 365 \
    -out "$pki/li.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$pki/li.key" -in "$pki/li.pem" -certfile "$pki/ca.pem" -passout pass:review \
    -out "$pki/li.p12"
printf 'review\n' >"$pki/password"
printf '[signing]\ntrustedCaFiles=%s\n' "$pki/ca.pem" >"$XDG_CONFIG_HOME/nbapply/nbapply.conf"
cp "$runtime/reviewed.nbapply.json" "$runtime/signed.nbapply.json"
"$cli" approve "$runtime/signed.nbapply.json" --sign "$pki/li.p12" --password-file "$pki/password" \
    --note "可以发送 / Ready to send" >/dev/null

for lang in zh_CN en; do
    shoot 6 approval-signed "$lang" "$runtime/signed.nbapply.json"
    shoot 1 banner "$lang" "$runtime/from-colleague.nbapply.zip"
    shoot 3 comments "$lang" "$runtime/reviewed.nbapply.json"
    shoot 6 approval "$lang" "$runtime/reviewed.nbapply.json"
    shoot 5 compare "$lang" "$runtime/reviewed.nbapply.json" "$runtime/v1.nbapply.json"
done
