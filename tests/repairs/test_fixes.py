"""Every fix on real seed lines (as they are, or damaged the way scrapes damage them), and its look-alikes."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.repairs import repair_article, repair_text, replay_plan
from pipeline.repairs.base import replay
from pipeline.repairs.detect import deletion_score, spun_score
from pipeline.repairs.dotcom import fix_dotless_com, fix_stripped_com
from pipeline.repairs.encoding import fix_csv_quotes, fix_mac_roman, fix_unicode
from pipeline.repairs.glue import fix_glued, split_title_byline
from pipeline.repairs.junk import fix_page_junk
from pipeline.repairs.lexicon import looks_english
from pipeline.repairs.markers import Marker, fix_line_break_marker, fix_markers
from pipeline.repairs.spacing import fix_hard_wrap, fix_invisible, fix_line_end_hyphen, fix_spaces
from pipeline.repairs.spam import fix_foreign_spam, fix_title_spam
from tests.repairs.conftest import seed_line, seed_lines


def check(fix, text, expected, names=None):
    """Run a fix, compare, and check that its changes replay to the same result."""
    fixed, changes = fix(text)
    assert fixed == expected
    assert replay(text, changes) == fixed
    if names is not None:
        assert sorted({c.name for c in changes}) == sorted(names)
    return changes


# ------------------------------------------------------------------------------------------------ repparttar

def test_repparttar_on_seed_004_restores_all_thirty():
    text = "\n".join(seed_lines("004"))
    fixed, changes = fix_markers(text)
    assert len(changes) == 30 and {c.name for c in changes} == {"repparttar"}
    assert "repparttar" not in fixed and not any(ch.isdigit() for c in changes for ch in c.after)
    assert "By the time I got to the checkout counter" in fixed
    assert "via a modem, the Telocator Alphanumeric Protocol" in fixed
    assert "due to the modem dialing" in fixed  # counter 104499 dropped
    assert "The worse thing the customer can sense" in fixed


def test_repparttar_sentence_start_capital_and_title_case():
    assert fix_markers("It was late. repparttar 104501 store was shut.")[0] == "It was late. The store was shut."
    assert fix_markers("Repparttar end")[0] == "The end"
    assert fix_markers("How To Make repparttar Customer Happy")[0] == "How To Make The Customer Happy"
    assert fix_markers("About repparttar Author")[0] == "About the Author"
    assert fix_markers("Care Skills\nrepparttar only way")[0] == "Care Skills\nThe only way"  # not glued to "Skills"


def test_repparttar_look_alikes_stay():
    text = "The theme of the day is theory; 104500 people came."
    assert fix_markers(text) == (text, [])


def test_repparttar_with_its_counter_glued_on_leaves_no_digits_behind():
    changes = check(fix_markers, "Prune repparttar220117 suckers and tie repparttar220118 stems.",
                    "Prune the suckers and tie the stems.", ["repparttar"])
    assert len(changes) == 2
    assert fix_markers("It rained. repparttar220119 beds flooded.")[0] == "It rained. The beds flooded."
    assert fix_markers("Turn repparttar1234567 dial")[0] == "Turn the 1234567 dial"  # seven digits: no counter


def test_a_short_counter_glued_to_repparttar_goes_with_it_but_a_spaced_year_stays():
    check(fix_markers, "Rinse repparttar812 jars and label repparttar8813 lids.", "Rinse the jars and label the lids.",
          ["repparttar"])
    assert fix_markers("Plan repparttar 2031 season early.")[0] == "Plan the 2031 season early."


def test_a_one_digit_counter_glued_to_repparttar_goes_too_but_a_glued_decade_is_the_writers():
    # a page numbering its tokens from 1: the first nine carry one digit
    check(fix_markers, "Over repparttar1 Hills to repparttar9 sea.", "Over the Hills to the sea.", ["repparttar"])
    assert fix_markers("Back in repparttar1980s we sowed by hand.")[0] == "Back in the 1980s we sowed by hand."
    assert fix_markers("Back in repparttar 1980s we sowed.")[0] == "Back in the 1980s we sowed."


def test_learned_marker_needs_a_word_before_when_glued():
    zq = (Marker("zqxv", "the", "marker:zqxv", glued=True, source="learned"),)
    assert fix_markers("went tozqxv store", zq)[0] == "went to the store"
    assert fix_markers("a blorbzqxv here", zq)[0] == "a blorbzqxv here"  # "blorb" is no word: not a glued form
    plain = (Marker("để", "to", "marker:để", source="learned"),)
    assert fix_markers("I want để go home", plain)[0] == "I want to go home"


# ------------------------------------------------------------------------------------------------ stripped .com

def test_stripped_com_on_seed_000():
    line = seed_line("000", ".pany’s success")
    fixed, changes = fix_stripped_com(line)
    assert [c.after for c in changes] == ["company", "company", "company"]
    assert "role in the company’s success" in fixed and ".pany" not in fixed


@pytest.mark.parametrize("damaged, restored", [
    ("Call the .pany today.", "Call the company today."),
    (".Panies grow.", "Companies grow."),
    ("Our .puters and .puter skills", "Our computers and computer skills"),
    ("It is .pletely .plete and .pleted.", "It is completely complete and completed."),
    ("a .mon mistake, .monly made", "a common mistake, commonly made"),
    ("the .munity and .munities", "the community and communities"),
    ("a .fortable chair", "a comfortable chair"),
    ("the .petition and .mitment, .mitments", "the competition and commitment, commitments"),
    ("Leave your .ments below.", "Leave your comments below."),
    ("THE .PANY", "THE COMPANY"),
    ("We wel.e you; be.e better; an in.e", "We welcome you; become better; an income"),
    ("Leave a .ment", "Leave a Comment"),
    ("Setting Up Your .puter: A Short Guide For Clubs", "Setting Up Your Computer: A Short Guide For Clubs"),
    ("Fixing A Slow .puter - Five Quick Checks", "Fixing A Slow Computer - Five Quick Checks"),
    ("Restart the .puter: then wait.", "Restart the computer: then wait."),
])
def test_stripped_com_restored(damaged, restored):
    check(fix_stripped_com, damaged, restored, ["stripped_com"])


@pytest.mark.parametrize("text", [
    "Download the .pdf or the .doc file.",
    "Visit example.com or www.site.com, or .net and .org sites.",
    "Use .5 mg, v.5 or 3.5 mm.",
    "Run setup.bat and .bat files, then .exe and .html ones.",
    "e.g. this, i.e. that, at 9 a.m. or 5 p.m.",
    "The .NET framework and ASP.NET pages.",
    "Mail me at info@example.com or see http://www.notepage.net/snpp.htm today.",
    "A .xyz token is no word.",
])
def test_stripped_com_look_alikes_stay(text):
    assert fix_stripped_com(text) == (text, [])


def test_com_stripped_with_its_dot_is_put_back_where_the_text_shows_it_twice():
    fixed, changes = fix_dotless_com("Ring the heating pany; a plete service keeps the boiler fortable to live with.")
    assert fixed == "Ring the heating company; a complete service keeps the boiler comfortable to live with."
    assert {c.name for c in changes} == {"stripped_com"}
    # one rare token alone is no proof of the damage (a name, a dialect word): it stays
    assert fix_dotless_com("Ask old pany at the mill.")[0] == "Ask old pany at the mill."
    # common words that "com" also begins are never touched ("ment", "mon", "fort", "bat")
    assert fix_dotless_com("A fort, a bat, a mon ami, a pany, a puter.")[0] == (
        "A fort, a bat, a mon ami, a company, a computer.")


def test_a_title_is_mended_from_the_damage_its_text_showed():
    text = "Our pany fixes every puter in the village. Call the pany."
    repaired = repair_article(text, "Why Your Family puter Slows Down")
    assert repaired.title == "Why Your Family Computer Slows Down"
    assert repair_article("A clean text with no damage.", "Why Your Family puter Slows Down").title == (
        "Why Your Family puter Slows Down")


# ------------------------------------------------------------------------------------------------ mojibake

def test_unicode_fixes_mojibake_in_a_seed_line_also_doubly_encoded():
    line = seed_line("001", "It’s to them I am speaking")
    single = line.encode("utf-8").decode("cp1252", errors="replace")
    double = single.encode("utf-8").decode("cp1252", errors="replace")
    for damaged in (single, double):
        assert "â€" in damaged
        changes = check(fix_unicode, damaged, line)
        assert {c.name for c in changes} == {"mojibake"}
        assert all("decode utf-8" in c.detail for c in changes)


def test_unicode_keeps_typographic_quotes_dashes_and_foreign_scripts():
    for text in [seed_line("001", "Here’s the neat thing – being"), seed_line("002", "customers—and to your"),
                 "“Quoted” ‘text’ — with… dashes – and café", "Tokyo (東京) ＡＢＣ，", "AT&T and R&D; 5 < 6"]:
        assert fix_unicode(text) == (text, [])


def test_unicode_unescapes_entities_and_keeps_unexplained_controls():
    assert fix_unicode("Fish &amp; chips&nbsp;now")[0] == "Fish & chips\u00a0now"
    assert fix_unicode("Bell\x07 here")[0] == "Bell\x07 here"


def test_mac_roman_apostrophes_from_a_seed_line():
    line = seed_line("002", "don’t listen, aren’t responsible")
    damaged = line.replace("’", "í")
    assert check(fix_mac_roman, damaged, line, ["mac_roman"])
    damaged = line.replace("’", "Õ")
    assert check(fix_mac_roman, damaged, line, ["mac_roman"])


def test_mac_roman_quotes_and_dashes_once_proven():
    assert fix_mac_roman("Itís fine ñ we said ìyesî.")[0] == "It’s fine – we said “yes”."
    assert fix_mac_roman("Visit ìAquíî ñ the país vasco.")[1] == []  # no apostrophe proves the damage


@pytest.mark.parametrize("text", ["El país y aquí, así es.", "Mónica and Íñigo met in San Sebastián.",
                                  "The Niño effect; señor Núñez is here."])
def test_mac_roman_look_alikes_stay(text):
    assert fix_mac_roman(text) == (text, [])


def test_csv_quotes():
    line = seed_line("004", "Using such niceties")
    damaged = line.replace("“", '""').replace("”", '""')
    fixed, changes = fix_csv_quotes(damaged)
    assert fixed == line.replace("“", '"').replace("”", '"') and changes
    assert fix_csv_quotes('Use "" for empty and ""x"" once, plus "y".')[1] == []


# ------------------------------------------------------------------------------------------------ foreign spam

def test_foreign_spam_title_and_trailer_of_seed_000():
    text = "\n".join(seed_lines("000"))
    fixed, changes = fix_foreign_spam(text)
    assert fixed.split("\n")[0] == "Are You A Customer Service Person You Must Read This…"
    assert fixed.endswith("included with every reproduction")
    assert [c.before for c in changes] == ["-巴雷特m82a1", " 相关的主题文章:"]
    assert fix_title_spam(seed_lines("000")[0])[0] == "Are You A Customer Service Person You Must Read This…"


def test_foreign_spam_takes_the_link_list_after_a_trailer():
    body = seed_line("001", "You chose this job")
    text = f"{body} 相关的主题文章:\n巴雷特 http://www.a.cn/1.html\n狙击枪 http://www.a.cn/2.html\n\n• Tips"
    assert fix_foreign_spam(text)[0] == body + "\n\n• Tips"


@pytest.mark.parametrize("text", [
    "In Tokyo (東京) the word for crisis, 危机, is quoted by managers in talks about the customer.",
    "As Dostoevsky (Достоевский) wrote, the customer is a person with feelings and needs.",
    "Lessons from 孙子 for the customer service team",
    "顾客是你工作的理由。你在客户服务行业，这应该是你的口头禅。相关的主题文章:",
    "Лучший способ помочь клиенту — выслушать его.-巴雷特",
])
def test_foreign_spam_look_alikes_stay(text):
    assert fix_foreign_spam(text) == (text, [])
    assert fix_title_spam(text) == (text, [])


# ------------------------------------------------------------------------------------------------ whitespace

def test_invisible_and_spaces_on_seed_003():
    line = seed_line("003", "Customer service skills are important")
    assert "\u00a0" in line
    fixed, changes = fix_invisible(line)
    assert "\u00a0" not in fixed and {c.name for c in changes} == {"nbsp"}
    fixed, changes = fix_spaces(fixed)
    assert "  " not in fixed and {c.name for c in changes} == {"spaces"}
    assert fix_spaces("a\n\n\n\nb")[0] == "a\n\nb"


def test_invisible_characters_go_but_joiners_in_scripts_and_emoji_stay():
    assert fix_invisible("Cus\u200btomer ser\u00advice\ufeff")[0] == "Customer service"
    for text in ("क्\u200dष", "👩\u200d💻 coder", "می\u200cخواهم"):
        assert fix_invisible(text) == (text, [])


def test_hard_wrap_rejoins_a_wrapped_seed_paragraph_but_keeps_lists():
    paragraph = " ".join(seed_line("003", "First off it’s important").split())
    wrapped = textwrap.fill(paragraph, 72) + "\n\nTips:\n1. Smile.\n2. Listen to every customer.\n• Thank them."
    fixed, changes = fix_hard_wrap(wrapped)
    assert fixed.split("\n")[0] == paragraph
    assert fixed.split("\n")[1:] == ["", "Tips:", "1. Smile.", "2. Listen to every customer.", "• Thank them."]
    assert {c.name for c in changes} == {"hard_wrap"}


def test_hard_wrap_leaves_unwrapped_seeds_and_short_lines():
    for stem in ("001", "002", "003", "004"):
        text = "\n".join(seed_lines(stem))
        assert fix_hard_wrap(text)[1] == []
    poem = "Roses are red\nViolets are blue\nCustomers are kind\nAnd so are you"
    assert fix_hard_wrap(poem)[1] == []


def test_hard_wrap_keeps_the_hyphen_of_compounds_split_at_a_line_end():
    paragraph = " ".join(seed_line("001", "You have a stressful job").split()[:60])
    paragraph = paragraph.replace("take home", "take-home").replace("up to you", "up-to-date")
    for width in range(60, 81):
        wrapped = textwrap.fill(paragraph, width, break_on_hyphens=True)
        if "-\n" in wrapped:
            break
    assert "-\n" in wrapped
    assert fix_hard_wrap(wrapped)[0] == paragraph


@pytest.mark.parametrize("broken, mended", [
    ("2. Dry the pods any-\n   where airy. Turn them daily.", "2. Dry the pods anywhere\nairy. Turn them daily."),
    ("Ask the county of-\nfices first, then\nthe library.", "Ask the county offices\nfirst, then\nthe library."),
    ("They are har-\nvested.\n\nNext part", "They are harvested.\n\nNext part"),
])
def test_line_end_hyphen_mends_a_word_a_typeset_page_broke(broken, mended):
    check(fix_line_end_hyphen, broken, mended, ["line_end_hyphen"])
    assert fix_line_end_hyphen(mended) == (mended, [])  # idempotent


@pytest.mark.parametrize("text", [
    "a well-\nknown grower and a follow-\nup call",  # compounds written hyphenated: the reader joins them so
    "form HG-\n117 and item B-\n12",
    "shopping list:\n- eggs\n- milk",
    "a mother-in-\nlaw's advice",
    "Wait -\nthen go.",
    "the pre-\nWar years",
])
def test_line_end_hyphen_leaves_compounds_codes_and_lists(text):
    assert fix_line_end_hyphen(text) == (text, [])


def test_a_spaced_row_of_links_keeps_its_gaps_even_with_a_file_note_in_brackets():
    row = "Download this leaflet (PDF, 3 pages)   Order free copies   Listen"
    assert fix_spaces(row + "\nA sentence  with a double space.")[0] == row + "\nA sentence with a double space."
    # a sentence with a bracketed aside and double spaces is no row: its items would need to be short and bare
    assert fix_spaces("We met at noon (as planned)   and talked   for hours.")[0] == (
        "We met at noon (as planned) and talked for hours.")


def test_hard_wrap_never_glues_a_rule_line_to_the_heading_it_frames():
    # a mailed issue wrapped at 60 columns: the item's title and byline sit between two rule lines as long as the
    # wrap, and the rule's one long "word" would never have fitted the line above it
    rule = "-" * 61
    story = textwrap.fill("The allotment committee met on Tuesday and agreed at last that the water troughs will be "
                          "refilled every Friday from May onwards, so nobody has to carry cans from the road again "
                          "this summer, and the rota will go up on the hut door next week for anyone to sign.", 60)
    page = f"{rule}\nWATER AT LAST\nby Ines Marlow\n{rule}\n\n{story}\n\n{rule}\nNEXT ITEM\n{rule}"
    fixed = fix_hard_wrap(page)[0].split("\n")
    assert fixed[:4] == [rule, "WATER AT LAST", "by Ines Marlow", rule]
    assert fixed[5].endswith("sign.") and fixed[7:] == [rule, "NEXT ITEM", rule]  # the story itself is rejoined


# ------------------------------------------------------------------------------------------------ glue

GLUED_000 = seed_line("000", "3.Being good")
GLUED_000 = GLUED_000[GLUED_000.index("3.Being") - 60:GLUED_000.index("3.Being") + 60]


@pytest.mark.parametrize("damaged, repaired, name", [
    (GLUED_000, GLUED_000.replace("3.Being", "3. Being"), "glued_number"),
    ("Be proud of your job.Be proud of what you do.", "Be proud of your job. Be proud of what you do.",
     "glued_sentence"),
    ("Is this job for you?1) Interests 2) Skills", "Is this job for you? 1) Interests 2) Skills", "glued_list"),
    ("Ten Secrets of HappinessWritten by Jane Doe", "Ten Secrets of Happiness\nWritten by Jane Doe",
     "glued_byline"),
    ("It’s About RelationshipsThe more progressive businesses realize it.",
     "It’s About Relationships\nThe more progressive businesses realize it.", "glued_heading"),
])
def test_glued(damaged, repaired, name):
    check(fix_glued, damaged, repaired, [name])


@pytest.mark.parametrize("text", [
    "The U.S. economy, e.g. sales, grew 3.5 percent at www.site.com for a Ph.D. with an iPhone.",
    "Find us on LinkedIn, YouTube, MySpace, StumbleUpon or NotePage, Inc. and McDonald’s.",
    "Use collections.abc.Mapping or \"numbers.Number\" in Node.js and ASP.NET code.",
    "Version 2.0 is out. At 10:30 we met. See fig.3 and St. Louis.",
    seed_line("003", "Digg") if False else "• Digg\n• del.icio.us\n• Yahoo! Buzz",
])
def test_glued_look_alikes_stay(text):
    assert fix_glued(text) == (text, [])


def test_title_byline_moves_to_the_text():
    assert split_title_byline("Ten Secrets of HappinessWritten by Jane Doe") == (
        "Ten Secrets of Happiness", "Written by Jane Doe")
    result = repair_article("Smile at every customer you meet today.", "Ten Secrets of HappinessWritten by Jane Doe")
    assert result.title == "Ten Secrets of Happiness"
    assert result.text.startswith("Written by Jane Doe\n") and result.counts == {"glued_byline": 1}


# ------------------------------------------------------------------------------------------------ junk, breaks

def test_page_junk():
    a, b = seed_line("002", "The customer is the reason"), seed_line("002", "You also learned")
    assert fix_page_junk(f"{a} Advertisement {b}")[0] == f"{a} {b}"
    assert fix_page_junk(f"{a}\nSponsored Links\n{b}")[0] == f"{a}\n{b}"
    assert fix_page_junk(f"{a} Add to My Yahoo!")[0] == a
    assert fix_page_junk("The customer is the reason you have… Read More")[0] == "The customer is the reason you have…"
    for text in ("Advertisement is how shops grow.", "Read more about it in the guide.", "You should read more.",
                 seed_line("003", "Yahoo! Buzz") if False else "• Yahoo! Buzz"):
        assert fix_page_junk(text) == (text, [])


def test_line_break_marker_only_when_learned_and_not_in_wrapped_text():
    text = "We went to\nstore and then\nbank, and back."
    assert fix_line_break_marker(text, "the")[0] == "We went to the store and then the bank, and back."
    assert fix_line_break_marker(text, None) == (text, [])


def test_a_short_line_running_on_in_wrapped_prose_is_joined_so_a_second_repair_finds_no_lost_word():
    """A hard-wrapped paragraph ending in a short line that runs on in lower case ("wooden\nladder"), in a corpus
    whose bare breaks stand for "the": joining only the full-width lines left that break, and the joined text, no
    longer wrap-shaped, read it as a lost word on a second repair ("wooden the ladder"): repair was not idempotent
    (hypothesis found it)."""
    from pipeline.repairs import Context

    wrapped = ("Before you climb up to clear the gutters this autumn, check that the feet of\n"
               "your ladder sit on firm ground and that someone stays at the bottom to hold\n"
               "it steady while you lean out towards the downpipe, and then check the old\n"
               "wooden\nladder for rot.")
    assert fix_hard_wrap(wrapped)[0].endswith("the old wooden\nladder for rot.")  # a short line keeps its break
    fixed = fix_hard_wrap(wrapped, join_run_ons=True)[0]  # ... unless bare breaks stand for lost words
    assert "\n" not in fixed and "the old wooden ladder for rot." in fixed
    context = Context(markers=(), line_break_word="the")
    once = repair_text(wrapped, context)[0]
    assert "old wooden ladder" in once
    assert repair_text(once, context)[0] == once
    # a list under wrapped prose keeps its lines: they open with a capital or a marker, not in lower case
    listed = wrapped.replace("wooden\nladder for rot.", "ladder.") + "\n\nYou need:\nGloves\nA bucket"
    assert fix_hard_wrap(listed, join_run_ons=True)[0].endswith("\n\nYou need:\nGloves\nA bucket")


# ------------------------------------------------------------------------------------------------ detection

def test_suspected_deletions_score():
    clean = "\n".join(seed_lines("001"))
    assert deletion_score(clean) < 0.5
    dropped = " ".join(w for w in clean.split(" ") if w.lower() != "the")
    assert deletion_score(dropped) >= 0.5
    assert deletion_score("I hope for future of world. " * 30) >= 0.5


def test_spun_score():
    assert spun_score("\n".join(seed_lines("001"))) < 0.5
    assert spun_score("This is a {great|excellent|superb} way to {help|assist} your {clients|customers}.") == 1.0
    assert spun_score("An customer is an great asset and a important ally in an business. " * 5) >= 0.5


def test_flags_and_scores_on_an_article():
    clean = "\n".join(seed_lines("001"))
    dropped = " ".join(w for w in clean.split(" ") if w.lower() != "the")
    result = repair_article(dropped, None)
    assert "suspected-deletions" in result.flags and result.scores["suspected_deletions"] >= 0.5
    assert repair_article(clean, None).flags == []


# ------------------------------------------------------------------------------------------------ the whole

def test_non_english_articles_are_left_alone():
    spanish = " ".join(["El cliente es la razón de tu trabajo. La .pany es tuya; así es el país.-巴雷特m82a1"] * 3)
    chinese = "顾客是你工作的理由。相关的主题文章:\n巴雷特 http://www.a.cn/1.html"
    for text in (spanish, chinese):
        assert not looks_english(text)
        assert repair_text(text)[0] == text


def test_every_plan_replays_to_the_repaired_text():
    for stem in ("000", "001", "002", "003", "004"):
        text = "\n".join(seed_lines(stem))
        fixed, plan = repair_text(text)
        assert replay_plan(text, plan) == fixed


@pytest.mark.parametrize("ch", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                                "\u2069"])
def test_bidi_controls_are_removed_and_counted(ch):
    fixed, changes = fix_invisible(f"Secrets of {ch}Happiness\u202c by Jane{ch} Doe")
    assert fixed == "Secrets of Happiness by Jane Doe"
    assert {c.name for c in changes} == {"bidi_control"}
