#!/usr/bin/env bash
# Signs an aanbieder's certificate request with the hub's client CA (docs/install.md, "Certificates"; D-821).
# Usage: sign-aanbieder.sh [--replacement N] CA_DIR CSR AGB [ORGANISATION]
#   CA_DIR holds client-ca.crt and client-ca.key (the key's passphrase is asked for, or taken from
#   IJW_CA_PASSIN in openssl's -passin form, e.g. file:/path). The subject is set here, whatever the request
#   says: CN aanbieder-<AGB>, or aanbieder-<AGB>-<N> with --replacement N (after a leaked key: the old CN
#   stays withdrawn). Writes CA_DIR/issued/<CN>.crt (the register of what this CA issued), valid
#   IJW_CERT_DAYS days (default 730), and prints the line for `clients` in ijwd.json.
#   Exit: 0 signed, 1 refused or failed, 2 usage.
set -euo pipefail

usage() { sed -n '3,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "sign-aanbieder.sh: error: $*" >&2; exit 1; }

suffix=""
case ${1:-} in
  -h | --help) usage ;;
  --replacement)
    [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || usage
    suffix=-$2
    shift 2 ;;
esac
[ $# -ge 3 ] && [ $# -le 4 ] || usage
ca_dir=$1
csr=$2
agb=$3
organisation=${4:-}
days=${IJW_CERT_DAYS:-730}
[[ $agb =~ ^[0-9]{8}$ ]] || die "'$agb' is not an AGB code of 8 digits"
[[ $days =~ ^[1-9][0-9]*$ ]] || die "IJW_CERT_DAYS must be a number of days, not '$days'"
# The organisation goes into the subject as text: no characters that openssl's -subj syntax would interpret.
[[ $organisation =~ ^[A-Za-z0-9\ .,\&\'()-]*$ ]] || die "the organisation may hold letters, digits, spaces and .,&'()- only"
[ -r "$ca_dir/client-ca.crt" ] && [ -r "$ca_dir/client-ca.key" ] || die "$ca_dir has no client-ca.crt and client-ca.key"
[ -r "$csr" ] || die "cannot read $csr"

# The requester holds the key it asks a certificate for, and the key is strong enough.
openssl req -in "$csr" -noout -verify 2>/dev/null || die "$csr is not a certificate request with a valid signature"
key=$(openssl req -in "$csr" -noout -text | sed -n 's/^ *Public-Key: (\([0-9]*\) bit)/\1/p')
algorithm=$(openssl req -in "$csr" -noout -text | sed -n 's/^ *Public Key Algorithm: *//p')
case $algorithm in
  id-ecPublicKey) [ "${key:-0}" -ge 256 ] || die "an EC key of $key bits is too weak (at least 256)" ;;
  rsaEncryption) [ "${key:-0}" -ge 2048 ] || die "an RSA key of $key bits is too weak (at least 2048)" ;;
  *) die "key algorithm '$algorithm' is not accepted (EC P-256 or RSA 2048 and up)" ;;
esac

cn=aanbieder-$agb$suffix
subject="/CN=$cn"
[ -z "$organisation" ] || subject="/O=$organisation/CN=$cn"
mkdir -p "$ca_dir/issued"
out=$ca_dir/issued/$cn.crt
extensions=$(mktemp)
trap 'rm -f "$extensions"' EXIT
# A client certificate only: it cannot sign others or serve TLS.
printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
  "extendedKeyUsage=clientAuth" "subjectKeyIdentifier=hash" "authorityKeyIdentifier=keyid" >"$extensions"
passin=()
[ -z "${IJW_CA_PASSIN:-}" ] || passin=(-passin "$IJW_CA_PASSIN")
umask 022
if ! error=$(openssl x509 -req -in "$csr" -subj "$subject" -CA "$ca_dir/client-ca.crt" \
               -CAkey "$ca_dir/client-ca.key" "${passin[@]}" -CAserial "$ca_dir/client-ca.srl" -CAcreateserial \
               -sha256 -days "$days" -extfile "$extensions" -out "$out.new" 2>&1); then
  rm -f "$out.new"
  die "openssl could not sign $csr: ${error//$'\n'/ }"
fi
if ! error=$(openssl verify -CAfile "$ca_dir/client-ca.crt" "$out.new" 2>&1); then
  rm -f "$out.new"
  die "the new certificate does not verify: ${error//$'\n'/ }"
fi
mv "$out.new" "$out"
echo "sign-aanbieder.sh: $out, subject $subject, valid until $(openssl x509 -in "$out" -noout -enddate | cut -d= -f2)" >&2
printf '"%s": "%s"\n' "$cn" "$agb"
