"""What a sentence's pronouns and demonstratives stand for: the subject the sentence before
defines or opens on, a thing the page's title names, a person; or that the sentence leans on
the one before and cannot stand alone.

Imports `patterns` and the `extract` modules `text`, `words`, `quantities` and `statements`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from docdeck.extract.quantities import (
    frame_end,
    states_quantity,
)
from docdeck.extract.statements import (
    NOT_SUPERLATIVE,
    defined_subject,
)
from docdeck.extract.text import (
    DEPENDENT_OPENERS,
    GENERIC_SUBJECTS,
    PLACES,
    PRONOUNS,
    names_a_kind,
)
from docdeck.extract.words import (
    APOSTROPHE,
    ARTICLES,
    MODALS,
    s_form,
)
from docdeck.patterns import lazy

# An opening phrase before the subject ("Done well, it …") is at most this long.
MAX_FRAME_WORDS = 8


DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


# "the fastest of these routes", "one of those": a choice among things named before;
# "therefore", "thus": a conclusion from them.
_POINTS_BACK = lazy(
    r"\b(?:of|among|between|all|both|each|either|neither|any)\s+(?:these|those)\b(?!\s+who)"
    r"|\b(?:therefore|thus|hence|consequently)\b",
    re.IGNORECASE,
)


# "Most of it", "All of them", "Much of this": a part of something named before.
_PART_OF = lazy(
    r"^[\"“(]?(?:most|all|some|much|many|none|few|a\s+few|each|one|two|three|four|five|any|both"
    r"|either|neither|half"
    r"|part|several|more|less|the\s+(?:rest|majority|bulk|remainder))\s+of\s+"
    r"(?:it|them|this|that|these|those|its|their)\b",
    re.IGNORECASE,
)


# "It is estimated that …", "It is worth noting …", "It takes 8 hours to …": an "it" that
# stands for the clause after it, not for something named before. A participle needs "that"
# ("It is known to cause …" is about a thing); an adjective also takes "to" or "for … to".
_IT_IS = (
    r"^[\"“]?it(?:[’']s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|appears))"
)


_ADVERBS = r"(?:\s+(?:\w+ly|well|now|also|still|often|not|very|much|far|even|always))*"


_ANTICIPATORY = (  # compiled where used, when first needed (re keeps it); flags inline
    rf"(?i){_IT_IS}{_ADVERBS}\s+(?:"
    r"(?:estimated|known|believed|thought|said|reported|assumed|expected|suggested|understood"
    r"|accepted|established|agreed|argued|claimed|recognized|recognised|likely|unlikely|true"
    r"|clear|obvious|evident|apparent|certain|probable|no\s+(?:secret|surprise|coincidence)"
    r"|a\s+(?:myth|fact|common\s+misconception))\s+that"
    r"|(?:important|essential|crucial|vital|necessary|possible|impossible|easy|easier|hard"
    r"|harder|difficult|safe|safer|best|better|wise|advisable|common|rare|normal|unusual|useful"
    r"|helpful|tempting|worthwhile|fair|interesting|surprising|notable)"
    r"\s+(?:that|to|for\s+[^,.;]{1,40}?\s+to)\b"
    r"|worth\s+\w+ing\b)"
    r"|^[\"“]?it\s+(?:takes|took|can\s+take|may\s+take)\s+(?!effect|place|over|up\b|off\b|on\b)"
    r"[^,;]*?\b(?:to|for)\s"
)


# Verbs whose subject is a person, not a thing named before: "It takes 8 hours to recover" (for
# whoever recovers), never "The surgery takes 8 hours to recover".
_PERSON_VERBS = frozenset(
    "recover adjust adapt acclimatise acclimatize relax unwind sleep qualify retire".split()
)


# What ends the clause of a verb that takes no object of its own: "to build and cost …".
_CLAUSE_JOINS = frozenset({"and", "or", "but"})


def anticipates(text: str) -> re.Match[str] | None:
    """`_ANTICIPATORY`'s match where "it" stands for the clause after it. None where "It takes …
    to" ends on a verb with no object of its own, at the end of its clause or before "and"
    ("It took 4 years to build and cost …", "It took 182 years to complete."): that verb's
    object is the "it", a thing named before. A verb of a person ("to recover") stays."""
    found = re.match(_ANTICIPATORY, text)
    if not found or not found.group().rstrip().lower().endswith(" to"):
        return found
    words = text[found.end() :].split(None, 2)[:2]
    if not words or _word(words[0]) in _PERSON_VERBS:
        return found
    ends = len(words) == 1 or words[0].rstrip("\"'”’)")[-1:] in ".,;:!?"
    return None if ends or _word(words[1]) in _CLAUSE_JOINS else found


_APOSTROPHES = lazy(rf"[{APOSTROPHE}']")


_LINKING_VERBS = frozenset({"is", "are", "was", "were", "means", "explains", "shows", "has"})


# What follows a demonstrative that stands alone for what the sentence before says, not a noun
# it determines: "This usually takes 5 to 7 days", "That can take 3 weeks", "These last about a
# year". A verb only in its number's form: "This cut …" and "These costs …" open on nouns.
_ALONE_AFTER = frozenset(
    "can could may might must will would should usually often also typically generally normally"
    " sometimes always still already alone".split()
)


# Nouns that end in "-s" but are singular, so "This lens …" opens on its noun; with the endings
# `_singular_verb` passes over ("This class", "This virus", "This analysis", "This bias").
_SINGULAR_NOUNS_IN_S = frozenset(
    "lens news series species diabetes measles mumps rabies herpes shingles scabies innings"
    " premises headquarters crossroads barracks gallows corps yes".split()
)


_NOT_VERB_ENDINGS = ("ss", "us", "is", "ics", "as", "os")


def _singular_verb(written: str) -> bool:
    """Whether `written`, the word after "This"/"That", is a verb in its singular form ("saves",
    "creates", "applies"), not a noun that "This" determines ("This class", "This lens", "This
    Christmas")."""
    word = written.rstrip(",;:.")
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(_NOT_VERB_ENDINGS)
        and word not in _SINGULAR_NOUNS_IN_S
    )


_PLURAL_VERBS = frozenset(
    "take last happen occur cost make give lead cause help allow require need reduce increase"
    " add work apply affect depend vary".split()
)


_ORDINALS = frozenset({"first", "second", "third", "last", "next", "other", "former", "latter"})


_PREPOSITIONS = frozenset(
    {"for", "in", "on", "at", "by", "with", "after", "during", "over", "under", "from", "among"}
)


# An opening phrase on a demonstrative scopes the claim to something named before: "Below that
# threshold, those with assets under £14,250 pay nothing", "In that year, 30% …", "Under these
# rules, …". Its figure is true only there, so it leans even with one.
_SCOPING = _PREPOSITIONS | frozenset(
    {"below", "above", "beyond", "before", "since", "until", "within", "without", "despite"}
)


# What a demonstrative names that is the page itself, no earlier sentence: "In this section, …".
_THE_PAGE = frozenset(
    "article guide page post chapter book report brief paper section essay tutorial".split()
)


# A count and what it counts, before a colon that lists them: "three inventions", "three
# main stages", "2 kinds of cell". Their number, the count's, is 2 to 6.
COUNTED = lazy(r"\b(two|three|four|five|six|[2-6])(?:\s+[a-z][\w-]*){1,3}$")


