"""A quantity cloze hides the whole figure: its compound unit ("0.015 g/dL", "m/s²"), its range,
its currency and scale. A cloze that stops inside the unit ("{{c1::0.015 g}}/dL") shows the rest
of it on the front."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ankitools import AnkiCollection, strip_html
from articles import cloze_texts
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.extract.quantities import (
    is_quantity,
)

# Each bullet of a Key Takeaways list, as the takeaway's cloze should read.
WHOLE_UNITS = [
    "Blood alcohol above {{c1::0.015 g/dL}} impairs reaction time in most drivers.",
    "A dose of {{c1::10 mg/kg}} of body weight is the usual starting point.",
    "The train reaches {{c1::320 km/h}} on the straight sections of the line.",
    "Objects fall with an acceleration of {{c1::9.81 m/s²}} near the ground.",
    "Rooftop panels in Spain receive {{c1::1,600 kWh/m²}} of sunlight each year.",
    "Total cholesterol under {{c1::200 mg/dL}} is considered desirable for adults.",
    "Light travels at {{c1::300,000 km/s}} in a vacuum, the fastest speed known.",
    "Data rates reach {{c1::1 Gbit/s}} on the new fibre lines in the city.",
    "Salaries for the role average {{c1::$60,000/year}} across the country.",
    "Cruising at {{c1::60 miles per hour}} saves fuel on long motorway trips.",
    "The usual paediatric dose is {{c1::10 mg per kg}} of body weight.",
    "Unemployment fell by {{c1::2.5 per cent}} across the region last quarter.",
    "Water boils at {{c1::100 °C}} at sea level but lower on mountains.",
    "Keep the fridge at {{c1::4°C}} or below to slow the growth of bacteria.",
    "The record low was {{c1::−89.2 °C}} at Vostok Station in Antarctica.",
    "Ovens heat to {{c1::220 degrees Celsius}} in about ten minutes.",
    "A pressure above {{c1::20 mmHg}} inside the eye signals glaucoma risk.",
    "Blood pressure under {{c1::120/80 mmHg}} is considered normal for adults.",
    "Systolic pressure under {{c1::120 mm Hg}} at rest is the usual target.",
    "Most adults take a dose of {{c1::5–10 mg}} of melatonin at the most.",
    "The dose ranges over {{c1::5 mg–10 mg}} depending on body weight.",
    "Most adults need between {{c1::7 and 9 hours}} of sleep each night.",
    "Refunds reach the card within {{c1::5 to 10 business days}} of the return.",
    "Standard delivery takes {{c1::3 working days}} to most addresses in the country.",
    "Fridges should stay at {{c1::1–4 °C}} to keep dairy fresh for longer.",
    "The company raised {{c1::$3.5 billion}} in its latest funding round.",
    "Apple raised {{c1::US$3.5 billion}} in bonds to fund the buyback.",
    "The company made {{c1::$5m}} in profit from the new product line.",
    "The new engine runs {{c1::1.5×}} faster than the old one on the benchmark.",
    "The new compiler builds the project {{c1::2x}} faster than the old one.",
    "Prices rose {{c1::0.25 percentage point}} faster than wages last year.",
    "The central bank made a {{c1::25 basis point}} cut in the spring.",
    "A daily {{c1::10 µg}} dose of vitamin D is enough for most adults in winter.",
    "Vitamin D intake of {{c1::600 IU}} covers most adults under seventy.",
    "Drink at least {{c1::2 L}} of water on hot and dry summer days.",
    "The heater draws {{c1::1,500 W}} at its highest setting in winter.",
    "The chip runs at {{c1::3.2 GHz}} under a sustained workload.",
    "The file is {{c1::4.7 GB}}, so it fits on a single-layer DVD.",
    "An efficient EV uses about {{c1::15 kWh/100 km}} on the motorway.",
    "A pace of {{c1::6&#58;00 min/km}} is an easy jog for most adult runners.",  # ":" escaped
    "The heater holds its power within {{c1::±3.0%}} of the setpoint.",
    "The battery pack stores {{c1::14 Ah}} at its nominal voltage.",
    "The standard charger delivers {{c1::2 A}} to the battery pack.",
    "The current sense resistor is {{c1::10 mΩ}} on the reference board.",
    "Humans emit {{c1::37 Gt}} of carbon dioxide from fossil fuels each year.",
]
# The same figure in other units, in brackets, would give the answer away; a range's upper end
# is part of it (but "from 2% to 9%" is a change: see the test of words that are no unit).
WITH_EQUIVALENTS = [
    "Most adults need {{c1::15 mcg (600 IU)}} of vitamin D a day.",
    "A level below {{c1::12 ng/mL (30 nmol/L)}} indicates a deficiency.",
    "Some experts suggest {{c1::37.5 to 50 mcg per day (1,500–2,000 IU)}} for deficient adults.",
    "Private mortgage insurance costs {{c1::0.5% to 1.5%}} of the loan each year.",
]


def _write(tmp_path: Path, text: str) -> None:
    (tmp_path / "a.md").write_text(text, encoding="utf-8")


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, str]:
    """Each cloze note `preview` shows for a one-article deck: its kind by its Text field."""
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, text)
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    notes = [json.loads(line) for line in result.output.splitlines()]
    return {note["fields"]["Text"]: note["kind"] for note in notes if "Text" in note["fields"]}


def _takeaways(bullets: list[str]) -> str:
    plain = "\n".join(
        f"- {b.replace('{{c1::', '').replace('}}', '').replace('&#58;', ':')}" for b in bullets
    )
    return f"# Units\n\n## Key Takeaways\n\n{plain}\n"


def test_a_quantity_cloze_hides_the_whole_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, _takeaways(WHOLE_UNITS + WITH_EQUIVALENTS))
    missing = [text for text in WHOLE_UNITS + WITH_EQUIVALENTS if text not in texts]
    assert missing == [], "\n".join(sorted(texts))


def test_a_sentence_with_a_unit_quantity_is_a_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Units the old list lacked made their sentence no quantity at all: no card."""
    prose = (
        "Water boils at 100 °C at sea level in an open pot.\n\n"
        "A pressure above 20 mmHg inside the eye is a risk for glaucoma.\n\n"
        "Sound travels at 343 m/s in dry air at room temperature.\n\n"
        "Every cell is surrounded by a membrane about 7 to 10 nanometres thick.\n\n"
        "A single drop of the vaccine holds 50 microlitres of the dose.\n\n"
        "The smallest bacteria weigh less than 1 picogram each.\n"
    )
    texts = _texts(tmp_path, monkeypatch, f"# Physics\n\n## Basics\n\n{prose}")
    assert texts == {
        "Water boils at {{c1::100 °C}} at sea level in an open pot.": "claim",
        "A pressure above {{c1::20 mmHg}} inside the eye is a risk for glaucoma.": "claim",
        "Sound travels at {{c1::343 m/s}} in dry air at room temperature.": "claim",
        "Every cell is surrounded by a membrane about {{c1::7 to 10 nanometres}} thick.": "claim",
        "A single drop of the vaccine holds {{c1::50 microlitres}} of the dose.": "claim",
        "The smallest bacteria weigh less than {{c1::1 picogram}} each.": "claim",
    }


