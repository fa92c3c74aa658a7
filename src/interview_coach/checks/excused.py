"""A fault denied for one's own side: explaining to the customer that the delay or the mistake is nobody's doing here.

Applicants who make excuses seldom say "it wasn't my fault" in so many words. They explain the cause and make sure
the customer sees it was not them: "so they can see it isn't me being slow", "damit er versteht, dass die
Verzögerung nicht an mir oder den Kollegen am Telefon liegt, sondern am Ablauf", "želim da korisnica shvati da nitko
nije namjerno odugovlačio". Cues listed the short wordings and missed these (round 16 of the outside answers: 14 of
18 excuses missed). What the sentences share is their shape:

- the applicant tells or explains (``corrected.told_by_me``), or says what the customer is to see or understand
  (``rules/<lang>/understanding.txt``: "so they can see", "damit er versteht", "da shvati");
- after it, a clause denies a fault (``own_faults.txt``: slow, forgot, on purpose, "Nachlässigkeit", "liegt an",
  "namjerno", "do") of the applicant's own side (``own_side.txt``: me, us, anyone, nobody, "niemand", "nitko"),
  with a negation or a "rather than" in it before the fault ("…, dass das mein Fehler war und nicht der von der
  Kasse" owns the mistake).

"I told her it wasn't her fault" denies the customer's fault, not one's own, and is no excuse. The pitfall's own
``unless`` phrases spare the sentence as they spare a cue (``pitfalls.cue_spans``).
"""

from __future__ import annotations

from ..nlp.text import Sentence
from .corrected import hr_passive, negated, passive, told_by_me, told_clause
from .exceptions import NONE
from .phrases import clause_numbers, find_any
from .rules import phrase_list, word_list
from .veiled import names_someone

RATHER = frozenset({"rather", "instead", "statt", "anstatt", "umjesto"})  # "rather than anyone ignoring them"


FEELING_NEAR = 2  # words before the fault (or one after it, for German's verb last) where a verb of feeling makes it felt


def _felt(tokens, k: int, n: int, feeling: frozenset[str]) -> bool:
    """Whether the fault that starts at token ``k`` (``n`` tokens) is how someone is to feel: "so nobody feels
    ignored", "damit sich niemand übergangen fühlt" (a job seeker's trial: an excuse was named there)."""
    near = tokens[max(0, k - FEELING_NEAR):k] + tokens[k + n:k + n + 1]
    return any(t.lower in feeling for t in near)


def fault_denied(sentence: Sentence, lang: str) -> tuple[int, int] | None:
    """The span from the telling verb or the "so they see" to the end of the denied fault, or None."""
    faults = find_any(list(phrase_list(lang, "own_faults")), sentence)
    if not faults:
        return None
    tokens, clauses = sentence.tokens, clause_numbers(sentence)
    frames = told_by_me(sentence, lang)
    for _, (a, b) in find_any(list(phrase_list(lang, "understanding")), sentence):
        frames.append(((a, b), next((i for i, t in enumerate(tokens) if t.start >= b), len(tokens))))
    own, feeling = word_list(lang, "own_side"), word_list(lang, "feeling_verbs")
    for (fa_, fb_), after in frames:
        for _, (a, b) in faults:
            if a < fb_:
                continue
            k = next(i for i, t in enumerate(tokens) if t.start >= a)
            clause = told_clause(sentence, after, k, clauses, lang)
            said = [t for t in tokens if a <= t.start < b]
            # a feeling or a passive is no one's doing: "da se nitko ne osjeća zaboravljeno" (so nobody feels forgotten)
            if not any(t.lower in own for t in clause) or passive(clause) \
                    or lang == "hr" and hr_passive(said) or _felt(tokens, k, len(said), feeling):
                continue
            # the denial stands before the fault: "dass das mein Fehler war und nicht der von der Kasse" owns it
            before = [t for t in clause if t.start < a]
            if negated(before, lang) or any(t.lower in NONE or t.lower in RATHER for t in before):
                return fa_, b
    return None


def announced_excuse(sentence: Sentence, lang: str) -> tuple[int, int] | None:
    """The span from an announcement of circumstances (``rules/<lang>/excuse_openers.txt``: "in fairness", "Dazu
    muss man sagen", "Moram reći da je") to the end of the sentence, where the sentence names no one else; or None.
    Said of one's own mistake, weakness, criticism or gap (``announced_for`` in ``pitfalls.yml``), it excuses it:
    "In fairness, it was only my second week, it was the Saturday before a bank holiday…" (dev and training rounds:
    7 answers graded as excuses that no cue found, one answer graded otherwise: a story told to the criticism
    question that "Ipak moram reći da je ta kritika bila malo jednostrana", graded as blame). With someone named, the
    announcement is a dig at them (``veiled.veiled_dig``)."""
    for _, (a, b) in find_any(list(phrase_list(lang, "excuse_openers")), sentence):
        if not names_someone(sentence, (a, b), lang):
            return a, sentence.end
    return None
