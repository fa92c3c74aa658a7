"""A dig said politely: criticism of someone else announced as fair, mild or respectful.

Veiled blame is worded anew by every applicant ("Sie hatte, gelinde gesagt, ihr eigenes Tempo", "Kolegica je, blago
rečeno, imala svoj tempo", "To be fair to her, she was new, but she did have a habit of doing the minimum"), and
cues listed one by one missed it (round 14 of the outside answers: 11 of 15 missed). What such sentences share is the
announcement (``rules/<lang>/veiled.txt``: "to put it mildly", "ich will nichts Schlechtes sagen", "blago rečeno")
and someone else named in the same sentence (``others.txt``, ``bosses.txt``, ``people.txt``, a customer): "Ich war,
gelinde gesagt, nervös" criticises no one. A fairness announcement (a line ending in " +") is kind by itself ("To be
fair to her, she had waited an hour") and needs a "but" (``turns.txt``) after it.
"""

from __future__ import annotations

from functools import lru_cache

from ..nlp.text import Sentence
from .phrases import compile_phrase, find_any
from .rules import customer_phrases, lines, phrase_list, word_list


@lru_cache(maxsize=None)
def markers(lang: str) -> tuple[tuple, ...]:
    """(phrase, needs a "but" after it) per line of ``veiled.txt``."""
    out = []
    for line in lines(lang, "veiled"):
        turn = line.endswith(" +")
        out.append((compile_phrase(line[:-2].strip() if turn else line, lang), turn))
    return tuple(out)


@lru_cache(maxsize=None)
def targets(lang: str) -> tuple:
    """Who can be the target of a dig: people at work or among the public (``bosses.txt``, ``people.txt``, the
    customer words)."""
    return phrase_list(lang, "bosses") + phrase_list(lang, "people") + customer_phrases(lang)


def veiled_dig(sentence: Sentence, lang: str) -> tuple[int, int] | None:
    """The span from a dig's announcement to the end of the sentence, where someone else is named in it; or None."""
    turns = word_list(lang, "turns")
    for phrase, needs_turn in markers(lang):
        for _, (a, b) in find_any([phrase], sentence):
            rest = [t for t in sentence.tokens if t.start >= b]
            if needs_turn and not any(t.lower in turns for t in rest):
                continue
            if names_someone(sentence, (a, b), lang):
                return a, sentence.end
    return None


def names_someone(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether the sentence names someone else (``others.txt``, or a target: people at work or among the public)
    outside ``span``, the announcement."""
    others, (a, b) = word_list(lang, "others"), span
    outside = tuple(t for t in sentence.tokens if not a <= t.start < b)
    return any(t.lower in others for t in outside) or bool(find_any(list(targets(lang)), sentence.only(outside)))
