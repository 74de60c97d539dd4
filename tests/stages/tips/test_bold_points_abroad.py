"""Round 14 (issue 16): an HTML page in a language the advice tests cannot read, whose points are paragraphs each
opening with a bold sentence ("<p><strong>Regue de manhã.</strong> A água …</p>"). The bold is the writer's own
marking of the points in any language: the run of bold-led paragraphs is the points, the plain paragraphs around it
introduce and conclude. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

PAGE = """<html><body><article><h1>Cinco cuidados para a horta da varanda</h1>
<p>Comecei a cultivar na varanda há três anos e errei quase tudo no primeiro verão. Hoje a horta aguenta agosto.</p>
<p>Estes são os cuidados que fazem a diferença.</p>
<p><strong>Regue de manhã cedo.</strong> A água chega às raízes antes do calor e as folhas secam depressa.</p>
<p><strong>Use vasos maiores do que pensa.</strong> A terra pouca aquece e seca numa tarde de sol.</p>
<p><strong>Junte as plantas que gostam de sede.</strong> Alecrim e tomilho não querem a mesma rega da salsa.</p>
<p><strong>Por fim, colha sempre um pouco.</strong> O manjericão cortado cresce mais cheio.</p>
<p>Não é preciso fazer tudo de uma vez. Comece por um cuidado este mês e vá somando.</p>
</article></body></html>"""


def test_bold_led_paragraphs_abroad_are_the_points():
    doc = html_to_text(PAGE)
    heads = [t.headline for t in split_text(doc.text, leads=doc.leads).tips]
    assert heads == ["Regue de manhã cedo.", "Use vasos maiores do que pensa.", "Junte as plantas que gostam de sede.",
                     "Colha sempre um pouco."]


def test_the_same_paragraphs_without_bold_give_no_points():
    doc = html_to_text(PAGE.replace("<strong>", "").replace("</strong>", ""))
    assert split_text(doc.text, leads=doc.leads).tips == ()
