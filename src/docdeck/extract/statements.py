"""What a sentence states besides a figure, and the term it turns on: a definition, a contrast,
a class, a namesake, a superlative, a law, what a thing is made of or used to treat, the
direction of an effect, an instruction's object.

Imports `patterns`, `extract.text`, `extract.words` and `extract.quantities`.
"""

from __future__ import annotations

import re
from itertools import islice

from docdeck.extract.quantities import (
    BARE_FIGURE,
    CLAUSE_WORDS,
    DESCRIBING,
    DETERMINERS,
    DIGIT,
    DOCUMENT_PART,
    MAX_SUBJECT_WORDS,
    NOT_A_VERB,
    NOT_COUNTED,
    RANGE_NUMBER,
    VERBS,
    figure_in_name,
    finite_verb,
    frame_end,
    kind_start,
)
from docdeck.extract.text import GENERIC_SUBJECTS, PLACES, names_a_kind
from docdeck.extract.words import (
    APOSTROPHE,
    ARTICLES,
    CHANGE,
    DASHES,
    NOT_TERM,
    PREPOSITIONS,
    STOP,
    WORD,
    Vocabulary,
    core_phrase,
    looks_like_verb,
)
from docdeck.patterns import lazy

# "not X — it is Y": Y is the point.
_NOT_DASH = lazy(
    rf"(?:\bnot|\bnever|\bno\s+longer|n['{APOSTROPHE}]t)\b[^{DASHES};:.]*?\s[{DASHES};]\s+"
    rf"(?:it|they|this|that|he|she|the\s+\w+)\s+(?:\w+\s+){{0,1}}(?P<pos>[^,;:.{DASHES}()]+)",
    re.IGNORECASE,
)


# "X does not mean Y: it means Z" (or "; it means Z"): Z is what X means. Only "it means"
# after: "does not mean you understand it: ask …", "…; they mean different things" define
# nothing.
_NOT_MEAN = lazy(
    rf"\b(?:does|do|did)(?:\s+not|n['{APOSTROPHE}]t)\s+mean\s+[^;:.]+?[;:]\s+"
    rf"it\s+(?:means|meant)\s+(?P<pos>[^,;:.{DASHES}()]+)",
    re.IGNORECASE,
)


# "X, not Y" and "X rather than Y": X is the point.
# ", not just …", ", not even …", ", not all at once": an addition, an emphasis or an idiom,
# no contrast.
_COMMA_NOT = lazy(
    rf"(?:,\s+not(?!\s+(?:just|only|even|merely|simply|all\s+at\s+once)\b)|\s+rather\s+than)"
    rf"\s+(?P<next>[\w{APOSTROPHE}'-]+)",
    re.IGNORECASE,
)


# "not X but Y" ("not only … but also" is an addition, not a contrast).
_NOT_BUT = lazy(
    rf"\bnot\s+(?!only\b|just\b)[^,;.]+?,?\s+but\s+(?!also\b)(?P<pos>[^,;:.{DASHES}()]+)",
    re.IGNORECASE,
)


# A word every contrast above needs: sentences without one are ruled out in a single scan.
# `n(?:ot|ever|o\s+longer|['’]t)|rather`, folding case, spelled to open on a set of characters
# that keeps its case: such a pattern is searched for that set, 2x faster (a letter that folds
# case opens no such search).
_NEGATION = lazy(
    rf"[nNrR](?:(?<=[nN])(?i:ot|ever|o\s+longer|['{APOSTROPHE}]t)|(?<=[rR])(?i:ather))"
)


# A definition's complement runs to the clause's end, over the commas between adjectives that
# each describe its noun ("a severe, life-threatening allergic reaction"): the one word right
# after the article, or after such a comma, and a comma, then two words that are neither a
# function word nor an adverb's participle, as those of an aside or apposition are ("a fruit,
# not a vegetable", "a city, famous for …", "a defect, usually caused by …").
_COORDINATE = (
    r"[a-z][\w-]*,\s+(?!(?:and|or|but|not|nor|yet|so|which|who|whose|that|as|like|such|than"
    r"|the|a|an|its|their|his|her|this|these|with|from|for|in|on|of|to|by|at|including)\b)"
    r"(?![a-z]+ly\s+[a-z]+(?:ed|en)\b)(?=[a-z][\w-]*,?\s+(?!(?:and|or|of|in|for|to|by|at|on|from"
    r"|with|as|that|which|who)\b)[a-z])"
)


_DEFINITION = lazy(
    rf"^(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,4}}?)\s+"
    rf"(?:is|are|refers\s+to|means|describes)\s+"
    rf"(?P<definition>(?:a|an|the)\s+(?:{_COORDINATE}){{0,2}}[^,;:.{DASHES}()]+)"
)


# "Enzymes are proteins that …", "Prokaryotes are single-celled organisms without …": a plural
# defined by a plural noun with no article (or two: "sugars and starches"), up to two modifiers
# before it; the noun ends the sentence or clause, or a relative clause, a preposition or a
# participle ("made by …") follows it. `_plural_definition` rules out the complements that are
# no noun phrase.
_PLURAL_DEFINITION = lazy(
    rf"^(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,4}}?)\s+are\s+"
    r"(?P<definition>(?P<modifiers>(?:[A-Za-z][\w-]*\s+){0,2}?)(?P<noun>[a-z][\w-]*[^\Wsiu]s)"
    r"(?:\s+(?:and|or)\s+[a-z][\w-]*[^\Wsiu]s)?"
    r"(?:\s+(?:that|which|who|whose|with|without|of|in|for|from|on|containing|consisting"
    r"|[a-z]+(?:ed|en|wn|de)\s+(?:by|in|from|for|through|into|to|at|on|as))\s"
    rf"[^,;:.{DASHES}()]+)?)(?=\s*(?:[,;:.!?()]|\s[{DASHES}]\s|$))"
)


# Words in -s that are no plural noun, and participles that make "are …" passive ("Students
# are given textbooks"); a modifier in -ing or -ed (unhyphenated) is a verb as often as not:
# "Companies are hiring engineers who …".
_NOT_PLURAL_NOUNS = frozenset(
    {
        *("always", "sometimes", "perhaps", "towards", "afterwards", "besides", "nowadays"),
        *("backwards", "forwards", "upwards", "downwards", "outdoors", "indoors", "overseas"),
        *("whereas", "was", "has", "does", "its", "his", "hers", "ours", "yours", "theirs"),
    }
)


_PARTICIPLES = frozenset(
    {
        *("given", "taken", "shown", "sent", "paid", "taught", "told", "known", "seen", "made"),
        *("found", "held", "kept", "left", "brought", "bought", "built", "chosen", "written"),
        *("done", "put", "set", "read", "sold", "lent", "spent", "won", "lost", "met", "run"),
        *("driven", "grown", "drawn", "thrown", "worn", "born", "gone", "become", "meant"),
    }
)


# The verbs of `_DEFINITION`: one is among a definition's first six words (its subject has at
# most five), which `str.split` finds faster than the pattern fails in most sentences.
_DEFINING_VERBS = frozenset({"is", "are", "refers", "means", "describes"})


# A term defined by the case it names: "Careless is when a player …", "A foul is where …", by
# what it means, a clause: "Random assignment means that every participant …", "… means each
# participant has …" (a noun phrase after "means" is `_DEFINITION`'s), or as the one of its
# kind a clause picks out: "A double-blind procedure is one in which neither …", "A unicameral
# legislature is one that …", "Sedimentary rocks are ones that …", or by the question it
# answers: "Validity is whether a study measures what it claims to measure.", "Shutter speed
# is how long the shutter stays open." (how much, many, far, often, fast, …), or as it is
# defined: "A recession is commonly defined as two consecutive quarters of falling real GDP."
# The term, one to three words, opens the sentence; looked for only where `_CASE_WORDS` are.
_CASE_DEFINITION = lazy(
    rf"(?=[A-Z])(?:An?\s+)?(?P<term>[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}?)"
    r"\s+(?:is\s+(?:when|where|whether|how\s+(?:long|much|many|far|often|fast|quickly|well"
    r"|likely|closely|accurately|consistently|strongly|bright|hot|high|big|large))"
    r"|(?:occurs|happens)\s+when"
    r"|(?P<means>means)\s+(?:that|each|every|everyone|no|nobody|neither)"
    r"|(?P<one>is\s+one|are\s+ones)\s+(?:in\s+which|where|that|which|whose|who)"
    r"|(?P<defined>(?:is|are)\s+(?:[a-z]+ly\s+)?defined\s+as))\s"
)


# What "defined as" opens that defines nothing: "… is defined as whatever makes you happy".
_NO_DEFINITIONS = frozenset("whatever what anything something how whoever".split())


# A comparison's side, no term: "A higher price means that …", "Lower rates mean …".
_MEANS_COMPARATIVE = lazy(
    r"[a-z]+ier|higher|lower|larger|smaller|greater|faster|slower|longer|shorter|bigger|cheaper"
    r"|wider|stronger|weaker|better|worse|fewer|more|less|extra"
)


# What a sentence holds where `_CASE_DEFINITION` may match: "Offside is when …", "Demand-pull
# inflation occurs when …", "A solar eclipse happens when …", "Random assignment means that …",
# "A double-blind procedure is one in which …", "Validity is whether …", "… is how long …".
_CASE_WORDS = (
    *(" is when ", " is where ", " occurs when ", " happens when ", " means ", " is whether "),
    *(" is one ", " are ones ", " defined as ", " is how "),
)


# Words that make such an opening no term: "It is when", "Now is where", "The best time is when",
# "My worry is whether", "Everything is whether".
_NO_CASE_TERM = frozenset(
    {
        *("what", "now", "today", "then", "that", "time", "moment", "place", "part", "thing"),
        *("sign", "situation", "case", "period", "day", "night", "stage", "step", "phase"),
        *("worry", "concern", "doubt", "decision", "choice", "debate", "everything", "all"),
    }
)


# "a soft inquiry and never lowers it": the definition ends where a second predicate starts.
_SECOND_PREDICATE = lazy(
    r"\s+(?:and|but)\s+(?:never|not|also|then|thus|therefore|so|still|often|always|usually|can"
    r"|cannot|could|will|would|may|might|must|should|does|do|did|has|have|had|is|are|was|were)\b"
    r".*$",
    re.IGNORECASE,
)


# "they are where aerobic fitness is built": the clause's subject is what can be asked for.
_COMPLEMENTIZER = lazy(
    r"(?:that|where|how|what|why|when|whether|because|if)\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE
)


_CLAUSE_VERB = lazy(
    r"\s+(?:is|are|was|were|has|have|had|can|will|does|do|did|gets?|becomes?|happens?)\b"
)


NOT_A_TERM = lazy(r"(?:ing|ly|ed)$", re.IGNORECASE)


MAX_KEY_TERM_WORDS = 3


# A definition of at least this many words says something even when its core is one noun
# ("a fund that buys every security in an index"): the term it defines becomes the target.
MIN_DEFINITION_WORDS = 4


# What follows a verb, never a noun that a verb before it takes: an article or a possessive
# ("plates drift a few", "cells patrol the"), a particle or an adverb ("impulses travel fast",
# "pots dry out"). Not a preposition: "Caffeine blocks adenosine in the brain".
AFTER_VERBS = frozenset(
    {
        *("a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "no", "each"),
        *("every", "up", "down", "out", "off", "away", "back", "apart", "together", "fast", "well"),
        "about",
    }
)


# Prepositions: no verb ("First paragraph wraps onto a second line").
PREPOSITION_WORDS = frozenset(
    {
        *PREPOSITIONS.split("|"),
        *("onto", "upon", "inside", "outside", "along", "around", "toward", "towards", "past"),
        *("beside", "beyond", "behind", "near", "via", "within", "without", "among", "against"),
        *("like", "below", "above", "beneath", "between", "throughout", "despite"),
    }
)


def defined_figure_span(text: str) -> tuple[int, int] | None:
    """The figure a definition's phrase holds, with the rest of its range: "Catan is a game for
    {{c1::3 to 4}} players", not the phrase's six words nor the term. Not a name's number ("a
    Boeing 747")."""
    if not (match := _defines(text)) or not DIGIT.search(text, *match.span("definition")):
        return None
    figure = BARE_FIGURE.search(text, *match.span("definition"))
    named = figure and WORD.findall(text, 0, figure.start())[-1:]
    if figure is None or (named and named[0][0].isupper()) or figure_in_name(text, *figure.span()):
        return None
    upper = RANGE_NUMBER.match(text, figure.end())
    return kind_start(text, figure.start()), upper.end() if upper else figure.end()


MAX_PRECISE_WORDS = 3


def contrast_span(text: str) -> tuple[int, int] | None:
    if not _NEGATION.search(text):
        return None
    # What each pattern needs besides the negation, looked for with `in` first: most sentences
    # lack it. (None of "but" and "rather" has a letter `lower()` folds otherwise than
    # IGNORECASE does.)
    lowered = text.lower()
    dashed = "\u2014" in text or "\u2013" in text or ";" in text
    meant = " mean" in lowered and (":" in text or ";" in text)
    for pattern, needed in (
        (_NOT_MEAN, meant),
        (_NOT_DASH, dashed),
        (_NOT_BUT, "but" in lowered),
    ):
        if needed and (match := pattern.search(text)):
            start, end = match.span("pos")
            # "not to X but to Y" contrasts actions; a verb makes a poor cloze.
            if match.group("pos").lower().startswith("to "):
                continue
            clause = _COMPLEMENTIZER.match(text, start)
            span = (
                _clause_subject(text, clause.end(), end)
                if clause
                else core_phrase(text, start, end)
            )
            if span:
                return span
    if ("," in text or "rather" in lowered) and (match := _COMMA_NOT.search(text)):
        # The one word contrasted, where nothing but punctuation follows it.
        alone = match.end() == len(text) or (
            not text[match.end()].isalnum() and text[match.end()] != " "
        )
        one = match.group("next") if alone else ""
        opens = match.group("next").lower()
        side = _SIDE_END.split(text[match.start("next") :], 1)[0].split()
        head = side[-1].lower() if side else ""
        span = _parallel(text, match) or _before(text, match.start(), one, opens, head)
        return _unshared(text, span, match.start("next")) if span else None
    return None


# What a phrase contrasted with its own head leads with: "the expectation {of} treatment
# rather than the treatment itself"; before a span (`_OF_BEFORE`) or inside it, in lower case
# (`_OF_WITHIN`).
_OF = r"\s+(?:of|for|about|in)\s+"
_OF_BEFORE = lazy(rf"{_OF}$", re.IGNORECASE)
_OF_WITHIN = lazy(_OF)


def _unshared(text: str, span: tuple[int, int], other: int) -> tuple[int, int] | None:
    """`span`, or where the side after the contrast (at `other`) opens on the same words, the
    noun phrase before the preposition that leads to them: "caused by the {{c1::expectation}}
    of treatment rather than the treatment itself" (was "of {{c1::treatment}} rather than the
    {{c1::treatment}} itself": a word the answer shows). None where no such phrase leads."""
    words = text[span[0] : span[1]].lower()
    rest = text[other:].lower()
    for article in ("the ", "a ", "an "):
        rest = rest.removeprefix(article)
    # A span that holds its lead already: "the {{c1::expectation}} of treatment", not
    # "{{c1::expectation of treatment}}" (the other side shows "treatment").
    for within in _OF_WITHIN.finditer(words):
        if _opens_on(rest, words[within.end() :]):
            return span[0], span[0] + within.start()
    if not _opens_on(rest, words):
        return span
    lead = _OF_BEFORE.search(text, 0, span[0])
    return _before(text, lead.start()) if lead else None


def _opens_on(text: str, words: str) -> bool:
    """Whether `text` opens on `words`, a whole word at its end."""
    return text.startswith(words) and not text[len(words) : len(words) + 1].isalnum()


def _clause_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of a clause ("where aerobic fitness is built" → "aerobic fitness")."""
    verb = _CLAUSE_VERB.search(text, start, end)
    if not verb or not 1 <= len(text[start : verb.start()].split()) <= MAX_KEY_TERM_WORDS + 1:
        return None
    return start, verb.start()


def _parallel(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """ "works by X, not by Y": X is the phrase after the same preposition before the comma."""
    preposition = match.group("next").lower()
    if preposition == "to" or not re.fullmatch(PREPOSITIONS, preposition):
        return None
    before = text[: match.start()]
    found = list(re.finditer(rf"\s{preposition}\s+", before, re.IGNORECASE))
    # "a taper in which volume fell, not in one step": a relative clause, not a parallel.
    if not found or re.match(r"(?:which|whom|whose|what)\b", before[found[-1].end() :], re.I):
        return None
    return core_phrase(text, found[-1].end(), match.start())


# A term's abbreviation or other name between it and its defining verb: "Gross domestic product
# (GDP) is the market value of …", "An exchange-traded fund (ETF) is a fund that …", "A stock,
# or share, is a small piece of …", "Potential difference, or voltage, is the energy …", "(also
# called …)". The definition is read as if it were not there (`_unaliased`), and a card that
# asks for the term hides it too: "{{c1::Gross domestic product (GDP)}} is …" (the sentence was
# no definition, no card). Two capitals open an abbreviation ("Mauna Loa (Hawaii)" is a place);
# a name follows "or", "also called", "also known as" or "aka". Looked for only where "(" or
# ", or " is in the first `MAX_ALIAS_CHARS`.
_ALIAS = lazy(
    rf"[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,4}}?"
    r"(?P<alias>\s\((?:[A-Z]{2}[A-Za-z0-9&.-]{0,8}|(?:or|also\s+(?:called|known\s+as)|aka)\s+"
    rf"[^()]{{1,40}})\)|,\s+or\s+[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}(?=,))"
    r",?(?P<verb>\s+(?:is|are|refers\s+to|means|describes)\s)"
)


MAX_ALIAS_CHARS = 80


def _alias(text: str) -> re.Match[str] | None:
    """The other name a term is given before its defining verb (`_ALIAS`), if any."""
    head = text[:MAX_ALIAS_CHARS]
    if "(" not in head and ", or " not in head:  # most sentences
        return None
    return _ALIAS.match(text)


def _unaliased(text: str) -> str:
    """`text` with its term's other name (`_alias`) blanked out, each of its characters a space:
    the offsets of what follows stay those of `text`."""
    if not (alias := _alias(text)):
        return text
    start, end = alias.start("alias"), alias.start("verb")
    return text[:start] + " " * (end - start) + text[end:]


def _defines(text: str) -> re.Match[str] | None:
    """`_DEFINITION`'s match, or `_PLURAL_DEFINITION`'s, looked for only where a defining verb
    is among the first words; a term's other name after it is passed over (`_unaliased`)."""
    text = _unaliased(text)
    words = text.split(None, 6)[1:6]
    if _DEFINING_VERBS.isdisjoint(words):
        return None
    if not (match := _DEFINITION.match(text)):
        if "is" in words:
            match = _bare_definition(text)
        elif "are" in words:
            match = _plural_definition(text)
    return match if match and _one_subject(match) else None


def _one_subject(match: re.Match[str]) -> bool:
    """Whether a definition's subject is one noun phrase, not an instruction and its clause
    ("Stop moving if you are near cornices", "Call a doctor if it is a serious burn")."""
    words = match.group("subject").lower().split()
    return words[-1] not in _PRONOUN_SUBJECTS and _CLAUSE_OPENERS.isdisjoint(words)


def is_plural_definition(text: str) -> bool:
    """Whether `text` defines a plural with no article ("Enzymes are proteins that …")."""
    return " are " in text and _plural_definition(text) is not None


# "Plantar fasciitis is inflammation of the …", "Photosynthesis is conversion of light into …":
# a term defined by a noun with no article, of a kind that names a process or condition, and
# what it is of, in or to (or a relative clause). Not "Time is money.", "Exercise is key to …",
# "Inflation is rising in …": no such noun.
_BARE_DEFINITION = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,4}}?)\s+is\s+"
    r"(?P<definition>[a-z][\w-]*\s+(?:of|in|into|to|from|along|across|around|between|within"
    rf"|on|that|which|caused\s+by)\s[^,;:.{DASHES}()]+)"
)


