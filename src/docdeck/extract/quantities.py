"""Figures a sentence states: numbers with their units, ranges, money, counts, ages, dates and
periods; which of them is the point of a sentence (`quantity_span`), and whether a sentence
states one at all (`states_quantity`).

Imports `patterns`, `lines` and `extract.words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice, pairwise

from docdeck.extract.words import (
    AFTER_NOUNS,
    ARTICLES,
    DASHES,
    NOT_TERM,
    WORD,
    Vocabulary,
    function_word,
    looks_like_verb,
)
from docdeck.lines import WRITTEN_DATE
from docdeck.patterns import lazy

# A quantity is a figure with all that reads as part of it: its whole unit, compound units too
# ("0.015 g/dL", "9.8 m/s²", "kWh/m²", "10 mg per kg"), a range ("5–10 mg", "between 7 and 9
# hours"), a currency with its scale ("$3.5 billion"). A cloze that stops short hides half a
# token ("{{c1::0.015 g}}/dL"), and what the front still shows gives the answer away.
# Possessive: a unit never starts inside a number, and a figure with none ("2019", "58(1)") then
# fails once instead of once per shorter run of its digits. A colon joins a pace or a time
# ("6:00 min/km"): the cloze hid "00 min/km".
_NUMBER = r"\d++(?:[.,:]\d+)*+"


# A scale word before a unit is one with it: "100 million gigatonnes", "79.6 billion percent",
# "3.4 million km²" (the cloze hid "{{c1::100 million}} gigatonnes", the unit left as a hint).
# Not before a noun that is no unit: "2 million people" stops after "million".
# The scale words past a trillion are as much a figure's as "billion" is: "more than
# {{c1::500 sextillion}}" (the cloze hid "{{c1::500}} sextillion").
_SCALE = r"(?:million|billion|trillion|quadrillion|quintillion|sextillion|septillion|octillion)"


# Unit words and abbreviations, folding case; longer spellings first where a shorter one would
# stop before a space ("120 mm Hg"). Never "in", "a" or "s" alone: "3 in 10 adults", "twice a
# day" and "the 1990s" hold no unit. A `u` is micro as `µ` is, where `µ` was not typed ("25 uL",
# "20 ug/mL", "5 umol/L"); never before "s": "10 US states". A unit's qualifier is part of it:
# "60 calendar months", "3 statute miles", "150 nautical miles" (the cloze hid "150" alone).
# Astronomy's units are units: "about {{c1::1,350 light years}}", "{{c1::10 million kelvin}}",
# "{{c1::30 astronomical units}}" (the cloze hid the figure alone, or there was none); "kelvin" in
# lower case only: "In 1848 Kelvin proposed …" names the man.
_WORDS = (
    r"parts\s+per\s+(?:million|billion|trillion)|per\s+cent|percent|percentage\s+points?|basis\s+points?|bps|points?|times|fold"
    rf"|{_SCALE}|bn|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?"
    r"|(?:business|working|calendar|school|work)\s+(?:days?|weeks?|hours?|months?|years?)"
    r"|(?:statute|nautical|square|cubic)\s+(?:miles?|feet|foot|yards?|inch(?:es)?|(?:kilo)?met(?:re|er)s?)"
    r"|seconds?|secs?|decades?|centur(?:y|ies)|[m\u00b5\u03bcn]s|mm\s?hg"
    r"|[mk\u00b5\u03bcunp]g|mcg|(?:kilo|milli|micro|nano|pico)?grams?|lbs?|pounds?|ounces?|oz|tons?"
    r"|[kcm\u00b5\u03bcun]m|(?:kilo|centi|milli|micro|nano)?met(?:re|er)s?|miles?|feet|foot|ft|inch(?:es)?"
    r"|yards?|[mdc\u00b5\u03bcu]l|(?:milli|micro|deci)?lit(?:re|er)s?|gallons?|[kmgt]?wh|[kmg]w|(?:kilo)?watts?"
    r"|volts?|[km]?ah|[km]?[\u03a9\u2126]|ohms?|kcal|kj|calories|joules?|[kmh]pa|psi|atm|mph|kph"
    r"|knots?|rpm|bpm|beats|breaths|[gmk]t|(?:giga|mega)?tonnes?"
    r"|cells?(?=/)|[kmgtp]i?b|bytes?|bits?|[kmg]bps|[kmg]bits?|[kmg]?hz|[mnp\u00b5\u03bcu]?mol|m?iu|meq|m?osm|ppm|ppb|db|m?sv"
    r"|degrees?(?:\s+(?:celsius|fahrenheit|c|f))?|cents?|dollars?|euros?|pence|usd|eur|gbp"
    r"|[ap]\.m\.|[ap]m|units|light[-\s]years?|solar\s+mass(?:es)?|astronomical\s+units?"
    r"|parsecs?|(?-i:kelvins?)"
)


# Single-letter units keep their case: "5 g", "2 L", "60 W", "4 A", but "5G" is a network and
# "2 a day" no current. So do "mV", "kDa" and "U/L" (an enzyme's units: "U" only before "/").
# None goes on after a hyphen and a digit: "5W-30" is an oil's grade.
_SYMBOLS = r"(?-i:(?:[gmlLWVAh]|[km\u00b5\u03bcu]V|[m\u00b5\u03bcu]A|[kM]?Da|m?U(?=/))(?!-\d))"


_EXPONENT = r"(?:[\u00b2\u00b3]|\^-?\d)?"


_ONE_UNIT = rf"(?:{_WORDS}|{_SYMBOLS}){_EXPONENT}"


# A compound's second part ("/dL", "/s²", "/100 km", "per kg"). "per day" and "per year" stay
# outside (a rate's period is a fair hint on the front); "per hour", "per kg" are the unit, and
# so are "an hour", "a minute": "travels at {{c1::5 km an hour}}" (was "{{c1::5 km}} an hour").
_PER = (
    rf"(?:/(?:\d+(?:\.\d+)?\s?)?(?:{_ONE_UNIT}|(?-i:s){_EXPONENT}|mo|capita)"
    r"|\s+per\s+(?:hour|minute|second|kilogram|kg|lit(?:re|er)|dl|ml|square\s+met(?:re|er))"
    r"|\s+an\s+hour|\s+a\s+(?:minute|second|kilogram|lit(?:re|er)))"
)


# A count in scientific notation, with its unit: "1.5 ×10⁹/L", "4 x10^9 cells/L". Its own short
# list of units: `_ONE_UNIT` here again made `QUANTITY` take 4x as long to compile.
_SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074-\u2079"


_SCIENTIFIC = (
    rf"\s?[\u00d7x]\s?10(?:\u207b?[{_SUPERSCRIPTS}]+|\^[-\u2212]?\d+)(?:\s?cells)?"
    r"(?:/(?:[m\u00b5\u03bcu]?l|kg|mm[\u00b3]|mm\^3))?(?!\w)"
)


_DEGREES = r"\u00b0(?:\s?[CF](?!\w))?|\u00ba\s?[CF](?!\w)|\u2103|\u2109"


# Every unit word starts with a letter: the lookahead turns "2019)" away before the ~100 words.
_UNIT = (
    rf"(?:%|\u00d7|x(?!\w)|\s?(?:{_DEGREES})"
    rf"|\s?(?=[^\W\d_])(?:{_SCALE}\s+(?=[^\W\d_]))?{_ONE_UNIT}(?:{_PER})*(?!\w))"
)


# A unit joined to its figure by a hyphen, as an adjective: "a 3-hour lab", "a 20-minute walk",
# "a 10-km run". Not "20-year-old" (a hyphen after it), nor "COVID-19".
_HYPHENATED = (
    r"-(?:second|minute|hour|day|week|month|year|decade|mile|km|kilomet(?:re|er)|met(?:re|er)"
    r"|foot|inch|lit(?:re|er)|gallon|pound|ounce|gram|kilogram|kg|mg|ml|watt|volt|degree"
    r"|amp|ampere|ohm|hertz|horsepower|ton(?:ne)?|yard|acre|megapixel"
    r"|(?:kilo|mega|giga|tera)?(?:bit|byte))"
    r"(?![\w-])"
)


# A figure that is all such an adjective: it describes a noun, a given beside another figure
# ("A {30-year} mortgage of $300,000 at 6% costs [$347,000] in interest").
_UNIT_ADJECTIVE = lazy(rf"\d+(?:[.,]\d+)?{_HYPHENATED}", re.IGNORECASE)


_RANGE = rf"\s?(?:[{DASHES}-]|to)\s?"


_THOUSANDS = r"\d{1,3}(?:,\d{3})+"


_CURRENCY = r"(?:[$\u00a3\u20ac\u00a5\u20b9]|(?-i:(?:US|A|C|NZ|HK)\$|(?:USD|EUR|GBP)\s?))"


# The span of a quantity `_Quantity` found, as the `re.Match` a pattern would give.
_SPAN = lazy(r".+", re.DOTALL)


class _Quantity:
    """`QUANTITY`: matches as one pattern of the alternatives below would (`match`,
    `fullmatch`, `search`, `finditer`, each giving `re.Match` objects), with the list of units
    compiled once (`_UNIT_PATTERN`) and matched in code where that pattern reaches a unit. As one
    pattern, with the list in each of its nine places, it took 20 ms to compile at every
    start-up; this takes 4 us more per sentence searched. A unit matched on its own ends where
    its first way of matching ends: no other way lets what follows it ("and", a dash) match where
    that one did not; at the end of a `fullmatch`, every way is tried."""

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        end = self._end(text, pos, whole=False)
        return None if end is None else _SPAN.fullmatch(text, pos, end)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        end = self._end(text, 0, whole=True)
        return None if end is None else _SPAN.fullmatch(text, 0, end)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        for candidate in _START.finditer(text, pos):
            at = candidate.start()
            if (end := self._started(text, at, whole=False)) is not None:
                return _SPAN.fullmatch(text, at, end)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while found := self.search(text, pos):
            yield found
            pos = found.end()

    def _end(self, text: str, at: int, whole: bool) -> int | None:
        """Where the quantity at `at` ends; with `whole`, only one that ends the text."""
        return self._started(text, at, whole) if _START.match(text, at) else None

    def _started(self, text: str, at: int, whole: bool) -> int | None:
        """`_end` where a quantity can start (`_START`)."""
        if not _FIGURE.match(text, at):
            pattern = re.compile(_MONEY, re.IGNORECASE)
            money = pattern.fullmatch(text, at) if whole else pattern.match(text, at)
            return money.end() if money else None
        unit = _UNIT_PATTERN.fullmatch if whole else _UNIT_PATTERN.match
        # "between 7 and 9 hours": with a unit after the first figure, then without.
        if first := _BETWEEN.match(text, at):
            its_unit = _UNIT_PATTERN.match(text, first.end())
            for after in [its_unit.end(), first.end()] if its_unit else [first.end()]:
                second = _AND_NUMBER.match(text, after)
                if second and (found := unit(text, second.end())):
                    return found.end()
        if figure := _SIGNED_NUMBER.match(text, at):
            part = _FRACTION_OF.match(text, figure.end()) if "/" in figure.group() else None
            if part and (not whole or part.end() == len(text)):
                return part.end()
            # Its range's upper figure: after a unit of the lower's ("5 mg–10 mg"), after none
            # ("5–10 mg"); then no range. A unit's notation or its adjective's hyphen never
            # starts as a unit does.
            notation = _NOTATION.fullmatch if whole else _NOTATION.match
            last = figure.end()
            starts = []
            lower = _UNIT_PATTERN.match(text, last) if _DASH_AHEAD.match(text, last) else None
            if lower and (upper := _DASHED_RANGE.match(text, lower.end())):
                starts.append(upper.end())
            if upper := RANGE_NUMBER.match(text, last):
                starts.append(upper.end())
            for start in [*starts, last]:
                if found := notation(text, start) or unit(text, start):
                    if start == last and text[last : last + 1].isalpha() and _in_code(text, at):
                        return None
                    return found.end()
        # A ratio (never a figure with a unit: "1 in 3" has none) or a large count.
        count = _UNITLESS.fullmatch(text, at) if whole else _UNITLESS.match(text, at)
        return count.end() if count else None


# A figure glued to a letter is part of a product code, not a measure ("Order the shelf unit
# 1257L W1"), after a word that names a code ("unit", "model", "part", "code", "item") or before
# another code token ("W1", "X-200"). "The tank holds 1257 L" and "a 5L tank" stay measures, and
# so does one an article or a noun after the token makes a description: "a 5L V8 engine".
_CODE_LEAD = lazy(r"\b(?:unit|model|part|code|item|sku)\s+$", re.IGNORECASE)


_CODE_TOKEN = lazy(
    r"[\w.]*\s(?=[A-Z\d-]*[A-Z])(?=[A-Z\d-]*\d)[A-Z\d-]+(?![\w.,]?\w)(?:\s(?P<noun>[a-z]+))?"
)


def _in_code(text: str, at: int) -> bool:
    """Whether the figure at `at`, a letter glued to it, is part of a code (`_CODE_LEAD`,
    `_CODE_TOKEN`)."""
    if _CODE_LEAD.search(text, max(0, at - 8), at):
        return True
    if not (token := _CODE_TOKEN.match(text, at)):
        return False
    noun = token.group("noun")
    before = text[:at].rsplit(None, 1)[-1:]
    return not (before and before[0].lower() in ARTICLES) and not (noun and not function_word(noun))


# Where a quantity can start: on a currency or on a figure, or its sign ("−40 °C", "±3.0%", a
# "minus" spelled out: "a wind chill of {{c1::minus 13 degrees}}"), case-sensitive. Never after a
# letter, a figure or its point: no quantity starts inside another ("2019", "0.5"). A "minus"
# after a figure is a sum's ("5 minus 3 points"), after "plus or" a margin's.
_START = lazy(
    r"(?<![\w.,:])(?=[\d\u2212\-+\u00b1$\u00a3\u20ac\u00a5\u20b9]|(?:US|A|C|NZ|HK)\$|USD|EUR|GBP"
    r"|(?<![\d%]\s)(?<!\bor\s)[Mm]inus\s+\d)"
)


_FIGURE = lazy(r"[\d\u2212\-+\u00b1]|[Mm]inus\s")


_MINUS = r"(?:minus\s+)?"


# The alternatives, case folded but for a `(?-i:)`. A sum of money is compiled where used, when
# first needed (re keeps it): most text has none.
_MONEY = (
    rf"{_CURRENCY}{_NUMBER}(?:{_RANGE}{_CURRENCY}?{_NUMBER})?"
    rf"(?:\s?(?:{_SCALE}|bn|(?-i:[mkKMB]))(?!\w))?(?:{_PER})*(?!\w)"
)


_UNIT_PATTERN = lazy(_UNIT, re.IGNORECASE)


# A hedge may stand between "between" and the range: "between about {{c1::7 and 9 hours}}"
# (the cloze hid "9 hours" alone).
_BETWEEN = lazy(
    r"(?:(?<=between\s)|(?<=between\sabout\s)|(?<=between\saround\s)|(?<=between\sroughly\s)"
    rf"|(?<=between\sapproximately\s)){_MINUS}{_NUMBER}",
    re.IGNORECASE,
)


_AND_NUMBER = lazy(rf"\s+and\s+{_MINUS}{_NUMBER}", re.IGNORECASE)


_SIGNED_NUMBER = lazy(rf"(?:[-\u2212+\u00b1]|(?i:minus)\s+)?{_NUMBER}(?:/\d+)?")


# A fraction of one unit: "in as little as {{c1::1/40 of a second}}", "{{c1::3/4 of a cup}}".
_FRACTION_OF = lazy(
    r"\s+of\s+an?\s+(?:second|minute|hour|day|week|month|year|mile|inch|foot|met(?:re|er)"
    r"|lit(?:re|er)|cup|teaspoon|tablespoon|pound|gram)(?!\w)",
    re.IGNORECASE,
)


# A unit on both ends of a range only around a dash, looked for only with a dash close by
# ("0.5% to 1.5%": see `quantity_span`).
_DASH_AHEAD = lazy(rf"(?=\D{{1,12}}?[{DASHES}-])")


_DASHED_RANGE = lazy(rf"(?=\s?[{DASHES}-]){_RANGE}{_NUMBER}", re.IGNORECASE)


RANGE_NUMBER = lazy(rf"{_RANGE}{_MINUS}{_NUMBER}", re.IGNORECASE)


_NOTATION = lazy(rf"{_SCIENTIFIC}|{_HYPHENATED}", re.IGNORECASE)


_RATIO = r"\d{1,3}(?::\d{1,3})+(?![\d:])"


_UNITLESS = lazy(
    # A ratio: "1 in 3", "2 out of every 5", "1 in 2,500"; never "3 in 2019", a year.
    rf"\d{{1,3}}\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})++|(?!(?:1[1-9]\d\d|20(?!00)\d\d)(?!\d))\d+)(?![\w.,]?\d|\w)"
    # A count in the thousands, written with separators, is a magnitude without a unit too:
    # "numbered between 50,000 and 80,000 men", "fell to around 50,000". Never a year (no comma).
    rf"|(?:(?<=between\s){_THOUSANDS}\s+and\s+|{_THOUSANDS}{_RANGE})?{_THOUSANDS}(?![\w,.]?\d)"
    # A ratio of parts, which a clock time's "6:30" never is: after "ratio" ("an aspect ratio
    # of 16:9"), before a word for a mix ("a 50:50 mix"), with one-figure parts before what it
    # mixes ("4:1 sand to cement"; not "9:30 weekdays to …") or in three ("1:2:3").
    rf"|{_RATIO}(?=\s+(?:mix|mixture|blend|split|ratio|dilution)\b)"
    r"|\d{1,3}:\d(?![\d:])(?=(?-i:\s+[a-z]+\s+to\s+[a-z]))"
    rf"|(?:(?<=ratio\s)|(?<=ratio\sof\s)){_RATIO}|\d(?::\d){{2,}}(?![\d:])",
    re.IGNORECASE,
)


QUANTITY = _Quantity()


# A rate per a round number written in thousands: "12 per 100,000 people", "3.2 deaths per 1,000
# live births". The count (and what it counts) is the fact; the base, a convention, stays on the
# front. Looked for only where " per " is.
_PER_BASE = lazy(
    r"(?<![\w.,:])\d+(?:\.\d+)?(?:\s+(?!(?:of|or|and|to|in|a|an|the|more|less|times)\b)"
    r"[^\W\d_][\w-]*){0,2}(?=\s+per\s+(?P<base>1(?:00?)?(?:,000)+)(?![\w,.]?\d))",
    re.IGNORECASE,
)


# A bare value the sentence's own words make a measure's, the value alone a target: "a higher
# target of {{c1::2.5 to 3.5}}", "a score of {{c1::7}}", a named measure against a limit
# ("when eGFR is below {{c1::30}}", "the target INR is between {{c1::2.0 and 3.0}}", "blood
# pressure above {{c1::140/90}}"), a sign spelled or not ("temperatures fell below {{c1::minus
# 27}}", "below {{c1::-40}}"). A figure after a name with no such word is no value: "ISO
# 9001", "level 3". Never a year. Looked for only where `_MEASURE_HINTS` are.
_MEASURES = r"targets?|levels?|scores?|thresholds?|limits?|cut-?offs?|goals?|readings?"


_MEASURE_VALUE = lazy(
    rf"(?:\b(?i:{_MEASURES})\s+(?:of|(?:is|are|was|were|should\s+be)"
    r"(?:\s+(?:about|around|roughly|approximately))?)"
    rf"|(?:(?<![\w-])[a-z]{{0,2}}[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*"
    rf"|\b(?i:{_MEASURES}|pressure|temperatures?|rate|saturation|count))"
    r"(?:\s+(?:is|are|was|were|falls?|fell|drops?|dropped|stays?|remains?|rises?|rose|goes))?"
    r"\s+(?i:below|above|under|over|between|(?:less|more|greater|higher|lower)\s+than))"
    r"\s+(?P<value>(?:(?i:minus)\s+|[-\u2212])?(?!(?:1[1-9]\d\d|20\d\d)(?!\d))\d+(?:\.\d+)?"
    r"(?:/\d+)?(?:\s?(?:[-\u2013\u2014]|to|and)\s?\d+(?:\.\d+)?)?)(?![\w%]|[.,]\d)"
)


# A range of bare values a thing's verb keeps it in, hidden whole: "A p-value always lies between
# {{c1::0 and 1}}", "Correlation coefficients range from {{c1::-1 to +1}}", "The pH scale runs
# from {{c1::0 to 14}}", "takes values between {{c1::0 and 1}}", "lies in the range {{c1::-1 to
# 1}}". Only after a verb of position or extent or "in the range", and where no noun follows:
# not "the difference between 2 and 3", "rose from 2 to 9" (a change), "between 2 and 3 people".
# Never a year (`_DATE_FIGURE` dates years). Looked for only where " between ", " from " or
# " range " is.
_BARE_VALUE = r"[-\u2212+]?(?!(?:1[1-9]\d\d|20\d\d)(?!\d))\d+(?:\.\d+)?"


_BARE_RANGE = lazy(
    r"\b(?:(?:lies?|lay|lying|is|are|was|were|be|falls?|stays?|remains?|sits?|var(?:y|ies|ied)"
    r"|rang(?:e|es|ed|ing)|scored|rated|graded|measured|kept|held|bounded|set"
    r"|(?:takes?|took|has|have)\s+(?:a\s+)?values?)"
    r"(?:\s+(?:always|usually|typically|normally|generally|often|[a-z]+ly))?"
    rf"\s+between\s+(?P<between>{_BARE_VALUE}\s+and\s+{_BARE_VALUE})"
    r"|(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied)|runs?|running|spans?|spanned|extends?|extended)"
    rf"\s+from\s+(?P<from>{_BARE_VALUE}\s+to\s+{_BARE_VALUE})"
    r"|\bin\s+the\s+range(?:\s+(?:of|from))?"
    rf"\s+(?P<range>{_BARE_VALUE}(?:\s+to\s+|\s?[{DASHES}]\s?){_BARE_VALUE}))"
    r"(?![\w%\u00b0]|[.,]\d)(?=[,;.)]|$|\s+(?:in|at|on|for|when|with|inclusive|exclusive)\b)",
    re.IGNORECASE,
)


_MEASURE_HINTS = (
    *("target", "level", "score", "threshold", "limit", "cut", "goal", "reading"),
    *(" below ", " above ", " under ", " over ", " between ", " than "),
)


# A property a thing has and its bare value, the value alone a target: "Ethanoic acid has a pKa
# of about {{c1::4.76}}", "Pure water has a refractive index of {{c1::1.33}}", "The earthquake
# had a magnitude of {{c1::9.1}}", "The pKa of ethanoic acid is {{c1::4.76}}", a negative one
# ("Sirius has a magnitude of {{c1::-1.46}}"), a magnitude after its verb ("The faintest stars
# are around magnitude {{c1::6.5}}") and a factor ("is exactly a factor of {{c1::100}} in
# brightness"). The property is a symbol ("pKa", "BMI") or a phrase that ends on a word of
# measure: not "a son of 7", "a membership of 40", "a collection of 300 paintings". Never a
# year. Looked for only where " of " or " magnitude " is.
_PROPERTY = (
    r"(?:[a-z]{0,2}[A-Z]{1,3}[a-z]?|(?:[a-z][a-z-]*\s+){0,2}(?:number|index|constant|magnitude"
    r"|coefficient|hardness|density|gravity|valency|valence))"
)


_PROPERTY_VALUE = lazy(
    rf"(?:\b(?:has|have|had|with)\s+(?:a|an)\s+{_PROPERTY}\s+of"
    rf"|\b[Tt]he\s+{_PROPERTY}\s+of\s+[^,;:]{{1,40}}?\s+(?:is|was)"
    r"|\b(?:is|are|was|were|of|at)(?:\s+(?:about|around|roughly|approximately))?\s+magnitude"
    r"|\b(?:by\s+)?a\s+factor\s+of)\s+"
    r"(?:(?:about|around|roughly|approximately|nearly|almost|between)\s+)?"
    r"(?P<value>(?!(?:1[1-9]\d\d|20\d\d)(?!\d))[-\u2212]?\d+(?:\.\d+)?"
    r"(?:\s?(?:[-\u2013\u2014]|to|and)\s?\d+(?:\.\d+)?)?)(?![\w%]|[.,]\d)"
)


# A count of a named thing per another: "2 ATP per glucose molecule", "3 servings per day". The
# "per" part stays on the front, as a rate's period does. Never a year ("In 2020 per capita"),
# nor "2 of them per", "5 or more per day". Looked for only where " per " is.
_COUNT_PER = lazy(
    r"(?<![\w.,:])(?!(?:1[1-9]\d\d|20\d\d)(?!\d))\d+(?:[.,]\d+)?\s+"
    r"(?!(?:of|or|and|to|in|a|an|the|more|less|per|times|each|every)\b)[^\W\d_][\w-]*"
    r"(?:\s+(?!per\b)[^\W\d_][\w-]*)?(?=\s+per\s+[^\W\d_])",
    re.IGNORECASE,
)


# A figure spelled out, with a unit of time, a share or a measure: "five years", "ninety minutes",
# "twenty-five per cent", "two to three weeks", "a hundred metres". Only with such a unit: "two
# things" and "one of the reasons" count, they measure nothing. "one" only where a word before it
# makes it a measure (`_MEASURED`): "for one year", not "One day you will …". Matched in the
# lower-cased text, case-sensitively: 10x faster than folding case.
_TEENS = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


_ONES = "two|three|four|five|six|seven|eight|nine|ten"


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


_WORD_FIGURE = (
    rf"(?:(?:a|one|{_TEENS}|{_ONES})\s+(?:hundred|thousand)|a\s+dozen"
    rf"|(?:{_TENS})(?:-(?:one|{_ONES}))?|{_TEENS}|{_ONES}|one)"
)


_WORD_UNIT = (
    r"per\s+cent|percent|percentage\s+points?|times"
    r"|(?:(?:business|working|calendar|school)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?"
    r"|months?|years?)|decades?|centur(?:y|ies)"
    r"|(?:kilo|milli|micro|nano|pico)?grams?|kilos?|pounds?|ounces?|tonnes?|tons?"
    r"|(?:(?:statute|nautical|square|cubic)\s+)?(?:(?:kilo|centi|milli|micro|nano)?met(?:re|er)s?"
    r"|miles?|feet|inch(?:es)?|yards?)"
    r"|(?:milli)?lit(?:re|er)s?|pints?|gallons?|cups?|(?:table|tea)spoons?"
    r"|degrees?(?:\s+(?:celsius|fahrenheit))?|calories|kilocalories|dollars?|euros?|cents?|pence"
    r"|standard\s+deviations?"
)


_SPELLED = lazy(
    rf"(?<![\w-])(?:(?<=between\s)(?P<from>{_WORD_FIGURE})\s+and\s+"
    rf"|(?P<low>{_WORD_FIGURE})\s+(?:to|or)\s+)?"
    rf"(?P<figure>{_WORD_FIGURE})\s+(?:{_WORD_UNIT})(?![\w-])"
)


# What makes a lone "one" a measure: a preposition or a hedge before it ("for one year", "about
# one hour", "takes one week").
_MEASURED = lazy(
    r"\b(?:for|within|in|after|about|around|roughly|nearly|almost|only|just|than|least|most"
    r"|every|per|of|over|under|up\s+to|lasts?|takes?|took)\s+$"
)


# A share spelled out: "Roughly half of adults", "A third of the budget", "two-thirds of
# patients"; hidden without its "of". Not "the first half of the night", nor "half of them" (a
# part of something named before).
_SHARE = lazy(
    r"(?<![\w-])(?P<share>half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?"
    r"|(?:a|one)[\s-](?:fifth|tenth))\s+of\s+(?!(?:it|them|this|that|these|those|us|you)\b)"
)


_SHARE_ALONE = lazy(r"half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?")


# Where a share reads as the figure reported: opening the sentence, or after a hedge.
_SHARE_LEAD = lazy(
    r"(?:^[\"\u201c(]?|\b(?:about|around|roughly|approximately|nearly|almost|over|under|only"
    r"|just|more\s+than|less\s+than|fewer\s+than|up\s+to)\s+)$"
)


# Every spelled figure or share has one of these words, whitespace-separated: most sentences
# have none, and a set lookup of their words is as fast as the scan for a digit.
_NUMBER_WORDS = frozenset(
    {
        *_TEENS.split("|"),
        *_ONES.split("|"),
        *_TENS.split("|"),
        *(f"{tens}-{one}" for tens in _TENS.split("|") for one in ["one", *_ONES.split("|")[:-1]]),
        *("one", "hundred", "thousand", "dozen", "half", "third", "thirds", "quarter"),
        *("quarters", "fifth", "tenth", "one-third", "two-thirds", "one-quarter", "three-quarters"),
        *("one-fifth", "one-tenth"),
    }
)


# "15 mcg (600 IU)": the same figure in other units, in brackets, gives the answer away, so it is
# hidden too, with a rate's period between the two ("50 mcg per day (2,000 IU)"). This opens it;
# `QUANTITY` and ")" follow (`_followed`).
_EQUIVALENT = lazy(
    r"(?:\s(?:per|a|an|each)\s[^\W\d_]+)?\s?\("
    r"(?:(?:about|around|roughly|nearly|almost|approx(?:\.|imately)?|or)\s|~|\u2248)?",
    re.IGNORECASE,
)


# "0.5% to 1.5% of the loan" is a range; "rose from 2% to 9%" is a change, and its first figure
# alone is what a card asks. This opens the upper end; `QUANTITY` follows.
_TO_RANGE = lazy(r"\s+to\s+", re.IGNORECASE)


_FROM = lazy(r"\bfrom\s+$", re.IGNORECASE)


# A verb of change in the clause before "from": "rose from 2% to 9%", "increased from 4 MB to 8
# MB", "cuts daily sales from 110 to 90 cups". Without one, "from … to" is a range, hidden
# whole: "seven brackets, from {{c1::10% to 37%}}", "varies from {{c1::2 to 5 mm}}".
_CHANGE = lazy(
    r"\b(?:rise[sn]?|rising|rose|f[ae]ll|falls|fallen|falling|grows?|grew|grown|growing"
    r"|(?:in|de)creas(?:e[sd]?|ing)|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?"
    r"|declin(?:e[sd]?|ing)|reduc(?:e[sd]?|ing)|cut(?:s|ting)?|rais(?:e[sd]?|ing)"
    r"|lower(?:s|ed|ing)?|went|go(?:es|ne|ing)?|mov(?:e[sd]?|ing)|shift(?:s|ed|ing)?"
    r"|chang(?:e[sd]?|ing)|soar(?:s|ed|ing)?|plung(?:e[sd]?|ing)|surg(?:e[sd]?|ing)"
    r"|(?:doubl|tripl|halv)(?:e[sd]?|ing)|expand(?:s|ed|ing)?|shr(?:ank|unk|inks?|inking)"
    r"|extend(?:s|ed|ing)?|boost(?:s|ed|ing)?|upgrad(?:e[sd]?|ing)|slash(?:es|ed|ing)?"
    r"|convert(?:s|ed|ing)?|switch(?:es|ed|ing)?)\b[^,;:]*$",
    re.IGNORECASE,
)


# A bare count's upper end: "at {{c1::100 to 120}} a minute", "holds {{c1::3 or 4}} eggs",
# where `QUANTITY` has no unit to follow; and a lower end "or" joins to a figure: "{{c1::30 or
# 40 kilometres}}". Not "5 or more": no figure follows.
_BARE_UPPER = lazy(r"\s+(?:to|or)\s+\d+(?:[.,]\d+)*(?![\w/-]|[.,]\d)")


_OR_LOWER = lazy(r"(?<![\w.,/-])\d+(?:[.,]\d+)*\s+or\s+$")


# "from 6:30 am to 1:00 am" is a time range, hidden whole, not a change.
_CLOCK = lazy(r"[ap]\.?m\.?$", re.IGNORECASE)


# A statistic's precision: a confidence interval from its level to the end of its bracket
# ("(95% CI 1.2–2.7)", ", 95% confidence interval 90–98%"), or a p-value ("p < 0.05"). Context,
# never the target: hiding the "95%" of "95% CI" asks for a convention, not the finding. Each
# opens on a literal, searched for 5x faster than a pattern that opens on the figure; the
# level's figure (`_LEVEL`) is read back from there.
_INTERVAL = lazy(
    r"%\s?(?:CI|CrI|UI|C\.I\.|(?i:(?:confidence|credible|uncertainty)\s+(?:intervals?|limits?)))"
    r"(?!\w)[^();]*"
)


_LEVEL = lazy(r"(?<![\w.,])\d+(?:\.\d+)?\s?$")


_P_VALUE = lazy(r"[pP]\s?[<>=\u2264\u2265]\s?[\d.]+")


# The estimate a confidence interval follows, a bare figure too: "The odds ratio was 1.8 (95% CI
# …" asks for "1.8". Searched up to the interval's start.
_ESTIMATE = lazy(r"(?<![\w.,:])[-\u2212]?\d+(?:[.,]\d+)?(?=\s?[(,;]?\s?$)")


# A pH and its value, the value alone a target: "blood pH is {{c1::7.35 to 7.45}}".
_PH = lazy(
    r"\bpH\s+(?:[a-z]+\s+){0,4}?(?P<value>\d+(?:\.\d+)?(?:\s?(?:[-\u2013\u2014]|to|and)\s?"
    r"\d+(?:\.\d+)?)?)(?![\w%]|[.,]\d)"
)


# An age limit, its value alone a target: "children under {{c1::16}}", "adults aged {{c1::65}} and
# over", "retire at (the) age (of) {{c1::66}}". A limit only after a word for people: "under 16
# items" is no age.
_AGE = lazy(
    r"(?<![\w-])(?:(?P<limit>under|over|below|above|older\s+than|younger\s+than)|[Aa]ged|[Aa]ges"
    r"|(?:the\s+)?[Aa]ge(?:\s+of)?)"
    r"\s+(?P<value>\d{1,3}(?:\s?(?:[-\u2013\u2014]|to)\s?\d{1,3})?)(?![\w%]|[.,]\d)"
)


_AGE_WORDS = ("under ", "over ", "below ", "above ", "than ", "ged ", "ges ", "age ", "Age ")


# A date a sentence reports: "began on 6 April 1453", "fell on May 29, 1453", "starts in March
# 2026"; a year alone after "in", "since", "until" or "by" ("became sultan in 1451", "In 1204,
# crusaders sacked the city": a history's opening year is its event's). Firm, and a target after
# every other: a sentence's figure, emphasis, contrast or definition is its point before its date.
# A year hedged with "circa"/"c."/"ca." is one; after "around"/"about" only where no noun follows
# (it counts "around 1500 people") and a count's word does not come before (`_HEDGED_COUNT`):
# "printed around 1455, was …", "to Europe around 1440 in Mainz".
# A year with its era is one wherever it stands: "in {{c1::44 BC}}", "in {{c1::AD 410}}". A
# three-digit year (`early`) only after "in" or a hedge, where no noun follows and the sentence
# reports an event (`_EVENT`): "was crowned emperor in 800", "founded c. 910"; not "in 800 ms".
# Two years after "between", hidden whole, where no noun follows: "homes built between {{c1::1965
# and 1973}}", not "between 1500 and 2000 people"; after "from" and "to" too ("ruled from
# {{c1::1965 to 1973}}"), not after a verb of change ("grew from 1500 to 1900", `_CHANGE_FROM`).
# Two years one of which has its era, hidden whole, after "between" or "from": "between
# {{c1::264 and 146 BC}}", "from {{c1::27 BC to AD 14}}", "from {{c1::AD 250 to 900}}".
# A year with its era, before or after it: "146 BC", "AD 14".
_ERA_YEAR = r"(?:\d{1,4}\s?(?:BCE?|CE|AD|B\.C\.(?:E\.)?|A\.D\.)(?!\w)|(?:AD|A\.D\.)\s?\d{1,4})"
_DATE_FIGURE = lazy(
    rf"(?<![\w-])(?:{WRITTEN_DATE}|(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)"
    r"|(?<=\b[Bb]y\s)|(?<=\b[Cc]irca\s)|(?<=\bc\.\s)|(?<=\bca\.\s))(?:1\d|20)\d\d"
    rf"|(?:(?<=\b[Bb]etween\s)|(?<=\b[Ff]rom\s))(?:\d{{1,4}}\s+(?:and|to)\s+{_ERA_YEAR}"
    rf"|{_ERA_YEAR}\s+(?:and|to)\s+(?:{_ERA_YEAR}|\d{{1,4}}))"
    r"|\d{1,4}\s?(?:BCE?|CE|AD|B\.C\.(?:E\.)?|A\.D\.)(?!\w)|(?:AD|A\.D\.)\s?\d{1,4}"
    r"|(?:(?:(?<=\b[Aa]round\s)|(?<=\b[Aa]bout\s))(?P<hedged>(?:1\d|20)\d\d)"
    r"|(?<=\b[Bb]etween\s)(?:1\d|20)\d\d\s+and\s+(?:1\d|20)\d\d"
    r"|(?<=\b[Ff]rom\s)(?P<from>(?:1\d|20)\d\d)\s+to\s+(?:1\d|20)\d\d"
    r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Cc]irca\s)|(?<=\bc\.\s)|(?<=\bca\.\s)|(?<=\b[Aa]round\s)"
    r"|(?<=\b[Aa]bout\s))(?P<early>[1-9]\d\d))"
    r"(?=[,;.)]|$|\s+(?:in|at|on|by|as|when|before|after|during|while|under)\b|\s+to\s+(?!\d)))"
    r"(?![\w-]|[.,]\d)"
)


# A verb of change before "from": "grew from 1500 to 1900" gives two counts, no period.
_CHANGE_FROM = lazy(
    r"\b(?:r[io]se|rising|grew|grow(?:s|ing)?|fell|falls?|falling|dropped|drops?|climbed"
    r"|jumped|increased|decreased|declined|doubled|tripled|halved|went|changed|moved|shrank"
    r"|cut|raised|reduced|(?:in|de)creases?|declines?)\s+(?:\w+\s+)?from\s+$",
    re.IGNORECASE,
)


# The verb of an event a three-digit year dates (`_DATE_FIGURE`'s "early").
_EVENT = lazy(
    r"\b(?:born|died|crowned|founded|built|rebuilt|sacked|assassinated|murdered|killed|conquered"
    r"|invaded|captured|destroyed|burn[et]d?|fell|established|completed|consecrated|dedicated"
    r"|bapti[sz]ed|converted|elected|married|signed|defeated|besieged|abandoned|settled|erected"
    r"|became|succeeded|abdicated|deposed|exiled|united|unified|divided|split|collapsed|erupted"
    r"|ruled|reigned|invented|discovered|written|wrote|composed|compiled|translated|introduced"
    r"|arrived|landed|occurred|happened|took\s+place|began|ended)\b",
    re.IGNORECASE,
)


# A rate's "in" ("1 in 700", "one in 800."): its figure is no year.
_RATE_IN = lazy(r"(?:\d|\bone)\s+in\s+$", re.IGNORECASE)


# A century's ordinal, with the part of it: "18th", "late eighteenth".
_ORDINAL = (
    r"(?:(?:early|mid|late)[-\s])?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
    r"|twentieth|twenty-first)"
)


# A century or a decade an event is dated by: "in the {{c1::13th century}}", "by the
# {{c1::1950s}}", "during the {{c1::late 18th century}}", "in the {{c1::5th century BC}}", a
# pair of centuries whole ("in the {{c1::18th and 19th centuries}}", "the {{c1::12th to 14th
# centuries}}"). After "in the", "by the", … only; never an adjective ("the 21st-century
# economy").
_PERIOD_NAME = (
    rf"(?:{_ORDINAL}(?:\s+(?:and|to)\s+{_ORDINAL}|\s?[-\u2013]\s?{_ORDINAL})?"
    r"\s+centur(?:y|ies)(?:\s+(?-i:BCE?|AD|CE|B\.C\.|A\.D\.))?"
    r"|(?:(?:early|mid|late)[-\s])?(?:1\d|20)\d0s)(?![\w-])"
)


_PERIOD = lazy(
    rf"\b(?:in|since|until|by|during|throughout)\s+the\s+(?P<period>{_PERIOD_NAME})",
    re.IGNORECASE,
)


_PERIOD_ALONE = lazy(_PERIOD_NAME, re.IGNORECASE)


# The second of two dates joined by "and", hidden with the first: "in {{c1::1999 and 2001}}",
# "in the {{c1::1980s and 1990s}}"; the other left in view gives the answer away.
_AND_DATE = lazy(
    rf"\s+and\s+(?:in\s+|the\s+)?(?:{WRITTEN_DATE}|(?:1\d|20)\d\d(?:s\b)?|{_PERIOD_NAME})"
    r"(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)


# A written date's range after "from", hidden whole with its first date: "lasted from
# {{c1::September 1793 to July 1794}}", "ran from {{c1::5 March 1984 to 3 March 1985}}", "from
# {{c1::March 1941 until June 1942}}"; its end alone in view gave half the answer (was "from
# {{c1::September 1793}} to July 1794"). Its end a written date or a year; not after a verb of
# change (`_CHANGE_FROM`: "moved from May 2020 to May 2021" asks for the new date, as written).
_TO_DATE = lazy(
    rf"\s+(?:to|until|till|through)\s+(?:{WRITTEN_DATE}|(?:1\d|20)\d\d)(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)


_FROM_BEFORE = lazy(r"\b[Ff]rom\s+$")


def _date_range_end(text: str, start: int, end: int) -> int:
    """Where the range of the written date `text[start:end]` ends (`_TO_DATE`), or `end`."""
    if "rom " not in text[max(0, start - 5) : start] or not _FROM_BEFORE.search(text, 0, start):
        return end
    if not (upper := _TO_DATE.match(text, end)) or _CHANGE_FROM.search(text, 0, start):
        return end
    return upper.end()


# A count's word before "around"/"about": "grew to around 1800.", "a population of about 1500.".
_HEDGED_COUNT = lazy(
    r"\b(?:to|of|than|is|are|was|were|be|been|has|have|had|with|numbered|totall?ed|reached)"
    r"\s+(?:around|about)\s+$",
    re.IGNORECASE,
)


# A date of the page's own ("accessed in May 2025", a factsheet's "as at 31 October 2024"): no
# event's.
_PAGE_DATE = lazy(r"\b(?:accessed|retrieved|copyright|as\s+at)(?:\s+\w+){0,2}\s+$", re.IGNORECASE)


# A date a text was published or edited on: the page's own where the page is its subject or it
# has none ("Published in 2019", "This guide was last updated in March", "Source: …, reviewed in
# 2024"); an event's where a work is ("Newton's first law was first published in {{c1::1687}}").
_EDITED = lazy(
    r"\b(?:updated|published|posted|reviewed|revised|edited|modified)(?:\s+\w+){0,2}\s+$",
    re.IGNORECASE,
)


# The page as the subject of `_EDITED`, or none: "This guide was last ", "Our report was ",
# "The fact sheet was ", "Medically ".
_PAGE_SUBJECT = lazy(
    r"(?:(?:(?:this|our|my)(?:\s+[\w-]+){1,2}|the\s+(?:[\w-]+\s+)?(?:article|page|post|guide"
    r"|blog|factsheet|sheet|leaflet|document|story|site|website|list|newsletter|piece|entry"
    r"|version))\s+(?:was|is|has\s+been)\s+)?(?:(?:last|first|originally|[a-z]+ly)\s+)?",
    re.IGNORECASE,
)


def _page_date(text: str, start: int) -> bool:
    """Whether the date at `start` is the page's own (`_PAGE_DATE`, `_EDITED`), not an event's."""
    if _PAGE_DATE.search(text, 0, start):
        return True
    if not (edited := _EDITED.search(text, 0, start)):
        return False
    # "Source: NHS, reviewed in 2024": a label's line is the page's.
    return ":" in text[: edited.start()] or bool(_PAGE_SUBJECT.fullmatch(text, 0, edited.start()))


# A limit on a count of things, its value alone a target: "supports up to {{c1::32}} devices",
# "at least {{c1::3}} witnesses", a rule's threshold ("every player with more than {{c1::7}}
# resource cards", "the first player to reach {{c1::10}} victory points"). A bare count is no
# figure ("Add 2 eggs"); a limit is what a card asks. Never a year ("up to 2030 levels"), nor a
# count of no thing ("more than 2 of them").
_LIMIT = lazy(
    r"(?<![\w-])(?i:up\s+to|at\s+(?:least|most)|(?:no\s+)?(?:more|fewer)\s+than"
    r"|a\s+(?:maximum|minimum)\s+of|reach(?:es|ed|ing)?)"
    r"\s+(?P<value>(?!(?:1[1-9]\d\d|20\d\d)(?!\d))(?:\d{1,3}(?:,\d{3})+|\d+))"
    r"(?=\s+(?!(?i:of|or|and|to|times)\b)[^\W\d_])"
)


_LIMIT_WORDS = ("p to ", "t least ", "t most ", " than ", "imum of ", "reach")


# A count its subject has or is held to, as its predicate: "A standard deck has {{c1::52}}
# cards", "The maximum length of a tweet is {{c1::280}} characters", "The default recursion
# limit is {{c1::1000}}", what it can take ("Short-term memory holds about {{c1::seven}} items",
# "A rugby union team fields {{c1::fifteen}} players"), what it equals ("A whole tone equals
# {{c1::two}} semitones"), what it is ("A chord is {{c1::three or more}} notes played together":
# an open count whole). The counted noun ends the clause: "The team has 3 open questions
# about the design" is about the design; after "is"/"are" a participle of up to four words more
# may describe it ("notes stacked in thirds", "notes played at the same time"), after "has" not
# ("3 questions raised by QA" is a passing state). What a system "uses" is a count it has
# ("Western music uses {{c1::twelve}} different notes", "Braille uses {{c1::six}} raised dots"),
# not what a recipe or a method uses (`_USED_BY`). A figure alone only after a limit's name.
# Never a year, nor a lone "one" ("Python is one language that …"). Spelled figures are lower
# case: the text's own case, matched case-sensitively.
_COUNT_OF = lazy(
    r"(?P<subject>[\w'’.()-]+(?:\s+[\w'’.()-]+){0,7}?)"
    r"\s+(?P<verb>has|have|contains?|is|are|equals?|(?:is|are)\s+(?:equal|equivalent)\s+to"
    r"|(?P<takes>holds?|stores?|carry|carries|seats?|fits?|uses"
    r"|fields?))\s+(?:(?:only|exactly|just|about|around|roughly|approximately|nearly|almost"
    r"|(?:closer|close|up)\s+to)\s+)?"
    r"(?P<value>(?:(?!(?:1[1-9]\d\d|20\d\d)(?!\d))(?:\d{1,3}(?:,\d{3})+|\d+)"
    rf"|(?!one\b){_WORD_FIGURE})(?:\s+or\s+(?:more|fewer))?)"
    r"(?P<noun>\s+(?!(?:of|or|and|to|in|a|an|the|more|less|times|each|every|per)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?"
    r"(?P<done>\s+[a-z]+ed(?:\s+[a-z][\w-]*){0,4}?)?"
    r"(?=[.!]?$|[,;:]\s)"
)


MAX_COUNT_OF_CHARS = 160  # a frame, a subject of 8 words, its verb: where its figure can be


# What a count "uses" is an instruction's, no fact its subject has: "The recipe uses two eggs",
# "This method uses three passes".
_USED_BY = frozenset("recipe recipes method methods version dish exercise example plan".split())


# A count of things a whole holds, said as "there are": "There are about {{c1::600}} skeletal
# muscles in the body", "There are {{c1::7}} cervical vertebrae in the neck, …", "There are
# {{c1::eight}} bits in a byte", "on" it too ("There are {{c1::64}} squares on a chessboard").
# The whole is a thing in general ("the", "a", "every", "each") or one by its name ("There are
# {{c1::twelve}} notes in Western music", "There are {{c1::seven}} continents on Earth": was
# no card, and a takeaway hid "{{c1::Western music}}"): not the document's ("in this guide", "in
# the next section", "in Chapter 2"), the writer's ("in my class"), nor a passing state ("3 open
# bugs"); "There were" tells a scene. Or the things are kinds of one thing, named with no
# article: "There are {{c1::eight}} parts of speech", "There are {{c1::three}} states of matter"
# (a takeaway hid "{{c1::eight parts}}" and "three {{c1::states}}", prose gave no card); not "of
# them", "of this", "of our …": those lean on the text before; nor one a list follows ("There
# are three states of matter: {{c1::solid, liquid and gas}}" asks for the list).
_THERE_COUNT = lazy(
    r"There\s+are\s+(?:(?:only|exactly|just|about|around|roughly|approximately|nearly|almost"
    r"|over|some)\s+)?"
    r"(?P<value>(?:(?!(?:1[1-9]\d\d|20\d\d)(?!\d))(?:\d{1,3}(?:,\d{3})+|\d+)"
    rf"|(?!one\b){_WORD_FIGURE}))"
    r"(?P<noun>(?:\s+(?!(?:of|or|and|to|in|a|an|the|more|less|times|each|every|per)\b)"
    r"[a-z][\w-]*){1,3}?)"
    r"\s+(?:(?:in|on)\s+(?P<whole>(?:the|a|an|every|each)\s+[\w-]+(?:\s+[\w-]+){0,4}?"
    r"|[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)"
    r"|of\s+(?P<kind>(?!(?:the|this|that|these|those|them|us|it|our|my|your|their|his|her|its"
    r"|which|what|whom|each|all|both)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=[.!]?$)))"
    r"(?=[.!]?$|[,;:]\s)"
)


# A count of kinds, causes or ways announces what the sentences after it name: "There are two
# main causes of inflation.", "There are two kinds of error." ask nothing of their own.
_ANNOUNCING = frozenset(
    "kinds types sorts forms causes reasons ways main key major important factors examples"
    " things".split()
)


def _there_count(text: str) -> re.Match[str] | None:
    """The count a sentence that opens "There are" gives of things in a whole (`_THERE_COUNT`)."""
    if not (found := _THERE_COUNT.match(text)):
        return None
    whole = found.group("whole") or found.group("kind")
    if found.group("kind") and not _ANNOUNCING.isdisjoint(found.group("noun").lower().split()):
        return None
    if NOT_COUNTED.match(whole) or not _PASSING.isdisjoint(found.group("noun").lower().split()):
        return None
    return found


# What reports the clause a count is in: "Miller argued in 1956 that short-term memory holds …",
# "Later research suggests the true limit is …". The count's subject follows it.
_REPORTING = lazy(
    r"\s(?:argued|argues|suggested|suggests|showed|shows|found|finds|estimated|estimates"
    r"|claimed|claims|concluded|concludes|reported|reports|noted|notes|believed|believes"
    r"|thought|thinks|said|says)(?:\s+in\s+\d{4})?(?:\s+that)?\s+(?=\w)"
)


# A limit's name: the subject of a bare figure ("Python's default recursion limit is 1000").
_LIMIT_NAME = lazy(
    r"\b(?:limit|maximum|minimum|max|min|default|capacity|number\s+of)\b", re.IGNORECASE
)


# Whose count is the document's own structure ("Chapter 2 has 5 sections", "The next section
# has 3 parts", "The guide has 4 parts") or the writer's ("Our team has 4 people"), or leans on
# what came before ("It has 8 legs"): no fact. A part of a document only with its number or a
# pointer: "The default page size in SQLite is 4096" is a fact.
DOCUMENT_PART = (
    r"(?:chapter|section|part|page|appendix|lesson|module|unit|step|table|figure|list|exercise"
    r"|slide|paragraph|question)s?"
)


NOT_COUNTED = lazy(
    r"(?:(?:I|We|You|They|He|She|It|This|That|These|Those|Our|My|Your|Their|His|Her|Its|There)\b"
    r"|.*\b(?:articles?|guides?|posts?|tutorials?|worksheets?|handouts?|quiz)\b"
    rf"|.*\b{DOCUMENT_PART}\s+(?:\d|[IVX]+\b|[A-Z]\b)"
    rf"|.*\b(?:next|previous|following|above|below|last|first)\s+{DOCUMENT_PART}\b)",
    re.IGNORECASE,
)


# Where a numbering starts, its figure the target: "Python indexes lists from {{c1::0}}", "Lua
# arrays start at {{c1::1}}", "The first item is at index {{c1::0}}". Never any figure after
# "from" or "at": "Doors open at 6", "moved from 3 servers to 5". "start" and "begin" only
# after a word for what is numbered ("Registration starts at 8" is a schedule). The figure
# ends the phrase: "counts seconds from 1 January 1970" is a date.
_ORIGIN = lazy(
    r"(?P<subject>[\w'’.()-]+(?:\s+[\w'’.()-]+){0,7}?)\s+"
    r"(?:(?:index(?:es)?|numbers|counts)\s+(?:[\w-]+\s+){0,3}?from"
    r"|(?P<start>starts?|begins?)\s+(?:at|from|with)"
    r"|(?:is|are)\s+(?:(?:numbered|indexed|counted)\s+from|at\s+(?:index|position|offset)))"
    r"\s+(?P<value>\d+)"
    r"(?=\s*(?:[.,;:!)]|$)|\s+(?:and|but|so|while|whereas|unlike|in|on|by|rather|not)\b)",
    re.IGNORECASE,
)


_NUMBERED = lazy(
    r"\b(?:index(?:es|ing)?|indices|arrays?|lists?|strings?|tuples?|elements?|positions?"
    r"|offsets?|numbering|counting|subscripts?)\b",
    re.IGNORECASE,
)


# Counts of a writer's list or a work's to-dos, not of what a thing is made of: "The team has 3
# open questions", "The fix is 2 steps". What a thing holds is its capacity: "memory holds
# about seven items" counts.
_LISTED = frozenset(
    "things ways reasons examples ideas questions options tips points approaches issues "
    "problems mistakes lessons takeaways items tasks steps".split()
)


# A count of a state that passes ("The team has 3 open bugs", "2 pending requests"): a moment,
# not what a thing lastingly has.
_PASSING = frozenset("open pending remaining outstanding current new unread active".split())


_PEOPLE = lazy(
    r"\b(?:children|kids|adults|people|persons|patients|women|men|girls|boys|babies|infants"
    r"|teens|teenagers|adolescents|students|drivers|users|anyone|those)\s+$",
    re.IGNORECASE,
)


# A count that opens a sentence as its subject is the fact it states: "About {{c1::300}}
# volunteers cleaned the beach", "{{c1::12}} people signed the petition", "Around {{c1::70}}
# countries signed the treaty in 1997". Its noun and main verb are `_subject_count`'s to find.
# Looked for only where a sentence opens on a figure or `_COUNT_OPENINGS`. Never a year.
_SUBJECT_COUNT = lazy(
    r"(?:(?i:about|around|roughly|approximately|nearly|almost|some|only|just|over|under"
    r"|(?:more|fewer|less)\s+than|up\s+to)\s+)?"
    r"(?P<value>(?!(?:1[1-9]\d\d|20\d\d)(?!\d))(?:\d{1,3}(?:,\d{3})+|\d+))\s+(?=[a-z])"
)


_COUNT_OPENINGS = tuple(
    f"{word} "
    for word in "About Around Roughly Approximately Nearly Almost Some Only Just Over Under More"
    " Fewer Less Up".split()
)


# What no firm count's verb is: a hedge ("10 people could win"), a step's "2 eggs are enough".
_HEDGED_VERBS = frozenset("may might could would should must".split())


_ENOUGH = frozenset("enough sufficient plenty fine ideal optional needed required".split())


# A figure or a range of them alone, as a pH's value is hidden: "7.35 to 7.45".
_FIGURES = lazy(r"\d+(?:\.\d+)?(?:\s?(?:[-\u2013\u2014]|to|and)\s?\d+(?:\.\d+)?)?")


# Every quantity has a digit: most sentences have none, and a scan for one is 2x faster than
# `QUANTITY`, which has no literal to search for and is tried at every position.
DIGIT = lazy(r"\d")


# A figure on its own: not part of a name or a code ("COVID-19", "H2O", "5W-30", "v2"), nor a
# move's number in chess notation ("1.e4", "5...a6", "(6.Be3)").
BARE_FIGURE = lazy(r"(?<![\w.,/-])\d+(?:[.,]\d+)*(?![\w/-]|[.,]\d|\.+[^\W\d_])")


# Nouns a figure after them names a kind by: "type 2 diabetes", "stage 3 cancer", "a phase 3
# trial" (`figure_in_name`).
_KIND_WORDS = frozenset("type stage grade class category level phase zone tier generation".split())


# A sentence that opens with a scene-setting phrase ("Over 15 years, …", "In the last 48 hours,
# …", a condition: "Above 3,000 metres, climbers should ascend no more than …") states its fact
# after the comma: a number in the frame is the setting, not the point. A thousands separator is
# no such comma: "After 10 years you have £1,500."
_FRAME_WORDS = (
    "over|in|on|for|after|within|across|during|at|by|from|with|under|among|between|before|since"
    "|throughout|above|below|beyond"
)


_FRAME = lazy(rf"^(?:{_FRAME_WORDS})\b(?:[^,]|,(?=\d{{3}}))*,(?!\d{{3}})", re.IGNORECASE)


_FRAME_WORD = lazy(rf"(?:{_FRAME_WORDS})$", re.IGNORECASE)


MAX_FRAME_WORDS = 8


# A frame with no comma: one of those words and a span of time or a rate, "After 10 years you
# have £1,500", "Over 20 years the index returned 7%". A figure after it is the fact.
_BARE_FRAME = lazy(rf"(?:{_FRAME_WORDS})\s+$", re.IGNORECASE)


_FRAME_SPAN = lazy(
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|%)$", re.IGNORECASE
)


# A study, survey or sample the finding after the comma comes from: "In our 2023 survey of 1200
# nurses across four hospitals, 40% …", "Across our sample of 2400 adults in 12 countries, …",
# "In our experience with 500 customers, …" (an experience counted in figures). Not a place or
# a time: "In our kitchen last Sunday, …", "During our trip to Italy with the kids, …".
_EVIDENCE = (  # compiled where used, when first needed (re keeps it); flags inline
    r"(?i)(?:over|in|on|for|after|within|across|during|at|by|from|with|under|among|between|before"
    r"|since|throughout)\s+(?:our|my|the|a|an|this|these|one)\s+"
    r"(?:(?!(?:of|in|on|at|with|during|over|for|from|to|by|after|about)\s)[\w’'-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|surveys?|polls?|trials?|analys[ie]s|meta-analys[ie]s|reviews?|data(?:set)?"
    r"|samples?|experiments?|tests?|testing|research|audits?|census|interviews|measurements"
    r"|benchmarks?|records|cohort|experience(?=\s+(?:with|of|across|working\s+with)\s[^,]*\d))\b"
)


MAX_EVIDENCE_FRAME_WORDS = 20


# "about 23%", "barely 2%", "by up to 30%": the hedge marks the figure the sentence reports.
_REPORTED = lazy(
    r"\b(?:about|around|roughly|approximately|nearly|almost|barely|only|just|up\s+to|by)\s+$",
    re.IGNORECASE,
)


# "passed 420 ppm, up from about 280 ppm", "0.05%, compared with about 0.44%": a hedge after
# one of these marks the base of a comparison, not the figure reported.
_BASE = lazy(
    r"\b(?:from|than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|against)\s+$",
    re.IGNORECASE,
)


# What may precede a sentence's subject.
DETERMINERS = ARTICLES | {"this", "these", "those", "some", "most", "many", "each", "every"}


# A subject with a figure in its description ("A room 3 m by 4 m", "Children under 5"): its
# words before the figure and after it up to the verb, at most this many each.
MAX_SUBJECT_WORDS = 6


MAX_SUBJECT_CHARS = 60


# Words before a figure that make it the subject itself: "Only 5% …", "Nearly 40 million …".
_SUBJECT_HEDGES = frozenset(
    {
        *("about", "around", "roughly", "approximately", "nearly", "almost", "only", "just"),
        *("over", "under", "more", "less", "fewer", "than", "up", "to", "at", "least", "some"),
        *("barely", "well", "all", "and", "but", "so", "yet"),
    }
)


_CLAUSE_BREAK = lazy(rf"[,;:]\s|\s[{DASHES}]\s")


# Words between the figure and the verb that end the subject before any verb: "Keep 3 months of
# expenses and invest …", "Prices jumped 5% as wages grew 3%".
CLAUSE_WORDS = frozenset(
    {
        *("and", "or", "but", "as", "while", "when", "whereas", "because", "if", "since"),
        *("than", "that", "which", "who", "whom", "whose", "where", "so", "then", "until"),
        *("unless", "although", "though", "after", "before"),
    }
)


_RELATIVES = frozenset({"who", "that", "which", "whose"})


# After an article, a preposition or an auxiliary a word is no main verb: "in the last 48 hours".
_NO_VERB_AFTER = AFTER_NOUNS | DETERMINERS


# Words that end the main verb's clause: its answer comes before them.
_CLAUSE_ENDS = frozenset(
    {
        *("and", "or", "but", "while", "whereas", "because", "although", "though", "unless"),
        *("which", "who", "whom", "whose", "that", "where", "when", "if", "so", "then"),
    }
)


# What follows a plural noun, not a verb, in a subject: "Adults over 65", "Women aged 50".
_SUBJECT_LINKS = AFTER_NOUNS | {
    *("over", "under", "above", "below", "aged", "older", "younger", "who", "that", "which"),
    *("weighing", "measuring", "between", "without", "per"),
}


# Verbs a fact states, as a plural subject takes them, and past tenses not in -ed.
VERBS = frozenset(
    {
        *("is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would"),
        *("should", "must", "may", "might", "does", "do", "did", "need", "take", "took"),
        *("cost", "make", "made", "give", "gave", "hold", "held", "use", "burn", "contain"),
        *("provide", "require", "weigh", "reach", "ran", "grow", "grew", "rise"),
        *("rose", "fall", "fell", "lose", "lost", "gain", "produce", "yield", "cover", "carry"),
        *("get", "got", "keep", "kept", "spend", "spent", "pay", "paid", "sell", "sold", "buy"),
        *("bought", "reduce", "increase", "lower", "raise", "cut", "save", "eat", "ate"),
        *("drink", "drank", "absorb", "release", "consume", "generate", "emit", "lift", "live"),
        *("found", "showed", "said", "saw", "became", "began", "came", "went", "led", "meant"),
        *("thought", "knew", "felt", "brought", "won", "sent", "stood"),
    }
)


# Prepositions that put a figure in a noun's description: "Staff with 5 years of service".
DESCRIBING = frozenset({"with", "without", "after", "before", "for", "from", "on", "of", "in"})


# Words between a verb and the figure it takes: "earn about 40%", "finish in under 3 hours".
_OBJECT_LEADS = frozenset(
    {
        *("about", "around", "roughly", "approximately", "nearly", "almost", "only", "just"),
        *("over", "under", "more", "less", "fewer", "than", "up", "to", "at", "least", "barely"),
        *("in", "for", "by", "within", "between", "a", "an", "another", "an", "extra"),
    }
)


MAX_LEADS = 2


# Endings of nouns, adjectives, adverbs and participles ("earning", not "bring"): no verb that
# takes a figure. A plural's -s too: "earners 5"; a verb's -s is `finite_verb`'s.
NOT_A_VERB = lazy(
    r"(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ist|al|ic|ive|ous|ary|ful|able|ible|ly|est"
    r"|[aeiouy][a-z]*ing|[^s]s)$"
)


# A bare count after the main verb ("makes about 10 loaves"), never a year.
_COUNT = lazy(
    r"(?<![\w.,:$\u00a3\u20ac])(?!(?:1[1-9]\d\d|20\d\d)(?!\d))\d+(?:,\d{3})*(?:\.\d+)?"
    r"(?=\s+[^\W\d_])"
)


def bare_figure_span(text: str, vocabulary: Vocabulary, verb: int = 0) -> tuple[int, int] | None:
    """The first figure with no unit in `text`, with the rest of its range; not one of a name
    the document repeats ("Zone 2 training … Zone 2 runs"). An instruction's verb, ending at
    `verb`, names nothing: "Divide 72 by …" repeated is no name."""
    for figure in BARE_FIGURE.finditer(text):
        named = WORD.findall(text, verb, figure.start())[-1:]
        if named and named[0][0].isupper() and vocabulary.count(f"{named[0]} {figure.group()}") > 1:
            return None
        if part := figure_in_name(text, *figure.span(), verb):
            if part == "subject":  # "{{c1::Windows 11}} requires …": the name whole
                return figure.start() - len(named[0]) - 1, figure.end()
            continue
        upper = RANGE_NUMBER.match(text, figure.end()) or _BARE_UPPER.match(text, figure.end())
        return kind_start(text, figure.start()), upper.end() if upper else figure.end()
    return None


def figure_in_name(text: str, start: int, end: int, verb: int = 0) -> str:
    """Whether the figure `text[start:end]` is part of a name, no value: "noun" after a word
    for a kind before the noun it classes ("type 2 diabetes") or after a name before a noun
    ("Formula 1 cars"); "subject" after a name in the subject ("The Boeing 747 was …", "Windows
    11 requires …"); "" for a value, an object's version too ("requires Python 3.9"). Not
    after an instruction's verb, ending at `verb`."""
    before = WORD.findall(text, verb, start)
    if not before or not text.endswith(f"{before[-1]} ", 0, start):
        return ""
    word = before[-1]
    kind = word.lower() in _KIND_WORDS
    if not kind and (not word[0].isupper() or function_word(word)):
        return ""
    following = WORD.match(text, end + 1) if text.startswith(" ", end) else None
    noun = following and following.group()
    if (
        noun
        and noun.isalpha()
        and noun.islower()
        and not function_word(noun)
        and noun not in VERBS
        and not noun.endswith("ed")
    ):
        return "noun"
    # "most of them type 2": the kind is the value (`kind_start`).
    subject = not kind and not any(
        finite_verb(w, before[i + 1] if i + 1 < len(before) else "", before[i - 1] if i else "")
        for i, w in enumerate(before)
    )
    return "subject" if subject else ""


def kind_start(text: str, start: int) -> int:
    """Where the kind a figure at `start` names starts: "type" of "type 2", hidden with it."""
    word = text[:start].rstrip(" ").rsplit(" ", 1)[-1]
    if word.lower() in _KIND_WORDS and text.endswith(f"{word} ", 0, start):
        return start - len(word) - 1
    return start


def frame_end(text: str) -> int:
    """Where a sentence's opening frame ends ("In our lab test, …", "Over 15 years, …"), or 0:
    the fact it states comes after it. A longer frame counts when it names a body of evidence
    ("In our 2023 survey of 1200 nurses across four hospitals, …")."""
    frame = _FRAME.match(text)
    if frame is None:
        return 0
    words = len(frame.group().split())
    if words <= MAX_FRAME_WORDS or (
        words <= MAX_EVIDENCE_FRAME_WORDS and re.match(_EVIDENCE, text)
    ):
        return frame.end()
    return 0


def is_quantity(text: str) -> bool:
    """Whether `text` is one quantity as a cloze hides it ("5 mg", "1 in 10", "7.35 to 7.45",
    "five years", "late 18th century"): one thing to recall, however many words it takes."""
    if _PERIOD_ALONE.fullmatch(text):
        return True
    if not DIGIT.search(text):
        lowered = text.lower()
        return bool(_SPELLED.fullmatch(lowered) or _SHARE_ALONE.fullmatch(lowered))
    if QUANTITY.fullmatch(text) or _FIGURES.fullmatch(text) or _DATE_FIGURE.fullmatch(text):
        return True
    # A range the cloze widened to its upper end: "0.5% to 1.5%", "6:30 am to 1:00 am".
    first = QUANTITY.match(text)
    return bool(first and _followed(_TO_RANGE, text, first.end()) == len(text))


def sizes_a_thing(text: str) -> bool:
    """Whether a short sentence states a fact about a thing its figure sizes, joined to its
    unit by a hyphen ("A 12-volt battery powers the starter motor", "SHA-256 produces a 256-bit
    digest"): such a figure and a main verb (`finite_verb`), not a participle ("tins, drained")."""
    if "-" not in text or not _UNIT_ADJECTIVE.search(text):
        return False
    words = text.rstrip(".!").replace(",", " ").split()
    return any(
        finite_verb(word, words[at + 1] if at + 1 < len(words) else "", words[at - 1])
        and not word.endswith("ed")
        and not _UNIT_ADJECTIVE.fullmatch(words[at - 1])  # "12-volt battery": its noun
        for at, word in enumerate(words[1:], 1)
        if word.isalpha()
    )


def tells_time(text: str) -> bool:
    """Whether a sentence states a clock time ("Doors open at 6:30 pm")."""
    return "m" in text and any(_CLOCK.search(found.group()) for found in QUANTITY.finditer(text))


def states_quantity(text: str) -> bool:
    """Whether a sentence states a quantity: a figure with its unit, a ratio, a pH's value, an
    age limit, a figure or a share spelled out ("five years", "roughly half of adults")."""
    if DIGIT.search(text) and (
        QUANTITY.search(text)
        or ("pH" in text and _PH.search(text))
        or _count_per(text)
        or _age(text)
        or _limit(text)
        or _count_of(text)
        or _origin(text)
        or _subject_count(text)
        or _measured(text)
        or _bare_range(text)
        or _verb_count(text)
        or _ruled_count(text)
        or _moved_count(text)
        or (text.startswith("For ") and worked_result(text))
        or _stated_count(text)
    ):
        return True
    return bool(_spelled(text)) or (
        not DIGIT.search(text)
        and (
            _count_of(text) is not None
            or _moved_count(text) is not None
            or _stated_count(text) is not None
        )
    )


# What follows a spelled-out span that is a time frame or a frequency idiom, not a figure.
_SPELLED_IDIOM = lazy(r"\s+(?:later|ago|earlier|on)\b|\s+an?\s+(?:day|week|month|year)\b")


# One unit in words, a measure where half of it is ("half a degree", "half an hour"), a bound
# follows it ("an hour or less", "a week or so") or a hedge comes before it (`_ONE_HEDGE`: "about
# a metre", "less than a minute"). Not a rate's period ("5 km an hour", "once a day"), nor an
# idiom ("to a degree", "Over a year, …", "a year later").
_ONE_UNIT_NAMES = (
    "second|minute|hour|day|week|month|year|decade|century|degree|metre|meter|kilometre"
    "|kilometer|mile|foot|inch|yard|litre|liter|pint|gallon|cup|teaspoon|tablespoon|pound"
    "|ounce|kilo|kilogram|gram|tonne|ton"
)


_ONE_SPELLED = lazy(
    rf"(?<![\w-])(?P<half>half\s+)?an?\s+(?:{_ONE_UNIT_NAMES})(?![\w-])"
    r"(?P<bound>\s+or\s+(?:less|more|so|longer|shorter))?"
)


_ONE_HEDGE = lazy(r"\b(?:about|around|roughly|nearly|almost|only|just|under|than|least|most)\s+$")


# Every unit `_ONE_SPELLED` names, a word of its sentence (as `_NUMBER_WORDS` guards `_SPELLED`).
_ONE_UNITS = frozenset(_ONE_UNIT_NAMES.split("|"))


def _one_spelled(lowered: str) -> list[tuple[int, int]]:
    """Where the lower-cased sentence `lowered` measures one unit in words (`_ONE_SPELLED`)."""
    if _ONE_UNITS.isdisjoint(lowered.replace(".", " ").replace(",", " ").split()):
        return []
    return [
        match.span()
        for match in _ONE_SPELLED.finditer(lowered)
        if (
            match.group("half")
            or match.group("bound")
            or _ONE_HEDGE.search(lowered, 0, match.start())
        )
        and not _SPELLED_IDIOM.match(lowered, match.end())
    ]


# A multiple of a thing named after it, as "three times" is: "about {{c1::twice}} the aperture in
# millimetres", "vibrates at exactly {{c1::twice}} the frequency", "is {{c1::twice}} as heavy
# as". Not how often ("twice a week": `frequency_span`).
_TWICE = lazy(r"(?<![\w-])twice(?=\s+(?:the|its|their|as)\s)")


def _spelled(text: str) -> list[tuple[int, int]]:
    """Where `text` spells out a figure with its unit (one unit too: `_one_spelled`; a multiple:
    `_TWICE`), or a share it reports, in order."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    found = [m.span() for m in _TWICE.finditer(lowered)] if "twice " in lowered else []
    if _NUMBER_WORDS.isdisjoint(lowered.split()):
        return sorted([*found, *_one_spelled(lowered)])
    found += [
        match.span()
        for match in _SPELLED.finditer(lowered)
        if (
            match.group("figure") != "one"
            or match.group("low")
            or match.group("from")
            or _MEASURED.search(lowered, 0, match.start())
        )
        and not _spelled_name(text, match.start("figure"), match.end("figure"))
    ]
    # "Five decades later, …" sets the scene; "seven days a week" says "always": no fact.
    found = [span for span in found if not _SPELLED_IDIOM.match(lowered, span[1])]
    if " of " in lowered:
        found += [
            match.span("share")
            for match in _SHARE.finditer(lowered)
            if _SHARE_LEAD.search(lowered, 0, match.start())
        ]
    found += [m for m in _one_spelled(lowered) if not any(a < m[1] and m[0] < b for a, b in found)]
    return sorted(found)


def _spelled_name(text: str, start: int, end: int) -> bool:
    """Whether the spelled figure `text[start:end]` and the word after it are capitalised, words
    of a name: "the Seven Years' War", "The Twelve Days of Christmas". Its unit is in lower
    case in a measure, at the start of a sentence too ("Seven years later")."""
    return text[start].isupper() and text[end:].lstrip()[:1].isupper()


def _age(text: str) -> re.Match[str] | None:
    """The first age limit `text` states ("children under 16")."""
    if not any(word in text for word in _AGE_WORDS):  # 5x faster than `_AGE` finding none
        return None
    for found in _AGE.finditer(text):
        if not found.group("limit") or _PEOPLE.search(text, 0, found.start()):
            return found
    return None


# How often or by when something is done, in words: "once a month", "twice a year", "three
# times per week", "once or twice a week", "two or three times a day"; "by noon", "before
# dark", "at dawn" (the time only: "by {{c1::noon}}").
_WHEN = lazy(
    r"\b(?:(?:(?:once|twice|two|three|four|five|\d+)\s+or\s+)?"
    r"(?:once|twice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:a|an|per|each|every)"
    r"\s+(?:day|night|week|fortnight|month|quarter|year|season|shift|hour)"
    r"|(?:by|before|after|until|till|at|around)\s+(?P<time>noon|midday|midnight|dawn|dusk"
    r"|sunrise|sunset|nightfall|dark|first\s+light))\b",
    re.IGNORECASE,
)


# A word every `_WHEN` phrase holds: most text has none.
_WHEN_WORDS = ("nce ", "wice ", " times ", "noon", "midday", "midnight", "dawn", "dusk", "sun")
_WHEN_WORDS_MORE = ("nightfall", "dark", "first light")


def when_span(text: str) -> tuple[int, int] | None:
    """How often or by what time of day `text` says to do something (`_WHEN`): a takeaway's
    fact, where no figure states it ("Test GFCI outlets {{c1::once a month}}", "Be off exposed
    summits by {{c1::noon}}")."""
    if not any(word in text for word in _WHEN_WORDS + _WHEN_WORDS_MORE):  # most text
        return None
    if found := _WHEN.search(text):
        return found.span("time") if found.group("time") else found.span()
    return None


# How many times a thing is done, right after its verb and closing its clause: "Every
# transaction is recorded {{c1::twice}}: …", "Meiosis divides the nucleus … {{c1::twice}}.", "The
# form is signed {{c1::three times}}, …". Not "once" that opens a clause ("… once the dough
# rises"), a comparison ("twice as fast"), "once more", "at once", nor a verb's object before
# it ("sign it twice": an instruction hides its object).
_COUNTED_TIMES = lazy(
    r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|en)\s+"
    r"(?P<times>once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)"
    r"(?=\s*[,.:;!?(]|\s*$|\s+(?:in|over|during|before|after|per|each|every)\s)"
)


# A word every `_COUNTED_TIMES` phrase holds.
_TIMES_WORDS = ("once", "twice", "thrice", " times")


def times_span(text: str) -> tuple[int, int] | None:
    """How many times a passive verb says a thing is done (`_COUNTED_TIMES`): a takeaway's fact
    where no figure states it."""
    if not any(word in text for word in _TIMES_WORDS):  # most text
        return None
    found = _COUNTED_TIMES.search(text)
    return found.span("times") if found else None


def frequency_span(text: str) -> tuple[int, int] | None:
    """How often a sentence says a thing is done, in words (`_WHEN` without its time of day): a
    claim's fact where no figure states it ("Self-employed people pay estimated tax {{c1::four
    times a year}}", "The council meets {{c1::twice a month}}"). Not "by noon" nor "at dawn":
    in prose they set the scene more often than they state a fact."""
    if not any(word in text for word in _WHEN_WORDS[:3]):  # most text
        return None
    if (found := _WHEN.search(text)) and not found.group("time"):
        return found.span()
    return None


def reports_date(text: str) -> bool:
    """Whether a sentence reports the date of an event ("Valdivia founded Santiago in 1541")."""
    return reported_date_span(text) is not None


def reported_date_span(text: str) -> tuple[int, int] | None:
    """The first date `text` reports (`_DATE_FIGURE`), not one of the page's own; else the
    century or decade it reports (`_PERIOD`)."""
    if DIGIT.search(text):
        for found in _DATE_FIGURE.finditer(text):
            if (found.group("hedged") or found.group("early")) and _HEDGED_COUNT.search(
                text, 0, found.start()
            ):
                continue
            if found.group("early") and (
                _RATE_IN.search(text, 0, found.start()) or not _EVENT.search(text)
            ):
                continue
            if found.group("from") and _CHANGE_FROM.search(text, 0, found.start()):
                continue
            if not _page_date(text, found.start()):
                pair = _AND_DATE.match(text, found.end())
                return found.start(), pair.end() if pair else _date_range_end(text, *found.span())
    if ("centur" in text or "0s" in text) and (period := _PERIOD.search(text)):
        pair = _AND_DATE.match(text, period.end())
        return period.start("period"), pair.end() if pair else period.end()
    if any(month in text for month in _MONTH_NAMES) and not _NO_MONTH_FACT.search(text):
        days = _DAY_MONTH.finditer(text) if DIGIT.search(text) else iter(())
        for found in (*days, *_MONTH_DATE.finditer(text)):
            if not _page_date(text, found.start()):
                return found.span("month")
    return None


# A month with no year or day an event is dated by: "In {{c1::September}} the monarchy was
# abolished", "lasts from {{c1::early June to mid-July}}", "peaks in {{c1::August and
# September}}". Only after a preposition of time, its name capitalised: "May" is a verb
# elsewhere ("You may …"), and "in May's cabinet" a name's. Looked for only where a month's
# name is.
_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December"),
)


