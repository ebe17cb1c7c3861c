"""A plain-text "Definition N." has no emphasised term, as Markdown's `*order*`: its card asks
for the head of the subject its defining sentence names ("The [...] of a finite group is the
number of its elements.", back "order"), as the Markdown card does. A subject with no clear
term gives no such card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _texts(name: str, text: str) -> list[str]:
    """Each card's cloze text."""
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["fields"]["Text"] for line in result.output.splitlines()]


@pytest.mark.parametrize(
    ("definition", "card"),
    [
        (
            "Definition 4.2. The order of a finite group is the number of its elements.",
            "The {{c1::order}} of a finite group is the number of its elements.",
        ),
        (
            "Definition 4.3. The index of a subgroup H in G is the number of its cosets in G.",
            "The {{c1::index}} of a subgroup H in G is the number of its cosets in G.",
        ),
        (
            "Definition 4.4. Let G be a group. The centre of G is the set of elements that"
            " commute with every element.",
            "The {{c1::centre}} of G is the set of elements that commute with every element.",
        ),
        (
            "Definition 4.5. A normal subgroup is a subgroup invariant under conjugation.",
            "A {{c1::normal subgroup}} is a subgroup invariant under conjugation.",
        ),
    ],
)
def test_a_plain_text_definition_asks_for_the_term_its_subject_names(
    definition: str, card: str
) -> None:
    assert _texts("groups.txt", f"Groups\n\n{definition}\n") == [card]


def test_plain_text_and_markdown_definitions_give_the_same_card() -> None:
    plain = "Definition 4.2. The order of a finite group is the number of its elements."
    marked = "**Definition 4.2.** The *order* of a finite group is the number of its elements."

    assert _texts("groups.txt", f"Groups\n\n{plain}\n") == _texts(
        "groups.md", f"# Groups\n\n{marked}\n"
    )


@pytest.mark.parametrize(
    ("definition", "subject"),
    [
        # What is defined is after "is", or an adjective: no term in the subject.
        ("Definition 5.1. The set of all cosets is the quotient group of G by H.", "set"),
        ("Definition 5.2. A group is abelian if its operation is commutative.", "group"),
        ("Definition 5.3. The sum and the product of two units are the ring operations.", "sum"),
    ],
)
def test_a_definition_with_no_clear_subject_term_asks_for_none(
    definition: str, subject: str
) -> None:
    Path("groups.txt").write_text(f"Groups\n\n{definition}\n")
    result = CliRunner().invoke(main, ["preview", "--json", "groups.txt"])

    assert "{{c1::" + subject + "}}" not in result.output
