"""Sentence splitting and the word lists the extractors share. Imports nothing from docdeck."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from docdeck.patterns import lazy

# Tokens ending in "." that do not end a sentence.
ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st jr sr vs etc al fig figs eg ie approx no vol pp ed eds inc ltd co"
    " jan feb mar apr jun jul aug sep sept oct nov dec u.s e.g i.e cf ca".split()
)
# From the start of a run of stops only, and never giving part of it back: retried at each stop
# of a long run ("Because ……… it"), the search took quadratic time (20,000 dots: 4 s). The
# pattern opens on the stop, its run's start checked behind it: a pattern that opens on a set of
# characters is searched for them, 2x faster than one trying its lookbehind at every position.
_BOUNDARY = lazy(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"”’')\]]*+\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int


def sentences(
    text: str, names: frozenset[str] = frozenset(), breaks: tuple[int, ...] = ()
) -> tuple[Sentence, ...]:
    """Split prose into sentences, keeping abbreviations and initials together. A sentence
    may open in lower case on one of `names` (`lower_names`), on a name by its shape
    (`_NAME_SHAPE`), on a code span, or where a line of the source starts (`breaks`): "…
    several minutes. syncd caches …"."""
    # Lines of the source that open in lower case after a stop ("minutes.\nsyncd …").
    breaks = tuple(b for b in breaks if text[b - 2 : b - 1] in _STOP and text[b : b + 1].islower())
    if breaks or "`" in text or (names and _LOWER_BOUNDARY.search(text)):
        return _split(text, names, breaks)
    return _split(text, frozenset(), ())  # as boilerplate detection splits it: one cache entry


# Boilerplate detection and the claims extractor both split each body paragraph.
@functools.lru_cache(maxsize=1024)
def _split(text: str, names: frozenset[str], breaks: tuple[int, ...]) -> tuple[Sentence, ...]:
    result: list[Sentence] = []
    start = 0
    for stop, end in _stops(text, names, breaks):
        # Only the last two words matter (`_unit` reads the one before the last).
        before = text[start:stop].rsplit(None, 2)
        last = before[-1].lower().rstrip(".") if before else ""
        numbered = last == "no" and text[end : end + 1].isdigit()
        abbreviation = last in ABBREVIATIONS and (last != "no" or numbered)
        # An initial may open a bracket or a quotation: "(M. Lindqvist)", "“J. Alvarez”", or
        # end a run of them: "J.J. Thomson".
        letter = (
            last[-1:]
            if len(last) == 1 or last[:-1] in _OPENING or _INITIALS.fullmatch(last)
            else ""
        )
        initial = letter.isalpha() and not (len(last) == 1 and _unit(before))
        if abbreviation or (initial and not _designation(before) and not _opens(text, end)):
            continue
        if piece := text[start:end].strip():
            result.append(Sentence(piece, start))
        start = end
    if piece := text[start:].strip():
        result.append(Sentence(piece, start))
    return tuple(result)


# A stop and a word in lower case, or a code span in plain text ("`syncd`"), after it: a
# sentence opens there only on a name or at a line's start (`_stops`).
_LOWER_BOUNDARY = lazy(r"[.!?][\"”’')\]]*+\s+(?=`?[a-z])")
_NAME_END = ".,;:!?`'’\")]"
# A word in lower case with a capital or a digit after its first letters is a name by its
# shape, a sentence may open on it: "… restore it. gp3 volumes give …", "iPhones", "eBay".
_NAME_SHAPE = lazy(r"[a-z]+[A-Z\d]")
_SHAPED_BOUNDARY = lazy(r"[.!?][\"”’')\]]*+\s+(?=[a-z]+[A-Z\d])")
_STOP = frozenset(".!?")


def _stops(text: str, names: frozenset[str], breaks: tuple[int, ...]) -> list[tuple[int, int]]:
    """Where each sentence may end: its stop's offset, and the next one's start."""
    stops = [(match.start(), match.end()) for match in _BOUNDARY.finditer(text)]
    # Most documents write no name in lower case, and most paragraphs no code span.
    if not (names or breaks or "`" in text or _SHAPED_BOUNDARY.search(text)):
        return stops
    lower = []
    for match in _LOWER_BOUNDARY.finditer(text):
        end = match.end()
        word = text[end : end + 40].split(None, 1)[0].rstrip(_NAME_END)
        # At a line's start, not on a word that carries the sentence on ("5 p.m.\nand …").
        opens_line = end in breaks and word not in _OPENERS and word not in DEPENDENT_OPENERS
        if word[:1] == "`" or opens_line or word in names or _NAME_SHAPE.match(word):
            lower.append((match.start(), end))
    return sorted(stops + lower) if lower else stops


