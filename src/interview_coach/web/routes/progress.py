"""Progress (chart and table) and the user's data: export and delete."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...i18n import Translator
from ...i18n.labels import DIMENSION_NAMES
from ...reports import progress_chart
from ...services import data as data_service
from ...services import history
from ..auth import User, check_csrf, current_user
from ..deps import UiLang, Web, render

router = APIRouter(dependencies=[Depends(current_user)])


@router.get("/progress")
def progress_page(request: Request, web: Web, user: User, ui: UiLang):
    sessions = history.progress(web.coach, user)
    svg = progress_chart(sessions, ui, "svg").decode("utf-8") if sessions else ""
    return render(request, "progress.html", sessions=sessions, chart_svg=svg[svg.find("<svg"):] if svg else "",
                  dimension_keys=list(DIMENSION_NAMES))


@router.get("/data")
def data_page(request: Request, ui: UiLang, deleted: int | None = None):
    tr = Translator(ui)
    text = tr.n("Deleted: {count} answer and everything that belonged to it.",
                "Deleted: {count} answers and everything that belonged to them.", deleted) if deleted is not None else None
    return render(request, "data.html", deleted=deleted, deleted_text=text)


@router.get("/data/export.json")
def export(web: Web, user: User):
    content = json.dumps(data_service.export(web.coach, user), ensure_ascii=False, indent=2)
    return Response(content, media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="interview-coach-export.json"'})


@router.post("/data/delete", dependencies=[Depends(check_csrf)])
def delete(request: Request, web: Web, user: User, confirm: str = Form("")):
    if confirm != "on":
        return render(request, "data.html", status_code=422, deleted=None, deleted_text=None, error="confirm")
    counts = data_service.delete(web.coach, user, local_files=not web.settings.multi_user)
    if web.settings.multi_user:
        request.session.clear()
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(f"/data?deleted={counts.attempts}", status_code=303)
