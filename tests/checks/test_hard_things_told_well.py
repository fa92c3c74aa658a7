"""Good answers that deal honestly with hard things (a rude customer, stress, a mistake, a refused rule) and make
their key points in everyday words, written and graded by helpers blind to the code (72 answers, graded 68-93,
none with a pitfall; first run: 7 flagged with a pitfall, one called off-topic, mean error 12.4). What they say
must commit nothing, and the pitfall itself still commits. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine
from interview_coach.bank import default_bank
from interview_coach.checks import pitfalls, relevance, switch
from interview_coach.nlp.text import sentences

FINE = [
    # hanging up once everything is read back is no hanging up on a customer
    ("de", "mistake", "confront-customer",
     "Seitdem lasse ich jeden Namen buchstabieren und lese alles noch einmal vor, bevor ich auflege."),
    ("hr", "mistake", "confront-customer",
     "Otada tražim da mi spelaju ime i sve pročitam još jednom prije nego što spustim slušalicu."),
    ("en", "mistake", "confront-customer", "Since then I have every name spelled out and read it all back before I hang up."),
    # a customer who did not notice the shop was short-staffed: no excuse given to anyone
    ("de", "stress", "excuses",
     "Eine Stammkundin meinte sogar, sie hätte gar nicht gemerkt, dass wir unterbesetzt waren."),
    ("hr", "stress", "excuses", "Jedna stalna kupkinja rekla je da nije ni primijetila da nas je bilo premalo."),
    ("en", "stress", "excuses", "A regular even said she hadn't noticed we were short-staffed."),
    # a thank-you mail sent to the management is no blame laid on it ("an die", not "an der")
    ("de", "above-and-beyond", "blame-others",
     "Zwei Wochen später kam eine lange Dankesmail an die Direktion, und seine Firma bucht seitdem bei uns."),
    ("en", "above-and-beyond", "blame-others", "Two weeks later a long thank-you email came to the management."),
    ("hr", "above-and-beyond", "blame-others", "Dva tjedna kasnije upravi je stigao dugačak mail zahvale."),
    # being short with one's family after a hard week is no confronting a customer
    ("en", "stress", "confront-customer",
     "I definitely felt it, and I was short with people at home that evening, which I'm not proud of."),
    ("de", "stress", "confront-customer", "Ich habe es gemerkt, abends war ich zu Hause ziemlich gereizt."),
    ("hr", "stress", "confront-customer", "Osjetila sam to, navečer sam kod kuće bila nervozna."),
    # noticing one is getting curt, as the start of what one did about it
    ("de", "stress", "rush-or-ignore", "Gegen Mittag war ich erschöpft und habe gemerkt, dass ich kurz angebunden wurde."),
    ("en", "stress", "rush-or-ignore", "Around noon I was exhausted and noticed I was getting short with people."),
    ("hr", "stress", "rush-or-ignore", "Oko podne sam bila iscrpljena i primijetila sam da postajem kratka s ljudima."),
    # the account holder's own way in, with a power of attorney, is the legitimate alternative
    ("hr", "data-protection", "guess-or-send-away",
     "Predložila sam da gospođa nazove sama ili da dođu zajedno u poslovnicu, gdje mu može dati punomoć."),
    ("de", "data-protection", "guess-or-send-away",
     "Ich habe vorgeschlagen, dass sie zusammen in die Filiale kommen, wo er ihr eine Vollmacht geben kann."),
    ("en", "data-protection", "guess-or-send-away",
     "I suggested they come into the branch together, where he can sign a power of attorney."),
    # the customer making the call herself, phone in hand, is practice, not being sent away
    ("hr", "explain-technology", "guess-or-send-away",
     "Zatim joj dam mobitel u ruke da sama nazove broj trgovine, a ja samo gledam i uskočim ako zapne."),
    ("de", "explain-technology", "guess-or-send-away",
     "Dann habe ich ihr das Handy in die Hand gegeben, und sie hat selbst die Nummer des Ladens angerufen."),
    ("en", "explain-technology", "guess-or-send-away",
     "Then I hand her the phone so she rings the shop's number herself while I just watch."),
    # chasing a thief said to be too dangerous rejects it
    ("en", "shoplifting", "confront-customer", "Running after them would be far too dangerous for everyone."),
    ("de", "shoplifting", "confront-customer",
     "Festhalten oder hinterherrennen würde ich auf keinen Fall, das ist viel zu gefährlich."),
    ("hr", "shoplifting", "confront-customer", "Trčati za njim bilo bi preopasno, i za mene i za kupce."),
    # explaining the same thing a third time is patience, no offer pressed a third time
    ("hr", "qualities", "pushy-selling",
     "Kupac ne shvati uvijek iz prve, a ja sam naučila objasniti isto i treći put bez uzdaha."),
    ("de", "qualities", "pushy-selling",
     "Ein Kunde versteht nicht alles beim ersten Mal, und ich habe gelernt, dasselbe auch ein drittes Mal zu erklären."),
    ("en", "qualities", "pushy-selling",
     "A customer doesn't always get it first time, and I've learned to explain the same thing a third time."),
    # rather that than make something up: the guess rejected
    ("hr", "dont-know", "guess-or-send-away", "Radije to nego da nešto izmislim pa se čovjek vrati ljut."),
    ("de", "dont-know", "guess-or-send-away", "Lieber das, als mir etwas auszudenken, und der Kunde kommt verärgert zurück."),
    ("en", "dont-know", "guess-or-send-away", "I'd rather say that than make something up and have them come back angry."),
    # apologising that the customer has to wait is no making him wait
    ("hr", "dont-know", "rush-or-ignore", "Rekla bih da ću provjeriti i ispričala se što će morati malo pričekati."),
    ("de", "dont-know", "rush-or-ignore", "Ich würde mich entschuldigen, dass sie kurz warten müssen."),
    ("en", "dont-know", "rush-or-ignore", "I'd apologise that they'd have to wait a little."),
    # pay as one reason of two ("i … i", "i plaća": also the pay)
    ("hr", "five-years", "money-only",
     "Iskreno, važni su mi i stabilnost i bolja plaća koja dođe s većom odgovornošću, ali ne bih htio napredovati samo radi titule."),
    ("hr", "tell-me-about-yourself", "money-only",
     "Iskreno, i plaća je kod vas bolja nego što imam sada, a poslovnica mi je bliže kući."),
    # the hours as one reason, with the main one after the "but"
    ("en", "why-cs", "money-only", "The hours suit me, but mainly I love helping people."),
    ("de", "why-cs", "money-only", "Die Arbeitszeiten passen, aber vor allem helfe ich gern."),
    ("hr", "why-cs", "money-only", "Radno vrijeme mi odgovara, ali najviše volim pomagati ljudima."),
    # one's own past haste, seen afterwards, is no over-promise
    ("de", "sales-targets", "over-promise",
     "Ich habe gemerkt, dass ich zu schnell beim Tarif war, ohne zu fragen, wie jemand sein Handy eigentlich nutzt."),
    # not explaining why the system is slow
    ("en", "too-long", "excuses", "I wouldn't start explaining why the system is slow."),
    # thanked in front of everyone is no telling off in front of everyone
    ("hr", "teamwork", "confront-customer",
     "Bilo je naporno, ali izgurali smo dan, a poslovođa nam je sutradan pred svima zahvalio."),
    # refusing even family what is not theirs to know
    ("en", "data-protection", "shares-data",
     "Even if it's clearly family, I can't give them the basic info, only the account holder can."),
    ("de", "data-protection", "shares-data", "Da bin ich streng: Ich sage ihr nicht einmal, ob die Zahlung eingegangen ist."),
    ("hr", "data-protection", "shares-data", "Čak i ako je suprug, ne mogu mu reći koliki je dug."),
    # a promise that waits on a real event ("as soon as the rooms are ready") is no over-promise
    ("hr", "teamwork", "over-promise",
     "Prtljagu smo spremili u sobu za kofere i obećali da će je donijeti čim sobe budu spremne."),
    ("de", "teamwork", "over-promise",
     "Wir haben das Gepäck eingelagert und versprochen, es aufs Zimmer zu bringen, sobald die Zimmer fertig sind."),
    ("en", "teamwork", "over-promise",
     "We stored the luggage in the back room and promised to bring it up as soon as the rooms were ready."),
]

COMMITS = [
    ("de", "difficult-customer", "confront-customer", "Dann habe ich einfach aufgelegt."),
    ("hr", "difficult-customer", "confront-customer", "Rekla sam mu: pročitajte još jednom uvjete."),
    ("en", "difficult-customer", "confront-customer", "I was short with a customer who kept interrupting."),
    ("de", "stress", "excuses", "Ich habe dem Kunden erklärt, dass wir unterbesetzt sind."),
    ("en", "shoplifting", "confront-customer", "I'd run after him and grab the bag."),
    ("hr", "upselling", "pushy-selling", "Ako kaže ne, ponudim mu i treći put."),
    ("hr", "dont-know", "guess-or-send-away", "Nešto bih izmislila, samo da ode."),
    ("en", "dont-know", "guess-or-send-away", "I'd just guess, it's usually right."),
    ("de", "dont-know", "guess-or-send-away", "Dann denke ich mir halt was aus."),
    ("en", "dont-know", "rush-or-ignore", "They'll have to wait."),
    ("hr", "five-years", "money-only", "Najvažnija mi je bolja plaća."),
    ("en", "too-long", "excuses", "I explained that the system is slow today."),
    # an eighth round, a second realistic day: data given to family who know a few details, a refund past the rules
    ("en", "data-protection", "shares-data",
     "If they get those right and it's clearly family, I'd give them the basic info they need."),
    ("de", "data-protection", "shares-data",
     "Da bin ich dann nicht ganz so streng und sage ich ihr zumindest, ob die letzte Zahlung eingegangen ist."),
    ("hr", "data-protection", "shares-data", "Ako je suprug i zna OIB, ne vidim problem da mu kažem koliki je dug."),
    ("de", "refund-policy", "over-promise",
     "Dann nehme ich ihn trotzdem zurück und zahle das Geld aus, da muss ich nicht jedes Mal die Filialleitung holen."),
    ("hr", "teamwork", "confront-customer", "Rekla sam mu pred svima da nije u pravu."),
    # pitfalls said in passing, found in the same round
    ("en", "why-cs", "money-only", "I'm patient, but really it's that it fits around my life."),
    ("de", "why-cs", "money-only", "Ehrlich gesagt sind es vor allem die Arbeitszeiten."),
    ("hr", "why-cs", "money-only", "Iskreno, uglavnom radno vrijeme, zbog djece."),
    ("de", "sales-targets", "pushy-selling", "Ich bringe die Garantie im Gespräch drei-, viermal wieder ins Spiel."),
    ("hr", "repeat-caller", "blame-others",
     "Obično se netko prije nije potrudio, ili ga je kolega brzo otpilio, to se kod nas stalno događalo."),
    ("hr", "five-years", "off-job-plans", "Za pet godina voljela bih raditi kao učiteljica, a do tada bih rado radila kod vas."),
    ("de", "upselling", "pushy-selling", "Wenn er nein sagt, biete ich es ihm auch ein drittes Mal an."),
    ("de", "shoplifting", "confront-customer", "Ich würde ihm hinterherrennen und ihn festhalten."),
    ("hr", "shoplifting", "confront-customer", "Potrčala bih za njim i uzela mu torbu."),
    ("de", "why-leaving", "blame-others", "Das lag vor allem an der Filialleitung, die nie zugehört hat."),
    ("de", "stress", "rush-or-ignore", "Wenn viel los ist, bin ich halt kurz angebunden."),
    ("hr", "data-protection", "guess-or-send-away", "Rekla sam joj da nazove infoliniju."),
    ("hr", "explain-technology", "guess-or-send-away", "Uputim je da nazove servis."),
    ("hr", "teamwork", "over-promise", "Obećala sam mu da će paket sigurno stići do petka."),
]


def committed(text: str, lang: str, qid: str) -> list[str]:
    question = default_bank().question(qid)
    checks = pitfalls.applicable(lang, question.pitfall_ids, (qid,))
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, checks, switch(()))]


@pytest.mark.parametrize("lang,qid,pitfall,text", FINE)
def test_a_hard_thing_told_well_commits_nothing(lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", COMMITS)
def test_the_pitfall_itself_still_commits(lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


# a weakness named as something too slow answers the weakness question
WEAKNESS = {
    "en": "Honestly, my typing is too slow for logging calls, but it gets faster every month.",
    "de": "Ehrlich gesagt tippe ich zu langsam für die Anrufe, aber jeden Monat geht es etwas schneller.",
    "hr": "Iskreno, prespora sam u tipkanju za bilježenje poziva, ali svaki mjesec ide brže.",
}


class _Ctx:
    def __init__(self, text, lang):
        self.sentences, self.lang, self.bank = sentences(text, lang), lang, default_bank()
        self.question = self.bank.question("weakness")


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_weakness_told_as_too_slow_is_on_topic(lang):
    assert relevance.says_the_topic(_Ctx(WEAKNESS[lang], lang), "weakness")


# key points made in everyday words
POINTS = [
    ("en", "colleague-conflict", "private-talk", "A colleague and I disagreed about how to log cake orders. After we "
     "closed I asked if we could have a quick chat, and we agreed on a new order slip."),
    ("en", "customer-wrong", "offer-alternative", "A lady thought the big box was on offer, but the label was for the "
     "small one. I gave her the choice: the small box at the offer price, or the big one."),
    ("en", "customer-wrong", "tactful-facts", "A lady thought the big box was on offer, but the label was for the "
     "small one. I said: I can see how that happens, the labels are right next to each other."),
    ("de", "explain-technology", "try-together", "Ich habe der Dame nur das Telefonieren gezeigt. Dann habe ich ihr "
     "das Handy in die Hand gegeben, und sie hat selbst ihre Tochter angerufen."),
    ("hr", "why-leaving", "link-to-role", "Tri godine radim u skladištu i dio smjene sam na telefonu s kupcima. "
     "Kod vas bih cijelo radno vrijeme radio s kupcima, i to je korak koji sada želim."),
    ("de", "shoplifting", "safety", "Hinterherrennen würde ich auf keinen Fall, das ist viel zu gefährlich. Ich gebe "
     "unauffällig der Marktleitung Bescheid."),
    ("en", "shoplifting", "safety", "Running after them would be far too dangerous. I'd quietly let the manager know "
     "what I saw."),
    ("en", "why-leaving", "respectful", "My shifts rotate with nights every third week, and since my son started "
     "school that is hard to manage. I like the work and the team, so it wasn't an easy decision."),
    ("de", "why-leaving", "respectful", "Meine Schichten wechseln, mit Nachtdiensten jede dritte Woche, und seit mein "
     "Sohn in der Schule ist, geht das schwer. Ich mag die Arbeit und das Team, es ist mir nicht leicht gefallen."),
    ("hr", "why-leaving", "respectful", "Smjene mi se izmjenjuju, s noćnima svaki treći tjedan, a otkad mi je sin "
     "krenuo u školu, to je teško uskladiti. Volim posao i kolege, pa odluka nije bila laka."),
    ("en", "why-cs", "believe-product", "I did two summers on the tills at a garden centre. I looked at your stores, "
     "and the fact that you run workshops and give proper advice is what made me want this job."),
    ("hr", "shoplifting", "safety", "Trčati za njim bilo bi preopasno. Diskretno bih javila voditelju što sam vidjela."),
    ("en", "abusive-customer", "stay-calm", "First I remind myself it isn't really about me, and I keep my voice "
     "level. If the insults go on, I say I can't continue like this and get my supervisor."),
    ("de", "abusive-customer", "stay-calm", "Zuerst sage ich mir, dass das nicht gegen mich geht. Wenn die "
     "Beleidigungen weitergehen, sage ich, dass ich so nicht weitermachen kann, und hole die Schichtleitung."),
    ("hr", "abusive-customer", "stay-calm", "Prvo se podsjetim da to nije protiv mene. Ako vrijeđanje ne prestane, "
     "kažem da ovako ne mogu nastaviti i pozovem voditelja smjene."),
    ("de", "repeat-caller", "follow-up", "Ich habe den falschen Tarif gefunden und korrigieren lassen. Wir haben "
     "ausgemacht, dass ich mich nach der nächsten Rechnung bei ihm melde."),
    ("en", "repeat-caller", "follow-up", "I found the wrong tariff and had it corrected. Four weeks later I rang him "
     "back to check the new bill."),
    ("hr", "repeat-caller", "follow-up", "Pronašla sam pogrešnu tarifu i dala je ispraviti. Četiri tjedna kasnije "
     "nazvala sam ga da provjerim novi račun."),
]


@pytest.mark.parametrize("lang,qid,point,text", POINTS)
def test_a_key_point_in_everyday_words_is_credited(lang, qid, point, text):
    fb = engine.feedback(qid, text, lang=lang, ui_lang=lang)
    assert point in {k.id for k in fb.key_points if k.covered}
