"""A revision sheet's "Remember" and "Must know" headings are summary headings, as "Key
facts" and "Things to remember" are: each fact listed under them is a takeaway. Before, they
headed prose, and a fact with no figure or contrast gave no card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

FACTS = [
    "Plant cells have a cell wall made of cellulose; animal cells do not.",
    "Chloroplasts absorb light for photosynthesis and contain chlorophyll.",
]
INTRO = "Cells are the units of life, and every organism is built from them."


@pytest.mark.parametrize("heading", ["Remember", "Must know", "Must-know facts", "Key facts"])
@pytest.mark.parametrize("form", ["md-bullets", "md-lines", "txt-bullets", "txt-lines"])
def test_facts_under_a_revision_heading_are_takeaways(
    heading: str, form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    markdown = form.startswith("md")
    bullet = "- " if form.endswith("bullets") else ""
    lines = "".join(f"{bullet}{fact}\n" for fact in FACTS)
    title, sub = ("# Cells", f"## {heading}") if markdown else ("Cells", heading)
    text = f"{title}\n\n{INTRO}\n\n{sub}\n\n{lines}"
    records = article_records(tmp_path, monkeypatch, "cells.md" if markdown else "cells.txt", text)
    takeaways = [record for record in records if record["kind"] == "takeaway"]
    assert {record["section"] for record in takeaways} == {heading}
    assert [
        record["fields"]["Text"].replace("{{c1::", "").replace("}}", "") for record in takeaways
    ] == FACTS


def test_a_remember_label_opening_a_sentence_heads_no_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Hydration\n\nWater makes up about 60% of body weight in adults.\n\n"
        "**Remember:** adults need about 2 litres of water a day in hot weather.\n"
    )
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [(record["kind"], record["section"]) for record in records] == [
        ("claim", "Hydration"),
        ("claim", "Hydration"),
    ]
