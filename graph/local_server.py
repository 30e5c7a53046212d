"""The local Neo4j Community server: obtained through Maven, run on loopback, owned by pid file.

Nothing here runs unless the user has not pointed NEO4J_URI at a server of their own.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import neo4j

from graph.errors import LocalServerError
from graph.settings import Settings

log = logging.getLogger(__name__)

POM = Path(__file__).resolve().parent / "neo4j_runtime" / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand"
MIN_JAVA = 17


@dataclass(frozen=True)
class LocalServerPaths:
    home: Path

    @property
    def lib(self) -> Path:
        return self.home / "lib"

    @property
    def conf(self) -> Path:
        return self.home / "conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def pid_file(self) -> Path:
        return self.home / "neo4j.pid"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    bolt_uri: str
    browser_url: str
    detail: str


def bolt_uri(settings: Settings) -> str:
    return f"bolt://127.0.0.1:{settings.local_bolt_port}"


def browser_url(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.local_http_port}/browser/"


def check_java() -> None:
    if shutil.which("java") is None:
        raise LocalServerError(
            f"java not found: install a JDK {MIN_JAVA} or newer (e.g. apt-get install openjdk-17-jdk)"
        )
    out = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        raise LocalServerError(f"cannot read the Java version from: {out.strip()[:200]}")
    major = int(match.group(1))
    if major == 1 and match.group(2):  # "1.8" style
        major = int(match.group(2))
    if major < MIN_JAVA:
        raise LocalServerError(
            f"Java {major} is too old: Neo4j 5.26 needs Java {MIN_JAVA} or newer; "
            "install one and put it first on PATH"
        )


def ensure_runtime(paths: LocalServerPaths) -> None:
    """Fetch the Neo4j jars through Maven once; later runs reuse them."""
    if any(paths.lib.glob("neo4j-5.26.*.jar")) and any(paths.lib.glob("neo4j-browser-*.jar")):
        return
    if shutil.which("mvn") is None:
        raise LocalServerError("mvn not found: install Maven (e.g. apt-get install maven)")
    paths.lib.mkdir(parents=True, exist_ok=True)
    log.info("fetching Neo4j Community from Maven Central into %s", paths.lib)
    result = subprocess.run(
        [
            "mvn",
            "-B",
            "-q",
            "-f",
            str(POM),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={paths.lib}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        tail = (result.stdout + result.stderr).strip().splitlines()[-3:]
        raise LocalServerError(
            "Maven could not resolve Neo4j: "
            + " | ".join(tail)
            + " (check access to Maven Central, or set NEO4J_URI to a server of your own)"
        )


def write_config(settings: Settings, paths: LocalServerPaths) -> None:
    paths.conf.mkdir(parents=True, exist_ok=True)
    config = {
        "server.default_listen_address": "127.0.0.1",
        "server.default_advertised_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{settings.local_bolt_port}",
        "server.bolt.advertised_address": f"127.0.0.1:{settings.local_bolt_port}",
        "server.http.listen_address": f"127.0.0.1:{settings.local_http_port}",
        "server.http.advertised_address": f"127.0.0.1:{settings.local_http_port}",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "server.memory.heap.initial_size": settings.local_heap,
        "server.memory.heap.max_size": settings.local_heap,
        "server.memory.pagecache.size": settings.local_pagecache,
        # A runaway read through the Cypher endpoint hits this before it hurts the server.
        "db.memory.transaction.max": "512m",
        # A backstop for every transaction, ours or a user's: the API also sets a shorter timeout
        # on each query it runs, but a client that sets none (or a forgotten script) is held here.
        "db.transaction.timeout": f"{settings.local_transaction_timeout_s:g}s",
        "server.directories.data": str(paths.data),
        "server.directories.logs": str(paths.logs),
        "server.directories.run": str(paths.home / "run"),
        "server.directories.plugins": str(paths.home / "plugins"),
        "server.directories.import": str(paths.home / "import"),
        # file:/// URLs in LOAD CSV resolve inside this import folder only (bulk loads and the
        # benchmarks use it); the read-only /cypher endpoint refuses LOAD CSV altogether.
        "dbms.security.allow_csv_import_from_file_urls": "true",
        "server.logs.gc.enabled": "false",
        "dbms.usage_report.enabled": "false",
    }
    lines = ["# Generated by `computegraph neo4j start`; edits are overwritten.\n"]
    lines += [f"{key}={value}\n" for key, value in config.items()]
    (paths.conf / "neo4j.conf").write_text("".join(lines))


def _database_exists(paths: LocalServerPaths) -> bool:
    return (paths.data / "databases").exists()


def new_password() -> str:
    """192 random bits in hex: never starts with "-", which neo4j-admin's command line would read
    as an option (token_urlsafe did so about once in 64 first starts)."""
    return secrets.token_hex(24)


def ensure_password(paths: LocalServerPaths) -> str:
    """Generate the local password before the first start; refuse to lose an existing database."""
    if paths.password_file.exists():
        password = paths.password_file.read_text().strip()
        if len(password) < 8:
            raise LocalServerError(
                f"the password file {paths.password_file} is empty or corrupted; restore it "
                "(the database under data/ still uses the old password) or delete "
                f"{paths.home} to start over with an empty database"
            )
        return password
    if _database_exists(paths):
        raise LocalServerError(
            f"the password file {paths.password_file} is missing but a database exists in "
            f"{paths.data}; restore the file, or delete {paths.data} to start with an empty one"
        )
    password = new_password()
    env = {**os.environ, "NEO4J_HOME": str(paths.home), "NEO4J_CONF": str(paths.conf)}
    result = subprocess.run(
        [
            "java",
            "-cp",
            str(paths.lib / "*"),
            ADMIN_ENTRY_POINT,
            "dbms",
            "set-initial-password",
            password,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        # The error comes first; neo4j-admin then prints its usage, which says nothing of the cause.
        raise LocalServerError(f"could not set the initial password: {result.stderr.strip()[:300]}")
    paths.password_file.touch(mode=0o600)
    paths.password_file.write_text(password + "\n")
    os.chmod(paths.password_file, 0o600)
    return password


def read_pid(paths: LocalServerPaths) -> int | None:
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists() and ENTRY_POINT.encode() not in cmdline.read_bytes():
        return None  # the pid was reused by another process: not our server
    return pid


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def bolt_answers(settings: Settings, password: str) -> bool:
    try:
        with neo4j.GraphDatabase.driver(
            bolt_uri(settings), auth=(settings.neo4j_user, password), connection_timeout=3
        ) as driver:
            driver.verify_connectivity()
        return True
    except Exception:
        return False


def start(settings: Settings) -> ServerStatus:
    if not settings.uses_local_server:
        raise LocalServerError(
            f"NEO4J_URI is set ({settings.neo4j_uri}): that server is used; no local one is started"
        )
    paths = LocalServerPaths(settings.local_home)
    if (pid := read_pid(paths)) is not None:
        return status(settings, detail=f"already running (pid {pid}); reused")
    check_java()
    ensure_runtime(paths)
    for port in (settings.local_bolt_port, settings.local_http_port):
        if _port_in_use(port):
            raise LocalServerError(
                f"port {port} on 127.0.0.1 is taken by another process; stop it or set "
                "COMPUTEGRAPH_LOCAL_BOLT_PORT / COMPUTEGRAPH_LOCAL_HTTP_PORT"
            )
    write_config(settings, paths)
    password = ensure_password(paths)
    paths.logs.mkdir(parents=True, exist_ok=True)
    with paths.console_log.open("ab") as console:
        process = subprocess.Popen(
            [
                "java",
                f"-Xmx{settings.local_heap}",
                "-cp",
                str(paths.lib / "*"),
                ENTRY_POINT,
                f"--home-dir={paths.home}",
                f"--config-dir={paths.conf}",
            ],
            stdout=console,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    paths.pid_file.write_text(f"{process.pid}\n")
    deadline = time.monotonic() + settings.local_start_timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            paths.pid_file.unlink(missing_ok=True)
            raise LocalServerError(
                f"Neo4j exited with code {process.returncode} while starting; "
                f"see {paths.console_log} and {paths.logs / 'neo4j.log'}"
            )
        if bolt_answers(settings, password):
            return status(settings, detail=f"started (pid {process.pid})")
        time.sleep(1)
    _terminate(process.pid)
    paths.pid_file.unlink(missing_ok=True)
    raise LocalServerError(
        f"Neo4j did not answer on {bolt_uri(settings)} within {settings.local_start_timeout_s:.0f}s; "
        f"it was stopped; see {paths.logs / 'neo4j.log'}"
    )


def _terminate(pid: int, grace_s: float = 60.0) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        _reap(pid)
        time.sleep(0.3)
    os.killpg(pid, signal.SIGKILL)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def stop(settings: Settings) -> ServerStatus:
    paths = LocalServerPaths(settings.local_home)
    pid = read_pid(paths)
    if pid is None:
        paths.pid_file.unlink(missing_ok=True)
        return status(settings, detail="not running")
    _terminate(pid)
    paths.pid_file.unlink(missing_ok=True)
    return status(settings, detail=f"stopped (pid {pid})")


def status(settings: Settings, detail: str | None = None) -> ServerStatus:
    paths = LocalServerPaths(settings.local_home)
    pid = read_pid(paths)
    return ServerStatus(
        running=pid is not None,
        pid=pid,
        bolt_uri=bolt_uri(settings),
        browser_url=browser_url(settings),
        detail=detail or ("running" if pid else "not running"),
    )
