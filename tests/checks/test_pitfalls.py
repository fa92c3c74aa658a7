"""Pitfalls: each one's examples are its tests; the same ids in every language; the bank names only
pitfalls that exist; a committed pitfall is named, caps the score and comes first."""

from __future__ import annotations

from dataclasses import replace

import pytest

from interview_coach import feedback
from interview_coach.bank import default_bank
from interview_coach.checks import pitfalls, star, switch
from interview_coach.engine import CAP_PITFALL, CAP_SERIOUS_PITFALL
from interview_coach.nlp.text import sentences

LANGS = ("hr", "de", "en")
ALL_ON = switch(())


def _cases(kind: str):
    for lang in LANGS:
        for p in pitfalls.catalogue(lang):
            for text in (p.fail_examples if kind == "fail" else p.pass_examples):
                yield pytest.param(lang, p.id, text, id=f"{lang}-{p.id}-{text[:30]}")


@pytest.mark.parametrize("lang,pid,text", list(_cases("fail")))
def test_each_failing_example_commits_its_pitfall_by_its_cues(lang, pid, text):
    p = pitfalls.by_id(lang)[pid].everywhere()
    found = pitfalls.run(sentences(text, lang), text, lang, [p], ALL_ON)
    assert [c.id for c in found] == [pid], (lang, pid, text)


@pytest.mark.parametrize("lang,pid,text", list(_cases("pass")))
def test_each_passing_example_commits_no_pitfall(lang, pid, text):
    found = pitfalls.run(sentences(text, lang), text, lang, [p.everywhere() for p in pitfalls.catalogue(lang)], ALL_ON)
    assert found == [], (lang, pid, text, [c.id for c in found])


