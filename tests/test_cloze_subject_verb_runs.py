"""A takeaway's key term never runs from its subject into its verb: a phrase the document
repeats is no term when it is half a subject that may run on ("{{c1::Fast shutter}} speeds
freeze motion"). Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records


def _takeaways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, prose: str, bullet: str
) -> list[str]:
    """The Text of each takeaway note of an article of `prose` and a summary of `bullet`."""
    heading, summary = (
        ("# Field Notes", "## Summary")
        if name.endswith(".md")
        else (
            "Field Notes",
            "Summary",
        )
    )
    text = f"{heading}\n\n{prose}\n\n{summary}\n\n- {bullet}\n"
    records = article_records(tmp_path, monkeypatch, name, text)
    return [r["fields"]["Text"] for r in records if r["kind"] == "takeaway"]


# A subject whose -s word may be its plural head ("Fast shutter speeds freeze"): the phrase
# the document repeats before that word is half the subject, never the term.

UNSURE_REPEATED = [
    (
        "Fast shutter speeds freeze motion. Slow shutter speeds blur it.",
        "Fast shutter speeds freeze motion; slow ones blur it.",
        "Fast shutter speeds {{c1::freeze motion}}; slow ones blur it.",
    ),
    (
        "Desert plants store water. Most desert plants grow slowly.",
        "Desert plants store water in their stems.",
        "Desert plants {{c1::store water}} in their stems.",
    ),
    # Kept: a subject the document never repeats with the -s word after it ("Calvin cycle
    # fixes"), a subject that is sure ("Caffeine blocks"), a repeated phrase after the verb.
    (
        "The Calvin cycle runs in the stroma.",
        "The Calvin cycle fixes carbon dioxide into sugar.",
        "The {{c1::Calvin cycle}} fixes carbon dioxide into sugar.",
    ),
    (
        "Caffeine blocks adenosine receptors. Adenosine receptors signal tiredness.",
        "Caffeine blocks adenosine receptors in the brain.",
        "Caffeine blocks {{c1::adenosine receptors}} in the brain.",
    ),
    (
        "Long-term potentiation strengthens synapses over time.",
        "Long-term potentiation strengthens synapses.",
        "{{c1::Long-term potentiation}} strengthens synapses.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("prose", "bullet", "expected"), UNSURE_REPEATED)
def test_a_repeated_phrase_is_never_half_a_subject_that_may_run_on(
    prose: str,
    bullet: str,
    expected: str,
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _takeaways(tmp_path, monkeypatch, f"a{suffix}", prose, bullet) == [expected]


# Two verbs joined by "or" or "and" before an article end the subject: "One stop doubles or
# halves the light" has the subject "One stop", no term "One stop doubles".

VERB_PAIRS = [
    (
        "Photographers count in stops. One stop doubles or halves the amount of light.",
        "One stop doubles or halves the light.",
        "{{c1::One stop}} doubles or halves the light.",
    ),
    (
        "A heat pump moves heat. A heat pump warms or cools the house.",
        "A heat pump warms or cools a house.",
        "A {{c1::heat pump}} warms or cools a house.",
    ),
    # Kept: nouns joined by "and" ("interest rates and prices"), no article after them.
    (
        "Central banks set interest rates. Interest rates move prices.",
        "Interest rates and prices move together.",
        "{{c1::Interest rates}} and prices move together.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("prose", "bullet", "expected"), VERB_PAIRS)
def test_two_joined_verbs_end_the_subject(
    prose: str,
    bullet: str,
    expected: str,
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _takeaways(tmp_path, monkeypatch, f"a{suffix}", prose, bullet) == [expected]


# A key term that is one of two verbs joined by "or" or "and" is hidden with the other: "Heat
# expands or {{c1::contracts}} the metal" asked for half the pair.

PAIRED_TERMS = [
    ("Heat expands or contracts the metal.", "Heat {{c1::expands or contracts}} the metal."),
    ("Frost cracks and splits the rocks.", "Frost {{c1::cracks and splits}} the rocks."),
    # Kept: a target outside the pair, a subject before it.
    ("Warm air rises and cools the ground.", "Warm air rises and cools the {{c1::ground}}."),
    (
        "Exercise raises or lowers the heart rate.",
        "{{c1::Exercise}} raises or lowers the heart rate.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), PAIRED_TERMS)
def test_one_of_two_joined_verbs_is_hidden_with_the_other(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _takeaways(tmp_path, monkeypatch, f"a{suffix}", "Some prose.", bullet) == [expected]
