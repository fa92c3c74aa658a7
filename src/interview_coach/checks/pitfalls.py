"""content.pitfalls: what an interviewer would hold against the answer, named with its sentence.

The pitfalls are data (``rules/<lang>/pitfalls.yml``), the same ids in every language, each with

- ``cues``: phrases (any inflection, see :mod:`.phrases`) that commit it within one sentence;
- ``unless``: phrases that, in the same sentence, turn it around ("I would never tell a customer
  they are wrong"): the sentence then rejects the pitfall rather than commits it; one written ``~phrase``
  only undoes the cue it overlaps: "bez povišenog tona" is no raised voice, but the manner does not
  excuse "objasnim gdje je pogriješio" in the same sentence; ``~phrase +`` only where no "but" follows it in the
  sentence ("it wasn't my fault" is an excuse, "it wasn't my fault but hers" blames);
- ``unless_answer``: phrases anywhere in the answer that undo it (a next step after "I don't know").

Phrases only: read-outs of the sentence vectors (trained on ``rules/<lang>/pitfall_sentences.yml``)
were tried and dropped, since on answers nobody had tuned them on they raised more false alarms than
they found pitfalls. The corpora stay as tests: no cue may fire on their harmless story sentences.

Common pitfalls are checked on every answer; the others where the question lists them
(``pitfall_checks`` in the bank) or, for a typed-in question, where its nearest bank questions do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from jsonschema import Draft202012Validator

from .. import LANGUAGES
from ..nlp.text import Sentence, sentences as split
from ..result import Evidence
from .base import Advice, Check, Context, Outcome
from .conditional import cause_of_bad_outcome
from .corrected import customer_corrected
from .exceptions import exception_made
from .excused import announced_excuse, fault_denied
from .negation import affirmed_hits
from .phrases import CLAUSE_MARKS, Phrase, clause_numbers, compile_phrase, find_any
from .reported import averted, by_someone_else, crosses_quote, names_me, reported, wished
from .ruledata import _load, rules_dir
from .rules import lines, phrase_list, word_list
from .veiled import veiled_dig
from . import tense
from .wording import quoted

_PHRASES = {"type": "array", "items": {"type": "string", "minLength": 1}}
SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "pitfalls"],
    "properties": {
        "lang": {"enum": list(LANGUAGES)},
        "pitfalls": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "serious", "scope", "cues", "name", "message", "source", "examples"],
            "properties": {
                "id": {"type": "string", "pattern": r"^[a-z]+(-[a-z]+)*$"},
                "serious": {"type": "boolean"},
                "bad_service": {"type": "boolean"},
                "about_me": {"type": "boolean"},
                "plan": {"type": "boolean"},
                "aside_is_filler": {"type": "boolean"},
                "ask_first": {"type": "boolean"},
                "norm_broken": {"type": "boolean"},
                "veiled": {"type": "boolean"},
                "corrected": {"type": "boolean"},
                "excused": {"type": "boolean"},
                "scope": {"enum": ["common", "question"]},
                "cues": _PHRASES, "unless": _PHRASES, "unless_answer": _PHRASES,
                "cues_for": {"type": "object", "additionalProperties": {**_PHRASES, "minItems": 1}},
                "announced_for": {"type": "array", "items": {"type": "string", "pattern": r"^[a-z]+(-[a-z]+)*$"}},
                "unless_for": {"type": "object", "additionalProperties": {**_PHRASES, "minItems": 1}},
                "max_words": {"type": "integer", "minimum": 1},
                "also_when": {"type": "array", "items": {"enum": ["no-example"]}},
                "unless_fact": {"type": "array", "items": {"enum": ["has-example"]}},
                "min_sentences": {"type": "integer", "minimum": 1},
                "min_traits": {"type": "integer", "minimum": 2},
                "name": {"type": "string", "minLength": 3, "maxLength": 60},
                "message": {"type": "string", "minLength": 5},
                "scene_message": {"type": "string", "minLength": 5},
                "source": {"type": "string", "minLength": 3},
                "examples": {"type": "object", "additionalProperties": False, "required": ["fail", "pass"],
                             "properties": {"fail": {**_PHRASES, "minItems": 1}, "pass": {**_PHRASES, "minItems": 1}}},
            }}},
    }})


@dataclass(frozen=True)
class Pitfall:
    id: str
    serious: bool
    scope: str
    cues: tuple[Phrase, ...]
    unless: tuple[Phrase, ...]
    unless_answer: tuple[Phrase, ...]
    name: str  # a few words for the list of pitfalls ("Blaming or complaining")
    message: str
    source: str
    max_words: int | None = None
    also_when: tuple[str, ...] = ()  # facts about the whole answer that commit it too (no-example)
    unless_fact: tuple[str, ...] = ()  # facts about the whole answer that undo it (has-example: a claim proved)
    min_sentences: int = 1  # sentences that must commit it (a CV recital is several steps, not one)
    min_traits: int = 0  # a sentence listing this many personal qualities (rules/<lang>/traits.txt) commits it
    fail_examples: tuple[str, ...] = ()
    pass_examples: tuple[str, ...] = ()
    scene_message: str | None = None  # where the question is a scene with a customer (situational)
    unless_local: tuple[Phrase, ...] = ()  # "~phrase" in unless: undoes only the cue it overlaps ("bez povišenog tona")
    # "~phrase +": undoes it only where no "but" follows in the sentence ("it wasn't my fault" is an excuse; "it
    # wasn't my fault but hers" blames): the phrases of unless_local written so
    unless_local_unturned: frozenset[Phrase] = frozenset()
    bad_service: bool = False  # bad service itself (a refund promised against the rules): caps "Good service"
    about_me: bool = False  # the applicant's own stance: only a sentence that speaks of oneself commits it
    plan: bool = False  # a plan for the future: a sentence that tells the past commits nothing
    # a cue said aside, between commas inside its sentence, is a spoken filler ("Ich rede gern mit Leuten und,
    # keine Ahnung, mir macht das Spaß"): no admission of not knowing
    aside_is_filler: bool = False
    # permission counts only when asked first: an ``unless`` phrase in a clause that puts it after the deed
    # ("…, a poslije se već nekako dogovorim sa šefom") turns nothing round (a follow-up call "the day after" does)
    ask_first: bool = False
    # an exception told against a norm the answer states ("normally the manager approves that, but…") commits it
    # (``exceptions.exception_made``)
    norm_broken: bool = False
    # a dig announced as mild or fair with someone else named ("Sie hatte, gelinde gesagt, ihr eigenes Tempo")
    # commits it (``veiled.veiled_dig``)
    veiled: bool = False
    # telling the customer the mistake was theirs, however politely ("ihm erklärt, dass er sich beim Preis schlicht
    # verlesen hatte") commits it (``corrected.customer_corrected``)
    corrected: bool = False
    # a fault denied for one's own side, told to the customer ("damit er versteht, dass die Verzögerung nicht an mir
    # liegt") commits it (``excused.fault_denied``)
    excused: bool = False
    # the questions about one's own failing where circumstances announced ("In fairness, it was only my second
    # week…") commit it (``excused.announced_excuse``); ``announced``: one of them is asked
    announced_for: tuple[str, ...] = ()
    announced: bool = False
    # cues that commit it only in answers to one question: standing at the door or looking in a bag is
    # confronting a shoplifter, not a volunteer calling numbers at the food bank's door
    cues_for: tuple[tuple[str, tuple[Phrase, ...]], ...] = ()
    # unless phrases only in answers to one question: the hours or the shifts are a fair reason to leave a
    # job ("The main reason is the hours… with two young children"), not a motive to take one
    unless_for: tuple[tuple[str, tuple[Phrase, ...]], ...] = ()

    def asked(self, question_ids: tuple[str, ...] | frozenset[str]) -> "Pitfall":
        """The pitfall with the cues and ``unless`` phrases of the questions asked (``cues_for``,
        ``unless_for``) added to its own."""
        extra = tuple(c for qid, cues in self.cues_for if qid in question_ids for c in cues)
        spared = tuple(u for qid, unless in self.unless_for if qid in question_ids for u in unless)
        announced = any(q in self.announced_for for q in question_ids)
        return replace(self, cues=self.cues + extra, unless=self.unless + spared, announced=announced) \
            if extra or spared or announced else self

    def everywhere(self) -> "Pitfall":
        """The pitfall with every question's cues (not its questions' ``unless_for``): for its examples and
        corpora."""
        extra = tuple(c for _, cues in self.cues_for for c in cues)
        return replace(self, cues=self.cues + extra, announced=bool(self.announced_for)) \
            if extra or self.announced_for else self

    @property
    def check_id(self) -> str:
        return f"content.pitfalls.{self.id.replace('-', '_')}"


@dataclass(frozen=True)
class Committed:
    """A pitfall found in an answer: which, how serious, the sentence that commits it and how."""

    id: str
    serious: bool
    evidence: Evidence
    sentence: int
    by: str  # "cue" or "answer" (a fact about the whole answer)
    sentences: tuple[int, ...] = ()  # every sentence that commits it


def as_sentence(quote: str, text: str) -> str:
    """A quoted sentence that a message goes on after: with a full stop after the closing mark when the
    sentence itself has none (a transcript without punctuation), so that the next sentence does not run on."""
    return quote if text.rstrip().endswith((".", "!", "?", "…")) else quote + "."


@lru_cache(maxsize=None)
def catalogue(lang: str) -> tuple[Pitfall, ...]:
    data = _load(rules_dir(lang) / "pitfalls.yml", SCHEMA)
    ph = lambda items, person=False: tuple(compile_phrase(t, lang, person) for t in items)  # noqa: E731
    return tuple(Pitfall(
        id=p["id"], serious=p["serious"], scope=p["scope"], cues=ph(p["cues"], True),
        unless=ph([u for u in p.get("unless", []) if not u.startswith("~")]),
        unless_local=ph([u[1:].removesuffix(" +") for u in p.get("unless", []) if u.startswith("~")]),
        unless_local_unturned=frozenset(ph([u[1:-2] for u in p.get("unless", []) if u.startswith("~") and u.endswith(" +")])),
        unless_answer=ph(p.get("unless_answer", [])), name=p["name"], message=p["message"],
        source=p["source"], max_words=p.get("max_words"), also_when=tuple(p.get("also_when", [])),
        unless_fact=tuple(p.get("unless_fact", [])),
        min_sentences=p.get("min_sentences", 1), min_traits=p.get("min_traits", 0),
        fail_examples=tuple(p["examples"]["fail"]), pass_examples=tuple(p["examples"]["pass"]),
        bad_service=p.get("bad_service", False), about_me=p.get("about_me", False), plan=p.get("plan", False),
        aside_is_filler=p.get("aside_is_filler", False), ask_first=p.get("ask_first", False),
        norm_broken=p.get("norm_broken", False), veiled=p.get("veiled", False),
        corrected=p.get("corrected", False), excused=p.get("excused", False),
        announced_for=tuple(p.get("announced_for", [])),
        scene_message=p.get("scene_message"),
        cues_for=tuple((qid, ph(cues, True)) for qid, cues in p.get("cues_for", {}).items()),
        unless_for=tuple((qid, ph(unless)) for qid, unless in p.get("unless_for", {}).items()),
    ) for p in data["pitfalls"])


@lru_cache(maxsize=None)
def traits(lang: str) -> tuple[tuple[Phrase, ...], ...]:
    """The personal qualities of ``rules/<lang>/traits.txt``: per quality, the phrases that say it."""
    return tuple(tuple(compile_phrase(w.strip(), lang) for w in line.split("|") if w.strip())
                 for line in lines(lang, "traits"))


def traits_listed(sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    """Where the sentence names a personal quality, one span per quality ("zuverlässig, pünktlich und
    teamfähig": three)."""
    spans = []
    for quality in traits(lang):
        hits = affirmed_hits(list(quality), sentence, lang)
        if hits:
            spans.append(hits[0][1])
    return sorted(spans)


def by_id(lang: str) -> dict[str, Pitfall]:
    return {p.id: p for p in catalogue(lang)}


def messages(ui_lang: str, scene: bool = False) -> dict[str, str]:
    """Each pitfall's message; with ``scene``, for a question that sets a scene with a customer, where
    "how you'd talk about your employer" misses the point of blaming the booking portal to the guest."""
    return {p.id: (p.scene_message if scene and p.scene_message else p.message) for p in catalogue(ui_lang)}


def names(ui_lang: str) -> dict[str, str]:
    return {p.id: p.name for p in catalogue(ui_lang)}


def applicable(lang: str, question_ids: tuple[str, ...], asked: tuple[str, ...] = ()) -> list[Pitfall]:
    """The common pitfalls and those the question lists, in catalogue order, each with the cues of the
    questions ``asked`` (the bank question, or a typed-in question's nearest ones)."""
    wanted = set(question_ids)
    return [p.asked(asked) for p in catalogue(lang) if p.scope == "common" or p.id in wanted]


def by_cue(pitfall: Pitfall, sentence: Sentence, lang: str, text: str | None = None) -> tuple[int, int] | None:
    """Where a cue commits ``pitfall`` in ``sentence``: a cue said, not negated in its clause ("I
    wouldn't claim I never get stressed", "Ich würde nie irgendeine Antwort geben"), or a list of
    ``min_traits`` personal qualities ("Ich bin zuverlässig, pünktlich und teamfähig"); and no
    ``unless`` phrase in the sentence."""
    spans = cue_spans(pitfall, sentence, lang, text)
    return spans[0] if spans else None


def cue_spans(pitfall: Pitfall, sentence: Sentence, lang: str, text: str | None = None,
              found: tuple[tuple[int, int], ...] = (), firm: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Every span where a cue commits ``pitfall`` in ``sentence`` (see :func:`by_cue`), but not inside
    someone else's quoted words (``reported``); none when an ``unless`` phrase turns the sentence round, unless
    the sentence turns round again with a "but" between that phrase and the cue. ``found``: spans found by the
    sentence's shape (:func:`_by_shape`), spared by the same ``unless`` phrases; ``firm``: spans found by a shape
    that only a phrase after them spares (:func:`_firm`)."""
    hits = [h for h in affirmed_hits(list(pitfall.cues), sentence, lang)
            if not reported(sentence, h[1], lang, text) and not crosses_quote(sentence, h[1], lang)
            and not wished(sentence, h[1], lang)
            and not averted(sentence, h[1], lang) and not cause_of_bad_outcome(sentence, h[1], lang)
            and not by_someone_else(sentence, h[1], lang)]
    spans = list(found) + list(firm) + [h[1] for h in hits]
    # a cue written without a gap that holds a shorter unless phrase says it on purpose
    gapless = {span for phrase, span in hits if not any(w.gap_before for w in phrase.words)}
    if pitfall.min_traits:
        listed = traits_listed(sentence, lang)
        if len(listed) >= pitfall.min_traits:
            spans.append((listed[0][0], listed[-1][1]))
    if pitfall.aside_is_filler:
        spans = [span for span in spans if not aside(sentence, span, lang)]
    turns = word_list(lang, "turns")
    local = [span for phrase, span in find_any(list(pitfall.unless_local), sentence)
             if phrase not in pitfall.unless_local_unturned
             or not any(t.lower in turns for t in sentence.tokens if t.start >= span[1])]
    spans = [(a, b) for a, b in spans if not any(c < b and a < d for c, d in local)]
    if spans:  # an unless phrase undoes each cue but one after a "but" that follows it, or one it runs into, or
        # one that says it as part of itself ("Ich gebe trotzdem eine klare Antwort" is no "trotzdem frage ich nach")
        unless = [span for _, span in find_any(list(pitfall.unless), sentence)
                  if not (pitfall.ask_first and afterwards(sentence, span, lang))]
        spans = [span for span in spans
                 if all(_turned_between(sentence, d, span[0], lang) or _runs_into(sentence, c, d, span, lang)
                        or span in firm and c < span[1] or span in gapless and span[0] <= c and d <= span[1] and (c, d) != span
                        for c, d in unless)]
    if not spans:
        return []
    if pitfall.about_me and not speaks_of_self(sentence, lang):
        return []
    if pitfall.plan and tense.kind(sentence, lang) == "past":
        return []  # "Ich habe im eigenen Laden meiner Eltern gearbeitet" is a CV, no plan to leave
    return spans


def afterwards(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether an ``unless`` phrase at ``span`` that names who decides (``rules/<lang>/bosses.txt``) is put after the
    deed by a word in its clause (``rules/<lang>/afterwards.txt``: "afterwards", "hinterher", "poslije"): "vratio bih
    mu novac i bez računa, a poslije se već nekako dogovorim sa šefom" asks the manager once the money is gone; that
    turns nothing round. A rule kept ("the voucher we're allowed to give") still does, whenever the manager hears."""
    if not any(span[0] <= a and b <= span[1] for _, (a, b) in find_any(list(phrase_list(lang, "bosses")), sentence)):
        return False
    words, clauses = word_list(lang, "afterwards"), clause_numbers(sentence)
    at = {clauses[i] for i, t in enumerate(sentence.tokens) if span[0] <= t.start < span[1]}
    return any(clauses[i] in at and t.lower in words for i, t in enumerate(sentence.tokens))


ASIDE_WORDS = 3  # "keine Ahnung", "ne znam", "I don't know"


def aside(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Is the span said aside: a few words (ASIDE_WORDS at most) with a comma (or dash) right before and right
    after them, inside the sentence, the comma before them after a joining word (``rules/<lang>/aside_openers.txt``):
    "und, keine Ahnung, mir macht das Spaß". A longer clause between commas is a clause of the sentence ("Wo
    genau das sein wird, lasse ich auf mich zukommen, aber…"), and after a clause the words say what is not known
    ("Where I'll be by then, I don't know, but…")."""
    text, offset = sentence.text, sentence.start
    before, after = text[:span[0] - offset].rstrip(), text[span[1] - offset:].lstrip()
    if len(text[span[0] - offset:span[1] - offset].split()) > ASIDE_WORDS or \
            not before.endswith((",", "–", "—")) or not after.startswith((",", "–", "—")):
        return False
    words = before[:-1].split()
    return bool(words) and words[-1].lower().strip(".,;:!?") in word_list(lang, "aside_openers")


def _runs_into(sentence: Sentence, start: int, end: int, cue: tuple[int, int], lang: str) -> bool:
    """An ``unless`` phrase that is part of how the cue is said, not a turn against it:
    - negations only, sharing the negation the cue is written with: "nikad ne" (I never push) in "Zato nikad
      ne prihvaćam prvi „ne”" (Croatian concord);
    - a turn that runs into the cue ("but mainly" in "…, but mainly it's about having something stable"): what
      follows a "but" is the point made; the phrase still undoes a cue before it ("the pay is fine, but mainly
      I like people").
    ("while the system" still undoes "the system is down", "even though it wasn't" still undoes "it wasn't my
    fault": they say more than a negation and run into the cue with no turn.)"""
    if not cue[0] < end <= cue[1]:
        return False
    said = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    if not said:
        return False
    if all(t.lower in word_list(lang, "negations") for t in said):
        return True
    return start < cue[0] and said[0].lower in word_list(lang, "turns")


def _turned_between(sentence: Sentence, after: int, before: int, lang: str) -> bool:
    """Whether a "but" (``rules/<lang>/turns.txt``) stands between ``after`` and ``before``: an ``unless``
    phrase that the sentence then turns round does not undo the cue that follows the turn ("I wouldn't read
    out the balance, but I'd let her know whether the payment went through")."""
    turns = word_list(lang, "turns")
    return after <= before and any(after <= t.start and t.end <= before and t.lower in turns for t in sentence.tokens)


def speaks_of_self(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence speaks of the applicant (``rules/<lang>/self_words.txt``, or a Croatian
    first-person verb): "Otišao je potpuno smiren" tells of a customer who left calm, no claim of
    never being stressed."""
    return names_me(sentence, list(sentence.tokens), lang, "self_words")


TURN_WITHIN = 2  # sentences after a cue within which a "but" and an ``unless`` phrase turn it round (set L dev)


def _in_condition(sentence: Sentence, k: int, lang: str) -> bool:
    """Whether token ``k`` stands in an "if" clause (``rules/<lang>/conditions.txt``): a "still" there goes on
    with the story ("Wenn er trotzdem weiter beleidigt, hole ich die Filialleitung") and turns nothing round."""
    clause, conditions = clause_numbers(sentence), word_list(lang, "conditions")
    return any(clause[j] == clause[k] and sentence.tokens[j].lower in conditions for j in range(k))


def turned_round(pitfall: Pitfall, following: list[Sentence], lang: str) -> bool:
    """Whether the sentences after a cue turn it round with a "but", "aber", "ali" (``rules/<lang>/turns.txt``)
    and after it an ``unless`` phrase of the pitfall ("…so I do need a steady wage | but it's not the only thing
    I'm looking at"), as a transcript cut into clauses or a written answer often puts it. A "but" that opens
    the next sentence turns the cue round with any ``unless`` phrase; one inside it ("Das ist aber nicht das
    Einzige"), or in the sentence after ("Plaća mi je važna… Prema Vašem oglasu… Ali to mi nije jedino
    mjerilo"), only with a phrase of two words or more: a lone "wouldn't" that far off says no more than
    what the applicant would not do as well ("I'd tell him yes or no… But balances, I wouldn't go into")."""
    turns = word_list(lang, "turns")
    for n, sentence in enumerate(following[:TURN_WITHIN]):
        turn = next((t for k, t in enumerate(sentence.tokens) if t.lower in turns
                     and not _in_condition(sentence, k, lang)), None)
        if turn is None:
            continue
        opens = n == 0 and turn is sentence.tokens[0]
        # two words or more as said (a phrase "would not" found as "wouldn't" is one)
        if any(a >= turn.start and (opens or sum(a <= t.start and t.end <= b for t in sentence.tokens) > 1)
               for _phrase, (a, b) in find_any(list(pitfall.unless), sentence)):
            return True
    return False


def undone(pitfall: Pitfall, sentences: list[Sentence], spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether an ``unless_answer`` phrase undoes the pitfall: said anywhere in the answer, but not inside
    a cue that commits it ("I haven't had a chance to look at your products" is no "looked at";
    "Das lerne ich dann in der Einarbeitung" is no induction planned)."""
    return any(not any(a < end and start < b for a, b in spans.get(i, ()))
               for i, s in enumerate(sentences) for _, (start, end) in find_any(list(pitfall.unless_answer), s))


BLAME_READOUT = "content.pitfalls.blame_others.meaning"  # its own rule id, below blame-others (--disable either)
BLAME_MIN = 0.95  # the blame read-out's probability from which a sentence blames: the lowest at which, left out one
# training round (or the dev split) at a time, it flagged no answer graded free of blame. With round 29 trained on
# (session 43), 0.95 and 0.97 flagged one ("nova voditeljica uvela je stroge dnevne ciljeve…", told without blame);
# 0.98 with (0.9, 0.9) below was tried and not kept (held out, rounds 25 and 27 lost 5 of their blame finds, MAE
# 21.4 -> 22.3 and 13.2 -> 14.2, and the test split gained nothing). Six plain facts per language of a new manager or
# owner who changed the way of working (rules/<lang>/employer_facts.yml) were added as negatives instead: left out,
# 0.95 flags none again, and (0.9, 0.85) none; the held-out figures did not move
# a sentence from this probability on blames where the whole answer also reads as a pitfall answer
# (``readouts.pitfall_answer_probability``, read against the answers to the same question, >= BLAME_ANSWER_MIN):
# two readings that agree. Left out one round (or the dev split) at a time, the pairs (ts, ta) that flagged none
# of the 323 answers graded free of blame formed the region ts >= 0.85, ta >= 0.8; (0.9, 0.85) lies inside it
# with room on every side and found 18 of the 67 blaming answers (0.95 alone: 16)
BLAME_WITH_ANSWER, BLAME_ANSWER_MIN = 0.9, 0.85
# the pitfalls read by meaning where no pitfall at all is found (``readouts.MEANING``): their rule ids, and the
# read-out's probability from which a sentence commits one where the whole answer reads as a pitfall answer
# (``readouts.pitfall_answer_probability`` >= the second figure). Each pair is set by the left-out grid (one training
# round, or the dev split, left out at a time) after every retrain: inside the region that flagged none of the answers
# graded with no pitfall at all, with room on every side. What each grid showed, retrain by retrain, and the pairs
# tried and not kept, are in docs/checks.md ("Excuses, a confrontation ... are read from meaning"). Last (session 47,
# round 33 trained on): excuses moved from (0.9, 0.65) to (0.95, 0.65), since the whole 0.9 row flagged a mistake owned
# at once (graded 86); confront stays at (0.95, 0.65), as (0.9, 0.65) read a calm good answer written blind as a
# confrontation (bench/good.py); generic (0.95, 0.7) flags none, though its neighbour (0.9, 0.7) flags one.
BY_MEANING = {"excuses": ("content.pitfalls.excuses.meaning", 0.95, 0.65),
              "confront-customer": ("content.pitfalls.confront_customer.meaning", 0.95, 0.65),
              "dead-end": ("content.pitfalls.dead_end.meaning", 0.9, 0.9),
              "generic": ("content.pitfalls.generic.meaning", 0.95, 0.7),
              "over-promise": ("content.pitfalls.over_promise.meaning", 0.9, 0.7)}


# blame in an answer to a question about a scene or a story (``readouts.SCENE_CATEGORIES``), read where no pitfall
# at all is found: a sentence that names others at work, from the first probability of the scene read-out, that the
# blame read-out of answers about oneself also leans to (>= BLAME_SCENE_SELF: two readings of the sentence, trained
# apart), where the whole answer reads as a pitfall answer from the second probability. The scene read-out alone read
# topic as blame: "Seine Firma bucht seitdem ihre Mitarbeitenden … bei uns" (0.989, a good answer written blind) ends
# a story of a guest's firm that came back; the other read-out gives it 0.13. Left out one training round (or the dev
# split) at a time (session 48: 1516 answers to such questions, 161 blaming, 40 of them missed by the cues), with
# both readings the pairs that flagged none of the answers graded with no pitfall formed the region ts >= 0.96,
# ta >= 0.45; (0.98, 0.55) lies inside it with room on every side, found 7 of the 40 and flagged one answer graded with
# another pitfall the engine missed (a dead end). 0.97 found as many, and in the shipped read-out (trained on all)
# flagged a manager's criticism retold in a dev answer (0.979). The grid is in docs/checks.md
BLAME_SCENE_READOUT = "content.pitfalls.blame_others.scene"
BLAME_IN_SCENE = (0.98, 0.55)
BLAME_SCENE_SELF = 0.5


def blaming_in_scene(ctx: Context, answer_p: float) -> tuple[int, ...]:
    """The sentences of an answer to a scene or story question that blame others by what they mean, where the
    whole answer also reads as a pitfall answer: "Our duty manager usually disappeared into the office as soon as
    it got busy, so it was left to us part-timers to sort things out" (round 19). ``answer_p``: the pitfall-answer
    read-out's probability of the whole answer."""
    from . import readouts

    least, answer_min = BLAME_IN_SCENE
    if not len(ctx.sentences) or answer_p < answer_min:
        return ()
    probs, leaning = readouts.scene_blame_probabilities(ctx.vecs), readouts.blame_probabilities(ctx.vecs)
    return tuple(sorted((i for i, s in enumerate(ctx.sentences)
                         if probs[i] >= least and leaning[i] >= BLAME_SCENE_SELF and names_others(s, ctx.lang)),
                        key=lambda i: -probs[i]))


# an excuse or a generic answer spread over the answer: no sentence reads as surely as BY_MEANING asks, but at least
# the first figure of them lean to it (>= the second) where the whole answer reads as a pitfall answer (>= the third):
# "half the answer explains why it was not really her fault" (the graders of rounds 13-33), a string of stock
# phrases. Left out one training round (or the dev split) at a time (session 48, read-outs retrained per fold), where
# no pitfall is found otherwise: (2, 0.75, 0.5) found 6 of the 29 excusing answers and 5 of the 14 generic ones the
# engine missed, and flagged none graded free of either; every neighbour from 0.7 to 0.8 and 0.35 to 0.65 flagged no
# answer graded free of pitfalls (grid in docs/checks.md). Confront and over-promise gained one to three at the edge
# of a false alarm and are not read this way
SPREAD_BY_MEANING = {"excuses": (2, 0.75, 0.5), "generic": (2, 0.75, 0.5)}


def names_others(sentence: Sentence, lang: str) -> bool:
    """Does the sentence name others at work (a manager, colleagues, the company, "people")? Only such
    sentences are read for blame by meaning (``readouts.blame_probabilities``); ``rules/<lang>/others_at_work.txt``."""
    return bool(find_any(list(phrase_list(lang, "others_at_work")), sentence))


def blaming_by_meaning(sentences: list[Sentence], vecs, lang: str, answer_vec=None,
                       question_id: str | None = None) -> tuple[int, ...]:
    """The sentences of an answer about oneself that blame others by what they mean, whatever the words: "Seit
    die neue Leitung da ist, werden Entscheidungen über unsere Köpfe hinweg getroffen" (outside round 26).
    With the answer's mean vector, a sentence that only leans to blame (BLAME_WITH_ANSWER) counts too when
    the whole answer reads as a pitfall answer."""
    from . import readouts

    probs = readouts.blame_probabilities(vecs)
    least = BLAME_MIN
    if answer_vec is not None and len(sentences) and \
            readouts.pitfall_answer_probability(answer_vec, question_id) >= BLAME_ANSWER_MIN:
        least = BLAME_WITH_ANSWER
    return tuple(i for i, s in enumerate(sentences) if probs[i] >= least and names_others(s, lang))


def committing_by_meaning(pitfall: str, sentences: list[Sentence], vecs,
                          answer_p: float) -> tuple[tuple[int, ...], float]:
    """The sentences of an answer to a question that lists ``pitfall`` (one of ``BY_MEANING``) that commit it by
    what they mean, where the whole answer also reads as a pitfall answer (``answer_p``, the pitfall-answer
    read-out's probability: "Das lag vor allem daran, dass die Einarbeitung damals nur zwei Tage dauerte" excuses),
    the surest first, and the read-out's probability of it."""
    from . import readouts

    _, least, answer_min = BY_MEANING[pitfall]
    spread = SPREAD_BY_MEANING.get(pitfall)
    floor = min(answer_min, spread[2]) if spread else answer_min
    if not len(sentences) or answer_p < floor:
        return (), 0.0
    probs = readouts.meaning_probabilities(pitfall, vecs)
    said: tuple[int, ...] = ()
    if answer_p >= answer_min:
        said = tuple(i for i in range(len(sentences)) if probs[i] >= least)
    if not said and spread and answer_p >= spread[2]:
        leaning = tuple(i for i in range(len(sentences)) if probs[i] >= spread[1])
        said = leaning if len(leaning) >= spread[0] else ()
    # the surest first: it is the one quoted
    said = tuple(sorted(said, key=lambda i: -probs[i]))
    return said, float(probs[said[0]]) if said else 0.0


def meant_as(ctx: Context, pitfalls: list[Pitfall], pitfall: str, said: tuple[int, ...], facts: frozenset[str],
             meant: dict[str, tuple[int, ...]]) -> list[Committed]:
    """``pitfall`` committed by the sentences ``said`` that a read-out found, unless its ``unless`` phrases or what
    follows turn them round (``run`` with them as the sentences meant)."""
    return run(ctx.sentences, ctx.text, ctx.lang, [q for q in pitfalls if q.id == pitfall], lambda _: True, facts,
               {**meant, pitfall: said})


def by_meaning(ctx: Context, pitfalls: list[Pitfall], prone, answer_p: float, facts: frozenset[str],
               meant: dict[str, tuple[int, ...]]) -> list[Committed]:
    """In an answer where no pitfall is found: the one of ``BY_MEANING`` (listed by the question, its rule
    enabled) that its read-out is surest of, where it commits. ``answer_p``: the pitfall-answer read-out's
    probability of the whole answer."""
    best, best_p = [], 0.0
    for pitfall, (rule, _, _) in BY_MEANING.items():
        if pitfall not in prone or not ctx.enabled(rule):
            continue
        said, p = committing_by_meaning(pitfall, ctx.sentences, ctx.vecs, answer_p)
        if said and p > best_p:
            found = meant_as(ctx, pitfalls, pitfall, said, facts, meant)
            if found:
                best, best_p = found, p
    return best


def run(sentences: list[Sentence], text: str, lang: str, pitfalls: list[Pitfall], enabled,
        facts: frozenset[str] = frozenset(), meant: dict[str, tuple[int, ...]] | None = None) -> list[Committed]:
    """The pitfalls the answer commits, each once, with its first committing sentence.
    ``facts`` about the whole answer (``no-example``: the question asks for an example and the answer
    tells none) commit the pitfalls that name them in ``also_when``, quoting the first sentence.
    ``meant``: per pitfall id, the sentences that commit it by their meaning (a read-out), for when no cue
    does."""
    found: dict[str, Committed] = {}
    words = sum(len(s.tokens) for s in sentences)
    for p in pitfalls:
        if not enabled(p.check_id) or (p.max_words and words > p.max_words):
            continue
        if set(p.unless_fact) & facts:
            continue
        spans = {}
        for i, sentence in enumerate(sentences):
            firm = _firm(p, sentence, lang)
            found_spans = cue_spans(p, sentence, lang, text, _by_shape(p, sentences, i, lang), firm)
            # a customer told they were wrong stays told, however calmly the answer goes on ("…, but I stayed calm")
            if found_spans and (set(found_spans) & set(firm) or not turned_round(p, sentences[i + 1:], lang)):
                spans[i] = found_spans
        if p.unless_answer and undone(p, sentences, spans):
            continue
        if "has-example" in p.unless_fact:  # a claim proved by the next sentence is one proved by a story
            spans = {i: v for i, v in spans.items() if not proved_next(sentences, i, lang)}
        hits: list[tuple[int, str]] = [(i, "cue") for i in sorted(spans)]
        if len(hits) < p.min_sentences:
            hits = []
        if not hits and meant and meant.get(p.id):
            # read by meaning, but turned round as a cue would be ("…, but that's not their fault")
            # (and a claim proved by the next sentence is proved, by whatever it was read)
            hits = [(i, "meaning") for i in meant[p.id]
                    if not find_any(list(p.unless) + list(p.unless_local), sentences[i])
                    and not turned_round(p, sentences[i + 1:], lang)
                    and not ("has-example" in p.unless_fact and proved_next(sentences, i, lang))]
        if not hits and set(p.also_when) & facts and sentences:
            hits = [(0, "answer")]
        if hits:
            i, how = hits[0]
            s = sentences[i]
            evidence = clause_around(s, spans[i][0]) if how == "cue" else Evidence(s.text, s.start, s.end)
            found[p.id] = Committed(p.id, p.serious, evidence, i, how, tuple(h[0] for h in hits))
    return sorted(found.values(), key=lambda c: (not c.serious, c.sentence))


def _by_shape(pitfall: Pitfall, sentences: list[Sentence], i: int, lang: str) -> tuple[tuple[int, int], ...]:
    """Spans where sentence ``i`` commits ``pitfall`` by the shape of what it says, not by a cue: an exception made
    against a norm (``norm_broken``), a dig said politely (``veiled``), circumstances announced after one's own
    failing (``announced``)."""
    spans = (exception_made(sentences, i, lang) if pitfall.norm_broken else None,
             veiled_dig(sentences[i], lang) if pitfall.veiled else None,
             announced_excuse(sentences[i], lang) if pitfall.announced else None)
    return tuple(span for span in spans if span is not None)


def _firm(pitfall: Pitfall, sentence: Sentence, lang: str) -> tuple[tuple[int, int], ...]:
    """Spans a sentence's shape commits that nothing said before or inside them in the sentence, nor after it, turns
    round: the customer told the mistake was theirs (``corrected``), a fault denied for one's own side (``excused``:
    "…, rather than anyone ignoring them" is the excuse, not the "rather than" of "owning it rather than making
    excuses"; "I apologised" after it takes nothing back). "Mirno sam mu objasnio da je upisao pogrešan poštanski
    broj" is a confrontation told calmly; the calm ("mirno sam", an ``unless`` phrase of hr) spares a cue's
    outburst ("Mirno sam rekla da mi je žao"), not this."""
    spans = (customer_corrected(sentence, lang) if pitfall.corrected else None,
             fault_denied(sentence, lang) if pitfall.excused else None)
    return tuple(span for span in spans if span is not None)


PROOF_WITHIN = 4  # sentences after a claim within which a story told with "I" backs it (set on dev)


def proved_next(sentences: list[Sentence], i: int, lang: str) -> bool:
    """Is sentence ``i``'s claim backed at once by something that happened, told in the past: "Drugo,
    pouzdana sam i snalazim se s ljudima. Dvije godine vodila sam blagajnu na turnirima, nikad mi nije
    nedostajao ni euro" (a first-job applicant, trial round 13; dev unchanged)."""
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    if nxt is not None and tense.kind(nxt, lang) == "past" and (
            not tense.habitual(nxt, lang) or names_me(nxt, list(nxt.tokens), lang)):
        # a habit of one's own proves it ("whenever I've had a problem, someone has sorted it", set L dev); the
        # team's habit does not ("uvijek smo si međusobno pomagali", outside round 22)
        return True
    # or a little later, after the qualities are explained one by one, by what the applicant did ("I'd say
    # patience, empathy and being organised. Patience because… Organised because… I've helped run a Brownie
    # group for three years."): told with "I" (not "My last manager used to joke that…")
    if any(tense.kind(s, lang) == "past" and names_me(s, list(s.tokens), lang)
           for s in sentences[i + 2:i + 1 + PROOF_WITHIN]):
        return True
    # or after its own colon: "Second, I'm reliable: I've covered short-notice shifts whenever we were short"
    rest = sentences[i].text.split(":", 1)[1] if ":" in sentences[i].text else ""
    parts = split(rest, lang) if rest.strip() else []
    # (a habit of one's own after the colon proves it too: "whenever we were short")
    return bool(parts) and tense.kind(parts[0], lang) == "past"


LONG_SENTENCE, CLAUSE_MIN = 40, 5  # words: a longer sentence is quoted by the clause that commits it


def clause_around(sentence: Sentence, span: tuple[int, int]) -> Evidence:
    """The sentence as evidence; a run-on sentence of more than LONG_SENTENCE words only by the clause
    around the cue (between commas, semicolons, colons or dashes), when that clause has CLAUSE_MIN words or
    more: a 197-word sentence quoted whole shows the applicant nothing."""
    if len(sentence.tokens) <= LONG_SENTENCE:
        return Evidence(sentence.text, sentence.start, sentence.end)
    text, offset = sentence.text, sentence.start
    a, b = span[0] - offset, span[1] - offset
    left = max(text.rfind(m, 0, a) for m in CLAUSE_MARKS) + 1
    rights = [i for i in (text.find(m, b) for m in CLAUSE_MARKS) if i >= 0]
    right = min(rights) if rights else len(text)
    while left < right and text[left].isspace():
        left += 1
    clause = text[left:right].rstrip()
    if len(clause.split()) < CLAUSE_MIN:
        return Evidence(sentence.text, sentence.start, sentence.end)
    return Evidence(clause, offset + left, offset + left + len(clause))


def covers_nothing(committed: list[Committed]) -> set[int]:
    """Sentences that commit a pitfall: they never count as covering a key point."""
    return {i for c in committed if c.by != "answer" for i in c.sentences}


def story_message(tr) -> str:
    return tr("Tell one real example: the situation, what you did yourself, and how it ended (STAR).")


class Pitfalls(Check):
    """What an interviewer would hold against the answer. A committed pitfall is named with its
    sentence, that sentence covers no key point (``ctx.excluded``), the engine caps the score, and it
    is the first suggestion unless the answer is off-topic."""

    id = "content.pitfalls"
    summary = "pitfalls committed (common and the question's own), by cue or by a fact of the answer"

    def rules(self, lang: str) -> list[str]:
        return [self.id, *(p.check_id for p in catalogue(lang)), BLAME_READOUT, BLAME_SCENE_READOUT,
                *(rule for rule, _, _ in BY_MEANING.values())]

    def run(self, ctx: Context) -> Outcome:
        from . import readouts
        from .references import likely_questions

        if ctx.question is not None:
            prone, asked = ctx.question.pitfall_ids, (ctx.question.id,)
        else:  # a typed-in question: its nearest bank questions' pitfalls
            from ..nlp import embed

            typed_vec = embed.queries([ctx.typed_text.strip()])[0]
            near = likely_questions(ctx.bank, ctx.lang, ctx.typed_text, typed_vec)
            # and "generic" always: a question with no key points of its own is answered with empty claims
            # ("I'm hard-working and always give a hundred percent") whatever it asks (a job-seeker trial)
            prone = tuple(dict.fromkeys([*(p for nq in near for p in nq.pitfall_ids), "generic"]))
            asked = tuple(nq.id for nq in near)
        # "Tell me about a time…": a story is asked for
        story_asked = ctx.category == "behavioural" if ctx.question is not None else ctx.expects_example
        facts = frozenset({"no-example"} if story_asked and not ctx.story.has_example else ()) | \
            frozenset({"has-example"} if ctx.story.has_example else ())
        qid = ctx.question.id if ctx.question is not None else None
        meant = {}
        if ctx.category in readouts.BLAME_CATEGORIES and ctx.enabled(BLAME_READOUT):
            meant["blame-others"] = blaming_by_meaning(ctx.sentences, ctx.vecs, ctx.lang, ctx.answer_vec, qid)
        pitfalls = applicable(ctx.lang, prone, asked)
        # every pitfall is looked for, then the disabled ones are dropped: pitfalls by meaning are read only where
        # no pitfall is found, shown or not (blame, excuses and a confrontation lie close in meaning), whatever is
        # disabled; of those read, the one its read-out is surest of
        found = run(ctx.sentences, ctx.text, ctx.lang, pitfalls, lambda _: True, facts, meant)
        if not found:  # a typed-in question is read against its nearest bank question's answers
            read_as = qid or (asked[0] if asked else None)
            answer_p = readouts.pitfall_answer_probability(ctx.answer_vec, read_as) if len(ctx.sentences) else 0.0
            found = by_meaning(ctx, pitfalls, prone, answer_p, facts, meant)
            if not found and ctx.category in readouts.SCENE_CATEGORIES and ctx.enabled(BLAME_SCENE_READOUT):
                said = blaming_in_scene(ctx, answer_p)
                found = meant_as(ctx, pitfalls, "blame-others", said, facts, meant) if said else []
        check_ids = {p.id: p.check_id for p in pitfalls}
        committed = [c for c in found if ctx.enabled(check_ids[c.id])]
        ctx.excluded |= covers_nothing(committed)
        scene = ctx.category == "situational"
        texts, plain, labels = messages(ctx.tr.lang, scene=scene), messages(ctx.tr.lang), names(ctx.tr.lang)
        former = list(phrase_list(ctx.lang, "former_workplace"))
        shown, advice = [], []
        for i, c in enumerate(committed):
            # in a scene with a customer, blame is told as said to the customer; a dig at a former workplace or its
            # management is said to the interviewer ("na prošlom poslu … uprava nikad nije htjela zaposliti dovoljno
            # ljudi" on full-queue got "Pred kupcem ne govorite čija je krivnja", a job seeker's trial)
            told = texts if not (scene and find_any(former, ctx.sentences[c.sentence])) else plain
            message = told[c.id].format(quote=as_sentence(quoted([c.evidence.text], ctx.tr.lang), c.evidence.text))
            shown.append({"id": c.id, "serious": c.serious, "by": c.by, "name": labels[c.id], "message": message,
                          "evidence": {"text": c.evidence.text, "start": c.evidence.start, "end": c.evidence.end}})
            # a pitfall of the whole answer (no story where one is asked for) is told as what to do instead
            advice.append(Advice(self.id, f"pitfall:{c.id}", (96 if c.serious else 91) - i,
                                 story_message(ctx.tr) if c.by == "answer" else message, [c.evidence]))
        return Outcome(None, advice, {"committed": committed, "shown": shown})
