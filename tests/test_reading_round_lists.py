"""Complaints from a reading round over a fund factsheet, a paper, a lab SOP and a rulebook:
lists of facts by name, run-in labels, ASCII micro units, "X is when …" definitions. Each runs
the real CLI on a short excerpt, in Markdown and plain text where both read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import run_article as _run
from articles import written_as

# 1. A list of `Label: value` items is facts by name, as `**Label:** value` lines are.

FACT_LISTS = (
    "# Meridian Fund\n\n"
    "## Sector allocation\n\n"
    "- Information technology: 27.4%\n- Financials: 15.1%\n- Cash: 5.5%\n\n"
    "## Charges\n\n"
    "- Ongoing charge: 0.85%\n- Launch date: 3 March 2011\n\n"
    "## At a desk\n\n"
    "- Country: Portugal\n- Capital: Lisbon\n- Currency: Euro\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_of_label_value_items_is_a_table(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They gave no card at all: each item was a claim too short to stand alone."""
    text = written_as(name, FACT_LISTS)
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [(note["kind"], note["Question"], note["Answer"]) for note in notes] == [
        ("table", "Sector allocation: Information technology", "27.4%"),
        ("table", "Sector allocation: Financials", "15.1%"),
        ("table", "Sector allocation: Cash", "5.5%"),
        ("table", "Charges: Ongoing charge", "0.85%"),
        ("table", "Charges: Launch date", "3 March 2011"),
        ("table", "At a desk: Country", "Portugal"),
        ("table", "At a desk: Capital", "Lisbon"),
        ("table", "At a desk: Currency", "Euro"),
    ]


def test_bold_labels_in_a_list_are_facts_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "# Fund\n\n## Fund details\n\n- **Fund size:** GBP 1.84 billion\n- **Holdings**: 47\n"
    notes = _notes(tmp_path, monkeypatch, "a.md", text)
    assert [(note["Question"], note["Answer"]) for note in notes] == [
        ("Fund details: Fund size", "GBP 1.84 billion"),
        ("Fund details: Holdings", "47"),
    ]


