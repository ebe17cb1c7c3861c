"""Choose what a cloze hides: a number first, then the author's emphasis, the contrasted term,
a topic term, the defining phrase, a term the document repeats; the deck's subject (the words
of its title) only as the term of a long definition; never a label that opens the text ("Tip:").
Imports `document`, `extract.text` and `extract.topics`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice, pairwise

from docdeck.document import IMAGE_OPEN, IMAGE_REF
from docdeck.extract.text import GENERIC_SUBJECTS, PLACES, names_a_kind
from docdeck.extract.topics import Topic, first_topic_span
from docdeck.lines import WRITTEN_DATE, label_end
from docdeck.patterns import lazy

# Typographic characters, spelled as escapes so the patterns below stay readable as ASCII.
DASHES = "\u2014\u2013"  # em dash, en dash
APOSTROPHE = "\u2019"  # right single quotation mark, the usual typographic apostrophe


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


# A quantity is a figure with all that reads as part of it: its whole unit, compound units too
# ("0.015 g/dL", "9.8 m/s²", "kWh/m²", "10 mg per kg"), a range ("5–10 mg", "between 7 and 9
# hours"), a currency with its scale ("$3.5 billion"). A cloze that stops short hides half a
# token ("{{c1::0.015 g}}/dL"), and what the front still shows gives the answer away.
# Possessive: a unit never starts inside a number, and a figure with none ("2019", "58(1)") then
# fails once instead of once per shorter run of its digits. A colon joins a pace or a time
# ("6:00 min/km"): the cloze hid "00 min/km".
_NUMBER = r"\d++(?:[.,:]\d+)*+"
# Unit words and abbreviations, folding case; longer spellings first where a shorter one would
# stop before a space ("120 mm Hg"). Never "in", "a" or "s" alone: "3 in 10 adults", "twice a
# day" and "the 1990s" hold no unit. A `u` is micro as `µ` is, where `µ` was not typed ("25 uL",
# "20 ug/mL", "5 umol/L"); never before "s": "10 US states".
_WORDS = (
    r"per\s+cent|percent|percentage\s+points?|basis\s+points?|bps|points?|times|fold"
    r"|million|billion|trillion|bn|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?"
    r"|(?:business|working|calendar|school|work)\s+(?:days?|weeks?|hours?)"
    r"|seconds?|secs?|decades?|centur(?:y|ies)|[m\u00b5\u03bcn]s|mm\s?hg"
    r"|[mk\u00b5\u03bcunp]g|mcg|(?:kilo|milli|micro|nano|pico)?grams?|lbs?|pounds?|ounces?|oz|tons?"
    r"|[kcm\u00b5\u03bcun]m|(?:kilo|centi|milli|micro|nano)?met(?:re|er)s?|miles?|feet|foot|ft|inch(?:es)?"
    r"|yards?|[mdc\u00b5\u03bcu]l|(?:milli|micro|deci)?lit(?:re|er)s?|gallons?|[kmgt]?wh|[kmg]w|(?:kilo)?watts?"
    r"|volts?|[km]?ah|[km]?[\u03a9\u2126]|ohms?|kcal|kj|calories|joules?|[kmh]pa|psi|atm|mph|kph"
    r"|knots?|rpm|bpm|beats|breaths|[gmk]t|(?:giga|mega)?tonnes?"
    r"|cells?(?=/)|[kmgtp]i?b|bytes?|bits?|[kmg]bps|[kmg]bits?|[kmg]?hz|[mnp\u00b5\u03bcu]?mol|m?iu|meq|m?osm|ppm|ppb|db|m?sv"
    r"|degrees?(?:\s+(?:celsius|fahrenheit|c|f))?|cents?|dollars?|euros?|pence|usd|eur|gbp"
    r"|[ap]\.m\.|[ap]m|units"
)
# Single-letter units keep their case: "5 g", "2 L", "60 W", "4 A", but "5G" is a network and
# "2 a day" no current. So do "mV", "kDa" and "U/L" (an enzyme's units: "U" only before "/").
# None goes on after a hyphen and a digit: "5W-30" is an oil's grade.
_SYMBOLS = r"(?-i:(?:[gmlLWVAh]|[km\u00b5\u03bcu]V|[m\u00b5\u03bcu]A|[kM]?Da|m?U(?=/))(?!-\d))"
_EXPONENT = r"(?:[\u00b2\u00b3]|\^-?\d)?"
_ONE_UNIT = rf"(?:{_WORDS}|{_SYMBOLS}){_EXPONENT}"
# A compound's second part ("/dL", "/s²", "/100 km", "per kg"). "per day" and "per year" stay
# outside (a rate's period is a fair hint on the front); "per hour", "per kg" are the unit.
_PER = (
    rf"(?:/(?:\d+(?:\.\d+)?\s?)?(?:{_ONE_UNIT}|(?-i:s){_EXPONENT}|mo|capita)"
    r"|\s+per\s+(?:hour|minute|second|kilogram|kg|lit(?:re|er)|dl|ml|square\s+met(?:re|er)))"
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
    rf"|\s?(?=[^\W\d_]){_ONE_UNIT}(?:{_PER})*(?!\w))"
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
            # Its range's upper figure: after a unit of the lower's ("5 mg–10 mg"), after none
            # ("5–10 mg"); then no range. A unit's notation or its adjective's hyphen never
            # starts as a unit does.
            notation = _NOTATION.fullmatch if whole else _NOTATION.match
            last = figure.end()
            starts = []
            lower = _UNIT_PATTERN.match(text, last) if _DASH_AHEAD.match(text, last) else None
            if lower and (upper := _DASHED_RANGE.match(text, lower.end())):
                starts.append(upper.end())
            if upper := _RANGE_NUMBER.match(text, last):
                starts.append(upper.end())
            for start in [*starts, last]:
                if found := notation(text, start) or unit(text, start):
                    return found.end()
        # A ratio (never a figure with a unit: "1 in 3" has none) or a large count.
        count = _UNITLESS.fullmatch(text, at) if whole else _UNITLESS.match(text, at)
        return count.end() if count else None


# Where a quantity can start: on a currency or on a figure, or its sign ("−40 °C", "±3.0%"),
# case-sensitive. Never after a letter, a figure or its point: no quantity starts inside another
# ("2019", "0.5").
_START = lazy(
    r"(?<![\w.,:])(?=[\d\u2212\-+\u00b1$\u00a3\u20ac\u00a5\u20b9]|(?:US|A|C|NZ|HK)\$|USD|EUR|GBP)"
)
_FIGURE = lazy(r"[\d\u2212\-+\u00b1]")
# The alternatives, case folded but for a `(?-i:)`. A sum of money is compiled where used, when
# first needed (re keeps it): most text has none.
_MONEY = (
    rf"{_CURRENCY}{_NUMBER}(?:{_RANGE}{_CURRENCY}?{_NUMBER})?"
    rf"(?:\s?(?:million|billion|trillion|bn|(?-i:[mkKMB]))(?!\w))?(?:{_PER})*(?!\w)"
)
_UNIT_PATTERN = lazy(_UNIT, re.IGNORECASE)
_BETWEEN = lazy(rf"(?<=between\s){_NUMBER}", re.IGNORECASE)
_AND_NUMBER = lazy(rf"\s+and\s+{_NUMBER}", re.IGNORECASE)
_SIGNED_NUMBER = lazy(rf"[-\u2212+\u00b1]?{_NUMBER}(?:/\d+)?")
# A unit on both ends of a range only around a dash, looked for only with a dash close by
# ("0.5% to 1.5%": see `_quantity`).
_DASH_AHEAD = lazy(rf"(?=\D{{1,12}}?[{DASHES}-])")
_DASHED_RANGE = lazy(rf"(?=\s?[{DASHES}-]){_RANGE}{_NUMBER}", re.IGNORECASE)
_RANGE_NUMBER = lazy(rf"{_RANGE}{_NUMBER}", re.IGNORECASE)
_NOTATION = lazy(rf"{_SCIENTIFIC}|{_HYPHENATED}", re.IGNORECASE)
_UNITLESS = lazy(
    # A ratio: "1 in 3", "2 out of every 5", "1 in 2,500"; never "3 in 2019", a year.
    rf"\d{{1,3}}\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})++|(?!(?:1[1-9]\d\d|20(?!00)\d\d)(?!\d))\d+)(?![\w.,]?\d|\w)"
    # A count in the thousands, written with separators, is a magnitude without a unit too:
    # "numbered between 50,000 and 80,000 men", "fell to around 50,000". Never a year (no comma).
    rf"|(?:(?<=between\s){_THOUSANDS}\s+and\s+|{_THOUSANDS}{_RANGE})?{_THOUSANDS}(?![\w,.]?\d)",
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
# pressure above {{c1::140/90}}"). A figure after a name with no such word is no value: "ISO
# 9001", "level 3". Never a year. Looked for only where `_MEASURE_HINTS` are.
_MEASURES = r"targets?|levels?|scores?|thresholds?|limits?|cut-?offs?|goals?|readings?"
_MEASURE_VALUE = lazy(
    rf"(?:\b(?i:{_MEASURES})\s+(?:of|(?:is|are|was|were|should\s+be)"
    r"(?:\s+(?:about|around|roughly|approximately))?)"
    rf"|(?:(?<![\w-])[a-z]{{0,2}}[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*"
    rf"|\b(?i:{_MEASURES}|pressure|temperature|rate|saturation|count))"
    r"(?:\s+(?:is|are|was|were|falls?|drops?|stays?|remains?|rises?|goes))?"
    r"\s+(?i:below|above|under|over|between|(?:less|more|greater|higher|lower)\s+than))"
    r"\s+(?P<value>(?!(?:1[1-9]\d\d|20\d\d)(?!\d))\d+(?:\.\d+)?(?:/\d+)?"
    r"(?:\s?(?:[-\u2013\u2014]|to|and)\s?\d+(?:\.\d+)?)?)(?![\w%]|[.,]\d)"
)
_MEASURE_HINTS = (
    *("target", "level", "score", "threshold", "limit", "cut", "goal", "reading"),
    *(" below ", " above ", " under ", " over ", " between ", " than "),
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
    r"|(?:kilo|centi|milli|micro|nano)?met(?:re|er)s?|miles?|feet|inch(?:es)?|yards?"
    r"|(?:milli)?lit(?:re|er)s?|pints?|gallons?|cups?|(?:table|tea)spoons?"
    r"|degrees?(?:\s+(?:celsius|fahrenheit))?|calories|kilocalories|dollars?|euros?|cents?|pence"
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
_DATE_FIGURE = lazy(
    rf"(?<![\w-])(?:{WRITTEN_DATE}|(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)"
    r"|(?<=\b[Bb]y\s)|(?<=\b[Cc]irca\s)|(?<=\bc\.\s)|(?<=\bca\.\s))(?:1\d|20)\d\d"
    r"|\d{1,4}\s?(?:BCE?|CE|AD|B\.C\.(?:E\.)?|A\.D\.)(?!\w)|(?:AD|A\.D\.)\s?\d{1,4}"
    r"|(?:(?:(?<=\b[Aa]round\s)|(?<=\b[Aa]bout\s))(?P<hedged>(?:1\d|20)\d\d)"
    r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Cc]irca\s)|(?<=\bc\.\s)|(?<=\bca\.\s)|(?<=\b[Aa]round\s)"
    r"|(?<=\b[Aa]bout\s))(?P<early>[1-9]\d\d))"
    r"(?=[,;.)]|$|\s+(?:in|at|on|by|as|when|before|after|during|while|under)\b|\s+to\s+(?!\d)))"
    r"(?![\w-]|[.,]\d)"
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
# A century or a decade an event is dated by: "in the {{c1::13th century}}", "by the
# {{c1::1950s}}", "during the {{c1::late 18th century}}", "in the {{c1::5th century BC}}". After
# "in the", "by the", … only; never an adjective ("the 21st-century economy").
_PERIOD_NAME = (
    r"(?:(?:early|mid|late)[-\s])?(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
    r"|twentieth|twenty-first)\s+centur(?:y|ies)(?:\s+(?-i:BCE?|AD|CE|B\.C\.|A\.D\.))?"
    r"|(?:1\d|20)\d0s)(?![\w-])"
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
# A count's word before "around"/"about": "grew to around 1800.", "a population of about 1500.".
_HEDGED_COUNT = lazy(
    r"\b(?:to|of|than|is|are|was|were|be|been|has|have|had|with|numbered|totall?ed|reached)"
    r"\s+(?:around|about)\s+$",
    re.IGNORECASE,
)
# A date of the page's own ("accessed in May 2025", "published in 2019", a factsheet's "as at 31
# October 2024"): no event's.
_PAGE_DATE = lazy(
    r"\b(?:accessed|retrieved|updated|published|posted|reviewed|revised|edited|modified"
    r"|copyright|as\s+at)(?:\s+\w+){0,2}\s+$",
    re.IGNORECASE,
)
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
# {{c1::two}} semitones"). The counted noun ends the clause: "The team has 3 open questions
# about the design" is about the design. A figure alone only after a limit's name. Never a
# year, nor a lone "one" ("Python is one language that …"). Spelled figures are lower case:
# the text's own case, matched case-sensitively.
_COUNT_OF = lazy(
    r"(?P<subject>[\w'’.()-]+(?:\s+[\w'’.()-]+){0,7}?)"
    r"\s+(?P<verb>has|have|contains?|is|are|equals?|(?:is|are)\s+(?:equal|equivalent)\s+to"
    r"|(?P<takes>holds?|stores?|carry|carries|seats?|fits?"
    r"|fields?))\s+(?:(?:only|exactly|just|about|around|roughly|approximately|nearly|almost"
    r"|(?:closer|close|up)\s+to)\s+)?"
    r"(?P<value>(?!(?:1[1-9]\d\d|20\d\d)(?!\d))(?:\d{1,3}(?:,\d{3})+|\d+)"
    rf"|(?!one\b){_WORD_FIGURE})"
    r"(?P<noun>\s+(?!(?:of|or|and|to|in|a|an|the|more|less|times|each|every|per)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?"
    r"(?=[.!]?$|[,;:]\s)"
)
MAX_COUNT_OF_CHARS = 160  # a frame, a subject of 8 words, its verb: where its figure can be
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
_DOCUMENT_PART = (
    r"(?:chapter|section|part|page|appendix|lesson|module|unit|step|table|figure|list|exercise"
    r"|slide|paragraph|question)s?"
)
_NOT_COUNTED = lazy(
    r"(?:(?:I|We|You|They|He|She|It|This|That|These|Those|Our|My|Your|Their|His|Her|Its|There)\b"
    r"|.*\b(?:articles?|guides?|posts?|tutorials?|worksheets?|handouts?|quiz)\b"
    rf"|.*\b{_DOCUMENT_PART}\s+(?:\d|[IVX]+\b|[A-Z]\b)"
    rf"|.*\b(?:next|previous|following|above|below|last|first)\s+{_DOCUMENT_PART}\b)",
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
_DIGIT = lazy(r"\d")
# A figure on its own: not part of a name or a code ("COVID-19", "H2O", "5W-30", "v2"), nor a
# move's number in chess notation ("1.e4", "5...a6", "(6.Be3)").
_BARE_FIGURE = lazy(r"(?<![\w.,/-])\d+(?:[.,]\d+)*(?![\w/-]|[.,]\d|\.+[^\W\d_])")
# Nouns a figure after them names a kind by: "type 2 diabetes", "stage 3 cancer", "a phase 3
# trial" (`_named`).
_KIND_WORDS = frozenset("type stage grade class category level phase zone tier generation".split())
# A sentence that opens with a scene-setting phrase ("Over 15 years, …", "In the last 48 hours,
# …") states its fact after the comma: a number in the frame is the setting, not the point. A
# thousands separator is no such comma: "After 10 years you have £1,500."
_FRAME_WORDS = (
    "over|in|on|for|after|within|across|during|at|by|from|with|under|among|between|before|since"
    "|throughout"
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
# A term defined by the case it names: "Careless is when a player …", "A foul is where …". The
# term, one to three words, opens the sentence; looked for only where " is when " or " is
# where " is.
_CASE_DEFINITION = lazy(
    rf"(?=[A-Z])(?:An?\s+)?(?P<term>[\w{APOSTROPHE}'-]+(?:\s+[\w{APOSTROPHE}'-]+){{0,2}}?)"
    r"\s+is\s+(?:when|where)\s"
)
# Words that make such an opening no term: "It is when", "Now is where", "The best time is when".
_NO_CASE_TERM = frozenset(
    {
        *("what", "now", "today", "then", "that", "time", "moment", "place", "part", "thing"),
        *("sign", "situation", "case", "period", "day", "night", "stage", "step", "phase"),
    }
)
_PREPOSITIONS = (
    "at|in|on|of|by|for|with|from|to|into|through|under|over|during|after|before|about|across"
)
_RELATIVE = lazy(
    rf"\s+(?:(?:{_PREPOSITIONS})\s+(?:which|whom|whose)"
    r"|that|which|who|whom|whose|when|where|because|while|so)\s.*$"
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
_LEADING = lazy(rf"^(?:(?:{_PREPOSITIONS}|the|a|an)\s+)+", re.IGNORECASE)
_TRAILING = lazy(rf"(?:\s+(?:{_PREPOSITIONS}|the|a|an|and|or))+$", re.IGNORECASE)
_WORD = lazy(rf"[\w{APOSTROPHE}'-]+")
_CLAUSE_END = lazy(rf"\s[{DASHES}]\s|[,;:]")
_STOP = frozenset(
    {
        *("in", "on", "of", "by", "for", "with", "from", "to", "at", "about", "into", "through"),
        *("than", "as", "like", "is", "are", "was", "were", "be", "been", "being", "does", "do"),
        *("did", "has", "have", "had", "and", "or", "but", "that", "which", "who", "it", "its"),
        *("their", "not", "can", "may", "will", "would", "should", "could", "must", "also"),
        *("only", "just"),
    }
)
_ARTICLES = frozenset({"the", "a", "an"})
# Words that never belong to a key term: determiners and small adverbs on top of `_STOP`.
_NOT_TERM = (
    _STOP
    | _ARTICLES
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
# What may precede a sentence's subject.
_DETERMINERS = _ARTICLES | {"this", "these", "those", "some", "most", "many", "each", "every"}
_AFTER_NOUNS = frozenset(
    {
        *("from", "in", "of", "on", "at", "for", "with", "to", "by", "into", "and", "or"),
        *("are", "were", "is", "was", "can", "may", "will", "have", "has", "do", "does"),
    }
)
_ADJECTIVE = lazy(r"(?:al|ic|ive|ous|ary|ian|ful|able|ible|ar)$", re.IGNORECASE)
_NOT_A_TERM = lazy(r"(?:ing|ly|ed)$", re.IGNORECASE)
MAX_TARGET_WORDS = 8
MIN_KEY_TERM_CHARS = 7
MAX_KEY_TERM_WORDS = 3
# A definition of at least this many words says something even when its core is one noun
# ("a fund that buys every security in an index"): the term it defines becomes the target.
MIN_DEFINITION_WORDS = 4

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
_CLAUSE_WORDS = frozenset(
    {
        *("and", "or", "but", "as", "while", "when", "whereas", "because", "if", "since"),
        *("than", "that", "which", "who", "whom", "whose", "where", "so", "then", "until"),
        *("unless", "although", "though", "after", "before"),
    }
)
_RELATIVES = frozenset({"who", "that", "which", "whose"})
# After an article, a preposition or an auxiliary a word is no main verb: "in the last 48 hours".
_NO_VERB_AFTER = _AFTER_NOUNS | _DETERMINERS
# Words that end the main verb's clause: its answer comes before them.
_CLAUSE_ENDS = frozenset(
    {
        *("and", "or", "but", "while", "whereas", "because", "although", "though", "unless"),
        *("which", "who", "whom", "whose", "that", "where", "when", "if", "so", "then"),
    }
)
# What follows a plural noun, not a verb, in a subject: "Adults over 65", "Women aged 50".
_SUBJECT_LINKS = _AFTER_NOUNS | {
    *("over", "under", "above", "below", "aged", "older", "younger", "who", "that", "which"),
    *("weighing", "measuring", "between", "without", "per"),
}
# Verbs a fact states, as a plural subject takes them, and past tenses not in -ed.
_VERBS = frozenset(
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
_DESCRIBING = frozenset({"with", "without", "after", "before", "for", "from", "on", "of", "in"})
# Words between a verb and the figure it takes: "earn about 40%", "finish in under 3 hours".
_OBJECT_LEADS = frozenset(
    {
        *("about", "around", "roughly", "approximately", "nearly", "almost", "only", "just"),
        *("over", "under", "more", "less", "fewer", "than", "up", "to", "at", "least", "barely"),
        *("in", "for", "by", "within", "between", "a", "an", "another", "an", "extra"),
    }
)
MAX_LEADS = 2
# What follows a verb, never a noun that a verb before it takes: an article or a possessive
# ("plates drift a few", "cells patrol the"), a particle or an adverb ("impulses travel fast",
# "pots dry out"). Not a preposition: "Caffeine blocks adenosine in the brain".
_AFTER_VERBS = frozenset(
    {
        *("a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "no", "each"),
        *("every", "up", "down", "out", "off", "away", "back", "apart", "together", "fast", "well"),
        "about",
    }
)
# Prepositions: no verb ("First paragraph wraps onto a second line").
_PREPOSITION_WORDS = frozenset(
    {
        *_PREPOSITIONS.split("|"),
        *("onto", "upon", "inside", "outside", "along", "around", "toward", "towards", "past"),
        *("beside", "beyond", "behind", "near", "via", "within", "without", "among", "against"),
        *("like", "below", "above", "beneath", "between", "throughout", "despite"),
    }
)
# An adjective's endings: one never is a subject on its own ("Migratory birds navigate by …").
_MODIFIER = lazy(r"(?:al|ic|ive|ous|ory|ian|ful|able|ible)$")
# Endings of nouns, adjectives, adverbs and participles ("earning", not "bring"): no verb that
# takes a figure. A plural's -s too: "earners 5"; a verb's -s is `_finite`'s.
_NOT_A_VERB = lazy(
    r"(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ist|al|ic|ive|ous|ary|ful|able|ible|ly|est"
    r"|[aeiouy][a-z]*ing|[^s]s)$"
)
# A bare count after the main verb ("makes about 10 loaves"), never a year.
_COUNT = lazy(
    r"(?<![\w.,:$\u00a3\u20ac])(?!(?:1[1-9]\d\d|20\d\d)(?!\d))\d+(?:,\d{3})*(?:\.\d+)?"
    r"(?=\s+[^\W\d_])"
)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The document's own words: which phrases it repeats, and the words of its title."""

    text: str
    title_words: frozenset[str]
    """The title's content words, each folded to its stem (`_stem`)."""

    @classmethod
    def of(cls, texts: Iterable[str], title: str) -> Vocabulary:
        # Folded as `_fold` does but for spacing, which `count` reads in any run as one gap: the
        # text of a whole document is split and joined again for nothing.
        # Each text folded on its own (`casefold` folds no character by its neighbours), the ASCII
        # ones by `lower`, the same there and far faster: a document's texts are mostly ASCII.
        folded = [text.lower() if text.isascii() else text.casefold() for text in texts]
        text = " ".join(folded).replace(APOSTROPHE, "'")
        words = (word for word in _WORD.findall(title.casefold()) if word not in _NOT_SUBJECT)
        return cls(text, frozenset(_stem(word) for word in words))

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
        words = [_stem(word) for word in _WORD.findall(phrase.casefold())]
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
            for word in _WORD.finditer(text, start, end)
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
        before = _WORD.findall(text, start, inside[0][0])
        if not all(_function_word(word) or _looks_like_verb(word, "") for word in before):
            return start, end
        after = _phrase(text, end - len(text[inside[-1][1] : end].lstrip()), end)
        words = _WORD.findall(text, *after) if after else []
        return after if any(not _function_word(word) for word in words) else (start, end)