_BARE_NOUN_ENDS = (
    *("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ancy", "ency", "ism", "osis"),
    *("itis", "emia", "aemia", "algia", "phobia", "ture", "sure", "age"),
)


_BARE_NOUNS = frozenset(
    "loss lack pain fear growth decay decline rise removal death excess buildup breakdown".split()
)


# Adjectives with such an ending ("is sure of"), and verbs whose "-ing … of" is a
# progressive ("is thinking of").
_NOT_BARE_NOUNS = frozenset(
    {
        *("sure", "unsure", "pure", "impure", "secure", "insecure", "mature", "immature"),
        *("premature", "obscure", "thinking", "dreaming", "speaking", "talking", "hearing"),
        *("dying", "tiring", "getting", "approving", "boasting", "complaining", "smelling"),
    }
)


# What an aphorism defines, as it sees it: "Success is persistence in the face of failure.",
# "Happiness is absence of worry."
_VIRTUES = frozenset(
    {
        *("success", "happiness", "life", "love", "leadership", "wisdom", "courage", "freedom"),
        *("failure", "friendship", "beauty", "peace", "genius", "patience", "kindness", "art"),
    }
)


# "EBS is block storage attached to one EC2 instance …": a term defined by a noun with no
# article, two words, and a participle that says what it is ("attached to", "stored in").
# Read only where `_described_noun` finds that shape.
_DESCRIBED_DEFINITION = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,4}}?)\s+is\s+"
    r"(?P<definition>[a-z][\w-]*\s+[a-z][\w-]*\s+[a-z]+ed\s+(?:to|by|in|on|for|from|with|at)"
    rf"\s[^,;:.{DASHES}()]+)"
)


def _described_noun(noun: str, head: str, following: list[str]) -> bool:
    """Whether "is NOUN HEAD PARTICIPLE …" reads as a noun described by a participle ("block
    storage attached"): two plain words, neither a function word, an adverb, a superlative
    or a participle ("is then sent", "is best served", "is heavily used")."""
    return bool(
        following
        and following[0].endswith("ed")
        and head.endswith((*_BARE_NOUN_ENDS, "ware"))  # "storage", "software"
        and not any(
            w in NOT_TERM or w in STOP or w.endswith(("ly", "est", "ed", "ing"))
            for w in (noun, head)
        )
    )


def is_bare_definition(text: str) -> bool:
    """Whether `text` defines its subject by a noun with no article ("Sciatica is pain along
    …"; `_BARE_DEFINITION`)."""
    return " is " in text and not _DEFINITION.match(text) and _bare_definition(text) is not None


def _bare_definition(text: str) -> re.Match[str] | None:
    """`_BARE_DEFINITION`'s match, looked for only where the word after "is" is such a noun
    (or one in "-ing" before "of": "hardening of the arteries"), or `_DESCRIBED_DEFINITION`'s
    where two such words and a participle are ("block storage attached to"); not a generic
    subject's ("The goal is reduction of …") nor a pronoun's."""
    words = text.split(None, 9)  # the word after "is" at index 5 and the three after it
    if "is" not in words[1:6]:
        return None
    at = words.index("is", 1)
    noun, after = (words[at + 1], words[at + 2]) if len(words) > at + 2 else ("", "")
    if noun in _NOT_BARE_NOUNS or not (
        noun in _BARE_NOUNS
        or noun.endswith(_BARE_NOUN_ENDS)
        or (noun.endswith("ing") and after == "of")
        or _described_noun(noun, after, words[at + 3 : at + 4])
    ):
        return None
    if not (match := _BARE_DEFINITION.match(text) or _DESCRIBED_DEFINITION.match(text)):
        return None
    subject = match.group("subject").lower().split()
    opening = subject[1] if subject[0] in ARTICLES and len(subject) > 1 else subject[0]
    if (
        opening in NOT_TERM
        or opening in _PRONOUN_SUBJECTS
        or not GENERIC_SUBJECTS.isdisjoint(subject)
        or opening in _VIRTUES
    ):
        return None
    # "Management is commitment to the people on your team": advice to the reader.
    definition = match.group("definition").lower()
    return None if " you" in definition or " our " in definition else match


def defines_condition(text: str) -> bool:
    """Whether `text` defines its subject by a process or condition and what it is of, an
    article before it or not ("Gingivitis is inflammation of the gums.", "Dehydration is a loss
    of body water."; `_bare_definition`): a term and its definition as short as a sentence. Not
    "Success is a state of mind.", "Education is investment in the future.": no such noun, or
    nothing it is of."""
    if " of " not in text or " is " not in text:
        return False
    for article in ("a", "an", "the"):
        text = text.replace(f" is {article} ", " is ", 1)
    match = _bare_definition(text)
    return match is not None and match.group("definition").split()[1] == "of"


# "Bats are mammals, not birds.", "Ichthyosaurs were marine reptiles, not dinosaurs.": a
# subject classed by a contrast, the whole sentence; each side one to three words, an article
# before it or not ("Vaccines are prevention, not cure.": `_process_noun`).
_CONTRAST_DEFINITION = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,4}}?)\s+"
    r"(?:is|are|was|were)\s+(?P<what>(?P<article>an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),"
    r"\s+not\s+(?P<other>(?P<other_article>an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})[.!]?"
)


_PLURAL = lazy(r"[a-z][\w-]*[^\Wsiu]s")


def defines_by_contrast(text: str) -> bool:
    """Whether `text` is only a subject classed by what it is and is not ("Bats are mammals,
    not birds."): a noun on one side at least, an article's or a plural's; not "Life is good,
    not bad.", "The answer is yes, not no.", "They were friends, not rivals." """
    if ", not " not in text or not (match := _CONTRAST_DEFINITION.fullmatch(text)):
        return False
    words = match.group("subject").lower().split()
    opening = words[1] if words[0] in ARTICLES and len(words) > 1 else words[0]
    if opening in NOT_TERM or opening in _PRONOUN_SUBJECTS:
        return False
    if opening in PLACES or opening == "others" or not GENERIC_SUBJECTS.isdisjoint(words):
        return False  # "The first was …", "Others were …", "The answer is …": named before
    if NOT_A_TERM.search(match.group("what")):
        return False
    what, other = match.group("what").split()[-1], match.group("other").split()[-1]
    return bool(
        match.group("article")
        or match.group("other_article")
        or _PLURAL.fullmatch(what)
        or _PLURAL.fullmatch(other)
        or _process_noun(what, words)
    )


def _process_noun(what: str, subject: list[str]) -> bool:
    """Whether a contrast's side with no article names a process or condition of a plural
    subject ("Vaccines are prevention, not cure."): a noun in "-tion", "-ment", …
    (`_BARE_NOUN_ENDS`); not an aphorism's ("Success is persistence, not luck.": `_VIRTUES`)."""
    return (
        what.endswith(_BARE_NOUN_ENDS)
        and what not in _NOT_BARE_NOUNS
        and _PLURAL.fullmatch(subject[-1]) is not None
        and subject[0] not in _VIRTUES
    )


def _plural_definition(text: str) -> re.Match[str] | None:
    """`_PLURAL_DEFINITION`'s match where its complement is a noun phrase: not "Results are
    shown in tables", "Cats are often lazy pets", "Most students are …"."""
    if not (match := _PLURAL_DEFINITION.match(text)):
        return None
    if (opening := match.group("subject").split()[0].lower()) in NOT_TERM:
        return None
    if opening in _PRONOUN_SUBJECTS:
        return None
    if match.group("noun") in _NOT_PLURAL_NOUNS:
        return None
    modifiers = match.group("modifiers").split()
    for word in modifiers:
        if (word := word.lower()) in NOT_TERM or word in _PARTICIPLES or word.endswith("ly"):
            return None
    first = (modifiers or [match.group("noun")])[0]
    if first.endswith("ing") or (first.endswith("ed") and "-" not in first):
        return None
    return match


def defined_subject(text: str) -> str | None:
    """The subject a sentence defines, as written ("fastcsv", "The Nile" in "The Nile is the
    longest river in Africa."); None for any other sentence, or a pronoun's ("This is a …")."""
    # A name written in lower case ("fastcsv is a CSV parser") defines as a capitalised one does.
    if not (match := _defines(text[:1].upper() + text[1:])):
        return None
    subject = text[: match.end("subject")]
    words = subject.split()
    if words[0].lower() in _NOT_SUBJECTS:
        return None
    # A name ("The Nile", "fastcsv", "Inflation"), not a role a later sentence's "It" may not
    # be ("The main blocker is the sync library. It corrupts …": the library does).
    named = words[1:] if words[0].lower() in ARTICLES else words
    return subject if named and (named[0][:1].isupper() or len(words) == 1) else None


# A subject with what it is of, too long for `_DEFINITION`'s five words: "The order of a finite
# group is the number of its elements." Read only after a "Definition N." label.
_OF_SUBJECT = lazy(
    rf"(?:The|An?)\s+(?P<head>[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}?)\s+of\s+"
    rf"[^,;:.{DASHES}()]+?\s+(?:is|are|refers\s+to|means|describes)\s+(?:a|an|the)\s"
)


# Heads that gather what their "of" phrase names, no term: "The set of all cosets is the
# quotient group", "The number of its elements is the order".
_COLLECTIONS = frozenset("set collection class family number sequence list sum product".split())


def defined_term(text: str) -> str | None:
    """The term a labelled definition's sentence defines: its subject's head noun phrase, with
    no article and no "of" phrase ("order" in "The order of a finite group is the number of its
    elements.", "normal subgroup" in "A normal subgroup is a subgroup …"). None for a sentence
    that defines no article's subject ("G is …", "A group is abelian if …"), or one whose term
    does not stand out (a generic noun, "and", "or", more than three words, a collection "of"
    what it gathers)."""
    if match := _defines(text):
        words = match.group("subject").split()
        if words[0] not in ("The", "A", "An"):
            return None
        of = "of" in words
        words = words[1 : words.index("of") if of else None]
    elif " of " in text and (found := _OF_SUBJECT.match(text)):
        words, of = found.group("head").split(), True
    else:
        return None
    if of and words[-1:] and words[-1].lower() in _COLLECTIONS:
        return None  # "The set of all cosets is the quotient group": the term is after "is"
    if not 1 <= len(words) <= 3 or any(
        word.lower() in GENERIC_SUBJECTS or word.lower() in ("and", "or") for word in words
    ):
        return None
    return " ".join(words)


def definition_span(text: str, vocabulary: Vocabulary | None = None) -> tuple[int, int] | None:
    if any(words in text for words in _CASE_WORDS) and (case := _case_definition(text)):
        # Not the deck's own subject ("Offside is when …" in "Offside"): every card is about it.
        return None if vocabulary and vocabulary.names_subject(text[slice(*case)]) else case
    match = _defines(text)
    if not match:
        return _listed_class(text) or _past_definition(text) or _placed_rank(text)
    if match.group("subject").split()[0].lower() in STOP | {"this", "these"}:
        return None
    start, end = match.span("definition")
    end = start + len(_SECOND_PREDICATE.sub("", text[start:end]))
    span = core_phrase(text, start, end)
    words = len(text[span[0] : span[1]].split()) if span else 0
    # Counted before: a long definition cut short is still one to ask the term of.
    if span and text.startswith(", ", end) and _list_goes_on(text, end):
        span = _before_list(text, *span)
    term = _subject(text, *match.span("subject"))
    if term and (alias := _alias(text)) and alias.start("alias") == term[1]:
        term = term[0], alias.end("alias")  # its other name gives it away
    named = bool(term and vocabulary and vocabulary.names_subject(text[slice(*term)]))
    # A rank picks one thing out of its kind: that thing is the answer, the rank a given.
    # "{{c1::Regular insulin}} is the only insulin that can be given intravenously", "{{c1::Fine
    # mesh netting}} is the most reliable protection" (was "the {{c1::most reliable
    # protection}}", which many things are). Not the deck's own subject (below).
    rank = _RANK.match(text, start) if term and not named else None
    if rank and rank.group("rank") not in NOT_SUPERLATIVE:
        return term
    # "X is the mechanism": one generic noun defines nothing.
    if 2 <= words <= MAX_PRECISE_WORDS:
        return span
    # A longer definition, or one noun and a relative clause: ask for the term. "Cadence is the
    # number of steps you take per minute" hid seven words to reproduce; "The DASH diet is an
    # eating plan rich in fruit, vegetables, …" hid a list cut at its first comma. Not the
    # deck's own subject ("A taper is …" in "How to Taper"): every card is about that.
    long_enough = len(text[start:end].split()) >= MIN_DEFINITION_WORDS
    if term and long_enough and not (words >= 2 and named):
        return term
    if named and (rank := _RANK.match(text, start)) and rank.group("rank") not in NOT_SUPERLATIVE:
        # The deck's subject defined by a rank: the rank is the point, the whole predicate too
        # much to recall ("The passé composé is the {{c1::most common}} past tense in …").
        return rank.span("rank")
    return span if words >= 2 else None


