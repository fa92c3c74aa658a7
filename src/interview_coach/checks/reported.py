"""Someone else's words, quoted: what an angry customer shouted ("You lot are useless!") is part of the
story, not something the applicant says. A pitfall cue inside quotation marks commits nothing when the
words around the quotation name no first-person speaker (``rules/<lang>/speakers_i.txt``: "I", "ich",
"we"; in Croatian also a first-person verb, "rekla sam", "kažem"): "He said, "This is ridiculous"" is
reported; "I told him: "That's not my problem"" is the applicant's own. The same holds for words
reported after a frame that makes someone else the speaker to the applicant (``rules/<lang>/
told_me.txt``: "she told me", "hat mir gesagt", "mi je rekla"): "Na odlasku mi je rekla da će sigurno
opet kupovati kod nas" is the customer's promise, not the applicant's over-promise. In Croatian a cue that opens
with a third person's past participle ("Nekoliko je puta ponovio da…") is that person's too (``by_someone_else``).
"""

from __future__ import annotations

from functools import lru_cache

from ..nlp.text import Sentence, tokens as tokenize
from .phrases import CLAUSE_MARKS, clause_numbers, find_any
from .rules import phrase_list, word_list
from .star import says_i_by_verb

# opening mark -> the marks that close it (German „…“, ‚…‘ and »…«, Croatian „…”, English “…”, "…", ‘…’ and '…')
QUOTES = {'"': '"', "“": "”\"", "„": "“”\"", "»": "«", "«": "»", "‘": "’'", "‚": "‘’", "'": "'’"}
# marks that are also apostrophes ("it's", "the customers' bags", "Kund’innen"): one opens a quotation only
# at the start of a word, and closes one only at the end of a word
APOSTROPHES = frozenset("'’‘")


# the longest quotation followed across sentence ends ("Er meinte: „Das ist die zweite. Was verkaufen Sie
# hier eigentlich?“"): a mark left open for longer quotes nothing, as a typo's stray mark should not
LONG_QUOTE = 400


def quoted_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Absolute (start, end) of every quotation in the sentence, marks included; an unclosed mark
    quotes nothing."""
    return [(sentence.start + a, sentence.start + b) for a, b in _quotes(sentence.text, len(sentence.text))]


SPEECH_WORDS = 3  # a quotation of fewer words is a term in quotation marks


def crosses_quote(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether ``span`` runs into or out of a quotation of someone else's words: its words on either side of the mark
    are not one phrase. "Ein Mann kam an den Schalter und rief: „Ihr Laden ist eine Katastrophe!“" is the customer's
    outburst, not "es kam an den Laden" (outside round 24). The applicant's own quoted words are the applicant's:
    "Ich habe ihm gesagt: „Das liegt nicht an mir“" still commits what it says."""
    quotes = quoted_spans(sentence)
    # (a word or two in quotation marks is a term, not speech: "Ein Nein ist meistens nur ein „noch nicht“")
    crossed = [(a, b) for a, b in quotes if (span[0] < a < span[1] or span[0] < b < span[1])
               and sum(a < t.start and t.end < b for t in sentence.tokens) >= SPEECH_WORDS]
    return bool(crossed) and not said_by_me(sentence, quotes, lang)


@lru_cache(maxsize=64)
def _quotes(text: str, longest: int) -> tuple[tuple[int, int], ...]:
    spans, i = [], 0
    while i < len(text):
        closers = QUOTES.get(text[i])
        if closers and not (text[i] in APOSTROPHES and not _opens(text, i)):
            j = next((k for k in range(i + 1, min(len(text), i + longest))
                      if text[k] in closers and not (text[k] in APOSTROPHES and not _closes(text, k))), -1)
            if j > i:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return tuple(spans)


def _opens(text: str, i: int) -> bool:
    """Whether the apostrophe-like mark at ``i`` opens a quotation: at the start of a word, not inside one."""
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum()


def _closes(text: str, k: int) -> bool:
    """Whether the apostrophe-like mark at ``k`` closes a quotation: after a word or a stop, before no letter."""
    return not text[k - 1].isspace() and (k + 1 == len(text) or not text[k + 1].isalnum())


