#!/bin/sh
# Run by `mvn package` right after the jar is made: one build of the project's own site with target/pamphlet
# trains the tuned JVM's class archive beside the jar (dev.pamphlet.cli.ClassArchive), so even the first build
# a user runs starts quickly. It trains one for the Java running Maven, and an ahead-of-time cache for every
# JDK of Java 25 or later named in PAMPHLET_TRAIN_JDKS (folders separated by spaces) or installed under
# /usr/lib/jvm. Nothing here can fail the build: a Java that cannot train just trains on its first real build.
#
#   src/build/train-archives.sh TARGET-FOLDER MAVEN-JAVA-HOME
target=$1
maven_java=$2
project=$(dirname "$target")
log="$target/pamphlet-training.log"
: > "$log"

# The training build is the one that loads the most of what builds use: a rebuild after an edit, with the build
# cache. It reads the last build and finds what changed (as a build with nothing to do does), renders pages and
# makes PDF leaflets (as a full build does), takes the other PDFs from the cache and saves the cache again. A
# first, untuned build of a copy of the guide (PAMPHLET_TUNED_JVM=off: it trains nothing) leaves what it reads.
train() {
    echo "== $1" >> "$log"
    work="$target/pamphlet-training"
    rm -rf "$work"
    mkdir -p "$work"
    cp -r "$project/content" "$work/content"
    JAVA_HOME=$1 PAMPHLET_TUNED_JVM=off "$target/pamphlet" build --quiet --content "$work/content" \
        --output "$work/site" --cache "$work/cache" >> "$log" 2>&1
    edited=$(ls "$work/content"/*.md | grep -v '/index.md$' | head -1)
    printf '\nA sentence added to train the build on an edit.\n' >> "$edited"
    JAVA_HOME=$1 "$target/pamphlet" build --content "$work/content" --output "$work/site" \
        --cache "$work/cache" >> "$log" 2>&1 \
        || echo "(no archive from this Java: the first successful build with it trains one)" >> "$log"
    rm -rf "$work"
}

feature() { # the Java feature version of the JDK in folder $1, or 0
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*"$/\1/p' "$1/release" 2>/dev/null)
    echo "${v:-0}"
}

train "$maven_java"
done_homes=$(readlink -f "$maven_java")
for home in ${PAMPHLET_TRAIN_JDKS:-} /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    real=$(readlink -f "$home")
    case " $done_homes " in *" $real "*) continue ;; esac
    done_homes="$done_homes $real"
    [ "$(feature "$real")" -ge 25 ] && train "$real"
done
exit 0
