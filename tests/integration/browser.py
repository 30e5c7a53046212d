"""A real headless Chromium (the distribution's package) driven by Playwright for the explorer tests.

Playwright's own browser download is never used: it cannot run here and would fetch from outside
the package registries. `make test` installs Debian's chromium when it is missing
(scripts/ensure-chromium.sh); without it the browser tests fail in CI and are skipped elsewhere,
saying how to install it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Route, sync_playwright

CHROMIUM_VARIABLE = "COMPUTEGRAPH_CHROMIUM"
INSTALL_HINT = (
    "the explorer's browser tests need Chromium: as root run `apt-get update && apt-get install -y chromium` "
    f"(or `make test`, which does), or point {CHROMIUM_VARIABLE} at a Chromium binary"
)
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def chromium_path() -> str | None:
    if value := os.environ.get(CHROMIUM_VARIABLE):
        return value
    return next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)


def require_chromium() -> str:
    path = chromium_path()
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(INSTALL_HINT)  # never skipped in CI
    pytest.skip(INSTALL_HINT)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium for the browser tests (they are one module, so one per session). Not session
    scoped on purpose: Playwright's sync API keeps an event loop running while it is open, and
    the suite's other tests run event loops of their own."""
    executable = require_chromium()
    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


@dataclass
class Watched:
    """A page with what it logged as errors and what it tried to fetch beyond loopback."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)


def watch(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    watched = Watched(page)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watched.console_errors.append(message.text)

    def route(route: Route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or parts.hostname in LOOPBACK:
            route.continue_()
        else:
            watched.outside_requests.append(url)
            route.abort()

    page.on("console", on_console)
    page.on("pageerror", lambda error: watched.console_errors.append(f"uncaught: {error}"))
    context.route("**/*", route)
    try:
        yield watched
    finally:
        context.close()
