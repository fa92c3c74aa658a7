"""Web settings, from the environment (one pydantic-settings class)."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INTERVIEW_COACH_", extra="ignore")

    database_url: str | None = Field(default=None, validation_alias=AliasChoices("DATABASE_URL",
                                                                              "INTERVIEW_COACH_DATABASE_URL"))
    host: str = "127.0.0.1"
    port: int = 8000
    max_form_chars: int = 100_000
    whisper_model: str | None = None  # another CTranslate2 Whisper folder (INTERVIEW_COACH_WHISPER_MODEL)
    multi_user: bool = False
    secret_key: str | None = None     # signs the session cookie; made once and kept in the data folder when unset
    secure_cookies: bool = False      # set true behind HTTPS (multi-user deployments)
    inference_workers: int = 0        # answers analysed at once (INTERVIEW_COACH_INFERENCE_WORKERS); 0: see web/pool.py
