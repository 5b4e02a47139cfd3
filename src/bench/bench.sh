#!/usr/bin/env bash
# Times Pamphlet on generated corpora of patient-information articles, and Hugo on the same articles when it is
# installed, alternating the two in one run so both see the same machine load. Prints medians and ratios.
#
#   src/bench/bench.sh [--sizes "10 1000 10000"] [--runs 5] [--work DIR] [--jar FILE] [--no-hugo] [--no-check]
#
# Run it from the project folder after `mvn -q package -DskipTests`. Pamphlet runs as `target/pamphlet`, the
# command the README gives, which starts the JVM tuned for builds (README, "Speed"). With --jar FILE, or with
# JVM options of your own in PAMPHLET_JAVA_OPTS (e.g. "-Xmx1g"), it runs as `java -jar FILE` instead;
# PAMPHLET_TUNED_JVM=off times the untuned JVM.
# Needs Java 17 and GNU time (/usr/bin/time, Debian package `time`); Hugo is optional (Debian package `hugo`).
#
# Scenarios, each timed as a whole process (JVM start included), wall time and peak resident memory:
#   full       build into a new, empty output folder, with a new, empty build cache (--cache): a genuinely full
#              build, nothing saved by an earlier run to start from
#   unchanged  build again into that folder with nothing changed (using the cache the full build saved)
#   one-edit   build again after appending a sentence to one article (using the cache)
# Output folders are deleted after the timed runs, never during them: deleting thousands of freshly written
# files costs seconds of disk writeback that would land in the next measurement.
set -euo pipefail

sizes="10 1000 10000"
jar=""
launch=script
runs=5
work="${TMPDIR:-/tmp}/pamphlet-bench"
use_hugo=auto
do_check=yes
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --jar) jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; launch=jar; shift 2 ;;
        --no-hugo) use_hugo=no; shift ;;
        --no-check) do_check=no; shift ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

project="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${jar:-$project/target/pamphlet.jar}"
timer=/usr/bin/time
[[ -f "$jar" ]] || { echo "bench.sh: $jar is missing: run 'mvn -q package -DskipTests' first" >&2; exit 2; }
[[ -x "$timer" ]] || { echo "bench.sh: $timer is missing: install GNU time (apt-get install time)" >&2; exit 2; }
if [[ "$use_hugo" == auto ]]; then
    if command -v hugo >/dev/null; then use_hugo=yes; else use_hugo=no; fi
