"""What the HTTP benchmarks share (`portal_load.py`, `load.py`): the production settings
in a temporary folder, `amity` commands against it, the collected static file used as
the baseline, and gunicorn on a free port of 127.0.0.1."""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HOST = "127.0.0.1"
# The static file: one of Wagtail's stylesheets or scripts, the closest to this size.
STATIC_SIZE, STATIC_RANGE = 25_000, (10_000, 50_000)
STARTUP_TIMEOUT = 60  # seconds for gunicorn to answer


def environment(folder: Path, database_url: str | None = None) -> dict[str, str]:
    """The production settings (`config.settings.production`) with everything in
    `folder`: the database (a SQLite file there unless `database_url`), static and
    media roots. HTTPS redirection is off (`AMITY_SSL_REDIRECT=0`): no proxy in front."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AMITY_"))}
    env.pop("DATABASE_URL", None)
    env.pop("GUNICORN_CMD_ARGS", None)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="bench-" + os.urandom(16).hex(),
        DJANGO_ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url or f"sqlite:///{folder}/bench.sqlite3",
        AMITY_VAR_DIR=str(folder),
        AMITY_STATIC_ROOT=str(folder / "static"),
        AMITY_MEDIA_ROOT=str(folder / "media"),
        AMITY_SSL_REDIRECT="0",  # no proxy in front to speak HTTPS
        PYTHONPATH=str(ROOT),
    )
    return env


def amity(env: dict[str, str], *args: str) -> str:
    """`amity <args>` (manage.py) against the benchmark's database; its output."""
    done = subprocess.run(
        [sys.executable, "-m", "amity.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(f"amity {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def static_file(static_root: Path) -> tuple[str, int]:
    """The collected (hashed) name and size of the Wagtail stylesheet or script nearest
    STATIC_SIZE, as pages link to it."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    low, high = STATIC_RANGE
    sizes = {}
    for name, hashed in manifest.items():
        if name.startswith("wagtail") and name.endswith((".css", ".js")):
            size = (static_root / hashed).stat().st_size
            if low <= size <= high:
                sizes[hashed] = size
    if not sizes:
        sys.exit(f"no Wagtail CSS or JS file of {low:,}–{high:,} bytes in {static_root}")
    hashed = min(sizes, key=lambda name: (abs(sizes[name] - STATIC_SIZE), name))
    return f"/static/{hashed}", sizes[hashed]


def start_gunicorn(env, port: int, workers: int, threads: int, log: Path) -> subprocess.Popen:
    """`gunicorn config.wsgi:application`, as the README runs it in production."""
    command = [sys.executable, "-m", "gunicorn", "config.wsgi:application"]
    command += ["--workers", str(workers), "--threads", str(threads)]
    command += ["--bind", f"{HOST}:{port}", "--no-control-socket", "--error-logfile", str(log)]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


def wait_until_up(server: subprocess.Popen, port: int, path: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with status {server.returncode}:\n{log.read_text()}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                conn.close()
                return
            conn.close()
        except OSError:
            pass
        time.sleep(0.2)
    sys.exit(f"gunicorn did not answer {path} in {STARTUP_TIMEOUT} s:\n{log.read_text()}")


def serve(env, folder: Path, workers: int, threads: int, probe: str):
    """gunicorn on a free port, its log in `folder`, once it answers `probe` with a 200:
    (the server, its port, the log)."""
    port = free_port()
    log = folder / "gunicorn.log"
    server = start_gunicorn(env, port, workers, threads, log)
    try:
        wait_until_up(server, port, probe, log)
    except BaseException:
        stop(server)
        raise
    return server, port, log


def add_arguments(parser) -> None:
    """The server's options: gunicorn's workers and threads."""
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
