"""The near-duplicate lint compares only the pairs that can be alike (prefix filtering): it
must find exactly what comparing every pair finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from docdeck.ledger import similarity
from docdeck.lint import NEAR_DUPLICATE, _near_duplicates
from docdeck.notes import NoteKind

# Few words, so that fronts often share most of them; punctuation and case that the
# comparison folds away.
WORDS = ["rowing", "Sleep", "sleep,", "the", "a", "week", "miss", "what", "helps?", "stress"]
fronts = st.lists(st.sampled_from(WORDS), max_size=9).map(" ".join)
cards = st.lists(st.tuples(st.sampled_from([NoteKind.FAQ, NoteKind.TABLE]), fronts), max_size=40)


def every_pair(kinds: list[NoteKind], texts: list[str]) -> dict[int, int]:
    found = {}
    for position in range(len(texts)):
        for earlier in range(position):
            alike = similarity(texts[position], texts[earlier]) >= NEAR_DUPLICATE
            if kinds[earlier] is kinds[position] and alike:
                found[position] = earlier
                break
    return found


@settings(max_examples=400, deadline=None, database=None)
@given(cards)
def test_near_duplicates_are_those_every_pair_finds(deck: list[tuple[NoteKind, str]]) -> None:
    kinds, texts = [kind for kind, _ in deck], [text for _, text in deck]
    assert _near_duplicates(kinds, texts) == every_pair(kinds, texts)


def test_a_deck_of_near_repeats() -> None:
    texts = [f"What should I do if I miss a week of rowing {n}?" for n in range(50)]
    texts += ["", "", "Something else entirely, about sleep"]
    kinds = [NoteKind.FAQ] * len(texts)
    found = _near_duplicates(kinds, texts)
    assert found == {**{n: 0 for n in range(1, 50)}, 51: 50}
