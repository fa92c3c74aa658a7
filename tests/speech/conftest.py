"""Real speech for the speech tests: espeak-ng says sentences in en/de/hr, sox adds silences and
joins files; the real Whisper model (the ``speech`` extra) transcribes them, loaded once per run.

Missing espeak-ng, sox or the speech extra skips these tests, or fails them when
INTERVIEW_COACH_REQUIRE_SPEECH=1 (as in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

VOICES = {"en": "en-us", "de": "de", "hr": "hr"}
# A short story in each language, as a candidate might tell it (not from the bank).
STORY = {
    "en": "Last winter a customer called because her parcel was lost. I listened, apologised and checked "
          "the tracking. I sent a new parcel the same day, and she thanked me.",
    "de": "Letzten Winter rief eine Kundin an, weil ihr Paket verloren war. Ich habe zugehört, mich "
          "entschuldigt und die Sendung geprüft. Ich habe noch am selben Tag ein neues Paket geschickt.",
    "hr": "Prošle zime nazvala je kupica jer joj je paket izgubljen. Saslušala sam je i ispričala se. "
          "Isti dan sam poslala novi paket i zahvalila mi je.",
}


def _missing() -> list[str]:
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    from interview_coach.speech.whisper import available

    if not available():
        missing.append("the speech extra (faster-whisper and the model packages)")
    return missing


@pytest.fixture(scope="session")
def speech_ready():
    missing = _missing()
    if missing:
        message = "speech tests need " + ", ".join(missing)
        if os.environ.get("INTERVIEW_COACH_REQUIRE_SPEECH"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory, speech_ready) -> Path:
    return tmp_path_factory.mktemp("audio")


@pytest.fixture(scope="session")
def say(audio_dir):
    """say(lang, text, speed=150, name=None) -> a WAV file spoken by espeak-ng."""
    made: dict[tuple, Path] = {}

    def speak(lang: str, text: str, speed: int = 150, name: str | None = None) -> Path:
        key = (lang, text, speed)
        if key not in made:
            path = audio_dir / (name or f"say-{len(made)}-{lang}-{speed}.wav")
            subprocess.run(["espeak-ng", "-v", VOICES[lang], "-s", str(speed), "-w", str(path), text], check=True)
            made[key] = path
        return made[key]

    return speak


@pytest.fixture(scope="session")
def sox(audio_dir):
    """sox(*args) runs sox; returns nothing. Paths are the caller's."""

    def run(*args) -> None:
        subprocess.run(["sox", *map(str, args)], check=True, capture_output=True)

    return run


@pytest.fixture(scope="session")
def transcriber(speech_ready):
    """The same process-wide transcriber the CLI uses (so the model loads once per test run)."""
    from interview_coach.nlp.cache import cache_dir
    from interview_coach.speech.whisper import transcriber as load

    return load(None, cache_dir())


@pytest.fixture(scope="session")
def transcribe(transcriber):
    """transcribe(path, lang=None) -> Transcript, each file transcribed once per test run."""
    from interview_coach.speech import read

    done: dict[tuple, object] = {}

    def run(path: Path, lang: str | None = None):
        key = (str(path), lang)
        if key not in done:
            done[key] = transcriber.transcribe(read(str(path)), lang)
        return done[key]

    return run


def seconds_of(path: Path) -> float:
    out = subprocess.run(["soxi", "-D", str(path)], check=True, capture_output=True, text=True).stdout
    return float(out)