# The things of a list after its first, to the sentence's end: ", the oceans, the land and
# living things.", each a few words.
_LIST_GOES_ON = lazy(
    r",\s+(?:[\w'-]+\s+){0,3}[\w'-]+(?:,\s+(?:[\w'-]+\s+){0,3}[\w'-]+)*,?"
    r"\s+(?:and|or)\s+(?:[\w'-]+\s+){0,3}[\w'-]+[.!?]?$"
)


def _list_goes_on(text: str, at: int) -> bool:
    """Whether a definition cut at the comma at `at` was cut inside a list (`_LIST_GOES_ON`):
    not a figure's, nor a clause after it ("…, which …")."""
    tail = text[at:]
    if DIGIT.search(tail) or not _LIST_GOES_ON.match(tail):
        return False
    return tail[2:].split(None, 1)[0].lower() not in _NOT_LISTED


# Words that open an aside or a clause after a comma, not the next thing of a list: "…, such as
# forests and grasslands", "…, which …".
_NOT_LISTED = frozenset(
    "which who whom whose where when while but so yet not as such including especially".split()
)


def _before_list(text: str, start: int, end: int) -> tuple[int, int]:
    """A definition's phrase without the preposition whose list it cut: "the {{c1::movement of
    carbon}} between the atmosphere, the oceans, the land and living things", not "the
    {{c1::movement of carbon between the atmosphere}}, the oceans, …" (half a list). The
    phrase as it was when no preposition leaves two words before it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for at in range(len(words) - 1, 1, -1):
        if words[at].group().lower() in PREPOSITION_WORDS:
            return start, start + words[at - 1].end()
    return start, end


# A name defined in the past tense, a date in brackets after it or not: "The Directory
# (1795–1799) was a five-man executive that …", "The Luddites were a group of …". Each word of
# the name capitalised, "of" and "the" between; "The meeting was a disaster" names nothing.
_PAST_DEFINITION = lazy(
    rf"(?:The\s+)?[A-Z][\w{APOSTROPHE}'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w{APOSTROPHE}'-]*){{0,3}}"
    r"(?:\s+\([^()]{1,30}\))?\s+(?:was|were)\s+"
    rf"(?P<definition>(?:a|an|the)\s+(?:{_COORDINATE}){{0,2}}[^,;:.{DASHES}()]+)"
)


# A name placed by where it stands, then ranked among its kind: "The Three Gorges Dam on the
# Yangtze is the largest hydroelectric power station in the world", too long a subject for
# `_DEFINITION`. Each side a capitalised name of up to four words; the name ranked the target.
_PLACED_RANK = lazy(
    rf"(?:The\s+)?(?P<name>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[A-Z][\w{APOSTROPHE}'-]*){{0,3}})"
    rf"\s+(?:on|in|at|near)\s+(?:the\s+)?[A-Z][\w{APOSTROPHE}'-]*(?:\s+[A-Z][\w{APOSTROPHE}'-]*){{0,3}}"
    r"\s+(?:is|was)\s+the\s+(?:most\s+[a-z][\w-]*|(?P<est>[a-z]{2,}est))\s+[a-z]"
)


def _placed_rank(text: str) -> tuple[int, int] | None:
    """The name `_PLACED_RANK` ranks; None for a word that ranks nothing ("interest"), or in
    a sentence with a figure, which is its point ("… was the longest suspension bridge in the
    world until {{c1::1964}}")."""
    if not (" is the " in text or " was the " in text) or DIGIT.search(text):
        return None
    if not (found := _PLACED_RANK.match(text)):
        return None
    if (word := found.group("est")) and word in NOT_SUPERLATIVE:
        return None
    return found.span("name")


def _past_definition(text: str) -> tuple[int, int] | None:
    """The core of the definition a name is given in the past tense (`_PAST_DEFINITION`), two
    or three words, none that praises; None for a pronoun's subject ("It was a …")."""
    if " was " not in text and " were " not in text:
        return None  # most sentences
    if not (match := _PAST_DEFINITION.match(text)):
        return None
    if text.split(None, 1)[0].lower() in _NOT_SUBJECTS:
        return None
    start, end = match.span("definition")
    end = start + len(_SECOND_PREDICATE.sub("", text[start:end]))
    if not (span := core_phrase(text, start, end)):
        return None
    words = text[span[0] : span[1]].lower().split()
    if not 2 <= len(words) <= MAX_PRECISE_WORDS or not _PRAISE.isdisjoint(words):
        return None
    return span


# A list of names classed together, too long a subject for `_DEFINITION`: "Heparin, insulin,
# potassium chloride and opioids are high-alert medications." Two items at least before "and"
# or "or", each of up to three words.
_LISTED = lazy(
    rf"[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}"
    rf"(?:,\s+[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}){{1,8}},?\s+(?:and|or)\s+"
    rf"[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}?(?=\s+are\s)"
)


# What a list's subject stands for in the definition `_listed_class` reads.
_LIST_STAND_IN = "Items"


# Words of praise: a thing so classed is liked, not defined ("Apples, pears and plums are
# delicious fruits", "Napoleon was a brilliant general").
_PRAISE = frozenset(
    "beautiful delicious wonderful great good nice lovely amazing awesome excellent favourite"
    " favorite perfect fantastic terrible awful bad horrible ugly boring fun popular brilliant"
    " remarkable outstanding superb talented gifted".split()
)


def _listed_class(text: str) -> tuple[int, int] | None:
    """The class a list of names is defined as (`_LISTED`): "{{c1::high-alert medications}}", the
    definition's core of two or three words; None for a list of pronouns, the author's own or a
    transition's ("However, …"), or a class that praises."""
    if not text.split(None, 1)[0].endswith(",") or " are " not in text:
        return None  # most sentences
    if not (listed := _LISTED.match(text)):
        return None
    items = re.split(r",\s+|\s+(?:and|or)\s+", listed.group())
    if any(
        (first := item.split()[0].lower()) in STOP or first in NOT_TERM or first in _WRITERS
        for item in items
    ):
        return None
    rest = _LIST_STAND_IN + text[listed.end() :]
    if not (match := _DEFINITION.match(rest) or _plural_definition(rest)):
        return None
    start, end = match.span("definition")
    end = start + len(_SECOND_PREDICATE.sub("", rest[start:end]))
    if not (span := core_phrase(rest, start, end)):
        return None
    words = rest[span[0] : span[1]].lower().split()
    if not 2 <= len(words) <= MAX_PRECISE_WORDS or not _PRAISE.isdisjoint(words):
        return None
    shift = listed.end() - len(_LIST_STAND_IN)
    return span[0] + shift, span[1] + shift


# What a thing is named after, the answer: "The Calvin cycle is named after {{c1::Melvin Calvin}},
# who …", "Mars was named for the {{c1::Roman god of war}}", "Bluetooth takes its name from
# {{c1::Harald Bluetooth}}". Up to a clause's end; an initial's or "St." full stop is no end.
_NAMED_AFTER = lazy(
    r"\b(?:(?:is|are|was|were|been)\s+(?:\w+ly\s+)?named\s+(?:after|for|in\s+honou?r\s+of)"
    r"|(?:takes?|took|taken|taking)\s+(?:its|their|his|her)\s+name\s+from)"
    r"\s+(?P<namesake>(?:[^,;:.!?()\u2013\u2014]|(?<=\b[A-Z])\.|(?<=\bSt)\.)+)"
)


# Words a name runs on over ("Vasco da Gama", "Marie and Pierre Curie"), never the end of it.
_NAME_LINKS = frozenset(
    {"of", "the", "and", "da", "de", "del", "der", "di", "van", "von", "la", "le"}
)


_PRONOUNS = frozenset({"him", "her", "them", "it", "me", "us", "you"})


def namesake_span(text: str) -> tuple[int, int] | None:
    """Whom or what a sentence says its subject is named after (`_NAMED_AFTER`): a name's
    capitalised words ("Melvin Calvin in 1961" → "Melvin Calvin"), else the phrase's core
    (`core_phrase`); None for a pronoun ("named after him" asks whom "him" is)."""
    if " name" not in text:  # most text
        return None
    if not (match := _NAMED_AFTER.search(text)):
        return None
    start, end = match.span("namesake")
    words = list(WORD.finditer(text, start, end))
    if not words or words[0].group().lower() in _PRONOUNS:
        return None
    if not words[0].group()[0].isupper():
        return core_phrase(text, start, end)
    last = words[0]
    for word in words[1:]:
        if word.group()[0].isupper():
            last = word
        elif word.group() not in _NAME_LINKS:
            break
    return start, last.end()


# The unit a quantity is measured in, when that is what the sentence says of it: "Electric
# current is measured in {{c1::amperes (A)}}", "Blood pressure is measured in {{c1::millimetres
# of mercury (mmHg)}}", "Angles are measured in {{c1::degrees or radians}}"; a symbol in brackets
# is part of the unit. Up to a clause's end: ", and one ampere is …", ", such as f/2.8". Not a
# time or place ("measured in the morning", "in a lab"), nor what should be done ("should be
# measured in …").
_MEASURED_IN = lazy(
    rf"^(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,5}}?)\s+(?:is|are)\s+"
    r"(?:(?:usually|normally|commonly|typically|generally|always)\s+)?measured\s+in\s+"
    r"(?P<unit>(?!(?:the|a|an|this|that|each|every|its|their|your|our)\b)[a-zµΩ°]"
    r"[^,;:.!?()–—]*?(?:\s\([^\s()]{1,8}\))?)"
    r"(?=\s*(?:[,;:!?–—]|\.(?:\s|$)|$|\s(?:by|using|with|at|on|for|from|because|when)\b))"
)
MAX_UNIT_WORDS = 5  # "millimetres of mercury (mmHg)", "hours, minutes and seconds"


# The scale a quantity is measured on, as a unit it is measured in: "Earthquakes are measured
# on the {{c1::moment magnitude scale}}", "Hardness is measured on the {{c1::Mohs scale}}", "…
# on the {{c1::Volcanic Explosivity Index (VEI)}}". Its name ends on "scale" or "index"; not a
# thing it is measured on ("measured on the upper arm", "on a weekly basis"), nor a set of
# scales that weighs ("measured on the bathroom scale").
_MEASURED_ON = lazy(
    rf"^(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,5}}?)\s+(?:is|are)\s+"
    r"(?:(?:usually|normally|commonly|typically|generally|always)\s+)?measured\s+on\s+"
    r"(?:the\s+|a\s+)?(?P<unit>(?!(?:the|a|an|this|that|each|every|its|their|your|our"
    r"|same|bathroom|kitchen|weighing|digital)\b)"
    rf"[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,3}}?\s+(?i:scale|index)"
    r"(?:\s\([^\s()]{1,8}\))?)"
    r"(?=\s*(?:[,;:!?–—]|\.(?:\s|$)|$|\s(?:by|using|with|at|on|for|from|because|when|which)\b))"
)


def unit_span(text: str) -> tuple[int, int] | None:
    """The unit a sentence says its subject is measured in (`_MEASURED_IN`), or the scale it
    is measured on (`_MEASURED_ON`), of up to MAX_UNIT_WORDS words; None for a longer phrase
    ("in degrees north or south of …")."""
    if " measured on " in text and (found := _MEASURED_ON.match(text)):
        return found.span("unit")
    if " measured in " not in text:  # most text
        return None
    if not (found := _MEASURED_IN.match(text)):
        return None
    start, end = found.span("unit")
    if len(text[start:end].split()) > MAX_UNIT_WORDS:
        return None
    return start, end


# The rank a definition opens with: "the most common", "the second largest", "the first"; a
# comma may follow it, before another adjective ("the smallest, atomic unit of …").
_RANK = lazy(
    r"(?:the|an?)\s+(?P<rank>(?:(?:second|third)\s+)?(?:(?:most|least)\s+[a-z][\w-]*"
    r"|[a-z]{2,}est\b)|first\b|last\b|only\b)(?=,?\s+[^\W\d_])"
)


# A superlative the subject holds: "Mercury has the shortest year of any planet", "Saturn has the
# most moons" ("X is the largest Y" is a definition). Its subject is the target.
_SUPERLATIVE = lazy(
    rf"^(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,3}}?)\s+"
    r"(?:has|have|had|holds?|held)\s+the\s+(?:(?:most|least)\s+\w|(?P<est>[a-z]{2,}est)\b)"
)


# Words that end in "-est" and rank nothing ("has the interest added").
NOT_SUPERLATIVE = frozenset(
    "interest forest request honest contest test west rest guest nest chest manifest harvest"
    " protest crest quest modest earnest arrest digest conquest inquest unrest behest bequest"
    " tempest priest midwest suggest invest".split()
)


def superlative_span(text: str) -> tuple[int, int] | None:
    """The subject that holds a superlative (`_SUPERLATIVE`, `_SCOPED_RANK`); None for a
    pronoun or "this"."""
    if text.startswith("Of ") and (span := _scoped_rank(text)):
        return span
    if "the " not in text or not (match := _SUPERLATIVE.match(text)):
        return None
    if (word := match.group("est")) and word in NOT_SUPERLATIVE:
        return None
    if match.group("subject").split()[0].lower() in _NOT_SUBJECTS:
        return None
    return _subject(text, *match.span("subject"))


# A superlative after the scope it ranks in, the thing ranked the target, its article with it:
# "Of the 206 bones in the body, {{c1::the femur}} is the longest.", "Of all the planets,
# {{c1::Jupiter}} is the largest.", "Of the three branches, {{c1::Congress}} is the oldest.". The
# scope named ("the …", "all …"), not pointed at ("Of these, the first is …"); the rank ends the
# sentence. Not "Of these, most are harmless.", "Of course, …".
_SCOPED_RANK = lazy(
    r"Of\s+(?:all\s+)?(?:the\s+)?(?P<scope>[^\s,;:][^,;:]{0,59}),\s+"
    rf"(?P<subject>(?:the\s+)?[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,3}}?)"
    r"\s+(?:is|was|are|were)\s+the\s+(?:(?:most|least)\s+[a-z][\w-]*|(?P<est>[a-z]{2,}est))"
    r"(?:\s+(?:of\s+(?:all|them)|by\s+far))?[.!]?$"
)


# Scopes that point at things named before: "Of these, …", "Of them, …"; subjects that
# name no one thing: "none", "the rest", "the other".
_POINTING_SCOPES = frozenset("these those them which whom it this".split())
_NO_RANKED = frozenset(
    "none neither either each rest other others one most many few some all".split()
)


def _scoped_rank(text: str) -> tuple[int, int] | None:
    """The thing `_SCOPED_RANK` ranks, "the" with it; None for a pointing scope, a pronoun's
    or a function word's subject, or a word in "-est" that ranks nothing ("the rest")."""
    if "est" not in text and "most" not in text and "least" not in text:
        return None
    if not (found := _SCOPED_RANK.match(text)):
        return None
    if (word := found.group("est")) and word in NOT_SUPERLATIVE:
        return None
    scope = found.group("scope").split()
    if text.split(None, 2)[1].lower() in _POINTING_SCOPES or scope[-1].lower() in _POINTING_SCOPES:
        return None
    words = found.group("subject").split()
    first = words[1] if len(words) > 1 and words[0] == "the" else words[0]
    if first.lower() in _NOT_SUBJECTS or first.lower() in DETERMINERS:
        return None
    if any(w.lower() in NOT_TERM or w.lower() in _NOT_SUBJECTS for w in words[1:]):
        return None
    return None if _NO_RANKED.intersection(w.lower() for w in words) else found.span("subject")


# What a thing was done for, the purpose the answer, not a word of it: "Henry VIII broke with
# Rome so that he could {{c1::end his marriage to Catherine of Aragon}}" (was "… end his
# {{c1::marriage}} to …", a given), "Plants close their stomata in order to {{c1::reduce water
# loss}}". After "so that" a modal and its subject; the purpose runs to its clause's end, from
# MIN_PURPOSE_WORDS to MAX_PURPOSE_WORDS words. Not "so that" of a result ("… so that the water
# boils"): no modal.
_PURPOSE = lazy(
    r"\b(?:so\s+that\s+(?:(?:he|she|it|they|we|you|I|[A-Z][\w-]*|the\s+[a-z][\w-]*)\s+)?"
    r"(?:could|can|would|might|may|will|should)|in\s+order\s+to)\s+"
    r"(?P<purpose>[a-z][^,;:.!?()\u2014\u2013\"]*?)\s*(?:[,;:.!?(\u2014\u2013]|$)"
)
MIN_PURPOSE_WORDS = 2
MAX_PURPOSE_WORDS = 8


def purpose_span(text: str) -> tuple[int, int] | None:
    """The purpose `_PURPOSE` states, whole; None where it is one word or too long to recall,
    or starts with "not" (a purpose's negation)."""
    if "so that " not in text and "in order to " not in text:  # most sentences
        return None
    if not (found := _PURPOSE.search(text)):
        return None
    words = found.group("purpose").split()
    if not MIN_PURPOSE_WORDS <= len(words) <= MAX_PURPOSE_WORDS or words[0] in NOT_TERM:
        return None
    return found.span("purpose")


# What a named act or event made of someone or something, a role "of" or "to" a thing: "The
# {{c1::Act of Supremacy}} made the monarch head of the Church of England", "The {{c1::Treaty of
# Troyes}} made Henry V heir to the French throne"; where the name is the deck's own, the one
# made: "The Act of Supremacy made the {{c1::monarch}} head of …". Each whole: never "the
# {{c1::monarch head}}" nor "made {{c1::Henry V heir}}" (half of each). The subject a
# capitalised name of up to five words, "of" and "the" between; the one made a name or a word,
# "the" before it or not; its role one or two words before "of" or "to".
_MADE_ROLE = lazy(
    rf"(?:The\s+)?(?P<subject>[A-Z][\w{APOSTROPHE}'-]*"
    rf"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w{APOSTROPHE}'-]*){{0,4}})"
    r"(?:\s+of\s+\d{3,4})?\s+made\s+(?:the\s+)?"
    r"(?P<made>[a-z][\w-]*|[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|[IVX]+))??)"
    r"\s+(?P<role>(?:[A-Z][a-z]+\s+[A-Z][a-z]+|[a-z][\w-]*|[A-Z][a-z]+))\s+(?:of|to)\s+\S"
)


# Roles no one is made: "made the cake part of …" fits the shape; "part" only of a place.
_NOT_ROLES = frozenset("a an the it sure certain possible clear".split())


def made_role_span(text: str, own: bool = False) -> tuple[int, int] | None:
    """The name `_MADE_ROLE` opens on, or (`own`: the name is the deck's subject) the one it
    made; None for a pronoun's subject or a role that is no word of one."""
    if " made " not in text:  # most sentences
        return None
    if not (found := _MADE_ROLE.match(text)):
        return None
    if found.group("role").lower() in _NOT_ROLES or found.group("made").lower() in STOP:
        return None
    if found.group("subject").split()[0].lower() in _NOT_SUBJECTS:
        return None
    return found.span("made") if own else found.span("subject")


_PRONOUN_SUBJECTS = frozenset("this these those that it they he she we you i one".split())


# What a named subject never opens on: a function word or a pronoun.
_NOT_SUBJECTS = STOP | _PRONOUN_SUBJECTS


_CLAUSE_OPENERS = frozenset("if when unless because while whether once until where".split())


# What a thing is made of, the material its target: "Saturn's rings are made mostly of {{c1::ice
# particles}}, with …", "Bronze consists of {{c1::copper and tin}}". A passive "is made": never
# a command ("Make the dough from flour"). "made" may follow the thing's class, a lower-case noun
# of up to three words: "Antibodies are Y-shaped proteins made of {{c1::two heavy chains and two
# light chains}}". Looked for only where one of `_COMPOSED_WORDS` is.
_COMPOSED_BY = r"(?:mostly|mainly|largely|chiefly|primarily|principally|entirely|wholly|partly)"


_COMPOSITION = lazy(
    rf"(?P<subject>[\w{APOSTROPHE}'.()-]+(?:\s+[\w{APOSTROPHE}'.()-]+){{0,7}}?)\s+"
    rf"(?:(?:is|are|was|were)\s+(?:{_COMPOSED_BY}\s+)?(?:made(?:\s+up)?|composed|formed)"
    r"|(?:is|are|was|were)\s+(?:an?\s+)?(?!(?:the|this|that|one|not|also|made)\b)"
    r"[a-zA-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}?\s+(?:made|composed)"
    rf"|consist(?:s|ed)?)(?:\s+{_COMPOSED_BY})?\s+(?:of|from)\s+"
    r"(?P<material>[^,;:()]+?)(?=[,;:(]|\.?$)"
)


_COMPOSED_WORDS = ("made ", "consist", "composed ", "formed ")


# Where the material's noun phrase ends: another clause or a description of it ("ice, with
# …", "iron and is …", "rock that …", "carbon under high pressure"), or a second verb with its
# object ("former magistrates and advised the magistrates …"; not "salted and cured meat").
# Not "of": "grains of sand".
_MATERIAL_END = lazy(
    r"\s+(?:with|without|which|that|who|while|whereas|but|so|because|although|as|than|like"
    r"|at|in|on|by|for|to|into|through|under|over|during|after|before|about|across|deep|inside"
    r"|and\s+(?:is|are|was|were|has|have|had|can|will|its|their|it|they"
    r"|[a-z]+ed\s+(?:the|a|an|its|their|his|her))|(?:is|are|was|were))\b"
)


MAX_MATERIAL_WORDS = 4  # not counting "and", "or": "dark energy and dark matter"


# A count of a material's parts, not counted among its MAX_MATERIAL_WORDS words: "two heavy
# chains and two light chains", "two hydrogen atoms and one oxygen atom".
_PART_COUNTS = frozenset("one two three four five six seven eight nine ten twelve".split())


# A subject with one of these is no thing's: "Whether the frame is …", "Make sure the frame is …".
_NOT_MADE = CLAUSE_WORDS | VERBS | {"whether", "sure", "ensure", "check", "confirm"}


# The class a thing belongs to, its name the target: "Amoxicillin belongs to a group of
# medicines called {{c1::penicillins}}", "Tomatoes belong to the {{c1::nightshade}} family".
# Looked for only where " belong" is.
_CLASS_NOUNS = r"(?:group|class|family|genus|order|category|type|kind|subgroup|subfamily)"


_CLASSIFICATION = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,3}}?)\s+"
    r"belong(?:s|ed)?\s+to\s+(?:"
    rf"(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_CLASS_NOUNS}\s+of\s+[^,;:.()]+?\s+"
    r"(?:called|known\s+as|named|termed)\s+(?:the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,2})"
    rf"|the\s+(?P<family>[\w-]+(?:\s+[\w-]+)?)\s+{_CLASS_NOUNS})(?=\s*(?:[,;:.(]|$))"
)


