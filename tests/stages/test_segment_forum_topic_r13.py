"""A forum thread whose board labels its title in its own language ("Thema: ...", "Temat: ..."), the title a
question the header scan reads as a sentence: the label's line is the thread's title, never the first post.
Pages written here in our own words."""

from __future__ import annotations

from tests.conftest import segment_page

THREAD = ("Gartenforum » Gemüse » Gurken\nAnmelden | Registrieren | Suche\n\n"
          "Thema: Warum werden meine Gurken bitter, obwohl ich jeden Tag gieße?\n\n"
          "Seite 1 von 1 [ Beiträge: 3 ]\n\n"
          "gurkenfan_88\nBeiträge: 9\nRegistriert: 02.04.2022\n\n"
          "Beitrag: 11.07.2023, 20:04\n"
          "Hallo zusammen. Seit zwei Wochen schmecken die Gurken im Hochbeet bitter, vor allem am Stielende. "
          "Ich gieße jeden Abend. Hat jemand eine Idee, woran das liegt?\n\n"
          "Henrike Albers\nModerator\nBeiträge: 3120\nRegistriert: 15.01.2010\n\n"
          "Beitrag: 12.07.2023, 07:15\n"
          "Bitterkeit kommt fast immer von Stress. Was bei mir hilft:\n\n"
          "1) Morgens gießen statt abends, und dann gründlich.\n\n"
          "2) Den Boden mit Rasenschnitt abdecken, damit er nicht austrocknet.\n\n"
          "3) Bei Hitze ein Schattiernetz über die Mittagsstunden spannen.\n\n"
          "gurkenfan_88\nBeitrag: 12.07.2023, 09:40\nDanke, das probiere ich aus!\n\n"
          "Copyright © 2010–2023 Gartenforum\n")


def test_a_thread_title_labelled_in_another_language_is_the_title():
    (article,) = segment_page(THREAD)
    assert article.title == "Warum werden meine Gurken bitter, obwohl ich jeden Tag gieße?"
