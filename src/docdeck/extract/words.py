"""The words the cloze rules read a sentence by: word patterns, function words, stems folded
for the title, and the document's own vocabulary (what it repeats, what its title names).

Imports `patterns` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from docdeck.patterns import lazy

# Typographic characters, spelled as escapes so the patterns below stay readable as ASCII.
DASHES = "\u2014\u2013"  # em dash, en dash


APOSTROPHE = "\u2019"  # right single quotation mark, the usual typographic apostrophe


PREPOSITIONS = (
    "at|in|on|of|by|for|with|from|to|into|through|under|over|during|after|before|about|across"
)


# A verb of change in the present tense ("falls", "strengthen", "goes up"): the direction a cause
# moves a quantity (`statements.direction_span`).
CHANGE = (
    r"(?:ris(?:e|es|ing)|fall(?:s|ing)?|increas(?:e|es|ing)|decreas(?:e|es|ing)|rais(?:e|es|ing)"
    r"|lower(?:s|ing)?|reduc(?:e|es|ing)|strengthen(?:s|ing)?|weaken(?:s|ing)?|slow(?:s|ing)?"
    r"|boost(?:s|ing)?|drop(?:s|ping)?|grow(?:s|ing)?|shrink(?:s|ing)?|declin(?:e|es|ing)"
    r"|climb(?:s|ing)?|appreciat(?:e|es|ing)|depreciat(?:e|es|ing)|curb(?:s|ing)?"
    r"|dampen(?:s|ing)?|accelerat(?:e|es|ing)|widen(?:s|ing)?|narrow(?:s|ing)?"
    r"|(?:go(?:es)?|push(?:es)?|drives?)\s+(?:up|down))"
)


_RELATIVE = lazy(
    rf"\s+(?:(?:{PREPOSITIONS})\s+(?:which|whom|whose)"
    r"|that|which|who|whom|whose|when|where|because|while|so)\s.*$"
)


_LEADING = lazy(rf"^(?:(?:{PREPOSITIONS}|the|a|an)\s+)+", re.IGNORECASE)


_TRAILING = lazy(rf"(?:\s+(?:{PREPOSITIONS}|the|a|an|and|or))+$", re.IGNORECASE)


WORD = lazy(rf"[\w{APOSTROPHE}'-]+")


STOP = frozenset(
    {
        *("in", "on", "of", "by", "for", "with", "from", "to", "at", "about", "into", "through"),
        *("than", "as", "like", "is", "are", "was", "were", "be", "been", "being", "does", "do"),
        *("did", "has", "have", "had", "and", "or", "but", "that", "which", "who", "it", "its"),
        *("their", "not", "can", "may", "will", "would", "should", "could", "must", "also"),
        *("only", "just"),
    }
)


ARTICLES = frozenset({"the", "a", "an"})


MODALS = frozenset("can cannot could must should will would may might shall".split())


# Words that never belong to a key term: determiners and small adverbs on top of `STOP`.
NOT_TERM = (
    STOP
    | ARTICLES
    | {
        *("this", "these", "those", "some", "any", "all", "each", "every", "most", "more", "much"),
        *("many", "few", "less", "very", "too", "so", "up", "down", "out", "off", "your", "our"),
        *("his", "her", "my", "we", "you", "they", "them", "there", "here", "when", "while", "if"),
        *("before", "after", "during", "over", "under", "between", "without", "within", "across"),
        *("then", "still", "often", "always", "never", "usually", "even", "own", "both", "either"),
        *("whether", "because", "although", "though", "unless", "until", "since", "whereas"),
        *("however", "instead", "rather", "than", "such", "other", "another", "about", "around"),
    }
)


AFTER_NOUNS = frozenset(
    {
        *("from", "in", "of", "on", "at", "for", "with", "to", "by", "into", "and", "or"),
        *("are", "were", "is", "was", "can", "may", "will", "have", "has", "do", "does"),
    }
)


# A title that lists three topics or more, alone or after its colon, makes none of them the
# subject: "Research Methods in Psychology: Validity, Sampling and Experiments" is about research
# methods, and "Validity is whether a study measures …" asks for "Validity".
_LISTED_TOPICS = lazy(
    r"(?:^|(?<=:))\s*[^\s,:][^,:]{0,40}(?:,\s*[^\s,:][^,:]{0,40}){1,}"
    r"(?:,?\s+(?:and|or|&)\s+|,\s*)[^\s,:][^,:]{0,40}(?=:|$)"
)


MAX_TARGET_WORDS = 8


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The document's own words: which phrases it repeats, and the words of its title."""

    text: str
    title_words: frozenset[str]
    """The title's content words, each folded to its stem (`folded_stem`)."""

    @classmethod
    def of(cls, texts: Iterable[str], title: str) -> Vocabulary:
        # Folded as `_fold` does but for spacing, which `count` reads in any run as one gap: the
        # text of a whole document is split and joined again for nothing.
        # Each text folded on its own (`casefold` folds no character by its neighbours), the ASCII
        # ones by `lower`, the same there and far faster: a document's texts are mostly ASCII.
        folded = [text.lower() if text.isascii() else text.casefold() for text in texts]
        text = " ".join(folded).replace(APOSTROPHE, "'")
        subject = _LISTED_TOPICS.sub("", title) if "," in title else title
        words = (word for word in WORD.findall(subject.casefold()) if word not in _NOT_SUBJECT)
        return cls(text, frozenset(folded_stem(word) for word in words))

    def count(self, phrase: str) -> int:
        """How often `phrase` occurs as whole words (case, apostrophes and hyphens folded)."""
        words = [re.escape(word) for word in _fold(phrase).replace("-", " ").split()]
        if not words:
            return 0
        # The boundary check follows the first word, as a lookbehind over it and the character
        # before: a pattern that opens with a literal is searched for that literal, far faster.
        boundary = rf"(?<![\w'-]{words[0]})"
        pattern = words[0] + boundary + "".join(rf"[\s-]+{word}" for word in words[1:])
        return len(re.findall(pattern + r"(?![\w'-])", self.text))

    def names_subject(self, phrase: str) -> bool:
        """Whether `phrase` is the deck's subject, a giveaway: every content word of it is in
        the title ("Pod's" in "Kubernetes Pods", "vitamin D" in "Vitamin D: What It Does")."""
        words = [folded_stem(word) for word in WORD.findall(phrase.casefold())]
        content = [word for word in words if word not in _NOT_SUBJECT]
        return bool(self.title_words and content) and all(w in self.title_words for w in content)

    def cuts_subject(self, text: str, start: int, end: int) -> bool:
        """Whether a cloze on `text[start:end]` asks for the subject: it holds nothing but words
        of the title, or part of a run of them ("You can get {{c1::vitamin}} D"). A term that
        holds a whole run and more ("sleep pressure" in "Sleep Debt …") is a term of its own."""
        if not self.title_words:
            return False
        inside = [
            (first, last)
            for first, last in _title_runs(self.title_words, text)
            if first < end and start < last
        ]
        if any(first < start or last > end for first, last in inside):
            return True
        # Only title words in the span: every word of it lies in one of the runs.
        return all(
            any(first <= word.start() < last for first, last in inside)
            for word in WORD.finditer(text, start, end)
            if word.group().casefold() not in _LEGAL_FORMS
        )

    def beside_subject(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """A contrasted phrase without the subject that opens it: "Ricotta makes {{c1::pancakes
        tender}}, not heavy" in "Ricotta Pancakes" asks for "tender". Opens it: only a verb or
        function words before it ("makes the pancakes tender"); in "regular sleep timing" the
        title's "sleep" is part of a term of its own. None when the phrase is the subject."""
        if self.cuts_subject(text, start, end):
            return None
        inside = [run for run in _title_runs(self.title_words, text) if start <= run[0] < end]
        if not inside or inside[-1][1] >= end:
            return start, end
        # After "a" or "an" the title's word qualifies the noun after it: "Use a {{c1::food
        # thermometer}}, not …" in "Food Safety", not "a food {{c1::thermometer}}".
        if inside[0][0] == start and text[:start].lower().endswith((" a ", " an ")):
            return start, end
        before = WORD.findall(text, start, inside[0][0])
        if not all(function_word(word) or looks_like_verb(word, "") for word in before):
            return start, end
        after = core_phrase(text, end - len(text[inside[-1][1] : end].lstrip()), end)
        words = WORD.findall(text, *after) if after else []
        return after if any(not function_word(word) for word in words) else (start, end)


def _title_runs(title_words: frozenset[str], text: str) -> list[tuple[int, int]]:
    """Where runs of title words stand in `text` ("vitamin D", "Pod's"), as (start, end): each
    word as `folded_stem` folds it, looked for by `str.find` (a pattern of the title's words would
    be compiled once per document, for one or two sentences)."""
    folded = text.casefold().replace(APOSTROPHE, "'")
    if len(folded) != len(text):  # "ß" folds to "ss": the spans would not fall on `text`
        folded = text.lower().replace(APOSTROPHE, "'")
        if len(folded) != len(text):
            return []
    found = []
    for stem in title_words:
        at = folded.find(stem)
        while at >= 0:
            end = at + len(stem)
            end += folded.startswith("s", end)  # a plural
            if folded.startswith("'", end):  # a possessive: "Pod's", "Pods'"
                end += 2 if folded.startswith("'s", end) else 1
            if not (in_word(folded, at - 1) or in_word(folded, end)):
                found.append((at, end))
            at = folded.find(stem, at + 1)
    runs: list[tuple[int, int]] = []
    for at, end in sorted(found):
        if runs and not folded[runs[-1][1] : at].strip():
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((at, end))
    return runs


def in_word(text: str, index: int) -> bool:
    """Whether `text[index]` continues a word (letters, digits, apostrophes and hyphens)."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_'-")


# A company's legal form: "Brightline Health Ltd" is the subject of "Brightline Health Privacy
# Policy" as much as "Brightline Health" is.
_LEGAL_FORMS = frozenset(
    {"ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "gmbh", "corp", "pty", "ag"}
)


# Title words that are no subject: function words, and a title's rhetoric ("What It Does and
# How Much You Need", "The Science of …", "A Complete Guide").
_NOT_SUBJECT = (
    NOT_TERM
    | _LEGAL_FORMS
    | {
        *("what", "why", "how", "where", "who", "which", "need", "know", "guide", "science"),
        *("complete", "ultimate", "introduction", "basics", "explained", "really", "actually"),
    }
)


def s_form(word: str) -> bool:
    """Whether a lower-case word ends in a plural's or a verb's -s: "cells", "blocks"; not
    "stress", "virus", "analysis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def folded_stem(word: str) -> str:
    """A word folded for comparison with the title: case, a possessive and a plural's -s go."""
    word = word.casefold()
    if "'" in word or APOSTROPHE in word:
        word = word.replace(APOSTROPHE, "'").removesuffix("'s").rstrip("'")
    if len(word) > 3 and s_form(word):
        return word[:-1]
    return word


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace(APOSTROPHE, "'").split())


def core_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a phrase to its core: no leading preposition or article, no relative clause."""
    phrase = text[start:end]
    lead = _LEADING.match(phrase)
    if lead:
        start += lead.end()
        phrase = phrase[lead.end() :]
    phrase = _RELATIVE.sub("", phrase).rstrip()
    phrase = _TRAILING.sub("", phrase)
    if not phrase or len(phrase.split()) > MAX_TARGET_WORDS:
        return None
    return start, start + len(phrase)


def function_word(word: str) -> bool:
    word = word.lower()
    return word in NOT_TERM or word.endswith("ly")


def looks_like_verb(word: str, following: str) -> bool:
    """A present-tense verb after its subject, or a plural: "modulates", "blocks", "APIs" (not
    "stress", "focus"), unless a preposition or verb follows it, as after a plural noun ("acids
    from fibre")."""
    if following.lower() in AFTER_NOUNS:
        return False
    # An acronym's plural has an -s form too: "AFCIs detect", not the "-is" of "analysis".
    if word.endswith("s") and len(word) > 2 and word[:-1].isupper():
        return True
    return s_form(word.lower())
