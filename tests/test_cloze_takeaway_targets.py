"""What a cloze hides where no figure, mark or term chooses: never a plural subject's lone
verb, nor half the noun phrase after it; how often or by when a takeaway says; never part of a
quotation. Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from articles import article_clozes


def _summary(*bullets: str, title: str = "Field Notes", prose: str = "Some prose.") -> str:
    return f"# {title}\n\n{prose}\n\n## Key Takeaways\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


# 1. A plural that opens the sentence is its subject, the bare word after it the verb: the
# verb alone is no answer ("AFCIs {{c1::detect}} arcing" in home-electrical-safety.md).

PLURAL_SUBJECTS = [
    ("LLMs predict the next token.", "LLMs predict the next {{c1::token}}."),
    ("Genes determine traits.", "Genes determine {{c1::traits}}."),
    ("GPUs accelerate training.", "GPUs accelerate {{c1::training}}."),
    # Kept: a verb with its object right after it, a singular subject.
    ("Plants release oxygen.", "Plants release {{c1::oxygen}}."),
    ("Insulin lowers blood sugar.", "{{c1::Insulin}} lowers blood sugar."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), PLURAL_SUBJECTS)
def test_a_plural_subjects_verb_is_not_hidden(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert texts == [expected], texts


def test_an_acronyms_plural_is_a_subject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The document repeats "detect" and its title holds "electrical": "AFCIs" (an -s form, no
    "-is" of "analysis") is the subject, "detect" its verb, "arcing" what it takes."""
    prose = "An AFCI can detect arcing. A GFCI can detect a ground fault."
    text = _summary(
        "AFCIs detect arcing, a common cause of electrical fires.",
        title="Home Electrical Safety",
        prose=prose,
    )
    texts = article_clozes(tmp_path, monkeypatch, "a.md", text)
    assert "AFCIs detect {{c1::arcing}}, a common cause of electrical fires." in texts, texts


# 2. After a subject that may run on ("Lenticular clouds mean …": "clouds" may be its verb),
# the word hidden after the verb keeps the plural it qualifies: "mean {{c1::strong}} winds"
# hid half a noun phrase (mountain-weather.txt).

OBJECTS = [
    ("Lenticular clouds mean strong winds aloft.", "mean {{c1::strong winds}} aloft."),
    ("Polar bears hunt young seals on ice.", "hunt {{c1::young seals}} on ice."),
    # Kept: a plural chosen, a singular or a function word after the word.
    ("Sea otters crack shells with rocks.", "crack {{c1::shells}} with rocks."),
    ("Tree roots draw water from soil.", "draw {{c1::water}} from soil."),
    ("Desert ants track steps home.", "track {{c1::steps}} home."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), OBJECTS)
def test_the_object_after_an_unsure_subject_is_hidden_whole(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert len(texts) == 1 and texts[0].endswith(expected), texts


# 3. How often, or by what time of day, is a takeaway's fact where no figure states it: "Test
# GFCI outlets once a month" hid "Test GFCI outlets", "Be off exposed summits and ridges by
# noon" hid "summits" (home-electrical-safety.md, mountain-weather.txt).

WHEN = [
    ("Test GFCI outlets once a month.", "Test GFCI outlets {{c1::once a month}}."),
    ("Water tomato plants twice a day in summer.", "Water tomato plants {{c1::twice a day}} in"),
    ("Replace smoke alarm batteries once a year.", "Replace smoke alarm batteries {{c1::once a"),
    (
        "Be off exposed summits and ridges by noon in summer.",
        "Be off exposed summits and ridges by {{c1::noon}} in summer.",
    ),
    ("Start hiking before dawn.", "Start hiking before {{c1::dawn}}."),
    # Kept: a figure first; "dark" no time of day.
    ("Change the filter 3 times a year.", "Change the filter {{c1::3 times}} a year."),
    ("Store film in a dark, dry place.", "Store {{c1::film}} in a dark, dry place."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), WHEN)
def test_how_often_or_by_when_is_hidden(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert len(texts) == 1 and texts[0].startswith(expected), texts


# 4. A span never splits a quotation: "gets you at {{c1::most a "first cause}}", not …" read
# broken (philosophy-lecture.md). Narrowed to the quoted words.

QUOTES = [
    (
        'The argument, on its own, gets you at most a "first cause", not the God of theism.',
        'gets you at most a "{{c1::first cause}}", not the God of theism.',
    ),
    (
        "The argument, on its own, gets you at most a \u201cfirst cause\u201d, not the God.",
        "gets you at most a \u201c{{c1::first cause}}\u201d, not the God.",
    ),
    # Kept: a quotation hidden whole, a mark with no partner.
    (
        'The word "sincere" is said to come from "without wax", not from any Latin phrase.',
        'come from {{c1::"without wax"}}, not from',
    ),
    ('Use a 12" pipe, not a 10-inch one.', 'Use a 12" pipe, not a {{c1::10-inch}} one.'),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("sentence", "expected"), QUOTES)
def test_a_cloze_never_splits_a_quotation(
    sentence: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Philosophy Notes\n\n## The Argument\n\n{sentence}\n"
    texts = [html.unescape(t) for t in article_clozes(tmp_path, monkeypatch, f"a{suffix}", text)]
    assert len(texts) == 1 and expected in texts[0], texts


# 5. A mark inside a longer mark of the same paragraph: "demand is unit {{c1::elastic}}" hid
# half the bold "unit elastic", as an earlier sentence bolds "elastic" (microecon-elasticity.md).


def test_a_mark_inside_a_longer_mark_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = (
        "Demand is **elastic** when the elasticity is greater than 1 and **inelastic** when it"
        " is less than 1. Economists report elasticity as a positive number. When elasticity"
        " equals exactly 1, demand is **unit elastic**. A **perfectly inelastic** good has a"
        " vertical demand curve, unlike most goods."
    )
    text = f"# Elasticity\n\n## Price Elasticity\n\n{paragraph}\n"
    texts = article_clozes(tmp_path, monkeypatch, "a.md", text)
    assert "When elasticity equals exactly 1, demand is {{c1::unit elastic}}." in texts, texts
    # Kept: the shorter mark where it stands alone.
    assert any("Demand is {{c1::elastic}} when" in t for t in texts), texts
    assert any("A {{c1::perfectly inelastic}} good" in t for t in texts), texts


# 6. An instruction's verb is no part of what it contrasts: "{{c1::Use a t-test}} rather than
# a z-test" (stats-cheatsheet.md).

INSTRUCTED_CONTRASTS = [
    (
        "Use a t-test rather than a z-test whenever the standard deviation is unknown.",
        "Use {{c1::a t-test}} rather than a z-test",
    ),
    ("Choose index funds rather than active funds.", "Choose {{c1::index funds}} rather than"),
    ("Drink water, not soda, during long runs.", "Drink {{c1::water}}, not soda"),
    # Kept: a subject's verb, a phrase after a preposition.
    (
        "Caffeine blocks adenosine receptors, not enzymes.",
        "Caffeine blocks {{c1::adenosine receptors}}, not",
    ),
    ("Store onions in a cool place, not the fridge.", "Store onions in {{c1::a cool place}}, not"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("sentence", "expected"), INSTRUCTED_CONTRASTS)
def test_an_instructions_verb_is_not_part_of_its_contrast(
    sentence: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(sentence))
    assert len(texts) == 1 and expected in texts[0], texts
