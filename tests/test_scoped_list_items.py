"""A list's sentences said in the scope the paragraph above opens on ("In a series circuit,
components are connected one after another …" over "- The current is the same at every
point.") carry it: "In a series circuit: The {{c1::current}} is the same at every point." The
card said "The {{c1::current}} is the same at every point.", which is wrong without its
circuit. Each test runs the real CLI, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

CIRCUITS = (
    "# Circuits\n\n"
    "A standard deck has 52 cards.\n\n"
    "In a series circuit, components are connected one after another, so there is only one"
    " path for the current.\n\n"
    "- The current is the same at every point.\n"
    "- The total resistance is the sum of the individual resistances: R = R1 + R2 + R3.\n\n"
    "In a parallel circuit:\n\n"
    "- The voltage across each branch is the same as the supply voltage.\n"
)


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, text))
    return [record["fields"]["Text"] for record in records]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_item_carries_the_scope_above_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _texts(tmp_path, monkeypatch, name, CIRCUITS) == [
        "A standard deck has {{c1::52}} cards.",
        "In a series circuit: The {{c1::current}} is the same at every point.",
        "In a series circuit: The total resistance is the sum of the individual resistances:"
        " {{c1::R = R1 + R2 + R3}}.",
        "In a parallel circuit: The {{c1::voltage across each branch}} is the same as the"
        " supply voltage.",
    ]


# No scope: a year or a named place ("In 1990", "In the UK"), a manner of speaking ("In a
# nutshell"), a scope not in the paragraph's last sentence, or an item that opens on a name.
GUARDS = (
    "# Circuits\n\n"
    "A standard deck has 52 cards.\n\n"
    "In the UK, mains electricity is supplied at 230 volts.\n\n"
    "- The current is the same at every point.\n\n"
    "In a nutshell, resistance opposes current.\n\n"
    "- The voltage across each branch is the same as the supply voltage.\n\n"
    "In a fuse, a thin wire melts. Fuses are rated in amperes.\n\n"
    "- The charge is carried by electrons in metal wires.\n\n"
    "In a parallel circuit, each component is on its own branch.\n\n"
    "- Ohm's law states that the current is proportional to the potential difference.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_item_without_a_scope_is_as_it_was(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, GUARDS)

    assert "The {{c1::current}} is the same at every point." in texts
    assert "The {{c1::voltage across each branch}} is the same as the supply voltage." in texts
    assert not any(text.startswith("In a") for text in texts)
    assert any(text.startswith("{{c1::Ohm's law}} states") for text in texts)
