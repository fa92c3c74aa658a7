"""Background jobs: visible only to their owner; a crash in the work is reported, not lost."""

from __future__ import annotations

import threading

from interview_coach.web.jobs import Jobs


def test_jobs_are_per_user_and_failures_are_reported():
    jobs = Jobs()
    release = threading.Event()

    def slow(job):
        job.status = "transcribing"
        release.wait(5)
        job.status = "done"

    def broken(job):
        raise RuntimeError("the model file is damaged")

    a = jobs.submit("ana", slow, question_id="stress")
    assert jobs.get(a.id, "ben") is None and jobs.get(a.id, "ana") is a
    release.set()
    b = jobs.submit("ana", broken)
    jobs._pool.shutdown(wait=True)
    assert a.status == "done"
    assert b.status == "failed" and b.to_json()["error"] == {"code": "internal", "message": "the model file is damaged"}
