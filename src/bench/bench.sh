#!/usr/bin/env bash
# Times Pamphlet on generated corpora of patient-information articles, and Hugo on the same articles when it is
# installed, alternating the two in one run so both see the same machine load. Prints medians and ratios.
#
#   src/bench/bench.sh [--sizes "guide 10 1000 10000"] [--runs 5] [--java JDK]... [--seed N] [--work DIR]
#                      [--jar FILE] [--no-hugo] [--no-check]
#
# Run it from the project folder after `mvn -q package -DskipTests`. Pamphlet runs as `target/pamphlet`, the
# command the README gives, which starts the JVM tuned for builds (README, "Speed"). With --jar FILE, or with
# JVM options of your own in PAMPHLET_JAVA_OPTS (e.g. "-Xmx1g"), it runs as `java -jar FILE` instead;
# PAMPHLET_TUNED_JVM=off times the untuned JVM.
# --java JDK (a JDK folder, e.g. /usr/lib/jvm/temurin-25-jdk-amd64) runs Pamphlet on that Java; give it more
# than once to time several Javas in the same run, a row each. Without it, the Java of JAVA_HOME, or else the
# java on PATH. A size "guide" is the project's own content folder; numbers are generated corpora
# (src/bench/MakeCorpus.java, --seed N, default 1).
# Needs Java 17 and GNU time (/usr/bin/time, Debian package `time`); Hugo is optional (Debian package `hugo`).
#
# Scenarios, each timed as a whole process (JVM start included), wall time and peak resident memory:
#   full       build into a new, empty output folder, with a new, empty build cache (--cache): a genuinely full
#              build, nothing saved by an earlier run to start from
#   unchanged  build again into that folder with nothing changed (using the cache the full build saved)
#   new-folder build into another new folder with that cache (what it keeps, such as PDF leaflets, is reused)
#   one-edit   build again after appending a sentence to one article (using the cache)
# Output folders are deleted once every size is timed, never between timed runs: deleting thousands of freshly
# written files costs seconds of disk writeback, and on some file systems (ext4 without a journal) makes every
# file created for the next few minutes slower, Hugo's (two per page: a folder and its index.html) more than
# Pamphlet's; a delete between sizes would land in the next size's measurements. Leave a few minutes between two
# runs of this script for the same reason.
set -euo pipefail

