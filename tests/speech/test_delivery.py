"""Delivery on real audio: pauses put in with sox, pace changed with espeak's speed, duration
and a late start; filler words; and the feedback JSON's delivery and transcript sections."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.speech.transcript import Transcript, Word

from .conftest import STORY, seconds_of

FIRST = {"en": "I worked at the checkout of a busy supermarket for two years.",
         "de": "Ich habe zwei Jahre an der Kasse eines großen Supermarkts gearbeitet.",
         "hr": "Dvije godine radila sam na blagajni velikog supermarketa."}
SECOND = {"en": "Customers liked that I stayed calm and friendly when the queue was long.",
          "de": "Die Kunden mochten, dass ich ruhig und freundlich blieb, wenn die Schlange lang war.",
          "hr": "Kupci su voljeli što sam ostala mirna i ljubazna kad je red bio dug."}


@pytest.fixture(scope="module")
def with_pause(say, sox, audio_dir):
    """FIRST, 3.5 s of silence, SECOND, per language; and where the silence starts."""
    out = {}
    for lang in ("en", "de", "hr"):
        a, b = say(lang, FIRST[lang]), say(lang, SECOND[lang])
        gap = audio_dir / f"gap-{lang}.wav"
        sox("-n", "-r", "22050", "-c", "1", "-b", "16", gap, "trim", "0", "3.5")
        path = audio_dir / f"pause-{lang}.wav"
        sox(a, gap, b, path)
        out[lang] = (path, seconds_of(a))
    return out


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_a_long_pause_is_found_where_it_was_put(with_pause, transcribe, lang):
    path, first_ends = with_pause[lang]
    t = transcribe(path)
    long = [p for p in t.pauses if p["end"] - p["start"] >= 2.5]
    assert len(long) == 1, t.pauses
    # espeak ends a sentence with a little silence of its own, so the pause starts a bit earlier
    assert first_ends - 0.8 <= long[0]["start"] <= first_ends + 0.2
    assert 3.3 <= long[0]["end"] - long[0]["start"] <= 4.3
    fb = feedback(None, "", question_text="Tell me about your experience.", transcript=t, ui_lang=lang)
    d = fb.delivery
    assert d["long_pauses"] == 1 and d["longest_pause"] >= 3.3
    finding = next(f for f in d["findings"] if f["id"] == "delivery.long_pauses")
    assert finding["evidence"][0]["time"][0] == long[0]["start"]
    ev = finding["evidence"][0]
    assert t.text[ev["start"]:ev["end"]].split()[0] in ev["text"]


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_fast_speech_is_flagged_and_normal_speech_is_not(say, transcribe, lang):
    normal = transcribe(say(lang, STORY[lang], speed=140))
    fast = transcribe(say(lang, STORY[lang], speed=300))
    fb_normal = feedback(None, "", question_text="Tell me about a difficult customer.", transcript=normal,
                         ui_lang="en").delivery or {}
    fb_fast = feedback(None, normal.text, question_text="Tell me about a difficult customer.", transcript=fast,
                       ui_lang="en").delivery
    if normal.reliable:
        assert fb_normal["rate_verdict"] == "good", fb_normal
    assert fb_fast["rate_verdict"] == "fast"
    assert fb_fast["syllables_per_second"] > (fb_normal.get("syllables_per_second") or 0) * 1.4
    assert any(f["id"] == "delivery.rate_fast" for f in fb_fast["findings"])


def test_duration_and_a_late_start_are_measured(say, sox, audio_dir, transcribe):
    spoken = say("en", STORY["en"])
    padded = audio_dir / "late-start.wav"
    sox(spoken, padded, "pad", "6", "1")
    t = transcribe(padded)
    assert 5.6 <= t.speech_start <= 6.4
    assert abs((t.speech_end - t.speech_start) - seconds_of(spoken)) < 0.8
    fb = feedback("difficult-customer", "", transcript=t, ui_lang="de")
    d = fb.delivery
    assert d["time_to_first_word"] >= 5.5
    assert {"delivery.slow_start", "delivery.duration"} <= {f["id"] for f in d["findings"]}
    assert d["duration_verdict"] == "too-short"
    assert fb.length["measured"] and abs(fb.length["seconds"] - d["duration_seconds"]) < 0.01
    assert fb.to_json()["dimensions"]["delivery"] == d["score"]
    assert any("Sekunden" in s for s in fb.suggestions)  # in the interface language


def _transcript(words: list[str], step: float = 0.4) -> Transcript:
    ws = [Word(w, i * step, i * step + step * 0.8, 0.95) for i, w in enumerate(words)]
    return Transcript(" ".join(words), None, 0.95, len(words) * step + 1, ws, speech_start=0.0,
                      speech_end=len(words) * step)


@pytest.mark.parametrize("lang,words,fillers", [
    ("en", "So um I helped the customer uh and you know she was happy um in the end".split(), {"um", "uh", "you know"}),
    ("de", "Also äh ich habe der Kundin ähm geholfen und sie war halt am Ende äh zufrieden".split(), {"äh", "ähm"}),
    ("hr", "Ovaj pomogla sam kupcu hm i ono na kraju je bila hm zadovoljna".split(), {"ovaj", "hm"}),
])
def test_fillers_are_counted_with_their_time(lang, words, fillers):
    t = _transcript(words)
    t.language = lang
    fb = feedback(None, "", question_text="Tell me about a difficult customer.", transcript=t, ui_lang=lang)
    d = fb.delivery
    found = {f["text"].lower() for f in d["fillers"]}
    assert fillers <= found
    for f in d["fillers"]:
        assert t.text[f["start"]:f["end"]] == f["text"]
        first = f["text"].lower().split()[0]
        assert any(w.text.lower() == first and abs(w.start - f["time"][0]) < 0.01 for w in t.words), f
    assert d["fillers_per_minute"] > 3 and any(x["id"] == "delivery.fillers" for x in d["findings"])


def test_no_fillers_no_finding():
    t = _transcript("I listened to the customer and found a replacement the same day".split())
    t.language = "en"
    d = feedback(None, "", question_text="Tell me about a difficult customer.", transcript=t, ui_lang="en").delivery
    assert d["fillers"] == [] and not any(x["id"] == "delivery.fillers" for x in d["findings"])


def test_an_unreliable_transcript_is_not_graded_until_corrected(say, transcribe):
    t = transcribe(say("en", STORY["en"]))
    unsure = Transcript.from_json(t.to_json() | {"confidence": 0.4})  # as a poor recording would give
    fb = feedback("difficult-customer", "", transcript=unsure, ui_lang="hr")
    assert not fb.judged and fb.reason == "unreliable-transcript" and fb.score is None
    assert fb.dimensions["key_points"] is None and fb.delivery is not None
    assert "40 %" in fb.suggestions[0]
    corrected = feedback("difficult-customer", STORY["en"] + " It was my own idea.", transcript=unsure, ui_lang="hr")
    assert corrected.judged and corrected.score is not None and corrected.transcript["corrected"]
    assert corrected.delivery["words"] == len(t.words)  # delivery still from the recording


def test_the_same_spoken_answer_scores_like_the_typed_one(say, transcribe):
    t = transcribe(say("en", STORY["en"]))
    spoken = feedback("difficult-customer", "", transcript=t)
    typed = feedback("difficult-customer", t.text)
    assert spoken.dimensions["key_points"] == typed.dimensions["key_points"]
    assert spoken.relevance == typed.relevance and spoken.transcript["text"] == t.text


@pytest.mark.parametrize("ui,looped,missing", [
    ("en", "repeats itself", "not recognised (only 50 %"),
    ("de", "wiederholt sich", "nicht erkannt (nur 50 %"),
    ("hr", "se ponavlja", "nisu prepoznati (u transkriptu je samo 50 %"),
])
def test_a_looping_or_incomplete_transcript_says_why_it_is_not_graded(ui, looped, missing):
    words = "I listened to the customer and I found a new parcel for her the same day".split()
    t = _transcript(words)
    t.language = "en"
    t.repetitive = True
    fb = feedback("difficult-customer", "", transcript=t, ui_lang=ui)
    assert not fb.judged and looped in fb.suggestions[0]
    t.repetitive, t.coverage = False, 0.5
    fb = feedback("difficult-customer", "", transcript=t, ui_lang=ui)
    assert not fb.judged and missing in fb.suggestions[0]
    assert fb.transcript["reliable"] is False and fb.transcript["coverage"] == 0.5


def test_single_delivery_checks_can_be_switched_off():
    words = "So um I helped the customer uh and you know she was happy um in the end".split()
    t = _transcript(words)
    t.language = "en"
    on = feedback(None, "", question_text="Tell me about a difficult customer.", transcript=t).delivery
    off = feedback(None, "", question_text="Tell me about a difficult customer.", transcript=t,
                   disabled=("delivery.fillers",)).delivery
    assert any(f["id"] == "delivery.fillers" for f in on["findings"])
    assert not any(f["id"] == "delivery.fillers" for f in off["findings"])
    assert off["fillers"] == on["fillers"] and off["score"] > on["score"]  # still measured, not judged
