"""uvicorn's connection limits for `computegraph serve`.

uvicorn closes an idle keep-alive connection after `timeout_keep_alive`, but has no limit on
how long a client may take to send a request's headers: a slow-header (slowloris) client, or
one that connects and says nothing, held its connection for as long as it liked. The protocol
below closes a connection whose request headers are not complete within the header timeout.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from graph.settings import Settings, get_settings


class HeaderTimeoutH11Protocol(H11Protocol):
    """h11, plus a deadline for each request's headers (from the first byte or the connection).

    uvicorn makes one per connection from its own config, so the deadline comes from the
    process's settings (the environment), which every worker process reads the same way."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_deadline: asyncio.TimerHandle | None = None

    def _between_requests(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm_header_deadline(self) -> None:
        if self._header_deadline is None:
            seconds = get_settings().http_header_timeout_s
            self._header_deadline = self.loop.call_later(seconds, self._header_deadline_passed)

    def _disarm_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _header_deadline_passed(self) -> None:
        self._header_deadline = None
        if self._between_requests() and not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_deadline()

    def data_received(self, data: bytes) -> None:
        if self._between_requests():
            self._arm_header_deadline()
        super().data_received(data)
        if not self._between_requests():  # the headers are in: the request is being answered
            self._disarm_header_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_deadline()
        super().connection_lost(exc)


def uvicorn_limits(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for uvicorn.run: the limits docs/reliability.md and the README state."""
    return {
        "http": HeaderTimeoutH11Protocol,
        "timeout_keep_alive": settings.http_keep_alive_s,
        # Beyond this many connections or tasks, new requests get 503 at once rather than
        # queueing until the process runs out of file descriptors.
        "limit_concurrency": settings.http_max_concurrency,
        "h11_max_incomplete_event_size": settings.http_max_header_bytes,
    }