def classification_span(text: str) -> tuple[int, int] | None:
    """The name of the class a sentence's subject belongs to (`_CLASSIFICATION`); None for a
    pronoun's or a determiner's subject ("It belongs to …", "This drug belongs to …")."""
    if " belong" not in text or not (found := _CLASSIFICATION.match(text)):
        return None
    if found.group("subject").split()[0].lower() in _NOT_SUBJECTS:
        return None
    return found.span("name") if found.group("name") else found.span("family")


# What a symbol stands for, its target: "The green light at the end of Daisy's dock symbolizes
# {{c1::Gatsby's hopes and dreams}}, and …", "East Egg represents {{c1::old, inherited money}};
# …", "The conch stands for {{c1::order}}". Present tense, its verb right after its subject.
# Looked for only where one of `_SYMBOL_WORDS` is.
_SYMBOL = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,9}}?)\s+"
    r"(?:symboli[sz]es?|represents?|stands?\s+for|signif(?:y|ies))\s+"
    rf"(?:(?:the|an?)\s+)?(?P<what>(?:{_COORDINATE}){{0,2}})(?=[\w{APOSTROPHE}'])"
)


_SYMBOL_WORDS = (" symboli", " represent", " stand for", " stands for", " signif")


# A subject with one of these is no symbol: a hedge or a helper verb ("The eyes may represent
# …"), a vague word ("The result represents …", "Each one stands for …"), the reader or author.
_NO_SYMBOL = (
    frozenset("may might can could would should will must does do did one".split())
    | GENERIC_SUBJECTS
)


_WRITERS = frozenset("i me my we us our you your".split())


def symbol_span(text: str) -> tuple[int, int] | None:
    """What a sentence says its named subject symbolizes or stands for (`_SYMBOL`), a term
    (`_term_after`) with the adjectives before it; None for a pronoun's or a determiner's
    subject ("This represents …"), a hedge, or a sentence of the reader's or the author's
    ("Our team represents the school")."""
    if not any(word in text for word in _SYMBOL_WORDS) or not (found := _SYMBOL.match(text)):
        return None
    words = found.group("subject").lower().split()
    if words[0] in _NOT_SUBJECTS or not _NO_SYMBOL.isdisjoint(words):
        return None
    if not _WRITERS.isdisjoint(WORD.findall(text.lower())):
        return None
    term = _term_after(text, found.end("what"))
    return (found.start("what"), term[1]) if term else None


# What a named thing treats or prevents, its target: "Amoxicillin is used to treat {{c1::infections
# caused by bacteria}} in …", "Aspirin is used to prevent {{c1::blood clots}}". Medical uses
# only: "X is used to improve …" states nothing firm. Looked for only where " used " is.
_TREATS = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,3}}?)\s+"
    r"(?:is|are)\s+(?:mainly\s+|mostly\s+|also\s+|often\s+|commonly\s+)?used\s+"
    r"(?:to\s+(?:treat|prevent|relieve)|for\s+(?:treating|preventing|relieving)"
    r"|in\s+the\s+treatment\s+of)\s+(?P<use>[^;:.()]+)"
)


# Where what it treats ends: a place, a time, a condition, a relative clause, an example,
# another clause or use ("pain and to reduce …"). A list goes on over its commas.
_USE_END = lazy(
    r",?\s+(?:in|on|at|during|while|when|if|because|which|that|who|such\s+as|like|but|so|especially"
    r"|although|and\s+(?:is|are|to|can|may)|or\s+to)\b|,\s*$"
)


MAX_USE_WORDS = 5


def treated_span(text: str) -> tuple[int, int] | None:
    """What a named subject is used to treat or prevent (`_TREATS`), a noun phrase or a list of
    up to MAX_USE_WORDS words; None for a pronoun's or a determiner's subject ("This medicine
    is used to treat …")."""
    if " used " not in text or not (found := _TREATS.match(text)):
        return None
    if found.group("subject").split()[0].lower() in _NOT_SUBJECTS:
        return None
    start, end = found.span("use")
    if cut := _USE_END.search(text, start, end):
        end = cut.start()
    return (start, end) if 1 <= len(text[start:end].split()) <= MAX_USE_WORDS else None


# A named law or principle and what it says, its name the target: "{{c1::Boyle's law}} states
# that pressure and volume are inversely proportional …", "The {{c1::principle of superposition}}
# holds that …". The statement cues the name; which part of a relation is its point no rule can
# tell. A name has an owner ("Boyle's") or an "of" phrase; else it follows "The" and its words
# before the head name it ("The {{c1::Pareto principle}}"), not an ordinal or a body of law
# ("The first law states …", "The tax law says …"), and a rule needs one of the two ("The
# club rule says …" is a by-law). A document's words are no law ("The report states that …").
# Looked for only where " that " and one of `_LAW_VERBS` are.
_LAW_HEADS = r"(?:law|principle|rule|theorem|postulate|hypothesis|paradox|razor|conjecture)"


_LAW_VERBS = (" states ", " says ", " holds ", " asserts ")


_LAW = lazy(
    r"(?P<the>The\s+)?(?P<name>(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}[’']s?)\s+)?"
    rf"(?P<modifiers>(?:[\w-]+\s+){{0,2}}?)(?P<head>{_LAW_HEADS})"
    r"(?:\s+of\s+(?P<of>[\w-]+(?:\s+(?:and\s+)?[\w-]+){0,3}?))?)"
    r"\s+(?:states|says|holds|asserts)\s+that\s"
)


_NOT_LAW_NAMES = frozenset(
    "first second third fourth last next same other this that these those our your my their his"
    " her its general basic main key golden simple new old current proposed existing tax federal"
    " state common criminal civil employment case family contract company house school local"
    " national international european eu uk us".split()
)


def law_span(text: str) -> tuple[int, int] | None:
    """The name of the law or principle a sentence states (`_LAW`); None for one that names
    nothing but its head ("The first law states that …")."""
    if " that " not in text or not any(verb in text for verb in _LAW_VERBS):
        return None
    if not (found := _LAW.match(text)):
        return None
    if found["owner"] or found["of"]:
        return found.span("name")
    modifiers = found["modifiers"].lower().split()
    if not found["the"] or found["head"] == "rule" or not modifiers:
        return None
    if any(word in _NOT_LAW_NAMES or word in STOP for word in modifiers):
        return None
    return found.span("name")


# Where a noun phrase after a verb ends: a clause, a place, a time, a condition, an aside
# ("gluconeogenesis, the production …", "vitamin K, which …", "certificate on the mesh",
# "opioid overdose within minutes").
_PHRASE_END = lazy(
    r",|;|:|\s[(–—]|\s+(?:in|on|at|within|during|while|when|if|because|which|that|who"
    r"|such\s+as|like|but|so|although|unless|despite|until|since|as|than"
    r"|and\s+(?:is|are|was|were|so|thus|therefore|can|may|it|they))\b"
)


# A list's further items after a phrase's comma; not an aside ("vitamin K, which … and …",
# "inflammation, unlike ibuprofen and aspirin").
_LIST_AFTER = lazy(
    r",\s+(?!(?:which|who|that|where|when|unlike|like|as|such|including|especially|despite|so"
    r"|but)\b)[^,;:]*?(?:,\s*|\s)(?:and|or)\s"
)


MAX_MEANS_WORDS = 4


_TERM_JOINS = frozenset({"of", "and"})


_MANNER = lazy(r"(?:\w+ly|harder|better|faster|more|less|longer|further)[.,]?", re.IGNORECASE)


def _term_after(text: str, start: int, most: int = 0) -> tuple[int, int] | None:
    """The noun phrase that starts at `start`, up to `_PHRASE_END`: a term of 1 to `most`
    (MAX_MEANS_WORDS) words not counting an article, none a pronoun or a determiner; given
    `most`, what it is of may have its article ("the pull of the Moon")."""
    end = len(text.rstrip(".!? "))
    if cut := _PHRASE_END.search(text, start, end):
        if _LIST_AFTER.match(text, cut.start()):
            return None  # a list's first item: "by reorganizing neural circuits, safety, and …"
        end = cut.start()
    words = text[start:end].split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not 1 <= len(words) <= (most or MAX_MEANS_WORDS) or words[0].lower() in NOT_TERM:
        return None
    # A term, not a manner: "by working {{harder}} than before".
    if any(
        (w.lower() in NOT_TERM - _TERM_JOINS or _MANNER.fullmatch(w))
        and not (most and w.lower() in ARTICLES and words[i - 1].lower() == "of")
        for i, w in enumerate(words)
    ):
        return None
    return start, end


# What a word or a form means, quoted, the target: "そうです after a plain verb means "{{c1::I
# hear that}}"", not a word of the prose around it ("{{c1::means "I hear}} that""); so does
# what it translates as ("Both ser and estar translate as "{{c1::to be}}"", "carpe diem is
# often translated as "{{c1::seize the day}}""). Not "translated into" a language. Looked for
# only where " mean" or " translat" and a quotation mark are.
_QUOTED_MEANING = lazy(
    r"\s(?:means|meant|mean|(?:translates?|translated)\s+as)\s+[\"“](?P<what>[^\"“”]+)[\"”]"
)


MAX_QUOTED_MEANING_WORDS = 6


def quoted_meaning_span(text: str) -> tuple[int, int] | None:
    """The quoted meaning a sentence gives (`_QUOTED_MEANING`), up to a few words."""
    if not (" mean" in text or " translat" in text) or not ('"' in text or "“" in text):
        return None
    found = _QUOTED_MEANING.search(text)
    if not found or len(found.group("what").split()) > MAX_QUOTED_MEANING_WORDS:
        return None
    return found.span("what")


# How a named thing does what it does, the term of its means the target: "Metformin lowers
# blood glucose mainly by reducing {{c1::hepatic gluconeogenesis}}, …", "Warfarin works by
# blocking {{c1::vitamin K}}", "Statins lower cholesterol by blocking {{c1::HMG-CoA reductase}}".
# Its verb right after its subject, unhedged ("may work by" is no mechanism); not a verb that
# takes a clause ("by helping the gut absorb calcium"). Looked for only where " by " is.
_MEANS_OF = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,3}}?)\s+"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]+(?:s|ed)|(?<=s\s)[a-z]+)\b[^,;:()]*?\s+"
    r"by\s+(?!(?:helping|making|letting|allowing|enabling|causing|getting)\b)[a-z]+ing\s+"
    r"(?:(?:to|with|on)\s+)?(?P<means>\S)"
)


