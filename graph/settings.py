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

    # API
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_key: SecretStr | None = None  # enables mutations; also guards /cypher off loopback
    cors_origins: list[str] = []
    graphiql: bool | None = None  # default: on except in production
    introspection: bool | None = None
    # Plain reads (lookups and pages with nested properties and relationships) are answered from
    # one projected read without graphql-core's field-by-field execution; off = always general.
    direct_execution: bool = True

    # Limits
    query_timeout_s: float = 15.0
    cypher_timeout_s: float = 5.0
    cypher_row_cap: int = 1000
    max_query_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000
    max_cost: int = 50_000
    max_page_size: int = 500
    max_request_bytes: int = 100_000
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
    def introspection_enabled(self) -> bool:
        if self.introspection is not None:
            return self.introspection
        return self.environment != "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
