#!/usr/bin/env bash
# Never lose an article, checked on a real corpus: run A uninterrupted; run B killed with kill -9 twice (after
# KILL1 and KILL2 finished articles) and resumed; the tables of A and B must be byte-identical.
# Usage: scripts/resume-check.sh INPUT [WORK_DIR] [KILL1] [KILL2] [extra extract options...]
# Example (issue 6): scripts/resume-check.sh ../shared/data/news-bench/news-bench.jsonl.gz /tmp/nb 700 1500 --tables entities
set -u
IN=$1; WORK=${2:-/tmp/dateline-resume-check}; KILL1=${3:-700}; KILL2=${4:-1500}; shift $(( $# < 4 ? $# : 4 ))
JAR=$(cd "$(dirname "$0")/.." && pwd)/target/dateline.jar
RUN=(java -Xmx4g -jar "$JAR" extract -q --threads 2 --no-timings --article-timeout 3600 "$@")
rm -rf "$WORK" && mkdir -p "$WORK"
"${RUN[@]}" --out "$WORK/A" "$IN" 2> "$WORK/A.log"; echo "A exit $?"

run_b() { "${RUN[@]}" --out "$WORK/B" "$@" "$IN" 2>> "$WORK/B.log" & B=$!; }
kill_at() {
  while kill -0 "$B" 2>/dev/null; do
    n=$( (wc -l < "$WORK/B/.dateline-progress/journal.tsv") 2>/dev/null || echo 0)
    if [ "${n:-0}" -ge "$1" ]; then kill -9 "$B"; echo "killed B at journal line $n"; break; fi
    sleep 2
  done
  wait "$B" 2>/dev/null
}
run_b; kill_at "$KILL1"
run_b --resume; kill_at "$KILL2"
run_b --resume; wait "$B"; echo "B exit $?"
status=0
for f in articles mentions entities corpus_entities quotes events; do
  if cmp -s "$WORK/A/$f.csv" "$WORK/B/$f.csv"; then echo "$f.csv identical ($(wc -l < "$WORK/A/$f.csv") lines)"
  else echo "$f.csv DIFFERS"; status=1; fi
done
exit $status
