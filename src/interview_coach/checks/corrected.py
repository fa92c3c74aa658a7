"""The customer corrected: telling or showing a customer that the mistake was theirs, however politely.

Applicants who confront a customer seldom sound rude. They tell the scene calmly and then prove the customer
wrong: "I explained to him that he had simply misread the price", "habe ihm ganz ruhig erklärt, dass er sich
beim Preis schlicht verlesen hatte", "uljudno joj napomenula da ih je trebala pročitati prije kupnje". Cues listed
such wordings one by one and missed the next one (round 16 of the outside answers: 11 of 18 polite confrontations
missed). What the sentences share is their shape:

- the applicant tells, explains, shows or reminds (``rules/<lang>/correcting.txt``; "I", "ich" or a Croatian
  first-person form before the verb in its sentence or just after it: "habe ich ihm erklärt"), not negated;
- after the verb, a clause puts a fault on the customer (``faults.txt``: misread, got it wrong, should have, hadn't read
  it, "verlesen", "geirrt", "krivo", "trebala je"), with the customer as its subject (``customer_subjects.txt``: he,
  she, they, the customer; Croatian third-person "je", "bi", "su") or naming the customer itself
  (``customer_faults.txt``: "the mix-up was on her side", "dass der Fehler bei ihr lag"), and not the applicant ("I
  told her I had got it wrong" owns the mistake) nor someone at work ("da je kurir trebao nazvati");
- that clause is not negated ("I told her it wasn't her fault") and not passive ("she had been sent the wrong
  size", "u adresi krivo upisan": someone's mistake, not the customer's).

Signing or confirming the terms is no fault: "pokažem ugovor i cjenik koji je potpisao" is a rule explained (a dev
answer graded 88), however sharply an outside grader read "with the date they signed it".

"I explained that the shelf label was wrong" names no customer in the fault's clause and commits nothing. The
pitfall's own ``unless`` phrases spare the sentence as they spare a cue (``pitfalls.cue_spans``).
"""

from __future__ import annotations

from ..nlp.text import Sentence
from .negation import affirmed
from .phrases import clause_numbers, find_any
from .reported import names_me
from .rules import customer_phrases, phrase_list, word_list

PASSIVE_DE = frozenset({"worden", "wurde", "wurden"})  # a German passive by itself: "dass es falsch eingegeben wurde"
# forms of "be" and "werden" that make a passive before a participle: "so nobody is forgotten", "damit niemand
# vergessen wird" (a bank sample answer: following up, no excuse)
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
IRREGULAR = frozenset({"sent", "told", "given", "forgotten", "left", "lost", "paid", "sold", "kept", "made", "done",
                       "seen", "taken", "shown", "brought", "bought", "put", "cut", "charged", "missed", "ignored"})
WERDEN = frozenset({"wird", "werden", "wurde", "wurden", "worden"})
# a Croatian passive participle in the fault's own words: "u adresi krivo upisan" (the address was entered wrongly)
HR_PASSIVE_ENDS = ("n", "na", "no", "ni", "ne")
HR_WRONG = frozenset({"krivo", "pogrešno", "pogrešan", "pogrešnu", "pogrešni", "pogrešna", "krivi", "krivu", "kriva"})
# a duty the customer failed is a fault; what they should have had is the shop's: "Sie hätten Ihre Brille längst haben
# sollen" is an apology (set L, a good answer), "she should have received it yesterday" too
ENTITLED = {"en": frozenset({"had", "received", "got", "gotten", "been", "heard"}),
            "de": frozenset({"haben", "bekommen", "erhalten", "kriegen", "sein"}),
            "hr": frozenset({"dobiti", "primiti", "imati", "biti", "stići", "dobit", "primit"})}
