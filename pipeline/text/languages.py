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
  "Rating:", "Comments:"): the line is the page's, never the title, the byline or the text.
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
- ``published``: the words opening a date line ("Published", "Updated", "Posted on"): with a digit after them the
  line is the post's date, the page's metadata.

Words are lower case (a consumer matches case-insensitively), written as the language writes them (accents and
script kept). Short words that are common words elsewhere ("de", "von", "por" alone) are never listed: a
phrase of two words or a word that is a cue by itself only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The languages: ISO 639-1 code -> {kind: words}. Chosen from the languages the labelled parts and the real texts
# hold and the largest web languages.
LANGUAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sequence": ("first", "firstly", "first of all", "to begin with", "to start with", "second", "secondly",
                     "third", "thirdly", "next", "then", "after that", "finally", "lastly", "last of all"),
        "posted_by": ("written by", "posted by", "published by"),
        "rights_reserved": ("all rights reserved",),
        "ingredients": ("ingredients",),
        "serve": ("serve", "to serve", "enjoy"),
        "writer_label": ("author", "writer", "text", "words"),
        "meta_label": ("category", "categories", "tags", "share", "rating", "views", "comments"),
        "published": ("posted on", "published", "updated"),
        "counter": ("tip", "step"),
        "permission": ("with permission", "with the permission of", "by permission of"),
        "holder": ("author", "writer", "publisher", "editor", "owner"),
        "by": ("by",),
    },
    "de": {
        "sequence": ("erstens", "zweitens", "drittens", "viertens", "fünftens", "zuerst", "zunächst", "als erstes",
                     "danach", "anschließend", "außerdem", "schließlich", "zum schluss", "zu guter letzt",
                     "als letztes", "und zuletzt"),
        "posted_by": ("geschrieben von", "verfasst von", "veröffentlicht von", "eingestellt von"),
        "rights_reserved": ("alle rechte vorbehalten",),
        "ingredients": ("zutaten",),
        "serve": ("servieren", "serviere", "servieren sie", "dazu passt", "guten appetit"),
        "writer_label": ("autor", "autorin", "text", "verfasser", "verfasserin"),
        "meta_label": ("kategorie", "kategorien", "schlagwörter", "schlagworte", "teilen", "bewertung", "aufrufe",
                       "kommentare"),
        "published": ("veröffentlicht", "aktualisiert", "erschienen am", "geschrieben am"),
        "counter": ("schritt", "tipp"),
        "permission": ("mit genehmigung", "mit freundlicher genehmigung", "mit erlaubnis", "mit zustimmung"),
        "holder": ("autor", "verfasser", "verlag", "herausgeber", "redaktion", "rechteinhaber"),
        "by": ("von",),
    },
    "fr": {
        "sequence": ("premièrement", "deuxièmement", "troisièmement", "quatrièmement", "tout d'abord",
                     "d'abord", "en premier lieu", "ensuite", "puis", "après cela", "enfin", "pour finir",
                     "en dernier lieu", "finalement"),
        "posted_by": ("écrit par", "écrite par", "publié par", "publiée par", "posté par", "rédigé par"),
        "rights_reserved": ("tous droits réservés",),
        "ingredients": ("ingrédients", "ingredients"),
        "serve": ("servir", "servez", "dégustez", "déguster", "bon appétit"),
        "writer_label": ("auteur", "autrice", "texte"),
        "meta_label": ("catégorie", "catégories", "étiquettes", "mots-clés", "partager", "partagez", "vues",
                       "commentaires"),
        "published": ("publié le", "publié", "mis à jour", "posté le"),
        "counter": ("étape", "etape", "astuce", "conseil"),
        "permission": ("avec l'autorisation", "avec l’autorisation", "avec l'aimable autorisation",
                       "avec l’aimable autorisation", "avec la permission"),
        "holder": ("auteur", "autrice", "éditeur", "éditrice", "editeur", "rédaction"),
        "by": ("par",),
    },
    "es": {
        "sequence": ("primero", "en primer lugar", "segundo", "en segundo lugar", "tercero", "en tercer lugar",
                     "después", "luego", "a continuación", "por último", "finalmente", "para terminar"),
        "posted_by": ("escrito por", "publicado por", "enviado por", "redactado por"),
        "rights_reserved": ("todos los derechos reservados",),
        "ingredients": ("ingredientes",),
        "serve": ("servir", "sirve", "sirva", "servimos", "disfruta", "buen provecho"),
        "writer_label": ("autor", "autora", "texto"),
        "meta_label": ("categoría", "categorías", "etiquetas", "compartir", "comparte", "valoración", "visitas",
                       "comentarios"),
        "published": ("publicado el", "publicado", "actualizado"),
        "counter": ("paso", "consejo"),
        "permission": ("con permiso", "con el permiso", "con autorización", "con la autorización"),
        "holder": ("autor", "editor", "editorial", "titular"),
        "by": ("por",),
    },
    "pt": {
        "sequence": ("primeiro", "em primeiro lugar", "segundo", "em segundo lugar", "terceiro", "depois",
                     "em seguida", "a seguir", "por fim", "por último", "finalmente"),
        "posted_by": ("escrito por", "postado por", "publicado por", "enviado por"),
        "rights_reserved": ("todos os direitos reservados",),
        "ingredients": ("ingredientes",),
        "serve": ("servir", "sirva", "sirvo", "bom apetite"),
        "writer_label": ("autor", "autora", "texto"),
        "meta_label": ("categoria", "categorias", "compartilhe", "compartilhar", "partilhar", "avaliação",
                       "visualizações", "comentários"),
        "published": ("publicado em", "publicado", "atualizado", "postado em"),
        "counter": ("passo", "dica"),
        "permission": ("com autorização", "com a autorização", "com permissão", "com a permissão"),
        "holder": ("autor", "editor", "editora", "titular", "proprietári"),
        "by": ("por", "de"),
    },
    "it": {
        "sequence": ("primo", "per prima cosa", "innanzitutto", "prima di tutto", "secondo", "in secondo luogo",
                     "terzo", "poi", "in seguito", "dopodiché", "infine", "per finire", "da ultimo"),
        "posted_by": ("scritto da", "pubblicato da", "postato da"),
        "rights_reserved": ("tutti i diritti riservati",),
        "ingredients": ("ingredienti",),
        "serve": ("servire", "servite", "servi", "buon appetito"),
        "writer_label": ("autore", "autrice", "testo"),
        "meta_label": ("categoria", "categorie", "condividi", "valutazione", "visualizzazioni", "commenti"),
        "published": ("pubblicato il", "pubblicato", "aggiornato"),
        "counter": ("passo", "consiglio"),
        "permission": ("con il permesso", "con l'autorizzazione", "con l’autorizzazione", "per gentile concessione",
                       "con il consenso"),
        "holder": ("autor", "editore", "editrice", "redazione"),
        "by": ("di", "da"),
    },
    "nl": {
        "sequence": ("ten eerste", "ten tweede", "ten derde", "ten vierde", "eerst", "allereerst", "daarna",
                     "vervolgens", "tot slot", "ten slotte", "als laatste", "tenslotte"),
        "posted_by": ("geschreven door", "geplaatst door", "gepubliceerd door"),
        "rights_reserved": ("alle rechten voorbehouden",),
        "ingredients": ("ingrediënten", "ingredienten"),
        "serve": ("serveer", "serveren", "eet smakelijk"),
        "writer_label": ("auteur", "tekst", "schrijver"),
        "meta_label": ("categorie", "categorieën", "delen", "beoordeling", "weergaven", "reacties"),
        "published": ("gepubliceerd", "bijgewerkt", "geplaatst op"),
        "counter": ("stap", "tip"),
        "permission": ("met toestemming", "met vriendelijke toestemming"),
        "holder": ("auteur", "schrijver", "uitgever", "redactie"),
        "by": ("door",),
    },
    "pl": {
        "sequence": ("po pierwsze", "po drugie", "po trzecie", "po czwarte", "po piąte", "najpierw",
                     "następnie", "potem", "na koniec", "na zakończenie", "wreszcie", "po ostatnie"),
        "posted_by": ("napisał", "napisała", "opublikował", "opublikowała", "opublikowane przez"),
        "rights_reserved": ("wszelkie prawa zastrzeżone",),
        "ingredients": ("składniki",),
        "serve": ("podawać", "podawaj", "podajemy", "smacznego"),
        "writer_label": ("autor", "autorka", "tekst", "opracowanie", "opracował", "opracowała"),
        "meta_label": ("kategoria", "kategorie", "tagi", "udostępnij", "ocena", "wyświetlenia", "komentarze"),
        "published": ("opublikowano", "zaktualizowano", "dodano"),
        "counter": ("krok", "wskazówka", "porada"),
        "permission": ("za zgodą", "za uprzejmą zgodą", "za pozwoleniem"),
        "holder": ("autor", "wydaw", "redakc"),
        "by": ("przez",),
    },
    "cs": {
        "sequence": ("za prvé", "za druhé", "za třetí", "nejprve", "nejdříve", "potom", "poté", "dále",
                     "nakonec", "na závěr"),
        "posted_by": ("napsal", "napsala", "vystavil", "publikoval"),
        "rights_reserved": ("všechna práva vyhrazena",),
        "ingredients": ("suroviny", "ingredience"),
        "serve": ("podávejte", "podáváme", "dobrou chuť"),
        "writer_label": ("autor", "autorka", "text", "připravil", "připravila"),
        "meta_label": ("kategorie", "štítky", "sdílet", "hodnocení", "zobrazení", "komentáře"),
        "published": ("publikováno", "aktualizováno", "vloženo"),
        "counter": ("krok", "tip", "rada"),
        "permission": ("se svolením", "s laskavým svolením", "se souhlasem"),
        "holder": ("autor", "vydavatel", "nakladatel", "redakce"),
        "by": ("od",),
    },
    "ro": {
        "sequence": ("în primul rând", "în al doilea rând", "în al treilea rând", "mai întâi", "apoi",
                     "după aceea", "în cele din urmă", "în final", "la final"),
        "posted_by": ("scris de", "publicat de", "postat de"),
        "rights_reserved": ("toate drepturile rezervate",),
        "ingredients": ("ingrediente",),
        "serve": ("serviți", "se servește", "poftă bună"),
        "writer_label": ("autor", "autoare", "text"),
        "meta_label": ("categorie", "categorii", "etichete", "distribuie", "vizualizări", "comentarii"),
        "published": ("publicat", "actualizat", "postat"),
        "counter": ("pasul", "sfatul"),
        "permission": ("cu permisiunea", "cu acordul"),
        "holder": ("autor", "editur", "redacți"),
        "by": ("de",),
    },
    "sv": {
        "sequence": ("för det första", "för det andra", "för det tredje", "först", "sedan", "därefter",
                     "till sist", "slutligen", "avslutningsvis"),
        "posted_by": ("skrivet av", "skriven av", "upplagd av", "publicerad av"),
        "rights_reserved": ("alla rättigheter förbehållna",),
        "ingredients": ("ingredienser",),
        "serve": ("servera", "serveras", "smaklig måltid"),
        "writer_label": ("författare", "text", "skribent"),
        "meta_label": ("kategori", "kategorier", "taggar", "dela", "betyg", "visningar", "kommentarer"),
        "published": ("publicerad", "publicerat", "uppdaterad", "uppdaterat"),
        "counter": ("steg", "tips"),
        "permission": ("med tillstånd", "med tillåtelse", "med benäget tillstånd"),
        "holder": ("författar", "förlag", "redaktion", "upphovs"),
        "by": ("av",),
    },
    "da": {
        "sequence": ("for det første", "for det andet", "for det tredje", "først", "derefter", "til sidst",
                     "endelig", "afslutningsvis"),
        "posted_by": ("skrevet af", "indsendt af", "udgivet af"),
        "rights_reserved": ("alle rettigheder forbeholdes",),
        "ingredients": ("ingredienser",),
        "serve": ("server", "serveres", "velbekomme"),
        "writer_label": ("forfatter", "tekst", "skribent"),
        "meta_label": ("kategori", "kategorier", "bedømmelse", "visninger", "kommentarer"),
        "published": ("udgivet", "opdateret", "offentliggjort"),
        "counter": ("trin", "tip"),
        "permission": ("med tilladelse", "med venlig tilladelse"),
        "holder": ("forfatter", "forlag", "redaktion"),
        "by": ("af",),
    },
    "no": {
        "sequence": ("for det første", "for det andre", "for det tredje", "først", "deretter", "til slutt",
                     "til sist", "avslutningsvis"),
        "posted_by": ("skrevet av", "lagt inn av", "publisert av"),
        "rights_reserved": ("alle rettigheter reservert",),
        "ingredients": ("ingredienser",),
        "serve": ("server", "serveres", "velbekomme"),
        "writer_label": ("forfatter", "tekst", "skribent"),
        "meta_label": ("kategori", "kategorier", "stikkord", "emneknagger", "vurdering", "visninger", "kommentarer"),
        "published": ("publisert", "oppdatert"),
        "counter": ("steg", "tips"),
        "permission": ("med tillatelse", "med vennlig tillatelse"),
        "holder": ("forfatter", "forlag", "redaksjon"),
        "by": ("av",),
    },
    "fi": {
        "sequence": ("ensinnäkin", "ensimmäiseksi", "toiseksi", "kolmanneksi", "aluksi", "sitten", "seuraavaksi",
                     "lopuksi", "viimeiseksi"),
        "posted_by": ("kirjoittanut", "julkaissut"),
        "rights_reserved": ("kaikki oikeudet pidätetään",),
        "ingredients": ("ainekset", "ainesosat"),
        "serve": ("tarjoile", "tarjoillaan", "hyvää ruokahalua"),
        "writer_label": ("kirjoittaja", "teksti"),
        "meta_label": ("kategoria", "kategoriat", "avainsanat", "tunnisteet", "arvio", "katselukerrat", "kommentit"),
        "published": ("julkaistu", "päivitetty"),
        "counter": ("vaihe", "vinkki"),
        "permission": ("luvalla", "suostumuksella"),
        "holder": ("kirjoittaj", "tekijä", "kustantaj", "toimitu"),
        "by": ("kirjoittanut",),
    },
    "hu": {
        "sequence": ("először", "elsőként", "másodszor", "harmadszor", "ezután", "azután", "majd", "végül",
                     "utoljára"),
        "posted_by": ("írta", "közzétette", "beküldte"),
        "rights_reserved": ("minden jog fenntartva",),
        "ingredients": ("hozzávalók",),
        "serve": ("tálald", "tálaljuk", "jó étvágyat"),
        "writer_label": ("szerző", "szöveg", "írta"),
        "meta_label": ("kategória", "címkék", "megosztás", "értékelés", "megtekintések", "hozzászólások"),
        "published": ("közzétéve", "frissítve", "megjelent"),
        "counter": ("lépés", "tipp"),
        "permission": ("engedélyével", "hozzájárulásával"),
        "holder": ("szerző", "kiadó", "szerkesztő"),
        "by": ("írta",),
    },
    "tr": {
        "sequence": ("ilk olarak", "öncelikle", "birincisi", "ikincisi", "üçüncüsü", "ardından", "daha sonra",
                     "sonra", "son olarak", "en son"),
        "posted_by": ("yazan", "gönderen", "yayınlayan"),
        "rights_reserved": ("tüm hakları saklıdır",),
        "ingredients": ("malzemeler",),
        "serve": ("servis yapın", "servis edin", "afiyet olsun"),
        "writer_label": ("yazar", "yazan", "metin"),
        "meta_label": ("kategori", "etiketler", "paylaş", "puan", "görüntülenme", "yorumlar"),
        "published": ("yayınlanma", "yayınlandı", "güncellendi", "güncelleme"),
        "counter": ("adım", "ipucu"),
        "permission": ("izniyle", "izni ile"),
        "holder": ("yazar", "yayıncı", "yayınevi"),
        "by": ("yazan",),
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
                       "σχόλια"),
        "published": ("δημοσιεύτηκε", "δημοσίευση", "ενημερώθηκε", "ενημέρωση"),
        "counter": ("βήμα", "συμβουλή"),
        "permission": ("με την άδεια", "με άδεια", "με την έγκριση"),
        "holder": ("συγγραφ", "εκδότ", "εκδοτ", "συντάκτ"),
        "by": ("από",),
    },
    "ru": {
        "sequence": ("во-первых", "во-вторых", "в-третьих", "в-четвёртых", "в-четвертых", "сначала",
                     "прежде всего", "затем", "потом", "далее", "наконец", "в заключение"),
        "posted_by": ("автор статьи", "опубликовал", "опубликовала", "написал", "написала"),
        "rights_reserved": ("все права защищены",),
        "ingredients": ("ингредиенты",),
        "serve": ("подавайте", "подавать", "подаём", "приятного аппетита"),
        "writer_label": ("автор", "текст", "подготовил", "подготовила", "подготовили"),
        "meta_label": ("рубрика", "категория", "метки", "теги", "поделиться", "рейтинг", "просмотров", "просмотры",
                       "комментарии"),
        "published": ("опубликовано", "обновлено", "дата публикации"),
        "counter": ("шаг", "совет"),
        "permission": ("с разрешения", "с согласия", "с любезного разрешения"),
        "holder": ("автор", "издат", "редакц"),
        "by": ("автор",),
    },
    "uk": {
        "sequence": ("по-перше", "по-друге", "по-третє", "по-четверте", "спершу", "спочатку", "насамперед",
                     "потім", "далі", "нарешті", "наостанок", "на завершення"),
        "posted_by": ("автор статті", "опублікував", "опублікувала", "написав", "написала"),
        "rights_reserved": ("всі права захищені", "усі права захищені"),
        "ingredients": ("інгредієнти",),
        "serve": ("подавайте", "подавати", "смачного"),
        "writer_label": ("автор", "авторка", "текст", "підготував", "підготувала", "підготували"),
        "meta_label": ("рубрика", "категорія", "мітки", "теги", "поділитися", "рейтинг", "переглядів", "перегляди",
                       "коментарі"),
        "published": ("опубліковано", "оновлено", "дата публікації"),
        "counter": ("крок", "порада"),
        "permission": ("з дозволу", "за згодою", "з люб'язного дозволу"),
        "holder": ("автор", "видав", "редакц"),
        "by": ("автор",),
    },
    "id": {
        "sequence": ("pertama", "kedua", "ketiga", "keempat", "pertama-tama", "selanjutnya", "kemudian",
                     "setelah itu", "terakhir", "akhirnya"),
        "posted_by": ("ditulis oleh", "diposting oleh", "dikirim oleh", "diterbitkan oleh"),
        "rights_reserved": ("hak cipta dilindungi undang-undang", "hak cipta dilindungi"),
        "ingredients": ("bahan-bahan", "bahan"),
        "serve": ("sajikan", "hidangkan", "selamat menikmati"),
        "writer_label": ("penulis", "oleh", "pengarang"),
        "meta_label": ("kategori", "label", "bagikan", "penilaian", "dilihat", "komentar"),
        "published": ("diterbitkan", "dipublikasikan", "diperbarui"),
        "counter": ("langkah", "tips", "kiat"),
        "permission": ("atas izin", "dengan izin", "seizin"),
        "holder": ("penulis", "penerbit", "pengarang", "redaksi"),
        "by": ("oleh",),
    },
    "vi": {
        "sequence": ("thứ nhất", "thứ hai", "thứ ba", "đầu tiên", "trước hết", "tiếp theo", "sau đó",
                     "cuối cùng"),
        "posted_by": ("viết bởi", "đăng bởi", "người viết"),
        "rights_reserved": ("bảo lưu mọi quyền", "mọi quyền được bảo lưu"),
        "ingredients": ("nguyên liệu",),
        "serve": ("dọn ra", "thưởng thức", "chúc ngon miệng"),
        "writer_label": ("tác giả", "bài", "người viết", "bài viết"),
        "meta_label": ("chuyên mục", "danh mục", "thẻ", "chia sẻ", "đánh giá", "lượt xem", "bình luận"),
        "published": ("đăng ngày", "cập nhật", "ngày đăng"),
        "counter": ("bước", "mẹo"),
        "permission": ("được sự cho phép", "với sự cho phép", "được phép của"),
        "holder": ("tác giả", "nhà xuất bản", "ban biên tập"),
        "by": ("bởi",),
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
    },
    "zh": {
        "sequence": ("首先", "第一", "第二", "第三", "其次", "然后", "接着", "再次", "最后"),
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
    },
}

