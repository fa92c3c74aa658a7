"""``serve``: the web app on this computer."""

from __future__ import annotations

import os

import click

from ..i18n import _
from .app import cli
from .context import settings as base_settings
from .ui import tr


@cli.command(help=_("Start the web app on this computer (default http://127.0.0.1:8000)."))
@click.option("--host", default="127.0.0.1", show_default=True,
              help=_("Address to listen on; keep 127.0.0.1 unless you know you want others to reach it."))
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help=_("Port to listen on."))
@click.option("--multi-user", is_flag=True, help=_("Accounts with passwords, each user sees only their own data."))
@click.option("--secure-cookies", is_flag=True, help=_("Send the session cookie over HTTPS only (use behind TLS)."))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help=_("Web processes to run (more than one needs PostgreSQL and its job queue)."))
def serve(host: str, port: int, multi_user: bool, secure_cookies: bool, workers: int) -> None:
    import uvicorn

    from ..web import create_app
    from ..worker import uses_queue

    settings = base_settings().model_copy(update={"host": host, "port": port,
                                                  "multi_user": multi_user or base_settings().multi_user,
                                                  "secure_cookies": secure_cookies or base_settings().secure_cookies})
    if workers > 1 and not uses_queue(settings):
        raise click.UsageError(tr("Several web processes need PostgreSQL (DATABASE_URL) and its job queue."))
    if workers == 1:
        app = create_app(settings)  # a database that cannot be opened ends here with its message
    else:
        from ..services import open_coach

        open_coach(settings).db  # checked and migrated once, here; each web process then makes its own app
    click.echo(tr("Open http://{host}:{port}/ in your browser; Ctrl-C stops the app.", host=host, port=port))
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.multi_user and not settings.allowed_hosts:
        click.echo(tr("Only this computer's own names are answered (against DNS rebinding); to open the app "
                      "from other machines, list the names they use in INTERVIEW_COACH_ALLOWED_HOSTS."))
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=30)
        return
    os.environ.update(settings_environment(settings))
    if settings.inference_processes is None and settings.multi_user:  # the cores shared among the web processes
        os.environ["INTERVIEW_COACH_INFERENCE_PROCESSES"] = str(max(1, settings.analysis_processes() // workers))
    uvicorn.run("interview_coach.web:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning", timeout_graceful_shutdown=30)


def settings_environment(settings) -> dict[str, str]:
    """The settings as INTERVIEW_COACH_* variables, for the web processes uvicorn starts."""
    env = {"INTERVIEW_COACH_DATA_DIR": str(settings.data_dir), "INTERVIEW_COACH_DATABASE_URL": settings.database()}
    for name, value in settings.model_dump(exclude_defaults=True).items():
        if isinstance(value, (str, int, float, bool)) or hasattr(value, "__fspath__"):
            env[f"INTERVIEW_COACH_{name.upper()}"] = str(value).lower() if isinstance(value, bool) else str(value)
    return env


@cli.command(help=_("Run a worker for the job queue: it transcribes and analyses spoken answers sent to any "
                    "web process (PostgreSQL; run one or more, on this machine or others)."))
@click.option("--concurrency", default=1, show_default=True, type=click.IntRange(1, 16),
              help=_("Jobs this worker runs at once (each uses about one core)."))
def worker(concurrency: int) -> None:
    from ..worker import uses_queue
    from ..worker.queue import serve as serve_worker

    settings = base_settings()
    if not uses_queue(settings):
        raise click.UsageError(tr("The job queue lives in PostgreSQL: set DATABASE_URL (or --db) to a PostgreSQL "
                                  "database. With the default database the web app transcribes by itself."))
    click.echo(tr("The worker is waiting for recordings; Ctrl-C stops it after the job in hand."))
    serve_worker(settings, concurrency=concurrency, heartbeat_s=settings.worker_heartbeat_s,
                 stalled_after_s=settings.worker_stalled_s)