def test_the_same_pitfalls_in_every_language_with_the_same_settings():
    shape = {lang: [(p.id, p.serious, p.scope, p.also_when, p.max_words) for p in pitfalls.catalogue(lang)]
             for lang in LANGS}
    assert shape["hr"] == shape["de"] == shape["en"]
    assert len({p.id for p in pitfalls.catalogue("en")}) == len(pitfalls.catalogue("en"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_quotes_the_sentence_once(lang):
    for p in pitfalls.catalogue(lang):
        assert p.message.count("{quote}") == 1, (lang, p.id)
        assert p.scene_message is None or p.scene_message.count("{quote}") == 1, (lang, p.id)
        assert p.fail_examples and p.pass_examples, (lang, p.id)
    # a scene message in one language is one in every language
    assert {p.id for p in pitfalls.catalogue(lang) if p.scene_message} == \
        {p.id for p in pitfalls.catalogue("en") if p.scene_message}


BLAME = {  # a customer scene, a sentence that blames
    "en": ("missing-reservation",
           "Honestly, the booking portal makes the mistakes, not us, and I'd tell the guest that straight away."),
    "de": ("missing-reservation",
           "Ehrlich gesagt passieren die Fehler beim Buchungsportal, nicht bei uns, und das sage ich dem Gast auch gleich."),
    "hr": ("missing-reservation",
           "Iskreno, greška je do portala za rezervacije, a ne do nas, i to bih gostu odmah rekla."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_blame_in_a_customer_scene_is_told_as_a_scene(lang):
    # blaming the portal to the guest is no word about a former employer: its advice is about the customer
    scene_q, text = BLAME[lang]
    fb = feedback(scene_q, text, lang=lang, ui_lang=lang)
    shown = next(p for p in fb.pitfalls if p["id"] == "blame-others")
    scene = next(p for p in pitfalls.catalogue(lang) if p.id == "blame-others")
    assert shown["message"].endswith(scene.scene_message.split("{quote}")[1].strip())
    assert pitfalls.messages(lang)["blame-others"] != pitfalls.messages(lang, scene=True)["blame-others"]


def test_the_bank_names_only_pitfalls_that_exist():
    known = {p.id for p in pitfalls.catalogue("en")}
    for q in default_bank().questions.values():
        assert set(q.pitfall_ids) <= known, (q.id, set(q.pitfall_ids) - known)
        lo, hi = q.length_aim
        assert 5 <= lo < hi, q.id


def test_the_grading_guide_lists_every_pitfall():
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[2] / "docs" / "grading.md").read_text("utf-8")
    for p in pitfalls.catalogue("en"):
        assert f"`{p.id}`" in guide, p.id


# One answer per language that says the right words while committing the pitfall (issue #12's cases),
# written for these tests.
DISGUISED = {
    "en": ("customer-wrong", "When a customer is wrong I stay calm, I listen, and then I tell them politely that they "
                             "are wrong and show them the receipt, so they understand the facts.", "confront-customer"),
    "de": ("stress", "Ehrlich gesagt, mich stresst nichts. Auch wenn viel los ist, bleibe ich ruhig, mache eine Liste "
                     "und arbeite sie ab.", "never-stressed"),
    "hr": ("why-leaving", "Puno sam naučila u toj firmi. Ali šef je bio nesposoban i nikoga nije slušao, pa sam "
                          "jednostavno morala otići.", "blame-others"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_committed_pitfall_is_named_quoted_first_and_caps_the_score(lang):
    qid, text, pid = DISGUISED[lang]
    fb = feedback(qid, text, lang=lang, ui_lang="en")
    assert pid in [p["id"] for p in fb.pitfalls]
    found = next(p for p in fb.pitfalls if p["id"] == pid)
    assert text[found["evidence"]["start"]:found["evidence"]["end"]] == found["evidence"]["text"]
    assert fb.advice[0]["code"].startswith("pitfall:")
    assert fb.score <= (CAP_SERIOUS_PITFALL if found["serious"] else CAP_PITFALL)
    assert fb.band == "weak"


@pytest.mark.parametrize("lang", LANGS)
def test_a_sentence_that_commits_a_pitfall_covers_no_key_point(lang):
    qid, text, pid = DISGUISED[lang]
    fb = feedback(qid, text, lang=lang, ui_lang="en")
    bad = next(p for p in fb.pitfalls if p["id"] == pid)["evidence"]
    assert all(k.evidence is None or k.evidence.start != bad["start"] for k in fb.key_points)


def test_switching_pitfalls_off_drops_them_and_their_cap():
    qid, text, _ = DISGUISED["en"]
    on = feedback(qid, text, lang="en")
    off = feedback(qid, text, lang="en", disabled=("content.pitfalls",))
    assert on.pitfalls and not off.pitfalls
    assert off.score > on.score


PROVED = {
    "en": ("I am reliable and I learn fast.", "Last year our shop moved to a new till system. I learned it in two days, "
           "showed three colleagues how it worked, and the queue at the till was shorter than before."),
    "de": ("Ich bin zuverlässig und lerne schnell.", "Letztes Jahr hat unser Geschäft auf eine neue Kasse umgestellt. Ich "
           "habe sie in zwei Tagen gelernt, drei Kolleginnen eingearbeitet, und die Schlange an der Kasse war kürzer als vorher."),
    "hr": ("Pouzdana sam i brzo učim.", "Prošle je godine naša trgovina prešla na novu blagajnu. Naučila sam je za dva dana, "
           "pokazala trima kolegicama kako radi, a red na blagajni bio je kraći nego prije."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_claim_is_generic_alone_and_not_once_an_example_proves_it(lang):
    """"Listing adjectives without proof": the same claim followed by a real example is no pitfall."""
    claim, story = PROVED[lang]
    alone = feedback("why-hire-you", claim, lang=lang, bank=default_bank())
    proved = feedback("why-hire-you", f"{claim} {story}", lang=lang, bank=default_bank())
    assert "generic" in [p["id"] for p in alone.pitfalls]
    assert "generic" not in [p["id"] for p in proved.pitfalls]


TRAIT_LISTS = {  # three qualities listed, in words no generic cue lists; two are not a list
    "en": ("Honestly, I'm punctual, patient and pretty organised.", "I'm punctual and patient."),
    "de": ("Ich bin pünktlich, geduldig und sorgfältig.", "Ich bin pünktlich und geduldig."),
    "hr": ("Točna sam, strpljiva i savjesna.", "Točna sam i strpljiva."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_list_of_three_qualities_without_an_example_is_generic(lang):
    three, two = TRAIT_LISTS[lang]
    generic = pitfalls.by_id(lang)["generic"]
    assert [c.id for c in pitfalls.run(sentences(three, lang), three, lang, [generic], ALL_ON)] == ["generic"]
    assert pitfalls.run(sentences(three, lang), three, lang, [replace(generic, min_traits=0)], ALL_ON) == []
    assert pitfalls.run(sentences(two, lang), two, lang, [generic], ALL_ON) == []


def test_a_german_list_of_qualities_with_ich_bin_tells_no_story():
    # "ich bin" is the present copula here, not the auxiliary of a past action ("ich bin hingegangen")
    text = "Ich bin zuverlässig, pünktlich und teamfähig. Ich bin sehr kundenorientiert. Ich bin belastbar und flexibel."
    assert not star.run(sentences(text, "de"), text, "de").has_example
    told = "Ich bin sofort zur Kundin hingegangen. Ich habe ihr den Schal gezeigt. Ich habe ihn eingepackt."
    assert star.run(sentences(told, "de"), told, "de").has_example


@pytest.mark.parametrize("lang", LANGS)
def test_an_answer_with_a_serious_pitfall_gets_no_praise_beside_it(lang):
    """Two native reviewers read "You tell a real example with what you did" beside a rant as praise for it."""
    qid, text, pid = DISGUISED[lang]
    fb = feedback(qid, text, lang=lang, ui_lang=lang)
    assert next(p for p in fb.pitfalls if p["id"] == pid)["serious"]
    assert fb.strengths == []
    off = feedback(qid, text, lang=lang, ui_lang=lang, disabled=("content.pitfalls",))
    assert off.strengths, "the same answer without the pitfall check is praised for something"


@pytest.mark.parametrize("lang", LANGS)
def test_every_pitfall_has_a_short_name_in_the_interface_language(lang):
    names = pitfalls.names(lang)
    assert set(names) == {p.id for p in pitfalls.catalogue("en")}
    assert len(set(names.values())) == len(names), "two pitfalls share a name"
    qid, text, pid = DISGUISED[lang]
    shown = next(p for p in feedback(qid, text, lang=lang, ui_lang=lang).pitfalls if p["id"] == pid)
    assert shown["name"] == names[pid]


@pytest.mark.parametrize("text,quoted", [
    ('He said, "You lot are useless!" and hung up.', ['"You lot are useless!"']),
    ("Sie rief: „Ihr seid unfähig!“ Dann ging sie.", ["„Ihr seid unfähig!“"]),
    ("Viknuo je: „Svi ste nesposobni!” i otišao.", ["„Svi ste nesposobni!”"]),
    ("Er sagte »nie wieder« und »danke«.", ["»nie wieder«", "»danke«"]),
    ('An unclosed " mark quotes nothing.', []),
])
def test_quotations_are_found_with_each_languages_marks(text, quoted):
    from interview_coach.checks.reported import quoted_spans

    s = sentences(text, "en")[0]
    assert [text[a:b] for a, b in quoted_spans(s)] == quoted


QUOTE_OVER_SENTENCES = {  # a quotation of two sentences: the customer's words, then the applicant's own
    "en": ('She shouted: "I have waited an hour. Your colleagues are so slow and lazy!" I apologised.',
           'I told her: "I have checked. My colleagues are so slow and lazy." I apologised.'),
    "de": ("Er rief: „Ich warte seit einer Stunde. Ihre Kollegen sind einfach zu faul und zu langsam!“ Ich habe "
           "mich entschuldigt.",
           "Ich habe ihm gesagt: „Ich habe nachgesehen. Meine Kollegen sind einfach zu faul und zu langsam.“ Dann "
           "bin ich gegangen."),
    "hr": ("Vikao je: „Čekam već sat vremena. Vaše kolege su spore i lijene!” Ispričala sam se.",
           "Rekla sam mu: „Provjerila sam. Moje kolege su spore i lijene.” Onda sam otišla."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_quotation_over_several_sentences_is_followed_back_to_its_speaker(lang):
    theirs, mine = QUOTE_OVER_SENTENCES[lang]
    blame = [pitfalls.by_id(lang)["blame-others"]]
    assert pitfalls.run(sentences(theirs, lang), theirs, lang, blame, ALL_ON) == []
    assert [c.id for c in pitfalls.run(sentences(mine, lang), mine, lang, blame, ALL_ON)] == ["blame-others"]


QUOTE_RUNS_ON = {  # the customer's blaming words open a quotation that closes a sentence later; then mine
    "en": ('He leaned over and said, "Your colleagues are so slow and lazy. I will wait outside for you." I stayed calm.',
           'I leaned over and said, "My colleagues are so slow and lazy. I will be back in a minute." Then I left.'),
    "de": ("Er beugte sich vor und sagte: „Ihre Kollegen sind einfach zu faul und zu langsam. Ich warte draußen auf "
           "Sie.“ Ich blieb ruhig.",
           "Ich habe ihm gesagt: „Meine Kollegen sind einfach zu faul und zu langsam. Ich bin gleich zurück.“ Dann "
           "bin ich gegangen."),
    "hr": ("Nagnuo se i rekao: „Vaše kolege su spore i lijene. Čekat ću Vas vani.” Ostala sam mirna.",
           "Rekla sam mu: „Moje kolege su spore i lijene. Odmah se vraćam.” Onda sam otišla."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_quotation_that_closes_in_a_later_sentence_is_someone_elses_from_where_it_opens(lang):
    theirs, mine = QUOTE_RUNS_ON[lang]
    blame = [pitfalls.by_id(lang)["blame-others"]]
    assert pitfalls.run(sentences(theirs, lang), theirs, lang, blame, ALL_ON) == []
    assert [c.id for c in pitfalls.run(sentences(mine, lang), mine, lang, blame, ALL_ON)] == ["blame-others"]


LONG_LEAD = {  # a run-on lead of more than forty words, then a clause that blames others
    "en": ("At Christmas it was mental, the queues were out the door, the tills kept crashing, customers were "
           "shouting about the prices, the heating was broken, the delivery came late, we ran out of bags, the "
           "music was far too loud, nobody could find the keys, and on top of that ",
           "my colleagues were so slow that I ended up doing everyone else's job"),
    "de": ("An Weihnachten war es verrückt, die Schlange ging bis zur Tür, die Kassen stürzten ständig ab, Kunden "
           "schimpften über die Preise, die Heizung war kaputt, die Lieferung kam zu spät, die Tüten gingen aus, die "
           "Musik war viel zu laut, keiner fand die Schlüssel, und obendrein: ",
           "meine Kollegen waren einfach zu langsam"),
    "hr": ("Za Božić je bilo ludo, red je bio do vrata, blagajne su stalno padale, kupci su se bunili zbog cijena, "
           "grijanje nije radilo, dostava je kasnila, nestalo je vrećica, glazba je bila preglasna, nitko nije "
           "mogao naći ključeve, a povrh svega ",
           "moj bivši šef je bio nesposoban i nikad nikoga nije slušao"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_run_on_sentence_is_quoted_by_the_clause_that_commits_the_pitfall(lang):
    lead, clause = LONG_LEAD[lang]
    text = lead + clause + "."
    [s] = sentences(text, lang)
    assert len(s.tokens) > pitfalls.LONG_SENTENCE
    [found] = pitfalls.run([s], text, lang, [pitfalls.by_id(lang)["blame-others"]], ALL_ON)
    ev = found.evidence
    assert text[ev.start:ev.end] == ev.text and clause in ev.text and len(ev.text) < len(text) / 2, ev


CLAIM_THEN = {  # an empty claim; then what happened, told in the past, or another claim
    "en": ("Second, I'm reliable and I always give 100 percent.",
           "For two years I ran the till at our club's tournaments and it was never a euro out.",
           "I'm also a people person and I love to help."),
    "de": ("Zweitens bin ich zuverlässig und gebe immer hundert Prozent.",
           "Zwei Jahre lang habe ich beim Verein die Kasse geführt, und es hat nie ein Euro gefehlt.",
           "Außerdem bin ich ein Teamplayer und helfe gern."),
    "hr": ("Drugo, pouzdana sam i uvijek dajem sto posto.",
           "Dvije godine vodila sam blagajnu na klupskim turnirima i nikad mi nije nedostajao ni euro.",
           "Osim toga, komunikativna sam i volim pomagati."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_claim_proved_by_the_next_sentence_is_not_generic(lang):
    claim, proof, more = CLAIM_THEN[lang]
    assert "generic" in [p["id"] for p in feedback("why-hire-you", f"{claim} {more}", lang=lang).pitfalls]
    proved = feedback("why-hire-you", f"{claim} {proof}", lang=lang)
    assert "generic" not in [p["id"] for p in proved.pitfalls]
    assert not proved.has_example  # undone by the proof itself, not by a story told


PROOF_AFTER_COLON = {
    "en": ": I've covered short-notice shifts whenever we were short.",
    "de": ": Ich habe kurzfristig Schichten übernommen, wenn jemand ausgefallen war.",
    "hr": ": preuzimala sam smjene kad bi netko iznenada izostao.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_claim_proved_after_its_own_colon_is_not_generic(lang):
    claim = CLAIM_THEN[lang][0].rstrip(".")
    proved = feedback("why-hire-you", claim + PROOF_AFTER_COLON[lang], lang=lang)
    assert "generic" not in [p["id"] for p in proved.pitfalls]
    assert "generic" in [p["id"] for p in feedback("why-hire-you", claim + ".", lang=lang).pitfalls]


# set K: an ``unless`` phrase ("never", "nie", "nikad") undoes a cue in its sentence, but not one that follows
# a "but" after it: the sentence turns round again, and what follows the turn is what the applicant would do
TURNED_AGAIN = {
    "en": ("I'd never read out the balance, but I'd tell her whether the last payment went through.",
           "I'd never tell her whether the last payment went through."),
    "de": ("Den Kontostand würde ich nie nennen, aber ich würde ihr sagen, ob die Miete abgebucht wurde.",
           "Ich würde ihr nie sagen, ob die Miete abgebucht wurde."),
    "hr": ("Stanje računa nikad ne bih rekla, ali bih joj rekla je li zadnja rata plaćena.",
           "Nikad ne bih rekla je li rata plaćena."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_unless_phrase_turned_round_by_a_but_does_not_undo_the_cue_after_it(lang):
    turned, undone = TURNED_AGAIN[lang]
    pitfall = pitfalls.by_id(lang)["shares-data"]
    assert pitfalls.cue_spans(pitfall, sentences(turned, lang)[0], lang, turned)
    assert not pitfalls.cue_spans(pitfall, sentences(undone, lang)[0], lang, undone)


# set K: qualities named, explained one by one, then backed by what the applicant did, told with "I", a few
# sentences on; a later past sentence about someone else ("my manager used to joke…") backs nothing
EXPLAINED_THEN = {
    "en": ("Reliable because the early shift depends on whoever opens.",
           "Patient because people at the counter are often already stressed.",
           "Last summer I opened the shop on my own every Saturday.",
           "My old manager always said she could count on the early shift."),
    "de": ("Zuverlässig, weil die Frühschicht davon abhängt, wer aufschließt.",
           "Geduldig, weil die Leute an der Theke oft schon gestresst sind.",
           "Letzten Sommer habe ich den Laden jeden Samstag allein aufgeschlossen.",
           "Meine alte Chefin hat immer gesagt, auf die Frühschicht sei Verlass gewesen."),
    "hr": ("Pouzdana jer rana smjena ovisi o tome tko otvara.",
           "Strpljiva jer su ljudi na pultu često već pod stresom.",
           "Prošlo ljeto sam svake subote sama otvarala trgovinu.",
           "Moja stara šefica uvijek je govorila da se na ranu smjenu moglo osloniti."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_claim_explained_then_backed_by_what_i_did_a_few_sentences_on_is_not_generic(lang):
    claim = CLAIM_THEN[lang][0]
    first, second, mine, theirs = EXPLAINED_THEN[lang]
    proved = feedback("why-hire-you", f"{claim} {first} {second} {mine}", lang=lang)
    assert "generic" not in [p["id"] for p in proved.pitfalls]
    told = feedback("why-hire-you", f"{claim} {first} {second} {theirs}", lang=lang)
    assert "generic" in [p["id"] for p in told.pitfalls]


# a cue of one question's scene (standing at the door, looking in a bag: a shoplifter) commits the pitfall
# only in answers to that question, not in a first-jobber's food-bank story (set K)
AT_THE_DOOR = {
    "en": "I'd stand at the door and call out the numbers to the two lads on the stacks.",
    "de": "Ich würde mich an die Tür stellen und den Helfern die Nummern zurufen.",
    "hr": "Stanem kod vrata i dovikujem brojeve dečkima koji slažu pakete.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_cue_for_one_question_commits_only_in_answers_to_it(lang):
    text = AT_THE_DOOR[lang]
    here = pitfalls.applicable(lang, ("confront-customer",), ("shoplifting",))
    elsewhere = pitfalls.applicable(lang, ("confront-customer",), ("teamwork",))
    assert "confront-customer" in [c.id for c in pitfalls.run(sentences(text, lang), text, lang, here, ALL_ON)]
    assert pitfalls.run(sentences(text, lang), text, lang, elsewhere, ALL_ON) == []


# "service is just a smile" answers what service is (what-is-cs, good-cs, why-cs); elsewhere the same words are
# about one's own manner ("Für guten Kundenservice braucht man vor allem Freundlichkeit" in qualities): on the dev
# split and the training rounds it was flagged in two answers to other questions, and found in none there
SMILE = {
    "en": "For me good service is above all a smile.",
    "de": "Guter Service ist für mich vor allem ein Lächeln.",
    "hr": "Za mene je dobra usluga prije svega osmijeh.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_service_is_smiling_is_looked_for_only_where_the_question_lists_it(lang):
    text = SMILE[lang]
    for qid, listed in (("what-is-cs", True), ("qualities", False), ("colleague-conflict", False)):
        prone = default_bank().questions[qid].pitfall_ids
        found = pitfalls.run(sentences(text, lang), text, lang, pitfalls.applicable(lang, prone, (qid,)), ALL_ON)
        assert ("service-is-smiling" in [c.id for c in found]) is listed, (lang, qid)


# the hours or the shifts are a fair reason to leave a job, not a motive to take one (set L dev)
THE_HOURS = {
    "en": "The main reason is the hours.",
    "de": "Der Hauptgrund sind die Arbeitszeiten.",
    "hr": "Glavni razlog je radno vrijeme.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_unless_for_one_question_spares_only_answers_to_it(lang):
    text = THE_HOURS[lang]
    leaving = pitfalls.applicable(lang, ("money-only",), ("why-leaving",))
    motive = pitfalls.applicable(lang, ("money-only",), ("why-cs",))
    assert pitfalls.run(sentences(text, lang), text, lang, leaving, ALL_ON) == []
    assert "money-only" in [c.id for c in pitfalls.run(sentences(text, lang), text, lang, motive, ALL_ON)]


# what a customer shouted, reported with a frame that makes him the speaker, quoted or not (set L dev)
SHOUTED_THAT = {
    "en": ("He started shouting that my colleagues were useless.", "I started saying that my colleagues were useless."),
    "de": ("Er fing an zu schreien, meine Kollegen seien unfähig.", "Ich sagte, meine Kollegen seien unfähig."),
    "hr": ("Počeo je vikati da sam „nesposobna” i da su mi kolege nesposobne.", "Rekla sam šefu da su mi kolege nesposobne."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_what_a_customer_shouted_is_his_not_the_applicants(lang):
    theirs, mine = SHOUTED_THAT[lang]
    blame = [pitfalls.by_id(lang)["blame-others"]]
    assert pitfalls.run(sentences(theirs, lang), theirs, lang, blame, ALL_ON) == []
    assert [c.id for c in pitfalls.run(sentences(mine, lang), mine, lang, blame, ALL_ON)] == ["blame-others"]


# a cue's words on both sides of a quotation mark are no phrase: the customer's outburst quoted after "rief" is his
# (outside round 24: "kam ein Mann an den Schalter und rief: „Ihr Laden…" read as "es kam an den Laden")
OUTBURST = {
    "en": ("A man came to the counter and shouted: “Your shop is a joke!”", "came to the counter", "shop is a joke"),
    "de": ("Ein Mann kam an den Schalter und rief: „Ihr Laden ist eine einzige Katastrophe!“", "kam an den Schalter",
           "Laden ist eine einzige Katastrophe"),
    "hr": ("Jedan je čovjek došao na šalter i viknuo: „Vaša trgovina je katastrofa!”", "došao na šalter",
           "trgovina je katastrofa"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_cue_does_not_run_into_a_quotation(lang):
    from interview_coach.checks.reported import crosses_quote

    text, before, inside = OUTBURST[lang]
    [s] = sentences(text, lang)
    a, b = text.index(before), text.index(inside)
    assert crosses_quote(s, (a, b + 4), lang)  # from the story into the quotation
    assert not crosses_quote(s, (a, a + len(before)), lang)
    assert not crosses_quote(s, (b, b + len(inside)), lang)
    assert pitfalls.run([s], text, lang, [pitfalls.by_id(lang)["blame-others"]], ALL_ON) == []
    # the applicant's own quoted words are the applicant's
    [own] = sentences(OWN_WORDS[lang], lang)
    q = own.text.index(OWN_WORDS_INSIDE[lang])
    assert not crosses_quote(own, (own.start, own.start + q + 3), lang)


OWN_WORDS = {"en": "I told him: “That's not my fault.”", "de": "Ich habe ihm gesagt: „Das liegt nicht an mir.“",
             "hr": "Rekla sam mu: „To nije moja krivnja.”"}
OWN_WORDS_INSIDE = {"en": "That's", "de": "Das liegt", "hr": "To nije"}


def test_the_customers_quoted_outburst_commits_nothing_of_the_applicants():
    text = ("Vor ein paar Monaten kam ein Mann an den Schalter und rief: „Ihr Laden ist eine einzige Katastrophe, ich "
            "zahle doch nicht zweimal!“ Ich habe ihn ausreden lassen und dann gefragt, was genau passiert ist. Dann habe "
            "ich sein Abo im System geprüft, es war gültig, und den Antrag auf Erstattung gleich mit ihm ausgefüllt.")
    assert feedback("difficult-customer", text, lang="de").pitfalls == []


# round 33 (de-r33-024): a lecture to the customer stays a lecture when the answer goes on "if he still carries
# on, I get the manager": a "still"/"ipak"/"though" inside an "if" clause turns nothing round; a "but" that
# opens the next sentence still does (the control)
LECTURE_THEN_IF = {
    "en": ("I'd say to him, politely, that he's a grown man and there's no need to be talking to anyone like that.",
           "If he keeps going though, I would not argue back, I'd call my manager over.",
           "But I would not say that, I'd call my manager over."),
    "de": ("Ich erkläre ihm sachlich, dass man als Erwachsener eigentlich wissen sollte, wie man mit anderen spricht.",
           "Wenn er trotzdem weiter beleidigt, hole ich die Filialleitung dazu.",
           "Aber das würde ich nicht sagen, ich hole die Filialleitung dazu."),
    "hr": ("Onda mu ljubazno, ali jasno objasnim da se u ovom slučaju zabunio i pokažem mu to na računu.",
           "Ako ipak nastavi vikati, ne bih se svađala nego bih pozvala voditelja.",
           "Ali to ne bih rekla, nego bih pozvala voditelja."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_still_inside_an_if_clause_does_not_take_a_confrontation_back(lang):
    cue, going_on, turned = LECTURE_THEN_IF[lang]
    said = feedback("abusive-customer", f"{cue} {going_on}", lang=lang)
    assert "confront-customer" in [p["id"] for p in said.pitfalls]
    taken_back = feedback("abusive-customer", f"{cue} {turned}", lang=lang)
    assert "confront-customer" not in [p["id"] for p in taken_back.pitfalls]


@pytest.mark.parametrize("lang", LANGS)
def test_no_list_of_a_pitfall_holds_the_same_phrase_twice(lang):
    """A phrase added again in a later round is a sign the list was not read first; it changes nothing but the
    length of the list, so the list is kept free of them (each phrase once, where it was first added)."""
    import yaml

    from interview_coach.checks.ruledata import rules_dir

    data = yaml.safe_load((rules_dir(lang) / "pitfalls.yml").read_text("utf-8"))
    twice = []
    for p in data["pitfalls"]:
        lists = {key: p.get(key) or [] for key in ("cues", "unless", "unless_local", "unless_answer")}
        for key in ("cues_for", "unless_for"):
            lists.update({f"{key}/{q}": v for q, v in (p.get(key) or {}).items()})
        twice += [(p["id"], key, phrase) for key, phrases in lists.items()
                  for phrase in set(phrases) if phrases.count(phrase) > 1]
    assert not twice
