#!/usr/bin/env bash
# Times a rebuild after one body edit on a generated site in two languages: N articles (default 500), each with a
# Welsh translation (src/bench/MakeCorpus.java --translate cy), built once into a folder with the build cache, then
# three times more, each after appending a sentence to the body of the next article's Welsh page. Prints each
# rebuild's summary line and the median wall time.
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
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "multilingual.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
rm -rf "$work"
java "$project/src/bench/MakeCorpus.java" --articles "$articles" --out "$work" --translate cy >/dev/null
cd "$work"
build() { "$pamphlet" build --content content --output site --cache cache 2>&1 | grep '^Built'; }
build >/dev/null
times=()
for i in 1 2 3; do
    page=$(ls content/articles/*.cy.md | sed -n "${i}p")
    printf '\nOne more sentence, added for run %s.\n' "$i" >> "$page"
    start=$(date +%s%N)
    build
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "wall times (ms): ${times[*]}; median ${sorted[1]} ms"
