"""A sentence whose "It"/"Its"/"it" stands for a thing named plainly before it: carded with the
thing in the pronoun's place where what it stands for is certain; otherwise no card with the
pronoun dangling in its front. From an observing guide, a drug monograph and a cooking article
whose "It lies 2.5 million light-years away", "Its elimination half-life is …" were dropped as
leaning, and "Through binoculars it looks like …", "Heat it for 3 to 5 minutes" carded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes, written_as


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, markdown: str) -> list[str]:
    notes = article_notes(tmp_path, monkeypatch, name, written_as(name, markdown))
    return [re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", note["Text"]) for note in notes]


ABBREVIATED = """\
# Guide

## Sights

The Andromeda Galaxy (M31) is the most distant object most people can see with the naked eye. \
It lies 2.5 million light-years away from the Sun.

The World Health Organization (WHO) was founded in 1948. It has 194 member states.

The drug (Ozempic) is given weekly. It cut weight by 15% in 68 weeks.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_name_with_its_abbreviation_is_what_it_stands_for(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, ABBREVIATED)
    assert "The Andromeda Galaxy lies 2.5 million light-years away from the Sun." in texts
    assert "The World Health Organization has 194 member states." in texts
    # A role's bracket ("The drug (Ozempic)") names no subject: "It" still leans.
    assert not any("15%" in text for text in texts)


SUMMARY = """\
# Searing

Browning gives seared food its flavour.

## In Summary

- The Maillard reaction is between amino acids and reducing sugars.
- It becomes fast above 140 °C, which is why wet surfaces do not brown.
- Enzymes are proteins that speed up reactions.
- They work best at 37 °C.
- The council approved the plan in May.
- It will cost £2 million over 5 years.
- It is important to rest meat for 5 minutes after searing.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_takeaway_on_it_is_of_what_the_one_before_names(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, SUMMARY)
    assert (
        "The Maillard reaction becomes fast above 140 °C, which is why wet surfaces do not brown."
        in texts
    )
    assert "Enzymes work best at 37 °C." in texts
    # The plan or the council: not certain, no card. "It is important to …" leans on nothing.
    assert not any("£2 million" in text for text in texts)
    assert "It is important to rest meat for 5 minutes after searing." in texts


ITS_AND_IT = """\
# Observing

## The Andromeda Galaxy

The Andromeda Galaxy is the most distant object most people can see with the naked eye. Find \
it by starting at the Great Square of Pegasus. Through binoculars it looks like an elongated \
fuzzy oval, not a spiral.

## The Orionids

The Orionid meteor shower is caused by debris from Halley's Comet. At its peak you may see \
about 20 meteors per hour under a dark sky.

## Searing

Use a heavy pan made of cast iron or carbon steel. Heat it for 3 to 5 minutes until a drop of \
water skitters across the surface.

## Credit

Blood pressure is the force of blood against the artery walls. Because it changes with \
every heartbeat, doctors take 3 readings 1 minute apart. Inflation is the rate at which prices \
rise. Because it is measured each month, inflation figures move markets 12 times a year. \
Metformin is the first drug most people with diabetes take. Because it costs £2 a month, \
doctors prescribe it to 80% of new patients.

## Famous Games

Fischer played the Najdorf throughout his career. Garry Kasparov made it his main weapon \
against 1.e4 in the 1980s and 1990s.

## Kept

The company doubled its revenue to £3 million in 2020. When it opened in 1998, the bridge cost \
£40 million. Most people find it hard to sleep for 8 hours. A taxpayer who pays £80 into a \
personal pension has it topped up to £100 by the government. Salt the meat and leave it \
uncovered for 12 hours. The firm has grown every year since it was founded in 2019. When the \
dough rests it rises by about 50% in 4 hours.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_it_inside_a_sentence_is_the_thing_named_before_or_no_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, ITS_AND_IT)
    assert (
        "Through binoculars the Andromeda Galaxy looks like an elongated fuzzy oval, not a spiral."
        in texts
    )
    assert (
        "At the Orionid meteor shower's peak you may see about 20 meteors per hour under a dark"
        " sky." in texts
    )
    # A common noun put mid-sentence is in lower case; a name, or a word the paragraph never
    # writes in lower case, is not.
    assert (
        "Because blood pressure changes with every heartbeat, doctors take 3 readings 1 minute"
        " apart." in texts
    )
    assert (
        "Because inflation is measured each month, inflation figures move markets 12 times a"
        " year." in texts
    )
    assert (
        "Because Metformin costs £2 a month, doctors prescribe it to 80% of new patients." in texts
    )
    # The pan, or the Najdorf: not the sentence before's subject, so not certain. No card.
    assert not any("3 to 5 minutes" in text or "Kasparov" in text for text in texts)
    # An "it" of a thing before it in its sentence (its clause's subject after "since", "when
    # the dough …"), or after it, or of the clause after it.
    for kept in (
        "The company doubled its revenue to £3 million in 2020.",
        "When it opened in 1998, the bridge cost £40 million.",
        "Most people find it hard to sleep for 8 hours.",
        "A taxpayer who pays £80 into a personal pension has it topped up to £100 by the"
        " government.",
        "Salt the meat and leave it uncovered for 12 hours.",
        "The firm has grown every year since it was founded in 2019.",
        "When the dough rests it rises by about 50% in 4 hours.",
    ):
        assert kept in texts