# A month that dates no fact: a plan's ("will take effect in September"), the writer's own
# habit ("In July I water every morning"), a source's ("figures released … in March").
_NO_MONTH_FACT = lazy(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|will|(?i:according\s+to))\b")


_ONE_MONTH = rf"(?:(?:early|mid|late)[-\s])?(?:{'|'.join(_MONTH_NAMES)})"


# A day of a month with no year, a date that comes round each year: "The filing deadline is
# usually {{c1::April 15}}", "Bastille Day is celebrated on {{c1::14 July}}", "runs from {{c1::1
# March to 31 May}}". Its month's name capitalised, whole; never a year after it (a date
# written out is `_DATE_FIGURE`'s), nor a day that is no day ("May 45").
_DAY_OF = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


_ONE_DAY = rf"(?:{_DAY_OF}\s+(?:{'|'.join(_MONTH_NAMES)})|(?:{'|'.join(_MONTH_NAMES)})\s+{_DAY_OF})"


_DAY_MONTH = lazy(
    rf"(?<![\w.,-])(?P<month>{_ONE_DAY}(?:\s*(?:[{DASHES}-]|\s(?:to|and|or|through|until)\s)\s*"
    rf"{_ONE_DAY})?)(?![\w'’-]|,?\s+\d|[.,:/]\d)"
)


