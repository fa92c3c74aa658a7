"""An answer that says the applicant has not done what is asked yet ("I've never done any selling") and
tells no example of anything like it is a plan, not evidence: "good" at most, and told to back the plan
with something similar. A first-job answer that does tell such an example is not held back by it."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.engine import CAP_STORY_GAP

PLAN = {
    "en": ("Honestly, I've never done any selling, so I can't say yet how good I'd be at it. But I'm not against it. "
           "I'd learn the products properly first, ask the experienced colleagues how they go about it, and always "
           "ask the customer what they need before suggesting anything. If they said no, that would be fine with me."),
    "de": ("Ehrlich gesagt habe ich noch nie etwas verkauft, ich habe also noch keine Erfahrung damit. Ich hätte aber "
           "nichts dagegen. Ich würde zuerst die Produkte gut kennenlernen, die erfahrenen Kollegen fragen, wie sie "
           "vorgehen, und den Kunden immer erst fragen, was er braucht, bevor ich etwas vorschlage."),
    "hr": ("Iskreno, nemam iskustva s prodajom, pa još ne znam koliko bih bila dobra u tome. Ali nemam ništa protiv. "
           "Prvo bih dobro naučila proizvode, pitala iskusnije kolege kako oni to rade i uvijek bih kupca prvo pitala "
           "što mu treba prije nego što mu išta predložim. Ako kaže ne, to je u redu."),
}
TOLD = {
    "en": ("I haven't worked in a shop yet, but last December I volunteered at the charity shop in town. A man came in "
           "looking for a winter coat for a job interview. I asked what the job was, found him two coats in his size "
           "and suggested a scarf from the same rail that went with the darker one. He bought both and came back the "
           "next week to tell me he had got the job."),
    "de": ("Im Laden habe ich noch nicht gearbeitet, aber letzten Dezember habe ich im Sozialkaufhaus ausgeholfen. Ein "
           "Mann suchte einen Wintermantel für ein Vorstellungsgespräch. Ich habe gefragt, um was für eine Stelle es "
           "geht, ihm zwei Mäntel in seiner Größe gezeigt und einen passenden Schal dazu vorgeschlagen. Er hat beides "
           "genommen und kam eine Woche später wieder, um mir zu sagen, dass er die Stelle bekommen hat."),
    "hr": ("U trgovini još nisam radila, ali prošlog prosinca volontirala sam u humanitarnoj trgovini. Došao je "
           "gospodin koji je tražio zimski kaput za razgovor za posao. Pitala sam ga kakav je posao, pronašla mu dva "
           "kaputa u njegovoj veličini i predložila šal koji ide uz tamniji. Uzeo je oboje i vratio se tjedan dana "
           "kasnije da mi kaže da je dobio posao."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_plan_for_what_one_has_never_done_is_good_at_most_and_told_to_back_it(lang):
    fb = feedback("upselling", PLAN[lang], lang=lang, ui_lang="en")
    assert fb.score <= CAP_STORY_GAP, (lang, fb.score)
    assert any(a["code"] == "example" and "not done this yet" in a["message"] for a in fb.advice), fb.advice


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_first_job_answer_with_an_example_of_its_own_is_not_held_back(lang):
    fb = feedback("upselling", TOLD[lang], lang=lang, ui_lang="en")
    assert not any("not done this yet" in a["message"] for a in fb.advice), (lang, fb.advice)


# "not yet, but I did something like it": the same sentence names what the applicant has done (trial round 17:
# a first-job phone answer resting on a year on a college reception line was told to back its plan)
NOT_YET_BUT_DID = {
    "en": ("I haven't worked in a call centre yet, but I answered the reception line at my college for a year. I "
           "answer with a greeting, the company name and my name, let the caller explain everything, note the key "
           "points and repeat back what I understood. I keep my voice warm and not too fast, and before ending I "
           "tell them exactly what happens next and thank them for calling."),
    "de": ("Im Callcenter habe ich noch nicht gearbeitet, aber ich habe ein Jahr lang in meiner Schule das Telefon am "
           "Empfang betreut. Ich melde mich mit einem Gruß, dem Firmennamen und meinem Namen, lasse den Anrufer alles "
           "erklären, notiere das Wichtigste und fasse zusammen, was ich verstanden habe. Ich spreche freundlich und "
           "nicht zu schnell, und am Ende sage ich genau, wie es weitergeht, und bedanke mich für den Anruf."),
    "hr": ("U pozivnom centru još nisam radila, ali godinu dana javljala sam se na telefon na porti u školi. Javim se "
           "pozdravom, imenom tvrtke i svojim imenom, pustim pozivatelja da sve objasni, zapišem najvažnije i ponovim "
           "što sam razumjela. Govorim toplo i ne prebrzo, a prije kraja kažem točno što slijedi i zahvalim na pozivu."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_not_yet_but_something_like_it_done_is_not_told_to_back_the_plan(lang):
    fb = feedback("phone-manner", NOT_YET_BUT_DID[lang], lang=lang, ui_lang="en")
    assert not any("not done this yet" in a["message"] for a in fb.advice), (lang, fb.advice)
