"""Reports and the progress chart: real files, rendered and checked like a person would look at them."""

from __future__ import annotations

import json

import pytest

ANSWER = ("Last year a customer called because his order was late. <script>alert(1)</script> I listened, apologised "
          "and arranged express delivery at no cost. He thanked me and ordered again the next month.")


@pytest.fixture
def practised(run_cli, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    ids = []
    for text in (ANSWER, "Ich arbeite gern mit Menschen und helfe Kunden, das Richtige zu finden."):
        out = run_cli("practice", "-n", "1", "--json", input=text, env=env)
        ids.append(json.loads(out.output)["session_id"])
    return env, ids


@pytest.mark.parametrize("lang,title", [("hr", "Izvješće"), ("de", "Bericht"), ("en", "report")])
def test_pdf_report_renders_to_a_non_empty_page(run_cli, practised, tmp_path, lang, title):
    import pypdfium2 as pdfium

    env, ids = practised
    path = tmp_path / "report.pdf"
    result = run_cli("--ui-lang", lang, "report", ids[0], "--format", "pdf", "-o", path, env=env)
    assert result.exit_code == 0, result.output
    doc = pdfium.PdfDocument(str(path))
    page = doc[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    textpage.close()
    assert title.lower() in text.lower() and "express delivery" in text
    image = page.render(scale=0.5).to_pil().convert("L")
    dark = sum(count for value, count in enumerate(image.histogram()) if value < 128)
    page.close()
    doc.close()
    assert dark > 2000  # text and chart were drawn, not a blank page


def test_html_report_escapes_the_answer_and_highlights_evidence(run_cli, practised):
    env, ids = practised
    html = run_cli("--ui-lang", "de", "report", ids[0], "--format", "html", env=env).output
    assert '<html lang="de">' in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<mark>" in html and "<svg" in html
    import re

    bars = re.findall(r'<span class="bar band-([a-z-]+)" style="width: (\d+)px"', html)
    bands = {(60, "good"), (75, "strong"), (40, "developing"), (0, "weak")}  # the floors of docs/grading.md
    assert bars and all(band == next(b for floor, b in sorted(bands, reverse=True) if int(width) >= floor)
                        for band, width in bars)  # each bar has its band's colour


def test_markdown_report(run_cli, practised):
    env, ids = practised
    md = run_cli("report", ids[1], "--format", "md", env=env).output
    assert md.startswith("# ") and "Ich arbeite gern" in md


def test_report_errors(run_cli, practised):
    env, ids = practised
    assert run_cli("report", 999, env=env).exit_code == 2
    assert run_cli("report", ids[0], "--format", "pdf", env=env).exit_code == 2


def test_progress_chart_png_and_svg(run_cli, practised, tmp_path):
    env, ids = practised
    png, svg = tmp_path / "p.png", tmp_path / "p.svg"
    assert run_cli("progress", "--chart", png, env=env).exit_code == 0
    assert run_cli("progress", "--chart", svg, env=env).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
    assert "<svg" in svg.read_text("utf-8")
    data = json.loads(run_cli("progress", "--json", env=env).output)
    assert [d["session_id"] for d in data] == ids
    assert {"relevance", "key_points", "length", "wording"} <= set(data[0]["dimensions"])
    text = run_cli("--ui-lang", "hr", "progress", env=env).output
    assert "Po dimenzijama" in text and "Ključne točke" in text
    assert run_cli("progress", "--chart", tmp_path / "p.gif", env=env).exit_code == 2


def test_progress_sparklines_have_one_mark_per_session_on_every_line(run_cli, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'spark.db'}"}
    for _ in range(3):
        run_cli("practice", "-n", "1", "--json", input=("Last year a customer was upset about a late parcel. I listened, "
                                                         "apologised and sent a new one the same day."), env=env)
    out = run_cli("progress", env=env).output
    lines = [line for line in out.splitlines() if "latest" in line]
    assert len(lines) >= 3 and len({line.index("latest") for line in lines}) == 1  # labelled and aligned
    full = [line[19:39].rstrip() for line in lines if "Relevance" in line or "Wording" in line]
    assert full and all(len(m) == 3 for m in full)  # one mark per session (every answer has these two)
