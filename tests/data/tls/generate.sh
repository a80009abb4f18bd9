#!/bin/sh
# Regenerates the TEST-ONLY TLS files in this directory (see README.md). Needs openssl 3.
# The CA's private key is thrown away: nothing can ever be signed with this CA again.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
days=9125 # 25 years

openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -keyout "$tmp/ca-key.pem" -out ca.pem -days "$days" -sha256 \
    -subj "/O=Pokedex tests/CN=Pokedex Test CA (not for real use)" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"

openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -keyout server-key.pem -out "$tmp/server.csr" \
    -subj "/O=Pokedex tests/CN=127.0.0.1"

cat > "$tmp/server.ext" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EXT
openssl x509 -req -in "$tmp/server.csr" -CA ca.pem -CAkey "$tmp/ca-key.pem" \
    -CAcreateserial -CAserial "$tmp/ca.srl" -out server.pem -days "$days" -sha256 \
    -extfile "$tmp/server.ext"

openssl verify -CAfile ca.pem server.pem
