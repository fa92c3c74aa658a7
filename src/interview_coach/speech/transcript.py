"""What a transcription gives: the text, its language, a confidence and every word with its timing.

Plain data (no model import), so the engine, the store and the reports can use it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Mean word probability below which a transcript is not graded as what was said. On espeak speech
# (bench/speech.py) the base model gives en 0.90 (WER 9 %), de 0.74 (WER 33 %), hr 0.55 (WER 79 %).
RELIABLE_AT = 0.70
COVERED_AT = 0.80  # below this share of the speech under recognised words, parts of the answer are missing


@dataclass
class Word:
    text: str
    start: float
    end: float
    probability: float


@dataclass
class Transcript:
    text: str
    language: str | None
    confidence: float  # 0-1: mean probability of the recognised words
    duration: float  # seconds of audio
    words: list[Word] = field(default_factory=list)
    language_probability: float | None = None
    pauses: list[dict] = field(default_factory=list)  # silent stretches inside the answer: {start, end}
    speech_start: float = 0.0
    speech_end: float = 0.0
    model: str | None = None
    corrected_text: str | None = None  # the user's correction, when they made one
    coverage: float = 1.0  # share of the speech in the signal that lies under recognised words
    repetitive: bool = False  # the text loops (a Whisper failure)

    @property
    def spoken_seconds(self) -> float:
        """From the first to the last speech in the recording."""
        return max(0.0, self.speech_end - self.speech_start)

    @property
    def reliable(self) -> bool:
        """Judged as what was said only when Whisper was sure of its words, heard (nearly) all of
        the speech, and did not loop."""
        return self.confidence >= RELIABLE_AT and self.coverage >= COVERED_AT and not self.repetitive

    def to_json(self) -> dict:
        data = asdict(self)
        data["reliable"] = self.reliable
        for w in data["words"]:
            w["start"], w["end"], w["probability"] = round(w["start"], 2), round(w["end"], 2), round(w["probability"], 3)
        data["confidence"] = round(self.confidence, 3)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Transcript":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["words"] = [Word(**w) for w in data.get("words", [])]
        return cls(**known)
