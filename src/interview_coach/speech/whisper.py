"""Transcription with faster-whisper (CTranslate2), behind one small interface.

:func:`transcriber` loads the model once per process. :meth:`WhisperTranscriber.transcribe` takes
decoded audio and returns a :class:`~.transcript.Transcript` with word timings, a confidence, and
the pauses found in the signal itself (word timings stretch over silences, the energy does not).
"""

from __future__ import annotations

import os
import threading
from typing import Callable, Protocol

import numpy as np

from .. import LANGUAGES
from . import model as model_files
from .audio import FRAME, RATE, Audio, frame_rms
from .transcript import Transcript, Word

# Whisper tends to leave hesitations out of its text. A prompt written the way people really talk,
# hesitations included, makes it keep more of them. bench/speech.py measures it: filler recall en
# 0.31 -> 0.50, de 0.38 -> 0.88, no measurable WER cost. For Croatian the base model is too weak:
# the prompt doubled the time and dropped whole sentences, so hr goes without one.
FILLER_PROMPTS = {
    "en": "Umm, so, uh, I think... hmm, you know, I mean, like, I helped the customer.",
    "de": "Ähm, also, äh, ich meine... hm, sozusagen, halt, ich habe dem Kunden geholfen.",
    "hr": None,
}
# Whisper's language codes that stand for the same spoken language as ours
SAME_LANGUAGE = {"hr": ("hr", "bs", "sr"), "de": ("de",), "en": ("en",)}
MIN_PAUSE = 0.7  # seconds of silence inside an answer that count as a pause


class Transcriber(Protocol):
    name: str

    def transcribe(self, audio: Audio, language: str | None = None, keep_fillers: bool = True,
                   progress: Callable[[float], None] | None = None) -> Transcript: ...


class WhisperTranscriber:
    def __init__(self, folder, name: str, *, threads: int | None = None, beam_size: int = 5):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a folder path never needs the hub; make sure of it
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise model_files.ModelError("no-speech-support",
                                         "speech support is not installed: pip install 'interview-coach[speech]'") from None
        self.name = name
        self.beam_size = beam_size
        self._lock = threading.Lock()  # one CTranslate2 model, used by one thread at a time
        self._model = WhisperModel(str(folder), device="cpu", compute_type="int8",
                                   cpu_threads=threads or min(4, os.cpu_count() or 1))

    def detect_language(self, samples: np.ndarray) -> tuple[str, float]:
        """The most likely of hr/de/en (Bosnian and Serbian count as Croatian), and its share."""
        _, _, ranked = self._model.detect_language(samples)
        scores = {lang: sum(p for code, p in ranked if code in codes) for lang, codes in SAME_LANGUAGE.items()}
        best = max(scores, key=scores.get)
        total = sum(scores.values()) or 1.0
        return best, scores[best] / total

    def transcribe(self, audio: Audio, language: str | None = None, keep_fillers: bool = True,
                   progress: Callable[[float], None] | None = None) -> Transcript:
        """``progress`` is called with the share done (0-1) as Whisper works through the audio.

        With the filler prompt Whisper sometimes stops early or loops; when the words do not cover
        the speech in the signal, or the text repeats itself, the audio is transcribed again without
        the prompt, with Whisper's temperature fallback under a fixed random seed (so the result is
        still the same for the same recording), and the better-covering result is kept.
        """
        samples = audio.samples
        voiced = _voiced(samples)
        speech_start, speech_end = speech_span(voiced)
        with self._lock:
            if language in LANGUAGES:
                lang, lang_p = language, None
            else:
                lang, lang_p = self.detect_language(samples)
            prompt = FILLER_PROMPTS.get(lang) if keep_fillers else None
            plain = (0.0, 0.2, 0.4, 0.6)  # Whisper's fallback on loops and unsure text, seeded
            if prompt is None:
                words = self._words(samples, lang, None, plain, speech_end, progress)
            else:
                words = self._words(samples, lang, prompt, (0.0,), speech_end, progress)
                if not _complete(words, voiced):
                    retry = self._words(samples, lang, None, plain, speech_end, progress)
                    words = max((words, retry), key=lambda ws: (_complete(ws, voiced), coverage(ws, voiced)))
        text = " ".join(w.text for w in words)
        confidence = float(np.mean([w.probability for w in words])) if words else 0.0
        return Transcript(text=text, language=lang, confidence=confidence, duration=audio.seconds, words=words,
                          language_probability=None if lang_p is None else round(lang_p, 3),
                          pauses=pauses(voiced, speech_start, speech_end), speech_start=round(speech_start, 2),
                          speech_end=round(speech_end, 2), model=self.name,
                          coverage=round(coverage(words, voiced), 3), repetitive=repetitive(text))

    def _words(self, samples, lang: str, prompt: str | None, temperatures: tuple, speech_end: float,
               progress) -> list[Word]:
        import ctranslate2

        ctranslate2.set_random_seed(1234)  # sampled fallbacks, when used, are repeatable
        segments, _ = self._model.transcribe(
            samples, language=lang, beam_size=self.beam_size, word_timestamps=True, initial_prompt=prompt,
            condition_on_previous_text=False, vad_filter=False, temperature=list(temperatures))
        words: list[Word] = []
        for seg in segments:  # a generator: the work happens while iterating
            if progress is not None:
                progress(min(1.0, seg.end / max(len(samples) / RATE, 0.1)))
            if seg.no_speech_prob > 0.5 and seg.avg_logprob < -1.0:
                continue  # Whisper's "text" over silence
            for w in seg.words or []:
                if w.start > speech_end + 0.5 or not w.word.strip():
                    continue
                words.append(Word(w.word.strip(), float(w.start), float(w.end), float(w.probability)))
        while words and words[-1].probability < 0.1:
            words.pop()  # Whisper's habit of a stray last word ("You", "Thank you.") over the closing silence
        return words


