"""Figures that are part of a name or a notation, or incidental beside the fact: never what a
cloze hides alone ("type {{c1::2}} diabetes", "{{c1::1}}.e4", "Formula {{c1::1}} cars"). Each
runs the real CLI on a real article."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes


def _takeaways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bullets: list[str]) -> list[str]:
    text = "# Notes\n\nAn opening paragraph.\n\n## Key takeaways\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )
    notes = article_notes(tmp_path, monkeypatch, "a.md", text)
    return [n["Text"] for n in notes if n["kind"] == "takeaway"]


def test_a_takeaway_hides_no_digit_of_a_name_or_a_move(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chess line hid its first move's number ("{{c1::1}}.e4 c5 …"); a name's number ("Formula
    {{c1::1}} cars", "Windows {{c1::11}} requires …") and a kind's ("Metformin is the drug for
    type {{c1::2}} diabetes") hid half a term. A version as the object stays the fact, and a
    kind as the value is hidden with its word."""
    assert _takeaways(
        tmp_path,
        monkeypatch,
        [
            "The Najdorf arises after 1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6.",
            "The English Attack (6.Be3) is the sharpest reply to the Najdorf.",
            "Formula 1 cars use hybrid turbo engines.",
            "Windows 11 requires a TPM chip to install.",
            "Metformin is the first-line drug for type 2 diabetes mellitus.",
            "Tallow 2.0 requires Python 3.9 or later.",
            "Most people with diabetes have type 2.",
        ],
    ) == [
        "The {{c1::Najdorf}} arises after 1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6.",
        "The English Attack (6.Be3) is the sharpest reply to the {{c1::Najdorf}}.",
        "{{c1::Formula 1 cars}} use hybrid turbo engines.",
        "{{c1::Windows 11}} requires a TPM chip to install.",
        "{{c1::Metformin}} is the first-line drug for type 2 diabetes mellitus.",
        "Tallow 2.0 requires Python {{c1::3.9}} or later.",
        "Most people with diabetes have {{c1::type 2}}.",
    ]


def test_a_definition_hides_no_kind_number_of_its_phrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Metformin is the first-line drug for type {{c1::2}} diabetes": the figure in a
    definition's phrase is its point only where it is a value ("a game for 3 to 4 players")."""
    text = (
        "Metformin Monograph\n\n"
        "Metformin is the first-line drug for type 2 diabetes mellitus in most guidelines.\n\n"
        "Catan is a game for 3 to 4 players.\n"
    )
    assert [n["Text"] for n in article_notes(tmp_path, monkeypatch, "a.txt", text)] == [
        "{{c1::Metformin}} is the first-line drug for type 2 diabetes mellitus in most guidelines.",
        "Catan is a game for {{c1::3 to 4}} players.",
    ]


def test_a_name_with_its_number_in_the_subject_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With its number skipped, a takeaway fell back to its longest word ("TOML 1.0 is fully
    {{c1::supported}}", "The Boeing 747 was the first {{c1::wide-body}} airliner"): a name
    with its number is one term, hidden whole."""
    assert _takeaways(
        tmp_path,
        monkeypatch,
        [
            "TOML 1.0 is fully supported.",
            "The Boeing 747 was the first wide-body airliner.",
            "Tallow 2.0 requires Python 3.9 or later.",
        ],
    ) == [
        "{{c1::TOML 1.0}} is fully supported.",
        "The {{c1::Boeing 747}} was the first wide-body airliner.",
        "Tallow 2.0 requires Python {{c1::3.9}} or later.",
    ]