LISTED_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_LIST_JOINT = lazy(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


MAX_LISTED_WORDS = 8  # of each thing listed


MAX_APPOSED_WORDS = 4  # of each thing listed after a comma, not a colon


_COUNT_WORDS = frozenset({*LISTED_COUNTS, *"23456"})


# A subject that is a count of things, the whole of it before its verb: "The four blood groups",
# "The two main types of diabetes".
_COUNTED_SUBJECT = lazy(r"The (two|three|four|five|six|[2-6])(?:\s+[a-z][\w-]*){1,5}$")


# What a predicate adjective ends on or is: "The two forces are equal and opposite".
_DESCRIBING_ENDINGS = ("al", "ar", "ent", "ant", "ive", "ous", "ible", "able", "ic", "ful", "ly")


_DESCRIBING_WORDS = frozenset("same opposite alike apart together separate".split())


# Words that open a clause or an aside after a comma, not a thing named: ", which took a year".
_NOT_A_THING = frozenset(
    "which who whom whose where when while each both all and but or so yet as than such like"
    " plus including except not".split()
)


# Words that make counted things some named before: "three such kingdoms", "two other types".
_COUNTED_BEFORE = PRONOUNS | DEMONSTRATIVES | {"such", "other", "more", "further"}


# A lead-in that counts the items of the list under it: "There are three main types of rock:"
# over "- igneous", "- sedimentary", "- metamorphic". Its "There" points at nothing before it.
_THERE_COUNT = lazy(
    r"There\s+(?:are|were)\s+(?:(?:only|just|exactly)\s+)?(two|three|four|five|six|[2-6])"
    r"(?:\s+[a-z][\w-]*){1,6}"
)


def there_counts(lead: str) -> re.Match[str] | None:
    """`_THERE_COUNT`'s match of a lead-in less its colon, its count in group 1. None for one
    that counts things named before ("There are three such kinds", "There are two other
    types") or the writer's party ("There were four of us")."""
    if not lead.startswith("There ") or not (found := _THERE_COUNT.fullmatch(lead)):
        return None
    words = {_word(word) for word in lead.split()[3:]}
    return found if _COUNTED_BEFORE.isdisjoint(words) and _US.isdisjoint(words) else None


# The writer and reader: "There were four of us:" counts people, no kind of thing.
_US = frozenset({"us", "we", "you"})


def _there_lists(text: str) -> bool:
    """Whether a sentence opening "There are/were" counts things and lists them all after a
    colon ("There are four blood groups: A, B, AB and O."): its "There" points at nothing
    before it. Not "There are three main types." nor "There are three such kinds: …". A
    lead-in carded with its list's items (`there_counts`), one to an item: "There are three
    main types of rock: igneous; sedimentary; metamorphic"."""
    lead, colon, items = text.partition(": ")
    if colon and "; " in items and (found := there_counts(lead)):
        return items.count("; ") + 1 == (LISTED_COUNTS.get(found[1]) or int(found[1]))
    words = lead.split()
    return (
        len(words) > 3
        and words[0] == "There"
        and words[1] in ("are", "were")
        and COUNTED.match(" ".join(words[2:])) is not None
        and _COUNTED_BEFORE.isdisjoint(_word(word) for word in words[3:])
        and bool(counted_list(text))
    )


# A count that opens a sentence as its subject's, far from the colon before its list: "Only
# three verbs are irregular in the imperfect: …", "Three countries border Luxembourg: …". Not
# "Three such kingdoms …", "Two of them …": things named before.
_OPENING_COUNT = lazy(
    r"(?:(?:Only|Just|Exactly)\s+)?(?i:(two|three|four|five|six|[2-6]))(?:\s+[^\W\d_][\w-]*){2,}$"
)


def _opening_count(before: str) -> re.Match[str] | None:
    """The count `before` opens on as its subject's (`_OPENING_COUNT`), in group 1."""
    found = _OPENING_COUNT.match(before)
    after = before[found.end(1) :].split()[:3] if found else []
    if not found or "of" in after or not _COUNTED_BEFORE.isdisjoint(after):
        return None
    return found


def counted_list(text: str) -> str:
    """The list a sentence ends on after a count, if it names the things counted, as many as
    the count, each in a few words: after a colon ("His press combined three inventions: [metal
    type cast in a hand mould, an oil-based ink, and a screw press adapted from wine-making]")
    or, as names or short noun phrases, after a comma ("Mars has two small moons, [Phobos and
    Deimos]"). A list in prose, asked for as a lead-in's list is (`_listing`). The count alone
    gave itself away (`choose`). "" otherwise."""
    if ": " in text:
        before, _, listed = text.rpartition(": ")
        apposed = False
    elif text.startswith("The ") and (" are " in text or " were " in text):
        return _counted_subject_list(text)
    else:
        before, _, listed = text.partition(", ")
        # The count is among the last words before the comma: most sentences have none there.
        if not listed or _COUNT_WORDS.isdisjoint(before.rsplit(None, 4)[-4:]):
            return ""
        apposed = True
    listed = listed.rstrip(" .")
    found = COUNTED.search(before) or (not apposed and _opening_count(before))
    if not found or any(mark in listed for mark in ".;:!?"):
        return ""
    count = LISTED_COUNTS.get(found.group(1).lower()) or int(found.group(1))
    things = _LIST_JOINT.split(listed)
    longest = MAX_APPOSED_WORDS if apposed else MAX_LISTED_WORDS
    if len(things) != count or any(len(thing.split()) > longest for thing in things):
        return ""
    if apposed and (frame_end(text) or not all(map(_names_a_thing, things))):
        return ""  # "In two years, sales and profits doubled", "two sons, aged 4 and 6"
    return listed


def _counted_subject_list(text: str) -> str:
    """The things a sentence whose subject is a count names as its complement, as many as the
    count ("The four blood groups are [A, B, AB and O]", "The two main types of diabetes are
    [type 1 and type 2]"), each a name or a short noun phrase (`_names_a_thing`); not what
    they are like ("The two forces are equal and opposite"). "" otherwise."""
    verb = " are " if " are " in text else " were "
    before, _, listed = text.partition(verb)
    listed = listed.rstrip(" .")
    if not (found := _COUNTED_SUBJECT.match(before)) or any(m in listed for m in ".;:!?"):
        return ""
    count = LISTED_COUNTS.get(found.group(1)) or int(found.group(1))
    things = _LIST_JOINT.split(listed)
    if (
        len(things) != count
        or any(len(thing.split()) > MAX_APPOSED_WORDS for thing in things)
        or not all(map(_names_a_thing, things))
        or any(_describes(thing) for thing in things)
    ):
        return ""
    return listed


def _describes(thing: str) -> bool:
    """Whether a thing listed is one lowercase word that says what something is like ("equal",
    "similar", "independent"), not what it is ("red", "solid")."""
    return (
        thing.islower()
        and " " not in thing
        and (thing.endswith(_DESCRIBING_ENDINGS) or thing in _DESCRIBING_WORDS)
    )


def _names_a_thing(thing: str) -> bool:
    """Whether a thing listed names one: a name or a noun phrase ("Phobos", "the
    Calvin cycle"), not a participle, a figure or a clause ("aged 4", "6", "which took …")."""
    first = thing.split()[0] if thing.split() else ""
    if first[:1].isupper():
        return True
    return (
        first.isalpha()
        and not (first.endswith("ed") and len(first) > 3)  # "aged 4"; not "red"
        and not (first.endswith("ing") and " " in thing)  # "orbiting Mars"; not "painting"
        and first not in _SCOPING
        and first not in _NOT_A_THING
    )


def named_subject(
    text: str,
    before: str,
    opened: str = "",
    titles: str = "",
    common: Callable[[str], bool] | None = None,
) -> str | None:
    """`text` with its subject "It" or "They" replaced by the subject the sentence `before`
    defines ("fastcsv is a CSV parser … It parses files …" → "fastcsv parses files …"), its
    "Its"/"Their" by the subject's possessive ("Amoxicillin's active form …", "Enzymes'
    shape …"). "It"/"Its" also by the thing the sentence before, as carded (`opened`), opens
    on (`opening_subject`: "The Jurassic Coast runs … It became …" → "The Jurassic Coast
    became …"), or by what the sentence before says it is called; a name `titles` (the
    document's title and the section's heading) hold as a thing's, or one the page writes in
    lower case (`common`).
    None where neither has such a subject, or none of the pronoun's number ("They"
    after "… are …"), or "It" anticipates a clause ("It is important to …")."""
    pronoun = text.split(None, 1)[0]
    if pronoun == "It" and anticipates(text):
        return None
    if subject := defined_subject(before):
        plural = before[len(subject) :].split(None, 1)[0] == "are"
    elif called := _called(before):
        # "The streaks … are called legs or tears. They are caused by …": what it is called.
        subject, plural = called
    elif (
        pronoun in ("It", "Its") and opened and (subject := opening_subject(opened, titles, common))
    ):
        plural = False
    else:
        return None
    if plural != (pronoun in ("They", "Their")):
        return None
    if pronoun in ("Its", "Their"):
        apostrophe = APOSTROPHE if APOSTROPHE in before + text else "'"
        ending = apostrophe if plural and subject.endswith("s") else f"{apostrophe}s"
        return f"{subject}{ending}{text[len(pronoun) :]}"
    return f"{subject}{text[len(pronoun) :]}"


# A sentence that ends on what its subject is called: "This is called the Personal Allowance."
_CALLED = lazy(
    r"\b(is|are)\s+(?:also\s+|often\s+|usually\s+)?called\s+(?P<name>[\w-]+(?:\s+[\w-]+){0,3})\.$"
)


def _called(sentence: str) -> tuple[str, bool] | None:
    """The name `sentence` ends on as what its subject is called, as a subject ("Legs or tears"
    in "The streaks … are called legs or tears."), and whether "are" calls it; None for no
    such sentence, or an indefinite or generic name ("… is called a sextant", "the first
    stage")."""
    if " called " not in sentence or not (called := _CALLED.search(sentence)):
        return None
    words = called.group("name").split()
    if words[0] in ("a", "an") or any(word.lower() in NO_NAMES for word in words):
        return None
    name = " ".join(words)
    return name[:1].upper() + name[1:], called.group(1) == "are"


# Words between a subject and its verb: "The study also found …", "Shingrix is now offered".
_BEFORE_VERB = frozenset("also now still later then never already".split())


# Verbs whose complement is the subject itself, no second thing "It" may stand for: "The Shard
# was the tallest building in the EU", "The coast became a World Heritage Site".
_BEING = frozenset("is was be been being became becomes remains remained seems seemed".split())


# What opens an object "It" may stand for instead of the subject: "The council approved the
# plan. It will cost …" (the plan does).
_DETERMINERS = frozenset("a an the this that its his her their our your my another one".split())


# Where an object's words end: "… approved the plan {in} May", "the drug {that} …".
_OBJECT_ENDS = frozenset(
    "in on at by for from with without into out off over under after before during within"
    " through across as than because when while until of and or to that which who where".split()
)


def _verb(word: str, after: str) -> bool:
    """Whether `word` (folded) is the verb after a subject: an auxiliary, a past form, or a
    present "-s" form not followed by a verb of its own ("The blood pressure readings rose")."""
    if word in _AUXILIARIES or word in MODALS or word in _PAST:
        return True
    if word.endswith("ed") and len(word) > 3:
        return True
    if not s_form(word) or len(word) < 4:
        return False
    return not (after in _AUXILIARIES or after in _PAST or after.endswith("ed"))


def opening_subject(
    before: str, titles: str = "", common: Callable[[str], bool] | None = None
) -> str | None:
    """The singular thing the sentence `before` opens on as its subject, which a later "It"
    stands for: a name ("Shingrix", "The Jurassic Coast", "The Bank of England") or a definite
    "The …" of up to four words ("The study"), before its verb. With an appositive name, that
    name ("The vaccine, Shingrix, is …" → "Shingrix"). None for a question, an indefinite or
    plural subject, one opened by a clause ("When …, the …"), a possessive or "of" phrase ("The
    company's founder", "The population of Tokyo") or two things ("A and B"), or where another
    thing in the sentence may be what "It" stands for: a singular object ("The council approved
    the plan."), and after a bare name, which may be a person's, any other name or "the …"
    ("Darwin sailed on HMS Beagle."), unless `titles` hold the name: the page is about it, a
    thing ("Metformin is excreted unchanged in the urine." under "Metformin: Drug Monograph"),
    or the page writes the name in lower case elsewhere, and never capitalises it inside a
    sentence, as `common` has it: a common noun ("Aspirin inhibits …" beside "low-dose
    aspirin")."""
    if before.rstrip().endswith("?"):
        return None
    raw = before.split(None, 12)
    article = raw[0] == "The"
    if not article and (not raw[0][:1].isupper() or _word(raw[0]) in _NOT_NAME):
        return None
    words = [_word(word) for word in raw]
    at = 1 if article else 0
    subject: list[str] = raw[:at]
    if not article and (eponym := _eponym(raw)):
        subject, at = raw[:eponym], eponym  # "Boyle's law states …": a thing, named for a person
    name = ""  # an appositive name
    while at < len(raw) - 1 and len(subject) < 5:
        word, bare = raw[at], raw[at].rstrip(",")
        if len(subject) > int(article) and _verb(words[at], words[at + 1]) and word.islower():
            break
        if words[at] in _BEFORE_VERB or (words[at].endswith("ly") and word.islower()):
            if not _verb(words[at + 1], words[at + 2] if at + 2 < len(words) else ""):
                return None
            at += 1
            continue
        if word[:1] == "(" and word[-1:] == ")" and subject[-1][:1].isupper():
            at += 1  # a name's abbreviation: "The Andromeda Galaxy (M31) is …"
            continue
        if not bare.replace("-", "").isalnum():
            return None  # a possessive, a bracket
        if not article and not word[:1].isupper() and not _common_name([*subject, bare]):
            return None  # a lower-case word in a bare name
        if words[at] == "of" and not (
            subject and subject[-1][:1].isupper() and raw[at + 1][:1].isupper()
        ):
            return None  # "Of the 206 bones …" opens on no name
        if words[at] in ("and", "or", "nor", "&"):
            return None
        subject.append(bare)
        at += 1
        if bare != word:  # "The vaccine, Shingrix, is …": the name between the commas
            close = next((i for i in range(at, min(at + 8, len(raw))) if raw[i][-1] == ","), 0)
            inside = raw[at : close + 1]
            if not close or close + 1 >= len(raw) - 1:
                return None
            if all(part[:1].isupper() for part in inside) and len(inside) <= 3:
                name = " ".join(inside).rstrip(",")
            at = close + 1
            if not _verb(words[at], words[at + 1]):
                return None
            break
    else:
        return None
    if len(subject) < (2 if article else 1):
        return None
    verb = words[at]
    if verb in ("are", "were", "have", "do"):
        return None
    singular = verb in ("is", "was", "has", "does") or (
        verb.endswith("s") and verb not in MODALS and verb not in _PAST
    )
    head = _word(subject[-1])
    if not singular and s_form(head):
        return None
    rest = words[at + 1 :]
    # A thing's common name, no person's, is carded as "The …" is: "Unfractionated heparin".
    common_name = not article and _common_name(subject)
    titled = not article and (
        common_name
        or _titled(" ".join(subject), titles)
        or (len(subject) == 1 and common is not None and common(subject[0]))
    )
    if (
        not article
        and not titled
        and any(
            word in _DETERMINERS or raw[at + 1 + i][:1].isupper() for i, word in enumerate(rest)
        )
    ):
        return None  # a name may be a person's: nothing else "It" may stand for
    if verb in _BEING:
        if common_name and not _titled(" ".join(subject), titles):
            # A common name's "is" sentence defines it, or not, as `defined_subject` has it:
            # "Attachment security is not a fixed trait. It is …" stays as written.
            return None
        # "The main blocker is the sync library. It corrupts …": a role's "It" is the thing
        # named after it (as `defined_subject` has it); a name's is the name.
        # Not one ranked among its kind, which is the subject's rank: "The biceps brachii is the
        # most powerful supinator … It supinates best …".
        role = article and not name and subject[-1].islower()
        if role and rest and rest[0] in _DETERMINERS and not _ranked(rest[:2]):
            return None
        return name or " ".join(subject)
    # The object after the verb and its auxiliaries, singular: "approved the plan", "will replace
    # a ferry", "has bought Arm"; none in "runs for 95 miles", "followed 500 adults".
    skip = 1 if verb in _AUXILIARIES or verb in MODALS else 0  # "has {bought}"
    while skip < len(rest) - 1 and (
        rest[skip] in _AUXILIARIES
        or rest[skip] in MODALS
        or rest[skip] in _BEFORE_VERB
        or rest[skip] in ("not", "be", "been", "being")
        or rest[skip].endswith("ly")
    ):
        if rest[skip] in ("be", "been", "being"):  # "can be given as …": passive, no object
            return name or " ".join(subject)
        skip += 1
    opener = raw[at + 1 + skip] if at + 1 + skip < len(raw) else ""
    if opener[:1].isupper() and not _proper_adjective(opener, rest[skip + 1 : skip + 2]):
        return None
    # After a name a bare noun too ("Marie Curie discovered polonium"); after "The …" or the
    # page's own name one is what it makes or does ("The drug reduces blood pressure",
    # "resets every April").
    figure = opener[:1].isdigit() or opener[:1] in "$€£"
    plain = not (article or titled) and _word(opener) not in _OBJECT_ENDS and not figure
    # "states that the pressure …": a clause, no object.
    at_clause = _word(opener) == "that" and rest[skip + 1 : skip + 2] in (["the"], ["a"], ["an"])
    if plain or (_word(opener) in _DETERMINERS and not at_clause):
        noun = ""
        for word in rest[skip : skip + 6]:
            if word in _OBJECT_ENDS:
                break
            noun = word
        if not s_form(noun):
            return None
    return name or " ".join(subject)


# Endings of a people's or a country's adjective: "American", "Japanese", "British".
_PROPER_ADJECTIVE_ENDINGS = ("an", "ese", "ish")


# Words after an object's capitalised first word that make it a name: "bought Jordan last year".
_NOT_AFTER_ADJECTIVE = _OBJECT_ENDS | _ORDINALS | frozenset("this yesterday today ago".split())


def _proper_adjective(word: str, after: list[str]) -> bool:
    """Whether a capitalised `word` that opens an object is a people's adjective before a noun
    in lower case ("promised American support"), no name "It" may stand for ("bought Arm")."""
    if not word.isalpha() or not word.endswith(_PROPER_ADJECTIVE_ENDINGS) or not after:
        return False
    noun = after[0]
    return noun.isalpha() and noun not in _NOT_AFTER_ADJECTIVE and not noun.endswith("ly")


def _ranked(words: list[str]) -> bool:
    """Whether `words` (folded) open a superlative: "the most …", "the largest"."""
    if len(words) < 2 or words[0] != "the":
        return False
    rank = words[1]
    return rank in ("most", "least") or (
        rank.endswith("est") and len(rank) > 4 and rank not in NOT_SUPERLATIVE
    )


# Prepositions an opening phrase may open on: "Through binoculars it looks like …".
_OPENING_PREPOSITIONS = _SCOPING | frozenset(
    "through throughout across around into like unlike via near between inside outside".split()
)


# What ends a clause before an "it", whose own thing it may then stand for: "Dry the surface,
# preheat the pan and do not overcrowd it", "Searing adds flavour; it does not …", "The company
# has grown every year since it was founded".
_CLAUSE_OPENERS = frozenset(
    "and or but so which who whom whose that where when while because if than unless since"
    " until till once as after before although though whereas whether".split()
)


def dangling(text: str) -> int:
    """The index of the first "it" or "its" in `text`, not its first word, that stands for
    nothing named before it in the sentence: one after only its clause's subject and verb
    ("Garry Kasparov made it his main weapon", "Heat it for 3 to 5 minutes"; a verb's object is
    never its own subject), "its" after only a preposition ("At its peak you may see …"), "it"
    after no other thing ("Through binoculars it looks like …"). -1 for one that may stand for
    a thing before it ("… has it topped up", "preheat the pan and do not overcrowd it", "Scotland
    sets its own rates"), for a thing after it ("When it opened in 1998, the bridge …"), or for
    a clause after it ("Most people find it hard to …")."""
    words = text.split()
    at = next((i for i in range(1, len(words)) if _word(words[i]) in ("it", "its")), 0)
    if not at or words[at][:1].isupper():
        return -1
    before = words[:at]
    if any(word[-1] in ",;:" or word in ("—", "–") for word in before):
        return -1
    folded = [_word(word) for word in before]
    if any(word in _CLAUSE_OPENERS for word in folded[1:]):
        return -1
    # "Because it is …", "Through the kidneys it is …": the clause's subject, after no thing
    # but a preposition's ("When the dough rests it rises": the dough's).
    opening = folded[0] in _OPENING_PREPOSITIONS and folded[0] not in _CLAUSE_OPENERS
    if _word(words[at]) == "its":
        if any(word not in _OPENING_PREPOSITIONS for word in folded):
            return -1  # "Scotland sets its own …": the subject's own
    elif not opening and any(word in _DETERMINERS or word[:1].isdigit() for word in folded[1:]):
        return -1  # "A taxpayer who pays £80 into a pension has it …"
    after = [_word(word) for word in words[at + 1 : at + 5]]
    clause = any(word in ("to", "that") for word in after[1:])
    if clause and after[0] not in _PREPOSITIONS and after[0] not in _DETERMINERS:
        return -1  # "find it hard to …": the clause after it
    comma = next((i for i in range(at, len(words)) if words[i].endswith(",")), 0)
    if comma and comma + 1 < len(words):
        subject = words[comma + 1]
        if _word(subject) in _DETERMINERS or (
            subject[:1].isupper() and _word(subject) not in PRONOUNS
        ):
            return -1  # "When it opened in 1998, the bridge …"
        if _word(words[at]) == "its" and subject == "it":
            return comma + 1  # "Despite its name, it breeds …": the "it" its "its" stands for
    return at


def put_for(
    text: str, at: int, thing: str, written: str, common: Callable[[str], bool] | None = None
) -> str:
    """`text` with its word `at`, "it" or "its", replaced by `thing` or its possessive, in
    lower case where it is no name (`_common`) in the paragraph `written`, nor, one word, in
    the page, as `common` has it: "Below about 4 °C yeast becomes …" (not "… Yeast becomes"),
    beside "Baker's yeast is …" two paragraphs up."""
    words = text.split(" ")
    if len(words) != len(text.split()):
        return text
    thing = f"the {thing[4:]}" if thing.startswith("The ") else thing
    if _common(thing, written) or (common is not None and " " not in thing and common(thing)):
        thing = thing[:1].lower() + thing[1:]
    word = words[at]
    pronoun = "its" if word.lower().startswith("its") else "it"
    if pronoun == "its":
        apostrophe = APOSTROPHE if APOSTROPHE in text else "'"
        thing = (
            f"{thing}{apostrophe}"
            if thing.endswith("s") and thing[-2:] != "ss"
            else f"{thing}{apostrophe}s"
        )
    words[at] = thing + word[len(pronoun) :]
    return " ".join(words)


def _common(thing: str, written: str) -> bool:
    """Whether `thing`, opening a sentence, is a common noun phrase, not a name: a word of its
    after the first is in lower case ("Credit utilization", not "Bank of England"), or
    `written` has it in lower case ("inflation" for "Inflation"). Not an initialism ("DNA
    replication") nor a word with capitals inside ("iPhone")."""
    first, *rest = thing.split()
    if not first[1:].islower():  # "DNA", "iPhone"
        return False
    if any(word.islower() and word not in _NAME_JOINS for word in rest):
        return True
    lowered = first.lower()
    return not rest and any(_word(word) == lowered for word in written.split() if word.islower())


def heading_thing(heading: str, first: str) -> str:
    """The single thing a section's heading names that its paragraph's `first` sentence opens
    on, as that sentence writes it ("The Andromeda Galaxy" under "The Andromeda Galaxy" or
    "Andromeda Galaxy (M31)"); "" for any other heading."""
    name = heading.split(" (", 1)[0].strip()
    name = name[4:] if name.startswith(("The ", "the ")) else name
    if (
        not name[:1].isupper()
        or len(name.split()) > 5
        or not name.replace(" ", "").replace("-", "").isalnum()
    ):
        return ""
    start = 4 if first.startswith("The ") else 0
    if first[start : start + len(name)].lower() != name.lower():
        return ""
    rest = first[start + len(name) :].split(None, 2)
    if len(rest) < 2 or not (rest[0][0] in "(," or _verb(_word(rest[0]), _word(rest[1]))):
        return ""  # "Dosing errors are …" under "Dosing": not of the heading's thing
    return first[: start + len(name)]


def _titled(name: str, titles: str) -> bool:
    """Whether `titles` hold `name` as a whole word or words ("Metformin" in "Metformin
    Hydrochloride: Drug Monograph", "How Metformin Works"), not after another name's word:
    "Darwin" in "Charles Darwin: A Life" is a surname, a person's."""
    at = titles.find(name)
    while at >= 0:
        end = at + len(name)
        if (not at or not titles[at - 1].isalnum()) and not titles[end : end + 1].isalnum():
            word = (titles[:at].split() or [""])[-1]
            if not (word[:1].isupper() and word[-1].isalnum()) or word.lower() in _TITLE_WORDS:
                return True
        at = titles.find(name, at + 1)
    return False


# Lower-case words inside a name: "Ludwig van Beethoven", "Leonardo da Vinci".
_NAME_PARTICLES = frozenset("van von de da del della der di du le la bin ibn".split())


# Lower-case words that join a name's words: "Bank of England", "Trinity and All Saints".
_NAME_JOINS = _NAME_PARTICLES | frozenset("of and the for".split())


# Capitalised openers that are no name's first word: "After Darwin returned …".
_NOT_NAME = (
    _SCOPING
    | DEPENDENT_OPENERS
    | frozenset("the a an later today now once when while if as some most many".split())
)


# Capitalised words a title puts before a thing's name, no first name: "How Metformin Works".
_TITLE_WORDS = _NOT_NAME | frozenset(
    "how why what which who is are does do can should using taking understanding introducing"
    " guide about your our my".split()
)


# What a person's name in the possessive may name: "Boyle's law", "Archimedes' principle".
_EPONYM_KINDS = frozenset(
    "law principle theorem rule constant equation effect paradox razor conjecture".split()
)


_EPONYM = lazy(rf"[A-Z][\w-]*(?:[{APOSTROPHE}']s|s[{APOSTROPHE}'])")


def _eponym(raw: list[str]) -> int:
    """How many words of `raw` a thing named for a person opens on ("Boyle's law", "Newton's
    first law"), or 0."""
    if len(raw) < 3 or not _EPONYM.fullmatch(raw[0]):
        return 0
    at = 2 if raw[1] in _ORDINALS or raw[1] in ("zeroth", "fourth") else 1
    return at + 1 if at < len(raw) - 1 and raw[at] in _EPONYM_KINDS else 0


# Capitalised openers of a noun phrase that name no one thing: "Each tablet", "Some drugs".
_NOT_COMMON = _NOT_NAME | _DETERMINERS | frozenset("each every all both any no such".split())


# Words inside a phrase that is no common name: "Ludwig van Beethoven", "Use a heavy pan made …".
_NOT_IN_COMMON = _NAME_PARTICLES | _DETERMINERS | _OBJECT_ENDS


def _common_name(subject: list[str]) -> bool:
    """Whether a bare `subject` is a thing's common name, the sentence's capital and words in
    lower case ("Unfractionated heparin", "Sodium chloride"), which no person's name is; not a
    name with a particle ("Ludwig van Beethoven"), a quantifier ("Most patients") or a gerund
    and its object ("Taking aspirin"), an instruction's ("Use a heavy pan")."""
    first = _word(subject[0])
    return (
        len(subject) > 1
        and all(word.islower() and word not in _NOT_IN_COMMON for word in subject[1:])
        and first not in _NOT_COMMON
        and first not in _QUANTIFIERS
        and not first.endswith("ing")
    )


# What only a person does, the verb right after a lone name: "Augustus ruled for over 40 years
# and died in AD 14. His reign …", "Cleopatra was born in 69 BC. She …": the name is a
# person's, as a name with a first name is ("Darwin studied barnacles …" is not sure, nor is
# "Seven kings ruled …"). Not "married": the pronoun after may be the spouse's ("Napoleon
# married Josephine in 1796. She …").
_LIVED = lazy(
    r"\b(?:died|reigned|ruled|abdicated|was\s+(?:born|crowned|assassinated|murdered"
    r"|executed|exiled|bapti[sz]ed|elected|proclaimed|buried))\b"
)


# Capitalised openers that are no one's name, whatever their verb: "Thousands died in …".
_NO_ONE = frozenset(
    "nobody everybody somebody everyone someone anyone none thousands hundreds millions dozens"
    " all".split()
)


def named_person(text: str, before: str, earlier: str) -> str | None:
    """`text` with its opening "He"/"She" replaced by the person the sentence `before` opens on
    as its subject, "His"/"Her" by their possessive ("Hermann Ebbinghaus studied memory … He
    found …" → "Hermann Ebbinghaus found …"). The person is two or more capitalised words, or
    one that ends such a name in `earlier`, the paragraph before `before` ("Ebbinghaus
    repeated …"), or one whose sentence says what only a person does (`_LIVED`). None where
    `before` opens on no name ("The award went to Marie Curie", "After Darwin …"), on two
    people ("Baddeley and Hitch …") or on a possessive ("Newton's laws …"): whom the pronoun
    stands for is not sure."""
    name: list[str] = []
    words = before.split(None, 6)
    for at, word in enumerate(words[:-1]):
        bare = word.rstrip(",")
        if name and bare in _NAME_PARTICLES and words[at + 1][:1].isupper():
            name.append(bare)
            continue
        if not (bare[:1].isupper() and bare.replace("-", "").isalpha()):
            break
        name.append(bare)
        if bare != word:  # "Hermann Ebbinghaus, a German psychologist, studied …"
            break
    else:
        return None
    after = words[len(name)]
    if not name or name[0].lower() in _NOT_NAME or not after[:1].islower():
        return None
    if after in ("and", "or", "nor", "&"):
        return None
    if (
        len(name) == 1
        and not re.search(rf"[A-Z][\w-]* {re.escape(name[0])}\b", earlier)
        and (name[0].lower() in _NO_ONE or not _LIVED.match(before.split(None, 1)[1]))
    ):
        return None
    who = " ".join(name)
    pronoun, rest = text.split(" ", 1)
    if pronoun in ("His", "Her"):
        apostrophe = APOSTROPHE if APOSTROPHE in before + text else "'"
        return f"{who}{apostrophe}s {rest}"
    return f"{who} {rest}"


# Names that name nothing: "This is called a step", "The first is known as the second".
NO_NAMES = GENERIC_SUBJECTS | frozenset(
    "step stage phase process method technique thing way part one kind type".split()
    + "it this that same".split()
)


def leans(text: str) -> bool:
    """Whether a sentence needs the one before it: "It is …", "The second is …", "Two are …",
    "Done well, it …". A demonstrative opener ("This pattern holds across 26 years") is kept
    when the sentence quotes a figure."""
    words = [_word(word) for word in text.split()[:4]]  # the opener and the three after it
    opener, second = words[0], words[1] if len(words) > 1 else ""
    if opener == "it" and (anticipatory := anticipates(text)):
        # The clause is the subject: it leans if its own subject does ("… that this …").
        rest = text[anticipatory.end() :].strip()
        if anticipatory.group().rstrip().lower().endswith("that") and rest:
            return leans(rest)
        return bool(_POINTS_BACK.search(text))
    if _PART_OF.match(text):
        return True
    if opener in PRONOUNS or (opener in DEMONSTRATIVES and second in _LINKING_VERBS):
        return True
    if opener in DEMONSTRATIVES and second:
        # "This saves the couple up to £252 a year": a verb in its number's form.
        singular = opener in ("this", "that")
        if second in _ALONE_AFTER or (
            _singular_verb(text.split()[1]) if singular else second in _PLURAL_VERBS
        ):
            return True
    if opener in _READER:
        # "You pay each rate only on …, not on all of it": the reader at large, who leans only
        # on what the verb after it takes ("You can take it …", "You will notice the difference");
        # with a figure, only on a pronoun ("You usually take it for 7 days": take what?).
        taken = text.split()[1:MAX_READER_WORDS]
        if _takes_back(taken) and (not states_quantity(text) or _takes_pronoun(taken)):
            return True
    elif opener in DEPENDENT_OPENERS and not states_quantity(text) and not _there_lists(text):
        return True
    if (
        opener == "the"
        and _refers_back(words[1:4])
        and not names_a_kind(*text.split()[1:3], stated=words[3:4] in (["states"], ["says"]))
        and not _named_by_of(text)
        and not _ranked_in_scope(text)
    ):
        return True
    if opener in _COUNT_OPENERS and (opener != "the" or second in PLACES) and _counts_back(text):
        return True
    if _POINTS_BACK.search(text):
        return True
    if text.endswith(_UNSTATED_CAUSE) and _by_what(text):
        return True
    if text.endswith(_CLIPPED_UNITS) and _clipped_measure(text):
        return True
    if any(word in text for word in _COMPARING_WORDS) and _compared_to_nothing(text):
        return True
    page = len(words) > 2 and words[2] in _THE_PAGE
    if opener in _SCOPING and not page and (second in DEMONSTRATIVES or second == "then"):
        return True  # "Below that threshold, …", "Since then, …"
    frame, comma, rest = text.partition(",")
    if comma and _measured_from_before(frame.split()):  # "Four years later, …"
        return True
    after = _word(rest.split()[0]) if comma and rest.split() else ""
    if (
        comma
        and len(frame.split()) <= MAX_FRAME_WORDS
        and after in PRONOUNS | DEMONSTRATIVES
        and not (after == "it" and _clause_names(frame.split()))
        and not (after in _POSSESSIVES and _names_after_opener(frame))
    ):
        return True
    # "For most runners it falls at …": a pronoun subject behind an opening phrase. One after a
    # name points at it: "In 1905 Einstein published his theory …".
    if (
        opener in _SCOPING
        and (" this " in frame or " these " in frame)
        and _demonstrative_subject(frame.split())
    ):
        return True
    if opener not in _PREPOSITIONS:
        return False
    for word in frame.split()[1:MAX_FRAME_WORDS]:
        if word[0].isupper():
            return False
        if _word(word) in PRONOUNS:
            return True
    return False


# Verbs a subject "this"/"these" or its noun may take beside `_LINKING_VERBS`.
_SUBJECT_VERBS = frozenset("was were can could will would must may should does do had".split())


def _demonstrative_subject(words: list[str]) -> bool:
    """Whether "this"/"these", behind an opening phrase with no comma, is its clause's subject
    or determines it, and so stands for what a sentence before says: "Since 6 April 2020 this
    right applies to …", "For someone who works five days a week this is 28 days", "In 2019
    these rules were dropped". Not the phrase's own ("For this reason", "In this case the …"),
    nor a fixed phrase ("In the UK this year …"), nor an object with no verb after it ("In
    1905 Einstein published this theory.")."""
    for at in range(2, min(len(words) - 1, MAX_FRAME_WORDS + 2)):
        word = _word(words[at])
        if word not in ("this", "these") or _word(words[at - 1]) in _SCOPING:
            continue
        singular = word == "this"
        after = words[at + 1 : at + 3]
        for i, written in enumerate(after):
            verb = _word(written)
            if (
                verb in _LINKING_VERBS
                or verb in _SUBJECT_VERBS
                or (not i and verb in _ALONE_AFTER)
                or (_singular_verb(written) if singular else verb in _PLURAL_VERBS)
            ):
                return True
            if i or not written.isalpha() or not written.islower():
                break
            if verb in _FIXED_AFTER_DEMONSTRATIVE or verb in _THE_PAGE:
                break
    return False


# What opens a clause with a subject of its own: "If an ANOVA is significant, …".
_SUBORDINATORS = frozenset(
    "if when whenever once because although though unless while after before until since".split()
)


# A possessive after a comma that may stand for a name before it: "In 1558 England lost Calais,
# its last possession in France." (England's).
_POSSESSIVES = frozenset({"its", "their", "his", "her"})


def _names_after_opener(frame: str) -> bool:
    """Whether the words before a sentence's first comma hold a name after the first word, that
    a possessive after the comma may stand for: "In 1558 England lost Calais, its …". Not
    "In 1558, its army …" nor "After the war, its economy …" (whose?)."""
    return any(word[:1].isupper() for word in frame.split()[1:])


def _clause_names(frame: list[str]) -> bool:
    """Whether an opening clause's subject is a thing a pronoun after it may stand for: "If an
    ANOVA is significant, it tells you …", "When the dough rests, it rises". Not a clause whose
    subject is a pronoun ("If it rains, …") nor a phrase with no verb ("Although a good idea,
    it …": of a thing named before)."""
    if len(frame) < 3 or _word(frame[0]) not in _SUBORDINATORS:
        return False
    first = _word(frame[1])
    if first not in ("a", "an", "the") and not (frame[1][:1].isupper() and first not in _NOT_NAME):
        return False
    folded = [_word(word) for word in frame[2:]] + [""]
    verbs = [word for at, word in enumerate(folded[:-1]) if _verb(word, folded[at + 1])]
    return bool(verbs) and verbs[0] not in ("are", "were", "have", "do")  # "it": one thing


# A passive whose cause the sentence before named: "Roughly 1–3% of bottles sealed with natural
# cork are affected." (by what?), "Only the left lung is involved.". Ends of `text`, to test
# before splitting it.
_UNSTATED_CAUSE = tuple(
    f"{participle}{stop}"
    for participle in ("affected", "impacted", "infected", "involved")
    for stop in ".!"
)


_BE = frozenset("is are was were be been being".split())


def _by_what(text: str) -> bool:
    """Whether a sentence ends on a participle of `_UNSTATED_CAUSE` right after a form of "be",
    adverbs between: "are affected.", "is most often affected.", "were not affected."."""
    for word in reversed(text.split()[-5:-1]):
        word = _word(word)
        if word in _BE:
            return True
        if not (word.endswith("ly") or word in ("most", "often", "also", "not", "never")):
            return False
    return False


# A verb that takes a measure of something the sentence does not name, and ends on it: "The Sony
# lasts 30 hours on a charge. The Bose manages 24 hours." (24 hours of what?). "… manages 24
# hours of playback" names it. Ends of `text`, to test before splitting it.
_CLIPPED_UNITS = tuple(
    f"{unit}{stop}"
    for unit in ("seconds", "minutes", "hours", "days", "weeks", "months", "years")
    for stop in ".!"
)


_TAKING_A_MEASURE = frozenset(
    "manage manages managed achieve achieves achieved get gets got do does did score scores"
    " scored offer offers offered deliver delivers delivered".split()
)


_ABOUT = frozenset("about around roughly nearly almost only just over under barely".split())


def _clipped_measure(text: str) -> bool:
    """Whether a sentence ends on a verb of `_TAKING_A_MEASURE`, a number and a unit of time
    ("manages 24 hours.", "gets just two days."), nothing saying what it measures."""
    written = text.split()[-5:]
    words = [_word(word) for word in written]
    if len(words) < 4 or not (words[-2][:1].isdigit() or words[-2] in _COUNTS):
        return False
    verb = words[-3] if words[-3] not in _ABOUT else words[-4]
    return verb in _TAKING_A_MEASURE and not _measured_before(text, written[-2], words[-1])


def _measured_before(text: str, figure: str, unit: str) -> bool:
    """Whether the sentence states the clipped figure and unit earlier, where it says what they
    measure: "The statutory entitlement is capped at 28 days, so someone working six days a week
    still gets 28 days."."""
    measure = f"{figure} {unit}"
    return text.find(measure) < text.rfind(measure)


# A comparison whose other side the sentence does not name, then its figure: "The AirPods Max
# lag behind at 20 hours of battery life" (behind what?), "The Bose trails with 24 hours", "The
# Sony leads by 6 hours", "The Pixel falls short at 18 hours". One that names it keeps its card:
# "… lag behind the Sony XM5 at 20 hours", "Compared with the Sony, …". Substrings of
# `_COMPARING`, to test before splitting the sentence.
_COMPARING_WORDS = (" lag", " trail", " lead", " led ", " behind ", " short ")


# Each verb with the word that must follow it, if one must: "falls short", "falls behind".
_COMPARING = {
    **dict.fromkeys("lag lags lagged lagging".split(), ("behind", "")),
    **dict.fromkeys("trail trails trailed trailing".split(), ("behind", "")),
    **dict.fromkeys("lead leads led leading".split(), ("",)),
    **dict.fromkeys("fall falls fell falling".split(), ("behind", "short")),
    **dict.fromkeys("come comes came coming".split(), ("short",)),
}


# What names the other side elsewhere in the sentence: "Compared with the Sony, …", "… than
# the Bose", "Among the five models tested, …".
_OTHER_SIDE = frozenset("than compared against versus vs unlike among relative".split())


_NOT_BEFORE_VERB = _BE | _PREPOSITIONS | frozenset("to of the a an and".split())


def _compared_to_nothing(text: str) -> bool:
    """Whether a verb of `_COMPARING`, with no object, takes a figure after "at", "with", "by"
    or "on" ("lag behind at 20 hours"), and nothing in the sentence names the other side."""
    words = [_word(word) for word in text.split()]
    if not _OTHER_SIDE.isdisjoint(words):
        return False
    for at, word in enumerate(words[1:-2], 1):
        if (after := _COMPARING.get(word)) is None or words[at - 1] in _NOT_BEFORE_VERB:
            continue  # "was led by 3 guides", "exposed to lead at 10 µg/dL": no such verb
        following = words[at + 1 : at + 6]
        if following[0] == "up" and following[1] in after:  # "comes up short"
            following = following[1:]
        if following[0] in after:
            following = following[1:]
        elif "" not in after:
            continue
        if len(following) < 2 or following[0] not in ("at", "with", "by", "on"):
            continue
        if word == "led" and following[0] == "by":
            continue  # "a study led by 3 universities"
        figure = following[2] if following[1] in _ABOUT and len(following) > 2 else following[1]
        if figure[:1].isdigit() or figure in _COUNTS:
            return True
    return False


# Nouns a demonstrative takes in a fixed phrase, or that name the page itself: "this year",
# "that day", "these days", "in this section", "at that time", "this article".
_FIXED_AFTER_DEMONSTRATIVE = frozenset(
    "year years month months week weeks day days time times morning evening night season"
    " decade century quarter moment point stage way ways case article section page post guide"
    " chapter book study paper site website video course lesson tutorial list report one".split()
)


# After "that" a noun only where no clause can follow: a preposition's object ("of that share").
_BEFORE_THAT = frozenset({"of", "in", "on", "at", "for", "from", "by", "with", "to", "into"})


# What makes the noun's own words say which it is: "those patients who …", "those over 65".
_POINTS_AHEAD = frozenset(
    "who whom whose which that where with without above below over under aged".split()
)


def points_to(text: str, before: str) -> bool:
    """Whether a demonstrative after the first word points at a thing the sentence `before`
    names: "Nerve cells spend up to 70% of their energy running these pumps." after "… the pump
    moves 3 sodium ions out …", "… showed that this trade-off breaks down" after "… a short-run
    trade-off …". "these"/"those" and "this" take a noun; "that" only after a
    preposition ("spent half of that share"), never as a conjunction ("show that 40% …") or a
    relative ("the drug that lowers …"). Not a fixed phrase (`_FIXED_AFTER_DEMONSTRATIVE`)."""
    if not (" these " in text or " those " in text or " this " in text or " that " in text):
        return False
    words = [_word(word) for word in text.split()]
    named = {_singular(_word(word)) for word in before.split()}
    for at in range(1, len(words) - 1):
        word, noun = words[at], words[at + 1]
        if word not in DEMONSTRATIVES or (word == "that" and words[at - 1] not in _BEFORE_THAT):
            continue
        # A hyphenated noun is a noun too: "this trade-off", "these by-products".
        if (
            noun.replace("-", "").isalpha()
            and noun not in _FIXED_AFTER_DEMONSTRATIVE
            and len(noun) > 2
        ):
            ahead = words[at + 2] if at + 2 < len(words) else ""
            if ahead in _POINTS_AHEAD:
                continue
            # "that" after a preposition points back whatever the noun: "prefer the upper end of
            # that range" after "… a pH between 6.0 and 7.0".
            if _singular(noun) in named or word == "that":
                return True
    return False


# A sex or stage that is no kind of its own: "A single female can produce up to 80 offspring"
# (of what?), "The males arrive first".
_BARE_MEMBERS = frozenset("female females male males".split())
_BARE_MEMBER_OPENERS = frozenset("a an the each every one".split())


def bare_member(text: str) -> bool:
    """Whether a sentence's subject is a female or male, or a single adult, whose kind it never
    names, so the kind is the one a sentence before names: "Aphids multiply rapidly in warm
    weather. A single female can produce up to 80 offspring in a week." Not one its next word
    names ("A female aphid lays …", "The female of the species …")."""
    if "male" not in text[:24] and "adult" not in text[:24]:
        return False
    words = [_word(word) for word in text.split()[:6]]
    if len(words) < 4 or words[0] not in _BARE_MEMBER_OPENERS:
        return False
    at = 2 if words[1] in ("single", "lone") else 1
    member = words[at]
    if member not in _BARE_MEMBERS and not (member in ("adult", "adults") and at == 2):
        return False
    return _verb(words[at + 1], words[at + 2])


def one_of_a_kind(text: str, before: str, count: Callable[[str], int]) -> bool:
    """Whether a sentence opens on "The" and a kind the page defines in general ("A functional
    group is …", as `count` finds it) before "is" or "are", with nothing to say whose it is, so
    it is the one of what the sentence before names: "Alkenes are unsaturated hydrocarbons …
    The functional group is the carbon-carbon double bond, …" (of alkenes). Not where the
    sentence before names the kind itself ("A functional group is … The functional group is
    what reacts."), nor one an "of" names ("The functional group of alcohols is …")."""
    if not text.startswith("The "):
        return False
    words = text.split(None, 5)[1:5]
    for at in range(1, min(len(words), 4)):
        if words[at] not in ("is", "are"):
            continue
        kind = " ".join(words[:at])
        if not all(word.isalpha() and word.islower() for word in words[:at]):
            return False
        folded = kind.lower()
        defined = count(f"a {folded} is") or count(f"an {folded} is")
        return bool(defined) and folded not in before.lower()
    return False


# A measure that is always of something, opening a sentence with nothing to say of what: "The
# usual therapeutic target is 1.5 to 2.5 times the control value" after "Heparin is monitored
# with the aPTT." is heparin's target; so "The recommended dose is 500 mg", "The normal range
# is 70 to 100 mg/dL". Up to three words in lower case before the noun, its verb right after
# it, no "of" or "for" before it: not "The usual dose of paracetamol is …", "The target
# for warfarin is …", "The dose of a child's target is …" (whose).
_OWNERLESS_MEASURE = lazy(
    r"The\s+(?:(?!(?:of|for)\s)[a-z]+\s+){0,3}?(?:target|dose|dosage|range|value)s?\s+"
    r"(?:is|are)\s+(?P<what>\S+)"
)


def measure_of_before(text: str) -> bool:
    """Whether a sentence gives a figure of a measure that is always of something, and says not
    of what (`_OWNERLESS_MEASURE`): of what the sentence before names. A figure only: "The
    expected value is the sum of …" defines a term."""
    if not text.startswith("The ") or not any(ch.isdigit() for ch in text):
        return False
    found = _OWNERLESS_MEASURE.match(text)
    return found is not None and found.group("what").lower() not in ARTICLES


_QUANTIFIERS = frozenset("many several few most other such various certain".split())


def ranks_clipped(text: str, before: str) -> bool:
    """Whether a sentence opens on "The" and a place ("last", "first", "largest") before a noun
    that the sentence `before` names with a modifier this one drops: "… produces a meteor
    storm. The last great storms were in 1999 and 2001." (storms of what?). "The first vaccine
    …" after "Vaccines train …" names its own; so does one whose "of" says of what."""
    if not text.startswith("The ") or " of " in text[:60]:
        return False
    raw = text.split()[1:6]
    words = [_word(word) for word in raw]
    if len(words) < 3 or words[0] not in PLACES:
        return False
    named = [_singular(_word(word)) for word in before.split()]
    for at, word in enumerate(words[1:-1], 1):
        # A name ("The latest iPhone model"), a verb or a preposition ends the noun phrase.
        if (
            word in _AUXILIARIES
            or word in _PAST
            or word in _AFTER_VERB
            or word.endswith("ed")
            or not word.isalpha()
            or not raw[at].islower()
        ):
            return False
        noun = _singular(word)
        dropped = (
            named[i - 1]
            for i in range(1, len(named))
            if named[i] == noun
            and named[i - 1].isalpha()
            and named[i - 1] not in _OBJECTS
            and named[i - 1] not in _QUANTIFIERS
        )
        # What the modifier it drops said, a phrase after it may say ("The largest storm on
        # Jupiter …").
        if any(modifier not in words for modifier in dropped):
            return words[at + 1] not in _AFTER_VERB
    return False


def _singular(word: str) -> str:
    """A noun folded to its singular, roughly: "pumps" → "pump", "classes" → "class"."""
    if word.endswith("ies") and len(word) > 4:
        return f"{word[:-3]}y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# A time measured from an event told before: "Four years later, the population had doubled to
# 1.2 million" (after what?), "Six months on, …", "Ten years earlier, …".
_SINCE_BEFORE = frozenset({"later", "earlier", "afterwards", "afterward"})


_TIME_UNITS = frozenset(
    "day days week weeks month months year years decade decades century centuries".split()
)


def _measured_from_before(frame: list[str]) -> bool:
    """Whether the words before a sentence's first comma tell a time from an earlier event."""
    if not frame or len(frame) > MAX_FRAME_WORDS:
        return False
    last = _word(frame[-1])
    return last in _SINCE_BEFORE or (
        last == "on" and len(frame) > 1 and _word(frame[-2]) in _TIME_UNITS
    )


_READER = frozenset({"you", "your"})


# How far after "You" a pronoun or a generic noun is what its verb takes.
MAX_READER_WORDS = 6


def _takes_back(words: list[str]) -> bool:
    """Whether `words` hold a pronoun, a demonstrative or "the" before a generic noun ("the
    difference"): something named before."""
    folded = [_word(word) for word in words]
    return any(
        word in PRONOUNS
        or word in DEMONSTRATIVES
        or (word == "the" and index + 1 < len(folded) and folded[index + 1] in GENERIC_SUBJECTS)
        for index, word in enumerate(folded)
    )


def _takes_pronoun(words: list[str]) -> bool:
    """Whether `words` hold "it", "them" or a "this" with no noun after it ("take this for 7
    days"; not "this rate")."""
    folded = [_word(word) for word in words]
    for index, word in enumerate(folded):
        if word in ("it", "them"):
            return True
        if word == "this":
            after = words[index + 1] if index + 1 < len(words) else ""
            if not after or _word(after) in _OBJECT_ENDS or not after[:1].isalpha():
                return True
    return False


def reader_takes_subject(text: str, before: str, opened: str) -> str | None:
    """`text`, a sentence to the reader, with the "it" its verb takes replaced by the thing the
    sentence before defines or opens on (as `named_subject` finds it): "Shingrix is given as
    two doses. You get it 2 to 6 months apart." → "You get Shingrix 2 to 6 months apart."; None
    where there is no such "it" or thing."""
    words = text.split(" ")
    at = next((i for i in range(1, MAX_READER_WORDS) if i < len(words) and words[i] == "it"), 0)
    if not at or not (thing := defined_subject(before) or (opened and opening_subject(opened))):
        return None
    if thing.startswith("The "):
        thing = f"the {thing[4:]}"
    return " ".join((*words[:at], thing, *words[at + 1 :]))


def names_its_subject(text: str, marks: tuple[str, ...]) -> bool:
    """Whether the sentence opens on a term the author emphasised whose generic word made it
    seem to lean ("The **spacing effect** is …"): a named concept, not "the effect" of the
    sentence before ("The **striking** finding is …" still leans)."""
    subject = text.removeprefix("The ").removeprefix("the ")
    return subject != text and any(
        mark and subject.startswith(mark) and GENERIC_SUBJECTS.intersection(mark.lower().split())
        for mark in marks
    )


# A count or ordinal that stands for things named before: "Two are already fixed", "The third
# needs a migration", "Both were rejected", "The other two took …", "Only one survived". One
# with a noun of its own ("Two patients died", "The third edition added …") names its subject.
_COUNTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve both hundred thousand"
    " million billion dozen".split()
)


