"""Company profile: keywords from a company's "About us" text (hr/de/en), for tailoring answers.

YAKE ranks candidate phrases; proper nouns (names, places), numbers and legal/web boilerplate are
filtered out, because an interviewer wants to hear the company's values and offer, not its address.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from .checks.rules import lines, stopwords, word_list
from .errors import InvalidInput
from .i18n.labels import QUOTE_MARKS
from .nlp import langid
from .nlp.text import lemma, sentences

MAX_TEXT = 200_000


class CompanyError(InvalidInput, ValueError):
    """The company text cannot be analysed (empty, too long, unsupported-language)."""

    family = "company"


@dataclass
class Keyword:
    term: str
    weight: float   # 0-1, higher is more characteristic


@dataclass
class CompanyProfile:
    name: str | None
    language: str
    keywords: list[Keyword] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # values and service promises, as whole phrases

    def to_json(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=None)
def boilerplate(lang: str) -> frozenset[str]:
    return frozenset(lines(lang, "boilerplate"))


LEGAL_FORM = re.compile(r"((?:[^\W\d_][\w&.-]*\s+){1,3})(?:GmbH|AG|KG|SE|d\.\s?o\.\s?o\.|d\.\s?d\.|Ltd|Inc|LLC|plc)\b")


TERM_PUNCTUATION = ".,;:!?…'()" + QUOTE_MARKS


def _plain(word: str) -> str:
    """Lower case without a possessive ending (Croatia's -> croatia)."""
    return re.sub(r"['’]s$", "", word.lower())


def _proper_nouns(text: str, lang: str) -> set[str]:
    """Words that look like names: capitalised where a common word would not be, or part of a
    company name before a legal form (Müller Handels GmbH)."""
    found: set[str] = set()
    for m in LEGAL_FORM.finditer(text):
        words = m.group(1).split()
        while words and words[0][:1].islower():
            words.pop(0)
        if lang == "de" and words and words[0].lower() in ("die", "der", "das"):
            words.pop(0)
        found |= {_plain(w) for w in words}
    found |= _named_in_heading(text, lang)
    # a name written in lower case only in an e-mail or web address ("info@kamilica.hr") is still a name
    plain_text = CONTACT.sub(" ", text)
    lower_seen = {m.group().lower() for m in re.finditer(r"\b[^\W\d_]+\b", plain_text) if m.group().islower()}
    for s in sentences(text, lang):
        for i, tok in enumerate(s.tokens):
            word = tok.text
            if not word[:1].isupper() or word.lower() in lower_seen:
                continue
            if i > 0 and text[:tok.start].rstrip()[-1:] in tuple(QUOTE_MARKS + ":") and _known(word, lang):
                continue  # a quoted slogan or a colon starts a sentence of its own: "Our promise: "Ask us…""
            if lang == "de" and word.lower() in YOU["de"]:
                continue  # "Ihrem Garten": the polite "you", written with a capital, is no name
            if lang == "de":
                # German capitalises every noun: a name is a word the lemmatiser does not know, or one
                # right after a place preposition without an article ("in Graz", "aus Wien")
                import simplemma
                after_place = i > 0 and (s.tokens[i - 1].lower in ("in", "aus", "nach", "von", "zwischen")
                                         or i > 1 and s.tokens[i - 1].lower in ("und", "bis")
                                         and _plain(s.tokens[i - 2].text) in found  # "zwischen Hamburg und Lüneburg"
                                         or _plain(s.tokens[i - 1].text) in found
                                         and text[s.tokens[i - 1].end:tok.start].strip() == ",")  # "Hamburg, Bremen"
                # a surname after a first name after "von" ("von Thomas Berger gegründet"): one step, no chain, as
                # German nouns follow names too ("Bei Grünwald Beratung…")
                after_name = i > 1 and s.tokens[i - 2].lower == "von" and s.tokens[i - 1].text[:1].isupper()
                if i > 0 and (after_place or after_name or not simplemma.is_known(word, lang="de")):
                    found.add(_plain(word))  # "von Thomas Berger": a surname after a first name
            elif i > 0 or word.isupper():
                found.add(_plain(word))
            if i == 0 and len(s.tokens) > 1 and s.tokens[1].text[:1].isupper() and not _known(word, lang):
                found.add(_plain(word))  # a name opening the sentence: "Brightside Opticians has…"

    return found


HEADING_MAX_WORDS = 8


def _named_in_heading(text: str, lang: str) -> set[str]:
    """The company's name from a heading ("Über uns – Radhaus Nord", "About Greenleaf Home & Garden"): the
    capitalised words that open a sentence of the text and stand in its short first line as well ("Radhaus
    Nord ist ein…", "Greenleaf is a…"); a dictionary word of the language is a name there too."""
    first, _, body = text.strip().partition("\n")
    heading = set(re.findall(r"[^\W\d_][\w-]*", first))
    if not body or len(heading) > HEADING_MAX_WORDS or first.rstrip().endswith((".", "!", "?")):
        return set()
    names: set[str] = set()
    for s in sentences(body, lang):
        for tok in s.tokens:
            if not (tok.text[:1].isupper() and tok.text in heading):
                break
            names.add(_plain(tok.text))
    return names


def _is_verb(word: str, lang: str) -> bool:
    """A finite or infinitive verb, by its lemma (Croatian -ti/-ći; German lower-case -en/-ern/-eln)."""
    if lang == "hr":
        lem = lemma(word, lang)
        # a form the lemmatiser does not know, with a 1st/2nd person plural ending ("dobivate", "dobivamo")
        return lem.endswith(("ti", "ći")) or (lem == word.lower() and len(word) > 5 and word.lower().endswith(("amo", "ate", "imo", "ite", "emo", "ete")))
    if lang == "de":
        return word[:1].islower() and lemma(word, lang).endswith(("en", "ern", "eln")) and len(word) > 4
    return word.lower() in word_list(lang, "verbs")  # English verbs look like nouns: a list


def _cut_phrase(words: list[str], text: str, low: str, lang: str) -> bool:
    """True when the phrase stops on an adjective whose noun follows in the text ("svježe domaće"
    of "svježe domaće proizvode"), or is the inside of a fixed expression ("prvom mjestu" of "na prvom
    mjestu"): it means nothing alone. ``low`` is ``text`` lower-cased."""
    phrase = " ".join(w.lower() for w in words)
    if phrase in fixed_expressions(lang):
        return True
    at = low.find(phrase)
    if at < 0 or lang == "en":
        return False
    after = re.match(r"\s+([^\W\d_]+)", low[at + len(phrase):])
    if not after:
        return False
    nxt = after.group(1)
    last = words[-1]
    if lang == "hr":
        return lemma(last, lang) != last.lower() and lemma(last, lang).endswith(("i", "an", "en", "ski", "ški", "ćki", "čki", "ni", "ji")) \
            and nxt not in stopwords(lang) and not _is_verb(nxt, lang)
    return last[:1].islower() and re.search(r"(e|en|er|es|em)$", last) is not None and text[at + len(phrase):].lstrip()[:1].isupper()


def _not_a_phrase(words: list[str], text: str) -> bool:
    """A candidate that is no phrase of the text: its words stand on one line nowhere ("Radhaus Nord
    Radhaus" of a heading and the sentence after it), or one is the first part of a compound cut short
    ("Stadt" of "Stadt-, Trekking- und E-Bikes")."""
    if len({w.lower() for w in words}) < len(words):
        return True
    on_one_line = r"[ \t]+".join(re.escape(w) for w in words)
    if not re.search(on_one_line, text, re.IGNORECASE):
        return True
    return any(re.search(re.escape(w) + r"-(?=[\s,])", text) for w in words)


@lru_cache(maxsize=None)
def fixed_expressions(lang: str) -> frozenset[str]:
    """Pieces of set phrases that YAKE can cut out ("prvom mjestu"), from the boilerplate list's
    two-word lines."""
    return frozenset(b for b in boilerplate(lang) if " " in b)


def _known(word: str, lang: str) -> bool:
    import simplemma

    from .nlp.text import SIMPLEMMA_LANG
    try:
        return simplemma.is_known(word, lang=SIMPLEMMA_LANG.get(lang, lang)) or simplemma.is_known(word.lower(), lang=SIMPLEMMA_LANG.get(lang, lang))
    except ValueError:
        return True


def analyze(text: str, name: str | None = None, lang: str | None = None, top: int = 12) -> CompanyProfile:
    import yake

    text = (text or "").strip()
    if not text:
        raise CompanyError("empty")
    if len(text) > MAX_TEXT:
        raise CompanyError("too-long")
    if lang is None:
        guess = langid.guess(text)
        if guess.lang is None:
            raise CompanyError("unsupported-language", guess.name)
        lang = guess.lang
    skip = _skipped(text, lang, name)
    extractor = yake.KeywordExtractor(lan=lang, n=3, dedup_lim=0.7, top=top * 6)
    raw = extractor.extract_keywords(text)
    low = text.lower()
    sents = sentences(text, lang)
    keywords: list[Keyword] = []
    # the words of the e-mail and web addresses ("info", "sonnenweg", "de"): no keyword is only these
    address_words = {w for m in CONTACT.finditer(text) for w in re.split(r"[@./:-]+", m.group().lower()) if w}
    seen_lemmas: set[tuple[str, ...]] = set()
    for term, value in raw:
        words = term.split()
        lowered = [_plain(w.strip(TERM_PUNCTUATION)) for w in words]  # "Sie." of a quoted slogan is "sie"
        if any(w in skip or lemma(w, lang) in skip for w in lowered) or any(c.isdigit() for c in term) \
                or {p for w in lowered for p in re.split(r"[@./:-]+", w) if p} <= address_words:
            continue  # "sonnenweg.de", "info" of "info@lavanda.hr": an address
        if any(_is_verb(w, lang) for w in words) or _cut_phrase(words, text, low, lang) \
                or any(set(lowered) <= set(f.split()) for f in fixed_expressions(lang)):
            continue  # "nudimo svježe", "kupac zaslužuje": a piece of a sentence, not a thing the company stands for
        if all(len(w) < 3 for w in lowered) or _not_a_phrase(words, text) \
                or len(lowered) == 1 and lowered[0] in NEGATIONS[lang]:  # "bez" of "bez žurbe"
            continue
        key = tuple(sorted(lemma(w, lang) for w in lowered))
        covered = {w for k in seen_lemmas for w in k}
        if key in seen_lemmas or set(key) <= covered:
            continue  # the same words as a keyword already kept ("friendly" after "friendly staff")
        seen_lemmas.add(key)
        negated = re.search(r"\b(%s)\s+%s\b" % ("|".join(NEGATIONS[lang]), re.escape(term)), text, re.IGNORECASE)
        if not negated and (_only_denied(term, text, sents, lang) or _only_contrasted(term, text, lang)):
            continue  # "Nismo veliki centar na rubu grada", "statt schneller Verkäufe": what the company is not
        if not negated and _only_in_history(term, sents, lang):
            continue  # "single greengrocer", "brothers": how the company began, not what it does for customers
        if negated:  # "hidden fees" of "no hidden fees" says the opposite
            term = f"{negated.group(1)} {term}"
        if any(k.term.lower() == term.lower() for k in keywords):
            continue  # two pieces of one negated promise
        term = term.strip(TERM_PUNCTUATION)  # "sauber reparieren." of a quoted slogan
        if lang == "hr" and " " not in term and _known(term, lang):
            term = lemma(term, lang)  # "oprema", not "opremom" of "trgovina opremom": a word as a list shows it
        if not term or any(k.term.lower() == term.lower() for k in keywords):
            continue
        keywords.append(Keyword(term.lower() if lang != "de" else term, 0.0))
        if len(keywords) >= top:
            break
    for rank, kw in enumerate(keywords):
        kw.weight = round(1.0 - rank / max(len(keywords), 1), 3)
    return CompanyProfile(name=name, language=lang, keywords=keywords, values=values(text, lang, skip_names=skip))


def values_of(text: str, lang: str, name: str | None = None) -> list[str]:
    """The values and promises of a saved company's text, as :func:`analyze` finds them (no keywords)."""
    return values(text, lang, skip_names=_skipped(text, lang, name))


def _skipped(text: str, lang: str, name: str | None) -> set[str]:
    """Words no keyword or value may contain: function words, boilerplate, names (and the company's)."""
    skip = set(stopwords(lang)) | set(boilerplate(lang)) | _proper_nouns(text, lang)
    if name:
        skip |= {w.lower() for w in re.findall(r"\w+", name)}
    return skip


VALUE_MAX_WORDS = 8
# kept at the start of a value: "no hidden fees" is a promise, "hidden fees" its opposite
NEGATIONS = {"en": ("no", "not", "never", "without"), "de": ("nie", "kein", "keine", "keinen", "ohne", "nicht"),
             "hr": ("ne", "nikad", "nikada", "bez", "nema")}
SPLIT = {"en": r",|;|:|\band\b|\bas well as\b", "de": r",|;|:|\bund\b|\bsowie\b",
         "hr": r",|;|:|\bi\b|\bte\b|\bkao i\b"}


def _inside(cue, sentence, start: int, end: int, text: str, lang: str) -> str:
    """The words a value cue with a gap ("uns sind … wichtig") encloses in the sentence, or ""."""
    from .checks.phrases import compile_phrase, find

    if "…" not in cue.source:
        return ""
    left, right = (compile_phrase(part.strip(), lang) for part in cue.source.split("…", 1))
    lefts = [sp for sp in find(left, sentence) if start <= sp[0] and sp[1] <= end]
    rights = [sp for sp in find(right, sentence) if start <= sp[0] and sp[1] <= end]
    if not lefts or not rights or rights[-1][0] <= lefts[0][1]:
        return ""
    return text[lefts[0][1]:rights[-1][0]]


# a promise told as a condition and what the company then does ("if something isn't right, we'll put it
# right, no questions asked") is one promise: kept whole, numbers and all ("within 30 minutes"), not split
# at its commas into fragments
IF_WORDS = {"en": ("if", "when", "whenever", "should"), "de": ("wenn", "falls", "sollte", "sollten"),
            "hr": ("ako", "kad", "kada", "ukoliko")}
PROMISE_MAX_WORDS = 16
# German says a condition with the verb first and the consequence inverted: "Geht etwas schief, finden wir
# gemeinsam eine Lösung" is "if something goes wrong, we find a solution together"
VERB_FIRST_CONDITION = re.compile(r"\s*[A-ZÄÖÜ][a-zäöüß]+\b[^,.;:!?]{1,60},\s*[a-zäöüß]+\s+(?:wir|Sie|ich|es|man)\b")


def _conditional_promise(rest: str, lang: str, names: set[str]) -> str | None:
    """The rest of a value sentence as one promise, when it is a condition with its consequence; else None."""
    words = re.findall(r"[^\W_][\w'’-]*", rest)
    if len(words) < 4 or len(words) > PROMISE_MAX_WORDS:
        return None
    if words[0].lower() not in IF_WORDS[lang] and not (lang == "de" and VERB_FIRST_CONDITION.match(rest)):
        return None
    if any(_plain(w) in names for w in words):
        return None
    phrase = " ".join(rest.split()).strip(" .!:;–-")
    return phrase if lang == "de" else phrase[0].lower() + phrase[1:]


BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+(.+)$")


def _only_in_history(term: str, sents: list, lang: str) -> bool:
    """Whether every sentence that mentions ``term`` tells the past ("…was founded in 1987 by brothers Owen and Gareth
    Hartley, who opened a single greengrocer's"): the company's history, no keyword to weave into an answer."""
    from .checks import tense
    from .checks.phrases import compile_phrase, find

    phrase = compile_phrase(term, lang)
    hits = [s for s in sents if find(phrase, s)]
    return bool(hits) and all(tense.kind(s, lang) == "past" for s in hits)


def _only_denied(term: str, text: str, sents: list, lang: str) -> bool:
    """Whether every mention of ``term`` in the company's text is denied in its clause ("We're not a big store
    on the edge of town", "Nismo veliki centar na rubu grada"): the company is not that, and an applicant who
    takes it up says the opposite of what it stands for."""
    from .checks.phrases import CLAUSE_MARKS, compile_phrase, find

    negations = word_list(lang, "negations")
    phrase = compile_phrase(term, lang)
    hits = [(s, span) for s in sents for span in find(phrase, s)]

    def denied(s, start: int) -> bool:
        clause = re.split("[" + re.escape(CLAUSE_MARKS) + "]", text[s.start:start])[-1]
        return any(w.lower() in negations for w in re.findall(r"[\w'’]+", clause))

    return bool(hits) and all(denied(s, a) for s, (a, _) in hits)


@lru_cache(maxsize=None)
def _contrast_words(lang: str) -> re.Pattern:
    """"statt", "instead of", "umjesto" (``rules/<lang>/contrasts.txt``) as one pattern."""
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(c) for c in lines(lang, "contrasts")), re.IGNORECASE)


