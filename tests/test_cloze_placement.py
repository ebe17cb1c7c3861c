"""Where a cloze lands: never inside an image reference, on an emphasised word where it stands
as a word, and never on the label that opens a paragraph ("**Tip:** …")."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from ankitools import AnkiCollection, strip_html
from click.testing import CliRunner

from docdeck.cli import main

# A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC"
)


def _preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict[str, str]]:
    """The fields of every note `preview` shows for a one-article deck."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["fields"] for line in result.output.splitlines()]


@pytest.mark.parametrize(
    ("spec", "bullet", "hidden"),
    [
        (
            "topics:\n  oxytocin: [oxytocin]\n",
            "![Oxytocin chart](oxytocin.png) Oxytocin rises during touch and bonding.",
            "Oxytocin",
        ),
        ("", "See ![diagram](oxytocin.png) for the commit graph.", "commit"),
        (  # hidden again where the text states it again, not in the image's file name
            "",
            "![Chart](oxytocin.png) Bonding runs on oxytocin, not dopamine, and oxytocin rises.",
            "oxytocin",
        ),
    ],
    ids=["topic", "longest word", "stated again"],
)
def test_a_cloze_never_lands_inside_an_image(
    spec: str, bullet: str, hidden: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "oxytocin.png").write_bytes(PNG)
    (tmp_path / "a.md").write_text(f"# Hormones\n\n## Key Takeaways\n\n- {bullet}\n")
    (tmp_path / "a.yaml").write_text(f"deck: Hormones\nsources: [a.md]\n{spec}")
    result = CliRunner().invoke(main, ["build", "a.yaml", "-o", "a.apkg"])
    assert result.exit_code == 0, result.output
    assert "not embedded" not in result.output

    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(tmp_path / "a.apkg")
        [note] = anki.notes()
        [card] = anki.cards()
        assert list(anki.col.media.check().missing) == []
    text = note.fields["Text"]
    assert f"{{{{c1::{hidden}}}}}" in text
    assert re.fullmatch(r'.*<img src="oxytocin-[0-9a-f]+\.png">.*', text)
    assert "<img" in card.question_html
    assert hidden not in strip_html(card.question_html)


