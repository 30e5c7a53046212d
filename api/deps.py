"""Typed dependencies: the settings and the one async driver of the app."""

from typing import Annotated

import neo4j
from fastapi import Depends, Request

from graph.settings import Settings


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_driver(request: Request) -> neo4j.AsyncDriver:
    return request.app.state.driver  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
DriverDep = Annotated[neo4j.AsyncDriver, Depends(get_driver)]
