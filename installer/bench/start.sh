#!/usr/bin/env bash
# The start benchmarks of issue 14, one command, every ratio from the same run:
#   installer/bench/start.sh [APP_DIR]     (APP_DIR: /opt/redesk when installed, default; or an app image,
#                                           installer/target/package/image/ReDesk)
# 1. first window: the app's first drawn frame vs a JavaFX hello world (bench/HelloFx.java) started from
#    the same runtime with the same JavaFX; wall clock from exec to the frame, median of ROUNDS (5);
# 2. launch -> signed-in Home with the built-in demo: a fresh profile (new data folder: the demo exchange
#    is created, a vault made) and a returning user (same folder again), median of ROUNDS;
# 3. resident memory once signed in (VmRSS, SETTLE=20 s after Home: first sync done);
# 4. the .deb's size when installer/target/package holds one.
# Needs xvfb-run (apt-get install xvfb) without a display. Writes installer/target/bench/start.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_dir="${1:-/opt/redesk}"
rounds="${ROUNDS:-5}"
settle="${SETTLE:-20}"
out_dir="$here/../target/bench"
mkdir -p "$out_dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
launcher="$app_dir/bin/ReDesk"
java="$app_dir/lib/runtime/bin/java"
jar="$app_dir/lib/app/redesk.jar"
[[ -x "$launcher" ]] || { echo "no launcher at $launcher" >&2; exit 2; }
if [[ ! -f "$app_dir/lib/app/redesk.jsa" ]]; then
  sh "$app_dir/lib/app/make-cds-archive.sh"   # an app image not installed: its archive, as postinst makes it
fi
javac -d "$work/hello" -cp "$jar" "$here/HelloFx.java"

if [[ -z "${DISPLAY:-}" && "${BENCH_IN_XVFB:-}" != 1 ]]; then
  BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

now() { date +%s%3N; }
# runs a command that writes epochMillis= into $1; prints the milliseconds from exec to that moment
timed() {
  local file="$1"; shift
  rm -f "$file"
  local t0; t0=$(now)
  "$@" >/dev/null 2>&1
  local at; at=$(sed -n 's/^epochMillis=//p' "$file" 2>/dev/null || true)
  [[ -n "$at" ]] || { echo "no frame noted by: $*" >&2; exit 1; }
  echo $(( at - t0 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
probe() { echo "-Dredesk.probe.until=$1 -Dredesk.probe.file=$2 -Dredesk.probe.settleSeconds=${3:-0}"; }

hello=(); first=(); fresh=(); back=()
for i in $(seq "$rounds"); do
  hello+=("$(timed "$work/h" "$java" -cp "$jar:$work/hello" HelloLauncher "$work/h")")
  first+=("$(XDG_DATA_HOME="$work/first" JAVA_TOOL_OPTIONS="$(probe first-frame "$work/f")" timed "$work/f" "$launcher" --lang en)")
  rm -rf "$work/home$i"
  fresh+=("$(XDG_DATA_HOME="$work/home$i" JAVA_TOOL_OPTIONS="$(probe home "$work/s")" timed "$work/s" "$launcher" --lang en --demo-user broker.alice)")
  back+=("$(XDG_DATA_HOME="$work/home$i" JAVA_TOOL_OPTIONS="$(probe home "$work/r")" timed "$work/r" "$launcher" --lang en --demo-user broker.alice)")
done
XDG_DATA_HOME="$work/home1" JAVA_TOOL_OPTIONS="$(probe home "$work/m" "$settle")" "$launcher" --lang en --demo-user broker.alice >/dev/null 2>&1
rss_kib=$(sed -n 's/^rssKiB=//p' "$work/m")

h=$(printf '%s\n' "${hello[@]}" | median); f=$(printf '%s\n' "${first[@]}" | median)
s=$(printf '%s\n' "${fresh[@]}" | median); r=$(printf '%s\n' "${back[@]}" | median)
deb=$(ls "$here"/../target/package/*.deb 2>/dev/null | head -1 || true)
{
  echo "ReDesk start benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ), app at $app_dir, median of $rounds"
  echo "machine: $(nproc) cores; uptime:$(uptime | sed 's/.*up/ up/')"
  echo "first window: app ${f} ms, JavaFX hello world ${h} ms, ratio $(awk -v a="$f" -v b="$h" 'BEGIN {printf "%.2f", a/b}') (target <= 1.3)"
  echo "  rounds app: ${first[*]} | hello: ${hello[*]}"
  echo "launch -> signed-in Home, built-in demo: fresh profile ${s} ms (target <= 5000), returning user ${r} ms (target <= 3000)"
  echo "  rounds fresh: ${fresh[*]} | returning: ${back[*]}"
  echo "resident memory once signed in (${settle} s after Home): $(( rss_kib / 1024 )) MiB"
  [[ -n "$deb" ]] && echo ".deb: $(basename "$deb") $(( $(stat -c %s "$deb") / 1000000 )) MB (target <= 60)"
} | tee "$out_dir/start.txt"
