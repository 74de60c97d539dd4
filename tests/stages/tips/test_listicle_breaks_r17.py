"""How publishers break a list of points (issue 16, round 17): a row of share buttons ends the article so a numbered
list under it is a comment's or a sidebar's; inserts between lost-glyph points; a nested numbered run; a contents
list over the takeaways. Our own words."""

from pipeline.stages.tips import split_text
from pipeline.stages.tips.detect import _heading_over_led_points, share_row
from pipeline.stages.tips.paras import Para, paragraphs


def _heads(text: str) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(text).tips]


def test_a_numbered_list_under_the_share_buttons_is_not_the_articles():
    text = ("Zimi su dugi, a biljke u stanu pate.\n\n1) Zalijevajte rjeđe. Zemlja zimi sporije se suši.\n\n"
            "2) Primaknite lonce prozoru. Svjetla je malo i svaki centimetar pomaže.\n\n"
            "3) Držite ih dalje od radijatora. Suhi zrak pali rubove listova.\n\n"
            "Sretno i do proljeća!\n\nPodijeli: Facebook Twitter Pinterest\n\nKomentari\n\n"
            "Vesna, 3. 12. 2021.\nJa bih dodala:\n1) kaktusi na hladno\n2) orhideje uz prozor")
    assert _heads(text) == ["Zalijevajte rjeđe", "Primaknite lonce prozoru", "Držite ih dalje od radijatora"]


def test_share_buttons_above_the_list_cut_nothing():
    text = ("Dijeli: Facebook WhatsApp Viber\n\nZimi su dugi, a biljke u stanu pate.\n\n"
            "1) Zalijevajte rjeđe. Zemlja zimi sporije se suši.\n\n"
            "2) Primaknite lonce prozoru. Svjetla je malo i svaki centimetar pomaže.\n\n"
            "3) Držite ih dalje od radijatora. Suhi zrak pali rubove listova.")
    assert len(_heads(text)) == 3


def test_share_rows():
    assert share_row(Para(0, 0, "Jaga Facebookis Jaga Twitteris"))
    assert share_row(Para(0, 0, "Share: Facebook | LinkedIn | Email"))
    assert not share_row(Para(0, 0, "Ask on Reddit and Facebook first."))
    assert not share_row(Para(0, 0, "Facebook"))


LED = ("Label the freezer bags: a date and a name save you a guessing game in March.",
       "Cool food before it goes in: warm dishes raise the temperature of everything around them.",
       "Freeze flat: a bag of soup laid flat freezes fast and stacks like a book.",
       "Keep a list on the door: cross off what you take out and you never buy a fourth bag of peas.",
       "Defrost in the fridge: a night on the shelf is slower than the worktop and far safer.")


def test_inserts_between_lost_glyph_points_part_no_run():
    text = ("A full freezer is cheap to run and quick to cook from, if you treat it right. Try the following:\n\n"
            + LED[0] + "\n\n" + LED[1] + "\n\nRelated: Our guide to batch cooking on a Sunday\n\n" + LED[2]
            + "\n\nArticle continues below\n\n" + LED[3]
            + "\n\nBest buy: Polarn chest freezer ★★★★☆ 4.5\n[See the price]\n\n"
            + "Quick tip: a freezer thermometer costs less than a pizza.\n\n" + LED[4]
            + "\n\nDo these and the freezer pays for itself.")
    assert _heads(text) == [t.split(":")[0] for t in LED]


def test_an_order_word_puts_the_last_point_last():
    points = ("Skip the starter kits. They bundle a pot you will not use and a bag of bad soil.",
              "Re-pot in spring. Roots wake then and forgive a clumsy hand.",
              "Mist-spray sparingly. Wet leaves in a cold room invite mould.",
              "Group the pots. A cluster holds its own damp air around the leaves.")
    text = ("Houseplants in a flat need less than you think. Keep these in mind:\n\n" + "\n\n".join(points)
            + "\n\nFinally, turn each pot a quarter every week. A plant leans towards its window.\n\n"
            + "That is all there is to it, and your plants will thank you.")
    heads = _heads(text)
    assert len(heads) == 5 and heads[-1] == "Turn each pot a quarter every week"


