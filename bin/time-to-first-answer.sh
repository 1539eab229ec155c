#!/usr/bin/env bash
# Measures how long `./litgraph demo` takes from launch to its first answer on /api/search.
# usage: bin/time-to-first-answer.sh DATA_DIR [PORT]   (an empty DATA_DIR measures a first run)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA=${1:?usage: $0 DATA_DIR [PORT]}
PORT=${2:-7090}
LOG=$(mktemp)
start=$(date +%s.%N)
"$ROOT/litgraph" demo --data "$DATA" --port "$PORT" >"$LOG" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$LOG"' EXIT
deadline=$(( $(date +%s) + 300 ))
until curl -sf "http://127.0.0.1:$PORT/api/search?q=sepsis" >/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
    echo "demo did not answer; its output:" >&2; cat "$LOG" >&2; exit 1
  fi
  sleep 0.2
done
end=$(date +%s.%N)
grep -E '^(documents|processed|time):' "$LOG" || true
printf 'first answer after %.1f s\n' "$(echo "$end - $start" | bc)"
