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
from .phrases import CLAUSE_MARKS
from .reported import names_me
from .rules import word_list

CUE_FROM_IF = 4  # words at most between the "if" and the cue: the cue is what the "if" clause is about


def _next_mark(text: str, at: int) -> int:
    found = [i for i in (text.find(m, at) for m in CLAUSE_MARKS) if i >= 0]
    return min(found) if found else -1


def _continues(sentence: Sentence, mark: int, lang: str) -> bool:
    """Whether the clause after the mark at ``mark`` (offset in the sentence's text) is what the clause
    before it says (``rules/<lang>/complements.txt``: "dass", "that", "da"), part of the same "if" clause."""
    after = next((t for t in sentence.tokens if t.start - sentence.start > mark), None)
    return after is not None and after.lower in word_list(lang, "complements")


def _one_clause(sentence: Sentence, start: int, end: int, lang: str) -> bool:
    """Whether ``start``..``end`` (absolute) stands in one clause, a clause of what is said included."""
    text, off = sentence.text, sentence.start
    mark = _next_mark(text[:end - off], start - off)
    while mark >= 0:
        if not _continues(sentence, mark, lang):
            return False
        mark = _next_mark(text[:end - off], mark + 1)
    return True


def cause_of_bad_outcome(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether the cue at ``span`` (absolute offsets) stands in an "if" clause of the applicant's, followed,
    after a comma, by a consequence that names someone else."""
    conditions = word_list(lang, "conditions")
    text, off, toks = sentence.text, sentence.start, list(sentence.tokens)
    opener = next((t for t in reversed(toks) if t.end <= span[0] and t.lower in conditions), None)
    if opener is None or not _one_clause(sentence, opener.end, span[0], lang):
        return False  # no "if" in the cue's clause
    if sum(opener.end <= t.start and t.end <= span[0] for t in toks) > CUE_FROM_IF:
        return False  # "if a guest wanted a late checkout I'd say yes": the cue is the reaction, not the "if"
    end = _next_mark(text, span[1] - off)
    while end >= 0 and _continues(sentence, end, lang):  # "Wenn ich ihm sage, dass er im Unrecht ist, ruft er…"
        end = _next_mark(text, end + 1)
    if end < 0:
        return False  # no comma after it: the "if" clause and what follows cannot be told apart
    after = _next_mark(text, end + 1)
    consequence = [t for t in toks if t.start - off > end and (after < 0 or t.end - off <= after)]
    condition = [t for t in toks if opener.start <= t.start and t.end - off <= end]
    backfires = word_list(lang, "backfires")
    return (bool(consequence) and consequence[0].lower not in conditions
            and names_me(sentence, condition, lang) and not names_me(sentence, consequence, lang)
            and any(t.lower in backfires for t in consequence))