def _only_contrasted(term: str, text: str, lang: str) -> bool:
    """Whether the term is what the company sets itself against: it holds "statt", "instead of", "umjesto",
    or every mention of it follows one within two words ("ehrliche Beratung statt schneller Verkäufe")."""
    contrast = _contrast_words(lang)
    if contrast.search(term):
        return True
    mentions = [m.start() for m in re.finditer(r"\b%s\b" % re.escape(term), text, re.IGNORECASE)]
    before = r"(?:%s)\s+(?:[^\W\d_]+\s+){0,2}$" % contrast.pattern
    return bool(mentions) and all(re.search(before, text[max(0, m - 80):m], re.IGNORECASE) for m in mentions)


HEADING_WORDS = 6


def _heading(sentence, text: str) -> bool:
    """A line of its own that announces what follows: it ends in a colon, or is a short title ("Our service
    promise") with no full stop."""
    line_end = text.find("\n", sentence.end)
    if text[sentence.end:line_end if line_end >= 0 else len(text)].strip():
        return False
    line = sentence.text.rstrip()
    return line.endswith(":") or (len(sentence.tokens) <= HEADING_WORDS and not line.endswith((".", "!", "?", "…")))


# an e-mail or web address: how to reach the company, no value ("You can reach us at hello@…")
CONTACT = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:hr|de|at|ch|com|co\.uk|uk|eu|net|org)\b")


