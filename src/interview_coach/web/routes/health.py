"""Health for load balancers and process managers: ``/healthz`` (the process answers) and
``/readyz`` (it can serve: the database answers at the current schema; also the recording jobs
per status and the queue workers with a recent heartbeat). No login; no personal data."""

from __future__ import annotations

import anyio
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from ...services import health
from ..deps import Web

router = APIRouter()


@router.get("/healthz", include_in_schema=False)
def alive() -> dict:
    return {"status": "ok"}


@router.get("/readyz", include_in_schema=False)
async def ready(web: Web) -> JSONResponse:
    with anyio.move_on_after(10):
        report = await anyio.to_thread.run_sync(health.readiness, web.coach, abandon_on_cancel=True)
        report["runner"] = web.jobs.status()
        return JSONResponse(report, status_code=200 if report["ready"] else 503)
    return JSONResponse({"ready": False, "database": "timeout"}, status_code=503)
