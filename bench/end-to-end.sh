#!/usr/bin/env bash
# End-to-end benchmark of the rollout command, as a user runs it: CPU time of `./rollout run` on one
# thread for the three shapes of scenario issue 18 measures, with the CPU time of
# `./rollout --version` (JVM and command-line start) subtracted, and the start-up (everything but
# the batch, from ROLLOUT_TIMING). With --two-threads it also times 100,000 regional runs on one and
# on two threads (batch wall time), writing summary.json alone and the default formats. CPU times,
# so a busy machine still gives usable figures; run it several times (--repeats) and read the spread.
#
# Usage: bench/end-to-end.sh [--repeats N] [--two-threads]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rollout="$here/rollout"
repeats=1
two_threads=0
while [ $# -gt 0 ]; do
  case "$1" in
    --repeats) repeats="$2"; shift 2 ;;
    --two-threads) two_threads=1; shift ;;
    *) echo "usage: bench/end-to-end.sh [--repeats N] [--two-threads]" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d "${TMPDIR:-/tmp}/rollout-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# CPU seconds (user + system) of a command, its stderr kept in $work/err
cpu() {
  local TIMEFORMAT='%U %S'
  { time "$@" >/dev/null 2>"$work/err"; } 2>"$work/time"
  awk '{printf "%.2f", $1 + $2}' "$work/time"
}

"$rollout" --version >/dev/null 2>&1 # builds the jar and its class-data archive on first use
version=$(for i in 1 2 3; do cpu "$rollout" --version; echo; done | sort -n | sed -n 2p)
echo "rollout --version: $version s CPU (median of 3)"
printf '%-20s %7s %9s %9s %9s %10s\n' scenario runs "CPU s" "batch s" "start-up" "runs/CPU-s"
for r in $(seq "$repeats"); do
  for shape in regional-phased:50000 regional-big-bang:10000 enterprise:10000; do
    scenario=${shape%%:*}
    runs=${shape##*:}
    total=$(ROLLOUT_TIMING=1 cpu "$rollout" run "$scenario" --runs "$runs" --threads 1 -o "$work/out" --force -q)
    batch=$(grep -oP 'wall, \K[0-9.]+(?= s CPU)' "$work/err")
    awk -v s="$scenario" -v n="$runs" -v t="$total" -v b="$batch" -v v="$version" \
      'BEGIN {printf "%-20s %7d %9.2f %9.2f %9.2f %10.0f\n", s, n, t, b, t - b, n / (t - v)}'
  done
done
if [ "$two_threads" = 1 ]; then
  # summary.json alone (no weekly fans, no report) and the default formats
  for r in $(seq "$repeats"); do
    for formats in json html,json,csv; do
      for threads in 1 2; do
        ROLLOUT_TIMING=1 "$rollout" run regional-phased --runs 100000 --threads "$threads" --format "$formats" \
          -o "$work/out" --force -q 2>"$work/err" >/dev/null
        wall[$threads]=$(grep -oP 'batch \K[0-9.]+(?= s wall)' "$work/err")
        used[$threads]=$(grep -oP 'wall, \K[0-9.]+(?= s CPU)' "$work/err")
      done
      # the batches' CPU shows whether the machine's speed moved between the two
      awk -v a="${wall[1]}" -v b="${wall[2]}" -v ca="${used[1]}" -v cb="${used[2]}" -v f="$formats" \
        'BEGIN {printf "100,000 regional runs, --format %s: batch %.1f s on one thread, %.1f s on two: %.2fx" \
          " (batch CPU %.1f and %.1f s)\n", f, a, b, a / b, ca, cb}'
    done
  done
fi
