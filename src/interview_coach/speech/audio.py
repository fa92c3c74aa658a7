"""Read an audio file into 16 kHz mono samples, refusing bad input before any heavy work.

Checks, cheapest first: the file exists, is not empty, not over :data:`MAX_BYTES`, is not text,
opens as audio (PyAV/FFmpeg, so WAV, MP3, OGG/Opus, WebM, M4A, FLAC...), its stated length is not
over :data:`MAX_SECONDS`; decoding then stops as soon as the limit is passed (browser recordings
often state no length), and a file without speech energy is refused as silent.
"""

from __future__ import annotations

from ..errors import InvalidInput

import os
from dataclasses import dataclass

import numpy as np

RATE = 16_000
MAX_BYTES = 150 * 1024 * 1024  # 150 MiB: ten minutes of 48 kHz stereo WAV fit; a 500 MB upload does not
MAX_SECONDS = 600  # ten minutes: an interview answer is 1-3 minutes
MIN_SECONDS = 1.0
FRAME = 480  # 30 ms at 16 kHz
SILENT_RMS = 0.003  # about -50 dBFS
MIN_VOICED_SECONDS = 0.5


class AudioError(InvalidInput, ValueError):
    """The audio cannot be used; ``code`` says why (missing, empty, too-large, text, not-audio,
    unsupported, too-long, too-short, silent, no-words, no-speech-support, bad-model)."""

    family = "audio"
    STATUS = {"stalled": 408, "too-large": 413, "not-audio": 415, "busy": 429, "no-speech-support": 503,
              "bad-model": 503}

    def __init__(self, code: str, message: str = "", *, path: str = "", detail: str = ""):
        super().__init__(code, detail)  # detail: the figure or reason alone
        self.path, self._message = path, message or code

    @property
    def status(self) -> int:
        return self.STATUS.get(self.code, 422)

    def __str__(self) -> str:
        return self._message


@dataclass
class Audio:
    samples: np.ndarray  # float32, mono, RATE Hz
    source: str

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE


def looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a cut multi-byte character at the end is still text
            return False
        text = head[:exc.start].decode("utf-8")
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
    return printable >= 0.95 * max(1, len(text))


def check_file(path: str) -> int:
    """The cheap checks; returns the size in bytes."""
    if not os.path.isfile(path):
        raise AudioError("missing", f"{path}: no such file", path=path)
    size = os.path.getsize(path)
    if size == 0:
        raise AudioError("empty", f"{path}: the file is empty", path=path)
    if size > MAX_BYTES:
        raise AudioError("too-large", f"{path}: {size / 2**20:.0f} MiB; the limit is {MAX_BYTES // 2**20} MiB",
                         path=path, detail=f"{size / 2**20:.0f} MiB > {MAX_BYTES // 2**20} MiB")
    with open(path, "rb") as fh:
        if looks_like_text(fh.read(4096)):
            raise AudioError("text", f"{path}: this is a text file, not a recording", path=path)
    return size


def probe(path: str, *, max_seconds: float = MAX_SECONDS) -> float | None:
    """The cheap checks plus opening the file as audio and reading its stated length, without
    decoding: for refusing an upload at once. Returns the stated seconds (None when not stated)."""
    check_file(path)
    container, stream, stated = _open(path, max_seconds)
    container.close()
    return stated


def _open(path: str, max_seconds: float):
    """(container, its first audio stream, stated seconds or None), refusing what is not audio or too long."""
    av = _av()
    try:
        container = av.open(path, metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise AudioError("unsupported", f"{path}: not a recording this coach can read ({_why(exc)})",
                         path=path, detail=_why(exc)) from None
    if not container.streams.audio:
        container.close()
        raise AudioError("unsupported", f"{path}: the file holds no audio", path=path, detail="no audio stream")
    stream = container.streams.audio[0]
    stated = _stated_seconds(container, stream)
    if stated is not None and stated > max_seconds + 1:
        container.close()
        raise AudioError("too-long", f"{path}: {mmss(stated)} long; the limit is {mmss(max_seconds)}",
                         path=path, detail=f"{mmss(stated)} > {mmss(max_seconds)}")
    return container, stream, stated


def _av():
    try:
        import av
    except ImportError:  # pragma: no cover - depends on the install
        raise AudioError("no-speech-support", "speech support is not installed: pip install 'interview-coach[speech]'") from None
    return av


def read(path: str, *, max_seconds: float = MAX_SECONDS) -> Audio:
    """Decode ``path`` to 16 kHz mono float32. Raises :class:`AudioError` with a clear reason."""
    check_file(path)
    av = _av()
    container, stream, _ = _open(path, max_seconds)
    with container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        chunks, total, limit = [], 0, int((max_seconds + 1) * RATE)
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    data = out.to_ndarray().reshape(-1)
                    chunks.append(data)
                    total += len(data)
                if total > limit:
                    raise AudioError("too-long", f"{path}: longer than the limit of {mmss(max_seconds)}",
                                     path=path, detail=f"> {mmss(max_seconds)}")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
        except av.FFmpegError as exc:
            if not chunks:
                raise AudioError("unsupported", f"{path}: the audio cannot be decoded ({_why(exc)})",
                                 path=path, detail=_why(exc)) from None
            # a recording cut short (browser closed mid-upload) still gives what was decoded
    samples = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)
    audio = Audio(samples, path)
    if audio.seconds < MIN_SECONDS:
        raise AudioError("too-short", f"{path}: {audio.seconds:.1f} s of audio; at least {MIN_SECONDS:.0f} s is needed",
                         path=path, detail=f"{audio.seconds:.1f} s < {MIN_SECONDS:.0f} s")
    if voiced_seconds(samples) < MIN_VOICED_SECONDS:
        raise AudioError("silent", f"{path}: the recording is silent (no speech could be heard)", path=path)
    return audio


def frame_rms(samples: np.ndarray) -> np.ndarray:
    n = len(samples) // FRAME
    if n == 0:
        return np.zeros(0, np.float32)
    frames = samples[: n * FRAME].reshape(n, FRAME)
    return np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))


def voiced_seconds(samples: np.ndarray) -> float:
    return float(np.sum(frame_rms(samples) > SILENT_RMS)) * FRAME / RATE


def _stated_seconds(container, stream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def mmss(seconds: float) -> str:
    """m:ss, or h:mm:ss from an hour on."""
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"


def _why(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc).splitlines()[0][:120]
