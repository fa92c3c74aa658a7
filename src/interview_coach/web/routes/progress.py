"""Progress (chart and table) and the user's data: export and delete."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...reports import progress_chart
from ...i18n.labels import DIMENSION_NAMES
from ...store import repo
from ..auth import check_csrf, current_user
from ..deps import render, state, ui_lang

router = APIRouter(dependencies=[Depends(current_user)])


@router.get("/progress")
def progress_page(request: Request, user: str = Depends(current_user)):
    sessions = repo.sessions(state(request).db, user)
    svg = progress_chart(sessions, ui_lang(request), "svg").decode("utf-8") if sessions else ""
    return render(request, "progress.html", sessions=sessions, chart_svg=svg[svg.find("<svg"):] if svg else "",
                  dimension_keys=list(DIMENSION_NAMES))


@router.get("/data")
def data_page(request: Request, deleted: int | None = None):
    return render(request, "data.html", deleted=deleted)


@router.get("/data/export.json")
def export(request: Request, user: str = Depends(current_user)):
    content = json.dumps(repo.export_all(state(request).db, user), ensure_ascii=False, indent=2)
    return Response(content, media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="interview-coach-export.json"'})


@router.post("/data/delete", dependencies=[Depends(check_csrf)])
def delete(request: Request, confirm: str = Form(""), user: str = Depends(current_user)):
    if confirm != "on":
        return render(request, "data.html", status_code=422, deleted=None, error="confirm")
    counts = repo.delete_all(state(request).db, user)
    if state(request).settings.multi_user:
        request.session.clear()
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(f"/data?deleted={counts['attempts']}", status_code=303)
