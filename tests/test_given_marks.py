"""A word a paragraph emphasises in one sentence is a given in the sentences after it: a later
sentence's own emphasised term is its point. "The **population** is …. A **sample** is the subset
of that population who …" asked for "that {{c1::population}}". (Markdown only: plain text has
no emphasis.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

ARTICLE = """\
# Research Methods

## Terms

The **population** is the whole group a researcher wants to draw conclusions about. A **sample** \
is the subset of that population who actually take part.

In an experiment, the **independent variable** is what the researcher changes. The **dependent \
variable** is what is measured, and it should respond to the independent variable.

**Weathering** breaks rock down where it stands. **Erosion** carries the broken rock away, \
often long after weathering has loosened it.

A **confound** is a variable that changes with the independent variable. The confound makes \
the results of a study hard to read.
"""

EXPECTED = [
    "The {{c1::population}} is the whole group a researcher wants to draw conclusions about.",
    "A {{c1::sample}} is the subset of that population who actually take part.",
    "In an experiment, the {{c1::independent variable}} is what the researcher changes.",
    "The {{c1::dependent variable}} is what is measured, and it should respond to the"
    " independent variable.",
    "{{c1::Weathering}} breaks rock down where it stands.",
    "{{c1::Erosion}} carries the broken rock away, often long after weathering has loosened it.",
    "A {{c1::confound}} is a variable that changes with the independent variable.",
    # No mark of its own: the given one is still the sentence's point.
    "The {{c1::confound}} makes the results of a study hard to read.",
]


def test_a_sentences_own_mark_comes_before_a_given_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, "a.md", ARTICLE)
    assert [record["fields"]["Text"] for record in records] == EXPECTED
