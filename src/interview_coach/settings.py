"""One settings object, read once at start-up (environment variables, then the command line's
options over them) and passed down: the data folder, the database, the packs, the limits, the
checks switched off, the web server's options. Below the interfaces and services nothing reads the
environment for these.

Every field can be set with ``INTERVIEW_COACH_<NAME>`` (``DATABASE_URL`` for the database).
The language-model runtime (``INTERVIEW_COACH_THREADS``, ``_EMBED_RUNTIME``, ``_CACHE``) is a
process-wide choice of the ``nlp`` package and documented there.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from . import LANGUAGES

APP_NAME = "interview-coach"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INTERVIEW_COACH_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = Field(default=None, validation_alias=AliasChoices("DATABASE_URL",
                                                                              "INTERVIEW_COACH_DATABASE_URL"))
    packs: str = ""                   # extra pack folders, os.pathsep-separated (INTERVIEW_COACH_PACKS)
    disable: str = ""                 # checks switched off, comma-separated dotted ids (INTERVIEW_COACH_DISABLE)
    languages: tuple[str, ...] = LANGUAGES
    max_form_chars: int = 100_000     # the most of a typed answer kept from a form (the engine's limit is lower)
    whisper_model: str | None = None  # another CTranslate2 Whisper folder (INTERVIEW_COACH_WHISPER_MODEL)
    # the web server
    host: str = "127.0.0.1"
    port: int = 8000
    multi_user: bool = False
    secret_key: str | None = None     # signs the session cookie; made once and kept in the data folder when unset
    secure_cookies: bool = False      # set true behind HTTPS (multi-user deployments)
    inference_workers: int = 0        # answers analysed at once (INTERVIEW_COACH_INFERENCE_WORKERS); 0: see web/pool.py
    inference_processes: int | None = None  # analyse in this many child processes at a lower CPU priority
                                      # (pages stay fast under a feedback load); 0: in the web process itself;
                                      # unset: the usable cores (at most 4) with --multi-user, else 0
    allowed_hosts: str = ""           # Host names the server answers to, comma-separated; default: this
                                      # computer's names for one user, any for --multi-user behind a proxy
    max_body_bytes: int = 1_048_576   # the largest request body except a recording (JSON, forms)
    max_jobs_per_user: int = 3        # recordings a user may have waiting or being transcribed at once
    job_queue: str = "auto"           # who runs recording jobs: "local" (a thread of the web process),
                                      # "postgres" (the job queue; run ``interview-coach worker``), "auto":
                                      # the queue when the database is PostgreSQL (INTERVIEW_COACH_JOB_QUEUE)
    worker_heartbeat_s: float = 5.0   # a queue worker's heartbeat; a job whose worker is silent for
    worker_stalled_s: float = 20.0    # worker_stalled_s is given to another worker

    def analysis_processes(self) -> int:
        if self.inference_processes is not None:
            return max(0, min(self.inference_processes, 32))
        if not self.multi_user:
            return 0
        try:
            cores = len(os.sched_getaffinity(0)) or 1
        except (AttributeError, OSError):
            cores = os.cpu_count() or 1
        return max(1, min(cores, 4))

    def hosts(self) -> list[str]:
        if self.allowed_hosts.strip():
            return [h.strip() for h in self.allowed_hosts.split(",") if h.strip()]
        if self.multi_user:
            return ["*"]
        return sorted({"127.0.0.1", "localhost", "::1", "[::1]", self.host})

    @property
    def disabled_checks(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.disable.split(",") if part.strip())

    def pack_dirs(self) -> list[Path]:
        """Packs named in ``packs``, then the packs installed in the data folder's ``packs``."""
        dirs = [Path(p) for p in self.packs.split(os.pathsep) if p.strip()]
        installed = self.data_dir / "packs"
        if installed.is_dir():
            dirs += sorted(p for p in installed.iterdir() if (p / "meta.yml").is_file())
        return dirs

    def folder(self, name: str) -> Path:
        """A folder inside the data folder (made when missing): unsaved answers, recordings."""
        path = self.data_dir / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "interview-coach.db"

    def database(self) -> str:
        """The database URL: the one given, else SQLite in the data folder."""
        return self.database_url or f"sqlite:///{self.sqlite_path}"