_MONTH_DATE = lazy(
    r"\b(?i:in|since|until|till|by|during|from|through|throughout|before|after)\s+"
    rf"(?P<month>{_ONE_MONTH}(?:\s*(?:[{DASHES}-]|\s(?:to|and|or|through|until)\s)\s*{_ONE_MONTH})?)"
    r"(?![\w'’-]|\s+\d)"
)


def _limit(text: str) -> re.Match[str] | None:
    """The first limit on a count of things `text` states ("up to 32 devices")."""
    if not any(words in text for words in _LIMIT_WORDS):
        return None
    return _LIMIT.search(text)


def _count_of(text: str) -> re.Match[str] | None:
    """The count of things a sentence's subject has or is held to (`_COUNT_OF`), after its
    opening frame: "A standard deck has 52 cards"."""
    # Its figure follows a subject of a few words: most sentences have no digit or number word
    # that early. Then one match, anchored and bounded by the subject's words: no scan of the
    # sentence; where none, one after a reporting verb ("Research suggests the limit is …").
    head = text[:MAX_COUNT_OF_CHARS]
    if not DIGIT.search(head) and _NUMBER_WORDS.isdisjoint(head.split()):
        return None
    if text.startswith("There are "):
        return _there_count(text)
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    found = _COUNT_OF.match(text, begin)
    if found is None and (reporting := _REPORTING.search(text, begin, MAX_COUNT_OF_CHARS)):
        found = _COUNT_OF.match(text, reporting.end())
    if (
        found is None
        or NOT_COUNTED.match(found.group("subject"))
        or not (found.group("noun") or _LIMIT_NAME.search(found.group("subject")))
        or (
            found.group("noun")
            and not found.group("takes")
            and found.group("noun").split()[-1] in _LISTED
        )
        or (found.group("noun") and not _PASSING.isdisjoint(found.group("noun").lower().split()))
        or (found.group("done") and found.group("verb") not in ("is", "are"))
        or (found.group("verb") == "uses" and found.group("subject").split()[-1] in _USED_BY)
        or _names_them(text[found.end() :])
    ):
        return None
    return found


