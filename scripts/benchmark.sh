#!/usr/bin/env bash
# The throughput benchmark of docs/PERFORMANCE.md (a measurement, not a test): Dateline's three table sets and plain
# CoreNLP on the same slice of news-bench, with 1 and 2 threads, one fresh JVM per configuration, all in one
# invocation on one machine. Prints tokens/s, CPU seconds per 1,000 tokens, model-load time and peak RSS, and the
# throughput ratios to plain CoreNLP measured in the same invocation; profiles the full pipeline with Java Flight
# Recorder to show how much CPU our own stages take; finally measures thread scaling in one warm JVM (a fresh JVM's
# 1-thread run borrows the idle cores for JIT compilation and garbage collection, which hides what threads add).
# Usage: scripts/benchmark.sh [ARTICLES] [WORK_DIR] [INPUT]
#   defaults: 200 articles, /tmp/dateline-bench, ../shared/data/news-bench/news-bench.jsonl.gz
#   THREADS="1 2" and HEAP=4g may be set in the environment.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-200}; WORK=${2:-/tmp/dateline-bench}; IN=${3:-$ROOT/../shared/data/news-bench/news-bench.jsonl.gz}
THREADS=${THREADS:-1 2}; HEAP=${HEAP:-4g}
[ -f "$IN" ] || { echo "benchmark: input $IN not found; pass the news-bench file as third argument" >&2; exit 2; }
rm -rf "$WORK" && mkdir -p "$WORK"
(cd "$ROOT" && mvn -q -DskipTests package && mvn -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/cp.txt")
# Private copies: rebuilding the project while the benchmark runs must not change what it measures.
cp -r "$ROOT/target/dateline.jar" "$ROOT/target/lib" "$ROOT/target/test-classes" "$WORK/"
case "$IN" in *.gz) zcat "$IN" | head -n "$N" > "$WORK/slice.jsonl" ;; *) head -n "$N" "$IN" > "$WORK/slice.jsonl" ;; esac
JAVA=(java "-Xmx$HEAP")
PLAIN=("${JAVA[@]}" -cp "$WORK/test-classes:$WORK/dateline.jar:$(cat "$WORK/cp.txt")" org.dateline.bench.PlainCoreNlpRun)
DATELINE=(-jar "$WORK/dateline.jar" extract -q --overwrite --no-timings)
JFR=(-XX:FlightRecorderOptions=stackdepth=256 "-XX:StartFlightRecording=filename=$WORK/full.jfr,settings=profile")

# run NAME THREADS COMMAND...: one configuration; appends a row to results.tsv.
run() {
  local name=$1 t=$2; shift 2
  echo "benchmark: $name, $t thread(s)" >&2
  /usr/bin/time -f "%M" -o "$WORK/$name-$t.rss" "$@" 2> "$WORK/$name-$t.log" || { echo "$name failed, see $WORK/$name-$t.log" >&2; exit 1; }
  local line; line=$(grep -E '^(dateline|plain): ' "$WORK/$name-$t.log" | tail -1)
  local tokens; tokens=$(sed -E 's/.* ([0-9]+) tokens at .*/\1/' <<< "$line")
  local cpu; cpu=$(sed -E 's/.*, ([0-9.]+) CPU s per 1,000 tokens.*/\1/' <<< "$line")
  local load; load=$(sed -E 's/.*models loaded in ([0-9.]+) s.*/\1/' <<< "$line")
  local proc; proc=$(sed -E 's/.*articles processed in ([0-9.]+) s.*/\1/' <<< "$line")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$t" "$tokens" "$proc" "$cpu" "$load" "$(cat "$WORK/$name-$t.rss")" \
    >> "$WORK/results.tsv"
}
for t in $THREADS; do
  run plain-ner "$t" "${PLAIN[@]}" tokenize,ssplit,pos,lemma,ner "$t" "$WORK/slice.jsonl"
  run plain-quote "$t" "${PLAIN[@]}" tokenize,ssplit,pos,lemma,ner,depparse,coref,quote "$t" "$WORK/slice.jsonl"
  run entities "$t" "${JAVA[@]}" "${DATELINE[@]}" --threads "$t" --tables entities --out "$WORK/out-e" "$WORK/slice.jsonl"
  run +quotes "$t" "${JAVA[@]}" "${DATELINE[@]}" --threads "$t" --tables entities,quotes --out "$WORK/out-q" "$WORK/slice.jsonl"
  extra=(); [ "$t" = "${THREADS##* }" ] && extra=("${JFR[@]}")
  run +events "$t" "${JAVA[@]}" "${extra[@]}" "${DATELINE[@]}" --threads "$t" --out "$WORK/out-all" "$WORK/slice.jsonl"
done

echo "## $N articles of $(basename "$IN"), $(nproc) cores, -Xmx$HEAP, $(date -u +%Y-%m-%d), commit $(cd "$ROOT" && git rev-parse --short HEAD)"
echo
echo "| run | threads | tokens | tokens/s | CPU s / 1k tokens | load s | peak RSS GB | vs plain | vs 1 thread |"
echo "|---|---|---|---|---|---|---|---|---|"
awk -F'\t' '
  { name[NR]=$1; t[NR]=$2; tok[NR]=$3; proc[NR]=$4; cpu[NR]=$5; load[NR]=$6; rss[NR]=$7; key[$1 "/" $2]=NR }
  END {
    for (i = 1; i <= NR; i++) {
      base = name[i] == "entities" ? "plain-ner" : (name[i] ~ /^\+/ ? "plain-quote" : "")
      # Same articles, so the throughput ratio is the ratio of processing times.
      vs = base == "" ? "" : sprintf("%.2fx", proc[key[base "/" t[i]]] / proc[i])
      one = key[name[i] "/1"]; sc = (t[i] != 1 && one) ? sprintf("%.2fx", proc[one] / proc[i]) : ""
      printf "| %s | %s | %d | %.0f | %.2f | %.1f | %.2f | %s | %s |\n", name[i], t[i], tok[i], tok[i] / proc[i], cpu[i],
        load[i], rss[i] / 1048576, vs, sc
    }
  }' "$WORK/results.tsv"
echo
echo "Where the full pipeline's CPU went (${THREADS##* } threads, Java Flight Recorder execution samples):"
echo
"${JAVA[@]}" -cp "$WORK/test-classes:$WORK/dateline.jar:$(cat "$WORK/cp.txt")" org.dateline.bench.StageProfile "$WORK/full.jfr"
echo
echo "Thread scaling in one warm JVM (org.dateline.bench.WarmScaling: one untimed pass, then two timed rounds; the"
echo "second round counts):"
echo
TLIST=$(tr ' ' ',' <<< "$THREADS")
for tables in entities entities,quotes,events; do
  "${JAVA[@]}" -cp "$WORK/test-classes:$WORK/dateline.jar:$(cat "$WORK/cp.txt")" org.dateline.bench.WarmScaling \
    "$WORK/slice.jsonl" "$tables" "$TLIST,$TLIST" 2>&1 | grep -E '^timed, ' | tail -n "$(wc -w <<< "$THREADS")" |
    sed -E 's/^timed, ([0-9]+) thread.*tokens at ([0-9]+) tokens\/s.*/\1 \2/' |
    awk -v t="$tables" '{ if (NR == 1) first = $2
      printf "--tables %s, %d thread(s): %d tokens/s%s\n", t, $1, $2, (NR > 1 ? sprintf(", %.2fx 1 thread", $2 / first) : "") }'
done
