"""A study sheet's tips ("Exam Tips", "Field Tips", "Study Tips") are its takeaways: each fact
under them a cloze, as under "Key Points"; a tip on how to study, or on the exam itself, no card.
A blog's "Tips" stay a list whose firm sentences alone are claims. Each runs the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict[str, str]]:
    """Kind and cloze text of each note `docdeck preview --json a.md` gives."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    return [
        {"kind": record["kind"], "text": record["fields"].get("Text", "")}
        for record in map(json.loads, result.stdout.splitlines())
    ]


@pytest.mark.parametrize("heading", ["Exam Tips", "Field tips", "Study Tips:", "3. Test Tips"])
def test_a_study_sheets_tips_are_takeaways(
    heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _notes(
        tmp_path,
        monkeypatch,
        f"# Eastern songbirds\n\n## {heading}\n\n"
        "- Tail-pumping on the ground means Palm Warbler.\n"
        "- Pale legs separate a Blackpoll from a Black-and-white Warbler.\n"
        "- Check the undertail coverts on any confusing fall warbler.\n",
    )
    assert [note["kind"] for note in notes] == ["takeaway"] * 3
    assert "{{c1::Palm Warbler}}" in notes[0]["text"]


def test_a_tip_on_how_to_study_or_on_the_exam_is_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _notes(
        tmp_path,
        monkeypatch,
        "# Eastern songbirds\n\n## Field Tips\n\n"
        "- Learn the call notes; most warblers are heard before they are seen.\n"
        "- Know the order of the spring arrivals.\n"
        "- Essay question will likely be about migration.\n"
        "- Learn 暑い and 熱い as a pair; the exam tests the difference.\n"
        "- Tail-pumping on the ground means Palm Warbler.\n"
        '- Remember that the Ovenbird sings "teacher-teacher".\n',
    )
    assert [note["text"].replace("{{c1::", "").replace("}}", "") for note in notes] == [
        "Tail-pumping on the ground means Palm Warbler.",
        'Remember that the Ovenbird sings "teacher-teacher".',
    ]


def test_a_blogs_tips_are_no_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = _notes(
        tmp_path,
        monkeypatch,
        "# Banana bread\n\nBananas ripen fastest at 20 °C.\n\n## Tips\n\n"
        "- Use very ripe bananas.\n"
        "- Let the loaf cool before slicing.\n",
    )
    assert [note["text"] for note in notes] == ["Bananas ripen fastest at {{c1::20 °C}}."]