# A count of things a main verb acts on, as its object: "The company hired {{c1::320}} new
# staff across the region", "Each player draws {{c1::7}} cards". The subject is a few words
# (`_verb_count` checks what they are) opening on a capital; the counted noun a lower-case
# word right after the figure. Never a year, nor a range ("hired 300 to 400 staff").
_VERB_COUNT = lazy(
    r"(?P<subject>[A-Z][\w'’.()-]*(?:\s+[\w'’.()-]+){0,7}?)\s+(?P<verb>[a-z]+)\s+"
    r"(?:(?:only|about|around|roughly|approximately|nearly|almost|some|over|just)\s+)?"
    r"(?P<value>(?!(?:1[1-9]\d\d|20\d\d)(?!\d))(?:\d{1,3}(?:,\d{3})+|\d+))"
    r"\s+(?P<noun>(?!(?:of|or|and|to|in|a|an|the|more|less|times|each|every|per)\b)[a-z])"
)


# The verbs of `_COUNT_OF` and the other forms of "be" and "have": a count after them is
# `_count_of`'s to judge ("The team has 3 open questions about the design" is none).
_COUNT_OF_VERBS = frozenset(
    "has have had is are was were be been contain contains equal equals hold holds store stores"
    " carry carries seat seats fit fits field fields".split()
)


