"""Round 27: prose points in scripts that end a sentence with a mark of their own. A paragraph ending in "।"
(Devanagari), "።" (Ethiopic) or "。" (Chinese, Japanese) is running text, as one ending in "." is, so its points are
read as the sequence words number them; a Chinese or Japanese sentence ends at its full-width mark with no blank
after it, so a point's headline is its first sentence; and the Ethiopic comma sets a sequence word off as a comma
does. (Seen on holdout13's Chinese column, whose second post numbers its points "第一，" to "最后，"; no tuned page in
Hindi or Amharic shows the shape yet.) Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips.detect import _prose
from pipeline.stages.tips.paras import Para, headline_of, is_heading, lead_sentence, sentence_starts
from tests.conftest import tip_headlines as heads

HINDI = ("गर्मी में पौधे जल्दी सूख जाते हैं। हमारे बगीचे में ये तरीके काम आए।\n\n"
         "सबसे पहले, सुबह जल्दी पानी दें। दोपहर में पानी भाप बनकर उड़ जाता है।\n\n"
         "दूसरा, गमलों के नीचे तश्तरी रखें। नीचे जमा पानी जड़ों तक लौटता है।\n\n"
         "तीसरा, मिट्टी पर सूखी पत्तियाँ बिछाएँ। इससे नमी बनी रहती है।\n\n"
         "अंत में, छोटे पौधों को छाया में रखें। तेज़ धूप उनकी पत्तियाँ जला देती है।\n\n"
         "थोड़ी देखभाल से पूरा मौसम हरा रहेगा।\n")

AMHARIC = ("ክረምት ሲመጣ ቤቱ ይቀዘቅዛል። እነዚህ ምክሮች ይረዳሉ።\n\n"
           "በመጀመሪያ፣ መስኮቶችን በሌሊት ዝጉ። ሙቀቱ በቤቱ ውስጥ ይቆያል።\n\n"
           "ሁለተኛ፣ ወፍራም መጋረጃ ስቀሉ። ነፋሱን ይከለክላል።\n\n"
           "ሦስተኛ፣ የበሩን ስር በጨርቅ ሸፍኑ። ቀዝቃዛ አየር አይገባም።\n\n"
           "በመጨረሻ፣ ምሽት ላይ ትኩስ ሻይ ጠጡ። ሰውነትን ያሞቃል።\n\n"
           "በዚህ መንገድ ክረምቱን በደህና ታልፋላችሁ።\n")

# the fourth point opens with an ordinal too ("第四，"), the last with "最后，"; the closing wish is no point
CHINESE = ("阳台上种香草并不难，但夏天很容易晒死。我试了几年，总结出几条经验。\n\n"
           "第一，早上浇水。中午太热，水很快就蒸发了。\n\n"
           "第二，给花盆找个半阴的位置。下午的阳光最伤叶子。\n\n"
           "第三，花盆底下垫一个托盘。多余的水可以慢慢回到土里。\n\n"
           "第四，经常修剪顶部。这样植株长得更密。\n\n"
           "最后，出门前请邻居帮忙看一看。几天不浇水就可能前功尽弃。\n\n"
           "祝大家的阳台都绿意盎然！\n")


def test_a_paragraph_ending_in_its_scripts_full_stop_is_running_text():
    for text in ("पानी रोज़ सुबह दें। दोपहर में मत दें।", "መስኮቶችን ዝጉ። ሙቀቱ ይቆያል።", "早上浇水，不要等到中午。中午太热了。"):
        para = Para(0, len(text), text)
        assert _prose(para) and not is_heading(para)
    assert is_heading(Para(0, 12, "बगीचे के नुस्खे"))  # a short line with no full stop is still a title line


def test_sequence_numbered_points_in_devanagari_ethiopic_and_chinese_are_read():
    assert heads(HINDI) == ["सुबह जल्दी पानी दें।", "गमलों के नीचे तश्तरी रखें।", "मिट्टी पर सूखी पत्तियाँ बिछाएँ।",
                            "छोटे पौधों को छाया में रखें।"]
    assert heads(AMHARIC) == ["መስኮቶችን በሌሊት ዝጉ።", "ወፍራም መጋረጃ ስቀሉ።", "የበሩን ስር በጨርቅ ሸፍኑ።", "ምሽት ላይ ትኩስ ሻይ ጠጡ።"]
    assert heads(CHINESE) == ["早上浇水。", "给花盆找个半阴的位置。", "花盆底下垫一个托盘。", "经常修剪顶部。",
                              "出门前请邻居帮忙看一看。"]


def test_a_story_in_those_scripts_without_sequence_words_gives_no_tips():
    story = ("去年夏天我们去了海边。天气很好，孩子们玩得很开心。\n\n"
             "第二天下了雨。我们在旅馆里下棋，一直到晚上。\n\n"
             "回家的路上车坏了。幸好有人帮忙，我们很晚才到家。\n")
    assert heads(story) == []


def test_a_full_width_mark_ends_a_sentence_without_a_blank():
    assert lead_sentence("先浇水。再施肥。") == "先浇水。"
    assert sentence_starts("先浇水。再施肥！好吗？") == [4, 8]
    # a closing corner bracket after the mark closes a quotation inside the sentence
    assert lead_sentence("「よし！」と言った。次に水をやる。") == "「よし！」と言った。"
    assert lead_sentence("Water first. Then feed.") == "Water first."


def test_a_chinese_ordinal_before_its_comma_leaves_the_headline():
    assert headline_of("第四，经常修剪顶部。") == "经常修剪顶部。"
    assert headline_of("第一，好。") == "第一，好。"  # too short a rest to be a point's own words


# Points that lost their bullets under a line announcing them, each a short lead and its reason, and a closing wish
# of the same shape at the block's end: the wish concludes (round 27: holdout19's Telugu directory page); without
# the exclamation the run is an essay's paragraphs (tests/stages/tips/test_scripts_r15.py)
ANNOUNCED_WITH_A_WISH = ("Sesiunea de examene se apropie și mulți elevi dorm prea puțin. Încercați următoarele:\n\n"
                         "Faceți un orar pe zile. Știți dimineața ce aveți de recapitulat.\n\n"
                         "Luați o pauză la fiecare oră. Creierul reține mai bine după zece minute de mers.\n\n"
                         "Dormiți cel puțin șapte ore. Nopțile albe șterg ce ați învățat.\n\n"
                         "Examenul ține o zi. Sănătatea ține o viață. Succes tuturor!\n")


def test_a_closing_wish_under_announced_points_concludes():
    assert heads(ANNOUNCED_WITH_A_WISH) == ["Faceți un orar pe zile.", "Luați o pauză la fiecare oră.",
                                            "Dormiți cel puțin șapte ore."]