def test_a_numbered_run_under_an_items_colon_paragraph_is_its_sub_points():
    text = ("Five habits of tidy sheds.\n\n1. Hang the long tools\n\nRakes and hoes on the wall stop the tripping.\n\n"
            "2. Sort the small things\n\nJars beat boxes. Most gardeners keep three:\n\n1. one for screws,\n\n"
            "2. one for seed packets,\n\n3. one for labels and twine.\n\nThe lids go on the shelf above.\n\n"
            "3. Sweep every month\n\nA swept floor shows you what the mice are doing.\n\n"
            "4. Oil the hinges in autumn\n\nA drop now saves a door in spring.\n\n"
            "5. Lock it\n\nA cheap padlock keeps the curious out.")
    assert _heads(text) == ["Hang the long tools", "Sort the small things", "Sweep every month",
                            "Oil the hinges in autumn", "Lock it"]


def test_an_episodes_contents_list_is_no_points_and_its_takeaways_are():
    text = ("Our guest rebuilt her credit after a bad decade. She tells us how.\n\nIn this episode\n\n"
            "• Why she stopped opening the post\n• The letter that changed her mind\n• What her bank said yes to\n\n"
            "Key takeaways\n\n1. Open every letter the day it comes. Fear grows in a drawer.\n"
            "2. Ask for a payment plan in writing. A call is forgotten.\n"
            "3. Check your credit file twice a year. Mistakes are common and cost you.\n\n"
            "Show notes by our producer.")
    assert _heads(text) == ["Open every letter the day it comes", "Ask for a payment plan in writing",
                            "Check your credit file twice a year"]


def test_a_malay_tip_counter_numbers_the_points():
    text = ("Menjimatkan elektrik tidak semestinya susah.\n\nPetua 1: Tutup suis di dinding\n\n"
            "Peralatan yang dibiarkan bersedia masih menggunakan kuasa sepanjang malam.\n\n"
            "Petua 2: Basuh pakaian dengan air sejuk\n\n"
            "Kebanyakan tenaga mesin basuh digunakan untuk memanaskan air.\n\n"
            "Petua 3: Bersihkan penapis penghawa dingin\n\nPenapis yang kotor memaksa mesin bekerja lebih keras.")
    assert _heads(text) == ["Tutup suis di dinding", "Basuh pakaian dengan air sejuk",
                            "Bersihkan penapis penghawa dingin"]


def test_a_products_pros_and_cons_are_no_points_and_the_led_section_is():
    text = ("We slept in nine tents this summer so you do not have to.\n\nWhat to look for\n\n"
            "Weight is not everything: a tent a kilo lighter often has a floor you tear on a stony pitch.\n\n"
            "Two doors earn their price: nobody climbs over anybody at three in the morning.\n\n"
            "Pitch it at home. A tent you have put up once in the garden goes up in the rain in half the time.\n\n"
            "Poles tell the story: aluminium bends and can be splinted, fibreglass snaps and cannot.\n\n"
            "Our picks\n\nBest overall: Harrow Two\n★★★★☆ 4.4/5\n+ Roomy porch\n+ Quick to pitch\n- Heavy bag\n"
            "Check price £210\n\nBest budget: Fenny Lite\n★★★☆☆ 3.8/5\n+ Cheap\n- Thin floor\n- One door\n"
            "Check price £79")
    assert _heads(text) == ["Weight is not everything", "Two doors earn their price", "Pitch it at home",
                            "Poles tell the story"]


def test_an_unrolled_threads_posts_closing_with_their_place_are_its_points():
    text = ("Maya Greenfinger\n@maya_grows\n\nSix summers of a balcony garden. What finally worked for me 🧵 1/7\n\n"
            "Water at dawn, never at noon. Midday water burns off before the roots see it. 2/7\n\n"
            "Use bigger pots than you think: small pots dry out in an afternoon of wind. 3/7\n\n"
            "Someone asked about the railing planters, they were a gift from my aunt and I love them. 4/7\n\n"
            "Feed every two weeks in July. Tomatoes in pots run out of food fast. 5/7\n\n"
            "Pick the herbs often. Cutting keeps them bushy instead of flowering. 6/7\n\n"
            "That's all! Go easy on yourselves, plants forgive a lot 💚 7/7\n\nReplies\n\nSam @sam_p\nGreat thread")
    assert _heads(text) == ["Water at dawn, never at noon", "Use bigger pots than you think",
                            "Feed every two weeks in July", "Pick the herbs often"]