OUGHT = frozenset({"should", "ought", "hätte", "hätten", "trebao", "trebala", "trebali", "trebale"})
UNTIL = frozenset({"dok"})  # Croatian "sve dok nije priznao" (until he admitted): a negation that denies nothing
LET_WITHIN = 6  # words from a letting verb to the telling verb it governs ("zamolila sam ga da mi pokaže")
TELLER_AFTER = 2  # words after the verb that can name its subject ("habe ich ihm erklärt", "sam mu objasnila")


def _participle(word: str) -> bool:
    return word in IRREGULAR or len(word) > 4 and word.endswith(("ed", "en"))


def passive(tokens: list) -> bool:
    """Whether ``tokens`` hold a passive: "worden", "wurde"; a form of "be" before a participle ("he'd been there"
    and "it isn't me being slow" are not); "wird" after a participle ("vergessen wird")."""
    for k, t in enumerate(tokens):
        if t.lower in PASSIVE_DE:
            return True
        if t.lower in BE and k + 1 < len(tokens) and _participle(tokens[k + 1].lower):
            return True
        if t.lower in WERDEN and k and tokens[k - 1].lower.startswith(("ge", "ver", "be", "er", "über")) \
                and tokens[k - 1].lower.endswith(("t", "en")):
            return True
    return False


def _entitled(tokens: list, start: int, end: int, lang: str) -> bool:
    """Whether an "ought to" fault ("should have", "hätte … sollen", "trebao") says what the customer should have had
    (the words after its first, and the two after it, name having or getting)."""
    inside = [t for t in tokens if start <= t.start < end]
    if not inside or inside[0].lower not in OUGHT:
        return False
    inside = inside[1:]
    after = [t for t in tokens if t.start >= end][:2]
    return any(t.lower in ENTITLED.get(lang, ()) for t in inside + after)


def hr_passive(said: list) -> bool:
    """Whether ``said`` holds a Croatian passive participle: a verb's form in -n, -na, -no ("upisana", "zaboravljeno";
    not the adverb "namjerno")."""
    return any(t.lower.endswith(HR_PASSIVE_ENDS) and t.lower not in HR_WRONG and t.lemma.endswith(("ti", "ći"))
               for t in said)


def negated(tokens: list, lang: str) -> bool:
    """Whether ``tokens`` hold a negation (Croatian "dok nije", until, denies nothing)."""
    negations = word_list(lang, "negations")
    return any(t.lower in negations and not (k and tokens[k - 1].lower in UNTIL) for k, t in enumerate(tokens))


def _first_person(sentence: Sentence, tokens: list, lang: str) -> bool:
    return bool(tokens) and names_me(sentence, tokens, lang)


def _customer_named(sentence: Sentence, tokens: list, lang: str) -> bool:
    if any(t.lower in word_list(lang, "customer_subjects") for t in tokens):
        return True
    return bool(find_any(list(customer_phrases(lang)), sentence.only(tokens)))


def denied_saying_between(sentence: Sentence, start: int, end: int, lang: str) -> bool:
    """Whether a telling verb between ``start`` and ``end`` is denied: "erkläre ich die Fakten ruhig, … ohne je zu
    sagen „Sie irren sich“" (a bank sample answer) says no fault."""
    return any(start <= a and b <= end and not affirmed([(verb, (a, b))], sentence, lang)
               for verb, (a, b) in find_any(list(phrase_list(lang, "correcting")), sentence))


def told_by_me(sentence: Sentence, lang: str) -> list[tuple[tuple[int, int], int]]:
    """Where the applicant tells, explains, shows or reminds (``rules/<lang>/correcting.txt``): per verb, its span and
    the index of the token after it. The applicant is named before the verb in its sentence ("I listened, then
    walked him back to the display and pointed out…") or just after it ("habe ich ihm erklärt"); the verb is said,
    not denied ("Ich fange nicht damit an, dem Kunden zu sagen, dass…": ``negation.affirmed``)."""
    tokens, out = sentence.tokens, []
    for verb, (va, vb) in find_any(list(phrase_list(lang, "correcting")), sentence):
        after = next((i for i, t in enumerate(tokens) if t.start >= vb), len(tokens))
        teller = [t for i, t in enumerate(tokens) if i < after + TELLER_AFTER]
        if _first_person(sentence, teller, lang) and affirmed([(verb, (va, vb))], sentence, lang) \
                and not _lets_other(sentence, va, lang):
            out.append(((va, vb), after))
    return out


