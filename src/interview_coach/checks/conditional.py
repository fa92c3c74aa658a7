"""What the applicant would do, said as the cause of a bad outcome: "ako korisnika prekinem u pola rečenice,
nazvat će ponovno" explains why not to interrupt; it does not interrupt. A pitfall cue in an "if" clause
(``rules/<lang>/conditions.txt``: "if", "wenn", "ako") commits nothing when the clause names the applicant
as its subject and the clause after it, its consequence, names someone else and says that things get worse
or come back (``rules/<lang>/backfires.txt``: "again", "wieder", "ponovno", "angrier"): "Wenn ich den Kunden
abwimmle, ruft er morgen wieder an". A good outcome ("If I show him where he went wrong, he calms down") is
a method, and counts, as does the applicant's own reaction after the "if" ("If a customer's wrong, I think
it's fair to point it out").
"""

from __future__ import annotations

from ..nlp.text import Sentence
from .phrases import clause_numbers
from .reported import names_me
from .rules import word_list

CUE_FROM_IF = 4  # words at most between the "if" and the cue: the cue is what the "if" clause is about


def _clauses(sentence: Sentence, lang: str) -> list[int]:
    """Per token, its clause (:func:`phrases.clause_numbers`), a clause of what is said (``rules/<lang>/
    complements.txt``: "dass", "that", "da") kept with the one before: "Wenn ich ihm sage, dass er im Unrecht
    ist, | ruft er…"."""
    complements, marks = word_list(lang, "complements"), clause_numbers(sentence)
    out, c = [], 0
    for k, t in enumerate(sentence.tokens):
        if k and marks[k] != marks[k - 1] and t.lower not in complements:
            c += 1
        out.append(c)
    return out


def cause_of_bad_outcome(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether the cue at ``span`` (absolute offsets) stands in an "if" clause of the applicant's, followed,
    after a comma, by a consequence that names someone else and says that things come back or get worse."""
    conditions, toks = word_list(lang, "conditions"), sentence.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= span[0]), None)
    if first is None:
        return False
    clause = _clauses(sentence, lang)
    opener = next((k for k in range(first - 1, -1, -1) if clause[k] == clause[first] and toks[k].lower in conditions), None)
    if opener is None or first - opener - 1 > CUE_FROM_IF:
        return False  # no "if" in the cue's clause, or the cue is the reaction ("if a guest wanted… I'd say yes")
    condition = [t for k, t in enumerate(toks) if k >= opener and clause[k] == clause[opener]]
    consequence = [t for k, t in enumerate(toks) if clause[k] == clause[opener] + 1]
    if not condition or condition[-1].end < span[1]:
        return False  # the cue runs on past its "if" clause
    return (bool(consequence) and consequence[0].lower not in conditions
            and names_me(sentence, condition, lang) and not names_me(sentence, consequence, lang)
            and any(t.lower in word_list(lang, "backfires") for t in consequence))
