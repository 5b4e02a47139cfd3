#!/bin/sh
# Run by `mvn package` after train-archives.sh: makes target/pamphlet-VERSION-linux-x64.tar.gz, Pamphlet with a
# Java of its own, for a Linux machine with no Java (README, "Install"; src/docs/manual/getting-started/install-without-java.md):
#
#   pamphlet-VERSION/bin/pamphlet   src/main/sh/pamphlet, set to use the two folders below
#   pamphlet-VERSION/lib/           pamphlet.jar, and the class archive a training build made for runtime/
#   pamphlet-VERSION/runtime/       a Java trimmed by jlink to the modules Pamphlet uses
#
# The Java is the Java 25 JDK at /usr/lib/jvm/temurin-25-jdk-amd64 (or PAMPHLET_ARCHIVE_JDK) when there is one,
# else the JDK running Maven. On Java 25 and later the archive holds an ahead-of-time cache trained with
# runtime/'s own java, which fits no other Java. On earlier Javas it holds none: their class-data archive names
# the jar's absolute path, so one made here would not fit the unpacked folder; there, the first build makes it
# (when lib/ is writable). A JDK without jlink, or whose jlink cannot link, makes no archive: the build says so
# and goes on. The linked Java is kept in target/archive-runtime and linked again only when the JDK or the
# modules change, which is most of the time this step takes.
#
#   src/build/make-archive.sh TARGET-FOLDER MAVEN-JAVA-HOME VERSION SKIP
set -eu
target=$1
maven_java=$2
version=$3
skip=$4
project=$(dirname "$target")
here=$(dirname "$0")

say() { echo "pamphlet archive: $*"; }

# An archive of an earlier jar would be out of date, whether or not this run makes a new one.
rm -f "$target"/pamphlet-*-linux-*.tar.gz "$target"/pamphlet-*-linux-*.tar.gz.tmp

if [ "$skip" = true ]; then
    say "skipped (pamphlet.archive.skip)"
    exit 0
fi
if [ "$(uname -s)" != Linux ]; then
    say "not made: the archive is for Linux, and this is $(uname -s)"
    exit 0
fi
case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    *) arch=$(uname -m) ;;
esac

# The modules Pamphlet needs: those `jdeps --print-module-deps --ignore-missing-deps target/pamphlet.jar` prints
# (14 s, too slow for every package), and jdk.localedata, which jdeps cannot see: the date formats and
# alphabetical orders of every language but English. Check them again when adding a dependency; .ci/run builds,
# checks and serves a site from the archive.
modules=java.base,java.desktop,java.net.http,java.rmi,java.sql,jdk.httpserver,jdk.unsupported,jdk.localedata

jdk=${PAMPHLET_ARCHIVE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$jdk/bin/jlink" ] || jdk=$maven_java
if [ ! -x "$jdk/bin/jlink" ]; then
    say "not made: $jdk has no jlink (install a full JDK, or build with -Dpamphlet.archive.skip)"
    exit 0
fi
jdk=$(readlink -f "$jdk")
runtime_version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$jdk/release")
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*"$/\1/p' "$jdk/release")
if [ -z "$runtime_version" ] || [ -z "$feature" ]; then
    say "not made: $jdk/release gives no JAVA_RUNTIME_VERSION or JAVA_VERSION"
    exit 0
fi
started=$(date +%s)

# zip-6 is spelt 2 before Java 21. Java 25's AOT cache needs no class-data archive of the JDK's own; the
# class-data archive of an earlier Java is built on top of one.
if [ "$feature" -ge 21 ]; then compress=zip-6; else compress=2; fi
if [ "$feature" -ge 25 ]; then cds=; else cds=--generate-cds-archive; fi
runtime="$target/archive-runtime"
wanted="$jdk $runtime_version $modules $compress $cds"
if [ ! -f "$runtime/release" ] || [ "$(cat "$target/archive-runtime.key" 2>/dev/null)" != "$wanted" ]; then
    rm -rf "$runtime" "$target/archive-runtime.key"
    # The launcher finds the archive by the Java's exact version, from JAVA_RUNTIME_VERSION in the release file,
    # which jlink leaves out.
    if ! "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
        --compress "$compress" $cds --release-info "add:JAVA_RUNTIME_VERSION=\"$runtime_version\"" \
        --output "$runtime" > "$target/archive-jlink.log" 2>&1; then
        rm -rf "$runtime"
        say "not made: jlink of $jdk failed (see target/archive-jlink.log; a JDK without its jmods folder cannot link)"
        exit 0
    fi
    echo "$wanted" > "$target/archive-runtime.key"
fi

name="pamphlet-$version"
stage="$target/archive/$name"
rm -rf "$target/archive"
mkdir -p "$stage/bin" "$stage/lib"
cp -pR "$runtime" "$stage/runtime"
cp -p "$target/pamphlet.jar" "$stage/lib/pamphlet.jar"
sed 's/^bundled=no$/bundled=yes/' "$project/src/main/sh/pamphlet" > "$stage/bin/pamphlet"
chmod 755 "$stage/bin/pamphlet"
grep -q '^bundled=yes$' "$stage/bin/pamphlet" || { say "src/main/sh/pamphlet has no line bundled=no"; exit 1; }

log="$target/archive-training.log"
: > "$log"
if [ "$feature" -ge 25 ]; then
    . "$here/training-build.sh"
    (unset JAVA_HOME && training_build "$stage/bin/pamphlet" "$project/content" "$target/archive-training" "$log") \
        || true
    if ls "$stage/lib"/pamphlet.*."$runtime_version".aot > /dev/null 2>&1; then
        trained="with an ahead-of-time cache"
    else
        trained="WITHOUT an ahead-of-time cache: its training build failed (see target/archive-training.log)"
    fi
else
    trained="without a class-data archive (Java $feature's fits only the folder it is made in)"
fi

out="$target/$name-linux-$arch.tar.gz"
tar -C "$target/archive" --owner=0 --group=0 --numeric-owner -czf "$out.tmp" "$name"
mv "$out.tmp" "$out"
size=$(du -k "$out" | cut -f1)
say "$out: Java $runtime_version, $trained, $((size / 1024)) MB, in $(($(date +%s) - started)) s"
