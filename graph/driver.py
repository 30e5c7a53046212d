"""Driver construction. One driver per process: the CLI makes one per command, the API one per app."""

from __future__ import annotations

from typing import Any

import neo4j

from graph.errors import DatabaseUnavailableError
from graph.local_server import LocalServerPaths, bolt_uri
from graph.settings import Settings

CONNECTION_TIMEOUT_S = 5.0
ACQUISITION_TIMEOUT_S = 10.0
# Managed transactions retry retryable errors (leader switch, transient) for at most this long.
MAX_RETRY_TIME_S = 10.0


def connection_target(settings: Settings) -> tuple[str, tuple[str, str]]:
    """The URI and credentials: the user's server when NEO4J_URI is set, else the local one."""
    if settings.neo4j_uri is not None:
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        return settings.neo4j_uri, (settings.neo4j_user, password)
    password_file = LocalServerPaths(settings.local_home).password_file
    try:
        password = password_file.read_text().strip()
    except FileNotFoundError:
        raise DatabaseUnavailableError(
            f"no local Neo4j set up ({password_file} missing): run `computegraph neo4j start` "
            "or set NEO4J_URI"
        ) from None
    return bolt_uri(settings), (settings.neo4j_user, password)


DRIVER_OPTIONS: dict[str, Any] = {
    "connection_timeout": CONNECTION_TIMEOUT_S,
    "connection_acquisition_timeout": ACQUISITION_TIMEOUT_S,
    "max_transaction_retry_time": MAX_RETRY_TIME_S,
    "notifications_min_severity": "OFF",  # unknown-label warnings on a young graph are noise
}


def create_driver(settings: Settings) -> neo4j.Driver:
    uri, auth = connection_target(settings)
    return neo4j.GraphDatabase.driver(uri, auth=auth, **DRIVER_OPTIONS)


def create_async_driver(settings: Settings) -> neo4j.AsyncDriver:
    uri, auth = connection_target(settings)
    return neo4j.AsyncGraphDatabase.driver(uri, auth=auth, **DRIVER_OPTIONS)
