"""Shared fixtures: running the CLI in-process in a chosen language, copies of the core pack, the training scripts."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from interview_coach.bank import core_pack_dir
from interview_coach.cli import cli
from interview_coach.cli.ui import apply_language_from_argv

LANGS = ("hr", "de", "en")

# Multi-user servers analyse in child processes by default (services/analysis.py). The many small
# servers of the tests analyse in their own process, so the models load once per test run;
# tests/web/test_analysis_processes.py asks for the child processes.
os.environ.setdefault("INTERVIEW_COACH_INFERENCE_PROCESSES", "0")


@pytest.fixture
def run_cli(monkeypatch, tmp_path):
    """Run ``interview-coach ARGS`` in-process; ``env`` entries are set for the call."""
    monkeypatch.delenv("INTERVIEW_COACH_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))

    def run(*args, env=None, input=None):
        for key, value in (env or {}).items():
            if value is None:
                monkeypatch.delenv(key, raising=False)
            else:
                monkeypatch.setenv(key, value)
        args = [str(a) for a in args]
        apply_language_from_argv(args)
        return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)

    return run


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    """A writable copy of the core pack, for breaking on purpose."""
    dest = tmp_path / "core"
    shutil.copytree(core_pack_dir(), dest)
    return dest


@pytest.fixture(scope="session")
def script():
    """Load a script of ``scripts/`` as a module (the training scripts: their data loaders and hashes)."""
    root = Path(__file__).resolve().parents[1]

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, root / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load
