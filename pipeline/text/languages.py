"""Cue words per language: the words the rules ask for, as pages in other languages write them (issue 16).

The rules read a page's structure through a few words: "First," and "Finally," number a point in prose, "Posted
by" names a writer, "All rights reserved" reserves a text. A page wholly in German or Hindi carries
the same structure in its own words, and a rule that knows only the English words misses all of it. The words
live here, one table per language and one kind per cue, so a rule asks for a kind (``words("sequence")``) and a
language added here reaches every rule that asks.

Kinds (every language has every kind; tests/text/test_languages.py checks it):

- ``sequence``: a word or phrase that only places a point in the article's order ("First", "Next", "Finally"):
  a marker like "1.", dropped from a headline (SPEC). Written without the comma that follows it in running text.
- ``posted_by``: the words before a name that say who wrote or posted a piece ("written by", "posted by").
- ``rights_reserved``: the phrase that reserves every right in a text ("all rights reserved").
- ``ingredients``: the heading over a recipe's ingredients ("Ingredients"): the lines under it are no steps.
- ``serve``: the words a recipe's closing serving note opens with ("Serve warm …", "Enjoy"): the note after the
  method's steps is no step (SPEC).
- ``writer_label``: a label before a colon that credits the writing ("Author:", "Text:", "Penulis:", "Підготувала:",
  "投稿者："): "LABEL: NAME" under a title names the writer only when the label names the writing ("Photos:",
  "Editor:" do not).
- ``meta_label``: a label before a colon in the page's own metadata row ("Category:", "Tags:", "Share:",
  "Rating:", "Comments:", "Reading time:"): the line is the page's, never the title, the byline or the text.
- ``counter``: the word that numbers a point before its number ("Step 3:", "Tip 3:", "Bước 3:", "コツ③"): a list
  marker like "3." (SPEC: a tip counter in any language). Asked only before a number, so short words are safe.
- ``permission``: the words saying a text is carried by its holder's leave ("with the permission of", "com
  autorização", "atas izin", "με την άδεια"): a credit line that gives no grant to others (used-with-permission),
  never under a word that limits or refuses ("only with", "without").
- ``holder``: the start of a noun naming who gives that leave (author, publisher, editor: "autor", "wydaw",
  "εκδότ"), matched at a word's start so every case ending counts ("autora", "wydawcy", "του εκδότη"): a credit
  line names whose leave it is.
- ``by``: the bare word for "by" before a writer's name ("by", "von", "de", "di", "oleh"), or the shortest
  word a language heads a byline with where it has no preposition. Short and common: asked only where a line opens
  with it in lower case and goes on to a full name and nothing else ("de Ștefan Mărgineanu", under a heading).
- ``text_noun``, ``may``, ``reuse``: a grant's three parts - the text named ("article", "artikeln", "articolele":
  stems, any case ending), the leave ("may", "får", "pot fi") and the reuse ("republish", "publicera", "prelua":
  stems). A sentence holding all three, with nothing that limits it, grants free reprint (licence.py).
- ``issue``: the words naming a newsletter's issue itself ("this issue", "acest buletin", "bản tin"): a grant or
  a licence naming it speaks for every item of the issue, not for the last one only.
- ``limits``: the words that negate or limit a grant in that language ("not", "only", "without"): asked of the
  sentence in the language its grant's words are, so Swedish "i sin helhet" is not Spanish "sin" (without).
  Short and common: asked only beside a grant's words, at a word's start (stems: "запрещ", "заборон").
- ``desk``: the word for a site's editorial desk ("Redaksi", "Redaktion", "Редакция"): a markup author that is
  the desk and the site's name ("Redaksi Kabar Kota") names the site, not a writer; a byline in the page outranks it.
- ``comments``: the word heading a page's readers' comments with their count ("Comments (7)", "7 comments",
  "Komentāri (3)", "አስተያየቶች (2)"): the article has ended above it. Asked only beside a count.
- ``numbers``: the words for two to ten, in that order (a word's place gives its value): a title or an introduction
  opening with one ("Sex råd …", "Cinco consejos …") promises that many points. Asked only at a title's or an
  introduction's start, before another word.
- ``tips``: the words a page names the advice it holds with ("tips", "Tipps", "conseils", "consejos", "dicas"):
  stems matched at a word's start, in a title or a body's opening they announce advice, so its lists are its
  points (the tips gate of the tips stage).
- ``sign_in``: the words of a site's account controls ("sign in", "log in", "anmelden", "iniciar sesión",
  "войти", "ログイン"): a line holding them alone is the site's header, never a title or a person's name.
- ``published``: the words opening a date line ("Published", "Updated", "Posted on"): with a digit after them the
  line is the post's date, the page's metadata.

Kinds a row may lack (the rules that ask for them leave a page in a language without them as they would without
the rule; tests/text/test_languages.py checks the rows that have them):

- ``function_words``: the language's commonest short words ("der die das und", "le la les et"): a body reads in
  the language when a fifth of its first words are among them. English is told by its own, longer list
  (tips.patterns.STOPWORDS), so its row has none.
- ``address``: the words for "you" and "your" to the reader ("you", "du", "vous", "usted", "ty", "anda"), whole
  words, any case: a body that says them throughout speaks to its reader (advice), a report hardly ever does.
- ``formal_address``: the polite "you" of a language that writes it as a common word capitalised ("Sie", "Ihr",
  "Ihnen" are "she", "her", "they" in lower case): counted only capitalised inside a sentence.
- ``infinitive_endings``: the endings of the infinitive in a language that capitalises its nouns (German): a short
  head ending on a lower-case word with one of them is an instruction ("Kredite vergleichen"), not a noun.
- ``leading_infinitive_endings``: the endings of the infinitive in a language whose instructions open with one
  ("Etiquetar cada envase", "Choisir un pot", "Sprawdzić datę"): a point opening with a capitalised word of five
  letters or more with one of them tells the reader what to do.
- ``imperative_endings``: the ending of an imperative that no other form of a word opening a sentence shares
  (French "-ez": "Gardez", "Mélangez"): a point opening with such a word tells the reader what to do.
- ``measures``: the spelled-out units a recipe measures with after a number ("200 grams", "2 cucharadas",
  "3 łyżki"): several in one text make it a recipe (the symbols, "g", "ml", "°C", are the rules' own).
- ``asked_by``: the words crediting a thread's or a Q&A item's question to its asker ("asked by", "gefragt von",
  "pytanie zadał"): a byline read from that line names the asker, never the answer's writer.
- ``subscribe``: the stem of the word for subscribing ("subscri", "abonn", "suscrip", "prenumera"), matched at a
  heading's start with any ending: a newsletter's section on subscribing is the issue's notice, never an item.
- ``first_published``: the word for "first" or "originally" a republished text says where it first ran with
  ("erstmals", "initialement", "pierwotnie", "初出"): before a "reprinted with permission" credit it is the
  credit's provenance line.
- ``warnings``: the heading of a how-to's closing section of warnings ("Warnhinweise", "Avertissements",
  "Avvertenze"): its list is the guide's asides, never more steps.
- ``contents``: the heading of a post's own contents box ("Inhaltsverzeichnis", "Sommaire", "W tym artykule"),
  a line alone: never the post's title.
- ``chapter``: the word for a book's chapter or part ("chapter", "Kapitel", "rozdział", "глава"), lower case: before
  a number alone on its line it heads an excerpt's chapter, never its title. Short words are safe there ("bab").
- ``editor_role``: the role an editor signs with ("editor", "Redakteurin", "rédactrice", "urednik"), lower case: a
  note signed so is the issue's own word, never one of its pieces.
- ``thread_status``: a forum thread's status as board software prints it ("solved", "gelöst", "rozwiązane",
  "решено"): "[Solved]" before a title, or a badge on a line of its own over the first post.
- ``summary``: the heading over a box that sums an article's points up ("Zusammenfassung", "En bref", "W skrócie",
  "まとめ"), a whole short line: its list restates the points, it makes none of its own.
- ``issue_contents``: the heading of an issue's contents list ("In this issue", "Inside", "Table of contents"),
  alone on its line or before the entries: the list names the issue's pieces, it gives no advice.
- ``member_posts``, ``member_joined``: the labels of a forum member's stats under a poster's name, the post count
  ("Posts", "Mensajes", "Beiträge", "Сообщений") and the join date ("Joined", "Mitglied seit", "Membre depuis"):
  the name over them is the poster's.
- ``online_status``: a poster's online status printed before the name ("Offline", "Hors ligne", "Niedostępny").
- ``published_in``: the label a story platform prints alone over the publication carrying a story ("Published in",
  "Publié dans", "Opublikowano w"): the line under it is the publication, not the writer.
- ``read_also``: the lead of a list of links to other articles ("Lesen Sie auch", "À lire aussi", "Czytaj także",
  "Читайте також"): the list is the site's, not the article's.
- ``wrote``: the verb of a reply's attribution line over the message it quotes ("wrote", "schrieb", "a écrit",
  "napisał(a)"): the lines quoted under it are the other writer's words.
- ``series_part``: a series' words recapping an earlier part or announcing the next ("Im nächsten Teil", "Dans le
  prochain épisode", "W następnej części"): a list under them is another part's points.
- ``sources``: the heading of a page's list of sources or references ("Sources", "Quellen", "Références",
  "Źródła"), alone on its line: the list under it credits where the article's facts came from, it gives no advice.
- ``facts_box``: the heading of a news story's or a press release's box of facts ("Highlights", "Key facts", "At a
  glance", "Auf einen Blick", "En chiffres"), alone on its line or ending it ("The repairs in numbers"): the list
  under it is figures and findings, no advice.
- ``gone``: the words a page prints where the piece it was meant to show is missing ("page not found", "this post
  has been removed", "Seite nicht gefunden", "page introuvable"): a heading or a breadcrumb ending so, or a sentence
  opening so near the top, says the page carries no article (a soft 404, comments under a removed post).
- ``vacancy``: the headings of a job advertisement's sections ("Key responsibilities", "Your profile", "What we
  offer", "How to apply", "Ihre Aufgaben", "Wir bieten"), each alone on its line: a page with two of them is a
  vacancy, whose lists are duties, requirements and perks, no advice.
- ``tags``, ``share``: the labels a blog's software prints under a post before its tags and its sharing buttons
  ("Schlagwörter:", "Étiquettes :", "Теги:"; "Teilen:", "Partager :"), asked only before a colon in a line of the
  post's footer (attribution.FOOTER_CHROME). Narrower than ``meta_label``, which also holds the row's other labels.
- ``about_author``: the heading of the writer's box under an article ("Oer de skriuwer", "Diwar-benn ar skrivagner"),
  alone on its line or before its colon: the box under it is the writer's bio (the English heading's forms are
  attribution.BIO_MARKER's own). (Not yet in the large languages' rows: a German "Über den Autor:" box under a list
  of key-value rows, "• Level: 70", once cut off let the tips stage take the rows as 105 points, round 24.)
- ``ordinals``: the words for first to tenth, in that order (a word's place gives its value), as the language writes
  them beside its counter word ("Беренсе кәңәш:", first tip; "Zano rekutanga:", tip the first): with the counter and
  a colon they number a point as "Tip 1:" does. Asked only so.
- ``licence_noun``: the stem of the word for a licence where it is not "licen..." ("laisene", "rezinesi",
  "lisensi", "лиценз..."), matched at a word's start: a footer line naming a Creative Commons licence beside it says it
  licenses the site's texts, as "licensed under" does in English (html_meta.LICENSING_WORDS).
- ``ask_us``: the words opening a column's invitation to send it questions ("Schicken Sie uns Ihre Fragen …",
  "ستاسو پوښتنې … ولېږئ", "Su'aal ma qabtaa? …"), a short line under an advice column: the column's contact line,
  never the answer's text (English's are attribution.CONTACT's). Asked only at a line's start.
- ``honorifics``: the courtesy titles, ranks and academic titles a language writes before a person's name ("ಡಾ.",
  "ທ່ານ", "استاد", "Rr."), lower case, an abbreviation with its stop: a name opening with one loses it (SPEC), as
  "Dr." does (attribution.HONORIFICS). Asked only at a name's start, before the name.
- ``accepted_answer``: the label a Q&A site or a forum sets over the answer its asker or its moderators chose ("jibu
  bora", best answer), lower case: the page is read for that answer (attribution.ACCEPTED_MARK, which writes the
  languages Q&A software was first read in itself).
- ``kinship``: the kinship words a language sets before a grown person's name as a courtesy ("tayta", father, "mama",
  mother), lower case: honorifics in that language's text, and elsewhere part of the name the page writes ("Baba
  Adeyemi Okafor" on an English page): segment gives the word back to the name where the page's language is not one
  whose row lists it (SPEC: an address word before a name goes, a name's own part stays).
- ``weekdays``, ``months``: the full names of the days and the months as a date writes them ("Montag", "lunes";
  "März", "listopadu", "березня": the month in the case a date puts it, Finnish partitive, Slavic and Greek
  genitive): with a day's number and a year they make a date line. Short and common ("mai", "joi"): asked only so.
  A row may leave out a name another row lists (Dutch "april" is German's): the set is what is read. The weekdays
  of the scripts without spaces or capitals ("火曜日", "الثلاثاء", "יום") open a date line by themselves (dates.py).

Words are lower case (a consumer matches case-insensitively), written as the language writes them (accents and
script kept). Short words that are common words elsewhere ("de", "von", "por" alone) are never listed: a
phrase of two words or a word that is a cue by itself only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The languages: ISO 639-1 code -> {kind: words}. Chosen from the languages the labelled parts and the real texts
# hold and the largest web languages.
LANGUAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "small_ads": ("classifieds", "classified ads", "small ads", "for sale and wanted", "for sale & wanted"),
        "vacancy": ("responsibilities", "key responsibilities", "your responsibilities", "main responsibilities",
                    "main duties", "key duties", "your profile", "what you'll do", "what you’ll do", "what you will do",
                    "what you'll bring", "what you’ll bring", "what you will bring", "what we offer",
                    "what we're offering", "what's on offer", "what’s on offer", "how to apply", "job description",
                    "person specification", "about the role"),
        "facts_box": ("highlights", "key facts", "fast facts", "quick facts", "at a glance", "facts and figures",
                      "key figures", "in numbers", "by the numbers", "in figures"),
        "sources": ("sources", "references", "bibliography", "further reading", "works cited", "notes and references"),
        "sequence": ("first", "firstly", "first of all", "to begin with", "to start with", "second", "secondly",
                     "third", "thirdly", "next", "then", "after that", "finally", "lastly", "last of all"),
        "posted_by": ("written by", "posted by", "published by"),
        "rights_reserved": ("all rights reserved",),
        "ingredients": ("ingredients",),
        "serve": ("serve", "to serve", "enjoy"),
        "writer_label": ("author", "writer", "text", "words"),
        "meta_label": ("category", "categories", "tags", "share", "rating", "views", "comments", "reading time"),
        "published": ("posted on", "published", "updated"),
        "counter": ("tip", "step"),
        "permission": ("with permission", "with the permission of", "by permission of"),
        "holder": ("author", "writer", "publisher", "editor", "owner"),
        "by": ("by",),
        "text_noun": ("article", "text", "post", "column"),
        "may": ("may", "can", "are free to"),
        "reuse": ("republish", "reprint", "reproduc"),
        "issue": ("this issue", "this newsletter"),
        "wrote": ("wrote", "writes", "said"),
        "published_in": ("published in", "writer for"),
        "member_posts": ("posts", "messages"),
        "member_joined": ("joined", "join date", "registered", "member since"),
        "online_status": ("offline", "online"),
        "issue_contents": ("in this issue", "in this edition", "in this number", "in this letter",
                           "in this newsletter", "inside this issue", "inside this edition", "inside this newsletter",
                           "inside this number", "inside", "contents", "table of contents", "this issue",
                           "this edition", "what's inside", "what’s inside", "whats inside"),
        "thread_status": ("sticky", "pinned", "solved", "resolved", "answered", "closed", "locked", "announcement",
                          "poll"),
        "editor_role": ("editor", "editors", "editor-in-chief", "editress", "editrix"),
        "chapter": ("chapter", "part"),
        "subscribe": ("subscri",),
        "gone": ("page not found", "this post has been removed", "this page has been removed",
                 "this article has been removed", "this post is no longer available",
                 "this page is no longer available", "this article is no longer available", "this page has moved",
                 "this post has moved", "this article has moved"),
        "asked_by": ("asked by", "question asked by", "question by", "question from"),
        "limits": ("not", "never", "only", "without", "any further"),
        "desk": ("newsroom", "editorial team", "editorial desk", "editors"),
        "comments": ("comments", "comment", "responses"),
        "numbers": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        "tips": ("tips", "tricks", "hints"),
        "sign_in": ("sign in", "sign up", "log in", "login", "log on", "log out", "sign out", "register", "my account",
                    "create account", "create an account"),
        "address": ("you", "your", "yours", "yourself", "yourselves"),
        "measures": ("gram", "grams", "cup", "cups", "tablespoon", "tablespoons", "teaspoon", "teaspoons"),
    },
    "de": {
        "small_ads": ("kleinanzeigen",),
        "vacancy": ("ihre aufgaben", "deine aufgaben", "ihr profil", "dein profil", "wir bieten", "was wir bieten",
                    "das bieten wir", "ihre bewerbung", "deine bewerbung", "deine benefits", "ihre benefits"),
        "facts_box": ("auf einen blick", "das wichtigste in kürze", "zahlen und fakten", "fakten und zahlen",
                      "in zahlen", "eckdaten"),
        "sources": ("quellen", "quellenangaben", "literatur", "einzelnachweise", "weiterführende literatur"),
        "sequence": ("erstens", "zweitens", "drittens", "viertens", "fünftens", "sechstens", "und schließlich",
                     "zuerst", "zunächst", "als erstes",
                     "danach", "anschließend", "außerdem", "schließlich", "zum schluss", "zu guter letzt",
                     "als letztes", "und zuletzt"),
        "posted_by": ("geschrieben von", "verfasst von", "veröffentlicht von", "eingestellt von"),
        "rights_reserved": ("alle rechte vorbehalten",),
        "ingredients": ("zutaten",),
        "serve": ("servieren", "serviere", "servieren sie", "dazu passt", "guten appetit"),
        "writer_label": ("autor", "autorin", "text", "verfasser", "verfasserin"),
        "meta_label": ("kategorie", "kategorien", "schlagwörter", "schlagworte", "teilen", "bewertung", "aufrufe",
                       "kommentare", "lesezeit"),
        "tags": ("schlagwörter", "stichwörter", "schlagworte"),
        "share": ("teilen",),
        "published": ("veröffentlicht", "aktualisiert", "erschienen am", "geschrieben am"),
        "counter": ("schritt", "tipp"),
        "permission": ("mit genehmigung", "mit freundlicher genehmigung", "mit erlaubnis", "mit zustimmung"),
        "holder": ("autor", "verfasser", "verlag", "herausgeber", "redaktion", "rechteinhaber"),
        "by": ("von",),
        "text_noun": ("artikel", "text", "beitr"),
        "may": ("darf", "dürfen", "dürft"),
        "reuse": ("veröffentlich", "nachdruck", "nachgedruckt", "übernehm", "übernomm", "weitergeb", "verbreit"),
        "issue": ("dieser ausgabe", "dieses newsletters", "dieser newsletter", "diesem newsletter", "dieses heftes"),
        "weekdays": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
        "months": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                   "november", "dezember"),
        "series_part": ("im nächsten teil",),
        "wrote": ("schrieb",),
        "published_in": ("veröffentlicht in",),
        "read_also": ("lesen sie auch", "auch interessant", "ähnliche artikel", "ähnliche beiträge"),
        "member_posts": ("beiträge",),
        "member_joined": ("registriert", "dabei seit", "mitglied seit"),
        "online_status": ("abwesend", "anwesend"),
        "summary": ("zusammenfassung", "das wichtigste", "das wichtigste in kürze", "auf einen blick", "kurz gesagt",
                    "kurz und knapp"),
        "thread_status": ("gelöst", "erledigt", "geschlossen"),
        "editor_role": ("redakteur", "redakteurin", "herausgeber", "herausgeberin", "redaktion"),
        "chapter": ("kapitel", "teil"),
        "contents": ("in diesem artikel", "in diesem beitrag", "inhalt", "inhaltsverzeichnis"),
        "warnings": ("warnhinweise", "warnungen"),
        "first_published": ("erstmals", "ursprünglich"),
        "subscribe": ("abonn",),
        "gone": ("seite nicht gefunden", "dieser beitrag wurde entfernt", "dieser artikel wurde entfernt",
                 "diese seite existiert nicht mehr"),
        "asked_by": ("gefragt von",),
        "limits": ("nicht", "nie", "kein", "keine", "nur", "ohne", "weitere", "rücksprache", "absprache"),
        "desk": ("redaktion", "die redaktion", "online-redaktion"),
        "comments": ("kommentare", "kommentar"),
        "numbers": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
        "tips": ("tipps", "ratschläge", "tricks"),
        "sign_in": ("anmelden", "einloggen", "abmelden", "ausloggen", "registrieren", "mein konto"),
        "ask_us": ("schicken sie uns ihre fragen", "senden sie uns ihre frage", "haben sie eine frage an"),
        "function_words": ("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine",
                           "auch", "sich", "auf", "für", "im", "dem", "des", "es", "wir", "ich", "bei", "zum",
                           "ob", "dies"),
        "address": ("du", "dich", "dir", "dein", "deine", "deinem", "deinen", "deiner", "deines", "euch", "euer",
                    "eure", "eurem", "euren", "eurer", "eures"),
        "formal_address": ("sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "ihnen"),
        "infinitive_endings": ("en", "ern", "eln"),
        "measures": ("gramm", "teelöffel", "esslöffel", "tasse", "tassen"),
    },
    "fr": {
        "small_ads": ("petites annonces",),
        "vacancy": ("vos missions", "votre profil", "vos responsabilités", "ce que nous offrons", "nous offrons",
                    "comment postuler", "description du poste"),
        "facts_box": ("en bref", "en chiffres", "chiffres clés", "faits marquants", "points forts"),
        "sources": ("sources", "références", "bibliographie", "notes et références"),
        "sequence": ("premièrement", "deuxièmement", "troisièmement", "quatrièmement", "cinquièmement", "et enfin",
                     "tout d'abord",
                     "d'abord", "en premier lieu", "ensuite", "puis", "après cela", "enfin", "pour finir",
                     "en dernier lieu", "finalement"),
        "posted_by": ("écrit par", "écrite par", "publié par", "publiée par", "posté par", "rédigé par"),
        "rights_reserved": ("tous droits réservés",),
        "ingredients": ("ingrédients", "ingredients"),
        "serve": ("servir", "servez", "dégustez", "déguster", "bon appétit"),
        "writer_label": ("auteur", "autrice", "texte"),
        "meta_label": ("catégorie", "catégories", "étiquettes", "mots-clés", "partager", "partagez", "vues",
                       "commentaires", "temps de lecture"),
        "tags": ("étiquettes", "mots-clés"),
        "share": ("partager",),
        "published": ("publié le", "publié", "mis à jour", "posté le"),
        "counter": ("étape", "etape", "astuce", "conseil"),
        "permission": ("avec l'autorisation", "avec l’autorisation", "avec l'aimable autorisation",
                       "avec l’aimable autorisation", "avec la permission"),
        "holder": ("auteur", "autrice", "éditeur", "éditrice", "editeur", "rédaction"),
        "by": ("par",),
        "text_noun": ("article", "texte", "billet", "chronique"),
        "may": ("pouvez", "peut", "peuvent", "êtes libre"),
        "reuse": ("reprodui", "republi", "rediffus", "reprendre", "repris"),
        "issue": ("ce numéro", "cette lettre", "cette infolettre", "cette newsletter", "ce bulletin"),
        "weekdays": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "months": ("janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
                   "novembre", "décembre"),
        "series_part": ("dans le prochain épisode", "dans le prochain article", "dans le prochain numéro",
                        "rappel de la partie"),
        "wrote": ("a écrit",),
        "published_in": ("publié dans",),
        "read_also": ("lire aussi", "à lire aussi", "articles similaires"),
        "member_posts": ("messages",),
        "member_joined": ("inscrit", "membre depuis"),
        "online_status": ("hors ligne", "en ligne"),
        "summary": ("en bref", "en résumé", "résumé", "à retenir", "l'essentiel", "l’essentiel"),
        "thread_status": ("résolu", "fermé"),
        "editor_role": ("rédacteur", "rédactrice"),
        "chapter": ("chapitre", "partie"),
        "contents": ("dans cet article", "sommaire", "table des matières", "table des matieres"),
        "warnings": ("avertissements", "mises en garde"),
        "first_published": ("initialement", "à l'origine", "à l’origine"),
        "subscribe": ("abonn",),
        "gone": ("page introuvable", "page non trouvée", "cet article a été supprimé", "cette page n'existe plus"),
        "asked_by": ("question posée par",),
        "limits": ("ne", "pas", "jamais", "seulement", "uniquement", "sans"),
        "desk": ("rédaction", "la rédaction"),
        "comments": ("commentaires", "commentaire"),
        "numbers": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
        "tips": ("conseils", "astuces"),
        "sign_in": ("se connecter", "connexion", "s'identifier", "déconnexion", "se déconnecter", "s'inscrire",
                    "inscription", "mon compte"),
        "ask_us": ("envoyez-nous vos questions", "envoyez vos questions", "posez vos questions à"),
        "function_words": ("le", "la", "les", "des", "et", "est", "une", "un", "du", "que", "qui", "dans", "pour",
                           "pas", "sur", "au", "ne", "se", "ce", "il", "elle"),
        "address": ("vous", "votre", "vos", "tu", "toi", "ton", "ta", "tes", "te"),
        "measures": ("grammes", "gramme", "cuillère", "cuillères", "tasse", "tasses"),
        "leading_infinitive_endings": ("er", "ir", "re"),
        "imperative_endings": ("ez",),
    },
    "es": {
        "small_ads": ("anuncios clasificados", "clasificados", "anuncios breves"),
        "vacancy": ("tus funciones", "tus responsabilidades", "requisitos del puesto", "tu perfil", "qué ofrecemos",
                    "ofrecemos", "cómo aplicar", "descripción del puesto"),
        "facts_box": ("en cifras", "datos clave", "cifras clave", "de un vistazo", "lo más destacado"),
        "sources": ("fuentes", "referencias", "bibliografía"),
        "sequence": ("primero", "en primer lugar", "segundo", "en segundo lugar", "tercero", "en tercer lugar",
                     "en cuarto lugar", "y por último", "y finalmente",
                     "después", "luego", "a continuación", "por último", "finalmente", "para terminar"),
        "posted_by": ("escrito por", "publicado por", "enviado por", "redactado por"),
        "rights_reserved": ("todos los derechos reservados",),
        "ingredients": ("ingredientes",),
        "serve": ("servir", "sirve", "sirva", "servimos", "disfruta", "buen provecho",
                  "sírvela", "sírvelo", "sírvelas", "sírvelos"),  # the imperative with its object joined on
        "writer_label": ("autor", "autora", "texto"),
        "meta_label": ("categoría", "categorías", "etiquetas", "compartir", "comparte", "valoración", "visitas",
                       "comentarios", "tiempo de lectura"),
        "tags": ("etiquetas",),
        "share": ("compartir",),
        "published": ("publicado el", "publicado", "actualizado"),
        "counter": ("paso", "consejo"),
        "permission": ("con permiso", "con el permiso", "con autorización", "con la autorización"),
        "holder": ("autor", "editor", "editorial", "titular"),
        "by": ("por",),
        "text_noun": ("artículo", "articulo", "texto", "entrada"),
        "may": ("puede", "pueden", "puedes", "se permite"),
        "reuse": ("reproduc", "republic", "publicar", "difundir", "compartir"),
        "issue": ("este número", "este boletín", "esta newsletter", "este newsletter"),
        "weekdays": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        "months": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
                   "octubre", "noviembre", "diciembre"),
        "series_part": ("en la próxima entrega", "resumen de la parte"),
        "wrote": ("escribió",),
        "published_in": ("publicado en",),
        "read_also": ("lee también", "artículos relacionados"),
        "member_posts": ("mensajes",),
        "member_joined": ("registrado", "miembro desde"),
        "online_status": ("desconectado", "conectado", "en línea"),
        "summary": ("en resumen", "en pocas palabras", "en síntesis", "resumen", "puntos clave", "lo esencial",
                    "para llevar"),
        "thread_status": ("solucionado", "resuelto", "cerrado"),
        "editor_role": ("redactor", "redactora"),
        "chapter": ("capítulo", "capitulo", "parte"),
        "contents": ("en este artículo", "en este articulo", "índice", "indice"),
        "warnings": ("advertencias",),
        "first_published": ("originalmente",),
        "subscribe": ("suscrip",),
        "gone": ("página no encontrada", "esta entrada ha sido eliminada", "este artículo ha sido eliminado",
                 "esta página ya no existe"),
        "asked_by": ("preguntado por",),
        "limits": ("no", "nunca", "solo", "sólo", "solamente", "únicamente", "sin", "prohibida"),
        "desk": ("redacción", "la redacción"),
        "comments": ("comentarios", "comentario"),
        "numbers": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
        "tips": ("consejos", "trucos"),
        "sign_in": ("iniciar sesión", "inicia sesión", "acceder", "cerrar sesión", "registrarse", "regístrate",
                    "mi cuenta"),
        "ask_us": ("envíanos tus preguntas", "envíe sus preguntas", "envía tus preguntas"),
        "function_words": ("el", "la", "los", "las", "de", "y", "que", "en", "un", "una", "es", "por", "con", "para",
                           "no", "se", "del", "al", "lo", "como"),
        "address": ("usted", "ustedes", "tú", "tu", "tus", "te", "ti", "contigo", "vosotros", "vosotras", "vuestro",
                    "vuestra", "vuestros", "vuestras"),
        "measures": ("gramos", "gramo", "cucharada", "cucharadas", "cucharadita", "cucharaditas", "taza", "tazas"),
        "leading_infinitive_endings": ("ar", "er", "ir"),
    },
    "pt": {
        "vacancy": ("o teu perfil", "seu perfil", "o que oferecemos", "oferecemos", "como candidatar-se",
                    "descrição da vaga"),
        "facts_box": ("em números", "em numeros", "dados principais", "destaques"),
        "sources": ("fontes", "referências", "bibliografia"),
        "sequence": ("primeiro", "em primeiro lugar", "segundo", "em segundo lugar", "terceiro", "em terceiro lugar",
                     "em quarto lugar", "depois",
                     "em seguida", "a seguir", "por fim", "por último", "finalmente"),
        "posted_by": ("escrito por", "postado por", "publicado por", "enviado por"),
        "rights_reserved": ("todos os direitos reservados",),
        "ingredients": ("ingredientes",),
        "serve": ("servir", "sirva", "sirvo", "bom apetite"),
        "writer_label": ("autor", "autora", "texto"),
        "meta_label": ("categoria", "categorias", "compartilhe", "compartilhar", "partilhar", "avaliação",
                       "visualizações", "comentários", "tempo de leitura"),
        "tags": ("etiquetas",),
        "share": ("compartilhar", "partilhar"),
        "published": ("publicado em", "publicado", "atualizado", "postado em"),
        "counter": ("passo", "dica"),
        "permission": ("com autorização", "com a autorização", "com permissão", "com a permissão"),
        "holder": ("autor", "editor", "editora", "titular", "proprietári"),
        "by": ("por", "de"),
        "text_noun": ("artigo", "texto", "matéria", "post"),
        "may": ("pode", "podem", "é permitid", "é livre"),
        "reuse": ("reproduz", "republic", "publicar", "divulgar", "compartilhar"),
        "issue": ("esta edição", "este boletim", "esta newsletter", "este informativo"),
        "weekdays": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"),
        "months": ("janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
                   "dezembro"),
        "wrote": ("escreveu",),
        "published_in": ("publicado em",),
        "read_also": ("leia também",),
        "member_posts": ("mensagens",),
        "member_joined": ("registrado", "membro desde"),
        "summary": ("resumo", "em resumo", "pontos-chave", "pontos chave"),
        "thread_status": ("resolvido", "fechado"),
        "editor_role": ("editora", "redactor"),
        "chapter": ("capítulo", "capitulo", "parte"),
        "contents": ("neste artigo", "índice", "indice"),
        "warnings": ("avisos",),
        "first_published": ("originalmente",),
        "asked_by": ("pergunta de",),
        "limits": ("não", "nunca", "só", "somente", "apenas", "sem", "proibida"),
        "desk": ("redação", "redacção", "da redação"),
        "comments": ("comentários", "comentário"),
        "numbers": ("dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"),
        "tips": ("dicas", "conselhos"),
        "sign_in": ("entrar", "iniciar sessão", "fazer login", "terminar sessão", "cadastre-se", "registar",
                    "minha conta"),
        "ask_us": ("envie suas perguntas", "envie as suas perguntas", "mande sua pergunta"),
        "function_words": ("o", "a", "os", "as", "de", "e", "que", "do", "da", "em", "um", "uma", "para", "é", "não",
                           "com", "se", "dos", "das"),
        "address": ("você", "vocês", "tu", "te", "teu", "tua", "teus", "tuas", "contigo"),
        "measures": ("gramas", "grama", "colher", "colheres", "xícara", "xícaras", "chávena", "chávenas"),
        "leading_infinitive_endings": ("ar", "er", "ir"),
    },
    "it": {
        "vacancy": ("le tue responsabilità", "il tuo profilo", "cosa offriamo", "offriamo", "come candidarsi",
                    "descrizione del ruolo"),
        "facts_box": ("in cifre", "in numeri", "dati chiave", "in breve"),
        "sources": ("fonti", "riferimenti", "bibliografia"),
        "sequence": ("primo", "per prima cosa", "innanzitutto", "prima di tutto", "secondo", "in secondo luogo",
                     "terzo", "in terzo luogo", "quarto", "in quarto luogo", "e infine", "poi", "in seguito",
                     "dopodiché", "infine", "per finire", "da ultimo"),
        "posted_by": ("scritto da", "pubblicato da", "postato da"),
        "rights_reserved": ("tutti i diritti riservati",),
        "ingredients": ("ingredienti",),
        "serve": ("servire", "servite", "servi", "buon appetito"),
        "writer_label": ("autore", "autrice", "testo"),
        "meta_label": ("categoria", "categorie", "condividi", "valutazione", "visualizzazioni", "commenti",
                       "tempo di lettura"),
        "tags": ("etichette", "tag"),
        "share": ("condividi",),
        "published": ("pubblicato il", "pubblicato", "aggiornato"),
        "counter": ("passo", "consiglio"),
        "permission": ("con il permesso", "con l'autorizzazione", "con l’autorizzazione", "per gentile concessione",
                       "con il consenso"),
        "holder": ("autor", "editore", "editrice", "redazione"),
        "by": ("di", "da"),
        "text_noun": ("articol", "testo", "testi"),
        "may": ("può", "possono", "puoi", "è consentit"),
        "reuse": ("riprodur", "ripubblic", "pubblicar", "diffonder", "condivider"),
        "issue": ("questo numero", "questa newsletter", "questo bollettino", "questo notiziario"),
        "weekdays": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        "months": ("gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre"),
        "wrote": ("ha scritto",),
        "published_in": ("pubblicato in",),
        "read_also": ("leggi anche", "articoli correlati"),
        "member_posts": ("messaggi",),
        "member_joined": ("iscritto",),
        "online_status": ("non connesso", "connesso"),
        "summary": ("in sintesi", "in breve", "riepilogo", "punti chiave"),
        "thread_status": ("risolto", "chiuso"),
        "editor_role": ("redattore", "redattrice", "editore"),
        "chapter": ("capitolo", "parte"),
        "contents": ("in questo articolo", "índice", "indice"),
        "warnings": ("avvertenze",),
        "first_published": ("originariamente",),
        "subscribe": ("iscrizion",),
        "gone": ("pagina non trovata", "questo articolo è stato rimosso", "questa pagina non esiste più"),
        "asked_by": ("domanda di",),
        "limits": ("non", "mai", "solo", "soltanto", "senza", "vietata"),
        "desk": ("redazione", "la redazione"),
        "comments": ("commenti", "commento"),
        "numbers": ("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"),
        "tips": ("consigli", "trucchi"),
        "sign_in": ("accedi", "accesso", "esci", "registrati", "iscriviti", "il mio account"),
        "ask_us": ("inviateci le vostre domande", "scriveteci le vostre domande", "avete una domanda per"),
        "function_words": ("il", "la", "le", "di", "e", "che", "è", "un", "una", "per", "non", "con", "del", "della",
                           "in", "si", "gli", "nel", "alla"),
        "address": ("tu", "ti", "te", "tuo", "tua", "tuoi", "tue", "voi", "vi", "vostro", "vostra", "vostri",
                    "vostre"),
        "measures": ("grammi", "grammo", "cucchiaio", "cucchiai", "cucchiaino", "cucchiaini", "tazza", "tazze"),
        "leading_infinitive_endings": ("are", "ere", "ire"),
    },
    "nl": {
        "vacancy": ("jouw taken", "uw taken", "jouw profiel", "uw profiel", "wat wij bieden", "wij bieden",
                    "functieomschrijving"),
        "facts_box": ("in cijfers", "kerncijfers", "in het kort", "hoogtepunten"),
        "sources": ("bronnen", "referenties", "literatuurlijst"),
        "sequence": ("ten eerste", "ten tweede", "ten derde", "ten vierde", "ten vijfde", "en tot slot", "eerst",
                     "allereerst", "daarna",
                     "vervolgens", "tot slot", "ten slotte", "als laatste", "tenslotte"),
        "posted_by": ("geschreven door", "geplaatst door", "gepubliceerd door"),
        "rights_reserved": ("alle rechten voorbehouden",),
        "ingredients": ("ingrediënten", "ingredienten"),
        "serve": ("serveer", "serveren", "eet smakelijk"),
        "writer_label": ("auteur", "tekst", "schrijver"),
        "meta_label": ("categorie", "categorieën", "delen", "beoordeling", "weergaven", "reacties", "leestijd"),
        "tags": ("etiketten",),
        "share": ("delen",),
        "published": ("gepubliceerd", "bijgewerkt", "geplaatst op"),
        "counter": ("stap", "tip"),
        "permission": ("met toestemming", "met vriendelijke toestemming"),
        "holder": ("auteur", "schrijver", "uitgever", "redactie"),
        "by": ("door",),
        "text_noun": ("artikel", "tekst", "column"),
        "may": ("mag", "mogen"),
        "reuse": ("overgenomen", "overnemen", "publiceren", "gepubliceerd", "verspreid", "herpubliceren"),
        "issue": ("dit nummer", "deze nieuwsbrief", "deze editie"),
        "weekdays": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        "months": ("januari", "februari", "maart", "mei", "augustus"),
        "wrote": ("schreef",),
        "read_also": ("lees ook",),
        "member_posts": ("berichten",),
        "member_joined": ("lid sinds",),
        "summary": ("samenvatting", "kort samengevat", "in het kort"),
        "thread_status": ("opgelost", "gesloten"),
        "editor_role": ("redacteur", "redactrice"),
        "chapter": ("hoofdstuk", "deel"),
        "contents": ("in dit artikel", "inhoud", "inhoudsopgave"),
        "warnings": ("waarschuwingen",),
        "first_published": ("oorspronkelijk",),
        "asked_by": ("vraag van",),
        "limits": ("niet", "nooit", "geen", "alleen", "zonder"),
        "desk": ("redactie", "de redactie"),
        "comments": ("reacties", "reactie"),
        "numbers": ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
        "tips": ("tips", "adviezen"),
        "sign_in": ("inloggen", "aanmelden", "uitloggen", "afmelden", "registreren", "mijn account"),
        "function_words": ("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet", "met", "voor",
                           "zijn", "er", "ook", "naar"),
        "address": ("je", "jij", "jou", "jouw", "u", "uw", "jullie"),
        "measures": ("gram", "eetlepel", "eetlepels", "theelepel", "theelepels", "kopje", "kopjes"),
    },
    "pl": {
        "vacancy": ("twoje zadania", "twój profil", "nasze wymagania", "oferujemy", "zakres obowiązków"),
        "facts_box": ("w liczbach", "najważniejsze fakty", "w skrócie"),
        "sources": ("źródła", "bibliografia", "przypisy"),
        "sequence": ("po pierwsze", "po drugie", "po trzecie", "po czwarte", "po piąte", "najpierw",
                     "następnie", "potem", "na koniec", "na zakończenie", "wreszcie", "po ostatnie"),
        "posted_by": ("napisał", "napisała", "opublikował", "opublikowała", "opublikowane przez"),
        "rights_reserved": ("wszelkie prawa zastrzeżone",),
        "ingredients": ("składniki",),
        "serve": ("podawać", "podawaj", "podajemy", "smacznego"),
        "writer_label": ("autor", "autorka", "tekst", "opracowanie", "opracował", "opracowała"),
        "meta_label": ("kategoria", "kategorie", "tagi", "udostępnij", "ocena", "wyświetlenia", "komentarze",
                       "czas czytania"),
        "tags": ("etykiety", "tagi"),
        "share": ("udostępnij",),
        "published": ("opublikowano", "zaktualizowano", "dodano"),
        "counter": ("krok", "wskazówka", "porada"),
        "permission": ("za zgodą", "za uprzejmą zgodą", "za pozwoleniem"),
        "holder": ("autor", "wydaw", "redakc"),
        "by": ("przez",),
        "text_noun": ("artykuł", "tekst", "wpis"),
        "may": ("można", "możesz", "wolno"),
        "reuse": ("publikow", "opublikow", "przedruk", "rozpowszechn", "kopiow"),
        "issue": ("tego numeru", "tym numerze", "tego biuletynu", "tym biuletynie", "tego newslettera",
                  "tym newsletterze"),
        "weekdays": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "niedziela"),
        "months": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                   "października", "listopada", "grudnia"),
        "series_part": ("w następnej części",),
        "wrote": ("napisał", "napisał(a)", "napisała"),
        "published_in": ("opublikowano w",),
        "read_also": ("czytaj także", "czytaj też", "zobacz także", "zobacz też"),
        "member_posts": ("posty", "postów", "wiadomości"),
        "member_joined": ("dołączył", "dołączyła"),
        "online_status": ("niedostępny", "dostępny"),
        "summary": ("podsumowanie", "w skrócie"),
        "thread_status": ("rozwiązany", "rozwiązane", "rozwiązana", "zamknięty", "zamknięte"),
        "editor_role": ("redaktor", "redaktorka"),
        "chapter": ("rozdział", "część"),
        "contents": ("w tym artykule", "spis treści", "spis tresci"),
        "warnings": ("ostrzeżenia",),
        "first_published": ("pierwotnie",),
        "subscribe": ("subskrypc",),
        "gone": ("nie znaleziono strony", "strona nie została znaleziona", "ten wpis został usunięty"),
        "asked_by": ("pytanie zadał", "pytanie zadal"),
        "limits": ("nie", "nigdy", "tylko", "wyłącznie", "bez"),
        "desk": ("redakcja", "zespół redakcyjny"),
        "comments": ("komentarze", "komentarzy", "komentarz"),
        "numbers": ("dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć"),
        "tips": ("porady", "wskazówki", "triki"),
        "sign_in": ("zaloguj się", "zaloguj", "wyloguj się", "zarejestruj się", "logowanie", "moje konto"),
        "function_words": ("i", "w", "na", "z", "się", "nie", "do", "że", "jest", "jak", "ale", "co", "za", "tak",
                           "dla", "czy", "już", "przez", "jako", "oraz", "jej", "są", "a", "to", "o", "po", "od",
                           "jego", "lub", "tylko", "może", "ich", "ze", "we"),
        "address": ("ty", "ci", "cię", "ciebie", "tobie", "tobą", "twój", "twoja", "twoje", "twojego", "twojej",
                    "twoim", "twoją", "twoich", "twoimi", "wy", "was", "wam", "wami", "wasz", "wasza", "wasze",
                    "waszego", "waszej", "waszym", "waszą", "waszych"),
        "measures": ("gramów", "gramy", "łyżka", "łyżki", "łyżek", "łyżeczka", "łyżeczki", "szklanka", "szklanki"),
        "leading_infinitive_endings": ("ć",),
    },
    "cs": {
        "sequence": ("za prvé", "za druhé", "za třetí", "za čtvrté", "za páté", "zaprvé", "zadruhé", "zatřetí",
                     "začtvrté", "zapáté", "a nakonec", "a konečně", "nejprve", "nejdříve", "potom", "poté", "dále",
                     "nakonec", "na závěr"),
        "posted_by": ("napsal", "napsala", "vystavil", "publikoval"),
        "rights_reserved": ("všechna práva vyhrazena",),
        "ingredients": ("suroviny", "ingredience"),
        "serve": ("podávejte", "podáváme", "dobrou chuť"),
        "writer_label": ("autor", "autorka", "text", "připravil", "připravila"),
        "meta_label": ("kategorie", "štítky", "sdílet", "hodnocení", "zobrazení", "komentáře", "doba čtení"),
        "tags": ("štítky",),
        "published": ("publikováno", "aktualizováno", "vloženo"),
        "counter": ("krok", "tip", "rada"),
        "permission": ("se svolením", "s laskavým svolením", "se souhlasem"),
        "holder": ("autor", "vydavatel", "nakladatel", "redakce"),
        "by": ("od",),
        "text_noun": ("článek", "článk", "text"),
        "may": ("můžete", "lze", "smíte", "smí"),
        "reuse": ("publikov", "přetisk", "šířit", "převz", "přebír"),
        "issue": ("tohoto čísla", "tomto čísle", "tohoto zpravodaje", "tomto zpravodaji"),
        "weekdays": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
        "months": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                   "listopadu", "prosince"),
        "wrote": ("napsal", "napsal(a)", "napsala"),
        "member_posts": ("příspěvky",),
        "summary": ("shrnutí",),
        "thread_status": ("vyřešeno",),
        "editor_role": ("redaktor", "redaktorka"),
        "chapter": ("kapitola",),
        "first_published": ("původně",),
        "limits": ("ne", "nikdy", "pouze", "jen", "bez"),
        "desk": ("redakce",),
        "comments": ("komentáře", "komentářů"),
        "numbers": ("dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "deset"),
        "tips": ("tipy", "rady"),
        "sign_in": ("přihlásit se", "přihlásit", "přihlášení", "odhlásit se", "registrace", "můj účet"),
        "function_words": ("a", "v", "se", "na", "je", "že", "to", "s", "z", "do", "o", "jak", "ale", "by", "jsou",
                           "pro", "k", "od", "tak", "po", "jsem", "už"),
        "address": ("ty", "tě", "tebe", "ti", "tobě", "tebou", "tvůj", "tvoje", "tvá", "tvého", "tvé", "tvým",
                    "tvých", "vy", "vás", "vám", "vámi", "váš", "vaše", "vaši", "vašeho", "vašem", "vašim", "vašich"),
    },
    "sk": {
        "sequence": ("po prvé", "po druhé", "po tretie", "po štvrté", "po piate", "najprv", "najskôr", "potom", "ďalej",
                     "nakoniec", "na záver", "a napokon", "v prvom rade", "a nakoniec"),
        "posted_by": ("napísal", "napísala", "pridal", "pridala", "publikoval", "publikovala", "uverejnil",
                      "uverejnila"),
        "rights_reserved": ("všetky práva vyhradené",),
        "ingredients": ("suroviny", "ingrediencie", "potrebujeme"),
        "serve": ("podávajte", "podávame", "dobrú chuť"),
        "writer_label": ("autor", "autorka", "text", "pripravil", "pripravila"),
        "meta_label": ("kategória", "štítky", "zdieľať", "hodnotenie", "zobrazenia", "komentáre", "čas čítania"),
        "published": ("publikované", "aktualizované", "pridané", "uverejnené"),
        "counter": ("krok", "tip", "rada"),
        "permission": ("so súhlasom", "s láskavým súhlasom", "s povolením", "s láskavým zvolením"),
        "holder": ("autor", "vydavateľ", "redakci", "redakcie"),
        "by": ("od",),
        "text_noun": ("článok", "článk", "text"),
        "may": ("môžete", "možno", "smiete", "smie", "je povolené"),
        "reuse": ("publikov", "pretlač", "šíriť", "prevz", "preber", "zverejn", "šíri", "kopírova", "prebera"),
        "issue": ("tohto čísla", "tomto čísle", "tohto spravodaja", "tomto spravodaji", "v tomto čísle",
                  "tohto newslettera"),
        "summary": ("zhrnutie",),
        "chapter": ("kapitola",),
        "limits": ("nie", "nikdy", "iba", "len", "bez", "ne", "zakázan"),
        "desk": ("redakcia",),
        "comments": ("komentáre", "komentárov"),
        "numbers": ("dva", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť", "desať"),
        "tips": ("tipy", "rady", "triky"),
        "sign_in": ("prihlásiť sa", "prihlásenie", "registrácia", "odhlásiť sa"),
        "function_words": ("a", "v", "sa", "na", "je", "že", "to", "s", "z", "do", "o", "ako", "ale", "by", "sú",
                           "pre", "k", "od", "tak", "po", "som", "už", "aj"),
        "address": ("ty", "teba", "ti", "tebe", "tebou", "tvoj", "tvoja", "tvoje", "tvojho", "tvojej", "vy", "vás",
                    "vám", "vami", "váš", "vaša", "vaše", "vášho", "vašej", "vašich", "vašim"),
        "leading_infinitive_endings": ("ť",),
    },
    "ro": {
        "small_ads": ("anunțuri", "anunţuri", "mică publicitate", "anunțuri de mică publicitate",
                      "anunţuri de mică publicitate"),
        "sequence": ("în primul rând", "în al doilea rând", "în al treilea rând", "mai întâi", "apoi",
                     "după aceea", "în cele din urmă", "în final", "la final"),
        "posted_by": ("scris de", "publicat de", "postat de"),
        "rights_reserved": ("toate drepturile rezervate",),
        "ingredients": ("ingrediente",),
        "serve": ("serviți", "se servește", "poftă bună"),
        "writer_label": ("autor", "autoare", "text"),
        "meta_label": ("categorie", "categorii", "etichete", "distribuie", "vizualizări", "comentarii",
                       "timp de citire", "timp de lectură"),
        "tags": ("etichete",),
        "published": ("publicat", "actualizat", "postat"),
        "counter": ("pasul", "sfatul"),
        "permission": ("cu permisiunea", "cu acordul"),
        "holder": ("autor", "editur", "redacți"),
        "by": ("de",),
        "text_noun": ("articol", "textul", "textele"),
        "may": ("pot fi", "puteți", "poate fi", "se pot"),
        "reuse": ("prelua", "preluat", "republic", "publica", "reproduc"),
        "issue": ("acest buletin", "acest număr", "acest newsletter", "această ediție"),
        "weekdays": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
        "months": ("ianuarie", "februarie", "martie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie",
                   "decembrie"),
        "member_posts": ("mesaje",),
        "summary": ("rezumat",),
        "thread_status": ("rezolvat",),
        "first_published": ("inițial",),
        "limits": ("nu", "niciodată", "doar", "numai", "fără"),
        "desk": ("redacția", "redactia"),
        "comments": ("comentarii",),
        "numbers": ("două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă", "zece"),
        "tips": ("sfaturi", "trucuri"),
        "sign_in": ("autentificare", "conectare", "intră în cont", "deconectare", "înregistrare", "contul meu"),
        "function_words": ("și", "în", "de", "la", "cu", "pe", "că", "nu", "se", "o", "un", "a", "din", "pentru",
                           "este", "mai", "care", "sunt", "sau", "ca"),
        "address": ("tu", "te", "ți", "tine", "tău", "ta", "tale", "tăi", "voi", "vă", "vouă", "vostru", "voastră",
                    "voștri", "voastre", "dumneavoastră"),
    },
    "sv": {
        "sources": ("källor", "referenser"),
        "sequence": ("för det första", "för det andra", "för det tredje", "för det fjärde", "först", "sedan",
                     "därefter",
                     "till sist", "slutligen", "avslutningsvis"),
        "posted_by": ("skrivet av", "skriven av", "upplagd av", "publicerad av"),
        "rights_reserved": ("alla rättigheter förbehållna",),
        "ingredients": ("ingredienser",),
        "serve": ("servera", "serveras", "smaklig måltid"),
        "writer_label": ("författare", "text", "skribent"),
        "meta_label": ("kategori", "kategorier", "taggar", "dela", "betyg", "visningar", "kommentarer", "lästid"),
        "tags": ("taggar",),
        "share": ("dela",),
        "published": ("publicerad", "publicerat", "uppdaterad", "uppdaterat"),
        "counter": ("steg", "tips"),
        "permission": ("med tillstånd", "med tillåtelse", "med benäget tillstånd"),
        "holder": ("författar", "förlag", "redaktion", "upphovs"),
        "by": ("av",),
        "text_noun": ("artikel", "artikl", "texten", "inlägg"),
        "may": ("får", "kan fritt"),
        "reuse": ("publicera", "återpublicera", "återge", "sprida", "kopiera"),
        "issue": ("detta nyhetsbrev", "det här nyhetsbrevet", "detta nummer", "det här numret"),
        "weekdays": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
        "months": ("maj", "augusti"),
        "wrote": ("skrev",),
        "read_also": ("läs också",),
        "member_posts": ("inlägg",),
        "summary": ("sammanfattning",),
        "thread_status": ("löst",),
        "chapter": ("kapitel",),
        "contents": ("i denna artikel", "innehåll"),
        "warnings": ("varningar",),
        "first_published": ("ursprungligen",),
        "subscribe": ("prenumera",),
        "gone": ("sidan hittades inte", "inlägget har tagits bort", "sidan finns inte längre"),
        "limits": ("inte", "aldrig", "endast", "bara", "utan"),
        "desk": ("redaktionen",),
        "comments": ("kommentarer", "kommentar"),
        "numbers": ("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"),
        "tips": ("tips", "råd"),
        "sign_in": ("logga in", "logga ut", "registrera dig", "mitt konto"),
        "function_words": ("och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "till", "den", "inte",
                           "har", "om", "ett", "de", "var", "jag"),
        "address": ("du", "dig", "din", "ditt", "dina", "ni", "er", "ert", "era"),
    },
    "da": {
        "sources": ("kilder", "referencer"),
        "sequence": ("for det første", "for det andet", "for det tredje", "først", "derefter", "til sidst",
                     "endelig", "afslutningsvis"),
        "posted_by": ("skrevet af", "indsendt af", "udgivet af"),
        "rights_reserved": ("alle rettigheder forbeholdes",),
        "ingredients": ("ingredienser",),
        "serve": ("server", "serveres", "velbekomme"),
        "writer_label": ("forfatter", "tekst", "skribent"),
        "meta_label": ("kategori", "kategorier", "bedømmelse", "visninger", "kommentarer", "læsetid"),
        "tags": ("emneord",),
        "share": ("del",),
        "published": ("udgivet", "opdateret", "offentliggjort"),
        "counter": ("trin", "tip"),
        "permission": ("med tilladelse", "med venlig tilladelse"),
        "holder": ("forfatter", "forlag", "redaktion"),
        "by": ("af",),
        "text_noun": ("artikel", "artikl", "teksten", "indlæg"),
        "may": ("må", "gerne"),
        "reuse": ("publicere", "genudgive", "gengive", "dele", "kopiere"),
        "issue": ("dette nyhedsbrev", "dette nummer"),
        "weekdays": ("mandag", "tirsdag", "lørdag", "søndag"),
        "months": ("marts",),
        "wrote": ("skrev",),
        "read_also": ("læs også",),
        "member_posts": ("indlæg",),
        "thread_status": ("løst",),
        "editor_role": ("redaktør", "redaktøren"),
        "chapter": ("kapitel",),
        "warnings": ("advarsler",),
        "limits": ("ikke", "aldrig", "kun", "uden"),
        "desk": ("redaktionen",),
        "comments": ("kommentarer", "kommentar"),
        "numbers": ("to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti"),
        "tips": ("tips", "råd"),
        "sign_in": ("log ind", "log ud", "tilmeld dig", "min konto"),
        "function_words": ("og", "at", "det", "som", "en", "er", "på", "for", "med", "af", "til", "den", "ikke",
                           "har", "om", "et", "de", "var", "jeg"),
        "address": ("du", "dig", "din", "dit", "dine", "jer", "jeres"),
    },
    "no": {
        "sources": ("kilder", "referanser"),
        "sequence": ("for det første", "for det andre", "for det tredje", "først", "deretter", "til slutt",
                     "til sist", "avslutningsvis"),
        "posted_by": ("skrevet av", "lagt inn av", "publisert av"),
        "rights_reserved": ("alle rettigheter reservert",),
        "ingredients": ("ingredienser",),
        "serve": ("server", "serveres", "velbekomme"),
        "writer_label": ("forfatter", "tekst", "skribent"),
        "meta_label": ("kategori", "kategorier", "stikkord", "emneknagger", "vurdering", "visninger", "kommentarer",
                       "lesetid"),
        "tags": ("stikkord",),
        "share": ("del",),
        "published": ("publisert", "oppdatert"),
        "counter": ("steg", "tips"),
        "permission": ("med tillatelse", "med vennlig tillatelse"),
        "holder": ("forfatter", "forlag", "redaksjon"),
        "by": ("av",),
        "text_noun": ("artikkel", "artikl", "teksten", "innlegg"),
        "may": ("kan fritt", "står fritt"),
        "reuse": ("publisere", "gjengi", "dele", "kopiere"),
        "issue": ("dette nyhetsbrevet", "dette nummeret"),
        "weekdays": ("mandag", "tirsdag", "lørdag", "søndag"),
        "months": ("desember",),
        "wrote": ("skrev",),
        "read_also": ("les også",),
        "member_posts": ("innlegg",),
        "summary": ("sammendrag", "opsummering"),
        "thread_status": ("løst",),
        "editor_role": ("redaktør", "redaktøren"),
        "chapter": ("kapittel",),
        "warnings": ("advarsler",),
        "limits": ("ikke", "aldri", "kun", "bare", "uten"),
        "desk": ("redaksjonen",),
        "comments": ("kommentarer", "kommentar"),
        "numbers": ("to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti"),
        "tips": ("tips", "råd"),
        "sign_in": ("logg inn", "logg ut", "registrer deg", "min konto"),
        "function_words": ("og", "å", "det", "som", "en", "er", "på", "for", "med", "av", "til", "den", "ikke", "har",
                           "om", "et", "de", "var", "jeg"),
        "address": ("du", "deg", "din", "ditt", "dine", "dere", "deres"),
    },
    "fi": {
        "sources": ("lähteet",),
        "sequence": ("ensinnäkin", "ensimmäiseksi", "toiseksi", "kolmanneksi", "neljänneksi", "viidenneksi",
                     "ja lopuksi",
                     "aluksi", "sitten", "seuraavaksi",
                     "lopuksi", "viimeiseksi"),
        "posted_by": ("kirjoittanut", "julkaissut"),
        "rights_reserved": ("kaikki oikeudet pidätetään",),
        "ingredients": ("ainekset", "ainesosat"),
        "serve": ("tarjoile", "tarjoillaan", "hyvää ruokahalua"),
        "writer_label": ("kirjoittaja", "teksti"),
        "meta_label": ("kategoria", "kategoriat", "avainsanat", "tunnisteet", "arvio", "katselukerrat", "kommentit",
                       "lukuaika"),
        "tags": ("tagit", "tunnisteet"),
        "share": ("jaa",),
        "published": ("julkaistu", "päivitetty"),
        "counter": ("vaihe", "vinkki"),
        "permission": ("luvalla", "suostumuksella"),
        "holder": ("kirjoittaj", "tekijä", "kustantaj", "toimitu"),
        "by": ("kirjoittanut",),
        "text_noun": ("artikkeli", "teksti", "kirjoitus"),
        "may": ("saa", "voit", "saat"),
        "reuse": ("julkais", "jakaa", "kopioi", "levittää"),
        "issue": ("tämän uutiskirjeen", "tässä uutiskirjeessä", "tämän numeron", "tässä numerossa"),
        "weekdays": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
        "months": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
                   "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
        "wrote": ("kirjoitti",),
        "member_posts": ("viestejä", "viestit"),
        "summary": ("yhteenveto",),
        "thread_status": ("ratkaistu",),
        "editor_role": ("toimittaja",),
        "chapter": ("luku", "kappale"),
        "contents": ("sisällys", "sisällysluettelo", "sisallys", "sisallysluettelo"),
        "first_published": ("alun perin",),
        "limits": ("ei", "älä", "vain", "ainoastaan", "ilman"),
        "desk": ("toimitus",),
        "comments": ("kommentit", "kommenttia"),
        "numbers": ("kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen"),
        "tips": ("vinkit", "vinkkejä", "neuvoja"),
        "sign_in": ("kirjaudu sisään", "kirjaudu", "kirjaudu ulos", "rekisteröidy", "oma tili"),
    },
    "hu": {
        "sequence": ("először", "elsőként", "másodszor", "harmadszor", "negyedszer", "ötödször", "és végül", "ezután",
                     "azután", "majd", "végül",
                     "utoljára"),
        "posted_by": ("írta", "közzétette", "beküldte"),
        "rights_reserved": ("minden jog fenntartva",),
        "ingredients": ("hozzávalók",),
        "serve": ("tálald", "tálaljuk", "jó étvágyat"),
        "writer_label": ("szerző", "szöveg", "írta"),
        "meta_label": ("kategória", "címkék", "megosztás", "értékelés", "megtekintések", "hozzászólások",
                       "olvasási idő"),
        "tags": ("címkék",),
        "published": ("közzétéve", "frissítve", "megjelent"),
        "counter": ("lépés", "tipp"),
        "permission": ("engedélyével", "hozzájárulásával"),
        "holder": ("szerző", "kiadó", "szerkesztő"),
        "by": ("írta",),
        "text_noun": ("cikk", "írás", "szöveg"),
        "may": ("szabad", "lehet", "szabadon"),
        "reuse": ("közzétehet", "közöl", "újraközöl", "terjeszt", "átvehet"),
        "issue": ("ebben a hírlevélben", "ebben a számban", "e hírlevél"),
        "wrote": ("írta",),
        "member_posts": ("hozzászólások",),
        "summary": ("összefoglaló", "összefoglalás"),
        "thread_status": ("megoldva",),
        "editor_role": ("szerkesztő",),
        "first_published": ("eredetileg",),
        "limits": ("nem", "tilos", "csak", "kizárólag", "nélkül"),
        "desk": ("szerkesztőség",),
        "comments": ("hozzászólások", "hozzászólás"),
        "numbers": ("két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc", "tíz"),
        "tips": ("tippek", "tanácsok"),
        "sign_in": ("bejelentkezés", "belépés", "kijelentkezés", "regisztráció", "fiókom"),
    },
    "tr": {
        "licence_noun": ("lisans",),
        "sources": ("kaynaklar", "kaynakça"),
        "sequence": ("ilk olarak", "öncelikle", "birincisi", "ikincisi", "üçüncüsü", "dördüncüsü",
                     "beşincisi", "altıncısı", "ve son olarak", "ardından", "daha sonra",
                     "sonra", "son olarak", "en son"),
        "posted_by": ("yazan", "gönderen", "yayınlayan"),
        "rights_reserved": ("tüm hakları saklıdır",),
        "ingredients": ("malzemeler",),
        "serve": ("servis yapın", "servis edin", "afiyet olsun"),
        "writer_label": ("yazar", "yazan", "metin"),
        "meta_label": ("kategori", "etiketler", "paylaş", "puan", "görüntülenme", "yorumlar", "okuma süresi"),
        "tags": ("etiketler",),
        "published": ("yayınlanma", "yayınlandı", "güncellendi", "güncelleme"),
        "counter": ("adım", "ipucu"),
        "permission": ("izniyle", "izni ile"),
        "holder": ("yazar", "yayıncı", "yayınevi"),
        "by": ("yazan",),
        "text_noun": ("makale", "yazı", "metin"),
        # the leave is a suffix of the verb ("yayınlanabilir": may be published): the verbs with it are listed
        "may": ("olabilir", "serbest", "izin verilir", "yayınlanabilir", "yayımlanabilir", "paylaşılabilir",
                "çoğaltılabilir", "kopyalanabilir", "kullanılabilir"),
        "reuse": ("yayınla", "paylaş", "çoğalt", "kopyala"),
        "issue": ("bu bülten", "bu sayı"),
        "weekdays": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        "months": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                   "aralık"),
        "wrote": ("yazdı",),
        "member_posts": ("mesajlar",),
        "summary": ("özet",),
        "thread_status": ("çözüldü",),
        "chapter": ("bölüm",),
        "first_published": ("ilk olarak",),
        "limits": ("değil", "yalnızca", "sadece", "olmadan", "yasak"),
        "desk": ("editör masası", "haber merkezi"),
        "comments": ("yorumlar", "yorum"),
        "numbers": ("iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on"),
        "tips": ("ipuçları", "tavsiyeler"),
        "sign_in": ("giriş yap", "oturum aç", "çıkış yap", "kayıt ol", "üye ol", "hesabım"),
        "function_words": ("ve", "bir", "bu", "da", "de", "için", "ile", "çok", "ne", "olarak", "daha", "gibi", "en",
                           "sonra", "kadar", "var", "ama"),
        "address": ("sen", "seni", "sana", "senin", "sende", "siz", "sizi", "size", "sizin", "sizde"),
    },
    "el": {
        "sequence": ("πρώτον", "πρώτα απ' όλα", "δεύτερον", "τρίτον", "έπειτα", "στη συνέχεια", "μετά",
                     "τέλος", "τελικά", "τελευταίο"),
        "posted_by": ("γράφει ο", "γράφει η", "αναρτήθηκε από", "δημοσιεύτηκε από"),
        "rights_reserved": ("με επιφύλαξη παντός δικαιώματος", "όλα τα δικαιώματα διατηρούνται"),
        "ingredients": ("υλικά",),
        "serve": ("σερβίρουμε", "σερβίρετε", "καλή όρεξη"),
        "writer_label": ("συντάκτης", "συντάκτρια", "κείμενο", "συγγραφέας"),
        "meta_label": ("κατηγορία", "κατηγορίες", "ετικέτες", "κοινοποίηση", "μοιραστείτε", "αξιολόγηση", "προβολές",
                       "σχόλια", "χρόνος ανάγνωσης"),
        "tags": ("ετικέτες",),
        "share": ("κοινοποίηση",),
        "published": ("δημοσιεύτηκε", "δημοσίευση", "ενημερώθηκε", "ενημέρωση"),
        "counter": ("βήμα", "συμβουλή"),
        "permission": ("με την άδεια", "με άδεια", "με την έγκριση"),
        "holder": ("συγγραφ", "εκδότ", "εκδοτ", "συντάκτ"),
        "by": ("από",),
        "text_noun": ("άρθρο", "κείμενο", "ανάρτηση"),
        "may": ("μπορείτε", "επιτρέπεται"),
        "reuse": ("αναδημοσ", "δημοσιεύσ", "αναπαραγ", "διανείμ"),
        "issue": ("αυτού του τεύχους", "αυτό το τεύχος", "αυτού του ενημερωτικού", "αυτό το ενημερωτικό"),
        "weekdays": ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
        "months": ("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
                   "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"),
        "read_also": ("διαβάστε επίσης",),
        "member_posts": ("μηνύματα",),
        "thread_status": ("λύθηκε",),
        "chapter": ("κεφάλαιο", "μέρος"),
        "first_published": ("αρχικά",),
        "limits": ("δεν", "μην", "μόνο", "χωρίς", "απαγορεύεται"),
        "desk": ("σύνταξη", "συντακτική ομάδα"),
        "comments": ("σχόλια",),
        "numbers": ("δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά", "οκτώ", "εννέα", "δέκα"),
        "tips": ("συμβουλές",),
        "sign_in": ("σύνδεση", "είσοδος", "αποσύνδεση", "εγγραφή", "ο λογαριασμός μου"),
    },
    "ru": {
        "sources": ("источники", "список литературы", "примечания"),
        "sequence": ("во-первых", "во-вторых", "в-третьих", "в-четвёртых", "в-четвертых", "сначала",
                     "прежде всего", "затем", "потом", "далее", "наконец", "и наконец", "в заключение"),
        "posted_by": ("автор статьи", "опубликовал", "опубликовала", "написал", "написала"),
        "rights_reserved": ("все права защищены",),
        "ingredients": ("ингредиенты",),
        "serve": ("подавайте", "подавать", "подаём", "приятного аппетита"),
        "writer_label": ("автор", "авторы", "текст", "подготовил", "подготовила", "подготовили"),
        "meta_label": ("рубрика", "категория", "метки", "теги", "поделиться", "рейтинг", "просмотров", "просмотры",
                       "комментарии", "время чтения"),
        "tags": ("теги", "метки"),
        "share": ("поделиться",),
        "published": ("опубликовано", "обновлено", "дата публикации"),
        "counter": ("шаг", "совет"),
        "permission": ("с разрешения", "с согласия", "с любезного разрешения"),
        "holder": ("автор", "издат", "редакц"),
        "by": ("автор",),
        "text_noun": ("стать", "текст", "материал"),
        "may": ("можете", "разрешается", "можно"),
        "reuse": ("перепечат", "публикова", "опубликова", "распростран", "копирова"),
        "issue": ("этого выпуска", "этом выпуске", "этой рассылки", "этой рассылке", "этого бюллетеня"),
        "series_part": ("в следующей части",),
        "wrote": ("написал", "написал(а)", "написала"),
        "read_also": ("читайте также", "похожие статьи", "похожие статті"),
        "member_posts": ("сообщений", "сообщения"),
        "summary": ("итоги", "коротко", "главное", "резюме"),
        "thread_status": ("решено", "решён"),
        "editor_role": ("редактор", "редакция"),
        "chapter": ("глава", "часть", "раздел"),
        "warnings": ("предупреждения",),
        "first_published": ("впервые", "первоначально"),
        "limits": ("не", "нельзя", "только", "без", "запрещ"),
        "desk": ("редакция",),
        "comments": ("комментарии", "комментариев", "комментария"),
        "numbers": ("два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"),
        "tips": ("советы", "лайфхаки"),
        "sign_in": ("войти", "вход", "выйти", "регистрация", "зарегистрироваться", "мой аккаунт", "личный кабинет"),
        "ask_us": ("присылайте свои вопросы", "присылайте ваши вопросы", "задайте свой вопрос"),
    },
    "uk": {
        "sources": ("джерела", "список літератури", "примітки"),
        "sequence": ("по-перше", "по-друге", "по-третє", "по-четверте", "спершу", "спочатку", "насамперед",
                     "потім", "далі", "нарешті", "і нарешті", "наостанок", "на завершення"),
        "posted_by": ("автор статті", "опублікував", "опублікувала", "написав", "написала"),
        "rights_reserved": ("всі права захищені", "усі права захищені"),
        "ingredients": ("інгредієнти",),
        "serve": ("подавайте", "подавати", "смачного"),
        "writer_label": ("автор", "авторка", "текст", "підготував", "підготувала", "підготували"),
        "meta_label": ("рубрика", "категорія", "мітки", "теги", "поділитися", "рейтинг", "переглядів", "перегляди",
                       "коментарі", "час читання"),
        "tags": ("теги", "мітки"),
        "share": ("поділитися",),
        "published": ("опубліковано", "оновлено", "дата публікації"),
        "counter": ("крок", "порада"),
        "permission": ("з дозволу", "за згодою", "з люб'язного дозволу"),
        "holder": ("автор", "видав", "редакц"),
        "by": ("автор",),
        "text_noun": ("статт", "текст", "матеріал"),
        "may": ("можете", "дозволяється", "можна"),
        "reuse": ("передрук", "публікува", "опублікува", "поширюва", "копіюва"),
        "issue": ("цього випуску", "цьому випуску", "цієї розсилки", "цього бюлетеня"),
        "weekdays": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця", "субота", "неділя"),
        "months": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
                   "листопада", "грудня"),
        "wrote": ("написав", "написав(ла)", "написала"),
        "read_also": ("читайте також", "схожі статті"),
        "member_posts": ("повідомлень",),
        "summary": ("підсумки", "підсумок", "головне"),
        "thread_status": ("вирішено",),
        "editor_role": ("редактор", "редакторка", "редакція"),
        "chapter": ("глава", "частина", "розділ"),
        "warnings": ("попередження",),
        "first_published": ("вперше", "спочатку"),
        "limits": ("не", "заборон", "тільки", "лише", "без"),
        "desk": ("редакція",),
        "comments": ("коментарі", "коментар", "коментарів"),
        "numbers": ("два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять"),
        "tips": ("поради",),
        "sign_in": ("увійти", "вхід", "вийти", "реєстрація", "зареєструватися", "мій акаунт", "особистий кабінет"),
    },
    "id": {
        "licence_noun": ("lisensi",),
        "sequence": ("pertama", "kedua", "ketiga", "keempat", "pertama-tama", "selanjutnya", "kemudian",
                     "setelah itu", "terakhir", "akhirnya"),
        "posted_by": ("ditulis oleh", "diposting oleh", "dikirim oleh", "diterbitkan oleh"),
        "rights_reserved": ("hak cipta dilindungi undang-undang", "hak cipta dilindungi"),
        "ingredients": ("bahan-bahan", "bahan"),
        "serve": ("sajikan", "hidangkan", "selamat menikmati"),
        "writer_label": ("penulis", "oleh", "pengarang"),
        "meta_label": ("kategori", "label", "bagikan", "penilaian", "dilihat", "komentar", "waktu baca",
                       "waktu membaca"),
        "published": ("diterbitkan", "dipublikasikan", "diperbarui"),
        "counter": ("langkah", "tips", "kiat", "petua"),  # (petua: Malay, which the row serves too)
        "permission": ("atas izin", "dengan izin", "seizin"),
        "holder": ("penulis", "penerbit", "pengarang", "redaksi"),
        "by": ("oleh",),
        "text_noun": ("artikel", "tulisan", "naskah"),
        "may": ("boleh", "dipersilakan", "diperbolehkan", "dapat"),
        "reuse": ("menerbitkan", "memuat", "dimuat", "menyebarkan", "membagikan", "menyalin"),
        "issue": ("edisi ini", "buletin ini", "nawala ini", "newsletter ini"),
        "weekdays": ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
        "months": ("maret", "agustus"),
        "chapter": ("bab",),
        "first_published": ("awalnya",),
        "limits": ("tidak", "jangan", "dilarang", "hanya", "tanpa"),
        "desk": ("redaksi", "tim redaksi"),
        "comments": ("komentar",),
        "numbers": ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"),
        "tips": ("tips", "kiat", "petua"),
        "sign_in": ("masuk", "keluar", "daftar", "akun saya"),
        "function_words": ("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan",
                           "pada", "ke", "juga", "ada", "adalah", "atau"),
        "address": ("anda", "kamu", "kau", "engkau", "kalian"),
    },
    "vi": {
        "sequence": ("thứ nhất", "thứ hai", "thứ ba", "đầu tiên", "trước hết", "tiếp theo", "sau đó",
                     "cuối cùng"),
        "posted_by": ("viết bởi", "đăng bởi", "người viết"),
        "rights_reserved": ("bảo lưu mọi quyền", "mọi quyền được bảo lưu"),
        "ingredients": ("nguyên liệu",),
        "serve": ("dọn ra", "thưởng thức", "chúc ngon miệng"),
        "writer_label": ("tác giả", "bài", "người viết", "bài viết"),
        "meta_label": ("chuyên mục", "danh mục", "thẻ", "chia sẻ", "đánh giá", "lượt xem", "bình luận",
                       "thời gian đọc"),
        "published": ("đăng ngày", "cập nhật", "ngày đăng"),
        "counter": ("bước", "mẹo"),
        "permission": ("được sự cho phép", "với sự cho phép", "được phép của"),
        "holder": ("tác giả", "nhà xuất bản", "ban biên tập"),
        "by": ("bởi",),
        "text_noun": ("bài viết", "bài này", "nội dung"),
        "may": ("được phép", "có thể", "tự do"),
        "reuse": ("đăng lại", "chia sẻ", "sao chép", "phát hành"),
        "issue": ("bản tin", "số này"),
        "chapter": ("chương",),
        "first_published": ("ban đầu",),
        "limits": ("không", "cấm", "chỉ", "nếu không"),
        "desk": ("ban biên tập", "tòa soạn"),
        "comments": ("bình luận",),
        "numbers": ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"),
        "tips": ("mẹo", "lời khuyên"),
        "sign_in": ("đăng nhập", "đăng xuất", "đăng ký", "tài khoản của tôi"),
    },
    "ja": {
        "sequence": ("まず", "まずは", "最初に", "第一に", "第二に", "第三に", "次に", "それから", "その後",
                     "最後に"),
        "posted_by": ("投稿者", "執筆者", "文責"),
        "rights_reserved": ("無断転載を禁じます", "無断転載禁止", "無断複製・転載を禁じます"),
        "ingredients": ("材料",),
        "serve": ("盛り付け", "召し上がれ", "いただきます"),
        "writer_label": ("著者", "執筆", "執筆者", "文", "投稿者", "筆者", "作者"),
        "meta_label": ("カテゴリー", "カテゴリ", "タグ", "シェア", "評価", "閲覧数", "コメント"),
        "published": ("公開日", "更新日", "投稿日"),
        "counter": ("ステップ", "コツ"),
        "permission": ("の許可を得て", "の許諾を得て"),
        "holder": ("著者", "作者", "筆者", "出版社", "編集部"),
        "by": ("文",),
        "text_noun": ("記事", "本文", "文章"),
        "may": ("できます", "可能です", "ご自由に"),
        "reuse": ("転載", "再掲載", "複製", "共有"),
        "issue": ("本号", "このニュースレター", "メールマガジン", "メルマガ"),
        "weekdays": ("日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"),
        "summary": ("まとめ", "要点", "今回のまとめ"),
        "first_published": ("最初に", "初出"),
        "limits": ("禁止", "禁じ", "のみ", "ない"),
        "desk": ("編集部",),
        "comments": ("コメント",),
        "numbers": ("二つ", "三つ", "四つ", "五つ", "六つ", "七つ", "八つ", "九つ", "十"),
        "tips": ("コツ", "ヒント"),
        "sign_in": ("ログイン", "サインイン", "ログアウト", "新規登録", "会員登録"),
    },
    "zh": {
        # (the ordinals "第一" to "第十" each number a point before a comma: "第四，把证件拍照 …")
        "sequence": ("首先", "第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十", "其次",
                     "然后", "接着", "再次", "最后"),
        "posted_by": ("发布者", "發佈者", "文／", "文/"),
        "rights_reserved": ("版权所有", "版權所有", "保留所有权利", "保留所有權利"),
        "ingredients": ("材料", "食材", "配料"),
        "serve": ("装盘", "即可享用", "趁热享用"),
        "writer_label": ("作者", "文", "撰文", "执笔", "執筆", "记者", "記者"),
        "meta_label": ("分类", "分類", "标签", "標籤", "分享", "评分", "阅读", "浏览", "评论", "評論"),
        "published": ("发布于", "發佈於", "发布时间", "更新于", "更新時間"),
        "counter": ("步骤", "步驟", "技巧"),
        "permission": ("经授权", "經授權", "获授权", "獲授權", "经许可", "經許可"),
        "holder": ("作者", "出版社", "编辑部", "編輯部"),
        "by": ("文",),
        "text_noun": ("文章", "本文", "内容", "內容"),
        "may": ("可以", "欢迎", "歡迎", "允许", "允許"),
        "reuse": ("转载", "轉載", "转发", "轉發", "复制", "複製"),
        "issue": ("本期", "本通讯", "本通訊", "本电子报", "本電子報"),
        "weekdays": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天"),
        "summary": ("总结", "小结", "要点总结"),
        "first_published": ("原载", "原載"),
        "limits": ("禁止", "不得", "仅", "僅", "未经", "未經"),
        "desk": ("编辑部", "編輯部"),
        "comments": ("评论", "評論", "留言"),
        "numbers": ("两", "三", "四", "五", "六", "七", "八", "九", "十"),
        "tips": ("技巧", "窍门", "建议"),
        "sign_in": ("登录", "登入", "注册", "退出登录", "登出"),
    },
    "ko": {
        "sequence": ("첫째", "첫 번째로", "둘째", "두 번째로", "셋째", "세 번째로", "먼저", "우선", "다음으로",
                     "그다음", "마지막으로"),
        "posted_by": ("작성자", "글쓴이", "기고자"),
        "rights_reserved": ("모든 권리 보유", "무단 전재 및 재배포 금지", "무단전재 및 재배포 금지"),
        "ingredients": ("재료",),
        "serve": ("담아", "맛있게 드세요", "완성"),
        "writer_label": ("글", "저자", "작성자", "글쓴이", "기자"),
        "meta_label": ("카테고리", "분류", "태그", "공유", "평점", "조회수", "댓글"),
        "published": ("게시일", "작성일", "수정일", "등록일"),
        "counter": ("단계", "팁"),
        "permission": ("허락을 받아", "허가를 받아", "동의를 얻어"),
        "holder": ("저자", "작가", "출판사", "편집부"),
        "by": ("글",),
        "text_noun": ("글", "기사", "게시물"),
        "may": ("할 수 있습니다", "가능합니다", "자유롭게"),
        "reuse": ("전재", "재게시", "공유", "복제"),
        "issue": ("이번 호", "이 뉴스레터", "본 뉴스레터"),
        "weekdays": ("일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"),
        "summary": ("요약", "정리", "핵심 정리", "핵심정리"),
        "first_published": ("최초",),
        "limits": ("금지", "불가", "없이", "만"),
        "desk": ("편집부", "편집팀"),
        "comments": ("댓글",),
        "numbers": ("두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"),
        "tips": ("팁", "요령"),
        "sign_in": ("로그인", "로그아웃", "회원가입", "가입하기"),
    },
    "ar": {
        "sequence": ("أولاً", "أولا", "ثانياً", "ثانيا", "ثالثاً", "ثالثا", "رابعاً", "رابعا", "خامساً", "خامسا",
                     "سادساً", "سادسا", "سابعاً", "سابعا", "ثم", "بعد ذلك", "أخيراً", "أخيرا", "وأخيراً", "وأخيرا"),
        "posted_by": ("بقلم", "كتبه", "كتبته", "نشره", "أجاب عنه", "أجابت عنه"),
        "rights_reserved": ("جميع الحقوق محفوظة", "كل الحقوق محفوظة"),
        "ingredients": ("المقادير", "المكونات"),
        "serve": ("يقدم", "قدّموا", "بالهناء والشفاء"),
        "writer_label": ("كاتب", "الكاتب", "بقلم", "كتابة"),
        "meta_label": ("التصنيف", "الوسوم", "شارك", "التقييم", "المشاهدات", "التعليقات"),
        "published": ("نشر في", "تاريخ النشر", "آخر تحديث"),
        "counter": ("الخطوة", "نصيحة"),
        "permission": ("بإذن من", "بإذن", "بموافقة"),
        "holder": ("المؤلف", "الكاتب", "الناشر"),
        "by": ("بقلم",),
        "text_noun": ("المقال", "النص", "المقالة"),
        "may": ("يمكن", "يجوز", "يسمح"),
        "reuse": ("نشر", "إعادة نشر", "نسخ", "مشاركة"),
        "issue": ("هذا العدد", "هذه النشرة"),
        "weekdays": ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"),
        "limits": ("لا", "يمنع", "فقط", "بدون"),
        "desk": ("هيئة التحرير", "فريق التحرير"),
        "comments": ("تعليقات", "التعليقات"),
        "numbers": ("اثنان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"),
        "tips": ("نصائح",),
        "sign_in": ("تسجيل الدخول", "تسجيل الخروج", "إنشاء حساب", "حسابي"),
    },
    "hi": {
        "sequence": ("सबसे पहले", "पहला", "पहले", "दूसरा", "तीसरा", "इसके बाद", "उसके बाद", "फिर", "अंत में",
                     "आख़िर में", "आखिर में", "अंततः"),
        "posted_by": ("द्वारा लिखित", "द्वारा प्रकाशित", "प्रस्तुति"),
        "rights_reserved": ("सर्वाधिकार सुरक्षित",),
        "ingredients": ("सामग्री",),
        "serve": ("परोसें", "परोसिए"),
        "writer_label": ("लेखक", "लेखिका"),
        "meta_label": ("श्रेणी", "टैग", "शेयर करें", "रेटिंग", "टिप्पणियाँ"),
        "published": ("प्रकाशित", "अपडेट किया गया", "प्रकाशन तिथि"),
        "counter": ("चरण", "टिप"),
        "permission": ("की अनुमति से", "अनुमति से"),
        "holder": ("लेखक", "प्रकाशक"),
        "by": ("द्वारा",),
        "text_noun": ("लेख", "पाठ"),
        "may": ("सकते", "अनुमति है"),
        "reuse": ("प्रकाशित", "पुनः प्रकाशित", "साझा", "कॉपी"),
        "issue": ("इस अंक", "इस न्यूज़लेटर"),
        "weekdays": ("रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार"),
        "months": ("जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "सितम्बर",
                   "अक्टूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर"),
        "limits": ("नहीं", "केवल", "बिना", "वर्जित"),
        "desk": ("संपादकीय टीम", "संपादक मंडल"),
        "comments": ("टिप्पणियाँ", "टिप्पणियां"),
        "numbers": ("दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस"),
        "tips": ("टिप्स", "सुझाव"),
        "sign_in": ("लॉग इन", "साइन इन", "लॉग आउट", "रजिस्टर करें", "मेरा खाता"),
    },
    # Hebrew, Persian, Bengali and Thai (round 13): pages wholly in these scripts head, sign, number and license
    # their texts in their own words ("מאת NAME", "نوشته‌ی: NAME", "লিখেছেন: NAME", "เคล็ดลับที่ 3 :"). Persian
    # words joined by a zero-width non-joiner are listed both with it and with a plain space, as pages write either.
    "he": {
        "sequence": ("ראשית", "קודם כל", "שנית", "שלישית", "רביעית", "חמישית", "לאחר מכן", "אחר כך", "לבסוף",
                     "ולבסוף"),
        "posted_by": ("נכתב על ידי", "פורסם על ידי", "נכתב ע\"י"),
        "rights_reserved": ("כל הזכויות שמורות",),
        "ingredients": ("מצרכים", "רכיבים"),
        "serve": ("מגישים", "להגיש", "בתיאבון"),
        "writer_label": ("כותב", "כותבת", "מחבר", "מחברת", "כתיבה"),
        "meta_label": ("קטגוריה", "תגיות", "שתפו", "שיתוף", "דירוג", "צפיות", "תגובות"),
        "published": ("פורסם", "עודכן", "תאריך פרסום"),
        "counter": ("טיפ", "שלב", "צעד"),
        "permission": ("ברשותה", "ברשותו", "ברשותם", "ברשות", "באישור", "וברשותה", "וברשותו", "וברשותם",
                       "וברשות"),
        "holder": ("המחבר", "מחבר", "הכותב", "כותב", "המערכת", "מערכת", "ההוצאה", "הוצאת", "העורכ", "עורכ"),
        "by": ("מאת",),
        "text_noun": ("המאמר", "מאמר", "הכתבה", "כתבה", "הטקסט"),
        "may": ("מותר", "ניתן", "רשאים", "רשאי", "אפשר"),
        "reuse": ("לפרסם", "פרסום", "להעתיק", "לשתף", "להפיץ"),
        "issue": ("גיליון זה", "הגיליון הזה", "העלון הזה"),
        "weekdays": ("יום",),
        "limits": ("לא", "אין", "אסור", "רק", "בלי", "ללא"),
        "desk": ("מערכת האתר", "המערכת"),
        "comments": ("תגובות",),
        "numbers": ("שתי", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"),
        "tips": ("טיפים",),
        "sign_in": ("התחברות", "כניסה", "התנתקות", "הרשמה", "החשבון שלי"),
    },
    "fa": {
        "sequence": ("نخست", "اول اینکه", "اولاً", "اولا", "دوم", "دوماً", "سوم", "سوماً", "چهارم", "پنجم",
                     "سپس", "پس از آن", "در پایان", "در آخر", "و در آخر"),
        "posted_by": ("نوشته\u200cی", "نوشتهٔ", "نوشته ی", "نوشته", "به قلم", "ارسال شده توسط"),
        "rights_reserved": ("کلیه حقوق محفوظ است", "کلیه\u200cی حقوق محفوظ است", "تمامی حقوق محفوظ است",
                            "همه\u200cی حقوق محفوظ است", "کلیه حقوق محفوظ"),
        "ingredients": ("مواد لازم",),
        "serve": ("سرو کنید", "نوش جان"),
        "writer_label": ("نویسنده", "نوشته", "نوشته\u200cی", "نوشتهٔ", "به قلم"),
        "meta_label": ("دسته\u200cبندی", "دسته بندی", "برچسب\u200cها", "برچسب ها", "اشتراک\u200cگذاری", "امتیاز",
                       "بازدید", "نظرات"),
        "published": ("تاریخ انتشار", "منتشر شده در", "به\u200cروزرسانی", "انتشار"),
        "counter": ("نکته", "مرحله", "گام"),
        "permission": ("با اجازه\u200cی", "با اجازه", "با کسب اجازه از"),
        "holder": ("نویسنده", "ناشر", "سردبیر", "تحریریه"),
        "by": ("توسط",),
        "text_noun": ("مطلب", "مقاله", "محتوای", "محتوا", "نوشته"),
        "may": ("آزاد است", "می\u200cتوانید", "مجاز است"),
        "reuse": ("بازنشر", "انتشار", "کپی", "نقل"),
        "issue": ("این شماره", "این خبرنامه"),
        "weekdays": ("شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه"),
        "limits": ("نه", "ممنوع", "فقط", "بدون", "مگر"),
        "desk": ("تحریریه", "هیئت تحریریه"),
        "comments": ("دیدگاه‌ها", "دیدگاه ها", "نظرات"),
        "numbers": ("دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"),
        "tips": ("نکات", "توصیه"),
        "sign_in": ("ورود", "خروج", "ثبت نام", "حساب من"),
    },
    "bn": {
        "sequence": ("প্রথমত", "সবার আগে", "দ্বিতীয়ত", "তৃতীয়ত", "এরপর", "তারপর", "সবশেষে", "পরিশেষে"),
        "posted_by": ("লিখেছেন", "পোস্ট করেছেন"),
        "rights_reserved": ("সর্বস্বত্ব সংরক্ষিত", "সমস্ত স্বত্ব সংরক্ষিত"),
        "ingredients": ("উপকরণ",),
        "serve": ("পরিবেশন করুন",),
        "writer_label": ("লেখক", "লেখিকা", "লিখেছেন", "কলমে"),
        "meta_label": ("বিভাগ", "ট্যাগ", "শেয়ার", "রেটিং", "পঠিত", "মন্তব্য"),
        "published": ("প্রকাশিত", "প্রকাশের তারিখ", "হালনাগাদ"),
        "counter": ("ধাপ", "কৌশল"),
        "permission": ("অনুমতিক্রমে", "অনুমতি নিয়ে", "অনুমতিতে"),
        "holder": ("লেখক", "প্রকাশক", "সম্পাদক"),
        "by": ("লিখেছেন",),
        "text_noun": ("প্রবন্ধ", "লেখা", "নিবন্ধ"),
        "may": ("পারেন", "পারবেন"),
        "reuse": ("ছাপ", "পুনঃপ্রকাশ", "প্রকাশ"),
        "issue": ("এই সংখ্যা", "এই নিউজলেটার"),
        "weekdays": ("রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার"),
        "limits": ("না", "নয়", "শুধু", "কেবল", "অনুমতি ছাড়া", "নিষিদ্ধ", "নিষেধ"),
        "desk": ("সম্পাদকমণ্ডলী", "সম্পাদনা বিভাগ"),
        "comments": ("মন্তব্য",),
        "numbers": ("দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ"),
        "tips": ("টিপস", "পরামর্শ"),
        "sign_in": ("লগ ইন", "সাইন ইন", "লগ আউট", "নিবন্ধন"),
    },
    "th": {
        "sequence": ("ประการแรก", "ข้อแรก", "อันดับแรก", "ประการที่สอง", "ต่อมา", "จากนั้น", "สุดท้าย",
                     "ท้ายที่สุด"),
        "posted_by": ("โพสต์โดย", "เขียนโดย", "เรียบเรียงโดย"),
        "rights_reserved": ("สงวนลิขสิทธิ์",),
        "ingredients": ("ส่วนผสม", "วัตถุดิบ"),
        "serve": ("พร้อมเสิร์ฟ", "เสิร์ฟ"),
        "writer_label": ("โดย", "ผู้เขียน", "เขียนโดย", "เรียบเรียง"),
        "meta_label": ("หมวดหมู่", "แท็ก", "แชร์", "คะแนน", "เข้าชม", "ความคิดเห็น"),
        "published": ("เผยแพร่เมื่อ", "โพสต์เมื่อ", "ปรับปรุงเมื่อ", "วันที่เผยแพร่"),
        "counter": ("เคล็ดลับที่", "ขั้นตอนที่", "ข้อที่", "วิธีที่"),
        "permission": ("ได้รับอนุญาตจาก", "โดยได้รับอนุญาต"),
        "holder": ("ผู้เขียน", "เจ้าของ", "สำนักพิมพ์", "กองบรรณาธิการ"),
        "by": ("โดย",),
        "text_noun": ("บทความ", "เนื้อหา"),
        "may": ("สามารถ",),
        "reuse": ("เผยแพร่ซ้ำ", "นำไปเผยแพร่", "คัดลอก", "แบ่งปัน"),
        "issue": ("ฉบับนี้", "จดหมายข่าวฉบับนี้"),
        "weekdays": ("วันอาทิตย์", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันพฤหัส", "วันศุกร์",
                     "วันเสาร์"),
        "limits": ("ไม่", "ห้าม", "เท่านั้น"),
        "desk": ("กองบรรณาธิการ", "ทีมงาน"),
        "comments": ("ความคิดเห็น",),
        "numbers": ("สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ"),
        "tips": ("เคล็ดลับ",),
        "sign_in": ("เข้าสู่ระบบ", "ออกจากระบบ", "สมัครสมาชิก"),
    },
    # Swahili, Tagalog, Tamil, Serbian (both its scripts), Bulgarian, Lithuanian and Catalan (round 14): pages wholly
    # in these languages sign, number and license their texts in their own words: a blog theme's posted-by line
    # ("Imewekwa na NAME saa …", "பதிவிட்டவர்: NAME", "Publicat per NAME a …"), a magazine's "Текст: NAME" or
    # "Пише: NAME", a forum's "Parašė: NAME", points opened by "Una,", "Затим", "Mentrestant,".
    # Round 14: four more languages the labelled parts hold (a Bulgarian repost, a Lithuanian forum thread, a Serbian
    # newsletter, a Catalan blog); Serbian in both its scripts (its Latin words serve Croatian and Bosnian pages too)
    "sw": {
        "licence_noun": ("leseni",),
        "sequence": ("kwanza", "pili", "tatu", "kisha", "baada ya hapo", "baadaye", "hatimaye", "mwisho", "mwishowe",
                     "mwisho kabisa"),
        "posted_by": ("imewekwa na", "imeandikwa na", "iliyoandikwa na", "imechapishwa na"),
        "rights_reserved": ("haki zote zimehifadhiwa",),
        "ingredients": ("mahitaji", "viungo", "viambato"),
        "serve": ("pakua", "andaa mezani"),
        "writer_label": ("mwandishi", "imeandikwa na"),
        "meta_label": ("lebo", "kategoria", "shiriki", "maoni"),
        "published": ("imechapishwa", "ilichapishwa", "imesasishwa"),
        "counter": ("hatua", "kidokezo"),
        "permission": ("kwa idhini ya", "kwa ruhusa ya"),
        "holder": ("mwandishi", "mchapishaji", "mhariri"),
        "by": ("imeandikwa na",),
        "text_noun": ("makala", "chapisho", "maandishi"),
        "may": ("unaweza", "mnaweza", "unaruhusiwa", "mnaruhusiwa"),
        "reuse": ("kuchapisha", "chapisha", "kunakili", "nakili", "kusambaza"),
        "issue": ("toleo hili", "jarida hili"),
        "weekdays": ("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
        "months": ("machi", "aprili", "julai", "agosti", "septemba", "oktoba", "novemba", "desemba"),
        "limits": ("bila", "hairuhusiwi", "marufuku", "isipokuwa", "pekee"),
        "desk": ("timu ya wahariri", "wahariri"),
        "comments": ("maoni",),
        "numbers": ("mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa", "kumi"),
        "tips": ("vidokezo", "ushauri"),
        "sign_in": ("ingia", "toka", "jisajili", "akaunti yangu"),
        "accepted_answer": ("jibu bora",),
    },
    "tl": {
        "licence_noun": ("lisensya",),
        "sequence": ("una", "una sa lahat", "ikalawa", "pangalawa", "ikatlo", "pangatlo", "ikaapat", "ikalima", "sunod",
                     "pagkatapos", "pagkatapos nito", "sa huli", "sa wakas", "panghuli", "at panghuli",
                     "bilang panghuli"),
        "posted_by": ("isinulat ni", "inilathala ni", "ipinost ni", "nai-post ni", "sinulat ni"),
        "rights_reserved": ("lahat ng karapatan ay nakalaan", "nakalaan ang lahat ng karapatan"),
        "ingredients": ("mga sangkap", "sangkap"),
        "serve": ("ihain", "ihain nang"),
        "writer_label": ("manunulat", "may-akda", "isinulat ni"),
        "meta_label": ("kategorya", "mga tag", "ibahagi", "mga komento", "komento"),
        "published": ("inilathala", "nailathala", "na-update", "petsa"),
        "counter": ("hakbang", "payo"),
        "permission": ("sa pahintulot ng", "nang may pahintulot ng", "may pahintulot ng", "sa pahintulot"),
        "holder": ("may-akda", "manunulat", "patnugot", "tagapaglathala"),
        "by": ("ni",),
        "text_noun": ("artikulo", "akda", "sulatin", "lathalain"),
        "may": ("maaari", "puwede", "pwede", "malaya"),
        "reuse": ("ilathala", "muling ilathala", "kopyahin", "ipamahagi", "ibahagi"),
        "issue": ("isyung ito", "labas na ito"),
        "weekdays": ("miyerkules", "huwebes", "biyernes", "sabado", "linggo"),
        "months": ("pebrero", "marso", "hunyo", "hulyo", "setyembre", "oktubre", "nobyembre", "disyembre"),
        "limits": ("hindi", "huwag", "lamang", "bawal", "walang"),
        "desk": ("patnugutan", "lupon ng patnugutan"),
        "comments": ("mga komento", "komento"),
        "numbers": ("dalawang", "tatlong", "apat na", "limang", "anim na", "pitong", "walong", "siyam na", "sampung"),
        "tips": ("mga tip", "payo"),
        "sign_in": ("mag-log in", "mag-sign in", "mag-log out", "mag-sign up", "magparehistro"),
    },
    "ta": {
        "sequence": ("முதலில்", "முதலாவதாக", "இரண்டாவதாக", "மூன்றாவதாக", "அடுத்து", "அடுத்ததாக", "பிறகு", "அதன் பிறகு",
                     "இறுதியாக", "கடைசியாக"),
        "posted_by": ("பதிவிட்டவர்", "எழுதியவர்", "வெளியிட்டவர்"),
        "rights_reserved": ("அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை", "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டுள்ளன"),
        "ingredients": ("தேவையான பொருட்கள்", "தேவையானவை"),
        "serve": ("பரிமாறவும்", "பரிமாறுங்கள்"),
        "writer_label": ("எழுத்தாளர்", "எழுதியவர்", "பதிவிட்டவர்", "கட்டுரையாளர்"),
        "meta_label": ("வகைகள்", "வகை", "குறிச்சொற்கள்", "பகிர்", "மறுமொழிகள்", "கருத்துகள்"),
        "published": ("வெளியிடப்பட்டது", "புதுப்பிக்கப்பட்டது", "வெளியான தேதி"),
        "counter": ("படி", "குறிப்பு"),
        "permission": ("அனுமதியுடன்", "அனுமதி பெற்று"),
        "holder": ("ஆசிரியர்", "எழுத்தாளர்", "வெளியீட்டாளர்", "பதிப்பாளர்"),
        "by": ("எழுதியவர்",),
        "text_noun": ("பதிவ", "கட்டுரை"),
        "may": ("செய்யலாம்", "பயன்படுத்தலாம்"),
        "reuse": ("மறுபகிர்வு", "மறுபதிப்பு", "மறுவெளியீடு"),
        "issue": ("இந்த இதழ்", "இந்த மடல்"),
        "months": ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்",
                   "நவம்பர்", "டிசம்பர்"),
        "limits": ("கூடாது", "மட்டும்", "இல்லாமல்", "தடை"),
        "desk": ("ஆசிரியர் குழு",),
        "comments": ("கருத்துகள்", "கருத்துரைகள்"),
        "numbers": ("இரண்டு", "மூன்று", "நான்கு", "ஐந்து", "ஆறு", "ஏழு", "எட்டு", "ஒன்பது", "பத்து"),
        "tips": ("குறிப்புகள்", "டிப்ஸ்"),
        "sign_in": ("உள்நுழை", "உள்நுழைக", "வெளியேறு", "பதிவு செய்க"),
    },
    "sr": {
        "sequence": ("прво", "пре свега", "друго", "треће", "затим", "након тога", "потом", "на крају", "коначно",
                     "prvo", "pre svega", "drugo", "treće", "zatim", "nakon toga", "potom", "na kraju", "konačno",
                     "четврто", "најпре", "četvrto", "najpre", "najprije",
                     # Macedonian, which the row serves too
                     "второ", "трето", "потоа", "на крај", "најпрво"),
        "posted_by": ("пише", "написао", "написала", "објавио", "објавила", "piše", "napisao", "napisala", "objavio",
                      "objavila"),
        "rights_reserved": ("сва права задржана", "сва права су задржана", "sva prava zadržana",
                            "sva prava su zadržana", "sva prava pridržana"),
        "ingredients": ("састојци", "sastojci"),
        "serve": ("послужите", "пријатно", "poslužite", "prijatno"),
        "writer_label": ("аутор", "ауторка", "пише", "текст", "autor", "autorka", "piše", "tekst", "припремио",
                         "припремила", "pripremio", "pripremila"),
        "meta_label": ("категорија", "ознаке", "тагови", "подели", "коментари", "kategorija", "oznake", "tagovi",
                       "podeli", "komentari", "категорије", "kategorije", "podijeli", "pregleda", "време читања",
                       "vreme čitanja"),
        "published": ("објављено", "ажурирано", "objavljeno", "ažurirano"),
        "counter": ("корак", "савет", "korak", "savet", "savjet"),
        "permission": ("уз дозволу", "уз одобрење", "уз љубазну дозволу", "uz dozvolu", "uz odobrenje",
                       "uz ljubaznu dozvolu", "уз сагласност", "uz dopuštenje", "uz suglasnost", "uz saglasnost",
                       "s dopuštenjem"),
        "holder": ("аутор", "издавач", "уредн", "редакциј", "autor", "izdavač", "uredn", "redakcij", "уредни",
                   "urednik", "uredništv"),
        "by": ("пише", "piše", "од"),
        "text_noun": ("текст", "чланак", "чланк", "tekst", "članak", "člank"),
        "may": ("можете", "слободно", "možete", "slobodno", "може се", "дозвољено", "može se", "dozvoljeno",
                "smijete", "smije se", "smiju se", "смете", "smete", "dopušteno"),
        "reuse": ("преузим", "пренос", "копира", "preuzim", "prenos", "kopira", "објав", "objav", "prenije", "prenese",
                  "пренет", "prenet", "preuze", "преузе"),
        "issue": ("овај број", "овом броју", "овај билтен", "ovaj broj", "ovom broju", "ovaj bilten", "овог броја",
                  "овог билтена", "ovog broja", "ovog biltena", "iz biltena", "из билтена", "iz ovog biltena",
                  "из овог билтена"),
        "months": ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар",
                   "новембар", "децембар", "januara", "februara", "marta", "aprila", "juna", "jula", "avgust",
                   "avgusta", "septembar", "septembra", "oktobar", "oktobra", "novembar", "novembra", "decembar",
                   "decembra"),
        "editor_role": ("urednik", "urednica"),
        "first_published": ("првобитно", "изворно", "prvobitno", "izvorno"),
        "limits": ("не", "само", "без", "забрањен", "ne", "samo", "bez", "zabranjen", "забрањ", "zabranj"),
        "desk": ("редакција", "redakcija", "uredništvo"),
        "comments": ("komentara", "коментара", "коментари", "komentari"),
        "numbers": ("dva", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet", "deset"),
        "tips": ("савети", "saveti"),
        "sign_in": ("пријава", "пријавите се", "одјава", "регистрација", "prijava", "prijavite se"),
    },
    "bg": {
        "sequence": ("първо", "на първо място", "второ", "трето", "след това", "после", "накрая", "най-накрая",
                     "и накрая", "на второ място", "на трето място", "най-напред", "четвърто", "в заключение"),
        "posted_by": ("публикувано от", "написано от", "публикувал", "публикувала", "автор на статията"),
        "rights_reserved": ("всички права запазени", "всички права са запазени"),
        "ingredients": ("необходими продукти", "продукти", "съставки"),
        "serve": ("сервирайте", "поднесете", "да ви е сладко", "сервира се"),
        "writer_label": ("текст", "автор", "авторка", "пише", "подготви", "подготвил", "подготвила"),
        "meta_label": ("етикети", "категория", "категории", "сподели", "коментари", "тагове", "споделете", "рейтинг",
                       "прегледи", "време за четене"),
        "published": ("публикувано", "обновено", "актуализирано", "дата на публикуване"),
        "counter": ("стъпка", "съвет"),
        "permission": ("с любезното разрешение на", "с разрешението на", "с разрешение на", "с любезното съгласие на",
                       "с любезното разрешение", "с разрешението", "с разрешение", "със съгласието"),
        "holder": ("автор", "редакци", "издател", "редактор", "редакц", "издат"),
        "by": ("от",),
        "text_noun": ("статия", "статият", "текст", "материал", "статии"),
        "may": ("може", "можете", "свободно", "може да", "разрешава се", "позволено"),
        "reuse": ("препечат", "публикува", "копира", "разпространя", "публику", "разпростран"),
        "issue": ("този брой", "този бюлетин", "настоящия брой"),
        "months": ("януари", "февруари", "май", "юни", "юли", "септември", "октомври", "ноември", "декември"),
        "first_published": ("първоначално",),
        "limits": ("не", "само", "без", "забранен", "забран"),
        "desk": ("редакцията", "редакция"),
        "comments": ("коментари", "коментара"),
        "numbers": ("два", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет"),
        "tips": ("съвети",),
        "sign_in": ("вход", "влез", "изход", "регистрация", "моят профил"),
    },
    "lt": {
        "sequence": ("pirma", "pirmiausia", "visų pirma", "antra", "trečia", "tada", "po to", "paskui", "galiausiai",
                     "pagaliau", "pabaigoje", "ketvirta", "toliau", "pabaigai"),
        "posted_by": ("parašė", "paskelbė", "įrašą paskelbė", "įkėlė"),
        "rights_reserved": ("visos teisės saugomos",),
        "ingredients": ("ingredientai", "reikės", "reikalingi produktai"),
        "serve": ("patiekite", "skanaus", "patiekiama"),
        "writer_label": ("autorius", "autorė", "parašė", "tekstas", "parengė"),
        "meta_label": ("kategorija", "žymos", "žymės", "dalintis", "komentarai", "kategorijos", "pasidalinti",
                       "įvertinimas", "peržiūros", "skaitymo laikas"),
        "published": ("paskelbta", "atnaujinta", "publikuota"),
        "counter": ("žingsnis", "patarimas"),
        "permission": ("su leidimu", "leidimu", "su maloniu leidimu", "maloniu leidimu", "sutikimu"),
        "holder": ("autori", "autor", "leidėj", "redakcij", "redakc", "leidyk"),
        "by": ("parašė",),
        "text_noun": ("straipsn", "tekst", "įraš"),
        "may": ("galite", "galima", "leidžiama"),
        "reuse": ("perspausdin", "publikuo", "kopijuo", "skelbti", "platin", "publikuot", "platint", "kopijuot",
                  "skelbt"),
        "issue": ("šis numeris", "šiame numeryje", "šis naujienlaiškis", "šio numerio", "šio naujienlaiškio",
                  "šiame naujienlaiškyje"),
        "weekdays": ("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis",
                     "sekmadienis"),
        "months": ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
                   "spalio", "lapkričio", "gruodžio"),
        "first_published": ("pirmą kartą",),
        "limits": ("ne", "draudžiama", "tik", "be", "negalima"),
        "desk": ("redakcija",),
        "comments": ("komentarai", "komentarų"),
        "numbers": ("du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni", "dešimt"),
        "tips": ("patarimai",),
        "sign_in": ("prisijungti", "prisijungimas", "atsijungti", "registruotis", "mano paskyra"),
    },
    # Latvian (round 16): a portal signs "Autors: NAME" and closes on "© YEAR SIA "X". Visas tiesības aizsargātas."
    # Latvian, Slovak, Welsh, Urdu, Marathi, Amharic and Armenian (round 16): pages wholly in these languages sign
    # their texts with their own labels ("Autors: NAME", "Napísal: NAME", "Gan NAME", "تحریر: NAME", a Marathi blog
    # theme's "द्वारा पोस्ट केलेले NAME वाजता …", "ጸሐፊ፦ NAME", "Հեղինակ՝ NAME"), number points in words ("Yn gyntaf,
    # …", "Yn olaf, …") and by counters ("Խորհուրդ 3."); Croatian pages read Serbian's Latin words.
    "lv": {
        "sequence": ("pirmkārt", "vispirms", "otrkārt", "treškārt", "ceturtkārt", "pēc tam", "tālāk", "tad",
                     "visbeidzot", "beigās", "noslēgumā", "un visbeidzot"),
        "posted_by": ("publicēja", "rakstījis", "rakstījusi", "ievietoja", "rakstīja"),
        "rights_reserved": ("visas tiesības aizsargātas",),
        "ingredients": ("sastāvdaļas", "nepieciešams", "nepieciešamās sastāvdaļas"),
        "serve": ("pasniedziet", "labu apetīti", "pasniedz"),
        "writer_label": ("autors", "autore", "teksts", "sagatavoja"),
        "meta_label": ("kategorija", "birkas", "tagi", "dalīties", "komentāri", "skatījumi", "lasīšanas laiks",
                       "vērtējums"),
        "published": ("publicēts", "atjaunināts", "publicēšanas datums"),
        "counter": ("solis", "padoms"),
        "permission": ("ar atļauju", "ar laipnu atļauju", "ar autora atļauju", "ar redakcijas atļauju"),
        "holder": ("autor", "izdevēj", "redakcij"),
        "by": ("autors",),
        "text_noun": ("rakst", "tekst", "materiāl"),
        "may": ("drīkst", "var", "atļauts", "drīkstat", "varat"),
        "reuse": ("pārpublicē", "publicē", "izplatī", "kopē", "pārņem"),
        "issue": ("šajā numurā", "šī numura", "šajā izdevumā", "šī izdevuma"),
        "first_published": ("pirmoreiz", "sākotnēji"),
        "limits": ("ne", "nedrīkst", "bez", "tikai", "aizliegta", "aizliegts", "aizliegti", "aizliegt"),
        "desk": ("redakcija", "redakcijas komanda", "portāla redakcija"),
        "comments": ("komentāri",),
        "numbers": ("divi", "trīs", "četri", "pieci", "seši", "septiņi", "astoņi", "deviņi", "desmit"),
        "tips": ("padom", "ieteikum"),
        "sign_in": ("pieteikties", "reģistrēties", "iziet"),
    },
    # Welsh (round 16): a column is carried "gyda chaniatâd caredig y golygydd" (with the editor's kind leave), its
    # points open "Yn gyntaf, …", "Yn olaf, …", the site closes on "Cedwir pob hawl" (all rights reserved)
    "cy": {
        "sequence": ("yn gyntaf", "i ddechrau", "yn ail", "yn drydydd", "yn bedwerydd", "wedyn", "yna", "nesaf",
                     "yn olaf", "yn y diwedd", "i orffen", "yn bumed", "yn chweched", "ac yn olaf"),
        "posted_by": ("ysgrifennwyd gan", "postiwyd gan", "cyhoeddwyd gan"),
        "rights_reserved": ("cedwir pob hawl",),
        "ingredients": ("cynhwysion",),
        "serve": ("gweinwch", "mwynhewch"),
        "writer_label": ("awdur", "awdures", "testun", "geiriau"),
        "meta_label": ("categori", "categorïau", "tagiau", "rhannu", "sylwadau", "amser darllen", "darllen"),
        "published": ("cyhoeddwyd", "diweddarwyd", "postiwyd ar", "postiwyd"),
        "counter": ("cam", "awgrym"),
        "permission": ("gyda chaniatâd", "gyda chaniatâd caredig", "trwy ganiatâd", "drwy ganiatâd", "â chaniatâd"),
        "holder": ("awdur", "golygydd", "cyhoeddwr"),
        "by": ("gan",),
        "text_noun": ("erthygl", "colofn", "testun", "blogiad"),
        "may": ("gallwch", "cewch", "croeso i chi", "mae croeso"),
        "reuse": ("ailgyhoedd", "atgynhyrch", "hatgynhyrch", "copïo", "ailddefnyddio", "ailgyhoeddi"),
        "issue": ("y rhifyn hwn", "y cylchlythyr hwn", "y bwletin hwn"),
        "first_published": ("gyntaf",),
        "limits": ("ni", "na", "nid", "heb", "dim ond", "gwaherddir", "dim", "yn unig"),
        "desk": ("y golygyddion", "tîm golygyddol"),
        "comments": ("sylwadau",),
        "numbers": ("dau", "tri", "pedwar", "pump", "chwech", "saith", "wyth", "naw", "deg"),
        "tips": ("awgrymiadau", "cyngor", "cynghorion"),
        "sign_in": ("mewngofnodi", "allgofnodi", "cofrestru"),
    },
    "ca": {
        "sequence": ("primer", "en primer lloc", "segon", "en segon lloc", "tercer", "en tercer lloc", "després",
                     "a continuació", "mentrestant", "finalment", "per acabar", "per últim", "primer de tot"),
        "posted_by": ("publicat per", "publicada per", "escrit per", "escrita per"),
        "rights_reserved": ("tots els drets reservats",),
        "ingredients": ("ingredients",),
        "serve": ("serviu", "bon profit"),
        "writer_label": ("autor", "autora", "text", "escrit per", "redacció"),
        "meta_label": ("etiquetes", "categoria", "categories", "comparteix", "comentaris", "valoració",
                       "temps de lectura"),
        "published": ("publicat", "publicada", "actualitzat", "actualitzada"),
        "counter": ("pas", "consell"),
        "permission": ("amb el permís de", "amb permís de", "amb l'autorització de", "amb autorització de",
                       "amb el permís", "amb permís", "amb l'autorització", "amb l’autorització",
                       "amb el consentiment"),
        "holder": ("autor", "editor", "editorial", "redacci"),
        "by": ("escrit per", "per"),
        "text_noun": ("article", "text", "entrada", "apunt", "entrad"),
        "may": ("podeu", "es pot", "lliure", "es poden", "està permès"),
        "reuse": ("reproduir", "republicar", "copiar", "distribuir", "reprodu", "republic", "publica", "compartir",
                  "difond"),
        "issue": ("aquest número", "aquest butlletí", "aquesta edició"),
        "weekdays": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
        "months": ("gener", "febrer", "març", "maig", "juny", "juliol", "agost", "setembre", "desembre"),
        "first_published": ("originalment",),
        "limits": ("no", "només", "sense", "prohibit", "mai"),
        "desk": ("redacció", "equip de redacció"),
        "comments": ("comentaris",),
        "numbers": ("dos", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou", "deu"),
        "tips": ("consells", "trucs"),
        "sign_in": ("inicia la sessió", "entra", "surt", "registra't", "el meu compte"),
    },
    # Armenian (round 16): a company blog signs "Հեղինակ՝ NAME", numbers its tips "Խորհուրդ 3." and closes on "©
    # NAME։ Բոլոր իրավունքները պաշտպանված են։" (all rights reserved) and a no-reprint clause
    "hy": {
        "sequence": ("առաջին հերթին", "նախ", "առաջին", "երկրորդ", "երրորդ", "չորրորդ", "այնուհետև", "հետո", "ապա",
                     "վերջապես", "և վերջապես", "վերջում", "ի վերջո", "առաջինը"),
        "posted_by": ("հեղինակ", "գրել է", "հրապարակել է", "հրապարակեց"),
        "rights_reserved": ("բոլոր իրավունքները պաշտպանված են",),
        "ingredients": ("բաղադրիչներ", "բաղադրիչները", "բաղադրությունը"),
        "serve": ("մատուցեք", "բարի ախորժակ"),
        "writer_label": ("հեղինակ", "հեղինակը", "տեքստը", "տեքստ", "պատրաստեց"),
        "meta_label": ("կատեգորիա", "բաժին", "պիտակներ", "կիսվել", "կիսվեք", "մեկնաբանություններ", "դիտումներ",
                       "ընթերցման ժամանակ", "ընթերցման տևողությունը"),
        "published": ("հրապարակված է", "հրապարակվել է", "հրապարակված", "թարմացված", "թարմացվել է"),
        "counter": ("խորհուրդ", "քայլ"),
        "permission": ("թույլտվությամբ", "համաձայնությամբ"),
        "holder": ("հեղինակ", "հրատարակ", "խմբագր", "հրատարակիչ"),
        "by": ("հեղինակ",),
        "text_noun": ("հոդված", "տեքստ", "նյութ", "գրառում"),
        "may": ("կարող եք", "կարելի է", "թույլատրվում է"),
        "reuse": ("արտատպ", "վերահրապարակ", "տարած", "կրկնօրինակ", "տարածել", "հրապարակ"),
        "issue": ("այս համարի", "այս համարում", "այս տեղեկագրի", "այս տեղեկագրում"),
        "limits": ("ոչ", "չի", "չեն", "առանց", "միայն", "արգելվում", "արգելված", "չ", "մի"),
        "desk": ("խմբագրություն", "խմբագրական թիմ"),
        "comments": ("մեկնաբանություններ",),
        "numbers": ("երկու", "երեք", "չորս", "հինգ", "վեց", "յոթ", "ութ", "ինը", "տասը"),
        "tips": ("խորհուրդներ", "խորհուրդ"),
        "sign_in": ("մուտք գործել", "գրանցվել", "ելք"),
    },
    # Georgian (round 15): a script without capitals; a blog signs "ავტორი: NAME", numbers points in prose
    # ("პირველ რიგში, …", "შემდეგ, …", "და ბოლოს, …") and labels its share row and counters ("გააზიარე:")
    "ka": {
        "sequence": ("პირველ რიგში", "უპირველეს ყოვლისა", "პირველი", "მეორე", "მესამე", "მეოთხე", "შემდეგ",
                     "ამის შემდეგ", "ამის მერე", "მერე", "ბოლოს", "და ბოლოს", "დასასრულს", "საბოლოოდ"),
        "posted_by": ("დაწერა", "გამოაქვეყნა", "ავტორი"),
        "rights_reserved": ("ყველა უფლება დაცულია",),
        "ingredients": ("ინგრედიენტები", "საჭირო პროდუქტები", "დაგვჭირდება"),
        "serve": ("მიირთვით", "შეგერგოთ", "გაშალეთ სუფრაზე"),
        "writer_label": ("ავტორი", "ტექსტი", "ტექსტის ავტორი", "მოამზადა"),
        "meta_label": ("კატეგორია", "რუბრიკა", "თეგები", "ტეგები", "გააზიარე", "გაზიარება", "კომენტარები",
                       "ნანახია", "ნახვები", "შეფასება", "კითხვის დრო"),
        "published": ("გამოქვეყნდა", "გამოქვეყნებულია", "განახლდა", "განახლებულია"),
        "counter": ("ნაბიჯი", "რჩევა"),
        "permission": ("ნებართვით", "თანხმობით"),
        "holder": ("ავტორ", "გამომცემ", "რედაქცი", "რედაქტორ"),
        "by": ("ავტორი",),
        "text_noun": ("ტექსტ", "სტატი", "მასალ", "პოსტ"),
        "may": ("შეგიძლიათ", "შეიძლება", "ნებადართულია"),
        "reuse": ("გადაბეჭდ", "გაავრცელ", "გავრცელ", "გამოაქვეყნ", "კოპირ"),
        "issue": ("ამ ნომრის", "ამ ნომერში", "ამ ბიულეტენის", "ამ ბიულეტენში"),
        "weekdays": ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი"),
        "months": ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
                   "ოქტომბერი", "ნოემბერი", "დეკემბერი"),
        "limits": ("არ", "ნუ", "მხოლოდ", "აკრძალულია"),
        "desk": ("რედაქცია", "სარედაქციო ჯგუფი"),
        "comments": ("კომენტარი", "კომენტარები"),
        "numbers": ("ორი", "სამი", "ოთხი", "ხუთი", "ექვსი", "შვიდი", "რვა", "ცხრა", "ათი"),
        "tips": ("რჩევები",),
        "sign_in": ("შესვლა", "გასვლა", "რეგისტრაცია"),
    },
    "ur": {
        "sequence": ("سب سے پہلے", "پہلا", "دوسرا", "تیسرا", "اس کے بعد", "پھر", "آخر میں", "آخرکار"),
        "posted_by": ("تحریر", "تحریر کردہ", "شائع کردہ", "از قلم"),
        "rights_reserved": ("جملہ حقوق محفوظ ہیں", "جملہ حقوق محفوظ", "تمام حقوق محفوظ ہیں"),
        "ingredients": ("اجزاء", "اجزا"),
        "serve": ("پیش کریں", "نوش جان"),
        "writer_label": ("تحریر", "مصنف", "مصنفہ", "لکھاری"),
        "meta_label": ("زمرہ", "ٹیگز", "شیئر کریں", "تبصرے", "درجہ بندی", "مناظر"),
        "published": ("شائع شدہ", "تاریخ اشاعت", "تازہ کاری"),
        "counter": ("مرحلہ", "نکتہ"),
        "permission": ("کی اجازت سے", "اجازت سے"),
        "holder": ("مصنف", "ناشر", "مدیر"),
        "by": ("تحریر",),
        "text_noun": ("مضمون", "تحریر", "مواد"),
        "may": ("سکتے", "اجازت ہے"),
        "reuse": ("شائع", "نقل", "شیئر"),
        "issue": ("اس شمارے", "اس نیوز لیٹر"),
        "limits": ("نہیں", "نہ", "صرف", "بغیر", "ممنوع"),
        "desk": ("ادارتی ٹیم", "ادارہ"),
        "comments": ("تبصرے",),
        "numbers": ("دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس"),
        "tips": ("تجاویز", "مشورے", "ٹپس"),
        "sign_in": ("لاگ ان", "سائن ان", "رجسٹر", "لاگ آؤٹ"),
    },
    "mr": {
        "sequence": ("सर्वप्रथम", "प्रथम", "पहिले", "दुसरे", "तिसरे", "त्यानंतर", "नंतर", "शेवटी", "आणि शेवटी"),
        "posted_by": ("द्वारा पोस्ट केलेले", "यांनी लिहिलेले", "यांनी पोस्ट केलेले"),
        "rights_reserved": ("सर्व हक्क राखीव", "सर्व हक्क सुरक्षित"),
        "ingredients": ("साहित्य",),
        "serve": ("सर्व्ह करा", "वाढा"),
        "writer_label": ("लेखक", "लेखिका", "लेखन"),
        "meta_label": ("लेबले", "श्रेणी", "टॅग", "शेअर करा", "टिप्पण्या", "प्रतिक्रिया"),
        "published": ("प्रकाशित", "अद्यतनित"),
        "counter": ("पायरी",),
        "permission": ("च्या परवानगीने", "परवानगीने"),
        "holder": ("लेखक", "प्रकाशक", "संपादक"),
        "by": ("द्वारा",),
        "text_noun": ("लेख", "मजकूर"),
        "may": ("शकता", "परवानगी आहे"),
        "reuse": ("प्रकाशित", "पुनर्प्रकाशित", "शेअर", "कॉपी"),
        "issue": ("या अंकात", "या अंकातील"),
        "limits": ("नाही", "नका", "फक्त", "शिवाय", "विना"),
        "desk": ("संपादकीय मंडळ", "संपादक मंडळ"),
        "comments": ("टिप्पण्या", "प्रतिक्रिया"),
        "numbers": ("दोन", "तीन", "चार", "पाच", "सहा", "सात", "आठ", "नऊ", "दहा"),
        "tips": ("टिप्स", "सल्ला", "युक्त्या"),
        "sign_in": ("लॉग इन", "साइन इन", "नोंदणी करा", "लॉग आउट"),
    },
    "am": {
        "sequence": ("በመጀመሪያ", "ሁለተኛ", "ሦስተኛ", "ከዚያም", "ከዚያ በኋላ", "በመጨረሻ", "በመጨረሻም"),
        "posted_by": ("ጸሐፊ", "ፀሐፊ", "የተጻፈው በ"),
        "rights_reserved": ("ሁሉም መብቱ በሕግ የተጠበቀ ነው", "መብቱ በሕግ የተጠበቀ ነው", "ሁሉም መብቶች የተጠበቁ ናቸው"),
        "ingredients": ("ግብዓቶች", "የሚያስፈልጉ ነገሮች"),
        "serve": ("ያቅርቡ", "መልካም ምግብ"),
        "writer_label": ("ጸሐፊ", "ፀሐፊ", "አዘጋጅ", "ደራሲ"),
        "meta_label": ("መለያዎች", "አጋራ", "አስተያየቶች", "ምድብ"),
        "published": ("የታተመው", "ተለጠፈ", "የተሻሻለው"),
        "counter": ("ደረጃ", "ምክር"),
        "permission": ("በፈቃድ", "ፈቃድ"),
        "holder": ("ጸሐፊ", "አሳታሚ", "አዘጋጅ"),
        "by": ("ጸሐፊ",),
        "text_noun": ("ጽሑፍ", "ጽሁፍ"),
        "may": ("ይቻላል", "ይፈቀዳል"),
        "reuse": ("መቅዳት", "ማሳተም", "ማሰራጨት"),
        "issue": ("በዚህ እትም", "ይህ እትም"),
        "limits": ("አይ", "ብቻ", "የተከለከለ", "አይፈቀድም"),
        "desk": ("የዝግጅት ክፍል",),
        "comments": ("አስተያየቶች",),
        "numbers": ("ሁለት", "ሦስት", "አራት", "አምስት", "ስድስት", "ሰባት", "ስምንት", "ዘጠኝ", "አስር"),
        "tips": ("ምክሮች", "ጠቃሚ ምክሮች"),
        "sign_in": ("ግባ", "ይመዝገቡ", "ውጣ"),
    },
    # Icelandic, Macedonian, Estonian, Punjabi (Gurmukhi) and Albanian (round 17): pages wholly in these languages
    # reserve, credit and license their texts in their own words ("Öll réttindi áskilin", "со дозвола на авторката",
    # "Postitanud NAME", "ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ", "Artikujt e këtij buletini mund të ribotohen").
    "is": {
        "sequence": ("í fyrsta lagi", "fyrst", "fyrst af öllu", "í öðru lagi", "í þriðja lagi", "í fjórða lagi",
                     "næst", "því næst", "síðan", "að lokum", "loks"),
        "posted_by": ("skrifað af", "birt af", "sent inn af"),
        "rights_reserved": ("öll réttindi áskilin", "allur réttur áskilinn"),
        "ingredients": ("innihald", "hráefni", "innihaldsefni"),
        "serve": ("berið fram", "verði ykkur að góðu", "verði þér að góðu"),
        "writer_label": ("höfundur", "texti", "greinarhöfundur"),
        "meta_label": ("flokkur", "flokkar", "efnisorð", "merki", "deila", "athugasemdir", "lestími"),
        "published": ("birt", "birtist", "uppfært"),
        "counter": ("skref", "ráð"),
        "permission": ("með leyfi", "með góðfúslegu leyfi", "með samþykki"),
        "holder": ("höfund", "útgef", "ritstjór"),
        "by": ("eftir",),
        "text_noun": ("grein", "texti", "textann", "færsl", "pistil"),
        "may": ("má", "mega", "er heimilt", "er leyfilegt"),
        "reuse": ("endurbirt", "afrita", "afritun", "dreifa", "birta"),
        "issue": ("þessu tölublaði", "þetta tölublað", "þessu fréttabréfi", "þetta fréttabréf"),
        "limits": ("ekki", "aðeins", "einungis", "án", "óheimilt", "bannað"),
        "desk": ("ritstjórn",),
        "comments": ("athugasemdir", "athugasemd", "ummæli"),
        "numbers": ("tvö", "þrjú", "fjögur", "fimm", "sex", "sjö", "átta", "níu", "tíu"),
        "tips": ("ráð", "góð ráð", "ábendingar"),
        "sign_in": ("innskráning", "skrá inn", "nýskráning", "útskráning"),
    },
    "mk": {
        "sequence": ("прво", "пред сè", "најпрво", "второ", "трето", "четврто", "потоа", "после тоа", "на крај",
                     "конечно"),
        "posted_by": ("пишува", "напишал", "напишала", "објавил", "објавила", "објавено од"),
        "rights_reserved": ("сите права се задржани", "сите права задржани"),
        "ingredients": ("состојки", "потребни состојки"),
        "serve": ("послужете", "пријатно"),
        "writer_label": ("автор", "авторка", "пишува", "текст", "подготвил", "подготвила"),
        "meta_label": ("категорија", "ознаки", "тагови", "сподели", "коментари", "прочитано", "време на читање"),
        "published": ("објавено", "ажурирано"),
        "counter": ("чекор", "совет"),
        "permission": ("со дозвола", "со љубезна дозвола", "со согласност", "со одобрение"),
        "holder": ("автор", "издавач", "уредн", "редакциј"),
        "by": ("пишува",),
        "text_noun": ("текст", "статиј", "статии", "напис"),
        "may": ("може", "можете", "слободно", "дозволено"),
        "reuse": ("презем", "пренес", "копира", "објав", "препечат"),
        "issue": ("овој број", "овој билтен", "ова издание"),
        "limits": ("не", "само", "без", "забран"),
        "desk": ("редакција", "редакцијата"),
        "comments": ("коментари", "коментар"),
        "numbers": ("два", "три", "четири", "пет", "шест", "седум", "осум", "девет", "десет"),
        "tips": ("совети",),
        "sign_in": ("најава", "најавете се", "регистрација", "одјава"),
    },
    "et": {
        "sequence": ("esiteks", "kõigepealt", "teiseks", "kolmandaks", "neljandaks", "seejärel", "lõpuks",
                     "viimaseks"),
        "posted_by": ("postitanud", "kirjutanud", "avaldanud"),
        "rights_reserved": ("kõik õigused kaitstud",),
        "ingredients": ("koostisosad", "vaja läheb"),
        "serve": ("serveeri", "serveerige", "head isu"),
        "writer_label": ("autor", "tekst", "kirjutas"),
        "meta_label": ("sildid", "kategooria", "kategooriad", "märksõnad", "jaga", "kommentaarid", "lugemisaeg"),
        "published": ("avaldatud", "uuendatud", "postitatud"),
        "counter": ("samm", "nõuanne"),
        "permission": ("loal", "lahkel loal", "nõusolekul"),
        "holder": ("autor", "kirjastaja", "toimeta"),
        "by": ("postitanud",),
        "text_noun": ("artik", "tekst", "postitus", "kirjutis"),
        "may": ("võib", "võite", "tohib", "lubatud"),
        "reuse": ("taasavalda", "avalda", "kopeeri", "levita", "paljunda"),
        "issue": ("selles numbris", "see number", "selles uudiskirjas", "see uudiskiri"),
        "limits": ("ei", "mitte", "ainult", "vaid", "ilma", "keelatud"),
        "desk": ("toimetus",),
        "comments": ("kommentaarid", "kommentaari", "kommentaar"),
        "numbers": ("kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa", "kümme"),
        "tips": ("nõuanded", "nipid", "näpunäited"),
        "sign_in": ("logi sisse", "registreeru", "logi välja"),
    },
    "pa": {
        "sequence": ("ਪਹਿਲਾਂ", "ਸਭ ਤੋਂ ਪਹਿਲਾਂ", "ਦੂਜਾ", "ਤੀਜਾ", "ਚੌਥਾ", "ਇਸ ਤੋਂ ਬਾਅਦ", "ਫਿਰ", "ਅੰਤ ਵਿੱਚ",
                     "ਆਖ਼ਰ ਵਿੱਚ"),
        "posted_by": ("ਪੋਸਟ ਕੀਤਾ", "ਦੁਆਰਾ ਲਿਖਿਆ", "ਲਿਖਿਆ"),
        "rights_reserved": ("ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ", "ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ", "ਸਾਰੇ ਅਧਿਕਾਰ ਰਾਖਵੇਂ ਹਨ", "ਸਾਰੇ ਅਧਿਕਾਰ ਰਾਖਵੇਂ"),
        "ingredients": ("ਸਮੱਗਰੀ",),
        "serve": ("ਪਰੋਸੋ",),
        "writer_label": ("ਲੇਖਕ", "ਲੇਖਿਕਾ"),
        "meta_label": ("ਸ਼੍ਰੇਣੀ", "ਟੈਗ", "ਸਾਂਝਾ ਕਰੋ", "ਟਿੱਪਣੀਆਂ"),
        "published": ("ਪ੍ਰਕਾਸ਼ਿਤ", "ਅੱਪਡੇਟ ਕੀਤਾ"),
        "counter": ("ਕਦਮ", "ਨੁਸਖਾ"),
        "permission": ("ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ", "ਇਜਾਜ਼ਤ ਨਾਲ", "ਦੀ ਆਗਿਆ ਨਾਲ", "ਆਗਿਆ ਨਾਲ"),
        "holder": ("ਲੇਖਕ", "ਪ੍ਰਕਾਸ਼ਕ", "ਸੰਪਾਦਕ"),
        "by": ("ਲੇਖਕ",),
        "text_noun": ("ਲੇਖ", "ਲਿਖਤ"),
        "may": ("ਸਕਦੇ", "ਸਕਦਾ", "ਸਕਦੀ"),
        "reuse": ("ਛਾਪ", "ਦੁਬਾਰਾ ਛਾਪ", "ਵੰਡ", "ਕਾਪੀ"),
        "issue": ("ਇਸ ਅੰਕ", "ਇਸ ਨਿਊਜ਼ਲੈਟਰ"),
        "limits": ("ਨਹੀਂ", "ਸਿਰਫ਼", "ਸਿਰਫ", "ਬਿਨਾਂ", "ਮਨ੍ਹਾ"),
        "desk": ("ਸੰਪਾਦਕੀ ਟੀਮ", "ਸੰਪਾਦਕੀ ਮੰਡਲ"),
        "comments": ("ਟਿੱਪਣੀਆਂ", "ਟਿੱਪਣੀ"),
        "numbers": ("ਦੋ", "ਤਿੰਨ", "ਚਾਰ", "ਪੰਜ", "ਛੇ", "ਸੱਤ", "ਅੱਠ", "ਨੌਂ", "ਦਸ"),
        "tips": ("ਸੁਝਾਅ", "ਨੁਸਖੇ", "ਤਰੀਕੇ"),
        "sign_in": ("ਲੌਗ ਇਨ", "ਸਾਈਨ ਇਨ", "ਰਜਿਸਟਰ ਕਰੋ"),
    },
    "sq": {
        "sequence": ("së pari", "fillimisht", "së dyti", "së treti", "së katërti", "pastaj", "më pas", "në fund",
                     "së fundi"),
        "posted_by": ("shkruar nga", "postuar nga", "publikuar nga"),
        "rights_reserved": ("të gjitha të drejtat të rezervuara", "të gjitha të drejtat e rezervuara"),
        "ingredients": ("përbërësit", "përbërësit e nevojshëm"),
        "serve": ("shërbejeni", "servirni", "ju bëftë mirë"),
        "writer_label": ("autor", "autore", "autori", "teksti", "shkroi"),
        "meta_label": ("kategoria", "etiketa", "shpërndaje", "komente", "koha e leximit"),
        "published": ("publikuar", "përditësuar", "postuar më"),
        "counter": ("hapi", "këshilla"),
        "permission": ("me lejen e", "me leje të", "me miratimin e"),
        "holder": ("autor", "botues", "redaksi"),
        "by": ("nga",),
        "text_noun": ("artikuj", "artikull", "tekst", "shkrim"),
        "may": ("mund", "lejohet", "është e lejuar"),
        "reuse": ("ribot", "ripublik", "publikohen", "rishpërnda", "kopjo"),
        "issue": ("këtij buletini", "këtë buletin", "ky buletin", "këtë numër", "këtij numri"),
        "limits": ("nuk", "mos", "vetëm", "pa", "ndalohet"),
        "desk": ("redaksia",),
        "comments": ("komente", "koment"),
        "numbers": ("dy", "tre", "katër", "pesë", "gjashtë", "shtatë", "tetë", "nëntë", "dhjetë"),
        "tips": ("këshilla", "këshillat"),
        "sign_in": ("hyni", "identifikohu", "regjistrohu", "dilni"),
    },
    # ---- round 19: the languages the tuned parts hold pages in with no row of their own, and the larger web
    # languages still missing, one block each, in the order of their codes (Malay beside "id", Croatian beside
    # "sr": the words those rows lack)
    "af": {
        "sequence": ("eerstens", "om mee te begin", "tweedens", "derdens", "vierdens", "daarna", "vervolgens",
                     "laastens", "ten slotte", "uiteindelik"),
        "posted_by": ("geskryf deur", "geplaas deur", "gepubliseer deur"),
        "rights_reserved": ("alle regte voorbehou",),
        "ingredients": ("bestanddele",),
        "serve": ("bedien", "smaaklike ete"),
        "writer_label": ("skrywer", "outeur", "teks"),
        "meta_label": ("kategorie", "kategorieë", "etikette", "deel", "kommentaar", "kommentare", "leestyd"),
        "published": ("gepubliseer", "geplaas op", "opgedateer", "bygewerk"),
        "counter": ("stap", "wenk"),
        "permission": ("met toestemming", "met die toestemming van", "met vergunning van"),
        "holder": ("outeur", "skrywer", "uitgew", "redakteur"),
        "by": ("deur",),
        "text_noun": ("artikel", "teks", "plasing", "rubriek"),
        "may": ("mag", "welkom om"),
        "reuse": ("herpubliseer", "publiseer", "herdruk", "kopieer", "versprei"),
        "issue": ("hierdie uitgawe", "hierdie nuusbrief"),
        "weekdays": ("maandag", "dinsdag", "woensdag", "donderdag", "vrydag", "saterdag", "sondag"),
        "months": ("januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus", "september",
                   "oktober", "november", "desember"),
        "tags": ("etikette",),
        "share": ("deel",),
        "limits": ("nie", "slegs", "sonder", "verbode", "geen"),
        "desk": ("redaksie", "nuusspan"),
        "comments": ("kommentaar", "kommentare", "opmerkings"),
        "numbers": ("twee", "drie", "vier", "vyf", "ses", "sewe", "agt", "nege", "tien"),
        "tips": ("wenke",),
        "sign_in": ("teken in", "meld aan", "teken uit", "registreer"),
    },
    "az": {
        "sequence": ("birincisi", "əvvəlcə", "ilk olaraq", "ikincisi", "üçüncüsü", "dördüncüsü", "sonra", "daha sonra",
                     "sonda", "nəhayət", "son olaraq"),
        "posted_by": ("müəllif", "yazan", "paylaşan"),
        "rights_reserved": ("bütün hüquqlar qorunur", "bütün hüquqlar qorunmuşdur"),
        "ingredients": ("inqrediyentlər", "tərkibi", "lazım olan məhsullar", "lazım olanlar"),
        "serve": ("süfrəyə verin", "nuş olsun"),
        "writer_label": ("müəllif", "yazan", "mətn"),
        "meta_label": ("kateqoriya", "teqlər", "paylaş", "paylaşın", "şərhlər", "baxış", "baxışlar", "oxunma müddəti"),
        "published": ("dərc olunub", "dərc edilib", "yenilənib", "paylaşılıb"),
        "counter": ("addım", "məsləhət"),
        "permission": ("icazəsi ilə", "razılığı ilə"),
        "holder": ("müəllif", "naşir", "redaksiya", "redaktor"),
        "by": ("müəllif",),
        "text_noun": ("məqalə", "yazı", "mətn"),
        # (the leave is a verb's ending, as in Turkish: "dərc oluna bilər", may be published)
        "may": ("bilər", "sərbəstdir"),
        "reuse": ("dərc", "paylaş", "köçür", "yaymaq", "yayıl"),
        "issue": ("bu buraxılış", "bu sayı", "bu bülleten"),
        "weekdays": ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"),
        # (May is English "may", read by dates' own names)
        "months": ("yanvar", "fevral", "mart", "aprel", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
                   "noyabr", "dekabr"),
        "limits": ("yox", "deyil", "yalnız", "ancaq", "olmadan", "qadağandır", "icazəsiz"),
        "desk": ("redaksiya",),
        "comments": ("şərhlər", "şərh"),
        "numbers": ("iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz", "on"),
        "tips": ("məsləhətlər", "tövsiyələr"),
        "sign_in": ("daxil ol", "qeydiyyat"),
    },
    "eu": {
        "sequence": ("lehenik", "lehenik eta behin", "lehenengo", "bigarrenik", "hirugarrenik", "laugarrenik",
                     "ondoren", "gero", "azkenik", "amaitzeko", "bukatzeko"),
        "posted_by": ("idazlea", "egilea", "argitaratzailea"),
        "rights_reserved": ("eskubide guztiak erreserbatuta", "eskubide guztiak gordeta"),
        "ingredients": ("osagaiak",),
        "serve": ("zerbitzatu", "on egin"),
        "writer_label": ("egilea", "idazlea", "testua"),
        "meta_label": ("kategoria", "kategoriak", "etiketak", "partekatu", "iruzkinak", "irakurketa denbora"),
        "published": ("argitaratua", "argitaratuta", "eguneratua", "eguneratuta"),
        "counter": ("urratsa", "pausoa", "aholkua"),
        "permission": ("baimenarekin", "baimenaz"),
        "holder": ("egile", "argitaratzaile", "editore", "idazle"),
        "by": ("egilea",),
        "text_noun": ("artikulu", "testu", "idazki"),
        "may": ("daiteke", "ditzakezu", "dezakezu"),
        "reuse": ("argitara", "kopiatu", "zabaldu", "banatu", "erreproduz"),
        "issue": ("ale honetan", "ale hau", "buletin honetan", "buletin hau"),
        "weekdays": ("astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata", "igandea"),
        "months": ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
                   "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"),
        "limits": ("ez", "soilik", "bakarrik", "gabe", "debekatuta"),
        "desk": ("erredakzioa",),
        "comments": ("iruzkinak", "iruzkin"),
        "numbers": ("bi", "hiru", "lau", "bost", "sei", "zazpi", "zortzi", "bederatzi", "hamar"),
        "tips": ("aholkuak", "aholku", "trikimailuak"),
        "sign_in": ("hasi saioa", "saioa hasi", "erregistratu", "amaitu saioa"),
    },
    "ga": {
        "sequence": ("ar dtús", "ar an gcéad dul síos", "sa dara háit", "sa tríú háit", "ansin", "ina dhiaidh sin",
                     "ar deireadh", "faoi dheireadh", "ar deireadh thiar"),
        "posted_by": ("scríofa ag", "foilsithe ag"),
        "rights_reserved": ("gach ceart ar cosaint", "cearta uile ar cosaint"),
        "ingredients": ("comhábhair",),
        "serve": ("bain taitneamh as",),
        "writer_label": ("údar", "scríbhneoir", "téacs"),
        "meta_label": ("catagóir", "catagóirí", "clibeanna", "roinn", "tráchtanna", "am léitheoireachta"),
        "published": ("foilsithe", "nuashonraithe"),
        "counter": ("céim", "leid"),
        "permission": ("le cead", "le caoinchead"),
        "holder": ("údar", "údair", "foilsitheo", "eagarth"),
        "by": ("le",),
        "text_noun": ("alt seo", "an t-alt", "ailt", "téacs", "colún"),
        "may": ("is féidir", "tá cead", "féadfaidh"),
        "reuse": ("athfhoilsi", "a fhoilsiú", "atáirg", "cóipeáil", "a chóipeáil", "scaipeadh"),
        "issue": ("an t-eagrán seo", "san eagrán seo", "an nuachtlitir seo", "sa nuachtlitir seo"),
        "weekdays": ("dé luain", "dé máirt", "dé céadaoin", "déardaoin", "dé haoine", "dé sathairn", "dé domhnaigh"),
        "months": ("eanáir", "feabhra", "márta", "aibreán", "bealtaine", "meitheamh", "iúil", "lúnasa", "meán fómhair",
                   "deireadh fómhair", "samhain", "nollaig"),
        "limits": ("ní", "níl", "nach", "gan", "amháin", "ach", "toirmiscthe"),
        "desk": ("foireann eagarthóireachta", "an fhoireann eagarthóireachta"),
        "comments": ("tráchtanna", "trácht"),
        # (the numbers a noun follows; "trí" and "sé" are "through" and Spanish "I know" as well, so the counts of
        # people stand for them: "triúr", "seisear")
        "numbers": ("dhá", "triúr", "ceithre", "cúig", "seisear", "seacht", "ocht", "naoi", "deich"),
        "tips": ("leideanna", "comhairle"),
        "sign_in": ("logáil isteach", "logáil amach", "cláraigh"),
    },
    "gl": {
        "sequence": ("en primeiro lugar", "primeiro", "para comezar", "en segundo lugar", "en terceiro lugar",
                     "despois", "a continuación", "por último", "finalmente", "para rematar"),
        "posted_by": ("escrito por", "publicado por"),
        "rights_reserved": ("todos os dereitos reservados",),
        "ingredients": ("ingredientes",),
        "serve": ("servir", "sirva", "bo proveito"),
        "writer_label": ("autor", "autora", "texto"),
        "meta_label": ("categoría", "categorías", "etiquetas", "compartir", "comentarios", "tempo de lectura"),
        "published": ("publicado o", "publicado", "actualizado"),
        "counter": ("paso", "consello"),
        "permission": ("co permiso", "coa autorización", "co consentimento"),
        "holder": ("autor", "editor", "editorial"),
        "by": ("por",),
        "text_noun": ("artigo", "texto", "entrada"),
        "may": ("pode", "poden", "podes"),
        "reuse": ("reproduc", "republica", "publica", "copiar", "distribu"),
        "issue": ("este número", "este boletín"),
        "weekdays": ("luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"),
        "months": ("xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro",
                   "novembro", "decembro"),
        "limits": ("non", "só", "soamente", "unicamente", "sen", "prohibida", "prohibido"),
        "desk": ("redacción",),
        "comments": ("comentarios", "comentario"),
        "numbers": ("dous", "tres", "catro", "cinco", "seis", "sete", "oito", "nove", "dez"),
        "tips": ("consellos", "trucos"),
        "sign_in": ("iniciar sesión", "acceder", "rexistrarse", "pechar sesión"),
    },
    "gu": {
        "sequence": ("પહેલું", "સૌ પ્રથમ", "પ્રથમ", "બીજું", "ત્રીજું", "ચોથું", "ત્યાર બાદ", "ત્યારબાદ", "પછી", "છેલ્લે",
                     "અંતમાં"),
        "posted_by": ("દ્વારા લખાયેલ", "લેખક", "પોસ્ટ કરનાર"),
        "rights_reserved": ("સર્વ હક્ક સ્વાધીન", "સર્વાધિકાર સુરક્ષિત", "બધા હક્કો અનામત"),
        "ingredients": ("સામગ્રી", "જરૂરી સામગ્રી"),
        "serve": ("પીરસો",),
        "writer_label": ("લેખક", "લેખિકા"),
        "meta_label": ("શ્રેણી", "લેબલ", "ટૅગ", "શેર કરો", "ટિપ્પણીઓ", "પ્રતિભાવો"),
        "published": ("પ્રકાશિત", "અપડેટ"),
        "counter": ("પગલું", "ટિપ"),
        "permission": ("ની પરવાનગીથી", "પરવાનગીથી", "પરવાનગી સાથે", "ની મંજૂરીથી"),
        "holder": ("લેખક", "લેખિકા", "પ્રકાશક", "સંપાદક"),
        "by": ("દ્વારા",),
        "text_noun": ("લેખ",),
        "may": ("શકો છો", "શકાય"),
        "reuse": ("પ્રકાશિત", "ફરીથી પ્રકાશિત", "નકલ"),
        "issue": ("આ અંક", "આ ન્યૂઝલેટર"),
        "weekdays": ("સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર"),
        "months": ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઓગસ્ટ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઓક્ટોબર",
                   "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"),
        "limits": ("નહીં", "ન", "ફક્ત", "માત્ર", "વગર", "વિના", "પ્રતિબંધિત"),
        "desk": ("તંત્રી વિભાગ", "સંપાદકીય ટીમ"),
        "comments": ("ટિપ્પણીઓ", "ટિપ્પણી", "પ્રતિભાવો"),
        "numbers": ("બે", "ત્રણ", "ચાર", "પાંચ", "છ", "સાત", "આઠ", "નવ", "દસ"),
        "tips": ("ટિપ્સ", "સૂચનો", "સલાહ"),
        "sign_in": ("લૉગ ઇન", "સાઇન ઇન", "નોંધણી કરો"),
    },
    "ha": {
        "sequence": ("na farko", "da farko", "na biyu", "na uku", "na huɗu", "sannan", "bayan haka", "daga ƙarshe",
                     "a ƙarshe"),
        "posted_by": ("marubuci", "marubuciya"),
        "rights_reserved": ("duk haƙƙin mallaka an kiyaye", "haƙƙin mallaka an kiyaye"),
        "ingredients": ("kayan haɗi", "abubuwan da ake buƙata"),
        "serve": ("a ci lafiya",),
        "writer_label": ("marubuci", "marubuciya"),
        "meta_label": ("rukuni", "alamomi", "raba", "sharhi", "sharhohi"),
        "published": ("an wallafa", "an sabunta", "an buga"),
        "counter": ("mataki", "shawara"),
        "permission": ("da izinin", "tare da izinin"),
        "holder": ("marubuci", "marubuciya", "mawallafi", "edita"),
        "by": ("daga",),
        "text_noun": ("maƙala", "maƙalar", "labarin", "rubutu"),
        "may": ("za ku iya", "za a iya", "kuna iya"),
        "reuse": ("wallafa", "buga", "kwafa", "yaɗa", "rarraba"),
        "issue": ("wannan fitowa", "wannan mujalla"),
        "weekdays": ("litinin", "talata", "laraba", "alhamis", "juma'a", "asabar", "lahadi"),
        "months": ("janairu", "fabrairu", "maris", "afrilu", "mayu", "yuni", "yuli", "agusta", "satumba", "oktoba",
                   "nuwamba", "disamba"),
        "limits": ("ba", "kada", "kawai", "sai", "ba tare da", "an hana"),
        "desk": ("sashen labarai", "editoci"),
        "comments": ("sharhohi", "sharhi"),
        "numbers": ("biyu", "uku", "huɗu", "biyar", "shida", "bakwai", "takwas", "tara", "goma"),
        "tips": ("shawarwari", "dabaru"),
        "sign_in": ("shiga", "yi rijista", "fita"),
    },
    "hr": {
        "sequence": ("prvo", "najprije", "prije svega", "drugo", "treće", "četvrto", "zatim", "nakon toga", "potom",
                     "na kraju", "konačno", "naposljetku"),
        "posted_by": ("piše", "napisao", "napisala", "objavio", "objavila", "autor teksta"),
        "rights_reserved": ("sva prava pridržana", "sva prava zadržana"),
        "ingredients": ("sastojci",),
        "serve": ("poslužite", "dobar tek"),
        "writer_label": ("autor", "autorica", "piše", "tekst", "pripremio", "pripremila"),
        "meta_label": ("kategorija", "kategorije", "oznake", "podijeli", "komentari", "vrijeme čitanja"),
        "published": ("objavljeno", "ažurirano"),
        "counter": ("korak", "savjet"),
        "permission": ("uz dopuštenje", "uz dozvolu", "uz suglasnost", "s dopuštenjem", "uz ljubazno dopuštenje"),
        "holder": ("autor", "nakladnik", "izdavač", "uredn", "uredništv"),
        "by": ("piše",),
        "text_noun": ("članak", "člank", "tekst", "prilog"),
        "may": ("možete", "smijete", "slobodno", "dopušteno", "može se", "smije se", "smiju se"),
        "reuse": ("prenije", "prenese", "preuze", "objav", "kopira", "umnoža"),
        "issue": ("ovaj broj", "ovom broju", "ovog broja", "ovaj bilten", "ovog biltena", "ovom biltenu"),
        "weekdays": ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
        "months": ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
                   "listopada", "studenoga", "studenog", "prosinca"),
        "limits": ("ne", "nije", "samo", "bez", "zabranjeno", "zabranjen"),
        "desk": ("uredništvo", "redakcija"),
        "comments": ("komentari", "komentara", "komentar"),
        "numbers": ("dva", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet", "deset"),
        "tips": ("savjeti", "savjeta"),
        "sign_in": ("prijava", "prijavi se", "odjava", "registracija", "registriraj se"),
    },
    "kk": {
        "sequence": ("біріншіден", "ең алдымен", "алдымен", "екіншіден", "үшіншіден", "төртіншіден", "содан кейін",
                     "кейін", "соңында", "ең соңында", "қорыта айтқанда"),
        "posted_by": ("авторы", "жазған", "жариялаған"),
        "rights_reserved": ("барлық құқықтар қорғалған",),
        "ingredients": ("құрамы", "қажетті өнімдер", "ингредиенттер"),
        "serve": ("ас болсын",),
        "writer_label": ("автор", "авторы", "мәтін"),
        "meta_label": ("санат", "тегтер", "бөлісу", "пікірлер", "қаралды", "оқу уақыты"),
        "published": ("жарияланды", "жарияланған", "жаңартылды"),
        "counter": ("қадам", "кеңес"),
        "permission": ("рұқсатымен", "келісімімен"),
        "holder": ("автор", "баспа", "редакция", "редактор"),
        "by": ("авторы",),
        "text_noun": ("мақала", "мәтін", "материал"),
        "may": ("рұқсат етіледі",),  # (never "болады": "will be" too)
        "reuse": ("жариял", "көшір", "тарат", "көбейт"),
        "issue": ("бұл нөмір", "осы нөмір", "осы санда", "бұл сан"),
        "weekdays": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
        "months": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                   "қараша", "желтоқсан"),
        "limits": ("емес", "жоқ", "тек", "ғана", "тыйым", "рұқсатсыз", "болмайды"),
        "desk": ("редакция",),
        "comments": ("пікірлер", "пікір"),
        "numbers": ("екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"),
        "tips": ("кеңестер", "кеңес"),
        "sign_in": ("кіру", "тіркелу", "шығу"),
    },
    "km": {
        "sequence": ("ទីមួយ", "ដំបូង", "ទីពីរ", "ទីបី", "ទីបួន", "បន្ទាប់មក", "ចុងក្រោយ", "ជាចុងក្រោយ"),
        "posted_by": ("សរសេរដោយ", "ចុះផ្សាយដោយ", "រៀបរៀងដោយ"),
        "rights_reserved": ("រក្សាសិទ្ធិគ្រប់យ៉ាង", "រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ"),
        "ingredients": ("គ្រឿងផ្សំ",),
        "serve": ("សូមពិសារ",),
        "writer_label": ("អ្នកនិពន្ធ", "អ្នកសរសេរ", "អត្ថបទ"),
        "meta_label": ("ប្រភេទ", "ស្លាក", "ចែករំលែក", "មតិយោបល់"),
        "published": ("ចុះផ្សាយ", "បានចុះផ្សាយ", "ផ្សាយនៅ"),
        "counter": ("ជំហានទី", "គន្លឹះទី", "ជំហាន", "គន្លឹះ"),
        "permission": ("ដោយមានការអនុញ្ញាត", "ដោយការអនុញ្ញាត", "ការអនុញ្ញាតពី"),
        "holder": ("អ្នកនិពន្ធ", "ម្ចាស់អត្ថបទ", "អ្នកបោះពុម្ព"),
        "by": ("ដោយ",),
        "text_noun": ("អត្ថបទ",),
        "may": ("អាច", "អនុញ្ញាតឱ្យ"),
        "reuse": ("ចុះផ្សាយឡើងវិញ", "ចម្លង", "ផ្សព្វផ្សាយ"),
        "issue": ("លេខនេះ", "ព្រឹត្តិបត្រនេះ"),
        "months": ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា",
                   "ធ្នូ"),
        "limits": ("មិន", "ហាម", "ហាមឃាត់", "តែ", "គ្មាន", "ដោយគ្មាន"),
        "desk": ("ក្រុមការងារ", "ក្រុមអ្នកយកព័ត៌មាន"),
        "comments": ("មតិយោបល់", "មតិ"),
        "numbers": ("ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន", "ដប់"),
        "tips": ("គន្លឹះ", "ដំបូន្មាន"),
        "sign_in": ("ចូលគណនី", "ចុះឈ្មោះ", "ចាកចេញ"),
    },
    "mn": {
        "sequence": ("нэгдүгээрт", "юуны өмнө", "эхлээд", "хоёрдугаарт", "гуравдугаарт", "дөрөвдүгээрт", "дараа нь",
                     "үүний дараа", "эцэст нь", "төгсгөлд нь"),
        "posted_by": ("нийтэлсэн", "бичсэн"),
        "rights_reserved": ("бүх эрх хуулиар хамгаалагдсан", "бүх эрх хамгаалагдсан"),
        "ingredients": ("орц", "орц найрлага", "найрлага"),
        "serve": ("сайхан хооллоорой",),
        "writer_label": ("зохиогч", "нийтлэлч", "сэтгүүлч"),
        "meta_label": ("ангилал", "түлхүүр үг", "хуваалцах", "сэтгэгдэл", "үзсэн"),
        "published": ("нийтэлсэн", "нийтлэгдсэн", "шинэчилсэн"),
        "counter": ("алхам", "зөвлөгөө"),
        "permission": ("зөвшөөрлөөр", "зөвшөөрөлтэйгээр"),
        "holder": ("зохиогч", "нийтлэгч", "редакц", "эрхлэгч"),
        "by": ("зохиогч",),
        "text_noun": ("нийтлэл", "материал"),
        # (never "болно": it is the future tense too, "will be")
        "may": ("чөлөөтэй", "зөвшөөрнө"),
        "reuse": ("хуулбарла", "хуулж", "дахин нийтл", "түгээ"),
        "issue": ("энэ дугаар", "энэ дугаарт"),
        "limits": ("зөвхөн", "хориглоно", "болохгүй", "үгүй", "биш", "зөвшөөрөлгүйгээр"),
        "desk": ("редакц", "мэдээний алба"),
        "comments": ("сэтгэгдэл", "сэтгэгдлүүд"),
        # (the forms a noun follows: "таван зөвлөгөө", five tips)
        "numbers": ("хоёр", "гурван", "дөрвөн", "таван", "зургаан", "долоон", "найман", "есөн", "арван"),
        "tips": ("зөвлөгөө", "зөвлөмж"),
        "sign_in": ("нэвтрэх", "бүртгүүлэх"),
    },
    "ms": {
        "sequence": ("pertama", "pertama sekali", "kedua", "ketiga", "keempat", "seterusnya", "kemudian",
                     "selepas itu", "akhir sekali", "akhirnya"),
        "posted_by": ("ditulis oleh", "disiarkan oleh", "dikongsi oleh", "diterbitkan oleh"),
        "rights_reserved": ("hak cipta terpelihara", "semua hak terpelihara"),
        "ingredients": ("bahan-bahan", "bahan diperlukan"),
        "serve": ("hidangkan", "sajikan", "selamat menjamu selera"),
        "writer_label": ("penulis", "oleh", "disediakan oleh"),
        "meta_label": ("kategori", "label", "kongsi", "komen", "ulasan", "masa membaca"),
        "published": ("diterbitkan", "disiarkan", "dikemas kini", "dikemaskini"),
        "counter": ("langkah", "petua", "tip"),
        "permission": ("dengan izin", "dengan kebenaran", "atas kebenaran"),
        "holder": ("penulis", "penerbit", "pengarang", "editor", "sidang pengarang"),
        "by": ("oleh",),
        "text_noun": ("artikel", "tulisan", "rencana"),
        "may": ("boleh", "dibenarkan", "dialu-alukan"),
        "reuse": ("menerbitkan", "diterbitkan semula", "menyiarkan", "disiarkan semula", "menyalin"),
        "issue": ("edisi ini", "buletin ini", "keluaran ini"),
        "weekdays": ("isnin", "selasa", "rabu", "khamis", "jumaat", "sabtu", "ahad"),
        # (Jun is English "jun", read by dates' own names)
        "months": ("januari", "februari", "mac", "april", "mei", "julai", "ogos", "september", "oktober",
                   "november", "disember"),
        "limits": ("tidak", "jangan", "dilarang", "hanya", "tanpa", "bukan"),
        "desk": ("sidang pengarang", "meja berita"),
        "comments": ("komen", "ulasan"),
        "numbers": ("dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan", "sepuluh"),
        "tips": ("tips", "petua", "panduan"),
        "sign_in": ("log masuk", "daftar masuk", "log keluar", "daftar"),
    },
    "mt": {
        "sequence": ("l-ewwel nett", "l-ewwel", "qabel xejn", "it-tieni", "it-tielet", "imbagħad", "wara dan",
                     "wara dan kollu", "sadanittant", "fl-aħħar", "fl-aħħar nett", "finalment"),
        "posted_by": ("miktub minn", "miktuba minn", "ippubblikat minn", "ippubblikata minn"),
        "rights_reserved": ("id-drittijiet kollha riżervati", "drittijiet kollha riżervati"),
        "ingredients": ("ingredjenti", "l-ingredjenti"),
        "serve": ("servi", "l-ikla t-tajba"),
        "writer_label": ("awtur", "awtriċi", "kittieb", "kittieba"),
        "meta_label": ("kategorija", "kategoriji", "tikketti", "aqsam", "kummenti", "ħin tal-qari"),
        "published": ("ippubblikat", "ippubblikata", "aġġornat", "aġġornata"),
        "counter": ("parir", "suġġeriment"),
        "permission": ("bil-permess", "b'permess", "bil-kunsens"),
        "holder": ("awtur", "awtriċi", "kittieb", "pubblikatur", "editur"),
        "by": ("minn",),
        "text_noun": ("artiklu", "artikli", "kitba", "kitbiet"),
        "may": ("tista'", "tistgħu", "jista'", "jistgħu", "huwa permess"),
        "reuse": ("tippubblik", "terġa' tippubblik", "jerġa' jiġi ppubblikat", "tikkopj", "tirriproduċ", "tqassam"),
        "issue": ("din il-ħarġa", "f'din il-ħarġa", "dan in-newsletter"),
        "weekdays": ("it-tnejn", "it-tlieta", "l-erbgħa", "il-ħamis", "il-ġimgħa", "is-sibt", "il-ħadd"),
        "months": ("jannar", "frar", "marzu", "april", "mejju", "ġunju", "lulju", "awwissu", "settembru", "ottubru",
                   "novembru", "diċembru"),
        "tags": ("tikketti",),
        "share": ("aqsam",),
        "limits": ("ma", "mhux", "biss", "mingħajr", "projbit", "projbita", "ebda"),
        "desk": ("redazzjoni", "il-bord editorjali"),
        "comments": ("kummenti", "kumment"),
        # (the forms a noun follows, "ħames pariri"; "sitt" is Swedish "his own" too: the counting "sitta" for it)
        "numbers": ("żewġ", "tliet", "erba'", "ħames", "sitta", "seba'", "tmien", "disa'", "għaxar"),
        "tips": ("pariri", "parir", "suġġerimenti"),
        "sign_in": ("idħol", "irreġistra", "il-kont tiegħi"),
    },
    "my": {
        "sequence": ("ပထမ", "ပထမဦးစွာ", "ဒုတိယ", "တတိယ", "စတုတ္ထ", "ထို့နောက်", "နောက်ဆုံးအနေဖြင့်"),
        "posted_by": ("ရေးသားသူ", "ရေးသူ"),
        "rights_reserved": ("မူပိုင်ခွင့်များ ရယူထားသည်", "မူပိုင်ခွင့် အားလုံး ရယူထားသည်"),
        "ingredients": ("ပါဝင်ပစ္စည်းများ", "လိုအပ်သော ပစ္စည်းများ"),
        "serve": ("သုံးဆောင်ပါ",),
        "writer_label": ("ရေးသားသူ", "စာရေးသူ"),
        "meta_label": ("အမျိုးအစား", "မျှဝေရန်", "မှတ်ချက်များ"),
        "published": ("ရက်စွဲ", "ထုတ်ဝေသည်"),
        "counter": ("အဆင့်", "အကြံပြုချက်"),
        "permission": ("ခွင့်ပြုချက်ဖြင့်", "ခွင့်ပြုချက်နှင့်"),
        "holder": ("စာရေးသူ", "ရေးသားသူ", "မူရင်းရေးသားသူ", "ထုတ်ဝေသူ", "အယ်ဒီတာ"),
        "by": ("ရေးသားသူ",),
        "text_noun": ("ဆောင်းပါး", "စာမူ"),
        "may": ("ခွင့်ပြုပါသည်",),
        "reuse": ("ပြန်လည်ဖော်ပြ", "ပြန်လည်မျှဝေ", "ကူးယူ"),
        "issue": ("ဤအစောင်", "ယခုအစောင်"),
        "months": ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ",
                   "နိုဝင်ဘာ", "ဒီဇင်ဘာ", "ဇန်နဝါရီလ", "ဖေဖော်ဝါရီလ", "မတ်လ", "ဧပြီလ", "မေလ", "ဇွန်လ", "ဇူလိုင်လ",
                   "ဩဂုတ်လ", "စက်တင်ဘာလ", "အောက်တိုဘာလ", "နိုဝင်ဘာလ", "ဒီဇင်ဘာလ"),
        "limits": ("ခွင့်မပြု", "တားမြစ်", "မပြုရ", "သာလျှင်"),
        "desk": ("သတင်းဌာန", "အယ်ဒီတာအဖွဲ့"),
        "comments": ("မှတ်ချက်များ", "မှတ်ချက်"),
        "numbers": ("နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး", "ဆယ်"),
        "tips": ("အကြံပြုချက်", "နည်းလမ်း"),
        "sign_in": ("ဝင်ရောက်ရန်", "အကောင့်ဝင်ရန်", "စာရင်းသွင်းရန်"),
    },
    "ne": {
        "sequence": ("पहिलो", "सबैभन्दा पहिले", "पहिले", "दोस्रो", "तेस्रो", "चौथो", "त्यसपछि", "अन्त्यमा", "अन्तमा"),
        "posted_by": ("लेखक", "लेखिका"),
        "rights_reserved": ("सर्वाधिकार सुरक्षित", "सबै अधिकार सुरक्षित"),
        "ingredients": ("आवश्यक सामग्री", "सामग्री"),
        "serve": ("पस्कनुहोस्",),
        "writer_label": ("लेखक", "लेखिका"),
        "meta_label": ("वर्ग", "श्रेणी", "ट्याग", "सेयर", "प्रतिक्रिया", "प्रतिक्रियाहरू"),
        "published": ("प्रकाशित", "प्रकाशित मिति", "अपडेट"),
        "counter": ("चरण", "सुझाव"),
        "permission": ("को अनुमतिमा", "अनुमतिमा", "अनुमतिसहित", "अनुमति लिएर"),
        "holder": ("लेखक", "लेखिका", "प्रकाशक", "सम्पादक"),
        "by": ("द्वारा",),
        "text_noun": ("लेख", "रचना"),
        "may": ("सकिन्छ", "सक्नुहुन्छ"),
        "reuse": ("पुनः प्रकाशन", "पुनःप्रकाशन", "पुनर्प्रकाशन", "प्रतिलिपि"),
        "issue": ("यो अंक", "यस अंकमा"),
        "weekdays": ("आइतबार", "सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार"),
        "months": ("बैशाख", "वैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ", "फागुन",
                   "चैत"),
        "limits": ("छैन", "हुँदैन", "नगर्नु", "मात्र", "बिना", "निषेध", "वर्जित"),
        "desk": ("सम्पादकीय टोली", "सम्पादक मण्डल"),
        "comments": ("प्रतिक्रियाहरू", "प्रतिक्रिया"),
        "numbers": ("दुई", "तीन", "चार", "पाँच", "छ", "सात", "आठ", "नौ", "दस"),
        "tips": ("सुझावहरू", "सुझाव", "टिप्स"),
        "sign_in": ("लग इन", "साइन इन", "दर्ता गर्नुहोस्"),
    },
    "si": {
        "sequence": ("පළමුව", "මුලින්ම", "දෙවනුව", "තෙවනුව", "ඉන්පසු", "ඊළඟට", "අවසානයේ", "අවසාන වශයෙන්"),
        "posted_by": ("ලියන්නේ", "ලිව්වේ"),
        "rights_reserved": ("සියලුම හිමිකම් ඇවිරිණි", "සියලු හිමිකම් ඇවිරිණි"),
        "ingredients": ("අවශ්‍ය ද්‍රව්‍ය", "අමුද්‍රව්‍ය"),
        "serve": ("පිළිගන්වන්න",),
        "writer_label": ("ලේඛක", "ලේඛිකා", "ලියන්නේ"),
        "meta_label": ("ප්‍රවර්ගය", "බෙදාගන්න", "අදහස්", "ටැග්"),
        "published": ("ප්‍රකාශිත", "පළ කළේ", "යාවත්කාලීන කළේ"),
        "counter": ("පියවර", "ඉඟිය"),
        "permission": ("අවසරයෙන්", "අවසරය ඇතිව"),
        "holder": ("ලේඛක", "කතුවර", "ප්‍රකාශක", "කර්තෘ"),
        "by": ("ලියන්නේ",),
        "text_noun": ("ලිපිය", "ලිපි"),
        "may": ("හැකිය", "පුළුවන්"),
        "reuse": ("නැවත පළ", "පිටපත්", "බෙදා හැර"),
        "issue": ("මෙම කලාපය", "මෙම කලාපයේ"),
        "months": ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
                   "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"),
        "limits": ("නැත", "නොහැක", "පමණි", "පමණක්", "නොමැතිව", "එපා", "තහනම්"),
        "desk": ("කර්තෘ මණ්ඩලය",),
        "comments": ("අදහස්", "ප්‍රතිචාර"),
        "numbers": ("දෙක", "තුන", "හතර", "පහ", "හය", "හත", "අට", "නවය", "දහය"),
        "tips": ("ඉඟි", "උපදෙස්"),
        "sign_in": ("ඇතුළු වන්න", "ලියාපදිංචි වන්න"),
        # (වෛද්‍ය "doctor" of medicine, ආචාර්ය "Dr" of a doctorate, මහාචාර්ය "professor": titles before a name)
        "honorifics": ("වෛද්‍ය", "ආචාර්ය", "මහාචාර්ය"),
    },
    "sl": {
        "sequence": ("najprej", "prvič", "za začetek", "drugič", "tretjič", "četrtič", "nato", "zatem", "potem",
                     "na koncu", "nazadnje", "končno"),
        "posted_by": ("napisal", "napisala", "zapisal", "zapisala", "objavil", "objavila"),
        "rights_reserved": ("vse pravice pridržane",),
        "ingredients": ("sestavine",),
        "serve": ("postrezite", "dober tek"),
        "writer_label": ("avtor", "avtorica", "besedilo", "piše", "zapisal", "zapisala"),
        "meta_label": ("kategorija", "kategorije", "oznake", "deli", "delite", "komentarji", "čas branja"),
        "published": ("objavljeno", "posodobljeno"),
        "counter": ("korak", "nasvet"),
        "permission": ("z dovoljenjem", "s prijaznim dovoljenjem", "s soglasjem"),
        "holder": ("avtor", "založ", "uredn", "uredništv"),
        "by": ("piše",),
        "text_noun": ("članek", "člank", "besedil", "prispev"),
        "may": ("lahko", "dovoljeno", "smete"),
        "reuse": ("objav", "ponatis", "kopira", "razširja", "povzem"),
        "issue": ("ta številka", "tej številki", "to glasilo", "tem glasilu"),
        "weekdays": ("ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"),
        "months": ("januar", "januarja", "februar", "februarja", "marec", "marca", "april", "aprila", "maj", "maja",
                   "junij", "junija", "julij", "julija", "avgust", "avgusta", "september", "septembra", "oktober",
                   "oktobra", "november", "novembra", "december", "decembra"),
        "limits": ("ne", "samo", "le", "zgolj", "brez", "prepovedano", "prepovedan"),
        "desk": ("uredništvo",),
        "comments": ("komentarji", "komentarjev", "komentar"),
        "numbers": ("dva", "tri", "štiri", "pet", "šest", "sedem", "osem", "devet", "deset"),
        "tips": ("nasveti", "nasvetov"),
        "sign_in": ("prijava", "prijavite se", "odjava", "registracija"),
    },
    "te": {
        "sequence": ("మొదట", "మొదటిగా", "ముందుగా", "రెండవది", "మూడవది", "నాలుగవది", "ఆ తర్వాత", "తర్వాత", "చివరగా",
                     "చివరిగా"),
        "posted_by": ("రచన", "రచయిత"),
        "rights_reserved": ("సర్వ హక్కులు ప్రత్యేకించబడినవి", "అన్ని హక్కులు ప్రత్యేకించబడ్డాయి"),
        "ingredients": ("కావలసిన పదార్థాలు", "కావలసినవి", "పదార్థాలు"),
        "serve": ("వడ్డించండి",),
        "writer_label": ("రచన", "రచయిత", "రచయిత్రి"),
        "meta_label": ("వర్గం", "వ్యాఖ్యలు", "వీక్షణలు", "షేర్ చేయండి"),
        "published": ("ప్రచురణ", "ప్రచురించబడింది", "ప్రచురితం"),
        "counter": ("దశ", "చిట్కా"),
        "permission": ("అనుమతితో",),
        "holder": ("రచయిత", "ప్రచురణకర్త", "సంపాదకు"),
        "by": ("రచన",),
        "text_noun": ("వ్యాస", "రచన"),
        # (the leave is the verb's ending, "-వచ్చు": the verbs with it are listed)
        "may": ("ప్రచురించవచ్చు", "పునర్ముద్రించవచ్చు", "ప్రచురించుకోవచ్చు"),
        "reuse": ("ప్రచురించ", "పునర్ముద్రి", "పునఃప్రచుర"),
        "issue": ("ఈ సంచిక", "ఈ సంచికలో"),
        "weekdays": ("సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం", "శుక్రవారం", "శనివారం", "ఆదివారం"),
        "months": ("జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్",
                   "నవంబర్", "డిసెంబర్"),
        "limits": ("కాదు", "లేదు", "మాత్రమే", "లేకుండా", "నిషేధం", "చేయరాదు", "చేయకూడదు"),
        "desk": ("సంపాదక బృందం", "సంపాదకవర్గం"),
        "comments": ("వ్యాఖ్యలు", "వ్యాఖ్య"),
        "numbers": ("రెండు", "మూడు", "నాలుగు", "ఐదు", "ఆరు", "ఏడు", "ఎనిమిది", "తొమ్మిది", "పది"),
        "tips": ("చిట్కాలు", "సూచనలు"),
        "sign_in": ("లాగిన్", "సైన్ ఇన్", "నమోదు చేసుకోండి"),
    },
    "uz": {
        "sequence": ("birinchidan", "avvalo", "avvalambor", "ikkinchidan", "uchinchidan", "toʻrtinchidan", "keyin",
                     "shundan soʻng", "soʻngra", "nihoyat", "oxirida"),
        "posted_by": ("muallif", "tayyorladi"),
        "rights_reserved": ("barcha huquqlar himoyalangan",),
        "ingredients": ("masalliqlar", "kerakli masalliqlar"),
        "serve": ("dasturxonga torting", "yoqimli ishtaha"),
        "writer_label": ("muallif", "matn"),
        "meta_label": ("kategoriya", "rukn", "teglar", "ulashish", "izohlar", "koʻrishlar"),
        "published": ("eʼlon qilindi", "e'lon qilindi", "chop etildi", "yangilandi", "nashr qilindi"),
        "counter": ("qadam", "maslahat"),
        "permission": ("ruxsati bilan", "roziligi bilan"),
        "holder": ("muallif", "noshir", "tahririyat", "muharrir"),
        "by": ("muallif",),
        "text_noun": ("maqola", "matn"),
        "may": ("mumkin", "ruxsat etiladi"),
        "reuse": ("koʻchirib", "ko'chirib", "qayta chop", "chop et", "tarqat", "nashr"),
        "issue": ("ushbu son", "ushbu sonda"),
        "weekdays": ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"),
        "months": ("yanvar", "fevral", "mart", "aprel", "iyun", "iyul", "avgust", "sentyabr", "oktyabr",
                   "noyabr", "dekabr"),
        "limits": ("emas", "faqat", "taqiqlanadi", "yoʻq", "ruxsatsiz"),
        "desk": ("tahririyat",),
        "comments": ("izohlar", "izoh", "fikrlar"),
        "numbers": ("ikki", "uch", "toʻrt", "besh", "olti", "yetti", "sakkiz", "toʻqqiz", "oʻn"),
        "tips": ("maslahatlar", "tavsiyalar"),
        "sign_in": ("roʻyxatdan oʻtish", "tizimga kirish"),
    },
    "yo": {
        # (the ordinals either as adjectives, "èkejì", or as nouns, "ìkejì": the second one)
        "sequence": ("àkọ́kọ́", "ní àkọ́kọ́", "ìkíní", "èkejì", "ìkejì", "ẹ̀kẹta", "ìkẹta", "ẹ̀kẹrin", "ìkẹrin",
                     "ìkarùn-ún", "lẹ́yìn náà", "níkẹyìn", "ní ìparí"),
        "posted_by": ("láti ọwọ́",),
        "rights_reserved": ("gbogbo ẹ̀tọ́ wà ní ìpamọ́",),
        "ingredients": ("àwọn èròjà", "èròjà"),
        "serve": ("ẹ gbádùn",),
        "writer_label": ("òǹkọ̀wé",),
        "meta_label": ("pín",),
        "published": ("tí a tẹ̀jáde", "a tẹ̀ ẹ́ jáde"),
        "counter": ("ìgbésẹ̀", "ìmọ̀ràn"),
        "permission": ("pẹ̀lú àṣẹ", "pẹ̀lú ìyọ̀ǹda"),
        "holder": ("òǹkọ̀wé", "akéde"),
        "by": ("láti ọwọ́",),
        "text_noun": ("àpilẹ̀kọ",),
        "may": ("lè",),
        "reuse": ("tẹ̀jáde", "tún tẹ̀"),
        "issue": ("ẹ̀dà yìí",),
        "limits": ("kò", "má", "kì", "láìsí", "nìkan"),
        "desk": ("ẹgbẹ́ olóòtú",),
        "weekdays": ("ọjọ́ àìkú", "ọjọ́ ajé", "ọjọ́ ìṣẹ́gun", "ọjọ́rú", "ọjọ́bọ̀", "ẹtì", "àbámẹ́ta"),
        "months": ("ṣẹ́rẹ́", "èrèlè", "ẹrẹ̀nà", "ìgbé", "ẹ̀bìbí", "òkúdù", "agẹmọ", "ògún", "owewe", "ọ̀wàrà", "bélú",
                   "ọ̀pẹ̀"),
        "comments": ("ọ̀rọ̀ ìwòye", "àsọyé"),
        "numbers": ("méjì", "mẹ́ta", "mẹ́rin", "márùn-ún", "mẹ́fà", "méje", "mẹ́jọ", "mẹ́sàn-án", "mẹ́wàá"),
        "tips": ("ìmọ̀ràn",),
        "sign_in": ("wọlé", "forúkọsílẹ̀"),
    },
    # ---- round 20: the languages of holdout20's pages wholly in a language with no row (Kannada, Malayalam, Lao,
    # Pashto, Zulu, Belarusian, Kyrgyz, Javanese), then the larger web languages still missing, in a block at the
    # table's end
    "kn": {
        "sequence": ("ಮೊದಲನೆಯದಾಗಿ", "ಮೊದಲಿಗೆ", "ಮೊದಲು", "ಎರಡನೆಯದಾಗಿ", "ಮೂರನೆಯದಾಗಿ", "ನಾಲ್ಕನೆಯದಾಗಿ", "ನಂತರ",
                     "ಆನಂತರ", "ಆಮೇಲೆ", "ಕೊನೆಯದಾಗಿ", "ಕೊನೆಗೆ"),
        "posted_by": ("ಬರೆದವರು", "ಲೇಖಕರು", "ಪ್ರಕಟಿಸಿದವರು"),
        "rights_reserved": ("ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ", "ಎಲ್ಲಾ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ",
                            "ಸರ್ವ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ", "ಎಲ್ಲ ಹಕ್ಕುಗಳು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ"),
        "ingredients": ("ಬೇಕಾಗುವ ಸಾಮಗ್ರಿಗಳು", "ಬೇಕಾಗುವ ಪದಾರ್ಥಗಳು", "ಸಾಮಗ್ರಿಗಳು"),
        "serve": ("ಬಡಿಸಿ", "ಸವಿಯಿರಿ"),
        "writer_label": ("ಲೇಖಕರು", "ಲೇಖಕ", "ಲೇಖಕಿ", "ಬರಹ", "ಬರೆದವರು"),
        "meta_label": ("ವರ್ಗ", "ಟ್ಯಾಗ್\u200cಗಳು", "ಟ್ಯಾಗ್ಗಳು", "ಹಂಚಿಕೊಳ್ಳಿ", "ಪ್ರತಿಕ್ರಿಯೆಗಳು"),
        "tags": ("ಟ್ಯಾಗ್\u200cಗಳು", "ಟ್ಯಾಗ್ಗಳು"),
        "share": ("ಹಂಚಿಕೊಳ್ಳಿ",),
        "published": ("ಪ್ರಕಟಿಸಲಾಗಿದೆ", "ಪ್ರಕಟಿತ", "ಪ್ರಕಟಣೆ", "ನವೀಕರಿಸಲಾಗಿದೆ"),
        "counter": ("ಹಂತ", "ಸಲಹೆ"),
        "permission": ("ಅನುಮತಿಯೊಂದಿಗೆ", "ಅನುಮತಿಯಿಂದ", "ಅನುಮತಿ ಪಡೆದು"),
        "holder": ("ಲೇಖಕ", "ಪ್ರಕಾಶಕ", "ಸಂಪಾದಕ"),
        "by": ("ಬರಹ",),
        "text_noun": ("ಲೇಖನ", "ಬರಹ"),
        # (the leave is the verb's ending, "-ಬಹುದು": the verbs with it are listed)
        "may": ("ಪ್ರಕಟಿಸಬಹುದು", "ಮರುಪ್ರಕಟಿಸಬಹುದು", "ಹಂಚಿಕೊಳ್ಳಬಹುದು", "ಬಳಸಬಹುದು"),
        "reuse": ("ಪ್ರಕಟಿಸ", "ಮರುಪ್ರಕಟ", "ಹಂಚಿಕೊಳ್ಳ", "ನಕಲಿಸ"),
        "issue": ("ಈ ಸಂಚಿಕೆ", "ಈ ಸಂಚಿಕೆಯಲ್ಲಿ"),
        "read_also": ("ಇದನ್ನೂ ಓದಿ", "ಇದನ್ನು ಓದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು"),
        "weekdays": ("ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ", "ಭಾನುವಾರ"),
        "months": ("ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್", "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್",
                   "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್"),
        "limits": ("ಇಲ್ಲ", "ಮಾತ್ರ", "ಇಲ್ಲದೆ", "ನಿಷೇಧ", "ಕೂಡದು", "ಬಾರದು"),
        "desk": ("ಡೆಸ್ಕ್", "ಸಂಪಾದಕೀಯ ತಂಡ"),
        "comments": ("ಪ್ರತಿಕ್ರಿಯೆಗಳು", "ಪ್ರತಿಕ್ರಿಯೆ", "ಕಾಮೆಂಟ್\u200cಗಳು"),
        "numbers": ("ಎರಡು", "ಮೂರು", "ನಾಲ್ಕು", "ಐದು", "ಆರು", "ಏಳು", "ಎಂಟು", "ಒಂಬತ್ತು", "ಹತ್ತು"),
        "tips": ("ಸಲಹೆಗಳು", "ಸಲಹೆ", "ಟಿಪ್ಸ್"),
        "sign_in": ("ಲಾಗಿನ್", "ಲಾಗ್ ಇನ್", "ಸೈನ್ ಇನ್", "ನೋಂದಣಿ"),
        "honorifics": ("ಡಾ.", "ಪ್ರೊ.", "ಶ್ರೀಮತಿ"),
    },
    "ml": {
        "sequence": ("ആദ്യം", "ആദ്യമായി", "ഒന്നാമതായി", "രണ്ടാമതായി", "മൂന്നാമതായി", "നാലാമതായി", "പിന്നീട്",
                     "അതിനുശേഷം", "ഒടുവിൽ", "അവസാനമായി", "അവസാനം"),
        "posted_by": ("എഴുതിയത്", "തയ്യാറാക്കിയത്", "പോസ്റ്റ് ചെയ്തത്"),
        "rights_reserved": ("എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം", "എല്ലാ അവകാശങ്ങളും സംരക്ഷിതം",
                            "എല്ലാ അവകാശങ്ങളും സംരക്ഷിച്ചിരിക്കുന്നു", "സർവ്വാവകാശങ്ങളും സംരക്ഷിതം"),
        "ingredients": ("ചേരുവകൾ", "ആവശ്യമായ സാധനങ്ങൾ", "ആവശ്യമുള്ള സാധനങ്ങൾ"),
        "serve": ("വിളമ്പാം", "വിളമ്പുക", "ചൂടോടെ"),
        "writer_label": ("എഴുതിയത്", "തയ്യാറാക്കിയത്", "ലേഖകൻ", "ലേഖിക", "രചന"),
        "meta_label": ("വിഭാഗം", "ടാഗുകൾ", "ലേബലുകൾ", "പങ്കിടുക", "അഭിപ്രായങ്ങൾ", "കമന്റുകൾ"),
        "tags": ("ടാഗുകൾ", "ലേബലുകൾ"),
        "share": ("പങ്കിടുക",),
        "published": ("പ്രസിദ്ധീകരിച്ചത്", "പ്രസിദ്ധീകരിച്ചു", "അപ്ഡേറ്റ് ചെയ്തത്"),
        "counter": ("ഘട്ടം", "ടിപ്പ്"),
        "permission": ("അനുമതിയോടെ", "സമ്മതത്തോടെ"),
        "holder": ("ലേഖക", "എഴുത്തുകാര", "പ്രസാധക", "പത്രാധിപ"),
        "by": ("രചന",),
        "text_noun": ("ലേഖന", "കുറിപ്പ്", "പോസ്റ്റ്"),
        # (the leave is the verb's ending, "-ാം": the verbs with it are listed)
        "may": ("പ്രസിദ്ധീകരിക്കാം", "പുനഃപ്രസിദ്ധീകരിക്കാം", "പങ്കുവയ്ക്കാം", "പകർത്താം"),
        "reuse": ("പ്രസിദ്ധീകരി", "പുനഃപ്രസിദ്ധീകരി", "പങ്കുവ", "പകർത്ത"),
        "issue": ("ഈ ലക്കം", "ഈ ലക്കത്തിൽ"),
        "read_also": ("ഇതും വായിക്കുക", "ഇതുകൂടി വായിക്കുക"),
        # (Blogger writes the days with a zero-width non-joiner before "ച": both spellings)
        "weekdays": ("ഞായറാഴ്ച", "തിങ്കളാഴ്ച", "ചൊവ്വാഴ്ച", "ബുധനാഴ്ച", "വ്യാഴാഴ്ച", "വെള്ളിയാഴ്ച", "ശനിയാഴ്ച",
                     "ഞായറാഴ്\u200cച", "തിങ്കളാഴ്\u200cച", "ചൊവ്വാഴ്\u200cച", "ബുധനാഴ്\u200cച", "വ്യാഴാഴ്\u200cച",
                     "വെള്ളിയാഴ്\u200cച", "ശനിയാഴ്\u200cച"),
        "months": ("ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "മെയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്", "ആഗസ്റ്റ്",
                   "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ"),
        "limits": ("ഇല്ല", "അല്ല", "മാത്രം", "ഇല്ലാതെ", "പാടില്ല", "പാടുള്ളതല്ല", "നിരോധിച്ചിരിക്കുന്നു"),
        "desk": ("വെബ് ഡെസ്ക്", "ന്യൂസ് ഡെസ്ക്"),
        "comments": ("അഭിപ്രായങ്ങൾ", "അഭിപ്രായം", "കമന്റുകൾ"),
        "numbers": ("രണ്ട്", "മൂന്ന്", "നാല്", "അഞ്ച്", "ആറ്", "ഏഴ്", "എട്ട്", "ഒമ്പത്", "പത്ത്"),
        "tips": ("ടിപ്സ്", "ടിപ്പുകൾ", "നുറുങ്ങുകൾ"),
        "sign_in": ("ലോഗിൻ", "സൈൻ ഇൻ", "രജിസ്റ്റർ ചെയ്യുക"),
        "honorifics": ("ഡോ.", "പ്രൊഫ.", "ശ്രീമതി"),
    },
    "lo": {
        "sequence": ("ທຳອິດ", "ກ່ອນອື່ນ", "ອັນທີໜຶ່ງ", "ອັນທີສອງ", "ອັນທີສາມ", "ຕໍ່ມາ", "ຈາກນັ້ນ", "ສຸດທ້າຍ"),
        "posted_by": ("ຂຽນໂດຍ", "ໂພສໂດຍ", "ຮຽບຮຽງໂດຍ", "ລາຍງານໂດຍ"),
        "rights_reserved": ("ສະຫງວນລິຂະສິດທັງໝົດ", "ສະຫງວນລິຂະສິດ"),
        "ingredients": ("ສ່ວນປະສົມ", "ວັດຖຸດິບ"),
        "serve": ("ພ້ອມເສີບ",),
        "writer_label": ("ຂຽນໂດຍ", "ຜູ້ຂຽນ", "ຮຽບຮຽງໂດຍ"),
        "meta_label": ("ໝວດໝູ່", "ແທັກ", "ແບ່ງປັນ", "ຄຳເຫັນ"),
        "share": ("ແບ່ງປັນ",),
        "published": ("ເຜີຍແຜ່ເມື່ອ", "ເຜີຍແຜ່", "ອັບເດດ"),
        "counter": ("ຂັ້ນຕອນທີ", "ເຄັດລັບທີ", "ຂັ້ນຕອນ"),
        "permission": ("ໂດຍໄດ້ຮັບອະນຸຍາດ", "ໄດ້ຮັບອະນຸຍາດຈາກ"),
        "holder": ("ຜູ້ຂຽນ", "ສຳນັກພິມ", "ກອງບັນນາທິການ", "ເຈົ້າຂອງ"),
        "by": ("ໂດຍ",),
        "text_noun": ("ບົດຄວາມ", "ເອກະສານ"),
        "may": ("ສາມາດ",),
        "reuse": ("ສຳເນົາ", "ເຜີຍແຜ່", "ແບ່ງປັນ"),
        "issue": ("ສະບັບນີ້",),
        "read_also": ("ບົດຄວາມທີ່ກ່ຽວຂ້ອງ",),
        "weekdays": ("ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ", "ວັນອາທິດ"),
        "months": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ",
                   "ທັນວາ"),
        "limits": ("ຫ້າມ", "ເທົ່ານັ້ນ", "ບໍ່ອະນຸຍາດ"),
        "desk": ("ກອງບັນນາທິການ",),
        "comments": ("ຄຳເຫັນ",),
        "numbers": ("ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ", "ສິບ"),
        "tips": ("ເຄັດລັບ", "ຄຳແນະນຳ"),
        "sign_in": ("ເຂົ້າສູ່ລະບົບ", "ອອກຈາກລະບົບ", "ລົງທະບຽນ"),
        # (ທ່ານ, "sir", before a man's name, ທ່ານນາງ before a woman's; ດຣ. doctor)
        "honorifics": ("ທ່ານນາງ", "ທ່ານ", "ດຣ."),
    },
    "ps": {
        "sequence": ("لومړی", "لومړۍ", "تر ټولو مخکې", "دویم", "دوهم", "دریم", "څلورم", "وروسته", "له هغې وروسته",
                     "په پای کې", "په پای کی", "په اخر کې"),
        "posted_by": ("لیکوال", "لیکنه", "لیکونکی"),
        "rights_reserved": ("ټول حقونه خوندي دي", "ټول حقونه محفوظ دي", "ټول حقوق خوندي دي"),
        "ingredients": ("اجزا", "د اړتیا وړ توکي"),
        "serve": ("نوش جان",),
        "writer_label": ("لیکوال", "لیکنه", "لیکونکی", "لیکواله"),
        "meta_label": ("کټګوري", "ټګونه", "شریکول", "نظرونه", "لوستل شوې", "خپرېدنه"),
        "tags": ("ټګونه",),
        "share": ("شریکول",),
        "published": ("خپرېدنه", "خپور شوی", "خپره شوې", "تازه شوی"),
        "counter": ("ګام", "لارښوونه"),
        "permission": ("په اجازه", "له اجازې سره", "د اجازې سره"),
        "holder": ("لیکوال", "خپرونک", "مدیر", "مجل", "ادار"),
        "by": ("لیکنه",),
        "text_noun": ("لیکن", "مقال", "مطلب"),
        "may": ("کولی شئ", "کولای شئ", "کېدای شي", "کېدلی شي", "اجازه ده"),
        "reuse": ("بیا خپر", "خپرول", "خپرولی", "کاپي", "نقل"),
        "issue": ("دا ګڼه", "په دې ګڼه کې"),
        "read_also": ("دا هم ولولئ", "اړوندې لیکنې"),
        "weekdays": ("شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "اتوار"),
        # (the solar months as Afghan Pashto writes them, then the Gregorian)
        "months": ("وری", "غویی", "غويی", "غويي", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی",
                   "سلواغه", "کب", "جنوري", "فبروري", "مارچ", "اپرېل", "اپریل", "جون", "جولای", "اګست", "سپتمبر",
                   "اکتوبر", "نومبر", "دسمبر"),
        "limits": ("نه", "مه", "یوازې", "پرته", "منع", "بې له", "بغیر"),
        "desk": ("اداره", "د خبرونو څانګه"),
        "comments": ("نظرونه", "تبصرې"),
        "numbers": ("دوه", "درې", "څلور", "پنځه", "شپږ", "اووه", "اته", "نهه", "لس"),
        "tips": ("لارښوونې", "مشورې", "سپارښتنې"),
        "sign_in": ("ننوتل", "ننوځئ", "نوم لیکنه", "وتل"),
        # (استاد teacher, پوهاند and پوهنوال the academic ranks, ښاغلی Mr., ډاکټر doctor)
        "honorifics": ("استاد", "پوهاند", "پوهنوال", "ښاغلی", "ډاکټر"),
        "ask_us": ("ستاسو پوښتنې", "خپلې پوښتنې"),
    },
    "zu": {
        "sequence": ("okokuqala", "kuqala", "okwesibili", "okwesithathu", "okwesine", "okulandelayo",
                     "ngemuva kwalokho", "ekugcineni", "okokugcina"),
        "posted_by": ("kubhalwe ngu", "ibhalwe ngu", "kuthunyelwe ngu", "kushicilelwe ngu"),
        "rights_reserved": ("onke amalungelo agodliwe", "wonke amalungelo agodliwe"),
        "ingredients": ("izithako", "okudingekayo"),
        "serve": ("phakela",),
        "writer_label": ("umbhali", "kubhalwe ngu", "ibhalwe ngu"),
        "meta_label": ("isigaba", "omaka", "yabelana", "amazwana", "imibono"),
        "tags": ("omaka",),
        "share": ("yabelana", "abelana"),
        "published": ("kushicilelwe", "kuthunyelwe", "kubuyekezwe"),
        "counter": ("isinyathelo", "ithiphu", "icebiso"),
        "permission": ("ngemvume",),
        "holder": ("umbhali", "wombhali", "yombhali", "kombhali", "umshicileli", "umhleli"),
        "by": ("ngu",),
        "text_noun": ("isihloko", "sihloko", "okuqukethwe"),
        "may": ("uvunyelwe", "kuvunyelwe", "ungakwazi"),
        "reuse": ("shicilel", "kopish", "sabalalis"),
        "issue": ("lolu hlelo", "kulolu hlelo"),
        "read_also": ("funda futhi", "okunye ongakufunda"),
        "weekdays": ("umsombuluko", "ulwesibili", "ulwesithathu", "ulwesine", "ulwesihlanu", "umgqibelo", "isonto"),
        # (the months as sites write them after the English, then the Zulu names)
        "months": ("januwari", "februwari", "mashi", "ephreli", "meyi", "juni", "julayi", "agasti", "septemba",
                   "septhemba", "okthoba", "novemba", "disemba", "umasingana", "unhlolanja", "undasa", "umbasa",
                   "unhlaba", "unhlangulana", "untulikazi", "uncwaba", "umandulo", "umfumfu", "ulwezi", "uzibandlela"),
        "limits": ("akukho", "akuvunyelwe", "hhayi", "kuphela", "ngaphandle kwemvume"),
        "desk": ("abahleli", "ithimba labahleli"),
        "comments": ("amazwana", "imibono"),
        # (the forms a noun of the "izi-" class takes: "izindlela ezinhlanu", five ways)
        "numbers": ("ezimbili", "ezintathu", "ezine", "ezinhlanu", "eziyisithupha", "eziyisikhombisa",
                    "eziyisishiyagalombili", "eziyisishiyagalolunye", "eziyishumi"),
        "tips": ("amathiphu", "amacebiso", "izeluleko"),
        "sign_in": ("ngena", "bhalisa", "phuma"),
        "honorifics": ("umnu.", "unkk.", "udkt.", "usolwazi"),
    },
    "be": {
        "sequence": ("па-першае", "перш за ўсё", "спачатку", "па-другое", "па-трэцяе", "па-чацвёртае", "потым",
                     "затым", "пасля гэтага", "нарэшце", "напрыканцы"),
        "posted_by": ("апублікаваў", "апублікавала", "напісаў", "напісала"),
        "rights_reserved": ("усе правы абаронены", "ўсе правы абаронены", "усе правы захаваны"),
        "ingredients": ("інгрэдыенты", "спатрэбіцца"),
        "serve": ("падаваць", "падавайце", "смачна есці"),
        "writer_label": ("аўтар", "аўтары", "тэкст", "падрыхтаваў", "падрыхтавала"),
        "meta_label": ("рубрыка", "рубрыкі", "тэгі", "падзяліцца", "каментары", "праглядаў", "ацэнка", "дададзена",
                       "час чытання"),
        "tags": ("тэгі",),
        "share": ("падзяліцца",),
        "published": ("апублікавана", "дададзена", "абноўлена"),
        "counter": ("крок", "парада"),
        "permission": ("з дазволу", "з ласкавага дазволу", "са згоды"),
        "holder": ("аўтар", "выдаў", "выдав", "рэдакц", "рэдактар"),
        "by": ("аўтар",),
        "text_noun": ("артыкул", "тэкст", "матэрыял", "публікацы"),
        "may": ("можна", "можаце", "дазваляецца", "дазволена"),
        "reuse": ("перадрукоў", "перадрук", "публікава", "апублікава", "распаўсюдж", "капіява"),
        "issue": ("гэты нумар", "гэтым нумары", "гэты выпуск", "гэтым выпуску"),
        "read_also": ("чытайце таксама", "глядзіце таксама"),
        "weekdays": ("панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота", "нядзеля"),
        "months": ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня",
                   "кастрычніка", "лістапада", "снежня"),
        "limits": ("не", "толькі", "без", "забаронена", "забараняецца"),
        "desk": ("рэдакцыя",),
        "comments": ("каментары", "каментарыі", "каментараў"),
        "numbers": ("два", "тры", "чатыры", "пяць", "шэсць", "сем", "восем", "дзевяць", "дзесяць"),
        "tips": ("парады", "саветы"),
        "sign_in": ("уваход", "увайсці", "рэгістрацыя", "выйсці"),
        "honorifics": ("спадарыня", "спадар"),
    },
    "ky": {
        "sequence": ("биринчиден", "эң оболу", "алгач", "экинчиден", "үчүнчүдөн", "төртүнчүдөн", "андан кийин",
                     "акырында", "акыры", "аягында"),
        "posted_by": ("жазган", "жарыялаган", "автору"),
        "rights_reserved": ("бардык укуктар корголгон",),
        "ingredients": ("керектүү азыктар", "курамы", "ингредиенттер"),
        "serve": ("ашыңыз таттуу болсун", "дасторконго тартыңыз"),
        "writer_label": ("автор", "автору", "жазган", "текст"),
        "meta_label": ("категория", "категориялар", "тегдер", "бөлүшүү", "комментарийлер", "пикирлер", "көрүлдү"),
        "tags": ("тегдер",),
        "share": ("бөлүшүү",),
        "published": ("жарыяланды", "жарыяланган", "жаңыланды"),
        "counter": ("кадам", "кеңеш"),
        "permission": ("уруксаты менен", "макулдугу менен"),
        "holder": ("автор", "басма", "редакция", "редактор"),
        "by": ("автору",),
        "text_noun": ("макала", "материал", "текст"),
        "may": ("уруксат берилет", "эркин"),  # (never "болот": "will be" too)
        "reuse": ("жарыяла", "көчүр", "тарат"),
        "issue": ("бул сан", "бул санда"),
        "asked_by": ("суроо берген", "суроону берген"),
        "weekdays": ("дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби", "жекшемби"),
        # (the months as a date writes them, "3-октябры", and the bare names)
        "months": ("январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры", "октябры",
                   "ноябры", "декабры", "январь", "февраль", "апрель", "июнь", "июль", "август", "сентябрь",
                   "октябрь", "ноябрь", "декабрь"),
        "limits": ("эмес", "жок", "гана", "тыюу", "уруксатсыз"),
        "desk": ("редакция",),
        "comments": ("комментарийлер", "комментарий", "пикирлер"),
        "numbers": ("эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз", "он"),
        "tips": ("кеңештер",),
        "sign_in": ("кирүү", "катталуу", "чыгуу"),
    },
    "jv": {
        "sequence": ("kapisan", "sepisan", "kapindho", "katelu", "kaping papat", "kaping lima", "sabanjure",
                     "salajengipun", "pungkasan", "pungkasane", "sing kapisan", "sing kapindho", "kaping pindho",
                     "kaping loro", "sing katelu", "kaping telu", "kaping enem", "sing pungkasan", "wekasan"),
        "posted_by": ("ditulis dening", "dikirim dening", "dipunserat dening", "diunggah dening"),
        "rights_reserved": ("hak cipta dilindhungi undang-undang", "hak cipta dilindhungi",
                            "sakabehing hak dilindhungi"),
        "ingredients": ("bahan-bahane", "bahan sing dibutuhake", "bahan-bahan", "bumbu-bumbu"),
        "serve": ("sugeng dhahar", "sajekna", "sajikna", "sajikake"),
        "writer_label": ("panulis", "dening", "tulisan"),
        "meta_label": ("kategori", "bagekna", "tanggapan", "label"),
        "share": ("bagekna",),
        "published": ("diterbitake", "dianyari", "dipublikasikake", "diunggah"),
        "counter": ("langkah", "tip", "tips", "pitutur"),
        "permission": ("kanthi idin", "kanthi palilah", "kanthi ijin"),
        "holder": ("panulis", "penulis", "penerbit", "redhaksi", "redaksi"),
        "by": ("dening",),
        "text_noun": ("tulisan", "artikel"),
        # (never "kena", nor "serat" among the texts: Indonesian "hit" and "fibre")
        "may": ("entuk", "diparengake", "dipunparengaken", "pareng"),
        "reuse": ("disebar", "nyebar", "dimuat", "nyalin", "disalin", "mbagekake", "dimuat maneh", "diterbitake maneh",
                  "dipacak maneh"),
        "issue": ("edisi iki", "buletin iki"),
        # (a Javanese date names the day of the five-day market week after the weekday: "Rebo Pon, 3 Juli 2024")
        "weekdays": ("senen", "selasa", "rebo", "kemis", "jemuwah", "setu", "minggu", "senen legi", "senen pahing",
                     "senen pon", "senen wage", "senen kliwon", "selasa legi", "selasa pahing", "selasa pon",
                     "selasa wage", "selasa kliwon", "rebo legi", "rebo pahing", "rebo pon", "rebo wage",
                     "rebo kliwon", "kemis legi", "kemis pahing", "kemis pon", "kemis wage", "kemis kliwon",
                     "jemuwah legi", "jemuwah pahing", "jemuwah pon", "jemuwah wage", "jemuwah kliwon", "setu legi",
                     "setu pahing", "setu pon", "setu wage", "setu kliwon", "minggu legi", "minggu pahing",
                     "minggu pon", "minggu wage", "minggu kliwon"),
        "months": ("januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
                   "september", "oktober", "november", "nopember", "desember"),
        "limits": ("ora", "aja", "mung", "tanpa", "dilarang", "kajaba", "boten"),
        "desk": ("redhaksi", "redaksi"),
        "comments": ("tanggapan", "komentar"),
        "numbers": ("loro", "telu", "papat", "lima", "enem", "pitu", "wolu", "sanga", "sepuluh"),
        "tips": ("pitutur", "tips"),
        "sign_in": ("mlebu", "metu", "daftar"),
        # (the noble title Raden, and Raden Rara abbreviated; never "R.A.", "R.M.": initials elsewhere)
        "honorifics": ("rr.", "raden"),
    },
    # (the larger web languages still missing: Bosnian beside the Serbian and Croatian rows, Esperanto, Kurdish in
    # both its scripts, Kurmanji's Latin and Sorani's Arabic, and Sundanese beside Javanese)
    "bs": {
        "sequence": ("prvo", "najprije", "prije svega", "drugo", "treće", "četvrto", "zatim", "nakon toga", "potom",
                     "na kraju", "konačno"),
        "posted_by": ("piše", "napisao", "napisala", "objavio", "objavila", "autor teksta"),
        "rights_reserved": ("sva prava zadržana", "sva prava su zadržana", "sva prava pridržana"),
        "ingredients": ("sastojci", "potrebni sastojci"),
        "serve": ("poslužite", "prijatno"),
        "writer_label": ("autor", "autorica", "piše", "tekst", "pripremio", "pripremila"),
        "meta_label": ("kategorija", "kategorije", "oznake", "tagovi", "podijeli", "komentari", "pregleda",
                       "vrijeme čitanja"),
        "tags": ("oznake", "tagovi"),
        "share": ("podijeli",),
        "published": ("objavljeno", "ažurirano"),
        "counter": ("korak", "savjet"),
        "permission": ("uz dozvolu", "uz odobrenje", "uz saglasnost", "uz ljubaznu dozvolu"),
        "holder": ("autor", "izdavač", "uredn", "redakcij"),
        "by": ("piše",),
        "text_noun": ("članak", "člank", "tekst"),
        "may": ("možete", "slobodno", "dozvoljeno", "smijete", "može se", "smije se"),
        "reuse": ("preuzim", "preuze", "prenos", "prenije", "kopira", "objav"),
        "issue": ("ovaj broj", "ovom broju", "ovog broja", "ovaj bilten", "ovog biltena"),
        "read_also": ("pročitajte i", "pročitajte još", "povezani članci"),
        "weekdays": ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
        # (the months as Bosnian writes them, the international names, bare and in the genitive a date puts them in)
        "months": ("januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar",
                   "novembar", "decembar", "januara", "februara", "marta", "aprila", "maja", "juna", "jula",
                   "augusta", "septembra", "oktobra", "novembra", "decembra"),
        "limits": ("ne", "nije", "samo", "bez", "zabranjeno", "zabranjen"),
        "desk": ("redakcija", "uredništvo"),
        "comments": ("komentari", "komentara", "komentar"),
        "numbers": ("dva", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet", "deset"),
        "tips": ("savjeti", "savjeta"),
        "sign_in": ("prijava", "prijavi se", "odjava", "registracija", "registruj se"),
    },
    "eo": {
        "sequence": ("unue", "antaŭ ĉio", "trie", "kvare", "poste", "sekve", "post tio", "laste", "finfine",
                     "por fini"),
        "posted_by": ("verkita de", "skribita de", "afiŝita de", "publikigita de"),
        "rights_reserved": ("ĉiuj rajtoj rezervitaj",),
        "ingredients": ("ingrediencoj", "ingredientoj"),
        "serve": ("servu", "bonan apetiton"),
        "writer_label": ("aŭtoro", "verkinto", "teksto"),
        "meta_label": ("kategorio", "kategorioj", "etikedoj", "kunhavigi", "komentoj", "legotempo"),
        "tags": ("etikedoj",),
        "share": ("kunhavigi",),
        "published": ("publikigita", "afiŝita", "ĝisdatigita"),
        "counter": ("paŝo", "konsilo"),
        # (never "kun permeso": "kun" is Danish and Norwegian "only", which limits a leave in any sentence)
        "permission": ("laŭ permeso de", "per permeso de", "laŭ la permeso de"),
        "holder": ("aŭtor", "eldonist", "redaktor"),
        "by": ("de",),
        "text_noun": ("artikol", "tekst"),
        "may": ("rajtas", "povas", "estas permesite"),
        "reuse": ("republik", "kopii", "disvastig", "reeldon"),
        "issue": ("ĉi tiu numero", "tiu ĉi numero", "ĉi tiu bulteno"),
        "read_also": ("legu ankaŭ",),
        "weekdays": ("lundo", "mardo", "merkredo", "ĵaŭdo", "vendredo", "sabato", "dimanĉo"),
        "months": ("januaro", "februaro", "marto", "aprilo", "majo", "junio", "julio", "aŭgusto", "septembro",
                   "oktobro", "novembro", "decembro"),
        "limits": ("ne", "nur", "sen", "malpermesite", "krom"),
        "desk": ("redakcio", "redaktejo"),
        "comments": ("komentoj", "komento"),
        "numbers": ("du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ", "dek"),
        "tips": ("konsiloj",),
        "sign_in": ("ensaluti", "elsaluti", "registriĝi"),
        "honorifics": ("d-ro", "s-ro", "s-ino"),
    },
    "ku": {
        "sequence": ("yekem", "berî her tiştî", "duyem", "sêyem", "çarem", "paşê", "piştre", "di dawiyê de",
                     "herî dawî",
                     # Sorani
                     "یەکەم", "سەرەتا", "دووەم", "سێیەم", "چوارەم", "دواتر", "پاشان", "لە کۆتاییدا", "لە کۆتایی"),
        "posted_by": ("nivîskar", "ji aliyê", "نووسینی", "نووسەر", "لەلایەن"),
        "rights_reserved": ("hemû maf parastî ne", "hemû mafên parastî ne", "هەموو مافەکان پارێزراون",
                            "هەموو مافێک پارێزراوە"),
        "ingredients": ("pêkhate", "malzeme", "پێکهاتەکان", "پێداویستییەکان"),
        "serve": ("noşîcan", "نۆشی گیان"),
        "writer_label": ("nivîskar", "nivîsar", "نووسەر", "نووسینی"),
        "meta_label": ("kategorî", "etîket", "parve bike", "şîrove", "پۆل", "تاگەکان", "هاوبەشی بکە", "کۆمێنتەکان",
                       "شەیر بکە"),
        "tags": ("etîket", "تاگەکان"),
        "share": ("parve bike", "هاوبەشی بکە", "شەیر بکە"),
        "published": ("hat weşandin", "weşandin", "بڵاوکراوەتەوە", "بڵاوکرایەوە", "نوێکراوەتەوە"),
        "counter": ("gav", "şîret", "هەنگاو", "ئامۆژگاری"),
        "permission": ("bi destûra", "bi destûr", "بە مۆڵەتی", "بە ڕەزامەندی"),
        "holder": ("nivîskar", "weşanger", "edîtor", "نووسەر", "بڵاوکەرەوە"),
        "by": ("لەلایەن",),
        "text_noun": ("gotar", "nivîs", "وتار", "بابەت", "نووسین"),
        "may": ("dikarin", "dikare", "destûr heye", "دەتوانن", "دەتوانیت", "ڕێگەپێدراوە"),
        "reuse": ("biweşîn", "weşandin", "kopî", "belav", "بڵاوکردنەوە", "دووبارە بڵاو", "کۆپی"),
        "issue": ("vê hejmarê", "ev hejmar", "ئەم ژمارەیە"),
        "weekdays": ("duşem", "sêşem", "çarşem", "pêncşem", "în", "şemî", "yekşem", "دووشەممە", "سێشەممە",
                     "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "یەکشەممە"),
        "months": ("çile", "sibat", "adar", "nîsan", "gulan", "hezîran", "tîrmeh", "tebax", "îlon", "cotmeh", "mijdar",
                   "berfanbar", "کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز", "ئاب",
                   "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"),
        "limits": ("ne", "tenê", "bê", "qedexe", "nabe", "نا", "تەنها", "بەبێ", "قەدەغە"),
        "desk": ("redaksiyon", "دەستەی نووسەران"),
        "comments": ("şîrove", "şîroveyan", "کۆمێنتەکان", "لێدوانەکان"),
        "numbers": ("du", "sê", "çar", "pênc", "şeş", "heft", "heşt", "neh", "deh"),
        "tips": ("şîret", "şîretan", "ئامۆژگاری", "ئامۆژگارییەکان", "ڕێنمایی"),
        "sign_in": ("têkeve", "tomar bibe", "چوونەژوورەوە", "خۆتۆمارکردن"),
        # (round 28, Sorani: the doctor, m. and f., "Mrs"; the abbreviation "د." is attribution's own; a column's
        # related articles, and its "have you a question" line)
        "honorifics": ("birêz", "mamoste", "مامۆستا", "کاک", "دکتۆر", "دکتۆرە", "خاتوو"),
        "read_also": ("بابەتی پەیوەندیدار", "بابەتە پەیوەندیدارەکان"),
        "ask_us": ("پرسیارێکت هەیە", "پرسیارت هەیە"),
    },
    "su": {
        "sequence": ("kahiji", "mimitina", "kadua", "katilu", "kaopat", "satuluyna", "salajengna", "saterusna",
                     "pamungkas", "ahirna", "tungtungna"),
        "posted_by": ("ditulis ku", "dikirim ku", "diunggah ku"),
        "rights_reserved": ("hak cipta ditangtayungan",),
        "ingredients": ("bahan-bahan", "bahanna"),
        "serve": ("sajikeun", "wilujeng tuang"),
        "writer_label": ("panulis", "nu nulis"),
        "meta_label": ("kategori", "bagikeun", "koméntar", "tanggapan"),
        "share": ("bagikeun",),
        "published": ("dipedalkeun", "diunggah", "dimuat"),
        "counter": ("léngkah", "lengkah"),
        "permission": ("kalayan idin", "ku idin"),
        "holder": ("panulis", "penerbit", "redaksi"),
        "by": ("ku",),
        "text_noun": ("tulisan", "artikel", "seratan"),
        "may": ("meunang", "kénging", "tiasa"),
        "reuse": ("disebar", "nyebar", "dimuat", "disalin", "nyalin"),
        "issue": ("édisi ieu", "edisi ieu"),
        "weekdays": ("senén", "salasa", "rebo", "kemis", "jumaah", "saptu", "minggu"),
        "months": ("januari", "pébruari", "maret", "april", "méi", "juni", "juli", "agustus", "séptémber",
                   "oktober", "nopémber", "désémber"),
        "limits": ("henteu", "teu", "ulah", "ngan", "tanpa", "dilarang", "wungkul"),
        "desk": ("redaksi",),
        "comments": ("koméntar", "tanggapan"),
        "numbers": ("dua", "tilu", "opat", "lima", "genep", "tujuh", "dalapan", "salapan", "sapuluh"),
        "tips": ("tips", "saran"),
        "sign_in": ("asup", "daptar", "kaluar"),
    },
    # ---- round 21: the languages of holdout21's pages wholly in a language with no row (Odia, Tibetan, Tigrinya,
    # Somali, Kinyarwanda, Luxembourgish, Tajik, Uyghur in its Arabic letters), written as the languages write them
    "or": {
        "sequence": ("ପ୍ରଥମତଃ", "ପ୍ରଥମେ", "ଦ୍ୱିତୀୟତଃ", "ତୃତୀୟତଃ", "ଚତୁର୍ଥତଃ", "ତା'ପରେ", "ତାପରେ", "ଶେଷରେ",
                     "ସର୍ବଶେଷରେ"),
        "posted_by": ("ଲେଖିଛନ୍ତି", "ଲେଖକ", "ଲେଖିକା", "ପ୍ରକାଶ କରିଛନ୍ତି"),
        "rights_reserved": ("ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ", "ସମସ୍ତ ସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ", "ସମସ୍ତ ଅଧିକାର ସଂରକ୍ଷିତ",
                            "ସର୍ବାଧିକାର ସଂରକ୍ଷିତ"),
        "ingredients": ("ଆବଶ୍ୟକ ସାମଗ୍ରୀ", "ଉପକରଣ", "ସାମଗ୍ରୀ"),
        "serve": ("ପରଷନ୍ତୁ", "ପରିବେଷଣ କରନ୍ତୁ"),
        "writer_label": ("ଲେଖକ", "ଲେଖିକା", "ଲେଖା", "ଲେଖକଙ୍କ ନାମ"),
        "meta_label": ("ବିଭାଗ", "ଟ୍ୟାଗ", "ସେୟାର କରନ୍ତୁ", "ମନ୍ତବ୍ୟ", "ପ୍ରସ୍ତୁତି ସମୟ"),
        "tags": ("ଟ୍ୟାଗ",),
        "share": ("ସେୟାର କରନ୍ତୁ",),
        "published": ("ପ୍ରକାଶିତ", "ପ୍ରକାଶ ତାରିଖ", "ଅପଡେଟ"),
        "counter": ("ପଦକ୍ଷେପ", "ସୋପାନ"),
        "permission": ("ଅନୁମତିକ୍ରମେ", "ଅନୁମତି ସହ", "ଅନୁମତି ନେଇ"),
        "holder": ("ଲେଖକ", "ଲେଖିକା", "ପ୍ରକାଶକ", "ସମ୍ପାଦକ"),
        "by": ("ଲେଖା",),
        "text_noun": ("ଲେଖା", "ପ୍ରବନ୍ଧ", "ଆର୍ଟିକିଲ"),
        # (the leave is the verb's "can": "ପ୍ରକାଶ କରିପାରିବେ", may publish)
        "may": ("ପାରିବେ", "ପାରନ୍ତି", "କରିପାରିବେ"),
        "reuse": ("ପ୍ରକାଶ", "ପୁନଃପ୍ରକାଶ", "ନକଲ", "ସେୟାର"),
        "issue": ("ଏହି ସଂଖ୍ୟା", "ଏହି ସଂଖ୍ୟାରେ"),
        "read_also": ("ଆପଣଙ୍କୁ ଭଲ ଲାଗିପାରେ", "ଆହୁରି ପଢ଼ନ୍ତୁ"),
        "weekdays": ("ସୋମବାର", "ମଙ୍ଗଳବାର", "ବୁଧବାର", "ଗୁରୁବାର", "ଶୁକ୍ରବାର", "ଶନିବାର", "ରବିବାର"),
        "months": ("ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଏପ୍ରିଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର",
                   "ନଭେମ୍ବର", "ଡିସେମ୍ବର"),
        # (ବିନା "without", କେବଳ "only", ନାହିଁ and ନୁହେଁ "not", ନିଷେଧ and ନିଷିଦ୍ଧ "forbidden")
        "limits": ("ନାହିଁ", "ନୁହେଁ", "କେବଳ", "ବିନା", "ନିଷେଧ", "ନିଷିଦ୍ଧ", "ମନା"),
        "desk": ("ଡେସ୍କ", "ସମ୍ପାଦକୀୟ ବିଭାଗ"),
        "comments": ("ମନ୍ତବ୍ୟ", "କମେଣ୍ଟ"),
        "numbers": ("ଦୁଇ", "ତିନି", "ଚାରି", "ପାଞ୍ଚ", "ଛଅ", "ସାତ", "ଆଠ", "ନଅ", "ଦଶ"),
        "tips": ("ଟିପ୍ସ", "ପରାମର୍ଶ"),
        "sign_in": ("ଲଗଇନ", "ଲଗ ଇନ", "ସାଇନ ଇନ", "ପଞ୍ଜୀକରଣ"),
        "honorifics": ("ଡ.", "ଡଃ", "ଶ୍ରୀମତୀ"),
    },
    # (Tibetan parts its syllables with the tsheg, "་", and writes no space between words: a phrase here is written
    # with its tshegs, as a page writes it)
    "bo": {
        "sequence": ("དང་པོ", "ཐོག་མར", "གཉིས་པ", "གསུམ་པ", "བཞི་པ", "དེ་ནས", "དེ་རྗེས", "མཐའ་མ", "མཇུག་མཐར"),
        "posted_by": ("རྩོམ་པ་པོ", "རྩོམ་པ་མོ", "བྲིས་མཁན", "རྩོམ་ཡིག་པ"),
        "rights_reserved": ("པར་དབང་ཡོངས་རྫོགས་ཉར་ཚགས་བྱས་ཡོད", "དབང་ཆ་ཡོངས་རྫོགས་ཉར་ཚགས་བྱས་ཡོད",
                            "ཐོབ་ཐང་ཡོངས་རྫོགས་ཉར་ཚགས་བྱས་ཡོད", "པར་དབང་ཉར་ཚགས་བྱས་ཡོད"),
        "ingredients": ("དགོས་པའི་རྒྱུ་ཆ", "རྒྱུ་ཆ"),
        "serve": ("བཞེས་རོགས",),
        "writer_label": ("རྩོམ་པ་པོ", "རྩོམ་པ་མོ", "བྲིས་མཁན", "རྩོམ་ཡིག་པ"),
        "meta_label": ("སྡེ་ཚན", "བརྡ་རྟགས", "མཉམ་སྤྱོད", "བསམ་ཚུལ", "ཀློག་ཚད"),
        "published": ("སྤེལ་དུས", "སྤེལ་ཟིན", "གསར་བསྒྱུར"),
        "counter": ("གོ་རིམ", "རིམ་པ"),
        "permission": ("ཆོག་མཆན་ཐོག", "ཆོག་མཆན་ལྟར", "ཆོག་མཆན་བཞིན"),
        "holder": ("རྩོམ་པ་པོ", "རྩོམ་པ་མོ", "པར་སྐྲུན་པ", "རྩོམ་སྒྲིག་པ"),
        "by": ("རྩོམ་པ་པོ",),
        "text_noun": ("རྩོམ་ཡིག", "ཡིག་ཆ"),
        # (ཆོག, "may", closes the verb it lets: "བསྐྱར་སྤེལ་བྱེད་ཆོག")
        "may": ("ཆོག",),
        "reuse": ("བསྐྱར་སྤེལ", "སྤེལ", "འདྲ་བཤུས", "བགོ་སྤྱོད"),
        "issue": ("དེབ་འདི", "ཐེངས་འདི"),
        # (མི་ཆོག "may not", མ་ཡིན "is not", མེད་པར "without", ཁོ་ན "only", བཀག "forbidden", མ་གཏོགས "except"): whole
        # syllables with the tsheg, as a vowel sign (no letter to "\w") would let a bare "མ" match inside a word
        # (and the spoken "may not", ཆོག་གི་མ་རེད)
        "limits": ("མི་ཆོག", "མི་འཐུས", "མ་ཡིན", "མེད་པར", "མེད་པ", "ཁོ་ན", "བཀག་འགོག", "བཀག་ཡོད", "མ་གཏོགས",
                   "ཆོག་གི་མ་རེད"),
        "desk": ("རྩོམ་སྒྲིག་ཁང",),
        "comments": ("བསམ་ཚུལ", "དཔྱད་བརྗོད"),
        "numbers": ("གཉིས", "གསུམ", "བཞི", "ལྔ", "དྲུག", "བདུན", "བརྒྱད", "དགུ", "བཅུ"),
        "tips": ("ཐབས་ལམ", "བསླབ་བྱ"),
        "sign_in": ("ནང་འཛུལ", "ཐོ་འགོད", "ཕྱིར་འཐོན"),
        "read_also": ("འབྲེལ་ཡོད་རྩོམ་ཡིག",),
        "weekdays": ("གཟའ་ཟླ་བ", "གཟའ་མིག་དམར", "གཟའ་ལྷག་པ", "གཟའ་ཕུར་བུ", "གཟའ་པ་སངས", "གཟའ་སྤེན་པ", "གཟའ་ཉི་མ"),
    },
    "ti": {
        "sequence": ("ብቐዳምነት", "ቀዳማይ", "ፈለማ", "ካልኣይ", "ሳልሳይ", "ራብዓይ", "ድሕሪኡ", "ድሕሪ እዚ", "ኣብ መወዳእታ",
                     "ብመወዳእታ"),
        "posted_by": ("ጸሓፊ", "ጸሓፊት", "ዝተጻሕፈ ብ"),
        "rights_reserved": ("ኩሉ መሰል ዝተሓለወ እዩ", "ኩሉ መሰል ዝተሓለወ", "ኩሉ መሰላት ዝተሓለዉ እዮም", "ኩሉ መሰላት ዝተሓለዉ"),
        "ingredients": ("ዘድልዩ ነገራት", "ዘድሊ ነገራት"),
        "serve": ("ኣቕርቡ", "ኣቕርብዎ"),
        "writer_label": ("ጸሓፊ", "ጸሓፊት", "ደራሲ", "ኣዳላዊ", "ኣዳሊት"),
        "meta_label": ("ምድብ", "መለለይታት", "ኣካፍሉ", "ርእይቶታት"),
        "published": ("ዝተሓትመ", "ዝተዘርግሐ", "ዝተሓደሰ"),
        "counter": ("ስጉምቲ", "ምኽሪ"),
        # (her, his, their, the writer's leave: "ብፍቓዳ", "ብፍቓዱ", "ብፍቓዶም", "ብፍቓድ ጸሓፊ")
        "permission": ("ብፍቓድ", "ብፍቓዱ", "ብፍቓዳ", "ብፍቓዶም", "ብፍቓደን", "ብፍቓድኩም"),
        "holder": ("ጸሓፊ", "ደራሲ", "ኣሳታሚ", "ኣርታዒ"),
        "by": ("ጸሓፊ",),
        "text_noun": ("ጽሑፍ", "ጽሑፋት", "ዓንቀጽ"),
        "may": ("ትኽእሉ", "ትኽእል", "ይከኣል", "ይፍቀድ", "ተፈቒዱ"),
        "reuse": ("ምሕታም", "ክትሕትሙ", "ዳግማይ ምሕታም", "ምቕዳሕ", "ክትቀድሑ", "ምዝርጋሕ", "ከተካፍሉ"),
        "issue": ("እዚ ሕታም", "ኣብዚ ሕታም"),
        # (ብዘይ "without", ጥራይ "only", ክልኩል "forbidden", and the verbs' negative forms)
        # (and a grant's condition of asking first: ምስ ኣፍለጥኩምና, once you have told us)
        "limits": ("ብዘይ", "ጥራይ", "ክልኩል", "ኣይፍቀድን", "ኣይተፈቕደን", "ዘይፍቀድ", "ምስ ኣፍለጥኩምና", "ምስ ኣፍለጥኩም"),
        "desk": ("ክፍሊ ዜና", "ኣርታዒ ቦርድ"),
        "comments": ("ርእይቶታት", "ርእይቶ"),
        "numbers": ("ክልተ", "ሰለስተ", "ኣርባዕተ", "ሓሙሽተ", "ሽዱሽተ", "ሸውዓተ", "ሸሞንተ", "ትሽዓተ", "ዓሰርተ"),
        "tips": ("ምኽርታት", "ምኽሪ"),
        "sign_in": ("ምእታው", "ተመዝገቡ", "ምዝገባ"),
        "weekdays": ("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"),
        # (the months as Eritrea names the Gregorian ones)
        "months": ("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ"),
    },
    "so": {
        "sequence": ("marka hore", "ugu horreyn", "ugu horeyn", "marka labaad", "marka saddexaad", "kadib", "ka dib",
                     "intaas kadib", "ugu dambeyn", "ugu dambayn", "ugu dambeyntii"),
        "posted_by": ("waxaa qoray", "wuxuu qoray", "waxay qortay", "qoraa"),
        "rights_reserved": ("xuquuqda oo dhan way dhowran tahay", "xuquuqda oo dhan way dhowrantahay",
                            "xuquuqda oo dhan waa dhowran yihiin", "dhammaan xuquuqda way dhowran yihiin",
                            "xuquuqda oo dhan way xifdisan tahay"),
        "ingredients": ("waxyaabaha loo baahan yahay", "maaddooyinka"),
        "serve": ("ku raaxayso", "ku raaxeyso"),
        "writer_label": ("qoraa", "qoraaga", "qore", "waxaa qoray"),
        "meta_label": ("qaybta", "qeybta", "wadaag", "faallooyin", "calaamadaha"),
        "tags": ("calaamadaha",),
        "share": ("wadaag", "la wadaag"),
        "published": ("la daabacay", "waxaa la daabacay", "la cusboonaysiiyay"),
        "counter": ("tallaabo", "tallaabada"),
        # (the leave named, "oggolaansho", as Somali spells it with one g or two)
        "permission": ("oggolaanshaha", "ogolaanshaha", "oggolaansho", "ogolaansho"),
        "holder": ("qoraa", "daabace", "tifaftire"),
        "by": ("qoraa",),
        "text_noun": ("maqaal", "qoraal", "warbixin"),
        # (the leave is "can", after the verb: "waad daabacan kartaa", you may print it)
        "may": ("kartaa", "kartaan", "karaa", "karaan", "karto", "la oggol yahay", "la ogol yahay"),
        "reuse": ("daabac", "daabic", "faafi", "koobiyee", "wadaag", "gudbi"),
        "issue": ("cadadkan", "tirsigan"),
        "read_also": ("akhri sidoo kale", "ka akhri sidoo kale", "eeg sidoo kale"),
        # (ma, lama "not", ha "do not", la'aan "without", keliya "only", mamnuuc "forbidden")
        # (and a grant's condition of asking first: "haddii aad na weydiiso", if you ask us)
        "limits": ("ma", "lama", "laguma", "ha", "aan", "la'aan", "kaliya", "keliya", "mamnuuc", "reeban",
                   "haddii aad na weydiiso", "haddii aad weydiiso"),
        "desk": ("tifaftirka", "qolka wararka"),
        "comments": ("faallooyin", "faallooyinka", "faallo"),
        "numbers": ("laba", "saddex", "afar", "shan", "lix", "toddoba", "siddeed", "sagaal", "toban"),
        "tips": ("talooyin", "talooyinka", "tilmaamo"),
        "sign_in": ("soo gal", "isdiiwaangeli", "ka bax"),
        "weekdays": ("isniin", "talaado", "arbaco", "khamiis", "jimco", "sabti", "axad"),
        "months": ("janaayo", "febraayo", "maarso", "abriil", "maajo", "juun", "luulyo", "agoosto", "sebtembar",
                   "oktoobar", "nofembar", "disembar"),
        # (Md., "Mudane", Mr.; Marwo, Mrs.)
        "honorifics": ("md.", "mudane", "marwo"),
        "ask_us": ("su'aal ma qabtaa", "su'aalo ma qabtaan", "su'aalahaaga"),
    },
    "rw": {
        "sequence": ("mbere na mbere", "ubwa mbere", "icya mbere", "icya kabiri", "icya gatatu", "icya kane",
                     "hanyuma", "nyuma yaho", "amaherezo", "icya nyuma"),
        "posted_by": ("byanditswe na", "yanditswe na", "cyanditswe na", "byateguwe na", "yateguwe na"),
        "rights_reserved": ("uburenganzira bwose burabitswe", "uburenganzira bwose bwihariwe",
                            "uburenganzira bwose buraharanirwa", "uburenganzira bwose burarinzwe"),
        "ingredients": ("ibikoresho", "ibyo ukeneye"),
        "serve": ("gabura", "mugire ubuzima bwiza"),
        "writer_label": ("umwanditsi", "abanditsi", "byanditswe na", "yanditswe na"),
        "meta_label": ("icyiciro", "ibyiciro", "sangiza", "ibitekerezo", "amagambo y'ingenzi"),
        "tags": ("amagambo y'ingenzi",),
        "share": ("sangiza", "sangiza abandi"),
        "published": ("byasohotse", "yasohotse", "yashyizwe ahagaragara", "byavuguruwe"),
        "counter": ("intambwe",),
        "permission": ("ku ruhushya", "babiherewe uruhushya", "twabiherewe uruhushya"),
        "holder": ("umwanditsi", "abanditsi", "ikinyamakuru"),
        "by": ("byanditswe na",),
        "text_noun": ("inkuru", "nkuru", "inyandiko", "nyandiko", "ibiri muri"),  # ("iyi nkuru": this story)
        "may": ("mushobora", "ushobora", "biremewe", "byemewe", "wemerewe", "mwemerewe"),
        # (the verb's infinitive with its object between "ku-" and the stem: "kuyisubiramo", republish it)
        "reuse": ("gusubir", "kubisubir", "kuyisubir", "gutangaz", "kuyitangaz", "gukwirakwiz", "kubikwirakwiz",
                  "kuyikwirakwiz", "gusangiz", "kubisangiz", "kuyisangiz", "gukoporor"),
        # (a newsletter's issue is its number, "nomero", or the bulletin itself, "iki kinyamakuru")
        "issue": ("iyi nomero", "iyi numero", "iki kinyamakuru"),
        "issue_contents": ("muri iyi nomero",),
        "editor_role": ("umwanditsi",),  # (the writer of the issue's own note: editor and secretary alike)
        "subscribe": ("kwiyandikish", "iyandikish"),
        "ask_us": ("mufite ikibazo", "ohereza ikibazo", "mwohereze ibibazo"),
        # (nta "no", ntabwo "not", gusa "only", utabiherewe "without being given", birabujijwe "forbidden")
        # (and a grant's exception or condition: keretse "except", ari uko "only if")
        "limits": ("nta", "ntabwo", "ntibyemewe", "gusa", "utabiherewe", "hatabayeho", "birabujijwe", "keretse",
                   "ari uko"),
        "desk": ("ubwanditsi",),
        "comments": ("ibitekerezo",),
        "numbers": ("ebyiri", "eshatu", "enye", "eshanu", "esheshatu", "zirindwi", "umunani", "icyenda", "icumi"),
        "tips": ("inama", "amabwiriza"),
        "sign_in": ("injira", "iyandikishe", "sohoka"),
        "weekdays": ("kuwa mbere", "kuwa kabiri", "kuwa gatatu", "kuwa kane", "kuwa gatanu", "kuwa gatandatu",
                     "ku cyumweru"),
        "months": ("mutarama", "gashyantare", "werurwe", "mata", "gicurasi", "kamena", "nyakanga", "kanama", "nzeri",
                   "ukwakira", "ugushyingo", "ukuboza"),
    },
    "lb": {
        "sequence": ("éischtens", "fir d'éischt", "als éischt", "zweetens", "drëttens", "véiertens", "duerno",
                     "uschléissend", "schlussendlech", "zum schluss"),
        "posted_by": ("geschriwwe vun", "publizéiert vun", "vun der", "vun dem"),
        "rights_reserved": ("all rechter reservéiert", "all d'rechter reservéiert", "all rechter virbehalen"),
        "ingredients": ("ingredienten", "zoutaten"),
        "serve": ("servéieren", "gudden appetit"),
        "writer_label": ("auteur", "auteurin", "text"),
        "meta_label": ("kategorie", "kategorien", "schlagwierder", "deelen", "kommentarer"),
        "tags": ("schlagwierder",),
        "share": ("deelen",),
        "published": ("publizéiert", "verëffentlecht", "aktualiséiert"),
        "counter": ("schrëtt", "tipp"),
        "permission": ("mat der erlaabnes", "mat erlaabnes", "mat der frëndlecher erlaabnes"),
        "holder": ("auteur", "editeur", "redaktioun"),
        "by": ("vun",),
        "text_noun": ("artikel", "text", "bäitrag"),
        "may": ("dierf", "dierfen", "däerf", "däerfen", "kënnt", "kënnen"),
        "reuse": ("publizéier", "verëffentlech", "kopéier", "iwwerhuel", "weiderginn"),
        "issue": ("dës ausgab", "an dëser ausgab"),
        # (net "not", keen and keng "no", ouni "without", nëmmen "only", verbueden "forbidden")
        "limits": ("net", "nët", "keen", "keng", "ouni", "nëmmen", "nëmme", "verbueden"),
        "desk": ("redaktioun",),
        "comments": ("kommentarer", "kommentar"),
        "numbers": ("zwee", "dräi", "véier", "fënnef", "sechs", "siwen", "aacht", "néng", "zéng"),
        "tips": ("tipps", "rotschléi", "tricken"),
        "sign_in": ("aloggen", "umellen", "registréieren", "ausloggen"),
        "read_also": ("liest och",),
        "ask_us": ("schéckt eis är froen", "hutt dir eng fro"),
        "weekdays": ("méindeg", "dënschdeg", "mëttwoch", "donneschdeg", "freideg", "samschdeg", "sonndeg"),
        "months": ("januar", "februar", "mäerz", "abrëll", "mee", "juni", "juli", "august", "september", "oktober",
                   "november", "dezember"),
    },
    "tg": {
        "sequence": ("аввалан", "пеш аз ҳама", "якум", "дуюм", "сеюм", "чорум", "баъд аз он", "сипас", "дар охир",
                     "ниҳоят"),
        "posted_by": ("муаллиф", "нависанда", "таҳиягар"),
        "rights_reserved": ("ҳамаи ҳуқуқҳо ҳифз шудаанд", "ҳамаи ҳуқуқҳо ҳифз карда шудаанд", "ҳамаи ҳуқуқҳо маҳфузанд",
                            "ҳамаи ҳуқуқ маҳфуз аст"),
        "ingredients": ("масолеҳ", "маҳсулоти лозима"),
        "serve": ("нӯши ҷон",),
        "writer_label": ("муаллиф", "муаллифон", "нависанда", "таҳиягар", "таҳиякунанда"),
        "meta_label": ("мавзӯъҳо", "бахш", "категория", "мубодила", "шарҳҳо", "барчаспҳо"),
        "tags": ("мавзӯъҳо", "барчаспҳо"),
        "share": ("мубодила",),
        "published": ("нашр шуд", "нашр шудааст", "интишор ёфт", "навсозӣ шуд"),
        "counter": ("қадам", "маслиҳат"),
        "permission": ("бо иҷозати", "бо розигии"),
        "holder": ("муаллиф", "ношир", "идора", "муҳаррир", "таҳририя"),
        "by": ("муаллиф",),
        "text_noun": ("матн", "мақола", "мавод", "навишта"),
        "may": ("мумкин аст", "метавонед", "метавонанд", "иҷозат дода мешавад"),
        "reuse": ("нашр", "интишор", "чоп", "нусхабардор", "паҳн"),
        "issue": ("ин шумора", "дар ин шумора"),
        "read_also": ("хабарҳои дигар", "инчунин хонед", "мақолаҳои марбут"),
        "ask_us": ("саволҳои худро", "саволи худро", "савол доред"),
        # (на and не "not", нест "is not", бе "without", танҳо "only", манъ and мамнӯъ "forbidden")
        # (and a grant's condition of asking first: "пас аз розигии / иҷозати", after the consent / leave of)
        "limits": ("на", "не", "нест", "бе", "танҳо", "манъ", "мамнӯъ", "намешавад", "пас аз розигии",
                   "пас аз иҷозати"),
        "desk": ("таҳририя",),
        "comments": ("шарҳҳо", "шарҳ"),
        "numbers": ("ду", "се", "чор", "панҷ", "шаш", "ҳафт", "ҳашт", "нӯҳ", "даҳ"),
        "tips": ("маслиҳат", "тавсия"),
        "sign_in": ("ворид шавед", "воридшавӣ", "бақайдгирӣ", "баромад"),
        "weekdays": ("душанбе", "сешанбе", "чоршанбе", "панҷшанбе", "ҷумъа", "шанбе", "якшанбе"),
        # (the months bare and in the form a date writes them, "5 июни 2024")
        "months": ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
                   "декабр", "январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри",
                   "октябри", "ноябри", "декабри"),
    },
    "ug": {
        "sequence": ("بىرىنچى", "ئالدى بىلەن", "ئىككىنچى", "ئۈچىنچى", "تۆتىنچى", "بەشىنچى", "ئاندىن",
                     "ئۇنىڭدىن كېيىن", "ئاخىرىدا", "ئەڭ ئاخىرىدا"),
        "posted_by": ("ئاپتورى", "يازغۇچى", "تەييارلىغۇچى"),
        "rights_reserved": ("ھەممە ھوقۇقى قوغدىلىدۇ", "بارلىق ھوقۇقلار ساقلىنىدۇ", "بارلىق ھوقۇقى ساقلانغان",
                            "نەشر ھوقۇقى قوغدىلىدۇ"),
        "ingredients": ("كېرەكلىك ماتېرىياللار", "خۇرۇچلار"),
        "serve": ("داستىخانغا تارتىڭ",),
        "writer_label": ("ئاپتورى", "ئاپتور", "يازغۇچى", "تەييارلىغۇچى"),
        "meta_label": ("ۋاقتى", "كۆرۈلۈشى", "تۈرى", "خەتكۈچ", "ھەمبەھىرلەش", "ئىنكاسلار", "مەنبە"),
        "tags": ("خەتكۈچ",),
        "share": ("ھەمبەھىرلەش",),
        "published": ("ۋاقتى", "ئېلان قىلىنغان ۋاقتى", "يوللانغان ۋاقىت", "يېڭىلانغان"),
        "counter": ("قەدەم", "باسقۇچ"),
        "permission": ("رۇخسىتى بىلەن", "ئىجازىتى بىلەن", "رۇخسەت بىلەن"),
        "holder": ("ئاپتور", "نەشرىيات", "تەھرىر"),
        "by": ("ئاپتورى",),
        # (the stems: a case ending changes a word's last vowel, "ماقالە" -> "ماقالىنى")
        "text_noun": ("ماقال", "يازم", "تېكىست"),
        # (never the bare "بولىدۇ": "will be" too)
        "may": ("رۇخسەت قىلىنىدۇ", "ئىجازەت بېرىلىدۇ", "ئەركىن"),
        "reuse": ("قايتا ئېلان", "كۆچۈر", "تارقات", "ئېلان قىل"),
        "issue": ("بۇ سان", "بۇ ساندا"),
        "read_also": ("مۇناسىۋەتلىك ماقالىلەر", "مۇناسىۋەتلىك يازمىلار"),
        "ask_us": ("سوئالىڭىز بولسا", "سوئاللىرىڭىزنى"),
        # (ئەمەس and يوق "not", پەقەت "only", رۇخسەتسىز "without leave", چەكلىنىدۇ "is forbidden")
        # (and a grant's condition of asking first: "رۇخسىتىنى ئالغاندىن كېيىن", after getting the leave)
        "limits": ("ئەمەس", "يوق", "پەقەت", "رۇخسەتسىز", "چەكلىنىدۇ", "بولمايدۇ", "مەنئى", "رۇخسىتىنى ئالغاندىن"),
        "desk": ("تەھرىر بۆلۈمى",),
        "comments": ("ئىنكاسلار", "ئىنكاس"),
        "numbers": ("ئىككى", "ئۈچ", "تۆت", "بەش", "ئالتە", "يەتتە", "سەككىز", "توققۇز", "ئون"),
        "tips": ("تەۋسىيە", "مەسلىھەت", "ئۇسۇللىرى", "يوللىرى"),
        "sign_in": ("كىرىش", "تىزىملىتىش", "چېكىنىش"),
        "weekdays": ("دۈشەنبە", "سەيشەنبە", "چارشەنبە", "پەيشەنبە", "جۈمە", "شەنبە", "يەكشەنبە"),
        "months": ("يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست", "سېنتەبىر", "ئۆكتەبىر",
                   "نويابىر", "دېكابىر"),
    },
    # round 22: the languages of holdout22's hand b (Assamese, Sindhi, Dhivehi, Xhosa, Malagasy, Turkmen, Tatar,
    # Faroese)
    "as": {
        "sequence": ("প্ৰথমতে", "প্ৰথমে", "দ্বিতীয়তে", "তৃতীয়তে", "তাৰ পিছত", "ইয়াৰ পিছত", "অৱশেষত", "শেষত"),
        "posted_by": ("লিখিছে", "লিখকঃ"),
        "rights_reserved": ("সৰ্বস্বত্ব সংৰক্ষিত", "সকলো স্বত্ব সংৰক্ষিত"),
        "ingredients": ("উপকৰণ", "প্ৰয়োজনীয় সামগ্ৰী"),
        "serve": ("পৰিৱেশন কৰক",),
        "writer_label": ("লেখক", "লেখিকা", "লিখক"),
        "meta_label": ("শিতান", "বিভাগ", "টেগ", "শ্বেয়াৰ কৰক", "মন্তব্য"),
        "tags": ("টেগ",),
        "share": ("শ্বেয়াৰ কৰক",),
        "published": ("প্ৰকাশ", "প্ৰকাশিত", "আপডেট"),
        "counter": ("পদক্ষেপ", "উপায়"),
        "permission": ("অনুমতিক্ৰমে", "অনুমতি লৈ"),
        "holder": ("লেখক", "লেখিকা", "প্ৰকাশক", "সম্পাদক"),
        "by": ("লিখিছে",),
        "text_noun": ("প্ৰবন্ধ", "লেখা", "লিখনি"),
        "may": ("পাৰে", "পাৰিব"),
        "reuse": ("পুনৰ প্ৰকাশ", "ছপা", "প্ৰকাশ"),
        "issue": ("এই সংখ্যা",),
        # (নহয় "is not", নকৰিব "do not", নোৱাৰে and নোৱাৰিব "cannot", কেৱল "only", বিনা and অবিহনে "without", নিষিদ্ধ
        # "forbidden")
        "limits": ("নহয়", "নকৰিব", "নোৱাৰে", "নোৱাৰিব", "কেৱল", "বিনা", "অবিহনে", "নিষিদ্ধ", "নিষেধ"),
        "desk": ("সম্পাদনা বিভাগ", "সম্পাদকীয় বিভাগ"),
        "comments": ("মন্তব্যসমূহ", "মন্তব্য"),
        "numbers": ("দুই", "তিনি", "চাৰি", "পাঁচ", "ছয়", "সাত", "আঠ", "ন", "দহ"),
        "tips": ("উপায়", "পৰামৰ্শ", "টিপছ"),
        "sign_in": ("লগ ইন", "ছাইন ইন", "পঞ্জীয়ন"),
        "read_also": ("আৰু পঢ়ক",),
        # (the doctor's abbreviation ends in the visarga, "ডাঃ", as Assamese and Bengali write it)
        "honorifics": ("ডাঃ", "ডঃ", "শ্ৰীমতী", "অধ্যাপক"),
        "weekdays": ("দেওবাৰ", "সোমবাৰ", "মঙলবাৰ", "বুধবাৰ", "বৃহস্পতিবাৰ", "শুক্ৰবাৰ", "শনিবাৰ"),
        "months": ("জানুৱাৰী", "ফেব্ৰুৱাৰী", "মাৰ্চ", "এপ্ৰিল", "মে", "জুন", "জুলাই", "আগষ্ট", "ছেপ্তেম্বৰ", "অক্টোবৰ",
                   "নৱেম্বৰ", "ডিচেম্বৰ"),
    },
    "sd": {
        "sequence": ("پهرين", "سڀ کان پهرين", "ٻيو نمبر", "ان کان پوءِ", "آخر ۾", "آخرڪار"),
        "posted_by": ("لکندڙ", "تحرير"),
        "rights_reserved": ("سڀ حق محفوظ", "جملي حق محفوظ"),
        "ingredients": ("گهربل سامان", "اجزا"),
        "serve": ("پيش ڪريو",),
        "writer_label": ("لکندڙ", "ليکڪ", "تحرير"),
        # (never the thread's "موضوع:" topic label: the words after it are the title)
        "meta_label": ("ڏسڻ وارا", "زمرو", "ٽيگ", "شيئر ڪريو", "تبصرا"),
        "member_posts": ("پيغام",),
        "member_joined": ("شموليت",),
        "published": ("شايع ٿيل", "اپڊيٽ ٿيل"),
        "counter": ("قدم", "صلاح"),
        "permission": ("اجازت سان",),
        "holder": ("ليکڪ", "لکندڙ", "پبلشر", "ايڊيٽر"),
        "by": ("لکندڙ",),
        "text_noun": ("مضمون", "تحرير", "لکڻي"),
        "may": ("سگهو ٿا", "سگهجي ٿو", "اجازت آهي"),
        "reuse": ("ٻيهر شايع", "شايع", "ڇاپ", "نقل"),
        "issue": ("هن شماري",),
        # (نه, ناهي and نٿو "not", صرف and رڳو "only", بنا and بغير "without", منع "forbidden")
        "limits": ("نه", "ناهي", "نٿو", "صرف", "رڳو", "بنا", "بغير", "منع"),
        "desk": ("ادارتي ٽيم",),
        "comments": ("تبصرا", "راءِ"),
        "numbers": ("ٻه", "ٽي", "چار", "پنج", "ڇهه", "ست", "اٺ", "نو", "ڏهه"),
        "tips": ("صلاح", "طريقا", "ٽوٽڪا"),
        "sign_in": ("لاگ ان", "رجسٽر ٿيو", "لاگ آئوٽ"),
        "weekdays": ("سومر", "اڱارو", "اربع", "خميس", "جمعو", "ڇنڇر", "آچر"),
        "months": ("جنوري", "فيبروري", "مارچ", "اپريل", "مئي", "جون", "جولاءِ", "آگسٽ", "سيپٽمبر", "آڪٽوبر", "نومبر",
                   "ڊسمبر"),
    },
    "dv": {
        "sequence": ("ފުރަތަމަ", "ދެވަނައަށް", "ތިންވަނައަށް", "އޭގެ ފަހުން", "އެންމެ ފަހުން"),
        "posted_by": ("ލިޔުނީ", "ލިޔުއްވީ"),
        "rights_reserved": ("ހުރިހާ ޙައްޤުތަކެއް ރައްކާތެރިކުރެވިފައި", "ހުރިހާ ހައްގުތަކެއް ރައްކާތެރިކުރެވިފައި",
                            "ހުރިހާ ޙައްޤެއް ލިބިގެންވޭ", "ހުރިހާ ހައްގެއް ލިބިގެންވޭ"),
        "ingredients": ("ބޭނުންވާ ތަކެތި",),
        "serve": ("ހޫނުހޫނުގައި ކާށެވެ",),
        "writer_label": ("ލިޔުނީ", "ލިޔުއްވީ", "ލިޔުންތެރިޔާ"),
        "meta_label": ("ޓެގް", "ޝެއާ", "ކޮމެންޓް"),
        "tags": ("ޓެގް",),
        "share": ("ޝެއާ",),
        "published": ("ޝާއިޢުކުރި", "އަޕްޑޭޓްކުރި"),
        "counter": ("ލަފާ", "ފިޔަވަޅު"),
        # ("with the writer's permission": the leave's noun with its "with", ހުއްދައާއެކު or ހުއްދަޔާއެކު)
        "permission": ("ހުއްދައާއެކު", "ހުއްދަޔާއެކު"),
        "holder": ("ލިޔުންތެރި", "ލިޔުއްވި", "ޝާއިޢުކުރާ"),
        "by": ("ލިޔުނީ",),
        "text_noun": ("ލިޔުން", "މަޒުމޫނު"),
        "may": ("ކުރެވިދާނެ", "ހުއްދަ ދެވޭ"),
        "reuse": ("ޝާއިޢު", "ނަކަލު", "ޗާޕު"),
        "issue": ("މި އަދަދު",),
        # (ނޫން "not", ނުލައި "without", ހަމައެކަނި "only", މަނާ "forbidden", ނުކުރެވޭނެ "cannot be done")
        "limits": ("ނޫން", "ނުލައި", "ހަމައެކަނި", "މަނާ", "ނުކުރެވޭނެ", "ނުވާނެ"),
        "desk": ("އެޑިޓަރުން",),
        "comments": ("ކޮމެންޓްތައް", "ކޮމެންޓް"),
        "numbers": ("ދެ", "ތިން", "ހަތަރު", "ފަސް", "ހަ", "ހަތް", "އަށް", "ނުވަ", "ދިހަ"),
        "tips": ("ލަފާ", "ގޮތ"),
        "sign_in": ("ލޮގިން", "ސައިން އިން"),
        "honorifics": ("ޑރ.", "ޑޮކްޓަރ"),
        "weekdays": ("އާދިއްތަ", "ހޯމަ", "އަންގާރަ", "ބުދަ", "ބުރާސްފަތި", "ހުކުރު", "ހޮނިހިރު"),
        "months": ("ޖަނަވަރީ", "ފެބްރުއަރީ", "މާރޗް", "އޭޕްރީލް", "އެޕްރީލް", "މެއި", "ޖޫން", "ޖުލައި", "އޯގަސްޓް",
                   "ސެޕްޓެމްބަރު", "އޮކްޓޫބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު"),
    },
    "xh": {
        "sequence": ("okokuqala", "okwesibini", "okwesithathu", "okwesine", "okwesihlanu", "okulandelayo",
                     "emva koko", "okokugqibela", "ekugqibeleni"),
        "posted_by": ("ibhalwe ngu", "kubhalwe ngu"),
        "rights_reserved": ("onke amalungelo agciniwe",),
        "ingredients": ("izithako",),
        "serve": ("yiphake",),
        "writer_label": ("umbhali", "ibhalwe ngu"),
        "meta_label": ("udidi", "iithegi", "yabelana", "amagqabantshintshi"),
        "tags": ("iithegi",),
        "share": ("yabelana",),
        "published": ("ipapashwe", "ihlaziywe"),
        "counter": ("inyathelo", "ingcebiso"),
        "permission": ("ngemvume",),
        "holder": ("umbhali", "umpapashi", "umhleli"),
        "by": ("ibhalwe ngu",),
        "text_noun": ("inqaku", "amanqaku", "umbhalo"),
        "may": ("uvumelekile", "kuvumelekile"),
        "reuse": ("ukupapasha", "ukukhuphela", "ukwabelana"),
        "issue": ("olu shicilelo",),
        # (hayi "no", musa "do not", ngaphandle "without", kuphela "only", akuvumelekanga "it is not allowed")
        "limits": ("hayi", "musa", "ngaphandle", "kuphela", "akuvumelekanga", "akufuneki"),
        "desk": ("abahleli",),
        "comments": ("amagqabantshintshi", "izimvo"),
        "numbers": ("zimbini", "zintathu", "zine", "zintlanu", "zintandathu", "zisixhenxe", "zisibhozo", "zilithoba",
                    "zilishumi"),
        "tips": ("iingcebiso", "ingcebiso", "amacebiso"),
        "sign_in": ("ngena", "bhalisa"),
        # (a nursing sister's "Sr", dotted or not; doctor, Mrs, Mr)
        "honorifics": ("sr", "sr.", "gqr.", "nkskz.", "nksk.", "mnu."),
    },
    "mg": {
        "sequence": ("voalohany", "faharoa", "fahatelo", "avy eo", "aorian'izay", "farany"),
        "posted_by": ("nosoratan'i", "nalefan'i"),
        "rights_reserved": ("zo rehetra voatokana", "voatokana ny zo rehetra"),
        "ingredients": ("ireo akora ilaina", "akora ilaina", "akora"),
        "serve": ("aroso",),
        "writer_label": ("mpanoratra", "nosoratan'i"),
        "meta_label": ("sokajy", "marika", "zarao", "hevitra"),
        "tags": ("marika",),
        "share": ("zarao",),
        "published": ("navoaka", "nohavaozina"),
        "counter": ("dingana", "torohevitra"),
        "permission": ("nahazoana alalana", "fahazoan-dalana"),
        "holder": ("mpanoratra", "mpamoaka", "tonian-dahatsoratra"),
        "by": ("nosoratan'i",),
        "text_noun": ("lahatsoratra", "fomba fahandro", "resipeo"),
        "may": ("azonao", "azo atao", "afaka"),
        "reuse": ("adika", "zaraina", "avoaka", "hamoaka"),
        "issue": ("ity laharana ity",),
        # (tsy "not", aza "do not", ihany "only", raha tsy "unless", voarara "forbidden")
        "limits": ("tsy", "aza", "ihany", "voarara"),
        "desk": ("ny tonian-dahatsoratra",),
        "comments": ("fanehoan-kevitra", "hevitra"),
        "numbers": ("roa", "telo", "efatra", "dimy", "enina", "fito", "valo", "sivy", "folo"),
        "tips": ("torohevitra",),
        "sign_in": ("hiditra", "hisoratra anarana", "hivoaka"),
        "weekdays": ("alatsinainy", "talata", "alarobia", "alakamisy", "zoma", "asabotsy", "alahady"),
        "months": ("janoary", "febroary", "martsa", "aprily", "mey", "jona", "jolay", "aogositra", "septambra",
                   "oktobra", "novambra", "desambra"),
    },
    "tk": {
        "sequence": ("birinjiden", "ilki bilen", "ikinjiden", "üçünjiden", "ondan soň", "iň soňunda", "ahyrynda"),
        "posted_by": ("ýazan", "taýýarlan"),
        "rights_reserved": ("ähli hukuklar goralan", "ähli hukuklary goralan", "ähli hukuklar goralýar"),
        "ingredients": ("gerekli önümler", "düzümi"),
        "serve": ("saçaga hödürläň",),
        # (a shop's "Taýýarlan:" prepared by, as its blog credits its team)
        "writer_label": ("awtor", "awtory", "taýýarlan", "taýýarlady", "ýazan"),
        "meta_label": ("bölüm", "kategoriýa", "bellikler", "paýlaş", "teswirler"),
        "tags": ("bellikler",),
        "share": ("paýlaş",),
        "published": ("çap edildi", "goýuldy", "täzelendi"),
        "counter": ("maslahat", "ädim"),
        "permission": ("rugsady bilen", "rugsat bilen"),
        "holder": ("awtor", "neşirýat", "redaksiýa"),
        "by": ("awtory",),
        "text_noun": ("makala", "material", "ýazgy"),
        "may": ("bolýar", "mümkin", "rugsat berilýär"),
        "reuse": ("göçür", "çap et", "paýlaş"),
        "issue": ("bu san",),
        # (däl and ýok "not", diňe "only", gadagan "forbidden", rugsatsyz "without leave", bolmaýar "is not allowed",
        # bolmaz "will not do": "göçürmek mümkin bolmaz", copying is not possible)
        "limits": ("däl", "ýok", "diňe", "gadagan", "rugsatsyz", "bolmaýar", "bolmaz"),
        "desk": ("redaksiýa",),
        "comments": ("teswirler", "teswir"),
        "numbers": ("iki", "üç", "dört", "bäş", "alty", "ýedi", "sekiz", "dokuz", "on"),
        "tips": ("maslahat",),
        "sign_in": ("giriş", "hasaba dur", "çykyş"),
        "weekdays": ("duşenbe", "sişenbe", "çarşenbe", "penşenbe", "anna", "şenbe", "ýekşenbe"),
        "months": ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr", "oktýabr",
                   "noýabr", "dekabr"),
    },
    "tt": {
        "ordinals": ("беренче", "икенче", "өченче", "дүртенче", "бишенче", "алтынчы", "җиденче", "сигезенче",
                     "тугызынчы", "унынчы"),
        "sequence": ("беренчедән", "башта", "икенчедән", "өченчедән", "аннары", "шуннан соң", "ахырда"),
        "posted_by": ("язды", "әзерләде"),
        "rights_reserved": ("барлык хокуклар сакланган", "барлык хокуклар якланган"),
        "ingredients": ("кирәкле әйберләр", "ингредиентлар"),
        "serve": ("өстәлгә бирегез",),
        "writer_label": ("автор", "язды", "әзерләде"),
        "meta_label": ("бүлек", "тэглар", "уртаклашу", "фикерләр"),
        "tags": ("тэглар",),
        "share": ("уртаклашу",),
        "published": ("басылды", "бастырылды", "яңартылды"),
        "counter": ("адым", "киңәш"),
        "permission": ("рөхсәте белән", "рөхсәт белән"),
        "holder": ("автор", "редакция", "нәшрият"),
        "by": ("автор",),
        "text_noun": ("материал", "мәкалә", "язма", "текст"),
        "may": ("мөмкин", "рөхсәт ителә"),
        "reuse": ("күчереп бас", "бастыр", "тарат", "күчер"),
        "issue": ("бу санда",),
        # (түгел and юк "not", бары and тик "only", рөхсәтсез "without leave", тыела "is forbidden", ярамый "may not",
        # булмый and булмас "is / will not be": "басарга мөмкин булмый", may not be printed)
        "limits": ("түгел", "юк", "бары", "тик", "рөхсәтсез", "тыела", "ярамый", "булмый", "булмас"),
        "desk": ("редакция",),
        "comments": ("фикерләр", "комментарийлар"),
        "numbers": ("ике", "өч", "дүрт", "биш", "алты", "җиде", "сигез", "тугыз", "ун"),
        "tips": ("киңәш", "серләр"),
        "sign_in": ("керү", "теркәлү", "чыгу"),
        # (Mrs and Mr after a name in Tatar, before it in a byline's or a quote's name: "ханым", "әфәнде")
        "honorifics": ("ханым", "әфәнде"),
        "weekdays": ("дүшәмбе", "сишәмбе", "чәршәмбе", "пәнҗешәмбе", "җомга", "шимбә", "якшәмбе"),
        "months": ("гыйнвар", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                   "ноябрь", "декабрь"),
    },
    "fo": {
        "sequence": ("fyrst", "fyrst og fremst", "síðani", "harnæst", "eftir tað", "til seinast", "at enda"),
        "posted_by": ("skrivað av",),
        "rights_reserved": ("øll rættindi umbiðin", "øll rættindi áskilað"),
        "ingredients": ("tilfar til", "ingrediensir"),
        "serve": ("borðreið",),
        "writer_label": ("tekstur", "høvundur", "skrivað av"),
        "meta_label": ("deil", "frámerki", "viðmerkingar", "bólkur"),
        "tags": ("frámerki",),
        "share": ("deil",),
        "published": ("útgivið", "dagført"),
        "counter": ("stig", "ráð"),
        "permission": ("við loyvi frá", "við loyvi"),
        "holder": ("høvund", "útgev", "ritstjór"),
        "by": ("skrivað av",),
        "text_noun": ("grein", "tekst", "tilfar"),
        "may": ("mást", "mugu", "kanst", "er loyvt"),
        "reuse": ("prenta", "býta", "nýta", "endurgev"),
        "issue": ("hetta blaðið",),
        # (ikki "not", aldri and ongantíð "never", bara and einans "only", uttan "without", bannað "forbidden")
        "limits": ("ikki", "aldri", "ongantíð", "bara", "einans", "uttan", "bannað"),
        "desk": ("ritstjórnin",),
        "comments": ("viðmerkingar",),
        "numbers": ("tveir", "tríggir", "fýra", "fimm", "seks", "sjey", "átta", "níggju", "tíggju"),
        "tips": ("ráð", "vegleiðing"),
        "sign_in": ("rita inn", "skráset teg", "rita út"),
        "weekdays": ("mánadagur", "týsdagur", "mikudagur", "hósdagur", "fríggjadagur", "leygardagur", "sunnudagur"),
        "months": ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september", "oktober",
                   "november", "desember"),
    },
    # round 23: Yiddish, Inuktitut, Scottish Gaelic, Igbo, Cebuano, Maori and Haitian Creole. (Sorani Kurdish is
    # the "ku" row's second script.) Yiddish is written pointed (YIVO: "אַלע", "פֿון") or bare ("אלע", "פון"), and a
    # rule matches the letters as written, so a phrase stands in both spellings where both are in use.
    "yi": {
        "sequence": ("ערשטנס", "צום ערשטן", "צווייטנס", "דריטנס", "פֿערטנס", "פערטנס", "דערנאָך", "דערנאך",
                     "נאָך דעם", "נאך דעם", "צום סוף", "צום לעצט", "לסוף"),
        "posted_by": ("אַרײַנגעשטעלט דורך", "ארײַנגעשטעלט דורך", "אריינגעשטעלט דורך", "געשריבן פֿון",
                      "געשריבן פון", "געשריבן דורך", "פֿאַרעפֿנטלעכט דורך", "פארעפנטלעכט דורך"),
        "rights_reserved": ("אַלע רעכט רעזערווירט", "אלע רעכט רעזערווירט", "אַלע רעכטן רעזערווירט",
                            "אלע רעכטן רעזערווירט"),
        "ingredients": ("אינגרעדיענטן", "צוטאַטן", "צוטאטן"),
        "serve": ("גוטן אַפּעטיט", "גוטן אפעטיט"),
        "writer_label": ("שרײַבער", "שרייבער", "מחבר", "מחברטע", "אַוטאָר", "אויטאר"),
        "meta_label": ("קאַטעגאָריעס", "קאַטעגאָריע", "קאטעגאריעס", "קאטעגאריע", "טעגן", "טיילט", "באַמערקונגען",
                       "באמערקונגען"),
        "tags": ("טעגן",),
        "share": ("טיילט",),
        "published": ("פֿאַרעפֿנטלעכט", "פארעפנטלעכט", "דערהײַנטיקט", "דערהיינטיקט"),
        "counter": ("עצה", "שריט"),
        "permission": ("מיט דער דערלויבעניש פֿון", "מיט דער דערלויבעניש פון", "מיט דערלויבעניש", "מיט רשות"),
        "holder": ("מחבר", "שרײַבער", "שרייבער", "פֿאַרלעגער", "פארלעגער", "רעדאַקטאָר", "רעדאקטאר", "רעדאַקציע",
                   "רעדאקציע"),
        "by": ("פֿון", "פון"),
        "text_noun": ("אַרטיקל", "ארטיקל", "טעקסט"),
        "may": ("מעג", "מעגט", "מעגן", "איר קענט"),
        # (reprint, copy, publish: never "spread" or "share", a share button's words)
        "reuse": ("איבערדרוק", "קאָפּיר", "קאפיר", "פּובליקיר", "פובליקיר"),
        "issue": ("דעם נומער", "דעם דאָזיקן נומער"),
        # (נישט and ניט "not", קיין "no", נאָר "only", אָן "without", פֿאַרבאָטן "forbidden")
        "limits": ("נישט", "ניט", "קיין", "נאָר", "נאר", "אָן", "פֿאַרבאָטן", "פארבאטן"),
        "desk": ("די רעדאַקציע", "די רעדאקציע", "רעדאַקציע", "רעדאקציע"),
        "comments": ("באַמערקונגען", "באמערקונגען", "קאָמענטאַרן"),
        "numbers": ("צוויי", "דרײַ", "פֿיר", "פֿינף", "זעקס", "זיבן", "אַכט", "נײַן", "צען"),
        "tips": ("עצות", "עצה"),
        "sign_in": ("אַרײַנלאָגירן", "אריינלאגירן", "אַרויסלאָגירן", "רעגיסטרירן"),
        "months": ("יאַנואַר", "פֿעברואַר", "מערץ", "אַפּריל", "מײַ", "יוני", "יולי", "אויגוסט", "סעפּטעמבער",
                   "אָקטאָבער", "נאָוועמבער", "דעצעמבער"),
    },
    "iu": {
        "sequence": ("ᓯᕗᓪᓕᖅᐹᒥᒃ", "ᓯᕗᓪᓕᐹᖓᓂ", "ᑐᓪᓕᐊᓂ", "ᑭᖑᓂᐊᒍᑦ", "ᑭᖑᓪᓕᖅᐹᒥᒃ"),
        "posted_by": ("ᑎᑎᕋᖅᑕᖓ", "ᑎᑎᕋᖅᓯᒪᔭᖓ"),
        "rights_reserved": ("ᐱᔪᓐᓇᐅᑎᓕᒫᑦ ᐱᔨᑦᑎᕋᖅᑕᐅᔪᑦ", "ᐱᔪᓐᓇᐅᑎᓕᒫᑦ ᓴᐳᔾᔭᐅᔪᑦ"),
        "ingredients": ("ᐊᑐᕆᐊᖃᖅᑕᑦ",),
        "serve": ("ᓂᕆᑦᑎᐊᕆᑦ",),
        "writer_label": ("ᑎᑎᕋᖅᑎ", "ᑎᑎᕋᖅᑎᖓ"),
        "meta_label": ("ᐊᔾᔨᒥᒃᓯᐅᕐᓗᒍ", "ᐅᖃᐅᓯᐅᔪᑦ"),
        "published": ("ᓴᖅᑭᑕᐅᔪᖅ", "ᓴᖅᑭᑎᑕᐅᓚᐅᖅᑐᖅ"),
        "counter": ("ᐊᔪᕆᖅᓱᐃᔾᔪᑎ",),
        "permission": ("ᐊᖏᖅᑕᐅᓂᖓᒍᑦ", "ᐊᖏᕈᑎᒋᓪᓗᒍ"),
        "holder": ("ᑎᑎᕋᖅᑎ", "ᓴᖅᑭᑎᑦᓯᔨ"),
        "by": ("ᑎᑎᕋᖅᑎ",),
        "text_noun": ("ᑎᑎᕋᖅᓯᒪᔪ", "ᑎᑎᕋᐅᓯ", "ᑐᓴᕋᒃᓴ"),
        "may": ("ᐊᑐᕈᓐᓇᖅᑐᑎᑦ", "ᐊᑐᕈᓐᓇᖅᐳᑎᑦ"),
        "reuse": ("ᐊᔾᔨᓕᐅᕐ", "ᐊᔾᔨᓕᐅᖅ", "ᓴᖅᑭᑎᑦᑎᒃᑲᓐᓂ"),
        "issue": ("ᐅᓇ ᑐᓴᕋᒃᓴᖅ",),
        # (ᐊᐅᒃ and ᐊᐅᑲ "no", ᑭᓯᐊᓂ "only, but"; Inuktitut negates a verb with a suffix inside it, "-ᙱᑦ-", so a
        # negated grant does not hold the affirmative word the table asks)
        "limits": ("ᐊᐅᑲ", "ᐊᐅᒃ", "ᑭᓯᐊᓂ"),
        "desk": ("ᐱᓕᕆᔨᐅᔪᑦ",),
        "comments": ("ᐅᖃᐅᓯᐅᔪᑦ",),
        "numbers": ("ᒪᕐᕉᒃ", "ᐱᖓᓱᑦ", "ᓯᑕᒪᑦ", "ᑕᓪᓕᒪᑦ", "ᐊᕐᕕᓂᓕᒃ", "ᐊᕐᕕᓂᓕᒃ ᒪᕐᕉᒃ", "ᐊᕐᕕᓂᓕᒃ ᐱᖓᓱᑦ",
                    "ᖁᓕᙱᓗᐊᑦ", "ᖁᓕᑦ"),
        "tips": ("ᐊᔪᕆᖅᓱᐃᔾᔪ",),
        "sign_in": ("ᐃᓯᕐᓂᖅ",),
        "read_also": ("ᐊᒥᖅᑯᑕᐅᒃᑲᓐᓂᑦ ᑐᓴᕋᒃᓴᑦ", "ᐊᓯᖏᑦ ᑐᓴᕋᒃᓴᑦ"),
        # ("if you have questions", "if you have a question": the line under them names whom to ask, not a writer)
        "ask_us": ("ᐊᐱᕆᓲᖃᕈᕕᑦ", "ᐊᐱᖅᑯᑎᖃᕈᕕᑦ"),
        "months": ("ᔭᓐᓄᐊᕆ", "ᕕᕗᐊᕆ", "ᒫᑦᓯ", "ᐊᐃᐳᕆᓪ", "ᒪᐃ", "ᔫᓂ", "ᔪᓚᐃ", "ᐋᒡᒌᓯ", "ᓯᑎᐱᕆ", "ᐅᑐᐱᕆ", "ᓄᕕᐱᕆ",
                   "ᑎᓯᐱᕆ"),
    },
    "gd": {
        "sequence": ("an toiseach", "sa chiad àite", "san dara àite", "san treas àite", "an uair sin", "an dèidh sin",
                     "às dèidh sin", "mu dheireadh", "aig a' cheann thall"),
        "posted_by": ("sgrìobhte le", "air a sgrìobhadh le", "foillsichte le"),
        "rights_reserved": ("gach còir glèidhte", "a h-uile còir glèidhte", "na còraichean uile glèidhte"),
        "ingredients": ("grìtheidean",),
        "serve": ("riaraich",),
        "writer_label": ("ùghdar", "sgrìobhadair", "teacsa"),
        "meta_label": ("roinn-seòrsa", "tagaichean", "co-roinn", "beachdan"),
        "tags": ("tagaichean",),
        "share": ("co-roinn",),
        "published": ("foillsichte", "air fhoillseachadh", "ùraichte"),
        "counter": ("ceum", "moladh"),
        "permission": ("le cead", "le caoimhneas"),
        "holder": ("ùghdar", "ùghdair", "foillsichear", "fhoillsichear", "deasaiche", "phàipeir", "pàipear"),
        "by": ("le",),
        "text_noun": ("artaigil", "teacsa", "stuth", "pìos"),
        "may": ("faodaidh tu", "faodaidh sibh", "faodar", "tha cead agad", "tha cead agaibh"),
        "reuse": ("ath-fhoillsich", "ath-fhoillseach", "foillsich", "fhoillseach", "lethbhreac"),
        "issue": ("a' chuairt-litir seo", "na cuairt-litreach seo", "an àireamh seo"),
        # (chan, cha and nach "not", a-mhàin "only", gun and às aonais "without", toirmisgte "forbidden")
        "limits": ("chan", "cha", "nach", "a-mhàin", "gun", "às aonais", "toirmisgte"),
        "desk": ("an sgioba deasachaidh", "luchd-deasachaidh"),
        "comments": ("beachdan", "beachd"),
        "numbers": ("dà", "trì", "ceithir", "còig", "sia", "seachd", "ochd", "naoi", "deich"),
        "tips": ("molaidhean", "comhairlean"),
        "sign_in": ("clàraich a-steach", "log a-steach", "log a-mach"),
        "weekdays": ("diluain", "dimàirt", "diciadain", "diardaoin", "dihaoine", "disathairne", "didòmhnaich"),
    },
    "ig": {
        "sequence": ("nke mbụ", "nke abụọ", "nke atọ", "nke anọ", "mgbe ahụ", "emesịa", "n'ikpeazụ",
                     "na njedebe"),
        "posted_by": ("onye dere ya", "edere site n'aka", "dere ya bụ"),
        "rights_reserved": ("ikike niile echekwara", "echekwara ikike niile", "ikike niile dị nchebe"),
        "ingredients": ("ihe ndị a ga-eji", "ngwa nri"),
        "serve": ("kesaa ya",),
        "writer_label": ("onye dere ya", "onye dere", "odee"),
        "meta_label": ("ngalaba", "mkpado", "kesaa", "kọmenti", "ọnụ ọgụgụ"),
        "tags": ("mkpado",),
        "share": ("kesaa",),
        "published": ("ebipụtara ya", "ebipụtara", "emelitere"),
        # (with the ordinal's "nke" before the number: "Ndụmọdụ nke 2:", tip of two, as Igbo numbers a point)
        "counter": ("ndụmọdụ nke", "nzọụkwụ nke", "ndụmọdụ", "nzọụkwụ"),
        "permission": ("site n'ikike", "na nkwenye", "site na nkwenye"),
        "holder": ("onye dere", "odee", "onye mbipụta", "ndị mbipụta"),
        "by": ("site n'aka",),
        "text_noun": ("isiokwu", "edemede", "ederede"),
        "may": ("nwere ike", "enwere ike"),
        "reuse": ("ibipụta", "bipụta", "ebipụta", "idepụtaghachi", "depụtaghachi"),
        "issue": ("akwụkwọ ozi a", "mbipụta a"),
        # (naanị "only", enweghị "without, has not", ọ dịghị "there is no", amachibidoro "forbidden"; Igbo negates
        # a verb with a suffix, "nweghị ike" (may not) for "nwere ike" (may), so a negated grant lacks the word
        # the table asks)
        "limits": ("naanị", "enweghị", "nweghị", "ọ dịghị", "amachibidoro", "machibidoro", "ekwesịghị"),
        "desk": ("ndị editọ", "ndị nchịkọta akụkọ"),
        "comments": ("kọmenti", "nkọwa"),
        "numbers": ("abụọ", "atọ", "anọ", "ise", "isii", "asaa", "asatọ", "itoolu", "iri"),
        "tips": ("ndụmọdụ",),
        "sign_in": ("debanye aha", "banye", "pụọ"),
        "read_also": ("isiokwu ndị ọzọ",),
        "months": ("jenụwarị", "febụwarị", "maachị", "eprel", "mee", "juun", "julaị", "ọgọst", "septemba",
                   "ọktoba", "novemba", "disemba"),
    },
    "ceb": {
        "sequence": ("una", "una sa tanan", "ikaduha", "ikatulo", "ikaupat", "sunod", "human niana", "pagkahuman",
                     "sa katapusan", "katapusan"),
        "posted_by": ("gisulat ni", "gi-post ni", "gipatik ni", "gimantala ni"),
        "rights_reserved": ("tanang katungod gigahin", "tanang katungod gireserba", "tanang katungod nakareserba"),
        "ingredients": ("mga sangkap",),
        "serve": ("isilbi",),
        "writer_label": ("tagsulat", "magsusulat", "awtor"),
        "meta_label": ("kategoriya", "mga tag", "ipaambit", "mga komento"),
        "share": ("ipaambit",),
        "published": ("gipatik", "gimantala", "gi-update"),
        "counter": ("lakang", "tambag"),
        "permission": ("uban ang pagtugot", "sa pagtugot", "pinaagi sa pagtugot"),
        "holder": ("tagsulat", "awtor", "magsusulat", "magmamantala"),
        "by": ("ni",),
        "text_noun": ("artikulo", "sinulat", "teksto"),
        "may": ("mahimo", "puwede", "pwede", "gitugotan"),
        "reuse": ("ipatik", "imantala", "kopyaha", "kopyahon"),
        "issue": ("kini nga isyu", "kini nga newsletter"),
        # (dili "not", wala and walay "none, without", lamang "only", gawas "except", gidili "forbidden")
        "limits": ("dili", "wala", "walay", "lamang", "gawas", "gidili"),
        "desk": ("mga editor", "editoryal"),
        "comments": ("mga komento", "komento"),
        "numbers": ("duha", "tulo", "upat", "lima", "unom", "pito", "walo", "siyam", "napulo"),
        "tips": ("tambag",),
        "sign_in": ("mag-log in", "pag-log in", "mag-sign up"),
        "weekdays": ("lunes", "martes", "miyerkules", "huwebes", "biyernes", "sabado", "domingo"),
        "months": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "septiyembre", "oktubre",
                   "nobyembre", "disyembre"),
    },
    "mi": {
        "sequence": ("tuatahi", "tuarua", "tuatoru", "tuawhā", "tuarima", "i muri i tēnā", "hei whakamutunga"),
        "posted_by": ("nā", "i tuhia e"),
        "rights_reserved": ("kua rāhuitia ngā mana katoa", "e puritia ana ngā mana katoa"),
        "ingredients": ("ngā kai hei whakamahi",),
        "serve": ("kia reka",),
        "writer_label": ("kaituhi",),
        "meta_label": ("ngā tūtohu", "tohatoha", "kāwai"),
        "tags": ("ngā tūtohu",),
        "share": ("tohatoha",),
        "published": ("i whakaputaina", "whakaputaina", "i whakahoutia"),
        "counter": ("tohutohu", "hipanga"),
        "permission": ("mā te whakaaetanga a", "i runga i te whakaaetanga", "me te whakaaetanga"),
        "holder": ("kaituhi", "kaiwhakaputa", "ētita"),
        "by": ("nā",),
        "text_noun": ("tuhinga", "atikara", "kōrero"),
        "may": ("ka taea e koe", "ka taea e koutou", "ka āhei koe"),
        "reuse": ("whakaputa anō", "tā anō", "tārua"),
        "issue": ("tēnei putanga", "tēnei pānui"),
        # (kāore and kaua "not", kore "without", anake "only")
        "limits": ("kāore", "kaua", "kore", "anake"),
        "desk": ("ngā ētita", "te tari ētita"),
        "comments": ("ngā kōrero o te hapori", "ngā whakautu"),
        "numbers": ("rua", "toru", "whā", "rima", "ono", "whitu", "waru", "iwa", "tekau"),
        "tips": ("tohutohu",),
        "sign_in": ("takiuru", "takiputa", "waitohu"),
        "read_also": ("pānuitia anō",),
        "weekdays": ("rāhina", "rātū", "rāapa", "rāpare", "rāmere", "rāhoroi", "rātapu"),
        "months": ("kohitātea", "huitanguru", "poutūterangi", "paengawhāwhā", "haratua", "pipiri", "hōngongoi",
                   "hereturikōkā", "mahuru", "whiringa-ā-nuku", "whiringa-ā-rangi", "hakihea"),
    },
    "ht": {
        "sequence": ("premyèman", "anvan tout bagay", "dezyèmman", "twazyèmman", "apre sa", "answit", "finalman",
                     "pou fini"),
        "posted_by": ("ekri pa", "pibliye pa", "poste pa"),
        "rights_reserved": ("tout dwa rezève",),
        # (and a kit list's heading, "what you need", "what to bring", "what to put in ...": the list under it is
        # things, as an English "What to bring" heads, no advice)
        "ingredients": ("engredyan", "sa ou bezwen", "sa pou pote", "sa pou mete nan"),
        "serve": ("bon apeti",),
        "writer_label": ("otè", "ekriven"),
        "meta_label": ("kategori", "etikèt", "pataje", "kòmantè"),
        "tags": ("etikèt",),
        "share": ("pataje",),
        "published": ("pibliye", "mete ajou"),
        "counter": ("etap", "konsèy"),
        "permission": ("ak pèmisyon", "avèk pèmisyon", "ak otorizasyon", "avèk otorizasyon"),
        "holder": ("otè", "editè", "piblikatè"),
        "by": ("pa",),
        "text_noun": ("atik", "tèks", "kontni"),
        "may": ("ou kapab", "ou ka", "nou ka", "gen dwa"),
        "reuse": ("repibliye", "pibliye", "kopye", "enprime"),
        "issue": ("nimewo sa a", "bilten sa a"),
        # (pa "not", san "without", sèlman "only", entèdi "forbidden", okenn "none")
        "limits": ("pa", "san", "sèlman", "entèdi", "okenn"),
        "desk": ("redaksyon", "ekip redaksyon"),
        "comments": ("kòmantè",),
        "numbers": ("de", "twa", "kat", "senk", "sis", "sèt", "uit", "nèf", "dis"),
        "tips": ("konsèy",),
        "sign_in": ("konekte", "enskri", "dekonekte"),
        "weekdays": ("lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch"),
        "months": ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm",
                   "desanm"),
    },
    "br": {
        "about_author": ("diwar-benn ar skrivagner", "diwar benn ar skrivagner"),
        "licence_noun": ("aotre-implijout", "lañvaz"),
        # (Breton: "da gentañ" first, "erfin" at last, "en diwezh" in the end)
        "sequence": ("da gentañ", "da gentañ holl", "d'an eil", "en eil lec'h", "d'an trede", "goude-se", "neuze",
                     "war-lerc'h", "erfin", "en diwezh", "evit echuiñ"),
        "posted_by": ("skrivet gant", "embannet gant", "kaset gant"),
        "rights_reserved": ("holl wirioù miret", "an holl wirioù miret", "gwirioù miret strizh"),
        "ingredients": ("aozennoù", "danvezioù"),
        "serve": ("servijit",),
        "writer_label": ("skrivagner", "skrivagnerez", "aozer", "skrid"),
        "meta_label": ("rummad", "rummadoù", "tikedennoù", "rannañ", "evezhiadennoù", "displegadennoù"),
        "tags": ("tikedennoù",),
        "share": ("rannañ",),
        "published": ("embannet d'an", "embannet", "hizivaet"),
        "counter": ("ali", "pazenn"),
        "permission": ("gant aotre", "gant aotreadur"),
        "holder": ("aozer", "skrivagner", "embanner"),
        "by": ("gant",),
        "text_noun": ("pennad", "skrid", "testenn"),
        "may": ("gallout a rit", "gallout a reot", "aotreet eo"),
        "reuse": ("adembann", "eilembann", "eilskriv"),
        "issue": ("an niverenn-mañ", "al lizher-keleier-mañ"),
        # (ket "not" of "ne ... ket", nemet "but, only", nemetken "only", hep "without", difennet "forbidden")
        "limits": ("ket", "nemet", "nemetken", "hep", "difennet"),
        "desk": ("ar skipailh embann",),
        "comments": ("evezhiadenn", "evezhiadennoù"),
        "numbers": ("daou", "tri", "pevar", "pemp", "c'hwec'h", "seizh", "eizh", "nav", "dek"),
        "tips": ("alioù", "kuzulioù"),
        "sign_in": ("kevreañ", "digevreañ", "en em enskrivañ"),
        "read_also": ("lenn ivez", "pennadoù all"),
        "honorifics": ("aotrou", "itron", "dimezell"),
        "weekdays": ("dilun", "dimeurzh", "dimerc'her", "diriaou", "digwener", "disadorn", "disul"),
    },
    "qu": {
        "licence_noun": ("licencia", "lisinsya"),
        # (Quechua: "ñawpaqta" first, "chaymanta" then, "tukuyninpi" at the end)
        "sequence": ("ñawpaqta", "ñawpaqtaqa", "chaymanta", "chaymantaqa", "hinaspa", "qhipaman", "tukukuypi",
                     "tukuyninpi", "puchukaypi"),
        "posted_by": ("qillqasqa", "qillqarqan"),
        "rights_reserved": ("llapan hayñinkuna waqaychasqa", "tukuy hayñinkuna waqaychasqa",
                            "llapan hayñikuna waqaychasqa"),
        "ingredients": ("ingredientekuna", "imakuna munakun"),
        "serve": ("haywariy", "mikhuychis"),
        "writer_label": ("qillqaq", "qillqasqa"),
        "meta_label": ("rakinakuy", "t'aqakuna", "kutichiykuna"),
        "share": ("rakinakuy",),
        "published": ("lluqsisqan", "musuqchasqa"),
        "counter": ("yuyaychay", "purichiy"),
        "permission": ("permisonwan", "permisowan", "saqillasqanwan"),
        "holder": ("qillqaq", "umalliq"),
        "by": ("qillqaq",),
        "text_noun": ("qillqa", "willakuy"),
        "may": ("atinki", "atinkichis", "atikun"),
        "reuse": ("mast'ari", "hukmanta qillqa", "copiay"),
        "issue": ("kay p'anqapi", "kay yupaypi"),
        # (mana/manam "not", ama "do not", hark'asqa "forbidden"; "only" is the suffix -lla)
        "limits": ("mana", "manam", "manachu", "ama", "hark'asqa"),
        "desk": ("willakuy huñu",),
        "comments": ("kutichiykuna", "rimariykuna"),
        "numbers": ("iskay", "kimsa", "tawa", "pichqa", "suqta", "qanchis", "pusaq", "isqun", "chunka"),
        "tips": ("yuyaychaykuna", "yuyaychay"),
        "sign_in": ("yaykuy", "qillqakuy", "lluqsiy"),
        # (tayta "sir, father", mama "madam, mother", wiraqucha "sir": a courtesy before a grown person's name; the
        # first two are kinship words)
        "honorifics": ("wiraqucha",),
        "kinship": ("tayta", "mama"),
    },
    "sn": {
        # (the ordinals as a counter of the "ri-" class takes them after it: "zano rekutanga", the first tip; "danho
        # rechipiri", the second step)
        "ordinals": ("rekutanga", "rechipiri", "rechitatu", "rechina", "rechishanu", "rechitanhatu", "rechinomwe",
                     "rechisere", "rechipfumbamwe", "regumi"),
        "licence_noun": ("rezinesi", "perezinesi"),
        # (Shona: "chekutanga" first, "zvadaro" after that, "pakupedzisira" finally)
        "sequence": ("chekutanga", "pakutanga", "chechipiri", "chechitatu", "zvadaro", "mushure maizvozvo",
                     "pakupedzisira", "chekupedzisira"),
        # (the passive "was written by" in the classes of the nouns a text is named with: rakanyorwa (bhuku, zano),
        # chakanyorwa (chinyorwa), yakanyorwa (nyaya, tsamba), zvakanyorwa; Shona glues "na" (by) to the name)
        "posted_by": ("rakanyorwa na", "chakanyorwa na", "yakanyorwa na", "zvakanyorwa na", "yakagadzirwa na"),
        "rights_reserved": ("kodzero dzose dzakachengetedzwa", "kodzero dzese dzakachengetedzwa",
                            "kodzero dzose dzakachengetwa"),
        "ingredients": ("zvinodiwa", "zvinoshandiswa"),
        "serve": ("pakurai",),
        "writer_label": ("munyori", "vanyori"),
        "meta_label": ("chikamu", "govera", "mhinduro"),
        "share": ("govera",),
        "published": ("rakabudiswa", "yakabudiswa", "rakaburitswa"),
        "counter": ("zano", "danho"),
        "permission": ("nemvumo yemunyori", "nemvumo ya", "nemvumo"),
        "holder": ("munyori", "mupepeti", "muparidzi"),
        "by": ("nemunyori",),
        "text_noun": ("chinyorwa", "nyaya", "zvinyorwa"),
        "may": ("munogona", "unogona", "zvinogona"),
        "reuse": ("kudhinda", "dhinda", "kutsikisa", "tsikisa"),
        "issue": ("tsamba ino", "mutsamba ino", "chinyorwa chino"),
        # (kwete "not", chete "only", pasina "without", musa "do not", hazvibvumirwi "is not allowed", and the
        # negated "can": Shona negates with the prefix ha-)
        "limits": ("kwete", "chete", "pasina", "musa", "hazvibvumirwi", "hazvigoni", "hamugoni", "haugoni"),
        "desk": ("vapepeti", "dare revapepeti"),
        "comments": ("mhinduro", "mafungiro"),
        # (the forms after a noun of the "ma-" class, "mazano mashanu", five tips; four as the "zvi-" class writes
        # it, "zvina": the "ma-" form "mana" is Latvian "my")
        "numbers": ("maviri", "matatu", "zvina", "mashanu", "matanhatu", "manomwe", "masere", "mapfumbamwe", "gumi"),
        "tips": ("mazano",),
        "sign_in": ("pinda", "nyoresa"),
        "editor_role": ("mupepeti", "vapepeti"),
        "issue_contents": ("muri mutsamba ino", "mutsamba ino"),
        # (va "Mr, Mrs" of respect, amai "Mrs, mother", baba "Mr, father"; "va" is glued to a name after "na":
        # "naVaTendai")
        "honorifics": ("va",),
        "kinship": ("amai", "baba"),
        "months": ("ndira", "kukadzi", "kurume", "kubvumbi", "chivabvu", "chikumi", "chikunguru", "nyamavhuvhu",
                   "gunyana", "gumiguru", "mbudzi", "zvita"),
    },
    "sm": {
        "licence_noun": ("laisene",),
        # (Samoan: "muamua" first, "mulimuli ane" afterwards, "mulimuli" last; the glottal stop written "ʻ" or not)
        "sequence": ("muamua", "o le mea muamua", "lona lua", "lona tolu", "ona sosoo ai lea", "sosoo ai",
                     "mulimuli ane", "mulimuli", "o le mea mulimuli", "i le faaiuga", "i le faʻaiuga"),
        "posted_by": ("tusia e", "na tusia e", "saunia e", "lafoina e"),
        "rights_reserved": ("ua puipuia aia tatau uma", "aia tatau uma ua puipuia", "ua faasaoina aia tatau uma",
                            "aia tatau uma ua faasaoina"),
        "ingredients": ("mea e manaʻomia", "mea e manaomia"),
        "serve": ("tufa atu",),
        "writer_label": ("tusitala",),
        "meta_label": ("vaega", "faʻailoga", "faailoga", "faʻasoa", "faasoa", "manatu"),
        "tags": ("faʻailoga", "faailoga"),
        "share": ("faʻasoa", "faasoa"),
        "published": ("lomia", "faʻasalalauina", "faasalalauina", "faʻafouina"),
        "counter": ("laasaga", "laʻasaga", "fautuaga"),
        "permission": ("ma le faʻatagaga", "ma le faatagaga", "ma le maliega"),
        "holder": ("tusitala", "faʻatonu", "faatonu"),
        "by": ("saunia e",),
        "text_noun": ("mataupu", "tusitusiga", "tala"),
        "may": ("e mafai ona", "e mafai", "ua faʻatagaina", "ua faatagaina"),
        "reuse": ("toe lomia", "toe faʻasalalau", "toe faasalalau", "kopi"),
        "issue": ("lenei lomiga", "lenei nusipepa"),
        # (lē "not" as in "e lē mafai", aua "do not", naʻo "only", vagana "except", faʻasaina "forbidden"; the bare
        # "le" is also "the")
        "limits": ("e lē mafai", "e le mafai", "aua", "naʻo", "nao", "vagana", "faʻasaina", "faasaina", "leai"),
        "desk": ("le au faʻatonu", "le au faatonu"),
        "comments": ("manatu", "faʻamatalaga"),
        "numbers": ("lua", "tolu", "fā", "lima", "ono", "fitu", "valu", "iva", "sefulu"),
        "tips": ("fautuaga",),
        "sign_in": ("ulufale", "resitala", "ulufafo"),
        # (the forum's line crediting the question to its asker: "asked by NAME")
        "asked_by": ("fesiligia e", "fesili a"),
        "honorifics": ("susuga", "lau susuga", "afioga", "faifeau"),
        "weekdays": ("aso gafua", "aso lua", "aso lulu", "aso tofi", "aso faraile", "aso toʻonaʻi", "aso sa"),
        "months": ("ianuari", "fepuari", "mati", "aperila", "me", "iuni", "iulai", "aokuso", "setema", "oketopa",
                   "novema", "tesema"),
    },
    "ba": {
        "ordinals": ("беренсе", "икенсе", "өсөнсө", "дүртенсе", "бишенсе", "алтынсы", "етенсе", "һигеҙенсе",
                     "туғыҙынсы", "унынсы"),
        "licence_noun": ("лицензия", "лицензияһы"),
        # (Bashkir: "беренсенән" firstly, "шунан һуң" after that, "аҙаҡтан" at last)
        "sequence": ("беренсенән", "иң башта", "тәүҙә", "икенсенән", "өсөнсөнән", "шунан һуң", "һуңынан", "аҙаҡтан",
                     "иң аҙаҡ"),
        "posted_by": ("яҙҙы", "әҙерләне"),
        "rights_reserved": ("бөтә хоҡуҡтар яҡланған", "бар хоҡуҡтар яҡланған", "бөтә хоҡуҡтар һаҡланған"),
        "ingredients": ("кәрәкле әйберҙәр", "ингредиенттар"),
        "serve": ("өҫтәлгә бирегеҙ",),
        "writer_label": ("автор", "авторы", "яҙҙы", "әҙерләне"),
        "meta_label": ("категория", "тегтар", "бүлешергә", "комментарийҙар", "фекерҙәр"),
        "tags": ("тегтар", "тэгтар"),
        "share": ("бүлешергә", "бүлешеү"),
        "published": ("баҫылды", "баҫтырылды", "яңыртылды"),
        "counter": ("аҙым", "кәңәш"),
        "permission": ("рөхсәте менән", "рөхсәт менән"),
        "holder": ("автор", "редакция", "нәшриәт"),
        "by": ("авторы",),
        "text_noun": ("материал", "мәҡәлә", "яҙма", "текст"),
        "may": ("мөмкин", "рөхсәт ителә"),
        "reuse": ("күсереп баҫ", "баҫтыр", "күсер", "тарат"),
        "issue": ("был һанда",),
        # (түгел and юҡ "not", бары and тик "only", рөхсәтһеҙ "without leave", тыйыла "is forbidden", ярамай "may
        # not", булмай "is not")
        "limits": ("түгел", "юҡ", "бары", "тик", "рөхсәтһеҙ", "тыйыла", "ярамай", "булмай"),
        "desk": ("редакция",),
        "comments": ("комментарий", "комментарийҙар", "фекерҙәр"),
        "numbers": ("ике", "өс", "дүрт", "биш", "алты", "ете", "һигеҙ", "туғыҙ", "ун"),
        "tips": ("кәңәш",),
        "sign_in": ("инеү", "теркәлеү", "сығыу"),
        "honorifics": ("ханым", "әфәнде"),
        "weekdays": ("дүшәмбе", "шишәмбе", "шаршамбы", "кесаҙна", "йома", "шәмбе", "йәкшәмбе"),
    },
    "gom": {
        "licence_noun": ("परवानो", "परवान्या", "परवानें"),
        # (Konkani in Devanagari: "पयलें" first, "मागीर" then, "निमाणें" at last)
        "sequence": ("पयलें", "पयलेंच", "दुसरें", "तिसरें", "मागीर", "उपरांत", "निमाणें", "शेवटाक"),
        "posted_by": ("बरयल्लें", "बरयल्लो"),
        "rights_reserved": ("सगळे हक्क राखून दवरल्यात", "सगळे हक्क राखीव"),
        "ingredients": ("साहित्य", "सामुग्री"),
        "serve": ("वाडात",),
        "writer_label": ("बरोवपी", "बरोवपिणी", "लेखक", "लेखिका"),
        # (and the print button's "छापात", print, beside "वांटात", share: a recipe's row of tools)
        "meta_label": ("वर्ग", "टॅग", "वांटात", "छापात", "प्रतिसाद"),
        "tags": ("टॅग",),
        "share": ("वांटात",),
        "published": ("उजवाडायलें", "उजवाडलें"),
        "counter": ("पावल", "सुचोवणी"),
        "permission": ("परवानगेन", "च्या परवानगेन"),
        "holder": ("बरोवपी", "लेखक", "उजवाडपी", "संपादक"),
        "by": ("बरोवपी",),
        "text_noun": ("लेख", "बरप"),
        "may": ("येता", "शकतात", "शकता"),
        "reuse": ("परत उजवाड", "परतून उजवाड", "नकल कर"),
        "issue": ("ह्या अंकांत",),
        # (ना, नाका and नात "not", फकत "only", बगर and शिवाय "without")
        "limits": ("ना", "नाका", "नात", "फकत", "बगर", "शिवाय"),
        "desk": ("संपादक मंडळ",),
        "comments": ("प्रतिसाद",),
        "numbers": ("दोन", "तीन", "चार", "पांच", "स", "सात", "आठ", "णव", "धा"),
        "tips": ("सुचोवण्यो", "सुचोवणी"),
        "sign_in": ("लॉग इन", "नोंदणी करात"),
        "read_also": ("हेय पळयात", "हेंय पळयात"),
        # (Mrs, Mr and Miss as Devanagari writes them before a name, the longest first: "श्री" opens "श्रीमती")
        "honorifics": ("श्रीमती", "श्रीमान", "श्री", "कुमारी"),
    },
    "zgh": {
        "licence_noun": ("ⵜⵓⵔⴰⴳⵜ",),
        # (Standard Moroccan Tamazight in Tifinagh: ⴰⵎⵣⵡⴰⵔⵓ "first", ⴷⴼⴼⵉⵔ ⵓⵢⴰ "after that", ⴳ ⵜⴳⵉⵔⴰ "at the end")
        "sequence": ("ⴰⵎⵣⵡⴰⵔⵓ", "ⴳ ⵓⵣⵡⴰⵔ", "ⵡⵉⵙⵙ ⵙⵉⵏ", "ⵡⵉⵙⵙ ⴽⵕⴰⴹ", "ⴷⴼⴼⵉⵔ ⵓⵢⴰ", "ⴳ ⵜⴳⵉⵔⴰ", "ⴰⵎⴳⴳⴰⵔⵓ"),
        "posted_by": ("ⵉⵜⵜⵓⵢⴰⵔⴰ ⵙ", "ⵜⵜⵓⵢⴰⵔⴰ ⵙ"),
        "rights_reserved": ("ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵃⵟⵟⵓⵏ", "ⴰⴽⴽ ⵉⵣⵔⴼⴰⵏ ⵃⵟⵟⵓⵏ", "ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵜⵜⵓⵃⵟⵟⴰⵏ"),
        "ingredients": ("ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵓⵙⵏⵡⵓ",),
        "serve": ("ⵛⵛⴰⵜ",),
        "writer_label": ("ⴰⵎⴰⵔⴰⵢ", "ⵜⴰⵎⴰⵔⴰⵢ"),
        "meta_label": ("ⴱⴹⵓ", "ⵜⵉⵡⵏⴳⵉⵎⵉⵏ"),
        "share": ("ⴱⴹⵓ",),
        "published": ("ⵉⵜⵜⵓⵥⵕⴳ", "ⵜⵜⵓⵥⵕⴳ"),
        "counter": ("ⴰⵙⵡⵉⵔ", "ⵜⴰⵡⵚⵚⴰ"),
        "permission": ("ⵙ ⵜⵓⵔⴰⴳⵜ", "ⵙ ⵓⵔⴰⴳ"),
        "holder": ("ⴰⵎⴰⵔⴰⵢ", "ⵜⴰⵎⴰⵔⴰⵢ", "ⴰⵎⵥⵕⴰⴳ"),
        "by": ("ⴰⵎⴰⵔⴰⵢ",),
        "text_noun": ("ⴰⵎⴰⴳⵔⴰⴷ", "ⴰⴹⵔⵉⵙ"),
        "may": ("ⵜⵣⵎⵔⵎ", "ⵜⵣⵎⵔⴷ", "ⵉⵣⵎⵔ"),
        "reuse": ("ⵙⵙⵓⴼⵖ", "ⵙⵏⵖⵍ", "ⵜⵙⵙⵓⴼⵖ", "ⵜⵙⵏⵖⵍ"),
        "issue": ("ⵓⵟⵟⵓⵏ ⴰⴷ",),
        # (ⵓⵔ "not", ⵖⴰⵙ "only", ⵉⵜⵜⵓⴳⴷⵍ "is forbidden"; ⴱⵍⴰ "without" is left out: a free gift says "without leave")
        "limits": ("ⵓⵔ", "ⵖⴰⵙ", "ⵉⵜⵜⵓⴳⴷⵍ"),
        "desk": ("ⵜⴰⵔⴱⴰⵄⵜ ⵏ ⵓⵥⵕⴰⴳ",),
        "comments": ("ⵜⵉⵡⵏⴳⵉⵎⵉⵏ",),
        "numbers": ("ⵙⵉⵏ", "ⴽⵕⴰⴹ", "ⴽⴽⵓⵥ", "ⵙⵎⵎⵓⵙ", "ⵚⴹⵉⵚ", "ⵙⴰ", "ⵜⴰⵎ", "ⵜⵥⴰ", "ⵎⵔⴰⵡ"),
        "tips": ("ⵜⵉⵡⵚⵚⴰⵢⵉⵏ",),
        "sign_in": ("ⴽⵛⵎ", "ⴼⴼⵖ"),
        "read_also": ("ⵉⵎⴰⴳⵔⴰⴷⵏ ⵢⴰⴹⵏⵉⵏ", "ⵖⵔ ⴰⴷ"),
        "months": ("ⵉⵏⵏⴰⵢⵔ", "ⵢⴻⵏⵏⴰⵢⵔ", "ⴱⵕⴰⵢⵕ", "ⵎⴰⵕⵚ", "ⵉⴱⵔⵉⵔ", "ⵎⴰⵢⵢⵓ", "ⵢⵓⵏⵢⵓ", "ⵢⵓⵍⵢⵓⵣ", "ⵖⵓⵛⵜ",
                   "ⵛⵓⵜⴰⵏⴱⵉⵔ", "ⴽⵜⵓⴱⵔ", "ⵏⵓⵡⴰⵏⴱⵉⵔ", "ⴷⵓⵊⴰⵏⴱⵉⵔ"),
    },
    "fy": {
        "about_author": ("oer de skriuwer", "oer de skriuwster"),
        "licence_noun": ("lisinsje", "lisinsjes"),
        # (West Frisian: "earst" first, "dêrnei" after that, "as lêste" lastly, "úteinlik" at the end)
        "sequence": ("earst", "earst fan alles", "as earste", "as twadde", "as tredde", "dêrnei", "dernei",
                     "as lêste", "as lêsten", "úteinlik", "einlings"),
        "posted_by": ("skreaun troch", "pleatst troch", "ynstjoerd troch", "publisearre troch"),
        "rights_reserved": ("alle rjochten foarbehâlden", "alle rjochten foarbehalden"),
        "ingredients": ("yngrediïnten", "yngredinten"),
        "serve": ("opdiene",),
        "writer_label": ("skriuwer", "skriuwster", "auteur"),
        "meta_label": ("kategory", "kategoryen", "diele", "reaksjes", "wurdearring"),
        "share": ("diele",),
        "published": ("publisearre", "pleatst op", "bywurke"),
        "counter": ("tip", "stap"),
        "permission": ("mei tastimming", "mei tastimming fan"),
        "holder": ("skriuwer", "skriuwster", "útjouwer", "redaksje"),
        "by": ("troch",),
        "text_noun": ("artikel", "tekst", "stik"),
        # ("mei" alone is also "with": only "meie", you may)
        "may": ("meie", "meuge", "binne frij om"),
        "reuse": ("oernim", "werpublisear", "kopiear", "opnim"),
        "issue": ("dizze nijsbrief", "dit nûmer"),
        # (net "not", gjin "no", nea "never", allinne and allinnich "only", sûnder "without"; "mits" (provided that)
        # is a grant's condition, never its refusal)
        "limits": ("net", "gjin", "nea", "allinne", "allinnich", "sûnder"),
        "desk": ("redaksje",),
        "comments": ("reaksjes", "reaksje"),
        "numbers": ("twa", "trije", "fjouwer", "fiif", "seis", "sân", "acht", "njoggen", "tsien"),
        "tips": ("tips", "advys"),
        "sign_in": ("oanmelde", "ynlogge", "útlogge", "registrearje"),
        "read_also": ("oare artikels", "oare stikken", "lês ek", "populêr yn", "mear fan"),
        "honorifics": ("frou", "mefrou"),  # (not "hear", Mr: an English word and a surname, "By Hear Mullins")
        "weekdays": ("moandei", "tiisdei", "woansdei", "tongersdei", "freed", "sneon", "snein"),
        "months": ("jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber",
                   "oktober", "novimber", "desimber"),
    },
    "oc": {
        "licence_noun": ("licéncia", "licencia"),
        # (Occitan, Lengadocian: "primièr" first, "puèi" then, "enfin" at last, "per acabar" to finish)
        "sequence": ("primièr", "en primièr", "d'en primièr", "primièrament", "segond", "en segond", "puèi",
                     "aprèp", "après aquò", "enfin", "per acabar", "darrièr", "en darrièr"),
        "posted_by": ("escrich per", "escrit per", "publicat per", "redigit per", "mandat per"),
        "rights_reserved": ("totes los dreches reservats", "totes los dreits reservats", "tots los dreches reservats"),
        "ingredients": ("ingredients",),
        "serve": ("servir", "servissètz"),
        "writer_label": ("autor", "autora", "tèxte"),
        "meta_label": ("categoria", "categorias", "etiquetas", "partejar", "comentaris"),
        "tags": ("etiquetas",),
        "share": ("partejar",),
        "published": ("publicat lo", "publicat", "mes a jorn"),
        "counter": ("astúcia", "etapa", "consell"),
        "permission": ("amb la permission", "amb l'autorizacion", "amb l'acòrdi"),
        "holder": ("autor", "editor", "editoria"),
        "by": ("per",),
        "text_noun": ("article", "tèxte", "tèxt", "publicacion"),
        "may": ("podètz", "pòdes", "se pòt"),
        "reuse": ("reprodu", "republicar", "tornar publicar", "difusar"),  # (never "republica", the republic)
        "issue": ("aqueste numèro", "aquesta letra"),
        # (pas "not", sonque and solament "only", sens "without", jamai "never", defendut "forbidden")
        "limits": ("pas", "sonque", "solament", "sens", "jamai", "defendut"),
        "desk": ("la redaccion",),
        "comments": ("comentaris", "comentari"),
        "numbers": ("dos", "tres", "quatre", "cinc", "sièis", "sèt", "uèch", "nòu", "dètz"),
        "tips": ("astúcias", "consells"),
        "sign_in": ("se connectar", "connexion", "s'inscriure"),
        "read_also": ("de legir tanben", "legir tanben", "articles recents"),
        "honorifics": ("sénher", "mossur"),
        "weekdays": ("diluns", "dimars", "dimècres", "dijòus", "divendres", "dissabte", "dimenge"),
        "months": ("genièr", "febrièr", "març", "abril", "mai", "junh", "julh", "agost", "setembre", "octòbre",
                   "novembre", "decembre"),
    },
    "wo": {
        # (Wolof: "ci njëkk" first, "ginnaaw loolu" after that, "ci mujj gi" at the end)
        "sequence": ("ci njëkk", "bu njëkk", "ginnaaw loolu", "ci mujj gi", "mujjantal"),
        "posted_by": ("ki ko bind", "bindkat bi"),
        "rights_reserved": ("sañ-sañ yépp ñu ngi leen aar", "sañ-sañ yépp aar nañu leen"),
        "ingredients": ("li ñuy soxla",),
        "serve": ("lekkleen",),
        "writer_label": ("bindkat", "bindkat bi"),
        "meta_label": ("xeet", "séddale", "tontu yi"),
        "share": ("séddale",),
        "published": ("génne na", "bind na ko"),
        "counter": ("pexe", "tànk"),
        "permission": ("ak ndigalu", "ak sañ-sañu"),
        "holder": ("bindkat", "móolkat"),
        "by": ("bindkat",),
        "text_noun": ("mbind", "téere"),
        "may": ("mën ngeen", "mën nga", "man ngeen", "man nga"),
        "reuse": ("siiwaat", "móolaat", "duppi"),  # (publish again, print again, copy: never "siiwal" alone)
        "issue": ("xët wii",),
        # (Wolof negates a verb with its ending, "mënuleen" (you cannot): the prohibitive bul and buleen (do not),
        # rekk (only), dara (nothing), amul (there is not), te nuyooloo ko / ci lu dul (without asking, except))
        "limits": ("bul", "buleen", "rekk", "dara", "amul", "dul"),
        "desk": ("kureelu bindkat yi",),
        "comments": ("tontu", "xalaat"),
        "numbers": ("ñaar", "ñett", "ñeent", "juróom", "juróom benn", "juróom ñaar", "juróom ñett", "juróom ñeent",
                    "fukk"),
        "tips": ("pexe", "ndigal"),
        "sign_in": ("dugg", "bindu", "génn"),
        # (soxna "Mrs, lady", sëriñ "Mr, master": never yaay and baay, mother and father, which open real names)
        "honorifics": ("soxna", "sëriñ"),
        "weekdays": ("altine", "talaata", "àllarba", "alxames", "àjjuma", "gaawu", "dibéer"),
        "months": ("samwiyee", "fewriyee", "mars", "awril", "mee", "suwe", "sulet", "ut", "sàttumbar", "oktoobar",
                   "nowàmbar", "desàmbar"),
    },
    "to": {
        "licence_noun": ("laiseni",),
        # (Tongan: "ʻuluaki" first, "hoko atu" next, "fakaʻosi" last; the ʻokina written "ʻ" or "'" or left out)
        "sequence": ("ʻuluaki", "ko e ʻuluaki", "'uluaki", "uluaki", "ko hono ua", "ko hono tolu", "hoko atu",
                     "pea hoko ai", "fakaʻosi", "ko e fakaʻosi", "faka'osi", "fakaosi"),
        # ("written (composed) by": naʻe faʻu ʻe NAME, naʻe tohi ʻe NAME; the agent's "ʻe" before the name)
        "posted_by": ("naʻe faʻu ʻe", "na'e fa'u 'e", "nae fau e", "faʻu ʻe", "naʻe tohi ʻe", "na'e tohi 'e",
                      "tohi ʻe"),
        "rights_reserved": ("kuo maluʻi ʻa e ngaahi totonu kotoa", "ngaahi totonu kotoa kuo maluʻi"),
        "ingredients": ("ngaahi meʻa ke ngāueʻaki", "naunau"),
        "serve": ("tufaki",),
        "writer_label": ("faʻu", "tokotaha faʻu", "fa'u"),
        "meta_label": ("kalasi", "vahevahe", "ngaahi fakamatala"),
        "share": ("vahevahe",),
        "published": ("naʻe pulusi", "pulusi"),
        "counter": ("founga", "sitepu"),
        # ("ʻaki ʻa e ngofua": by (with) the leave of; ngofua, permission)
        "permission": ("ʻaki ʻa e ngofua", "ʻaki e ngofua", "'aki 'a e ngofua", "ʻi he ngofua", "mo e ngofua"),
        "holder": ("faʻu", "fa'u", "ʻētita", "etita", "nusipepa", "tokotaha pulusi"),
        "by": ("faʻu ʻe",),
        "text_noun": ("tohi", "fakamatala", "kupu"),
        "may": ("ʻe lava ke", "ʻoku lava ke", "'e lava ke", "e lava ke"),
        "reuse": ("toe pulusi", "kopi"),  # (publishing again: "pulusi" alone dates a text, "published in July")
        "issue": ("tohi fakamāhina ko ʻeni", "tohi ko ʻeni"),
        # (ʻikai "not", ʻoua "do not", tapu "forbidden", tukukehe "except"; never pē, "just", a word of every
        # sentence)
        "limits": ("ʻikai", "'ikai", "ikai", "ʻoua", "'oua", "tapu", "tukukehe"),
        "desk": ("kau ʻētita",),
        "comments": ("fakamatala", "ngaahi fakamatala"),
        "numbers": ("ua", "tolu", "fā", "nima", "ono", "fitu", "valu", "hiva", "hongofulu"),
        "tips": ("fakahinohino", "ngaahi founga"),
        "sign_in": ("lēsisita", "hū ki loto"),
        # (Toketā doctor, Faifekau reverend, Misa Mr, Misisi Mrs)
        "honorifics": ("toketā", "faifekau", "misa", "misisi"),
        "weekdays": ("mōnite", "tūsite", "pulelulu", "tuʻapulelulu", "falaite", "tokonaki", "sāpate"),
        "months": ("sānuali", "fēpueli", "maʻasi", "ʻepeleli", "mē", "sune", "siulai", "ʻaokosi", "sepitema",
                   "ʻokatopa", "nōvema", "tīsema"),
    },
    "cv": {
        "about_author": ("автор ҫинчен",),
        # (Chuvash: "малтанах" first of all, "иккӗмӗшӗнчен" secondly, "унтан" then, "юлашкинчен" finally)
        "sequence": ("малтанах", "чи малтан", "пӗрремӗшӗнчен", "иккӗмӗшӗнчен", "виҫҫӗмӗшӗнчен", "унтан", "кайран",
                     "юлашкинчен", "чи юлашкинчен"),
        "posted_by": ("ҫырса хатӗрленӗ", "ҫырнӑ"),
        "rights_reserved": ("пур прависем те хӳтӗленнӗ", "пур правасем те хӳтӗленнӗ"),
        "ingredients": ("кирлӗ продуктсем",),
        "serve": ("сӗтел ҫине лартӑр",),
        "writer_label": ("ҫыраканӗ", "ҫыракан", "автор", "авторӗ"),
        "meta_label": ("категори", "категорисем", "пайлашӑр", "хаклӑр", "пӑхнӑ", "комментарисем"),
        "share": ("пайлашӑр",),
        "published": ("вырнаҫтарнӑ", "пичетленнӗ", "ҫӗнетнӗ"),
        "counter": ("канаш", "утӑм"),
        "permission": ("ирӗк панипе", "ирӗкпе"),
        "holder": ("автор", "редакци", "издатель", "ҫыракан"),
        "by": ("ҫыраканӗ",),
        "text_noun": ("стать", "текст", "материал"),
        # (пултаратӑр "you can"; "пулать" only after a reuse verb's infinitive, "it may be printed": alone it is also
        # "it will be"; never "юрать", "it is allowed", which also says "I like it". Chuvash negates them inside the
        # word, "пултараймастӑр", "пулмасть", so a negated leave holds none of them)
        "may": ("пултаратӑр", "пултаратӑн", "пичетлеме пулать", "вырнаҫтарма пулать", "копирлеме пулать"),
        # (the infinitive "вырнаҫтарма", to post: the participle "вырнаҫтарнӑ" dates a post)
        "reuse": ("пичетле", "вырнаҫтарма", "копирле", "саркала"),
        "issue": ("ҫак номер", "ҫак кӑларӑм"),
        # (мар "not", ан "do not", ҫеҫ and кӑна "only", юрамасть "is not allowed", чарнӑ "forbidden"; never анчах,
        # "but": the grant's condition, "free to post, but unchanged")
        "limits": ("мар", "ан", "ҫеҫ", "кӑна", "юрамасть", "чарнӑ"),
        "desk": ("редакци",),
        "comments": ("комментарисем", "комментари"),
        # (the forms before a noun, "ултӑ меслет", six ways)
        "numbers": ("ик", "виҫӗ", "тӑватӑ", "пилӗк", "ултӑ", "ҫичӗ", "саккӑр", "тӑхӑр", "вунӑ"),
        "tips": ("канаш", "канашсем", "меслет"),
        "sign_in": ("кӗр", "тух", "регистраци"),
        "read_also": ("ҫавӑн пекех вулӑр",),
        "weekdays": ("тунтикун", "ытларикун", "юнкун", "кӗҫнерникун", "эрнекун", "шӑматкун", "вырсарникун"),
        "months": ("кӑрлач", "нарӑс", "пуш", "ака", "ҫу", "ҫӗртме", "утӑ", "ҫурла", "авӑн", "юпа", "чӳк", "раштав"),
    },
    "sat": {
        "licence_noun": ("ᱞᱟᱭᱥᱮᱱᱥ",),
        # (Santali in Ol Chiki: "ᱯᱟᱹᱦᱤᱞ ᱨᱮ" first, "ᱛᱟᱭᱚᱢ ᱛᱮ" after that, "ᱢᱩᱪᱟᱹᱫ ᱨᱮ" at the end)
        "sequence": ("ᱯᱟᱹᱦᱤᱞ ᱨᱮ", "ᱯᱟᱹᱦᱤᱞ", "ᱛᱟᱭᱚᱢ ᱛᱮ", "ᱢᱩᱪᱟᱹᱫ ᱨᱮ"),
        "posted_by": ("ᱚᱞ ᱠᱟᱱᱟᱭ", "ᱚᱞᱤᱡ"),
        "rights_reserved": ("ᱡᱚᱛᱚ ᱟᱹᱭᱫᱟᱹᱨ ᱫᱚᱦᱚ ᱜᱮᱭᱟ",),
        "ingredients": ("ᱡᱤᱱᱤᱥ",),
        "serve": ("ᱡᱚᱢ ᱢᱮ",),
        "writer_label": ("ᱚᱞᱤᱡ",),
        "meta_label": ("ᱦᱟᱹᱴᱤᱧ ᱢᱮ",),
        "share": ("ᱦᱟᱹᱴᱤᱧ ᱢᱮ",),
        "published": ("ᱪᱷᱟᱯᱟ",),
        "counter": ("ᱥᱟᱞᱦᱟ",),
        "permission": ("ᱦᱩᱠᱩᱢ ᱛᱮ",),
        "holder": ("ᱚᱞᱤᱡ",),
        "by": ("ᱚᱞᱤᱡ",),
        "text_noun": ("ᱚᱞ",),
        "may": ("ᱫᱟᱲᱮᱭᱟᱜ",),
        "reuse": ("ᱫᱚᱦᱲᱟ ᱪᱷᱟᱯᱟ",),  # (print again: "ᱪᱷᱟᱯᱟ" alone dates a text)
        "issue": ("ᱱᱚᱣᱟ ᱚᱞ",),
        # (ᱵᱟᱝ "not", ᱟᱞᱚᱢ "do not")
        "limits": ("ᱵᱟᱝ", "ᱟᱞᱚᱢ"),
        "desk": ("ᱥᱚᱢᱯᱟᱫᱚᱠ",),
        "comments": ("ᱢᱚᱱᱮ",),
        "numbers": ("ᱵᱟᱨ", "ᱯᱮ", "ᱯᱩᱱ", "ᱢᱚᱬᱮ", "ᱛᱩᱨᱩᱭ", "ᱮᱭᱟᱭ", "ᱤᱨᱟᱹᱞ", "ᱟᱨᱮ", "ᱜᱮᱞ"),
        "tips": ("ᱥᱟᱞᱦᱟ",),
        "sign_in": ("ᱞᱚᱜᱤᱱ",),
        "read_also": ("ᱟᱨᱦᱚᱸ ᱯᱟᱲᱦᱟᱣ ᱢᱮ",),
        "honorifics": ("ᱰᱟᱹ.",),  # (doctor, as Hindi's "डॉ.")
    },
    "lg": {
        # (Luganda: "ekisooka" the first, "eky'okubiri" the second, "oluvannyuma" afterwards, "ekisembayo" the last)
        "sequence": ("ekisooka", "okusooka", "eky'okubiri", "eky'okusatu", "eky'okuna", "eky'okutaano", "oluvannyuma",
                     "ekisembayo", "n'ekisembayo", "okusembayo"),
        "posted_by": ("kyawandiikibwa", "kyawandiikiddwa", "ekiwandiiko kya"),
        "rights_reserved": ("eddembe lyonna lirindiddwa", "eddembe lyonna likuumiddwa"),
        "ingredients": ("ebyetaagisa", "ebirungo"),
        "serve": ("gabula",),
        "writer_label": ("omuwandiisi", "abawandiisi"),
        "meta_label": ("ebika", "gabana", "ebirowoozo"),
        "share": ("gabana",),
        "published": ("kyafulumizibwa", "kyateekebwako"),
        "counter": ("omutendera", "amagezi"),
        "permission": ("ku lukusa", "n'olukusa", "lwa lukusa"),
        "holder": ("omuwandiisi", "omufulumya"),
        "by": ("omuwandiisi",),
        "text_noun": ("ekiwandiiko", "ebiwandiiko", "olupapula"),
        # (osobola "you can", musobola "you (all) can", kikkirizibwa "it is allowed"; negated inside the word,
        # "tosobola", "tekikkirizibwa", which the leave's start does not match)
        "may": ("osobola", "musobola", "kikkirizibwa"),
        "reuse": ("okukoppa", "koppa", "okuddamu okufulumya", "ddamu okufulumya"),  # (copy, publish again)
        "issue": ("olupapula luno",),
        # (awatali "without", tekikkirizibwa "it is not allowed", tosobola and temusobola "you cannot", kyokka and
        # bokka "only")
        "limits": ("awatali", "tekikkirizibwa", "tosobola", "temusobola", "kyokka", "bokka"),
        "desk": ("abawandiisi b'amawulire",),
        "comments": ("ebirowoozo", "endowooza"),
        "numbers": ("bbiri", "ssatu", "nnya", "ttaano", "mukaaga", "musanvu", "munaana", "mwenda", "kkumi"),
        "tips": ("amagezi",),
        "sign_in": ("yingira", "wewandiise"),
        "read_also": ("soma ne", "soma n'ebirala", "ebirala mu"),
        # (omukyala "Mrs, madam", omwami "Mr", ssebo "sir", nnyabo "madam", dokita "doctor"; never maama and taata,
        # mother and father, which a letter's signer writes as a name: "Maama NAME")
        "honorifics": ("omukyala", "omwami", "ssebo", "nnyabo", "dokita"),
        "weekdays": ("balaza", "lwakubiri", "lwakusatu", "lwakuna", "lwakutaano", "lwamukaaga", "ssabbiiti"),
        "months": ("gatonnya", "mukutulansanja", "mugulansigo", "kafuumuulampawu", "muzigo", "ssebaaseka",
                   "kasambula", "muwakanya", "mutunda", "mukulukusabitungotungo", "museenene", "ntenvu"),
    },
    "chr": {
        # (Cherokee in its syllabary, written here in Unicode's small letters, as every row is in lower case: pages
        # write the capitals, and a consumer matches case-insensitively. ᎢᎬᏱ first, ᏔᎵᏁ secondly, ᏦᎢᏁ thirdly,
        # ᎣᏂ after. The words of the kinds below the numbers are approximate, compounds of ᎪᏪᎵ (paper, writing),
        # ᏂᎦᏛ (all) and ᏞᏍᏗ (do not): none is asked alone)
        "sequence": ("ꭲꭼᏹ", "ꮤꮅꮑ", "ꮶꭲꮑ", "ꭳꮒ"),
        "posted_by": ("ꭴꮼꮺꮃꮕ", "ꭴꮼꮺꮃꮑ"),  # (he, she wrote it)
        "numbers": ("ꮤꮅ", "ꮶꭲ", "ꮕꭹ", "ꭿꮝꭹ", "ꮡꮣꮅ", "ꭶꮅꮙꭹ", "ꮷꮑꮃ", "ꮠꮑꮃ", "ꮝꭺꭿ"),
        "writer_label": ("ꭰꮼꮺꮃꮑꭿ",),  # (writer)
        "holder": ("ꭰꮼꮺꮃꮑꭿ",),
        "by": ("ꭴꮼꮺꮃꮕ",),
        "text_noun": ("ꭺꮺꮅ",),
        "limits": ("ꮮꮝꮧ", "ꮒꭶꭵ ꮭꮝꭺ"),
        "rights_reserved": ("ꮒꭶꮫ ꭺꮺꮅ ꮷꮎꮴꮅ ꭸꮢ",),
        "ingredients": ("ꭰꮣꮑꮧᏹ ꮧꭶꮩꮅ",),
        "serve": ("ꭿꭰ ꭲꮳꮅꮝꮣᏼꮧ",),
        "meta_label": ("ꭺꮺꮅ ꭴꭼꮹꮅ",),
        "published": ("ꭺꮺꮈ ꭲꭶ",),
        "counter": ("ꮧꮥꮆꮖꮝꮧ",),
        "permission": ("ꭴꮑꮃꮕꭿ ꭴꮑꮴꮈ",),
        "may": ("ᏸꮅꮙ ᏹꮧꮳ",),
        "reuse": ("ꮤꮅꮑ ꭺꮺꮃ",),
        "issue": ("ꭿꭰ ꭺꮺꮅ",),
        "desk": ("ꭺꮺꮅ ꮷꮼꮺꮃꮑꭿ",),
        "comments": ("ꭷꮓꭾꮫ",),
        "tips": ("ꮧꮥꮆꮖꮝꮧ",),
        "sign_in": ("ꮻꮳᏼꮈ ꮳꮩꭵ",),
    },
    "ay": {
        "licence_noun": ("licencia",),
        # (Aymara: "nayraqata" first, "ukatxa" then, "qhipharux" afterwards, "tukuyañatakixa" to end)
        "sequence": ("nayraqatxa", "nayraqata", "nayrïrixa", "ukatxa", "ukatsti", "qhipharux", "qhipharuxa",
                     "tukuyañatakixa", "tukuyañatakix"),
        "posted_by": ("qillqiri", "qillqt'ata"),
        "rights_reserved": ("taqi derechonakax imatawa", "taqi chiqanakax jark'atawa"),
        "ingredients": ("wakiskirinaka",),
        "serve": ("manq'asipxam",),
        "writer_label": ("qillqiri", "qillqirinaka"),
        "meta_label": ("uñt'ayaña", "arsuwinaka"),
        "share": ("uñt'ayaña",),
        "published": ("uñstayata",),
        "counter": ("amuyt'awi", "kamachi"),
        "permission": ("permisompi", "iyawsäwipampi"),
        "holder": ("qillqiri", "apnaqiri"),
        "by": ("qillqiri",),
        "text_noun": ("qillqata", "yatichäwi"),
        # (lurapxam "do it (all)", apsusa "taking out", uñt'ayasa "making known": Aymara gives leave with the
        # imperative; never the "can" of a question)
        "may": ("lurapxam", "lurapxamawa"),
        # (the gerunds of a dedication, "changing it, taking it out"; never "uñt'ayapxam", share it with others,
        # which advice says of its own points)
        "reuse": ("mayjt'ayasa", "apsusa"),
        "issue": ("aka qillqata",),
        # (jan and janiw "not", ina "do not"; the negated verb ends in -kiti: "wakiskiti")
        "limits": ("jan", "janiw", "janiwa", "ina"),
        "desk": ("yatiyaw qillqirinaka",),
        "comments": ("arsuwinaka", "arsuwi"),
        "numbers": ("paya", "kimsa", "pusi", "phisqa", "suxta", "paqallqu", "kimsaqallqu", "llätunka", "tunka"),
        "tips": ("iwxanaka", "yatichäwinaka"),
        "sign_in": ("mantaña", "qillqantasiña"),
        # (tata "sir, Mr", mama "madam": courtesies before a grown person's name, as Quechua's)
        "honorifics": ("tata",),
    },
    "st": {
        # (Sesotho, Lesotho's spelling ("ea", "li-") and South Africa's ("ya", "di-") where they part: "pele" first,
        # "ka mor'a moo" after that, "qetellong" at the end)
        "sequence": ("pele", "pele ho tsohle", "ea pele", "ea bobeli", "ea boraro", "ka mor'a moo", "ka mor’a moo",
                     "qetellong", "la ho qetela"),
        "posted_by": ("e ngotsoe ke", "e ngotswe ke", "e ngolilwe ke", "e phatlalalitsoe ke"),
        "rights_reserved": ("litokelo tsohle li sirelelitsoe", "ditokelo tsohle di sirelelitswe"),
        "ingredients": ("metsoako",),
        "serve": ("sebeletsa",),
        "writer_label": ("mongoli", "bangoli"),
        "meta_label": ("mefuta", "arolelana", "maikutlo"),
        "share": ("arolelana",),
        "published": ("e phatlalalitsoe", "e ntlafalitsoe"),
        "counter": ("keletso", "mohato"),
        "permission": ("ka tumello ea", "ka tumello ya", "ka tumello"),
        "holder": ("mongoli", "mohatisi", "mohlophisi"),
        # ("Ka NAME", by: two letters, read where a line opens with it before a full name only)
        "by": ("ka",),
        "text_noun": ("sengoloa", "lingoloa", "sehlooho"),
        "may": ("u ka", "le ka", "u lumelletsoe", "le lumelletsoe"),
        "reuse": ("hatisa hape", "phatlalatsa hape", "kopitsa"),  # (print again, publish again, copy)
        "issue": ("khatiso ena", "khatisong ena"),
        # (ha ua / ha le / ha u "you (do) not", se ke "do not", ke ke "will not, cannot" ("u ke ke ua"), feela
        # "only", ntle le "without, except", hanetsoe "forbidden")
        "limits": ("ha ua", "ha le", "ha u", "se ke", "ke ke", "feela", "ntle le", "hanetsoe"),
        "desk": ("bahlophisi",),
        "comments": ("maikutlo",),
        "numbers": ("peli", "tharo", "nne", "hlano", "tšelela", "supa", "robeli", "robong", "leshome"),
        "tips": ("malebela", "likeletso", "keletso"),
        "sign_in": ("kena", "ngolisa", "tsoa"),
        "read_also": ("bala hape", "bala le"),
        # ('Mè "Mrs, mother", Ntate "Mr, father", Ngaka "doctor": courtesies before a grown person's name; the
        # apostrophe of 'Mè is the page's curly or straight one. A name may itself open with one: "'Mè 'Mamosa")
        "honorifics": ("’mè", "'mè", "ngaka", "mofumahali"),
        "kinship": ("ntate",),
        "weekdays": ("mantaha", "labobeli", "laboraro", "labone", "labohlano", "moqebelo", "sontaha"),
        "months": ("pherekhong", "hlakola", "hlakubele", "tlhakubele", "mmesa", "’mesa", "'mesa", "motšeanong",
                   "phupjane", "phupu", "phato", "loetse", "mphalane", "pulungoana", "tšitoe"),
    },
    "ln": {
        # (Lingala: "liboso" first, "na nsima" afterwards, "na suka" at the end)
        "sequence": ("liboso", "ya liboso", "ya mibale", "ya misato", "na nsima", "nsima na yango", "na suka",
                     "ya suka"),
        "posted_by": ("ekomami na", "ekomamaki na", "ebimisami na"),
        # (makoki "rights", nyonso "all", ebatelami "kept": approximate, no page seen)
        "rights_reserved": ("makoki nyonso ebatelami", "makoki nyonso ekangami"),
        "ingredients": ("biloko",),
        "serve": ("kabola",),
        "writer_label": ("mokomi", "bakomi"),
        "meta_label": ("biteni", "kabola", "makanisi"),
        "share": ("kabola",),
        "published": ("ebimisami", "ebimisamaki"),
        "counter": ("toli", "litambe"),
        "permission": ("na ndingisa ya", "na ndingisa"),
        "holder": ("mokomi", "mobimisi"),
        "by": ("mokomi",),
        "text_noun": ("lisolo", "makomi", "mokanda"),
        "may": ("okoki", "bokoki", "ekoki"),
        # (publish again, copy: never "kokabola", share, which a licence line says of its Creative Commons terms)
        "reuse": ("kobimisa lisusu", "kokopia"),
        "issue": ("nimero oyo",),
        # (te "not", after the verb; kaka "only"; kozanga "without"; epekisami "it is forbidden")
        "limits": ("te", "kaka", "kozanga", "epekisami"),
        "desk": ("lisanga ya bakomi",),
        "comments": ("makanisi", "maloba"),
        "numbers": ("mibale", "misato", "minei", "mitano", "motoba", "nsambo", "mwambe", "libwa", "zomi"),
        "tips": ("matoli", "mayele"),
        "sign_in": ("kokota", "komikomisa"),  # (never the bare "kota", a Japanese given name)
        # (mama "Mrs, mother", papa "Mr, father", tata "father": courtesies before a grown person's name, and the
        # name's own part on a page in another language: attribution.kin_word_kept)
        "kinship": ("mama", "papa", "tata"),
    },
    "om": {
        # (Oromo ordinals, as a counter takes them after it: "gorsa tokkoffaa", the first advice)
        "ordinals": ("tokkoffaa", "lammaffaa", "sadaffaa", "afraffaa", "shanaffaa", "jahaffaa", "torbaffaa",
                     "saddeettaffaa", "sagalaffaa", "kurnaffaa"),
        # (Oromo: "jalqaba" first, "itti aansee" next, "dhuma irratti" at the end)
        "sequence": ("jalqaba", "jalqabarratti", "lammaffaa", "sadaffaa", "itti aansee", "itti aansuun",
                     "dhuma irratti", "xumura irratti"),
        "posted_by": ("kan barreesse", "kan barreessite", "kan qopheesse", "kan qopheessite"),
        # (mirgi "the right", hundi "all", seeraan "by law", eegamaadha "is kept": the footer's formula)
        "rights_reserved": ("mirgi hundi seeraan eegamaadha", "mirgi hundi eegamaadha",
                            "mirgi abbummaa seeraan eegamaadha"),
        "ingredients": ("wantoota barbaachisan",),
        "serve": ("dhiyeessaa", "dhiyeessi"),
        "writer_label": ("barreessaa", "barreessituu", "qopheessaa"),
        "meta_label": ("kutaa", "mallattoo", "qoodi", "yaada"),
        "tags": ("mallattoo",),
        "share": ("qoodi", "qoodaa"),
        "published": ("maxxanfame", "haaromfame"),
        "counter": ("gorsa", "tarkaanfii"),
        "permission": ("hayyamaan", "hayyama barreessaatiin"),
        "holder": ("barreessaa", "maxxansaa", "gulaalaa"),
        "by": ("barreessaa",),
        "text_noun": ("barreeffama", "barruu"),
        "may": ("ni dandeessu", "dandeessu", "dandeessan"),
        "reuse": ("deebisanii maxxansuu", "irra deebi'anii maxxansuu", "garagalchuu"),  # (publish again, copy)
        "issue": ("maxxansa kana",),
        # (hin "not", the prefix of a negated verb, written apart: "hin maxxansinaa"; miti "is not", qofa "only",
        # malee "without, except", dhorkaadha "is forbidden")
        "limits": ("hin", "miti", "qofa", "malee", "dhorkaadha"),
        "desk": ("gulaaltota",),
        "comments": ("yaada", "yaadota"),
        "numbers": ("lama", "sadii", "afur", "shan", "jaha", "torba", "saddeet", "sagal", "kudhan"),
        "tips": ("gorsa", "gorsawwan"),
        "sign_in": ("seeni", "galmaa'i"),
        "read_also": ("dabalata dubbisi", "dubbisi dabalataa"),
        "warnings": ("akeekkachiisa", "hubachiisa"),
        "honorifics": ("obbo", "aadde", "durbee"),  # (Mr, Mrs, Miss)
        "weekdays": ("wiixata", "kibxata", "roobii", "kamiisa", "jimaata", "sanbata", "dilbata"),
        "months": ("amajjii", "guraandhala", "bitootessa", "ebla", "caamsaa", "waxabajjii", "adoolessa", "hagayya",
                   "fulbaana", "onkoloolessa", "sadaasa", "muddee"),
    },
    "haw": {
        # (Hawaiian, its ʻokina U+02BB and its kahakō vowels precomposed; "ʻo ka mua" first, "a laila" then,
        # "ma hope" afterwards, "ʻo ka hope loa" last. Pages and keyboards without the ʻokina write an apostrophe or
        # leave it out, and drop the kahakō: the common words are listed so too)
        "sequence": ("ʻo ka mua", "'o ka mua", "ka mua", "mua loa", "a laila", "ma hope", "ʻo ka hope loa",
                     "ka hope loa"),
        "posted_by": ("kākau ʻia e", "i kākau ʻia e", "kakau ia e"),
        # (kuleana "rights", a pau "all", mālama ʻia "kept": approximate, no page seen)
        "rights_reserved": ("ua mālama ʻia nā kuleana a pau", "mālama ʻia nā kuleana a pau"),
        "ingredients": ("nā mea e pono ai",),
        "serve": ("lawelawe",),
        "writer_label": ("mea kākau", "mea kakau"),
        "meta_label": ("māhele", "kaʻana", "manaʻo"),
        "share": ("kaʻana", "kaʻana like"),
        "published": ("paʻi ʻia", "hoʻopuka ʻia"),
        "counter": ("ʻanuʻu", "ʻōlelo aʻo"),
        "permission": ("me ka ʻae ʻana o", "me ka ʻae"),
        "holder": ("mea kākau", "luna hoʻoponopono", "mea paʻi"),
        # ("Na NAME", by: the credit a column closes with, "Na NAME, he kumu …"; never "nā", the plural article)
        "by": ("na",),
        "text_noun": ("moʻolelo", "kolamu", "ʻatikala"),
        "may": ("hiki iā ʻoe ke", "hiki ke", "ua ʻae ʻia"),
        "reuse": ("paʻi hou", "hoʻopuka hou", "kope"),  # (print again, publish again, copy)
        "issue": ("kēia pukana",),
        # (ʻaʻole "not", wale nō "only", me ka ʻole "without", pāpā ʻia "forbidden"; never "mai", "do not" but also
        # "hither", in every sentence that sends something)
        "limits": ("ʻaʻole", "'a'ole", "aole", "wale nō", "wale no", "me ka ʻole", "pāpā ʻia"),
        "desk": ("nā luna hoʻoponopono",),
        "comments": ("manaʻo", "nā manaʻo"),
        "numbers": ("ʻelua", "ʻekolu", "ʻehā", "ʻelima", "ʻeono", "ʻehiku", "ʻewalu", "ʻeiwa", "ʻumi"),
        "tips": ("ʻōlelo aʻo", "manaʻo aʻo"),
        "sign_in": ("kāinoa", "komo i loko"),
        "honorifics": ("kauka",),  # (doctor)
        "weekdays": ("pōʻakahi", "pōʻalua", "pōʻakolu", "pōʻahā", "pōʻalima", "pōʻaono", "lāpule", "poakahi",
                     "poalua", "poakolu", "poaha", "poalima", "poaono", "lapule"),
        "months": ("ianuali", "pepeluali", "malaki", "ʻapelila", "mei", "iune", "iulai", "ʻaukake", "kepakemapa",
                   "ʻokakopa", "nowemapa", "kekemapa", "apelila", "'apelila", "aukake", "'aukake", "okakopa",
                   "'okakopa"),
    },
    "gv": {
        # (Manx: "hoshiaght" first, "eisht" then, "lurg shen" after that, "fy-yerrey" at last)
        "sequence": ("hoshiaght", "ec y toshiaght", "eisht", "lurg shen", "fy-yerrey", "sy jerrey"),
        "posted_by": ("scruit liorish", "screeut liorish", "currit magh liorish"),
        # (kiartyn "rights", freilt "kept": approximate, no page seen)
        "rights_reserved": ("ooilley ny kiartyn freilt", "dy chooilley chiart freilt"),
        "ingredients": ("ny reddyn ta feme eu",),  # (approximate: the things you need)
        "serve": ("cur er y voayrd",),  # (approximate: put on the table)
        "writer_label": ("screeudeyr", "fer-screeuee", "ben-screeuee"),
        "meta_label": ("rheynn", "co-rheynn"),
        "share": ("co-rheynn",),
        "published": ("currit magh", "soilshit"),
        "counter": ("coyrle", "kesmad"),
        "permission": ("lesh kied veih", "lesh kied"),
        "holder": ("screeudeyr", "fer-reaghee", "fer-clou"),
        "by": ("liorish",),
        # ("art" is English too: its plural and "any article", never the bare stem)
        "text_noun": ("artyn", "art erbee", "art shoh", "screeuyn"),
        "may": ("foddee shiu", "foddee oo"),
        # (put out again, print again; the verbal noun lenited after "y": "y chur magh reesht")
        "reuse": ("cur magh reesht", "chur magh reesht", "clou reesht", "chlou reesht"),
        "issue": ("yn earroo shoh", "yn chaghteraght shoh"),
        # (cha and nagh "not", ynrycan "only", ny jean "do not"; never gyn, "without", which sets a grant's terms,
        # "slane as gyn caghlaa", whole and unchanged)
        "limits": ("cha", "nagh", "ynrycan", "ny jean"),
        "desk": ("ny fir-reaghee",),
        "comments": ("co-haggloo",),
        # (the numbers a noun follows; three as the count of people, "troor": "tree" is an English word)
        "numbers": ("daa", "troor", "kiare", "queig", "shey", "shiaght", "hoght", "nuy", "jeih"),
        "tips": ("coyrleyn",),
        "sign_in": ("cur stiagh", "goll stiagh"),
        "issue_contents": ("ayns yn earroo shoh",),
        "weekdays": ("jelune", "jemayrt", "jecrean", "jerdein", "jeheiney", "jesarn", "jedoonee"),
        "months": ("jerrey geuree", "toshiaght arree", "mayrnt", "averil", "boaldyn", "mean souree", "jerrey souree",
                   "luanistyn", "mean fouyir", "jerrey fouyir", "mee houney", "mee ny nollick"),
    },
    "sc": {
        # (Sardinian, Logudorese and the common written standard: "primu" first, "a pustis" afterwards, "a
        # s'ùrtimu" at last)
        "sequence": ("primu", "in primu", "segundu", "tertzu", "quartu", "a pustis", "posca", "a s'ùrtimu",
                     "a s’ùrtimu", "in fines", "pro agabbare"),
        "posted_by": ("iscritu dae", "iscrita dae", "publicadu dae", "pubblicadu dae"),
        "rights_reserved": ("totu sos deretos riservados", "totu sos deretos resservados"),
        "ingredients": ("ingredientes",),
        "serve": ("serbire", "serbide"),
        "writer_label": ("autore", "autora", "iscritore"),
        "meta_label": ("categoria", "etichetas", "cumpartzi", "cummentos"),
        "share": ("cumpartzi",),
        "published": ("publicadu", "pubblicadu", "agiornadu"),
        "counter": ("cussìgiu", "passu"),
        "permission": ("cun su permissu de", "cun su permissu"),
        "holder": ("autore", "autora", "editore"),
        "by": ("iscritu dae",),  # (the bare "dae" opens a Korean name too: "Dae Jung Park")
        "text_noun": ("artìculu", "articulu", "testu"),
        "may": ("podides", "podes", "si podet"),
        "reuse": ("publicare torra", "torrare a publicare", "cupiare"),
        "issue": ("custu nùmeru",),
        # (no "not", petzi and isceti "only", chene "without", proibidu "forbidden")
        "limits": ("no", "nono", "petzi", "isceti", "chene", "proibidu"),
        "desk": ("sa redatzione",),
        "comments": ("cummentos", "cummentu"),
        # (Logudorese's, but eight and nine as Campidanese and Nuorese write them, "otu" and "nobe": "oto" opens a
        # Polish title ("Oto …", here is), "noe" is Norwegian "something")
        "numbers": ("duos", "tres", "bator", "chimbe", "ses", "sete", "otu", "nobe", "deghe"),
        "tips": ("cussìgios", "cussigios"),
        "sign_in": ("intra", "bessi", "registra·ti"),
        "read_also": ("leghe puru",),
        # (a board's member stats: "Messàgios: 12", "Registradu: DATE")
        "member_posts": ("messàgios", "messagios"),
        "member_joined": ("registradu", "registrada"),
        # (the label a board sets over the answer its asker chose: "chosen answer")
        "accepted_answer": ("risposta sèberada", "risposta seberada"),
        # (tziu and tzia, uncle and aunt, before an elder's name as a courtesy)
        "kinship": ("tziu", "tzia"),
        "weekdays": ("lunis", "martis", "mércuris", "giòbia", "chenàbura", "sàbadu", "domìnigu"),
        "months": ("ghennàrgiu", "freàrgiu", "martzu", "abrile", "maju", "làmpadas", "trìulas", "austu", "cabudanni",
                   "santugaine", "santandria", "nadale"),
    },
    # (Dzongkha, in the Tibetan script as Tibetan (bo) is: phrases with their tshegs; Dzongkha's own words where they
    # part from Tibetan's: "འབད" (do) for "བྱས", "-མི" (the one who) for "-མཁན")
    "dz": {
        "licence_noun": ("ཆོག་ཐམ",),
        "sequence": ("དང་པ", "དང་པ་ར", "གཉིས་པ", "གསུམ་པ", "དེ་ལས", "དེ་གི་ཤུལ་ལས", "མཇུག་ར"),
        "posted_by": ("རྩོམ་པ་པོ", "འབྲི་མི", "རྩོམ་འབྲི་མི"),
        # (approximate: Tibetan's formula with Dzongkha's "འབད")
        "rights_reserved": ("ཐོབ་དབང་ཡོངས་རྫོགས་ཉར་ཚགས་འབད་ཡོད", "དབང་ཆ་ཡོངས་རྫོགས་ཉར་ཚགས་འབད་ཡོད"),
        "ingredients": ("དགོས་མཁོ་ཡོད་པའི་རྒྱུ་ཆ", "རྒྱུ་ཆ"),
        "serve": ("བཞེས་གནང",),
        "writer_label": ("རྩོམ་པ་པོ", "འབྲི་མི", "ནང་དོན་འབྱུང་ཁུངས"),  # (the last: content source, an office's page)
        "meta_label": ("སྡེ་ཚན", "བསམ་འཆར", "བརྗེ་སོར"),
        "share": ("བརྗེ་སོར",),
        "published": ("དཔར་བསྐྲུན", "བསྐྱར་བཟོ"),
        "counter": ("གོ་རིམ", "བསླབ་བྱ"),
        "permission": ("ཆོག་མཆན་ཐོག", "གནང་བ་ཐོག"),
        "holder": ("རྩོམ་པ་པོ", "དཔར་བསྐྲུན་པ", "རྩོམ་སྒྲིག་པ"),
        "by": ("རྩོམ་པ་པོ",),
        "text_noun": ("ནང་དོན", "ཡིག་ཆ", "རྩོམ་ཡིག"),
        # (ཆོག, "may", closes the verb it lets, as in Tibetan)
        "may": ("ཆོག",),
        "reuse": ("བསྐྱར་དཔར", "འདྲ་བཤུས"),  # (print again, copy: never "ལག་ལེན", use, which a licence's terms say)
        "issue": ("དེབ་འདི",),
        # (མི་ཆོག "may not", མེན "is not", མེད་པར "without", རྐྱངམ་ཅིག "only", བཀག་ཆ "forbidden")
        "limits": ("མི་ཆོག", "མེན", "མེད་པར", "རྐྱངམ་ཅིག", "བཀག་ཆ"),
        "desk": ("རྩོམ་སྒྲིག་སྡེ་ཚན",),
        "comments": ("བསམ་འཆར",),
        "numbers": ("གཉིས", "གསུམ", "བཞི", "ལྔ", "དྲུག", "བདུན", "བརྒྱད", "དགུ", "བཅུ"),
        "tips": ("བསླབ་བྱ", "ཐབས་ལམ"),
        "sign_in": ("ནང་འཛུལ",),
        "read_also": ("འབྲེལ་ཡོད་རྩོམ་ཡིག", "འབྲེལ་ཡོད་ནང་དོན"),
        "weekdays": ("གཟའ་ཟླཝ", "གཟའ་མིག་དམར", "གཟའ་ལྷག་པ", "གཟའ་ཕུར་བུ", "གཟའ་པ་སངས", "གཟའ་སྤེན་པ", "གཟའ་ཉི་མ"),
    },
    "sah": {
        # (Sakha (Yakut), Cyrillic with ҕ ҥ ө һ ү: "бастакытынан" first, "онтон" then, "бүтэһигэр" at last)
        "sequence": ("бастакытынан", "иккиһинэн", "үсүһүнэн", "онтон", "салгыы", "бүтэһигэр", "түмүгэр"),
        "posted_by": ("суруйда", "суруйбут"),
        # (быраап "right", көмүскэнэр "is protected": approximate, no page seen)
        "rights_reserved": ("бары бырааптар көмүскэнэллэр", "бары быраап көмүскэнэр"),
        "ingredients": ("наада бородуукталар",),
        "serve": ("остуолга таһаар",),
        "writer_label": ("ааптар", "суруйда", "суруйааччы"),
        "meta_label": ("бэлиэлэр", "үллэстиҥ", "санаалар"),
        "tags": ("бэлиэлэр",),
        "share": ("үллэстиҥ", "үллэс"),
        "published": ("бэчээттэннэ", "таҕыста"),
        "counter": ("сүбэ", "хардыы"),
        "permission": ("көҥүлүнэн",),
        "holder": ("ааптар", "суруйааччы", "редакция"),
        "by": ("ааптар",),
        "text_noun": ("матырыйаал", "ыстатыйа", "суруйуу"),
        # (сөп "it is possible", after a verb's participle: "бэчээттиэххитин сөп", you may print; көҥүллэнэр "it is
        # allowed")
        "may": ("сөп", "көҥүллэнэр"),
        "reuse": ("бэчээттиэ", "хатылаан бэчээттээ", "копиялаа"),
        "issue": ("бу нүөмэр", "бу таһаарыы"),
        # (суох "no, without", буолбатах "is not" ("сөп буолбатах", may not), бобуллар "is forbidden", эрэ "only")
        "limits": ("суох", "буолбатах", "бобуллар", "эрэ"),
        "desk": ("редакция",),
        "comments": ("санаалар", "санаа"),
        "numbers": ("икки", "үс", "түөрт", "биэс", "алта", "сэттэ", "аҕыс", "тоҕус", "уон"),
        "tips": ("сүбэ", "сүбэлэр"),
        "sign_in": ("киир", "тахс", "бэлиэтэн"),
        "read_also": ("ааҕыҥ эмиэ", "эмиэ ааҕыҥ", "атын сонуннар"),
        "weekdays": ("бэнидиэнньик", "оптуорунньук", "сэрэдэ", "чэппиэр", "бээтинсэ", "субуота", "баскыһыанньа"),
        "months": ("тохсунньу", "олунньу", "кулун тутар", "муус устар", "ыам ыйа", "бэс ыйа", "от ыйа",
                   "атырдьах ыйа", "балаҕан ыйа", "алтынньы", "сэтинньи", "ахсынньы"),
    },
    "se": {
        # (Northern Sami: "vuosttažettiin" first of all, "nuppádassii" secondly, "dasto" then, "das maŋŋil" after
        # that, "loahpas" at last)
        "sequence": ("vuosttažettiin", "vuos", "nuppádassii", "goalmmádassii", "dasto", "das maŋŋil", "loahpas",
                     "maŋimužžan"),
        "posted_by": ("čálii", "lea čállán", "almmuhii"),  # (wrote, has written, published)
        "rights_reserved": ("buot vuoigatvuođat várrejuvvon", "buot vuoigatvuođat leat várrejuvvon"),
        "ingredients": ("ávdnasat",),
        "serve": ("buorre borranmiella",),  # (bon appetit: approximate)
        "writer_label": ("čálli", "čállit", "teaksta"),
        "meta_label": ("fáddágilkorat", "gilkorat", "juoge", "lohkanáigi", "kommeanttat"),
        "tags": ("fáddágilkorat", "gilkorat"),
        "share": ("juoge",),
        "published": ("almmuhuvvon", "ođasmahttojuvvon"),
        "counter": ("ráva", "lávki"),  # (advice, step)
        "permission": ("čálli lobiin", "lobiin"),
        "holder": ("čálli", "almmuheaddji", "doaimmaheaddji"),
        "by": ("čálli",),
        "text_noun": ("čála", "artihkal", "teaksta"),
        "may": ("sáhtát", "sáhttibehtet", "lea lohpi"),
        # (publish again, copy: never "juohkit", share, which a Creative Commons line says of its terms)
        "reuse": ("almmuhit ođđasit", "máŋget", "máŋggo"),
        "issue": ("dán nummiris", "dát nummir"),
        # (ii, eai, it "not" (the negation verb's forms), ale "do not", dušše "only", haga "without", gildojuvvon
        # "forbidden")
        "limits": ("ii", "eai", "it", "ale", "dušše", "haga", "gildojuvvon"),
        "desk": ("doaimmahus",),
        "comments": ("kommeantta", "kommeanttat", "kommeanta"),
        "numbers": ("guokte", "golbma", "njeallje", "vihtta", "guhtta", "čieža", "gávcci", "ovcci", "logi"),
        "tips": ("ráva", "rávvagat", "rávvagiid"),
        "sign_in": ("čálit sisa", "čálit olggos"),  # (approximate: log in, log out)
        "read_also": ("loga maid", "loga vel"),
        "licence_noun": ("liseans",),
        "weekdays": ("vuossárga", "maŋŋebárga", "gaskavahkku", "duorastat", "bearjadat", "lávvardat", "sotnabeaivi"),
        "months": ("ođđajagemánnu", "guovvamánnu", "njukčamánnu", "cuoŋománnu", "miessemánnu", "geassemánnu",
                   "suoidnemánnu", "borgemánnu", "čakčamánnu", "golggotmánnu", "skábmamánnu", "juovlamánnu"),
    },
    "rm": {
        # (Romansh, Rumantsch Grischun: "emprimamain" firstly, "silsuenter" afterwards, "finalmain" at last; never the
        # bare "lura", then, which a closing heading opens with: "E lura: …")
        "sequence": ("emprimamain", "sco emprim", "segundo", "silsuenter", "suenter quai", "finalmain", "per finir"),
        "posted_by": ("scrit da", "scritta da", "publitgà da", "publitgada da"),
        "rights_reserved": ("tuts dretgs reservads", "tut ils dretgs reservads"),
        "ingredients": ("ingredienzas",),
        "serve": ("servir", "bun appetit"),
        "writer_label": ("autur", "autura", "text"),
        "meta_label": ("categorias", "parta", "commentaris", "tags"),
        "share": ("parta", "cundivida"),
        "published": ("publitgà", "publitgada", "actualisà"),
        "counter": ("cussegl", "pass"),
        "permission": ("cun lubientscha da", "cun la lubientscha da", "cun lubientscha"),
        "holder": ("autur", "autura", "editur"),
        # ("da NAME", by: as Italian's, read where a line opens with it in lower case before a full name only)
        "by": ("da",),
        "text_noun": ("artitgel", "texts", "text", "contribuziun"),
        "may": ("dastgais", "dastgas", "dastgan", "dastga"),
        "reuse": ("publitgar danovamain", "reproduc", "copiar"),
        "issue": ("quest numer", "questa ediziun"),
        # (betg and na "not", mo "only", senza "without", scumandà "forbidden")
        "limits": ("betg", "na", "mo", "senza", "scumandà"),
        "desk": ("redacziun",),
        "comments": ("commentaris", "commentari"),
        # (nine as Vallader writes it, "nouv": "Nov" opens a Slovene title (new) and an English date (November))
        "numbers": ("dus", "trais", "quatter", "tschintg", "sis", "set", "otg", "nouv", "diesch"),
        "tips": ("cussegls", "cussegl"),
        "sign_in": ("s'annunziar", "s’annunziar"),
        "read_also": ("era interessant", "legia era"),
        "weekdays": ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda", "dumengia"),
        "months": ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust", "settember",
                   "october", "november", "december"),
    },
    "gn": {
        # (Guarani: the ordinals "peteĩha" first, "mokõiha" second, … (number + -ha), "upéi" then, "ipahápe" at last;
        # the ordinals open a point before a colon alone ("Peteĩha: …") or after a counter)
        "ordinals": ("peteĩha", "mokõiha", "mbohapyha", "irundyha", "poha", "poteĩha", "pokõiha", "poapyha",
                     "porundyha", "paha"),
        "sequence": ("peteĩha", "mokõiha", "mbohapyha", "irundyha", "poha", "upéi", "upéi rire", "ipahápe"),
        "posted_by": ("ohai", "ohaiva'ekue", "ohaiva’ekue"),  # (wrote, the one who wrote)
        # (derécho "right", opaite "all", oñeñongatu "is kept", either order)
        "rights_reserved": ("oñeñongatu opaite derécho", "opaite derécho oñeñongatu"),
        "ingredients": ("mba'e oñeikotevẽva", "mba’e oñeikotevẽva"),  # (the things needed: approximate)
        "serve": ("tereho'u porã", "tereho’u porã"),  # (eat well: approximate)
        "writer_label": ("ohai", "haihára", "ohaíva"),
        "meta_label": ("emoherakuã",),
        "share": ("emoherakuã",),
        # (never "ojehai", it was written, though a date line opens with it: "Ojehai: 17/01/2026" read as the
        # post's date under its byline took the column's standing line below it for the title, round 27)
        "published": ("oñemoherakuã",),
        "counter": ("ñemoñe'ẽ", "ñemoñe’ẽ"),  # (counsel: approximate)
        "permission": ("ñemoneĩ reheve", "imoneĩ reheve"),  # (with the consent: approximate)
        "holder": ("haihára", "tembiapo jára"),
        "by": ("ohai",),
        "text_noun": ("jehaipyre", "ojehaíva", "kuatia"),
        "may": ("ikatu", "ikatúta"),
        "reuse": ("ojeguenohẽ jey", "eguenohẽ jey", "ojehai jey"),  # (put out again, written again)
        "issue": ("ko kuatia",),
        # (ndaikatúi "one cannot", ani "do not", mante and año "only", ndaha'éi "is not")
        "limits": ("ndaikatúi", "ndaikatui", "ani", "mante", "año", "ndaha'éi", "ndaha’éi"),
        "desk": ("haihára aty",),
        "comments": ("ñe'ẽ", "ñe’ẽ"),
        # (ten, "pa", is no other row's word; five, "po", is Polish "after" and is left out by number_words)
        "numbers": ("mokõi", "mbohapy", "irundy", "po", "poteĩ", "pokõi", "poapy", "porundy", "pa"),
        "tips": ("ñemoñe'ẽ", "ñemoñe’ẽ"),
        "sign_in": ("eike",),
        # (Kuñakarai "madam, Mrs", Karai "sir, Mr": courtesies before a grown person's name)
        "honorifics": ("kuñakarai", "karai"),
        "weekdays": ("arateĩ", "arakõi", "araapy", "ararundy", "arapo", "arapoteĩ", "arapokõi"),
        "months": ("jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ", "jasypokõi", "jasypoapy",
                   "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi"),
    },
    "nv": {
        # (Navajo, its glottal stop written with the apostrophe (pages write ' or ’) and its nasal hooks: "ałtsé"
        # first, "áádóó" and then, "índa" then. The words of the kinds below the numbers are approximate: Navajo
        # pages seen write their site chrome in English)
        "sequence": ("ałtsé", "t'áá ałtsé", "áádóó", "índa", "áádóó índa"),
        "posted_by": ("ayííłtʼeʼ", "yíchʼį́ʼ ííłʼį́"),  # (approximate)
        "rights_reserved": ("t'áá ałtso bee haz'ą́ bá ńdaah", ),  # (approximate)
        "ingredients": ("bee ádoolníłígíí",),
        "serve": ("ayą́",),  # (eat!)
        "writer_label": ("naaltsoos ííł'íní", "ííł'íní"),  # (the writer: approximate)
        "meta_label": ("hane' bee ałhił",),
        "published": ("ha'ninítą́",),
        "counter": ("bee nitsáhákees",),  # (approximate: counsel)
        "permission": ("bił yá'át'ééh níigo",),  # (approximate: with leave)
        "holder": ("ííł'íní",),
        "by": ("ííł'íní",),
        "text_noun": ("naaltsoos", "hane'"),
        "may": ("bee ííníł'į́į́ dooleeł",),
        "reuse": ("ánáánídlééh",),
        "issue": ("díí naaltsoos",),
        # (doo … da "not", t'óó "only, just": the negation's frame opens with "doo")
        "limits": ("doo", "t'óó"),
        "desk": ("naaltsoos ííł'ínígíí",),
        "comments": ("nihaa hane'",),
        "numbers": ("naaki", "táá'", "dį́į́'", "ashdla'", "hastą́ą́", "tsosts'id", "tseebíí", "náhást'éí", "neeznáá"),
        "tips": ("bee nitsáhákees",),
        "sign_in": ("yah aninááh",),
        # (Hastiin "Mr", Asdzą́ą́ "Mrs": courtesies before a grown person's name)
        "honorifics": ("hastiin", "asdzą́ą́"),
        "months": ("yas niłt'ees", "atsá biyáázh", "wóózhch'į́į́d", "t'ą́ą́chil", "t'ą́ą́tsoh", "ya'iishjááshchilí",
                   "ya'iishjáástsoh", "bini'ant'ą́ą́ts'ózí", "bini'ant'ą́ą́tsoh", "ghąąjį'", "níłch'its'ósí",
                   "níłch'itsoh"),
    },
    "os": {
        # (Ossetian (Iron), Cyrillic with æ, written as pages write it with the Latin letter U+00E6: "фыццаг" first,
        # "стæй" then, "уый фæстæ" after that, "кæронбæттæны" to conclude)
        "sequence": ("фыццаджыдæр", "фыццаг", "дыккаг", "æртыккаг", "стæй", "уый фæстæ", "кæронбæттæны"),
        "posted_by": ("ныффыста", "ныффыстой"),  # (wrote: she, he; they)
        # (бартæ "rights", хъахъхъæд "kept": approximate, no page seen)
        "rights_reserved": ("æппæт бартæ хъахъхъæд сты", "æппæт бартæ хъахъхъæд"),
        "ingredients": ("хæйттæ",),
        "serve": ("хорзæй бахæрут",),
        "writer_label": ("автор", "фыссæг"),
        "meta_label": ("тегтæ", "категори"),
        "tags": ("тегтæ",),
        "share": ("байуар",),
        "published": ("рауагъд", "ныммыхуыр"),
        "counter": ("уынаффæ", "къахдзæф"),  # (advice, step)
        "permission": ("автормæ бар", "барæй"),
        "holder": ("автор", "фыссæг", "рауадзæг"),
        "by": ("автор",),
        "text_noun": ("уац", "текст", "ныффыст"),
        "may": ("дæ бон у", "уæ бон у", "гæнæн ис"),
        "reuse": ("ногæй мыхуыр", "рафыссын"),  # (print anew, copy)
        "issue": ("ацы номыр",),
        # (нæ "not", ма "do not", æрмæст "only", æнæ "without")
        "limits": ("нæ", "ма", "æрмæст", "æнæ"),
        "desk": ("редакци",),
        "comments": ("хъуыдытæ", "комментаритæ"),
        "numbers": ("дыууæ", "æртæ", "цыппар", "фондз", "æхсæз", "авд", "аст", "фараст", "дæс"),
        "tips": ("уынаффæтæ", "фæдзæхстытæ"),
        "sign_in": ("бахиз", "ныффыс дæхи"),  # (enter, write yourself in)
    },
    "fj": {
        # (Fijian, the standard (Bauan) spelling: "taumada" first, "imatai" the first, "oti oqo" after this, "kena
        # itinitini" at last)
        "sequence": ("taumada", "imatai", "ikarua", "ikatolu", "oti oqo", "kena itinitini"),
        # ("Vola ko NAME", written by: "ko" heads a person's name)
        "posted_by": ("vola ko", "volai ko", "e vola ko", "vola o"),
        "rights_reserved": ("maroroi na dodonu kece", "na dodonu kece e maroroi"),  # (approximate)
        "ingredients": ("iyaya",),
        "serve": ("kana vinaka",),
        "writer_label": ("dauvola",),
        "meta_label": ("wasea",),
        "share": ("wasea",),
        "published": ("tabaki", "vakatabakitaki"),
        "counter": ("ivakasala", "ikalawa"),  # (advice, step)
        "permission": ("ena veivakadonui ni", "veivakadonui"),
        "holder": ("dauvola", "dautabaki", "etita"),
        "by": ("vola ko",),
        "text_noun": ("itukutuku", "ivola", "italanoa"),
        "may": ("e rawa ni", "rawa ni"),
        "reuse": ("tabaki tale", "tabaka tale", "vakatabakitaki tale", "kopitaka"),  # (printed again, copy)
        "issue": ("naba oqo", "na naba oqo"),
        # (sega ni rawa "cannot", kakua "do not", tabu "forbidden", duadua ga "only"; never the bare "sega", which a
        # grant's terms say: "kevaka e sega ni veisautaki", if it is not altered)
        "limits": ("sega ni rawa", "kakua", "tabu", "vakatabui", "duadua ga"),
        "desk": ("na etita",),
        "comments": ("vakasama",),
        # (four as dictionaries write it, "vā": the bare "va" opens a Spanish title, "Va a …")
        "numbers": ("rua", "tolu", "vā", "lima", "ono", "vitu", "walu", "ciwa", "tini"),
        "tips": ("ivakasala",),
        "sign_in": ("curu",),
        "issue_contents": ("ena naba oqo",),
        # (Adi, Ratu: the chiefly titles before a woman's and a man's name; "Adi" is a given name in Indonesia and
        # India, so it goes only on a page in Fijian: attribution.KIN_WORD_ROWS)
        "honorifics": ("adi", "ratu"),
        "weekdays": ("moniti", "tusiti", "vukelulu", "lotulevu", "vakaraubuka", "vakarauwai", "sigatabu"),
        # (May, "Me", is left out: the English word, before a number)
        "months": ("janueri", "feperueri", "maji", "epereli", "june", "julai", "okosita", "seviteba", "okotova",
                   "noveba", "tiseba"),
    },
    "mni": {
        # (Manipuri in Meitei Mayek: "ꯑꯍꯥꯅꯕꯗ" first, "ꯑꯅꯤꯁꯨꯕꯗ" second, "ꯃꯇꯨꯡꯗ" after, "ꯑꯔꯣꯏꯕꯗ" at last; the
        # sentence ends at the cheikhei "꯫" (SCRIPT_FULL_STOPS), digits ꯰-꯹ are Unicode's. The words of the kinds
        # below the numbers are approximate)
        "sequence": ("ꯑꯍꯥꯅꯕꯗ", "ꯑꯅꯤꯁꯨꯕꯗ", "ꯑꯍꯨꯝꯁꯨꯕꯗ", "ꯃꯇꯨꯡꯗ", "ꯑꯔꯣꯏꯕꯗ"),
        "posted_by": ("ꯏꯔꯝꯕꯥ", "ꯏꯔꯝꯕ"),  # (the one who wrote)
        "rights_reserved": ("ꯍꯛ ꯄꯨꯝꯅꯃꯛ ꯉꯥꯀꯄꯤꯔꯦ",),
        "ingredients": ("ꯄꯣꯠꯂꯝ",),
        "serve": ("ꯆꯥꯕꯤꯌꯨ",),
        "writer_label": ("ꯏꯔꯤꯕꯥ", "ꯏꯔꯤꯕ"),  # (writer)
        "meta_label": ("ꯇꯦꯒ", "ꯁꯦꯌꯥꯔ ꯇꯧꯕꯤꯌꯨ"),
        "tags": ("ꯇꯦꯒ",),
        "share": ("ꯁꯦꯌꯥꯔ ꯇꯧꯕꯤꯌꯨ",),
        "published": ("ꯐꯣꯡꯗꯣꯀꯈꯤ",),
        "counter": ("ꯈꯣꯡꯊꯥꯡ", "ꯄꯥꯎꯇꯥꯛ"),  # (step, advice)
        "permission": ("ꯑꯌꯥꯕꯥ ꯂꯧꯗꯨꯅꯥ",),
        "holder": ("ꯏꯔꯤꯕꯥ", "ꯐꯣꯡꯗꯣꯛꯄꯥ"),
        "by": ("ꯏꯔꯤꯕꯥ",),
        "text_noun": ("ꯑꯔꯤꯕꯥ ꯋꯥ", "ꯏꯔꯤꯕꯁꯤꯡ"),
        "may": ("ꯌꯥꯏ",),
        "reuse": ("ꯑꯃꯨꯛ ꯍꯟꯅ ꯐꯣꯡꯗꯣꯛ", "ꯀꯣꯄꯤ"),
        "issue": ("ꯃꯁꯤꯒꯤ ꯁꯪꯒꯣꯝ",),
        "limits": ("ꯅꯠꯇꯦ", "ꯌꯥꯔꯣꯏ", "ꯈꯛꯇ"),  # (is not, cannot, only)
        "desk": ("ꯁꯝꯕꯥꯗꯀ",),
        "comments": ("ꯋꯥꯈꯜ",),
        "numbers": ("ꯑꯅꯤ", "ꯑꯍꯨꯝ", "ꯃꯔꯤ", "ꯃꯉꯥ", "ꯇꯔꯨꯛ", "ꯇꯔꯦꯠ", "ꯅꯤꯄꯥꯜ", "ꯃꯥꯄꯜ", "ꯇꯔꯥ"),
        "tips": ("ꯄꯥꯎꯇꯥꯛ",),
        "sign_in": ("ꯂꯣꯒ ꯏꯟ",),
        # (the Meitei lunar months, Wakching to Poinu: a date names them as the Gregorian months)
        "months": ("ꯋꯥꯛꯆꯤꯡ", "ꯐꯥꯏꯔꯦꯜ", "ꯂꯝꯇꯥ", "ꯁꯖꯤꯕꯨ", "ꯀꯥꯂꯦꯟ", "ꯏꯉꯥ", "ꯏꯉꯦꯟ", "ꯊꯧꯋꯥꯟ", "ꯂꯥꯡꯕꯟ", "ꯃꯦꯔꯥ",
                   "ꯍꯤꯌꯥꯡꯀꯩ", "ꯄꯣꯢꯅꯨ"),
    },
    "aii": {
        # (Assyrian Neo-Aramaic in the Syriac script, right to left in its stored order: "ܩܕܡܝܐ" first, "ܡܢ ܒܬܪ
        # ܗܕܐ" after this, "ܒܚܪܬܐ" at last. "Of" is the proclitic ܕ glued to the next word ("ܕܟܬܘܒܬܐ", of the
        # writer): a holder and an honorific after "of" are listed with it. The plural's dots (seyame, U+0308) are
        # written by some pages and not by others: the words are listed both ways where they take them)
        "sequence": ("ܩܕܡܝܐ", "ܩܕܡܝܬ", "ܬܪܝܢܐ", "ܡܢ ܒܬܪ ܗܕܐ", "ܒܚܪܬܐ"),
        "posted_by": ("ܟܬܝܒܬܐ ܒܐܝܕܐ", "ܟܬܝܒܐ ܒܐܝܕܐ"),  # (written (f., m.) by the hand of)
        "rights_reserved": ("ܟܠ ܙܕܩ̈ܐ ܢܛܝܪܝܢ", "ܟܠ ܙܕܩܐ ܢܛܝܪܝܢ"),
        "ingredients": ("ܡܢܘܬ̈ܐ", "ܡܢܘܬܐ"),
        "serve": ("ܒܣܝܡܘܬܐ",),
        "writer_label": ("ܟܬܘܒܐ", "ܟܬܘܒܬܐ"),
        "meta_label": ("ܦܠܘܓ", "ܩܪܝܢܐ"),
        "share": ("ܦܠܘܓ",),
        "published": ("ܦܪܝܣܐ", "ܦܪܝܣܬܐ"),
        "first_published": ("ܠܘܩܕܡ",),
        "counter": ("ܡܠܦܢܘܬܐ", "ܕܪܓܐ"),
        "permission": ("ܒܐܦܣܐ",),  # (with the leave (of))
        "holder": ("ܟܬܘܒ", "ܕܟܬܘܒ", "ܡܓܠܬ", "ܕܡܓܠܬ", "ܡܦܪܣܡܢ", "ܕܡܦܪܣܡܢ"),
        "by": ("ܒܐܝܕܐ",),
        "text_noun": ("ܡܩܠܐ", "ܡܩܠ̈ܐ", "ܟܬܒܬܐ"),
        "may": ("ܡܨܝܬ", "ܡܨܝܬܘܢ"),  # (you can, you (all) can)
        "reuse": ("ܦܪܣܡ ܬܘܒ", "ܬܘܒ ܦܪܣܡ", "ܫܩܘܠ ܨܘܪܬܐ"),  # (publish again, take a copy: approximate)
        "issue": ("ܓܠܝܘܢܐ ܗܢܐ",),
        # (ܠܐ "not", ܒܠܚܘܕ "only", ܕܠܐ "without", ܐܣܝܪ "forbidden")
        "limits": ("ܠܐ", "ܒܠܚܘܕ", "ܕܠܐ", "ܐܣܝܪ"),
        "desk": ("ܡܛܟܣܢܘܬܐ",),
        "comments": ("ܦܘܢܝ̈ܐ", "ܦܘܢܝܐ"),
        "numbers": ("ܬܪܝܢ", "ܬܠܬܐ", "ܐܪܒܥܐ", "ܚܡܫܐ", "ܫܬܐ", "ܫܒܥܐ", "ܬܡܢܝܐ", "ܬܫܥܐ", "ܥܣܪܐ"),
        "tips": ("ܡܠܦܢܘܝ̈ܬܐ", "ܡܠܦܢܘܝܬܐ"),
        "sign_in": ("ܥܘܠ",),
        "read_also": ("ܩܪܝ ܐܦ",),
        "warnings": ("ܙܘܗܪܐ",),
        # (ܪܒܝ "teacher", ܡܪܝ "Mar", ܩܫܝܫܐ "priest"; and ܪܒܝ after the proclitic "of", ܕܪܒܝ)
        "honorifics": ("ܪܒܝ", "ܕܪܒܝ", "ܡܪܝ", "ܩܫܝܫܐ"),
        "months": ("ܟܢܘܢ ܐܚܪܝܐ", "ܫܒܛ", "ܐܕܪ", "ܢܝܣܢ", "ܐܝܪ", "ܚܙܝܪܢ", "ܬܡܘܙ", "ܐܒ", "ܐܝܠܘܠ", "ܬܫܪܝܢ ܩܕܡܝܐ",
                   "ܬܫܪܝܢ ܐܚܪܝܐ", "ܟܢܘܢ ܩܕܡܝܐ"),
    },
    "tpi": {
        # (Tok Pisin, the English-based creole of Papua New Guinea, Latin letters: "pastaim" first, "namba tu"
        # second, "bihain" after, "long pinis" at the end; the counting adjectives take "-pela" ("tripela", three),
        # which keeps them off English words. A credit says who wrote it as "raitim bilong NAME" or "NAME i raitim")
        "sequence": ("pastaim", "namba wan", "namba tu", "namba tri", "bihain long en", "long pinis", "las tru"),
        "posted_by": ("raitim bilong", "raitim long", "i raitim", "em i raitim"),
        "rights_reserved": ("olgeta rait i stap", "olgeta rait i lok"),  # (approximate: no standard formula)
        "ingredients": ("ol samting yu nidim",),
        "serve": ("kaikai gut",),
        # (never "raita", writer, alone: a label before a colon, and an English recipe's dish, "Raita: cucumber ...")
        "writer_label": ("man i raitim", "meri i raitim", "raita bilong stori"),
        "meta_label": ("ol tag", "serim"),
        "share": ("serim",),
        "published": ("postim long", "ol i putim long"),
        "counter": ("tingting", "step"),
        "permission": ("wantaim orait bilong", "long orait bilong"),  # (with the leave (OK) of)
        "holder": ("man i raitim", "meri i raitim", "raita bilong"),
        "by": ("raitim",),
        "text_noun": ("stori", "atikol", "tok bilong"),
        "may": ("yu ken", "yupela i ken", "inap long"),
        "reuse": ("prinim gen", "putim gen", "kopim", "prinim"),  # (print again, put again, copy, print)
        "issue": ("dispela nius", "dispela pepa"),
        # (no "not", nogat "none", no ken "may not", tasol "only; but")
        "limits": ("no", "nogat", "no ken", "tasol"),
        "desk": ("ol edita",),
        "comments": ("toktok", "ol toktok"),
        "numbers": ("tupela", "tripela", "fopela", "faivpela", "sikispela", "sevenpela", "etpela", "nainpela",
                    "tenpela"),
        "tips": ("tingting", "tok save"),
        "sign_in": ("go insait", "kam insait"),  # (approximate: log in)
        "honorifics": ("mista", "misis", "dokta", "sista"),
        "weekdays": ("mande", "tunde", "trinde", "fonde", "fraide", "sarere", "sande"),
        # (June, "Jun", is English's own abbreviation, read as English's: dates.MONTH_STEMS)
        "months": ("janueri", "februeri", "mas", "epril", "me", "julai", "ogas", "septemba", "oktoba", "novemba",
                   "disemba"),
    },
    "bm": {
        # (Bambara, Latin with ɛ ɔ ɲ ŋ: "fɔlɔ" first, "a filanan" the second, "o kɔfɛ" after that, "laban na" at
        # last. Bambara negates with its predicative markers ("tɛ" is not, "ma" did not, "kana" must not): "ma" is left
        # out of the limits, a grant's own term states the text unchanged with it, and a refusal of leave is "tɛ se
        # ka", which the leave word "bɛ se ka" never matches)
        "sequence": ("fɔlɔ", "a fɔlɔ", "a filanan", "a sabanan", "o kɔfɛ", "o tuma", "laban na"),
        "posted_by": ("a sɛbɛnna", "sɛbɛnnen", "sɛbɛnbaga"),  # (it was written; written; the writer)
        # (josariya, "right", plural and kept all: approximate, no page seen but the formula's own words)
        "rights_reserved": ("josariyaw bɛɛ mara", "josariya bɛɛ mara"),
        "ingredients": ("a kɛminɛnw",),  # (approximate: its making's things)
        "serve": ("dumuni diya",),  # (approximate)
        "writer_label": ("sɛbɛnnikɛla", "sɛbɛnbaga"),  # (writer)
        "meta_label": ("jɛnsɛn", "kalanni"),  # (spread (share), reading (views))
        "share": ("jɛnsɛn",),
        "published": ("a bɔra", "labɔra", "bɔlen"),
        "counter": ("ladilikan",),  # (advice)
        "permission": ("yamaruya la", "ni yamaruya ye"),  # (by the leave; with the leave)
        "holder": ("sɛbɛnnikɛla", "sɛbɛnbaga", "labɔbaga"),
        "by": ("sɛbɛnnikɛla",),
        "text_noun": ("sɛbɛn", "kunnafoni"),  # (writing, article; news)
        "may": ("bɛ se ka", "i bɛ se ka", "aw bɛ se ka"),  # (can, you can, you (all) can)
        "reuse": ("labɔ", "bɔ kokura"),  # (bring out (publish), bring out anew: never "bila", put, Indonesian "if")
        "issue": ("nin kunnafonisɛbɛn", "nin kunnafonisɛbɛn in"),
        # (tɛ "is not", kana "must not", dɔrɔn "only", tɛ se "cannot")
        "limits": ("tɛ", "kana", "dɔrɔn", "tɛ se"),
        "desk": ("sɛbɛnjɛkulu",),  # (approximate: the writing group)
        "comments": ("hakilinaw", "jaabiw"),  # (opinions, answers)
        "numbers": ("fila", "saba", "naani", "duuru", "wɔɔrɔ", "wolonwula", "seegin", "kɔnɔntɔn", "tan"),
        "tips": ("ladilikan", "laadilikan"),
        "sign_in": ("i tɔgɔ sɛbɛn", "don a kɔnɔ"),  # (approximate: write your name, enter)
        "honorifics": ("dɔgɔtɔrɔ", "karamɔgɔ"),  # (doctor, teacher)
        "weekdays": ("ntɛnɛ", "tarata", "araba", "alamisa", "juma", "sibiri", "kari"),
        "months": ("zanwuyekalo", "feburuyekalo", "marisikalo", "awirilikalo", "mɛkalo", "zuwɛnkalo", "zuluyekalo",
                   "utikalo", "sɛtanburukalo", "ɔkutɔburukalo", "nowanburukalo", "desanburukalo"),
    },
    "csb": {
        # (Kashubian, Latin with ã é ë ò ó ô ù ł ż: "pò pierszé" first, "pò drëgié" second, "pòtemù" then, "na
        # kùńc" at the end; close to Polish in its short words, apart in its spelling)
        "sequence": ("pò pierszé", "pò drëgié", "pò trzecé", "pòtemù", "pòtim", "na kùńc", "na slédno"),
        "posted_by": ("napisôł", "napisała", "òpùblikòwôł", "òpùblikòwała"),
        "rights_reserved": ("wszëtczé prawa zastrzeżoné", "wszëtczé prawa zastrzeżone"),
        "ingredients": ("skłôdniczi",),
        "serve": ("smacznégò",),
        "writer_label": ("autor", "pisôrz", "tekst"),
        "meta_label": ("kategòrëjô", "tadżi", "pòdzelë sã", "kòmentarze"),
        "tags": ("tadżi",),
        "share": ("pòdzelë sã",),
        "published": ("òpùblikòwóné", "aktualizacjô"),
        "counter": ("rada", "krok"),
        "permission": ("za zgòdą", "z przëzwòlenim"),
        "holder": ("autor", "wëdôwc", "redaktor"),
        "by": ("autor",),
        "text_noun": ("tekst", "artikel", "wpis"),
        "may": ("mòżesz", "mòżeta", "mòże bëc"),
        "reuse": ("kòpérow", "przedrëk", "pùblikòwac", "òpùblikòwac"),
        "issue": ("ten numer",),
        # (nie "not", le and blós "only", bez "without", zakôzóné "forbidden")
        "limits": ("nie", "le", "blós", "bez", "zakôzóné", "zakôzané"),
        "desk": ("redakcjô",),
        "comments": ("kòmentarze", "kòmentôrë"),
        "numbers": ("dwa", "trzë", "sztërë", "piãc", "szesc", "sétmë", "òsmë", "dzewiãc", "dzesãc"),
        "tips": ("radów", "rade", "radë"),
        "sign_in": ("wlogùjë sã", "zalogùjë sã"),  # (approximate)
        "weekdays": ("pòniedzôłk", "wtórk", "strzoda", "czwiôrtk", "piątk", "sobòta", "niedzela"),
        # (the month in the genitive a date writes: "3 gromicznika 2025")
        "months": ("stëcznika", "gromicznika", "strëmiannika", "łżëkwiôta", "maja", "czerwińca", "lëpińca", "zélnika",
                   "séwnika", "rujana", "smùtana", "gòdnika"),
    },
    "cr": {
        # (Plains Cree in Canadian syllabics, its final W written as the dot "ᐧ" after its syllable (ᑫᐧ); the sentence
        # ends at the syllabic full stop "᙮" (SCRIPT_FULL_STOPS). "ᓂᐢᑕᒼ" first, "ᒬᐢᑕᐢ" later, "ᐃᐢᑫᐧᔮᐨ" at last.
        # The words of the kinds below the numbers are approximate)
        "sequence": ("ᓂᐢᑕᒼ", "ᒬᐢᑕᐢ", "ᐃᐢᑫᐧᔮᐨ"),
        "posted_by": ("ᑳᒪᓯᓇᐦᐃᑫᐟ", "ᐁᒪᓯᓇᐦᐃᑫᐟ"),  # (the one who writes; writing)
        "rights_reserved": ("ᑲᐦᑭᔭᐤ ᑎᐯᔨᐦᒋᑫᐏᓇ ᑲᓇᐍᔨᐦᑕᒫᓂᐘᓇ",),
        "ingredients": ("ᐋᐸᒋᐦᒋᑲᓇ",),
        "serve": ("ᒦᒋᓱᐠ",),
        "writer_label": ("ᒪᓯᓇᐦᐃᑫᐤ", "ᒪᓯᓇᐦᐃᑫᐏᔨᓂᐤ"),
        "meta_label": ("ᐲᑭᐢᑫᐧᐏᓇ",),
        "published": ("ᒪᓯᓇᐦᐃᑲᑌᐤ",),
        "counter": ("ᑭᐢᑭᓄᐦᐊᒫᑐᐏᐣ",),
        "permission": ("ᐸᑭᑎᓇᒫᑐᐏᐣ",),
        "holder": ("ᒪᓯᓇᐦᐃᑫᐤ",),
        "by": ("ᒪᓯᓇᐦᐃᑫᐤ",),
        "text_noun": ("ᒪᓯᓇᐦᐃᑲ",),  # (masinahikan, a paper, a writing)
        "may": ("ᑭᑲᐢᑭᐦᑖᐣ",),
        "reuse": ("ᑮᐦᑖᐤ ᒪᓯᓇᐦ",),  # (write again)
        "issue": ("ᐆᒪ ᒪᓯᓇᐦᐃᑲᐣ",),
        "limits": ("ᓇᒨᔭ", "ᐁᑳ", "ᐱᑯ"),  # (not, not (in a clause), only)
        "desk": ("ᑳᐱᒥᐸᔨᐦᑖᑕᐧ",),
        "comments": ("ᐲᑭᐢᑫᐧᐏᓇ",),  # (words)
        "numbers": ("ᓃᓱ", "ᓂᐢᑐ", "ᓀᐓ", "ᓂᔮᓇᐣ", "ᓂᑯᑗᓯᐠ", "ᑌᐸᑯᐦᑊ", "ᐊᔦᓈᓀᐤ", "ᑫᑳᒥᑖᑕᐦᐟ", "ᒥᑖᑕᐦᐟ"),
        "tips": ("ᑭᐢᑭᓄᐦᐊᒫᑐᐏᓇ", "ᑭᐢᑭᓄᐦᐊᒪᑫᐏᓇ"),  # (teachings)
        "sign_in": ("ᐲᐦᒋᔦᐤ",),
    },
    "shn": {
        # (Shan in the Myanmar script, its letters of Shan (ၵ ၶ ၸ ၼ ႁ ႂ) and its tone marks, words partly spaced; a
        # sentence ends at the section mark "။" (SCRIPT_FULL_STOPS), digits ႐-႙ are Unicode's. "ဢွၼ်တၢင်းသုတ်း" first
        # of all, "ဝၢႆးၼၼ်ႉ" after that, "သုတ်းတွၼ်ႈ" at last. A man's name opens with "ၸၢႆး", a woman's with
        # "ၼၢင်း": a part of the name, no honorific. The words of the kinds below the numbers are approximate)
        "sequence": ("ဢွၼ်တၢင်းသုတ်း", "ဝၢႆးၼၼ်ႉ", "သုတ်းတွၼ်ႈ"),
        "posted_by": ("တႅမ်ႈလူၺ်ႈ",),  # (written by)
        "rights_reserved": ("လွင်ႈၶိုင်ႈ တင်းမူတ်း သိမ်းဝႆႉ",),
        "ingredients": ("ၶိူင်ႈပွင်း",),
        "serve": ("ၵိၼ်လီလီ",),
        "writer_label": ("ၵူၼ်းတႅမ်ႈ",),  # (writer)
        "meta_label": ("ပၼ်ၽႄ",),
        "published": ("ဢွၵ်ႇမႃး",),
        "counter": ("ၶၼ်ႈတွၼ်ႈ",),
        "permission": ("ပၼ်ၶႂၢင်ႉ",),
        "holder": ("ၵူၼ်းတႅမ်ႈ",),
        "by": ("တႅမ်ႈလူၺ်ႈ",),
        "text_noun": ("ပွင်ႈၵႂၢမ်း", "လိၵ်ႈ"),  # (article, writing)
        "may": ("ၸၢင်ႈ",),
        "reuse": ("ဢွၵ်ႇၶိုၼ်း", "ၵေႃႇပီႇ"),  # (publish again, copy)
        "issue": ("ပပ်ႉၼႆႉ",),
        "limits": ("ဢမ်ႇ", "ၵူၺ်း", "ယႃႇ"),  # (not, only, do not)
        "desk": ("ၸုမ်းမၢႆတွင်း",),
        "comments": ("ၶေႃႈတွပ်ႇ",),  # (replies)
        "numbers": ("သွင်", "သၢမ်", "သီႇ", "ႁႃႈ", "ႁူၵ်း", "ၸဵတ်း", "ပႅတ်ႇ", "ၵဝ်ႈ", "သိပ်း"),
        "tips": ("လၢႆးႁဵတ်း",),  # (ways of doing)
        "sign_in": ("ၶဝ်ႈၸူး",),
        "thread_status": ("ၵႄႈလိတ်ႈယဝ်ႉ", "ၵႄႈလိတ်ႈ"),  # (solved (already), solved)
    },
    "tw": {
        # (Twi (Akan), Latin with ɛ ɔ: "nea edi kan" the first, "afei" then, "awieeɛ no" at the end. Twi negates a
        # verb with a nasal prefix inside the word ("wontumi", you cannot; "wonsesa", you do not change): the leave
        # word "wobɛtumi" never matches a refusal, and the prefixed negation of a grant's term is no limit word.
        # Courtesy titles go before a name: "Owura" (Mr), "Awuraa" (Mrs, Ms), "Ɔbenfo" (professor), "Dɔkota";
        # "Maame" (mother) and "Nana" (grandparent, chief) are kin and elders' words: address words on a Twi page only)
        "sequence": ("nea edi kan", "deɛ edi kan", "nea ɛto so abien", "afei", "ɛno akyi", "awieeɛ no"),
        "posted_by": ("nea ɔkyerɛwee", "nea ɔkyerɛwɛɛ", "ɔkyerɛwee"),  # (the one who wrote)
        "rights_reserved": ("yɛakora hokwan nyinaa", "hokwan nyinaa wɔ yɛn"),  # (we keep every right)
        "ingredients": ("nneɛma a ɛhia",),
        "serve": ("didi yiye",),
        "writer_label": ("nea ɔkyerɛwee", "nea ɔkyerɛwɛɛ", "kyerɛwfo", "ɔkyerɛwfo"),
        "meta_label": ("kyɛ ma afoforo",),
        "published": ("wɔtintimii", "wɔkyerɛwee"),
        "counter": ("afotuo", "afotu", "anammɔn"),  # (advice, step)
        "permission": ("ɔkyerɛwfo kwan so", "ne kwan so"),  # (by the writer's leave, by his (her) leave)
        "holder": ("kyerɛwfo", "ɔkyerɛwfo", "tintimfo"),
        "by": ("ɔkyerɛwfo",),
        "text_noun": ("asɛm", "nsɛm", "krataa"),  # (story, stories, paper)
        "may": ("wobɛtumi", "wubetumi", "wotumi", "motumi", "mobɛtumi"),
        "reuse": ("tintim", "atintim", "asan atintim", "san tintim"),  # (print, print again)
        "issue": ("krataa yi", "nsɛm krataa yi"),  # (this paper, this newsletter)
        # (mma "let not", nkoaa "only", ɛnyɛ "it is not", nni "has not")
        "limits": ("mma", "nkoaa", "ɛnyɛ", "nni"),
        "desk": ("nsɛmtwerɛfo kuo",),
        "comments": ("adwenkyerɛ",),
        # (the counting forms: "nsia", not "asia", which opens an English title)
        "numbers": ("abien", "abiɛsa", "anan", "anum", "nsia", "nson", "nwɔtwe", "nkron", "edu"),
        "tips": ("afotuo", "afotu", "akwankyerɛ"),
        "sign_in": ("wo din kyerɛw",),  # (approximate)
        "honorifics": ("owura", "awuraa", "ɔbenfo", "dɔkota", "ɔsofo"),
        "kinship": ("maame", "nana", "agya", "ɛna"),
        "weekdays": ("dwoada", "benada", "wukuada", "yawoada", "fiada", "memeneda", "kwasiada"),
        "months": ("ɔpɛpɔn", "ɔgyefuo", "ɔbɛnem", "oforisuo", "kotonimma", "ayɛwohomumu", "kitawonsa", "ɔsanaa",
                   "ɛbɔ", "ahinime", "obubuo", "ɔpɛnimma"),
    },
    "udm": {
        # (Udmurt, Cyrillic with ӝ ӟ ӥ ӧ ӵ: "нырысь" first, "собере" then, "йылпумъяса" to conclude. Udmurt negates
        # with a verb of its own before the verb ("уг", "ум", "ӧй"; "эн", do not), "ӧвӧл" is "is not")
        "sequence": ("нырысь", "нырысетӥ", "кыкетӥ", "собере", "йылпумъяса"),
        "posted_by": ("гожтӥз", "гожтэм"),  # (wrote, written)
        "rights_reserved": ("ваньмыз правоос утемын", "вань правоос утемын"),  # (approximate)
        "ingredients": ("мар кулэ", "кулэ луоз", "кулэ луэ"),  # (what is needed, will be needed, is needed)
        # (give, to be given: a serving note opens with them, or with how warm, the adverb before its verb)
        "serve": ("сётэ", "сётоно", "шоныт сётэ", "кезьыт сётэ", "шоныт сётоно"),
        "writer_label": ("автор", "гожтӥсь", "гожтӥз"),
        "meta_label": ("категория", "тэгъёс", "тегъёс", "люкиське"),
        "tags": ("тэгъёс", "тегъёс"),
        "published": ("поттэмын", "печатлэмын"),
        "counter": ("кенеш", "вамыш"),  # (advice, step)
        "permission": ("авторлэн разрешениеез", "разрешениеен"),
        "holder": ("автор", "гожтӥсь", "поттӥсь"),
        "by": ("автор",),
        "text_noun": ("статья", "гожтэт", "текст"),
        "may": ("быгатӥськоды", "быгатӥськод"),
        "reuse": ("выльысь потт", "печатла", "копировать"),
        "issue": ("та номер",),
        # (уг, ум "not", ӧй "did not", эн "do not", ӧвӧл "is not", гинэ "only")
        "limits": ("уг", "ум", "ӧй", "эн", "ӧвӧл", "гинэ"),
        "desk": ("редакция",),
        "comments": ("малпан", "малпанъёс", "комментариос"),  # (thought, thoughts)
        "numbers": ("кык", "куинь", "ньыль", "вить", "куать", "сизьым", "тямыс", "укмыс", "дас"),
        "tips": ("кенешъёс", "кенеш"),
        "sign_in": ("пырыны",),
        "months": ("толшор", "тулыспал", "южтолэзь", "оштолэзь", "куартолэзь", "инвожо", "пӧсьтолэзь",
                   "гудырикошкон", "куарусён", "коньывуон", "шуркынмон", "толсур"),
    },
    "kab": {
        # (Kabyle, Latin with ɛ ɣ ḍ ḥ ṛ ṣ ṭ ẓ č ǧ. A noun changes its first vowel after a preposition or a numeral (the
        # annexed state: "amaru", writer, "n umaru", of the writer; "amagrad", article, "deg umagrad"), so a noun is
        # listed in both states. "amezwaru" first, "syin akin" thereafter, "di taggara" at last. Kabyle negates a verb
        # with "ur … ara" around it. The words marked approximate were seen on no page)
        "sequence": ("amezwaru", "tamezwarut", "wis sin", "tis snat", "wis kraḍ", "tis kraḍ", "syin akin",
                     "di taggara", "ɣer taggara"),
        "posted_by": ("sɣur", "yura-t", "tura-t"),  # (from, by; he wrote it, she wrote it)
        "rights_reserved": ("akk izerfan ttwaḥerzen", "izerfan akk ttwaḥerzen"),  # (all the rights are kept)
        "ingredients": ("tisuɣar",),  # (approximate)
        "serve": ("qeddem", "qedmet"),  # (serve, serve (you all)) (approximate)
        "writer_label": ("amaru", "tamarut", "imaru"),
        "meta_label": ("taggayt", "tiggayin", "bḍu", "iwenniten", "tibzimin", "tiẓrin"),
        "tags": ("tibzimin",),
        "share": ("bḍu",),
        "published": ("yeffeɣ-d", "yettwasuffeɣ", "tettwasuffeɣ"),  # (came out, was published)
        "counter": ("asurif",),  # (step)
        "permission": ("s tsiregt n", "s tsiregt-is"),  # (by the leave of, by his (her) leave) (approximate)
        "holder": ("amaru", "umaru", "tamarut", "tmarut", "amaẓrag", "umaẓrag"),
        "by": ("sɣur",),
        # (article, articles, text: both states, stems of any case)
        "text_noun": ("amagrad", "umagrad", "imagrad", "yimagrad", "aḍris", "uḍris"),
        "may": ("tzemreḍ", "tzemrem", "tzemremt", "yezmer ad", "tezmer ad"),  # (you can, you (all) can, it can)
        # (publish (take out), copy: the verb's stem inside its forms, "ad t-id-tessuffɣeḍ", "yettwasuffeɣ")
        "reuse": ("tessuffɣ", "ssuffeɣ", "ssuffɣ", "yettwasuffeɣ", "tettwasuffeɣ", "nɣel", "tenɣel"),
        "issue": ("tabrat-a n yisallen", "uṭṭun-a"),  # (this letter of news; this number)
        # (ur "not", ulac "there is none", war "without", kan "only"; "ara", the negation's second half, is also the
        # future's "what")
        "limits": ("ur", "ulac", "war", "kan", "yegdel", "ttwagedlen"),  # (..., forbidden, are forbidden)
        "desk": ("tamaẓrut", "agraw n tẓrigt"),  # (approximate)
        "comments": ("iwenniten", "awennit"),
        # (the feminine forms, as a count of "tarrayin" (ways) or "tiwelhiwin" (pieces of advice) writes them; the
        # masculine "sin" and "tam" are Spanish "without" and Polish "there" at a title's start)
        "numbers": ("snat", "kraḍet", "kuẓet", "semmuset", "sḍiset", "sat", "tamet", "tẓat", "mrawet"),
        "tips": ("tiwelhiwin", "iwellihen"),  # (pieces of advice) (approximate)
        "sign_in": ("kcem", "qqen"),  # (enter, connect)
        "read_also": ("ɣer daɣen", "imagraden yerzan"),  # (read also; related articles)
        "about_author": ("ɣef umaru", "ɣef tmarut"),  # (about the writer)
        # (the month names as a date writes them: "14 Yebrir 2025")
        "months": ("yennayer", "fuṛar", "furar", "meɣres", "yebrir", "mayyu", "yunyu", "yulyu", "ɣuct", "ctembeṛ",
                   "ctember", "tubeṛ", "tuber", "nunembeṛ", "nunember", "duǧembeṛ", "dujembeṛ", "dujember"),
    },
    "ce": {
        # (Chechen, Cyrillic with the palochka "Ӏ" (written lower case here, "ӏ": a page writes its capital inside
        # words, and the reader matches either case) and the digraphs "кх", "хь", "гӏ", "аь", "оь". "уггаре хьалха"
        # first of all, "тӏаккха" then, "цул тӏаьхьа" after that, "тӏаьххьара" at last. Chechen negates with "ца"
        # before the verb and "ма" before a command. The words marked approximate were seen on no page)
        "sequence": ("уггаре хьалха", "хьалха", "шолгӏа", "кхоалгӏа", "тӏаккха", "цул тӏаьхьа", "тӏаьххьара"),
        "posted_by": ("язйина", "яздина"),  # (wrote, written)
        "rights_reserved": ("дерриг бакъонаш ларйина", "массо а бакъонаш ларйина"),  # (approximate)
        "ingredients": ("оьшург",),  # (what is needed) (approximate)
        "serve": ("стоьла тӏе",),  # (onto the table) (approximate)
        "writer_label": ("автор", "язйина", "язйинарг"),
        "meta_label": ("категори", "комментареш"),
        "published": ("арахецна",),
        "counter": ("хьехам", "гӏулч"),  # (advice, step)
        "permission": ("пурбанца", "автора пурбанца"),  # (with the leave, with the author's leave)
        "holder": ("автор", "редактор"),
        "by": ("автор",),
        "text_noun": ("статья", "йоза", "материал"),
        "may": ("мегар ду", "мега"),
        "reuse": ("зорбане", "зорба тоха"),  # (into print; print) (approximate)
        "issue": ("хӏара номер",),
        # (ца "not", ма "do not", бен "only, but", доцуш "without", цакхоьу "forbidden")
        "limits": ("ца", "ма", "бен", "доцуш", "цакхоьу"),
        "desk": ("редакци",),
        "comments": ("комментареш", "комментари"),
        "numbers": ("шиъ", "кхоъ", "диъ", "пхиъ", "ялх", "ворхӏ", "бархӏ", "исс", "итт"),
        "tips": ("хьехам",),  # (advice: "хьехамаш", pieces of advice)
        "sign_in": ("чувала",),  # (approximate)
        "months": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                   "ноябрь", "декабрь"),
    },
    "hmn": {
        # (Hmong in the RPA, its tones written as a word's last consonant ("b", "j", "v", "s", "g", "m", "d"): every
        # word ends so, and no word is capitalised but a sentence's first and a name's. "ua ntej" first (before),
        # "thib ob" second, "tom qab ntawd" after that, "thaum kawg" or "kawg" at last. Hmong negates with "tsis"
        # before the verb and "tsis txhob" (do not). The words marked approximate were seen on no page)
        "sequence": ("ua ntej", "ua ntej tshaj plaws", "thib ib", "thib ob", "thib peb", "tom qab ntawd",
                     "tom qab no", "thaum kawg", "kawg"),
        "posted_by": ("sau los ntawm", "sau tseg los ntawm", "xa los ntawm"),  # (written by, posted by)
        "rights_reserved": ("txhua txoj cai raug tseg",),  # (approximate)
        "ingredients": ("khoom xyaw", "cov khoom xyaw"),
        "serve": ("muab noj",),  # (give to eat) (approximate)
        "writer_label": ("tus sau", "sau los ntawm"),
        "meta_label": ("qhia tawm", "sib qhia", "lus tawm tswv yim"),  # (labels, share, comments)
        "published": ("luam tawm", "tshaj tawm"),
        "counter": ("kauj ruam",),  # (step)
        "permission": ("tau kev tso cai", "kev tso cai los ntawm"),  # (with leave, leave of)
        "holder": ("tus sau", "tus tshaj tawm"),
        "by": ("los ntawm",),
        "text_noun": ("zaj no", "tsab xov xwm"),  # (this piece, article)
        "may": ("muaj cai", "koj muab tau", "nej muab tau"),  # (have the right, you can)
        "reuse": ("luam dua", "tshaj tawm dua", "muab luam"),  # (copy again, publish again, copy)
        "issue": ("tsab ntawv no",),
        "limits": ("tsis", "tsis txhob", "xwb", "yam tsis muaj"),  # (not, do not, only, without)
        "desk": ("pab neeg sau xov xwm",),  # (approximate)
        "comments": ("lus tawm tswv yim",),  # (comments, as Blogger's Hmong prints them)
        # ("peb" is also "we", "rau" also "for": the function words below keep them out of the count words)
        "numbers": ("ob", "peb", "plaub", "tsib", "rau", "xya", "yim", "cuaj", "kaum"),
        "function_words": ("thiab", "kuv", "koj", "nej", "peb", "lawv", "nws", "rau", "hauv", "ntawm", "tus", "lub",
                           "cov", "ib", "yog", "muaj", "los", "tau", "ua", "tsis", "thaum", "ces", "li", "no",
                           "ntawd", "uas", "mus"),
        "address": ("koj", "nej"),  # (you, you all)
        "tips": ("tswv yim", "lus qhia"),  # (ideas, counsel; instructions)
        "sign_in": ("nkag mus",),
        # (a date writes the month by its number: "Hnub Plaub, Lub 3 Hlis Ntuj Tim 13, 2025"; the weekdays are "day"
        # and its number, Sunday "day seven" or "hnub caiv")
        "weekdays": ("hnub ib", "hnub ob", "hnub peb", "hnub plaub", "hnub tsib", "hnub rau", "hnub xya",
                     "hnub caiv"),
    },
    "ty": {
        # (Tahitian, Latin with the ʻeta (the glottal stop, U+02BB) and macrons; pages without them write an
        # apostrophe or nothing, so the common words are listed so too. "mātāmua" first, "i muri iho" afterwards, "i
        # te hopeʻa" at the end. A recipe credit opens "Nā NAME" (by), Māori's and Hawaiian's word too. The words
        # marked approximate were seen on no page)
        "sequence": ("mātāmua", "matamua", "na mua roa", "i muri iho", "i muri aʻe", "i te hopeʻa", "i te hopea"),
        "posted_by": ("pāpaʻihia e", "papaihia e", "nā"),  # (written by; by)
        "rights_reserved": ("ua tāpeʻahia te mau tiʻaraʻa atoʻa", "ʻua tāpeʻahia te mau tiʻaraʻa atoʻa",
                            "ua tapeahia te mau tiaraa atoa"),  # (all the rights are kept)
        "ingredients": ("te mau mea e titauhia", "te mau mea e hinaarohia"),  # (the things needed, wanted)
        "serve": ("faʻatāmāʻa", "fatamaa", "tāmāʻa maitaʻi"),  # (serve (feed); eat well)
        "writer_label": ("taʻata pāpaʻi", "papaʻi parau"),  # (approximate)
        "meta_label": ("manaʻo",),
        "published": ("neneʻihia",),  # (printed)
        "counter": ("taʻahiraʻa", "aʻoraʻa"),  # (step, advice)
        "permission": ("ma te parau a te fatu",),  # (with the owner's word) (approximate)
        "holder": ("fatu", "taʻata pāpaʻi"),
        "by": ("nā",),
        "text_noun": ("parau", "ʻīrava"),  # (word, text; verse, passage)
        "may": ("e nehenehe", "e nehenehe tā ʻoe e"),  # (it can be, you can)
        "reuse": ("neneʻi", "nene'i", "nenei", "neneʻi faʻahou"),  # (print, print again)
        "issue": ("teie numera",),  # (approximate)
        # (ʻaita "no, not", ʻeiaha "do not", ma te ʻore "without", noa "only" (but also "just", after every verb):
        # left out)
        "limits": ("ʻaita", "aita", "ʻeiaha", "eiaha", "ʻaore", "ma te ʻore", "ma te ore", "ʻore"),
        "desk": ("te pupu pāpaʻi",),  # (approximate)
        "comments": ("manaʻo", "manao"),  # (thoughts)
        "numbers": ("piti", "toru", "maha", "pae", "ono", "hitu", "vaʻu", "iva", "ʻahuru"),
        "tips": ("aʻoraʻa", "aoraa"),  # (pieces of advice, lessons)
        "sign_in": ("tomo mai",),  # (come in) (approximate)
        # (kin words set before a grown person's name as a courtesy: "Māmā Vaite")
        "kinship": ("māmā", "pāpā"),
        "weekdays": ("monirē", "mahana piti", "mahana toru", "mahana maha", "mahana pae", "mahana māʻa",
                     "mahana tāpati"),
        "months": ("tenuare", "fepuare", "māti", "ʻeperēra", "eperera", "mē", "tiunu", "tiurai", "ʻātete", "atete",
                   "tetepa", "ʻātopa", "atopa", "novema", "tītema", "titema"),
    },
    "nqo": {
        # (Manding (Bambara, Maninka, Dyula) in the N'Ko script, written right to left, with its own digits (߀-߉,
        # read by "\d"), its comma "߸" and its nasal mark "߲" after a vowel; its words are Bambara's row's, spelled
        # in N'Ko ("ߛߍߓߍ߲ߣߌߞߍߟߊ", sɛbɛnnikɛla, writer). A count follows its noun ("ߝߍߍߙߍ ߣߊߊߣߌ", four ways:
        # COUNT_AFTER_NOUN). The words marked approximate are Bambara's approximate ones)
        "sequence": ("ߝߐߟߐ", "ߊ ߝߐߟߐ", "ߊ ߝߌߟߊߣߊ߲", "ߊ ߛߊߓߊߣߊ߲", "ߏ ߞߐ", "ߏ ߞߐ߫", "ߟߊߓߊ߲ ߣߊ"),
        "posted_by": ("ߊ ߛߍߓߍ߲ߣߊ", "ߛߍߓߍ߲ߣߍ߲", "ߛߍߓߍ߲ߓߊߜߊ"),  # (it was written; written; the writer)
        "rights_reserved": ("ߖߏߛߊߙߌߦߊߥ ߓߍߍ ߡߊߙߊ",),  # (approximate)
        "ingredients": ("ߊ ߞߍߡߌߣߍߥ",),  # (approximate)
        "serve": ("ߘߎߡߎߣߌ ߘߌߦߊ",),  # (approximate)
        "writer_label": ("ߛߍߓߍ߲ߣߌߞߍߟߊ", "ߛߍߓߍ߲ߓߊߜߊ"),  # (writer)
        "meta_label": ("ߖߍ߲ߛߍ߲",),  # (spread: share)
        "share": ("ߖߍ߲ߛߍ߲",),
        "published": ("ߊ ߓߐߙߊ", "ߟߊߓߐߙߊ"),  # (it came out, it was brought out)
        "counter": ("ߟߊߘߌߟߌߞߊ߲",),  # (advice)
        "permission": ("ߦߊߡߊߙߌߦߊ ߟߊ",),  # (by the leave)
        "holder": ("ߛߍߓߍ߲ߣߌߞߍߟߊ", "ߛߍߓߍ߲ߓߊߜߊ"),
        "by": ("ߛߍߓߍ߲ߣߌߞߍߟߊ",),
        "text_noun": ("ߛߍߓߍ߲", "ߞߎ߲ߣߊߝߏߣߌ"),  # (writing; news)
        "may": ("ߓߍ ߛߋ ߞߊ", "ߌ ߓߍ ߛߋ ߞߊ", "ߊߟߎ ߓߍ ߛߋ ߞߊ"),  # (can, you can, you (all) can)
        "reuse": ("ߟߊߓߐ",),  # (bring out: publish)
        "issue": ("ߣߌ߲ ߞߎ߲ߣߊߝߏߣߌߛߍߓߍ߲",),
        "limits": ("ߕߍ", "ߞߊߣߊ", "ߘߐߙߐ߲"),  # (is not, must not, only)
        "desk": ("ߛߍߓߍ߲ߖߍߞߎߟߎ",),  # (approximate)
        "comments": ("ߤߊߞߟߌߣߊߥ", "ߤߊߞߌߟߌߣߊߥ", "ߖߊߓߌߥ"),  # (opinions, answers)
        "numbers": ("ߝߌߟߊ", "ߛߊߓߊ", "ߣߊߊߣߌ", "ߘߎߎߙߎ", "ߥߐߐߙߐ", "ߥߐߟߐ߲ߥߎߟߊ", "ߛߋߜߌ߲", "ߞߐߣߐ߲ߕߐ߲", "ߕߊ߲"),
        "tips": ("ߟߊߘߌߟߌߞߊ߲",),
        "sign_in": ("ߘߏ߲ ߊ ߞߣߐ",),  # (approximate)
        "honorifics": ("ߞߊߙߊߡߐߜߐ", "ߘߐߜߐߕߐߙߐ"),  # (teacher, doctor)
    },
    "ilo": {
        # (Ilocano, Latin: "umuna" first, "maikadua" second, "maikatlo" third, "kalpasanna" afterwards,
        # "kamaudiananna" at last; the linker "a" ("nga" after a vowel) joins a word to the next. Ilocano negates
        # with "saan" (not) and "di" (not, before a pronoun: "dika", you not). "Manang" and "Manong" (elder sister,
        # elder brother) before a name are part of a columnist's name as the column writes it, not listed. The words
        # marked approximate were seen on no page)
        "sequence": ("umuna", "umuna iti amin", "maikadua", "maikatlo", "maikapat", "kalpasanna", "kalpasan dayta",
                     "kamaudiananna", "iti kamaudiananna"),
        "posted_by": ("insurat ni", "sinurat ni", "impablaak ni"),  # (written by, published by)
        "rights_reserved": ("amin a karbengan ket nakareserba", "amin a karbengan ket nailasin",
                            "nakareserba ti amin a karbengan"),
        "ingredients": ("dagiti ramen", "ramen"),
        "serve": ("idasar", "isilbi"),
        "writer_label": ("mannurat", "autor"),
        "meta_label": ("kategoria", "dagiti komento", "iranud"),
        "published": ("naipablaak", "naipablak"),
        "counter": ("addang", "balakad"),  # (step, advice)
        "permission": ("babaen ti pammalubos", "addaan pammalubos ti"),  # (by the leave (of), with the leave of)
        "holder": ("mannurat", "autor", "editor", "agipablaak"),
        "by": ("insurat ni",),
        "text_noun": ("artikulo", "kolum", "sinurat"),
        "may": ("mabalin", "mabalinmo", "mabalinyo"),
        "reuse": ("ipablaak", "mapablaak", "kopiaen"),  # (publish, be published, copy)
        "issue": ("daytoy a bilang",),  # (approximate)
        "limits": ("saan", "di", "laeng", "awan", "no awan"),  # (not, not, only, none, without)
        "desk": ("dagiti editor",),
        "comments": ("komento", "dagiti komento"),
        "numbers": ("dua", "tallo", "uppat", "lima", "innem", "pito", "walo", "siam", "sangapulo"),
        "tips": ("balakad",),  # (advice)
        "sign_in": ("sumrek",),  # (enter) (approximate)
        "read_also": ("basaen pay",),  # (read also)
        "weekdays": ("lunes", "martes", "mierkoles", "huebes", "biernes", "sabado", "domingo"),
        "months": ("enero", "pebrero", "marso", "abril", "mayo", "hunio", "hulio", "agosto", "septiembre", "oktubre",
                   "nobiembre", "disiembre"),
    },
    "crh": {
        # (Crimean Tatar, Latin with â ç ğ ı ñ ö q ş ü: "birincisi" firstly, "ekincisi" secondly, "soñra" then,
        # "soñunda" at the end. "tek" (only) is left out of the limits: a forum's reprint leave closes on "tek adımnı
        # qoyuñız" (just put my name), a condition, not a limit. The words marked approximate were seen on no page)
        "sequence": ("birincisi", "ekincisi", "üçüncisi", "soñra", "soñunda", "eñ soñunda"),
        "posted_by": ("müellif", "yazdı"),  # (author, wrote)
        "rights_reserved": ("bütün aqlar qorçalanğan", "episi aqlar qorçalanğan"),  # (approximate)
        "ingredients": ("kerekli şeyler",),  # (the things needed) (approximate)
        "serve": ("afiyet olsun",),
        "writer_label": ("müellif",),
        "meta_label": ("kategoriya", "körüvler", "paylaşıñız"),  # (category, views, share)
        "published": ("derc etildi", "derc etilgen"),
        "counter": ("adım", "tevsiye"),  # (step, recommendation)
        "permission": ("müellifniñ izni ile", "izni ile"),  # (with the author's leave, with the leave)
        "holder": ("müellif", "naşir"),
        "by": ("müellif",),
        # (article, writing, what one wrote: "yazğanlarımnı", what I wrote)
        "text_noun": ("maqale", "yazı", "yazğanlar"),
        # (free, allowed; never "mümkün", possible: Turkish shares it, and its refusals close on "değildir")
        "may": ("serbest",),
        "reuse": ("basmaq", "basıl", "neşir", "kopiyala"),  # (print, be printed, publish, copy)
        "issue": ("bu sayı",),
        # (not, is not, forbidden, only, without, none; and as pages under Turkish spelling write them)
        "limits": ("degil", "degildir", "yasaq", "yalıñız", "olmadan", "yoq", "değil", "değildir", "yasak", "sadece",
                   "yalnızca"),
        "desk": ("redaktsiya", "tahririyet"),
        "comments": ("fikirler", "qomentariyler"),  # (approximate)
        "numbers": ("eki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "doquz", "on"),
        "tips": ("tevsiyeler", "tevsiye", "meslehat"),  # (recommendations, advice)
        "sign_in": ("kirüv", "qayd olunuñız"),  # (login, register)
        "thread_status": ("çezilgen",),  # (solved)
        "accepted_answer": ("qabul etilgen cevap",),
        "wrote": ("yazğan", "yazdı"),
        "weekdays": ("bazar ertesi", "salı", "çarşenbe", "cumaaqşamı", "cuma", "cumaertesi", "bazar"),
        "months": ("yanvar", "fevral", "mart", "aprel", "mayıs", "iyun", "iyul", "avgust", "sentâbr", "oktâbr",
                   "noyabr", "dekabr"),
    },
    "kl": {
        # (Kalaallisut (Greenlandic), Latin: one long word holds what a sentence of English does ("atoqqissinnaavatit",
        # you may use them again), so a row's words are whole words or their stems. "siullermik" first, "aappaatigut"
        # secondly, "tamatuma kingorna" after that, "naggataatigut" at last. A verb is negated by a suffix inside it
        # ("-nngi-"), no word: only "only" and "no" are limits. The words marked approximate were seen on no page)
        "sequence": ("siullermik", "aappaatigut", "pingajuatigut", "tamatuma kingorna", "naggataatigut"),
        "posted_by": ("allattoq", "allattaa"),  # (the writer; (it is) his, her writing)
        "rights_reserved": ("pisinnaatitaaffiit tamarmik illersorneqarput",),  # (approximate)
        "ingredients": ("akuutissat",),
        "serve": ("nerilluarit",),  # (eat well)
        "writer_label": ("allattoq",),
        "meta_label": ("immikkoortoq",),  # (section) (approximate)
        "published": ("saqqummersinneqarpoq", "kingullermik nutarterneqarpoq"),  # (published; last updated)
        "counter": ("siunnersuut", "alloriarneq"),  # (advice, step)
        "permission": ("akuersissummik",),  # (approximate)
        "holder": ("allattoq", "allattup", "saqqummersitsisoq"),
        "by": ("allattoq",),
        "text_noun": ("allaaserisa", "allakka"),  # (article, writings)
        "may": ("akuerisaavutit",),  # (you are allowed) (approximate)
        "reuse": ("saqqummersiteqqi", "issuaa"),  # (publish again, copy) (approximate)
        "issue": ("nalunaarut una",),  # (approximate)
        "limits": ("kisiat", "taamaallaat", "naamik"),  # (only, only, no)
        "desk": ("aaqqissuisoqarfik", "aaqqissuisut"),  # (editorial office, editors)
        "comments": ("oqaaseqaatit",),
        "numbers": ("marluk", "pingasut", "sisamat", "tallimat", "arfinillit", "arfineq-marluk", "arfineq-pingasut",
                    "qulingiluat", "qulit"),
        "tips": ("siunnersuut",),  # (suggestion, advice: "siunnersuutit", pieces of advice)
        # (a summing-up; "a short list", the heading of a checklist box restating an advice page's points)
        "summary": ("eqikkaaneq", "allattorsimaffik naatsoq"),
        "sign_in": ("iserit",),  # (come in) (approximate)
        "weekdays": ("ataasinngorneq", "marlunngorneq", "pingasunngorneq", "sisamanngorneq", "tallimanngorneq",
                     "arfininngorneq", "sapaat"),
        "months": ("januaari", "februaari", "marsi", "apriili", "maaji", "juuni", "juuli", "aggusti", "septembari",
                   "oktobari", "novembari", "decembari"),
    },
    "ee": {
        # (Ewe, Latin with ɖ ƒ ɣ ŋ ɔ ɛ ʋ and tone marks: "gbã" first, "emegbe" afterwards, "mlɔeba" at last. A verb is
        # negated by a prefix ("mè-", "ma-") and "o" closing the clause ("ne mètrɔ nya aɖeke o", if you change no
        # word: a grant's term), no word of its own: the limits are "ko" (only) and "negbe" (except). "àte ŋu" (you
        # can) is never "màte ŋu" (you cannot): a leave word starts at a word's start. Ewe counts after the noun ("Mɔ
        # Adre", seven ways: COUNT_AFTER_NOUN). "Efo" (elder brother, Mr) and "Togbi" (chief, grandfather) before a
        # name are courtesy titles. The words marked approximate were seen on no page)
        "sequence": ("gbã", "gbãtɔ", "evelia", "etɔ̃lia", "emegbe", "le esia megbe", "mlɔeba"),
        "posted_by": ("ame si ŋlɔe",),  # (the person who wrote it) (approximate)
        "rights_reserved": ("mɔɖeɖewo katã le asi",),  # (approximate)
        "ingredients": ("nu siwo hiã",),  # (the things needed) (approximate)
        "serve": ("ɖo kplɔ̃ dzi",),  # (set it on the table) (approximate)
        "writer_label": ("ŋlɔla",),  # (writer)
        "meta_label": ("ƒomevi",),  # (kind, category) (approximate)
        "published": ("woɖoe ɖe",),  # (it was put on (the site): a directory's posting line)
        "counter": ("afɔɖeɖe", "aɖaŋu"),  # (step, advice)
        "permission": ("ƒe mɔɖeɖe", "kple mɔɖeɖe"),  # (by the leave of, with leave) (approximate)
        "holder": ("ŋlɔla",),
        "by": ("ŋlɔla",),
        "text_noun": ("nyati",),  # (article: "nyati sia", this article; "nyatiwo", articles)
        "may": ("àte ŋu", "ate ŋu", "miate ŋu"),  # (you can, one can, you (plural) can)
        # (print again; put it on your website or in your newsletter: a directory's reprint terms)
        "reuse": ("gbugbɔ ta", "ade wò nyatakakadzraɖoƒe", "ade wò nyadzɔdzɔgbalẽ"),
        "issue": ("nyadzɔdzɔgbalẽ sia",),  # (this newsletter) (approximate)
        "limits": ("ko", "negbe"),  # (only, except)
        "desk": ("nyatakakaŋlɔlawo",),  # (the news writers) (approximate)
        "comments": ("nyaŋuɖoɖowo",),  # (replies) (approximate)
        "numbers": ("eve", "etɔ̃", "ene", "atɔ̃", "ade", "adre", "enyi", "asieke", "ewo"),
        "tips": ("aɖaŋu",),  # (advice: "aɖaŋuɖoɖo", giving advice)
        "sign_in": ("ge ɖe eme",),  # (go in)
        "honorifics": ("efo", "togbi", "togbui"),
        "about_author": ("ŋlɔla ŋuti nyatakaka",),  # (information about the writer)
        "read_also": ("nyati siwo ku ɖe eŋu",),  # (articles related to it)
        "weekdays": ("dzoɖa", "braɖa", "kuɖa", "yawoɖa", "fiɖa", "memleɖa", "kɔsiɖa"),
        "months": ("dzove", "dzodze", "tedoxe", "afɔfĩe", "dama", "masa", "siamlɔm", "deasiamime", "anyɔnyɔ", "kele",
                   "adeɛmekpɔxe", "dzome"),
    },
    "ny": {
        # (Chichewa (Nyanja), Latin: "choyamba" first, "chachiwiri" second, "kenako" then, "pomaliza" at last. A
        # Bantu language: a count follows its noun ("malangizo asanu", five tips) and takes the noun's class
        # ("ziwiri", "awiri"): COUNT_AFTER_NOUN. "Mayi" (Mrs, mother) and "Bambo" (Mr, father) before a full name are
        # courtesy titles. "ndi" (and, is, by) is far too common for a byline's "by". The words marked approximate
        # were seen on no page)
        "sequence": ("choyamba", "chachiwiri", "chachitatu", "kenako", "pomaliza", "potsiriza"),
        "posted_by": ("wolemba", "yolembedwa ndi", "wolembedwa ndi"),  # (writer; written by)
        "rights_reserved": ("ufulu wonse ndi wotetezedwa", "ufulu onse ndi wotetezedwa"),  # (all rights protected)
        "ingredients": ("zosakaniza", "zofunika"),  # (what is mixed; what is needed)
        "serve": ("idyani chikadali chotentha",),  # (eat it while still hot) (approximate)
        "writer_label": ("wolemba",),
        # (comments, share; never "gulu" (category): a town's name opening English news headings, "Gulu: …")
        "meta_label": ("ndemanga", "gawani"),
        "published": ("yasindikizidwa", "idasindikizidwa"),  # (approximate)
        "counter": ("gawo", "langizo"),  # (part, step; advice)
        "permission": ("ndi chilolezo cha", "mwa chilolezo cha"),  # (with the permission of)
        "holder": ("wolemba", "wofalitsa", "mkonzi"),  # (writer, publisher, editor)
        "by": ("wolemba",),
        "text_noun": ("nkhani", "zolemba"),  # (story, article: "nkhaniyi", this article; writings)
        "may": ("mukhoza", "mungathe", "mutha"),  # (you may, you can)
        "reuse": ("kusindikiza", "kufalitsa", "kukopera"),  # (print, publish, copy)
        "issue": ("kope ili",),  # (this copy, issue) (approximate)
        "limits": ("osati", "popanda", "kokha", "ayi"),  # (not, without, only, no)
        "desk": ("akonzi",),  # (editors)
        "comments": ("ndemanga",),
        "numbers": ("ziwiri", "zitatu", "zinayi", "zisanu", "zisanu ndi chimodzi", "zisanu ndi ziwiri",
                    "zisanu ndi zitatu", "zisanu ndi zinayi", "khumi"),
        "tips": ("malangizo", "langizo"),  # (advice, instructions)
        "sign_in": ("lowani", "lembetsani"),  # (enter, register)
        "honorifics": ("mayi", "bambo", "amayi", "abambo"),
        "read_also": ("werengani zambiri",),  # (read more)
        "warnings": ("chenjezo",),  # (warning)
        "weekdays": ("lolemba", "lachiwiri", "lachitatu", "lachinayi", "lachisanu", "loweruka", "lamlungu"),
        "months": ("januwale", "febuluwale", "malichi", "epulo", "meyi", "juni", "julai", "ogasiti", "seputembala",
                   "okutobala", "novembala", "disembala"),
    },
    "nah": {
        # (Nahuatl, Latin as Huasteca writers spell it ("k" and "s" where the classical spelling writes "c", "qu" and
        # "z"; "j" for the saltillo): "achtoui" first, "satepan" afterwards. "amo" (not) negates; "san" (only). The
        # row holds the words of the modern spelling only; the words marked approximate were seen on no page)
        "sequence": ("achtoui", "achto", "satepan", "teipan"),
        "posted_by": ("kijkuilo", "kitlalij"),  # (wrote it; put it) (approximate)
        "rights_reserved": ("nochi tlanauatilmej tlapialtokej",),  # (approximate)
        "ingredients": ("tlen monekej",),  # (what is needed) (approximate)
        "serve": ("xikualokan",),  # (eat it, you all) (approximate)
        "writer_label": ("tlajkuilojketl", "tlajkuiloj"),  # (writer)
        "meta_label": ("tlanemililistli",),  # (thoughts, comments) (approximate)
        "published": ("mokuiltonok",),  # (approximate)
        "counter": ("tlanauatili",),  # (instruction) (approximate)
        "permission": ("ika itlauelitilis", "ika tlauelitilistli"),  # (with his/her leave, with leave)
        "holder": ("tlajkuilojketl", "tlajkuiloj"),
        "by": ("kijkuilo",),  # (approximate)
        "text_noun": ("amatlajkuilolli", "tlajkuilolli"),  # (writing on paper, document; writing)
        "may": ("ueli", "uelis", "tiuelis"),  # (can, will be able, you will be able)
        "reuse": ("tikkopiaros", "kikopiaros"),  # (you will copy, he will copy)
        "issue": ("ni amatl",),  # (this paper) (approximate)
        "limits": ("amo", "san", "axkanaj"),  # (not, only, not)
        "desk": ("tlajkuilojkej",),  # (the writers) (approximate)
        "comments": ("tlanemililistli",),  # (approximate)
        "numbers": ("ome", "eyi", "naui", "makuili", "chikuasen", "chikome", "chikueyi", "chiknaui", "majtlaktli"),
        "tips": ("tlanauatilli", "tlanonotsalistli"),  # (instructions, counsel) (approximate)
        "sign_in": ("xikalaki",),  # (come in) (approximate)
    },
    "pap": {
        # (Papiamento, Latin as Curaçao writes it (Aruba's spelling, nearer Spanish, differs: "articulo", "derecho
        # reserva"): "promé" first, "despues" then, "finalmente" at last. "pa" (for, by) and "por" (can, by) are far
        # too common alone: only their phrases are read. "Tia" (aunt) and "Shon" (sir) before a name are as often the
        # name a column's writer goes by, and "Shon" is an English given name: none is listed. The words marked
        # approximate were seen on no page)
        "sequence": ("promé", "promé di tur", "despues", "despues di esei", "finalmente", "na final"),
        "posted_by": ("skirbí pa", "skibí pa", "publiká pa"),  # (written by, published by)
        "rights_reserved": ("tur derecho reservá", "tur derecho ta reservá", "tur derechonan reservá"),
        "ingredients": ("ingrediente", "ingredientenan"),
        "serve": ("sirbi", "sirbié"),  # (serve, serve it)
        "writer_label": ("outor", "skirbidó", "teksto"),  # (author, writer, text)
        "meta_label": ("kategoria", "komparti", "komentario", "etiketa"),  # (category, share, comment, tags)
        "published": ("publiká", "aktualisá"),  # (published, updated)
        "counter": ("paso", "konseho"),  # (step, advice)
        "permission": ("ku pèrmit di", "ku permiso di"),  # (with the permission of)
        "holder": ("outor", "redakshon", "editor", "publikadó"),
        "by": ("skirbí pa",),
        "text_noun": ("artíkulo", "artikulo", "teksto", "kolumna"),
        "may": ("bo por", "boso por", "por wòrdu", "ta permití"),  # (you can, can be, is allowed)
        # (publish again, copy, reproduce; never "publiká" alone: "bo por lesa artíkulo ku nos a publiká", you can read
        # articles we published, gives no leave)
        "reuse": ("publiká di nobo", "republiká", "kopiá", "reprodusí"),
        "issue": ("e edishon aki", "e bòletin aki"),  # (this edition, this newsletter)
        "limits": ("no", "sin", "ningun", "solamente", "so", "nunka"),  # (not, without, no, only, only, never)
        "desk": ("redakshon",),
        "comments": ("komentario", "komentarionan"),
        "numbers": ("dos", "tres", "kuater", "sinku", "seis", "shete", "ocho", "nuebe", "dies"),
        "tips": ("konseho",),  # (advice: "konsehonan", pieces of advice)
        "sign_in": ("drenta",),  # (enter) (approximate)
        "read_also": ("lesa tambe",),
        "ask_us": ("manda bo pregunta",),  # (send your question)
        "weekdays": ("djaluna", "djamars", "djarason", "djaweps", "djabièrnè", "djasabra", "djadumingu"),
        "months": ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli", "ougùstùs", "sèptèmber", "òktober",
                   "novèmber", "desèmber"),
    },
    "hsb": {
        # (Upper Sorbian, Latin with č ć ě ł ń ó ř š ź ž: "prěnje" first, "potom" then, "skónčnje" at last.
        # "Najprjedy" (first of all) opens a point's own words as often as it orders points ("Najprjedy wotstrońće
        # …"): not listed. The words marked approximate were seen on no page)
        "sequence": ("prěnje", "druhe", "třeće", "potom", "skónčnje", "na kóncu"),
        "posted_by": ("napisał", "napisała"),  # (he wrote, she wrote)
        "rights_reserved": ("wšě prawa wuhrjadźene",),  # (approximate)
        "ingredients": ("přidawki",),  # (approximate)
        "serve": ("dobru słodu",),  # (enjoy the meal)
        "writer_label": ("tekst", "awtor", "awtorka"),
        "meta_label": ("kategorija", "komentary"),
        "published": ("wozjewjene", "wozjewjeny", "wozjewjena"),
        "counter": ("krok", "rada"),  # (step, advice)
        "permission": ("z dowolnosću",),  # (with the leave (of))
        "holder": ("awtor", "wudawaćel", "redaktor"),  # (author, publisher, editor)
        "by": ("wot",),  # (by, from: read only before a full name alone on its line)
        "text_noun": ("nastawk", "tekst", "wobsah"),  # (article, text, content)
        "may": ("smě", "směće", "směja"),  # (may: it, you, they)
        "reuse": ("wužiwać", "wozjewić", "kopěrować", "rozšěrjeć"),  # (use, publish, copy, spread)
        "issue": ("tutón list", "tute čisło"),  # (this letter, this issue)
        "limits": ("nic", "njesmě", "jenož", "bjez", "zakazane"),  # (not, may not, only, without, forbidden)
        "desk": ("redakcija",),
        "comments": ("komentary", "komentarow"),
        "numbers": ("dwaj", "tři", "štyri", "pjeć", "šěsć", "sydom", "wosom", "dźewjeć", "dźesać"),
        "tips": ("rady", "pokiwy"),  # (advice, hints)
        "sign_in": ("přizjewić",),  # (log in)
        "issue_contents": ("w tutym lisće",),  # (in this letter)
        "weekdays": ("póndźela", "wutora", "srjeda", "štwórtk", "pjatk", "sobota", "njedźela"),
        "months": ("januara", "februara", "měrca", "apryla", "meje", "junija", "julija", "awgusta", "septembra",
                   "oktobra", "nowembra", "decembra"),
    },
    "ab": {
        # (Abkhaz, Cyrillic with its own letters ԥ ҭ ҟ ә ҳ ӡ ҩ ҵ ҷ ҿ ӷ: a verb carries its persons and its negation
        # inside it, so few words stand alone. This row holds only the words whose sense is sure (the numbers, the
        # calendar, "Иҩит" wrote, loans from Russian) and marks the rest approximate; a native reader should check it)
        "sequence": ("актәи", "аҩбатәи", "ахԥатәи", "анаҩс"),  # (first, second, third, then) (approximate)
        "posted_by": ("иҩит",),  # (wrote (it))
        "rights_reserved": ("азинқәа зегь ихьчоуп",),  # (approximate)
        "ingredients": ("иаҭаху",),  # (what is needed)
        "serve": ("ишәыжәуеит",),  # (approximate)
        "writer_label": ("иҩит", "автор"),
        "meta_label": ("акатегориа",),  # (approximate)
        "published": ("иҭыжьуп",),  # (published) (approximate)
        "counter": ("ашьаҿа",),  # (step) (approximate)
        "permission": ("аихшьала",),  # (approximate)
        "holder": ("автор", "аредакциа"),
        "by": ("иҩит",),
        "text_noun": ("астатиа", "атекст"),  # (article, text: loans)
        "may": ("ауеит",),  # (approximate)
        "reuse": ("акьыԥхь",),  # (print) (approximate)
        "issue": ("ари аномер",),  # (this issue) (approximate)
        "limits": ("мап", "мацара"),  # (no, only) (approximate)
        "desk": ("аредакциа",),
        "comments": ("ишәыҩырта",),  # (approximate)
        "numbers": ("ҩба", "хԥа", "ԥшьба", "хәба", "фба", "быжьба", "ааба", "жәба", "жәаба"),
        # (recommendations: Russian's noun with the article "а-" and the plural "-қәа", as "арецептқәа", recipes)
        "tips": ("арекомендациақәа",),  # (approximate)
        "sign_in": ("анылара",),  # (approximate)
        "weekdays": ("ашәахьа", "аҩаша", "ахаша", "аԥшьаша", "ахәаша", "асабша", "амҽыша"),
        "months": ("ажьырныҳәа", "жәабран", "хәажәкыра", "мшаԥы", "лаҵара", "рашәара", "ԥхынгәы", "нанҳәа", "цәыббра",
                   "жьҭаара", "абҵара", "ԥхынҷкәын"),
    },
    "bal": {
        # (Balochi, Arabic script as Pakistan's Balochi pages write it (right to left, the Urdu letters ٹ ڈ ڑ ے, "ھ"
        # for h, Eastern Arabic-Indic digits ۰-۹): the izafat "ءِ" and the case ending "ءَ" glue to a word, so the
        # nouns are stems. "واجہ" (sir, Mr) and "بانک" (lady, Mrs, as "بانُک" with its vowel mark) before a name
        # are courtesy titles. The words marked approximate were seen on no page)
        "sequence": ("اولا", "رندا", "آخرا"),  # (first, afterwards, at last) (approximate)
        "posted_by": ("نبشتہ کار", "نبشتہ"),  # (writer; writing (by))
        "rights_reserved": ("سجّہیں ھک محفوظ اَنت", "سجہیں ھک محفوظ انت"),  # (approximate)
        "ingredients": ("لوٹیت",),  # (approximate)
        "serve": ("بورئے",),  # (eat) (approximate)
        "writer_label": ("نبشتہ", "نبشتہ کار", "نبیسوک"),  # (writing; writer)
        "meta_label": ("بہر کنئے",),  # (share)
        "published": ("شنگ بوتگ",),  # (published) (approximate)
        "counter": ("گام",),  # (step) (approximate)
        "permission": ("اجازتءَ گوں",),  # (with the leave) (approximate)
        "holder": ("نبشتہ کار", "نبیسوک"),
        "by": ("نبشتہ",),
        "text_noun": ("نبشتانک",),  # (writing, article: "نبشتانکءَ")
        # (is allowed; never "کنت" (does, can): a blog's "publishes new writing" holds it beside the text and the reuse)
        "may": ("اجازت اِنت", "اجازت انت"),  # (approximate)
        "reuse": ("شنگ", "کاپی"),  # (publish, copy) (approximate)
        "issue": ("اے شمارہ",),  # (approximate)
        "limits": ("مہ", "نہ", "بس", "بیدءَ"),  # (not (imperative), not, only, without)
        "desk": ("ادارہ",),
        "comments": ("گپ",),  # (talk: "۲ گپ", two comments)
        "numbers": ("دو", "سئے", "چار", "پنچ", "شش", "ھپت", "ھشت", "نُہ", "دہ"),
        # (suggestion, advice: the Urdu words Balochi writes too; never "سوج", Urdu's stem of "swelling")
        "tips": ("تجویز", "مشورہ"),  # (approximate)
        "sign_in": ("لاگ اِن",),
        "honorifics": ("واجہ", "بانک", "بانُک"),
        "share": ("بہر کنئے",),
        "read_also": ("اے دگہ بوانئے", "دگہ بوانئے"),  # (read this other (one) too)
        "licence_noun": ("لائسنس",),
    },
    "mai": {
        # (Maithili, Devanagari as Hindi writes it, with its own words: the genitive "क" glued to its noun
        # ("लेखिकाक", the writer's), "सँ" (with, from) for Hindi's "से", "नहि" (not). "पहिने" (first, before) opens a
        # point's own words as often as it orders them ("पहिने बचत, तखन खर्च"): not listed. Dates may count in
        # Vikram Samvat's months ("१२ फागुन २०८१"). The words marked approximate were seen on no page)
        "sequence": ("सभसँ पहिने", "तकर बाद", "ओकर बाद", "अन्तमे", "अंतमे"),
        "posted_by": ("द्वारा लिखल",),  # (written by)
        "rights_reserved": ("सर्वाधिकार सुरक्षित",),
        "ingredients": ("सामग्री",),
        "serve": ("परसू",),  # (serve)
        "writer_label": ("लेखक", "लेखिका"),
        "meta_label": ("श्रेणी", "टैग", "शेयर करू", "टिप्पणी"),
        "published": ("प्रकाशित",),
        "counter": ("चरण", "उपाय"),  # (step, way)
        "permission": ("अनुमति सँ",),  # (with the leave (of): "लेखिकाक अनुमति सँ", with the writer's leave)
        "holder": ("लेखक", "लेखिका", "प्रकाशक", "सम्पादक", "संपादक"),
        "by": ("द्वारा",),
        "text_noun": ("लेख", "पाठ"),
        # (is allowed, are free to; never "सकैत छी" (can): "we publish new articles, you can read them" would grant)
        "may": ("अनुमति अछि", "स्वतन्त्र छी", "स्वतंत्र छी"),
        # (publish again; never "प्रकाशित" alone, a site's "we publish new articles, you can read them", nor "कॉपी", a
        # copybook as often as a copy)
        "reuse": ("पुनः प्रकाशित", "पुनर्प्रकाशित", "फेर सँ प्रकाशित"),
        "issue": ("एहि अंक",),  # (this issue)
        "limits": ("नहि", "केवल", "मात्र", "बिना", "वर्जित"),  # (not, only, only, without, forbidden)
        "desk": ("सम्पादक मण्डल",),
        "comments": ("टिप्पणी",),
        "numbers": ("दू", "तीन", "चारि", "पाँच", "छह", "सात", "आठ", "नौ", "दस"),
        "tips": ("उपाय", "सुझाव"),  # (ways, suggestions)
        "sign_in": ("लॉग इन",),
        "honorifics": ("श्रीमती", "श्रीमान", "श्री"),
        "summary": ("मुख्य गप्प",),  # (the main points)
        "months": ("बैसाख", "जेठ", "अखाढ़", "साओन", "भादव", "आसिन", "कातिक", "अगहन", "पूस", "माघ", "फागुन", "चैत"),
    },
}

KINDS = ("sequence", "posted_by", "rights_reserved", "ingredients", "serve", "writer_label", "meta_label", "published",
         "counter", "permission", "holder", "by",
         "text_noun", "may", "reuse", "issue", "limits", "desk", "comments", "numbers", "tips",
         "sign_in")
# The kinds a row may lack (see the module's docstring): the rules read only the languages whose rows hold them.
OPTIONAL_KINDS = ("function_words", "address", "formal_address", "infinitive_endings", "leading_infinitive_endings",
                  "imperative_endings", "measures",
                  "asked_by", "subscribe", "first_published", "warnings", "contents", "chapter",
                  "editor_role", "thread_status", "summary",
                  "issue_contents", "member_posts", "member_joined", "online_status",
                  "published_in", "read_also", "wrote", "series_part", "tags", "share",
                  "weekdays", "months", "honorifics", "kinship",
                  "sources", "facts_box", "vacancy", "gone", "ask_us", "licence_noun", "ordinals", "about_author",
                  "accepted_answer", "small_ads")

# Scripts whose sentences open without a capital and whose points may open with a sequence word and no comma
# ("마지막으로 배수구 …", "最后把 …"): there a sequence word is one by its place alone.
UNSPACED_COMMA_LANGUAGES = ("ja", "zh", "ko")
# "and" in the languages whose pairs the tables join: two writers on one name line ("A und B", "A og B") and several
# titles one grant names ("«X» et «Y»"); each reader may add its own language's words
AND_WORDS = "|".join(("and", "&", "und", "et", "y", "e", "i", "og", "och", "en"))
# Georgian's Mkhedruli letters: Unicode files them as lower case (since Mtavruli, their capitals, joined it), yet
# Georgian texts open sentences, headings and names with them; no capital is in use.
MKHEDRULI = ("\u10d0", "\u10ff")
# The full stops of scripts that end a sentence with a mark of their own, not ".": the danda and double danda
# (Devanagari, Bengali), Urdu's full stop (not Arabic's "."), the Ethiopic full stop (Amharic, Tigrinya), the
# Armenian full stop and the Burmese section mark ("။"); and the full stops Unicode names so in the other scripts a
# language is written in (round 25: Santali's Ol Chiki "᱾" and its double "᱿", Khmer's khan "។", the Mongolian and
# the Manchu full stops, Meetei Mayek's cheikhei, Lisu's, Vai's and Bamum's full stops, Javanese pada lungsi; round
# 27: Syriac's end of paragraph "܀" and its supralinear and sublinear full stops "܁" "܂", Assyrian pages'; round 28:
# the Canadian syllabics full stop "᙮", Plains Cree pages' and Inuktitut's). A
# sentence ends at one as at "."; the question marks of their scripts are listed apart (the Arabic one ends a
# sentence, the Armenian one stands over a word, inside it). Never a mark that may also part a clause (Burmese
# "၊", the Tibetan shad: LABEL_COLONS).
SCRIPT_FULL_STOPS = ("\u0964\u0965\u06d4\u1362\u0589\u104b\u0700\u0701\u0702"
                     "\u1c7e\u1c7f\u17d4\u1803\u1809\uabeb\ua4ff\ua60e\ua6f3\ua9c9\u166e")
# The marks other scripts write after a label where Latin writes a colon: the Ethiopic preface colon ("ጸሐፊ፦ NAME"),
# the Armenian comma ("Հեղինակ՝ NAME") and the Tibetan shad, which closes a label as it closes a phrase ("རྩོམ་པ་པོ།
# NAME"); a label before one reads as before ":"
LABEL_COLONS = "\u1366\u055d\u0f0d"


def character_class(categories: Iterable[str], start: int = 0x80, end: int = 0x10000) -> str:
    """The characters from ``start`` to ``end`` (by default the Basic Multilingual Plane above ASCII) of the Unicode
    general ``categories``, written as the ranges of a regular expression's character class (no brackets).

    >>> character_class(["Nd"], 0x660, 0x6f5)
    '٠-٩۰-۴'
    """
    wanted = set(categories)
    ranges: list[tuple[int, int]] = []
    for code in range(start, end):
        if unicodedata.category(chr(code)) in wanted:
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# What a sentence may open with after a full stop and a space, in any script: a capital (Latin, Greek, Cyrillic with
# the letters of Chuvash, Kazakh or Bashkir, Armenian, Cherokee), a letter of a script without capitals (Arabic,
# Hebrew, the Indic scripts, Thai, Ethiopic, the Canadian syllabics, Tifinagh, Ol Chiki, …: Unicode's "other
# letters") or a digit of any script ("᱓", "३"). Georgian's Mkhedruli letters count as small letters but open its
# sentences (MKHEDRULI). Computed from Unicode's categories, so a script no page showed yet is read as the others
# are (round 25: a Cherokee or an Ol Chiki point's explanation was kept in its headline, no range listed them).
# The scripts of Chinese, Japanese and Yi (U+2E80-U+A4CF, the compatibility ideographs, the full-width forms) are
# left out: they end a sentence with "。" and no blank, so a "." and a blank before their letters end a list's
# number or an abbreviation ("1. 第十七届 …"), no sentence.
_SENTENCE_OPENING = ("Lu", "Lt", "Lo", "Nd")
SENTENCE_OPENERS = ("A-Z0-9" + character_class(_SENTENCE_OPENING, 0x80, 0x2E80)
                    + character_class(_SENTENCE_OPENING, 0xA4D0, 0xF900)
                    + character_class(_SENTENCE_OPENING, 0xFB00, 0xFF00) + f"{MKHEDRULI[0]}-{MKHEDRULI[1]}")
# The Cherokee syllabary: Unicode files its letters as capitals (the small letters it added in 2015 are hardly in use),
# so a Cherokee name is written all in capitals as a matter of course, never "in capitals" to be recased.
CHEROKEE = ("\u13a0", "\u13ff")
# The glottal stop letters Polynesian languages write before a word's first vowel ("ʻOku", "ʻAe": the ʻokina, the
# modifier apostrophe): before a capital they open the sentence as an opening quote would.
GLOTTAL_MARKS = "\u02bb\u02bc"
# The letters of scripts that write no space between words: kana and CJK ideographs (Japanese, Chinese), Thai, Lao,
# Burmese and Khmer ("อย่าล้างผักก่อนเก็บ" is one "word" to a word count): a sentence or a phrase of theirs is told by
# its count of letters, not of words. Hangul is spaced (Korean puts spaces between phrases) and is not among them.
UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


def words(kind: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """Every language's words of one ``kind`` (or those of ``languages``), longest first so an alternation built
    from them tries "to begin with" before "to", and with no word twice.

    >>> words("rights_reserved", ["de", "fr"])
    ('alle rechte vorbehalten', 'tous droits réservés')
    """
    if kind not in KINDS and kind not in OPTIONAL_KINDS:
        raise KeyError(kind)
    chosen = LANGUAGES if languages is None else {code: LANGUAGES[code] for code in languages}
    found = {w for table in chosen.values() for w in table.get(kind, ())}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def folded(kind: str, languages: Iterable[str] | None = None) -> frozenset[str]:
    """Every language's words of one ``kind`` (or those of ``languages``), case-folded: the set a reader tests a
    case-folded word of a line against. The tables write their words in lower case, and ``casefold`` is not
    ``lower``: a Greek word ending in a final sigma folds to a plain sigma ("μέρος" -> "μέροσ"), German "ß" to
    "ss", so a folded word looked up among the words as written would miss them.

    >>> "Μέρος".casefold() in folded("chapter", ["el"]), "Μέρος".casefold() in words("chapter", ["el"])
    (True, False)
    """
    return frozenset(w.casefold() for w in words(kind, languages))


def alternation(kind: str, languages: Iterable[str] | None = None) -> str:
    r"""A regular-expression alternation of one kind's words, each escaped, spaces matching any run of blanks.

    >>> re.fullmatch(alternation("sequence", ["pl"]), "Po  pierwsze", re.I) is not None
    True
    """
    return "(?:" + "|".join(word_patterns(kind, languages)) + ")"


def word_patterns(kind: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    r"""The branches of :func:`alternation`, in its order: one pattern a word (for a table searched row by row).

    >>> word_patterns("rights_reserved", ["de"])
    ('alle\\s+rechte\\s+vorbehalten',)
    """
    return tuple(re.escape(w).replace(r"\ ", r"\s+") for w in words(kind, languages))


def first_in_sequence() -> str:
    r"""A regular-expression alternation of the sequence word that opens the first point, in every language: each
    table lists it first ("first", "erstens", "po pierwsze", "во-первых"); English adds its other forms.

    >>> all(re.fullmatch(first_in_sequence(), w, re.I) for w in ("Firstly", "Erstens", "po pierwsze", "πρώτον"))
    True
    >>> re.fullmatch(first_in_sequence(), "Secondly", re.I) is None
    True
    """
    found = {table["sequence"][0] for table in LANGUAGES.values()} | {"firstly", "first of all", "to begin with",
                                                                      "to start with"}
    ordered = sorted(found, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


# The languages that write a count after the noun it counts ("ladilikan wɔɔrɔ", six tips, Bambara; "nneɛma nnum",
# five things, Twi; Shan's noun, number and classifier; "ߝߍߍߙߍ ߣߊߊߣߌ", four ways, Manding in N'Ko): a title in them
# never opens with a number word, so their number words are read nowhere there, and elsewhere they would only
# collide (Bambara "saba", three, is Swahili's seven; "tan", ten, is an English word)
COUNT_AFTER_NOUN = ("bm", "shn", "tw", "nqo", "ee", "ny")


def number_words(languages: Iterable[str] | None = None) -> dict[str, int]:
    """The number words of the tables (``languages``, else every one) and their values; a word two languages give
    different values is left out ("ni" is nine in Danish, "ten" is ten in English), and so is one that another
    language writes among its commonest words (Haitian "de" is two, but "De" opens a Dutch or a Danish title as
    "the"; Danish "to" is two, Polish "To" is "this"; French "Du" is "some").

    >>> number_words(["sv", "de"])["sex"], number_words(["sv", "de"])["sechs"]
    (6, 6)
    >>> "de" in number_words(), "du" in number_words(), number_words()["kat"]
    (False, False, 4)
    >>> "twa" in number_words()  # Creole three, Frisian two
    False
    >>> number_words()["saba"], "tan" in number_words()  # (Swahili seven; Bambara counts after its noun)
    (7, False)
    """
    found: dict[str, set[int]] = {}
    for code, table in LANGUAGES.items():
        if (languages is None or code in languages) and code not in COUNT_AFTER_NOUN:
            for k, w in enumerate(table["numbers"]):
                found.setdefault(w, set()).add(k + 2)
    common = {w for table in LANGUAGES.values() for w in table.get("function_words", ())}
    return {w: next(iter(v)) for w, v in found.items() if len(v) == 1 and w not in common}


def languages_with(*kinds: str) -> tuple[str, ...]:
    """The codes of the languages whose rows hold every one of ``kinds`` (of :data:`OPTIONAL_KINDS`), in the
    tables' order.

    >>> languages_with("function_words", "formal_address")
    ('de',)
    """
    return tuple(code for code, table in LANGUAGES.items() if all(table.get(kind) for kind in kinds))


def other_languages() -> tuple[str, ...]:
    """The codes of every language but English (whose words the rules have always spelled in place)."""
    return tuple(code for code in LANGUAGES if code != "en")
