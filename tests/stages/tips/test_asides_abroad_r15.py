"""A news story's fact box is no list of tips in German, French or Spanish either: a few one-line items among a page
of prose that hardly speaks to the reader (advice says "Sie", "du", "vous", "tú" often). A text that addresses the
reader keeps its list (issue 16, round 15: on real texts most tips came from news, reports and shop pages). Our own
words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import reader_address

STORY = [  # a council story, told in the third person: no sentence speaks to the reader
    "Der Gemeinderat von Hollerbach hat am Dienstagabend über die Zukunft des alten Freibads beraten.",
    "Nach einer langen Sitzung stimmte eine knappe Mehrheit für eine Sanierung der Becken und der Umkleiden.",
    "Die Kosten werden auf rund zwei Millionen Euro geschätzt, ein Teil soll aus Mitteln des Landes kommen.",
    "Bürgermeisterin Janine Rothkegel sprach von einem wichtigen Tag für die Familien im Ort.",
    "Die Opposition kritisierte dagegen, dass die Pläne für einen Neubau nicht geprüft worden seien.",
    "Der Förderverein des Bades hatte in den vergangenen Monaten mehr als dreitausend Unterschriften gesammelt.",
    "Im Sommer war das Bad wegen eines Schadens an der Filteranlage sechs Wochen lang geschlossen gewesen.",
    "Nun sollen die Arbeiten im Herbst beginnen und bis zur nächsten Saison abgeschlossen sein.",
]
FACTS = ["• Baujahr des Bades: 1962", "• Fläche der Becken: 1.250 Quadratmeter",
         "• Besucher im letzten Jahr: 48.000"]


def _page(prose: list[str], box: list[str], times: int = 3) -> str:
    paras = [" ".join(prose[k % len(prose)] for k in range(i, i + 3)) for i in range(0, len(prose) * times, 3)]
    return "\n\n".join(paras[:4] + ["\n".join(box)] + paras[4:]) + "\n"


def test_a_german_storys_fact_box_gives_no_tips():
    page = _page(STORY, FACTS)
    assert len(page.split()) > 300 and len(split_text(page).tips) == 0


def test_a_german_text_that_addresses_its_reader_keeps_its_list():
    advice = [s.replace("Der Gemeinderat", "Wenn Sie im Gemeinderat sitzen, wissen Sie: er") for s in STORY]
    advice = [s + " Prüfen Sie das selbst." for s in advice]
    box = ["• Fragen Sie nach den Kosten", "• Lesen Sie das Protokoll", "• Gehen Sie zur nächsten Sitzung"]
    assert len(split_text(_page(advice, box)).tips) == 3


def test_the_reader_is_addressed_in_the_language_the_body_reads_in():
    assert reader_address("Le conseil a voté pour la rénovation de la piscine et les travaux commencent en mai."
                          ).search("Vous pouvez lire le compte rendu.")
    assert reader_address("El ayuntamiento aprobó la reforma de la piscina y las obras empiezan en mayo."
                          ).search("Puedes leer el acta si tú quieres.")
    german = reader_address("Der Rat hat die Sanierung beschlossen und die Arbeiten beginnen im Herbst.")
    assert german.search("Das sehen Sie im Protokoll.") and not german.search("Sie hat das Protokoll gelesen.")