# Where a means moves what it acts on: "by moving glucose into cells", "by pumping sodium out of
# the cell", "by releasing glucose from the liver". Looked for only after the means' verb.
_MOVED_TO = lazy(r"\s+(?:into|out\s+of|from|across|through|onto)\s+")


def _moved(text: str, start: int) -> tuple[int, int] | None:
    """The term of a means that moves a thing (`_MOVED_TO`): the thing ("by pumping {{c1::sodium}}
    out of the cell"), or where it goes if the sentence names the thing before ("Insulin lowers
    blood glucose by moving glucose into {{c1::cells}}"; was no card)."""
    if not (moved := _MOVED_TO.search(text, start)):
        return None
    moving = _term_after(text[: moved.start()], start)
    if not moving or moving[1] != moved.start():  # the thing right before where it goes
        return None
    thing = text[slice(*moving)].lower()
    if not re.search(rf"\b{re.escape(thing)}\b", text[:start].lower()):
        return moving
    return _term_after(text, moved.end())


def means_span(text: str) -> tuple[int, int] | None:
    """The term of the means by which a named subject does what it does (`_MEANS_OF`); None
    for a pronoun's or a determiner's subject ("This works by …")."""
    if " by " not in text or not (found := _MEANS_OF.match(text)):
        return None
    if found.group("subject").split()[0].lower() in _NOT_SUBJECTS | DETERMINERS:
        return None
    start = found.start("means")
    if span := _term_after(text, start) or _moved(text, start):
        return span
    # An object, then the clause its verb sets it to: "Vaccines work by training {{c1::the
    # immune system}} to recognise a pathogen". Not a "to" before a noun phrase ("to the liver").
    to = text.find(" to ", start)
    after = text[to + 4 : to + 30].split(None, 1)[:1] if to > 0 else []
    if not after or not after[0].isalpha() or not after[0].islower():
        return None
    if after[0] in NOT_TERM or after[0] in _PRONOUN_SUBJECTS:
        return None
    return _term_after(text[:to], start)


# The verbs whose means is the mechanism itself, with no object before it: "Warfarin works by …".
_WORKS = frozenset({"work", "works", "act", "acts"})


def acts_by_means(text: str) -> bool:
    """Whether a sentence with a means (`means_span`) names what its verb acts on before it
    ("Statins lower cholesterol by blocking …") or works by it ("Warfarin works by …"): a
    mechanism, not a change of its subject ("Students improve by practising past papers.",
    "Sales grew by opening new stores.", "Users log in by entering a password.")."""
    if not means_span(text) or not (found := _MEANS_OF.match(text)):
        return False
    if found.group("verb") in _WORKS:
        return True
    between = text[found.end("verb") : text.find(" by ", found.end("verb"))].split()
    return bool(between) and between[0].lower() not in NOT_TERM


# A named antidote by what it undoes, the antidote the target, as "The reversal agent for
# dabigatran is {{c1::idarucizumab}}" asks: "{{c1::Naloxone}} reverses opioid overdose",
# "{{c1::Andexanet alfa}} reverses apixaban and rivaroxaban", "{{c1::Idarucizumab}} reverses
# the anticoagulant effect of dabigatran"; what it undoes, a term too, where the antidote is
# the deck's subject. Its verb in the present right after its subject, unhedged; not a past
# change ("The trend reversed in 2020."), a pronoun's or a determiner's subject, nor an object
# that points elsewhere ("Exercise reverses this effect."). Looked for only where "reverse" is.
_REVERSES = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}?)\s+"
    r"(?:(?:rapidly|quickly|fully|completely|specifically)\s+)?reverses?\s+"
    r"(?:the\s+(?:[a-z-]+\s+)?(?:effects?|action)\s+of\s+)?(?P<what>\S)"
)


# Who undoes nothing, or not always: "No drug reverses …", "Courts sometimes reverse …".
_NO_SUBJECTS = frozenset({"no", "nothing", "none", "neither", "cannot", "sometimes", "seldom"})


# What a named agent never opens on: `_NOT_SUBJECTS`, a determiner, a negation; in
# `_UNNAMED_TERMS` any word no term holds too.
_UNNAMED = _NOT_SUBJECTS | DETERMINERS | _NO_SUBJECTS
_UNNAMED_TERMS = NOT_TERM | _PRONOUN_SUBJECTS | DETERMINERS | _NO_SUBJECTS


def _hedged(words: list[str]) -> bool:
    """Whether a hedge or a negation stands among a subject's words after its first, or
    between the subject and its verb: "Courts rarely reverse …", "Statins may inhibit …"."""
    return any(w in NOT_TERM or w in _NO_SUBJECTS or w.endswith("ly") for w in words[1:])


def reversal_span(text: str) -> tuple[int, int] | None:
    """The named subject that reverses a thing (`_REVERSES`), a noun phrase or a list of up to
    MAX_MEANS_WORDS words; None for a pronoun's, a determiner's or a negated subject ("This
    reverses …", "Vitamin K does not reverse …")."""
    found = _reversal(text)
    return found[0] if found else None


def reversed_span(text: str) -> tuple[int, int] | None:
    """What the named subject of `reversal_span` reverses: the target where the subject is
    the deck's own ("Naloxone reverses {{c1::opioid overdose}}" in a deck on naloxone)."""
    found = _reversal(text)
    return found[1] if found else None


# What only a drug's antidote undoes: "opioid overdose", "benzodiazepine sedation",
# "neuromuscular blockade", "paracetamol poisoning".
_DRUG_HARMS = frozenset(
    "overdose overdoses poisoning toxicity sedation blockade anticoagulation intoxication".split()
)


def reverses_drug(text: str) -> bool:
    """Whether what `reversal_span`'s subject reverses is a drug's harm (`_DRUG_HARMS`) or a
    drug class ("Naloxone reverses opioids."): an antidote, however the page writes its name
    elsewhere ("give naloxone"); not "Sleep reverses fatigue."."""
    if not (found := _reversal(text)):
        return False
    words = text[slice(*found[1])].split()
    return any(word.lower() in _DRUG_HARMS or _drug_class_name(word) for word in words)


