"""``serve``: the web app on this computer."""

from __future__ import annotations

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
def serve(host: str, port: int, multi_user: bool, secure_cookies: bool) -> None:
    import uvicorn

    from ..web import create_app

    settings = base_settings().model_copy(update={"host": host, "port": port,
                                                  "multi_user": multi_user or base_settings().multi_user,
                                                  "secure_cookies": secure_cookies or base_settings().secure_cookies})
    app = create_app(settings)  # a database that cannot be opened ends here with its message
    click.echo(tr("Open http://{host}:{port}/ in your browser; Ctrl-C stops the app.", host=host, port=port))
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.multi_user and not settings.allowed_hosts:
        click.echo(tr("Only this computer's own names are answered (against DNS rebinding); to open the app "
                      "from other machines, list the names they use in INTERVIEW_COACH_ALLOWED_HOSTS."))
    uvicorn.run(app, host=host, port=port, log_level="warning")