MONOGRAPH = """\
# Metformin Hydrochloride: Drug Monograph

## Mechanism of Action

Metformin lowers blood glucose mainly by reducing glucose production in the liver. It also \
increases insulin sensitivity in skeletal muscle by 20%.

## Pharmacokinetics

Oral bioavailability is 50 to 60%. Metformin is not metabolised by the liver and is excreted \
unchanged in the urine. Its elimination half-life is about 6.2 hours.

## History

Metformin replaced the older drug phenformin in 1977. It was withdrawn in 1978 after 50 deaths.

Darwin sailed on HMS Beagle in 1831. It carried 74 people on a voyage of 5 years.
"""

# A name the title holds after a first name, or on a page that speaks of "he" or "she", may be
# a person's.
LIVES = [
    "# Charles Darwin: A Life\n\n## Voyage\n\nDarwin sailed on HMS Beagle in 1831. It carried 74"
    " people on a voyage of 5 years.\n",
    "# Darwin\n\n## Voyage\n\nDarwin sailed on HMS Beagle in 1831. It carried 74 people on a"
    " voyage of 5 years.\n\nHe was 22 years old and unpaid.\n",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_it_after_the_name_the_page_is_about_stands_for_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, MONOGRAPH)
    assert "Metformin also increases insulin sensitivity in skeletal muscle by 20%." in texts
    assert "Metformin's elimination half-life is about 6.2 hours." in texts
    # A singular object after the page's name, or a name the page is not about: not certain.
    assert not any("withdrawn" in text or "74 people" in text for text in texts)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("life", LIVES)
def test_it_after_the_name_of_the_person_a_page_is_about_leans(
    name: str, life: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, life)
    assert "Darwin sailed on HMS Beagle in 1831." in texts
    assert not any("74 people" in text for text in texts)


CALLED = """\
# Tasting

## Swirl

Swirling adds oxygen and releases aroma compounds. The streaks that run down the inside of \
the glass are called legs or tears. They are caused by the Marangoni effect and tell you about \
alcohol and sugar, not quality.

## Allowance

Most people can earn £12,570 a year before paying any income tax. This is called the Personal \
Allowance. It has been frozen since April 2021 and is due to remain frozen until April 2028.

## Kept

The device is called a sextant. It measures angles up to 120 degrees.

This stage is called the first stage. It lasts about 12 hours.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_it_after_what_a_thing_is_called_stands_for_the_name(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, CALLED)
    assert (
        "Legs or tears are caused by the Marangoni effect and tell you about alcohol and sugar,"
        " not quality." in texts
    )
    assert (
        "The Personal Allowance has been frozen since April 2021 and is due to remain frozen"
        " until April 2028." in texts
    )
    # An indefinite name is none to stand for: the subject is, as before.
    assert "The device measures angles up to 120 degrees." in texts
    # A generic name is none either: "It" leans.
    assert not any("12 hours" in text for text in texts)


OPENS_ON_OF = """\
# Bones

## Facts

Of the 206 bones in the body, the femur is the longest. It can bear 30 times the weight of \
the body.

The adult skeleton has 206 bones.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_it_after_a_sentence_opening_on_of_names_nothing(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Of" opens no name: "It" stands for nothing said plainly (it crashed the build).
    texts = _texts(tmp_path, monkeypatch, name, OPENS_ON_OF)
    assert "The adult skeleton has 206 bones." in texts
    assert not any("30 times" in text for text in texts)
