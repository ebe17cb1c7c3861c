"""Complaints from reading decks built from more genres: a policy brief, a city travel guide, a
personal-finance explainer, a history article. Each runs the real CLI on a short excerpt."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import run_article


def _plain(cloze: str) -> str:
    return cloze.replace("{{c1::", "").replace("}}", "")


# A card every excerpt also yields, so that one whose sentence is skipped still builds.
ANCHOR = "\n\n## Dates\n\nThe city fell on 29 May 1453 after a siege of 53 days.\n"


def _claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The text of each claim card the excerpt yields, less the anchor's."""
    notes = _notes(tmp_path, monkeypatch, "a.md", text + ANCHOR)
    claims = [_plain(note["Text"]) for note in notes if note["kind"] == "claim"]
    assert claims[-1] == ANCHOR.rsplit("\n\n", 1)[1].strip()
    return claims[:-1]


# 1. A superlative with no noun of its own ranks things named before: "The largest could …"
# (of the cannons). The card asked "The largest could fire a stone ball weighing about [...]".

RANKED = [
    "The largest could fire a stone ball weighing about 600 pounds.",
    "The largest was 8 m long and weighed 17 tonnes.",
    "The fastest took 6 weeks to reach the coast.",
    "The smallest are only 2 mm across and live for 3 days.",
]


@pytest.mark.parametrize("sentence", RANKED)
def test_a_bare_superlative_leans_on_the_sentence_before(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# The Siege\n\nThe Ottomans used enormous cannons cast by a Hungarian engineer named"
        f" Orban. {sentence}\n"
    )
    assert _claims(tmp_path, monkeypatch, text) == []
    output = run_article(tmp_path, monkeypatch, "a.md", text + ANCHOR, "check")
    assert "leans on the sentence before it" in output


NAMED = [
    "The largest cannon could fire a stone ball weighing about 600 pounds.",
    "The oldest buildings date from the 12th century and make up 15% of the district.",
    "The highest recorded temperature in Lisbon was 44 °C in 2018.",
    "The busiest station in the city handles 40% of all rail passengers.",
]


