"""Slips after a good start: the applicant knows the rule and then breaks it ("the holder should call us,
but if it's her husband I'd give him the basics"), or tells a conflict well and then runs a colleague down
in their own voice ("he said he'd be careful, but honestly, he's that type"). Found on a third realistic
day written and graded by helpers blind to the code (60 answers; first run: 5 of 15 pitfalls found, and
the same family-caller slip missed in all three languages, as on the day before). Sentences written for
this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

COMMITS = [
    # someone else's account told to family: the data named with a verb of telling
    ("en", "data-protection", "shares-data", "If it's her husband on the line, I'd probably give him the basics so he "
     "doesn't have to ring back."),
    ("de", "data-protection", "shares-data", "Wenn die Tochter anruft, sage ich ihr kurz, ob die Abschlagszahlung "
     "eingegangen ist."),
    ("de", "data-protection", "shares-data", "Ob die letzte Rechnung bezahlt ist, das sage ich ihr dann schon."),
    ("hr", "data-protection", "shares-data", "Ako zove suprug, rekla bih mu koliko iznosi račun za ovaj mjesec."),
    ("hr", "data-protection", "shares-data", "Sinu bih rekao do kada mama treba platiti račun."),
    # a colleague run down in one's own voice after reporting what he said
    ("hr", "colleague-conflict", "blame-others", "Rekla je da će se potruditi, ali iskreno, ona je takav tip, "
     "uvijek se izvlači."),
    ("en", "colleague-conflict", "blame-others", "He promised to change, but honestly, our manager never did anything "
     "about it."),
    ("de", "colleague-conflict", "blame-others", "Sie hat gesagt, dass sie aufpasst, aber ehrlich gesagt kümmert sich "
     "die Filialleitung um so was gar nicht."),
    # callers cut short to get through a full queue: rushing them, not confronting them
    ("hr", "full-queue", "rush-or-ignore", "Ako netko predugo priča, pristojno ga prekinem i kažem da imam puno ljudi "
     "na čekanju."),
    ("hr", "full-queue", "rush-or-ignore", "Preskočim sve osim najbitnijeg i ne objašnjavam puno."),
    ("en", "full-queue", "rush-or-ignore", "I skip everything but the essentials and don't explain much."),
    ("de", "full-queue", "rush-or-ignore", "Ich lasse alles außer dem Wichtigsten weg und erkläre nicht viel."),
    # criticism answered with why it happened
    ("en", "criticism", "excuses", "I did explain to her why that was happening, though."),
    ("de", "criticism", "excuses", "Ich habe ihr aber erklärt, warum das so passiert ist."),
    ("hr", "criticism", "excuses", "Ipak sam joj objasnila zašto se to događalo."),
    # one's mind given to a customer still is
    ("de", "difficult-customer", "confront-customer", "Dann sage ich ihr mal deutlich meine Meinung."),
    ("hr", "difficult-customer", "confront-customer", "Onda joj lijepo kažem svoje mišljenje o tome."),
    ("en", "difficult-customer", "confront-customer", "Then I'd give her a piece of my mind."),
    # the refund given anyway once the customer stays upset
    ("en", "refund-policy", "over-promise", "If she's still upset after that, I'd just do the refund and sort it out "
     "later."),
    ("de", "refund-policy", "over-promise", "Wenn sie dann immer noch sauer ist, würde ich ihr den Betrag einfach "
     "erstatten."),
    ("hr", "refund-policy", "over-promise", "Ako je i dalje ljut, jednostavno bih mu vratio novac."),
]

FINE = [
    # the rule one broke, named as the reason it was a mistake, is owning it, no excuse
    ("en", "mistake", "excuses", "It was my mistake, because the process says to check the order number too."),
    ("de", "mistake", "excuses", "Das war mein Fehler, weil die Vorgabe sagt, dass man auch die Nummer prüft."),
    ("hr", "mistake", "excuses", "To je bila moja greška, jer pravilo kaže da se provjerava i broj."),
    # a guest who must not feel it is their fault is blamed by nobody
    ("en", "missing-reservation", "blame-others", "The guest should leave feeling looked after and not feel like it's "
     "their fault."),
    ("de", "missing-reservation", "blame-others", "Der Gast soll nicht das Gefühl haben, dass es seine Schuld ist."),
    ("hr", "missing-reservation", "blame-others", "Gost ne smije imati osjećaj da je on kriv."),
    # when to pass a complaint on: what the customer wants is no promise
    ("en", "escalate", "over-promise", "I'd pass it on if someone wants a refund without a receipt."),
    ("de", "escalate", "over-promise", "Weitergeben würde ich, wenn jemand eine Erstattung ohne Bon will."),
    ("hr", "escalate", "over-promise", "Proslijedila bih ako netko želi povrat novca bez računa."),
    # the caller's request, told
    ("en", "data-protection", "shares-data", "She asked me to tell her the balance on her father's account."),
    # the same cut short in a full queue is no confronting, and no "I don't know"
    ("hr", "full-queue", "confront-customer", "Ako netko predugo priča, pristojno ga prekinem i kažem da imam puno "
     "ljudi na čekanju."),
    ("de", "full-queue", "dead-end", "Ich lasse alles außer dem Wichtigsten weg und erkläre nicht viel."),
    # an abusive caller interrupted to set a limit: the right thing, no rushing and no confronting
    ("hr", "abusive-customer", "confront-customer", "Ako me vrijeđa, pristojno ga prekinem i kažem da tako ne možemo "
     "razgovarati."),
    ("de", "abusive-customer", "rush-or-ignore", "Wenn er mich weiter beleidigt, unterbreche ich ihn höflich und sage, "
     "dass wir so nicht weitermachen können."),
    ("en", "abusive-customer", "confront-customer", "If he keeps insulting me, I politely interrupt him and say we "
     "can't continue like this."),
    # honest advice "in my opinion" is no piece of one's mind
    ("de", "difficult-customer", "confront-customer", "Dann sage ich ihr ehrlich, welches Paar ihr meiner Meinung "
     "nach besser passt und warum."),
    ("hr", "difficult-customer", "confront-customer", "Onda joj iskreno kažem koji joj par po mom mišljenju bolje "
     "stoji i zašto."),
    ("en", "difficult-customer", "confront-customer", "Then I'd tell her honestly which pair I think suits her better "
     "and why."),
    # the customer's money, not one's own motive
    ("en", "upselling", "money-only", "I never want to be the person squeezing extra money out of someone."),
    ("de", "upselling", "money-only", "Ich will nicht derjenige sein, der Kunden Geld aus der Tasche zieht, nur damit "
     "die Zahlen stimmen."),
    ("hr", "upselling", "money-only", "Ne želim kupcima izvlačiti novac."),
    # oneself as "that type" of person is no one run down
    ("hr", "why-cs", "blame-others", "Ja sam oduvijek takav tip koji voli pričati s ljudima."),
    ("en", "why-cs", "blame-others", "I've always been the type who loves talking to people."),
    ("de", "why-cs", "blame-others", "Ich bin schon immer so ein Typ, der gern mit Leuten redet."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", COMMITS)
def test_the_rule_broken_after_a_good_start_commits(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", FINE)
def test_what_sounds_like_it_commits_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)


# customers who did not notice the stress are the stress question's result; a plan "to get it done" is not
UNNOTICED = {
    "en": "The customers don't even notice it's hectic, because I stay calm and friendly.",
    "de": "Die Kunden merken gar nicht, dass es hektisch ist, weil ich ruhig und freundlich bleibe.",
    "hr": "Kupci ni ne primijete da je gužva jer ostajem mirna i ljubazna.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_customers_who_did_not_notice_are_the_result(lang):
    fb = engine.feedback("stress", UNNOTICED[lang], lang=lang, ui_lang=lang)
    assert "result" in {k.id for k in fb.key_points if k.covered}


def test_a_task_to_get_done_is_no_result():
    fb = engine.feedback("stress", "Ich versuche dann, ruhig zu bleiben und eins nach dem anderen zu erledigen.",
                         lang="de", ui_lang="de")
    assert "result" not in {k.id for k in fb.key_points if k.covered}


# a CV told to "Why do you want to leave?" gives no reason at all: the job one has now, the shift one leads
# and the new colleagues one trains are no reason for leaving (a helper's answer, graded 22, had scored 62)
CV_FOR_LEAVING = {
    "hr": "Trenutačno radim u supermarketu, tamo sam pet godina. Počela sam na blagajni, a sada sam zamjenica voditelja "
          "smjene. Radim raspored, rješavam reklamacije i uvodim nove djelatnice u posao. Tamo sam puno naučila o radu "
          "s ljudima.",
    "de": "Ich arbeite aktuell seit fünf Jahren in einem Supermarkt. Angefangen habe ich an der Kasse, inzwischen bin ich "
          "stellvertretende Schichtleiterin. Ich mache die Dienstpläne, kümmere mich um Reklamationen und arbeite neue "
          "Kolleginnen ein. Dort habe ich viel über den Umgang mit Menschen gelernt.",
    "en": "I currently work at a supermarket, I've been there five years. I started on the tills and I'm now a deputy "
          "shift leader. I do the rotas, deal with complaints and train new starters. I've learned a lot there about "
          "working with people.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_cv_is_no_reason_for_leaving(lang):
    fb = engine.feedback("why-leaving", CV_FOR_LEAVING[lang], lang=lang, ui_lang=lang)
    assert fb.advice[0]["code"] == "off-topic"


# money is a reason for leaving, however it is put (it may be the money-only pitfall, but it is on topic)
MONEY_FOR_LEAVING = {
    "hr": "Iskreno, zbog novca. Kod vas bih zaradila puno više, a kod nas povišice nije bilo tri godine.",
    "de": "Ganz ehrlich: wegen des Geldes. Bei Ihnen verdiene ich deutlich mehr, und bei uns gab es seit Jahren keine "
          "Erhöhung.",
    "en": "Honestly, it's the money. I'd earn a lot more with you, and we haven't had a pay rise in three years.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_money_is_a_reason_for_leaving(lang):
    fb = engine.feedback("why-leaving", MONEY_FOR_LEAVING[lang], lang=lang, ui_lang=lang)
    assert "off-topic" not in {a["code"] for a in fb.advice}


# letting the customer do it on the phone themselves, in everyday words (a helper's answer graded 90 had the
# point missed and was told to add it)
TRY_THEMSELVES = {
    "de": "Ganz wichtig: Ich tippe nicht selbst. Die Person hält das Handy, ich zeige nur, und am Ende lasse ich sie "
          "alles alleine wiederholen.",
    "en": "The key thing is that I don't tap anything for them. They hold the phone, I only show, and at the end they "
          "repeat it on their own.",
    "hr": "Najvažnije mi je da ne tipkam umjesto njih. Osoba drži mobitel, ja samo pokažem, a na kraju sama ponovi "
          "sve korake.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_customer_trying_it_alone_is_credited(lang):
    fb = engine.feedback("explain-technology", TRY_THEMSELVES[lang], lang=lang, ui_lang=lang)
    assert "try-together" in {k.id for k in fb.key_points if k.covered}


# the job one leaves, named as such ("my current job"), is the question's topic, where "currently" in a CV is not
CURRENT_JOB = {
    "hr": "U sadašnjoj firmi sam pet godina i volim kolege, ali želim raditi više s kupcima.",
    "de": "Bei meinem jetzigen Arbeitgeber bin ich seit fünf Jahren, aber ich möchte mehr mit Kunden arbeiten.",
    "en": "I've been at my current job five years and I like the team, but I want to work more with customers.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_current_job_named_is_on_topic(lang):
    fb = engine.feedback("why-leaving", CURRENT_JOB[lang], lang=lang, ui_lang=lang)
    assert "off-topic" not in {a["code"] for a in fb.advice}


# a typed-in question told as a scene is checked for the pitfalls of the bank questions its summed scores rank
# first, not only of the two whose profiles are nearest (references.likely_questions): the husband who wants
# his wife's bill is the data-protection question, whose profile the scene's words do not reach in en and de
FAMILY_BILL = {
    "en": ("You're on the phones for us and a man rings. He needs to know how much is owing on his wife's phone bill, "
           "because she's at work and he wants to pay it today. What do you tell him?",
           "I'd be friendly about it and just tell him the balance, so he can pay it today."),
    "de": ("Sie sind bei uns am Telefon, und ein Mann ruft an. Er muss wissen, wie viel auf der Handyrechnung seiner "
           "Frau offen ist, weil sie arbeitet und er es heute zahlen will. Was sagen Sie ihm?",
           "Ich bleibe freundlich und sage ihm den Kontostand trotzdem, damit er heute zahlen kann."),
    "hr": ("Radite kod nas na telefonu i zove muškarac. Mora znati koliko je na telefonskom računu njegove supruge, "
           "jer je ona na poslu, a on to želi danas platiti. Što mu kažete?",
           "Bila bih ljubazna i rekla bih mu koliko iznosi račun, da ga može danas platiti."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_typed_scene_is_checked_for_its_bank_questions_pitfalls(lang):
    question, answer = FAMILY_BILL[lang]
    fb = engine.feedback(None, answer, question_text=question, lang=lang, ui_lang=lang)
    assert "shares-data" in {p["id"] for p in fb.pitfalls}
