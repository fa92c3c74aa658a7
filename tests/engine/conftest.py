"""Engine fixtures: the bank, loaded once; the embedding model loads once per test run (nlp.embed)."""

from __future__ import annotations

import pytest

from interview_coach.bank import load_bank

# One answer written for these tests (not tuned on), told the same way in three languages.
PARALLEL = {
    "en": ("Two years ago I worked at the service desk of a furniture store. One Saturday a customer came in very "
           "angry because his new sofa had arrived with a torn cushion, and he had guests that evening. I let him "
           "explain everything, said I understood how annoying that was and apologised. I checked our stock, found "
           "the same cushion in the warehouse and asked my colleague to bring it over. I also offered free delivery "
           "for the exchange. Within an hour he had the new cushion, he thanked me, and a month later he came back "
           "and bought a table from me."),
    "de": ("Vor zwei Jahren habe ich am Serviceschalter eines Möbelhauses gearbeitet. An einem Samstag kam ein "
           "Kunde sehr verärgert herein, weil sein neues Sofa mit einem gerissenen Kissen geliefert worden war, und "
           "er hatte am Abend Gäste. Ich habe ihn alles erklären lassen, gesagt, dass ich verstehe, wie ärgerlich das "
           "ist, und mich entschuldigt. Ich habe im Bestand nachgesehen, das gleiche Kissen im Lager gefunden und "
           "meinen Kollegen gebeten, es zu holen. Außerdem habe ich ihm die kostenlose Lieferung für den Umtausch "
           "angeboten. Innerhalb einer Stunde hatte er das neue Kissen, er bedankte sich, und einen Monat später kam "
           "er wieder und kaufte bei mir einen Tisch."),
    "hr": ("Prije dvije godine radio sam na info-pultu salona namještaja. Jedne subote ušao je vrlo ljut kupac jer "
           "mu je novi kauč stigao s poderanim jastukom, a te je večeri imao goste. Pustio sam ga da sve objasni, "
           "rekao da razumijem koliko je to neugodno i ispričao se. Provjerio sam zalihe, pronašao isti jastuk u "
           "skladištu i zamolio kolegu da ga donese. Ponudio sam mu i besplatnu dostavu za zamjenu. Za sat vremena "
           "imao je novi jastuk, zahvalio mi je, a mjesec dana kasnije vratio se i kupio od mene stol."),
}

# General statements with no story in them, to put before the example above.
GENERAL = {
    "en": "For me, the most important thing with a difficult customer is to stay calm and listen. "
          "Every complaint is a chance to win the customer back.",
    "de": "Für mich ist bei schwierigen Kunden das Wichtigste, ruhig zu bleiben und zuzuhören. "
          "Jede Beschwerde ist eine Chance, den Kunden zurückzugewinnen.",
    "hr": "Za mene je kod teških kupaca najvažnije ostati smiren i slušati. "
          "Svaka pritužba prilika je da se kupca ponovno pridobije.",
}


@pytest.fixture(scope="session")
def bank():
    return load_bank()