# Not a bare "One" ("One can …" is anyone).
_COUNT_OPENERS = frozenset(
    "two three four five six seven eight nine ten eleven twelve both the only all".split()
)


# Between the count and its verb: "Two are already fixed", "Both quickly sold out".
_COUNT_ADVERBS = frozenset(
    "already also still only now never just even since soon later finally eventually"
    " quickly recently more together each".split()
)


_AUXILIARIES = frozenset(
    "is are was were has have had can could will would should may might must do does did"
    " need remain remains seem seems became become".split()
)


_PAST = frozenset(
    "went got made took saw found felt knew began spent ran wrote lost left came kept told said"
    " bought built met gave grew chose fell won held paid sold sent brought caught cut cost led"
    " shut".split()
)


# Plurals without an "-s" ("Two people in ten", "Two percent of"): a noun after a count.
_PLURALS = frozenset(
    "people children men women feet teeth mice staff data media criteria police cattle sheep deer"
    " fish aircraft percent".split()
)


# What follows a verb, not a noun: "needs {a} migration", "took {6} weeks", "cost {$40}",
# "survived {.}". After a past or plain verb also a preposition ("died {in} the crash"), not
# "to" ("The first cost to the patient …"); not after an "-s", as a plural noun takes one
# ("The first days {in} office").
_OBJECTS = frozenset(
    "a an the no its their his her our your my this that these those some any every each all"
    " both more less fewer about around roughly nearly almost only just twice half it them us"
    " you him me one two three four five six seven eight nine ten".split()
)


