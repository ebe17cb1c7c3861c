"""A takeaway that says what a thing was done for hides the purpose, whole: "Henry VIII broke
with Rome so that he could {{c1::end his marriage to Catherine of Aragon}}." (was "… end his
{{c1::marriage}} to …", a given). After "so that" and a modal, or "in order to"; not a result
("so that it boils": no modal), a negated purpose, nor one too long to recall."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _summary(*bullets: str) -> str:
    return "# Tudor England\n\nSome prose about the Tudors.\n\n## Summary\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


PURPOSES = [
    "Henry VIII broke with Rome so that he could {{c1::end his marriage to Catherine of Aragon}}.",
    "Plants close their stomata in order to {{c1::reduce water loss}}.",
    "Banks hold reserves so that they can {{c1::meet withdrawals}}.",
    "The lock was built in order to {{c1::raise boats over the weir}}, which took years.",
    "Parliament was recalled so that Charles could {{c1::raise new taxes}}.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("cloze", PURPOSES)
def test_a_takeaway_hides_its_purpose_whole(
    cloze: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    bullet = cloze.replace("{{c1::", "").replace("}}", "")
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _summary(bullet)))
    assert texts == [cloze]


KEPT = [
    "Heat the water so that it boils.",
    "Stir the sauce so that it does not burn.",
    "Salt is added so that the bread can rise slowly and develop flavour over many hours.",
    "Tenants must be warned so that they can not complain later.",
    "Clubs train hard in order to win.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("bullet", KEPT)
def test_a_result_or_a_purpose_too_short_or_long_is_not_hidden_whole(
    bullet: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _summary(bullet)))
    after = bullet.split(" so that ")[-1].split(" in order to ")[-1].rstrip(".")
    assert all(after not in text.split("{{c1::", 1)[-1].split("}}")[0] for text in texts), texts
