"""A summary's facts written one sentence to a line without bullets (plain text's lines under
"Key Takeaways", a Markdown paragraph's lines) are its takeaways, as bullets are. Before, they
were read as prose and a line with no figure or contrast gave no card. Paragraphs of one
sentence each, with blank lines between, stay prose."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

LINES = (
    "Plant cells have a cell wall made of cellulose; animal cells do not.\n"
    "Chloroplasts absorb light for photosynthesis and contain chlorophyll.\n"
)
INTRO = "Cells are the units of life, and every organism is built from them.\n"


@pytest.mark.parametrize("name", ["cells.md", "cells.txt"])
def test_each_line_of_a_summary_without_bullets_is_a_takeaway(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "## Key Takeaways" if name.endswith(".md") else "Key Takeaways"
    title = "# Cells" if name.endswith(".md") else "Cells"
    text = f"{title}\n\n{INTRO}\n{heading}\n\n{LINES}"
    records = article_records(tmp_path, monkeypatch, name, text)
    texts = [record["fields"]["Text"] for record in records if record["kind"] == "takeaway"]
    assert [t.replace("{{c1::", "").replace("}}", "") for t in texts] == LINES.splitlines()
    assert [record["line"] for record in records if record["kind"] == "takeaway"] == [7, 8]


def test_one_sentence_paragraphs_under_a_summary_heading_stay_prose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraphs = LINES.replace("\n", "\n\n")
    text = f"# Cells\n\n{INTRO}\n## Key Takeaways\n\n{paragraphs}"
    records = article_records(tmp_path, monkeypatch, "cells.md", text)
    assert [record["kind"] for record in records] == ["claim"]
