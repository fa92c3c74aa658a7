"""Recording jobs in the database (#18), with the embedded default (SQLite, a thread of the web
process) and the PostgreSQL queue: a job whose process died before running it is run at the next
start; deleting one's data deletes the waiting audio; the queue hands jobs out fairly."""

from __future__ import annotations

import shutil
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from interview_coach.services import data, open_coach, recordings
from interview_coach.settings import Settings
from interview_coach.web import create_app

from ..store.conftest import PG_URL, reset_postgres
from .conftest import STORY


def waiting_upload(coach, say, tmp_path, name: str, user: str = "local"):
    """Upload as the web does, in a process that dies before any runner takes the job."""
    path = tmp_path / f"{name}.wav"
    shutil.copy(say("en", STORY["en"]), path)
    return recordings.submit(coach, path, coach.bank.question("difficult-customer"), qlang="en", ui_lang="en",
                             user=user, enqueue=lambda job_id, priority: None)


def test_a_job_left_by_a_dead_process_is_run_at_the_next_start(tmp_path, say, speech_ready):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'jobs.db'}", data_dir=tmp_path / "data")
    job = waiting_upload(open_coach(settings), say, tmp_path, "left")
    app = create_app(settings)  # the next start
    with TestClient(app, base_url="http://127.0.0.1") as c:
        deadline = time.time() + 180
        while (state := c.get(f"/api/v1/jobs/{job.job_id}").json())["status"] not in ("done", "failed"):
            assert time.time() < deadline, state
            time.sleep(0.5)
    assert state["status"] == "done" and "parcel" in state["attempt"]["answer"].lower()
    assert state["attempt"]["status"] == "analysed"


def test_deleting_ones_data_deletes_recordings_still_waiting(tmp_path, say, speech_ready):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'del.db'}", data_dir=tmp_path / "data")
    coach = open_coach(settings)
    waiting_upload(coach, say, tmp_path, "mine", user="ana")
    kept = waiting_upload(coach, say, tmp_path, "theirs", user="ben")
    data.delete(coach, "ana", local_files=False)
    engine = create_engine(settings.database())
    with engine.connect() as conn:
        left = conn.execute(text("SELECT job_id FROM recordings")).scalars().all()
    engine.dispose()
    assert left == [kept.job_id]


def test_the_queue_serves_each_users_first_recording_before_anyones_second(tmp_path, say, speech_ready):
    """Ana sends three recordings, then Ben one: the real queue (Procrastinate's own fetch, as a
    worker calls it) hands out Ana's first, Ben's, then Ana's others; a fourth of Ana's is refused."""
    if not PG_URL:
        pytest.skip("PostgreSQL not configured (set INTERVIEW_COACH_TEST_PG_URL)")
    import asyncio

    from interview_coach.speech import AudioError
    from interview_coach.worker.queue import QUEUE, QueueRunner, build

    reset_postgres(PG_URL)
    settings = Settings(database_url=PG_URL, data_dir=tmp_path / "data")
    coach = open_coach(settings)
    runner = QueueRunner(settings)
    question = coach.bank.question("difficult-customer")

    def send(name: str, user: str):
        path = tmp_path / f"{name}.wav"
        shutil.copy(say("en", STORY["en"]), path)
        return recordings.submit(coach, path, question, qlang="en", ui_lang="en", user=user, enqueue=runner.submit)

    try:
        ana = [send(f"ana{i}", "ana") for i in range(3)]
        ben = send("ben", "ben")
        with pytest.raises(AudioError) as refused:
            send("ana4", "ana")
        assert refused.value.code == "busy"
    finally:
        runner.shutdown()

    async def order() -> list[str]:
        app = build(settings)
        async with app.open_async():
            worker_id = await app.job_manager.register_worker()
            taken = []
            while (job := await app.job_manager.fetch_job(queues=[QUEUE], worker_id=worker_id)) is not None:
                taken.append(job.task_kwargs["job_id"])
            return taken

    assert asyncio.run(order()) == [ana[0].job_id, ben.job_id, ana[1].job_id, ana[2].job_id]
