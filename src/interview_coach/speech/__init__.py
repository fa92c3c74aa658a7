"""Spoken answers: reading audio, transcription (faster-whisper) and delivery metrics.

The transcription model is an optional extra (``pip install interview-coach[speech]``); it loads
once per process, lazily, so importing this package costs nothing.
"""

from .audio import AudioError, MAX_BYTES, MAX_SECONDS, MIN_SECONDS, read
from .transcript import Transcript, Word

__all__ = ["AudioError", "MAX_BYTES", "MAX_SECONDS", "MIN_SECONDS", "Transcript", "Word", "read"]