KINDS = ("sequence", "posted_by", "rights_reserved", "ingredients", "serve", "writer_label", "meta_label", "published",
         "counter", "permission", "holder", "by")

# Scripts whose sentences open without a capital and whose points may open with a sequence word and no comma
# ("마지막으로 배수구 …", "最后把 …"): there a sequence word is one by its place alone.
UNSPACED_COMMA_LANGUAGES = ("ja", "zh", "ko")


def words(kind: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """Every language's words of one ``kind`` (or those of ``languages``), longest first so an alternation built
    from them tries "to begin with" before "to", and with no word twice.

    >>> words("rights_reserved", ["de", "fr"])
    ('alle rechte vorbehalten', 'tous droits réservés')
    """
    if kind not in KINDS:
        raise KeyError(kind)
    chosen = LANGUAGES if languages is None else {code: LANGUAGES[code] for code in languages}
    found = {w for table in chosen.values() for w in table[kind]}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def alternation(kind: str, languages: Iterable[str] | None = None) -> str:
    r"""A regular-expression alternation of one kind's words, each escaped, spaces matching any run of blanks.

    >>> re.fullmatch(alternation("sequence", ["pl"]), "Po  pierwsze", re.I) is not None
    True
    """
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words(kind, languages)) + ")"


def other_languages() -> tuple[str, ...]:
    """The codes of every language but English (whose words the rules have always spelled in place)."""
    return tuple(code for code in LANGUAGES if code != "en")
