#!/usr/bin/env bash
# Smoke-test a built kiosk bundle as a machine without Python would run it:
#
#   packaging/smoke.sh [BUNDLE_DIR]      (default: dist/sister-city-kiosk, from `make dist`)
#
# Runs `kiosk --version`, `kiosk check --strict` on the bundled pack and `kiosk shot` of every
# view offscreen, each in a clean environment (no venv, no PYTHONPATH) from an empty folder,
# and checks that no bundled library resolves into a Python installation. When xvfb-run and
# xdotool are installed it also opens `kiosk run --kiosk` on a virtual display.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE="$(realpath "${1:-dist/sister-city-kiosk}")"
KIOSK="$BUNDLE/kiosk"
VIEWS=(overview climate industries timeline)
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' kiosk/__init__.py)"

[ -x "$KIOSK" ] || { echo "smoke: no bundle at $BUNDLE (run make dist)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/cwd"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
step() { printf 'smoke: %-44s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }
# The bundle, run as an installed program would be: minimal environment, unrelated folder.
clean() {
    (cd "$WORK/cwd" && env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 \
        QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" ${DISPLAY:+DISPLAY="$DISPLAY"} \
        ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} "$KIOSK" "$@")
}
millis() { date +%s%3N; }

step "kiosk --version"
out="$(clean --version)" || fail "--version exited $?"
[ "$out" = "kiosk $VERSION" ] || fail "--version printed '$out', expected 'kiosk $VERSION'"
ok "$out"

step "kiosk check --strict (bundled pack)"
out="$(clean check --strict 2>&1)" || fail "check exited $?: $out"
[ -z "$out" ] || fail "check printed problems: $out"
ok

for view in "${VIEWS[@]}"; do
    step "kiosk shot $view"
    png="$WORK/$view.png"
    started="$(millis)"
    clean shot "$view" -o "$png" --size 1280x800 || fail "shot $view exited $?"
    elapsed=$(($(millis) - started))
    [ -s "$png" ] || fail "shot $view wrote no file"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
        fail "shot $view did not write a PNG"
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((w1 << 24) + (w2 << 16) + (w3 << 8) + w4))
    height=$(((h1 << 24) + (h2 << 16) + (h3 << 8) + h4))
    [ "$width"x"$height" = 1280x800 ] || fail "shot $view is ${width}x$height, not 1280x800"
    # A rendered view with text, icons and charts compresses to far more than a blank page.
    size=$(stat -c %s "$png")
    [ "$size" -gt 20000 ] || fail "shot $view is only $size bytes: blank?"
    ok "${width}x$height, $((size / 1024)) KiB, ${elapsed} ms"
done

step "no library resolved outside the bundle"
leaks="$(find "$BUNDLE" -type f \( -name '*.so*' -o -path "$KIOSK" \) -exec ldd {} + 2>/dev/null |
    grep -E '=> /.*(site-packages|\.venv|pyenv|python3\.[0-9]+/)' | grep -v "$BUNDLE" || true)"
[ -z "$leaks" ] || fail "libraries from a Python installation: $leaks"
ok

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    step "kiosk run --kiosk (Xvfb, xcb)"
    cat >"$WORK/run.sh" <<'EOF'
#!/usr/bin/env bash
# Inside xvfb-run: start KIOSK in a clean environment with HOME, wait for its window, print
# the window's size, and close it.
kiosk="$1" home="$2"
env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=xcb DISPLAY="$DISPLAY" \
    XAUTHORITY="${XAUTHORITY:-}" "$kiosk" run --kiosk &
pid=$!
for _ in $(seq 1 60); do
    window="$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n1 || true)"
    if [ -n "$window" ]; then
        sleep 0.5
        geometry="$(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        echo "$geometry"
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { wait "$pid"; echo "exited with $?" >&2; exit 1; }
    sleep 0.25
done
kill "$pid"
echo "no window after 15 s" >&2
exit 1
EOF
    chmod +x "$WORK/run.sh"
    geometry="$(cd "$WORK/cwd" && xvfb-run -a -s "-screen 0 1280x800x24" \
        "$WORK/run.sh" "$KIOSK" "$WORK/home" 2>"$WORK/run.err")" ||
        fail "kiosk run --kiosk: $(cat "$WORK/run.err")"
    # Bare Xvfb has no window manager to apply the full-screen state, so only check that
    # the bundle opens its window on the xcb platform and keeps running.
    [ -n "$geometry" ] || fail "kiosk run --kiosk showed no window"
    ok "window $geometry"
else
    echo "smoke: kiosk run --kiosk skipped (needs xvfb-run and xdotool)"
fi

echo "smoke: bundle $BUNDLE passed"