def _reversal(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The subject and the object of a reversal (`_REVERSES`)."""
    if "reverse" not in text or not (found := _REVERSES.match(text)):
        return None
    words = [word.lower() for word in found.group("subject").split()]
    if words[0] in _UNNAMED:
        return None
    if _hedged(words):  # "Courts rarely reverse convictions."
        return None
    what = _term_after(text, found.start("what"))
    return (found.span("subject"), what) if what else None


# A named agent by the target it acts on, the target the answer: "Statins inhibit {{c1::HMG-CoA
# reductase}}", "Aspirin irreversibly inhibits {{c1::cyclooxygenase}}", "Morphine binds to
# {{c1::mu-opioid receptors}}", "Warfarin antagonises {{c1::vitamin K}}". A verb of pharmacology
# in the present right after its subject, an adverb of how it acts at most between; not a
# hedge ("Statins may inhibit …", "Statins probably inhibit …"), a pronoun's or a determiner's
# subject ("It blocks …", "This drug blocks …"), nor an object that points elsewhere ("Caffeine
# blocks this effect."). A verb of everyday English too ("blocks", "activates", "stimulates",
# "suppresses", "acts on") takes a target by name only: a receptor, a channel, a pump, an enzyme, a
# transporter, a word in "-ase" or a name with a capital or a figure in it ("the proton pump",
# "beta-2 receptors", "HMG-CoA"; `_named_target`): "Salbutamol acts on {{c1::beta-2
# receptors}}"; not "Tom blocks the door.", "Tom acts on impulse.". Nor a doing
# alone ("Fear inhibits learning."). A side effect too, the effect the answer: "Opioids cause
# {{c1::constipation}}", "Amiodarone causes {{c1::pulmonary fibrosis}}", where a drug class is
# the subject or a condition's name the effect (`_side_effect`); not "Stress causes illness.",
# "Rain causes flooding.". So is what a drug class changes, the thing changed the answer:
# "Statins lower {{c1::cholesterol}}", "Nitrates dilate {{c1::blood vessels}}", "NSAIDs reduce
# {{c1::inflammation}}"; a class's only ("Exercise lowers stress." is no drug's). Read in
# sentences of up to MAX_ACTION_WORDS words: a longer one says more than the action.
_ACTS_ON = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}?)\s+"
    r"(?:(?:irreversibly|reversibly|selectively|competitively|directly|potently|strongly"
    r"|partially)\s+)?"
    r"(?P<verb>inhibit|antagoni[sz]e|inactivate|potentiate|chelate|neutrali[sz]e|bind"
    r"|(?P<everyday>block|activate|stimulate|suppress|act(?=s?\s+on\s))|(?P<effect>cause)"
    r"|(?P<change>lower|raise|reduce|increase|slow|dilate|constrict|relax|relieve|prevent"
    r"|treat))(?:e?s)?\s+"
    r"(?:(?:to|on)\s+)?(?P<what>\S)"
)


MAX_ACTION_WORDS = 7


# The words of an action's verb, the cheap test before `_ACTS_ON`.
_ACTION_VERBS = (
    *("inhibit", "antagoni", "inactivat", "potentiat", "chelat", "neutrali", "bind", "block"),
    *("activat", "stimulat", "suppress", "cause", "lower", "raise", "reduce", "increase"),
    *("slow", "dilat", "constrict", "relax", "reliev", "prevent", "treat", "act on", "acts on"),
)


# A condition's name by its ending or opening: "fibrosis", "hepatitis", "hypokalaemia",
# "neutropenia", "nephrotoxicity", "neuropathy", "bradycardia".
_CONDITION_ENDINGS = (
    *("osis", "itis", "aemia", "emia", "penia", "algia", "uria", "toxicity", "pathy", "plasia"),
    *("trophy", "cardia", "pnoea", "pnea", "rrhoea", "rrhea"),
)
_CONDITION_OPENINGS = ("hypo", "hyper", "brady", "tachy")


def _side_effect(subject: str, effect: str) -> bool:
    """Whether "SUBJECT causes EFFECT" is a drug's side effect: a drug class's subject
    ("Opioids", "ACE inhibitors": `_DRUG_CLASSES`) or a condition's name as the effect."""
    last = effect.rsplit(None, 1)[-1].lower()
    return _drug_class_name(subject.rsplit(None, 1)[-1]) or (
        last.endswith(_CONDITION_ENDINGS) or last.startswith(_CONDITION_OPENINGS)
    )


# What a target by name ends on: "HMG-CoA reductase", "muscarinic receptors", "the proton pump";
# a protein's or a transmitter's name ("antithrombin", "histamine", "plasminogen") from
# MIN_TARGET_NAME_CHARS letters.
_TARGET_NOUNS = (
    *("ase", "ases", "receptor", "receptors", "channel", "channels", "pump", "pumps"),
    *("enzyme", "enzymes", "transporter", "transporters"),
)
_TARGET_NAMES = ("in", "ine", "ogen")
MIN_TARGET_NAME_CHARS = 8


def _named_target(target: str) -> bool:
    """Whether an everyday verb's object names what a drug acts on (`_TARGET_NOUNS`)."""
    last = target.rsplit(None, 1)[-1]
    return (
        target.endswith(_TARGET_NOUNS)
        or (len(last) >= MIN_TARGET_NAME_CHARS and last.endswith(_TARGET_NAMES))
        or any(c.isdigit() or c.isupper() for c in target)
    )


# One named drug or hormone by the measure of the body it changes, the drug the answer, as a
# takeaway's ("{{c1::Insulin}} lowers blood sugar.") and an antidote's: "{{c1::Digoxin}} slows the
# heart rate.", "{{c1::Insulin}} lowers blood glucose.", "{{c1::Glucagon}} raises blood
# glucose."; a class's change asks for the change ("Statins lower {{c1::cholesterol}}"). One
# capitalised word with a drug's ending (`_AGENT_ENDINGS`), its verb singular, the measure a
# word of `_BODY_MEASURES` at its end; not "Exercise lowers blood pressure.", "Routine lowers
# stress.", "Insulin lowers costs.".
_AGENT_ENDINGS = ("in", "ine", "ol", "ide", "one", "am", "il", "an", "ate", "on", "en", "ex")
_NOT_AGENTS = frozenset(
    "routine sunshine medicine discipline protein nutrition education meditation caution"
    " motivation tension relaxation fashion".split()
)
_BODY_MEASURES = frozenset(
    "glucose sugar pressure rate cholesterol pulse temperature fever potassium sodium calcium"
    " level levels secretion clotting conduction output motility contractility tone"
    " triglycerides ldl hdl inr acidity".split()
)
MIN_AGENT_CHARS = 6


def _named_agent(subject: str, target: str) -> bool:
    """Whether `subject` is one named drug and `target` a measure of the body it changes."""
    if " " in subject or len(subject) < MIN_AGENT_CHARS or not subject[1:].islower():
        return False
    if not subject.lower().endswith(_AGENT_ENDINGS) or subject.lower() in _NOT_AGENTS:
        return False
    return any(word.lower() in _BODY_MEASURES for word in target.split()[-1:])


def _action(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The agent and the target of an action (`_ACTS_ON`), the answer second: the target, or a
    single drug where it changes a measure of the body (`_named_agent`)."""
    if not any(verb in text for verb in _ACTION_VERBS):
        return None
    if not (found := _ACTS_ON.match(text)):
        return None
    words = [word.lower() for word in found.group("subject").split()]
    if words[0] in _UNNAMED_TERMS:
        return None
    if _hedged(words):  # "Statins probably inhibit …", "Statins may …"
        return None
    if not (what := _term_after(text, found.start("what"))):
        return None
    target = text[slice(*what)]
    if found.group("change"):  # "Antihistamines relieve itching."
        drug = _drug_class_name(found.group("subject").rsplit(None, 1)[-1])
        if drug:
            return found.span("subject"), what
        # One named drug's change: the drug the answer (`_named_agent`).
        singular = text.startswith(("s ", "es "), found.end("verb"))
        named = singular and _named_agent(found.group("subject"), target)
        return (what, found.span("subject")) if named else None
    if found.group("effect"):  # a doing may be one: "Anticoagulants cause bleeding."
        effect = _side_effect(found.group("subject"), target)
        return (found.span("subject"), what) if effect else None
    if found.group("everyday") and not _named_target(target):
        return None
    if " " not in target and target.endswith("ing"):
        return None  # a doing, no target: "Fear inhibits learning."
    return found.span("subject"), what


# A named drug by its class, the class the answer (its article with it, as every cloze's):
# "Metformin is {{c1::a biguanide}}.", "Furosemide is {{c1::a loop diuretic}}.", "Ibuprofen
# is {{c1::an NSAID}}.", "Beta-blockers are {{c1::antihypertensives}}.". The whole
# sentence, up to MAX_ACTION_WORDS words: a named subject, "is a" or "are", up to three words
# and a class's head noun (`_DRUG_CLASSES`, or a word in "anti-": "anticoagulant"). Not "Sarah
# is a nurse.", "Life is a journey.", "Metformin is probably a biguanide.", "This is a statin.".
# Looked for only where " is a" or " are " is.
_DRUG_CLASS = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}?)\s+"
    r"(?:is\s+an?|are)\s+(?P<what>(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+?)s?)\.?"
)


_DRUG_CLASSES = frozenset(
    {
        *("blocker", "inhibitor", "agonist", "antagonist", "diuretic", "analgesic", "sedative"),
        *("anaesthetic", "anesthetic", "hypnotic", "stimulant", "laxative", "opioid", "opiate"),
        *("steroid", "corticosteroid", "statin", "benzodiazepine", "biguanide", "sulfonylurea"),
        *("sulphonylurea", "thiazolidinedione", "bisphosphonate", "nitrate", "glycoside"),
        *("penicillin", "cephalosporin", "macrolide", "aminoglycoside", "fluoroquinolone"),
        *("quinolone", "tetracycline", "carbapenem", "glycopeptide", "sulfonamide", "prodrug"),
        *("vasodilator", "bronchodilator", "vasoconstrictor", "decongestant", "expectorant"),
        *("mucolytic", "anticholinergic", "sympathomimetic", "antacid", "catecholamine"),
        *("NSAID", "SSRI", "SNRI", "MAOI", "TCA", "PPI", "ARB", "DOAC", "DMARD", "LMWH"),
    }
)


# The shortest word in "anti-" that names a class: "antiviral", not "antihero".
MIN_ANTI_CLASS_CHARS = 9


def _drug_class_name(word: str) -> bool:
    """Whether `word`, singular or plural, names a drug class ("biguanide", "NSAIDs",
    "anticoagulants", "Beta-blockers")."""
    if word[1:].islower():  # "Opioids" opening a sentence; not "NSAIDs"
        word = word.lower()
    head = word.rsplit("-", 1)[-1]
    if head in _DRUG_CLASSES or head.removesuffix("s") in _DRUG_CLASSES:
        return True
    return word.startswith("anti") and len(word) >= MIN_ANTI_CLASS_CHARS and word.islower()


def _drug_class(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The drug and its class (`_DRUG_CLASS`)."""
    if " is a" not in text and " are " not in text:
        return None
    if not (found := _DRUG_CLASS.fullmatch(text)):
        return None
    if not _drug_class_name(found.group("head")):
        return None
    words = [word.lower() for word in found.group("subject").split()]
    if words[0] in _UNNAMED_TERMS:
        return None
    # Two drugs of a class: "Apixaban and rivaroxaban are factor Xa inhibitors."
    if any(w != "and" and (w in NOT_TERM or w.endswith("ly")) for w in words[1:]):
        return None
    if any(w in NOT_TERM or w.endswith("ly") for w in found.group("what").lower().split()[:-1]):
        return None  # "is a very good analgesic", "is a mostly safe …"
    return found.span("subject"), found.span("what")


# The most characters a sentence of MAX_ACTION_WORDS words has, all but a few: the test that
# passes over most sentences before a word is counted.
MAX_DRUG_FACT_CHARS = 80


def drug_fact_span(text: str) -> tuple[int, int] | None:
    """What a short sentence says of a named drug: its target, change or side effect
    (`_ACTS_ON`) or its class (`_DRUG_CLASS`); the drug itself, `drug_fact_subject`."""
    if len(text) > MAX_DRUG_FACT_CHARS:  # most sentences: no call further
        return None
    found = _drug_fact(text)
    return found[1] if found else None


def drug_fact_subject(text: str) -> tuple[int, int] | None:
    """The drug of `drug_fact_span`: the target where what it says is the deck's own subject
    ("{{c1::Neostigmine}} inhibits acetylcholinesterase" in a deck on the enzyme,
    "{{c1::Diazepam}} is a benzodiazepine." in one on benzodiazepines)."""
    found = _drug_fact(text)
    return found[0] if found else None


def _drug_fact(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The drug and what a short sentence says of it (`drug_fact_span`)."""
    if len(text) > MAX_DRUG_FACT_CHARS or text.count(" ") >= MAX_ACTION_WORDS:
        return None
    return _action(text) or _drug_class(text)


# A legal holding of who owes whom which duty, the duty the target: "A manufacturer owes the
# ultimate consumer {{c1::a duty of care}}", "A trustee owes the beneficiaries {{c1::a fiduciary
# duty}}", "An occupier owes {{c1::the common duty of care}} to all lawful visitors". The duty,
# not the party owed: its kind is what the law names and what sets one holding apart from
# another, a short phrase, where the party can be a long one. A bare "a duty" asks nothing
# ("owes tenants a duty to repair"); a pronoun's or a hedged duty ("may owe") is no holding.
# Looked for only where " owe" and " dut" are.
_OWES = lazy(
    r"\b(?P<owe>owes?|owed)\s+(?:[^.,;:()]*?\s)?(?P<duty>dut(?:y|ies))\b"
    r"(?P<of>\s+of\s+(?:good\s+faith|reasonable\s+care|(?!the\b|an?\b)[a-z][\w-]*))?"
)


# Words that make a duty one kind of duty: "a fiduciary duty", "the common duty of care".
_DUTY_KINDS = frozenset(
    "fiduciary common statutory non-delegable positive general special equitable contractual"
    " continuing strict legal professional".split()
)


_NOT_OWING = _PRONOUN_SUBJECTS | frozenset("may might could can would".split())


def states_duty(text: str) -> bool:
    """Whether a sentence states who owes whom which duty (`duty_span`): a claim as short as a
    sentence ("Directors owe the company fiduciary duties.")."""
    return duty_span(text) is not None


def duty_span(text: str) -> tuple[int, int] | None:
    """The duty a sentence says one party owes another (`_OWES`), with its article."""
    if " owe" not in text or " dut" not in text or not (found := _OWES.search(text)):
        return None
    before = text[: found.start()].split()
    if not before or before[-1].lower() in _NOT_OWING:
        return None
    start = found.start("duty")
    words = text[found.end("owe") : start].split()
    kinds = 0
    while kinds < len(words) and words[-1 - kinds].lower() in _DUTY_KINDS:
        kinds += 1
    if not (kinds or found.group("of")):
        return None  # "a duty to repair": no kind named
    start = text.rindex(words[-kinds], 0, start) if kinds else start
    if kinds < len(words) and words[-1 - kinds].lower() in ("a", "an", "the", "no"):
        start = text.rindex(words[-1 - kinds], 0, start)
    return start, found.end()


# A case cited with its year, the target: what a law student recalls of a rule is the case that
# made it ("In {{c1::Re McArdle}} (1951), a promise to pay for work already done was
# unenforceable", "Silence is no acceptance, as {{c1::Felthouse v Bindley}} (1862) shows",
# "{{c1::Marbury v. Madison}} (1803) established judicial review"). A name of parties ("X v
# Y", "R v X") or of one matter ("Re X", "Ex parte X"), each party a run of capitalised words
# that "of", "and", "the" or "&" may join; a preposition or article before it is no party.
# Only where the sentence opens on the case, or on "In" and the case, or cites it after ", as":
# "The principle was established in Donoghue v Stevenson (1932)" asks which principle.
# Looked for only where " v" or "Re " and a bracketed year are.
_PARTY = (
    r"(?!(?:In|The|As|See|Under|From|By|After|Since|When|Following|Unlike|Like|Per|Both|Then"
    r"|Later|Earlier|Applying|Only|Even|And|But|So|Also)\b)"
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*[A-Z&][\w'’.-]*)*"
)


_CITED_CASE = lazy(
    rf"(?<![\w-])(?P<case>(?:Re|Ex\s+parte)\s+{_PARTY}|{_PARTY}\s+v\.?\s+{_PARTY})"
    r"\s+[(\[](?:1[5-9]|20)\d\d[)\]]"
)


# Words of a case's name that name no party: its "R" (the Crown), "Co", "Ltd", "Re".
_NO_PARTY_WORDS = frozenset(
    "R Re Ex parte v v. Co Co. Ltd Ltd. plc Inc Inc. Corp Bros & of and the for".split()
)


def case_span(text: str) -> tuple[int, int] | None:
    """The case a sentence cites with its year (`_CITED_CASE`); None where the rest of the
    sentence names one of its parties ("In Hyde v Wrench (1840), Wrench offered …" gives the
    case away)."""
    if (" v" not in text and "Re " not in text) or not (found := _CITED_CASE.search(text)):
        return None
    start, end = found.span("case")
    if text[:start].strip() not in ("", "In") and not text[:start].endswith(", as "):
        return None
    rest = text[:start] + text[found.end() :]
    parties = [w for w in text[start:end].split() if w not in _NO_PARTY_WORDS]
    if not parties or any(re.search(rf"\b{re.escape(w)}\b", rest) for w in parties):
        return None
    return start, end


# What a cause, a reason or a result was, the target: "The root cause was {{c1::an expired
# intermediate TLS certificate}} on the internal service mesh, …". A term, not a clause ("The
# reason is that …") nor a word that judges ("The result was disappointing"). Looked for only
# at a sentence's opening "The ".
_CAUSE = lazy(
    r"The\s+(?:(?:root|main|primary|underlying|immediate|direct|proximate|leading|usual"
    r"|commonest|most\s+common)\s+)?(?:cause|reason|trigger|culprit|result|outcome)"
    r"(?:\s+of\s+[^,;:()]+?)?\s+(?:is|was)\s+(?P<what>\S)"
)


_NO_CAUSE = frozenset(
    "unknown unclear simple obvious clear same different similar good bad disappointing"
    " surprising predictable mixed impressive".split()
)


# What a named thing is caused by, the target: "Sickle cell anaemia is caused by {{c1::a single
# base substitution}} in the gene for haemoglobin", "Colds are caused by {{c1::viruses}}, mostly
# rhinoviruses", "Staling is caused by {{c1::starch retrogradation}}" (each was no card). A noun
# phrase its subject opens (no pronoun, no determiner: "This is caused by …", "Most of this
# warming …"), "is", "are", "was" or "were" and an adverb of how often; not a hedge ("can be
# caused by"), nor a list ("caused by debt, an unfair tax system and …": `_term_after`), nor a
# word for a cause of any kind ("caused by problems that …"). Looked for only where " caused by "
# is.
_CAUSED_BY = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,5}}?)\s+"
    r"(?:is|are|was|were)\s+(?:(?:mainly|mostly|usually|often|largely|always|commonly|typically"
    r"|chiefly|primarily|generally|normally)\s+)?caused\s+by\s+(?P<what>\S)"
)


# A cause's phrase runs on through what it is of: "the gravitational pull of the Moon", "the
# tilt of the Earth's axis".
MAX_CAUSE_WORDS = 6


_NO_CAUSES = frozenset(
    "problems problem issues issue things thing factors factor reasons causes something several"
    " various different number range variety combination mix".split()
)


def cause_span(text: str) -> tuple[int, int] | None:
    """What the cause, the reason or the result a sentence names was (`_CAUSE`), or what a
    named thing is caused by (`_CAUSED_BY`)."""
    if " caused by " in text and (caused := _caused_by(text)):
        return caused
    if not text.startswith("The ") or not (found := _CAUSE.match(text)):
        return None
    span = _term_after(text, found.start("what"))
    if span is None or not _NO_CAUSE.isdisjoint(text[slice(*span)].lower().split()):
        return None
    return span


def _caused_by(text: str) -> tuple[int, int] | None:
    """The noun phrase `_CAUSED_BY` finds after "caused by", a term."""
    if not (found := _CAUSED_BY.match(text)):
        return None
    if found.group("subject").split()[0].lower() in NOT_TERM - ARTICLES | _PRONOUN_SUBJECTS:
        return None
    span = _term_after(text, found.start("what"), MAX_CAUSE_WORDS)
    if span is None or not _NO_CAUSES.isdisjoint(text[slice(*span)].lower().split()):
        return None
    # The first of a list of causes is half the answer: "caused by debt, an unfair tax system,
    # Enlightenment ideas and bread shortages".
    if text.startswith(", ", span[1]) and _list_goes_on(text, span[1]):
        return None
    return span


# What a process turns a thing into, the target: "Secondary alcohols are oxidised to
# {{c1::ketones}}.", "Glucose is broken down into {{c1::pyruvate}} during glycolysis.", "Ethanol
# is metabolised to {{c1::acetaldehyde}} by …". A named subject in general (present tense), a
# verb of chemical or physical change; looked for only where one of `_CHANGE_STEMS` is.
_PRODUCT = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,4}}?)\s+(?:is|are)\s+"
    r"(?:(?:first|then|also|usually|mainly|rapidly|readily|slowly|further|easily)\s+)?"
    r"(?:oxidi[sz]ed|reduced|converted|hydroly[sz]ed|metaboli[sz]ed|broken\s+down|transformed"
    r"|fermented|decomposed|dehydrated|hydrogenated|polymeri[sz]ed|deaminated)\s+(?:to|into)\s+"
    r"(?P<what>[^\d\W])"
)


_CHANGE_STEMS = (
    *("oxidi", "reduced ", "converted ", "hydroly", "metaboli", "broken down", "transformed "),
    *("fermented ", "decomposed ", "dehydrated ", "hydrogenated ", "polymeri", "deaminated "),
)


# Where the product ends: besides `_PHRASE_END`, an agent, a means or a next step ("aldehydes
# and then to carboxylic acids by acidified dichromate").
_PRODUCT_END = lazy(r"\s+(?:and|or|by|with|under|using|via|through|for|before|after)\b")


# What no product is: "The risk is reduced to a minimum.", "… reduced to zero."
_NO_PRODUCT = frozenset("minimum maximum zero nothing half none tears ashes rubble".split())


def product_span(text: str) -> tuple[int, int] | None:
    """What a named subject is turned into (`_PRODUCT`), a noun phrase; None for a pronoun's or
    a determiner's subject ("This is converted into …") or no product ("… to a minimum")."""
    if not any(stem in text for stem in _CHANGE_STEMS) or not (found := _PRODUCT.match(text)):
        return None
    if found.group("subject").split()[0].lower() in NOT_TERM - ARTICLES | _PRONOUN_SUBJECTS:
        return None
    start = found.start("what")
    if cut := _PRODUCT_END.search(text, start):
        text = text[: cut.start()]
    span = _term_after(text, start)
    if span is None or not _NO_PRODUCT.isdisjoint(text[slice(*span)].lower().split()):
        return None
    return span


# What an action raises, the exception the target: "Looking up a missing key with square
# brackets raises a {{c1::KeyError}}.", "Dividing by zero throws an {{c1::ArithmeticException}}.";
# not "This raises a question …" nor a vague "raises an error". Looked for only where " raises "
# or " throws " is.
_RAISES = lazy(
    r"\s(?:raises|throws)\s+(?:an?\s+|the\s+)?(?P<what>[A-Za-z_][\w.]*"
    r"(?:Error|Exception|Warning|Interrupt|Exit|Iteration))\b"
)


# What code returns, the target: "The len() function returns {{c1::the number of items}} in a
# list.", "fruits[-1] returns {{c1::the last item}}". Only where the subject is code (brackets, a
# dotted or snake_case name) or a routine's noun, not "She returns home on Fridays."
_RETURNS = lazy(r"\sreturns\s+(?P<what>[^\d\W])")
_CODE_SUBJECT = lazy(
    r"\(\)|\w\[|\w_\w|\w\.\w|\b(?:function|method|call|query|operator|expression|lookup"
    r"|slicing|command)s?\b"
)


# Where what is returned ends: besides `_PHRASE_END`, an alternative or a manner ("None
# instead, or …", "None by default").
_RETURNED_END = lazy(r"\s+(?:instead|otherwise|by\s+default|or|and|for|to|from|with)\b")


def result_span(text: str) -> tuple[int, int] | None:
    """The exception an action raises (`_RAISES`), or what code returns (`_RETURNS`); None
    after a pronoun's or a determiner's subject ("It returns …", "This raises an error …")."""
    raises = (" raises " in text or " throws " in text) and _RAISES.search(text)
    returns = not raises and " returns " in text and _RETURNS.search(text)
    found = raises or returns
    if not found:
        return None
    subject = text[: found.start()].split()
    if not subject or subject[0].lower() in NOT_TERM - ARTICLES | _PRONOUN_SUBJECTS:
        return None
    start = found.start("what")
    if raises:
        return start, found.end("what")
    if not _CODE_SUBJECT.search(text, 0, found.start()):
        return None
    if cut := _RETURNED_END.search(text, start):
        text = text[: cut.start()]
    return _term_after(text, start)


# A term defined by the condition under which a thing is in it, the term the target: "A planet
# is at {{c1::opposition}} when Earth lies between it and the Sun", "A solution is {{c1::saturated}}
# when no more solute dissolves in it". A thing in general ("A …", "An …") or a named one in a
# state ("The Moon is at perigee when …"); not a judgement or a comparison ("A review is useful
# when …", "The dough is ready when …", "A loan is cheaper when …"). Looked for only where
# " when " is.
_CONDITION = lazy(
    r"(?:(?P<a>An?)|The)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:is|are)\s+"
    r"(?:(?P<state>at|in)\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+when\s"
)


_JUDGEMENTS = frozenset(
    "useful good bad best better worse worst important helpful easy hard difficult fine ready"
    " done safe unsafe dangerous possible impossible necessary likely unlikely common rare worth"
    " happy unhappy right wrong ok okay valuable effective ineffective great poor ideal free"
    " open closed available busy full empty".split()
)


def condition_span(text: str) -> tuple[int, int] | None:
    """The term a sentence defines by the condition under which a thing is in it
    (`_CONDITION`)."""
    if " when " not in text or not (found := _CONDITION.match(text)):
        return None
    if not (found.group("a") or found.group("state")):
        return None
    words = found.group("term").lower().split()
    if any(w in NOT_TERM or w in _JUDGEMENTS or w.endswith("ly") for w in words):
        return None
    if not found.group("state") and words[-1].endswith("er"):
        return None  # a comparison: "A loan is cheaper when …"
    return found.span("term")


# What a named thing does not do, a fact: "Metformin does not stimulate {{c1::insulin
# secretion}}", "Oil does not dissolve in {{c1::water}}". Its object is hidden when it is a term;
# else a subject of several words, a term ("{{c1::Privity of contract}} does not prevent a claim
# …"); else the verb with its object, what a learner is asked ("Warfarin does not {{c1::thin
# the blood}}"). Not advice ("Do not …", "You should not …"), a hedge ("may not"), a pronoun's or
# a possessive's subject ("This does not matter.", "My son does not eat fish") nor a verb of
# liking, knowing or needing. Looked for only where " not " or "n't " is.
_DOES_NOT = lazy(
    rf"(?P<subject>[A-Z][\w{APOSTROPHE}'-]*(?:\s+[\w{APOSTROPHE}'-]+){{0,3}}?)\s+"
    rf"(?:(?:does|do|did)\s+not|(?:doesn|don|didn)[{APOSTROPHE}']t)\s+"
    r"(?P<verb>[a-z]+(?:\s+(?:in|up|out|off|down|away|over|into|to|from|with|on))?)\s+(?P<object>\S)"
)


_NOT_DONE = frozenset(
    "like love want think believe know care need matter mind feel seem agree understand"
    " remember expect recommend mean have get make do go work happen exist look sound".split()
)


_NO_DOER = _PRONOUN_SUBJECTS | frozenset(
    "my your our his her their some many most each every no any all both few".split()
)


# Common first names: one alone as a subject is a person in an anecdote, whose habits are no
# study fact ("Sarah does not eat meat"). A surname after it makes a full name: in the present
# tense a person's habit still ("Sarah Lin does not eat meat"), in the past a biography's fact
# ("Marie Curie did not patent radium", "Albert Einstein did not accept quantum
# indeterminacy"), kept; so is a surname alone ("Darwin did not …"). Names that are also words
# or places (Grace, Rose, Will, Paris) are left out.
_FIRST_NAMES = frozenset(
    "aaron abigail adam adrian aisha alan albert alex alexander alice alison amanda amelia amy"
    " andrea andrew angela anna anne anthony arthur ava barbara ben benjamin beth betty bob"
    " brian carl carlos carol caroline catherine charles charlie charlotte chloe chris"
    " christine christopher claire daniel david deborah dennis diana donald dorothy douglas"
    " edward eleanor elena elizabeth ella emily emma eric ethan eva fatima fiona frank fred"
    " gary george gregory hannah harry heather helen henry isabella isaac jack jacob james jane"
    " janet jason jeff jennifer jessica jim joan joe john jonathan jose joseph joshua juan"
    " julia julie karen kate katherine kevin laura lauren leo linda lisa lucy luis maria"
    " marie martha mary matthew megan melissa michael michelle mike mohammed muhammad nancy"
    " natalie nicholas nicole noah oliver olivia omar patricia paul peter priya rachel raj"
    " rebecca richard robert ryan sam samantha samuel sandra sara sarah scott sophia sophie"
    " stephen steve steven susan thomas tim timothy tom tony victor william zoe".split()
)


def states_denial(text: str) -> bool:
    """Whether a sentence states what a named thing does not do (`denial_span`): a claim as
    short as a sentence ("Metformin does not stimulate insulin secretion.")."""
    return denial_span(text) is not None


def denial_span(text: str) -> tuple[int, int] | None:
    """What a named subject does not do (`_DOES_NOT`): its object, a term, or the verb with it."""
    if (" not " not in text and "n't " not in text and "n’t " not in text) or not (
        found := _DOES_NOT.match(text)
    ):
        return None
    words = found.group("subject").lower().split()
    if words[0] in STOP or not _NO_DOER.isdisjoint(words):
        return None
    if _first_name_alone(found.group("subject")) or (
        _full_name(found.group("subject")) and not text.startswith("did", found.end("subject") + 1)
    ):
        return None
    if found.group("verb").split()[0] in _NOT_DONE:
        return None
    start = found.start("object")
    if text[start].isdigit():
        return None  # a figure's or a date's, not a denial's: "did not disappear in 1351"
    if (term := _term_after(text, start)) and text[start : term[1]].split()[0] not in ARTICLES:
        return term
    if (
        term and len(words) > 1 and words[0] != "the"
    ):  # a term denied it: "{{c1::Privity of contract}}"
        return found.span("subject")
    verb = found.start("verb")
    end = term[1] if term else None
    return (verb, end) if end and len(text[verb:end].split()) <= MAX_MEANS_WORDS + 1 else None


def _first_name_alone(subject: str) -> bool:
    """Whether a subject is a first name with no surname after it ("Sarah", "Sarah often",
    "Sarah's brother"), not "Sarah Lin"; or two joined by "and" ("Sarah and Tom")."""
    first, *rest = _paired(subject.split())
    return _first_name(first) and not any(word[:1].isupper() for word in rest)


def _first_name(word: str) -> bool:
    """Whether `word` is a first name (`_FIRST_NAMES`), possessive or not ("Sarah's")."""
    return word.replace(APOSTROPHE, "'").partition("'")[0].lower() in _FIRST_NAMES


def _paired(words: list[str]) -> list[str]:
    """A subject's words with a second first name joined by "and" dropped: "Sarah and Tom('s)
    …" reads as "Sarah('s) …", "Sarah and Tom Lin" as "Sarah Lin"."""
    if len(words) > 2 and words[1] == "and" and _first_name(words[2]):
        return [words[0] + words[2][len(words[2].rstrip("'’s")) :], *words[3:]]
    return words


def _full_name(subject: str) -> bool:
    """Whether a subject is a first name and a capitalised surname ("Sarah Lin", "Sarah Lin
    still", "Sarah and Tom Lin"), a person (`_FIRST_NAMES`)."""
    first, *rest = _paired(subject.split())
    return first.lower() in _FIRST_NAMES and bool(rest) and rest[0][:1].isupper()


def states_composition(text: str) -> bool:
    """Whether a sentence states what a thing is made of (`composition_span`): a claim as short as
    a sentence ("Bronze is made of copper and tin.")."""
    return composition_span(text) is not None


def composition_span(text: str) -> tuple[int, int] | None:
    """The material a sentence's subject is made of (`_COMPOSITION`), a noun phrase of up to
    MAX_MATERIAL_WORDS words; None for the document's own parts ("This guide is made up of
    three parts", "The course consists of five modules") or a vague subject ("It is made of")."""
    if not any(word in text for word in _COMPOSED_WORDS):
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    if (
        not (found := _COMPOSITION.match(text, begin))
        or NOT_COUNTED.match(found.group("subject"))
        or not _NOT_MADE.isdisjoint(found.group("subject").lower().split())
    ):
        return None
    start, end = found.span("material")
    if cut := _MATERIAL_END.search(text, start, end):
        end = cut.start()
    words = list(WORD.finditer(text, start, end))
    if words and words[0].group().lower() in ARTICLES:  # "of a dense core": not the "a"
        words.pop(0)
    if (
        not words
        or sum(
            w.group() not in ("and", "or")
            and w.group().lower() not in _PART_COUNTS
            and not w.group().isdigit()
            for w in words
        )
        > MAX_MATERIAL_WORDS
        or re.fullmatch(DOCUMENT_PART, words[-1].group(), re.IGNORECASE)
    ):
        return None
    return words[0].start(), words[-1].end()


# A sentence that opens on what its subject is set against: "Unlike Earth, Venus rotates
# clockwise", "In contrast to Mars, Venus has …", "Whereas Mars is cold, Venus is …". The main
# clause's subject is the target. Tested with `startswith` first: most sentences open otherwise.
_SET_AGAINST_OPENINGS = ("Unlike ", "In contrast to ", "In contrast with ", "Whereas ")


_SET_AGAINST = lazy(
    r"(?:Unlike|In contrast (?:to|with)|Whereas)\s+(?P<foil>[^,;:?!]{1,80}),\s+(?=\w)"
)


# A foil with none but these words sets the subject against nothing the card shows: "Unlike
# them", "Unlike before", "Unlike most", "Unlike the others".
_VAGUE_FOIL = (
    NOT_TERM
    | _PRONOUN_SUBJECTS
    | {
        *("us", "me", "him", "others", "ours", "yours", "theirs", "mine", "hers", "usual", "ever"),
        *("earlier", "previously", "now", "today", "what", "how", "where", "who"),
    }
)


_VAGUE_SUBJECT = _VAGUE_FOIL - ARTICLES


# A foil that opens on these leans on another sentence: "Unlike its rivals", "Unlike your phone".
OWNERS = frozenset("its their our your his her my whose".split())


# The same contrast between a sentence's subject and its verb: "Venus, unlike Earth, rotates
# clockwise", "Contributions, unlike earnings, can always be withdrawn". Tested with `in` first.
_UNLIKE_INSIDE = lazy(
    r"(?P<subject>[^,;:?!]{1,60}),\s+unlike\s+(?P<foil>[^,;:?!]{1,80}),\s+(?P<verb>\w+)\b"
)


# Words that hedge the main clause: no firm fact ("Unlike Earth, Venus may have had oceans").
_HEDGES = frozenset(
    "may might could would should often usually sometimes generally typically perhaps probably"
    " possibly likely tend tends seem seems appear appears".split()
)


def set_against_span(text: str) -> tuple[int, int] | None:
    """The subject a sentence sets against another: after an opening "Unlike X,"
    (`_SET_AGAINST`), or before an inner ", unlike X," (`_UNLIKE_INSIDE`)."""
    if text.startswith(_SET_AGAINST_OPENINGS):
        return _opening_subject(text)
    if ", unlike " in text:
        return _inner_subject(text)
    return None


def _vague_or_hedged(text: str, foil: str, clause: int) -> bool:
    """Whether the `foil` is vague ("them", "before", "its rivals") or the main clause, from
    `clause` on, hedged."""
    words = foil.split()
    return (
        words[0].lower() in OWNERS
        or all(_vague(word, _VAGUE_FOIL) for word in words)
        or any(word.group().lower() in _HEDGES for word in WORD.finditer(text, clause))
    )


def _vague(word: str, vague: frozenset[str]) -> bool:
    """Whether `word` is one of the `vague` words: "us" and "it", not "US" and "IT"."""
    return word.lower() in vague and not (len(word) > 1 and word.isupper())


def _opening_subject(text: str) -> tuple[int, int] | None:
    """The subject of the main clause after an opening "Unlike X,": the words before its verb.
    None for a vague foil or subject ("Unlike them, it is …", "Unlike before, we …"), an
    imperative, or a hedged clause."""
    if not (match := _SET_AGAINST.match(text)):
        return None
    if _vague_or_hedged(text, match.group("foil"), match.end()):
        return None
    words = list(islice(WORD.finditer(text, match.end()), MAX_SUBJECT_WORDS + 1))
    if len(words) < 2:
        return None
    first = words[0].group()
    if _vague(first, _VAGUE_SUBJECT) or (
        first.islower() and (first in VERBS or first.endswith("ly"))
    ):
        return None
    for index in range(1, len(words)):
        word = words[index].group()
        if (
            word.lower() in CLAUSE_WORDS
            or not text[words[index - 1].end() : words[index].start()].isspace()
        ):
            return None
        following = words[index + 1].group().lower() if index + 1 < len(words) else ""
        # A noun before a verb or after a possessive: "Greenland {sharks} live", "Jupiter's
        # {moons} orbit".
        if following in VERBS or words[index - 1].group().endswith(("'s", f"{APOSTROPHE}s")):
            continue
        # After a name, a verb's -s before a preposition: "Uranus {spins} on its side".
        named = index == 1 and words[0].group()[0].isupper() and following in DESCRIBING
        if finite_verb(word, "" if named else following, words[index - 1].group()):
            return _subject(text, words[0].start(), words[index - 1].end())
    return None


def _inner_subject(text: str) -> tuple[int, int] | None:
    """The subject before an inner ", unlike X," when a verb follows it ("Venus, unlike Earth,
    rotates …"); None for a vague foil or subject, a subject with a verb of its own ("The test
    showed that X, unlike Y, …"), or a hedged clause."""
    if not (match := _UNLIKE_INSIDE.match(text)):
        return None
    if _vague_or_hedged(text, match.group("foil"), match.start("verb")):
        return None
    words = list(WORD.finditer(text, 0, match.end("subject")))
    if (
        not words
        or len(words) > MAX_SUBJECT_WORDS
        or _vague(words[0].group(), _VAGUE_SUBJECT)
        or any(w.group().lower() in VERBS or w.group().lower() in CLAUSE_WORDS for w in words)
    ):
        return None
    verb = match.group("verb")
    # The commas mark the verb's place: no word after it need rule out a noun ("spins on").
    if not verb.islower() or not finite_verb(verb, "", words[-1].group()):
        return None
    return _subject(text, words[0].start(), words[-1].end())


def _case_definition(text: str) -> tuple[int, int] | None:
    """The term "Careless is when a player …" defines, its target; None for "It is when …",
    "This is where …", "The best time is when …"."""
    if not (match := _CASE_DEFINITION.match(text)):
        return None
    words = match.group("term").lower().split()
    # "… occurs when" after one word names no kind: "Damage occurs when roots …", "Confusion
    # happens when …"; two name one: "Demand-pull inflation", "A solar eclipse".
    if len(words) < 2 and not (
        match.group("one")
        or match.group("defined")
        or match.group().rstrip().endswith(("is when", "is where", "is whether"))
        or " is how " in match.group()
    ):
        return None
    # A definition that is no fact: "Success is defined as whatever makes you happy …".
    if match.group("defined") and text[match.end() :].split(" ", 1)[0] in _NO_DEFINITIONS:
        return None
    # One of a kind a judgement picks out, no term: "A good teacher is one who listens".
    if match.group("one") and not _JUDGEMENTS.isdisjoint(words):
        return None
    # What a thing means, a consequence, not a term: "Sarah's promotion means that …", "The
    # new policy means that …", "Running late means that …", "Good design means that …", "A
    # higher price means that …".
    if match.group("means") and (
        any(APOSTROPHE in word or "'" in word or word in _JUDGEMENTS for word in words)
        or words[0].endswith("ing")
        or _MEANS_COMPARATIVE.fullmatch(words[0])
    ):
        return None
    if words[0] in NOT_TERM or any(
        word in GENERIC_SUBJECTS or word in _NO_CASE_TERM for word in words
    ):
        return None
    # How much of something a virtue is, an aphorism: "Success is how well you handle failure".
    if " is how " in match.group() and (words[-1] in _VIRTUES or " you" in text[match.end() - 1 :]):
        return None
    return match.span("term")


def _subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The defined term, without its article; None for "the result", "the second" and kin."""
    words = list(WORD.finditer(text, start, end))
    while words and words[0].group().lower() in ARTICLES:
        words.pop(0)
    if not words:
        return None
    # "The testing effect is the finding that …": a kind named, not "the effect" of before.
    kind = len(words) > 1 and names_a_kind(words[-2].group(), words[-1].group())
    if any(w.group().lower() in GENERIC_SUBJECTS for w in words[: -1 if kind else None]):
        return None
    return words[0].start(), words[-1].end()


# What "at" bounds, no preposition then: "at least one mean differs", "at most 5 GB".
_BOUNDS = frozenset({"least", "most"})


# Where the side after "not" ends.
_SIDE_END = lazy(r"[,;:.!?()]")


def _before(
    text: str, end: int, contrasted: str = "", opens: str = "", head: str = ""
) -> tuple[int, int] | None:
    """The noun phrase that ends at `end`: up to four words, back to a stop word or to the
    comma that opens its clause ("When rates rise, bond prices fall, not …" stops at "bond").
    `contrasted` is the one word after "not", where the contrast ends there; `opens` the first
    word after it and `head` the last, which the phrase parallels (`_across_of`,
    `_across_and`)."""
    clause = max(text.rfind(mark, 0, end) for mark in ",;:\u2014\u2013") + 1
    words = list(WORD.finditer(text, clause, end))
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        lowered = word.group().lower()
        bounds = lowered == "at" and bool(taken) and taken[0].group().lower() in _BOUNDS
        if (lowered in STOP or len(taken) >= 4) and not bounds:
            taken = _across_of(words, taken, word, opens)
            taken = _across_and(words, taken, word, head)
            break
        if opens in PREPOSITION_WORDS and lowered in PREPOSITION_WORDS and taken:
            break  # "best observed near {{c1::first quarter}}, not at full Moon"
        taken.insert(0, word)
    while taken and taken[0].group().lower() in ARTICLES:
        taken.pop(0)
    # An instruction's verb is no part of what it sets against another: "Use {{c1::a t-test}}
    # rather than a z-test", not "{{c1::Use a t-test}}".
    if taken and not clause and (verb := instruction_end(text)) > taken[0].start():
        taken = [word for word in taken if word.start() >= verb]
        while taken and taken[0].group().lower() in ARTICLES:
            taken.pop(0)
    # Back to the clause's start: "Caffeine blocks adenosine receptors, not …" holds subject
    # and verb too; the object after the verb is what is contrasted.
    if taken and all(w.group().lower() in DETERMINERS for w in words[: words.index(taken[0])]):
        verb = next((i for i, w in enumerate(taken[1:-1], 1) if looks_like_verb(w.group(), "")), 0)
        taken = taken[verb + 1 :] if verb else taken
        # No object: the word that mirrors the one contrasted is ("bond prices fall, not rise",
        # "shares dropped sharply, not gradually").
        if (
            not verb
            and len(taken) > 1
            and _mirrors(taken[-2].group(), taken[-1].group(), contrasted)
        ):
            taken = taken[-1:]
    if not taken:
        return None
    return taken[0].start(), taken[-1].end()


# What joins a noun to the words that complete it: "an invitation to treat", "a change of use".
_NOUN_LINKS = frozenset({"to", "of"})


def _across_of(
    words: list[re.Match[str]], taken: list[re.Match[str]], stop: re.Match[str], opens: str
) -> list[re.Match[str]]:
    """`taken` with the noun before a "to" or "of" it stopped at, where that noun parallels
    the side contrasted, which `opens`: both after an article ("an {{c1::invitation to
    treat}}, not an offer", not "an invitation to {{c1::treat}}"), or both plurals with none
    ("usually {{c1::invitations to treat}}, not offers"). Up to four words."""
    if stop.group().lower() not in _NOUN_LINKS or not taken or len(taken) > 2:
        return taken
    at = words.index(stop)
    noun = words[at - 1] if at else stop
    if noun is stop or noun.group().lower() in NOT_TERM or not noun.group().isalpha():
        return taken
    if opens in ARTICLES:
        if at >= 2 and words[at - 2].group().lower() in ARTICLES:
            return [words[at - 2], noun, stop, *taken]
    elif looks_like_verb(opens, "") and looks_like_verb(noun.group(), ""):
        previous = words[at - 2].group().lower() if at >= 2 else ""
        if previous in NOT_TERM or previous.endswith("ly"):
            return [noun, stop, *taken]
    return taken


def _across_and(
    words: list[re.Match[str]], taken: list[re.Match[str]], stop: re.Match[str], head: str
) -> list[re.Match[str]]:
    """`taken` with the phrase an "and" it stopped at joins to it, where that phrase ends on
    the noun the side contrasted ends on: "the value of {{c1::final goods and services}}, not
    intermediate goods", not "final goods and {{c1::services}}". Up to four words."""
    if stop.group().lower() != "and" or not head or len(taken) != 1:
        return taken
    at = words.index(stop)
    if at < 1 or words[at - 1].group().lower() != head:
        return taken
    joined = [words[at - 1]]
    if at >= 2 and (word := words[at - 2].group().lower()) not in STOP and word not in ARTICLES:
        joined.insert(0, words[at - 2])
    return [*joined, stop, *taken]


def _mirrors(before: str, word: str, other: str) -> bool:
    """Whether `word` (after `before`) mirrors `other` as a verb or an adverb does: both end in
    "ly" or "ed" ("sharply"/"gradually"), or both are bare after a plural subject ("prices
    fall"/"rise"). A plural ("adenosine receptors"/"enzymes") tells no verb by its "s"."""
    word, other = word.lower(), other.lower()
    if any(word.endswith(end) and other.endswith(end) for end in ("ly", "ed")):
        return True
    bare = not any(w.endswith(("s", "ed", "ly", "ing")) for w in (word, other))
    return bare and looks_like_verb(before, "")


def bare_verb(before: str, word: str) -> bool:
    """Whether `word`, after a plural that `before` does not make a verb ("modestly
    lengthens"), may be that plural's verb by its shape: a bare word, no noun's or adjective's
    form."""
    return not (
        not word.isalpha()
        or not word.islower()
        or word in NOT_TERM
        or word in AFTER_VERBS
        or word in PREPOSITION_WORDS  # "wraps onto a …"
        or word.endswith("s")
        or (NOT_A_VERB.search(word) and not word.endswith("est"))  # "turtles nest"
        or before.lower().endswith("ly")
    )


# A sentence that states how one quantity moves another, as economics and the sciences do: a
# cause that changes ("When interest rates rise,", "Higher rates", "Raising taxes", "A rise in
# rates", "Central banks raise interest rates to …") and after it the direction of the effect
# ("bond prices fall", "tend to strengthen", "make borrowing more expensive"), its target. In
# the present tense only: "When the stock fell, …" tells a story. A change of one thing ("Prices
# fall on Fridays") or an effect after no changing cause ("The stock fell after the CEO
# resigned") is none. The effect: a verb of change (`words.CHANGE`) or a comparative.
_COMPARATIVE = (
    r"(?:higher|lower|cheaper|dearer|costlier|stronger|weaker|faster|slower|larger|smaller"
    r"|greater|(?:more|less)\s+(?:expensive|costly|affordable|attractive|valuable|volatile"
    r"|likely|profitable|competitive|sensitive))"
)


_EFFECT = lazy(rf"\b(?:{CHANGE}|{_COMPARATIVE})\b", re.IGNORECASE)


# A cause clause that opens the sentence: "When interest rates rise, …".
_CHANGES_WHEN = lazy(
    rf"(?:When|Whenever|If|As)\s+[^,;:]{{0,60}}?\b{CHANGE}\b[^,;:]{{0,40}},\s+(?=\w)"
)


# A changing cause that opens the sentence as its subject: "Higher rates", "Raising taxes", "A
# rise in rates"; not a command ("Lower the heat"), whose next word is a determiner.
_CHANGED = lazy(
    r"(?:Higher|Lower|Rising|Falling|Increasing|Decreasing|Raising|Lowering|Reducing"
    r"|Greater|(?:A|An)\s+(?:rise|fall|drop|increase|decrease|reduction)\s+in)\s+"
    r"(?!(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those|it|them)\b)[\w'’-]+\s+"
)


# An effect stated before the changing cause it follows: "Bond prices {{c1::fall}} when interest
# rates rise", "The resistance of a thermistor {{c1::falls}} as its temperature rises", "Demand
# usually {{c1::falls}} as prices rise" (each was no card, or a takeaway hid the subject). Its
# subject a noun phrase of up to seven words (no pronoun, no command: "Lower the heat as …"),
# its verb in the present tense. Looked for only where " when ", " as ", " if " or
# " whenever " is.
_EFFECT_BEFORE = lazy(
    r"(?P<subject>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}?)\s+"
    r"(?:(?:usually|generally|normally|always|often|tends?\s+to)\s+)?"
    rf"(?P<effect>{CHANGE})\s+(?:when|whenever|as|if)\s+[^,;:]{{0,60}}?\b{CHANGE}\b"
)


_EFFECT_CLAUSES = (" when ", " as ", " if ", " whenever ")


def _effect_before(text: str) -> tuple[int, int] | None:
    """The effect `_EFFECT_BEFORE` finds before its cause; None after a pronoun or a command."""
    if not any(clause in text for clause in _EFFECT_CLAUSES) or not (
        found := _EFFECT_BEFORE.match(text)
    ):
        return None
    first = found.group("subject").split()[0].lower()
    if first in _NO_AGENT or first in _INSTRUCTION_VERBS or first in NOT_TERM - ARTICLES:
        return None
    return found.span("effect")


_DIRECTION_OPENINGS = (
    *("When ", "Whenever ", "If ", "As ", "Higher ", "Lower ", "Rising ", "Falling "),
    *("Increasing ", "Decreasing ", "Raising ", "Lowering ", "Reducing ", "Greater ", "A ", "An "),
)


# An agent that changes one thing to move another: "Central banks raise interest rates to
# slow inflation". Looked for only where " to " and such a verb are.
_CAUSE_VERBS = frozenset("raise raises lower lowers increase increases reduce reduces".split())


_CHANGES_TO = lazy(
    rf"\b(?:raises?|lowers?|increases?|reduces?)\s+(?!(?:your|my|our)\b)[^,;:.]{{2,40}}?"
    rf"\s+(?:in\s+order\s+)?to\s+(?P<effect>{CHANGE})\b"
)


# A story's verbs: "When the stock fell, …", "Higher rates made borrowing more expensive".
_TOLD = frozenset("was were had did made became".split())


# Advice, no claim: "As prices rise, you should lower your budget."
_ADVISING = frozenset("you should must we i".split())


_NO_AGENT = frozenset("i we you he she it they this that there".split())


MAX_AGENT_WORDS = 5


def states_direction(text: str) -> bool:
    """Whether a sentence states the direction a changing cause moves something (`direction_span`):
    a claim as short as a sentence ("When interest rates rise, bond prices fall.")."""
    return direction_span(text) is not None


def direction_span(text: str) -> tuple[int, int] | None:
    """The direction of the effect a sentence states a changing cause has (see `CHANGE`)."""
    if text.startswith(_DIRECTION_OPENINGS):
        when = _CHANGES_WHEN.match(text)
        if not (cause := when or _CHANGED.match(text)):
            return None
        effect = _EFFECT.search(text, cause.end())
        between = text[cause.end() : effect.start()] if effect else ""
        if (
            effect is None
            or (when and not between)  # "If prices rise, lower your spending.": a command
            or re.search(r",|\band\b|\bor\b", between)  # "Higher rates and lower taxes …"
            or not _ADVISING.isdisjoint(between.lower().split())
        ):
            return None
        span = effect.span()
    elif " to " in text and not _CAUSE_VERBS.isdisjoint(text.split()):
        found = _CHANGES_TO.search(text)
        agent = text[: found.start()].split() if found else []
        if (
            found is None
            or not 1 <= len(agent) <= MAX_AGENT_WORDS
            or agent[0].lower() in _NO_AGENT
            or not agent[0][:1].isupper()
        ):
            return None  # "Lower the heat to reduce …", "We raise prices to …"
        span = found.span("effect")
    else:
        before = _effect_before(text)
        if before is None:
            return None  # most sentences
        span = before
    return span if _TOLD.isdisjoint(text.lower().split()) else None


# Verbs advice and how-tos open with, as commands ("Compute the rate …", "Keep receipts …").
_INSTRUCTION_VERBS = frozenset(
    (
        "add adjust aim allow apply ask avoid bake boil bring brush buy calculate cancel choose"
        " clean clear close compare compute confirm consider consult convert cook delete divide"
        " do eat enable estimate fill find follow freeze get give go include install keep leave"
        " limit make measure mix move multiply open pack pin pour prefer prepare put read"
        " reduce remember remove repeat replace rinse save schedule see sell skip soak spend stir"
        " subtract take tell try unplug weigh wipe write"
    ).split()
)


# Verbs that are as often nouns a sentence opens with ("Exercise improves mood", "Sleep debt
# builds up"): verbs only when no verb of a subject follows (`instruction_end`).
_NOUN_VERBS = frozenset(
    (
        "back book call change charge check count cover cut drink drive dry exercise heat hold"
        " label list log look note order pay pick place plan plug practise practice press print"
        " record rest review run set share sleep split start stay stop store stretch switch talk"
        " test track turn type update use visit wait walk wash watch water wear"
    ).split()
)


# Words before what an instruction is done to: "Get enough sleep", "Give yourself time".
_BEFORE_OBJECTS = (
    DETERMINERS
    | OWNERS
    | frozenset("enough any all more less no yourself yourselves themselves".split())
)


# What an instruction's verb takes before a clause, no object: "Make sure the oven is hot".
_NO_OBJECT = frozenset({"sure", "certain"})


# What opens an instruction before its verb: "Never skip …", "Do not mix …", "Always wear …".
_INSTRUCTION_OPENINGS = frozenset("never always please don't don’t".split())


# Particles a verb takes before its object: "Turn off the stove", "Back up your files".
_PARTICLES = frozenset("up down out off in on away back over".split())


def instruction_end(text: str) -> int:
    """Where the verb of an instruction that `text` opens with ends ("Wash and dry", "Do not
    mix", "Turn off"), or 0 for no instruction: a noun with its verb after it is a subject
    ("Exercise improves mood", "Sleep debt builds up", "Rest days matter")."""
    words = list(islice(WORD.finditer(text), 6))
    at = 0
    while at < len(words) - 1 and words[at].group().lower() in _INSTRUCTION_OPENINGS:
        at += 1
    if at < len(words) - 2 and words[at].group().lower() == "do" and words[at + 1].group() == "not":
        at += 2
    verb = words[at].group().lower() if at < len(words) - 1 else ""
    if verb not in _INSTRUCTION_VERBS and verb not in _NOUN_VERBS:
        return 0
    if not at and not text[0].isupper():
        return 0
    # "Wash and dry the dishes": both verbs.
    if (
        at + 2 < len(words)
        and words[at + 1].group() == "and"
        and words[at + 2].group().lower() in _INSTRUCTION_VERBS | _NOUN_VERBS
    ):
        at += 2
    end = words[at].end()
    following = words[at + 1 : at + 3]
    if following and following[0].group().lower() in _PARTICLES:
        end, following = following[0].end(), words[at + 2 : at + 4]
    if verb in _INSTRUCTION_VERBS or at:  # "Keep receipts for …", "Never drink …"
        return end
    # A verb of a subject after the first word or the one after it: "Exercise improves",
    # "Rest days matter", "Sleep debt builds", "Water is".
    for index, word in enumerate(following):
        lower = word.group().lower()
        if lower in NOT_TERM and lower not in VERBS:
            break
        if lower in VERBS or looks_like_verb(lower, "") or (index and bare_verb("", lower)):
            return 0
    return end


def instruction_object_span(text: str, verb: int) -> tuple[int, int] | None:
    """What an instruction's verb, ending at `verb`, is done to: the nouns after it and its
    article ("Compute the {{c1::rate}} with …"), up to a preposition, a clause or an adverb;
    none for a pronoun ("Do it …") or a phrase too long to be one term."""
    run: list[re.Match[str]] = []
    last = verb
    for word in WORD.finditer(text, verb):
        lower = word.group().lower()
        if between := text[last : word.start()].strip():
            # A clause ends it; anything else is part of a name or a command: "python3 -m venv
            # .venv", none of it plain words.
            if not between.startswith((",", ";", ":", "(", *DASHES)):
                return None
            break
        last = word.end()
        if not run and lower in _BEFORE_OBJECTS:
            continue
        if not run and lower in _NO_OBJECT:
            return None  # "Make sure the oven is hot": a clause follows
        if lower in NOT_TERM or lower in _PRONOUNS or lower.endswith("ly"):
            break
        if not lower.replace("-", "").isalpha() or lower.startswith("-"):
            return None  # "Divide 72 by …", "Run python3 …": no plain noun
        run.append(word)
    # No participle or gerund, as no key term is one: "Keep some running at {{c1::marathon
    # pace}}", not "Keep some {{c1::running}}".
    if not run or len(run) > MAX_KEY_TERM_WORDS or NOT_A_TERM.search(run[-1].group()):
        return None
    return run[0].start(), run[-1].end()


# "Don't confuse Julius Caesar with Augustus: Caesar was never emperor.": a warning against
# confusing two things, each one to four words, and what tells them apart.
_CONFUSED = lazy(
    rf"(?:Do\s+not|Don['{APOSTROPHE}]t|Never)\s+(?:confuse|mix\s+up)\s+"
    r"(?P<first>[^,:;.]+?)\s+(?:with|and)\s+(?P<other>[^,:;.]+?)\s*[:;,]\s+(?P<reason>.+)"
)


def confused_span(text: str) -> tuple[int, int] | None:
    """The one of two confused things its reason does not name again, which a card asks for:
    "Augustus" in "Don't confuse Julius Caesar with Augustus: Caesar was never emperor." (the
    card hid "Julius Caesar", given by the reason). None where the reason names neither or both,
    or either side is no term of one to four words."""
    if not (match := _CONFUSED.match(text)):
        return None
    sides = [match.group(side).split() for side in ("first", "other")]
    if any(not 1 <= len(words) <= 4 for words in sides):
        return None
    reason = set(WORD.findall(match.group("reason").lower()))
    named = [words[-1].lower() in reason for words in sides]
    if named == [True, False]:
        return match.span("other")
    if named == [False, True]:
        return match.span("first")
    return None
