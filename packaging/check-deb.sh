#!/bin/sh
# Builds the .deb from the release build and checks it end to end on this machine:
# lintian, desktop-file-validate, appstreamcli, then installs it with apt, runs the installed
# pokedex (version, and a headless search against the fake PokeAPI), purges it, and checks
# that nothing of it is left on disk.
#
# Usage, as root on Debian 12, from anywhere in the repository, after `cmake --preset release`:
#     packaging/check-deb.sh
# It installs the tools it needs if missing, builds only what the package and the check need
# (pokedex, the packaging files, fakepokeapi), and INSTALLS AND REMOVES the pokedex package.
#
# lintian must report no error and no warning. The one info tag it prints, kept:
#   binary-has-unneeded-section    CPack strips with plain `strip`, which keeps .comment.
# It is shown only when asked for (--display-info) and does not fail the check.
set -eu

cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/build/release"

passed=0
failed=0
ok()   { passed=$((passed + 1)); echo "ok    $*"; }
bad()  { failed=$((failed + 1)); echo "FAIL  $*" >&2; }
die()  { echo "check-deb: $*" >&2; echo "deb checks: $passed passed, $((failed + 1)) failed" >&2; exit 1; }
# check DESCRIPTION COMMAND...: one check, counted.
check() {
    what=$1; shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}

[ "$(id -u)" -eq 0 ] || die "run as root: it installs tools and installs/removes the pokedex package"
[ -f "$build/CMakeCache.txt" ] || die "no release build in $build: run 'cmake --preset release' first"

# --- tools --------------------------------------------------------------------------------
# package:command pairs. dpkg-dev (dpkg-shlibdeps) and file are what CPack's DEB generator
# needs for CPACK_DEBIAN_PACKAGE_SHLIBDEPS.
missing=""
for pair in lintian:lintian desktop-file-utils:desktop-file-validate appstream:appstreamcli \
            dpkg-dev:dpkg-shlibdeps file:file man-db:man librsvg2-bin:rsvg-convert \
            help2man:help2man; do
    command -v "${pair#*:}" >/dev/null 2>&1 || missing="$missing ${pair%%:*}"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

tmp=$(mktemp -d)
server_pid=""
installed_by_us=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    if [ -n "$installed_by_us" ] && dpkg-query -W -f='${Status}' pokedex 2>/dev/null | grep -q "ok installed"; then
        echo "check-deb: removing the pokedex package installed by this check" >&2
        apt-get remove --purge -y -qq pokedex >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# --- build and package --------------------------------------------------------------------
echo "=== build (pokedex, packaging files, fakepokeapi) and cpack -G DEB in $build"
cmake --build "$build" --target pokedex pokedex_packaging_files fakepokeapi \
    || die "build failed"
rm -f "$build"/pokedex_*.deb
(cd "$build" && cpack -G DEB) > "$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log" >&2; die "cpack -G DEB failed"; }

set -- "$build"/pokedex_*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then die "expected exactly one pokedex_*.deb in $build, found: $*"; fi
deb=$1
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
project_version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
echo "package: $deb"

check "file name is pokedex_<version>_<arch>.deb" \
    test "$(basename "$deb")" = "pokedex_${version}_${arch}.deb"
check "package version $version is the project version $project_version" \
    test "$version" = "$project_version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6svg6 qt6-qpa-plugins libqt6widgets6 libqt6network6 libqt6multimedia6 \
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good libzstd1 zlib1g libc6; do
    check "Depends has $dep" sh -c "echo '$depends' | tr ',' '\n' | grep -q '^ *$dep\\b'"
done

# --- lintian ------------------------------------------------------------------------------
echo "=== lintian"
# Root is fine here (lintian only warns about it); no lintian-overrides are needed.
if lintian --fail-on error,warning "$deb" > "$tmp/lintian.log" 2>&1; then
    ok "lintian: no errors, no warnings"
else
    cat "$tmp/lintian.log" >&2
    bad "lintian: errors or warnings (above)"
fi
grep -v '^running with root' "$tmp/lintian.log" || true

# --- staged files -------------------------------------------------------------------------
stage="$tmp/stage"
dpkg-deb -x "$deb" "$stage"
app_id=io.github.pokedex_desktop.Pokedex
desktop="usr/share/applications/$app_id.desktop"
metainfo="usr/share/metainfo/$app_id.metainfo.xml"
check "desktop-file-validate $desktop" desktop-file-validate "$stage/$desktop"
check "appstreamcli validate --no-net $metainfo" \
    appstreamcli validate --no-net "$stage/$metainfo"
check "metainfo names the desktop file and the binary" sh -c \
    "grep -q '<launchable type=\"desktop-id\">$app_id.desktop</launchable>' '$stage/$metainfo' \
     && grep -q '<binary>pokedex</binary>' '$stage/$metainfo'"
check "copyright is machine-readable with the PokeAPI credit" sh -c \
    "head -1 '$stage/usr/share/doc/pokedex/copyright' | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
     && grep -q 'PokeAPI' '$stage/usr/share/doc/pokedex/copyright'"
if LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$stage/usr/share/man/man1/pokedex.1.gz" \
        > /dev/null 2> "$tmp/man.err" && [ ! -s "$tmp/man.err" ]; then
    ok "man page renders without groff warnings"
else
    cat "$tmp/man.err" >&2
    bad "man page renders without groff warnings"
