"""docker-compose.yml is valid for Docker's own tooling and pins its images."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from graph.settings import PROJECT_ROOT


def _compose_command() -> list[str]:
    if subprocess.run(["docker", "compose", "version"], capture_output=True, check=False).returncode == 0:
        return ["docker", "compose"]
    found = shutil.which("docker-compose")
    assert found, "no compose client: scripts/ensure-compose-validator.sh installs one"
    return [found]


def test_compose_file_is_valid(tmp_path: Path) -> None:
    for name in ("docker-compose.yml", "Dockerfile"):
        shutil.copy(PROJECT_ROOT / name, tmp_path / name)
    shutil.copy(PROJECT_ROOT / ".env.example", tmp_path / ".env")
    result = subprocess.run(
        [*_compose_command(), "config"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "neo4j:5.26-community" in result.stdout


def test_compose_file_rejects_breakage(tmp_path: Path) -> None:
    """The validation above can fail: a broken file is refused by the same command."""
    text = (
        (PROJECT_ROOT / "docker-compose.yml")
        .read_text()
        .replace("condition: service_healthy", "condition: [not, valid]")
    )
    (tmp_path / "docker-compose.yml").write_text(text)
    shutil.copy(PROJECT_ROOT / ".env.example", tmp_path / ".env")
    result = subprocess.run(
        [*_compose_command(), "config"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0


def test_images_are_pinned() -> None:
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["neo4j"]["image"] == "neo4j:5.26-community"
    assert "healthcheck" in compose["services"]["neo4j"]
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text()
    assert "FROM python:3.11-slim" in dockerfile


def test_host_ports_are_configurable(tmp_path: Path) -> None:
    shutil.copy(PROJECT_ROOT / "docker-compose.yml", tmp_path / "docker-compose.yml")
    (tmp_path / ".env").write_text(
        (PROJECT_ROOT / ".env.example").read_text()
        + "NEO4J_HTTP_HOST_PORT=17474\nNEO4J_BOLT_HOST_PORT=17687\nAPI_HOST_PORT=18000\n"
    )
    result = subprocess.run(
        [*_compose_command(), "config"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    published = dict(
        _published(name, port) for name, service in services.items() for port in service["ports"]
    )
    assert published == {("neo4j", "7474"): "17474", ("neo4j", "7687"): "17687", ("api", "8000"): "18000"}


def _published(service: str, port: str | dict[str, object]) -> tuple[tuple[str, str], str]:
    """((service, container port), host port) from either compose client's rendering."""
    if isinstance(port, dict):
        return (service, str(port["target"])), str(port["published"])
    _, host, container = port.split("/")[0].rsplit(":", 2)
    return (service, container), host
