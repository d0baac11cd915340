#!/usr/bin/env bash
# Runs the R/data.table peer (shared/peers/unvotes-agreement.R, one thread) and the JMH VotesBenchmark
# on this machine, then prints each side's times and the ratios (peer time / SDK time).
# Usage: benchmarks/compare-with-peer.sh [DATA_DIR]   (default: ../shared/data relative to the repo)
# Env: RUNS (peer runs, default 5), JMH_ARGS (e.g. "-wi 2 -i 3"), JAR (the benchmarks jar).
# Needs: Rscript with data.table (apt-get install -y r-base-core r-cran-data.table), a built
# benchmarks/target*/benchmarks.jar (mvn -pl benchmarks -am package), java 17.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
data="${1:-$repo/../shared/data}"
data="$(cd "$data" && pwd)"
peer="$repo/../shared/peers/unvotes-agreement.R"
jar="${JAR:-}"
if [ -z "$jar" ]; then # the newest benchmarks.jar that holds VotesBenchmark
  for candidate in $(ls -t "$here"/target*/benchmarks.jar 2>/dev/null); do
    if unzip -l "$candidate" 'org/unrights/benchmarks/VotesBenchmark.class' >/dev/null 2>&1; then jar="$candidate"; break; fi
  done
fi
[ -n "$jar" ] || { echo "no benchmarks.jar with VotesBenchmark: mvn -pl benchmarks -am package -DskipTests (or set JAR)" >&2; exit 1; }
runs="${RUNS:-5}"

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
peer_times() { # issue -> prints "load compute", each the median over $runs runs
  local tmp; tmp="$(mktemp)"
  for _ in $(seq "$runs"); do
    Rscript "$peer" "$data/unvotes" "$1" | sed -n 's/.*load_s=\([0-9.]*\) compute_s=\([0-9.]*\).*/\1 \2/p' >> "$tmp"
  done
  echo "$(cut -d' ' -f1 "$tmp" | median) $(cut -d' ' -f2 "$tmp" | median)"
  rm -f "$tmp"
}
echo "== peer (R $(Rscript -e 'cat(R.version$major, R.version$minor, sep=".")')), data.table, 1 thread, median of $runs runs"
Rscript "$peer" "$data/unvotes" hr
read -r peer_load peer_hr < <(peer_times hr)
read -r _ peer_all < <(peer_times all)
echo "peer: load ${peer_load}s  hr compute ${peer_hr}s  all compute ${peer_all}s"

echo "== SDK (JMH, 1 benchmark thread; load reads unvotes.csv in parts on up to 4 threads, loadOneThread on 1)"
results="$(mktemp)"
java -jar "$jar" 'org.unrights.benchmarks.VotesBenchmark' -t 1 ${JMH_ARGS:-} -jvmArgsAppend "-Dunrights.data.dir=$data" \
  -rf csv -rff "$results" | grep -E '^(Benchmark|VotesBenchmark)'
ms() { awk -F, -v b="$1" 'index($1, b) {print $5}' "$results"; }
sdk_load="$(ms 'VotesBenchmark.load"')"; sdk_load1="$(ms 'VotesBenchmark.loadOneThread"')"
sdk_hr="$(ms 'agreementHumanRights')"; sdk_all="$(ms 'agreementAll')"
rm -f "$results"
echo "== ratios (peer / SDK; targets: load >= 2, agreement >= 50)"
threads="$(nproc)"; [ "$threads" -gt 4 ] && threads=4
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); the SDK's load reads unvotes.csv on $threads thread(s), the peer on 1"
awk -v pl="$peer_load" -v ph="$peer_hr" -v pa="$peer_all" -v sl="$sdk_load" -v sl1="${sdk_load1:-0}" -v sh="$sdk_hr" -v sa="$sdk_all" -v t="$threads" 'BEGIN {
  printf "load (%d threads): peer %8.1f ms  SDK %8.2f ms  ratio %6.1fx\n", t, pl*1000, sl, pl*1000/sl
  if (sl1 > 0) printf "load (1 thread):  peer %8.1f ms  SDK %8.2f ms  ratio %6.1fx\n", pl*1000, sl1, pl*1000/sl1
  printf "agreement (hr):  peer %8.1f ms  SDK %8.2f ms  ratio %6.1fx\n", ph*1000, sh, ph*1000/sh
  printf "agreement (all): peer %8.1f ms  SDK %8.2f ms  ratio %6.1fx\n", pa*1000, sa, pa*1000/sa
}'
