"""A sentence or a "Name: formula" line whose point is a formula gave no card: "Velocity is
given by v = u + at, where …", "Ohm's law states that V = IR.", "The area of a circle is πr²."
and a formula sheet's "- Velocity: v = u + at" hold no figure, contrast or definition. Such a
formula, after what introduces it ("given by", "states that", "is", a label's colon), is now
the target, inline TeX (`$E = mc^2$`) too; a value ("p = 0.03", "x = 1", "9.8 m/s²") is no
formula, nor code."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

FORMULAS = {
    "Velocity is given by v = u + at, where u is the initial velocity.": (
        "Velocity is given by {{c1::v = u + at}}, where u is the initial velocity."
    ),
    "Ohm's law states that V = IR.": "Ohm's law states that {{c1::V = IR}}.",
    "The area of a circle is πr².": "The area of a circle is {{c1::πr²}}.",
    "The circumference of a circle equals 2πr.": (
        "The circumference of a circle equals {{c1::2πr}}."
    ),
    "Newton's second law is usually written F = ma in most introductory textbooks.": (
        "Newton's second law is usually written {{c1::F = ma}} in most introductory textbooks."
    ),
    "BMI is calculated as BMI = weight / height², with weight in kilograms.": (
        "BMI is calculated as {{c1::BMI = weight / height²}}, with weight in kilograms."
    ),
}

SHEET = """\
The equations of motion below hold only while acceleration stays constant.

- Velocity: v = u + at
- Displacement: s = ut + ½at²
"""

# Values, code and comparisons: no formula card. Each sentence is long enough to be a claim.
NOT_FORMULAS = [
    "Set the counter with `x = 1` before the loop starts running each time.",
    "The default setting is `retries = 3` for every request the client sends.",
    "We recruited a sample of adults (n = 120) from three local clinics last spring.",
    "In Python, a == b compares two values while a = b assigns one of them.",
    "Use the arrow => to separate the parameters from the body of the lambda function.",
    "The link for the course page is https://example.com/?id=abc for now.",
    "The option to choose for this output is color=auto on most systems.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_formula_that_is_the_sentences_point_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = "Physics\n\n" + "\n\n".join(FORMULAS) + "\n"
    if name.endswith(".md"):
        text = "# " + text
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]
    assert texts == list(FORMULAS.values())


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_formula_sheets_line_hides_its_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = ("# Kinematics\n\n" if name.endswith(".md") else "Kinematics\n\n") + SHEET
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]
    assert texts == ["Velocity: {{c1::v = u + at}}", "Displacement: {{c1::s = ut + ½at²}}"]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_mod_is_an_operator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """ "mod" is no prose word that ends the formula: "Encrypt: [c = m^e] mod n" was hidden."""
    text = ("# RSA\n\n" if name.endswith(".md") else "RSA\n\n") + (
        "- Encrypt: c = m^e mod n\n- Decrypt: m = c^d mod n\n"
    )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]
    assert texts == ["Encrypt: {{c1::c = m^e mod n}}", "Decrypt: {{c1::m = c^d mod n}}"]


def test_inline_tex_is_hidden_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# Physics\n\nEinstein showed that energy and mass are related by $E = mc^2$.\n"
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == ["Einstein showed that energy and mass are related by {{c1::$E = mc^2$}}."]


@pytest.mark.parametrize("sentence", NOT_FORMULAS)
def test_a_value_code_or_comparison_is_no_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    text = f"# Notes\n\n{sentence}\n\nThe museum opened in 1998 and drew 40,000 visitors.\n"
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == ["The museum opened in 1998 and drew {{c1::40,000}} visitors."]
