"""A question asked again about another subject ("How long does it last?" under "Widget A" and
under "Widget B") with another answer is a note of its own: each asking names its subject. It
was reported as a repeat and its answer lost. Adding, removing or reordering the subjects keeps
each note's GUID and review history in the real Anki backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

from docdeck.cli import main

NAMED = """\
# Gadgets

Gadgets are small.

## FAQ: Widget A

### How long does it last?

Widget A lasts 12 months.

## Widget B FAQs

### How long does it last?

Widget B lasts 18 months.
"""

NESTED = """\
# Gadgets

Gadgets are small.

## Widget A

### FAQ

**How long does it last?**

It lasts 12 months.

## Widget B

### FAQ

**How long does it last?**

It lasts 18 months.
"""

WIDGET_A_ONLY = NESTED.split("## Widget B")[0]
WIDGET_B = "## Widget B" + NESTED.split("## Widget B")[1]
T1, T2, T3 = 1_700_000_000, 1_700_086_400, 1_700_172_800


def _cards(tmp_path: Path, text: str) -> tuple[list[tuple[str, str]], str]:
    source = tmp_path / "gadgets.md"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(source)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    cards = [(r["fields"]["Question"], r["fields"]["Answer"]) for r in records]
    checked = CliRunner().invoke(main, ["check", str(source)])
    return cards, checked.output


@pytest.mark.parametrize("text", [NAMED, NESTED], ids=["faq-heading-names-it", "under-its-heading"])
def test_each_asking_names_its_subject(tmp_path: Path, text: str) -> None:
    cards, warnings = _cards(tmp_path, text)

    assert [question for question, _ in cards] == [
        "Widget A: How long does it last?",
        "Widget B: How long does it last?",
    ]
    assert [answer.split()[-2:] for _, answer in cards] == [["12", "months."], ["18", "months."]]
    assert "repeats" not in warnings


def test_a_repeat_with_the_same_answer_is_still_reported(tmp_path: Path) -> None:
    cards, warnings = _cards(tmp_path, NESTED.replace("18 months", "12 months"))

    assert cards == [("How long does it last?", "It lasts 12 months.")]
    assert "faq repeats an earlier one (line 9)" in warnings


def test_a_repeat_under_one_subject_is_still_reported(tmp_path: Path) -> None:
    text = NESTED.replace("## Widget B\n\n### FAQ\n\n", "")

    cards, warnings = _cards(tmp_path, text)

    assert cards == [("How long does it last?", "It lasts 12 months.")]
    assert "faq repeats an earlier one (line 9)" in warnings


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks/gadgets.yaml").write_text("deck: Gadgets\nsources: [gadgets.md]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _build(project: Path, text: str, epoch: int) -> Result:
    (project / "decks/gadgets.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-q"], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result


def test_subjects_added_and_reordered_keep_each_notes_history(project: Path) -> None:
    _build(project, WIDGET_A_ONLY, T1)
    with AnkiCollection(project / "anki") as anki:
        anki.import_apkg(project / "build/gadgets.apkg")
        assert anki.answer_all() == 1
        (reviewed,) = anki.notes()

        # Widget B asks the same question: Widget A's note is renamed, not replaced.
        result = _build(project, NESTED, T2)
        assert "changes: 1 added, 0 updated, 1 re-identified, 0 removed" in result.output
        anki.import_apkg(project / "build/gadgets.apkg")
        notes = {note.fields["Question"]: note for note in anki.notes()}
        assert set(notes) == {
            "Widget A: How long does it last?",
            "Widget B: How long does it last?",
        }
        assert notes["Widget A: How long does it last?"].id == reviewed.id
        reps = {card.note_guid: card.reps for card in anki.cards()}
        assert reps == {reviewed.guid: 1, notes["Widget B: How long does it last?"].guid: 0}
        anki.answer_all()
        guids = {question: note.guid for question, note in notes.items()}

        # Widget B first: each note keeps its own subject, answer and history.
        preface, widget_a = WIDGET_A_ONLY.split("## Widget A")
        result = _build(project, f"{preface}{WIDGET_B}\n## Widget A{widget_a}", T3)
        assert "changes: 0 added, 0 updated, 0 re-identified, 0 removed" in result.output
        anki.import_apkg(project / "build/gadgets.apkg")
        after = {note.fields["Question"]: note for note in anki.notes()}
        assert {question: note.guid for question, note in after.items()} == guids
        assert "12 months" in after["Widget A: How long does it last?"].fields["Answer"]
        reps = {card.note_guid: card.reps for card in anki.cards()}
        assert reps == {reviewed.guid: 2, guids["Widget B: How long does it last?"]: 1}


ENDPOINTS = """\
# Orders API

