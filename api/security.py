"""API keys: mutations need one; /cypher needs one when the API listens beyond loopback."""

import hmac

from fastapi import HTTPException, Request
from starlette.requests import HTTPConnection

from graph.settings import Settings

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def bearer_token(request: HTTPConnection) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def key_matches(request: HTTPConnection, settings: Settings) -> bool:
    token = bearer_token(request)
    if settings.api_key is None or token is None:
        return False
    return hmac.compare_digest(token.encode(), settings.api_key.get_secret_value().encode())


def require_cypher_access(request: Request, settings: Settings) -> None:
    """On loopback the endpoint is open (it is read-only); beyond it, a key is required."""
    if settings.api_host in LOOPBACK:
        return
    if bearer_token(request) is None:
        raise HTTPException(status_code=401, detail="Authorization: Bearer <key> required")
    if not key_matches(request, settings):
        raise HTTPException(status_code=403, detail="the API key is not valid")
