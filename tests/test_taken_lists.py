"""A takeaway whose verb takes a list ("X is for A, B, C and D", "X needs A, B, C and D") asks
for the list whole: the list is the fact, and one thing of it ("{{c1::identity}}, origin, …")
or half of one ("… and {{c1::an intention}} to create …") asks a guess. Not a list of figures,
one the clause does not end on, nor a long one (more than 6 things or 12 words), whose choice
stays as it was rather than a cloze of a passage."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

_WHOLE = [
    "Ser is for {{c1::identity, origin, profession and time}}.",
    "Estar is for {{c1::location, emotions and temporary conditions}}.",
    "A contract needs {{c1::offer, acceptance, consideration and an intention to create legal"
    " relations}}.",
    "A fire needs {{c1::heat, fuel and oxygen}}; remove one and it goes out.",
]

# Guards: a long list keeps its choice, as does one a clause ends; a count's list and two
# things are read by other rules.
_KEPT = [
    "The kit includes {{c1::a tent}}, a stove, a lamp, a rope, a map, a compass and a knife.",
    "Mars has two small moons, {{c1::Phobos and Deimos}}.",
    "Real GDP adjusts for {{c1::inflation}}.",
    "A {{c1::complete protein}} contains lysine, leucine and valine, which the body cannot make.",
]


def _takeaways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    bullets = "".join(
        "- " + text.replace("{{c1::", "").replace("}}", "") + "\n" for text in _WHOLE + _KEPT
    )
    if name.endswith(".md"):
        text = f"# Study sheet\n\n## Key Takeaways\n\n{bullets}"
    else:
        text = f"Study sheet\n\nKey Takeaways\n\n{bullets}"
    return [
        record["fields"]["Text"] for record in article_records(tmp_path, monkeypatch, name, text)
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_the_verb_takes_is_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _takeaways(tmp_path, monkeypatch, name) == _WHOLE + _KEPT