def _promise(phrase: str, lang: str, names: set[str]) -> str | None:
    """One promise said whole, as a value: spaces evened out, at most PROMISE_MAX_WORDS words, lower case
    but in German; None when it names a place or a person, or gives an address."""
    phrase = " ".join(phrase.split()).strip(" .!:;–-")
    words = re.findall(r"[^\W_][\w'’-]*", phrase)
    if not words or len(words) > PROMISE_MAX_WORDS or any(_plain(w) in names for w in words) or CONTACT.search(phrase):
        return None
    return phrase if lang == "de" else phrase[0].lower() + phrase[1:]


def slogan_after(text: str, cue_end: int, lang: str, names: set[str]) -> list[str]:
    """The sentences of a slogan in quotation marks right after the cue and its colon: "Unser Versprechen:
    „Ehrlich beraten. Schnell vor Ort. Immer erreichbar.“" is three promises."""
    from .checks.reported import QUOTES

    m = re.match(r"(?:\s+[^\W\d_]+){0,3}\s*:\s*([\"“„»«])", text[cue_end:])  # "Our promise is simple: "…""
    if not m:
        return []
    opening = cue_end + m.end()
    closing = min((k for k in (text.find(c, opening) for c in QUOTES[m.group(1)]) if k >= 0), default=-1)
    if closing < 0 or "\n" in text[opening:closing]:
        return []
    quoted = re.sub(r"^\s*[^\W\d_][\w'’-]*\s+[–—-]\s+", "", text[opening:closing])  # "Kamilica – njega koja se osjeti"
    promises = (_promise(sent.text, lang, names) for sent in sentences(quoted, lang))
    return [p for p in promises if p]