# Words in a count's subject that leave its verb unstated as a fact: a plan ("plans to open"),
# a hedge ("could hire"), a negation ("did not hire"), a clause of its own ("Firms that hired").
_UNSTATED = CLAUSE_WORDS | frozenset(
    "to not never no will would could may might should must can shall cannot did does do"
    " plans plan aims hopes expects intends wants".split()
)


# Past tenses without -ed that "we" reports a result in ("We built 40 homes"): `claims` keeps
# only an organisation's (`_reports_result`).
_PAST_VERBS = frozenset("built sold won paid spent grew made ran held sent gave took".split())


# A count an action adds is new by nature ("hired 320 new staff"); the rest of `_PASSING` is a
# moment still.
_PASSING_NOW = _PASSING - {"new"}


# A rule's count for whom it is for, an instruction after a frame that names them: "For a child,
# give {{c1::5}} initial rescue breaths …", "For adults, give 30 compressions …". Not a recipe's
# step ("For the filling, beat 3 eggs …"), whose frame names no one. The frame's age is a given:
# "For adults over 65, offer {{c1::2}} doses of the vaccine" (was "over {{c1::65}}").
_RULED_COUNT = lazy(
    r"For\s+(?:an?\s+|all\s+)?(?:child(?:ren)?|bab(?:y|ies)|infants?|adults?|teenagers?"
    r"|casualt(?:y|ies)|patients?|victims?)(?:\s+(?:[a-z]+|\d+)){0,4},\s+"
    r"(?:(?:always|first|then|only)\s+)?[a-z]+\s+"
    r"(?:(?:only|about|around|up\s+to|at\s+least)\s+)?"
    r"(?P<value>\d+)\s+(?!(?:of|or|and|to|times|per|more|less)\b)[a-z]"
)


