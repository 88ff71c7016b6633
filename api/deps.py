"""Small shared dependencies: the settings and the Rasa client of the running app."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.config import Settings
from api.rasa import RasaClient


async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


async def get_rasa_client(request: Request) -> RasaClient:
    """The app's Rasa client; tests override this dependency (or give it a mock transport).

    Async (no I/O here) so that resolving it costs no thread-pool hop."""
    client = getattr(request.app.state, "rasa_client", None)
    if client is None:
        client = RasaClient.from_settings(request.app.state.settings)
        request.app.state.rasa_client = client
    return client


RasaDep = Annotated[RasaClient, Depends(get_rasa_client)]
