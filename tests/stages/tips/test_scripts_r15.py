"""Round 15: points in languages of their own scripts and wordings (Georgian, Romanian, Vietnamese ...): points
bracketed by sequence words with no colon announcing them, Georgian's letters (no capitals in use) opening sentences
and headlines as they are. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips.detect import _bracketed_points
from pipeline.stages.tips.paras import capitalise_first, lead_sentence, paragraphs
from tests.conftest import tip_headlines as heads

# Georgian: "first of all, ...", "then, ...", three bare points, "and finally, ..."; each a short lead, then why
GEORGIAN = ("ბაღი ზამთრისთვის ადრე უნდა მოამზადოთ, სანამ ყინვა დაიწყება. აი, რა გვეხმარება ყოველ შემოდგომაზე.\n\n"
            "პირველ რიგში, შეაგროვეთ ავადმყოფი ფოთლები. მათში სოკოს სპორები იზამთრებს.\n\n"
            "შემდეგ, მორწყეთ ბუჩქები ყინვამდე. სველი მიწა სითბოს უკეთ ინახავს.\n\n"
            "დაფარეთ ვარდების ძირი. მიწა ან კომპოსტი ყინვისგან იცავს მყნობის ადგილს.\n\n"
            "გაწმინდეთ იარაღები. ჟანგი ნესტიან მიწაზე სწრაფად ჩნდება.\n\n"
            "და ბოლოს, დარგეთ გაზაფხულის ბოლქვები. ტიტებს ზამთრის სიცივე სჭირდება.\n\n"
            "ცოტა შრომა ახლა და გაზაფხულზე ჯანსაღი ბაღი დაგხვდებათ.\n")


def test_points_bracketed_by_sequence_words_without_an_announcing_colon():
    assert heads(GEORGIAN) == ["შეაგროვეთ ავადმყოფი ფოთლები.", "მორწყეთ ბუჩქები ყინვამდე.",
                               "დაფარეთ ვარდების ძირი.", "გაწმინდეთ იარაღები.", "დარგეთ გაზაფხულის ბოლქვები."]


def test_a_story_bracketed_by_sequence_words_is_no_list():
    # the same words around a story's paragraphs: long opening sentences, no point's lead
    story = ("Fomos à serra no sábado com os miúdos e o cão.\n\n"
             "Primeiro, subimos o trilho do rio durante toda a manhã, parando em cada ponte para ver os peixes. "
             "Estava frio.\n\n"
             "Depois, almoçámos ao pé da cascata com o farnel que a avó tinha preparado na véspera à noite. "
             "Soube bem.\n\n"
             "Descemos pelo outro lado da encosta quando o sol já começava a esconder-se atrás dos pinheiros. "
             "Chegámos tarde.\n\n"
             "Por fim, voltámos para casa de carro e os miúdos adormeceram antes mesmo de sairmos da aldeia. "
             "Que dia.\n")
    assert _bracketed_points(paragraphs(story), 3) == []


def test_georgian_sentences_end_at_a_full_stop_and_keep_their_letters():
    assert lead_sentence("ილაპარაკეთ ყოველდღე. შეცდომების ნუ გეშინიათ.") == "ილაპარაკეთ ყოველდღე."
    assert capitalise_first("ისწავლეთ ყოველდღე") == "ისწავლეთ ყოველდღე"
    assert capitalise_first("ștergeți praful") == "Ștergeți praful"


def test_romanian_and_vietnamese_capitals_open_a_sentence():
    assert lead_sentence("Udați din belșug. Ștergeți apoi frunzele.") == "Udați din belșug."
    assert lead_sentence("Ngâm me với nước ấm. Đừng bỏ hạt vào nồi.") == "Ngâm me với nước ấm."


# Romanian: a directory's list that lost its bullets, under a line announcing it; each point a short lead (a
# sentence, or a clause before a colon) with its reason; a closing sentence under them
ROMANIAN = ("Toamna e momentul în care balconul se pregătește pentru frig, chiar dacă nu pare.\n\n"
            "Până la primul ger, țineți minte următoarele:\n\n"
            "Mutați ghivecele lângă perete. Zidul păstrează căldura zilei și noaptea.\n\n"
            "Udați mai rar: rădăcinile ude îngheață mai repede decât cele uscate, mai ales în vase mici.\n\n"
            "Înveliți vasele de lut. Lutul crapă când apa din el îngheață.\n\n"
            "Tăiați florile uscate. Plantele nu mai consumă forță pe ele.\n\n"
            "Un balcon pregătit acum înflorește primul la primăvară.\n")


def test_points_under_an_announcing_line_that_lost_their_bullets():
    assert heads(ROMANIAN) == ["Mutați ghivecele lângă perete.", "Udați mai rar", "Înveliți vasele de lut.",
                               "Tăiați florile uscate."]


def test_paragraphs_under_a_colon_running_to_the_end_are_an_essay():
    essay = ROMANIAN.replace("Un balcon pregătit acum înflorește primul la primăvară.\n",
                             "Anul trecut am uitat. Am pierdut trei mușcate.\n")
    assert heads(essay) == []


def test_a_sequence_word_opening_a_colon_lead_leaves_it():
    text = ("Ось що допоможе.\n\n1) Говоріть спокійно. Без докорів розмова йде легше.\n\n"
            "2) Спершу поговоріть із сусідом: він може й не знати про незручність.\n\n"
            "3) Запишіть домовленість. Так ніхто не забуде.\n")
    assert heads(text)[1] == "Поговоріть із сусідом"
