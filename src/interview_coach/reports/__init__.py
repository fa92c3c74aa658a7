"""Reports a person can keep: a session as HTML, Markdown or PDF, and the progress chart."""

from .build import build_report, highlight_segments
from .charts import progress_chart

__all__ = ["build_report", "highlight_segments", "progress_chart"]
