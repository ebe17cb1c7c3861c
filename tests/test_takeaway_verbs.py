"""A takeaway's key term is never its verb: where the term a document repeats, or its longest
word, holds the verb ("Real GDP {{c1::adjusts}} for inflation", "{{c1::Silence cannot
amount}} to acceptance", "The {{c1::relative minor starts}} on …"), what the verb takes is
hidden whole, a word of the title or not, and a fixed pair whole ("can establish {{c1::cause
and effect}}"). Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(title: str, prose: str, *bullets: str) -> str:
    return f"# {title}\n\n{prose}\n\n## Key Takeaways\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


VERBS = [
    # A verb after a modal; the object a title's word.
    (
        "Contract Law: Offer, Acceptance and Consideration",
        "Silence cannot amount to acceptance.",
        "Silence cannot amount to {{c1::acceptance}}.",
    ),
    (
        "Research Methods in Psychology: Experiments, Sampling and Validity",
        "Only experiments can establish cause and effect.",
        "Only experiments can establish {{c1::cause and effect}}.",
    ),
    (
        "Economics Notes",
        "Only markets can balance supply and demand.",
        "Only markets can balance {{c1::supply and demand}}.",
    ),
    # An -s verb before a preposition, the sentence's subject before it.
    (
        "ECON 102 Study Guide: Inflation, GDP and Monetary Policy",
        "Real GDP adjusts for inflation; nominal GDP does not.",
        "Real GDP adjusts for {{c1::inflation}}; nominal GDP does not.",
    ),
    (
        "Music Theory for Beginners: Scales, Intervals and Chords",
        "The relative minor starts on the sixth degree of the major scale.",
        "The relative minor starts on the {{c1::sixth degree}} of the major scale.",
    ),
    # A verb the lists name before its bare object.
    (
        "Spanish Grammar Made Simple: Ser vs Estar",
        "The location of an event uses ser.",
        "The location of an event uses {{c1::ser}}.",
    ),
]


# The prose repeats each sentence, so the document's own repeated words pick the key term.
@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("title", "bullet", "expected"), VERBS)
def test_a_takeaway_hides_what_its_verb_takes_not_the_verb(
    title: str,
    bullet: str,
    expected: str,
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"a{suffix}"
    prose = f"As the course puts it, {bullet[0].lower()}{bullet[1:]}"
    article = written_as(name, _takeaways(title, prose, bullet))
    texts = article_clozes(tmp_path, monkeypatch, name, article)
    assert texts[-1] == expected, texts


KEPT = [
    # A key term with no verb in it: the subject, or what a plural's verb takes.
    ("Insulin lowers blood sugar.", "{{c1::Insulin}} lowers blood sugar."),
    ("Sleep deprivation impairs memory.", "{{c1::Sleep deprivation}} impairs memory."),
    (
        "A counter-offer rejects the original offer.",
        "A {{c1::counter-offer}} rejects the original offer.",
    ),
    ("Plants release oxygen.", "Plants release {{c1::oxygen}}."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), KEPT)
def test_a_takeaway_with_no_verb_in_its_key_term_keeps_it(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    article = written_as(name, _takeaways("Field Notes", "Some prose.", bullet))
    assert article_clozes(tmp_path, monkeypatch, name, article) == [expected]