def lower_names(openings: Iterable[str], texts: Iterable[str]) -> frozenset[str]:
    """Names a document writes in lower case: the word that opens one of `openings` (a
    title, a heading, a paragraph: "syncd keeps two folders in step") in lower case, and each
    code span of `texts` in lower case ("`syncd`", plain text keeps its backticks)."""
    names = set()
    for text in openings:
        word = text[:40].split(None, 1)[0].rstrip(_NAME_END) if text[:1].islower() else ""
        if len(word) > 1 and word not in DEPENDENT_OPENERS:
            names.add(word)
    for text in texts:
        if "`" in text:
            names.update(_CODE_SPAN.findall(text))
    return frozenset(names)


_CODE_SPAN = lazy(r"`([a-z][\w.-]*)`")
# Initials written together, lower-cased, less their last stop: "j.j" of "J.J.", "j.r.r".
_INITIALS = lazy(r"(?:[a-z]\.)+[a-z]")
# What an initial may follow in its word: an opening bracket or quotation mark.
_OPENING = frozenset("( [ { \" “ ‘ '".split())


# Nouns a one-letter name follows ("Hall B.", "Vitamin D.", "Plan B."): no initial.
_DESIGNATED = frozenset(
    "hall room building block gate terminal wing floor level zone area unit plan vitamin type"
    " part section appendix group exhibit figure table class grade stage phase category option"
    " step row column platform".split()
)


# Words that open a sentence and are no one's surname: after "Reagent B." or "Hepatitis B." the
# letter ends a sentence, where after "George W." it is an initial.
_OPENERS = frozenset(
    "the this that these those it its they there we he she his her our your in on at for after"
    " when if an as but and so then each all both most some many".split()
)


