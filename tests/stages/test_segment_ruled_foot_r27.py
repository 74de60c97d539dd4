"""An issue's footer boxed by rule lines of its own (round 27): the last rule of the last piece closes the footer, so
the footer starts at the rule above its words, not at the closing one. The issue-wide grant there covers every
piece that states nothing, and the last piece's own bare © stays its own (SPEC: a piece's own statement outranks
the issue-wide grant). Our own newsletter, in Fijian as round 27's page and in no other words of it."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.stages.segment import _ruled_foot

RULE = "-" * 50
DOUBLE = "=" * 50
ISSUE = f"""From: Na Vosa ni Koro <vosa@vosanikoro.example>
Subject: Na Vosa ni Koro – Naba 3 (Julai 2025)
Date: Tue, 1 Jul 2025 09:00:00 +1200

{DOUBLE}
NA VOSA NI KORO
Naba 3  ·  Vula i Julai 2025
{DOUBLE}

Bula vinaka kemuni na wekaqu! E rua na ka ena naba oqo: na wai gunu ena gauna ni mataka, kei na teitei kumala
mai vua e dua na dauteitei ni noda koro. Eda na sota tale ena Okosita.

Loloma,
Ana

{RULE}
1. MAROROYA NA NOMU WAI GUNU
{RULE}
Vola ko Salote Vunivalu

Na gauna ni mataka e dau sega na wai ena noda koro ena vula oqo. Oqo eso na ka lalai me da cakava.

1) Sogota na tapoleti: Na tapoleti sogo e sega ni curu kina na kuita.

2) Vakasavasavataka na paipo: Vakasavasavataka vakadua ena veimacawa.

3) Kakua ni biuta na wai ena siga: Biuta na tapoleti ena vanua vakaruru. Na katakata e vakacacana na wai.

4) Vakayagataka vakamatau na wai: Sili ena dua na baketi, sega ni paipo. E vakalailaitaka na wai e vakayagataki.

5) Maroroya eso na wai ni uca: Vakaraitaka e dua na tapoleti ena ruku ni kaso ni vale me tawa ena uca.

Na bose ni koro ena tuvatuva tale e dua na soqo ena vula ka tarava.

{RULE}
2. TEITEI KUMALA ENA GAUNA VINAKA
{RULE}
Vola ko Viliame Raikoso

Au sa teitei kumala tiko me 20 na yabaki ena noqu were.

* Digitaka na qele vinaka. Na kumala e vinakata na qele mamaca.
* Tei ena vula ko Seviteba. Na uca ni vula oqo e veiganiti.
* Cavuta na co vakawasoma. Na co e kania na kaukauwa ni qele.
* Kakua ni tea vakavoleka. Me tiko e dua na ivava ena maliwa ni veivuni.
* Kelia ena vula ka ono. Ke dede sara e dau kania na manumanu.

Ke dua na nomu taro, mai veisiko ena noqu were ena Vakarauwai.

© Viliame Raikoso 2025

{DOUBLE}
E rawa ni tabaki tale na itukutuku kece ena Na Vosa ni Koro, kevaka e sega ni veisautaki.
Na Vosa ni Koro · vosanikoro.example
{DOUBLE}
"""


def test_the_footer_starts_at_the_rule_over_its_words_not_at_the_closing_one():
    lines = ["ONE", "By Ann Lee", "A paragraph of the item, as long as a sentence should be.", DOUBLE,
             "TWO", "By Bo Lind", "A paragraph of the item, as long as a sentence should be.", DOUBLE,
             "Any item may be reprinted unaltered with its writer's name.", "Hill Notes · hillnotes.example", DOUBLE]
    assert _ruled_foot(lines, [(0, 4), (4, len(lines))]) == 7


def test_an_issue_wide_grant_in_a_boxed_footer_and_the_last_pieces_own_copyright(tmp_path):
    path = tmp_path / "issue.txt"
    path.write_text(ISSUE, encoding="utf-8")
    articles = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert [a.author for a in articles] == ["Salote Vunivalu", "Viliame Raikoso"]
    assert [a.licence.tag for a in articles] == ["LicenseRef-free-reprint", "LicenseRef-all-rights-reserved"]