def carried_quote(sentence: Sentence, span: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The quotation of ``text`` that ``span`` lies in when it runs over a sentence end: opened in an earlier
    sentence, or opened in this one and closed in a later one ("…leaned over and said, "You're useless, the
    lot of you. I'll be waiting outside for you."")."""
    return next(((a, b) for a, b in _quotes(text, LONG_QUOTE)
                 if (a < sentence.start or b > sentence.end) and a <= span[0] and span[1] <= b), None)


def lead_of(text: str, start: int, lang: str) -> Sentence:
    """The words before an opening mark at ``start``, back to the end of the sentence before it."""
    cut = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n")) + 1
    piece = text[cut:start]
    return Sentence(piece, cut, start, tokenize(piece, lang, cut))


def unquoted_tokens(sentence: Sentence, quotes: list[tuple[int, int]] | None = None) -> list:
    """The sentence's tokens outside its quotations (``quotes``: :func:`quoted_spans`, when known)."""
    spans = quoted_spans(sentence) if quotes is None else quotes
    return [t for t in sentence.tokens if not any(a <= t.start < b for a, b in spans)]


def said_by_me(sentence: Sentence, quotes: list[tuple[int, int]], lang: str) -> bool:
    """Whether the words outside the quotations name the applicant (or their team) as a speaker. Not where a
    relative clause (``rules/<lang>/relatives.txt``; in German after a comma) introduces the quotation and
    names no first person, nor do the words after it: "I remember one man who opened with "You lot are
    useless"" quotes the man, though "I" stands before him; "I told the man who was shouting: "…"" is mine."""
    lead = [t for t in sentence.tokens if t.end <= quotes[0][0]]
    between = [t for t in unquoted_tokens(sentence, quotes) if quotes[0][1] <= t.start and t.end <= quotes[-1][0]]
    tag = _tag_after(sentence, quotes[-1][1], lang)
    if not names_me(sentence, lead + between + tag, lang):
        return False
    if not between and not names_me(sentence, tag, lang) and _another_speaks_last(sentence, lead, lang):
        return False
    relatives, offset = word_list(lang, "relatives"), sentence.start
    k = next((k for k in range(len(lead) - 1, 0, -1) if lead[k].lower in relatives and
              (lang != "de" or "," in sentence.text[lead[k - 1].end - offset:lead[k].start - offset])), None)
    if k is None or any(m in sentence.text[lead[k].end - offset:quotes[0][0] - offset] for m in CLAUSE_MARKS):
        return True  # "I told the man who was shouting: "…"": the relative clause ends before the quotation
    return names_me(sentence, lead[k + 1:], lang) or names_me(sentence, tag, lang)


def _another_speaks_last(sentence: Sentence, lead: list, lang: str) -> bool:
    """Whether the last clause before the quotation (``clause_numbers``) has someone else as its subject and not the
    applicant: "I had exactly this at the water company: a lady rang for the third time, and she opened with "I'm
    sick of explaining this to you people"" quotes the lady, though the sentence began with "I" (outside round 26)."""
    if not lead:
        return False
    clauses = clause_numbers(sentence)
    if clauses[len(lead) - 1] == 0:  # one clause from the start: no other subject before the quotation
        return False
    clause = [t for t, n in zip(lead, clauses) if n == clauses[len(lead) - 1]]
    if names_me(sentence, clause, lang):
        return False
    # someone else as the subject ("she", "ona", "sie"), not merely named: in "then said to the customer: "…"" the
    # applicant, left out as the subject, goes on speaking
    others = word_list(lang, "others")
    return any(t.lower in others for t in clause)


def names_me(sentence: Sentence, tokens: list, lang: str, words: str = "speakers_i") -> bool:
    """Whether ``tokens`` (of ``sentence``) name the applicant or their team as a subject: a word of
    ``rules/<lang>/<words>.txt``, or a Croatian first-person verb."""
    speakers = word_list(lang, words)
    if any(t.lower in speakers for t in tokens):
        return True
    return says_i_by_verb(sentence.only(tokens), lang)


TAG_WORDS = 3  # a quotation's speaker is named within this many words after it ("…", sagte ich / I said)


def _tag_after(sentence: Sentence, end: int, lang: str) -> list:
    """The words after a quotation that ends at ``end`` that can tag its speaker: the first TAG_WORDS of the
    clause that follows it, up to a clause mark or a joining word (``rules/<lang>/joiners.txt``); "…", bis ich
    ihm den Plan aufgezeichnet habe" is a clause of its own and says nothing of who spoke; "…", habe ich ihm dann
    ganz ruhig erklärt" does."""
    offset, after = sentence.start, [t for t in sentence.tokens if t.start >= end]
    joiners, tag = word_list(lang, "joiners"), []
    for k, t in enumerate(after):
        if k and any(m in sentence.text[after[k - 1].end - offset:t.start - offset] for m in CLAUSE_MARKS) \
                or t.lower in joiners:
            break
        tag.append(t)
    return tag[:TAG_WORDS]


def frames(lang: str) -> tuple:
    return phrase_list(lang, "told_me")


def told_me(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether ``span`` follows a frame that makes someone else the speaker ("she told me that …") with
    no first-person subject of a new clause between the frame and it ("he told me …, so I told him …" is
    the applicant's; "she told me I was promising callbacks" is hers, the "I" inside what she said)."""
    for _, (a, b) in find_any(list(frames(lang)), sentence):
        before = [t for t in sentence.tokens if t.end <= a]
        if b <= span[0] and not names_me(sentence, clause_of(sentence, before, a), lang):  # "Ich habe gesagt, dass…"
            between = [t for t in sentence.tokens if b <= t.start and t.end <= span[0]]
            if not names_me(sentence, own_clauses(sentence, between, b, lang), lang) \
                    and not own_voice(between, lang):
                return True
    return False


AVERTED_WORDS = 4  # words between the frame and the cue it spares ("da ne misli da ga | ignoriram")


def averted(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether ``span`` follows, in its sentence, a frame of what others should not think or feel
    (``rules/<lang>/averted.txt``: "nobody thinks", "damit niemand", "da ne misli"): the impression the applicant
    avoids, not what the applicant does. "Važno mi je da kupac ne čeka i da ne misli da ga ignoriram" is no
    customer ignored (an outside round's answer, read as an interviewer)."""
    turns = word_list(lang, "turns")
    for _, (_, b) in find_any(list(phrase_list(lang, "averted")), sentence):
        between = [t for t in sentence.tokens if b <= t.start and t.end <= span[0]]
        # the thought itself, a few words on, not a new turn of the sentence ("…doesn't think so, but I tell him")
        if b <= span[0] and len(between) <= AVERTED_WORDS and not any(t.lower in turns for t in between):
            return True
    return False


def wish_frames(lang: str) -> tuple:
    return phrase_list(lang, "wishes")


WISHER_WORDS = 2  # words after a wish frame that can name its subject ("htjela sam", "wollte ich")


def wished(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether ``span`` is what someone else wanted or asked for (``rules/<lang>/wishes.txt``: "wanted", "wollte",
    "htio je"), told as the story's situation: "Last month a customer wanted a refund without a receipt" is no
    promise of the applicant's. The frame's subject must not be the applicant (no first person in its clause
    before it, nor in the WISHER_WORDS after it up to a complementizer: "htjela sam", "wollte ich", but not
    "wollte, dass ich"), and the span must be what is wanted (:func:`_wanted_clause`): no new clause between
    the frame and the span that names the applicant ("she wanted her money, and I gave it to her without a
    receipt" commits). Only a frame before the span: a German clause that ends with it ("Als die Kundin ihr
    Geld ohne Bon zurück wollte") is spared by the pitfall's own ``unless`` phrases."""
    tokens = sentence.tokens
    thats = word_list(lang, "complementizers")
    for _, (a, b) in find_any(list(wish_frames(lang)), sentence):
        after = []
        for t in (t for t in tokens if t.start >= b):
            if t.lower in thats or len(after) == WISHER_WORDS or \
                    any(m in sentence.text[(after[-1].end if after else b) - sentence.start:t.start - sentence.start]
                        for m in CLAUSE_MARKS):
                break
            after.append(t)
        before = clause_of(sentence, [t for t in tokens if t.end <= a], a)
        if names_me(sentence, before + after, lang):
            continue
        between = [t for t in tokens if b <= t.start and t.end <= span[0]]
        if b <= span[0] and _wanted_clause(sentence, b, span[0], thats) \
                and not names_me(sentence, own_clauses(sentence, between, b, lang), lang) \
                and not own_voice(between, lang):
            return True
    return False


def _wanted_clause(sentence: Sentence, frame_end: int, start: int, thats: frozenset[str]) -> bool:
    """Whether the words from ``start`` on are what the frame ending at ``frame_end`` wants: in its own clause,
    or in the clause after it when that opens with a complementizer ("wollte, dass wir…") or the frame ends with
    one ("bestand darauf, den Mixer…"); not a clause of its own ("Wer Kunden wirklich helfen wollte, hatte es da
    nicht leicht")."""
    clauses = clause_numbers(sentence)
    first = next((i for i, t in enumerate(sentence.tokens) if t.start >= frame_end), None)
    at = next((i for i, t in enumerate(sentence.tokens) if t.start >= start), None)
    if first is None or at is None:
        return False
    frame_clause = clauses[first - 1] if first else clauses[0]
    if clauses[at] == frame_clause:
        return True
    opener = next((i for i, c in enumerate(clauses) if c == frame_clause + 1), None)
    return clauses[at] == frame_clause + 1 and opener is not None and \
        (sentence.tokens[opener].lower in thats or bool(first) and sentence.tokens[first - 1].lower in thats)


def own_voice(tokens: list, lang: str) -> bool:
    """Whether the applicant speaks in their own voice again among ``tokens`` (``rules/<lang>/own_voice.txt``):
    "On je rekao da će paziti, ali iskreno, on je takav tip" is the applicant's judgement after "iskreno",
    not what the colleague said."""
    words = word_list(lang, "own_voice")
    return any(t.lower in words for t in tokens)


def clause_of(sentence: Sentence, tokens: list, end: int | None = None) -> list:
    """The last clause of ``tokens`` (the words before a frame, back to a clause mark); none when a clause mark
    stands between them and ``end``, where the frame starts ("Čim sam se javila, viknuo je da…": the frame opens
    a clause of its own)."""
    if tokens and end is not None and any(m in sentence.text[tokens[-1].end - sentence.start:end - sentence.start]
                                          for m in CLAUSE_MARKS):
        return []
    for i in range(len(tokens) - 1, 0, -1):
        gap = sentence.text[tokens[i - 1].end - sentence.start:tokens[i].start - sentence.start]
        if any(m in gap for m in CLAUSE_MARKS):
            return tokens[i:]
    return tokens


def own_clauses(sentence: Sentence, tokens: list, start: int, lang: str) -> list:
    """The tokens of ``tokens`` (from offset ``start`` on) from the first new clause on: after a clause mark
    or a joining word (``rules/<lang>/joiners.txt``: "so", "und", "pa"); none where the report runs on."""
    joiners = word_list(lang, "joiners")
    for i, t in enumerate(tokens):
        gap = sentence.text[(tokens[i - 1].end if i else start) - sentence.start:t.start - sentence.start]
        if t.lower in joiners or any(m in gap for m in CLAUSE_MARKS):
            return tokens[i:]
    return []


def reported(sentence: Sentence, span: tuple[int, int], lang: str, text: str | None = None) -> bool:
    """Whether ``span`` lies inside a quotation of someone else's words, or after a frame that reports
    what someone else told the applicant (see the module). With the answer's ``text``, a quotation that
    runs over several sentences is followed back to where it opened, and the words before it there
    name its speaker."""
    carried = carried_quote(sentence, span, text) if text is not None else None
    if carried is not None:
        lead = lead_of(text, carried[0], lang)
        after = [t for t in sentence.tokens if t.start >= carried[1]]
        return not names_me(lead, list(lead.tokens), lang) and not names_me(sentence, after, lang)
    quotes = quoted_spans(sentence)
    inside = any(a <= span[0] and span[1] <= b for a, b in quotes)
    return inside and not said_by_me(sentence, quotes, lang) or told_me(sentence, span, lang) \
        or in_reported_mood(sentence, span, lang)


# Croatian: a past participle (-o, -la, -li, -le, -lo) that opens a cue is someone else's deed when its clause holds a
# third-person "je" or "su" and no first-person word ("sam", "smo", "bih", "ja"), read before it and in the two words
# after it: "Nekoliko je puta ponovio da ću ja biti kriv" is the customer repeating himself, "rekla sam mu da je kriv"
# the applicant telling him
HR_PARTICIPLE_ENDS = ("o", "la", "li", "le", "lo")
HR_THIRD, HR_FIRST = frozenset({"je", "su"}), frozenset({"sam", "smo", "bih", "bismo", "ja", "mi"})


def by_someone_else(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether a Croatian cue at ``span`` opens with a past participle whose subject is a third person (see above)."""
    if lang != "hr":
        return False
    at = next((i for i, t in enumerate(sentence.tokens) if t.start >= span[0]), None)
    if at is None:
        return False
    verb = sentence.tokens[at]
    if not (verb.start == span[0] and verb.lower.endswith(HR_PARTICIPLE_ENDS) and verb.lemma.endswith(("ti", "ći"))
            and verb.lower != verb.lemma):
        return False
    clauses = clause_numbers(sentence)
    # the verb's own subject and auxiliary: its clause before it, and the two words after it ("ponovio je", "rekla sam")
    words = {t.lower for i, t in enumerate(sentence.tokens) if clauses[i] == clauses[at] and i < at + 3}
    return bool(words & HR_THIRD) and not words & HR_FIRST


def in_reported_mood(sentence: Sentence, span: tuple[int, int], lang: str) -> bool:
    """Whether ``span``'s clause is in a mood that only reports speech (``rules/<lang>/reported_moods.txt``: the
    German Konjunktiv I, "Er hat mich angeschrien, wir seien unfähig") and the clause before it does not make the
    applicant the speaker ("Ich habe ihm gesagt, er sei selbst schuld" is her own words)."""
    moods = word_list(lang, "reported_moods")
    if moods.isdisjoint(sentence.forms):  # no such form in the sentence (every English and Croatian one): done
        return False
    clauses = clause_numbers(sentence)
    at = next((i for i, t in enumerate(sentence.tokens) if t.end > span[0]), None)
    if at is None:
        return False
    own = [i for i, n in enumerate(clauses) if n == clauses[at]]
    words = [sentence.tokens[i].lower for i in own]
    if not any(w in moods and not (w == "sei" and k and words[k - 1] == "es") for k, w in enumerate(words)):
        return False
    before = [t for i, t in enumerate(sentence.tokens) if clauses[i] == clauses[at] - 1]
    return not names_me(sentence, before, lang)
