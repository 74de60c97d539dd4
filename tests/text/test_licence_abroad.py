"""Licence wordings in other languages (issue 16, round 6): the tables of grants, refusals, used-with-permission
credit lines and public-domain dedications in German, French, Spanish, Portuguese, Italian, Dutch, Polish and
Swedish. Each sentence is written for this test, in the shape site footers and notices use; a wrong grant is worse
than none, so every family has its traps."""

from __future__ import annotations

import re

import pytest

from pipeline.text import licence as lic
from tests.conftest import licence_tag as tag_of

FR, UWP, ARR, PD, NONE = (lic.FREE_REPRINT, lic.USED_WITH_PERMISSION, lic.ALL_RIGHTS_RESERVED, lic.PUBLIC_DOMAIN,
                          lic.NOASSERTION)


@pytest.mark.parametrize("line, tag", [
    # grants: this text may be passed on or republished, on terms
    ("Sie dürfen diesen Beitrag mit Nennung des Autors weitergeben.", FR),
    ("Du darfst diesen Artikel unverändert auf deiner Seite veröffentlichen.", FR),
    ("É permitida a republicação deste texto, desde que citado o autor.", FR),
    ("È consentita la diffusione di questi articoli citando la fonte.", FR),
    ("Deze artikelen mogen vrij worden gedeeld, met vermelding van de schrijver.", FR),
    ("U mag deze tekst overnemen op uw eigen website, met een link naar ons.", FR),
    # refusals: like "All rights reserved", they need no object
    ("Die Übernahme der Inhalte ist ohne Zustimmung des Verlags untersagt.", ARR),
    ("Eine Vervielfältigung dieses Textes ist nicht gestattet.", ARR),
    ("Toute reproduction, totale ou partielle, est strictement interdite.", ARR),
    ("Reprodução proibida sem autorização do autor.", ARR),
    ("È vietata la copia dei testi pubblicati su questo blog.", ARR),
    ("Niets uit deze website mag zonder toestemming worden gekopieerd.", ARR),
    ("Het overnemen van artikelen van deze site is niet toegestaan.", ARR),
    ("Przedruk artykułów bez zgody redakcji jest zabroniony.", ARR),
    ("Kopiering förbjuden utan skriftligt medgivande.", ARR),
    # used with permission: the page carries it by the holder's leave
    ("Wiedergabe mit freundlicher Genehmigung der Autorin.", UWP),
    ("Article republié avec l'accord de son auteur.", UWP),
    ("Reproducido con el permiso expreso de la autora.", UWP),
    ("Texto publicado com a gentil autorização do autor.", UWP),
    ("Pubblicato per gentile concessione dell'autore.", UWP),
    ("Dit artikel is overgenomen met toestemming van de auteur.", UWP),
    ("Przedruk za zgodą autora.", UWP),
    # dedications of this text to the public domain
    ("L'auteur a placé cet article dans le domaine public.", PD),
    ("Esta entrada queda en el dominio público.", PD),
    ("Este artigo está em domínio público.", PD),
    ("Questo testo è rilasciato nel pubblico dominio.", PD),
    ("Deze tekst valt in het publieke domein.", PD),
    ("Dieser Beitrag ist gemeinfrei.", PD),
])
def test_wordings_abroad_read_as_their_class(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line, tag", [
    # a grant under a negation, or "only with permission", is none
    ("Sie dürfen diesen Text nicht ohne Genehmigung veröffentlichen.", ARR),
    ("Deze artikelen mogen niet worden overgenomen.", NONE),
    ("Não é permitida a reprodução deste artigo.", NONE),
    ("Non è consentita la riproduzione di questo articolo.", NONE),
    # "only with permission" refuses; it is no credit line
    ("Nachdruck nur mit Genehmigung des Verlags.", ARR),
    # a picture's credit by leave licenses the picture
    ("Foto mit freundlicher Genehmigung von Jonas Keller.", NONE),
    # public domain said of something else, or denied
    ("Ce texte n'est pas dans le domaine public.", NONE),
    ("Este texto cita obras que están en el dominio público.", NONE),
    ("Muitas receitas antigas estão em domínio público.", NONE),
    ("Dieser Text ist nicht gemeinfrei.", NONE),
    # "some rights reserved" is Creative Commons' motto, no reservation
    ("Algunos derechos reservados.", NONE),
    ("Certains droits réservés.", NONE),
    ("Alguns direitos reservados.", NONE),
    ("Alcuni diritti riservati.", NONE),
    # "not protected by copyright", and body text in other scripts
    ("Rezepte sind nicht urheberrechtlich geschützt.", NONE),
    ("Все растения нужно поливать утром.", NONE),
    ("このトマトは日当たりの良い場所で育てます。", NONE),
    # body text in those languages with none of it
    ("Die Genehmigung für den Anbau kam erst im Mai.", NONE),
    ("La production de tomates est interdite dans ce jardin partagé.", NONE),
    # Polish and Hindi: a grant denied, or "can" about something other than this text
    ("Tego artykułu nie można kopiować ani publikować bez zgody autora.", NONE),
    ("Artykuł nie można publikować bez zgody.", NONE),
    ("Na balkonie można posadzić pomidory i paprykę.", NONE),
    ("आप यह लेख बिना अनुमति के प्रकाशित नहीं कर सकते।", NONE),
    ("आप सुबह जल्दी उठकर पढ़ाई कर सकते हैं।", NONE),
])
def test_traps_abroad_grant_nothing(line, tag):
    assert tag_of(line) == tag
    assert lic.reuse({"tag": tag_of(line)}).answer in (lic.ASK_PERMISSION, lic.UNKNOWN)


