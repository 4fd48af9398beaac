"""The web page (plain HTML, CSS and JavaScript from ``amity/server/static``; no build step)
and a health check for load balancers."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from pydantic import BaseModel

STATIC = Path(__file__).resolve().parent.parent / "static"
router = APIRouter()


class Health(BaseModel):
    status: str


@router.get("/", include_in_schema=False)
def page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html",
                        headers={"cache-control": "no-cache"})


@router.get("/healthz", response_model=Health, tags=["health"])
def health() -> Health:
    """The process is up and serving."""
    return Health(status="ok")
