"""Running the project's command-line tool against the test server, as a user would."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from graph.settings import PROJECT_ROOT, Settings

CLI = str(Path(sys.executable).parent / "computegraph")


def cli_env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "COMPUTEGRAPH_LOCAL_HOME": str(settings.local_home),
        "COMPUTEGRAPH_LOCAL_BOLT_PORT": str(settings.local_bolt_port),
        "COMPUTEGRAPH_LOCAL_HTTP_PORT": str(settings.local_http_port),
    }


def run_in_project(settings: Settings, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run a command from the project root against the test server."""
    return subprocess.run(
        list(argv),
        env=cli_env(settings),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(
    settings: Settings, *args: str, env: dict[str, str] | None = None, output: int = subprocess.DEVNULL
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`computegraph serve` on a free loopback port, once /health answers; stopped afterwards."""
    port = free_port()
    process = subprocess.Popen(
        [CLI, "serve", "--port", str(port), *args],
        env=env or cli_env(settings),
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield url, process
    finally:
        process.terminate()
        process.wait(timeout=30)