COVERED_ENOUGH = 0.85  # share of the voiced frames that must lie within (or next to) a recognised word
REPEAT_RATIO = 2.4  # zlib compression ratio above which Whisper's text is a loop (Whisper's own threshold)


def coverage(words: list[Word], voiced: np.ndarray, slack: float = 0.4) -> float:
    """Share of the voiced 30 ms frames that fall within ``slack`` seconds of a recognised word."""
    if not voiced.any():
        return 1.0
    covered = np.zeros(len(voiced), bool)
    step = FRAME / RATE
    for w in words:
        covered[max(0, int((w.start - slack) / step)):int((w.end + slack) / step) + 1] = True
    return float((covered & voiced).sum() / voiced.sum())


def repetitive(text: str) -> bool:
    import zlib

    data = text.encode("utf-8")
    return len(data) > 100 and len(data) / len(zlib.compress(data)) > REPEAT_RATIO


def _complete(words: list[Word], voiced: np.ndarray) -> bool:
    return coverage(words, voiced) >= COVERED_ENOUGH and not repetitive(" ".join(w.text for w in words))


def _voiced(samples: np.ndarray) -> np.ndarray:
    """Frames (30 ms) with speech energy, against a threshold set from the recording's own noise
    floor and speech level, so a quiet microphone and a clean synthetic file both work."""
    rms = frame_rms(samples)
    if not len(rms):
        return np.zeros(0, bool)
    db = 20 * np.log10(rms + 1e-10)
    floor = max(float(np.percentile(db, 10)), -70.0)
    loud = float(np.percentile(db, 95))
    return db > floor + 0.3 * (loud - floor)


def speech_span(voiced: np.ndarray) -> tuple[float, float]:
    """Seconds from the first to the end of the last voiced frame (see :func:`_voiced`)."""
    frames = np.flatnonzero(voiced)
    if not len(frames):
        return 0.0, 0.0
    step = FRAME / RATE
    return float(frames[0] * step), float((frames[-1] + 1) * step)


def pauses(voiced: np.ndarray, start: float, end: float, min_pause: float = MIN_PAUSE) -> list[dict]:
    """Unvoiced runs of at least ``min_pause`` seconds between ``start`` and ``end``."""
    step = FRAME / RATE
    out, run_start = [], None
    for i, v in enumerate(voiced):
        t = i * step
        if t < start or t >= end:
            continue
        if not v and run_start is None:
            run_start = t
        elif v and run_start is not None:
            if t - run_start >= min_pause:
                out.append({"start": round(run_start, 2), "end": round(t, 2)})
            run_start = None
    return out


_loaded: dict[str, WhisperTranscriber] = {}
_load_lock = threading.Lock()


def transcriber(path: str | None = None, cache: str | None = None) -> WhisperTranscriber:
    """The process's transcriber for ``path`` (default model when None), loaded on first use."""
    with _load_lock:
        folder, name = model_files.locate(path, cache)
        key = str(folder)
        if key not in _loaded:
            _loaded[key] = WhisperTranscriber(folder, name)
        return _loaded[key]


def available() -> bool:
    """Is speech support installed (the faster-whisper package and the default model parts)?"""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("faster_whisper", "av", *model_files.PARTS))
