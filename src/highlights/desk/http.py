"""HTTP plumbing the desk's routes share: who may talk to it, bounded request bodies, the
security headers every answer carries."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fastapi import Request

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]"}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    # No other site may frame the desk (clickjacking the upload form): CSP for today's
    # browsers, X-Frame-Options for older ones.
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
}
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and headers around the file
_DEFAULT_PORTS = {"http": 80, "https": 443}


def same_origin(origin: str, request: Request) -> bool:
    """The Origin header names this very server: scheme, host and port all equal."""
    try:
        given = urlsplit(origin)
        port = given.port or _DEFAULT_PORTS.get(given.scheme)
    except ValueError:
        return False
    here = request.url
    return (given.scheme, (given.hostname or "").lower(), port) == (
        here.scheme,
        (here.hostname or "").lower(),
        here.port or _DEFAULT_PORTS.get(here.scheme),
    )


async def read_limited(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it is longer than `limit`: a large upload is
    refused from its Content-Length, or after `limit` bytes, never read to the end."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def replay(body: bytes) -> Any:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