def _title_runs(title_words: frozenset[str], text: str) -> list[tuple[int, int]]:
    """Where runs of title words stand in `text` ("vitamin D", "Pod's"), as (start, end): each
    word as `_stem` folds it, looked for by `str.find` (a pattern of the title's words would
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
            if not (_in_word(folded, at - 1) or _in_word(folded, end)):
                found.append((at, end))
            at = folded.find(stem, at + 1)
    runs: list[tuple[int, int]] = []
    for at, end in sorted(found):
        if runs and not folded[runs[-1][1] : at].strip():
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((at, end))
    return runs


def _in_word(text: str, index: int) -> bool:
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
    _NOT_TERM
    | _LEGAL_FORMS
    | {
        *("what", "why", "how", "where", "who", "which", "need", "know", "guide", "science"),
        *("complete", "ultimate", "introduction", "basics", "explained", "really", "actually"),
    }
)


_NO_VOCABULARY = Vocabulary("", frozenset())


def _stem(word: str) -> str:
    """A word folded for comparison with the title: case, a possessive and a plural's -s go."""
    word = word.casefold()
    if "'" in word or APOSTROPHE in word:
        word = word.replace(APOSTROPHE, "'").removesuffix("'s").rstrip("'")
    if word[-1:] == "s" and len(word) > 3 and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace(APOSTROPHE, "'").split())


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
        if (span := _whole(rest, start, end)) is not None:
            # Never inside a formula, nor a formula: "$R^{{c1::2}}$" asks for a digit of it.
            if maths and any(a < span[1] and span[0] < b for a, b in maths):
                continue
            return Choice(_with_article(rest, *span) + skip, span[1] + skip, target)
    return None


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
    following = _WORD.match(text, len(text) - len(text[end:].lstrip()))
    if following and not _function_word(following.group()):
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
    else:
        return None
    return span if span and _introduced(text, *span, labelled) else None


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
    if "=" not in text and "$" not in text and "->" not in text and text.isascii():  # most text
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