# One sentence per table row (in table order), so each row is shown to match and to pass the gate words.
ROW_EXAMPLES = {
    "GRANT_ABROAD": [
        "Dieser Artikel darf mit Quellenangabe weiterverbreitet werden.",
        "Sie dürfen diesen Text mit Nennung der Quelle weitergeben.",
        "Vous pouvez librement reproduire cet article en citant l'auteur.",
        "Se permite la reproducción de este artículo citando la fuente.",
        "É permitida a reprodução deste artigo, desde que citada a fonte.",
        "È consentita la riproduzione di questo articolo citando la fonte.",
        "Dit artikel mag vrij worden overgenomen met bronvermelding.",
        "U mag dit artikel publiceren met een link naar de bron.",
        "Перепечатка статей с сайта разрешена при условии прямой ссылки на наш сайт.",
        "Передрук статей дозволено за умови посилання на наш сайт.",
        "Ten artykuł można bezpłatnie przedrukować w całości, z notką o autorze.",
        "Reproduction libre autorisée en citant le nom de la chroniqueuse.",
        "आप यह लेख अपने ब्लॉग पर बिना बदलाव के प्रकाशित कर सकते हैं।",
        "Гэты тэкст можна перадрукоўваць у рассылках, калі захавана імя аўтара.",
    ],
    "REFUSE_ABROAD": [
        "Nachdruck nur mit schriftlicher Genehmigung.",
        "Die Texte dürfen nicht kopiert werden.",
        "Nachdruck nach vorheriger Absprache mit der Redaktion gestattet.",
        "Jede Verwertung ohne Zustimmung ist unzulässig.",
        "Reproduction interdite.",
        "Toute reproduction, même partielle, est interdite.",
        "Ces textes ne peuvent pas être reproduits.",
        "Queda prohibida la reproducción de este artículo.",
        "No se permite la copia de este texto.",
        "É proibida a reprodução deste texto.",
        "Riproduzione riservata.",
        "È vietata la riproduzione di questo articolo.",
        "Niets uit deze uitgave mag worden verveelvoudigd.",
        "Overname van deze tekst is niet toegestaan.",
        "Kopiowanie tekstu jest zabronione.",
        "Eftertryck förbjudet.",
        "Tekstene kan ikke gjengis uten skriftlig tillatelse fra redaksjonen.",
        "Artiklerne må ikke gengives uden tilladelse.",
        "Копирование статей без согласия автора запрещено.",
        "Копіювання статей без дозволу автора заборонено.",
        "Straipsnius kopijuoti be redakcijos leidimo draudžiama.",
        "Копирането на текстовете без разрешение е забранено.",
        "Preuzimanje tekstova bez dozvole autora nije dozvoljeno.",
        "Bawal ang muling paglalathala ng mga artikulo nang walang pahintulot.",
        "Queda prohibida la reproducció total o parcial dels textos.",
        "د دې مقالې کاپي کول د لیکوال له اجازې پرته منع دي.",  # Pashto (round 20)
        "Перадрук тэкстаў сайта без дазволу аўтараў забаронены.",  # Belarusian (round 21)
        "Нашри матнҳо танҳо бо иҷозати муаллиф.",  # Tajik (round 21)
    ],
    "PERMISSION_ABROAD": [
        "Abdruck mit freundlicher Genehmigung der Redaktion.",
        "Mit freundlicher Genehmigung des Autors.",
        "Publié avec l'autorisation de l'auteur.",
        "Avec l'aimable autorisation de la revue.",
        "Publicado con permiso del autor.",
        "Publicado com permissão da autora.",
        "Per gentile concessione della rivista.",
        "Pubblicato con il permesso dell'autore.",
        "Overgenomen met toestemming van de schrijver.",
        "Publikacja za zgodą autora.",
    ],
    "RESERVED_WORDINGS": [
        # one example per row, in the rows' order (the language tables' rows in text/languages.py's order)
        "All rights reserved.",
        "Writers keep the copyright in their letters.",
        "Alle Rechte vorbehalten.",
        "Alle Inhalte dieser Seite sind urheberrechtlich geschützt.",
        "Tous droits réservés.",
        "Derechos reservados.",
        "Todos os direitos reservados.",
        "Tutti i diritti sono riservati.",
        "Auteursrechten voorbehouden.",
        "Prawa autorskie zastrzeżone.",
        "Med ensamrätt.",
        "Alle rettigheder forbeholdes.",
        "Alle rettigheter forbeholdt.",
        "Kaikki oikeudet pidätetään.",
        "Všechna práva vyhrazena.",
        "Tüm hakları saklıdır.",
        "Все права защищены.",
        "Με επιφύλαξη παντός δικαιώματος.",
        "無断転載を禁じます。",
        "版權所有",
        "未经授权，禁止复制。",
        "무단전재 및 재배포 금지",
        "Lahat ng karapatan ay nakalaan.",
        "Haki zote zimehifadhiwa.",
        "Hak cipta terpelihara.",
        "© 2021 Bergkloof. Alle regte voorbehou.",
        "© 2021 Ría Verde. Todos os dereitos reservados.",
        "© 2021 Mendiko. Eskubide guztiak erreserbatuta.",
        "© 2021 Vrtiček. Vse pravice pridržane.",
        "Bütün hüquqlar qorunur.",
        "Барлық құқықтар қорғалған.",
        "Бардык укуктар корголгон.",
        "Бүх эрх хуулиар хамгаалагдсан.",
        "Усе правы абаронены.",
        "සියලුම හිමිකම් ඇවිරිණි.",
        "រក្សាសិទ្ធិគ្រប់យ៉ាង។",
        "© 2024 Kuchyňa. Všetky práva vyhradené.",
        "Toate drepturile rezervate.",
        "Minden jog fenntartva.",
        "Усі права захищені.",
        "Hak cipta dilindungi undang-undang.",
        "Bảo lưu mọi quyền.",
        "جميع الحقوق محفوظة.",
        "सर्वाधिकार सुरक्षित।",
        "כל הזכויות שמורות.",
        "کلیه حقوق محفوظ است.",
        "সর্বস্বত্ব সংরক্ষিত।",
        "สงวนลิขสิทธิ์",
        "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
        "Сва права задржана.",
        "Всички права запазени.",
        "Visos teisės saugomos.",
        "© 2022 Dārza Vēstis. Visas tiesības aizsargātas.",  # Latvian (round 16)
        "© 2022 Papur y Cwm. Cedwir pob hawl.",  # Welsh (round 16)
        "Tots els drets reservats.",
        "© 2024 «Լուսաբաց»։ Բոլոր իրավունքները պաշտպանված են։",  # Armenian (round 16)
        "© 2024 ბლოგი. ყველა უფლება დაცულია.",
        "© 2024 صحت۔ جملہ حقوق محفوظ ہیں۔",
        "© 2024 माझी बाग. सर्व हक्क राखीव.",
        "© 2024 ቤት። ሁሉም መብቱ በሕግ የተጠበቀ ነው።",
        "© 2024 Garðblaðið. Öll réttindi áskilin.",  # Icelandic (round 17)
        "© 2024 Кујна.мк. Сите права се задржани.",  # Macedonian
        "© 2024 Aiaveeb. Kõik õigused kaitstud.",  # Estonian
        "© 2024 ਖੇਤੀ। ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।",  # Punjabi
        "© 2024 Kopshti. Të gjitha të drejtat të rezervuara.",  # Albanian
        # round 19's rows (in the order of their codes; the other new languages are worded above)
        "© 2024 Nuacht an Ghleanna. Gach ceart ar cosaint.",  # Irish
        "© 2024 ઘરબગીચો. સર્વ હક્ક સ્વાધીન.",  # Gujarati
        "© 2024 Gonar Mu. Duk haƙƙin mallaka an kiyaye.",  # Hausa
        "© 2024 Vrtni kutak. Sva prava pridržana.",  # Croatian
        "© 2024 Il-Kċina Tagħna. Id-drittijiet kollha riżervati.",  # Maltese
        "© 2024 မြို့သတင်း။ မူပိုင်ခွင့်များ ရယူထားသည်။",  # Burmese
        "© 2024 घरबारी। सर्वाधिकार सुरक्षित।",  # Nepali
        "© 2024 తోటపని. సర్వ హక్కులు ప్రత్యేకించబడినవి.",  # Telugu
        "© 2024 Bogʻbon. Barcha huquqlar himoyalangan.",  # Uzbek
        "© 2024 Ọgbà Wa. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.",  # Yoruba
        # round 20's rows (Belarusian and Kyrgyz are worded above)
        "© 2024 ಹಿತ್ತಲು. ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ.",  # Kannada
        "© 2024 തൊടി. എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം.",  # Malayalam
        "© 2024 ສວນຜັກ. ສະຫງວນລິຂະສິດ.",  # Lao
        "© 2024 کروندګر. ټول حقونه خوندي دي.",  # Pashto
        "© 2024 Insimu Yami. Onke amalungelo agodliwe.",  # Zulu
        "© 2024 Pawon Desa. Hak cipta dilindhungi undang-undang.",  # Javanese
        "© 2024 Avlija. Sva prava su zadržana.",  # Bosnian
        "© 2024 Legejo. Ĉiuj rajtoj rezervitaj.",  # Esperanto
        "© 2024 Rêbername. Hemû mafên parastî ne.",  # Kurdish
        "© 2024 Saung Tani. Hak cipta ditangtayungan.",  # Sundanese
        # round 21's rows
        "© 2024 ବଗିଚା କଥା। ସମସ୍ତ ଅଧିକାର ସଂରକ୍ଷିତ।",  # Odia
        "© 2024 ལྡུམ་ར། པར་དབང་ཉར་ཚགས་བྱས་ཡོད།",  # Tibetan
        "© 2024 ናይ ገዛ ጀርዲን። ኩሉ መሰላት ዝተሓለዉ እዮም።",  # Tigrinya
        "© 2024 Beerta Guriga. Xuquuqda oo dhan way dhowrantahay.",  # Somali
        "© 2024 Umurima Wacu. Uburenganzira bwose bwihariwe.",  # Kinyarwanda
        "© 2024 Gaardeneck. All Rechter reservéiert.",  # Luxembourgish
        "© 2024 Боғча. Ҳамаи ҳуқуқҳо маҳфузанд.",  # Tajik
        "© 2024 باغچا. بارلىق ھوقۇقلار ساقلىنىدۇ.",  # Uyghur
        # round 22's rows
        "© 2024 বাৰীৰ কথা। সৰ্বস্বত্ব সংৰক্ষিত।",  # Assamese
        "© 2024 باغ جي ڳالهه. سڀ حق محفوظ آهن.",  # Sindhi
        "© 2024 ގޯތި ބަގީޗާ. ހުރިހާ ޙައްޤުތަކެއް ރައްކާތެރިކުރެވިފައި.",  # Dhivehi
        "© 2024 Igadi Lethu. Onke amalungelo agciniwe.",  # Xhosa
        "© 2024 Zaridaina. Zo rehetra voatokana.",  # Malagasy
        "© 2024 Gök Bag. Ähli hukuklar goralan.",  # Turkmen
        "© 2024 Бакча. Барлык хокуклар сакланган.",  # Tatar
        "© 2024 Urtagarður. Øll rættindi áskilað.",  # Faroese
        "© 2024 דער קליינער גאָרטן. אַלע רעכט רעזערווירט.",  # Yiddish
        "© 2024 ᐃᖃᓗᐃᑦ ᑲᑐᔾᔨᖃᑎᒌᑦ. ᐱᔪᓐᓇᐅᑎᓕᒫᑦ ᓴᐳᔾᔭᐅᔪᑦ.",  # Inuktitut
        "© 2024 Bùth nan Lus. Gach còir glèidhte.",  # Scottish Gaelic
        "© 2024 Ụlọ Akụkọ Ezi. Ikike niile echekwara.",  # Igbo
        "© 2024 Tindahan sa Baybayon. Tanang katungod gireserba.",  # Cebuano
        "© 2024 Te Kāinga Māra. Kua rāhuitia ngā mana katoa.",  # Maori
        "© 2024 Jaden Lakay. Tout dwa rezève.",  # Haitian Creole
        # round 24's rows
        "© 2024 Liorzh ar Maner. Holl wirioù miret.",  # Breton
        "© 2024 Radio Sumaq. Llapan hayñinkuna waqaychasqa.",  # Quechua
        "© 2024 Boka reVarimi. Kodzero dzose dzakachengetedzwa.",  # Shona
        "© 2024 Faleula. Ua puipuia aia tatau uma.",  # Samoan
        "© 2024 Тау юлы. Бөтә хоҡуҡтар яҡланған.",  # Bashkir
        "© 2024 आमचें घर. सगळे हक्क राखीव.",  # Konkani
        "© 2024 ⵜⴰⴷⴷⴰⵔⵜ. ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵃⵟⵟⵓⵏ.",  # Tamazight
        "© 2024 Fytsers. Alle rjochten foarbehâlden.",  # West Frisian
        # round 25's rows
        "© 2024 Lo Cabanon. Totes los dreches reservats.",  # Occitan
        "© 2024 Xibaaru Ndar. Sañ-sañ yépp ñu ngi leen aar.",  # Wolof
        "© 2024 Kalapu Vaʻe. Kuo maluʻi ʻa e ngaahi totonu kotoa.",  # Tongan
        "© 2024 Хыпар. Пур прависем те хӳтӗленнӗ.",  # Chuvash
        "© 2024 ᱥᱤᱧ. ᱡᱚᱛᱚ ᱟᱹᱭᱫᱟᱹᱨ ᱫᱚᱦᱚ ᱜᱮᱭᱟ᱾",  # Santali
        "© 2024 Amawulire. Eddembe lyonna lirindiddwa.",  # Luganda
        "© 2024 ᏂᎦᏛ ᎪᏪᎵ ᏧᎾᏤᎵ ᎨᏒ.",  # Cherokee
        "© 2024 Radio Illimani. Taqi derechonakax imatawa.",  # Aymara
        # round 26's rows
        "© 2024 Koranta ea Motse. Litokelo tsohle li sirelelitsoe.",  # Sesotho
        "© 2024 Zulunalo ya Mboka. Makoki nyonso ebatelami.",  # Lingala
        "© 2024 Raadiyoo Ganda. Mirgi hundi seeraan eegamaadha.",  # Oromo
        "© 2024 Nūpepa Kahakai. Ua mālama ʻia nā kuleana a pau.",  # Hawaiian
        "© 2024 Cronnaght. Ooilley ny kiartyn freilt.",  # Manx
        "© 2024 Foglieddu de Ollolai. Totu sos deretos riservados.",  # Sardinian
        "© 2024 ལྷན་ཁག ཐོབ་དབང་ཡོངས་རྫོགས་ཉར་ཚགས་འབད་ཡོད།",  # Dzongkha
        "© 2024 Сулус. Бары бырааптар көмүскэнэллэр.",  # Sakha
        # round 27's rows
        "© 2024 Várreolbmot. Buot vuoigatvuođat várrejuvvon.",  # Northern Sami
        "© 2024 Ustria Flurin. Tuts dretgs reservads.",  # Romansh
        "© 2024 Tetã Marandu. Opaite derécho oñeñongatu.",  # Guarani
        "© 2024 Dibé Naaltsoos. T'áá ałtso bee haz'ą́ bá ńdaah.",  # Navajo (approximate wording)
        "© 2024 Рæстдзинад. Æппæт бартæ хъахъхъæд сты.",  # Ossetian
        "© 2024 Na Vosa ni Koro. Maroroi na dodonu kece.",  # Fijian
        "© 2024 ꯂꯩꯄꯥꯛ ꯄꯥꯎ. ꯍꯛ ꯄꯨꯝꯅꯃꯛ ꯉꯥꯀꯄꯤꯔꯦ꯫",  # Meitei
        "© 2024 ܒܝܬ ܐܬܘܪ · ܟܠ ܙܕܩ̈ܐ ܢܛܝܪܝܢ",  # Assyrian Neo-Aramaic
        # round 28's rows
        "© 2024 Nius Bilong Ples. Olgeta rait i stap.",  # Tok Pisin (approximate wording)
        "© 2024 Kalanso Kura. Josariyaw bɛɛ mara.",  # Bambara
        "© 2024 Mòrskô Karczma. Wszëtczé prawa zastrzeżoné.",  # Kashubian
        "© 2024 ᓂᐯᐦᐃᑲᐣ. ᑲᐦᑭᔭᐤ ᑎᐯᔨᐦᒋᑫᐏᓇ ᑲᓇᐍᔨᐦᑕᒫᓂᐘᓇ᙮",  # Plains Cree (approximate wording)
        "© 2024 ၾူဝ်ႇရမ်ႇ ႁိူၼ်း။ လွင်ႈၶိုင်ႈ တင်းမူတ်း သိမ်းဝႆႉ။",  # Shan (approximate wording)
        "© 2024 Adwuma Krataa. Yɛakora hokwan nyinaa.",  # Twi
        "© 2024 Гурт кухня. Ваньмыз правоос утемын.",  # Udmurt (approximate wording)
        # round 29's rows
        "© 2024 Tasga Tamaynut. Akk izerfan ttwaḥerzen.",  # Kabyle
        "© 2024 Беш а, Керт а. Дерриг бакъонаш ларйина.",  # Chechen (approximate wording)
        "© 2024 Vaj Tsev Me. Txhua txoj cai raug tseg.",  # Hmong (approximate wording)
        "© 2024 Te Fare Tama. Ua tāpeʻahia te mau tiʻaraʻa atoʻa.",  # Tahitian
        "© 2024 ߞߊߟߊ߲ߛߏ. ߖߏߛߊߙߌߦߊߥ ߓߍߍ ߡߊߙߊ.",  # Manding in N'Ko (approximate wording)
        "© 2024 Damag ti Ili. Amin a karbengan ket nakareserba.",  # Ilocano
        "© 2024 Bağça Sayfası. Bütün aqlar qorçalanğan.",  # Crimean Tatar (approximate wording)
        "© 2024 Nunatta Naqitai. Pisinnaatitaaffiit tamarmik illersorneqarput.",  # Kalaallisut (approximate wording)
        # round 30's rows
        "© 2024 Agble Nyuie. Mɔɖeɖewo katã le asi.",  # Ewe (approximate wording)
        "© 2024 Munda Wathu. Ufulu wonse ndi wotetezedwa.",  # Chichewa
        "© 2024 Tokal Milli. Nochi tlanauatilmej tlapialtokej.",  # Nahuatl (approximate wording)
        "© 2024 Kas di Kunuku. Tur derecho reservá.",  # Papiamento
        "© 2024 Naša zahroda. Wšě prawa wuhrjadźene.",  # Upper Sorbian (approximate wording)
        "© 2024 Аҩны ашҭа. Азинқәа зегь ихьчоуп.",  # Abkhaz (approximate wording)
        "© 2024 سبزیں باگ. سجّہیں ھک محفوظ اَنت.",  # Balochi (approximate wording)
        "© २०२४ हमर बाड़ी। सर्वाधिकार सुरक्षित।",  # Maithili
    ],
    "PUBLIC_ABROAD": [
        "Ce texte est dans le domaine public.",
        "Este texto está en el dominio público.",
        "Este texto está em domínio público.",
        "Questo testo è rilasciato nel pubblico dominio.",
        "Dit werk valt in het publieke domein.",
        "Dieser Text ist gemeinfrei.",
        # an agency's notice for its whole site (round 15)
        "Le contenu de ce site est dans le domaine public.",
        "El contenido de este sitio web está en el dominio público.",
        "O conteúdo deste site está em domínio público.",
        "I contenuti di questo sito sono nel pubblico dominio.",
        "Die Inhalte dieser Webseite sind gemeinfrei.",
        "Această traducere a fost dăruită în domeniul public.",
        "Цей переклад авторка передала в суспільне надбання.",
        "Αυτό το άρθρο ανήκει στον δημόσιο τομέα.",
        "Detta inlägg är allmän egendom.",
        "Terjemahan ini dilepas ke ranah publik.",
        "Bản dịch này thuộc phạm vi công cộng.",
        "ეს თარგმანი საზოგადოებრივ საკუთრებას გადაეცა.",
        "ይህ ትርጉም ለሕዝብ ይዞታ ተሰጥቷል።",  # Amharic (round 16)
        "ਮੈਂ ਇਹ ਲਿਖਤ ਜਨਤਕ ਖੇਤਰ ਨੂੰ ਸਮਰਪਿਤ ਕਰਦੀ ਹਾਂ।",  # Punjabi (round 17)
        "यह अनुवाद पब्लिक डोमेन में जारी है।",  # Hindi
        "ບົດຄວາມນີ້ ເປັນສົມບັດສາທາລະນະ.",  # Lao (round 20)
        "Тарҷумон ин тарҷумаро ба моликияти ҷамъиятӣ супурд.",  # Tajik (round 21)
        "Hetta tilfarið er givið í almenna ogn.",  # Faroese (round 22)
        "Littafin nan na kowa ne: kowa na iya kwafa shi.",  # Hausa (round 22)
        "ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⴳⴰ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ: ⴽⵓ ⵢⴰⵏ ⵉⵣⵎⵔ ⴰⴷ ⵜ ⵉⵙⵏⵖⵍ.",  # Tamazight (round 24)
        "Aka arunakax dominio público ukan uchatawa.",  # Aymara (round 25)
    ],
}
GATE_WORDS = {
    "GRANT_ABROAD": lic.GRANT_ABROAD_WORDS,
    "REFUSE_ABROAD": lic.REFUSE_ABROAD_WORDS,
    "PERMISSION_ABROAD": lic.PERMISSION_ABROAD_WORDS,
    "PUBLIC_ABROAD": lic.PUBLIC_ABROAD_WORDS,
    "RESERVED_WORDINGS": lic.RESERVED_WORDS + lic.RESERVED_SCRIPTS,
}
CLASS_OF_TABLE = {"GRANT_ABROAD": FR, "REFUSE_ABROAD": ARR, "PERMISSION_ABROAD": UWP, "PUBLIC_ABROAD": PD,
                  "RESERVED_WORDINGS": ARR}


