"""The insights line under the feedback: most-used words as the user reads them (German nouns with
their capital, one base form for several forms of a verb, names as written) and only words of good
service, never a function word or a name, in hr, de and en."""

from __future__ import annotations

from interview_coach import feedback


def insights(qid: str, text: str, lang: str) -> dict:
    return feedback(qid, text, lang=lang, ui_lang=lang).insights


def test_german_nouns_keep_their_capital_and_verb_forms_count_as_one_word():
    text = ("Ein Kunde hat mir gesagt, dass seine Rechnung falsch war. Ich sage ihm dann ehrlich, was ich prüfe, "
            "und der Kunde wartet kurz. Danach sagen wir gemeinsam, wie es weitergeht, und die Rechnung stimmt.")
    words = {w["word"]: w["count"] for w in insights("difficult-customer", text, "de")["most_used_words"]}
    assert words.get("Kunde") == 2 and words.get("Rechnung") == 2
    assert words.get("sagen") == 3  # gesagt, sage, sagen
    assert not any(w[:1].islower() and w.lower() in ("kunde", "rechnung") for w in words)


def test_no_function_word_is_a_word_of_good_service():
    text = ("Ich frage den Kunden, was passiert ist und wie ich helfen kann. Dann erkläre ich, was ich tun werde, "
            "entschuldige mich und biete einen Umtausch an.")
    terms = insights("difficult-customer", text, "de")["job_terms_used"]
    assert terms and not {"was", "wie"} & {t.lower() for t in terms}


def test_a_name_is_shown_as_written_and_is_no_word_of_good_service():
    en = ("My colleague Mark and I helped an upset customer. Mark checked the stock while I said sorry and "
          "offered a refund, and the customer came back the next week.")
    ins = insights("difficult-customer", en, "en")
    assert {"word": "Mark", "count": 2} in ins["most_used_words"]
    assert "Mark" not in ins["job_terms_used"] and "sorry" in ins["job_terms_used"]
    hr = ("S kolegom Markom sam smirila ljutu kupkinju. Za Marka sam provjerila skladište, ispričala se kupkinji i "
          "ponudila zamjenu, a Marku sam poslije zahvalila.")
    ins = insights("difficult-customer", hr, "hr")
    assert not any(t.lower().startswith("mark") for t in ins["job_terms_used"])
    assert all(w["word"][:1].isupper() for w in ins["most_used_words"] if w["word"].lower().startswith("mark"))
