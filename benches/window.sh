#!/usr/bin/env bash
# Whole-program figures under Xvfb at 1366x768 (needs xvfb, xdotool; see .ci/run for Mesa):
#  - time from start to the first window mapped: the dashboard, the floor (same shape, same
#    font) and examples/bare, RUNS runs each, alternating; medians and ratios;
#  - CPU used over 10 s at rest after start, and after a search, a sort, an export (the table
#    copied to the clipboard) and a view switch;
#  - peak RSS of the dashboard and of examples/bare with the same font;
#  - the release binary's size.
# It starts and stops only its own processes (its own Xvfb on DISPLAY_NUM).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
DISPLAY_NUM=${DISPLAY_NUM:-:97}

cargo build --release --quiet --bin staffing-dashboard --example bare --example floor
APP=target/release/staffing-dashboard
BARE=target/release/examples/bare
FLOOR=target/release/examples/floor

Xvfb "$DISPLAY_NUM" -screen 0 1366x768x24 -nolisten tcp -noreset >/dev/null 2>&1 &
XVFB=$!
STATE=$(mktemp -d)
cleanup() { kill "$XVFB" 2>/dev/null || true; rm -rf "$STATE"; }
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM XDG_DATA_HOME=$STATE XDG_RUNTIME_DIR=$STATE
# -noreset: without it the server resets whenever its last client leaves, and a program started
# in that moment cannot connect.
until xdotool getdisplaygeometry >/dev/null 2>&1; do sleep 0.05; done

# Waits (10 ms polling) until process $1 has a visible window; fails if it exits or takes 20 s.
wait_for_window() {
    local pid=$1 tries=0
    until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null || [ "$tries" -ge 2000 ]; then
            echo "window.sh: process $pid exited or showed no window (X server $DISPLAY alive? $(kill -0 "$XVFB" 2>/dev/null && echo yes || echo no)); its stderr:" >&2
            tail -5 "$STATE/stderr.log" >&2
            exit 1
        fi
        tries=$((tries + 1))
        sleep 0.01
    done
}

# Milliseconds from exec to the first window of the process being mapped (10 ms polling).
time_to_window() {
    local start end pid
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    wait_for_window "$pid"
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

# The median of a space-separated list of numbers.
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A T
for name in app floor bare; do T[$name]=""; done
for _ in $(seq "$RUNS"); do
    T[app]+="$(time_to_window "$APP") "
    T[floor]+="$(time_to_window "$FLOOR") "
    T[bare]+="$(time_to_window "$BARE") "
done
m_app=$(median "${T[app]}")
m_floor=$(median "${T[floor]}")
m_bare=$(median "${T[bare]}")
echo "time to first window mapped, median of $RUNS (ms): dashboard $m_app, floor $m_floor, bare $m_bare"
awk -v a="$m_app" -v f="$m_floor" -v b="$m_bare" \
    'BEGIN {printf "  dashboard / floor = %.2f, dashboard / bare = %.2f, floor / bare = %.2f\n", a/f, a/b, f/b}'

# CPU (user+system) over 10 s, as a percentage of one core.
cpu_over_10s() {
    local pid=$1 hz t0 t1
    hz=$(getconf CLK_TCK)
    t0=$(awk '{print $14+$15}' "/proc/$pid/stat")
    sleep 10
    t1=$(awk '{print $14+$15}' "/proc/$pid/stat")
    awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN {printf "%.2f", (b-a)/hz/10*100}'
}

"$APP" >/dev/null 2>&1 &
pid=$!
wait_for_window "$pid"
sleep 3
echo "CPU at rest after start: $(cpu_over_10s "$pid") %"
win=$(xdotool search --onlyvisible --pid "$pid" | head -1)
xdotool mousemove --window "$win" 150 69 click 1 type osaka
xdotool mousemove --window "$win" 700 700
sleep 2
echo "CPU at rest after a search: $(cpu_over_10s "$pid") %"
xdotool key --window "$win" Escape
xdotool mousemove --window "$win" 190 150 click 1
xdotool mousemove --window "$win" 700 700
sleep 2
echo "CPU at rest after a sort: $(cpu_over_10s "$pid") %"
xdotool mousemove --window "$win" 322 104 click 1
xdotool mousemove --window "$win" 700 700
sleep 2
echo "CPU at rest after an export (表をコピー, the table to the clipboard): $(cpu_over_10s "$pid") %"
xdotool mousemove --window "$win" 731 69 click 1
xdotool mousemove --window "$win" 700 700
sleep 2
echo "CPU at rest after switching to the chart: $(cpu_over_10s "$pid") %"
kill "$pid"; wait "$pid" 2>/dev/null || true

# Peak RSS (VmHWM) 3 s after the window is mapped; it varies by 10-20 % from run to run (the
# software renderer's start), so RUNS runs each, alternating, and the median.
peak_rss() {
    local pid
    "$@" >/dev/null 2>"$STATE/stderr.log" &
    pid=$!
    wait_for_window "$pid"
    sleep 3
    awk '/VmHWM/ {print $2}' "/proc/$pid/status"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}
R_APP=""; R_FLOOR=""; R_BARE=""
for _ in $(seq "$RUNS"); do
    R_APP+="$(peak_rss "$APP") "
    R_FLOOR+="$(peak_rss "$FLOOR") "
    R_BARE+="$(peak_rss "$BARE" --font) "
done
rss_app=$(median "$R_APP")
rss_floor=$(median "$R_FLOOR")
rss_bare=$(median "$R_BARE")
echo "peak RSS runs (KiB): dashboard $R_APP| floor $R_FLOOR| bare+font $R_BARE"
awk -v a="$rss_app" -v f="$rss_floor" -v b="$rss_bare" \
    'BEGIN {printf "peak RSS, median: dashboard %.1f MiB, floor %.1f MiB, bare with the font %.1f MiB; dashboard / bare = %.2f, dashboard / floor = %.2f\n", a/1024, f/1024, b/1024, a/b, a/f}'
echo "release binary: $(stat -c %s "$APP") bytes ($(du -h "$APP" | cut -f1))"
