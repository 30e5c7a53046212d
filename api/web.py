"""The explorer (web/) served at `/`: index.html at the root, its files under `/assets/`.

The explorer is a plain client of the public GraphQL API, so serving it is static files only. Its
pages use relative URLs (`assets/...`, `graphql`), so the app still works mounted under a prefix.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles

from graph.settings import PROJECT_ROOT

# Browsers refuse ES modules served as text/plain; the system's mime table may not know .mjs.
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("text/javascript", ".js")


def web_dir() -> Path | None:
    """The explorer's folder: the project's web/, or ./web beside a non-editable install (Docker)."""
    candidates = [PROJECT_ROOT / "web", Path.cwd() / "web"]
    return next((path for path in candidates if (path / "index.html").is_file()), None)


def mount_explorer(app: FastAPI) -> None:
    """GET / gives the explorer; /assets/ its scripts, styles and vendored libraries."""
    folder = web_dir()
    if folder is None:

        @app.get("/", include_in_schema=False)
        async def no_explorer() -> Response:
            return PlainTextResponse(
                "The explorer's files (web/index.html) were not found beside the project or in ./web; "
                "the GraphQL API is at /graphql.",
                status_code=404,
            )

        return

    index = folder / "index.html"

    @app.get("/", include_in_schema=False)
    async def explorer() -> FileResponse:
        # no-cache: the page is tiny and must pick up new asset versions after an upgrade.
        return FileResponse(index, media_type="text/html", headers={"Cache-Control": "no-cache"})

    app.mount("/assets", StaticFiles(directory=folder / "assets"), name="explorer-assets")
