"""The web app and API (``amity serve``): accounts, streamed chat, the memory ledger,
export, account deletion, and an OpenAI-compatible chat-completions route.

``create_app(settings, server)`` is the factory; see ``app.py``.
"""

from .app import app_from_env, create_app
from .config import ServerSettings

__all__ = ["ServerSettings", "app_from_env", "create_app"]
