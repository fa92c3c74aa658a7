"""The feedback object: languages, evidence offsets, JSON shape, bad input."""

from __future__ import annotations

import json

import pytest

from interview_coach import feedback
from interview_coach.bank import UnknownQuestion
from interview_coach.engine import MAX_CHARS, AnswerError
from interview_coach.result import DIMENSIONS

from .conftest import PARALLEL

LANGS = ("hr", "de", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_language_is_detected_and_feedback_follows_the_interface(bank, lang):
    fb = feedback("difficult-customer", PARALLEL[lang], ui_lang="hr", bank=bank)
    assert fb.language == lang and fb.ui_language == "hr"
    labels = {k.id: k.label for k in fb.key_points}
    assert labels["listen-ask"] == "Pitati što nije u redu i slušati bez prekidanja"
    assert {e.label for e in fb.elements} >= {"Empatija", "Slušanje"}


@pytest.mark.parametrize("ui", LANGS)
def test_suggestions_are_in_the_interface_language(bank, ui):
    fb = feedback("difficult-customer", "Ich würde dem Kunden helfen.", ui_lang=ui, bank=bank)
    expected = {"en": "Tell one real example", "de": "Erzählen Sie ein echtes Beispiel",
                "hr": "Ispričajte jedan stvaran primjer"}[ui]
    assert any(s.startswith(expected) for s in fb.suggestions), fb.suggestions


@pytest.mark.parametrize("lang", LANGS)
def test_evidence_quotes_the_answer_at_its_offsets(bank, lang):
    text = PARALLEL[lang]
    data = feedback("difficult-customer", text, bank=bank).to_json()
    evidences = [k["evidence"] for k in data["key_points"] + data["elements"] if k["evidence"]]
    evidences += [p["evidence"] for p in data["star"].values() if p["evidence"]]
    assert evidences
    for e in evidences:
        assert text[e["start"]:e["end"]] == e["text"]


def test_json_shape(bank):
    data = json.loads(json.dumps(feedback("difficult-customer", PARALLEL["en"], bank=bank).to_json()))
    for key in ("schema_version", "question_id", "language", "score", "band", "relevance", "dimensions",
                "key_points", "elements", "star", "has_example", "suggestions", "insights"):
        assert key in data
    assert set(DIMENSIONS) <= set(data["dimensions"])
    assert 0 <= data["score"] <= 100 and 0 <= data["relevance"] <= 1
    assert set(data["star"]) == {"situation", "task", "action", "result"}
    assert all(set(k) >= {"id", "covered", "evidence"} for k in data["key_points"])
    assert data["dimensions"]["company_fit"] is None
    assert {"most_used_words", "job_terms_used", "talking_points"} <= set(data["insights"])


def test_wording_problems_are_found_and_quoted(bank):
    text = ("Um, I basically, you know, helped. It wasn't my fault, the customer was an idiot and my boss was "
            "terrible. I think maybe I would probably do it again.")
    fb = feedback("difficult-customer", text, bank=bank)
    ids = {f.id for f in fb.findings if f.polarity == "avoid"}
    assert {"wording.filler_words", "wording.negativity", "wording.defensive", "wording.hedges"} <= ids
    assert fb.dimensions["wording"] < 40


@pytest.mark.parametrize("answer,code", [("", "empty"), ("   \n\t ", "empty"), ("a\x00b\x00c", "binary"),
                                         (b"\xff\xfe\x00d", "binary"), ("word " * (MAX_CHARS // 4), "too-long")])
def test_bad_answers_give_a_clear_error(bank, answer, code):
    with pytest.raises(AnswerError) as info:
        feedback("what-is-cs", answer, bank=bank)
    assert info.value.code == code


def test_a_megabyte_is_refused_before_any_work(bank):
    with pytest.raises(AnswerError) as info:
        feedback("what-is-cs", "x" * 1_000_000, bank=bank)
    assert info.value.code == "too-long"


def test_unknown_question_id(bank):
    with pytest.raises(UnknownQuestion):
        feedback("no-such-question", "Some answer text here.", bank=bank)


def test_unsupported_language_is_not_judged(bank):
    fb = feedback("difficult-customer", "L'année dernière, un client était très en colère parce que sa commande "
                  "était en retard. Je l'ai écouté et je lui ai proposé une livraison gratuite.", bank=bank)
    assert not fb.judged and fb.score is None and fb.band == "cannot-judge"
    assert fb.reason == "unsupported-language" and fb.suggestions


def test_mixed_language_answer_is_judged_with_a_note(bank):
    text = PARALLEL["en"] + " " + PARALLEL["de"]
    fb = feedback("difficult-customer", text, bank=bank)
    assert fb.judged and "mixed-language" in fb.notes and fb.language in ("en", "de")


@pytest.mark.parametrize("lang", ["auto", "hr", "de", "en"])
def test_an_answer_in_another_script_is_never_judged_as_hr_de_or_en(bank, lang):
    chinese = "我非常喜欢帮助顾客解决问题。在我以前的工作中，我每天为很多顾客服务，他们都很满意。"
    fb = feedback("why-cs", chinese, lang=lang, bank=bank)
    assert not fb.judged and fb.reason == "unsupported-language" and fb.score is None


@pytest.mark.parametrize("given", LANGS)
def test_a_given_language_is_not_trusted_for_an_answer_plainly_in_another(bank, given):
    french = ("J'aime beaucoup aider les clients à résoudre leurs problèmes. Dans mon ancien travail, je servais "
              "beaucoup de clients chaque jour et ils revenaient souvent.")
    assert feedback("why-cs", french, lang=given, bank=bank).reason == "unsupported-language"
    own = feedback("why-cs", PARALLEL[given], lang=given, bank=bank)
    assert own.judged and own.language == given


@pytest.mark.parametrize("text", ["这是一个中文的公司介绍文本，我们重视客户。",
                                  "Мы ценим каждого клиента и всегда готовы помочь в нашем магазине."])
def test_a_company_text_in_another_script_is_refused_not_read_as_croatian(text):
    from interview_coach.company import CompanyError, analyze

    with pytest.raises(CompanyError) as info:
        analyze(text)
    assert info.value.code == "unsupported-language"


WE_STORIES = {
    "en": ("Last December our shop ran out of the toy everyone wanted. We called the other branches, we put the "
           "waiting customers on a list and we rang each of them when the delivery came. In the end everyone got one."),
    "de": ("Letzten Dezember war im Laden das Spielzeug ausverkauft, das alle wollten. Wir haben die anderen Filialen "
           "angerufen, wir haben die wartenden Kunden auf eine Liste gesetzt und wir riefen jeden an, als die Lieferung "
           "kam. Am Ende hat jeder eins bekommen."),
    "hr": ("Prošlog prosinca u trgovini je nestalo igračke koju su svi htjeli. Nazvali smo druge poslovnice, zapisali "
           "smo kupce koji su čekali i javili smo se svakome kad je stigla pošiljka. Na kraju je svatko dobio svoju."),
}
I_STORIES = {
    "en": WE_STORIES["en"].replace("We called", "I called").replace("we put", "I put").replace("we rang", "I rang"),
    "de": WE_STORIES["de"].replace("Wir haben die anderen", "Ich habe die anderen").replace(
        "wir haben die wartenden", "ich habe die wartenden").replace("wir riefen", "ich rief"),
    "hr": WE_STORIES["hr"].replace("Nazvali smo", "Nazvala sam").replace("zapisali smo", "zapisala sam").replace(
        "javili smo se", "javila sam se"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_story_told_only_as_we_is_asked_for_what_i_did(bank, lang):
    """An interviewer hires the person, not the team: a story of "we did" is found as a story and the
    candidate is asked what they did; the same story in "I" is not."""
    we = feedback("difficult-customer", WE_STORIES[lang], lang=lang, bank=bank)
    me = feedback("difficult-customer", I_STORIES[lang], lang=lang, bank=bank)
    assert "own-actions" in [a["code"] for a in we.advice]
    assert "own-actions" not in [a["code"] for a in me.advice]
    assert me.dimensions["example"] > we.dimensions["example"]


def test_an_off_topic_message_quotes_both_questions_in_the_interface_language(bank):
    """An English answer to another question, read in a Croatian interface: both questions in the
    message are Croatian (not the asked one in the answer's language)."""
    answer = ("Last year a customer shouted at me because her order was late. I listened, apologised, found "
              "the parcel in our warehouse and sent it by courier the same day. She thanked me afterwards.")
    fb = feedback("company-fit", answer, lang="en", ui_lang="hr", bank=bank)
    messages = " ".join(a["message"] for a in fb.advice if a["code"] == "off-topic")
    assert messages, [a["code"] for a in fb.advice]
    assert bank.question("company-fit").in_lang("hr").text in messages
    assert bank.question("company-fit").in_lang("en").text not in messages


SETTING_STORIES = {
    "en": ("Last November a man stood at our service desk whose laptop had come back from repair for the second time, "
           "with the same flat battery. I let him talk and then asked what exactly had been done the first time. "
           "I apologised that he had to come twice, fetched my manager and we lent him a laptop until the part came. "
           "Four days later he had his own laptop back and he thanked me."),
    "de": ("Letzten November stand an unserer Servicetheke ein Herr, dessen Laptop zum zweiten Mal aus der Reparatur "
           "kam, wieder mit leerem Akku. Ich habe ihn reden lassen und dann nachgefragt, was beim ersten Mal gemacht "
           "worden war. Ich habe mich entschuldigt, dass er zweimal kommen musste, meine Abteilungsleiterin geholt, und "
           "wir haben ihm ein Leihgerät mitgegeben. Nach vier Tagen hatte er seinen Laptop zurück und hat sich bedankt."),
    "hr": ("Prošlog studenog na naš servisni pult došao je gospodin kojem se laptop drugi put vratio s popravka, opet s "
           "praznom baterijom. Pustila sam ga da kaže sve, a onda pitala što je točno rađeno prvi put. Ispričala sam "
           "se što je morao doći dvaput, pozvala voditeljicu i posudili smo mu laptop dok ne stigne dio. Nakon četiri "
           "dana dobio je svoj laptop natrag i zahvalio mi se."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_told_story_credits_the_real_situation_from_its_setting_sentence(bank, lang):
    """"A real past situation with a clear setting" is what a story's opening is, in whatever words
    (bank: story_situation): credited from that sentence when the answer tells a real example, not from
    the same events told as what one usually does."""
    fb = feedback("difficult-customer", SETTING_STORIES[lang], lang=lang, bank=bank)
    point = next(k for k in fb.key_points if k.id == "real-situation")
    assert point.covered and SETTING_STORIES[lang].startswith(point.evidence.text), point
    assert fb.advice[0]["code"] != "off-topic"
    habit = {"en": "Usually, when a laptop comes back from repair with the same fault, I let the customer talk.",
             "de": "Normalerweise lasse ich den Kunden reden, wenn ein Laptop mit demselben Fehler zurückkommt.",
             "hr": "Obično pustim kupca da kaže sve kad se laptop vrati s popravka s istim kvarom."}[lang]
    general = feedback("difficult-customer", habit, lang=lang, bank=bank)
    assert not next(k for k in general.key_points if k.id == "real-situation").covered


STORIES_WITHOUT_RESULT = {
    "en": "Last winter a man came to our electronics counter very upset because his new laptop kept shutting down. "
          "I let him explain everything without interrupting and said I was sorry for the trouble. I checked the "
          "order history and ran the battery test while he waited. Then I asked my supervisor whether we could swap "
          "it on the spot and booked the exchange.",
    "de": "Letzten Winter kam ein Mann sehr aufgebracht an unsere Elektronik-Theke, weil sein neuer Laptop ständig "
          "ausging. Ich habe ihn alles erzählen lassen, ohne ihn zu unterbrechen, und mich für den Ärger "
          "entschuldigt. Ich habe die Bestellhistorie geprüft und den Akkutest gemacht, während er gewartet hat. "
          "Dann habe ich meinen Teamleiter gefragt, ob wir das Gerät sofort tauschen können, und den Umtausch gebucht.",
    "hr": "Prošle zime na naš pult s elektronikom došao je jako uzrujan gospodin jer mu se novi laptop stalno gasio. "
          "Pustio sam ga da sve ispriča bez prekidanja i ispričao se zbog neugodnosti. Provjerio sam povijest "
          "narudžbe i napravio test baterije dok je čekao. Zatim sam pitao voditelja smijemo li uređaj odmah "
          "zamijeniti i evidentirao zamjenu.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_story_without_its_result_is_asked_for_the_result_not_for_the_outcome_key_point(lang):
    """The grading guide: a key point that is itself the story's result is asked for as the result."""
    fb = feedback("difficult-customer", STORIES_WITHOUT_RESULT[lang], lang=lang, ui_lang=lang)
    outcome = next(k for k in fb.key_points if k.id == "positive-outcome")
    assert not outcome.covered
    assert fb.advice[0]["code"] == "result"
    assert not any(outcome.label in a["message"] for a in fb.advice if a["code"] == "key-points")
