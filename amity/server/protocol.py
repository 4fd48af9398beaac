"""uvicorn's HTTP protocols with one change: a request that is not valid HTTP gets the JSON
error shape (400 ``bad_http``) instead of uvicorn's text/plain answer. The app never sees
such a request, so this is the one place to shape it. ``http_protocol()`` picks the
subclass of the implementation uvicorn would pick itself (httptools when installed)."""

from __future__ import annotations

import json
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import body
from .guard import HEADERS

_BODY = json.dumps(body(400, "bad_http", "The request is not valid HTTP/1.1.")).encode()
_RESPONSE = b"".join([
    b"HTTP/1.1 400 Bad Request\r\n",
    b"content-type: application/json\r\n",
    b"content-length: " + str(len(_BODY)).encode() + b"\r\n",
    b"connection: close\r\n",
    *[name + b": " + value + b"\r\n" for name, value in HEADERS],
    b"cache-control: no-store\r\n\r\n",
    _BODY,
])


def _send_json_400(protocol: Any) -> None:
    protocol.transport.write(_RESPONSE)
    protocol.transport.close()


class JsonH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        _send_json_400(self)


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is optional: uvicorn then uses h11
    HttpToolsProtocol = None  # type: ignore[assignment,misc]


if HttpToolsProtocol is not None:
    class JsonHttpToolsProtocol(HttpToolsProtocol):  # module level: workers pickle it
        def send_400_response(self, msg: str) -> None:
            _send_json_400(self)


def http_protocol() -> type:
    if HttpToolsProtocol is None:
        return JsonH11Protocol
    return JsonHttpToolsProtocol