def test_words_after_a_number_that_are_no_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither "2 a day", "the 1990s" nor "5G" holds a quantity, and "in" is no unit: "3 in 10"
    is a ratio, hidden whole; "from 2% to 9%" is a change, not a range, so only its first figure
    is hidden."""
    prose = (
        "The 5G rollout reached 3 in 10 adults across the whole country.\n\n"
        "The music of the 1990s shaped a whole generation of young listeners.\n\n"
        "Patients take the tablet with food, 2 a day at the most, for months.\n\n"
        "Inflation rose from 2% to 9% in a single year across the continent.\n"
    )
    texts = _texts(tmp_path, monkeypatch, f"# Notes\n\n## Body\n\n{prose}")
    assert texts == {
        "The 5G rollout reached {{c1::3 in 10}} adults across the whole country.": "claim",
        "Inflation rose from {{c1::2%}} to 9% in a single year across the continent.": "claim",
    }


def test_the_card_front_shows_none_of_the_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, _takeaways([WHOLE_UNITS[0]]))
    result = CliRunner().invoke(main, ["build", "a.md", "-o", "a.apkg"])
    assert result.exit_code == 0, result.output
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(tmp_path / "a.apkg")
        [card] = anki.cards()
    front = strip_html(card.question_html)
    assert "Blood alcohol above [...] impairs reaction time in most drivers." in front
    assert "0.015 g/dL" in strip_html(card.answer_html)


# A hedge ("about 23%") marks the figure a sentence reports, but not in an aside in brackets
# nor as the base of a comparison ("up from about 280 ppm"): the main clause's figure wins.
HEDGES = [
    "The fee is {{c1::1% a year (about $10)}}",
    "The fee is {{c1::1%}} a year (about $10 on every $1,000 invested)",
    "Atmospheric CO2 passed {{c1::420 ppm}} in 2023, up from about 280 ppm",
    "Average fund fees fell to {{c1::0.4%}} in 2023, down from about 0.9% in 2000",
    "Index funds charged {{c1::0.05%}} on average, compared with about 0.44% for active funds",
    "Active funds cost more than {{c1::1%}} a year, against roughly 0.1% for index funds",
    # What the rule exists for: the hedged figure after a setting's figures.
    "On a portfolio earning 7% a year, an annual fee of 1% removes about {{c1::23%}} of the"
    " final balance",
    "A borrower with a score of 760 pays around {{c1::0.6 percentage points}} less than one"
    " with 640",
    # The same figure in other units, hedged by any of the words a hedge uses.
    "Most adults sleep {{c1::7 hours (roughly 420 minutes)}} a night",
]


def test_the_main_clause_figure_wins_over_a_hedged_aside_or_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, _takeaways(HEDGES))
    missing = [text for text in HEDGES if text not in texts]
    assert missing == [], "\n".join(sorted(texts))


def test_clock_times_counts_per_thing_and_age_limits_are_quantities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, none of these sentences stated a quantity: no card. A time range after "from" is
    hidden whole (a change's "from 2% to 9%" is not); a count's "per" part stays on the front."""
    prose = (
        "The metro runs from 6:30 am to 1:00 am on every day of the week.\n\n"
        "The shop opens at 9am on weekdays and closes at noon.\n\n"
        "Glycolysis produces a net gain of 2 ATP per glucose molecule.\n\n"
        "Children under 16 need a parent's consent to open an account.\n\n"
        "Adults aged 65 and over should get the flu vaccine every autumn.\n"
    )
    texts = _texts(tmp_path, monkeypatch, f"# Notes\n\n## Body\n\n{prose}")
    assert list(texts) == [
        "The metro runs from {{c1::6&#58;30 am to 1&#58;00 am}} on every day of the week.",
        "The shop opens at {{c1::9am}} on weekdays and closes at noon.",
        "Glycolysis produces a net gain of {{c1::2 ATP}} per glucose molecule.",
        "Children under {{c1::16}} need a parent's consent to open an account.",
        "Adults aged {{c1::65}} and over should get the flu vaccine every autumn.",
    ]


