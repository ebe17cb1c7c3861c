"""A hidden word or phrase the note states again is hidden there too: the second "prediction" of
"Dopamine fires on prediction, not pleasure — familiarity collapses prediction error" gave the
answer away. Whole words only, in any case; never the same letters inside another word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from articles import run_article
from click.testing import CliRunner

from docdeck.cli import main


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The Text field of every note `preview` shows for a one-article deck."""
    output = run_article(tmp_path, monkeypatch, "a.md", text, "preview", "--json")
    return [json.loads(line)["fields"]["Text"] for line in output.splitlines()]


@pytest.mark.parametrize(
    ("bullet", "cloze"),
    [
        (  # a contrast
            "Dopamine fires on prediction, not pleasure — familiarity collapses prediction error"
            " and dampens the anticipatory signal",
            "Dopamine fires on {{c1::prediction}}, not pleasure — familiarity collapses"
            " {{c1::prediction}} error and dampens the anticipatory signal",
        ),
        (  # emphasis, stated again in another case: each shows its own text when revealed
            "Habits form through **repetition**, and Repetition beats intensity every single time",
            "Habits form through {{c1::repetition}}, and {{c1::Repetition}} beats intensity every"
            " single time",
        ),
        (  # "inconsistency" holds the word, but is another one
            "Growth comes from consistency, not intensity — consistency compounds while"
            " inconsistency resets the clock",
            "Growth comes from {{c1::consistency}}, not intensity — {{c1::consistency}} compounds"
            " while inconsistency resets the clock",
        ),
        (  # a phrase; "sleep-deprived" is another word
            "Progress depends on deep sleep, not effort — deep sleep-deprived learners lose it,"
            " and Deep Sleep restores it",
            "Progress depends on {{c1::deep sleep}}, not effort — deep sleep-deprived learners"
            " lose it, and {{c1::Deep Sleep}} restores it",
        ),
        (  # "heart" holds the emphasised "art"
            "The heart of good **art** is restraint, and art that shows everything says nothing",
            "The heart of good {{c1::art}} is restraint, and {{c1::art}} that shows everything"
            " says nothing",
        ),
    ],
    ids=["contrast", "emphasis", "inside-a-word", "phrase", "heart"],
)
def test_a_hidden_term_is_hidden_wherever_the_note_states_it(
    bullet: str, cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Habits\n\n## Key Takeaways\n\n- {bullet}\n"
    assert _texts(tmp_path, monkeypatch, text) == [cloze]


def test_a_glossary_term_is_hidden_in_its_definition_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Glossary\n\n**Throughput:** the amount of data a link moves each second; throughput"
        " matters most for bulk transfers.\n"
    )
    assert _texts(tmp_path, monkeypatch, text) == [
        "{{c1::Throughput}}: the amount of data a link moves each second; {{c1::throughput}}"
        " matters most for bulk transfers."
    ]


def test_a_term_stated_once_is_hidden_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "# Habits\n\n## Key Takeaways\n\n- Habits form through repetition, not intensity, and"
        " repetitive drills help\n"
    )
    assert _texts(tmp_path, monkeypatch, text) == [
        "Habits form through {{c1::repetition}}, not intensity, and repetitive drills help"
    ]


def test_a_topic_term_is_hidden_wherever_the_note_states_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In any inflection its topic finds ("amygdala's", "therapies"), not another of its terms."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text(
        "deck: Hormones\nsources: [a.md]\ntopics:\n  oxytocin: [oxytocin]\n"
        "  amygdala: [amygdala]\n  stress: [stress, cortisol]\n  therapy: [therapy]\n",
        encoding="utf-8",
    )
    (tmp_path / "a.md").write_text(
        "# Hormones\n\n## Key Takeaways\n\n"
        "- Oxytocin modulates threat thresholds, but micro-ruptures lower the oxytocin baseline\n"
        "- The amygdala flags threat first, and the amygdala's verdict gates arousal\n"
        "- Stress raises cortisol, and chronic stress blunts desire\n"
        "- Therapies differ in form, yet each therapy needs trust\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["preview", "--json", "a.yaml"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["fields"]["Text"] for line in result.output.splitlines()] == [
        "{{c1::Oxytocin}} modulates threat thresholds, but micro-ruptures lower the"
        " {{c1::oxytocin}} baseline",
        "The {{c1::amygdala}} flags threat first, and the {{c1::amygdala's}} verdict gates arousal",
        "{{c1::Stress}} raises cortisol, and chronic {{c1::stress}} blunts desire",
        "{{c1::Therapies}} differ in form, yet each {{c1::therapy}} needs trust",
    ]
