"""An exception made against a known norm: the favour told in passing inside a good story.

Applicants who bend a rule to please seldom say "against the rules". They tell the norm and then the exception:
"Delivery is normally forty-five pounds and has to go through the booking system, but I just added it to the run",
"Das entscheidet bei uns normalerweise die Schichtleitung, aber bis ich sie gefunden hätte…", "dostavu sam
jednostavno maknula s računa, iako to kod nas plaćaju svi". Cues list such wordings one by one and miss the next one (round 14
of the outside answers: 13 of 18 favours missed after round 13's wordings were added); this reads the shape:

- a sentence says a norm: a marker (``rules/<lang>/norms.txt``: "normally", "offiziell", "inače") and, in the
  marker's clause, what the norm is about (``norm_words.txt``: who decides, what is allowed, what it costs), not
  negated (a rule said with "not" comes before an alternative: "Normally we can't refund that, but I can offer an
  exchange") and naming no one else (``others.txt``, a customer: "Er wollte eigentlich nur einen Router, aber…"),
  then turns from it with a "but" (``turns.txt``); or a concessive (``concessives.txt``: "even though", "obwohl",
  "iako") with a norm word in its clause, likewise not negated and naming no one else;
- and the applicant acts in that sentence or the one before ("I also put three months' free service on his account.
  Strictly speaking we can only credit the days of the outage, but…").

It commits nothing where the pitfall's own ``unless`` phrases turn the sentence round ("…, but I couldn't give it",
the manager asked first): ``pitfalls.cue_spans`` applies them to the span found here as to a cue's.
"""

from __future__ import annotations

from ..nlp.text import Sentence
from .phrases import clause_numbers, find_any
from .reported import names_me
from .rules import customer_phrases, phrase_list, word_list


WITHOUT = frozenset({"without", "ohne", "bez"})  # "without a manager signing it off" denies no norm
ONLY = frozenset({"only", "nur", "samo"})  # a norm word of a rule's limits, not of a concession
NONE = frozenset({"nothing", "nichts", "niemand", "nobody", "nitko", "nikome"})  # denials beside negations.txt


def _denied(tokens: list, lang: str) -> bool:
    """Whether ``tokens`` say "not": a rule said with a negation is explained, not bent ("Ulaznice se po pravilima
    ne vraćaju, ali mogao sam mu ih zamijeniti"; "Auch wenn die Regel keine Erstattung erlaubt, biete ich…an")."""
    negations = word_list(lang, "negations")
    return any((t.lower in negations or t.lower in NONE) and t.lower not in WITHOUT for t in tokens)


def norm_turned(sentence: Sentence, lang: str) -> tuple[int, int] | None:
    """Where the sentence says a norm and turns from it: the span after the turn to the end of the sentence (for a
    concessive, the whole sentence), or None."""
    words = {a for _, (a, _b) in find_any(list(phrase_list(lang, "norm_words")), sentence)}
    if not words:
        return None
    clauses = clause_numbers(sentence)
    tokens, turns = sentence.tokens, word_list(lang, "turns")
    for _, (a, b) in find_any(list(phrase_list(lang, "norms")), sentence):
        turn = next((i for i, t in enumerate(tokens) if t.start >= b and t.lower in turns), None)
        if turn is None or turn + 1 == len(tokens):
            continue
        at = next(i for i, t in enumerate(tokens) if t.start >= a)
        said = [t for i, t in enumerate(tokens) if at <= i < turn]  # from the marker to the turn
        norm = [t for i, t in enumerate(tokens) if clauses[i] == clauses[at] and i < turn]  # the marker's clause
        if _denied(said, lang) or _someone_else(sentence, norm, lang) or not words & {t.start for t in norm + said}:
            continue
        # the exception, after the turn: an ``unless`` phrase in the norm ("entscheidet die Schichtleitung") spares
        # nothing there (pitfalls.cue_spans: a "but" between)
        return tokens[turn + 1].start, sentence.end
    for _, (a, _b) in find_any(list(phrase_list(lang, "concessives")), sentence):
        at = next((i for i, t in enumerate(tokens) if t.start >= a), None)
        if at is None:
            continue
        clause = [t for i, t in enumerate(tokens) if clauses[i] == clauses[at] and t.start >= a]
        about = {t.start for t in clause if t.lower not in ONLY}  # "auch wenn ich nur kurz zum Drucker gehe"
        if words & about and not _someone_else(sentence, clause, lang) and not _denied(clause, lang):
            return sentence.start, sentence.end
    return None


def _someone_else(sentence: Sentence, tokens: list, lang: str) -> bool:
    """Whether ``tokens`` name someone other than the applicant or the workplace (``others.txt``, a customer): "Er
    wollte eigentlich nur einen neuen Router, aber…" is the customer's wish, no norm of the shop."""
    if any(t.lower in word_list(lang, "others") for t in tokens):
        return True
    clause = sentence.only(tokens)
    return bool(find_any(list(customer_phrases(lang)), clause))


def exception_made(sentences: list[Sentence], i: int, lang: str) -> tuple[int, int] | None:
    """The span in sentence ``i`` that tells an exception the applicant made against a norm (see the module)."""
    span = norm_turned(sentences[i], lang)
    if span is None:
        return None
    acted = names_me(sentences[i], list(sentences[i].tokens), lang) or \
        i > 0 and names_me(sentences[i - 1], list(sentences[i - 1].tokens), lang)
    return span if acted else None
