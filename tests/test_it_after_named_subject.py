"""A sentence opens on a named or definite thing, and the next says more of it with "It"/"Its":
"The Jurassic Coast runs for 95 miles … It became England's first natural World Heritage Site
in 2001. Its cliffs expose …". Only after a definition was "It" replaced; here both were
reported as leaning on the sentence before. The subject now stands in place of "It"/"Its" when
nothing else in its sentence may be what "It" stands for; after a plural subject, a clause, a
question, an indefinite subject, or a sentence with a singular object or a possessive subject,
"It" still leans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes

PAIRS = """\
The Jurassic Coast runs for 95 miles along the south coast of England. It became England's \
first natural World Heritage Site in 2001. Its cliffs expose about 185 million years of rock.

The vaccine, Shingrix, is given as two doses. It is offered to everyone turning 65 in the UK \
since 2023.

The study followed 500 adults for 10 years. It found that walking cut heart disease risk by 30%.

The engine produces 300 horsepower at 6,000 rpm. Its torque peaks at 400 Nm.

The main blocker is the offline sync library. It corrupts the local database in 1 in 20 runs.

Researchers tested the drug on mice. It reduced tumour growth by 40% in 3 weeks.

The council approved the plan in May. It will cost £2 million over 5 years.

Darwin sailed on HMS Beagle in 1831. It carried 74 people on a voyage of 5 years.

When the dam opened, the river changed course. It now reaches the sea 20 km further north.

Is the Thames tidal in London? It rises and falls by about 7 metres twice a day.

The company's founder started the firm in 1998. It now employs 3,000 people in 12 countries.

A 2019 study followed 500 adults. It found that jogging cut stroke risk by 20%.
"""

RESOLVED = [
    "The Jurassic Coast became England's first natural World Heritage Site in 2001.",
    "The Jurassic Coast's cliffs expose about 185 million years of rock.",
    "Shingrix is offered to everyone turning 65 in the UK since 2023.",
    "The study found that walking cut heart disease risk by 30%.",
    "The engine's torque peaks at 400 Nm.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_it_after_a_named_subject_stands_for_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = "# Pairs" if name.endswith(".md") else "Pairs"
    notes = article_notes(tmp_path, monkeypatch, name, f"{title}\n\n{PAIRS}")
    texts = [re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", note["Text"]) for note in notes]

    for sentence in RESOLVED:
        assert sentence in texts
    # What the "It" may stand for is not the sentence's subject, or not sure: no card.
    for verb in [
        "corrupts",
        "reduced",
        "cost",
        "carried",
        "reaches",
        "rises",
        "employs",
        "jogging",
    ]:
        assert not any(verb in text for text in texts), verb