def _candidates(
    text: str,
    marks: tuple[str, ...],
    topics: tuple[Topic, ...],
    fallback: bool,
    vocabulary: Vocabulary | None,
    code: tuple[str, ...] = (),
) -> Iterator[tuple[Target, tuple[int, int]]]:
    """Targets in order of preference."""
    if span := _quantity(text):
        yield Target.NUMBER, span
    for mark in marks:
        # A sentence emphasised whole has no part emphasised: hiding it all asks for everything.
        if emphasis_only(mark):
            continue
        if (start := find_mark(text, mark)) >= 0 and not _entire(text, start, start + len(mark)):
            yield Target.MARK, (start, start + len(mark))
    # A takeaway's code span is what it tells to run, type or use, its formula too: hidden
    # whole, as written ("Compute the rate with {{c1::r = d / t}}", "Choose {{c1::conda}}
    # when …"), never a word of it or of the prose around it.
    for written in code if fallback else ():
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
    if span := _contrast(text):
        # A long contrasted phrase with a topic term in it: hiding the term tests the point
        # with less to recall (the minimum-information principle).
        inner = first_topic_span(text[span[0] : span[1]], topics, subject)
        if inner and len(text[span[0] : span[1]].split()) > MAX_PRECISE_WORDS:
            yield Target.TOPIC, (span[0] + inner[0], span[0] + inner[1])
        if vocabulary.title_words:
            span = vocabulary.beside_subject(text, *span)
        if span:
            yield Target.CONTRAST, span
    if span := _composition(text):
        yield Target.DEFINITION, span
    if span := _namesake(text):
        yield Target.DEFINITION, span
    if span := _classification(text):
        yield Target.DEFINITION, span
    if span := _treats(text):
        yield Target.DEFINITION, span
    if span := _law(text):
        yield Target.DEFINITION, span
    if span := _means(text):
        yield Target.DEFINITION, span
    if span := _cause(text):
        yield Target.DEFINITION, span
    if span := _condition(text):
        yield Target.DEFINITION, span
    if span := _does_not(text):
        yield Target.DEFINITION, span
    if span := first_topic_span(text, topics, subject):
        yield Target.TOPIC, span
    definition = _definition(text, vocabulary)
    # A figure in the phrase a definition would hide is the point ("a game for {{c1::3 to 4}}
    # players"), and one in what it says of a name ("{{c1::Catan}} is a game for 3 to 4 players"
    # asks which of many games); a concept it defines is ("The {{c1::bystander effect}} is the
    # tendency … when 5 or more …").
    if (figure := _defined_figure(text)) and (
        definition is None
        or definition[0] <= figure[0] < definition[1]
        or not text[: definition[0]].lower().endswith(_CONCEPT_ARTICLES)
    ):
        yield Target.NUMBER, figure
    if definition:
        yield Target.DEFINITION, definition
    if span := _superlative(text):
        yield Target.DEFINITION, span
    # Not the deck's own subject: "Unlike Earth, {{c1::Venus}} rotates …" in "Venus" asks nothing.
    if (span := _set_against(text)) and not (subject and subject(text[slice(*span)])):
        yield Target.DEFINITION, span
    if span := _reported_date(text):
        yield Target.NUMBER, span
    if span := _direction(text):
        yield Target.DIRECTION, span
    # An instruction ("Drink water during …", "Never skip …"): its verb alone asks nothing. After
    # a figure, the formula it uses is its point, then what it is done to, not the last noun of a
    # phrase after it ("Drink {{c1::water}} during long study sessions").
    verb = _instruction(text) if fallback else 0
    # A takeaway's bare figure, with the rest of its range, before any word of it: "Tallow now
    # requires Python {{c1::3.9}}", not "Tallow now {{c1::requires}} Python 3.9".
    if fallback and _DIGIT.search(text) and (span := _bare_figure(text, vocabulary, verb)):
        yield Target.NUMBER, span
    if verb:
        if "=" in text and (span := _equation(text)):
            yield Target.DEFINITION, span
        if span := _instruction_object(text, verb):
            yield Target.KEY_TERM, span
    if fallback and (span := _key_term(text, vocabulary, verb)):
        yield Target.KEY_TERM, span
    if fallback and (words := [w for w in _WORD.finditer(text, verb) if w.group().isalpha()]):
        # Last resort for a takeaway that must be carded: its longest plain word, not a function
        # word or an adverb ("Fees are charged {{c1::whether}} the fund gains", "{{c1::roughly}}"),
        # nor a word of the subject ("You can get {{c1::vitamin}} D from the sun").
        words = [w for w in words if not vocabulary.cuts_subject(text, *w.span())]
        content = [w for w in words if not _function_word(w.group())] or words
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
                    whole = max(later, key=lambda w: len(w.group())).span()
            yield Target.KEY_TERM, whole or longest.span()


def _bare_figure(text: str, vocabulary: Vocabulary, verb: int = 0) -> tuple[int, int] | None:
    """The first figure with no unit in `text`, with the rest of its range; not one of a name
    the document repeats ("Zone 2 training … Zone 2 runs"). An instruction's verb, ending at
    `verb`, names nothing: "Divide 72 by …" repeated is no name."""
    for figure in _BARE_FIGURE.finditer(text):
        named = _WORD.findall(text, verb, figure.start())[-1:]
        if named and named[0][0].isupper() and vocabulary.count(f"{named[0]} {figure.group()}") > 1:
            return None
        if part := _named(text, *figure.span(), verb):
            if part == "subject":  # "{{c1::Windows 11}} requires …": the name whole
                return figure.start() - len(named[0]) - 1, figure.end()
            continue
        upper = _RANGE_NUMBER.match(text, figure.end())
        return _kind_start(text, figure.start()), upper.end() if upper else figure.end()
    return None