def _ruled_count(text: str) -> re.Match[str] | None:
    """The count a rule for whom its frame names gives (`_RULED_COUNT`)."""
    return _RULED_COUNT.match(text) if text.startswith("For ") else None


def _verb_count(text: str) -> re.Match[str] | None:
    """The count of things a sentence's main verb acts on (`_VERB_COUNT`), after its opening
    frame: "The company hired 320 new staff", "The chain now runs 212 shops in nine countries".
    None where the subject is no thing's (`NOT_COUNTED`; "we" or "our" only with a past verb,
    a report `claims` still judges), the verb hedged, negated or planned ("plans to open 10
    stores"), or the noun a writer's list or a document's part ("tried 4 approaches")."""
    # As `_count_of`: a digit near the start, then one anchored match.
    if not DIGIT.search(text, 0, MAX_COUNT_OF_CHARS):
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    if not (found := _VERB_COUNT.match(text, begin)):
        return None
    subject, verb = found.group("subject").split(), found.group("verb")
    previous = subject[-1]
    if (
        verb in _COUNT_OF_VERBS
        or not (
            finite_verb(verb, found.group("value"), previous)
            or takes_figure(verb, previous, [found.group("value")])
        )
        or any(
            word.lower() in _UNSTATED or word.lower().endswith(("n't", "n’t")) for word in subject
        )
    ):
        return None
    if subject[0].lower() in ("we", "our"):
        if not (verb.endswith("ed") or verb in _PAST_VERBS):
            return None
    elif NOT_COUNTED.match(found.group("subject")) or all(map(function_word, subject)):
        return None  # "Carefully fold 2 eggs into the batter": an instruction, no subject
    nouns = list(islice(WORD.finditer(text, found.start("noun")), MAX_LEADS + 1))
    named = []
    for noun in nouns:
        if not noun.group().islower() or function_word(noun.group()):
            break
        named.append(noun)
    words = [noun.group() for noun in named]
    if (
        not words  # "ran 3 over par": no counted noun
        or not _LISTED.isdisjoint(words)
        or any(re.fullmatch(DOCUMENT_PART, word) for word in words)
        or not _PASSING_NOW.isdisjoint(words)
        or _names_them(text[named[-1].end() :])
    ):
        return None
    return found


# A count of things a verb of movement or extent passes through: "The Nile flows north through
# {{c1::eleven}} countries", "The Rhine flows through {{c1::6}} countries", "The Andes run
# through {{c1::seven}} countries", "The Alps stretch across {{c1::eight}} countries". The
# subject opens on a capital; the counted noun a plural, lower-case word ("flows through 2
# gorges" too; not "runs through 3 of the valleys", nor "passes through one town"). Its verbs,
# `_MOVED_VERBS`, are also the cheap test before it.
_MOVED_VERBS = ("flow", "run", "pass", "stretch", "extend", "wind", "cross", "snake", "meander")
_MOVED_COUNT = lazy(
    r"(?P<subject>[A-Z][\w'’.()-]*(?:\s+[\w'’.()-]+){0,5}?)\s+"
    rf"(?P<verb>(?:{'|'.join(_MOVED_VERBS)})(?:s|es)?)"
    r"(?:\s+(?:north|south|east|west)(?:east|west)?(?:wards?)?)?\s+(?:through|across)\s+"
    r"(?:(?:only|about|around|roughly|nearly|almost|some|over)\s+)?"
    r"(?P<value>(?!(?:1[1-9]\d\d|20\d\d)(?!\d))(?:\d{1,3}(?:,\d{3})+|\d+)"
    rf"|(?!one\b){_WORD_FIGURE})"
    r"\s+(?P<noun>(?!(?:of|or|and|to|in|more|less|times)\b)[a-z][\w-]*s)\b"
)


def _moved_count(text: str) -> re.Match[str] | None:
    """The count a verb of movement or extent passes through (`_MOVED_COUNT`), after the
    sentence's opening frame. None where the subject is no thing's (`NOT_COUNTED`), hedged or
    planned (`_UNSTATED`), or the noun a writer's list or a passing state."""
    if (" through " not in text and " across " not in text) or not any(
        verb in text for verb in _MOVED_VERBS
    ):
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    if not (found := _MOVED_COUNT.match(text, begin)):
        return None
    subject, noun = found.group("subject"), found.group("noun")
    if (
        NOT_COUNTED.match(subject)
        or any(word.lower() in _UNSTATED for word in subject.split())
        or noun in _LISTED
        or noun in _PASSING
        or _names_them(text[found.end() :])
    ):
        return None
    return found


# How many of a smaller thing make one larger, the count opening the sentence: "{{c1::Two}}
# semitones make a whole tone", "{{c1::Twelve}} inches make a foot", "{{c1::Three}} bases in a
# row form a codon, …". The counted noun a plural; the whole one thing ("a", "an", "one") of up to
# three words, to the clause's end: not "Two teams make the final", "Two players make a
# move on each turn". Its verbs are the cheap test before it.
_MADE_COUNT = lazy(
    rf"(?P<value>(?i:(?!one\b){_WORD_FIGURE})|[1-9]\d{{0,2}}(?!\d))"
    r"\s+(?P<noun>[a-z][\w-]*s)(?:\s+in\s+a\s+row)?"
    r"\s+(?:make(?:\s+up)?|form|equal)\s+(?:a|an|one)"
    r"(?:\s+[a-z][\w-]*){1,3}(?=[.!]?$|[,;]\s)"
)


def _made_count(text: str) -> re.Match[str] | None:
    """The count of smaller things that make one larger (`_MADE_COUNT`); None for a noun no
    thing's ("Two wrongs make a right": a saying, its noun an adjective's plural)."""
    if " make " not in text and " form " not in text and " equal " not in text:  # most text
        return None
    if not (found := _MADE_COUNT.match(text)):
        return None
    return None if found.group("noun") in _NOT_MADE else found


_NOT_MADE = frozenset("wrongs rights heads hands minds".split())


# The count a condition on a thing in general asks for: "A dominant allele is expressed even if
# only {{c1::one}} copy is present", "A recessive allele is only expressed when {{c1::two}}
# copies are present", "A quorum is reached when {{c1::five}} members are present". A thing in
# general ("A …", "An …") in the passive, then "when", "if", "even if" or "unless", the count,
# its noun and "is"/"are" a state of presence or need to the end: not "A dog is walked when
# one owner is home", "An alarm is triggered if 3 sensors are tripped".
_CONDITIONED_COUNT = lazy(
    r"An?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?\s+(?:is|are)\s+(?:only\s+)?[a-z]+ed"
    r"\s+(?:only\s+)?(?:when|if|even\s+if|unless)\s+(?:only\s+)?"
    rf"(?P<value>{_WORD_FIGURE}|[1-9]\d{{0,2}}(?!\d))"
    r"\s+(?P<noun>[a-z][\w-]*)\s+(?:is|are)\s+(?:present|absent|missing|needed|required"
    r"|affected|inherited|damaged|faulty|active)[.!]?$"
)


def _conditioned_count(text: str) -> re.Match[str] | None:
    """The count a condition on a thing in general asks for (`_CONDITIONED_COUNT`)."""
    if not text.startswith(("A ", "An ")) or (" if " not in text and " when " not in text):
        return None
    return _CONDITIONED_COUNT.match(text)


