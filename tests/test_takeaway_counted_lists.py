"""A takeaway that counts things and lists them hid the count or one thing listed: "Mars has
two small moons, {{c1::Phobos}} and Deimos.", "The {{c1::four blood groups}} are A, B, AB and
O.": the count gives itself away beside its list, and half a list asks for the other half. A
takeaway's counted list (`counted_list`) is now asked for whole, as a claim's is; one the
writer emphasises a word of, or whose list is not as long as its count, is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

LISTS = [
    "Mars has two small moons, {{c1::Phobos and Deimos}}.",
    "The four blood groups are {{c1::A, B, AB and O}}.",
    "Cellular respiration has three stages: {{c1::glycolysis, the Krebs cycle and the electron"
    " transport chain}}.",
    "There are three states of matter: {{c1::solid, liquid and gas}}.",
]

# No counted list, or a word emphasised: the target the other rules choose.
OTHERS = {
    "A spider has eight legs.": "A spider has {{c1::eight}} legs.",
    "Mars has two small moons, **Phobos** and Deimos.": (
        "Mars has two small moons, {{c1::Phobos}} and Deimos."
    ),
    "Jupiter has four large moons, including **Ganymede**, Io, Europa and Callisto.": (
        "Jupiter has four large moons, including {{c1::Ganymede}}, Io, Europa and Callisto."
    ),
}


def _takeaways(
    name: str, items: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    heading = "## Key Takeaways" if name.endswith(".md") else "Key Takeaways"
    title = "# Science Facts" if name.endswith(".md") else "Science Facts"
    bullets = "\n".join(f"- {item}" for item in items)
    text = f"{title}\n\n{heading}\n\n{bullets}\n"
    return [r["fields"]["Text"] for r in article_records(tmp_path, monkeypatch, name, text)]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_takeaways_counted_list_is_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [text.replace("{{c1::", "").replace("}}", "") for text in LISTS]
    assert _takeaways(name, items, tmp_path, monkeypatch) == LISTS


def test_a_takeaway_with_no_counted_list_keeps_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _takeaways("a.md", list(OTHERS), tmp_path, monkeypatch) == list(OTHERS.values())
