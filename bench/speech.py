#!/usr/bin/env python3
"""Speech figures on this machine: model load time, real-time factor and word error rate per
language on synthetic speech (espeak-ng), pause detection, and how many filler words Whisper
keeps with and without the filler prompt. Prints figures; asserts nothing.

Needs espeak-ng, sox and the speech extra. Run: .venv/bin/python bench/speech.py [--quick]
The spoken texts are the bank's sample answers (first sentences), so they read like real answers.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import tempfile
import time
from pathlib import Path

import jiwer
import numpy as np

from interview_coach.bank import load_bank
from interview_coach.engine import cache_dir
from interview_coach.nlp.text import sentences
from interview_coach.speech import read
from interview_coach.speech.delivery import fillers as find_fillers
from interview_coach.speech.whisper import FILLER_PROMPTS, transcriber

VOICES = {"en": "en-us", "de": "de", "hr": "hr"}
FILLERS = {"en": ["um", "uh"], "de": ["äh", "ähm"], "hr": ["ovaj", "hm"]}
NORM = jiwer.Compose([jiwer.ToLowerCase(), jiwer.RemovePunctuation(), jiwer.RemoveMultipleSpaces(), jiwer.Strip(),
                      jiwer.ReduceToListOfListOfWords()])


def texts(bank, lang: str, n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out = []
    for q in rng.sample(sorted(bank.questions), n):
        sample = bank.questions[q].in_lang(lang).sample_answers[0].text
        out.append(" ".join(s.text for s in sentences(sample, lang)[:3]))
    return out


def speak(path: Path, lang: str, text: str, speed: int = 150) -> None:
    subprocess.run(["espeak-ng", "-v", VOICES[lang], "-s", str(speed), "-w", str(path), text], check=True)


def with_fillers(text: str, lang: str, rng: random.Random) -> tuple[str, int]:
    words = text.split()
    count = 0
    for i in sorted(rng.sample(range(1, len(words)), min(4, len(words) - 1)), reverse=True):
        words.insert(i, rng.choice(FILLERS[lang]) + ",")
        count += 1
    return " ".join(words), count


def wer(ref: str, hyp: str) -> float:
    return jiwer.wer(ref, hyp, reference_transform=NORM, hypothesis_transform=NORM)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="3 texts per language instead of 8")
    args = ap.parse_args()
    n = 3 if args.quick else 8
    bank = load_bank()
    started = time.perf_counter()
    tr = transcriber(None, cache_dir())
    print(f"model {tr.name}: load (incl. joining/verifying the parts on first use) {time.perf_counter() - started:.2f} s")
    tmp = Path(tempfile.mkdtemp())
    print("\nlang  texts  audio s  RTF    WER    lang ok  confidence  reliable (WER of those)")
    for lang in ("en", "de", "hr"):
        audio_s = compute_s = 0.0
        refs, hyps, lang_ok, conf, reliable = [], [], 0, [], []
        for i, text in enumerate(texts(bank, lang, n)):
            path = tmp / f"{lang}-{i}.wav"
            speak(path, lang, text)
            audio = read(str(path))
            t0 = time.perf_counter()
            t = tr.transcribe(audio)
            compute_s += time.perf_counter() - t0
            audio_s += audio.seconds
            refs.append(text)
            hyps.append(t.text)
            lang_ok += t.language == lang
            conf.append(t.confidence)
            if t.reliable:
                reliable.append((text, t.text))
        kept = f"{wer([r for r, _ in reliable], [h for _, h in reliable]):.3f}" if reliable else "-"
        print(f"{lang:<5} {n:>5}  {audio_s:7.1f}  {compute_s / audio_s:.3f}  {wer(refs, hyps):.3f}  {lang_ok}/{n}     "
              f"{np.mean(conf):.2f}        {len(reliable)}/{n} ({kept})")

    print("\nfillers kept (4 inserted per text; recall = found / inserted), WER without the fillers, RTF")
    print("lang  prompt  recall  WER    RTF")
    for lang in ("en", "de", "hr"):
        for keep in ((True, False) if FILLER_PROMPTS.get(lang) else (False,)):  # hr has no prompt
            inserted = found = 0
            refs, hyps, audio_s, compute_s = [], [], 0.0, 0.0
            for i, text in enumerate(texts(bank, lang, n, seed=9)):
                spoken, count = with_fillers(text, lang, random.Random(i))
                path = tmp / f"f-{lang}-{i}.wav"
                speak(path, lang, spoken)
                audio = read(str(path))
                t0 = time.perf_counter()
                t = tr.transcribe(audio, lang, keep_fillers=keep)
                compute_s += time.perf_counter() - t0
                audio_s += audio.seconds
                inserted += count
                found += min(count, len(find_fillers(t, lang)))
                refs.append(text)
                hyps.append(" ".join(w for w in t.text.split()
                                     if w.lower().strip(".,!?…") not in {f.lower() for f in FILLERS[lang]}))
            print(f"{lang:<5} {'yes' if keep else 'no':<6}  {found / inserted:.2f}    {wer(refs, hyps):.3f}  "
                  f"{compute_s / audio_s:.3f}")

    print("\npauses (2.5 s of silence put between two sentences with sox): found within 0.5 s")
    for lang in ("en", "de", "hr"):
        a, b = texts(bank, lang, 2, seed=13)
        speak(tmp / "a.wav", lang, a)
        speak(tmp / "b.wav", lang, b)
        subprocess.run(["sox", "-n", "-r", "22050", "-c", "1", "-b", "16", str(tmp / "gap.wav"), "trim", "0", "2.5"], check=True)
        subprocess.run(["sox", str(tmp / "a.wav"), str(tmp / "gap.wav"), str(tmp / "b.wav"), str(tmp / "ab.wav")], check=True)
        first = float(subprocess.run(["soxi", "-D", str(tmp / "a.wav")], capture_output=True, text=True).stdout)
        t = tr.transcribe(read(str(tmp / "ab.wav")), lang)
        hits = [p for p in t.pauses if abs(p["end"] - (first + 2.5)) < 0.5]
        print(f"  {lang}: pauses found {len(t.pauses)}, the inserted one {'found' if hits else 'MISSED'}"
              + (f" ({hits[0]['end'] - hits[0]['start']:.2f} s)" if hits else ""))
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
