"""A dialogue whose speakers go by one name ("**Lucía:** …", "Ben: …") is a transcript: what
each says is read without the speaker's label, as for "HELEN OKAFOR:" or "Sarah Lin:", and no
turn is a claim that hides who speaks. Labels of things that recur ("**Pros:**", "Input:")
and a glossary keep their cards. Each runs the real CLI on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _preview(name: str, text: str) -> tuple[list[dict[str, object]], list[str]]:
    """Each card's record and each warning of `docdeck preview` on file `name`."""
    Path(name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    return [json.loads(line) for line in result.stdout.splitlines()], warnings


def _fronts(name: str, text: str) -> list[tuple[int, str, str]]:
    """Each card's source line, section tag and cloze text; no warning."""
    records, warnings = _preview(name, text)
    assert warnings == []
    return [
        (
            int(str(r["line"])),
            next(tag for tag in r["tags"] if tag.startswith("section::")),  # type: ignore[attr-defined]
            r["fields"]["Text"],  # type: ignore[index]
        )
        for r in records
    ]


DIALOGUE = """\
# At the museum

## Dialogue

**Anna:** Excuse me, where is the city museum?
**Bén:** It is two blocks north, next to the central station.
**Anna:** Thanks. When does it open?
**Bén:** The museum opens at 9 am every day except Monday.
"""

CARD = (8, "section::dialogue", "The museum opens at {{c1::9 am}} every day except Monday.")


def test_a_markdown_dialogue_of_first_names_is_a_transcript() -> None:
    # Was: "[...] It is two blocks north, …" (the answer "Bén:"), "Bén: The museum opens at
    # [...] …", and a warning for each of Anna's turns.
    assert _fronts("museum.md", DIALOGUE) == [CARD]


def test_a_plain_text_dialogue_of_first_names_is_a_transcript() -> None:
    # Was: each of Anna's turns a heading ("section::anna-thanks-when-does-it-open").
    plain = DIALOGUE.replace("**", "").replace("## ", "").replace("# ", "")
    assert _fronts("museum.txt", plain) == [CARD]


def test_turns_apart_make_a_transcript_once_a_run_of_them_does() -> None:
    # An aside between turns; the second part alone has one speaker of two turns.
    text = DIALOGUE + (
        "\n*(Later)*\n\n"
        "**Bén:** Here are your tickets.\n"
        "**Anna:** How much are they?\n"
        "**Bén:** Each ticket costs 12 euros, or 8 euros for students.\n"
    )
    assert _fronts("museum.md", text)[1:] == [
        (
            14,
            "section::dialogue",
            "Each ticket costs {{c1::12 euros}}, or 8 euros for students.",
        ),
    ]


NOT_DIALOGUES = {
    # Recurring under headings: the run of turns ends at each.
    "pros.md": (
        "# Best headphones\n\n## Sony WH-1000XM5\n\n"
        "**Pros:** The battery lasts 30 hours on a single charge.\n\n"
        "**Cons:** The case is 20% larger than the old one.\n\n## Bose QC Ultra\n\n"
        "**Pros:** It cuts noise by 32 dB in our lab test.\n\n"
        "**Cons:** The battery lasts only 24 hours.\n"
    ),
    # In one run, but no label asks anything: labels of things.
    "pros-run.md": (
        "# Best headphones\n\n"
        "**Pros:** The battery lasts 30 hours on a single charge.\n"
        "**Cons:** The case is 20% larger than the old one.\n"
        "**Pros:** It cuts noise by 32 dB in our lab test.\n"
        "**Cons:** The battery lasts only 24 hours.\n"
    ),
    "squares.txt": "Squaring numbers\n\nInput: 3\nOutput: 9\nInput: 4\nOutput: 16\n",
    "rice.md": (
        "# Cooking rice\n\n"
        "**Tip:** Rinse the rice three times to remove 80% of the surface starch.\n"
        "**Warning:** Is rice left out for 2 hours safe? It can grow Bacillus cereus.\n"
        "**Tip:** Rest the rice for 10 minutes after cooking.\n"
        "**Warning:** Reheat rice only once, to 75 °C.\n"
    ),
    "glossary.md": (
        "# Glossary\n\n"
        "**Latency:** The time a request takes, usually measured in milliseconds.\n"
        "**Throughput:** The number of requests served per second.\n"
        "**Jitter:** The variation in latency between requests, in milliseconds.\n"
    ),
}


@pytest.mark.parametrize("name", NOT_DIALOGUES)
def test_labels_of_things_make_no_dialogue(name: str) -> None:
    records, _ = _preview(name, NOT_DIALOGUES[name])
    labelled = [str(r["fields"]) for r in records]  # type: ignore[index]
    for label in ("Pros:", "Cons:", "Input", "Tip:", "Latency"):
        if label in NOT_DIALOGUES[name]:
            assert any(label in fields for fields in labelled), labelled


def test_a_list_of_turns_is_a_transcript() -> None:
    # Was: "Bén: The museum opens at [...] …", the label kept.
    listed = DIALOGUE.replace("\n**", "\n- **")
    assert _fronts("museum.md", listed) == [CARD]
    # Two-word names and roles too: was "Dr Lee: About [...] of adults …".
    interview = (
        "# Interview\n\n"
        "- **Host:** Welcome back to the show.\n"
        "- **Dr Lee:** About **30%** of adults sleep less than 7 hours a night.\n"
        "- **Host:** Is that new?\n"
        "- **Dr Lee:** No, the share has barely moved since 1990, when it was 28%.\n"
    )
    assert [front for _, _, front in _fronts("interview.md", interview)] == [
        "About {{c1::30%}} of adults sleep less than 7 hours a night.",
        "No, the share has barely moved since 1990, when it was {{c1::28%}}.",
    ]


LABEL_LISTS = {
    # Each list asks a question, but holds each label once.
    "pros.md": (
        "# Headphones\n\n## Sony\n\n"
        "- **Pros:** The battery lasts 30 hours on a single charge.\n"
        "- **Cons:** The case is 20% larger than the old one.\n\n## Bose\n\n"
        "- **Pros:** It cuts noise by 32 dB in our lab test. Why buy anything else?\n"
        "- **Cons:** The battery lasts only 24 hours.\n"
    ),
    # Two-word labels under each product: the article's lists make no transcript.
    "specs.md": (
        "# Headphones\n\n## Sony\n\n"
        "- **Battery Life:** The battery lasts 30 hours on a single charge.\n"
        "- **Noise Cancelling:** It cuts noise by 32 dB in our lab test.\n\n## Bose\n\n"
        "- **Battery Life:** The battery lasts 24 hours on a single charge.\n"
        "- **Noise Cancelling:** It cuts noise by 28 dB in our lab test.\n"
    ),
}


@pytest.mark.parametrize("name", LABEL_LISTS)
def test_a_list_of_labels_of_things_keeps_its_labels(name: str) -> None:
    records, _ = _preview(name, LABEL_LISTS[name])
    labels = [r["fields"]["Text"].split(":")[0] for r in records]  # type: ignore[index]
    assert len(labels) == 4
    assert labels[:2] == labels[2:] and labels[0] != labels[1]