# "Two of the five bugs", "Two or three", "Two to four cups": no verb, so no bare count.
_JOINS = frozenset({"of", "and", "or", "nor", "per", "to"})


_AFTER_VERB = frozenset(
    "in on at by for from with without into out off down away up over under after before"
    " during within through across back as than because when while until".split()
)


def _counts_back(text: str) -> bool:
    """Whether a sentence's subject is a bare count or ordinal (see `_COUNT_OPENERS`)."""
    raw = text.split(None, 8)  # the first eight words, and the rest
    words = [_word(word) for word in raw[:8]]
    at = 0
    if words[0] == "the":  # "The third …", "The other two …"
        if len(words) < 2 or words[1] not in PLACES:
            return False
        at = 2
    elif words[0] in ("only", "all"):  # "Only two survived", "All three were …"
        at = 1
    counted = at < len(words) and words[at] in _COUNTS
    if counted:
        at += 1
        while at < len(words) and words[at] in _COUNTS:  # "two hundred"
            at += 1
    elif at != 2:
        return False
    while at < len(words) and words[at] in _COUNT_ADVERBS:
        at += 1
    if at >= len(words):
        return False
    verb = words[at]
    if verb in _AUXILIARIES:
        return True
    if verb in _OBJECTS or verb in _AFTER_VERB or verb in _JOINS or not verb.isalpha():
        return False
    if raw[at][:1].isupper():  # a name: "Both iOS 17 and …", "Two Americans in five"
        return False
    after = "." if raw[at][-1:] in ".,;:!?" or at + 1 >= len(raw) else _word(raw[at + 1].split()[0])
    past = verb.endswith("ed") or verb in _PAST
    if counted:  # plural: "Two need …", "Both cost …"; not "Two patients", "Two people"
        if verb.endswith("s") or verb in _PLURALS:
            return False
    elif s_form(verb):  # "The third needs …"
        return _object(after)
    elif not past:  # "The third edition …"
        return False
    elif words[1] in ("former", "latter"):  # "The latter reduced load times by 40%"
        return True
    return _object(after) or after in _AFTER_VERB


