"""A lone name that opens a sentence saying what only a person does (was born, died, ruled,
reigned, married, was crowned, executed, …) is a person's: the "He"/"She" right after it
stands for it, "His"/"Her" for its possessive ("Augustus ruled … and died in AD 14. His reign
…" → "Augustus's reign …"). A lone name with any other verb, or a crowd ("Thousands died …"),
is not sure: the sentence after it still leans on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as

TEXT = """\
# Rulers and thinkers

Augustus ruled for over 40 years and died in AD 14. His reign began the Pax Romana, a period \
of relative peace that lasted about 200 years.

Cleopatra was born in Alexandria in 69 BC. She ruled Egypt jointly with her brother Ptolemy \
XIII from 51 BC.

Socrates was executed in Athens in 399 BC. His pupil Plato founded the Academy in about 387 BC.

Charlemagne was crowned emperor by the pope in 800. He ruled an empire that covered about 1.2 \
million square kilometres.

Darwin studied barnacles for about eight years of his life. He published about 1,200 pages on \
barnacles in four volumes.

Thousands died in the great famine of 1315 across northern Europe. He wrote that the harvests \
failed for three years in a row.

Napoleon married Josephine in Paris in 1796. She had been born on the island of Martinique in \
1763.

Seven kings ruled the city, the last of them Tarquinius Superbus. He was expelled in 509 BC.

Trajan expanded the empire to its greatest extent in AD 117. His successor Hadrian built a \
wall across northern Britain from AD 122.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_he_after_a_lone_name_that_lived_stands_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, TEXT))

    assert (
        "Augustus's reign began the Pax Romana, a period of relative peace that lasted about"
        " {{c1::200 years}}." in texts
    )
    assert (
        "Cleopatra ruled Egypt jointly with her brother Ptolemy XIII from {{c1::51 BC}}." in texts
    )
    assert "Socrates's pupil Plato founded the Academy in about {{c1::387 BC}}." in texts
    assert (
        "Charlemagne ruled an empire that covered about {{c1::1.2 million square kilometres}}."
        in texts
    )
    # A lone name with no verb of a life, or one a spouse may follow, a crowd, a count: whom
    # "He" stands for is not sure.
    for words in (
        "published about 1,200",
        "harvests failed",
        "successor Hadrian",
        "expelled",
        "island of Martinique",
    ):
        assert not any(words in text for text in texts), words