def _stated_count(text: str) -> re.Match[str] | None:
    """How many smaller things make one larger (`_made_count`), or the count a condition on a
    thing in general asks for (`_conditioned_count`)."""
    return _made_count(text) or _conditioned_count(text)


def _names_them(rest: str) -> bool:
    """Whether what follows a count names the things counted, which gives it away: "Mars has
    two small moons, Phobos and Deimos", "… has three stages: glycolysis, … and …". Not a
    clause of its own (", and the stage is …") nor an aside (", plus or minus two")."""
    return (
        rest[:1] in ",:"
        and " and " in rest
        and not rest.startswith((", and ", ", but ", ", so ", ", which ", ", while "))
    )


def _subject_count(text: str) -> tuple[int, int] | None:
    """The count that opens a sentence, after its frame, as its subject (`_SUBJECT_COUNT`): a
    noun of up to MAX_SUBJECT_WORDS plain words ("species of beetle"), then its main verb
    (`finite_verb`). None for a writer's list or the document's parts ("3 tips will help you"), a
    hedged verb, or a step ("2 eggs are enough for a cake")."""
    if not DIGIT.search(text):  # its count is in digits: most sentences have none
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    if not (text[begin : begin + 1].isdigit() or text.startswith(_COUNT_OPENINGS, begin)):
        return None
    if not (found := _SUBJECT_COUNT.match(text, begin)):
        return None
    words = list(islice(WORD.finditer(text, found.end()), MAX_SUBJECT_WORDS + 2))
    for index in range(1, len(words) - 1):
        word, previous = words[index].group(), words[index - 1].group()
        if not word.islower() or not text[words[index - 1].end() : words[index].start()].isspace():
            return None  # a name, a clause break: no plain subject
        if finite_verb(word, words[index + 1].group(), previous):
            noun = previous.lower()
            if (
                noun in _LISTED
                or re.fullmatch(DOCUMENT_PART, noun)
                or word in _HEDGED_VERBS
                or (word in ("is", "are", "was", "were") and words[index + 1].group() in _ENOUGH)
            ):
                return None
            return found.span("value")
    return None


def _origin(text: str) -> re.Match[str] | None:
    """Where a numbering `text` states starts (`_ORIGIN`): "Python indexes lists from 0"."""
    # As `_count_of`: a digit near the start, then one anchored match.
    if not DIGIT.search(text, 0, MAX_COUNT_OF_CHARS):
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    found = _ORIGIN.match(text, begin)
    if (
        found is None
        or NOT_COUNTED.match(found.group("subject"))
        or (found.group("start") and not _NUMBERED.search(found.group("subject")))
    ):
        return None
    return found


def _measured(text: str) -> re.Match[str] | None:
    """The first bare value a named measure takes in `text` (`_MEASURE_VALUE`): "a target of
    2.5 to 3.5", "eGFR is below 30"; else one a property of a thing has (`_PROPERTY_VALUE`):
    "has a pKa of 4.76"."""
    lowered = text.lower()
    if any(word in lowered for word in _MEASURE_HINTS) and (found := _MEASURE_VALUE.search(text)):
        return found
    return _PROPERTY_VALUE.search(text) if " of " in text or " magnitude " in text else None


def _bare_range(text: str) -> tuple[int, int] | None:
    """The range of bare values `text` keeps a thing in (`_BARE_RANGE`): "lies between 0 and 1"."""
    if " between " not in text and " from " not in text and " range " not in text:
        return None
    if not (found := _BARE_RANGE.search(text)):
        return None
    return found.span(next(name for name, value in found.groupdict().items() if value))


def _count_per(text: str) -> re.Match[str] | None:
    """The first count of a thing per another `text` states ("2 ATP per glucose molecule")."""
    return _COUNT_PER.search(text) if " per " in text else None


def _rate_base(text: str) -> re.Match[str] | None:
    """The first rate per a round number `text` states ("0.18 per 100,000 hours", "3.2 deaths
    per 1,000 live births"): its count, with the base in group "base"."""
    return _PER_BASE.search(text) if " per " in text else None


def quantity_span(text: str) -> tuple[int, int] | None:
    """The figure a sentence reports: outside an opening frame, a hedged one first; with the
    upper end of its range and its equivalent in other units. A figure spelled out only where
    no digit states one ("Windows 11 … for five years")."""
    if text.startswith("For ") and (worked := worked_result(text)):
        return worked
    if (digit := DIGIT.search(text)) and (span := _figure(text)):
        return _out_of(text, span)
    spelled = _spelled(text)
    if spelled:
        # "An employee who has worked for at least one month must give … {{c1::one week's}}
        # notice": the one after the main verb, as for figures in digits (`_past_subject`).
        if len(spelled) > 1 and (past := _past_subject(text, 0, spelled)):
            return past
        return _out_of(text, next((m for m in spelled if _reported(text, m[0])), spelled[0]))
    # A measure's bare value, after any other figure: "A threshold of 30 keeps … {{c1::ten
    # times}} more reliable" reports the ten.
    if digit and (measured := _measured(text)):
        return measured.span("value")
    if digit and (bare := _bare_range(text)):
        return bare
    # A spelled count ("Mars has two small moons"); `_figure` has looked for one with a digit.
    if not digit and (count := _count_of(text) or _moved_count(text) or _stated_count(text)):
        return count.span("value")
    return None


# A worked example's result after its data, ending the sentence: "For the data set 2, 4, 4, 5,
# 10, the mean is 25 / 5 = {{c1::5}}.", "For 2, 4, 4, 5, 10, the median is {{c1::4}}.", "For a
# loan of £1,000 at 5% a year, the interest after one year is {{c1::£50}}." The result is the
# fact; the data, and a term a mark stressed before, are givens. Read from the last ", the ".
_FOR_RESULT = lazy(
    r"the\s+(?:[a-z-]+\s+){1,4}?(?:is|was|equals|comes\s+to)\s+"
    r"(?:(?:about|roughly|approximately)\s+)?(?:[^;=,]{1,40}=\s*)?"
    r"(?P<value>[-\u2212]?[$\u00a3\u20ac]?\d[\d,]*(?:\.\d+)?(?:\s?%|\s?[^\W\d_]{1,12})?)"
    r"\s*[.!]?"
)


def worked_result(text: str) -> tuple[int, int] | None:
    """The result of a worked example that opens "For" its data with a figure (`_FOR_RESULT`)."""
    comma = text.rfind(", the ")
    if comma < 0 or not DIGIT.search(text, 4, comma):
        return None
    found = _FOR_RESULT.fullmatch(text, comma + 2)
    return found.span("value") if found else None


# The count a base follows: "five out of a possible eight weeks", "3 out of a maximum of 10
# points". The count is the fact; the base, with the unit, stays on the front.
_OUT_OF = lazy(
    rf"(?<![\w.,-])(?P<count>\d+(?:\.\d+)?|{_WORD_FIGURE})\s+out\s+of\s+"
    r"(?:(?:a\s+)?(?:possible|maximum(?:\s+of)?|total(?:\s+of)?)\s+)?$",
    re.IGNORECASE,
)