## Create an order

| Name | Type | Required |
|---|---|---|
| `id` | string | no |
| `note` | string | no |

## Cancel an order

| Name | Type | Required |
|---|---|---|
| `id` | string | yes |
"""


def test_rows_that_tables_under_two_subjects_share_each_name_their_subject(
    tmp_path: Path,
) -> None:
    """Each endpoint's parameter table has an `id` row: the second table's was dropped as a
    repeat of the first, and `check` called the rows near-duplicates."""
    source = tmp_path / "api.md"
    source.write_text(ENDPOINTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(source)])
    cards = [json.loads(line)["fields"] for line in result.stdout.splitlines()]
    assert [(card["Question"], card["Answer"]) for card in cards] == [
        ("Create an order: id — Type", "string"),
        ("Create an order: id — Required", "no"),
        ("note — Type", "string"),
        ("note — Required", "no"),
        ("Cancel an order: id — Type", "string"),
        ("Cancel an order: id — Required", "yes"),
    ]
    checked = CliRunner().invoke(main, ["check", str(source)])
    assert checked.output.splitlines()[-1] == "0 errors, 0 warnings", checked.output


def test_a_question_under_the_pages_own_faq_is_about_the_page(tmp_path: Path) -> None:
    """The first FAQ names no subject: its asking is about the page's own subject."""
    source = tmp_path / "aurora.md"
    source.write_text(
        "# Aurora earbuds\n\nSmall earbuds.\n\n## FAQ\n\n### How long does charging take?\n\n"
        "A full charge of the case takes about 90 minutes.\n\n## FAQ: Aurora X1\n\n"
        "### How long does charging take?\n\nThe X1 case takes 2 hours to charge fully.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["preview", "--json", str(source)])
    questions = [json.loads(line)["fields"]["Question"] for line in result.stdout.splitlines()]
    assert questions == [
        "Aurora earbuds: How long does charging take?",
        "Aurora X1: How long does charging take?",
    ]


def test_a_row_whose_question_names_its_subject_is_not_named_twice(tmp_path: Path) -> None:
    """Label lines under each product's heading are a table whose rows ask "Sony WH-1000XM5:
    Weight": named again for the second product's rows, they asked "Sony WH-1000XM5: Sony
    WH-1000XM5: Weight". The identities still tell the two apart."""
    source = tmp_path / "review.md"
    source.write_text(
        "# Headphones compared\n\nWe tested two pairs for a month.\n\n"
        "## Sony WH-1000XM5\n\n**Weight:** 250 g\n**Price:** $399\n\n"
        "## Bose QuietComfort Ultra\n\n**Weight:** 254 g\n**Price:** $429\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["preview", "--json", str(source)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["fields"]["Question"], r["fields"]["Answer"]) for r in records] == [
        ("Sony WH-1000XM5: Weight", "250 g"),
        ("Sony WH-1000XM5: Price", "$399"),
        ("Bose QuietComfort Ultra: Weight", "254 g"),
        ("Bose QuietComfort Ultra: Price", "$429"),
    ]
    assert len({r["guid"] for r in records}) == 4
