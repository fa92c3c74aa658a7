"""The real Whisper base model on real (synthetic) speech in en, de and hr."""

from __future__ import annotations

import jiwer
import pytest

from interview_coach.speech import read

from .conftest import STORY

# Whisper base on espeak-ng voices: English and German come out close; Croatian does not (the issue
# measured ~79% WER), so for hr only the language and the honesty about quality are checked.
MAX_WER = {"en": 0.25, "de": 0.45}


def wer(reference: str, hypothesis: str) -> float:
    norm = jiwer.Compose([jiwer.ToLowerCase(), jiwer.RemovePunctuation(), jiwer.RemoveMultipleSpaces(),
                          jiwer.Strip(), jiwer.ReduceToListOfListOfWords()])
    return jiwer.wer(reference, hypothesis, reference_transform=norm, hypothesis_transform=norm)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_transcript_is_close_to_what_was_said(say, transcribe, lang):
    t = transcribe(say(lang, STORY[lang]))
    assert t.language == lang
    assert wer(STORY[lang], t.text) <= MAX_WER[lang], t.text
    assert t.reliable


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_words_have_increasing_timings_inside_the_recording(say, transcribe, lang):
    audio = read(str(say(lang, STORY[lang])))
    t = transcribe(say(lang, STORY[lang]))
    assert len(t.words) >= 10
    starts = [w.start for w in t.words]
    assert starts == sorted(starts)
    assert all(0 <= w.start <= w.end <= audio.seconds + 0.1 and 0 <= w.probability <= 1 for w in t.words)
    assert t.text == " ".join(w.text for w in t.words)


def test_language_is_detected_among_hr_de_en(say, transcribe):
    detected = {lang: transcribe(say(lang, STORY[lang])).language for lang in STORY}
    assert detected == {"en": "en", "de": "de", "hr": "hr"}


def test_a_given_language_is_used(say, transcribe):
    t = transcribe(say("en", STORY["en"]), "en")
    assert t.language == "en" and t.language_probability is None


def test_croatian_synthetic_speech_is_marked_unreliable(say, transcribe):
    """The base model cannot transcribe espeak's Croatian well: it must say so, not pretend."""
    t = transcribe(say("hr", STORY["hr"]))
    if wer(STORY["hr"], t.text) > 0.5:
        assert not t.reliable


def test_the_same_recording_gives_the_same_transcript(say, transcriber):
    """Deterministic, even for the hardest case (the base model on Croatian)."""
    audio = read(str(say("hr", STORY["hr"])))
    first, second = transcriber.transcribe(audio), transcriber.transcribe(audio)
    assert first.to_json() == second.to_json()
