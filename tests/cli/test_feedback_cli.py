"""``feedback`` and ``company analyze`` from the command line, in each language."""

from __future__ import annotations

import json
import re

import pytest

from interview_coach.nlp import embed

ANSWERS = {
    "en": ("Last spring a customer called because her washing machine had been delivered without the hoses. "
           "I apologised, checked the order and saw the warehouse had forgotten them. I arranged a courier the "
           "same afternoon and called her back to confirm. She thanked me and later left a good review."),
    "de": ("Letzten Frühling rief eine Kundin an, weil ihre Waschmaschine ohne Schläuche geliefert worden war. "
           "Ich habe mich entschuldigt, die Bestellung geprüft und gesehen, dass das Lager sie vergessen hatte. "
           "Ich habe noch am selben Nachmittag einen Kurier organisiert und sie zur Bestätigung zurückgerufen. "
           "Sie bedankte sich und schrieb später eine gute Bewertung."),
    "hr": ("Prošlog proljeća nazvala je kupkinja jer joj je perilica rublja dostavljena bez crijeva. Ispričala sam "
           "se, provjerila narudžbu i vidjela da su ih u skladištu zaboravili. Isto poslijepodne organizirala sam "
           "dostavu kurirom i nazvala je da potvrdim. Zahvalila mi je i kasnije ostavila dobru recenziju."),
}
SCORE_WORD = {"en": "Score", "de": "Punktzahl", "hr": "Ocjena"}
LENGTH_LINE = {"en": r"Length: \d+ words?, about \d+ seconds? spoken", "de": r"Länge: \d+ W(ort|örter), etwa \d+ Sekunden? Sprechzeit",
               "hr": r"Duljina: \d+ riječi?, oko \d+ sekund[ei] govora"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_feedback_text_output_in_each_language(run_cli, tmp_path, lang):
    path = tmp_path / "answer.txt"
    path.write_text(ANSWERS[lang], "utf-8")
    result = run_cli("--ui-lang", lang, "feedback", "--question", "difficult-customer", "--answer-file", path)
    assert result.exit_code == 0, result.output
    assert SCORE_WORD[lang] in result.output
    assert re.search(LENGTH_LINE[lang], result.output), result.output


STAR_LINE = {"en": "Example (STAR)", "de": "Beispiel (STAR)", "hr": "Primjer (STAR)"}
SALARY = {"en": "About twelve pounds an hour, which is what similar jobs pay here, but I am open to talking about it.",
          "de": "Etwa vierzehn Euro die Stunde, so viel zahlen ähnliche Stellen hier, aber ich bin da offen.",
          "hr": "Oko osam eura po satu, koliko plaćaju slični poslovi ovdje, ali otvorena sam za dogovor."}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_story_line_only_where_the_question_asks_for_a_story(run_cli, tmp_path, lang):
    story, salary = tmp_path / "story.txt", tmp_path / "salary.txt"
    story.write_text(ANSWERS[lang], "utf-8")
    salary.write_text(SALARY[lang], "utf-8")
    asked = run_cli("--ui-lang", lang, "feedback", "--question", "difficult-customer", "--answer-file", story)
    assert STAR_LINE[lang] in asked.output, asked.output
    star = next(line for line in asked.output.splitlines() if STAR_LINE[lang] + ":" in line)
    assert "✗" not in star and star.count("✓") >= 3, star  # a full story; an implied task is no cross
    not_asked = run_cli("--ui-lang", lang, "feedback", "--question", "salary", "--answer-file", salary)
    assert not_asked.exit_code == 0 and STAR_LINE[lang] not in not_asked.output, not_asked.output
    # a story told where none is asked for: no STAR line and no "Example" bar to puzzle over (native reviewers)
    told = run_cli("--ui-lang", lang, "feedback", "--question", "qualities", "--answer-file", story)
    assert told.exit_code == 0 and STAR_LINE[lang] not in told.output, told.output
    bar = re.compile(r"^\s+" + re.escape(STAR_LINE[lang]) + r"\s+[█·]", re.M)
    assert bar.search(asked.output) and not bar.search(told.output), told.output


@pytest.mark.parametrize("answer_lang,ui", [("de", "hr"), ("hr", "en"), ("en", "de")])
def test_feedback_json_from_stdin_any_answer_language(run_cli, answer_lang, ui):
    result = run_cli("feedback", "--question", "too-long", "--ui-lang", ui, "--json", input=ANSWERS[answer_lang])
    data = json.loads(result.output)
    assert data["language"] == answer_lang and data["ui_language"] == ui
    assert data["question_id"] == "too-long" and data["suggestions"]


def test_feedback_with_question_text(run_cli):
    result = run_cli("feedback", "--question-text", "Tell me about a time you fixed a delivery problem.", "--json",
                     input=ANSWERS["en"])
    data = json.loads(result.output)
    assert data["question_id"] is None and data["relevance"] > 0.5 and data["has_example"]
    assert data["dimensions"]["key_points"] is None


def test_feedback_errors_are_clear(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", "utf-8")
    result = run_cli("--ui-lang", "de", "feedback", "--question", "what-is-cs", "--answer-file", empty)
    assert result.exit_code == 2 and "Die Antwort ist leer" in result.output
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Kunde war verärgert und ich habe geholfen.".encode("latin-1"))
    result = run_cli("feedback", "--question", "what-is-cs", "--answer-file", latin)
    assert result.exit_code == 2 and "UTF-8" in result.output
    result = run_cli("feedback", "--question", "nope", "--answer-file", latin)
    assert result.exit_code == 2 and "nope" in result.output
    result = run_cli("feedback", "--answer-file", latin)
    assert result.exit_code == 2 and "--question" in result.output
    result = run_cli("feedback", "--question", "what-is-cs", "--answer-file", tmp_path / "missing.txt")
    assert result.exit_code == 2 and "missing.txt" in result.output


def test_disable_switches_checks_off(run_cli):
    data = json.loads(run_cli("feedback", "--question", "what-is-cs", "--disable", "wording", "--disable",
                              "delivery.length", "--json", input=ANSWERS["en"]).output)
    assert data["dimensions"]["wording"] is None and data["dimensions"]["length"] is None
    assert not data["findings"]


@pytest.mark.parametrize("ui, said", [("en", "No check is called"), ("de", "Eine Prüfung namens"),
                                      ("hr", "Ne postoji provjera")])
def test_an_unknown_check_to_disable_is_an_error(run_cli, ui, said):
    result = run_cli("--ui-lang", ui, "feedback", "--question", "what-is-cs", "--disable", "wording.hedgez",
                     input=ANSWERS["en"])
    assert result.exit_code == 2 and said in result.output and "wording.hedgez" in result.output


def test_batch_embeds_each_distinct_text_once(run_cli, tmp_path):
    answer = ANSWERS["de"] + " Zusätzlich ein Satz, der nur in diesem Test vorkommt, Nummer 7319."
    lines = [{"id": f"a{i}", "question_id": qid, "answer": answer}
             for i, qid in enumerate(["difficult-customer", "too-long", "dont-know", "above-and-beyond"])]
    lines.append({"id": "bad", "question_id": "too-long", "answer": ""})
    lines.append({"id": "unknown", "question_id": "no-such", "answer": answer})
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n", "utf-8")
    before = dict(embed.stats)
    result = run_cli("feedback", "--batch", path, "--json")
    out = [json.loads(l) for l in result.output.splitlines()]
    assert result.exit_code == 1
    assert [o["id"] for o in out] == ["a0", "a1", "a2", "a3", "bad", "unknown", None]
    assert all("score" in o for o in out[:4])
    assert out[4]["error"]["code"] == "empty" and out[5]["error"]["code"] == "unknown-question"
    assert out[6]["error"]["code"] == "bad-line" and out[6]["line"] == 7
    n_sentences = 5
    new_passages = embed.stats["embedded"] - before["embedded"]
    assert new_passages <= n_sentences + 4 * 6 + 8, new_passages  # sentences once; key points at most once each
    # the same batch again embeds nothing new
    before = dict(embed.stats)
    run_cli("feedback", "--batch", path, "--json")
    assert embed.stats["embedded"] == before["embedded"]


ABOUT = {
    "en": ("Founded in 1998 in Zagreb, Konzum is Croatia's largest retail chain. We put our customers first: "
           "friendly staff, fresh local products and fair prices every day. Our loyalty programme rewards regular "
           "customers, and our teams are trained to give quick, helpful advice. Copyright 2024. All rights reserved."),
    "de": ("Die Müller Handels GmbH wurde 1985 in Graz gegründet. Bei uns steht der Kunde im Mittelpunkt: "
           "freundliche Beratung, regionale Produkte und faire Preise. Mit unserer Kundenkarte belohnen wir "
           "Stammkunden, und unsere Teams beraten schnell und kompetent. Impressum. Datenschutz."),
    "hr": ("Tvrtka Konzum osnovana je 1957. u Zagrebu i najveći je trgovački lanac u Hrvatskoj. Kupci su nam na "
           "prvom mjestu: ljubazno osoblje, svježi domaći proizvodi i poštene cijene. Program vjernosti nagrađuje "
           "stalne kupce, a naši timovi pružaju brz i stručan savjet. Sva prava pridržana."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_company_analyze_filters_names_and_boilerplate(run_cli, tmp_path, lang):
    path = tmp_path / "about.txt"
    path.write_text(ABOUT[lang], "utf-8")
    data = json.loads(run_cli("company", "analyze", path, "--json").output)
    terms = " ".join(k["term"].lower() for k in data["keywords"])
    assert data["language"] == lang and len(data["keywords"]) >= 4
    for name in ("konzum", "zagreb", "müller", "graz", "croatia", "hrvatsk", "copyright", "impressum", "datenschutz",
                 "1998", "1985", "gmbh", "prava"):
        assert name not in terms, (name, terms)


def test_company_fit_rewards_the_company_words(run_cli, tmp_path):
    about = tmp_path / "about.txt"
    about.write_text(ABOUT["en"], "utf-8")
    plain = "I like helping people and I work hard. " * 3
    tailored = ("I like helping people, and your focus on friendly staff and helpful advice is how I work. "
                "I would also enjoy telling regular customers about the loyalty programme and fresh local products.")
    a = json.loads(run_cli("feedback", "--question", "company-fit", "--company", about, "--json", input=plain).output)
    b = json.loads(run_cli("feedback", "--question", "company-fit", "--company", about, "--json", input=tailored).output)
    assert b["dimensions"]["company_fit"] > a["dimensions"]["company_fit"]
    assert b["company"]["used"] and a["company"]["could_add"]


def test_company_file_errors(run_cli, tmp_path):
    bad = tmp_path / "c.yml"
    bad.write_text("name: [", "utf-8")
    result = run_cli("feedback", "--question", "company-fit", "--company", bad, input=ANSWERS["en"])
    assert result.exit_code == 2 and "c.yml" in result.output
    empty = tmp_path / "e.txt"
    empty.write_text("", "utf-8")
    assert run_cli("company", "analyze", empty).exit_code == 2


TWO_PITFALLS = {  # one sentence that blames others and confronts the customer
    "en": "A customer shouted at me once. I told him straight that he was wrong and that it was not my problem, "
          "the warehouse had messed up.",
    "de": "Ein Kunde hat mich einmal angeschrien. Ich habe ihm klar gesagt, dass er falschliegt und dass das nicht "
          "mein Problem ist, das Lager hat Mist gebaut.",
    "hr": "Jednom je kupac vikao na mene. Rekla sam mu ravno u lice da nije u pravu i da to nije moj problem, "
          "skladište je zabrljalo.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_pitfalls_section_names_each_pitfall_and_quotes_its_sentence_once(run_cli, tmp_path, lang):
    from interview_coach.checks import pitfalls

    path = tmp_path / "answer.txt"
    path.write_text(TWO_PITFALLS[lang], "utf-8")
    data = json.loads(run_cli("feedback", "--question", "difficult-customer", "--answer-file", path, "--lang", lang,
                              "--ui-lang", lang, "--json").output)
    found = [p["id"] for p in data["pitfalls"]]
    assert len(found) >= 2 and len({p["evidence"]["text"] for p in data["pitfalls"]}) == 1, data["pitfalls"]
    out = run_cli("--ui-lang", lang, "feedback", "--question", "difficult-customer", "--answer-file", path,
                  "--lang", lang).output
    marked = [i for i, line in enumerate(out.splitlines()) if line.startswith("  !")]
    assert len(marked) == 1, out  # the sentence once, not once per pitfall
    item = out.splitlines()[marked[0]:]
    item = " ".join(line.strip() for line in item[:next((i for i, l in enumerate(item) if not l.strip()), len(item))])
    # each name once; after a semicolon in lower case but in German ("Blaming or complaining; arguing…")
    assert all(pitfalls.names(lang)[pid][1:] in item for pid in found), item
    assert lang == "de" or all(f"; {pitfalls.names(lang)[pid][:1].upper()}" not in item for pid in found[1:]), item
    assert data["pitfalls"][0]["evidence"]["text"][:20] in item


GOOD_SERVICE = {"en": "Good service", "de": "Guter Service", "hr": "Dobra usluga"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_no_good_service_bar_where_service_is_not_the_subject(run_cli, tmp_path, lang):
    story, salary = tmp_path / "story.txt", tmp_path / "salary.txt"
    story.write_text(ANSWERS[lang], "utf-8")
    salary.write_text(SALARY[lang], "utf-8")
    asked = run_cli("--ui-lang", lang, "feedback", "--question", "difficult-customer", "--answer-file", story)
    assert re.search(GOOD_SERVICE[lang] + r" +█", asked.output), asked.output
    pay = run_cli("--ui-lang", lang, "feedback", "--question", "salary", "--answer-file", salary, "--no-save")
    assert pay.exit_code == 0 and not re.search(GOOD_SERVICE[lang] + r" +[█·]", pay.output), pay.output
    data = json.loads(run_cli("feedback", "--question", "salary", "--answer-file", salary, "--json").output)
    assert data["insights"]["about_service"] is False and data["dimensions"]["elements"] is not None


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_bars_stand_in_one_column_whatever_the_labels_length(run_cli, tmp_path, lang):
    # "Bezug zum Unternehmen", "Usklađenost s tvrtkom": longer than the other dimensions' names
    about = tmp_path / "about.txt"
    about.write_text(ABOUT[lang], "utf-8")
    result = run_cli("--ui-lang", lang, "feedback", "--question", "company-fit", "--lang", lang, "--company", about,
                     input=SALARY[lang])
    assert result.exit_code == 0, result.output
    bars = [line for line in result.output.splitlines() if re.search(r"[█·]{20} +\d+$", line)]
    assert len(bars) >= 5, result.output
    assert len({re.search(r"[█·]", line).start() for line in bars}) == 1, "\n".join(bars)


# the repeat-caller question told as a scene: its key points are borrowed, and the output says whose they are
SCENE = {"en": "A woman calls us for the third time this week because her router keeps dropping out every evening. "
               "This time you pick up. How do you handle the call?",
         "de": "Eine Kundin ruft diese Woche schon zum dritten Mal an, weil ihr Router jeden Abend ausfällt. Diesmal "
               "nehmen Sie ab. Wie führen Sie das Gespräch?",
         "hr": "Korisnica nas ovaj tjedan zove već treći put jer joj se ruter svake večeri gasi. Ovaj put se javljate "
               "vi. Kako vodite razgovor?"}
SCENE_ANSWER = {"en": "I'd be friendly and patient with her and tell her to restart the router, because that usually "
                      "fixes it. If it still doesn't work, she can call us again and a colleague will have a look.",
                "de": "Ich würde ihr sagen, dass es mir leid tut, dass der Router immer noch ausfällt, und sie "
                      "bitten, ihn neu zu starten, weil das meistens hilft. Wenn es dann immer noch nicht geht, kann "
                      "sie uns wieder anrufen.",

                "hr": "Bila bih ljubazna i strpljiva i rekla bih joj da još jednom ponovno pokrene ruter jer to obično "
                      "pomogne. Ako internet i dalje ne radi, može nas ponovno nazvati pa će netko od kolega pogledati."}
BORROWED_LINE = {"en": "Your question is not in the question bank; these are the key points of a similar one",
                 "de": "Ihre Frage steht nicht im Fragenkatalog; das sind die Kernpunkte einer ähnlichen Frage",
                 "hr": "Vašeg pitanja nema u bazi pitanja; ovo su ključne točke sličnoga"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_borrowed_key_points_are_shown_as_a_similar_questions(run_cli, tmp_path, lang):
    from interview_coach.bank import default_bank

    bank = default_bank()
    path = tmp_path / "answer.txt"
    path.write_text(SCENE_ANSWER[lang], "utf-8")
    result = run_cli("--ui-lang", lang, "feedback", "--question-text", SCENE[lang], "--answer-file", path, "--no-save")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert BORROWED_LINE[lang] in flat
    assert " ".join(bank.question("repeat-caller").in_lang(lang).text.split())[:30] in flat
    as_json = json.loads(run_cli("--ui-lang", lang, "feedback", "--question-text", SCENE[lang], "--answer-file", path,
                                 "--no-save", "--json").output)
    assert as_json["insights"]["key_points_from"]["id"] == "repeat-caller" and as_json["key_points"]