def listed_after(text: str, pos: int, lang: str, names: set[str]) -> tuple[list[str], int]:
    """The items of the list that starts on the line after ``pos`` (lines opening with "-", "–", "•", "1."),
    each as its first sentence ("– Savjet prije prodaje. Prvo pitamo…" is "savjet prije prodaje"), at most
    PROMISE_MAX_WORDS words; none that names a place or a person. With where the list ends."""
    rest = text[pos:].lstrip(" \t")
    if not rest.startswith("\n"):
        return [], pos  # the heading's line goes on: no list under it
    end = len(text) - len(rest)
    items, started = [], False
    for line in rest.split("\n")[1:]:
        if not line.strip():
            if started:
                break
            end += len(line) + 1
            continue
        m = BULLET.match(line)
        if not m:
            break
        started = True
        end += len(line) + 1
        first = sentences(m.group(1), lang)
        whole = first[0].text if first else m.group(1)
        # "Every customer is a neighbour: we treat people…": the value's name
        promise = _promise(whole.split(":", 1)[0] if ":" in whole else _dash_name(whole), lang, names)
        if promise:
            items.append(promise)
    return items, end


# a value named, then explained after a dash: "Ride first - we advise on the bike you'll actually ride"
DASH_LABEL = re.compile(r"\s*([^\W\d_][^,.;:!?–—-]{0,60}?)\s+[-–—]\s+\S")
JOINERS = {"en": ("and", "also"), "de": ("und", "außerdem"), "hr": ("i", "a", "te")}


