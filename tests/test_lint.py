"""The near-duplicate lint compares only the pairs that can be alike (prefix filtering), a window
of cards at a time, and counts difflib's matches itself where it can: it must find exactly what
comparing every pair with `similarity` finds."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docdeck.ledger import similarity
from docdeck.lint import NEAR_DUPLICATE, _matched, _near_duplicates
from docdeck.notes import NoteKind

# Few words, so that fronts often share most of them; punctuation and case that the
# comparison folds away.
WORDS = ["rowing", "Sleep", "sleep,", "the", "a", "week", "miss", "what", "helps?", "stress"]
# Words that only the Unicode folding makes equal, or not.
FOLDED = ["café", "CAFÉ", "naïve", "“week”", "re–do", "re-do", "x²", "x2", "ǅ"]
# Words that only edits bring in: a front's words that the other front lacks.
FRESH = ["zebra", "quokka", "ibex"]
KINDS = [NoteKind.FAQ, NoteKind.TABLE, NoteKind.CLAIM]
fronts = st.lists(st.sampled_from(WORDS), max_size=9).map(" ".join)
cards = st.lists(st.tuples(st.sampled_from(KINDS[:2]), fronts), max_size=40)
# 1: every card a window of its own; 64: what `check` reads first.
windows = st.sampled_from([1, 2, 64])


def every_pair(kinds: list[NoteKind], texts: list[str]) -> dict[int, int]:
    found = {}
    for position in range(len(texts)):
        for earlier in range(position):
            alike = similarity(texts[position], texts[earlier]) >= NEAR_DUPLICATE
            if kinds[earlier] is kinds[position] and alike:
                found[position] = earlier
                break
    return found


@st.composite
def edited(draw: st.DrawFn, words: list[str], vocabulary: list[str]) -> list[str]:
    """`words` with up to three words replaced, added, removed or swapped, or its two parts
    swapped."""
    vocabulary = [*vocabulary, *FRESH]
    words = list(words)
    for _ in range(draw(st.integers(0, 3))):
        edit = draw(st.sampled_from(["replace", "add", "remove", "swap", "rotate"]))
        at = draw(st.integers(0, len(words)))
        if edit == "add":
            words.insert(at, draw(st.sampled_from(vocabulary)))
        elif edit == "rotate":
            words = words[at:] + words[:at]
        elif words and at < len(words):
            if edit == "replace":
                words[at] = draw(st.sampled_from(vocabulary))
            elif edit == "remove":
                del words[at]
            else:
                words[at], words[-1] = words[-1], words[at]
    return words


@st.composite
def templated(
    draw: st.DrawFn, vocabulary: list[str], lengths: tuple[int, int], most: int
) -> list[tuple[NoteKind, str]]:
    """A deck whose cards are edits of a few fronts: most have an earlier near-repeat, some
    only an edit or two too many."""
    shortest, longest = lengths
    template = st.lists(st.sampled_from(vocabulary), min_size=shortest, max_size=longest)
    bases = draw(st.lists(template, min_size=1, max_size=4))
    deck = []
    for _ in range(draw(st.integers(0, most))):
        words = draw(edited(draw(st.sampled_from(bases)), vocabulary))
        deck.append((draw(st.sampled_from(KINDS)), " ".join(words)))
    return deck


def _check(deck: list[tuple[NoteKind, str]], window: int) -> None:
    kinds, texts = [kind for kind, _ in deck], [text for _, text in deck]
    assert _near_duplicates(kinds, texts, window) == every_pair(kinds, texts)


@settings(max_examples=400, deadline=None, database=None)
@given(cards, windows)
def test_near_duplicates_are_those_every_pair_finds(
    deck: list[tuple[NoteKind, str]], window: int
) -> None:
    _check(deck, window)


@settings(max_examples=150, deadline=None, database=None)
@given(templated(WORDS + FOLDED + ["sessions", "gains", "in", "on"], (0, 14), 90), windows)
def test_near_duplicates_in_a_deck_of_edited_fronts(
    deck: list[tuple[NoteKind, str]], window: int
) -> None:
    _check(deck, window)


@settings(max_examples=25, deadline=None, database=None)
@given(templated(WORDS, (190, 215), 10), windows)
def test_near_duplicates_among_fronts_of_200_words(
    deck: list[tuple[NoteKind, str]], window: int
) -> None:
    """From 200 words difflib leaves the most frequent ones out of the longest runs it looks
    for: it can match fewer words than the fronts share, in the same order."""
    _check(deck, window)


@settings(max_examples=1000, deadline=None, database=None)
@given(st.data())
def test_matched_words_are_difflibs(data: st.DataObject) -> None:
    vocabulary = data.draw(st.sampled_from([WORDS[:3], WORDS, [*WORDS, *FOLDED]]))
    shortest, longest = data.draw(st.sampled_from([(0, 12), (0, 40), (195, 230)]))
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=shortest, max_size=longest))
    a, b = data.draw(edited(words, vocabulary)), data.draw(edited(words, vocabulary))
    # Words only one of them has, at either end.
    ends = st.lists(st.sampled_from(FRESH), max_size=2)
    a = [*data.draw(ends), *a, *data.draw(ends)]
    b = [*(word.upper() for word in data.draw(ends)), *b, *data.draw(ends)]
    found = _matched(a, b, set(a), set(b))
    blocks = SequenceMatcher(None, a, b).get_matching_blocks()
    assert found is None or found == sum(block.size for block in blocks)


COMMON = ["the", "week", "a"] * 70  # each word in more than 1 % of 210: difflib ignores it


@pytest.mark.parametrize(
    ("a", "b", "matched"),
    [
        ("what is rowing for".split(), "what is cycling for".split(), 3),
        ("rowing 3 times a week".split(), "rowing 4 x 10 times a week".split(), 4),
        ("p q zebra r s".split(), "r s ibex p q".split(), None),  # difflib matches 2
        (["zebra", *COMMON], ["quokka", "ibex", *COMMON], None),  # difflib matches 0
        (["zebra", *COMMON[:149]], ["quokka", "ibex", *COMMON[:149]], 149),
    ],
)
def test_matched_words(a: list[str], b: list[str], matched: int | None) -> None:
    assert _matched(a, b, set(a), set(b)) == matched
    if matched is not None:
        assert (
            sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
            == matched
        )


def test_a_deck_of_near_repeats() -> None:
    texts = [f"What should I do if I miss a week of rowing {n}?" for n in range(50)]
    texts += ["", "", "Something else entirely, about sleep"]
    kinds = [NoteKind.FAQ] * len(texts)
    found = _near_duplicates(kinds, texts)
    assert found == {**{n: 0 for n in range(1, 50)}, 51: 50}


def every_pair_of_answer(
    kinds: list[NoteKind], texts: list[str], answers: list[str]
) -> dict[int, int]:
    """`every_pair`, comparing only the cards that ask for the same answer."""
    found = {}
    for position in range(len(texts)):
        for earlier in range(position):
            same = kinds[earlier] is kinds[position] and answers[earlier] == answers[position]
            if same and similarity(texts[position], texts[earlier]) >= NEAR_DUPLICATE:
                found[position] = earlier
                break
    return found


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS[:2]), fronts, st.sampled_from("ab"))), windows)
def test_near_duplicates_ask_for_the_same_answer(
    deck: list[tuple[NoteKind, str, str]], window: int
) -> None:
    """Cards that ask for different answers are never repeats, however alike their fronts."""
    kinds = [kind for kind, _, _ in deck]
    texts = [text for _, text, _ in deck]
    answers = [answer for _, _, answer in deck]
    found = _near_duplicates(kinds, texts, window, answers=answers)
    assert found == every_pair_of_answer(kinds, texts, answers)
