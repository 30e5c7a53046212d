"""The README's commands and client examples, run for real: `computegraph serve` in a
subprocess, the Python and JavaScript examples against it, the CLI commands."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import neo4j
import pytest

from graph.settings import PROJECT_ROOT, Settings

README = (PROJECT_ROOT / "README.md").read_text()
CLI = str(Path(sys.executable).parent / "computegraph")


def code_block(language: str, containing: str) -> str:
    for block in re.findall(rf"```{language}\n(.*?)```", README, flags=re.S):
        if containing in block:
            return str(block)
    raise AssertionError(f"no {language} block with {containing!r} in the README")


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


@pytest.fixture(scope="module")
def served(dataset: neo4j.Driver, settings: Settings) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [CLI, "serve", "--port", str(port)],
        env=cli_env(settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == f"GraphQL playground: {url}/graphql"
        for _ in range(100):
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_python_example_runs(served: str, settings: Settings, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(code_block("python", "risk_if_default"))
    result = run_in_project(settings, sys.executable, str(script))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("oracle ")


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is a prerequisite of this test")
def test_javascript_example_runs(served: str, tmp_path: Path) -> None:
    script = tmp_path / "example.mjs"
    script.write_text(code_block("javascript", "fetch").replace("http://127.0.0.1:8000", served))
    result = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 20


def test_curl_cypher_example(served: str) -> None:
    command = code_block("bash", "curl -s").replace("http://127.0.0.1:8000", served)
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert '"columns":["d.name","d.value_usd"]' in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["cypher", "MATCH (c:Company)-[:SUPPLIES]->(:Company {id: 'nvidia'}) RETURN c.name"],
        ["check", "data/"],
        ["stats"],
        ["export", "--format", "ttl"],
        ["neo4j", "status"],
    ],
)
def test_readme_cli_commands(dataset: neo4j.Driver, settings: Settings, command: list[str]) -> None:
    assert " ".join(command[:1]) in README
    result = run_in_project(settings, CLI, *command)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