# ... or after a colon, by a name of a few words: "Fast service: we finish repairs within 48 hours"
COLON_LABEL = re.compile(r"\s*([^\W\d_][^,.;:!?–—-]{0,40}?)\s*:\s+\S")
COLON_LABEL_WORDS = 4


def _dash_name(phrase: str) -> str:
    """A value's name where a dash explains it ("Ride first - we advise…": "Ride first"), else the phrase."""
    labelled = DASH_LABEL.match(phrase)
    return labelled.group(1) if labelled else phrase


def _label_name(phrase: str) -> str:
    """A value's name where a dash or a colon explains it ("Fast service: we finish repairs…": "Fast
    service"), else the phrase."""
    labelled = COLON_LABEL.match(phrase)
    if labelled and len(labelled.group(1).split()) <= COLON_LABEL_WORDS:
        return labelled.group(1)
    return _dash_name(phrase)


def _add(out: list[str], items: list[str]) -> None:
    """Append each item not yet in ``out``, whatever its capitals."""
    for item in items:
        if item.lower() not in (v.lower() for v in out):
            out.append(item)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def named_after(text: str, pos: int, lang: str, names: set[str]) -> list[str]:
    """The values named in the sentences that follow a "Our values:" sentence on the same line, one a sentence,
    each by its name before a dash ("Honest advice, always. And we look after our riders long after the
    sale.") or a colon ("Fast service: we finish repairs within 48 hours."), none longer than PROMISE_MAX_WORDS
    words."""
    rest = text[pos:_line_end(text, pos)]
    out = []
    for sent in sentences(rest, lang):
        phrase = _label_name(sent.text)
        words = phrase.split()
        if words and words[0].lower() in JOINERS.get(lang, ()):
            phrase = " ".join(words[1:])
        promise = _promise(phrase, lang, names)
        if promise and not re.search(r"\d", promise):
            out.append(promise)
    return out


@lru_cache(maxsize=None)
def value_cues(lang: str):
    from .checks.phrases import compile_phrase

    return tuple(compile_phrase(line, lang) for line in lines(lang, "value_cues"))


# the company speaking as "we" of what it does for its customers, with no value cue: "We tell customers the truth, even
# when…", "wir empfehlen nur, was in Ihrem Garten auch wirklich wächst", "Svakom pacijentu posvećujemo vrijeme…" (a job
# seeker's trial: an "About us" page said in such sentences gave "call" as its only value)
WE = {"en": ("we", "we'll", "we’ll"), "de": ("wir",)}  # Croatian says "we" in the verb
YOU = {"en": frozenset({"you", "your"}), "de": frozenset({"sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer"}),
       "hr": frozenset({"vi", "vam", "vas", "vaš", "vaša", "vaše", "vašem", "vašu", "vaših", "vašim", "vašeg"})}
STATED_MAX_WORDS = 12
OURS = {"en": ("our", "every"), "de": ("unser", "unsere", "jeder", "jede"), "hr": ("naši", "naše", "naša", "svaki", "svaka")}
CAN = {"en": ("you can",), "de": ("sie können", "können sie"), "hr": ()}
WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
LEADING_JOINERS = frozenset({"and", "so", "und", "also", "i", "a", "pa"})


def _we_first(words: list[str], lang: str) -> int | None:
    """How many words open the part before what "we" do: the pronoun (en, de), or none where a Croatian part opens
    with, or puts second, a first-person plural verb ("Svakom pacijentu posvećujemo…", "Nabavit ćemo…")."""
    low, n = [w.lower() for w in words], len(words)
    while low and low[0] in LEADING_JOINERS:
        low, words = low[1:], words[1:]
    skipped = n - len(low)  # "And we answer…": what "we" do starts after the joiner
    if low and low[0] in WE.get(lang, ()):
        return skipped + 1
    # the company's people ("Every colleague is trained…", "Unser Lieferservice bringt…", "Naše savjetnice…") or the
    # customer's rights ("You can return…", "Neotvoreni proizvod možete vratiti…"): said with their subject
    if len(low) > 2 and (low[0] in OURS[lang] and low[1] not in stopwords(lang) or _rights(low, lang)):
        return skipped
    if lang == "hr" and any(_hr_we_verb(w) for w in low[:3]):
        return skipped
    return None


def _rights(low: list[str], lang: str) -> bool:
    """Whether lower-cased words open with the customer's right: "you can", "Sie können", "možete" among the first
    three (Croatian: "Svaki buket možete vratiti…")."""
    return " ".join(low[:2]) in CAN[lang] or lang == "hr" and "možete" in low[:3]