def test_a_lower_case_posts_points_and_the_tags_closing_it():
    text = ("ok so people keep asking how i keep my plants alive on a dark windowsill. this is it:\n\n"
            "1. water less in winter. seriously. the soil should feel dry a knuckle down.\n\n"
            "2. turn the pots every week. they lean to the light and get lopsided fast.\n\n"
            "3. wipe the leaves. dust is basically sunglasses for a plant.\n\n"
            "good luck!! reblog if it helps\n\n#plant tips #houseplants #windowsill life\n\n"
            "fernfriend42\n\nadding one:\n\n4. get a cheap grow light. it changed everything for me")
    assert _heads(text) == ["water less in winter", "turn the pots every week", "wipe the leaves"]


def test_macedonian_order_words_number_prose_points():
    text = ("Градината во есен бара малку работа, но навреме.\n\n"
            "Прво, соберете ги паднатите лисја. Под нив се кријат полжави и болести.\n\n"
            "Второ, исечете ги сувите стебла. Така растенијата полесно ќе презимат.\n\n"
            "Потоа, покријте ги корените со слама. Мразот најмногу штети на плитките корени.\n\n"
            "На крај, исчистете го алатот. Чист алат трае со години.\n\n"
            "Со овие неколку часа работа, пролетта ќе ви биде полесна.")
    assert len(_heads(text)) == 4


def test_a_videos_step_chapters_are_its_points_without_intro_sponsor_and_outro():
    text = ("Fixing a puncture at the roadside in under ten minutes, with nothing but a pump and a patch kit.\n\n"
            "CHAPTERS\n0:00 Intro\n0:41 Take the wheel off\n2:10 Find the hole with water\n4:05 Glue the patch "
            "over the hole\n6:30 Check the tyre for the thorn\n8:02 Our sponsor: Gripwell Tyres\n9:15 Outro\n\n"
            "Music by a friend of the channel.\n\nChapters\nIntro 0:00\nTake the wheel off 0:41")
    assert _heads(text) == ["Take the wheel off", "Find the hole with water", "Glue the patch over the hole",
                            "Check the tyre for the thorn"]


def test_an_episodes_timestamps_do_not_replace_its_takeaways():
    text = ("A retired baker tells us how she keeps a sourdough starter alive on holiday.\n\nKey takeaways\n\n"
            "1. Feed it thick before you go. A stiff starter sleeps longer.\n"
            "2. Keep it in the back of the fridge. The door is too warm.\n"
            "3. Give it two feeds before baking again. It wakes slowly.\n\n"
            "Timestamps\n\n00:00 Welcome and a listener question\n04:10 Her first starter\n"
            "12:45 Feed it before a trip\n25:30 Waking it up again\n\nProduced by our team.")
    assert _heads(text) == ["Feed it thick before you go", "Keep it in the back of the fridge",
                            "Give it two feeds before baking again"]


def test_a_line_broken_inside_a_quotation_runs_on():
    text = ("I nursed for twenty years, then looked after my own father. What I wish I had known:\n\n"
            "Book a break before you need one. Waiting lists are long, so put a weekend in the diary now.\n\n"
            "Make every request for help exact. \"Could you sit with\nDad on Friday morning?\" gets a yes; a vague "
            "offer never turns into anything.\n\n"
            "Keep one hour a week that is only yours. It kept me kind for the other hundred and sixty-seven.\n\n"
            "Nobody does this perfectly, and you are allowed to be tired.")
    heads = _heads(text)
    assert heads == ["Book a break before you need one", "Make every request for help exact",
                     "Keep one hour a week that is only yours"]


def test_an_interviews_speaker_turns_under_a_title_line_are_no_points():
    text = ("Der Philosoph über Arbeit und Maschinen\n\nDas ganze Gespräch:\n\n"
            "\"Maschinen nehmen uns die Arbeit nicht weg\"\n\n"
            "Brandt: Viele Leute haben Angst um ihre Stelle, gerade in der Industrie und in den Büros.\n\n"
            "Keller: Das verstehe ich, aber die Geschichte zeigt etwas anderes, wenn man genau hinsieht.\n\n"
            "Brandt: Und was sagen Sie den Menschen, die heute schon ihre Stelle verloren haben?\n\n"
            "Keller: Dass die Politik ihnen zu lange nicht zugehört hat, und dass sich das ändern muss.")
    paras = paragraphs(text)
    assert not any(_heading_over_led_points(text, paras, k) for k in range(len(paras)))
    assert split_text(text).tips == ()
