"""API keys: mutations always need one; running a user's Cypher needs one unless both ends are
on this machine.

`check_user_cypher_access` is the one key check in front of every way to run a user's Cypher
(POST /cypher, the GraphQL `cypher` field, and any later tool): call it, never re-derive it.
"""

from __future__ import annotations

import hmac
import ipaddress

from starlette.requests import HTTPConnection

from graph.errors import ComputeGraphError
from graph.settings import Settings

LOOPBACK_NAMES = ("localhost",)


class CypherAccessDeniedError(ComputeGraphError):
    """No key, or a wrong one, where running Cypher needs it; `status` is the HTTP status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bearer_token(request: HTTPConnection) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def token_matches(token: str | None, settings: Settings) -> bool:
    if settings.api_key is None or token is None:
        return False
    return hmac.compare_digest(token.encode(), settings.api_key.get_secret_value().encode())


def key_matches(request: HTTPConnection, settings: Settings) -> bool:
    return token_matches(bearer_token(request), settings)


def cypher_needs_key(settings: Settings, bound_host: str, client_host: str | None) -> bool:
    """Open only when the server listens on loopback, the client is on loopback too and no
    setting asks for the key everywhere. A reverse proxy on this host makes its clients look
    like loopback (unless it sends X-Forwarded-For, which uvicorn trusts from 127.0.0.1): such
    deployments set COMPUTEGRAPH_API_KEY_REQUIRED=true (the default in production)."""
    if settings.api_key_required_everywhere:
        return True
    return not (is_loopback(bound_host) and is_loopback(client_host))


def check_cypher_token(
    settings: Settings, token: str | None, bound_host: str, client_host: str | None
) -> None:
    """Raise CypherAccessDeniedError unless this caller may run Cypher."""
    if not cypher_needs_key(settings, bound_host, client_host):
        return
    if settings.api_key is None:
        raise CypherAccessDeniedError(
            "running Cypher here needs an API key, and the server has none: set "
            "COMPUTEGRAPH_API_KEY on the server (and send Authorization: Bearer <key>)",
            403,
        )
    if token is None:
        raise CypherAccessDeniedError("Authorization: Bearer <key> required", 401)
    if not token_matches(token, settings):
        raise CypherAccessDeniedError("the API key is not valid", 403)


def check_user_cypher_access(request: HTTPConnection, settings: Settings) -> None:
    """The key check for an HTTP request that runs a user's Cypher. The bound address is the one
    `computegraph serve` listens on (it sets api_host to it); the client is the peer address."""
    client_host = request.client.host if request.client else None
    check_cypher_token(settings, bearer_token(request), settings.api_host, client_host)