def _hr_we_verb(word: str) -> bool:
    """A Croatian first-person plural verb, in which Croatian says "we": "ćemo", "rješavamo", "posvećujemo"."""
    return word == "ćemo" or word.endswith("mo") and lemma(word, "hr").endswith(("ti", "ći"))


def stated_promises(text: str, lang: str, names: set[str], cued: set[int]) -> list[str]:
    """What the company says it does for its customers in sentences no value cue opened (``cued``: their starts): each
    part of a sentence (between colons, semicolons and dashes, and before ", and we") where "we", the company's people
    ("Every colleague is trained to…", "Naše savjetnice…") or the customer's rights ("you can", "možete") speak, and
    the customer or their matter is named or addressed ("you", "Ihnen", "vam"; ``customer_words.txt``,
    ``customer_matters.txt``), cut before a contrast and at its first comma when long; a promise told as a condition
    ("If something isn't right, … we will refund or replace it"; "Ako lijeka nema, nabavit ćemo ga…") whole. No
    names, no numbers but a time limit ("within two minutes", "u roku od 48 sati"), not told in the past ("We were
    founded…")."""
    from .checks import tense
    from .checks.phrases import find_any
    from .checks.rules import customer_phrases, phrase_list

    out: list[str] = []
    for s in sentences(text, lang):
        if s.start in cued:
            continue
        for part in re.split(r"\s*[;:–—]\s*|\s+-\s+|,\s+(?:%s)\s+(?=(?:%s)\b)" % ("|".join(LEADING_JOINERS), "|".join(WE.get(lang, ("mi",)))), s.text, flags=re.IGNORECASE):
            part = _contrast_words(lang).split(part)[0].rstrip(" ,")  # "… rather than just pointing down an aisle"
            found = list(WORD.finditer(part))
            words = [m.group() for m in found]
            if words and words[0].lower() in IF_WORDS[lang] or lang == "de" and VERB_FIRST_CONDITION.match(part):
                if _we_acts(words, lang):
                    whole = _conditional_promise(part, lang, names) or _conditional_promise(part.rsplit(",", 1)[0], lang, names)
                    if whole and not _counts(whole, lang):
                        _add(out, [whole])
                continue
            at = _we_first(words, lang)
            if at is None:
                continue
            rights = at == 0 and _rights([w.lower() for w in words[:3]], lang)  # "Svaki buket možete vratiti…"
            wish = re.match(r"\s*[\w'’]+,\s+(?:%s)\s+" % "|".join(THAT[lang]), part[found[at].start():]) if at < len(found) else None
            if wish:  # "Wir möchten, dass jedes Anliegen … gelöst wird": what they want is the promise
                part = part[found[at].start() + wish.end():]
                found, at = list(WORD.finditer(part)), 0
                words = [m.group() for m in found]
            said = words[at:]
            if len(said) > (PROMISE_MAX_WORDS if wish else STATED_MAX_WORDS):  # long: up to its first comma
                comma = part.find(",")
                said = [m.group() for m in found[at:] if comma < 0 or m.end() <= comma]
            # without a comma to cut it at, a promise may run to PROMISE_MAX_WORDS ("Naši farmaceuti redovito se
            # usavršavaju kako bi vam uvijek dali stručan i pouzdan savjet")
            longest = PROMISE_MAX_WORDS if "," not in part or wish else STATED_MAX_WORDS
            if not 2 <= len(said) <= longest or _counts(" ".join(said), lang) or CONTACT.search(part) \
                    or any(_plain(w) in names and w.lower() not in YOU[lang] for w in said):
                continue
            low = {w.lower() for w in said}
            piece = sentences(" ".join(words[:at] + said), lang)
            told_past = tense.kind(piece[0], lang) == "past" if piece else True
            if told_past and at == 0 and lang == "en" and len(said) > 2 and said[2].lower() in ("is", "are"):
                told_past = False  # "Every colleague is trained to walk customers…": a present passive
            if not piece or told_past or not (
                    rights or low & YOU[lang] or find_any(list(customer_phrases(lang)) + list(phrase_list(lang, "customer_matters")),
                                                piece[0])):
                continue
            phrase = part[found[at].start():found[at + len(said) - 1].end()]  # as the text says it, its commas kept
            _add(out, [phrase if lang == "de" else phrase.lower()])
    return out


# a number in a promise is a time limit ("within two minutes", "innerhalb von 24 Stunden", "u roku od 48 sati"), else a
# fact ("Jeden Monat führen wir über 400.000 Gespräche")
WITHIN = {"en": ("within", "under"), "de": ("innerhalb", "binnen"), "hr": ("roku", "unutar")}


def _counts(phrase: str, lang: str) -> bool:
    """Whether a number in ``phrase`` is no time limit (a fact: how many, how long ago)."""
    words = [w.lower() for w in WORD.findall(phrase)]
    return any(w.isdigit() and not any(b in WITHIN[lang] for b in words[max(0, i - 3):i]) for i, w in enumerate(words))


def _we_acts(words: list[str], lang: str) -> bool:
    """Whether "we" act in the words: the pronoun (en, de), a first-person plural verb (hr)."""
    low = [w.lower() for w in words]
    if lang == "hr":
        return any(_hr_we_verb(w) for w in low)
    return any(w in WE.get(lang, ()) for w in low)


