"""Build the kiosk's PyInstaller bundle and its Debian package.

    python packaging/build_dist.py bundle               # dist/sister-city-kiosk/  (make dist)
    python packaging/build_dist.py bundle --untrimmed   # PyInstaller's defaults, to measure
    python packaging/build_dist.py deb [--unit FILE]    # dist/sister-city-kiosk_*.deb (make deb)
    python packaging/build_dist.py icons                # build/icons/: PNG set and .ico

Run it with the venv's Python (`.venv/bin/python`), which has PySide6 and PyInstaller
(`pip install -e '.[packaging]'`). The Debian package is built with `dpkg-deb` from the
bundle in dist/, which `bundle` must have made first.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_rules as rules  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
APP_ID = "org.sistercitykiosk.Kiosk"
PACKAGE = "sister-city-kiosk"
INSTALL_DIR = f"/opt/{PACKAGE}"
UNIT_NAME = f"{PACKAGE}.service"
UNIT_SOURCE = HERE / "systemd" / UNIT_NAME
ICON_SVG = HERE / "icons" / f"{PACKAGE}.svg"
HICOLOR_SIZES = (48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Libraries only Wayland's platform plugin needs: recommended, not required (X11 works too).
WAYLAND_PARTS = re.compile(r"wayland", re.IGNORECASE)


def version() -> str:
    text = (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("build_dist: no __version__ in kiosk/__init__.py")
    return found[1]


def say(message: str) -> None:
    print(f"build_dist: {message}", flush=True)


def warn(message: str) -> None:
    print(f"build_dist: warning: {message}", file=sys.stderr, flush=True)


# --- icons -------------------------------------------------------------------------------


def render_icons(out: Path = ICONS) -> dict[int, Path]:
    """Render the app icon SVG to PNGs (hicolor and .ico sizes) and a Windows .ico."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"build_dist: {ICON_SVG} does not render")
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    encoded: dict[int, bytes] = {}
    for size in sorted(set(HICOLOR_SIZES + ICO_SIZES)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        encoded[size] = bytes(data.data())
        path = out / f"{PACKAGE}-{size}.png"
        path.write_bytes(encoded[size])
        pngs[size] = path
    write_ico({size: encoded[size] for size in ICO_SIZES}, out / f"{PACKAGE}.ico")
    return pngs


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    """A Windows .ico holding one PNG-compressed image per size (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    path.write_bytes(header + entries + payload)


# --- bundle ------------------------------------------------------------------------------


def tree_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of regular files under ``folder`` (symbolic links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def build_bundle(untrimmed: bool) -> Path:
    render_icons()  # the Windows .exe takes its icon from build/icons/
    env = dict(os.environ)
    if untrimmed:
        env[rules.UNTRIMMED_ENV] = "1"
        dist, work = BUILD / "untrimmed" / "dist", BUILD / "untrimmed" / "work"
    else:
        env.pop(rules.UNTRIMMED_ENV, None)
        dist, work = DIST, BUILD / "pyinstaller"
    started = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(HERE / "kiosk.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    bundle = dist / rules.BUNDLE_NAME
    size, count = tree_size(bundle)
    kind = "untrimmed bundle" if untrimmed else "bundle"
    say(
        f"{kind} {bundle.relative_to(ROOT)}: {size / 2**20:.1f} MiB in {count} files, "
        f"built in {time.monotonic() - started:.0f} s"
    )
    return bundle


# --- Debian package ----------------------------------------------------------------------


def _is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _needed(path: Path) -> list[str]:
    output = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def _resolved(path: Path) -> dict[str, str]:
    """Library name -> the path the dynamic linker picks for ``path`` on this machine."""
    output = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
    found = dict(re.findall(r"^\s*(\S+) => (/\S+) \(", output, re.MULTILINE))
    for loader in re.findall(r"^\s*(/\S+) \(", output, re.MULTILINE):
        found[Path(loader).name] = loader
    return found


def _owner(path: str) -> str | None:
    candidates = {path, os.path.realpath(path)}
    for candidate in list(candidates):
        if candidate.startswith("/usr/"):
            candidates.add(candidate.removeprefix("/usr"))
        else:
            candidates.add("/usr" + candidate)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def depends(bundle: Path) -> list[str]:
    """Debian packages that provide the libraries the bundle links against but does not ship."""
    shipped = {path.name for path in bundle.rglob("*")}
    located: dict[str, str | None] = {}
    for path in sorted(bundle.rglob("*")):
        if not _is_elf(path) or WAYLAND_PARTS.search(str(path.relative_to(bundle))):
            continue
        outside = [name for name in _needed(path) if name not in shipped]
        if outside:
            resolved = _resolved(path)
            for name in outside:
                located[name] = located.get(name) or resolved.get(name)
    packages: set[str] = set()
    for name, where in sorted(located.items()):
        owner = _owner(where) if where else None
        if owner is None:
            raise SystemExit(f"build_dist: no installed package provides {name}")
        packages.add(owner)
    glibc = _glibc_needed(bundle)
    return sorted(
        f"{name} (>= {glibc})" if name == "libc6" and glibc else name for name in packages
    )


def _glibc_needed(bundle: Path) -> str | None:
    """The newest GLIBC symbol version any bundled binary asks for, e.g. ``2.34``."""
    newest: tuple[int, ...] = ()
    for path in bundle.rglob("*"):
        if _is_elf(path):
            output = subprocess.run(
                ["readelf", "--version-info", "--wide", str(path)], capture_output=True, text=True
            ).stdout
            for found in re.findall(r"Name: GLIBC_([0-9.]+)", output):
                newest = max(newest, tuple(int(part) for part in found.split(".")))
    return ".".join(map(str, newest)) or None


def _copy(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _normalise_modes(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def _validate(tool: list[str], path: Path) -> None:
    if shutil.which(tool[0]) is None:
        warn(f"{tool[0]} not installed; {path.name} not validated")
        return
    subprocess.run([*tool, str(path)], check=True)


def stage_deb(bundle: Path, unit: Path | None, stage: Path) -> None:
    """Lay out the package's files under ``stage`` (the future ``/``)."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR.lstrip("/"), symlinks=True)
    (stage / "usr/bin").mkdir(parents=True)
    (stage / "usr/bin/kiosk").symlink_to(f"{INSTALL_DIR}/{rules.EXECUTABLE}")
    share = stage / "usr/share"
    _copy(HERE / "linux" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _copy(HERE / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    pngs = render_icons()
    hicolor = share / "icons/hicolor"
    for size in HICOLOR_SIZES:
        _copy(pngs[size], hicolor / f"{size}x{size}/apps/{APP_ID}.png")
    _copy(ICON_SVG, hicolor / f"scalable/apps/{APP_ID}.svg")
    _copy(HERE / "debian/copyright", share / f"doc/{PACKAGE}/copyright")
    if unit is not None:
        _copy(unit, stage / "usr/lib/systemd/system" / UNIT_NAME)
    else:
        warn(f"{UNIT_SOURCE.relative_to(ROOT)} not found: the package has no systemd unit")
    _normalise_modes(stage)


def write_control(stage: Path, bundle: Path) -> None:
    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    installed_kib = sum(
        (path.lstat().st_size + 1023) // 1024
        for path in stage.rglob("*")
        if path.is_file() or path.is_symlink()
    )
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    fields = {
        "@VERSION@": version(),
        "@ARCH@": arch,
        "@INSTALLED_SIZE@": str(installed_kib),
        "@DEPENDS@": ", ".join(depends(bundle)),
    }
    control = (HERE / "debian/control").read_text(encoding="utf-8")
    for key, value in fields.items():
        control = control.replace(key, value)
    (control_dir / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "prerm"):
        _copy(HERE / "debian" / script, control_dir / script, 0o755)
    sums = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and control_dir not in path.parents:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {path.relative_to(stage).as_posix()}\n")
    (control_dir / "md5sums").write_text("".join(sums), encoding="utf-8")
    (control_dir / "md5sums").chmod(0o644)
    (control_dir / "control").chmod(0o644)


def build_deb(unit: Path | None) -> Path:
    bundle = DIST / rules.BUNDLE_NAME
    if not (bundle / rules.EXECUTABLE).is_file():
        raise SystemExit("build_dist: no bundle in dist/; run `make dist` first")
    if unit is None and UNIT_SOURCE.is_file():
        unit = UNIT_SOURCE
    _validate(["desktop-file-validate"], HERE / "linux" / f"{APP_ID}.desktop")
    _validate(["appstreamcli", "validate", "--no-net"], HERE / "linux" / f"{APP_ID}.metainfo.xml")
    stage = BUILD / "deb" / "root"
    stage_deb(bundle, unit, stage)
    write_control(stage, bundle)
    arch = (stage / "DEBIAN/control").read_text(encoding="utf-8").split("Architecture: ")[1]
    output = DIST / f"{PACKAGE}_{version()}_{arch.split()[0]}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(output)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    say(f"package {output.relative_to(ROOT)}: {output.stat().st_size / 2**20:.1f} MiB")
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    bundle = commands.add_parser("bundle", help="the PyInstaller one-folder bundle")
    bundle.add_argument(
        "--untrimmed",
        action="store_true",
        help="PyInstaller's defaults (every Qt plugin and translation) into build/untrimmed/",
    )
    deb = commands.add_parser("deb", help="the Debian package, from the bundle in dist/")
    deb.add_argument(
        "--unit", type=Path, help=f"systemd unit to ship (default: packaging/systemd/{UNIT_NAME})"
    )
    commands.add_parser("icons", help="render the app icon into build/icons/")
    args = parser.parse_args()
    if args.command == "bundle":
        build_bundle(args.untrimmed)
    elif args.command == "deb":
        build_deb(args.unit)
    else:
        say(f"icons in {ICONS.relative_to(ROOT)}: {sorted(render_icons())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
