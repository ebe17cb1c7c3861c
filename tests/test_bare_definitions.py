"""A condition or process is often defined with no article: "Plantar fasciitis is inflammation
of the thick band of tissue under the foot." Only "X is a/an/the …" was a singular definition,
so these gave no card. A subject defined by a noun that names a process or condition
("inflammation", "conversion", "loss", "hardening of"), followed by what it is of, in or to,
is now a definition, with the target rules of one that has an article; a complement that is no
such noun ("Time is money.", "Exercise is key to …", "Inflation is rising in …"), an
aphorism's ("Success is persistence in …") or advice to the reader still defines nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

DEFINITIONS = {
    "Plantar fasciitis is inflammation of the thick band of tissue under the foot.": (
        "{{c1::Plantar fasciitis}} is inflammation of the thick band of tissue under the foot."
    ),
    "Photosynthesis is conversion of light into chemical energy.": (
        "{{c1::Photosynthesis}} is conversion of light into chemical energy."
    ),
    "Atherosclerosis is hardening of the arteries caused by plaque.": (
        "{{c1::Atherosclerosis}} is hardening of the arteries caused by plaque."
    ),
    # As long as "Sciatica is a pain along …" but for the article its noun goes without.
    "Sciatica is pain along the sciatic nerve.": (
        "{{c1::Sciatica}} is pain along the sciatic nerve."
    ),
    "Deflation is decline in the general price level.": (
        "{{c1::Deflation}} is decline in the general price level."
    ),
}

NOT_DEFINITIONS = [
    "Time is money.",
    "Life is good.",
    "The answer is yes.",
    "Exercise is important for people of every age and fitness level.",
    "Exercise is key to good health for people of every age.",
    "Inflation is rising in most countries of the euro area this year.",
    "The economy is slowing in most regions of the country this year.",
    "The goal is reduction of waste in every department of the company.",
    "The problem is communication between teams in different offices.",
    "Our priority is education of parents in every school district.",
    "Bob is thinking of moving to a smaller flat near the station.",
    "The meeting is open to all staff who work in the building.",
    "Success is persistence in the face of failure and many setbacks.",
    "Management is commitment to the people on your team every day.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_term_defined_without_an_article_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = "Health Basics\n\nOverview\n\n" + "\n\n".join(DEFINITIONS) + "\n"
    if name.endswith(".md"):
        text = text.replace("Health Basics", "# Health Basics").replace("Overview", "## Overview")
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]
    assert texts == list(DEFINITIONS.values())


def test_the_brief_paragraph_cards_each_definition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Health Basics\n\n## Overview\n\nIchthyosaurs were marine reptiles, not dinosaurs. "
        "Plantar fasciitis is inflammation of the thick band of tissue under the foot. "
        "Osteoporosis is a loss of bone density that makes bones fragile.\n"
    )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == [
        "Ichthyosaurs were {{c1::marine reptiles}}, not dinosaurs.",
        "{{c1::Plantar fasciitis}} is inflammation of the thick band of tissue under the foot.",
        "{{c1::Osteoporosis}} is a loss of bone density that makes bones fragile.",
    ]


def test_it_after_a_bare_definition_stands_for_its_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Health Basics\n\nGingivitis is inflammation of the gums caused by plaque. "
        "It affects about 50% of adults in the United States.\n"
    )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert "Gingivitis affects about {{c1::50%}} of adults in the United States." in texts


@pytest.mark.parametrize("sentence", NOT_DEFINITIONS)
def test_a_complement_that_names_no_process_defines_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    text = f"# Notes\n\n{sentence}\n\nThe museum opened in 1998 and drew 40,000 visitors.\n"
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == ["The museum opened in 1998 and drew {{c1::40,000}} visitors."]