@pytest.mark.parametrize("table", sorted(ROW_EXAMPLES))
def test_each_row_of_a_table_matches_its_example_and_the_example_passes_the_gate(table):
    rows = getattr(lic, table)
    assert len(rows) == len(ROW_EXAMPLES[table])  # a row added without an example fails here
    for (language, pattern), example in zip(rows, ROW_EXAMPLES[table], strict=True):
        match = re.search(pattern, example, re.I)
        assert match, (language, example)
        assert any(word in match.group().lower() for word in GATE_WORDS[table]), (language, example)
        assert any(word in example.lower() for word in lic.HINTS + lic.FOREIGN_WORDS + lic.SCRIPT_HINTS), example
        assert tag_of(example) == CLASS_OF_TABLE[table], example


@pytest.mark.parametrize("line, tag, conditions", [
    # the Russian and Ukrainian footer: reprinting or copying allowed with a (live) link to the source, a grant on
    # terms like its English form ("Reproduction is allowed with a link to the source")
    ("© 2012–2020 Садовый дневник. Перепечатка статей разрешена только с активной ссылкой на первоисточник.", FR,
     ["keep-links", "keep-links-active"]),
    ("Полное или частичное копирование текстов возможно только с гиперссылкой на наш сайт.", FR, ["keep-links"]),
    ("Передрук статей дозволяється лише з активним гіперпосиланням на сайт.", FR, ["keep-links", "keep-links-active"]),
    ("© Кулінарний блог. Передрук рецептів дозволено з посиланням на автора.", FR, ["keep-links"]),
    # no link as the term, the leave asked, a negation, quoting only, use that is not a reprint: no grant
    # (round 23: "only with the editors' written consent" asks first: SPEC's all-rights-reserved, as English "only
    # with our written permission" reads)
    ("Перепечатка статей разрешена только с письменного согласия редакции.", ARR, ["permission-required"]),
    ("Перепечатка статей разрешена с согласия редакции и со ссылкой на сайт.", NONE, []),
    ("Передрук статей без посилання на сайт не дозволяється.", ARR, ["permission-required"]),
    ("Перепечатка статей без гиперссылки на источник запрещена.", ARR, ["permission-required"]),
    ("Цитирование статей допускается со ссылкой на источник.", NONE, []),
    ("Перепечатка статей не разрешена.", NONE, []),
    # body text: a link, a reprint, a permission, but no notice
    ("Ссылку на рецепт я оставлю ниже, перепечатывать его целиком не буду.", NONE, []),
    ("Дозволено було все, крім передруку старих газет.", NONE, []),
])
def test_russian_and_ukrainian_footers_grant_reprint_only_with_the_link_as_their_term(line, tag, conditions):
    licence = lic.combine(lic.find_statements(line))
    assert (licence.tag, licence.conditions) == (tag, conditions)


