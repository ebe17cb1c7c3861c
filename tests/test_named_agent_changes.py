"""One named drug or hormone by the measure of the body it changes, the drug the answer, as a
takeaway's ("{{c1::Insulin}} lowers blood sugar.") and an antidote's: "{{c1::Digoxin}} slows the
heart rate." (was no card). A drug class's change still asks for the change ("Beta-blockers slow
{{c1::the heart rate}}."). Not a word with no drug's ending, a hedge, a pronoun, nor a change
that is no measure of the body."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_clozes, beside_control, cloze_texts, written_as

AGENTS = [
    "{{c1::Digoxin}} slows the heart rate.",
    "{{c1::Insulin}} lowers blood glucose.",
    "{{c1::Glucagon}} raises blood glucose.",
    "{{c1::Furosemide}} lowers serum potassium.",
    "{{c1::Heparin}} reduces clotting.",
    # A class: the change, as before.
    "Beta-blockers slow {{c1::the heart rate}}.",
    "Statins lower {{c1::cholesterol}}.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("cloze", AGENTS)
def test_a_named_drug_is_asked_for_by_the_measure_it_changes(
    cloze: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Cardiac Drugs", [cloze]) == [cloze]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exercise lowers blood pressure.",
        "Routine lowers blood pressure.",
        "Insulin lowers costs.",
        "Digoxin may slow the heart rate.",
        "Digoxin probably slows the heart rate.",
        "It slows the heart rate.",
        "Sunshine raises body temperature.",
    ],
)
def test_no_drug_or_no_measure_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_deck_on_the_drug_asks_for_the_change(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deck on digoxin asks for the change: "{{c1::Digoxin}} slows …" would ask nothing."""
    name = f"a{suffix}"
    text = written_as(name, "# Digoxin\n\nDigoxin slows the heart rate.\n")
    assert article_clozes(tmp_path, monkeypatch, name, text) == [
        "Digoxin slows {{c1::the heart rate}}."
    ]
