"""Bad recordings are refused with a clear reason before any heavy work."""

from __future__ import annotations

import time

import pytest

from interview_coach.speech import AudioError, read
from interview_coach.speech.audio import MAX_BYTES


def code_of(path) -> str:
    with pytest.raises(AudioError) as info:
        read(str(path))
    return info.value.code


def test_a_spoken_wav_reads_as_16khz_mono(say):
    audio = read(str(say("en", "Good morning, how can I help you?")))
    assert audio.samples.ndim == 1 and audio.samples.dtype.name == "float32"
    assert 1.0 < audio.seconds < 5.0


@pytest.mark.parametrize("fmt", ["mp3", "ogg", "flac"])
def test_compressed_formats_read(say, sox, audio_dir, fmt):
    wav = say("de", "Guten Morgen, wie kann ich Ihnen helfen?")
    out = audio_dir / f"greeting.{fmt}"
    sox(wav, out)
    assert abs(read(str(out)).seconds - read(str(wav)).seconds) < 0.2


def test_missing_empty_and_text_files(tmp_path, speech_ready):
    assert code_of(tmp_path / "nope.wav") == "missing"
    (tmp_path / "empty.wav").write_bytes(b"")
    assert code_of(tmp_path / "empty.wav") == "empty"
    (tmp_path / "answer.wav").write_text("Ovo je moj odgovor, napisan kao tekst.\n" * 50, "utf-8")
    assert code_of(tmp_path / "answer.wav") == "text"


def test_corrupt_and_truncated_audio(tmp_path, say, speech_ready):
    (tmp_path / "noise.wav").write_bytes(bytes(range(256)) * 64)
    assert code_of(tmp_path / "noise.wav") == "unsupported"
    good = say("en", "Thank you for calling, how may I help you today?").read_bytes()
    (tmp_path / "header-only.wav").write_bytes(good[:44])
    assert code_of(tmp_path / "header-only.wav") in ("unsupported", "too-short")


def test_a_huge_file_is_refused_by_its_size_without_reading_it(tmp_path, speech_ready):
    big = tmp_path / "huge.wav"
    with open(big, "wb") as fh:  # sparse: 500 MB on paper, nothing on disk
        fh.truncate(500 * 1024 * 1024)
    started = time.monotonic()
    assert code_of(big) == "too-large"
    assert time.monotonic() - started < 1.0 and big.stat().st_size > MAX_BYTES


def test_a_two_hour_recording_is_refused_before_decoding(audio_dir, sox):
    long = audio_dir / "two-hours.wav"  # 4 kHz, 8 bit: two hours in 29 MB, under the size limit
    sox("-n", "-r", "4000", "-b", "8", "-c", "1", long, "trim", "0", "7200")
    started = time.monotonic()
    with pytest.raises(AudioError) as info:
        read(str(long))
    assert info.value.code == "too-long" and "2:00:00" in str(info.value)
    assert time.monotonic() - started < 2.0


def test_silence_and_too_short(audio_dir, sox):
    sox("-n", "-r", "16000", audio_dir / "silence.wav", "trim", "0", "5")
    assert code_of(audio_dir / "silence.wav") == "silent"
    sox("-n", "-r", "16000", audio_dir / "blip.wav", "synth", "0.3", "sine", "440")
    assert code_of(audio_dir / "blip.wav") == "too-short"


def test_an_unwritable_cache_gives_a_clear_model_error(tmp_path, speech_ready):
    from interview_coach.speech import model

    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", "utf-8")  # unwritable even for root
    with pytest.raises(model.ModelError) as info:
        model.default_model(str(blocked))
    assert info.value.code == "bad-model" and "INTERVIEW_COACH_CACHE" in str(info.value)


def test_a_damaged_model_part_is_refused_by_its_checksum(tmp_path, speech_ready):
    from interview_coach.speech import model

    parts = [tmp_path / "p1", tmp_path / "p2"]
    for i, d in enumerate(parts, 1):
        d.mkdir()
        (d / f"model.bin.part{i}").write_bytes(b"not the model" * i)
    with pytest.raises(model.ModelError) as info:
        model.join(parts, tmp_path / "joined")
    assert "SHA-256" in str(info.value) and not (tmp_path / "joined" / "model.bin").exists()
    assert list((tmp_path / "joined").glob("*.tmp")) == []
