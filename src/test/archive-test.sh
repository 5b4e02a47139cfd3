#!/bin/sh
# The release archive works on a machine with no Java: unpacked into a new folder and run with an environment
# that holds no Java (no JAVA_HOME, and a PATH of only the tools the launcher uses), through a link on PATH as
# the manual's "Install Pamphlet" page has it, `pamphlet new`, `build`, `check` and `serve` work, the tuned JVM maps the
# archive's ahead-of-time cache (when it has one), and the preview serves the home page. Run by .ci/run.
#
#   src/test/archive-test.sh [ARCHIVE]    (default: the one in target/)
set -eu
archive=${1:-$(ls target/pamphlet-*-linux-*.tar.gz)}
archive=$(readlink -f "$archive")
tmp=$(mktemp -d)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2> /dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "archive-test: FAILED: $*" >&2
    exit 1
}

mkdir "$tmp/unpacked" "$tmp/bin" "$tmp/work"
tar -C "$tmp/unpacked" -xf "$archive"
top=$(ls -d "$tmp/unpacked"/pamphlet-*)
for tool in dirname readlink; do
    ln -s "$(command -v "$tool")" "$tmp/bin/$tool"
done
ln -s "$top/bin/pamphlet" "$tmp/bin/pamphlet"
# Only what the launcher needs, and no java: /usr/bin/java may well exist on this machine.
run() { (cd "$tmp/work/${dir:-}" && env -i PATH="$tmp/bin" HOME="$tmp" "$@"); }
if run /bin/sh -c 'command -v java'; then fail "java is on the test's PATH"; fi
run /bin/sh -c 'command -v pamphlet' > /dev/null || fail "the link to the launcher is not on the test's PATH"

run pamphlet --version | grep -q '^pamphlet ' || fail "--version"
run pamphlet new site --title "Archive test" --publisher "Example health library" > "$tmp/new.log" 2>&1 \
    || { cat "$tmp/new.log"; fail "new"; }
dir=site run pamphlet build > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; fail "build"; }
grep -q '^Built ' "$tmp/build.log" || { cat "$tmp/build.log"; fail "build said nothing built"; }
[ -f "$tmp/work/site/target/site/index.html" ] || fail "build wrote no target/site/index.html"
dir=site run pamphlet check > "$tmp/check.log" 2>&1 || { cat "$tmp/check.log"; fail "check"; }

# The archive's cache was trained with its own Java, and that Java maps it from wherever it is unpacked.
if ls "$top/lib"/pamphlet.*.aot > /dev/null 2>&1; then
    aot=$(ls "$top/lib"/pamphlet.*.aot)
    run "$top/runtime/bin/java" "-XX:AOTCache=$aot" -XX:AOTMode=on -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -XX:MaxTenuringThreshold=0 -Xlog:disable -cp "$top/lib/pamphlet.jar" dev.pamphlet.cli.Main --version \
        > /dev/null || fail "the runtime refuses the archive's ahead-of-time cache"
else
    echo "archive-test: note: the archive holds no ahead-of-time cache" >&2
fi

# The launcher replaces itself with java, so the process started here is the server.
cd "$tmp/work/site"
: > "$tmp/serve.log"
env -i PATH="$tmp/bin" HOME="$tmp" pamphlet serve --port 0 > "$tmp/serve.log" 2>&1 &
server=$!
cd /
address=
for _ in $(seq 1 100); do
    address=$(sed -n 's/^Serving \(http:[^ ]*\) .*/\1/p' "$tmp/serve.log")
    [ -n "$address" ] && break
    sleep 0.2
done
[ -n "$address" ] || { cat "$tmp/serve.log"; fail "serve did not start"; }
case "$address" in
    http://127.0.0.1:* | http://localhost:* | http://\[::1\]:*) ;;
    *) fail "serve is not on loopback: $address" ;;
esac
curl -fsS "$address" | grep -q 'Archive test' || fail "serve: the home page at $address"
kill "$server"
wait "$server" 2> /dev/null || true
server=
echo "archive-test: $(basename "$archive"): --version, new, build, check and serve work with no Java installed"