def _opens(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence: one of `_OPENERS`, not an initial ("A. A.")."""
    word = text[at : at + 8].split(None, 1)[0] if text[at : at + 8].strip() else ""
    return word.lower() in _OPENERS or (word == "A" and text[at + 1 : at + 2] == " ")


def _designation(words: list[str]) -> bool:
    """Whether a one-letter word names something after its noun ("in Hall B.")."""
    return len(words) > 1 and words[-2].lower() in _DESIGNATED


def _unit(words: list[str]) -> bool:
    """Whether a one-letter word ends a quantity ("30 g.") rather than being an initial."""
    return len(words) > 1 and bool(re.fullmatch(r"[\d.,\u2013\u2014-]*\d", words[-2]))


def word_count(text: str) -> int:
    """Words with a letter or digit in them: dashes and stray punctuation do not count."""
    return len(_COUNTED_WORD.findall(text))


# A whitespace-separated word with an alphanumeric in it (`[^\W_]` is exactly `str.isalnum`),
# looked for from each word's start only: `\S*[^\W_]\S*` took quadratic time on a long run of
# punctuation (10,000 brackets: 4 s).
_COUNTED_WORD = lazy(r"(?<!\S)(?=\S*?[^\W_])\S+")


# Sentence openings that lean on the previous sentence: such a sentence cannot stand alone.
DEPENDENT_OPENERS = frozenset(
    "this that these those it its they their them he she his her we our us i you your"
    " but and so or yet because which such also then thus hence here there what not".split()
)
# A ruler's numeral, after a capitalised name and before what no speaker's "I" comes before: a
# comma or bracket, "'s", "of", "in", "and", "to", "until", "died", "reigned": "the death of
# Theodosius I in AD 395", "Charles I of England", "Elizabeth I's reign", "Peter I (1682–1725)";
# not after an adverb that opens a sentence ("Then", "Frankly", …): "Then I, like many students,
# moved …".
_OPENING_ADVERBS = (
    "ly Then Now So Today Tonight Yesterday Here There Once Soon Still Again Also Later"
    " Afterwards Meanwhile Anyway Instead Sometimes Thus Hence Therefore"
)
_REGNAL_NAME = "".join(f"(?<!{adverb}\\sI)" for adverb in _OPENING_ADVERBS.split()) + (
    "(?:" + "|".join(f"(?<=\\b[A-Z][a-z]{{{n}}}\\sI)" for n in range(2, 13)) + ")"
)
_REGNAL_AFTER = r"(?:[,;:)]|\s?\(|[’']s\b|\.(?!\w)|\s(?:of|in|and|to|until|died|reigned)\b|$)"
# A ruler who opens a sentence or clause and did something: "Mary I restored Catholicism",
# "In 1215, John I sealed …", "Edward I was …"; not a word that opens a clause before a
# speaker's "I" ("When I moved", "Because I was", "Had I realised").
_CLAUSE_OPENERS = (
    "When After Before Since Until Unless While Whilst Although Though Because Once Where"
    " Whenever Wherever And But Yet Nor What Why How Did Had Have Should Could Would Can Must"
    " May Shall Will Was Were Perhaps Maybe First Next Last Twice Often Earlier Overall"
    " Somehow Otherwise Even Just Never Always Only Sadly Finally"
)
_REGNAL_OPENING = "".join(f"(?<!{word}\\sI)" for word in _CLAUSE_OPENERS.split()) + (
    "(?:"
    + "|".join(
        f"(?<=^[A-Z][a-z]{{{n}}}\\sI)|(?<=[.!?,]\\s[A-Z][a-z]{{{n}}}\\sI)" for n in range(2, 13)
    )
    + ")"
)
_REGNAL_DID = r"\s(?:[a-z]{2,}ed|was|became|fought|led|won|lost|took|made|built|began|gave)\b"
# An "I" that is a numeral or a letter, no one speaking: "Type I", "World War I", "Class I
# shares", "CBT-I", "I-95"; a formula's variable, between operators or before a verb no one
# says of themselves: "GDP = C + I + G + NX, where … I is investment", "I represents current".
_NOT_I = (
    "".join(
        f"(?<!{noun} I)"
        for noun in "Type Phase Class Stage Grade War Part Article Chapter Schedule Title Act"
        " Book Volume Appendix Level Tier Division".split()
    )
    + "(?<![-\u2010\u2011]I)(?![-\u2010\u2011]\\w)"
    + "(?<![=+*/\u00d7]\\sI)(?!\\s[=+*/\u00d7])"
    + "(?!\\s(?:is|has|equals|represents|denotes|stands\\sfor)\\b)"
    + f"(?!{_REGNAL_NAME}{_REGNAL_AFTER})"
    + f"(?!{_REGNAL_NAME}{_REGNAL_OPENING}{_REGNAL_DID})"
)
# "Our Sun", "our galaxy", "our species": one thing everyone shares, not the author's.
_SHARED = r"(?!\s+(?:sun|moon|planet|galaxy|solar\s+system|universe|species)\b)"
FIRST_PERSON = lazy(rf"\b(?:I{_NOT_I}|I[’']m|I[’']ve|I[’']d|(?i:my|me|we|our{_SHARED}))\b")
# The author as one person: a page that says it anywhere is someone's own account.
SINGULAR_FIRST_PERSON = lazy(
    rf"\b(?:I{_NOT_I}(?:[’'](?:m|ve|d|ll))?|[Mm][ey]|[Mm]ine|[Mm]yself|MY|ME)\b"
)
# "We" telling what happened ("we tried", "we’ve found", "we spent"), or "our <noun>" doing it
# ("our team tested"): an experience, whoever "we" are.
WE_DID = lazy(
    rf"\b(?:we[’'](?:ve|d)\b|(?:we|our{_SHARED}\s+\w+)\s+"
    r"(?:(?:\w+ly|never|also|then|just|all|both|once|first|finally|soon|recently|later|even)\s+)?"
    r"(?:(?!\w*eed\b)\w+ed|was|were|had|did|went|got"
    r"|made|took|saw|found|felt|thought|knew|began|spent|ran|wrote|lost|left|came|kept|told|said"
    r"|bought|built|met|gave|grew|chose|ate|drove|flew|fell|won|heard|held|paid|sold|sent"
    r"|became|taught|brought|caught|fought|slept|woke|swam|sang|forgot)\b)",
    re.IGNORECASE,
)
# Quoted text; a quotation the sentence opens and does not close runs to its end.
# Interface labels that hold a first person but are no one speaking: a menu path ("Go to
# Settings > Privacy > Export my data") and a capitalised "My"/"Me" inside a sentence ("open
# My Account").
_UI_LABEL = lazy(r"(?:\s?[>→›]\s[^.!?>→›]*)+|(?<=[a-z,;:] )M[ye]\b")


def without_labels(text: str) -> str:
    """`text` less the interface labels that would read as its author's first person."""
    return (
        _UI_LABEL.sub("", text)
        if ">" in text or "→" in text or "›" in text or "M" in text
        else text
    )


QUOTED = lazy(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# Pronouns: a sentence whose subject is one cannot stand alone, whatever figure it quotes.
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "she", "his", "her"})
# Heads of a subject that point back at the text before ("The result is …", "The second is …").
GENERIC_SUBJECTS = frozenset(
    {
        *("result", "problem", "answer", "reason", "point", "goal", "key", "idea", "truth"),
        *("question", "difference", "effect", "outcome", "finding", "mechanism", "issue"),
        *("solution", "challenge", "trick", "secret", "rule", "lesson", "catch", "upshot"),
        *("first", "second", "third", "last", "next", "other", "former", "latter", "same"),
        *("best", "simplest", "easiest", "hardest", "implication", "conclusion", "takeaway"),
    }
)
# Places in an order, which a bare "The third", "The other" or "The largest" takes from the
# things named before.
PLACES = frozenset(
    "first second third fourth fifth sixth last next other former latter remaining".split()
    # A superlative ranks the same way: "The largest could fire a 600-pound ball" (of the
    # cannons just named); "The largest cannon could …" names its own.
    + " largest biggest smallest oldest newest youngest earliest latest highest lowest longest"
    " shortest fastest slowest cheapest strongest weakest heaviest lightest tallest deepest"
    " greatest richest poorest closest nearest hottest coldest busiest".split()
)
# Generic heads a modifier may name a kind of: "the placebo effect", "the trolley problem", "the
# 80/20 rule".
_NAMEABLE = frozenset({"effect", "problem", "rule", "mechanism", "solution"})
# Modifiers that judge, rank, size or count what they modify and name no kind of it: "the main
# effect", "the real problem", "the only rule" (of what was said before).
_JUDGING = PLACES | frozenset(
    "main key net real overall same whole total chief central core primary principal major minor"
    " basic big huge large small tiny vast great bigger larger greater smaller wider broader"
    " deeper higher lower stronger weaker better worse best worst most least more less strong"
    " weak mild slight modest subtle strange odd curious obvious clear true actual exact precise"
    " only sole single entire full end side opposite reverse direct indirect immediate short long"
    " long-term short-term knock-on follow-on new old recent previous following above below"
    " easy hard simple tricky thorny heavy early likely unlikely possible potential average"
    " common usual typical general good bad right wrong correct proper ideal one two three"
    " dramatic drastic specific generic chronic toxic economic classic systemic strategic"
    " striking surprising interesting intriguing alarming worrying encouraging disappointing"
    " troubling puzzling astonishing amazing startling underlying resulting lasting overriding"
    " overarching compelling fascinating revealing telling sobering exciting starting pressing"
    " nagging growing remaining existing ongoing significant important dominant relevant different"
    " recent apparent evident persistent consistent excellent prominent current".split()
)
# Endings of such adjectives: "the combined effect", "the cumulative effect", "the beneficial
# effect", "the harmful effect", "the enormous effect".
_JUDGING_ENDINGS = ("ed", "ive", "al", "ful", "ous")


def names_a_kind(modifier: str = "", head: str = "", *, stated: bool = False) -> bool:
    """Whether a modifier and the generic noun after it name a kind of thing ("testing effect",
    "Doppler effect", "halting problem"), not one the text before spoke of, which the modifier
    judges, ranks or counts ("main effect", "biggest problem", "combined effect"). `stated`: the
    sentence says what the thing states ("The empirical rule states that …"), as only a named
    rule does: an adjective's ending ("-al", "-ive") judges nothing there."""
    if head.lower().rstrip(".,;:") not in _NAMEABLE or not modifier:
        return False
    if modifier[:1].isupper():  # "The Doppler effect", "The IKEA effect"
        return True
    return modifier not in _JUDGING and (stated or not modifier.endswith(_JUDGING_ENDINGS))


def clip(text: str, limit: int = 60) -> str:
    """`text` shortened to `limit` characters for a message, an ellipsis where it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
