"""Typed dependencies: the settings and the one async driver of the app."""

from typing import Annotated

import neo4j
from fastapi import Depends, FastAPI, Request

from graph.driver import create_async_driver
from graph.settings import Settings


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def app_driver(app: FastAPI) -> neo4j.AsyncDriver:
    """The app's one driver: made in the lifespan, or on first use when the app is mounted in
    another (Starlette does not run a mounted app's lifespan)."""
    driver: neo4j.AsyncDriver | None = getattr(app.state, "driver", None)
    if driver is None:
        driver = app.state.driver = create_async_driver(app.state.settings)
    return driver


def get_driver(request: Request) -> neo4j.AsyncDriver:
    return app_driver(request.app)


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
DriverDep = Annotated[neo4j.AsyncDriver, Depends(get_driver)]