def _named(text: str, start: int, end: int, verb: int = 0) -> str:
    """Whether the figure `text[start:end]` is part of a name, no value: "noun" after a word
    for a kind before the noun it classes ("type 2 diabetes") or after a name before a noun
    ("Formula 1 cars"); "subject" after a name in the subject ("The Boeing 747 was …", "Windows
    11 requires …"); "" for a value, an object's version too ("requires Python 3.9"). Not
    after an instruction's verb, ending at `verb`."""
    before = _WORD.findall(text, verb, start)
    if not before or not text.endswith(f"{before[-1]} ", 0, start):
        return ""
    word = before[-1]
    kind = word.lower() in _KIND_WORDS
    if not kind and (not word[0].isupper() or _function_word(word)):
        return ""
    following = _WORD.match(text, end + 1) if text.startswith(" ", end) else None
    noun = following and following.group()
    if (
        noun
        and noun.isalpha()
        and noun.islower()
        and not _function_word(noun)
        and noun not in _VERBS
        and not noun.endswith("ed")
    ):
        return "noun"
    # "most of them type 2": the kind is the value (`_kind_start`).
    subject = not kind and not any(
        _finite(w, before[i + 1] if i + 1 < len(before) else "", before[i - 1] if i else "")
        for i, w in enumerate(before)
    )
    return "subject" if subject else ""


def _kind_start(text: str, start: int) -> int:
    """Where the kind a figure at `start` names starts: "type" of "type 2", hidden with it."""
    word = text[:start].rstrip(" ").rsplit(" ", 1)[-1]
    if word.lower() in _KIND_WORDS and text.endswith(f"{word} ", 0, start):
        return start - len(word) - 1
    return start


# What comes before a term a definition hides when it is a concept, not a name: "The
# bystander effect", "A prime number".
_CONCEPT_ARTICLES = ("the ", "a ", "an ")


def _defined_figure(text: str) -> tuple[int, int] | None:
    """The figure a definition's phrase holds, with the rest of its range: "Catan is a game for
    {{c1::3 to 4}} players", not the phrase's six words nor the term. Not a name's number ("a
    Boeing 747")."""
    if not (match := _defines(text)) or not _DIGIT.search(text, *match.span("definition")):
        return None
    figure = _BARE_FIGURE.search(text, *match.span("definition"))
    named = figure and _WORD.findall(text, 0, figure.start())[-1:]
    if figure is None or (named and named[0][0].isupper()) or _named(text, *figure.span()):
        return None
    upper = _RANGE_NUMBER.match(text, figure.end())
    return _kind_start(text, figure.start()), upper.end() if upper else figure.end()


