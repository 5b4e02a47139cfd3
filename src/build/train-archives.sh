#!/bin/sh
# Run by `mvn package` right after the jar is made: one build of the project's own site with target/pamphlet
# trains the tuned JVM's class archive beside the jar (dev.pamphlet.launch.ClassArchive), so even the first build
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

. "$(dirname "$0")/training-build.sh"
train() {
    echo "== $1" >> "$log"
    (export JAVA_HOME="$1" && training_build "$target/pamphlet" "$project/content" "$target/pamphlet-training" "$log")
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