@pytest.mark.parametrize("sentence", NAMED)
def test_a_superlative_with_its_noun_names_its_subject(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _claims(tmp_path, monkeypatch, f"# Facts\n\n{sentence}\n") == [sentence]


# 2. An opening phrase on a demonstrative scopes the claim to something named before: the card
# "Below that threshold, local authorities contribute, and those with assets under [...] pay
# nothing" does not say which threshold. Its figure holds only there, so it is reported.

SCOPED = [
    "Below that threshold, local authorities contribute, and those with assets under £14,250"
    " pay nothing from their capital.",
    "In that year, 30% of households in the city had no car.",
    "Under these rules, employers must contribute at least 3% of qualifying earnings.",
    "After that date, the interest rate on the loan rises to 5%.",
    "For this reason the rate for new applicants is 20% lower.",
    "Since then, average rents in the city have risen by 40% in real terms.",
    "Until then, patients must pay up to £9.90 for each item they are prescribed.",
]


@pytest.mark.parametrize("sentence", SCOPED)
def test_a_claim_scoped_by_a_demonstrative_phrase_leans(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Funding\n\nPeople with assets above £23,250 pay the full cost of care. {sentence}\n"
    assert _claims(tmp_path, monkeypatch, text) == [
        "People with assets above £23,250 pay the full cost of care."
    ]
    output = run_article(tmp_path, monkeypatch, "a.md", text + ANCHOR, "check")
    assert "leans on the sentence before it" in output


FRAMED = [
    "In this section, a tax year runs from 6 April to 5 April and has 365 days.",
    "Below the threshold of £23,250, local authorities contribute to the cost of care.",
    "In 1453, only 15% of the houses in the city were still inhabited.",
    "Above 30 °C, the glue loses 50% of its strength within an hour.",
]


@pytest.mark.parametrize("sentence", FRAMED)
def test_a_claim_framed_by_the_page_or_its_own_terms_stands(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _claims(tmp_path, monkeypatch, f"# Facts\n\n{sentence}\n") == [sentence]


# 3. An explainer's "you" is the reader at large: "You pay each rate only on the part of your
# income that falls inside that band, not on all of it" was reported as leaning on the sentence
# before it, and the point of a marginal tax system had no card.

READER = [
    "You pay each rate only on the part of your income that falls inside that band, not on all"
    " of it.",
    "You pay capital gains tax on the gain, not on the sale price.",
    "You need a ticket for the tram, not a seat reservation.",
    "Your credit score is a number lenders use to judge risk.",
]


@pytest.mark.parametrize("sentence", READER)
def test_a_claim_addressed_to_the_reader_stands(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# How It Works\n\nThe UK uses a marginal system. {sentence}\n"
    assert _claims(tmp_path, monkeypatch, text) == [sentence]


READER_LEANS = [
    "You can take it with or without food, not on an empty stomach.",
    "You will notice the difference within days, not weeks.",
    "You can see this in the chart below, not in the table.",
]


@pytest.mark.parametrize("sentence", READER_LEANS)
def test_a_claim_addressed_to_the_reader_about_something_named_before_leans(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# How It Works\n\nThe tablets contain iron. {sentence}\n"
    assert _claims(tmp_path, monkeypatch, text) == []
    output = run_article(tmp_path, monkeypatch, "a.md", text + ANCHOR, "check")
    assert "leans on the sentence before it" in output


# 4. A time told from an event before it: the card "Four years later, the population had doubled
# to [...]" does not say four years after what.

LATER = [
    "Four years later, the population had doubled to 1.2 million.",
    "A year later, 30% of the loans had defaulted.",
    "Six months on, sales of the new model were down 20%.",
    "Ten years earlier, the interest rate had been 12%.",
    "Later, prices rose by 30% in a single year.",
]


@pytest.mark.parametrize("sentence", LATER)
def test_a_claim_timed_from_an_event_before_it_leans(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Aftermath\n\nThe city was sacked by the crusaders. {sentence}\n"
    assert _claims(tmp_path, monkeypatch, text) == []
    output = run_article(tmp_path, monkeypatch, "a.md", text + ANCHOR, "check")
    assert "leans on the sentence before it" in output


TIMED = [
    "After 30 days, the refund window closes and a 10% fee applies.",
    "Within 48 hours of exposure, 90% of people develop symptoms.",
    "Later in life, about 20% of patients develop arthritis.",
    "Sales rose 20% in 2020, and three years later they had doubled.",
]


@pytest.mark.parametrize("sentence", TIMED)
def test_a_claim_that_times_itself_stands(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _claims(tmp_path, monkeypatch, f"# Facts\n\n{sentence}\n") == [sentence]


# 5. A timeline table asks when each event happened: "1204 — Event" asked for the event.

TIMELINE = """\
# The Fall of Constantinople

The city fell on 29 May 1453 after a siege of 53 days.

## Timeline

| {first} | Event |
|---|---|
| 330 | Constantine makes the city his capital |
| 1204 | Fourth Crusade sacks Constantinople |

## Ports

| Port | Service |
|---|---|
| 22 | SSH |
| 80 | HTTP |
"""


@pytest.mark.parametrize("first", ["Year", "Date", "When"])
def test_a_timeline_table_asks_when_each_event_happened(
    first: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _notes(tmp_path, monkeypatch, "a.md", TIMELINE.format(first=first))
    asked = [(note["Question"], note["Answer"]) for note in notes if note["kind"] == "table"]
    assert asked == [
        (f"Constantine makes the city his capital — {first}", "330"),
        (f"Fourth Crusade sacks Constantinople — {first}", "1204"),
        ("Port: 22 — Service", "SSH"),  # numbers that are no years: the first column is the key
        ("Port: 80 — Service", "HTTP"),
    ]
