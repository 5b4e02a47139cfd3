# Sourced by train-archives.sh and make-archive.sh.
#
# training_build LAUNCHER CONTENT WORK LOG: one training build with LAUNCHER (target/pamphlet, or the release
# archive's bin/pamphlet) of a copy of CONTENT in the new folder WORK, writing the class archive beside the jar.
# The training build is the one that loads the most of what builds use: a rebuild after an edit, with the build
# cache. It reads the last build and finds what changed (as a build with nothing to do does), renders pages and
# makes PDF leaflets (as a full build does), takes the other PDFs from the cache and saves the cache again. A
# first, untuned build of the copy (PAMPHLET_TUNED_JVM=off: it trains nothing) leaves what it reads. Whether
# the training build succeeded.
training_build() {
    _launcher=$1 _work=$3 _log=$4
    rm -rf "$_work"
    mkdir -p "$_work"
    cp -r "$2" "$_work/content"
    PAMPHLET_TUNED_JVM=off "$_launcher" build --quiet --content "$_work/content" \
        --output "$_work/site" --cache "$_work/cache" >> "$_log" 2>&1
    _edited=$(ls "$_work/content"/*.md | grep -v '/index.md$' | head -1)
    printf '\nA sentence added to train the build on an edit.\n' >> "$_edited"
    if "$_launcher" build --content "$_work/content" --output "$_work/site" --cache "$_work/cache" \
        >> "$_log" 2>&1; then
        _trained=0
    else
        echo "(no archive from this Java: the first successful build with it trains one)" >> "$_log"
        _trained=1
    fi
    rm -rf "$_work"
    return $_trained
}
