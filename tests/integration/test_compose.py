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
