"""Servers in subprocesses on free loopback ports: our API (uvicorn) and the @neo4j/graphql peer."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.server import BENCH_HOME, bench_env, bench_settings
from graph.local_server import bolt_uri
from graph.settings import PROJECT_ROOT

START_TIMEOUT_S = 60.0
PEERS_DIR = Path(__file__).resolve().parent / "peers"


@dataclass(frozen=True)
class Served:
    pid: int
    base_url: str


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _wait_ready(url: str, process: subprocess.Popen[bytes], method: str = "GET") -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    async with httpx.AsyncClient(timeout=5) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"server exited with code {process.returncode}")
            with contextlib.suppress(httpx.HTTPError):
                response = await client.request(
                    method, url, json={"query": "{ __typename }"} if method == "POST" else None
                )
                if response.status_code == 200:
                    return
            await asyncio.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {START_TIMEOUT_S:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


@contextlib.contextmanager
def served(command: list[str], port: int) -> Iterator[Served]:
    """A server process pointed at the bench Neo4j, ready on `port` until the block ends."""
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, env=bench_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        base = f"http://127.0.0.1:{port}"
        asyncio.run(_wait_ready(base + "/health", process))
        yield Served(process.pid, base)
    finally:
        _stop(process)


@contextlib.contextmanager
def api_server() -> Iterator[Served]:
    """Our API under uvicorn (one worker), pointed at the bench Neo4j."""
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    with served(command, port) as server:
        yield server


def peer_available() -> bool:
    return (PEERS_DIR / "node_modules" / "@neo4j" / "graphql").is_dir()


@contextlib.contextmanager
def peer_server() -> Iterator[Served]:
    """@neo4j/graphql on Apollo Server (bench/peers/server.mjs); needs `npm install` in bench/peers."""
    port = free_port()
    settings = bench_settings()
    env = {
        **bench_env(),
        "BENCH_NEO4J_URI": bolt_uri(settings),
        "BENCH_NEO4J_USER": settings.neo4j_user,
        "BENCH_NEO4J_PASSWORD": (BENCH_HOME / "password").read_text().strip(),
        "BENCH_PORT": str(port),
    }
    process = subprocess.Popen(
        ["node", "server.mjs"], cwd=PEERS_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        base = f"http://127.0.0.1:{port}"
        asyncio.run(_wait_ready(base + "/", process, method="POST"))
        yield Served(process.pid, base)
    finally:
        _stop(process)