def _lets_other(sentence: Sentence, verb_start: int, lang: str) -> bool:
    """Whether the applicant lets or asks someone else do the telling before ``verb_start`` (``rules/<lang>/
    letting.txt``): "I let them explain the whole thing first", "bat ihn, mir den Beleg zu zeigen", "pustila sam ga da
    objasni". The word right after the letting verb may be the applicant's own auxiliary or pronoun ("ließ ich ihn",
    "zamolila sam ga"); a first-person word further on makes the applicant the teller again ("I asked if I could show
    her the terms")."""
    letting, joiners = word_list(lang, "letting"), word_list(lang, "joiners")
    before = [t for t in sentence.tokens if t.end <= verb_start]
    at = max((i for i, t in enumerate(before) if t.lemma in letting or t.lower in letting), default=None)
    if at is None or len(before) - at > LET_WITHIN:
        return False
    between = before[at + 2:]
    return at + 1 < len(before) and not _first_person(sentence, between, lang) \
        and not any(t.lower in joiners for t in between)


def told_clause(sentence: Sentence, after: int, k: int, clauses: tuple[int, ...], lang: str) -> list:
    """Token ``k``'s clause from its "that" on where one stands between ``after`` (a telling verb's end) and it, else
    from ``after`` on ("sam mu objasnio da je…": the teller's "sam" is not the told clause's subject)."""
    tokens, thats = sentence.tokens, word_list(lang, "complementizers")
    start = next((i for i in range(after, k) if tokens[i].lower in thats), after)
    return [t for i, t in enumerate(tokens) if clauses[i] == clauses[k] and i >= start]


def _staff_named(sentence: Sentence, tokens: list, lang: str) -> bool:
    """Whether ``tokens`` name someone at work (``people.txt``, ``bosses.txt``): "da je kurir trebao nazvati", "dass
    der Kollege sie verwechselt hatte" put the fault on staff, not on the customer."""
    return bool(find_any(list(phrase_list(lang, "people")) + list(phrase_list(lang, "bosses")), sentence.only(tokens)))


def customer_corrected(sentence: Sentence, lang: str) -> tuple[int, int] | None:
    """The span from the applicant's telling verb to the end of the fault it puts on the customer, or None."""
    faults = [(span, True) for _, span in find_any(list(phrase_list(lang, "customer_faults")), sentence)] + \
        [(span, False) for _, span in find_any(list(phrase_list(lang, "faults")), sentence)]
    if not faults:
        return None
    tokens = sentence.tokens
    clauses = clause_numbers(sentence)
    for (va, vb), after in told_by_me(sentence, lang):
        for (fa, fb), names_customer in faults:
            if fa < vb:
                continue
            k = next(i for i, t in enumerate(tokens) if t.start >= fa)
            clause = told_clause(sentence, after, k, clauses, lang)
            said = [t for t in tokens if fa <= t.start < fb]
            if _entitled(tokens, fa, fb, lang) or denied_saying_between(sentence, vb, fa, lang):
                continue
            # a negation inside the fault is the fault ("samo ga on očito nije pročitao", "she hadn't read the terms")
            if _first_person(sentence, clause, lang) or negated([t for t in clause if not fa <= t.start < fb], lang) \
                    or passive(clause) or lang == "hr" and not names_customer and hr_passive(said) \
                    or _staff_named(sentence, clause, lang) \
                    or not (names_customer or _customer_named(sentence, clause, lang)):
                continue
            return va, fb
    return None
