"""``company analyze`` (issue 3)."""
