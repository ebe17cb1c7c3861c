"""A named law or principle and what it "states", "says", "holds" or "asserts" is a firm
statement: "Boyle's law states that pressure and volume are inversely proportional at constant
temperature." gave no card. The law's name is hidden: the statement cues it, while which part
of a relation is its point no rule can tell. A figure in it is still preferred. Not a head with
no name ("The first law …"), a body of law ("Federal law …", "The tax law …"), a by-law ("The
club rule …"), a document ("The report states that …") or a person ("He said that …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Laws

Rocks form in layers.
The principle of superposition states that in undisturbed layers the lower layers are older.

Gases obey simple rules.
Boyle's law states that pressure and volume are inversely proportional at constant temperature.

Floating is old science.
Archimedes' principle states that a floating body displaces its own weight of fluid.

Quantum theory is strange.
The uncertainty principle holds that position and momentum cannot both be known exactly.

Chips get denser.
Moore's law states that the number of transistors on a chip doubles every two years.

Entropy matters.
The second law of thermodynamics says that the entropy of an isolated system never decreases.

Physics has many laws.
The first law states that an object stays at rest unless a force acts on it.

Payroll has rules.
Federal law states that employers must keep records of the hours their staff work.

Gifts are taxed.
The tax law says that gifts between spouses are exempt from inheritance tax in full.

Clubs have rules.
The club rule says that members must sign in their guests at the front desk each visit.

Results came in.
The report states that profits rose sharply across all the regions in the last quarter.

The manager spoke.
He said that the new system would be ready for testing before the end of the month.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_the_name_of_a_law_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "The {{c1::principle of superposition}} states that in undisturbed layers the lower"
        " layers are older.",
        "{{c1::Boyle's law}} states that pressure and volume are inversely proportional at"
        " constant temperature.",
        "{{c1::Archimedes' principle}} states that a floating body displaces its own weight of"
        " fluid.",
        "The {{c1::uncertainty principle}} holds that position and momentum cannot both be known"
        " exactly.",
        "Moore's law states that the number of transistors on a chip doubles every {{c1::two"
        " years}}.",
        "The {{c1::second law of thermodynamics}} says that the entropy of an isolated system"
        " never decreases.",
    ]
