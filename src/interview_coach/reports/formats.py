"""A report in HTML (Jinja2, escaped), Markdown or PDF (fpdf2 with the DejaVu font matplotlib ships)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .charts import progress_chart


def to_html(report: dict) -> str:
    env = Environment(loader=PackageLoader("interview_coach.reports", "templates"),
                      autoescape=select_autoescape(["html"]))
    svg = progress_chart(report["history"], report["lang"], "svg").decode("utf-8") if report["history"] else ""
    svg = svg[svg.find("<svg"):] if svg else ""
    return env.get_template("report.html").render(r=report, chart_svg=svg)


def _md_escape(text: str) -> str:
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)


def to_markdown(report: dict) -> str:
    L = report["labels"]
    s = report["session"]
    lines = [f"# {report['title']}", "",
             f"{L['session']} #{s.session_id} · {L['date']} {(s.started_at or '')[:16].replace('T', ' ')}"
             + (f" · {L['mean']} **{report['mean_score']}**" if report["mean_score"] is not None else ""), ""]
    for i, item in enumerate(report["items"], 1):
        lines += [f"## {i}. {_md_escape(item['question'])}", ""]
        if item["status"] == "analysed":
            lines += [f"**{item['score_text']}**", ""]
            lines += [f"- {name}: {value}" for name, value in item["dimensions"]] + [""]
        else:
            lines += [f"_{L['not_analysed']}_", ""]
        answer = "".join(f"**{_md_escape(t)}**" if m else _md_escape(t) for t, m in item["segments"])
        lines += [f"### {L['answer']}", "", "> " + answer.replace("\n", "\n> "), "", f"_{L['evidence_note']}_", ""]
        for key in ("strengths", "suggestions", "missing"):
            if item[key]:
                lines += [f"### {L[key]}", ""] + [f"- {_md_escape(x)}" for x in item[key]] + [""]
    return "\n".join(lines)


def _font_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def to_pdf(report: dict) -> bytes:
    from fpdf import FPDF

    L = report["labels"]
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    fonts = _font_dir()
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_lang(report["lang"])
    pdf.set_title(report["title"])
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, size: float = 10, style: str = "", gap: float = 1.5) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(width, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    s = report["session"]
    para(report["title"], 17, "B", 3)
    para(f"{L['session']} #{s.session_id} · {L['date']} {(s.started_at or '')[:16].replace('T', ' ')}"
         + (f" · {L['mean']} {report['mean_score']}" if report["mean_score"] is not None else ""), 10)
    if report["history"]:
        import io
        pdf.image(io.BytesIO(progress_chart(report["history"], report["lang"], "png")), w=width)
        pdf.ln(3)
    for i, item in enumerate(report["items"], 1):
        para(f"{i}. {item['question']}", 13, "B", 2)
        if item["status"] == "analysed":
            para(item["score_text"], 11, "B")
            para("   ".join(f"{name} {value}" for name, value in item["dimensions"]), 9)
        else:
            para(L["not_analysed"], 9)
        para(L["answer"], 11, "B", 1)
        for text, marked in item["segments"]:  # evidence in bold
            pdf.set_font("DejaVu", "B" if marked else "", 10)
            pdf.write(5, text)
        pdf.set_font("DejaVu", "", 10)
        pdf.ln(7)
        para(L["evidence_note"], 8)
        for key in ("strengths", "suggestions", "missing"):
            if item[key]:
                para(L[key], 11, "B", 1)
                for x in item[key]:
                    para("• " + x, 10, "", 0.5)
                pdf.ln(1)
    return bytes(pdf.output())

