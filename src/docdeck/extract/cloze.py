"""Choose what a cloze hides: a number first, then the author's emphasis, the contrasted term,
a topic term, the defining phrase, a term the document repeats; the deck's subject (the words
of its title) only as the term of a long definition; never a label that opens the text ("Tip:").
What a sentence states is read in `extract.quantities` and `extract.statements`. Imports
`document`, `lines`, `patterns` and the `extract` modules `words`, `quantities`,
`statements`, `text` and `topics`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from docdeck.document import IMAGE_OPEN, IMAGE_REF
from docdeck.extract.quantities import (
    DETERMINERS,
    DIGIT,
    QUANTITY,
    VERBS,
    bare_figure_span,
    finite_verb,
    frequency_span,
    precision_spans,
    quantity_span,
    reported_date_span,
    states_quantity,
    takes_figure,
    times_span,
    when_span,
    worked_result,
)
from docdeck.extract.statements import (
    AFTER_VERBS,
    MAX_KEY_TERM_WORDS,
    MAX_PRECISE_WORDS,
    NOT_A_TERM,
    NOT_SUPERLATIVE,
    OWNERS,
    PREPOSITION_WORDS,
    bare_verb,
    case_span,
    cause_span,
    classification_span,
    composition_span,
    condition_span,
    confused_span,
    contrast_span,
    defined_figure_span,
    definition_span,
    denial_span,
    direction_span,
    drug_fact_span,
    drug_fact_subject,
    duty_span,
    instruction_end,
    instruction_object_span,
    law_span,
    made_role_span,
    means_span,
    namesake_span,
    product_span,
    purpose_span,
    quoted_meaning_span,
    result_span,
    reversal_span,
    reversed_span,
    set_against_span,
    superlative_span,
    symbol_span,
    treated_span,
    unit_span,
)
from docdeck.extract.text import GENERIC_SUBJECTS
from docdeck.extract.topics import Topic, first_topic_span
from docdeck.extract.words import (
    APOSTROPHE,
    DASHES,
    MAX_TARGET_WORDS,
    MODALS,
    NOT_TERM,
    WORD,
    Vocabulary,
    folded_stem,
    function_word,
    in_word,
    looks_like_verb,
    s_form,
)
from docdeck.lines import label_end
from docdeck.patterns import lazy


class Target(enum.Enum):
    NUMBER = "number"
    MARK = "emphasis"
    CONTRAST = "contrast"
    TOPIC = "topic"
    DEFINITION = "definition"
    DIRECTION = "direction"
    KEY_TERM = "key term"


@dataclass(frozen=True, slots=True)
class Choice:
    start: int
    end: int
    target: Target


_CLAUSE_END = lazy(rf"\s[{DASHES}]\s|[,;:]")


_ADJECTIVE = lazy(r"(?:al|ic|ive|ous|ary|ian|ful|able|ible|ar)$", re.IGNORECASE)


MIN_KEY_TERM_CHARS = 7


# An adjective's endings: one never is a subject on its own ("Migratory birds navigate by …").
_MODIFIER = lazy(r"(?:al|ic|ive|ous|ory|ian|ful|able|ible)$")


_NO_VOCABULARY = Vocabulary("", frozenset())


def choose(
    text: str,
    marks: tuple[str, ...],
    topics: tuple[Topic, ...],
    fallback: bool = False,
    vocabulary: Vocabulary | None = None,
    code: tuple[str, ...] = (),
) -> Choice | None:
    """The best cloze target in `text`, or None when nothing is worth hiding. `code`: the
    texts of the code spans in it (`Paragraph.code`)."""
    text = _without_images(text)
    # A label that opens the text in plain words ("Tip: …"), as a bold one does (`Paragraph.label`):
    # never the target; the choice is made after it, in the text's own offsets.
    skip = label_end(text) if ":" in text[:MAX_LABEL_CHARS] else 0
    rest = text[skip:] if skip else text
    maths = math_spans(rest) if "$" in rest else []
    if maths and maths[0][0] == 0 and _DEFINED_MATH.match(rest, maths[0][1]):
        # "$R^2$ is the share of variance …": the formula is the term the sentence defines.
        return Choice(skip, skip + maths[0][1], Target.DEFINITION)
    # A formula in code is code, no claim's point; a takeaway, carded whatever it says, asks
    # for it as for any code it quotes (`_candidates`).
    span = _formula(rest, maths, bool(skip))
    if span and (fallback or not in_code(rest, span, code)):
        return Choice(span[0] + skip, span[1] + skip, Target.DEFINITION)
    for target, (start, end) in _candidates(rest, marks, topics, fallback, vocabulary, code):
        if "/" in rest and target is not Target.MARK:
            start, end = _unslashed(rest, start, end)
        if '"' in rest or "\u201c" in rest:
            start, end = _unsplit_quote(rest, start, end)
        if " of " in rest and target not in _WHOLE_TARGETS and not rest[start:end].islower():
            start, end = _unsplit_of_name(rest, start, end)
        if target is Target.NUMBER and rest.startswith(" over ", end):
            end = _over_end(rest, start, end)
        if target is Target.NUMBER and rest.startswith((" less ", " plus "), end):
            end = _less_end(rest, start, end)
        if target is Target.NUMBER and rest[end : end + 1] in ("'", "\u2019"):
            end = _possessive_end(rest, start, end)
        if target is Target.KEY_TERM and rest[end - 1 : end] == "s":
            start, end = _verb_pair_span(rest, start, end)
        if target is Target.KEY_TERM and " and " in rest:
            start, end = _unsplit_pair(rest, start, end)
        if target is Target.KEY_TERM and vocabulary and " of " in rest:
            start, end = _unsplit_of_term(rest, start, end, vocabulary)
        if target is Target.KEY_TERM and rest[end - 1 : end] == "s" and " a" in rest[:start]:
            end = _before_verb(rest, start, end)
        if (span := _whole(rest, start, end)) is not None:
            # Never inside a formula, nor a formula: "$R^{{c1::2}}$" asks for a digit of it.
            if maths and any(a < span[1] and span[0] < b for a, b in maths):
                continue
            # Never one thing of a list the verb takes: the list is the fact.
            if (
                target in _LISTED_TARGETS
                and ", " in rest
                and (listed := _taken_list(rest))
                and listed[0] <= span[0] < span[1] <= listed[1]
            ):
                span = listed
            return Choice(_with_article(rest, *span) + skip, span[1] + skip, target)
    return None


# The targets a list the verb takes replaces (`_taken_list`): not the writer's emphasis, a
# figure or a contrasted phrase.
_LISTED_TARGETS = frozenset({Target.KEY_TERM, Target.TOPIC})


# A verb whose object is what its subject is for, needs or holds, a list at the clause's end:
# "Ser is for identity, origin, …", "A contract needs offer, acceptance, …", "The kit includes …".
_LIST_VERB = lazy(
    r"\b(?:(?:is|are)\s+(?:used\s+)?for|needs?|requires?|includes?|contains?"
    r"|(?:consists?|(?:is|are)\s+made(?:\s+up)?)\s+of)\s+"
)


# The words a list the verb takes may hold: more is no term to recall but a passage
# ("needs a, b, c, d, e, f and g" or each thing a clause): the choice stays as it was.
MAX_LIST_WORDS = 12
MAX_LIST_THINGS = 6


# Where a list's things part: "a, b and c", "a, b, or c".
_THINGS_JOINT = lazy(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _taken_list(text: str) -> tuple[int, int] | None:
    """The whole list of three things or more that the verb (`_LIST_VERB`) takes, to the
    clause's end: "Ser is for {{c1::identity, origin, profession and time}}", not
    "{{c1::identity}}, origin, …"; "A contract needs {{c1::offer, acceptance, consideration and
    an intention to create legal relations}}", not "… and {{c1::an intention}} to …". Not a
    list of figures (`quantity_span` reads those), a long one (`MAX_LIST_WORDS`) or one of
    clauses ("which …")."""
    if (verb := _LIST_VERB.search(text)) is None:
        return None
    clause_end = len(text.rstrip(" .!?"))
    if (ends := _CLAUSE_STOP.search(text, verb.end())) is not None:
        clause_end = min(clause_end, ends.start())
    listed = text[verb.end() : clause_end]
    things = _THINGS_JOINT.split(listed)
    if (
        not 3 <= len(things) <= MAX_LIST_THINGS
        or len(listed.split()) > MAX_LIST_WORDS
        or DIGIT.search(listed)
        or any(not thing or thing.split()[0].lower() in _NOT_THINGS for thing in things)
    ):
        return None
    return verb.end(), clause_end


# Where a clause stops after a list: a semicolon, a colon or a dash.
_CLAUSE_STOP = lazy(rf"[;:]|\s[{DASHES}]\s")


# Words that open a clause or an aside, not a thing listed.
_NOT_THINGS = frozenset(
    "which who whom whose where when while each both all but so yet as than such like plus"
    " including except not especially".split()
)


def _with_article(text: str, start: int, end: int) -> int:
    """`start`, or where "a" or "an" right before it starts when the span ends its noun phrase:
    the article is hidden with it, as "an" would tell a vowel ("{{c1::An ammonite}} is …", "is
    {{c1::a gas}} that …"). Not before a modifier ("a {{c1::256-bit}} digest"), nor a letter
    that names ("Vitamin A deficiency")."""
    before = text[:start].rstrip()
    if not before.endswith(("a", "n")) or len(before) == start:
        return start
    word = before[before.rfind(" ") + 1 :]
    if word not in ("a", "an") and not (word in ("A", "An") and len(word) == len(before)):
        return start
    following = WORD.match(text, len(text) - len(text[end:].lstrip()))
    if following and not function_word(following.group()):
        return start
    return len(before) - len(word)


# Inline TeX math as the Markdown reader writes it, `$R^2$`, `$O(d^3)$`: not one opening on a
# space or a digit, nor one a digit follows ("$5 and $10" is money). Looked for only where
# "$" is.
_MATH = lazy(r"\$(?![\s\d$])[^$\n]*?(?<=\S)\$(?!\d)")


# What follows a formula a sentence opens with and defines: "$R^2$ is the share of …".
_DEFINED_MATH = lazy(r"\s+(?:is|are|means|denotes)\s+(?:a|an|the)\s")


def math_spans(text: str) -> list[tuple[int, int]]:
    """Where each inline formula (`_MATH`) is in `text`, its dollar signs included."""
    return [match.span() for match in _MATH.finditer(text)]


# Characters only mathematics writes: a formula with no "=" ("πr²", "2πr") holds one.
_MATH_SIGNS = ("²", "³", "√", "π", "½", "∑", "∫")


# A formula's operators, as tokens of their own.
_OPERATORS = frozenset("+ - − × ÷ / * · ^ = ± mod".split())


# What introduces a formula as a sentence's point: "is given by v = u + at", "states that
# V = IR", "are related by $E = mc^2$", "The area of a circle is πr²", "Velocity: v = …".
_FORMULA_FRAME = lazy(
    r"(?:\b(?:given|defined|calculated|computed|expressed|written|found|obtained|determined"
    r"|approximated|related|described|modell?ed)\s+(?:by|as|using|from|with|via)|\bwritten"
    r"|\b(?:states?|stated|says|shows?|showed|means|gives?)\s+that"
    r"|\b(?:is|are|equals|becomes|formula|equation|law|relation|rule|identity)|:)"
    r"(?:\s+(?:the\s+)?(?:formula|equation|expression|relation))?\s*$",
    re.IGNORECASE,
)


_NUMBER_TOKEN = lazy(r"[\d.,]+")


# What an equation names: "v", "BMI", "E_k", "f(x)"; not "https://…?id" nor "--color".
_FORMULA_NAME = lazy(r"[A-Za-z]\w{0,11}(?:\([^()\s]{1,12}\))?")


# A term of an equation with no operator is symbols ("V = IR", "F = ma"), or holds a sign.
MAX_SYMBOL_CHARS = 3


_IN_TERM_SIGNS = (*_MATH_SIGNS, "/", "*", "^", "×", "÷", "·", "(")


def _formula(text: str, maths: list[tuple[int, int]], labelled: bool) -> tuple[int, int] | None:
    """The formula that is `text`'s point: an inline one (`$E = mc^2$`) or an equation in plain
    characters ("v = u + at"), or an expression with a sign only mathematics writes ("πr²"),
    after what introduces it (`_FORMULA_FRAME`), or the whole of a labelled line ("Velocity:
    v = u + at", `labelled`). A value is no formula: "p = 0.03", "x = 1", "9.8 m/s²"."""
    if maths:
        start, end = maths[0]
        return (start, end) if _introduced(text, start, end, labelled) else None
    if "=" in text:
        span = _equation(text)
    elif any(arrow in text for arrow in _ARROWS):
        # A reaction hides its products: the reactants are the cue ("6CO₂ + 6H₂O → {{c1::C₆H₁₂O₆
        # + 6O₂}}"); the whole equation would be too much to recall for one card.
        if (reaction := _reaction(text)) and _introduced(text, *reaction.span(), labelled):
            return reaction.span("products")
        return None
    elif not text.isascii() and any(sign in text for sign in _MATH_SIGNS):
        span = _expression(text)
    elif "formula" in text:
        span = _chemical_formula(text)
    else:
        return None
    return span if span and _introduced(text, *span, labelled) else None


# A chemical formula a sentence gives, after "formula": "Alkanes have the general formula
# {{c1::CnH2n+2}}", "The molecular formula of glucose is {{c1::C6H12O6}}", "… the formula
# {{c1::NaCl}}." Element symbols, each with its count ("2n+1" in a general formula); it ends
# the sentence or its clause. Symbols with no count and no small letter ("the formula NASA
# used.", "CO") are no formula here, nor one element alone.
_CHEMICAL_FORMULA = lazy(
    r"(?<![\w-])(?:[A-Z][a-z]?(?:[\d\u2080-\u2089]*n?[\d\u2080-\u2089]*(?:[+\u2212][\d\u2080-\u2089]+)?))+"
    r"(?=\s*(?:[,;:.!?)]|$))"
)


def _chemical_formula(text: str) -> tuple[int, int] | None:
    """The chemical formula after "formula" in `text` (`_CHEMICAL_FORMULA`), if it has a count
    ("H₂O", "CnH2n") or two element symbols, one with a small letter ("NaCl")."""
    found = _CHEMICAL_FORMULA.search(text, text.find("formula"))
    if not found:
        return None
    written = found.group()
    if any(c.isdigit() for c in written):  # "₂" too
        return found.span()
    if sum(c.isupper() for c in written) >= 2 and any(c.islower() for c in written):
        return found.span()
    return None


# A chemical equation: species ("6CO₂", "C₆H₁₂O₆", "Na⁺", "H2O(l)") joined by "+", each side
# of an arrow; it ends the sentence or its clause.
_ARROWS = ("→", "->", "⇌", "⟶")


_SPECIES = (
    r"(?:\d+\s?)?(?:\(?[A-Z][a-z]?[\d\u2080-\u2089]*\)?[\d\u2080-\u2089]*)+"
    r"[\u207a\u207b\u00b2\u00b3\u00b9\u2070\u2074-\u2079]*(?:\((?:aq|s|l|g)\))?(?![\w(])"
)


_SIDE = rf"{_SPECIES}(?:\s*\+\s*{_SPECIES})*"


_REACTION = lazy(rf"(?<![\w.-]){_SIDE}\s*(?:→|->|⇌|⟶)\s*(?P<products>{_SIDE})(?=\s*(?:[,;:.!?]|$))")


def _reaction(text: str) -> re.Match[str] | None:
    """The chemical equation in `text` (`_REACTION`) with a figure or a charge in it: "A -> B"
    in prose is no reaction."""
    match = _REACTION.search(text)
    if match and any(c.isdigit() or c in "\u207a\u207b" for c in match.group()):
        return match
    return None


def states_formula(text: str, code: tuple[str, ...] = ()) -> bool:
    """Whether `text`'s point is a formula (`_formula`): it says enough in a few words. One
    in a code span of `code` is code ("Set it with `timeout = 30`."), no formula."""
    if (
        "=" not in text
        and "$" not in text
        and "->" not in text
        and "formula" not in text
        and text.isascii()
    ):  # most text
        return False
    maths = math_spans(text) if "$" in text else []
    span = _formula(text, maths, ":" in text)
    return span is not None and not in_code(text, span, code)


def in_code(text: str, span: tuple[int, int], code: tuple[str, ...]) -> bool:
    """Whether `span` of `text` lies inside one of the code spans `code` (their texts)."""
    for written in code:  # most text has none
        start = text.find(written)
        while start >= 0:
            if start <= span[0] and span[1] <= start + len(written):
                return True
            start = text.find(written, start + 1)
    return False


def _introduced(text: str, start: int, end: int, labelled: bool) -> bool:
    """Whether the formula at `start`–`end` is the point of `text` (see `_formula`)."""
    before = text[:start]
    if not before.strip():
        return labelled and not text[end:].strip(" .")
    return _FORMULA_FRAME.search(before) is not None


def _equation(text: str) -> tuple[int, int] | None:
    """The first "name = expression" in `text`: a one-word name, and tokens that are operators
    or terms, up to a clause's end or a word after a term ("… = u + at, where", "… = ma in
    …"); a comparison or an arrow (`==`, `<=`, `=>`) is none, nor a value ("n = 120")."""
    at = text.find("=")
    if text[at - 1 : at] in ("=", "<", ">", "!") or text[at + 1 : at + 2] in ("=", ">"):
        return None
    name = text[:at].rstrip()
    start = len(name) - len(name.split()[-1]) if name.split() else at
    if not _FORMULA_NAME.fullmatch(text[start:at].strip()) or "=" in text[at + 1 :]:
        return None
    end, terms, operators, previous = at + 1, [], 0, "="
    for token in re.finditer(r"\S+", text[at + 1 :]):
        word = token.group().rstrip(".,;:!?")
        if word in _OPERATORS:
            operators += 1
        elif previous not in _OPERATORS and word.isalpha():
            break  # prose: "… = ma in Newtonian mechanics"
        else:
            terms.append(word)
        end, previous = at + 1 + token.start() + len(word), word
        if word != token.group():  # a clause or sentence ends
            break
    if not terms or previous in _OPERATORS:
        return None
    # "p = 0.03", "x = 1", "g = 9.8 m/s²": a value; "mode = fast", "color=auto": a setting.
    if not operators and (
        _NUMBER_TOKEN.fullmatch(terms[0]) or not all(_symbolic(term) for term in terms)
    ):
        return None
    return start, end


def _symbolic(term: str) -> bool:
    """Whether a term reads as mathematics: "IR", "mc²", "distance/time", not "auto"."""
    return len(term) <= MAX_SYMBOL_CHARS or any(sign in term for sign in _IN_TERM_SIGNS)


def _expression(text: str) -> tuple[int, int] | None:
    """An expression with a sign only mathematics writes that ends `text`'s clause: "πr²",
    "2πr", "½mv²"; not a number with its unit ("50 cm²")."""
    sign = min(text.find(sign) for sign in _MATH_SIGNS if sign in text)
    start = text.rfind(" ", 0, sign) + 1
    match = re.match(r"[^\s,;:]+(?:\s*[-+−×÷/*·±]\s*[^\s,;:]+)*", text[start:])
    if not match or _NUMBER_TOKEN.fullmatch(match.group().split()[0]) or text[start].isupper():
        return None
    end = start + len(match.group().rstrip(".!?"))
    following = text[end:].lstrip(".!? ")
    return (start, end) if not following or following[0] in ",;:" else None


MAX_LABEL_CHARS = 20


_SLASHED = lazy(rf"[\w{APOSTROPHE}'-]+(?:/[\w{APOSTROPHE}'-]+)+")


def _unslashed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to the whole of a slash compound it cuts: "the need for
    {{c1::thermocouple}}/thermistor mounting" showed the other half on the front."""
    for compound in _SLASHED.finditer(text):
        if compound.start() < end and start < compound.end():
            start, end = min(start, compound.start()), max(end, compound.end())
    return start, end


# A capitalised name joined by "of": "Act of Supremacy", "Bill of Rights", "Battle of Hastings",
# "Dissolution of the Monasteries", "Catherine of Aragon". Never at the text's start, where any
# word is capitalised ("Most of Europe …"); "The" before it is no part of it.
_OF_NAME = lazy(
    r"(?<=\s)(?!The\s)[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)+"
)


# The targets an "of" name never widens: the writer's emphasis, and a figure or date, whole as
# it is ("The Cuban Missile Crisis of {{c1::October 1962}}").
_WHOLE_TARGETS = frozenset({Target.MARK, Target.NUMBER})


def _possessive_end(text: str, start: int, end: int) -> int:
    """A figure's span widened over its possessive: "at least {{c1::one week's}} notice",
    "requires {{c1::two years'}} continuous employment", "{{c1::28 days'}} paid holiday", not
    "{{c1::one week}}'s notice" (an orphan "'s" on the front). Not a quotation's closing mark
    ("the 'first 90 days'"): no such mark opens a word before the figure."""
    mark = text[end]
    before = f" {text[:start]}"
    if f" {mark}" in before or (mark == "\u2019" and " \u2018" in before):
        return end
    after = text[end + 1 : end + 3]
    if after[:1] == "s" and not after[1:].isalnum():
        return end + 2  # "one week's"
    if text[end - 1 : end] == "s" and not after[:1].isalnum():
        return end + 1  # "two years'"
    return end


def _unsplit_of_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to the whole of an "of" name it cuts: "The {{c1::Act of Supremacy}} made
    the monarch head …", not "The Act of {{c1::Supremacy}} made …" (half a name). Only a span
    with a capital in it can cut one: the caller reads no other."""
    for name in _OF_NAME.finditer(text):
        if name.start() < end and start < name.end():
            start, end = min(start, name.start()), max(end, name.end())
    return start, end


def _unsplit_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that holds one mark of a quotation and not the other, narrowed to the quoted
    words: "gets you at most a \"{{c1::first cause}}\", not …", not "at {{c1::most a \"first
    cause}}\"" (the front reads broken). A mark with no partner is kept: "a 12\" pipe"."""
    inside = text[start:end]
    for opening, closing in (('"', '"'), ("\u201c", "\u201d")):
        if opening == closing:
            if inside.count(opening) % 2 == 0:
                continue
            mark = start + inside.index(opening)
            opens = text.count(opening, 0, mark) % 2 == 0
        elif (inside.count(opening) + inside.count(closing)) % 2 == 0:
            continue
        else:
            mark = start + max(inside.find(opening), inside.find(closing))
            opens = text[mark] == opening
        if opens:
            partner = text.find(closing, mark + 1)
            if partner > mark + 1:
                return mark + 1, partner
        else:
            partner = text.rfind(opening, 0, mark)
            if 0 <= partner < mark - 1:
                return partner + 1, mark
    return start, end


def _without_images(text: str) -> str:
    """`text` with each image reference blanked out, its length kept so spans still fall on
    the original: a cloze inside a reference hides the file's name, not a word, and the
    pipeline then looks for a file called `{{c1::…}}.png`."""
    if IMAGE_OPEN not in text:  # most text
        return text
    return IMAGE_REF.sub(lambda ref: IMAGE_OPEN * len(ref.group()), text)


# Words a writer emphasises for force, not as the term to learn: "are **not** normal breathing",
# "**never** give water". Hidden, they leave a yes-or-no card; the same word elsewhere in the
# paragraph is taken for the mark too ("and {{c1::not}} breathing normally"). Not "even" nor
# "still": adjectives a definition may emphasise ("An integer is *even* if …").
_EMPHASIS_WORDS = frozenset(
    {
        *("not", "never", "no", "none", "nothing", "cannot", "can't", "don't", "do not"),
        *("does not", "must", "must not", "should", "should not", "always", "only", "all"),
        *("every", "any", "very", "really", "also", "just"),
    }
)


def emphasis_only(mark: str) -> bool:
    """Whether a mark is a word of force only (`_EMPHASIS_WORDS`): no cloze target."""
    return len(mark) <= 9 and mark.lower().replace(APOSTROPHE, "'") in _EMPHASIS_WORDS


def find_mark(text: str, mark: str) -> int:
    """Where emphasised `mark` first occurs in `text` as whole words, or -1: the bold "art" of
    "The heart of good art" is the last "art", not the one inside "heart"."""
    start = text.find(mark) if mark.strip() else -1
    while start >= 0:
        end = start + len(mark)
        inside = start > 0 and text[start - 1].isalnum() and mark[0].isalnum()
        if not (inside or (text[end : end + 1].isalnum() and mark[-1].isalnum())):
            return start
        start = text.find(mark, start + 1)
    return -1


# What a sentence says of its subject, each with the term it turns on: what it is made of, named
# after, a class of, used to treat, what it symbolizes; a law it states; the means of a
# mechanism, a cause, what a process turns a thing into, what code raises or returns, the
# condition a term names, what a named thing does not do. Each makes a sentence firm, and its
# term is a target, in this order.
_STATEMENTS: tuple[Callable[[str], tuple[int, int] | None], ...] = (
    composition_span,
    namesake_span,
    unit_span,
    classification_span,
    treated_span,
    symbol_span,
    law_span,
    duty_span,
    means_span,
    reversal_span,
    drug_fact_span,
    quoted_meaning_span,
    cause_span,
    product_span,
    result_span,
    condition_span,
    denial_span,
    case_span,
)


_QUOTES = ('"', "\u201c", "\u201d")


def _candidates(
    text: str,
    marks: tuple[str, ...],
    topics: tuple[Topic, ...],
    fallback: bool,
    vocabulary: Vocabulary | None,
    code: tuple[str, ...] = (),
) -> Iterator[tuple[Target, tuple[int, int]]]:
    """Targets in order of preference."""
    if span := quantity_span(text):
        yield Target.NUMBER, span
    # A quoted meaning is the fact, the emphasised words it glosses givens: "Both *ser* and
    # *estar* translate as "{{c1::to be}}"", not "Both {{c1::ser}} and estar …" (half a pair).
    # Not one of several quoted ("*j'ai mangé* means "I ate" or "I have eaten"": the mark stays).
    if (
        marks
        and (meaning := quoted_meaning_span(text))
        and all(find_mark(text, mark) < meaning[0] for mark in marks)
        and not any(quote in text[meaning[1] + 1 :] for quote in _QUOTES)
    ):
        yield Target.DEFINITION, meaning
    for mark in marks:
        # A sentence emphasised whole has no part emphasised: hiding it all asks for everything.
        if emphasis_only(mark):
            continue
        if (start := find_mark(text, mark)) >= 0 and not _entire(text, start, start + len(mark)):
            yield Target.MARK, _within_mark(text, start, start + len(mark), marks)
    # A takeaway's code span is what it tells to run, type or use, its formula too: hidden
    # whole, as written ("Compute the rate with {{c1::r = d / t}}", "Choose {{c1::conda}}
    # when …"), never a word of it or of the prose around it.
    for written in _givens_last(text, code) if fallback else ():
        start = find_mark(text, written)
        end = start + len(written)
        if (
            start >= 0
            and len(written.split()) <= MAX_TARGET_WORDS
            and not _entire(text, start, end)
        ):
            yield Target.MARK, (start, end)
    vocabulary = vocabulary or _NO_VOCABULARY
    # A topic term that names the deck's subject ("Vitamin D" in "Vitamin D: …"): every card is
    # about it, so hiding it asks nothing. Another target in the sentence is preferred.
    subject = vocabulary.names_subject if vocabulary.title_words else None
    if span := contrast_span(text):
        # A long contrasted phrase with a topic term in it: hiding the term tests the point
        # with less to recall (the minimum-information principle).
        inner = first_topic_span(text[span[0] : span[1]], topics, subject)
        if inner and len(text[span[0] : span[1]].split()) > MAX_PRECISE_WORDS:
            yield Target.TOPIC, (span[0] + inner[0], span[0] + inner[1])
        if vocabulary.title_words:
            span = vocabulary.beside_subject(text, *span)
        if span:
            yield Target.CONTRAST, span
    # "Don't confuse Julius Caesar with {{c1::Augustus}}: Caesar was never emperor.": the one its
    # reason does not name again, a topic term or not.
    if ("onfuse " in text or "mix up " in text) and (span := confused_span(text)):
        yield Target.CONTRAST, span
    for states in _STATEMENTS:
        if span := states(text):
            # "{{c1::Naloxone}} reverses …" in a deck on naloxone asks nothing: what it undoes.
            if states is reversal_span and subject and subject(text[slice(*span)]):
                span = reversed_span(text) or span
            # "{{c1::Diazepam}} is a benzodiazepine." in a deck on benzodiazepines.
            if states is drug_fact_span and subject and subject(text[slice(*span)]):
                span = drug_fact_subject(text) or span
            yield Target.DEFINITION, span
    # A takeaway's purpose is its point, not a topic term inside it (`purpose_span`).
    if fallback and (span := purpose_span(text)):
        yield Target.DEFINITION, span
    # A named act's role given: its name, or the one it made in a deck on it (`made_role_span`).
    if fallback and (span := made_role_span(text)):
        if subject and subject(text[slice(*span)]):
            span = made_role_span(text, own=True) or span
        yield Target.DEFINITION, span
    if span := first_topic_span(text, topics, subject):
        yield Target.TOPIC, span
    definition = definition_span(text, vocabulary)
    # A figure in the phrase a definition would hide is the point ("a game for {{c1::3 to 4}}
    # players"), and one in what it says of a name ("{{c1::Catan}} is a game for 3 to 4 players"
    # asks which of many games); a concept it defines is ("The {{c1::bystander effect}} is the
    # tendency … when 5 or more …").
    if (figure := defined_figure_span(text)) and (
        definition is None
        or definition[0] <= figure[0] < definition[1]
        or not text[: definition[0]].lower().endswith(_CONCEPT_ARTICLES)
    ):
        yield Target.NUMBER, figure
    if definition and text.startswith("The ") and (ranked := _rank_filler(text, *definition)):
        yield Target.DEFINITION, ranked
    if definition:
        yield Target.DEFINITION, definition
    if span := superlative_span(text):
        yield Target.DEFINITION, span
    # Not the deck's own subject: "Unlike Earth, {{c1::Venus}} rotates …" in "Venus" asks nothing.
    if (span := set_against_span(text)) and not (subject and subject(text[slice(*span)])):
        yield Target.DEFINITION, span
    if span := reported_date_span(text):
        yield Target.NUMBER, span
    if not fallback and (span := _frequency(text)):
        yield Target.NUMBER, span
    if span := direction_span(text):
        yield Target.DIRECTION, span
    # An instruction ("Drink water during …", "Never skip …"): its verb alone asks nothing. After
    # a figure, the formula it uses is its point, then what it is done to, not the last noun of a
    # phrase after it ("Drink {{c1::water}} during long study sessions").
    verb = instruction_end(text) if fallback else 0
    # A takeaway's bare figure, with the rest of its range, before any word of it: "Tallow now
    # requires Python {{c1::3.9}}", not "Tallow now {{c1::requires}} Python 3.9".
    if fallback and DIGIT.search(text) and (span := bare_figure_span(text, vocabulary, verb)):
        yield Target.NUMBER, span
    if fallback and (span := when_span(text) or times_span(text)):
        yield Target.NUMBER, span
    if verb:
        if "=" in text and (span := _equation(text)):
            yield Target.DEFINITION, span
        if span := instruction_object_span(text, verb):
            yield Target.KEY_TERM, span
    # A list the verb takes, not its subject: "A contract needs {{c1::offer, acceptance, …}}".
    if fallback and not verb and ", " in text and (span := _taken_list(text)):
        yield Target.KEY_TERM, span
    if fallback and (span := _key_term(text, vocabulary, verb)):
        # Never the sentence's verb: what it takes is the fact, a title's word or not.
        if not verb and (taken := _verb_object(text, *span)):
            yield Target.KEY_TERM, taken
        # With the word "and" joins to it: "to limit {{c1::soil-borne pests and diseases}}".
        yield Target.KEY_TERM, (span[0], _coordinated(text, span[1]))
    if fallback and (words := [w for w in WORD.finditer(text, verb) if w.group().isalpha()]):
        # Last resort for a takeaway that must be carded: its longest plain word, not a function
        # word or an adverb ("Fees are charged {{c1::whether}} the fund gains", "{{c1::roughly}}"),
        # nor a word of the subject ("You can get {{c1::vitamin}} D from the sun").
        words = [w for w in words if not vocabulary.cuts_subject(text, *w.span())]
        content = [
            w for w in words if not function_word(w.group()) and not _placing(text, w)
        ] or words
        if content:
            longest = max(content, key=lambda w: len(w.group()))
            # Never half the subject: "The light {{c1::reactions}} make …".
            runs, opening = _first_clause_runs(text)
            whole = opening and _whole_subject(opening, opening, longest.end())
            # Nor its verb, nor a word of the noun phrase it takes (`_object`).
            target = _object(text, runs, opening, vocabulary)
            if target and opening and opening[-1].end() < longest.start() < target[1]:
                whole = target
            unsure = opening and _unsure_subject(text, opening)
            if unsure and longest.start() < unsure[1]:
                # Whichever reading is right, what follows the verb is no part of the
                # subject: "Desert plants store {{c1::water}} …", not "{{c1::Desert}} plants".
                later = [w for w in content if w.start() >= unsure[2]]
                if later:
                    chosen = max(later, key=lambda w: len(w.group()))
                    whole = _with_plural(text, chosen)
            verb_word = opening and WORD.search(text, opening[-1].end())
            if (
                not whole
                and verb_word
                and longest.start() == verb_word.start()
                and bare_verb("", longest.group())
            ):
                # Nor a plural's verb, no object right after it: "LLMs predict the next
                # {{c1::token}}", not "LLMs {{c1::predict}} the next token". An -s word there
                # may be the subject's head ("Plug space heaters directly …").
                others = [w for w in content if w.start() != longest.start()]
                longest = max(others, key=lambda w: len(w.group())) if others else longest
            # Nor the sentence's verb read as the longest word: "Rust {{c1::forms}} on iron".
            if not whole and not verb and (taken := _verb_object(text, *longest.span())):
                whole = taken
            # Nor half a noun compound after the subject: "through a {{c1::waggle dance}}".
            if not whole and opening and longest.start() > opening[-1].end():
                whole = _compound_around(text, longest)
            yield Target.KEY_TERM, whole or longest.span()


# A defined term that ranks, right after "The": "The {most important implied term} is …".
_RANKED_TERM = lazy(r"(?:(?:most|least)\s+[a-z][\w-]*|(?P<est>[a-z]{2,}est))\s+[a-z]")


# What fills the rank, after "is" or "was", with its article, to the clause's end: "the duty of
# mutual trust and confidence" in "… is the duty of mutual trust and confidence, which …".
_RANK_FILLER = lazy(
    r"\s+(?:is|was)\s+(?P<filler>(?:the|an?)\s+[^,;:()]+?)"
    r"(?=\s*(?:[,;:(]|[.!?]$|$|\s(?:which|who|that|where|because|as|but|and\s+(?:is|was))\s))"
)


# Ranks that pass, not hold: "The latest version is …".
_PASSING_RANKS = frozenset({"latest", "newest"})


def _rank_filler(text: str, start: int, end: int) -> tuple[int, int] | None:
    """What fills the rank a definition's term names right after "The", the fact, where the
    term is the given: "The most important implied term is {{c1::the duty of mutual trust and
    confidence}}, which …", not "The {{c1::most important implied term}} is …". Not a vague
    noun's rank ("The most important thing is …": `GENERIC_SUBJECTS`), a passing one ("The
    latest version …"), a word in "-est" that ranks nothing ("The interest …")."""
    if start != len("The ") or not (ranked := _RANKED_TERM.match(text, start, end)):
        return None
    if (est := ranked.group("est")) and (est in NOT_SUPERLATIVE or est in _PASSING_RANKS):
        return None
    if not GENERIC_SUBJECTS.isdisjoint(text[start:end].lower().split()):
        return None
    if not (found := _RANK_FILLER.match(text, end)):
        return None
    if len(found.group("filler").split()) > MAX_TARGET_WORDS:
        return None
    return found.span("filler")


def _compound_around(text: str, word: re.Match[str]) -> tuple[int, int] | None:
    """`word` with the plain nouns right beside it that make one term with it, up to
    `MAX_KEY_TERM_WORDS` in all: "water and {{c1::carbon dioxide}}", "rules by {{c1::divine
    right}}". None where no such word is beside it. A word beside it that may be a verb, a
    participle, an adverb or a plural ("lower", "-ed", "-ly", "-s") is none of the term."""
    if not _modifier(word.group(), head=True):
        return None  # "modestly {{c1::lengthens}} sleep": a verb, no noun of a compound
    start, end, count = word.start(), word.end(), 1
    while count < MAX_KEY_TERM_WORDS and (left := _plain_before(text, start)):
        start, count = left.start(), count + 1
    while count < MAX_KEY_TERM_WORDS and text.startswith(" ", end):
        right = WORD.match(text, end + 1)
        if not right or not _plain_noun(right.group()):
            break
        end, count = right.end(), count + 1
    return (start, end) if count > 1 else None


def _plain_before(text: str, start: int) -> re.Match[str] | None:
    """The plain noun (`_plain_noun`) right before `start`, one space between."""
    if not text[:start].endswith(" ") or text[:start].endswith("  "):
        return None
    before = WORD.search(text, max(0, start - 40), start - 1)
    last = None
    while before:
        last, before = before, WORD.search(text, before.end(), start - 1)
    if last is None or last.end() != start - 1 or not _plain_noun(last.group()):
        return None
    return last


# Words of order before a noun, no part of a term: "the next {{c1::token}}".
_ORDER_WORDS = frozenset("next last first previous following".split())


def _plain_noun(word: str) -> bool:
    """Whether `word` may be a noun of a compound and is no other part of speech by its
    shape or a list (`_modifier`): lower case, three letters or more, no word of order."""
    return (
        word not in _ORDER_WORDS
        and word.isalpha()
        and word.islower()
        and len(word) >= 3
        and word not in AFTER_VERBS
        and not function_word(word)
        and _modifier(word)
    )


# Modal verbs: the word after one (after "not" or an adverb) is a verb ("can establish").

# Pairs that name one thing: "cause and effect" is no "cause" with an "effect" after it.
_FIXED_PAIRS = frozenset(
    {
        *("cause and effect", "supply and demand", "trial and error", "checks and balances"),
        *("pros and cons", "profit and loss", "research and development", "fight or flight"),
        *("rest and digest", "law and order", "risk and reward", "give and take"),
        *("cost and benefit", "costs and benefits", "stimulus and response"),
    }
)


def _paired(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`–`end` widened to the fixed pair (`_FIXED_PAIRS`) it is one word of."""
    if " and " not in text and " or " not in text:  # most text
        return start, end
    lowered = text.lower()
    for pair in _FIXED_PAIRS:
        at = lowered.find(pair)
        while at >= 0:
            last = at + len(pair)
            if at < end and start < last and not (in_word(text, at - 1) or in_word(text, last)):
                return min(start, at), max(end, last)
            at = lowered.find(pair, at + 1)
    return start, end


def _main_verb(text: str) -> re.Match[str] | None:
    """The verb of `text`'s first clause where a key term may take it for a noun: the word
    after a modal ("Only experiments can establish", "Silence cannot amount"), or the first
    -s word after the opening noun phrase, before a preposition, an article or a bare word
    ("Real GDP adjusts for", "The relative minor starts on", "an event uses ser"). Not a
    plural before its own verb ("Dictionary keys must", "Tertiary alcohols resist")."""
    clause = _CLAUSE_END.search(text)
    words = list(WORD.finditer(text, 0, clause.start() if clause else len(text)))
    for at, word in enumerate(words[1:-1], 1):
        lower, previous = word.group().lower(), words[at - 1].group().lower()
        if previous in MODALS or (previous == "not" and words[at - 2].group().lower() in MODALS):
            return None if lower == "not" or lower.endswith("ly") else word
        if lower in MODALS:
            continue
        if lower in VERBS:
            return None
        if not (word.group().islower() and looks_like_verb(lower, "")):
            continue
        following = words[at + 1].group()
        if previous in NOT_TERM or previous in PREPOSITION_WORDS:
            continue  # a noun after its article: "Only experiments", "the oceans"
        if following.lower() in MODALS or following.lower() in VERBS:
            continue  # a plural before its verb: "Dictionary keys must"
        if following.lower() in PREPOSITION_WORDS or following.lower() in DETERMINERS:
            return word
        # Before a bare word, only a verb the lists name: "uses ser", not "alcohols resist".
        listed = lower[:-1] in VERBS or lower[:-2] in VERBS  # "uses", "reaches"
        return word if listed and bare_verb("", following) else None
    return None


def _verb_object(text: str, start: int, end: int) -> tuple[int, int] | None:
    """What the verb (`_main_verb`) that `text[start:end]` holds takes, whole: the noun phrase
    after it and a preposition and article ("Silence cannot amount to {{c1::acceptance}}", "Real
    GDP adjusts for {{c1::inflation}}", "starts on the {{c1::sixth degree}} of …"), a fixed pair
    whole ("can establish {{c1::cause and effect}}"); after a modal's "be", what the subject the
    span holds is said to be ("A measure cannot be {{c1::valid}} unless …"). None where the
    span holds no verb."""
    verb = _main_verb(text)
    if verb is None:
        return None
    # "must be", "cannot be": what the subject is said to be is the fact, not the subject
    # ("{{c1::Dictionary keys}} must be hashable" asks which keys must be hashable).
    complement = (
        verb.group().lower() == "be"
        and end <= verb.start()
        and not text.lower().startswith("only ")  # "Only {{c1::regular insulin}} can be …"
    )
    if not complement and not (start < verb.end() and verb.start() < end):
        return None
    words = list(WORD.finditer(text, verb.end()))
    while words and (
        words[0].group().lower() in PREPOSITION_WORDS or words[0].group().lower() in DETERMINERS
    ):
        words.pop(0)
    run: list[re.Match[str]] = []
    for word in words:
        gap = text[run[-1].end() : word.start()] if run else " "
        lower = word.group().lower()
        if gap.strip() or lower in NOT_TERM or lower in AFTER_VERBS or not word.group().isalpha():
            break
        run.append(word)
    if not 1 <= len(run) <= MAX_KEY_TERM_WORDS:
        return None
    # A participle after "be" is a passive's verb, no complement: "can be given IV".
    if complement and (NOT_A_TERM.search(run[0].group()) or run[0].group().endswith("en")):
        return None
    start, end = _paired(text, run[0].start(), run[-1].end())
    return start, _coordinated(text, end)


# One word joined to a phrase by "and" or "or" where the clause ends: "should be {{c1::long
# and unique}}.", "to limit {{c1::pests and diseases}};".
_COORDINATED = lazy(r"\s+(?:and|or)\s+([a-z][a-z-]*)(?=\s*(?:[,;:.!?]|$))")


def _coordinated(text: str, end: int) -> int:
    """`end`, or past the word `_COORDINATED` joins to the phrase that ends there: half of
    "long and unique" is half the answer."""
    if not text.startswith((" and ", " or "), end):
        return end
    joined = _COORDINATED.match(text, end)
    if joined is None or joined.group(1) in NOT_TERM:
        return end
    return joined.end()


# A "with" or "without" phrase in a subject that opens on an article: what it names is given.
_GIVEN_LEAD = lazy(r"^(?:a|an|the|any|every)\s[^,;:]*\b(?:without|with)\s+(?:a\s+|an\s+|no\s+)?$")


def _givens_last(text: str, code: tuple[str, ...]) -> tuple[str, ...]:
    """`code` with the spans a subject's "with" or "without" phrase names after the others: "A
    function without a `return` statement returns {{c1::None}}" asks for what it returns,
    not the given ("A function without a {{c1::return}} statement …")."""
    if len(code) < 2 or "with" not in text:  # most takeaways
        return code
    lowered = text.lower()
    given = [w for w in code if _GIVEN_LEAD.match(lowered[: max(find_mark(text, w), 0)])]
    return (*[w for w in code if w not in given], *given) if given else code


def _with_plural(text: str, word: re.Match[str]) -> tuple[int, int]:
    """`word`, with the plural right after it that it qualifies: "mean {{c1::strong winds}}
    aloft", not "mean {{c1::strong}} winds" (half a noun phrase). Not after a plural ("crack
    {{c1::shells}} with rocks") nor before a function word."""
    span = word.span()
    following = WORD.match(text, span[1] + 1) if text.startswith(" ", span[1]) else None
    if (
        following is None
        or word.group().endswith("s")
        or not following.group().isalpha()
        or not following.group().islower()
        or not looks_like_verb(following.group(), "")
        or function_word(following.group())
    ):
        return span
    return span[0], following.end()


def _within_mark(text: str, start: int, end: int, marks: tuple[str, ...]) -> tuple[int, int]:
    """The span of a mark, or of a longer mark of the paragraph that holds it here: "demand is
    {{c1::unit elastic}}", not "unit {{c1::elastic}}", where an earlier sentence bolds
    "elastic" alone."""
    for other in marks:
        if len(other) <= end - start:
            continue
        at = text.find(other, max(0, end - len(other)))
        if 0 <= at <= start and end <= at + len(other) and find_mark(text, other) == at:
            return at, at + len(other)
    return start, end


# What comes before a term a definition hides when it is a concept, not a name: "The
# bystander effect", "A prime number".
_CONCEPT_ARTICLES = ("the ", "a ", "an ")


def _entire(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is all of `text` but punctuation and spaces around it."""
    return not text[:start].strip(_EDGES) and not text[end:].strip(_EDGES)


_EDGES = " .,;:!?…\"'()[]*_\u201c\u201d\u2018\u2019"


# A bare count's divisor to the clause's end: "1 over the focal length", "1 over its focal length",
# not a span of time ("rose by 3 over the year").
_OVER = lazy(r" over (?:the|its|their|a|an) ((?:[a-z-]+ ){0,2}[a-z-]+)(?=[.,;:]|$)")
_OVER_TIME = frozenset(
    "year years month months week weeks day days decade decades century period summer winter"
    " spring autumn weekend course past".split()
)


def _over_end(text: str, start: int, end: int) -> int:
    """Where a bare count that a divisor follows ends with it: "at least {{c1::1 over the focal
    length}}", not "at least {{c1::1}} over the focal length" (half a ratio)."""
    over = _OVER.match(text, end)
    if over is None or not text[start:end].isdigit():
        return end
    return end if over[1].rsplit(" ", 1)[-1] in _OVER_TIME else over.end()


# A span of time that a smaller one adjusts: "three months less one day", "two years plus a day".
_LESS = lazy(
    r" (?:less|plus) (?:a|an|one|two|three|four|five|six|seven|\d{1,2})"
    r" (?:days?|weeks?|months?|hours?|minutes?|seconds?)\b"
)
_SPANS_OF_TIME = ("day", "days", "week", "weeks", "month", "months", "year", "years")


def _less_end(text: str, start: int, end: int) -> int:
    """Where a span of time that a smaller one adjusts ends with it: "must be brought within
    {{c1::three months less one day}} of …", not "within {{c1::three months}} less one day"
    (half the limit). Not after a figure that is no span of time ("£100 less a 10% fee")."""
    if not text[start:end].endswith(_SPANS_OF_TIME) or not (less := _LESS.match(text, end)):
        return end
    return less.end()


def _unsplit_of_term(text: str, start: int, end: int, vocabulary: Vocabulary) -> tuple[int, int]:
    """A one-word key term widened to the lower-case "of" term it is half of, where the
    document repeats that term: "A {{c1::contract of employment}} does not need to be in
    writing", not "A {{c1::contract}} of employment …" nor "A contract of {{c1::employment}}
    …". Each side one plain word; a term said once is no term ("the {{c1::speed}} of light")."""
    if (word := WORD.fullmatch(text, start, end)) is None or not word.group().isalpha():
        return start, end
    if text.startswith(" of ", end) and (after := WORD.match(text, end + 4)) is not None:
        first, last = word, after
    elif text.endswith(" of ", 0, start) and (before := _word_before(text, start - 4)):
        first, last = before, word
    else:
        return start, end
    if not all(w.group().isalpha() and not function_word(w.group()) for w in (first, last)):
        return start, end
    if not last.group().islower() or vocabulary.count(text[first.start() : last.end()]) < 2:
        return start, end
    return first.start(), last.end()


# Endings of a singular noun in -s: "a series", "a species", "a lens", "a gas", "a means".
_SINGULAR_S = ("ss", "us", "is", "as", "os", "ies", "ics", "ns", "ws")


def _before_verb(text: str, start: int, end: int) -> int:
    """`end`, or where the word before the -s word that ends the span ends, when an "a" or an
    "an" opens the noun phrase: a singular's, so the -s word is its verb ("where a denser
    {{c1::oceanic plate}} sinks beneath …", not "a denser {{c1::oceanic plate sinks}} beneath").
    Not a singular in -s ("a {{c1::mass spectrometry analysis}}", `_SINGULAR_S`)."""
    words = list(WORD.finditer(text, start, end))
    last = words[-1].group() if len(words) >= 2 else ""
    if not last.islower() or not s_form(last) or last.endswith(_SINGULAR_S):
        return end
    # The words from the article to the span: adjectives and nouns only ("a denser").
    before = text[:start].split()[-4:]
    for at in range(len(before) - 1, -1, -1):
        word = before[at].lower()
        if word in ("a", "an"):
            return words[-2].end()
        if not word.isalpha() or function_word(word):
            return end
    return end


# What opens a clause whose subject a pair of nouns is: "Gluten forms when glutenin and gliadin
# bond …".
_CLAUSE_OPENERS = frozenset("when where if once after before because that while until as".split())


def _unsplit_pair(text: str, start: int, end: int) -> tuple[int, int]:
    """A key term that is one noun of a pair joined by "and" that opens the sentence or a
    clause, widened to the pair: "{{c1::Insertions and deletions}} cause frameshifts", not
    "{{c1::Insertions}} and deletions …"; "Gluten forms when {{c1::glutenin and gliadin}} bond
    in …", not "when glutenin and {{c1::gliadin bond}} in …" (the pair's verb after half of it).
    Each noun one word, both plurals or neither ("Water expands and contracts" is no pair)."""
    first: re.Match[str] | None = None
    second: re.Match[str] | None = None
    if (word := WORD.fullmatch(text, start, end)) is not None:
        if text.startswith(" and ", end):
            first, second = word, WORD.match(text, end + 5)
    elif text.endswith(" and ", 0, start) and (last := WORD.match(text, start)) is not None:
        # Half the pair and a verb after it: "gliadin bond in", "gliadin bond together".
        verb = WORD.fullmatch(text, last.end() + 1, end) if text[last.end() : end] else None
        after = WORD.match(text, end + 1) if verb is not None else None
        if after is not None and (
            after.group() in PREPOSITION_WORDS or after.group() == "together"
        ):
            first, second = _word_before(text, start - 5), last
    if first is None or second is None or not _pair_opens(text, first, second):
        return start, end
    return first.start(), second.end()


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """The word that ends right at `end`, or None."""
    found = None
    for word in WORD.finditer(text, max(0, end - 45), end):
        found = word
    return found if found is not None and found.end() == end else None


def _pair_opens(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether `first` and `second` ("A and B") are one-word nouns alike in number that open
    the sentence or a clause (`_CLAUSE_OPENERS`)."""
    one, two = first.group(), second.group()
    if not (one.isalpha() and two.isalpha() and two.islower()) or function_word(two):
        return False
    if s_form(one.lower()) != s_form(two) or two in AFTER_VERBS:
        return False
    before = text[: first.start()].rstrip()
    if not before:
        return True
    opener = before.rsplit(" ", 1)[-1].lower()
    return opener in _CLAUSE_OPENERS and len(before) - len(opener) > 0


# Two verbs joined by "or" or "and" that an article or an owner follows: "doubles or halves the".
_VERB_PAIR = lazy(
    r"\b([a-z]+s)\s+(?:or|and)\s+([a-z]+s)(?=\s+(?:the|a|an|its|their|his|her|your|our)\b)"
)


def _verb_pair_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A key term that is one of two verbs joined by "or" or "and", widened to both: "Heat
    {{c1::expands or contracts}} the metal", not "Heat expands or {{c1::contracts}} the metal"
    (half the pair). Kept: nouns ("cells and tissues"), a word of a longer phrase."""
    if " or " not in text and " and " not in text:
        return start, end
    for pair in _VERB_PAIR.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if (start, end) in (pair.span(1), pair.span(2)) and s_form(pair[1]) and s_form(pair[2]):
            return pair.start(1), pair.end(2)
    return start, end


def _whole(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A target that holds none of `<`, `>`, `{`, `}`: one that does cuts through markup-like
    text ("b>bold</b> markup"), and the card front would read as broken. Nor any of an image
    reference (blanked out by `_without_images`): the cloze would hide the image."""
    if start >= end or any(ch in _MARKUP for ch in text[start:end]):
        return None
    return start, end


_MARKUP = frozenset("<>{}" + IMAGE_OPEN)


def repeated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where else the figure `text[start:end]` stands on its own, outside a confidence
    interval or p-value: hidden with it, as one left in view would give it away ("put $7,000
    in a Roth and another $7,000 …"). Not the "7,000" of "17,000", the "1%" of "0.1%" or the
    "5 mg" of "5 mg/L"."""
    figure = text[start:end]
    if text.count(figure) < 2:
        return []
    # A worked example's data and working are givens: "For 2, 4, 4, 5, 10, the median is
    # {{c1::4}}", not "For 2, {{c1::4}}, {{c1::4}}, 5, …".
    if text.startswith("For ") and worked_result(text) == (start, end):
        return []
    asides = precision_spans(text)
    found, at = [], text.find(figure)
    padded = f"  {text}  "  # text[i] is padded[i + 2]
    while at >= 0:
        last = at + len(figure)
        alone = not (
            _joins(padded[at + 1], padded[at]) or _joins(padded[last + 2], padded[last + 3])
        )
        # The same digits with a unit of their own are another figure: "pH of 7 … at 7 °C".
        whole = QUANTITY.match(text, at)
        alone = alone and (whole is None or whole.end() <= last)
        if at != start and alone and not any(a <= at < b for a, b in asides):
            found.append((at, last))
        at = text.find(figure, at + 1)
    return found


def recurring(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where else the words `text[start:end]` stand as whole words, case folded: hidden with
    them, as a term left in view gives the answer away ("Dopamine fires on {{c1::prediction}},
    not pleasure — familiarity collapses prediction error"). Not the "art" of "heart", nor a
    word of an image's file name."""
    folded = text.lower()
    if len(folded) != len(text):  # "İ" lowers to two characters: the spans would not fall on `text`
        return []
    words = folded[start:end]
    if not words.strip() or folded.count(words) < 2:
        return []
    folded = _without_images(folded)
    found, at = [], folded.find(words)
    while at >= 0:
        last = at + len(words)
        if at != start and not (in_word(folded, at - 1) or in_word(folded, last)):
            found.append((at, last))
        at = folded.find(words, at + 1)
    return found


def restated(text: str, start: int, end: int, topics: tuple[Topic, ...]) -> list[tuple[int, int]]:
    """`recurring` for a topic term, and the same term in another of the inflections its topic
    finds ("{{c1::Oxytocin}} … lower the oxytocin baseline", "… amygdala's"). Not another term
    of the topic: "cortisol" is no answer to "{{c1::stress}}"."""
    found = recurring(text, start, end)
    term = text[start:end].lower()
    # Most notes state the term once: the letters every inflection keeps ("therap" of "therapy",
    # "therapies") found once, no pattern run.
    first = term.split(None, 1)[0] if term.strip() else ""
    if not first or text.lower().count(first[: max(len(first) - 3, 1)]) < 2:
        return found
    topic = next((t for t in topics if t.pattern.fullmatch(term)), None)
    if topic is None:
        return found
    text = _without_images(text)
    same = _term_key(term)
    for match in topic.pattern.finditer(text):
        if match.start() != start and _term_key(match.group()) == same:
            found.append(match.span())
    return found


def _term_key(term: str) -> list[str]:
    """A topic term's words, each folded to its stem: "Amygdala's", "amygdalae" and "amygdala"
    are one, as are "therapies" and "therapy"."""
    stems = [folded_stem(word) for word in re.split(r"[\s-]+", term) if word]
    return [f"{s[:-2]}y" if s.endswith("ie") else s.removesuffix("e") for s in stems]


def _joins(neighbour: str, beyond: str) -> bool:
    """Whether a character beside a figure joins it to more: a letter or digit, a unit's
    slash ("mg/L"), or a separator before a digit ("0.", "17,")."""
    return neighbour.isalnum() or neighbour in "/^" or (neighbour in ".,:-–" and beyond.isdigit())


def says_of_subject(text: str) -> bool:
    """Whether a short sentence that states a quantity has a main verb after its first word and
    before the figure it reports: a subject's measure ("The tank holds 50 litres of fuel.",
    "Tyres last about 40,000 km."), not an imperative ("Add 2 cups of water.", "Bake for 20
    minutes.") or an entry ("200 g flour")."""
    if not (span := quantity_span(text)):
        return False
    words = WORD.findall(text, 0, span[0])
    figure = text[span[0] : span[1]]
    return any(
        finite_verb(word, words[at + 1] if at + 1 < len(words) else figure, words[at - 1])
        or takes_figure(word, words[at - 1], [*words[at + 1 :], figure])
        for at, word in enumerate(words[1:], 1)
    )


def _frequency(text: str) -> tuple[int, int] | None:
    """How often a claim says a thing is done (`frequency_span`); not an instruction's advice
    ("Take the pills three times a day", "Tip: restart the router once a week …", its verb in
    lower case after the label): a takeaway's alone."""
    if not (span := frequency_span(text)):
        return None
    own = text[label_end(text) if ":" in text[:MAX_LABEL_CHARS] else 0 :].lstrip()
    return None if own[:1].islower() or instruction_end(own) else span


def is_firm(text: str, marks: tuple[str, ...], code: tuple[str, ...] = ()) -> bool:
    """Whether a prose sentence states something worth a card: a number, contrast, definition.
    `code`: the texts of its code spans (`Paragraph.code`)."""
    text = _without_images(text)
    return bool(
        states_quantity(text)
        or any(
            mark in text and find_mark(text, mark) >= 0 and not emphasis_only(mark)
            for mark in marks
        )
        or contrast_span(text)
        or definition_span(text)
        or states_formula(text, code)
        or superlative_span(text)
        or set_against_span(text)
        or reported_date_span(text)
        or _frequency(text)
        or direction_span(text)
        or any(states(text) for states in _STATEMENTS)
    )


def _key_term(text: str, vocabulary: Vocabulary, after: int = 0) -> tuple[int, int] | None:
    """A term from the first clause: one the document repeats, else its longest word; in the
    subject, the whole subject. None of it before `after` (an instruction's verb)."""
    runs, subject = _first_clause_runs(text, after)
    target = _object(text, runs, subject, vocabulary)
    unsure = _unsure_subject(text, subject) if subject else None
    # No phrase of a subject that runs on into the word read as its verb, where the document
    # repeats it with that word: "{{c1::Fast shutter}} speeds freeze motion" beside "Fast shutter
    # speeds blur nothing" hid half a term; "The {{c1::Calvin cycle}} fixes …" stays.
    runs_on = unsure and vocabulary.count(text[unsure[0] : unsure[1]]) >= 2
    for run in runs:
        for first in range(len(run) - 1):
            # Whole noun compounds only: a run's tail, never "amygdala threat" of "… thresholds".
            if len(run) - first > MAX_KEY_TERM_WORDS:
                continue
            if runs_on and unsure and run[first].start() < unsure[1]:
                continue
            span = run[first].start(), run[-1].end()
            phrase = text[span[0] : span[1]]
            if vocabulary.count(phrase) >= 2 and not vocabulary.cuts_subject(text, *span):
                if target and run is runs[1]:
                    return target
                return _whole_subject(run, subject, span[1]) or span
    words = [
        (run, index)
        for run in runs
        for index, word in enumerate(run)
        if len(word.group()) >= MIN_KEY_TERM_CHARS and not NOT_A_TERM.search(word.group())
    ]
    if unsure:
        # No word of a subject that may run on ("Seafloor currents shape"): the last resort's.
        words = [(run, index) for run, index in words if run[index].start() >= unsure[1]]
    for run, index in words:
        word = run[index]
        if vocabulary.count(word.group()) >= 2 and not vocabulary.cuts_subject(text, *word.span()):
            if target and run is runs[1]:
                return target
            return _whole_subject(run, subject, word.end()) or _in_term(
                runs, run, index, vocabulary, text
            )
    # The longest, the first of equals (as `max` takes it), that is not the subject.
    longest = sorted(words, key=lambda item: len(item[0][item[1]].group()), reverse=True)
    for run, index in longest:
        if not vocabulary.cuts_subject(text, *run[index].span()):
            if target and run is runs[1]:
                return target
            return _whole_subject(run, subject, run[index].end()) or _in_term(
                runs, run, index, vocabulary, text
            )
    return None


def _object(
    text: str,
    runs: list[list[re.Match[str]]],
    subject: list[re.Match[str]] | None,
    vocabulary: Vocabulary,
) -> tuple[int, int] | None:
    """The noun phrase the subject's verb takes right after it, no article between: hidden
    whole, as one term ("Sleep deprivation impairs {{c1::memory consolidation}}", not "memory
    {{c1::consolidation}}"; "Noise disrupts {{c1::deep sleep}}", not "{{c1::disrupts}}"). None
    where the subject may run on and that verb be its head ("Desert plants store water":
    `_unsure_subject`), after an adverb in the subject's run ("Tart cherry juice modestly
    lengthens sleep": the verb it qualifies is the point), or for a phrase too long to be one
    term, a word of it no term holds ("calories daily") or the deck's subject. A gerund is
    a noun there: "Smoking accelerates {{c1::skin ageing}}"."""
    if subject is None or len(runs) < 2 or runs[0] is not subject:
        return None
    phrase = runs[1]
    words = [word.group() for word in phrase]
    if (
        len(WORD.findall(text, subject[-1].end(), phrase[0].start())) != 1
        or len(phrase) > MAX_KEY_TERM_WORDS
        or any(function_word(word.group()) for word in subject)
        or any(not w.isalpha() or (NOT_A_TERM.search(w) and w[-3:] != "ing") for w in words)
        or _unsure_subject(text, subject)
    ):
        return None
    span = phrase[0].start(), phrase[-1].end()
    return None if vocabulary.cuts_subject(text, *span) else span


def _in_term(
    runs: list[list[re.Match[str]]],
    run: list[re.Match[str]],
    index: int,
    vocabulary: Vocabulary,
    text: str,
) -> tuple[int, int]:
    """`_with_noun`, or the whole noun compound the word is part of after the opening run (that
    holds the subject and its verb: "The course consists of")."""
    whole = _noun_compound(run, index, text) if run is not runs[0] else None
    if whole and not vocabulary.cuts_subject(text, *whole):
        return whole
    return _with_noun(run, index, vocabulary, text)


def _first_clause_runs(
    text: str, after: int = 0
) -> tuple[list[list[re.Match[str]]], list[re.Match[str]] | None]:
    """`_runs` of `text`'s first clause, from `after` on."""
    clause = _CLAUSE_END.search(text)
    return _runs(list(WORD.finditer(text, after, clause.start() if clause else len(text))))


def _whole_subject(
    run: list[re.Match[str]], subject: list[re.Match[str]] | None, end: int
) -> tuple[int, int] | None:
    """The whole of the sentence's subject when the words chosen end at one of its words:
    "Long-term {{c1::potentiation}} strengthens …", "The light {{c1::reactions}} make …",
    "{{c1::Migratory}} birds navigate …" and "Weekend {{c1::recovery}} sleep repays …" hid
    half a term. None for another run, a subject too long to be one term, or a word before a
    preposition in it ("{{c1::Containers}} inside Pods talk": "Pods" is read as the verb)."""
    if run is not subject or not 2 <= len(run) <= MAX_KEY_TERM_WORDS:
        return None
    phrase = not any(word.group().lower() in PREPOSITION_WORDS for word in run)
    if end != run[-1].end() and not (phrase and any(end == word.end() for word in run)):
        return None
    return run[0].start(), run[-1].end()


# Prepositions that may be nouns or adjectives ("the inside", "an outside chance"): before an
# article or a possessive, a preposition, which ends a run: "Viruses can only replicate inside
# a host cell" has no term "replicate inside".
_PLACING = frozenset(
    "inside outside beyond along behind beside toward towards against among amongst upon onto"
    " beneath underneath below above near throughout alongside via despite".split()
)


# What follows a preposition, not a noun or an adjective: an article, a possessive.
_PLACED = lazy(r"\s+(?:a|an|the|its|their|his|her|this|these|those|each|every)\b", re.IGNORECASE)


def _placing(text: str, word: re.Match[str]) -> bool:
    """Whether `word` is a `_PLACING` preposition: before an article or a possessive."""
    return word.group().lower() in _PLACING and bool(_PLACED.match(text, word.end()))


def _runs(
    words: list[re.Match[str]],
) -> tuple[list[list[re.Match[str]]], list[re.Match[str]] | None]:
    """Maximal runs of content words, and the sentence's subject among them: the opening run
    stops before its verb ("Oxytocin modulates …" → "Oxytocin"), read as the first later word
    ending in a verb's -s, unless a plural's verb follows it ("The light reactions make …")."""
    runs: list[list[re.Match[str]]] = [[]]
    for word in words:
        if word.group().lower() in NOT_TERM or _placing(word.string, word):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(word)
    runs = [run for run in runs if run]
    if not runs or any(w.group().lower() not in DETERMINERS for w in words[: _at(words, runs)]):
        return runs, None
    opening = runs[0]
    for index in range(0 if len(opening) > 1 else 1, len(opening)):
        at = words.index(opening[index])
        following = [word.group() for word in words[at + 1 : at + 3]] + ["", ""]
        after, beyond = following[:2]
        # "reactions make", "cells carry", "impulses travel fast": the subject ends here; a
        # subject of one word too, its verb in the run ("Plants release oxygen").
        if after.lower() in VERBS or (
            looks_like_verb(opening[index].group(), after)
            and _plural_verb(words[at - 1].group() if at else "", after, beyond, not index)
        ):
            runs[0:1] = [run for run in (opening[: index + 1], opening[index + 2 :]) if run]
            return runs, runs[0]
        if index and (
            looks_like_verb(opening[index].group(), after)
            or (after.lower() in _JOINS and _verb_pair(words, at))
        ):
            runs[0:1] = [run for run in (opening[:index], opening[index + 1 :]) if run]
            return runs, runs[0]
    return runs, None


_JOINS = ("or", "and")


def _verb_pair(words: list[re.Match[str]], at: int) -> bool:
    """Whether `words[at]` is the first of two verbs joined by "or" or "and" that an article
    or an owner follows: "One stop doubles or halves the light" (subject "One stop"), not
    "Oil prices and interest rates"."""
    pair = [word.group() for word in words[at : at + 4]]
    return (
        len(pair) == 4
        and s_form(pair[0])
        and s_form(pair[2])
        and pair[2].islower()
        and pair[3].lower() in AFTER_VERBS
    )


# Verbs an adjective follows: "Coffee tastes bitter", no plural's verb after it.
_LINKING_VERBS = frozenset("taste smell look feel seem sound become remain stay turn".split())


# Verbs of the effect a takeaway states, whose -s form is seldom a plural noun: "Sleep
# deprivation impairs memory consolidation" has no subject "Sleep deprivation impairs". Not
# "supports", "blocks", "feeds", "causes", "drops": "Roof supports", "Eye drops".
_EFFECT_VERBS = frozenset(
    (
        "improve impair enhance boost disrupt promote prevent protect restore relieve worsen"
        " stimulate suppress inhibit regulate activate strengthen weaken lengthen shorten"
        " constrict dilate deplete elevate hinder accelerate affect alter slow harm ease"
    ).split()
)


def _unsure_subject(text: str, subject: list[re.Match[str]]) -> tuple[int, int, int] | None:
    """Where the -s word read as the verb after `subject` may be its plural head, and the bare
    word after it the verb: "Desert plants store water" reads as "Caffeine blocks adenosine".
    The span of the subject with that word, and where the word after it ends. Not after a
    preposition: "Containers inside Pods talk" keeps its head, "Containers", whole."""
    if any(word.group().lower() in PREPOSITION_WORDS for word in subject):
        return None
    verb = WORD.match(text, subject[-1].end() + 1)
    after = verb and WORD.match(text, verb.end() + 1)
    if not (verb and after and looks_like_verb(verb.group(), after.group())):
        return None
    # A verb a list names is one: "Insulin lowers blood sugar", "Coffee tastes bitter".
    stem = verb.group().lower()[:-1]
    if stem in VERBS or stem[:-1] in VERBS or stem in _LINKING_VERBS or stem in _EFFECT_VERBS:
        return None
    if not bare_verb(subject[-1].group(), after.group()):
        return None
    return subject[0].start(), verb.end(), after.end()


def _plural_verb(before: str, word: str, following: str, opens: bool = False) -> bool:
    """Whether `word`, after a plural that `before` does not make a verb ("modestly
    lengthens"), is that plural's verb: a bare word, no noun's or adjective's form, that an
    article, a particle or an adverb follows ("impulses travel fast", "cells patrol the"), or
    a preposition after an adjective's plural ("Migratory birds navigate by"), or any word
    after a plural that `opens` the sentence's subject: no verb itself, it is the subject
    ("AFCIs detect arcing", "Genes determine traits"). Not "lowers blood sugar", "tastes bitter
    and sour", "blocks adenosine in", "yields pyruvate in": a noun or an adjective there is the
    verb's object."""
    if not bare_verb(before, word):
        return False
    following = following.lower()
    return (
        opens
        or following in AFTER_VERBS
        or (following in PREPOSITION_WORDS and bool(_MODIFIER.search(before)))
        or (following.endswith("ly") and following not in NOT_TERM)
    )


def _at(words: list[re.Match[str]], runs: list[list[re.Match[str]]]) -> int:
    """Where the first run starts among `words`."""
    return next(index for index, word in enumerate(words) if word is runs[0][0])


# Endings of adjectives that describe, not classify: "sandy", "different", "important".
_PLAIN_ADJECTIVES = ("y", "ent", "ant")


_PLAIN_ADJECTIVE_WORDS = frozenset(
    "whole entire same new old main full regular usual normal single".split()
)


# What opens a noun phrase: an article, a determiner, an owner, a preposition but "to".
_BEFORE_COMPOUNDS = (DETERMINERS | OWNERS | PREPOSITION_WORDS) - {"to"}


def _noun_compound(run: list[re.Match[str]], index: int, text: str) -> tuple[int, int] | None:
    """The word `run[index]` with the noun it forms a term with, in a noun phrase after an
    article or a preposition: the word before it ("in carbon {{c1::dioxide}}", "through
    oxidative …"), or a singular after it ("the {{c1::activation}} energy"). None for a word
    that may be a verb, a participle, an adverb or a plain adjective ("sandy", "different"):
    "the extractor yields", "a regular schedule"."""
    before = text[: run[0].start()].split()[-1:]
    if not before or before[0].lower() not in _BEFORE_COMPOUNDS:
        return None  # "Desert plants store water": after the verb; "to recognise pathogens"
    if not _modifier(run[index].group(), head=True):
        return None  # "an adult's plate", "the HTTPS_PROXY variable", "error 0x80070005"
    if index == len(run) - 1 and index > 0 and _modifier(run[index - 1].group()):
        return run[index - 1].start(), run[index].end()
    head = run[-1].group()
    if index == len(run) - 2 and _modifier(head, head=True) and not head.endswith("s"):
        return run[index].start(), run[-1].end()
    return None


def _modifier(word: str, head: bool = False) -> bool:
    """Whether `word` can be a noun in a compound, or before its head a classifying adjective
    ("oxidative"), no plain one."""
    lower = word.lower()
    return (
        word.isalpha()
        and lower not in VERBS
        and lower not in PREPOSITION_WORDS
        and not NOT_A_TERM.search(lower)
        and not looks_like_verb(lower, "")
        and (head or not (lower.endswith(_PLAIN_ADJECTIVES) or lower in _PLAIN_ADJECTIVE_WORDS))
    )


def _with_noun(
    run: list[re.Match[str]], index: int, vocabulary: Vocabulary, text: str
) -> tuple[int, int]:
    """A word, with the noun after it when it reads as an adjective ("circadian rhythm"), unless
    that noun begins the subject ("fat-soluble {{c1::vitamin}} D")."""
    word = run[index]
    if _ADJECTIVE.search(word.group()) and index + 1 < len(run):
        end = run[index + 1].end()
        if not vocabulary.cuts_subject(text, word.start(), end):
            return word.start(), end
    return word.start(), word.end()