# words that announce values rather than name one ("We live by three values:", "Unsere Grundsätze:")
ANNOUNCING = {"en": ("value", "values", "principle", "principles", "rule", "rules", "promise", "promises", "following"),
              "de": ("wert", "werte", "grundsatz", "grundsätze", "prinzip", "prinzipien", "regel", "regeln", "folgende",
                     "versprechen"),
              "hr": ("vrijednost", "vrijednosti", "načelo", "načela", "pravilo", "pravila", "sljedeće", "obećanje",
                     "obećanja")}
THAT = {"en": ("that",), "de": ("dass",), "hr": ("da",)}
NAMED_MAX_WORDS = 4


def _before_colon(before: str, lang: str, names: set[str]) -> list[str]:
    """What a value sentence says between its cue and a colon, as a value: a promise said as a clause ("that no
    customer waits more than three in a queue"), or the few words that name the value the rest explains ("our
    community"); nothing where it announces a list ("three values", "the following")."""
    words = re.findall(r"[^\W_][\w'’-]*", before)
    low = [w.lower() for w in words]
    if not words or any(w in ANNOUNCING[lang] or w.isdigit() for w in low) or low[0] in COPULAS[lang]:
        return []
    if low[0] in THAT[lang] and len(words) >= 3:
        that = re.search(r"\b%s\b" % re.escape(words[0]), before)
        promise = _promise(before if lang == "hr" else before[that.end():], lang, names)  # Croatian keeps "da"
        return [promise] if promise else []
    if len(words) <= NAMED_MAX_WORDS and any(w not in stopwords(lang) for w in low) \
            and not any(_is_verb(w, lang) for w in words):
        promise = _promise(before, lang, names)
        return [promise] if promise else []
    return []


COPULAS = {"en": ("is", "are", "was", "says"), "de": ("ist", "sind", "lautet", "heißt"), "hr": ("je", "su", "glasi")}


def _whole(phrase: str, lang: str, names: set[str]) -> str | None:
    """A promise said as a clause, whole; cut at its first comma where it is longer than PROMISE_MAX_WORDS words."""
    promise = _promise(phrase, lang, names)
    if promise is None and "," in phrase:
        promise = _promise(phrase.split(",", 1)[0], lang, names)
    return promise


def _explained(rest: str, lang: str, names: set[str]) -> list[str]:
    """What follows a value cue's colon when it says what the company does, not a list of values: "we" acting
    ("…ist uns wichtig: Wir arbeiten mit Gärtnereien aus der Region und verkaufen nur torffreie Erde") is one
    promise; a value named and explained after a dash ("one call, one solution – the first person you speak to owns
    your problem until it is solved") is the name and the promise."""
    words = re.findall(r"[^\W_][\w'’-]*", rest)
    if not words:
        return []
    if _we_first(words, lang) is not None and not _counts(rest, lang):
        promise = _whole(rest, lang, names)
        return [promise] if promise else []
    label, dash, explanation = _at_dash(rest)
    if dash and 2 <= len(label.split()) <= NAMED_MAX_WORDS + 2:
        found = [_promise(label, lang, names), _whole(explanation, lang, names)]
        return [f for f in found if f]
    return []


def _that_clause(rest: str, lang: str, names: set[str]) -> str | None:
    """The rest of a value sentence as one promise when it is a "that" clause ("obećavamo da ćemo ga naručiti i
    javiti vam se čim stigne", "We promise that you will…"): said whole, without "that" (Croatian keeps "da", which
    its clitics need)."""
    words = rest.split()
    if len(words) < 3 or words[0].lower() not in THAT[lang] or _counts(rest, lang):
        return None
    return _whole(rest if lang == "hr" else rest.split(None, 1)[1], lang, names)


def _before_pointer(before: str) -> str:
    """The value told before its cue, without a pointer to the cue after a dash: "…, rufen wir innerhalb von 24 Stunden
    zurück – das ist unser Versprechen" is the promise up to the dash."""
    cuts = list(DASH.finditer(before))
    head, tail = (before[:cuts[-1].start()], before[cuts[-1].end():]) if cuts else (before, "")
    return head if cuts and len(tail.split()) <= 3 else before


DASH = re.compile(r"\s+[-–—]\s+")


def _at_dash(text: str) -> tuple[str, str, str]:
    """``text`` cut at its first dash between spaces (-, –, —): before, the dash, after; or the text, "", ""."""
    m = DASH.search(text)
    return (text[:m.start()], m.group(), text[m.end():]) if m else (text, "", "")


# a value named in one word is an abstract noun: "honesty", "Ehrlichkeit", "poštovanje" (``value_words.txt`` lists
# those without such an ending: "respect", "Respekt", "briga")
ABSTRACT_ENDINGS = {"en": ("ty", "ness", "ment", "ship", "ence", "ance", "ion", "ism", "dom", "hood"),
                    "de": ("heit", "keit", "ung", "schaft", "tät", "ismus", "ion", "nis", "tum"),
                    "hr": ("ost", "stvo", "nje", "ija")}
ABSTRACT_MIN_LETTERS = 6  # "city", "most" (a bridge), "jung", "gost" (a guest) end so too: too short for a value


def _value_word(word: str, lang: str) -> bool:
    low = word.lower()
    return len(low) >= ABSTRACT_MIN_LETTERS and low.endswith(ABSTRACT_ENDINGS[lang]) \
        or low in word_list(lang, "value_words") \
        or lemma(word, lang).lower() in word_list(lang, "value_words")


