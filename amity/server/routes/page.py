"""The web page (plain HTML, CSS and JavaScript from ``amity/server/static``; no build step),
what makes it installable (``/manifest.json``, the icons, and the service worker at
``/sw.js``, served from the root so it may look after the whole app), and a health check
for load balancers."""

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


@router.get("/manifest.json", include_in_schema=False)
def manifest() -> FileResponse:
    return FileResponse(STATIC / "manifest.json", media_type="application/manifest+json",
                        headers={"cache-control": "no-cache"})


@router.get("/sw.js", include_in_schema=False)
def service_worker() -> FileResponse:
    return FileResponse(STATIC / "sw.js", media_type="text/javascript",
                        headers={"cache-control": "no-cache"})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> FileResponse:
    return FileResponse(STATIC / "icons" / "icon-192.png", media_type="image/png")


@router.get("/healthz", response_model=Health, tags=["health"])
def health() -> Health:
    """The process is up and serving."""
    return Health(status="ok")
