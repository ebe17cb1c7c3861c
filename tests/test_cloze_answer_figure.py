"""Which figure a cloze hides when a sentence states several: the one it answers. A figure that
describes the subject ("A room 3 m by 4 m", "A 500 ml bottle", "Children under 5") is a given;
the answer comes after the main verb. A figure that is the subject ("Only 5% of adults …"), or
comes after the verb, is the answer as before. A span of time or a rate that opens the sentence
with no comma ("After 10 years you have …") is a frame: the figure after it is the answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from articles import run_article

# The subject's figure stays on the front; the one after the verb is hidden.
GIVEN = [
    "A room 3 m by 4 m needs about {{c1::five litres}} of paint.",
    "A 500 ml bottle of cola contains {{c1::53 g}} of sugar.",
    "A 200 g serving of salmon provides {{c1::40 g}} of protein.",
    "A 30-year mortgage of $300,000 at 6% costs {{c1::$347,000}} in interest.",
    "Running 10 km at 6 min/km takes {{c1::60 minutes}} for most recreational runners.",
    "Children under 5 need {{c1::10 hours}} of sleep each night.",
    "Adults over 65 need {{c1::1,200 mg}} of calcium a day.",
    "People aged 18 to 64 should get {{c1::150 minutes}} of exercise a week.",
    "People who sleep 6 hours a night are {{c1::4 times}} more likely to catch a cold.",
    "A 2 kg bag of flour makes about {{c1::10}} loaves of bread.",
    "A 1.5 L bottle of water weighs {{c1::1.5 kg}} when it is full.",
    "A loan of $10,000 at 5% interest costs {{c1::$2,000}} over 4 years.",
    # After an article or in a phrase, a figure before " of" describes; any verb takes a figure.
    "The top 10% of earners pay {{c1::70%}} of income tax.",
    "Staff with 5 years of service earn {{c1::2}} extra days of leave.",
    "The richest 1% of households own {{c1::32%}} of the wealth.",
    "The first 3 days of a cold bring {{c1::80%}} of the symptoms.",
    "The fastest 5% of runners finish in under {{c1::3 hours}}.",
    "Children aged 6 to 12 watch {{c1::4 hours}} of television a day.",
    "Members with 2 years of tenure qualify for {{c1::10 days}} of paid leave.",
]
# The first figure is the answer: the subject itself, after the verb, or in a frame's wake.
FIRST = [
    "Adults need {{c1::7 to 9 hours}} of sleep, 2 hours more than most of them get.",
    "Only {{c1::5%}} of adults meet the guideline of 150 minutes of exercise a week.",
    "Nearly {{c1::40 million}} Americans have diabetes, and 90% of them have type 2.",
    "The tank holds {{c1::50 litres}} and weighs 12 kg when it is empty.",
    "Water boils at {{c1::100 °C}} at sea level, but at 70 °C on Everest.",
    "The drug reaches peak levels in {{c1::2 hours}} and lasts 8 hours in most adults.",
    "A pH of {{c1::7}} is neutral, and a pH of 3 is acidic enough to etch enamel.",
    "In the UK {{c1::1 in 3}} adults sleep less than 6 hours a night.",
    "For a 70 kg adult, the dose is {{c1::10 mg per kg}}.",
    "At 20 °C, the density of water is {{c1::998 kg/m³}}.",
    "Today {{c1::30%}} of adults sleep less than 6 hours a night.",
    "Most plans place the last {{c1::18–20 mile}} run three weeks before race day.",
    "Infants sleep {{c1::14 to 17 hours}} a day in their first 3 months.",
    # A frame's figure that is the subject, or a frame with no other figure, stays the answer.
    "Over {{c1::50%}} of adults take 2 pills a day.",
    "Over {{c1::40 million}} people live with 3 long-term conditions.",
    "After {{c1::65 years}} of service the old bridge was replaced.",
]
# A frame with no comma: its span of time or rate is the setting, the figure after it the fact.
# A thousands separator ("£1,500") is no frame's comma.
FRAMED = [
    "After 10 years of saving you have {{c1::£1,500}} in the account.",
    "After 30 years simple interest gives you {{c1::£2,500}} in total.",
    "In 10 years the fund doubled to {{c1::£2,000}} without new deposits.",
    "Over 20 years the index returned {{c1::7%}} a year on average.",
    "For 3 weeks the patients took {{c1::200 mg}} of the drug daily.",
    "In 24 hours the storm dropped {{c1::300 mm}} of rain on the town.",
    "In 2 hours the oven uses {{c1::4 kWh}} at its highest setting.",
]


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentences: list[str]) -> list[str]:
    """The Text field of each claim `preview` makes of `sentences`, one paragraph each."""
    prose = "\n\n".join(s.replace("{{c1::", "").replace("}}", "") for s in sentences)
    text = f"# Figures\n\n## Facts\n\n{prose}\n"
    output = run_article(tmp_path, monkeypatch, "a.md", text, "preview", "--json")
    return [json.loads(line)["fields"]["Text"] for line in output.splitlines()]


@pytest.mark.parametrize("sentences", [GIVEN, FIRST, FRAMED], ids=["given", "first", "framed"])
def test_the_cloze_hides_the_figure_the_sentence_answers(
    sentences: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _texts(tmp_path, monkeypatch, sentences) == sentences
