"""Waiting for a server to answer: the one loop that polls ``GET /healthz``.

``wait_until_up(base, proc)`` is for whoever starts ``amity serve`` (or a test server) in
another process: the tests, the load bench. Knows nothing about the app itself.
"""

from __future__ import annotations

import subprocess
import time
from typing import Any

import httpx


def wait_until_up(base: str, proc: subprocess.Popen[Any] | None = None, *,
                  timeout: float = 60.0, interval: float = 0.1) -> bool:
    """True once ``{base}/healthz`` answers 200; False when ``proc`` has exited or
    ``timeout`` seconds have passed first (the caller says what failed)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        if (proc is not None and proc.poll() is not None) or time.monotonic() > deadline:
            return False
        time.sleep(interval)
