#!/usr/bin/env bash
# Times full builds of two checkouts of Pamphlet (each already built with `mvn -q package -DskipTests`) and of
# Hugo on the same corpus, taking turns in one run so all three see the same machine and the same disk, and
# prints each one's median and its ratio to Hugo's. Use it to tell whether a change made big builds slower:
# compare the two ratios, not the seconds.
#
#   src/bench/compare.sh BEFORE_DIR AFTER_DIR [--articles 10000] [--runs 5] [--work DIR]
#
# It uses the corpus and its Hugo twin that `src/bench/bench.sh --sizes N` leaves in its work folder (the same
# --work, default $TMPDIR/pamphlet-bench): run that once first. Output folders are kept until every run is done
# (see bench.sh on why deletes between runs distort the figures).
set -euo pipefail
[[ $# -ge 2 ]] || { sed -n '2,10p' "$0"; exit 2; }
before="$(cd "$1" && pwd)"; after="$(cd "$2" && pwd)"; shift 2
articles=10000; runs=5; work="${TMPDIR:-/tmp}/pamphlet-bench"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
command -v hugo >/dev/null || { echo "compare.sh: needs Hugo (apt-get install hugo)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "compare.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$work/corpus-$articles"
[[ -d "$corpus/content" && -d "$work/hugo-$articles" ]] || {
    echo "compare.sh: no $articles-article corpus in $work: run $here/bench.sh --sizes $articles --runs 1 first" >&2
    exit 2
}
rm -rf "$work/runs"; mkdir -p "$work/runs"
for i in $(seq 1 "$runs"); do
    for side in before after; do
        dir=$before; [[ $side == after ]] && dir=$after
        (cd "$dir" && /usr/bin/time -f %e -o "$work/runs/$side.$i" target/pamphlet build --content "$corpus/content" \
            --output "$work/runs/out-$side-$i" --cache "$work/runs/cache-$side-$i" >/dev/null 2>&1)
    done
    /usr/bin/time -f %e -o "$work/runs/hugo.$i" hugo --quiet --source "$work/hugo-$articles" \
        --destination "$work/runs/out-hugo-$i" >/dev/null 2>&1
done
median() { sort -n "$work"/runs/"$1".* | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
hugo_s=$(median hugo)
echo "$articles articles, full builds, medians of $runs runs (seconds; ratio to Hugo in the same run)"
for side in before after hugo; do
    s=$(median "$side")
    printf '%-7s %6.2f  %5.3f\n' "$side" "$s" "$(awk -v a="$s" -v b="$hugo_s" 'BEGIN {print a/b}')"
done
rm -rf "$work/runs"/out-* "$work/runs"/cache-*