@pytest.mark.parametrize(
    ("hidden", "expected"),
    [("6:30 am to 1:00 am", True), ("0.5% to 1.5%", True), ("5 mg to the dog", False)],
)
def test_a_range_widened_to_its_upper_end_is_one_quantity(hidden: str, expected: bool) -> None:
    """`check` counts a hidden quantity as one word: the cloze's range is one answer too."""
    assert is_quantity(hidden) is expected


def test_versions_chapters_and_counts_with_no_unit_stay_no_quantity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prose = (
        "The app needs Windows 11 or later on every machine it runs on.\n\n"
        "Servers must support TLS 1.2 or later for every connection they accept.\n\n"
        "Read chapter 3 before the seminar to follow the discussion on Friday.\n\n"
        "Upgrade to version 2.6 per the release notes before you deploy the fix.\n\n"
        "In 2020 per capita spending on health rose sharply across the region.\n\n"
        "Orders under 16 items ship free to every address in the country.\n\n"
        "Use only oil that meets specification ACEA C3, viscosity 5W-30 or 0W-20.\n\n"
        "Water boils at 100 °C at sea level in an open pot.\n"
    )
    texts = _texts(tmp_path, monkeypatch, f"# Notes\n\n## Body\n\n{prose}")
    assert list(texts) == [
        # The year is the event's date, and "per capita" no unit of it.
        "In {{c1::2020}} per capita spending on health rose sharply across the region.",
        "Water boils at {{c1::100 °C}} at sea level in an open pot.",
    ]


def test_hyphenated_units_and_limits_on_counts_are_quantities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "a 3-hour lab" and "up to 32 devices" stated no quantity: no card, or the cloze hid a
    lesser figure ("supports up to 32 devices on its [5 GHz] band"). A hyphenated figure beside
    another is a given, as "A 500 ml bottle" is; a year after "up to" is no count."""
    prose = (
        "Students attend a 3-hour lab session every week of the term.\n\n"
        "The router supports up to 32 devices on its 5 GHz band at once.\n\n"
        "At least 3 witnesses must sign the will in front of a notary.\n\n"
        "A 20-minute walk after dinner lowers blood sugar by 30% in most adults.\n\n"
        "A 20-year-old student needs a guarantor to rent a flat in the city.\n\n"
        "Emissions must stay at no more than 2030 levels across the sector.\n"
    )
    texts = _texts(tmp_path, monkeypatch, f"# Notes\n\n## Body\n\n{prose}")
    assert list(texts) == [
        "Students attend a {{c1::3-hour}} lab session every week of the term.",
        "The router supports up to {{c1::32}} devices on its 5 GHz band at once.",
        "At least {{c1::3}} witnesses must sign the will in front of a notary.",
        "A 20-minute walk after dinner lowers blood sugar by {{c1::30%}} in most adults.",
    ]


def test_a_count_in_the_thousands_is_a_quantity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "numbered between 50,000 and 80,000 men" stated no quantity: a history's armies and
    populations gave no card. A small count ("3 things") and a year still state none."""
    prose = (
        "The army numbered between 50,000 and 80,000 men at the start of the siege.\n\n"
        "The stadium holds 52,000 fans on match days after the rebuild.\n\n"
        "The committee named 3 things to change in the next review of the rules.\n"
    )
    texts = _texts(tmp_path, monkeypatch, f"# Notes\n\n## Body\n\n{prose}")
    assert list(texts) == [
        "The army numbered between {{c1::50,000 and 80,000}} men at the start of the siege.",
        "The stadium holds {{c1::52,000}} fans on match days after the rebuild.",
    ]


