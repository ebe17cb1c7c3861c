"""The cards of one table differ by their row or column alone, by design: `check` does not call
them near-repeats of each other, or of each other's reverse cards. A table's card is still a
repeat of a card alike in another table."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from docdeck.cli import main
from docdeck.ledger import similarity
from docdeck.lint import NEAR_DUPLICATE, _near_duplicates
from docdeck.notes import NoteKind

TABLE = """\
| Manager | Price | Open source? |
|---|---|---|
| Bitwarden | $10 | Yes |
| KeePassXC | Free | Yes |
| pass | Free | Yes |
| Proton Pass | $48 | Yes |
"""
ARTICLE = f"# Password Managers\n\n## Comparison\n\n{TABLE}"
NEAR = "warning: card nearly repeats"


def _check(*args: str) -> list[str]:
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if NEAR in line]


@pytest.mark.parametrize("reverse", [False, True])
def test_the_cards_of_one_table_are_not_near_repeats(
    reverse: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "managers.md").write_text(ARTICLE, encoding="utf-8")
    tables = f"{{reverse: {str(reverse).lower()}}}"
    spec = f"deck: Managers\nsources: [managers.md]\nextract:\n  tables: {tables}\n"
    (tmp_path / "managers.yaml").write_text(spec, encoding="utf-8")

    assert _check("managers.yaml") == []


def test_a_card_alike_in_another_table_is_a_near_repeat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "managers.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "vaults.md").write_text(f"# Vaults\n\n## Prices\n\n{TABLE}", encoding="utf-8")
    spec = "deck: M\nsources: [managers.md, vaults.md]\n"
    (tmp_path / "managers.yaml").write_text(spec, encoding="utf-8")

    # Each row's price and open-source cards; "Proton Pass — Open source? Yes" is first alike
    # to "pass — Open source? Yes", a line above it.
    pairs = [(7, 7), (7, 7), (8, 8), (8, 8), (9, 9), (9, 9), (10, 10), (10, 9)]
    assert _check("managers.yaml") == [
        f"vaults.md:{line}: {NEAR} the one at managers.md:{earlier}; keep one of them"
        " (add a skip: pattern or reword)"
        for line, earlier in pairs
    ]


# Cards of a few kinds, each in a table or none; the cards of one table come together.
WORDS = ["free", "yes", "price", "pass", "week", "a", "the", "sleep"]
fronts = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)
runs = st.lists(
    st.tuples(st.sampled_from([NoteKind.TABLE, NoteKind.FAQ]), st.booleans(), st.lists(fronts)),
    max_size=8,
)


def every_pair(kinds: list[NoteKind], texts: list[str], tables: list[int | None]) -> dict[int, int]:
    """Each card's first earlier alike card of its kind, before its table's first card."""
    found = {}
    for position in range(len(texts)):
        table = tables[position]
        before = position if table is None else tables.index(table)
        for earlier in range(before):
            alike = similarity(texts[position], texts[earlier]) >= NEAR_DUPLICATE
            if kinds[earlier] is kinds[position] and alike:
                found[position] = earlier
                break
    return found


@settings(max_examples=300, deadline=None, database=None)
@given(runs, st.sampled_from([1, 2, 64]))
def test_near_duplicates_skip_the_cards_of_their_own_table(
    deck: list[tuple[NoteKind, bool, list[str]]], window: int
) -> None:
    kinds: list[NoteKind] = []
    texts: list[str] = []
    tables: list[int | None] = []
    for number, (kind, in_table, cards) in enumerate(deck):
        kinds += [kind] * len(cards)
        texts += cards
        tables += [number if in_table and kind is NoteKind.TABLE else None] * len(cards)
    assert _near_duplicates(kinds, texts, window, tables) == every_pair(kinds, texts, tables)