@pytest.mark.parametrize("line, tag", [
    # Creative Commons named in the Chinese, Japanese and Korean deeds' words (the shapes blogs in those languages
    # print under a post), with or without spaces around the hyphens
    ("本作品采用知识共享署名-相同方式共享 4.0 国际许可协议进行许可。", "CC-BY-SA-4.0"),
    ("本站采用“知识共享署名 - 非商业性使用 - 禁止演绎 4.0 国际许可协议”进行许可。", "CC-BY-NC-ND-4.0"),
    ("この記事はクリエイティブ・コモンズ 表示 - 非営利 4.0 国際 ライセンスの下に提供されています。", "CC-BY-NC-4.0"),
    ("이 저작물은 크리에이티브 커먼즈 저작자표시-동일조건변경허락 4.0 국제 라이선스에 따라 이용할 수 있습니다.",
     "CC-BY-SA-4.0"),
    # the Korean blog's licence box: the compound name alone, no version
    ("이 저작물은 저작자표시-비영리 조건에 따라 이용할 수 있습니다.", "LicenseRef-cc-by-nc-unversioned"),
])
def test_creative_commons_in_cjk_words(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line", ["표시 설정을 바꾸려면 메뉴를 여세요.", "署名活动将于周五结束。",
                                  "저작자 소개: 김민수 기자"])
def test_cjk_words_near_the_licence_names_are_no_licence(line):
    assert tag_of(line) == NONE