def _object(word: str) -> bool:
    """Whether `word` (folded; "." for the end of a clause) opens what a verb takes."""
    return word in _OBJECTS or word == "." or word[:1].isdigit() or word[:1] in "$€£"


def _refers_back(words: list[str]) -> bool:
    """After a leading "The": "same …", "second is …", "(striking) finding …"."""
    if not words:
        return False
    if words[0] == "same":
        return True
    if words[0] in _ORDINALS:  # "The second is …", "The first reason is …"
        return len(words) > 1 and (words[1] in _LINKING_VERBS or words[1] in GENERIC_SUBJECTS)
    return any(word in GENERIC_SUBJECTS for word in words[:2])


# Nouns a superlative ranks that name no thing of their own: "The hardest part in the process
# is …" (of what?).
_VAGUE_RANKED = frozenset("part parts thing things bit step steps way ways time one ones".split())


def _ranked_in_scope(text: str) -> bool:
    """Whether a sentence opens on "The", a superlative, a noun and "in" or "on" a place of its
    own: the thing it ranks and where, which stand alone: "The hardest substance in the human
    body is tooth enamel.", "The tallest mountain on Earth is …". Not "The hardest part in …"
    (`_VAGUE_RANKED`), "The best method in this case …" (which case?), nor "The hardest is …"
    (of the things named before)."""
    words = [_word(word) for word in text.split(None, 5)[:5]]
    if len(words) < 5 or words[3] not in ("in", "on") or words[4] in PRONOUNS | DEMONSTRATIVES:
        return False
    ranked, noun = words[1], words[2]
    return (
        (ranked.endswith("est") or ranked in ("best", "worst"))
        and noun.isalpha()
        and noun not in _VAGUE_RANKED
        and noun not in GENERIC_SUBJECTS
        and noun not in _LINKING_VERBS
    )