fi
# Every long option that --help prints is in the man page.
options=$("$build/app/pokedex" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || bad "pokedex --help lists options"
zcat "$stage/usr/share/man/man1/pokedex.1.gz" > "$tmp/pokedex.1"
for option in $options; do
    # help2man writes --api-url as \-\-api\-url.
    check "man page documents $option" grep -qF -e "$(printf '%s' "$option" | sed 's/-/\\-/g')" "$tmp/pokedex.1"
done

# --- install ------------------------------------------------------------------------------
echo "=== apt-get install $deb"
export DEBIAN_FRONTEND=noninteractive
installed_by_us=1
if ! apt-get install -y -qq "$deb" > "$tmp/install.log" 2>&1; then
    # A machine whose package lists are stale cannot fetch the Qt dependencies.
    apt-get update -qq
    apt-get install -y -qq "$deb" > "$tmp/install.log" 2>&1 \
        || { cat "$tmp/install.log" >&2; die "apt-get install $deb failed"; }
fi
ok "apt-get install ./$(basename "$deb")"

check "dpkg says pokedex $version is installed" \
    test "$(dpkg-query -W -f='${Status} ${Version}' pokedex)" = "install ok installed $version"
check "/usr/bin/pokedex --version prints 'Pokedex $version'" \
    test "$(/usr/bin/pokedex --version)" = "Pokedex $version"
check "pokedex is on PATH as /usr/bin/pokedex" test "$(command -v pokedex)" = /usr/bin/pokedex
check "desktop entry is in /usr/share/applications" test -f "/$desktop"
check "desktop entry Exec and Icon" sh -c \
    "grep -qx 'Exec=pokedex' '/$desktop' && grep -qx 'Icon=$app_id' '/$desktop'"
check "installed desktop entry validates" desktop-file-validate "/$desktop"
check "metainfo is in /usr/share/metainfo" test -f "/$metainfo"
check "scalable icon is in the hicolor theme" \
    test -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256; do
    png="/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    check "${size}x${size} icon is a ${size} x ${size} PNG" \
        sh -c "file '$png' | grep -q 'PNG image data, $size x $size,'"
done
check "man pokedex finds the installed page" \
    test "$(man -w pokedex 2>/dev/null)" = /usr/share/man/man1/pokedex.1.gz
check "copyright is in /usr/share/doc/pokedex" test -f /usr/share/doc/pokedex/copyright

# --- run the installed binary against the fake PokeAPI -----------------------------------
echo "=== headless search with /usr/bin/pokedex against the fake PokeAPI"
fake="$build/tests/support/fakepokeapi"
[ -x "$fake" ] || die "$fake is missing (built with the release preset's tests)"
"$fake" > "$tmp/fake.out" 2> "$tmp/fake.err" &
server_pid=$!
url=""
for _ in $(seq 100); do
    url=$(head -n 1 "$tmp/fake.out")
    case "$url" in http://*/) break ;; esac
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
case "$url" in
    http://127.0.0.1:*/) ok "fakepokeapi serves $url" ;;
    *) cat "$tmp/fake.err" >&2; die "fakepokeapi printed no URL (got '$url')" ;;
esac
status=0
HOME="$tmp/home" XDG_CACHE_HOME="$tmp/cache" timeout 60 /usr/bin/pokedex --headless --json \
    --cache-dir "$tmp/pokedex-cache" --api-url "$url" pikachu > "$tmp/search.json" \
    2> "$tmp/search.err" || status=$?
check "headless search exits 0" test "$status" -eq 0
check "pikachu comes back found in the JSON" \
    grep -q '"query":"pikachu".*"status":"found"' "$tmp/search.json"
check "the summary line says 1 found" grep -q '"summary":true.*"found":1' "$tmp/search.json"
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then
    echo "--- pokedex stdout:" >&2; cat "$tmp/search.json" >&2
    echo "--- pokedex stderr:" >&2; cat "$tmp/search.err" >&2
fi
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""

# --- purge --------------------------------------------------------------------------------
echo "=== apt-get remove --purge pokedex"
apt-get remove --purge -y -qq pokedex > "$tmp/remove.log" 2>&1 \
    || { cat "$tmp/remove.log" >&2; die "apt-get remove --purge pokedex failed"; }
installed_by_us=""
ok "apt-get remove --purge -y pokedex"
check "dpkg no longer knows pokedex" sh -c "! dpkg-query -W -f='\${Status}' pokedex 2>/dev/null | grep -q installed"

# Every file of the package is gone; every directory of it is gone too, unless another
# package owns it or it holds something else.
# A listing that failed or came out empty would check nothing and pass.
left=""
checked=0
dpkg-deb -c "$deb" > "$tmp/listing" || die "dpkg-deb -c $deb failed"
awk '{ print $1 " " $6 }' "$tmp/listing" | sed 's# \./# /#' > "$tmp/contents"
while read -r mode path; do
    path=${path%/}
    [ -n "$path" ] || continue
    checked=$((checked + 1))
    case "$mode" in
        d*)
            [ -e "$path" ] || continue
            dpkg-query -S "$path" >/dev/null 2>&1 && continue
            [ -n "$(ls -A "$path" 2>/dev/null)" ] && continue
            left="$left $path" ;;
        *)
            { [ -e "$path" ] || [ -L "$path" ]; } && left="$left $path" ;;
    esac
done < "$tmp/contents"
if [ "$checked" -eq 0 ]; then
    bad "no paths of the package to check after purge (dpkg-deb -c listed none)"
elif [ -z "$left" ]; then
    ok "nothing of the package is left on disk ($checked paths checked)"
else
    bad "left on disk after purge:$left"
fi

echo "deb checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "check-deb: FAILED (see FAIL lines above)" >&2; exit 1; }