def test_an_age_after_age_or_the_age_of_is_a_quantity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "at the age of 18" and "at age 66" stated no quantity: the sentence gave no card. A page
    number is no age."""
    prose = (
        "Citizens can vote at the age of 18 in most countries of the union.\n\n"
        "A pension cannot be cashed in before the age of 55.\n\n"
        "Most people in the country retire at age 66 under the current law.\n\n"
        "See page 12 for the form that every applicant must sign.\n"
    )
    texts = _texts(tmp_path, monkeypatch, f"# Notes\n\n## Body\n\n{prose}")
    assert list(texts) == [
        "Citizens can vote at the age of {{c1::18}} in most countries of the union.",
        "A pension cannot be cashed in before the age of {{c1::55}}.",
        "Most people in the country retire at age {{c1::66}} under the current law.",
    ]


QUALIFIED_UNITS = [
    "A third-class medical certificate is valid for {{c1::60 calendar months}} if you were under"
    " 40 when it was issued.",
    "You need a flight review every {{c1::24 calendar months}} to act as pilot in command.",
    "In Class B airspace you need {{c1::3 statute miles}} of visibility to fly under visual rules.",
    "The cross-country flight must cover at least {{c1::150 nautical miles}} in total.",
    "The lighthouse is visible for {{c1::20 nautical miles}} on a clear night.",
    "The flat covers {{c1::85 square metres}} over two floors.",
    "The tank holds {{c1::12 cubic feet}} of gas at full pressure.",
    "The reef lies {{c1::three nautical miles}} off the coast.",
    "Children need {{c1::3}} square meals a day to grow well.",
]


@pytest.mark.parametrize("name", ["rules.md", "rules.txt"])
def test_a_units_qualifier_is_hidden_with_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "calendar months" and "statute miles" were no unit: no card, or "150" hidden alone."""
    texts = cloze_texts(tmp_path, monkeypatch, name, "Rules", QUALIFIED_UNITS)
    assert texts == QUALIFIED_UNITS


NEGATIVE_VALUES = [
    "The ridge saw a wind chill of about {{c1::minus 13 degrees}} during the storm.",
    "Most cases occur between {{c1::minus 1 and 10 degrees Celsius}} on the upper slopes.",
    "The lake froze at {{c1::minus 5 °C}} in January.",
    "Night temperatures range from {{c1::minus 10 to minus 20 degrees}} in winter.",
    "{{c1::Minus 40 degrees}} is the same on both scales.",
    # A sum's "minus", a margin's: no sign.
    "The score was 5 minus {{c1::3 points}} after the penalty.",
    "Add a plus or minus {{c1::2%}} margin to every estimate.",
]


@pytest.mark.parametrize("name", ["cold.md", "cold.txt"])
def test_a_spelled_minus_is_hidden_with_its_figure(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "minus" was no sign: "about minus {{c1::13 degrees}}", "between minus 1 and {{c1::10
    degrees Celsius}}" gave the sign, or half the range, away."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Cold", NEGATIVE_VALUES) == NEGATIVE_VALUES


FRACTIONS_OF_A_UNIT = [
    "A GFCI cuts power in as little as {{c1::1/40 of a second}} when it detects a leak.",
    "The shutter stays open for {{c1::1/250 of a second}} in bright light.",
]


@pytest.mark.parametrize("name", ["units.md", "units.txt"])
def test_a_fraction_of_a_unit_is_a_quantity_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "1/40 of a second" had no unit after its figure: no card."""
    texts = cloze_texts(tmp_path, monkeypatch, name, "Units", FRACTIONS_OF_A_UNIT)
    assert texts == FRACTIONS_OF_A_UNIT
    assert is_quantity("1/40 of a second")
