"""What every request passes through before a route: the Host it names (no DNS rebinding onto the
single user's private data), the size of its body (read while it arrives, never parsed when too
large), and the security headers of every response (CSP with a per-request nonce, no framing, no
sniffing, no referrer to other sites)."""

from __future__ import annotations

import secrets

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UPLOAD_PATHS = ("/practice/recording", "/api/v1/recordings")  # these stream to disk with their own limit


class BodyLimit:
    """Refuse a request body larger than ``limit`` bytes with 413, by Content-Length at once, and by
    counting while it streams in (chunked bodies name no length)."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UPLOAD_PATHS:
            return await self.app(scope, receive, send)
        stated = dict(scope.get("headers") or []).get(b"content-length")
        if stated and stated.isdigit() and int(stated) > self.limit:
            return await self._refuse(scope, receive, send)
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge(self.limit)
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope, receive, send) -> None:
        body = {"detail": {"code": "too-large", "message": f"request body over {self.limit} bytes"}}
        response = JSONResponse(body, status_code=413) if scope["path"].startswith("/api/") else \
            PlainTextResponse("Request body too large.", status_code=413)
        await response(scope, receive, send)


class _TooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException, so FastAPI's body parsing passes it on."""

    def __init__(self, limit: int):
        super().__init__(413, detail={"code": "too-large", "message": f"request body over {limit} bytes"})


class SecurityHeaders:
    """Headers on every response; ``scope["state"]["csp_nonce"]`` is the nonce pages put on their scripts."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        policy = (f"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
                  "img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; "
                  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", policy.encode()), (b"x-frame-options", b"DENY"),
                            (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
