"""The insights line under the feedback: most-used words as the user reads them (German nouns with
their capital, one base form for several forms of a verb, names as written) and only words of good
service, never a function word or a name, in hr, de and en."""

from __future__ import annotations

import pytest

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


def test_a_transcript_in_small_letters_shows_german_nouns_with_their_capital():
    text = ("also an der kasse in der bäckerei war am samstag eine lange schlange und die schlange wurde immer "
            "länger also habe ich in der bäckerei eine zweite kasse aufgemacht und die leute waren froh")
    words = {w["word"] for w in insights("full-queue", text, "de")["most_used_words"]}
    assert {"Bäckerei", "Schlange", "Kasse"} <= words
    assert not {"bäckerei", "schlange", "kasse"} & words


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


AVAILABILITY = {
    "en": ("Yes, I can work weekends, evenings and public holidays. I fixed my childcare, so early shifts are fine too, "
           "and I'm happy to swap with a colleague when the team needs it. Customers need us most on Saturdays."),
    "de": ("Ja, ich kann am Wochenende, abends und an Feiertagen arbeiten. Die Kinderbetreuung ist geregelt, Frühschichten "
           "gehen also auch, und ich tausche gern mit Kollegen, wenn es nötig ist. Am Samstag brauchen uns die Kunden am meisten."),
    "hr": ("Da, mogu raditi vikendom, navečer i praznicima. Čuvanje djece sam riješila pa mogu i jutarnje smjene, a rado ću "
           "se mijenjati s kolegama kad treba. Kupci nas najviše trebaju subotom, i želim da odu zadovoljni."),
}
SERVICE = {
    "en": ("A customer came back with a broken kettle and was upset. I listened, said sorry and offered a refund or a "
           "new one straight away. She took the new one and thanked me."),
    "de": ("Eine Kundin kam mit einem kaputten Wasserkocher zurück und war verärgert. Ich habe zugehört, mich entschuldigt "
           "und sofort einen Umtausch angeboten. Sie hat sich bedankt."),
    "hr": ("Kupkinja je vratila pokvareno kuhalo i bila je ljuta. Saslušala sam je, ispričala se i odmah ponudila "
           "zamjenu ili povrat novca. Uzela je novo kuhalo i zahvalila mi."),
}


def test_good_service_is_praised_only_where_the_question_is_about_serving_customers():
    for lang in ("hr", "de", "en"):
        fb = feedback("availability", AVAILABILITY[lang], lang=lang, ui_lang="en")
        assert fb.insights["job_terms_used"] == [] and fb.insights["service_elements_shown"] == [], lang
        assert not any(s.startswith("You show good service") for s in fb.strengths), (lang, fb.strengths)
        fb = feedback("difficult-customer", SERVICE[lang], lang=lang, ui_lang="en")
        assert fb.insights["job_terms_used"], lang  # the same kind of words, on a question about a customer


# words that say nothing about what the answer is about: never among the most-used words or the words of good
# service (job-seeker trials: "prvo (2), onda (2)", "ganz, mal", "Zeit, Minuten", "problem, jednostavno")
PLAIN = {
    "en": ("First I listened, then I asked what the problem was. Then I really took my time: first the bill, then the "
           "contract, then the problem with the router. It took ten minutes, but then it was simply sorted. I explained it "
           "clearly and quickly, without rushing and without jargon.",
           {"then", "first", "really", "problem", "minutes", "simply", "clearly", "quickly", "without"}),
    "de": ("Dann habe ich mal zugehört und dann ganz einfach gefragt, was das Problem ist. Dann habe ich mir mal Zeit "
           "genommen: erst die Rechnung, dann der Vertrag, dann das Problem mit dem Router. Das hat zehn Minuten "
           "gedauert, aber dann war es ganz einfach gelöst. Ich habe es klar und schnell erklärt.",
           {"dann", "mal", "ganz", "einfach", "Problem", "Zeit", "Minuten", "klar", "schnell"}),
    "hr": ("Prvo sam saslušala, onda sam pitala koji je problem. Onda sam si stvarno uzela vremena: prvo račun, onda "
           "ugovor, onda problem s ruterom. Trajalo je deset minuta, ali onda je jednostavno bilo riješeno. Jasno i "
           "brzo sam sve objasnila, bez žurbe i bez stručnih riječi.", {"prvo", "onda", "stvarno", "problem", "minuta",
                                                                  "jednostavno", "pitala", "jasno", "brzo", "bez"}),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_plain_words_are_neither_most_used_nor_words_of_service(lang):
    text, plain = PLAIN[lang]
    fb = feedback("difficult-customer", text, lang=lang, ui_lang="en")
    shown = {w["word"] for w in fb.insights["most_used_words"]} | set(fb.insights["job_terms_used"])
    assert not shown & plain, shown & plain


def test_an_english_service_word_is_shown_without_its_s():
    text = ("If the target's there, I plan my week around it and I check my numbers every Friday, so I know where I "
            "stand and what I can still do for the customers.")
    terms = insights("sales-targets", text, "en")["job_terms_used"]
    assert "target" in terms and not any(t.endswith(("'s", "’s")) for t in terms), terms


STEMS = {  # two forms of one word whose common stem is no word: the form the answer uses is shown
    "en": ("The engineer fixes the router and the line. He fixed the cabinet too, and he fixes it the same day.", "fixe"),
    "hr": ("Nove cijene i novi katalog stigli su u ponedjeljak. Nove cijene sam odmah naučila.", "nov"),
}


@pytest.mark.parametrize("lang", sorted(STEMS))
def test_a_stem_that_is_no_word_of_the_answer_is_not_shown(lang):
    text, stem = STEMS[lang]
    words = [w["word"] for w in insights("learn-systems", text, lang)["most_used_words"]]
    assert words and stem not in words, words


def test_a_contraction_is_no_most_used_word():
    text = ("I haven't worked in a shop yet, and I haven't used a till, but I learn fast. I haven't missed a day of "
            "school this year.")
    words = [w["word"].lower() for w in insights("learn-systems", text, "en")["most_used_words"]]
    assert "haven't" not in words, words