def values(text: str, lang: str, skip_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The company's values and service promises, as whole phrases: what follows (or, for "… is
    important to us", precedes) a value cue, split at commas and "and"; no names, places or numbers."""
    from .checks.phrases import find_any

    stop = stopwords(lang)
    names = set(skip_names) - set(stop) - set(boilerplate(lang))
    out: list[str] = []
    listed_to = -1  # where the last list taken whole ends: its items' own cues ("if we promise something") add nothing
    cued: set[int] = set()
    for s in sentences(text, lang):
        if s.start < listed_to:
            cued.add(s.start)
            continue
        hits = find_any(list(value_cues(lang)), s)
        if not hits:
            continue
        cued.add(s.start)
        cue, (start, end) = max(hits, key=lambda h: h[1][1] - h[1][0])
        rest = text[end:s.end]
        listed, list_end = listed_after(text, s.end, lang, names) if _heading(s, text) else ([], s.end)
        # a slogan may use a word of the company's name that is a word of the language ("Hartley's Fresh Market":
        # "Fresh, local, friendly.")
        quoted = [] if listed else slogan_after(text, end, lang, {n for n in names if not _known(n, lang)})
        if listed:
            listed_to = list_end
        if listed or quoted:
            # "Our promise to you:" over a list, or a slogan in quotes ("Ehrlich beraten. Schnell vor Ort."):
            # each item is one promise, said whole
            _add(out, listed or quoted)
            continue
        if ":" in rest:  # "We live by three values: respect…": the values follow the colon
            before, rest = rest.split(":", 1)
            # ... unless what stands before it is a promise of its own ("We promise that no customer waits more than
            # three in a queue: if the line grows…") or names the value that the rest explains ("We care about our
            # community: unsold food goes…")
            _add(out, _before_colon(before, lang, names))
            # one value after the colon, by its name or in a few words: the next sentences of the line name the others
            # ("Our values: Ride first - … Honest advice, always."); a list after the colon is whole in its sentence
            one = DASH_LABEL.match(rest) or len(re.findall(r"\w+", rest)) <= 4 and not re.search(SPLIT[lang], rest, re.IGNORECASE)
            following = named_after(text, s.end, lang, names) if one else []
            if following:
                first = _promise(_dash_name(rest), lang, names)
                _add(out, ([first] if first else []) + following)
                listed_to = max(listed_to, _line_end(text, s.end))
                continue
            if not re.search(r"\w", before):  # "Nachhaltigkeit ist uns wichtig: Wir arbeiten…": named before the cue
                _add(out, _before_colon(text[s.start:start], lang, names))
            explained = _explained(rest, lang, names)
            if explained:
                _add(out, explained)
                continue
        clause = _that_clause(rest, lang, names)
        if clause:  # "obećavamo da ćemo ga naručiti i javiti vam se čim stigne": one promise, not pieces
            _add(out, [clause])
            continue
        rest = _dash_name(rest)  # "Ride first - we advise on the bike you'll ride, not the most expensive one": its name
        rest = re.sub(r"\s*\([^()]*\)", "", rest)  # "Ehrlichkeit (auch wenn es unbequem ist)": the value, not its aside
        if len(re.findall(r"\w+", rest)) < 1:
            # "Uns sind Ehrlichkeit und Tempo wichtig": inside the cue; "Honesty and speed are important to us": before it
            rest = _inside(cue, s, start, end, text, lang) or _before_pointer(text[s.start:start])
        whole = _conditional_promise(rest, lang, names)
        if whole:  # "if something isn't right, we'll put it right": one promise, not three pieces
            _add(out, [whole])
            continue
        for k, piece in enumerate(re.split(SPLIT[lang], rest, flags=re.IGNORECASE)):
            if k and re.match(r"\s*(?:not|nicht|ne)\b", piece, re.IGNORECASE):
                continue  # "…written by real booksellers, not by an algorithm": what it is not, no value of its own
            piece = _contrast_words(lang).split(piece)[0]  # "honest advice rather than quick sales": the first part
            words = re.findall(r"[^\W\d_][\w'’-]*", piece)
            while words:
                if words[0].lower() not in NEGATIONS[lang] and (
                        words[0].lower() in stop or words[0].lower() in ("being", "to", "that", "dass", "da")):
                    words.pop(0)
                elif len(words) > 1 and lang != "en" and _is_verb(words[0], lang):  # "beraten ehrlich" -> "ehrlich"
                    # (not in English, whose verb leads its phrase: "take the time" is no "time", trial 19)
                    words.pop(0)
                else:
                    break
            while words and words[-1].lower() in stop:
                words.pop()
            if not words or len(words) > VALUE_MAX_WORDS or re.search(r"\d", piece):
                continue
            content = [w for w in words if w.lower() not in stop]
            if not content or any(_plain(w) in names for w in content):
                continue
            if len(words) == 1 and not _value_word(words[0], lang):
                continue  # "call" of "one call, one solution", "okolici" of "u Osijeku i okolici": a piece, no value
            phrase = " ".join(words)
            phrase = phrase if lang == "de" else phrase.lower()
            _add(out, [phrase])
    _add(out, stated_promises(text, lang, names, cued))
    return out[:12]