DIET = (
    "# Rabbits\n\n## Diet\n\n"
    "- **Hay:** an unlimited supply, at least their own body size every day\n"
    "- **Fresh greens:** a handful morning and evening, such as kale and parsley\n"
    "- **Pellets:** one egg cup per kilo of body weight per day\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_names_of_a_word_or_two_take_a_longer_gloss(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They gave no card: each value was longer than a fact's six words."""
    notes = _notes(tmp_path, monkeypatch, name, written_as(name, DIET))
    assert [(note["Question"], note["Answer"]) for note in notes] == [
        ("Diet: Hay", "an unlimited supply, at least their own body size every day"),
        ("Diet: Fresh greens", "a handful morning and evening, such as kale and parsley"),
        ("Diet: Pellets", "one egg cup per kilo of body weight per day"),
    ]


NOT_FACTS = [
    # Sentences that hold a colon: a verb, a final period, a command.
    "- Why it matters: it saves time\n- Cost: we found it cheap\n- Support: good\n",
    "- Speed: faster than rivals.\n- Cost: lower than rivals.\n- Support: better than most.\n",
    "- Step 1: Preheat the oven\n- Step 2: Mix the flour\n- Step 3: Bake for 20 minutes\n",
    # A label that is a note's, not a fact's; two items whose values are no figures.
    "- Tip: 2 cups\n- Note: 3 cups\n- Warning: 4 cups\n",
    "- Country: Portugal\n- Capital: Lisbon\n",
    # A longer gloss only after names of a word or two.
    "- Best time to plant: early in the spring once the ground has thawed\n"
    "- Hay: an unlimited supply, at least their own body size every day\n"
    "- Water: fresh every morning from a bottle or a heavy bowl\n",
    # One item of the list is no fact.
    "- Country: Portugal\n- Capital: Lisbon\n- Lisbon has been the capital since 1255\n",
]


@pytest.mark.parametrize("items", NOT_FACTS)
@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_of_sentences_with_a_colon_stays_a_list(
    items: str, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Notes\n\n## Things\n\n{items}"
    notes = _notes(tmp_path, monkeypatch, name, written_as(name, text))
    assert not [note for note in notes if note["kind"] == "table"]


# 2. A bold run-in label that ends in a period is a label, as `**Tip:**` is.

ABSTRACT = (
    "# Tart cherry juice and sleep\n\n## Abstract\n\n"
    "**Background.** Insomnia affects between 30% and 48% of adults over 65. Hypnotic drugs"
    " carry a well-documented risk of falls in this group.\n\n"
    "**Methods**. Forty-two adults drank 240 mL of tart cherry juice twice daily for 14 days.\n\n"
    "**Table 1.** Sleep outcomes (mean ± SD)\n\n"
    "| Outcome | Placebo | Juice |\n|---|---|---|\n| Total sleep time (min) | 341 | 375 |\n\n"
    "## Safety\n\n"
    "**Always wear gloves.** Sodium hydroxide burns skin at concentrations above 5% within"
    " minutes.\n"
)


def test_a_bold_run_in_label_is_no_sentence_and_no_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Background.' was a claim 'too short to stand alone', and the Context of the claim
    after it; a bold rule that opens a paragraph ("Always wear gloves.") still is context."""
    notes = _notes(tmp_path, monkeypatch, "a.md", ABSTRACT)
    claims = [(note["Text"], note["Context"]) for note in notes if note["kind"] == "claim"]
    assert claims == [
        (
            "Insomnia affects between {{c1::30% and 48%}} of adults over 65.",
            "Hypnotic drugs carry a well-documented risk of falls in this group.",
        ),
        ("Forty-two adults drank {{c1::240 mL}} of tart cherry juice twice daily for 14 days.", ""),
        (
            "Sodium hydroxide burns skin at concentrations above {{c1::5%}} within minutes.",
            "Always wear gloves.",
        ),
    ]
    questions = [note["Question"] for note in notes if note["kind"] == "table"]
    assert questions == [
        "Sleep outcomes (mean ± SD): Total sleep time (min) — Placebo",
        "Sleep outcomes (mean ± SD): Total sleep time (min) — Juice",
    ]
    output = _run(tmp_path, monkeypatch, "a.md", ABSTRACT, "check")
    for label in ("Background.", "Methods.", "Table 1."):
        assert f"'{label}'" not in output
    assert "'Always wear gloves.' is too short to stand alone" in output


# 3. `u` for micro, where `µ` was not typed, is a unit as `µ` is.

ASCII_MICRO = [
    "The absorbance is linear with protein concentration over the range {{c1::20-2000 ug/mL}}"
    " in most buffers.",
    "Pipette {{c1::25 uL}} of each standard and each sample into duplicate wells of the plate.",
    "Plasma homocysteine above {{c1::15 umol/L}} is linked to a higher risk of stroke in adults.",
    "The filter removes particles larger than {{c1::0.2 um}} from the buffer before each run.",
    "The chip draws {{c1::3 uA}} in sleep mode, so a coin cell lasts for many years.",
]


@pytest.mark.parametrize("claim", ASCII_MICRO)
def test_an_ascii_micro_unit_is_part_of_its_figure(
    claim: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'20-2000 ug/mL' and '25 uL' were no figures: the sentences gave no card."""
    text = f"Assay\n\n{claim.replace('{{c1::', '').replace('}}', '')}\n"
    notes = _notes(tmp_path, monkeypatch, "a.txt", text)
    assert [note["Text"] for note in notes] == [claim]


# 4. "X is when …" defines X by the case it names.

CASE_DEFINITIONS = [
    "{{c1::Careless}} is when a player shows a lack of attention or consideration when making a"
    " challenge.",
    "{{c1::Using excessive force}} is when a player exceeds the necessary use of force and"
    " endangers the safety of an opponent.",
    "A {{c1::foul}} is when a player trips, pushes or holds an opponent while the ball is in play.",
    "{{c1::Offside}} is where an attacker is nearer to the goal line than the ball and the"
    " second-last opponent.",
]


@pytest.mark.parametrize("claim", CASE_DEFINITIONS)
def test_a_term_is_when_sentence_defines_the_term(
    claim: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rulebook's 'Careless is when …' and 'Reckless is when …' gave no card."""
    text = f"Rules of Play\n\n{claim.replace('{{c1::', '').replace('}}', '')}\n"
    notes = _notes(tmp_path, monkeypatch, "a.txt", text)
    assert [note["Text"] for note in notes] == [claim]


NO_CASE_TERM = [
    "It is when a player is behind the last defender that the flag goes up for offside.",
    "This is where most of the goals in the youth league are scored during a season.",
    "The best time is when the opponents are tired late in the second half of the match.",
    "Now is when the coaches should remind their players about the new retreat line rules.",
    "A good sign is when the players stop arguing with the referee about every decision.",
]


def test_a_pronoun_or_a_time_is_when_defines_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One definition among them, so that the deck is not empty.
    text = "Rules of Play\n\n" + "\n\n".join([*NO_CASE_TERM, CASE_DEFINITIONS[2]]) + "\n"
    text = text.replace("{{c1::", "").replace("}}", "")
    notes = _notes(tmp_path, monkeypatch, "a.txt", text)
    assert [note["Text"] for note in notes] == [CASE_DEFINITIONS[2]]


RECIPE = (
    "# Classic Banana Bread\n\n"
    "**Prep time:** 15 minutes\n**Cook time:** 60 minutes\n**Serves:** 10\n\n"
    "Bananas with black spots have about 30% more sugar than yellow ones.\n\n"
    "## Specifications\n\n"
    "**Loaf pan:** 4 x 8 inches\n**Oven:** 175°C\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_label_value_lines_are_facts_by_name_in_both_readers(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In plain text each such line was a heading: the lead's was "Serves: 10", the others
    headed nothing."""
    text = written_as(name, RECIPE)
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        ("table", "Classic Banana Bread: Prep time", "15 minutes"),
        ("table", "Classic Banana Bread: Cook time", "60 minutes"),
        ("table", "Classic Banana Bread: Serves", "10"),
        ("claim", None, None),
        ("table", "Specifications: Loaf pan", "4 x 8 inches"),
        ("table", "Specifications: Oven", "175°C"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "Reading time: 5 minutes\nSeries: part 2 of 4\n",  # page metadata
        "Country: Portugal\nCapital: Lisbon\nLisbon has been the capital since 1255.\n",
    ],
    ids=["page-metadata", "a-paragraph-follows"],
)
def test_label_value_lines_that_are_no_facts_are_no_table(
    lines: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"Portugal Facts\n\nLisbon gets about 2,800 hours of sunshine a year.\n\n{lines}"
    notes = _notes(tmp_path, monkeypatch, "a.txt", text)
    assert all(note["kind"] != "table" for note in notes)