def _entire(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is all of `text` but punctuation and spaces around it."""
    return not text[:start].strip(_EDGES) and not text[end:].strip(_EDGES)


_EDGES = " .,;:!?…\"'()[]*_\u201c\u201d\u2018\u2019"


def _whole(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A target that holds none of `<`, `>`, `{`, `}`: one that does cuts through markup-like
    text ("b>bold</b> markup"), and the card front would read as broken. Nor any of an image
    reference (blanked out by `_without_images`): the cloze would hide the image."""
    if start >= end or any(ch in _MARKUP for ch in text[start:end]):
        return None
    return start, end


_MARKUP = frozenset("<>{}" + IMAGE_OPEN)
MAX_PRECISE_WORDS = 3


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


def repeated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where else the figure `text[start:end]` stands on its own, outside a confidence
    interval or p-value: hidden with it, as one left in view would give it away ("put $7,000
    in a Roth and another $7,000 …"). Not the "7,000" of "17,000", the "1%" of "0.1%" or the
    "5 mg" of "5 mg/L"."""
    figure = text[start:end]
    if text.count(figure) < 2:
        return []
    asides = _precision(text)
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
        if at != start and not (_in_word(folded, at - 1) or _in_word(folded, last)):
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
    stems = [_stem(word) for word in re.split(r"[\s-]+", term) if word]
    return [f"{s[:-2]}y" if s.endswith("ie") else s.removesuffix("e") for s in stems]


def _joins(neighbour: str, beyond: str) -> bool:
    """Whether a character beside a figure joins it to more: a letter or digit, a unit's
    slash ("mg/L"), or a separator before a digit ("0.", "17,")."""
    return neighbour.isalnum() or neighbour in "/^" or (neighbour in ".,:-–" and beyond.isdigit())


def is_quantity(text: str) -> bool:
    """Whether `text` is one quantity as a cloze hides it ("5 mg", "1 in 10", "7.35 to 7.45",
    "five years", "late 18th century"): one thing to recall, however many words it takes."""
    if _PERIOD_ALONE.fullmatch(text):
        return True
    if not _DIGIT.search(text):
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
    digest"): such a figure and a main verb (`_finite`), not a participle ("tins, drained")."""
    if "-" not in text or not _UNIT_ADJECTIVE.search(text):
        return False
    words = text.rstrip(".!").replace(",", " ").split()
    return any(
        _finite(word, words[at + 1] if at + 1 < len(words) else "", words[at - 1])
        and not word.endswith("ed")
        and not _UNIT_ADJECTIVE.fullmatch(words[at - 1])  # "12-volt battery": its noun
        for at, word in enumerate(words[1:], 1)
        if word.isalpha()
    )


def says_of_subject(text: str) -> bool:
    """Whether a short sentence that states a quantity has a main verb after its first word and
    before the figure it reports: a subject's measure ("The tank holds 50 litres of fuel.",
    "Tyres last about 40,000 km."), not an imperative ("Add 2 cups of water.", "Bake for 20
    minutes.") or an entry ("200 g flour")."""
    if not (span := _quantity(text)):
        return False
    words = _WORD.findall(text, 0, span[0])
    figure = text[span[0] : span[1]]
    return any(
        _finite(word, words[at + 1] if at + 1 < len(words) else figure, words[at - 1])
        or _takes_figure(word, words[at - 1], [*words[at + 1 :], figure])
        for at, word in enumerate(words[1:], 1)
    )


def tells_time(text: str) -> bool:
    """Whether a sentence states a clock time ("Doors open at 6:30 pm")."""
    return "m" in text and any(_CLOCK.search(found.group()) for found in QUANTITY.finditer(text))


def states_quantity(text: str) -> bool:
    """Whether a sentence states a quantity: a figure with its unit, a ratio, a pH's value, an
    age limit, a figure or a share spelled out ("five years", "roughly half of adults")."""
    if _DIGIT.search(text) and (
        QUANTITY.search(text)
        or ("pH" in text and _PH.search(text))
        or _count_per(text)
        or _age(text)
        or _limit(text)
        or _count_of(text)
        or _origin(text)
        or _subject_count(text)
        or _measured(text)
    ):
        return True
    return bool(_spelled(text)) or (not _DIGIT.search(text) and _count_of(text) is not None)


# What follows a spelled-out span that is a time frame or a frequency idiom, not a figure.
_SPELLED_IDIOM = lazy(r"\s+(?:later|ago|earlier|on)\b|\s+an?\s+(?:day|week|month|year)\b")


def _spelled(text: str) -> list[tuple[int, int]]:
    """Where `text` spells out a figure with its unit, or a share it reports, in order."""
    lowered = text.lower()
    if _NUMBER_WORDS.isdisjoint(lowered.split()) or len(lowered) != len(text):
        return []
    found = [
        match.span()
        for match in _SPELLED.finditer(lowered)
        if match.group("figure") != "one"
        or match.group("low")
        or match.group("from")
        or _MEASURED.search(lowered, 0, match.start())
    ]
    # "Five decades later, …" sets the scene; "seven days a week" says "always": no fact.
    found = [span for span in found if not _SPELLED_IDIOM.match(lowered, span[1])]
    if " of " in lowered:
        found += [
            match.span("share")
            for match in _SHARE.finditer(lowered)
            if _SHARE_LEAD.search(lowered, 0, match.start())
        ]
    return sorted(found)


def _age(text: str) -> re.Match[str] | None:
    """The first age limit `text` states ("children under 16")."""
    if not any(word in text for word in _AGE_WORDS):  # 5x faster than `_AGE` finding none
        return None
    for found in _AGE.finditer(text):
        if not found.group("limit") or _PEOPLE.search(text, 0, found.start()):
            return found
    return None


def reports_date(text: str) -> bool:
    """Whether a sentence reports the date of an event ("Valdivia founded Santiago in 1541")."""
    return _reported_date(text) is not None


def _reported_date(text: str) -> tuple[int, int] | None:
    """The first date `text` reports (`_DATE_FIGURE`), not one of the page's own; else the
    century or decade it reports (`_PERIOD`)."""
    if _DIGIT.search(text):
        for found in _DATE_FIGURE.finditer(text):
            if (found.group("hedged") or found.group("early")) and _HEDGED_COUNT.search(
                text, 0, found.start()
            ):
                continue
            if found.group("early") and (
                _RATE_IN.search(text, 0, found.start()) or not _EVENT.search(text)
            ):
                continue
            if not _PAGE_DATE.search(text, 0, found.start()):
                pair = _AND_DATE.match(text, found.end())
                return found.start(), pair.end() if pair else found.end()
    if ("centur" in text or "0s" in text) and (period := _PERIOD.search(text)):
        pair = _AND_DATE.match(text, period.end())
        return period.start("period"), pair.end() if pair else period.end()
    return None


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
    if not _DIGIT.search(head) and _NUMBER_WORDS.isdisjoint(head.split()):
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    found = _COUNT_OF.match(text, begin)
    if found is None and (reporting := _REPORTING.search(text, begin, MAX_COUNT_OF_CHARS)):
        found = _COUNT_OF.match(text, reporting.end())
    if (
        found is None
        or _NOT_COUNTED.match(found.group("subject"))
        or not (found.group("noun") or _LIMIT_NAME.search(found.group("subject")))
        or (
            found.group("noun")
            and not found.group("takes")
            and found.group("noun").split()[-1] in _LISTED
        )
        or (found.group("noun") and not _PASSING.isdisjoint(found.group("noun").lower().split()))
        or _names_them(text[found.end() :])
    ):
        return None
    return found


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
    (`_finite`). None for a writer's list or the document's parts ("3 tips will help you"), a
    hedged verb, or a step ("2 eggs are enough for a cake")."""
    if not _DIGIT.search(text):  # its count is in digits: most sentences have none
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    if not (text[begin : begin + 1].isdigit() or text.startswith(_COUNT_OPENINGS, begin)):
        return None
    if not (found := _SUBJECT_COUNT.match(text, begin)):
        return None
    words = list(islice(_WORD.finditer(text, found.end()), MAX_SUBJECT_WORDS + 2))
    for index in range(1, len(words) - 1):
        word, previous = words[index].group(), words[index - 1].group()
        if not word.islower() or not text[words[index - 1].end() : words[index].start()].isspace():
            return None  # a name, a clause break: no plain subject
        if _finite(word, words[index + 1].group(), previous):
            noun = previous.lower()
            if (
                noun in _LISTED
                or re.fullmatch(_DOCUMENT_PART, noun)
                or word in _HEDGED_VERBS
                or (word in ("is", "are", "was", "were") and words[index + 1].group() in _ENOUGH)
            ):
                return None
            return found.span("value")
    return None


def _origin(text: str) -> re.Match[str] | None:
    """Where a numbering `text` states starts (`_ORIGIN`): "Python indexes lists from 0"."""
    # As `_count_of`: a digit near the start, then one anchored match.
    if not _DIGIT.search(text, 0, MAX_COUNT_OF_CHARS):
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    found = _ORIGIN.match(text, begin)
    if (
        found is None
        or _NOT_COUNTED.match(found.group("subject"))
        or (found.group("start") and not _NUMBERED.search(found.group("subject")))
    ):
        return None
    return found


def _measured(text: str) -> re.Match[str] | None:
    """The first bare value a named measure takes in `text` (`_MEASURE_VALUE`): "a target of
    2.5 to 3.5", "eGFR is below 30"."""
    lowered = text.lower()
    if not any(word in lowered for word in _MEASURE_HINTS):
        return None
    return _MEASURE_VALUE.search(text)


def _count_per(text: str) -> re.Match[str] | None:
    """The first count of a thing per another `text` states ("2 ATP per glucose molecule")."""
    return _COUNT_PER.search(text) if " per " in text else None


def _rate_base(text: str) -> re.Match[str] | None:
    """The first rate per a round number `text` states ("0.18 per 100,000 hours", "3.2 deaths
    per 1,000 live births"): its count, with the base in group "base"."""
    return _PER_BASE.search(text) if " per " in text else None


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
        or _contrast(text)
        or _definition(text)
        or states_formula(text, code)
        or _superlative(text)
        or _set_against(text)
        or _namesake(text)
        or _reported_date(text)
        or _direction(text)
        or _composition(text)
        or _classification(text)
        or _treats(text)
        or _law(text)
        or _means(text)
        or _cause(text)
        or _condition(text)
        or _does_not(text)
    )


def _quantity(text: str) -> tuple[int, int] | None:
    """The figure a sentence reports: outside an opening frame, a hedged one first; with the
    upper end of its range and its equivalent in other units. A figure spelled out only where
    no digit states one ("Windows 11 … for five years")."""
    if (digit := _DIGIT.search(text)) and (span := _figure(text)):
        return _out_of(text, span)
    spelled = _spelled(text)
    if spelled:
        return _out_of(text, next((m for m in spelled if _reported(text, m[0])), spelled[0]))
    # A measure's bare value, after any other figure: "A threshold of 30 keeps … {{c1::ten
    # times}} more reliable" reports the ten.
    if digit and (measured := _measured(text)):
        return measured.span("value")
    # A spelled count ("Mars has two small moons"); `_figure` has looked for one with a digit.
    return count.span("value") if not digit and (count := _count_of(text)) else None


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


def _figure(text: str) -> tuple[int, int] | None:
    """The figure in digits a sentence reports (see `_quantity`)."""
    matches = [found.span() for found in QUANTITY.finditer(text)]
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
    extras = (per.span() if per else None, age.span("value") if age else None, opening)
    limits = (limit.span("value") if limit else None, count.span("value") if count else None)
    for extra in (*extras, *limits):
        if extra and not any(a < extra[1] and extra[0] < b for a, b in matches):
            matches = sorted([*matches, extra])
    if len(matches) > 1 and (result := _result(text, matches)):
        return _widened(text, *result)
    if asides := _precision(text):
        if estimate := _estimate(text, asides, matches):
            return estimate
        matches = [m for m in matches if not any(a <= m[0] < b for a, b in asides)]
    frame = _FRAME.match(text)
    begin = 0  # where the sentence's subject starts
    if frame and len(frame.group().split()) <= MAX_FRAME_WORDS:
        after = [m for m in matches if m[0] >= frame.end()]
        matches, begin = (after, frame.end()) if after else (matches, 0)
    elif len(matches) > 1 and _bare_frame(text, *matches[0]):
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
    if (upper := _followed(_TO_RANGE, text, end)) and (
        not _FROM.search(text, 0, start) or _CLOCK.search(text, start, end)
    ):
        end = upper
    else:
        end = _compound(text, start, end)
    if same := _followed(_EQUIVALENT, text, end, ")"):
        end = same
    if "x" in text or "×" in text or " by " in text:
        start, end = _dimensions(text, start, end)
    return start, end


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


def _result(text: str, matches: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The last of the figures `matches` that a worked example's result phrase (`_RESULT`)
    leads to, if any."""
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
    words = _WORD.findall(before)
    if (
        not words
        # "Today 5% of adults …" is the subject itself; "The top 10% of earners", "Staff with
        # 5 years of service" a description.
        or (text.startswith(" of ", end) and not _described(words))
        or len(words) > MAX_SUBJECT_WORDS
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
        if _finite(words[index], following, previous) or _takes_figure(
            words[index], previous, [*words[index + 1 :], figure]
        ):
            return None
    # The main verb: a few words on, with no clause break before it.
    stop = _CLAUSE_BREAK.search(text, end, end + MAX_SUBJECT_CHARS)
    reach = stop.start() if stop else end + MAX_SUBJECT_CHARS
    verb, found = 0, list(islice(_WORD.finditer(text, end), MAX_SUBJECT_WORDS + MAX_LEADS + 1))
    for index, word in enumerate(found[:MAX_SUBJECT_WORDS]):
        if word.start() >= reach or word.group().lower() in _CLAUSE_WORDS:
            return None
        if any(a <= word.start() < b for a, b in matches):  # "by 4 m": part of the subject
            continue
        following = found[index + 1].group() if index + 1 < len(found) else ""
        previous = found[index - 1].group() if index else ""
        if _finite(word.group(), following, previous) or (
            # The noun a figure describes: "the last 18–20 mile {run} three weeks before …".
            not (index == 0 and words[0].lower() in _DETERMINERS)
            and _takes_figure(
                word.group(), previous, _run_on(text, found[index : index + MAX_LEADS + 2])
            )
        ):
            verb = word.end()
            break
    if not verb:
        return None
    # In the verb's own clause: "A pH of 7 is neutral, and water at 7 °C …" reports the 7.
    stop = _CLAUSE_BREAK.search(text, verb)
    clause = stop.start() if stop else len(text)
    for word in _WORD.finditer(text, verb, clause):
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


def _finite(word: str, following: str, previous: str) -> bool:
    """Whether `word` reads as a sentence's main verb: an auxiliary or a verb facts state, a
    verb's -s after its subject, a past tense in -ed ("enrolled"); not a noun after an article
    or a preposition ("in the last 48 hours"), nor a participle that describes ("rated at",
    "filled with")."""
    word, following = word.lower(), following.lower()
    if previous.lower() in _NO_VERB_AFTER:
        return False
    if word in _VERBS:
        return True
    if word in _NOT_TERM or following in _SUBJECT_LINKS or following.endswith("ing"):
        return False
    if word.endswith("ed") and len(word) > 4:
        return following not in _AFTER_NOUNS
    return _looks_like_verb(word, following)


def _described(words: list[str]) -> bool:
    """Whether the words before a figure make it part of a description: after an article and
    its adjective ("The top"), or in a phrase after a noun ("Staff with")."""
    return words[0].lower() in _DETERMINERS or any(w.lower() in _DESCRIBING for w in words)


def _takes_figure(word: str, previous: str, following: list[str]) -> bool:
    """Whether `word` is a verb whose object is a figure, as the `following` words go on: a
    plain lower-case word, no noun or adjective by its ending, after no preposition, and
    before a figure or a lead into one ("of service {earn} 2 extra days", "{finish} in under
    3 hours", "Some experts {suggest} 37.5 mcg"). Any verb, not only those `_VERBS` lists."""
    if (
        not word.islower()
        or (word in _NOT_TERM and word != "own")  # "their own", but "households own 32%"
        or word in _SUBJECT_LINKS
        or previous.lower() in _NO_VERB_AFTER
        or previous.lower() in _SUBJECT_LINKS  # "per {day} (2,000 IU)"
        or _NOT_A_VERB.search(word)
    ):
        return False
    for after in following[: MAX_LEADS + 1]:
        if after[:1].isdigit() or after.lower() in _NUMBER_WORDS:
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


def _precision(text: str) -> list[tuple[int, int]]:
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


def _contrast(text: str) -> tuple[int, int] | None:
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
            span = _clause_subject(text, clause.end(), end) if clause else _phrase(text, start, end)
            if span:
                return span
    if ("," in text or "rather" in lowered) and (match := _COMMA_NOT.search(text)):
        # The one word contrasted, where nothing but punctuation follows it.
        alone = match.end() == len(text) or (
            not text[match.end()].isalnum() and text[match.end()] != " "
        )
        one = match.group("next") if alone else ""
        return _parallel(text, match) or _before(text, match.start(), one)
    return None


def _clause_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of a clause ("where aerobic fitness is built" → "aerobic fitness")."""
    verb = _CLAUSE_VERB.search(text, start, end)
    if not verb or not 1 <= len(text[start : verb.start()].split()) <= MAX_KEY_TERM_WORDS + 1:
        return None
    return start, verb.start()


def _parallel(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """ "works by X, not by Y": X is the phrase after the same preposition before the comma."""
    preposition = match.group("next").lower()
    if preposition == "to" or not re.fullmatch(_PREPOSITIONS, preposition):
        return None
    before = text[: match.start()]
    found = list(re.finditer(rf"\s{preposition}\s+", before, re.IGNORECASE))
    # "a taper in which volume fell, not in one step": a relative clause, not a parallel.
    if not found or re.match(r"(?:which|whom|whose|what)\b", before[found[-1].end() :], re.I):
        return None
    return _phrase(text, found[-1].end(), match.start())


def _defines(text: str) -> re.Match[str] | None:
    """`_DEFINITION`'s match, or `_PLURAL_DEFINITION`'s, looked for only where a defining verb
    is among the first words."""
    words = text.split(None, 6)[1:6]
    if _DEFINING_VERBS.isdisjoint(words):
        return None
    if match := _DEFINITION.match(text):
        return match
    if "is" in words:
        return _bare_definition(text)
    return _plural_definition(text) if "are" in words else None


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


def is_bare_definition(text: str) -> bool:
    """Whether `text` defines its subject by a noun with no article ("Sciatica is pain along
    …"; `_BARE_DEFINITION`)."""
    return " is " in text and not _DEFINITION.match(text) and _bare_definition(text) is not None


def _bare_definition(text: str) -> re.Match[str] | None:
    """`_BARE_DEFINITION`'s match, looked for only where the word after "is" is such a noun
    (or one in "-ing" before "of": "hardening of the arteries"); not a generic subject's ("The
    goal is reduction of …") nor a pronoun's."""
    words = text.split(None, 8)
    if "is" not in words[1:6]:
        return None
    at = words.index("is", 1)
    noun, after = (words[at + 1], words[at + 2]) if len(words) > at + 2 else ("", "")
    if noun in _NOT_BARE_NOUNS or not (
        noun in _BARE_NOUNS
        or noun.endswith(_BARE_NOUN_ENDS)
        or (noun.endswith("ing") and after == "of")
    ):
        return None
    if not (match := _BARE_DEFINITION.match(text)):
        return None
    subject = match.group("subject").lower().split()
    opening = subject[1] if subject[0] in _ARTICLES and len(subject) > 1 else subject[0]
    if (
        opening in _NOT_TERM
        or opening in _PRONOUN_SUBJECTS
        or not GENERIC_SUBJECTS.isdisjoint(subject)
        or opening in _VIRTUES
    ):
        return None
    # "Management is commitment to the people on your team": advice to the reader.
    definition = match.group("definition").lower()
    return None if " you" in definition or " our " in definition else match


# "Bats are mammals, not birds.", "Ichthyosaurs were marine reptiles, not dinosaurs.": a
# subject classed by a contrast, the whole sentence; each side one to three words, an article
# before it or not.
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
    opening = words[1] if words[0] in _ARTICLES and len(words) > 1 else words[0]
    if opening in _NOT_TERM or opening in _PRONOUN_SUBJECTS:
        return False
    if opening in PLACES or opening == "others" or not GENERIC_SUBJECTS.isdisjoint(words):
        return False  # "The first was …", "Others were …", "The answer is …": named before
    if _NOT_A_TERM.search(match.group("what")):
        return False
    what, other = match.group("what").split()[-1], match.group("other").split()[-1]
    return bool(
        match.group("article")
        or match.group("other_article")
        or _PLURAL.fullmatch(what)
        or _PLURAL.fullmatch(other)
    )


def _plural_definition(text: str) -> re.Match[str] | None:
    """`_PLURAL_DEFINITION`'s match where its complement is a noun phrase: not "Results are
    shown in tables", "Cats are often lazy pets", "Most students are …"."""
    if not (match := _PLURAL_DEFINITION.match(text)):
        return None
    if (opening := match.group("subject").split()[0].lower()) in _NOT_TERM:
        return None
    if opening in _PRONOUN_SUBJECTS:
        return None
    if match.group("noun") in _NOT_PLURAL_NOUNS:
        return None
    modifiers = match.group("modifiers").split()
    for word in modifiers:
        if (word := word.lower()) in _NOT_TERM or word in _PARTICIPLES or word.endswith("ly"):
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
    if words[0].lower() in _STOP | _PRONOUN_SUBJECTS:
        return None
    # A name ("The Nile", "fastcsv", "Inflation"), not a role a later sentence's "It" may not
    # be ("The main blocker is the sync library. It corrupts …": the library does).
    named = words[1:] if words[0].lower() in _ARTICLES else words
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


def _definition(text: str, vocabulary: Vocabulary | None = None) -> tuple[int, int] | None:
    if (" is when " in text or " is where " in text) and (case := _case_definition(text)):
        # Not the deck's own subject ("Offside is when …" in "Offside"): every card is about it.
        return None if vocabulary and vocabulary.names_subject(text[slice(*case)]) else case
    match = _defines(text)
    if not match or match.group("subject").split()[0].lower() in _STOP | {"this", "these"}:
        return None
    start, end = match.span("definition")
    end = start + len(_SECOND_PREDICATE.sub("", text[start:end]))
    span = _phrase(text, start, end)
    words = len(text[span[0] : span[1]].split()) if span else 0
    # "X is the mechanism": one generic noun defines nothing.
    if 2 <= words <= MAX_PRECISE_WORDS:
        return span
    # A longer definition, or one noun and a relative clause: ask for the term. "Cadence is the
    # number of steps you take per minute" hid seven words to reproduce; "The DASH diet is an
    # eating plan rich in fruit, vegetables, …" hid a list cut at its first comma. Not the
    # deck's own subject ("A taper is …" in "How to Taper"): every card is about that.
    term = _subject(text, *match.span("subject"))
    named = bool(term and vocabulary and vocabulary.names_subject(text[slice(*term)]))
    long_enough = len(text[start:end].split()) >= MIN_DEFINITION_WORDS
    if term and long_enough and not (words >= 2 and named):
        return term
    if named and (rank := _RANK.match(text, start)) and rank.group("rank") not in _NOT_SUPERLATIVE:
        # The deck's subject defined by a rank: the rank is the point, the whole predicate too
        # much to recall ("The passé composé is the {{c1::most common}} past tense in …").
        return rank.span("rank")
    return span if words >= 2 else None


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


def _namesake(text: str) -> tuple[int, int] | None:
    """Whom or what a sentence says its subject is named after (`_NAMED_AFTER`): a name's
    capitalised words ("Melvin Calvin in 1961" → "Melvin Calvin"), else the phrase's core
    (`_phrase`); None for a pronoun ("named after him" asks whom "him" is)."""
    if " name" not in text:  # most text
        return None
    if not (match := _NAMED_AFTER.search(text)):
        return None
    start, end = match.span("namesake")
    words = list(_WORD.finditer(text, start, end))
    if not words or words[0].group().lower() in _PRONOUNS:
        return None
    if not words[0].group()[0].isupper():
        return _phrase(text, start, end)
    last = words[0]
    for word in words[1:]:
        if word.group()[0].isupper():
            last = word
        elif word.group() not in _NAME_LINKS:
            break
    return start, last.end()


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
_NOT_SUPERLATIVE = frozenset(
    "interest forest request honest contest test west rest guest nest chest manifest harvest"
    " protest crest quest modest earnest arrest digest conquest inquest unrest behest bequest"
    " tempest priest midwest suggest invest".split()
)


def _superlative(text: str) -> tuple[int, int] | None:
    """The subject that holds a superlative (`_SUPERLATIVE`); None for a pronoun or "this"."""
    if "the " not in text or not (match := _SUPERLATIVE.match(text)):
        return None
    if (word := match.group("est")) and word in _NOT_SUPERLATIVE:
        return None
    if match.group("subject").split()[0].lower() in _STOP | _PRONOUN_SUBJECTS:
        return None
    return _subject(text, *match.span("subject"))


_PRONOUN_SUBJECTS = frozenset("this these those that it they he she we you i one".split())

# What a thing is made of, the material its target: "Saturn's rings are made mostly of {{c1::ice
# particles}}, with …", "Bronze consists of {{c1::copper and tin}}". A passive "is made": never
# a command ("Make the dough from flour"). Looked for only where one of `_COMPOSED_WORDS` is.
_COMPOSED_BY = r"(?:mostly|mainly|largely|chiefly|primarily|principally|entirely|wholly|partly)"
_COMPOSITION = lazy(
    rf"(?P<subject>[\w{APOSTROPHE}'.()-]+(?:\s+[\w{APOSTROPHE}'.()-]+){{0,7}}?)\s+"
    rf"(?:(?:is|are|was|were)\s+(?:{_COMPOSED_BY}\s+)?(?:made(?:\s+up)?|composed|formed)"
    rf"|consist(?:s|ed)?)(?:\s+{_COMPOSED_BY})?\s+(?:of|from)\s+"
    r"(?P<material>[^,;:()]+?)(?=[,;:(]|\.?$)"
)
_COMPOSED_WORDS = ("made ", "consist", "composed ", "formed ")
# Where the material's noun phrase ends: another clause or a description of it ("ice, with
# …", "iron and is …", "rock that …", "carbon under high pressure"). Not "of": "grains of sand".
_MATERIAL_END = lazy(
    r"\s+(?:with|without|which|that|who|while|whereas|but|so|because|although|as|than|like"
    r"|at|in|on|by|for|to|into|through|under|over|during|after|before|about|across|deep|inside"
    r"|and\s+(?:is|are|was|were|has|have|had|can|will|its|their|it|they)|(?:is|are|was|were))\b"
)
MAX_MATERIAL_WORDS = 4  # not counting "and", "or": "dark energy and dark matter"
# A subject with one of these is no thing's: "Whether the frame is …", "Make sure the frame is …".
_NOT_MADE = _CLAUSE_WORDS | _VERBS | {"whether", "sure", "ensure", "check", "confirm"}


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


def _classification(text: str) -> tuple[int, int] | None:
    """The name of the class a sentence's subject belongs to (`_CLASSIFICATION`); None for a
    pronoun's or a determiner's subject ("It belongs to …", "This drug belongs to …")."""
    if " belong" not in text or not (found := _CLASSIFICATION.match(text)):
        return None
    if found.group("subject").split()[0].lower() in _STOP | _PRONOUN_SUBJECTS:
        return None
    return found.span("name") if found.group("name") else found.span("family")


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


def _treats(text: str) -> tuple[int, int] | None:
    """What a named subject is used to treat or prevent (`_TREATS`), a noun phrase or a list of
    up to MAX_USE_WORDS words; None for a pronoun's or a determiner's subject ("This medicine
    is used to treat …")."""
    if " used " not in text or not (found := _TREATS.match(text)):
        return None
    if found.group("subject").split()[0].lower() in _STOP | _PRONOUN_SUBJECTS:
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


def _law(text: str) -> tuple[int, int] | None:
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
    if any(word in _NOT_LAW_NAMES or word in _STOP for word in modifiers):
        return None
    return found.span("name")


# Where a noun phrase after a verb ends: a clause, a place, a time, a condition, an aside
# ("gluconeogenesis, the production …", "vitamin K, which …", "certificate on the mesh").
_PHRASE_END = lazy(
    r",|;|:|\s[(–—]|\s+(?:in|on|at|during|while|when|if|because|which|that|who|such\s+as|like"
    r"|but|so|although|unless|despite|until|since|as|than|and\s+(?:is|are|was|were|so|thus"
    r"|therefore|can|may|it|they))\b"
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


def _term_after(text: str, start: int) -> tuple[int, int] | None:
    """The noun phrase that starts at `start`, up to `_PHRASE_END`: a term of 1 to
    MAX_MEANS_WORDS words not counting an article, none a pronoun or a determiner."""
    end = len(text.rstrip(".!? "))
    if cut := _PHRASE_END.search(text, start, end):
        if _LIST_AFTER.match(text, cut.start()):
            return None  # a list's first item: "by reorganizing neural circuits, safety, and …"
        end = cut.start()
    words = text[start:end].split()
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not 1 <= len(words) <= MAX_MEANS_WORDS or words[0].lower() in _NOT_TERM:
        return None
    # A term, not a manner: "by working {{harder}} than before".
    if any(w.lower() in _NOT_TERM - _TERM_JOINS or _MANNER.fullmatch(w) for w in words):
        return None
    return start, end


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


def _means(text: str) -> tuple[int, int] | None:
    """The term of the means by which a named subject does what it does (`_MEANS_OF`); None
    for a pronoun's or a determiner's subject ("This works by …")."""
    if " by " not in text or not (found := _MEANS_OF.match(text)):
        return None
    if found.group("subject").split()[0].lower() in _STOP | _PRONOUN_SUBJECTS | _DETERMINERS:
        return None
    return _term_after(text, found.start("means"))


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


def _cause(text: str) -> tuple[int, int] | None:
    """What the cause, the reason or the result a sentence names was (`_CAUSE`)."""
    if not text.startswith("The ") or not (found := _CAUSE.match(text)):
        return None
    span = _term_after(text, found.start("what"))
    if span is None or not _NO_CAUSE.isdisjoint(text[slice(*span)].lower().split()):
        return None
    return span


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


def _condition(text: str) -> tuple[int, int] | None:
    """The term a sentence defines by the condition under which a thing is in it
    (`_CONDITION`)."""
    if " when " not in text or not (found := _CONDITION.match(text)):
        return None
    if not (found.group("a") or found.group("state")):
        return None
    words = found.group("term").lower().split()
    if any(w in _NOT_TERM or w in _JUDGEMENTS or w.endswith("ly") for w in words):
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


def states_denial(text: str) -> bool:
    """Whether a sentence states what a named thing does not do (`_does_not`): a claim as
    short as a sentence ("Metformin does not stimulate insulin secretion.")."""
    return _does_not(text) is not None


def _does_not(text: str) -> tuple[int, int] | None:
    """What a named subject does not do (`_DOES_NOT`): its object, a term, or the verb with it."""
    if (" not " not in text and "n't " not in text and "n’t " not in text) or not (
        found := _DOES_NOT.match(text)
    ):
        return None
    words = found.group("subject").lower().split()
    if words[0] in _STOP or not _NO_DOER.isdisjoint(words):
        return None
    if found.group("verb").split()[0] in _NOT_DONE:
        return None
    start = found.start("object")
    if text[start].isdigit():
        return None  # a figure's or a date's, not a denial's: "did not disappear in 1351"
    if (term := _term_after(text, start)) and text[start : term[1]].split()[0] not in _ARTICLES:
        return term
    if (
        term and len(words) > 1 and words[0] != "the"
    ):  # a term denied it: "{{c1::Privity of contract}}"
        return found.span("subject")
    verb = found.start("verb")
    end = term[1] if term else None
    return (verb, end) if end and len(text[verb:end].split()) <= MAX_MEANS_WORDS + 1 else None


def states_composition(text: str) -> bool:
    """Whether a sentence states what a thing is made of (`_composition`): a claim as short as
    a sentence ("Bronze is made of copper and tin.")."""
    return _composition(text) is not None


def _composition(text: str) -> tuple[int, int] | None:
    """The material a sentence's subject is made of (`_COMPOSITION`), a noun phrase of up to
    MAX_MATERIAL_WORDS words; None for the document's own parts ("This guide is made up of
    three parts", "The course consists of five modules") or a vague subject ("It is made of")."""
    if not any(word in text for word in _COMPOSED_WORDS):
        return None
    begin = frame_end(text)
    begin += len(text) - begin - len(text[begin:].lstrip())
    if (
        not (found := _COMPOSITION.match(text, begin))
        or _NOT_COUNTED.match(found.group("subject"))
        or not _NOT_MADE.isdisjoint(found.group("subject").lower().split())
    ):
        return None
    start, end = found.span("material")
    if cut := _MATERIAL_END.search(text, start, end):
        end = cut.start()
    words = list(_WORD.finditer(text, start, end))
    if words and words[0].group().lower() in _ARTICLES:  # "of a dense core": not the "a"
        words.pop(0)
    if (
        not words
        or sum(w.group() not in ("and", "or") for w in words) > MAX_MATERIAL_WORDS
        or re.fullmatch(_DOCUMENT_PART, words[-1].group(), re.IGNORECASE)
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
    _NOT_TERM
    | _PRONOUN_SUBJECTS
    | {
        *("us", "me", "him", "others", "ours", "yours", "theirs", "mine", "hers", "usual", "ever"),
        *("earlier", "previously", "now", "today", "what", "how", "where", "who"),
    }
)
_VAGUE_SUBJECT = _VAGUE_FOIL - _ARTICLES
# A foil that opens on these leans on another sentence: "Unlike its rivals", "Unlike your phone".
_OWNERS = frozenset("its their our your his her my whose".split())
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


def _set_against(text: str) -> tuple[int, int] | None:
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
        words[0].lower() in _OWNERS
        or all(_vague(word, _VAGUE_FOIL) for word in words)
        or any(word.group().lower() in _HEDGES for word in _WORD.finditer(text, clause))
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
    words = list(islice(_WORD.finditer(text, match.end()), MAX_SUBJECT_WORDS + 1))
    if len(words) < 2:
        return None
    first = words[0].group()
    if _vague(first, _VAGUE_SUBJECT) or (
        first.islower() and (first in _VERBS or first.endswith("ly"))
    ):
        return None
    for index in range(1, len(words)):
        word = words[index].group()
        if (
            word.lower() in _CLAUSE_WORDS
            or not text[words[index - 1].end() : words[index].start()].isspace()
        ):
            return None
        following = words[index + 1].group().lower() if index + 1 < len(words) else ""
        # A noun before a verb or after a possessive: "Greenland {sharks} live", "Jupiter's
        # {moons} orbit".
        if following in _VERBS or words[index - 1].group().endswith(("'s", f"{APOSTROPHE}s")):
            continue
        # After a name, a verb's -s before a preposition: "Uranus {spins} on its side".
        named = index == 1 and words[0].group()[0].isupper() and following in _DESCRIBING
        if _finite(word, "" if named else following, words[index - 1].group()):
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
    words = list(_WORD.finditer(text, 0, match.end("subject")))
    if (
        not words
        or len(words) > MAX_SUBJECT_WORDS
        or _vague(words[0].group(), _VAGUE_SUBJECT)
        or any(w.group().lower() in _VERBS or w.group().lower() in _CLAUSE_WORDS for w in words)
    ):
        return None
    verb = match.group("verb")
    # The commas mark the verb's place: no word after it need rule out a noun ("spins on").
    if not verb.islower() or not _finite(verb, "", words[-1].group()):
        return None
    return _subject(text, words[0].start(), words[-1].end())


def _case_definition(text: str) -> tuple[int, int] | None:
    """The term "Careless is when a player …" defines, its target; None for "It is when …",
    "This is where …", "The best time is when …"."""
    if not (match := _CASE_DEFINITION.match(text)):
        return None
    words = match.group("term").lower().split()
    if words[0] in _NOT_TERM or any(
        word in GENERIC_SUBJECTS or word in _NO_CASE_TERM for word in words
    ):
        return None
    return match.span("term")


def _subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The defined term, without its article; None for "the result", "the second" and kin."""
    words = list(_WORD.finditer(text, start, end))
    while words and words[0].group().lower() in _ARTICLES:
        words.pop(0)
    if not words:
        return None
    # "The testing effect is the finding that …": a kind named, not "the effect" of before.
    kind = len(words) > 1 and names_a_kind(words[-2].group(), words[-1].group())
    if any(w.group().lower() in GENERIC_SUBJECTS for w in words[: -1 if kind else None]):
        return None
    return words[0].start(), words[-1].end()


def _phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
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


def _before(text: str, end: int, contrasted: str = "") -> tuple[int, int] | None:
    """The noun phrase that ends at `end`: up to four words, back to a stop word or to the
    comma that opens its clause ("When rates rise, bond prices fall, not …" stops at "bond").
    `contrasted` is the one word after "not", where the contrast ends there."""
    clause = max(text.rfind(mark, 0, end) for mark in ",;:\u2014\u2013") + 1
    words = list(_WORD.finditer(text, clause, end))
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        if word.group().lower() in _STOP or len(taken) == 4:
            break
        taken.insert(0, word)
    while taken and taken[0].group().lower() in _ARTICLES:
        taken.pop(0)
    # Back to the clause's start: "Caffeine blocks adenosine receptors, not …" holds subject
    # and verb too; the object after the verb is what is contrasted.
    if taken and all(w.group().lower() in _DETERMINERS for w in words[: words.index(taken[0])]):
        verb = next((i for i, w in enumerate(taken[1:-1], 1) if _looks_like_verb(w.group(), "")), 0)
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


def _mirrors(before: str, word: str, other: str) -> bool:
    """Whether `word` (after `before`) mirrors `other` as a verb or an adverb does: both end in
    "ly" or "ed" ("sharply"/"gradually"), or both are bare after a plural subject ("prices
    fall"/"rise"). A plural ("adenosine receptors"/"enzymes") tells no verb by its "s"."""
    word, other = word.lower(), other.lower()
    if any(word.endswith(end) and other.endswith(end) for end in ("ly", "ed")):
        return True
    bare = not any(w.endswith(("s", "ed", "ly", "ing")) for w in (word, other))
    return bare and _looks_like_verb(before, "")


def _key_term(text: str, vocabulary: Vocabulary, after: int = 0) -> tuple[int, int] | None:
    """A term from the first clause: one the document repeats, else its longest word; in the
    subject, the whole subject. None of it before `after` (an instruction's verb)."""
    runs, subject = _first_clause_runs(text, after)
    target = _object(text, runs, subject, vocabulary)
    for run in runs:
        for first in range(len(run) - 1):
            # Whole noun compounds only: a run's tail, never "amygdala threat" of "… thresholds".
            if len(run) - first > MAX_KEY_TERM_WORDS:
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
        if len(word.group()) >= MIN_KEY_TERM_CHARS and not _NOT_A_TERM.search(word.group())
    ]
    if subject and (unsure := _unsure_subject(text, subject)):
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
        len(_WORD.findall(text, subject[-1].end(), phrase[0].start())) != 1
        or len(phrase) > MAX_KEY_TERM_WORDS
        or any(_function_word(word.group()) for word in subject)
        or any(not w.isalpha() or (_NOT_A_TERM.search(w) and w[-3:] != "ing") for w in words)
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
    return _runs(list(_WORD.finditer(text, after, clause.start() if clause else len(text))))


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
    phrase = not any(word.group().lower() in _PREPOSITION_WORDS for word in run)
    if end != run[-1].end() and not (phrase and any(end == word.end() for word in run)):
        return None
    return run[0].start(), run[-1].end()


def _function_word(word: str) -> bool:
    word = word.lower()
    return word in _NOT_TERM or word.endswith("ly")


def _runs(
    words: list[re.Match[str]],
) -> tuple[list[list[re.Match[str]]], list[re.Match[str]] | None]:
    """Maximal runs of content words, and the sentence's subject among them: the opening run
    stops before its verb ("Oxytocin modulates …" → "Oxytocin"), read as the first later word
    ending in a verb's -s, unless a plural's verb follows it ("The light reactions make …")."""
    runs: list[list[re.Match[str]]] = [[]]
    for word in words:
        if word.group().lower() in _NOT_TERM:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(word)
    runs = [run for run in runs if run]
    if not runs or any(w.group().lower() not in _DETERMINERS for w in words[: _at(words, runs)]):
        return runs, None
    opening = runs[0]
    for index in range(0 if len(opening) > 1 else 1, len(opening)):
        at = words.index(opening[index])
        following = [word.group() for word in words[at + 1 : at + 3]] + ["", ""]
        after, beyond = following[:2]
        # "reactions make", "cells carry", "impulses travel fast": the subject ends here; a
        # subject of one word too, its verb in the run ("Plants release oxygen").
        if after.lower() in _VERBS or (
            _looks_like_verb(opening[index].group(), after)
            and _plural_verb(words[at - 1].group() if at else "", after, beyond)
        ):
            runs[0:1] = [run for run in (opening[: index + 1], opening[index + 2 :]) if run]
            return runs, runs[0]
        if index and _looks_like_verb(opening[index].group(), after):
            runs[0:1] = [run for run in (opening[:index], opening[index + 1 :]) if run]
            return runs, runs[0]
    return runs, None


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
    if any(word.group().lower() in _PREPOSITION_WORDS for word in subject):
        return None
    verb = _WORD.match(text, subject[-1].end() + 1)
    after = verb and _WORD.match(text, verb.end() + 1)
    if not (verb and after and _looks_like_verb(verb.group(), after.group())):
        return None
    # A verb a list names is one: "Insulin lowers blood sugar", "Coffee tastes bitter".
    stem = verb.group().lower()[:-1]
    if stem in _VERBS or stem[:-1] in _VERBS or stem in _LINKING_VERBS or stem in _EFFECT_VERBS:
        return None
    if not _bare_verb(subject[-1].group(), after.group()):
        return None
    return subject[0].start(), verb.end(), after.end()


def _bare_verb(before: str, word: str) -> bool:
    """Whether `word`, after a plural that `before` does not make a verb ("modestly
    lengthens"), may be that plural's verb by its shape: a bare word, no noun's or adjective's
    form."""
    return not (
        not word.isalpha()
        or not word.islower()
        or word in _NOT_TERM
        or word in _AFTER_VERBS
        or word in _PREPOSITION_WORDS  # "wraps onto a …"
        or word.endswith("s")
        or (_NOT_A_VERB.search(word) and not word.endswith("est"))  # "turtles nest"
        or before.lower().endswith("ly")
    )


def _plural_verb(before: str, word: str, following: str) -> bool:
    """Whether `word`, after a plural that `before` does not make a verb ("modestly
    lengthens"), is that plural's verb: a bare word, no noun's or adjective's form, that an
    article, a particle or an adverb follows ("impulses travel fast", "cells patrol the"), or
    a preposition after an adjective's plural ("Migratory birds navigate by"). Not "lowers blood
    sugar", "tastes bitter and sour", "blocks adenosine in", "yields pyruvate in": a noun or an
    adjective there is the verb's object."""
    if not _bare_verb(before, word):
        return False
    following = following.lower()
    return (
        following in _AFTER_VERBS
        or (following in _PREPOSITION_WORDS and bool(_MODIFIER.search(before)))
        or (following.endswith("ly") and following not in _NOT_TERM)
    )


def _looks_like_verb(word: str, following: str) -> bool:
    """A present-tense verb after its subject: "modulates", "blocks" (not "stress", "focus"),
    unless a preposition or verb follows it, as after a plural noun ("acids from fibre")."""
    word = word.lower()
    if following.lower() in _AFTER_NOUNS:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _at(words: list[re.Match[str]], runs: list[list[re.Match[str]]]) -> int:
    """Where the first run starts among `words`."""
    return next(index for index, word in enumerate(words) if word is runs[0][0])


# Endings of adjectives that describe, not classify: "sandy", "different", "important".
_PLAIN_ADJECTIVES = ("y", "ent", "ant")
_PLAIN_ADJECTIVE_WORDS = frozenset(
    "whole entire same new old main full regular usual normal single".split()
)
# What opens a noun phrase: an article, a determiner, an owner, a preposition but "to".
_BEFORE_COMPOUNDS = (_DETERMINERS | _OWNERS | _PREPOSITION_WORDS) - {"to"}


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
        and lower not in _VERBS
        and lower not in _PREPOSITION_WORDS
        and not _NOT_A_TERM.search(lower)
        and not _looks_like_verb(lower, "")
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


# A sentence that states how one quantity moves another, as economics and the sciences do: a
# cause that changes ("When interest rates rise,", "Higher rates", "Raising taxes", "A rise in
# rates", "Central banks raise interest rates to …") and after it the direction of the effect
# ("bond prices fall", "tend to strengthen", "make borrowing more expensive"), its target. In
# the present tense only: "When the stock fell, …" tells a story. A change of one thing ("Prices
# fall on Fridays") or an effect after no changing cause ("The stock fell after the CEO
# resigned") is none.
_CHANGE = (
    r"(?:ris(?:e|es|ing)|fall(?:s|ing)?|increas(?:e|es|ing)|decreas(?:e|es|ing)|rais(?:e|es|ing)"
    r"|lower(?:s|ing)?|reduc(?:e|es|ing)|strengthen(?:s|ing)?|weaken(?:s|ing)?|slow(?:s|ing)?"
    r"|boost(?:s|ing)?|drop(?:s|ping)?|grow(?:s|ing)?|shrink(?:s|ing)?|declin(?:e|es|ing)"
    r"|climb(?:s|ing)?|appreciat(?:e|es|ing)|depreciat(?:e|es|ing)|curb(?:s|ing)?"
    r"|dampen(?:s|ing)?|accelerat(?:e|es|ing)|widen(?:s|ing)?|narrow(?:s|ing)?"
    r"|(?:go(?:es)?|push(?:es)?|drives?)\s+(?:up|down))"
)
_COMPARATIVE = (
    r"(?:higher|lower|cheaper|dearer|costlier|stronger|weaker|faster|slower|larger|smaller"
    r"|greater|(?:more|less)\s+(?:expensive|costly|affordable|attractive|valuable|volatile"
    r"|likely|profitable|competitive|sensitive))"
)
_EFFECT = lazy(rf"\b(?:{_CHANGE}|{_COMPARATIVE})\b", re.IGNORECASE)
# A cause clause that opens the sentence: "When interest rates rise, …".
_CHANGES_WHEN = lazy(
    rf"(?:When|Whenever|If|As)\s+[^,;:]{{0,60}}?\b{_CHANGE}\b[^,;:]{{0,40}},\s+(?=\w)"
)
# A changing cause that opens the sentence as its subject: "Higher rates", "Raising taxes", "A
# rise in rates"; not a command ("Lower the heat"), whose next word is a determiner.
_CHANGED = lazy(
    r"(?:Higher|Lower|Rising|Falling|Increasing|Decreasing|Raising|Lowering|Reducing"
    r"|Greater|(?:A|An)\s+(?:rise|fall|drop|increase|decrease|reduction)\s+in)\s+"
    r"(?!(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those|it|them)\b)[\w'’-]+\s+"
)
_DIRECTION_OPENINGS = (
    *("When ", "Whenever ", "If ", "As ", "Higher ", "Lower ", "Rising ", "Falling "),
    *("Increasing ", "Decreasing ", "Raising ", "Lowering ", "Reducing ", "Greater ", "A ", "An "),
)
# An agent that changes one thing to move another: "Central banks raise interest rates to
# slow inflation". Looked for only where " to " and such a verb are.
_CAUSE_VERBS = frozenset("raise raises lower lowers increase increases reduce reduces".split())
_CHANGES_TO = lazy(
    rf"\b(?:raises?|lowers?|increases?|reduces?)\s+(?!(?:your|my|our)\b)[^,;:.]{{2,40}}?"
    rf"\s+(?:in\s+order\s+)?to\s+(?P<effect>{_CHANGE})\b"
)
# A story's verbs: "When the stock fell, …", "Higher rates made borrowing more expensive".
_TOLD = frozenset("was were had did made became".split())
# Advice, no claim: "As prices rise, you should lower your budget."
_ADVISING = frozenset("you should must we i".split())
_NO_AGENT = frozenset("i we you he she it they this that there".split())
MAX_AGENT_WORDS = 5


def states_direction(text: str) -> bool:
    """Whether a sentence states the direction a changing cause moves something (`_direction`):
    a claim as short as a sentence ("When interest rates rise, bond prices fall.")."""
    return _direction(text) is not None


def _direction(text: str) -> tuple[int, int] | None:
    """The direction of the effect a sentence states a changing cause has (see `_CHANGE`)."""
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
        return None  # most sentences
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
# builds up"): verbs only when no verb of a subject follows (`_instruction`).
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
    _DETERMINERS
    | _OWNERS
    | frozenset("enough any all more less no yourself yourselves themselves".split())
)
# What an instruction's verb takes before a clause, no object: "Make sure the oven is hot".
_NO_OBJECT = frozenset({"sure", "certain"})
# What opens an instruction before its verb: "Never skip …", "Do not mix …", "Always wear …".
_INSTRUCTION_OPENINGS = frozenset("never always please don't don’t".split())
# Particles a verb takes before its object: "Turn off the stove", "Back up your files".
_PARTICLES = frozenset("up down out off in on away back over".split())


def _instruction(text: str) -> int:
    """Where the verb of an instruction that `text` opens with ends ("Wash and dry", "Do not
    mix", "Turn off"), or 0 for no instruction: a noun with its verb after it is a subject
    ("Exercise improves mood", "Sleep debt builds up", "Rest days matter")."""
    words = list(islice(_WORD.finditer(text), 6))
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
        if lower in _NOT_TERM and lower not in _VERBS:
            break
        if lower in _VERBS or _looks_like_verb(lower, "") or (index and _bare_verb("", lower)):
            return 0
    return end


def _instruction_object(text: str, verb: int) -> tuple[int, int] | None:
    """What an instruction's verb, ending at `verb`, is done to: the nouns after it and its
    article ("Compute the {{c1::rate}} with …"), up to a preposition, a clause or an adverb;
    none for a pronoun ("Do it …") or a phrase too long to be one term."""
    run: list[re.Match[str]] = []
    last = verb
    for word in _WORD.finditer(text, verb):
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
        if lower in _NOT_TERM or lower in _PRONOUNS or lower.endswith("ly"):
            break
        if not lower.replace("-", "").isalpha() or lower.startswith("-"):
            return None  # "Divide 72 by …", "Run python3 …": no plain noun
        run.append(word)
    # No participle or gerund, as no key term is one: "Keep some running at {{c1::marathon
    # pace}}", not "Keep some {{c1::running}}".
    if not run or len(run) > MAX_KEY_TERM_WORDS or _NOT_A_TERM.search(run[-1].group()):
        return None
    return run[0].start(), run[-1].end()
