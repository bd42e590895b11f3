#!/usr/bin/env bash
# `visit-dash search` against `fzf --filter` on the same synthetic records, end to end:
# each run reads its input, matches, ranks and prints the hits (to /dev/null).
#
# Like with like: fzf gets one line per record holding exactly the texts visit-dash
# indexes (titles, linked names, sectors, status, place, bodies, both languages). What
# differs is the work each must do per run: visit-dash parses and validates the JSON and
# builds its index every time, as the CLI does, while fzf reads plain lines. The hit
# counts printed differ: visit-dash folds scripts (a Cyrillic query finds Latin text and
# back), fzf does not; fzf accepts letters scattered over a whole line, visit-dash wants
# each word within one text and its letters close together.
#
# Usage: benches/compare.sh   (RECORDS=100000 RUNS=7 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=${RECORDS:-100000}
RUNS=${RUNS:-7}
QUERIES=("shymkent" "shymkent refinery" "синопек")
TARGET=${CARGO_TARGET_DIR:-target}

# Installs Debian package $2 unless command $1 exists; fails quietly if it cannot.
ensure() {
  command -v "$1" >/dev/null 2>&1 && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      return 1
    fi
  fi
  echo "installing $2 from Debian..." >&2
  $sudo apt-get install -y -qq "$2" >/dev/null 2>&1 ||
    { $sudo apt-get update -qq >/dev/null 2>&1 &&
      $sudo apt-get install -y -qq "$2" >/dev/null 2>&1; } || true
  command -v "$1" >/dev/null 2>&1
}

if ! ensure fzf fzf; then
  echo "compare.sh: fzf is missing and could not be installed (apt-get needs root);" \
    "skipping the comparison." >&2
  exit 0
fi
# A user's fzf settings must not change what is measured.
export FZF_DEFAULT_OPTS=""

cargo build --release --quiet --bin visit-dash --example synth
BIN="$TARGET/release/visit-dash"
SYNTH="$TARGET/release/examples/synth"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$SYNTH" --records "$RECORDS" >"$WORK/data.json"
"$SYNTH" --records "$RECORDS" --text >"$WORK/lines.txt"
bytes=$(stat -c %s "$WORK/data.json")
echo "$RECORDS records: $(( bytes / 1024 / 1024 )) MiB of JSON," \
  "$(( $(stat -c %s "$WORK/lines.txt") / 1024 / 1024 )) MiB of text lines;" \
  "$(fzf --version | cut -d' ' -f1) fzf; $(nproc) CPUs; $RUNS runs per query"

vd() { "$BIN" search "$1" --data "$WORK/data.json" --max-bytes $(( bytes + 1 )); }
fz() { fzf --filter "$1" <"$WORK/lines.txt"; }

# Wall time of one run in µs; EPOCHREALTIME is read without forking, so costs nothing.
us() {
  local t0=${EPOCHREALTIME/[.,]/}
  "$@" >/dev/null
  local t1=${EPOCHREALTIME/[.,]/}
  echo $(( t1 - t0 ))
}

# The median of µs values, in ms.
median_ms() {
  sort -n | awk '{ v[NR] = $1 }
    END { printf "%.1f", ((NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) / 1000 }'
}

# One unmeasured run of each warms the page cache.
vd "${QUERIES[0]}" >/dev/null
fz "${QUERIES[0]}" >/dev/null

# The query comes last: printf pads by bytes, which would misalign Cyrillic.
printf '%13s %10s %7s %15s  %s\n' "visit-dash ms" "fzf ms" ratio "hits vd / fzf" query
for q in "${QUERIES[@]}"; do
  : >"$WORK/vd.us"
  : >"$WORK/fz.us"
  # Alternate, so both see the same background load.
  for _ in $(seq "$RUNS"); do
    us vd "$q" >>"$WORK/vd.us"
    us fz "$q" >>"$WORK/fz.us"
  done
  a=$(median_ms <"$WORK/vd.us")
  b=$(median_ms <"$WORK/fz.us")
  hits="$(vd "$q" | wc -l) / $(fz "$q" | wc -l)"
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')
  printf '%13s %10s %7s %15s  %s\n' "$a" "$b" "$ratio" "$hits" "$q"
done

if ensure /usr/bin/time time; then
  rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
  echo "max resident memory for \"${QUERIES[0]}\": visit-dash $(( $(rss "$BIN" search "${QUERIES[0]}" --data "$WORK/data.json" --max-bytes $(( bytes + 1 ))) / 1024 )) MiB," \
    "fzf $(( $(rss fzf --filter "${QUERIES[0]}" <"$WORK/lines.txt") / 1024 )) MiB;" \
    "JSON file $(( bytes / 1024 / 1024 )) MiB"
else
  echo "(/usr/bin/time is missing and could not be installed: no memory figures)"
fi
