"""Card lints: what makes a poor flashcard by the minimum-information principle.

Imports `errors`, `spec`, `notes`, `extract` (word counts, quantities, tables, FAQs), `preview`
(visible text).
Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher
from functools import reduce
from itertools import chain
from operator import or_

from docdeck.errors import Diagnostic
from docdeck.extract.quantities import (
    is_quantity,
)
from docdeck.extract.subjects import asked_of
from docdeck.extract.tables import table_of
from docdeck.extract.text import clip, word_count
from docdeck.lines import OPTION
from docdeck.notes import NoteDraft, NoteKind, normalize_key
from docdeck.patterns import lazy
from docdeck.preview import plain
from docdeck.spec import CheckSettings

# Two fronts this alike test the same thing: a learner answers one from memory of the other.
NEAR_DUPLICATE = 0.8
# An answer of up to this many words (a term, a quantity, a table's cell) is the fact it asks
# for, word for word; a longer one (an FAQ's answer) may word the same fact another way.
SHORT_ANSWER = 6
_CLOZE = lazy(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}", re.DOTALL)
_TERM_FIRST = lazy(r"\{\{c1::[^{}]*\}\}(?::\s|\s+(?:[\u2014\u2013=-]|--)\s)")
_PRE = lazy(r"<pre\b.*?</pre>", re.DOTALL | re.IGNORECASE)
# A comma between digits groups thousands ("13,200", "1,000,000"): it separates nothing.
_LIST_SEPARATORS = lazy(r"\s*(?:,(?!(?<=\d,)\d)|;|\band\b|\bor\b)\s*")


def lint(notes: Sequence[NoteDraft], settings: CheckSettings) -> list[Diagnostic]:
    """Every problem of every card, in reading order (a note's content alone: no identity)."""
    found: dict[int, list[Diagnostic]] = {}  # by card: most have none
    fronts: list[str] = []  # each card's visible question and answer
    answers: list[str] = []  # what each card asks for, normalized
    for position, note in enumerate(notes):
        fields = note.fields  # the Source field is not linted
        first, second = plain(fields[0]), plain(fields[1])
        answer = _hidden(fields[0]) if note.kind.is_cloze else second
        if problems := _note_problems(note, fields, first, second, answer, settings):
            found[position] = problems
        answers.append(_answer_key(answer))
        if "<" in fields[0] or "<" in fields[1] or "{{" in fields[0] or "{{" in fields[1]:
            fronts.append(plain(_CLOZE.sub(r"\1", " ".join(fields[:2]))))
        else:  # without tags or clozes `plain` reads the two fields joined as it reads each
            fronts.append(f"{first} {second}".strip())
    shared: dict[frozenset[Hashable], frozenset[Hashable]] = {}  # a table's cards share one
    groups = [
        None if (group := _group(note)) is None else shared.setdefault(group, group)
        for note in notes
    ]
    del shared
    kinds = [note.kind for note in notes]
    for position, earlier in _near_duplicates(
        kinds, fronts, groups=groups, answers=answers
    ).items():
        found.setdefault(position, []).append(
            _at(
                notes[position],
                f"card nearly repeats the one at {_place(notes[earlier], notes[position])}",
                "keep one of them (add a skip: pattern or reword)",
            )
        )
    return [problem for _, problems in sorted(found.items()) for problem in problems]


def _group(note: NoteDraft) -> frozenset[Hashable] | None:
    """The groups of cards a card belongs to that differ by one part alone, by design: not
    repeats. A table's cards differ by row or column; the askings of one item about several
    subjects (`subjects.asked_of`: a question, or a row that tables share) by their subject."""
    groups: list[Hashable] = []
    if note.kind is NoteKind.TABLE:
        groups.append(table_of(note))
    if (item := asked_of(note)) is not None:
        groups.append((note.origin.span.path, note.kind, item))
    return frozenset(groups) if groups else None


def _near_duplicates(
    kinds: Sequence[NoteKind],
    fronts: Sequence[str],
    window: int = 64,
    groups: Sequence[Hashable | frozenset[Hashable] | None] = (),
    answers: Sequence[Hashable] = (),
) -> dict[int, int]:
    """For each card, the first earlier card of its kind with a front at least NEAR_DUPLICATE
    alike (`ledger.similarity`). `window`: how many cards of a kind the search reads first.

    `answers`: each card's `_answer_key`. Cards that ask for different answers test different
    facts, however alike their fronts ("… greater than 1 …", "… less than 1 …"): only the cards
    of one kind and one answer are compared. Dropping the pairs found instead would miss a
    repeat behind an earlier alike card with another answer.

    `groups`: each card's group (or a frozenset of them), or None: cards that differ by design
    (a table's, which come together; the askings of one item about several subjects). A card
    whose first alike card shares a group with it is not a repeat. For a table that is the
    rule "compared only with the cards before the table's first card"; for the askings, a card
    alike between two of them is not looked for.
    """
    of_kind: dict[Hashable, list[int]] = {}
    for position, kind in enumerate(kinds):
        of_kind.setdefault((kind, answers[position]) if answers else kind, []).append(position)
    repeats = {}
    for positions in of_kind.values():
        found = _first_alike([fronts[position] for position in positions], window)
        for later, earlier in ((positions[a], positions[b]) for a, b in found.items()):
            if not groups or not _together(groups[later], groups[earlier]):
                repeats[later] = earlier
    return repeats


def _together(
    first: Hashable | frozenset[Hashable] | None, second: Hashable | frozenset[Hashable] | None
) -> bool:
    """Whether two cards share a group (see `_near_duplicates`)."""
    if first is None or second is None:
        return False
    ours = first if isinstance(first, frozenset) else frozenset((first,))
    return not ours.isdisjoint(second if isinstance(second, frozenset) else (second,))


def _first_alike(fronts: Sequence[str], window: int) -> dict[int, int]:
    """For each front, the first earlier one at least NEAR_DUPLICATE alike.

    Not every pair is compared. Fronts of a and b words that alike match M >= 2(a+b)/5 words
    (difflib's ratio is 2M/(a+b)), and M <= b gives b >= 2a/3 and M >= 2a/3. Of a front's
    distinct words, at least M less its repeated words are the other's too; so, rarest first,
    they meet the other's within the first few of each (prefix filtering), and each front is
    indexed by its first few. The earlier fronts that share one are read a window of cards at a
    time, each window from the third on twice the last, so that the search stops soon after the
    first alike one; a 127-bit signature of each front's words bounds how many words two fronts
    share before they are compared.
    """
    shown: dict[str, int] = {}  # a front's first card
    same: dict[str, int] = {}  # a front's words' first card
    firsts: list[int] = []  # each card's first card with the same words
    words: dict[int, list[str]] = {}
    one: dict[str, str] = {}  # each word once: 250,000 fronts hold 4 million words
    for position, front in enumerate(fronts):
        first = shown.setdefault(front, position)
        if first == position:
            key = normalize_key(front)
            first = same.setdefault(key, position)
            if first == position:
                words[position] = [one.setdefault(word, word) for word in key.split()]
        firsts.append(firsts[first] if first != position else first)
    del shown, same
    # How many fronts have each word (a set per front at a time: 120,000 at once held 180 MB).
    frequency = Counter(chain.from_iterable(map(set, words.values())))
    rank = {word: r for r, word in enumerate(sorted(frequency, key=frequency.__getitem__))}
    bit = [1 << (r % 127) for r in range(len(rank))]  # a word's bit in a front's signature
    signature = [0] * len(fronts)
    twice = [0] * len(fronts)  # 2 × its words
    rarest: dict[int, list[int]] = {}
    for position, own in words.items():
        ranks = sorted(set(map(rank.__getitem__, own)))
        a = len(own)
        signature[position] = reduce(or_, map(bit.__getitem__, ranks), 0)
        twice[position] = 2 * a
        shared = max(1, (2 * a + 2) // 3 - (a - len(ranks)))  # at least, if alike
        rarest[position] = ranks[: len(ranks) - shared + 1]
    del frequency, rank, bit
    index: dict[int, list[list[int]]] = {}  # a word's cards, by window
    repeats: dict[int, int] = {}
    for position, first in enumerate(firsts):
        if first != position:
            # The same words as the first card: the same comparisons find the same card, else
            # that card itself (difflib's ratio of a list and itself is 1, autojunk or not).
            repeats[position] = repeats.get(first, first)
            continue
        a = twice[position] // 2
        if a < 2:  # only the same words are alike to one word or none
            continue
        these = words[position]
        mine = signature[position]
        # Matched words <= the signature bits both have + this front's words that add no bit
        # (a repeat, or a word on a bit already taken), and alike needs 5 × matched >= 2(a + b).
        least = 2 * a - 5 * (a - mine.bit_count())
        lists = [index[r] for r in rarest[position] if r in index]
        for part in range((position // window).bit_length() + 1) if lists else ():
            near = set().union(*[parts[part] for parts in lists if len(parts) > part])
            bounded = [c for c in near if 5 * (mine & signature[c]).bit_count() - twice[c] >= least]
            if not bounded:
                continue
            earlier = next((c for c in sorted(bounded) if _alike(these, words[c])), None)
            if earlier is not None:
                repeats[position] = earlier
                break
        part = (position // window).bit_length()
        for r in rarest[position]:
            parts = index.setdefault(r, [])
            if len(parts) <= part:
                parts.extend([] for _ in range(part + 1 - len(parts)))
            parts[part].append(position)
    return repeats


def _alike(a: list[str], b: list[str]) -> bool:
    """Whether difflib's ratio of two fronts' normalized words is at least NEAR_DUPLICATE."""
    in_a, in_b = set(a), set(b)
    total = len(a) + len(b)
    # Only shared words match: each distinct one, and repeats up to the fewer of them.
    most = len(in_a & in_b) + min(len(a) - len(in_a), len(b) - len(in_b))
    if 5 * most < 2 * total:
        return False
    matched = _matched(a, b, in_a, in_b)
    if matched is None:
        return SequenceMatcher(None, a, b).ratio() >= NEAR_DUPLICATE
    return not total or 2.0 * matched / total >= NEAR_DUPLICATE  # as difflib computes it


def _matched(a: list[str], b: list[str], in_a: set[str], in_b: set[str]) -> int | None:
    """The words difflib matches between `a` and `b` where that is every word both have, else None.

    difflib matches the longest common run, then does the same on each side of it. No common
    run holds a word only one of them has. So if `a` and `b` cut at such words give the same
    runs, the longest common run is a whole run, at the same place in both (on a tie difflib
    takes the first in `a`, then in `b`), and each side is again alike: every run is matched.
    Only under 200 words in `b`: from 200, difflib ignores the words most frequent in `b`.
    Words that both have once each, in the same order, have one place each to be matched.
    """
    if len(in_a) == len(a) and len(in_b) == len(b):  # no word repeated: only the order counts
        shared = [word for word in a if word in in_b]
        return len(shared) if shared == [word for word in b if word in in_a] else None
    if len(b) < 200:
        runs = _runs(a, in_b)
        if runs == _runs(b, in_a):
            return sum(map(len, runs))
    shared = [word for word in a if word in in_b]
    if len(shared) == len(set(shared)) and shared == [word for word in b if word in in_a]:
        return len(shared)
    return None


def _runs(words: list[str], other: set[str]) -> list[list[str]]:
    """`words` cut at each word that `other` lacks."""
    runs: list[list[str]] = []
    run: list[str] = []
    for word in words:
        if word in other:
            run.append(word)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _answer_key(answer: str) -> str:
    """What a card asks for, as `_near_duplicates` compares it: a short answer's words; a longer
    one's numbers (an FAQ's answer worded another way states the same fact, unless its numbers
    differ)."""
    key = normalize_key(answer)
    if key.count(" ") < SHORT_ANSWER:
        return key
    return " ".join(word for word in key.split() if not word.isalpha())


def _hidden(text: str) -> str:
    """The visible text a cloze field hides; a figure hidden twice ("put {{c1::$7,000}} … another
    {{c1::$7,000}}") once."""
    return " ".join(dict.fromkeys(plain(part) for part in _CLOZE.findall(text)))


def _note_problems(
    note: NoteDraft,
    fields: tuple[str, ...],
    first: str,
    second: str,
    hidden: str,
    settings: CheckSettings,
) -> list[Diagnostic]:
    """`first` and `second`: the first two fields' visible text; `hidden`: a cloze's answer."""
    cloze = note.kind.is_cloze
    if not first or (not cloze and not second):
        return [_at(note, "card has an empty field", "fix the source or override it", "error")]
    problems = []
    if cloze:
        words = 1 if is_quantity(hidden) else word_count(hidden)  # "1 in 10": one answer
        # A term before its meaning ("{{c1::la cocina}} — the kitchen") is the card's answer
        # whatever share of it it is.
        if words > settings.max_cloze_words or (
            words * 3 > word_count(plain(_CLOZE.sub(r"\1", fields[0])))
            and not _TERM_FIRST.match(fields[0])
        ):
            problems.append(
                _at(
                    note,
                    f"cloze hides {words} words ('{clip(hidden, 50)}')",
                    "hide one key term: override the text with a shorter {{c1::…}}",
                )
            )
        return problems
    # Code shown in an answer (`<pre>`) is read, not recalled word for word: prose only.
    words = word_count(plain(_PRE.sub(" ", fields[1])) if "<pre" in fields[1] else second)
    if words > settings.max_answer_words:
        problems.append(
            _at(
                note,
                f"answer has {words} words (over {settings.max_answer_words})",
                "override it with the one point worth recalling, or use answer: first-paragraph",
            )
        )
    items = [item for item in _LIST_SEPARATORS.split(second.rstrip(".")) if item]
    if len(items) > settings.max_list_items and all(word_count(i) <= 4 for i in items):
        problems.append(
            _at(
                note,
                f"answer is a list of {len(items)} items",
                "sets are hard to recall whole; ask for one item per card",
            )
        )
    # A problem stated as a sentence ("It says it can't reach the server.") asks for its fix; a
    # multiple-choice question ends on its options ("…? a) Carotene b) Chlorophyll").
    if (
        note.kind is NoteKind.FAQ
        and not first.rstrip().endswith(("?", ".", "!"))
        and not ("? " in first and OPTION.match(first, first.index("? ") + 2))
    ):
        problems.append(
            _at(
                note,
                f"question '{clip(first, 50)}' is not a question",
                "override it with a question that ends in '?'",
            )
        )
    return problems


def _at(
    note: NoteDraft, message: str, hint: str | None = None, level: str = "warning"
) -> Diagnostic:
    return Diagnostic(message, note.origin.span.path, note.origin.span.line, hint, level)


def _place(note: NoteDraft, reader: NoteDraft) -> str:
    """Where `note` is, for a diagnostic at `reader`: its line, and its path if that differs."""
    span = note.origin.span
    if span.path == reader.origin.span.path:
        return f"line {span.line}"
    return f"{span.path}:{span.line}"
