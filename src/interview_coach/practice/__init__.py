"""Practice: choosing questions, saving answers before analysing them, re-analysing later."""
