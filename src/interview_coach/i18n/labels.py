"""Names shown for ids (categories, feedback dimensions, bands, STAR parts): marked here once for
translation, translated where they are shown (CLI, reports, web)."""

import re

from . import _

CATEGORY_NAMES = {
    "opening": _("Opening"),
    "definition": _("What service means"),
    "motivation": _("Motivation"),
    "company-fit": _("Company fit"),
    "company-research": _("Company research"),
    "behavioural": _("Behavioural"),
    "situational": _("Situational"),
    "qualities": _("Qualities"),
    "experience": _("Experience"),
    "career": _("Career"),
    "sales": _("Sales"),
    "practical": _("Practical matters"),
}
ROLE_NAMES = {
    "shop": _("Shop floor (retail)"),
    "call-centre": _("Call centre"),
    "front-desk": _("Hotel front desk"),
    "counter": _("Bank or telecom counter"),
}
DIMENSION_NAMES = {"relevance": _("Relevance"), "key_points": _("Key points"), "elements": _("Good service"),
                   "example": _("Example (STAR)"), "company_fit": _("Company fit"), "length": _("Length"),
                   "wording": _("Wording"), "delivery": _("Delivery")}
BAND_NAMES = {"strong": _("strong"), "good": _("good"), "developing": _("developing"), "weak": _("weak"),
              "cannot-judge": _("cannot judge")}
STAR_NAMES = {"situation": _("Situation"), "task": _("Task"), "action": _("Action"), "result": _("Result")}

# Quotation marks for a quoted answer, by interface language
QUOTES = {"de": ("„", "“"), "hr": ("„", "”"), "en": ("“", "”")}


# German words that start a label and are written small inside a sentence (articles, pronouns,
# question words, prepositions, numbers); nouns keep their capital
_DE_SMALL = frozenset("""die der das den dem des ein eine einen einem einer was wie warum wer wenn dass bei mit nach
in am im zu zuerst erst nur sich es etwas jedes jeder jede diese dieser dieses andere anderen niemanden zwei drei
klar feste begründet verbunden""".split())


def in_sentence(label: str, lang: str) -> str:
    """A label (a key point, an element of service) as it reads inside a sentence, after a colon (its own
    colon a dash): small
    first letter in Croatian and English, and in German unless the first word is a noun ("Offenheit
    für …", "Belege, dass …" keep theirs; "Eine konkrete Lösung anbieten", "Anbieten, was geht",
    "Klare Kommunikation" do not)."""
    label = label.replace(": ", " – ")  # no second colon after the sentence's own
    if lang == "de":  # a sentence after the colon goes on small after the dash: "anbieten – die Kontoinhaberin …"
        label = re.sub(r" – (Die|Der|Das|Den|Dem|Ein|Eine|Einen|Er|Es|Wir|Man) ", lambda m: f" – {m.group(1).lower()} ", label)
    words = label.split()
    if not words or (len(words[0]) > 1 and words[0][1].isupper()) or (lang == "en" and words[0] == "I"):
        return label
    if lang == "de":
        first = words[0].rstrip(",.:;").lower()
        nxt = words[1] if len(words) > 1 else ""
        if first in ("sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"):
            return label  # the polite "Sie" and "Ihre" keep their capital
        small = (first in _DE_SMALL or first.endswith(("ig", "lich", "isch", "voll", "sam"))
                 or (words[0].endswith(",") and first.endswith("en"))           # "Anbieten, was geht"
                 or (first.endswith(("e", "en", "er", "es")) and nxt[:1].isupper()))  # "Klare Kommunikation"
        if not small:
            return label
    return label[:1].lower() + label[1:]


def as_item(label: str, lang: str) -> str:
    """A key point named as an item of the interviewer's list, in the interface language's quotation marks
    and with its own capital: labels are phrased in several ways ("Raise it calmly, in private", "A real
    stressful moment", "That you are ready now"), which read as a list only when quoted (job-seeker trials)."""
    left, right = QUOTES.get(lang, QUOTES["en"])
    return f"{left}{_inner_quotes(label.replace(': ', ' – '), lang)}{right}"


INNER_QUOTES = {"de": ("‚", "‘"), "hr": ("‚", "’"), "en": ("‘", "’")}


def _inner_quotes(label: str, lang: str) -> str:
    """A quotation inside a quoted label in single marks ("…oder ‚irgendeinem Job‘"), not nested double ones."""
    marks, out = iter(INNER_QUOTES.get(lang, INNER_QUOTES["en"]) * len(label)), []
    for ch in label:
        out.append(next(marks) if ch in "„“”\"«»" else ch)
    return "".join(out)


QUOTE_MARKS = "\"“”„‚‘’«»"
VALUE_NAME_WORDS = 5  # a value's own name before its explanation ("Straight answers: if the cheaper…")


def value_name(value: str, lang: str) -> str:
    """A value as it reads in a list of values: its name in quotes, without the sentence that explains
    it ("straight answers: if the cheaper option will do the job, we say so" -> “straight answers”); the
    quotes keep a slogan with a comma one item („Ehrlich beraten, sauber reparieren“ und „Geduld“)."""
    name = value.strip()
    for mark in (": ", " – ", " - "):
        head = name.split(mark, 1)[0].strip()
        if head != name and 0 < len(head.split()) <= VALUE_NAME_WORDS:
            name = head
            break
    left, right = QUOTES.get(lang, QUOTES["en"])
    return f"{left}{name.strip(QUOTE_MARKS)}{right}"
