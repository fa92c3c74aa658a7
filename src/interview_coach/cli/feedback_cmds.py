"""``feedback`` (issue 3)."""