sizes="guide 10 1000 10000"
javas=()
seed=1
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
        --java) javas+=("$(cd "$2" && pwd)"); shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --jar) jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; launch=jar; shift 2 ;;
        --no-hugo) use_hugo=no; shift ;;
        --no-check) do_check=no; shift ;;
        -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
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
if (( ${#javas[@]} == 0 )); then
    if [[ -n "${JAVA_HOME:-}" ]]; then
        javas=("$JAVA_HOME")
    else
        javas=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
fi
[[ "$launch" == script && ! -x "$project/target/pamphlet" ]] && {
    echo "bench.sh: $project/target/pamphlet is missing: run 'mvn -q package -DskipTests' first" >&2; exit 2; }
labels=()
for home in "${javas[@]}"; do
    [[ -x "$home/bin/java" ]] || { echo "bench.sh: no Java in $home (give a JDK folder to --java)" >&2; exit 2; }
    labels+=("java-$(sed -n 's/^JAVA_VERSION="\([^"]*\)"$/\1/p' "$home/release" 2>/dev/null || echo unknown)")
done
# The command that runs Pamphlet on the Java in folder $1.
pamphlet_command() {
    if [[ "$launch" == script ]]; then
        run_pamphlet=(env "JAVA_HOME=$1" "$project/target/pamphlet")
    else
        run_pamphlet=("$1/bin/java" "${java_opts[@]}" -jar "$jar")
    fi
}
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
make_hugo_site() { # the folder of articles, the Hugo site to make
    local articles="$1" site="$2"
    rm -rf "$site"
    mkdir -p "$site/content" "$site/layouts/_default"
    cp -al "$articles" "$site/content/articles" # hard links: an edit to the corpus reaches both
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

pamphlet() { # results file, Java folder, corpus, output folder
    pamphlet_command "$2"
    timed "$1" "${run_pamphlet[@]}" build --content "$3/content" --output "$4" --cache "$4.cache"
}
hugo_build() { timed "$1" hugo --quiet --source "$2" --destination "$3"; }

trash="$work/deleted-after-timing"
outputs=()
for n in $sizes; do outputs+=("$work/out-$n"); done
summary="$work/summary.txt"
: > "$summary"
pamphlet_command '$JAVA_HOME'
echo "Pamphlet: ${run_pamphlet[*]} build (PAMPHLET_TUNED_JVM=${PAMPHLET_TUNED_JVM:-on}); $runs runs each; $(nproc) cores" | tee -a "$summary"
for i in "${!javas[@]}"; do echo "  ${labels[$i]}: ${javas[$i]}" | tee -a "$summary"; done
[[ "$use_hugo" == yes ]] && echo "Hugo: $(hugo version | cut -d' ' -f1-2)" | tee -a "$summary"

for n in $sizes; do
    corpus="$work/corpus-$n"
    articles="$corpus/content/articles"
    if [[ "$n" == guide ]]; then
        rm -rf "$corpus" "$work/guide-articles"
        mkdir -p "$corpus" "$work/guide-articles"
        cp -r "$project/content" "$corpus/content"
        articles="$work/guide-articles" # for Hugo: hard links, so an edit reaches both
        find "$corpus/content" -maxdepth 1 -name '*.md' ! -name index.md -exec ln {} "$articles/" \;
    elif [[ ! -f "$corpus/.complete" ]]; then
        rm -rf "$corpus"
        java "$project/src/bench/MakeCorpus.java" --articles "$n" --out "$corpus" --seed "$seed" >/dev/null
        touch "$corpus/.complete"
    fi
    if [[ "$do_check" == yes ]]; then
        pamphlet_command "${javas[0]}"
        if ! "${run_pamphlet[@]}" check --content "$corpus/content" > "$work/check-$n.log" 2>&1; then
            echo "bench.sh: the $n-article corpus fails 'check':" >&2; grep -m5 'error' "$work/check-$n.log" >&2; exit 1
        fi
        echo "check, $n articles: $(grep -E '^[0-9]+ errors?' "$work/check-$n.log" || echo 'no problems')" | tee -a "$summary"
    fi
    [[ "$use_hugo" == yes ]] && make_hugo_site "$articles" "$work/hugo-$n"
    results="$work/results-$n"
    rm -rf "$results"
    # Output folders and their caches ($p.cache) left by an earlier run: moved aside (which frees nothing) and
    # deleted at the end, so every full run starts from nothing.
    [[ -e "$work/out-$n" ]] && mkdir -p "$trash" && mv "$work/out-$n" "$trash/out-$n-$$"
    mkdir -p "$results" "$work/out-$n"
    edited=$(find "$articles" -maxdepth 1 -name '*.md' | sort | sed -n 1p)
    cp "$edited" "$work/edited.orig"
    tools=()
    for i in "${!javas[@]}"; do tools+=("$i"); done
    [[ "$use_hugo" == yes ]] && tools+=(hugo)
    for run in $(seq 1 "$runs"); do
        # Rotate which tool goes first, so none always meets a warmer (or a busier) machine.
        order=("${tools[@]:$(( (run - 1) % ${#tools[@]} ))}" "${tools[@]:0:$(( (run - 1) % ${#tools[@]} ))}")
        for tool in "${order[@]}"; do
            if [[ "$tool" == hugo ]]; then
                h="$work/out-$n/hugo-$run"
                hugo_build "$results/hugo-full" "$work/hugo-$n" "$h"
                hugo_build "$results/hugo-unchanged" "$work/hugo-$n" "$h"
                hugo_build "$results/hugo-new-folder" "$work/hugo-$n" "$h-new"
            else
                p="$work/out-$n/pamphlet-${labels[$tool]}-$run"
                pamphlet "$results/${labels[$tool]}-full" "${javas[$tool]}" "$corpus" "$p"
                pamphlet "$results/${labels[$tool]}-unchanged" "${javas[$tool]}" "$corpus" "$p"
                # A new output folder with the cache the full build left (its PDF leaflets, say).
                pamphlet_command "${javas[$tool]}"
                timed "$results/${labels[$tool]}-new-folder" "${run_pamphlet[@]}" build --content "$corpus/content" \
                    --output "$p-new" --cache "$p.cache"
            fi
        done
        echo "Edited in benchmark run $run." >> "$edited" # in place: the Hugo site's hard link sees it too
        for tool in "${order[@]}"; do
            if [[ "$tool" == hugo ]]; then
                hugo_build "$results/hugo-one-edit" "$work/hugo-$n" "$work/out-$n/hugo-$run"
            else
                pamphlet "$results/${labels[$tool]}-one-edit" "${javas[$tool]}" "$corpus" \
                    "$work/out-$n/pamphlet-${labels[$tool]}-$run"
            fi
        done
        cat "$work/edited.orig" > "$edited"
    done
    echo
    what="$n articles"
    [[ "$n" == guide ]] && what="the shipped guide"
    echo "$what (medians of $runs runs; wall seconds, peak RSS MiB; ratio: Pamphlet / Hugo)" | tee -a "$summary"
    printf '%-10s %-20s %8s %8s %8s\n' scenario tool seconds ratio MiB | tee -a "$summary"
    for scenario in full unchanged new-folder one-edit; do
        hs=""
        if [[ "$use_hugo" == yes ]]; then
            hs=$(median "$results/hugo-$scenario" 1)
            printf '%-10s %-20s %8s %8s %8s\n' "$scenario" "hugo" "$hs" "1.00" \
                "$(awk -v k="$(median "$results/hugo-$scenario" 2)" 'BEGIN {printf "%.0f", k / 1024}')" \
                | tee -a "$summary"
        fi
        for label in "${labels[@]}"; do
            ps=$(median "$results/$label-$scenario" 1)
            ratio=-
            [[ -n "$hs" ]] && ratio=$(awk -v a="$ps" -v b="$hs" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
            printf '%-10s %-20s %8s %8s %8s\n' "$scenario" "pamphlet $label" "$ps" "$ratio" \
                "$(awk -v k="$(median "$results/$label-$scenario" 2)" 'BEGIN {printf "%.0f", k / 1024}')" \
                | tee -a "$summary"
        done
    done
done
rm -rf "$trash" "${outputs[@]}" # after all the timing: deletes stay out of the measurements
echo
echo "Summary in $summary; raw times (seconds, KiB) in $work/results-*"