def _out_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span`, or the count before it where it is that count's base (`_OUT_OF`)."""
    if " out of " in text and (count := _OUT_OF.search(text, 0, span[0])):
        return count.span("count")
    return span


# What joins the items of a list: "10%, 12%, 22% and 24%", "1:2, 1:3 or 1:4".
_LIST_JOIN = lazy(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


MIN_LISTED_FIGURES = 3


def _listed(text: str, matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`matches` less the items of a list of `MIN_LISTED_FIGURES` figures or more: one of them
    is an arbitrary item, no fact ("there are seven tax brackets: 10%, {12%}, 22%, …")."""
    runs: list[list[tuple[int, int]]] = [[matches[0]]]
    for before, after in pairwise(matches):
        # Not a figure with its smaller units: "1 year, 4 months and 3 days" (`_compound`).
        if _LIST_JOIN.fullmatch(text, before[1], after[0]) and _compound(text, *before) < after[1]:
            runs[-1].append(after)
        else:
            runs.append([after])
    return [m for run in runs if len(run) < MIN_LISTED_FIGURES for m in run]


def _figure(text: str) -> tuple[int, int] | None:
    """The figure in digits a sentence reports (see `quantity_span`)."""
    matches = [found.span() for found in QUANTITY.finditer(text)]
    if len(matches) >= MIN_LISTED_FIGURES and ", " in text:
        matches = _listed(text, matches)
    if len(matches) > 1 and (
        given := [m for m in matches if not _UNIT_ADJECTIVE.fullmatch(text, *m)]
    ):
        matches = given
    if "pH" in text and (ph := _PH.search(text)):
        matches = sorted([*matches, ph.span("value")])
    if rate := _rate_base(text):  # its count, not the base it is per
        base = rate.span("base")
        matches = [m for m in matches if not base[0] <= m[0] < base[1]]
    per, age, limit = _count_per(text) or rate, _age(text), _limit(text)
    # A subject's count or a numbering's start only where the sentence states no other figure:
    # most have one.
    count = None if matches or per or age or limit else _count_of(text) or _origin(text)
    opening = None if matches or per or age or limit or count else _subject_count(text)
    acted = None if matches or per or age or limit or count or opening else _verb_count(text)
    acted = acted or (
        None if matches else _ruled_count(text) or _moved_count(text) or _stated_count(text)
    )
    extras = (per.span() if per else None, age.span("value") if age else None, opening)
    limits = (
        limit.span("value") if limit else None,
        count.span("value") if count else None,
        acted.span("value") if acted else None,
    )
    for extra in (*extras, *limits):
        if extra and not any(a < extra[1] and extra[0] < b for a, b in matches):
            matches = sorted([*matches, extra])
    # A lone figure that is the result is chosen as any other; a count only `_result` finds.
    result = _result(text, matches) if matches else None
    if result and (len(matches) > 1 or result not in matches):
        return _widened(text, *result)
    if asides := precision_spans(text):
        if estimate := _estimate(text, asides, matches):
            return estimate
        matches = [m for m in matches if not any(a <= m[0] < b for a, b in asides)]
    frame = _FRAME.match(text)
    begin = 0  # where the sentence's subject starts
    if frame and len(frame.group().split()) <= MAX_FRAME_WORDS:
        after = [m for m in matches if m[0] >= frame.end()]
        matches, begin = (after, frame.end()) if after else (matches, 0)
    elif len(matches) > 1 and (
        _bare_frame(text, *matches[0]) or _ruled_frame(text, matches[0], matches[1])
    ):
        matches, begin = matches[1:], matches[0][1]
    if not matches:
        return None
    match = _past_subject(text, begin, matches) or next(
        (m for m in matches if _reported(text, m[0])), None
    )
    return _widened(text, *(match or matches[0]))


def _widened(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure `text[start:end]` with the upper end of its range and its equivalent in
    other units."""
    if (upper := _followed(_TO_RANGE, text, end) or _bare_upper(text, start, end)) and (
        not (opened := _FROM.search(text, 0, start))
        or _CLOCK.search(text, start, end)
        or not _CHANGE.search(text, 0, opened.start())
    ):
        end = upper
    else:
        end = _compound(text, start, end)
    if " or " in text[max(0, start - 16) : start] and (lower := _OR_LOWER.search(text, 0, start)):
        start = lower.start()
    if same := _followed(_EQUIVALENT, text, end, ")"):
        end = same
    if "x" in text or "×" in text or " by " in text:
        start, end = _dimensions(text, start, end)
    return start, end


def _bare_upper(text: str, start: int, end: int) -> int | None:
    """Where the upper end of a bare count's range ends (`_BARE_UPPER`); None if the figure has
    a unit or no "to" follows it."""
    if not text[start:end].replace(",", "").replace(".", "").isdigit():
        return None
    return upper.end() if (upper := _BARE_UPPER.match(text, end)) else None


# A size in two or three dimensions, hidden whole: one side alone is half the answer ("3m x 2m x
# 1m", "1200 x 1000 mm", "23.77 m by 8.23 m"). "by" only between figures in one unit: "rose 2 m
# by 3 pm" is no size.
_TIMES = lazy(r"\s*[x×]\s*(?=\d)|\s+by\s+(?=\d)")


_MEASURE = lazy(r"\d+(?:\.\d+)?(?![\d.,])")


_SIDES_BEFORE = lazy(
    r"(?<![\w.,])(?P<first>\d+(?:\.\d+)?\s*[^\W\d_]{0,3})(?:\s*[x×]\s*|\s+by\s+)"
    r"(?:\d+(?:\.\d+)?\s*[^\W\d_]{0,3}\s*[x×]\s*)?$"
)


def _dimensions(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure `text[start:end]` with the other sides of the size it is one of."""
    figure = text[start:end]
    for _ in range(2):
        if not (times := _TIMES.match(text, end)):
            break
        side = QUANTITY.match(text, times.end()) or _MEASURE.match(text, times.end())
        if side is None or ("by" in times.group() and not _one_unit(side.group(), figure)):
            break
        end = side.end()
    before = _SIDES_BEFORE.search(text, max(0, start - 40), start)
    if before and (
        " by " not in before.group()
        or _one_unit(before.group("first"), figure)
        or _shared_length(before.group("first"), figure)
    ):
        start = before.start()
    return start, end


# Units of length two sides share when only the second has one: "a 20 by 44 foot court".
_LENGTHS = frozenset(
    "mm cm m km in inch inches ft foot feet yd yard yards mile miles metre metres meter meters"
    " millimetres millimeters centimetres centimeters kilometres kilometers".split()
)


def _shared_length(first: str, other: str) -> bool:
    """Whether a bare figure before "by" is a side of the length `other` ends its size with
    ("20 by 44 foot"); not "2 by 3 pm"."""
    return first.strip().replace(".", "").isdigit() and (
        other.lstrip("0123456789.,").strip().lower() in _LENGTHS
    )


def _one_unit(figure: str, other: str) -> bool:
    """Whether two figures are in one unit, as written ("23.77 m", "8.23 m")."""
    unit = figure.lstrip("0123456789.,").strip()
    return bool(unit) and unit == other.lstrip("0123456789.,").strip()


# "8 minutes and 20 seconds", "1 year, 4 months and 3 days", "5 feet 11 inches", "2 kg 300 g":
# one figure in a unit and the next smaller ones, hidden whole. This joins each to the one
# before; `QUANTITY` follows, as in `_followed`. Each unit's measure and its place in it,
# largest first.
_COMPOUND = lazy(r",?\s+(?:and\s+)?")


_UNIT_STEPS = {
    unit: (measure, place)
    for measure, steps in (
        (
            "time",
            "year/years/yr/yrs month/months week/weeks day/days hour/hours/hr/hrs/h"
            " minute/minutes/min/mins second/seconds/sec/secs",
        ),
        ("length", "mile/miles yard/yards foot/feet/ft inch/inches"),
        ("metric length", "km m cm mm"),
        ("mass", "kg g mg"),
        ("imperial mass", "stone/stones/st pound/pounds/lb/lbs ounce/ounces/oz"),
    )
    for place, spellings in enumerate(steps.split())
    for unit in spellings.split("/")
}


_UNIT_WORD = lazy(r"[^\W\d_]+$")


def _compound(text: str, start: int, end: int) -> int:
    """`end` moved past the smaller units that go on with the figure `text[start:end]`
    ("8 minutes[ and 20 seconds]"); `end` where none does."""
    step = _unit_step(text, start, end)
    while (
        step
        and (joined := _COMPOUND.match(text, end))
        and (found := QUANTITY.match(text, joined.end()))
    ):
        after = _unit_step(text, *found.span())
        if not after or after[0] != step[0] or after[1] <= step[1]:
            break
        end, step = found.end(), after
    return end


def _unit_step(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The measure and place (`_UNIT_STEPS`) of the unit the quantity `text[start:end]` ends on."""
    unit = _UNIT_WORD.search(text, start, end)
    return _UNIT_STEPS.get(unit.group().lower()) if unit else None


# What a worked example comes to: the figure after it is what to recall, the others are given
# ("Put £1,000 in … at 5% and after two years you have £1,102.50", "… that leaves £70").
_RESULT_WORDS = (" have ", " get ", " up with ", "gives ", "leaves ", " comes to ", " worth ", "= ")


_RESULT = lazy(
    r"(?:\byou(?:['’]ll|\s+will|\s+would|\s+could)?\s+(?:have|get|end\s+up\s+with)"
    r"|\b(?:gives|leaves|comes\s+to|is\s+worth)|=)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|just(?:\s+(?:over|under))?)\s+)?$",
    re.IGNORECASE,
)


MAX_RESULT_CHARS = 30  # how far before a figure its result phrase may start


# A conditional example's result: the figure its main clause's verb takes, after the givens of
# its "If"/"When" clause ("If the order is 500 mg and the tablets are 250 mg each, you give 2
# tablets", "…, the child receives 800 mg per day, which is about 267 mg per dose", "…, so you
# give 10 mL"). Greedy: the last such clause, so a given listed after a comma ("If …, the syrup
# is 40 mg per 5 mL, so you give …") is no result; "which" is no subject. A subject of up to
# three words after a possessive too, and a verb's "to"/"at": "…, the real interest rate is 2%",
# "…, its average speed is 60 km/h", "…, your balance grows to £1,050" (each hid its first given).
_CONDITIONAL_RESULT = lazy(
    r"(?:If|When)\s[^;]*,\s+(?:(?:so|then)\s+)?"
    r"(?:you|we|they|he|she|(?:the|its|their|your|his|her)(?:\s+[a-z]+){1,3})"
    r"(?:\s+(?:will|would|should|must|can|could))?\s+[a-z]+(?:\s+(?:up|to|at))?"
    r"\s+(?:(?:about|around|roughly|nearly|almost|approximately)\s+)?(?=[\d$\u00a3\u20ac])"
)


# A second result joined to the first with "and": "…, the concentration is 50 units per mL and
# the pump runs at {{c1::20 mL/hr}}". The first is a step to it.
_AND_RESULT = lazy(
    r"\s+and\s+(?:so\s+|then\s+)?(?:you|we|(?:the|its|their|your)(?:\s+[a-z]+){1,3})"
    r"(?:\s+(?:will|would|should|must|can|could))?\s+[a-z]+(?:\s+(?:up|to|at))?"
    r"\s+(?:(?:about|around|roughly|nearly|almost|approximately)\s+)?(?=[\d$\u00a3\u20ac])"
)


def _result(text: str, matches: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The figure a conditional example's main clause takes (`_CONDITIONAL_RESULT`): one of
    `matches` or a count; the last of two joined with "and" (`_AND_RESULT`). Or the last a
    worked example's result phrase (`_RESULT`) leads to, if any."""
    if text.startswith(("If ", "When ")) and (found := _CONDITIONAL_RESULT.match(text)):
        count = _COUNT.match(text, found.end())  # "you give 2 tablets": a count of things
        first = next((m for m in matches if m[0] == found.end()), count and count.span())
        if first and " and " in text[first[1] :]:
            end = _widened(text, *first)[1]
            if then := _AND_RESULT.match(text, end):
                return next((m for m in matches if m[0] == then.end()), first)
        return first
    if not any(words in text for words in _RESULT_WORDS):  # most sentences: no pattern run
        return None
    return next(
        (
            m
            for m in reversed(matches)
            if _RESULT.search(text, max(0, m[0] - MAX_RESULT_CHARS), m[0])
        ),
        None,
    )


def _bare_frame(text: str, start: int, end: int) -> bool:
    """Whether the figure `text[start:end]` is all of a frame that opens the sentence with no
    comma (`_BARE_FRAME`): "After {10 years} you have …", not "Over {50%} of adults …"."""
    if start > MAX_FRAME_CHARS or not _FRAME_SPAN.search(text, start, end):
        return False
    # "After 10 years of saving" is a frame; "Over 50% of adults" the subject.
    share = text[end - 1] == "%" and text.startswith(" of ", end)
    return not share and _BARE_FRAME.fullmatch(text, 0, start) is not None


MAX_FRAME_CHARS = 12  # "throughout ": the longest frame word, and its space


# A rule's modal verb: after an opening frame with no comma, it starts the main clause
# ("Within 4 nautical miles of the airport aircraft must fly below 200 knots").
_RULE_MODAL = lazy(r"\s(?:must|should|shall|(?:need|have|has)\s+to)\s")


def _ruled_frame(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the figure `first` is in a frame that opens the sentence with no comma, before a
    rule's modal (`_RULE_MODAL`) that comes before the figure `second`: a given, the rule's
    figure the fact ("Within {4 nautical miles} of the airport aircraft must fly below 200
    knots"). Not a share, the subject ("Over {50%} of patients must take 2 doses")."""
    start, end = first
    if start > MAX_FRAME_CHARS or (text[end - 1] == "%" and text.startswith(" of ", end)):
        return False
    return (
        _BARE_FRAME.fullmatch(text, 0, start) is not None
        and "," not in text[end : second[0]]
        and _RULE_MODAL.search(text, end, second[0]) is not None
    )


# What follows a participle that describes a subject, no main verb: "A dough made with …",
# "A solution prepared from …", "A loaf baked using …".
_PARTICIPLE_LINKS = frozenset({"with", "from", "using"})


# The words a relative clause adds to a subject before its figure: "An employee who has worked
# for at least {one month} must give …".
MAX_RELATIVE_WORDS = 3


def _relative(words: list[str]) -> bool:
    """Whether a relative pronoun follows the subject's first word or two: "People who …", "An
    employee who …"."""
    return any(word in ("who", "that") for word in words[1:3])


# Verbs that report what a "that" clause says, not a noun a relative clause describes.
_SAYING = frozenset(
    "states says shows showed suggests suggested means found finds predicts".split()
)


# Past participles not in "-ed": "made", "built", "grown", ….
_IRREGULAR_PARTICIPLES = frozenset(
    "made built grown kept fed held given taken drawn sold bought brought found run".split()
)


def _participle(word: str) -> bool:
    """Whether `word` is a past participle in lower case: "prepared", "made"."""
    return word.islower() and (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES)


# The words a second figure joined to a subject's first adds to it: "and 350 g".
MAX_JOINED_WORDS = 3


# The adverbs of how often that come before a main verb: "A 1-pound package usually thaws …".
_HOW_OFTEN = frozenset("usually often typically normally generally always rarely seldom".split())


def _past_subject(text: str, begin: int, matches: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The figure after the main verb when the first figure describes the subject: a given, not
    the answer ("A room {3 m} by 4 m needs about five litres", "A {500 ml} bottle contains 53 g",
    "Children under {5} need 10 hours", "People who sleep {6 hours} a night are 4 times …").
    None when the first figure is the subject itself ("Only 5% of adults …", "Nearly 40
    million people …"), or a verb comes before it ("Adults need 7 to 9 hours …")."""
    start, end = matches[0]
    # Most sentences open on their figure, or on a subject too long to be a figure's frame.
    if not begin < start <= begin + MAX_SUBJECT_CHARS:
        return None
    before = text[begin:start]
    words = WORD.findall(before)
    if (
        not words
        # "Today 5% of adults …" is the subject itself; "The top 10% of earners", "Staff with
        # 5 years of service" a description.
        or (text.startswith(" of ", end) and not _described(words))
        or len(words) > MAX_SUBJECT_WORDS + (MAX_RELATIVE_WORDS if _relative(words) else 0)
        or all(word.lower() in _SUBJECT_HEDGES or word.endswith("ly") for word in words)
        or _FRAME_WORD.match(words[0])  # "In the UK 1 in 3 adults …": no subject before it
        or _CLAUSE_BREAK.search(before)
    ):
        return None
    # A relative clause's verb is not the main verb: "People who sleep 6 hours …".
    head = next((i for i, w in enumerate(words) if w.lower() in _RELATIVES), len(words))
    figure = text[start:end]
    for index in range(head):
        following = words[index + 1] if index + 1 < len(words) else ""
        previous = words[index - 1] if index else ""
        if index and following.lower() in _PARTICIPLE_LINKS and _participle(words[index]):
            continue  # "A dough made with 500 g …": a participle that describes the subject
        if following == "that" and words[index].lower() in _SAYING:
            return None  # "The rule states that about 68% …": what it says, no subject's figure
        if finite_verb(words[index], following, previous) or takes_figure(
            words[index], previous, [*words[index + 1 :], figure]
        ):
            return None
    # The main verb: a few words on, with no clause break before it.
    stop = _CLAUSE_BREAK.search(text, end, end + MAX_SUBJECT_CHARS)
    reach = stop.start() if stop else end + MAX_SUBJECT_CHARS
    reading = MAX_SUBJECT_WORDS + MAX_JOINED_WORDS + MAX_LEADS + 1
    verb, found = 0, list(islice(WORD.finditer(text, end), reading))
    limit = MAX_SUBJECT_WORDS
    for index, word in enumerate(found):
        if index >= limit:
            break
        if word.start() >= reach:
            return None
        if word.group().lower() in CLAUSE_WORDS:
            # "A dough made with 500 g of flour and 350 g of water has …": a second figure
            # joined to the first is the subject's too, and its words do not count.
            if (
                word.group() == "and"
                and limit == MAX_SUBJECT_WORDS
                and index + 1 < len(found)
                and any(a == found[index + 1].start() for a, _ in matches)
            ):
                limit += MAX_JOINED_WORDS
                continue
            return None
        if any(a <= word.start() < b for a, b in matches):  # "by 4 m": part of the subject
            continue
        following = found[index + 1].group() if index + 1 < len(found) else ""
        previous = found[index - 1].group() if index else ""
        if (
            (
                finite_verb(word.group(), following, previous)
                # After an adverb of how often: "A 1-pound package usually {thaws} in an hour".
                or (previous.lower() in _HOW_OFTEN and word.group().islower())
            )
            or (
                # The noun a figure describes: "the last 18–20 mile {run} three weeks before …".
                not (index == 0 and words[0].lower() in DETERMINERS)
                and takes_figure(
                    word.group(), previous, _run_on(text, found[index : index + MAX_LEADS + 2])
                )
            )
        ):
            verb = word.end()
            break
    if not verb:
        return None
    # In the verb's own clause: "A pH of 7 is neutral, and water at 7 °C …" reports the 7.
    stop = _CLAUSE_BREAK.search(text, verb)
    clause = stop.start() if stop else len(text)
    for word in WORD.finditer(text, verb, clause):
        if word.group().lower() in _CLAUSE_ENDS:
            clause = word.start()
            break
    answers = [m for m in matches if verb <= m[0] < clause]
    answers += [m for m in _spelled(text) if verb <= m[0] < clause]
    count = _COUNT.search(text, verb, clause)  # "makes about 10 loaves"
    if count and not any(a <= count.start() < b for a, b in answers):
        answers.append(count.span())
    answers.sort()
    return next((m for m in answers if _reported(text, m[0])), answers[0]) if answers else None


def finite_verb(word: str, following: str, previous: str) -> bool:
    """Whether `word` reads as a sentence's main verb: an auxiliary or a verb facts state, a
    verb's -s after its subject, a past tense in -ed ("enrolled"); not a noun after an article
    or a preposition ("in the last 48 hours"), nor a participle that describes ("rated at",
    "filled with")."""
    word, following = word.lower(), following.lower()
    if previous.lower() in _NO_VERB_AFTER:
        return False
    if word in VERBS:
        return True
    if word in NOT_TERM or following in _SUBJECT_LINKS or following.endswith("ing"):
        return False
    if word.endswith("ed") and len(word) > 4:
        return following not in AFTER_NOUNS
    return looks_like_verb(word, following)


def _described(words: list[str]) -> bool:
    """Whether the words before a figure make it part of a description: after an article and
    its adjective ("The top"), or in a phrase after a noun ("Staff with")."""
    return words[0].lower() in DETERMINERS or any(w.lower() in DESCRIBING for w in words)


def takes_figure(word: str, previous: str, following: list[str]) -> bool:
    """Whether `word` is a verb whose object is a figure, as the `following` words go on: a
    plain lower-case word, no noun or adjective by its ending, after no preposition, and
    before a figure or a lead into one ("of service {earn} 2 extra days", "{finish} in under
    3 hours", "Some experts {suggest} 37.5 mcg"). Any verb, not only those `VERBS` lists."""
    if (
        not word.islower()
        or (word in NOT_TERM and word != "own")  # "their own", but "households own 32%"
        or word in _SUBJECT_LINKS
        or previous.lower() in _NO_VERB_AFTER
        or previous.lower() in _SUBJECT_LINKS  # "per {day} (2,000 IU)"
        or NOT_A_VERB.search(word)
    ):
        return False
    for index, after in enumerate(following[: MAX_LEADS + 1]):
        if after[:1].isdigit() or after.lower() in _NUMBER_WORDS:
            return True
        # One unit in words: "thaws in {an hour} or less" (`_ONE_SPELLED`).
        unit = following[index + 1].lower() if index + 1 < len(following) else ""
        if after.lower() in ("a", "an") and unit in _ONE_UNITS:
            return True
        if after.lower() not in _OBJECT_LEADS:
            return False
    return False


def _run_on(text: str, found: list[re.Match[str]]) -> list[str]:
    """The words after `found[0]` up to the first with more than a space or a currency sign
    before it ("rear hub | 500 W" stops at the "|")."""
    run = []
    for word, after in pairwise(found):
        if text[word.end() : after.start()].strip(" $\u00a3\u20ac\u00a5"):
            break
        run.append(after.group())
    return run


def precision_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` states a confidence interval or a p-value, in order."""
    asides = [
        (level.start(), interval.end())
        for interval in _INTERVAL.finditer(text)
        if (level := _LEVEL.search(text, 0, interval.start()))
    ]
    asides += [
        found.span()
        for found in _P_VALUE.finditer(text)
        if not (found.start() and text[found.start() - 1].isalnum())
    ]
    return sorted(asides)


def _estimate(
    text: str, asides: list[tuple[int, int]], matches: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The figure a confidence interval directly follows, with its unit where it has one."""
    for start, _ in asides:
        if text[start].isdigit() and (found := _ESTIMATE.search(text, 0, start)):
            unit = next((m for m in matches if m[0] == found.start()), None)
            return unit if unit and unit[1] <= start else found.span()
    return None


def _followed(opening: re.Pattern[str], text: str, at: int, close: str = "") -> int | None:
    """Where `opening`, a quantity and `close` end, matched at `at`; None if they are not
    there. Matched one after the other: a pattern with `QUANTITY`'s inside took as long to
    compile (15 ms each, at every start-up) as `QUANTITY` itself."""
    if (opened := opening.match(text, at)) and (found := QUANTITY.match(text, opened.end())):
        return found.end() + len(close) if text.startswith(close, found.end()) else None
    return None


def _reported(text: str, start: int) -> bool:
    """Whether a hedge marks the figure at `start` as the one the sentence reports: not a
    comparison's base, nor an aside in brackets ("1% a year (about $10)")."""
    hedge = _REPORTED.search(text, 0, start)
    if hedge is None or _BASE.search(text, 0, hedge.start()):
        return False
    return "(" not in text[:start] or text.count("(", 0, start) <= text.count(")", 0, start)