# What opens an "of" phrase about something named before, not the name of the noun before it:
# "The rest of it", "The result of the vote", "The best of both", "The answer of course".
_NOT_NAMING_OF = (
    PRONOUNS
    | DEMONSTRATIVES
    | _DETERMINERS
    | frozenset("all both each any either neither such which what whom us them course".split())
)


def _named_by_of(text: str) -> bool:
    """Whether the generic noun after a leading "The" is named by the "of" phrase after it: "The
    rule of thirds", "The problem of evil", "The golden rule of investing". Not a place in an
    order or a superlative ("The first of four", "The best of British": of things named before),
    nor an "of" phrase that opens on a determiner or a pronoun (`_NOT_NAMING_OF`)."""
    raw = text.split(None, 5)[1:5]
    for at, word in enumerate(word.lower() for word in raw[:2]):
        if word in GENERIC_SUBJECTS and at + 2 < len(raw) and raw[at + 1] == "of":
            named = _word(raw[at + 2])
            return (
                word not in PLACES
                and not word.endswith("est")
                and named.isalpha()
                and named not in _NOT_NAMING_OF
            )
    return False


def _word(word: str) -> str:
    """A word folded for the lists above: no quotes or punctuation, no "'s" or "'re"."""
    return _APOSTROPHES.split(word.strip("\u201c\u201d\u2018\"'(),;:."), 1)[0].lower()
