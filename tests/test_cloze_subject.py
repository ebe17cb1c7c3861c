"""A cloze never hides the deck's subject: every card of a "Vitamin D" deck is about vitamin D,
so `[...] supports bone health` asks nothing. Another target in the sentence is taken, and a
fallback never hides part of the subject (`You can get [...] D from the sun`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

VITAMIN_D = """\
# Vitamin D: What It Does and How Much You Need

Vitamin D is a fat-soluble vitamin that the skin makes when it is exposed to ultraviolet B light.

## Key Takeaways

- Vitamin D supports bone health by helping the gut absorb calcium
- Vitamin D deficiency is common in winter at northern latitudes
- You can get vitamin D from the sun, from oily fish and from supplements
- Vitamin D is made in the skin, not absorbed from sunlight directly

## How the Body Makes Vitamin D

Calcidiol is the main circulating form of vitamin D.
"""

PODS = """\
# Kubernetes Pods

## Key Takeaways

- Pods are the smallest, atomic unit of K8s scheduling
- Containers in a Pod share an IP address and port space
- Containers inside Pods talk to each other over localhost
- A Pod is ephemeral and gets a new IP address when it is replaced

## Networking

Containers reach each other over localhost, and every Pod gets its own IP address.
"""

SLEEP = """\
# Sleep Debt Is Real

## Key Takeaways

- Adenosine builds up during waking hours and creates the sleep pressure that caffeine only masks

## Adenosine

Sleep pressure rises with every waking hour, and adenosine is what carries it.
"""


def _clozes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: str, topics: str
) -> list[str]:
    """The Text field of every cloze note `preview` shows for a one-article deck."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(article, encoding="utf-8")
    title = article.splitlines()[0].lstrip("# ")
    (tmp_path / "a.yaml").write_text(
        f"deck: '{title}'\nsources: [a.md]\n" + (f"topics:\n{topics}" if topics else ""),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["preview", "--json", "a.yaml"])
    assert result.exit_code == 0, result.output
    notes = [json.loads(line)["fields"] for line in result.output.splitlines()]
    return [note["Text"] for note in notes if "Text" in note]


def test_a_topic_that_names_the_subject_is_not_the_cloze(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`docdeck init` suggests the subject as a topic; it used to win every sentence it was in."""
    texts = _clozes(tmp_path, monkeypatch, VITAMIN_D, "  vitamin-d: [vitamin d]\n")
    assert "Vitamin D supports bone health by helping the gut absorb {{c1::calcium}}" in texts
    assert "Vitamin D is {{c1::a fat-soluble vitamin}} that the skin makes when it is exposed" in (
        "\n".join(texts)
    )
    assert "Vitamin D is made in the {{c1::skin}}, not absorbed from sunlight directly" in texts
    assert "{{c1::Calcidiol}} is the main circulating form of vitamin D." in texts
    assert not [
        text for text in texts if "{{c1::Vitamin D}}" in text or "{{c1::vitamin D}}" in text
    ]


@pytest.mark.parametrize("topics", ["", "  vitamin-d: [vitamin d]\n"], ids=["no topic", "topic"])
def test_a_fallback_never_hides_part_of_the_subject(
    topics: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _clozes(tmp_path, monkeypatch, VITAMIN_D, topics)
    assert (
        "You can get vitamin D from the sun, from oily fish and from {{c1::supplements}}" in texts
    )
    assert not [text for text in texts if "{{c1::vitamin}} D" in text.lower()]
    assert not [text for text in texts if "{{c1::d}}" in text.lower()]


def test_a_plural_or_possessive_subject_is_the_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Pod" and "Pods" in a deck titled "Kubernetes Pods" are its subject, topic or not."""
    texts = _clozes(tmp_path, monkeypatch, PODS, "  pod: [pod]\n")
    assert "Pods are the {{c1::smallest}}, atomic unit of K8s scheduling" in texts
    assert "Containers in a Pod share {{c1::an IP address}} and port space" in texts
    assert "{{c1::Containers}} inside Pods talk to each other over localhost" in texts
    assert not [text for text in texts if "{{c1::Pod" in text]


def test_a_term_that_holds_the_subject_and_more_is_still_a_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "sleep pressure" in "Sleep Debt Is Real" is a term of its own, not the subject."""
    texts = _clozes(tmp_path, monkeypatch, SLEEP, "")
    assert (
        "Adenosine builds up during waking hours and creates the {{c1::sleep pressure}} that"
        " caffeine only masks" in texts
    )


PRIVACY = """\
# Brightline Health Privacy Policy

## Who we are

Brightline Health Ltd is the data controller for your data.
"""

RICOTTA = """\
# Ricotta Pancakes

## Method

Ricotta makes pancakes tender, not heavy, when you fold it in gently.

Ricotta makes the pancakes soft, not dense, once the batter has rested.

Recovery of the batter depends on regular pancake resting rather than on extra flour.
"""


def test_a_company_named_with_its_legal_form_is_the_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Ltd" is no word of the title, so "Brightline Health Ltd" read as a term of its own."""
    texts = _clozes(tmp_path, monkeypatch, PRIVACY, "")
    assert texts == ["Brightline Health Ltd is the {{c1::data controller for your data}}."]


def test_a_contrast_side_opening_with_the_subject_hides_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The subject after the verb is trimmed off the contrasted phrase; a term that holds a
    title word and more ("regular pancake resting") stays whole."""
    texts = _clozes(tmp_path, monkeypatch, RICOTTA, "")
    assert texts == [
        "Ricotta makes pancakes {{c1::tender}}, not heavy, when you fold it in gently.",
        "Ricotta makes the pancakes {{c1::soft}}, not dense, once the batter has rested.",
        "Recovery of the batter depends on {{c1::regular pancake resting}} rather than on extra"
        " flour.",
    ]