fi
read -r -a java_opts <<< "${PAMPHLET_JAVA_OPTS:-}"
(( ${#java_opts[@]} > 0 )) && launch=jar
if [[ "$launch" == script ]]; then
    run_pamphlet=("$project/target/pamphlet")
    [[ -x "${run_pamphlet[0]}" ]] || { echo "bench.sh: ${run_pamphlet[0]} is missing: run 'mvn -q package -DskipTests' first" >&2; exit 2; }
else
    run_pamphlet=(java "${java_opts[@]}" -jar "$jar")
fi
mkdir -p "$work"
cd "$project"

# One timed run: appends "seconds peak-KiB" to the file $1; the command's output goes to $work/last.log.
timed() {
    local into="$1"; shift
    if ! "$timer" -f '%e %M' -o "$work/time.txt" "$@" >"$work/last.log" 2>&1; then
        echo "bench.sh: failed: $*" >&2; tail -20 "$work/last.log" >&2; exit 1
    fi
    tail -1 "$work/time.txt" >> "$into"
}

median() { # the median of the numbers in column $2 of file $1
    awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

# A Hugo site over the same articles: its own config and minimal layouts showing what Pamphlet's pages show
# (title, summary, body, review dates, sources, previous/next, the full list on the home page).
make_hugo_site() {
    local corpus="$1" site="$2"
    rm -rf "$site"
    mkdir -p "$site/content" "$site/layouts/_default"
    cp -al "$corpus/content/articles" "$site/content/articles" # hard links: an edit to the corpus reaches both
    printf -- '---\ntitle: Benchmark Health Library\nsummary: Generated articles for timing builds.\n---\n\nA generated library of patient-information articles.\n' > "$site/content/_index.md"
    cat > "$site/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
title = "Benchmark Health Library"
languageCode = "en-GB"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
EOF
    cat > "$site/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header><a href="{{ "" | relURL }}">{{ site.Title }}</a></header>
{{ block "main" . }}{{ end }}
<footer><p>Published by Benchmark Publisher.</p></footer>
</body>
</html>
EOF
    cat > "$site/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<main>
<h1>{{ .Title }}</h1>
<p class="lede">{{ .Params.summary }}</p>
<div class="body">{{ .Content }}</div>
<p>Page last reviewed: {{ .Params.reviewed }}. Next review due: {{ .Params.review_due }}.</p>
<ul>{{ range .Params.sources }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</main>{{ end }}
EOF
    cat > "$site/layouts/index.html" <<'EOF'
{{ define "main" }}<main><h1>{{ .Title }}</h1>{{ .Content }}
<ol>{{ range site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}</ol>
</main>{{ end }}
EOF
    cat > "$site/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<main><h1>{{ .Title }}</h1></main>{{ end }}
EOF
    cat > "$site/layouts/404.html" <<'EOF'
{{ define "main" }}<main><h1>Page not found</h1></main>{{ end }}
EOF
}

pamphlet() { timed "$1" "${run_pamphlet[@]}" build --content "$2/content" --output "$3" --cache "$3.cache"; }
hugo_build() { timed "$1" hugo --quiet --source "$2" --destination "$3"; }

summary="$work/summary.txt"
: > "$summary"
echo "Pamphlet: ${run_pamphlet[*]} build (PAMPHLET_TUNED_JVM=${PAMPHLET_TUNED_JVM:-on}); $runs runs each; $(nproc) cores" | tee -a "$summary"
[[ "$use_hugo" == yes ]] && echo "Hugo: $(hugo version | cut -d' ' -f1-2)" | tee -a "$summary"

for n in $sizes; do
    corpus="$work/corpus-$n"
    if [[ ! -f "$corpus/.complete" ]]; then
        rm -rf "$corpus"
        java "$project/src/bench/MakeCorpus.java" --articles "$n" --out "$corpus" >/dev/null
        touch "$corpus/.complete"
    fi
    if [[ "$do_check" == yes ]]; then
        if ! "${run_pamphlet[@]}" check --content "$corpus/content" > "$work/check-$n.log" 2>&1; then
            echo "bench.sh: the $n-article corpus fails 'check':" >&2; grep -m5 'error' "$work/check-$n.log" >&2; exit 1
        fi
        echo "check, $n articles: $(grep -E '^[0-9]+ errors?' "$work/check-$n.log" || echo 'no problems')" | tee -a "$summary"
    fi
    [[ "$use_hugo" == yes ]] && make_hugo_site "$corpus" "$work/hugo-$n"
    results="$work/results-$n"
    rm -rf "$results" "$work/out-$n" # output folders and their caches ($p.cache): every full run starts from nothing
    mkdir -p "$results" "$work/out-$n"
    edited=$(find "$corpus/content/articles" -name '*.md' | sort | sed -n 1p)
    cp "$edited" "$work/edited.orig"
    for run in $(seq 1 "$runs"); do
        p="$work/out-$n/pamphlet-$run"
        h="$work/out-$n/hugo-$run"
        # Alternate which tool goes first, so neither always meets a warmer disk cache.
        order="pamphlet hugo"
        (( run % 2 == 0 )) && order="hugo pamphlet"
        for tool in $order; do
            if [[ "$tool" == pamphlet ]]; then
                pamphlet "$results/pamphlet-full" "$corpus" "$p"
                pamphlet "$results/pamphlet-unchanged" "$corpus" "$p"
            elif [[ "$use_hugo" == yes ]]; then
                hugo_build "$results/hugo-full" "$work/hugo-$n" "$h"
                hugo_build "$results/hugo-unchanged" "$work/hugo-$n" "$h"
            fi
        done
        echo "Edited in benchmark run $run." >> "$edited" # in place: the Hugo site's hard link sees it too
        for tool in $order; do
            if [[ "$tool" == pamphlet ]]; then
                pamphlet "$results/pamphlet-one-edit" "$corpus" "$p"
            elif [[ "$use_hugo" == yes ]]; then
                hugo_build "$results/hugo-one-edit" "$work/hugo-$n" "$h"
            fi
        done
        cat "$work/edited.orig" > "$edited"
    done
    echo
    echo "$n articles (medians of $runs runs; wall seconds, peak RSS MiB)" | tee -a "$summary"
    printf '%-10s %12s %12s %10s %12s %12s\n' scenario "pamphlet s" "hugo s" "ratio" "pamphlet MiB" "hugo MiB" \
        | tee -a "$summary"
    for scenario in full unchanged one-edit; do
        ps=$(median "$results/pamphlet-$scenario" 1)
        pm=$(median "$results/pamphlet-$scenario" 2)
        if [[ "$use_hugo" == yes ]]; then
            hs=$(median "$results/hugo-$scenario" 1)
            hm=$(median "$results/hugo-$scenario" 2)
            ratio=$(awk -v a="$ps" -v b="$hs" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
            hm=$(awk -v k="$hm" 'BEGIN {printf "%.0f", k / 1024}')
        else
            hs="-"; hm="-"; ratio="-"
        fi
        printf '%-10s %12s %12s %10s %12s %12s\n' "$scenario" "$ps" "$hs" "$ratio" \
            "$(awk -v k="$pm" 'BEGIN {printf "%.0f", k / 1024}')" "$hm" | tee -a "$summary"
    done
    rm -rf "$work/out-$n" # after timing: deletes stay out of the measurements
done
echo
echo "Summary in $summary; raw times (seconds, KiB) in $work/results-*"
