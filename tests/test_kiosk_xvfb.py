"""``kiosk run --kiosk`` as a real X11 window under Xvfb, driven by xdotool like a visitor.

The keys a visitor might know, a window manager's close and a long press must leave the
kiosk running and full screen; the staff gesture and PIN end it with status 0. A desktop
window gets the same right click and close as a control, so the checks can fail.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError

from tests.session_harness import PIN, settings_text

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")

WIDTH, HEIGHT = 1280, 720
SCROLL_BAR = (WIDTH - 6, HEIGHT // 2)  # the overview overflows 720 lines: its bar is here
START_TIMEOUT_S = 60


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server on a free display number (Xvfb picks it and reports when ready)."""
    assert shutil.which("xdotool"), "xdotool drives the window: apt-get install xdotool"
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{WIDTH}x{HEIGHT}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = ""
    while not number.endswith("\n"):
        ready, _, _ = select.select([read], [], [], START_TIMEOUT_S)
        chunk = os.read(read, 64).decode() if ready else ""
        if not chunk:
            break
        number += chunk
    assert number.strip(), "Xvfb did not report a display"
    yield f":{number.strip()}"
    server.terminate()
    server.wait(timeout=10)
    os.close(read)  # only now: Xvfb dies of SIGPIPE if it writes to a closed pipe


@dataclass
class App:
    """A running ``kiosk run`` process and its window."""

    process: subprocess.Popen[bytes]
    display: str
    window: str
    log: Path

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return result.stdout

    def alive(self) -> bool:
        return self.process.poll() is None

    def geometry(self) -> tuple[int, int, int, int]:
        fields = dict(
            line.split("=", 1)
            for line in self.xdotool("getwindowgeometry", "--shell", self.window).split()
        )
        return int(fields["X"]), int(fields["Y"]), int(fields["WIDTH"]), int(fields["HEIGHT"])

    def visible_windows(self) -> list[str]:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        return found.stdout.split()

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""

    def stop(self) -> None:
        if self.alive():
            self.process.kill()
        self.process.wait(timeout=10)


def start(display: str, tmp_path: Path, *args: str) -> App:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("WAYLAND_DISPLAY", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
        env=env,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        check=False,
    )
    assert found.stdout.split(), f"no window appeared: {found.stderr}"
    log = tmp_path / "data" / "sister-city-kiosk" / "Sister-City Kiosk" / "kiosk.log"
    app = App(process, display, found.stdout.split()[0], log)
    app.xdotool("windowfocus", app.window)
    return app


def send_wm_delete(display: str, window: str) -> None:
    """What a window manager sends when its close button is pressed: WM_DELETE_WINDOW."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.c_void_p,
    ]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    assert connection, f"cannot open {display}"
    event = _ClientMessage(
        type=33,  # ClientMessage
        window=int(window),
        message_type=x11.XInternAtom(connection, b"WM_PROTOCOLS", 0),
        format=32,
    )
    event.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
    x11.XSendEvent(connection, int(window), 0, 0, ctypes.byref(event))
    x11.XFlush(connection)
    x11.XCloseDisplay(connection)


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
        ("pad", ctypes.c_long * 12),  # an XEvent is 24 longs
    ]


def refuses(app: App, qtbot, what: str, *action: str) -> None:  # type: ignore[no-untyped-def]
    """Run xdotool ``action``; wait until the kiosk logs refusing ``what``.

    The kiosk handles input in order, so once that line is there, everything sent before
    it has been handled too.
    """
    line = f"refused {what}\n"
    before = app.log_text().count(line)
    app.xdotool(*action)
    try:
        qtbot.waitUntil(lambda: app.log_text().count(line) > before, timeout=10_000)
    except TimeoutError:
        pytest.fail(f"the kiosk never refused {what}; its log:\n{app.log_text()}")


@pytest.fixture
def kiosk(display: str, tmp_path: Path) -> Iterator[App]:
    config = tmp_path / "kiosk.toml"
    config.write_text(settings_text(PIN).replace("idle_timeout = 90", "idle_timeout = 600"))
    app = start(display, tmp_path, "--kiosk", "--config", str(config))
    yield app
    app.stop()


def test_kiosk_survives_every_way_out_and_staff_exit_with_zero(kiosk: App, qtbot) -> None:
    assert kiosk.geometry() == (0, 0, WIDTH, HEIGHT)
    for keys, name in [
        ("alt+F4", "Alt+F4"),
        ("alt+Escape", "Alt+Esc"),
        ("ctrl+q", "Ctrl+Q"),
        ("ctrl+w", "Ctrl+W"),
        ("F11", "F11"),
    ]:
        refuses(kiosk, qtbot, name, "key", keys)
        assert kiosk.alive() and kiosk.geometry() == (0, 0, WIDTH, HEIGHT), name
    # A bare Escape reaches the kiosk (it closes details) but never leaves full screen.
    kiosk.xdotool("key", "Escape")
    refuses(kiosk, qtbot, "F11", "key", "F11")  # handled after the Escape
    assert kiosk.alive() and kiosk.geometry() == (0, 0, WIDTH, HEIGHT)
    before = kiosk.log_text().count("refused close\n")
    send_wm_delete(kiosk.display, kiosk.window)
    qtbot.waitUntil(lambda: kiosk.log_text().count("refused close\n") > before, timeout=10_000)
    assert kiosk.alive() and kiosk.geometry() == (0, 0, WIDTH, HEIGHT)
    staff_exit(kiosk, qtbot)


def test_long_press_and_right_click_open_no_menu(kiosk: App, qtbot) -> None:
    x, y = SCROLL_BAR
    kiosk.xdotool("mousemove", str(x), str(y), "click", "3")
    kiosk.xdotool("mousemove", "400", "400", "mousedown", "1", "sleep", "1.5", "mouseup", "1")
    kiosk.xdotool("mousemove", str(x), str(y), "mousedown", "3", "sleep", "1.5", "mouseup", "3")
    refuses(kiosk, qtbot, "F11", "key", "F11")  # once this is handled, the presses were too
    assert kiosk.visible_windows() == [kiosk.window]
    assert kiosk.alive() and kiosk.geometry() == (0, 0, WIDTH, HEIGHT)


def test_desktop_window_is_the_control(display: str, tmp_path: Path, qtbot) -> None:
    """The same right click opens a menu and the same close ends a desktop window."""
    app = start(display, tmp_path)
    try:
        left, top, width, height = app.geometry()
        assert width < WIDTH  # a window, not the whole screen
        x, y = left + width - 6, top + height // 2
        app.xdotool("mousemove", str(x), str(y), "click", "3")
        qtbot.waitUntil(lambda: len(app.visible_windows()) == 2, timeout=10_000)
        app.xdotool("key", "Escape")
        qtbot.waitUntil(lambda: len(app.visible_windows()) == 1, timeout=10_000)
        send_wm_delete(display, app.window)
        assert app.process.wait(timeout=20) == 0
    finally:
        app.stop()


def staff_exit(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Five taps in the top-left corner, the PIN on the pad, then "Exit the kiosk"."""
    app.xdotool("mousemove", "8", "8", "click", "--repeat", "5", "--delay", "150", "1")
    app.xdotool("type", "--delay", "60", PIN)
    app.xdotool("key", "Return", "space")  # OK, then the focused "Exit the kiosk"
    assert app.process.wait(timeout=20) == 0
