"""One settings class for the whole project, read from the environment (and `.env`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal, Self

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    """`COMPUTEGRAPH_*` variables, plus the conventional `NEO4J_URI/USER/PASSWORD/DATABASE`."""

    model_config = SettingsConfigDict(
        env_prefix="COMPUTEGRAPH_", env_file=".env", extra="ignore", frozen=True
    )

    environment: Literal["development", "test", "production"] = "development"

    # An external server (cluster, Aura, Docker): when the URI is set no local server is started.
    neo4j_uri: str | None = Field(None, validation_alias=AliasChoices("NEO4J_URI"))
    neo4j_user: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_USER", "NEO4J_USERNAME"))
    neo4j_password: SecretStr | None = Field(None, validation_alias=AliasChoices("NEO4J_PASSWORD"))
    neo4j_database: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_DATABASE"))

    # The local server this project downloads and runs (loopback only).
    local_home: Path = PROJECT_ROOT / ".var" / "neo4j"
    local_bolt_port: int = 7687
    local_http_port: int = 7474
    local_heap: str = "1g"
    local_pagecache: str = "512m"
    local_start_timeout_s: float = 180.0
    # db.transaction.timeout of the local server: no transaction outlives it (loads write in
    # batches of seconds; the API's queries have shorter limits of their own).
    local_transaction_timeout_s: float = 120.0

    # API
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_key: SecretStr | None = None  # enables mutations; guards Cypher unless all on loopback
    # Require the key for Cypher from every client, loopback too (behind a same-host reverse
    # proxy every client looks like loopback). Default: on in production, off elsewhere.
    api_key_required: bool | None = None
    cors_origins: list[str] = []
    graphiql: bool | None = None  # default: on except in production
    introspection: bool | None = None
    # Plain reads (lookups and pages with nested properties and relationships) are answered from
    # one projected read without graphql-core's field-by-field execution; off = always general.
    direct_execution: bool = True
    # The API's process collects its youngest generation of objects every this many allocations
    # (Python's default is 700) and freezes what start-up made; 0 leaves the collector as it is
    # (for an app embedded in a process that tunes its own). See api/app.py _tune_collector.
    gc_young_threshold: int = Field(10_000, ge=0)

    # Limits
    query_timeout_s: float = 15.0
    cypher_timeout_s: float = 5.0
    cypher_row_cap: int = 1000
    cypher_max_bytes: int = 2_000_000  # rows are capped by their JSON size too
    max_query_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000
    max_cost: int = 50_000
    max_page_size: int = 500
    max_request_bytes: int = 100_000
    # uvicorn (computegraph serve): request headers must arrive within this time, idle
    # keep-alive connections close after this, and beyond this many open connections new
    # requests are answered 503 at once.
    http_header_timeout_s: float = 10.0
    http_keep_alive_s: float = 5.0
    http_max_concurrency: int = 256
    http_max_header_bytes: int = 16_384
    rate_limit_per_minute: int | None = None  # default: off, 600 in production

    @model_validator(mode="after")
    def _no_default_secrets_in_production(self) -> Self:
        if self.environment == "production" and self.neo4j_uri is None:
            raise ValueError("production needs NEO4J_URI (and NEO4J_PASSWORD): no local server")
        if self.environment == "production" and self.neo4j_password is None:
            raise ValueError("production needs NEO4J_PASSWORD")
        return self

    @property
    def uses_local_server(self) -> bool:
        return self.neo4j_uri is None

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else self.environment != "production"

    @property
    def requests_per_minute(self) -> int | None:
        if self.rate_limit_per_minute is not None:
            return self.rate_limit_per_minute or None
        return 600 if self.environment == "production" else None

    @property
    def api_key_required_everywhere(self) -> bool:
        if self.api_key_required is not None:
            return self.api_key_required
        return self.environment == "production"

    @property
    def introspection_enabled(self) -> bool:
        if self.introspection is not None:
            return self.introspection
        return self.environment != "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
