"""The README's commands and client examples, run for real: `computegraph serve` in a
subprocess, the Python and JavaScript examples against it, the CLI commands."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from graph.settings import PROJECT_ROOT, Settings
from tests.integration.serving import CLI, run_in_project, serving

README = (PROJECT_ROOT / "README.md").read_text()


def code_block(language: str, containing: str) -> str:
    for block in re.findall(rf"```{language}\n(.*?)```", README, flags=re.S):
        if containing in block:
            return str(block)
    raise AssertionError(f"no {language} block with {containing!r} in the README")


@pytest.fixture(scope="module")
def served(dataset: neo4j.Driver, settings: Settings) -> Iterator[str]:
    with serving(settings, output=subprocess.PIPE) as (url, process):
        assert process.stdout is not None
        assert process.stdout.readline().strip() == f"GraphQL playground: {url}/graphql"
        yield url


def test_python_example_runs(served: str, settings: Settings, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(code_block("python", "risk_if_default"))
    result = run_in_project(settings, sys.executable, str(script))
    assert result.returncode == 0, result.stderr
    # Losses, not future revenue (docs/questions.md, worked example 1): SoftBank's equity ($30.5B at
    # cost) tops OpenAI's default, then Oracle's GB200 order half re-sold, its $300B contract shown
    # as revenue at risk, then Microsoft's equity beside its $250B Azure commitment.
    lines = result.stdout.splitlines()
    assert lines[0] == "softbank 30.5 B USD lost, 0.0 B USD of revenue at risk"
    assert lines[1] == "oracle 20.0 B USD lost, 300.0 B USD of revenue at risk"
    assert lines[2] == "microsoft 13.8 B USD lost, 250.0 B USD of revenue at risk"


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
    rows = json.loads(result.stdout)["rows"]
    assert len(rows) == 5
    assert all(isinstance(value, int | float) for _, value in rows)  # values, not nulls first


def test_mcp_client_example_runs(served: str, settings: Settings, tmp_path: Path) -> None:
    script = tmp_path / "mcp_example.py"
    script.write_text(code_block("python", "streamable_http_client").replace("http://127.0.0.1:8000", served))
    result = run_in_project(settings, sys.executable, str(script))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("riskIfDefault(company=OpenAI, recoveryRate=0.3")
    assert "Sources:" in result.stdout


def test_mcp_client_configuration_is_the_command() -> None:
    config = json.loads(code_block("json", "mcpServers"))["mcpServers"]["computegraph"]
    assert config["command"].endswith("/.venv/bin/computegraph")
    assert config["args"] == ["mcp"]


@pytest.mark.parametrize(
    "command",
    [
        ["cypher", "MATCH (c:Company)-[:SUPPLIES]->(:Company {id: 'nvidia'}) RETURN c.name"],
        ["check", "data/"],
        ["stats"],
        ["export", "--format", "ttl"],
        ["neo4j", "status"],
        ["ask", "risk-if-default", "OpenAI", "--as-of", "2025-12-01"],
        ["changes", "--since", "2025-09-01", "--until", "2025-09-30"],
    ],
)
def test_readme_cli_commands(dataset: neo4j.Driver, settings: Settings, command: list[str]) -> None:
    assert " ".join(command[:1]) in README
    result = run_in_project(settings, CLI, *command)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
