"""Kinds of one thing set side by side, each by what it does, are facts worth a card: "A
superficial burn affects only the outer layer of skin, the epidermis." beside "A
partial-thickness burn damages the epidermis …". Before, a definition by a verb gave no card.
The kind is hidden whole ("A {{c1::superficial burn}} …"), where the section names two kinds or
more of the thing and nothing else in the sentence is firm; not a lone kind, nor a modifier that
picks out no kind ("A new study …", "A good knife …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, written_as

MARKDOWN = """# First aid

## Types of burn

Burns are classified by depth. A superficial burn affects only the outer layer of skin, the \
epidermis. The skin is red and painful but does not blister.

A partial-thickness burn damages the epidermis and part of the dermis underneath.

A full-thickness burn destroys both layers of skin and may damage the fat below.

A superficial burn usually heals within 7 days without scarring.

## Kitchen

A sharp knife cuts cleanly through the skin of a ripe tomato.

A new study shows that blunt knives cause more kitchen injuries.

A good knife makes every cut easier and every job a little faster.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_kind_set_beside_others_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = [
        note["Text"]
        for note in article_notes(tmp_path, monkeypatch, name, written_as(name, MARKDOWN))
    ]

    assert texts == [
        "A {{c1::superficial burn}} affects only the outer layer of skin, the epidermis.",
        "A {{c1::partial-thickness burn}} damages the epidermis and part of the dermis underneath.",
        "A {{c1::full-thickness burn}} destroys both layers of skin and may damage the fat below.",
        "A superficial burn usually heals within {{c1::7 days}} without scarring.",
    ]
