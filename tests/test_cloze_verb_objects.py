"""What a takeaway's cloze hides after its subject's verb: the whole noun phrase the verb takes,
never half of it ("memory {{c1::consolidation}}") nor the verb alone ("Sleep {{c1::restores}}
energy"). Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes


def _takeaways(*bullets: str) -> str:
    return "# Health Notes\n\nSome prose about habits.\n\n## Key Takeaways\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


# A verb of effect ("impairs", "disrupts", "accelerates") is the subject's verb, no plural head
# ("Sleep deprivation impairs"); what it takes, right after it, is one term.
OBJECTS = [
    (
        "Sleep deprivation impairs memory consolidation.",
        "Sleep deprivation impairs {{c1::memory consolidation}}.",
    ),
    (
        "Sleep deprivation impairs memory consolidation in teenagers.",
        "impairs {{c1::memory consolidation}} in teenagers.",
    ),
    ("Stress raises cortisol levels.", "Stress raises {{c1::cortisol levels}}."),
    ("Noise disrupts deep sleep.", "Noise disrupts {{c1::deep sleep}}."),
    ("Alcohol impairs motor coordination.", "Alcohol impairs {{c1::motor coordination}}."),
    ("Smoking accelerates skin ageing.", "Smoking accelerates {{c1::skin ageing}}."),
    ("Sunlight boosts vitamin D production.", "Sunlight boosts {{c1::vitamin D production}}."),
    ("Sugar alters gut microbiome composition.", "alters {{c1::gut microbiome composition}}."),
    # The verb alone was hidden: the longest word.
    ("Sleep restores energy.", "Sleep restores {{c1::energy}}."),
    ("Running strengthens bones.", "Running strengthens {{c1::bones}}."),
    # Or the whole subject, no longer passed over as one that may run on.
    ("Exercise improves sleep quality.", "{{c1::Exercise}} improves sleep quality."),
    ("Growth hormone promotes tissue repair.", "{{c1::Growth hormone}} promotes tissue repair."),
    # Kept: the duration, the subject, a word after an article or a plural's bare verb.
    ("Walking improves mood within ten minutes.", "within {{c1::ten minutes}}."),
    ("Regular stretching reduces the risk of injury.", "{{c1::Regular stretching}} reduces"),
    ("Insulin lowers blood sugar after meals.", "{{c1::Insulin}} lowers blood sugar"),
    ("Walking burns calories daily.", "Walking burns {{c1::calories}} daily."),
    ("Heat melts the wax fast.", "Heat melts the {{c1::wax}} fast."),
    ("Leafcutter ants farm fungus.", "Leafcutter ants farm {{c1::fungus}}."),
    ("Desert plants store water in their stems.", "Desert plants store {{c1::water}} in"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), OBJECTS)
def test_a_takeaway_hides_the_whole_phrase_its_verb_takes(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _takeaways(bullet))
    assert len(texts) == 1 and expected in texts[0], texts


def test_a_repeated_word_of_the_object_hides_the_whole_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document repeats "heart rate": "Exercise lowers resting {{c1::heart rate}}" left
    half the term."""
    text = _takeaways("Adrenaline increases heart rate.", "Exercise lowers resting heart rate.")
    texts = article_clozes(tmp_path, monkeypatch, "a.md", text)
    assert "Exercise lowers {{c1::resting heart rate}}." in texts, texts


# A one-word plural subject before a verb a list names: the subject is that word, the verb's
# object the phrase after it ("Plants {{c1::release}} oxygen", "{{c1::Cats make good}} pets").
ONE_WORD_SUBJECTS = [
    ("Plants release oxygen.", "Plants release {{c1::oxygen}}."),
    ("Cats make good pets.", "{{c1::Cats}} make good pets."),
    ("Enzymes lower activation energy.", "Enzymes lower {{c1::activation energy}}."),
    ("Statins reduce LDL cholesterol.", "Statins reduce {{c1::LDL cholesterol}}."),
    # Kept: the subject where it is the longest word; a subject of more words.
    ("Kidneys filter blood.", "{{c1::Kidneys}} filter blood."),
    ("Bees make honey.", "Bees make {{c1::honey}}."),
    ("Mitochondria produce ATP.", "{{c1::Mitochondria}} produce ATP."),
    ("The light reactions make ATP, NADPH and oxygen.", "The {{c1::light reactions}} make"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), ONE_WORD_SUBJECTS)
def test_a_one_word_subject_ends_before_its_listed_verb(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _takeaways(bullet))
    assert len(texts) == 1 and expected in texts[0], texts
