#!/usr/bin/env bash
# Demo certificates for ijwd (docs/ijwd.md): a demo CA, a server certificate for 127.0.0.1 and localhost, and a
# client certificate per AGB code (default: 12345678), all signed by the demo CA, written to DIR:
#   ca.crt ca.key  server.crt server.key  client-<AGB>.crt client-<AGB>.key (subject CN ijw-demo-aanbieder-<AGB>)
# Usage: deploy/local/demo-certs.sh DIR [AGB...]
# For demonstrations and tests only: the keys are unencrypted and the CA signs whatever this script asks.
set -euo pipefail

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
dir=$1
shift
agbs=("$@")
[ ${#agbs[@]} -gt 0 ] || agbs=(12345678)
for agb in "${agbs[@]}"; do
  [[ $agb =~ ^[0-9]{8}$ ]] || { echo "demo-certs.sh: '$agb' is not an AGB code of 8 digits" >&2; exit 2; }
done

mkdir -p "$dir"
cd "$dir"
umask 077
days=825
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

key ca.key
openssl req -x509 -new -key ca.key -sha256 -days "$days" -subj "/O=ijw-hub demo/CN=ijw-hub demo CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.crt

sign() { # NAME SUBJECT EXTENSIONS
  key "$1.key"
  openssl req -new -key "$1.key" -subj "$2" -out "$1.csr"
  printf '%s\n' "$3" >"$1.ext"
  openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -sha256 -days "$days" \
    -extfile "$1.ext" -out "$1.crt" 2>/dev/null
  rm -f "$1.csr" "$1.ext"
}

sign server "/O=ijw-hub demo/CN=localhost" \
  "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost"

for agb in "${agbs[@]}"; do
  sign "client-$agb" "/O=ijw-hub demo/CN=ijw-demo-aanbieder-$agb" \
    "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth"
done
rm -f ca.srl
chmod 644 ./*.crt
echo "demo certificates in $dir: ca.crt, server.crt/.key, client certificates for ${agbs[*]}"
