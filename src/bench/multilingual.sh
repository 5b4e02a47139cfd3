#!/usr/bin/env bash
# Times a rebuild after one body edit on a generated site in two languages: N articles (default 500), each with a
# Welsh translation (src/bench/MakeCorpus.java --translate cy), built once into a folder with the build cache, then
# three times more, each after appending a sentence to the body of the next article's Welsh page. Prints each
# rebuild's summary line, and the median wall time and processor time (user and system) of the three. Needs GNU
# time (/usr/bin/time, Debian package `time`).
#
#   src/bench/multilingual.sh [--articles N] [--work DIR] [--pamphlet COMMAND]
#
# Run it from the project folder after `mvn -q package -DskipTests`; --pamphlet gives another build of Pamphlet
# to time (a copy of target/pamphlet beside its pamphlet.jar), to compare two versions on the same corpus.
set -euo pipefail
articles=500
work="${TMPDIR:-/tmp}/pamphlet-multilingual"
project="$(cd "$(dirname "$0")/../.." && pwd)"
pamphlet="$project/target/pamphlet"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --pamphlet) pamphlet="$2"; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "multilingual.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
rm -rf "$work"
java "$project/src/bench/MakeCorpus.java" --articles "$articles" --out "$work" --translate cy >/dev/null
cd "$work"
build() { "$pamphlet" build --content content --output site --cache cache 2>&1 | grep '^Built' || true; }
build >/dev/null
walls=()
cpus=()
for i in 1 2 3; do
    page=$(ls content/articles/*.cy.md | sed -n "${i}p")
    printf '\nOne more sentence, added for run %s.\n' "$i" >> "$page"
    /usr/bin/time -o time.txt -f '%e %U %S' "$pamphlet" build --content content --output site --cache cache \
        2>&1 | grep '^Built'
    read -r wall user sys < time.txt
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "wall times (s): ${walls[*]}, median $(median "${walls[@]}");" \
    "processor times (s): ${cpus[*]}, median $(median "${cpus[@]}")"