@pytest.mark.parametrize(
    ("article", "text"),
    [
        (
            "- Old scanners often fail to read a **scan** printed on glossy paper.",
            "Old scanners often fail to read a {{c1::scan}} printed on glossy paper.",
        ),
        (
            "- Everyone needs at least **one** full night of sleep a week.",
            "Everyone needs at least {{c1::one}} full night of sleep a week.",
        ),
        (
            "The heart of good **art** is daily practice over many years.",
            "The heart of good {{c1::art}} is daily practice over many years.",
        ),
        (
            "A smartphone camera is often **smart** enough for beginners to start.",
            "A smartphone camera is often {{c1::smart}} enough for beginners to start.",
        ),
    ],
    ids=["scan", "one", "art", "smart"],
)
def test_an_emphasised_word_is_hidden_where_it_stands_as_a_word(
    article: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "## Key Takeaways\n\n" if article.startswith("-") else ""
    [note] = _preview(tmp_path, monkeypatch, f"# Practice\n\n{heading}{article}\n")

    assert note["Text"] == text


LABELS = """\
# Running Tips

**Tip:** Warm up before every run to loosen your muscles.

**Important:** Stretch after running, when muscles are warm.

**Update (2024):** The race has moved to a new course near the river.

> **Note:** Warm muscles recover faster from a long and hard session.

**Tip**: Cool down slowly after every hard interval session.

**Fact:** About 60% of runners skip the warm-up before a race.

## Key Takeaways

- **Tip:** Recovery happens during sleep, not during training.
"""


def test_a_label_opening_a_paragraph_is_neither_hidden_nor_a_reason_to_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _preview(tmp_path, monkeypatch, LABELS)

    assert [note["Text"] for note in notes] == [
        "Fact: About {{c1::60%}} of runners skip the warm-up before a race.",
        "Tip: Recovery happens during {{c1::sleep}}, not during training.",
    ]


PLAIN_LABELS = """\
# Cooking Basics

## Frying

Tip: Use olive oil, not butter, for the first fry.

Warning: 30% of burns in the kitchen come from hot oil.

## Key Takeaways

- Warning: Hot oil spits when water touches it
- Note: Sharpen knives often
"""


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_plain_label_opening_a_sentence_is_never_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """Without bold, "Tip:" was text like any other: hidden with the contrast after it, or as
    a takeaway's longest word."""
    monkeypatch.chdir(tmp_path)
    source = PLAIN_LABELS if suffix == ".md" else re.sub(r"(?m)^#+ ", "", PLAIN_LABELS)
    (tmp_path / f"a{suffix}").write_text(source, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", f"a{suffix}"])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["fields"]["Text"] for line in result.output.splitlines()]
    assert texts[:2] == [
        "Tip: {{c1::Use olive oil}}, not butter, for the first fry.",
        "Warning: {{c1::30%}} of burns in the kitchen come from hot oil.",
    ]
    assert [text.split(": ")[0] for text in texts[2:]] == ["Warning", "Note"]


@pytest.mark.parametrize(
    ("bullet", "text"),
    [
        (
            "Fees are charged whether the fund gains or loses money.",
            "Fees are {{c1::charged}} whether the fund gains or loses money.",
        ),
        (
            "Stay calm, stay steady, and finish strongly.",
            "Stay calm, stay {{c1::steady}}, and finish strongly.",
        ),
    ],
    ids=["conjunction", "adverb"],
)
def test_a_takeaways_last_resort_is_never_a_function_word_or_an_adverb(
    bullet: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [note] = _preview(tmp_path, monkeypatch, f"# Money\n\n## Key Takeaways\n\n- {bullet}\n")

    assert note["Text"] == text


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Cadence is the number of steps you take per minute while running.",
            "{{c1::Cadence}} is the number of steps you take per minute while running.",
        ),
        (
            "The DASH diet is an eating plan rich in fruit, vegetables and whole grains.",
            "The {{c1::DASH diet}} is an eating plan rich in fruit, vegetables and whole grains.",
        ),
        (
            "A soft inquiry is a credit check that lenders cannot see at all.",
            "A soft inquiry is {{c1::a credit check}} that lenders cannot see at all.",
        ),
    ],
    ids=["long definition", "list", "short definition"],
)
def test_a_long_definition_asks_for_the_term_it_defines(
    sentence: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [note] = _preview(tmp_path, monkeypatch, f"# Terms\n\n## Basics\n\n{sentence}\n")

    assert note["Text"] == text


def test_a_cloze_hides_the_whole_of_a_slash_compound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bullet = "The approach eliminates the need for thermocouple/thermistor mounting, simplifying it"
    [note] = _preview(tmp_path, monkeypatch, f"# Heaters\n\n## Key Takeaways\n\n- {bullet}\n")

    assert note["Text"] == (
        "The approach eliminates the need for {{c1::thermocouple/thermistor}} mounting,"
        " simplifying it"
    )


def test_not_just_not_even_and_not_all_at_once_are_no_contrasts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ ", not just ASCII letters" adds, ", not even water bottles" stresses, "one step at a
    time, not all at once" is an idiom: each hid a word as if it were the contrasted term."""
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(
        "# Habits\n\nFood and drink are not allowed in the lab, not even water bottles.\n\n"
        "The option matches any letter without regard to case, not just ASCII letters.\n\n"
        "Tapering works by cutting volume, not intensity, in the last weeks.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    texts = [json.loads(line)["fields"]["Text"] for line in result.stdout.splitlines()]
    assert texts == ["Tapering works by {{c1::cutting volume}}, not intensity, in the last weeks."]
