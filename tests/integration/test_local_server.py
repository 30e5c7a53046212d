"""The local Neo4j lifecycle, on a server of its own (so the session's server keeps serving)."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import local_server
from graph.errors import LocalServerError
from graph.settings import PROJECT_ROOT, Settings
from tests.conftest import api_client, make_settings

CLI = str(Path(sys.executable).parent / "computegraph")


@pytest.fixture(scope="module")
def lifecycle_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    home = tmp_path_factory.mktemp("neo4j-lifecycle")
    lib = home / "lib"
    shared_lib = PROJECT_ROOT / ".var" / "neo4j-test" / "lib"  # reuse the jars, not the data
    if shared_lib.exists():
        lib.symlink_to(shared_lib, target_is_directory=True)
    settings = make_settings(
        local_home=home, local_bolt_port=7689, local_http_port=7476, local_heap="512m", local_pagecache="256m"
    )
    yield settings
    local_server.stop(settings)


def test_start_is_idempotent_and_secret_is_private(lifecycle_settings: Settings) -> None:
    first = local_server.start(lifecycle_settings)
    assert first.detail.startswith("started")
    again = local_server.start(lifecycle_settings)
    assert again.detail.startswith("already running")
    assert again.pid == first.pid
    paths = local_server.LocalServerPaths(lifecycle_settings.local_home)
    assert stat.S_IMODE(paths.password_file.stat().st_mode) == 0o600
    config = (paths.conf / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1" in config
    assert "dbms.security.auth_enabled=true" in config


def test_health_follows_neo4j_down_and_back(lifecycle_settings: Settings) -> None:
    local_server.start(lifecycle_settings)
    for client in api_client(lifecycle_settings):
        assert client.get("/health").status_code == 200
        local_server.stop(lifecycle_settings)
        down = client.get("/health")
        assert down.status_code == 503
        assert down.json()["neo4j"] == "unreachable"
        graphql = client.post("/graphql", json={"query": '{ company(ref: "x") { id } }'})
        assert graphql.status_code == 503
        assert "Neo4j is unavailable" in graphql.text
        local_server.start(lifecycle_settings)
        assert client.get("/health").status_code == 200  # the same app recovers by itself


def test_stop_leaves_no_process(lifecycle_settings: Settings) -> None:
    state = local_server.start(lifecycle_settings)
    assert state.pid is not None
    local_server.stop(lifecycle_settings)
    with pytest.raises(ProcessLookupError):
        os.kill(state.pid, 0)
    assert not local_server.status(lifecycle_settings).running


def test_missing_password_file_never_means_a_new_empty_database(lifecycle_settings: Settings) -> None:
    local_server.stop(lifecycle_settings)
    paths = local_server.LocalServerPaths(lifecycle_settings.local_home)
    saved = paths.password_file.read_text()
    paths.password_file.unlink()
    try:
        with pytest.raises(LocalServerError, match=r"password file .* missing but a database exists"):
            local_server.start(lifecycle_settings)
        assert not local_server.status(lifecycle_settings).running
    finally:
        paths.password_file.write_text(saved)
        os.chmod(paths.password_file, 0o600)


def test_taken_port_is_a_clear_error(lifecycle_settings: Settings) -> None:
    local_server.stop(lifecycle_settings)
    with socket.socket() as blocker:
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # past TIME_WAIT
        blocker.bind(("127.0.0.1", lifecycle_settings.local_bolt_port))
        blocker.listen()
        with pytest.raises(LocalServerError, match=r"port 7689 on 127\.0\.0\.1 is taken"):
            local_server.start(lifecycle_settings)
    assert not local_server.status(lifecycle_settings).running


def _cli(settings: Settings, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "COMPUTEGRAPH_LOCAL_HOME": str(settings.local_home),
        "COMPUTEGRAPH_LOCAL_BOLT_PORT": str(settings.local_bolt_port),
        "COMPUTEGRAPH_LOCAL_HTTP_PORT": str(settings.local_http_port),
    }
    if path is not None:
        env["PATH"] = path
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env, check=False, timeout=300)


def test_cli_status_and_missing_java(lifecycle_settings: Settings) -> None:
    local_server.stop(lifecycle_settings)
    status = _cli(lifecycle_settings, "neo4j", "status")
    assert status.returncode == 3
    assert "not running" in status.stdout
    no_java = _cli(lifecycle_settings, "neo4j", "start", path="/nonexistent")
    assert no_java.returncode == 1
    assert "java not found" in no_java.stderr
    assert not local_server.status(lifecycle_settings).running


def _synthetic_files(folder: Path, companies: int) -> Path:
    """A graph big enough that stopping Neo4j lands in the middle of its load (CSV: quick to
    read, so the time goes into writing)."""
    provenance = "src-synthetic,2025-01-01,low"
    (folder / "sources.yaml").write_text(
        "Source:\n  - {id: src-synthetic, title: Synthetic, publisher: tests, date: 2025-01-01}\n"
    )
    rows = [f"firm-{i},Firm {i},neocloud,{provenance}" for i in range(companies)]
    (folder / "Company.csv").write_text("id,name,roles,sources,as_of,confidence\n" + "\n".join(rows))
    rows = [f"firm-{i},firm-{(i * 7 + 1) % companies},compute,{provenance}" for i in range(companies)]
    (folder / "SUPPLIES.csv").write_text("from,to,product,sources,as_of,confidence\n" + "\n".join(rows))
    return folder


def test_ingest_interrupted_by_neo4j_stopping_converges(lifecycle_settings: Settings, tmp_path: Path) -> None:
    import threading

    from graph.driver import create_driver
    from graph.dump import dump_graph
    from ingest.load import ingest
    from tests.conftest import wipe

    data = _synthetic_files(tmp_path, 8_000)
    local_server.start(lifecycle_settings)
    with create_driver(lifecycle_settings) as driver:
        wipe(driver)
    failure: list[BaseException] = []

    def load() -> None:
        try:
            with create_driver(lifecycle_settings) as driver:
                ingest(driver, [data], database="neo4j", show_progress=False)
        except BaseException as error:
            failure.append(error)

    loader = threading.Thread(target=load)
    loader.start()
    time.sleep(2.0)  # validation takes under a second; then writes are under way
    local_server.stop(lifecycle_settings)
    loader.join(timeout=120)
    assert failure, "the load finished before Neo4j stopped; use a bigger graph"
    local_server.start(lifecycle_settings)
    with create_driver(lifecycle_settings) as driver:
        partial_nodes = driver.execute_query("MATCH (n:Company) RETURN count(n)").records[0][0]
        assert partial_nodes < 8_000
        ingest(driver, [data], database="neo4j", show_progress=False)  # the re-run
        interrupted = dump_graph(driver, "neo4j")
        wipe(driver)
        ingest(driver, [data], database="neo4j", show_progress=False)  # uninterrupted
        assert dump_graph(driver, "neo4j") == interrupted
        wipe(driver)
    local_server.stop(lifecycle_settings)
