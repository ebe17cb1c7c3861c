"""Extraction: `Document` → note drafts and diagnostics. Pure; no I/O.

Imports `document`, `errors`, `notes`, `spec` and its own modules.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from docdeck.document import Document
from docdeck.errors import Diagnostic
from docdeck.extract.topics import Topic
from docdeck.extract.words import ARTICLES, CHANGE, MODALS
from docdeck.notes import NoteDraft, NoteKind, normalize_key
from docdeck.patterns import lazy
from docdeck.spec import ExtractSettings

if TYPE_CHECKING:
    from docdeck.extract.context import Context


def extract_document(
    doc: Document,
    settings: ExtractSettings,
    source_slug: str,
    topics: tuple[Topic, ...],
    spec_tags: tuple[str, ...] = (),
) -> tuple[list[NoteDraft], list[Diagnostic], set[int]]:
    """Drafts of every kind, the skipped items, and the indexes of the overrides used."""
    # The extractors load on first use (`load_extractors`): a rebuild with nothing to extract
    # compiles none of their patterns (about 30 ms).
    from docdeck.extract.boilerplate import find_boilerplate
    from docdeck.extract.claims import extract_claims, extract_takeaways
    from docdeck.extract.context import Context
    from docdeck.extract.faqs import extract_faqs
    from docdeck.extract.tables import extract_tables

    ctx = Context(doc, settings, source_slug, topics, find_boilerplate(doc), spec_tags)
    seen: dict[str, NoteDraft] = {}
    drafts = extract_faqs(ctx) + extract_tables(ctx)
    if settings.claims.takeaways:
        drafts += extract_takeaways(ctx, seen)
    if settings.claims.prose:
        drafts += extract_claims(ctx, seen)
    return _without_restatements(ctx, _unique(ctx, drafts)), ctx.diagnostics, ctx.used_overrides


def load_extractors() -> None:
    """Load the extractors now: worker processes forked after this share them, instead of
    each compiling their patterns."""
    import docdeck.extract.claims
    import docdeck.extract.faqs
    import docdeck.extract.tables  # noqa: F401


def _unique(ctx: Context, drafts: list[NoteDraft]) -> list[NoteDraft]:
    """Keep the first draft of each identity: a repeated question or row is reported, once
    (a table row's drafts, one per column, repeat together)."""
    kept: dict[str, NoteDraft] = {}
    reported: set[tuple[NoteKind, int, int]] = set()
    for draft in drafts:
        identity = draft.identity
        if identity not in kept:
            kept[identity] = draft
            continue
        first = kept[identity].origin.span.line
        if (repeat := (draft.kind, draft.origin.span.line, first)) not in reported:
            reported.add(repeat)
            ctx.skip(
                f"{draft.kind.value} repeats an earlier one (line {first})",
                draft.origin.span,
                "remove or reword the duplicate",
            )
    return list(kept.values())


# Share of words two cloze notes with the same answer have in common when one restates the
# other ("Over 15 years, about 88% of funds …" as a takeaway and again in the lead).
RESTATED_OVERLAP = 0.4
_CLOZE = lazy(r"\{\{c\d+::(.*?)\}\}")


def _without_restatements(ctx: Context, drafts: list[NoteDraft]) -> list[NoteDraft]:
    """Drop a prose claim that asks for the same answer as an earlier cloze in other words,
    or that says what a glossary entry says of the term it opens on (`_glossed`)."""
    read = drafts
    glossary = _glossary(drafts)
    entries = {id(draft) for same in glossary.values() for _, draft in same}
    if glossary:
        # A glossary entry is read after the prose, wherever it stands: a prose definition that
        # says no more is left to it, one that says more (another figure or fact) stays, and
        # an entry that asks for the same term in fewer of its words is then left to that.
        read = [d for d in drafts if id(d) not in entries] + [d for d in drafts if id(d) in entries]
    kept: list[NoteDraft] = []
    # The earlier cloze notes by their answer, each with its words: only these can be restated.
    asked: dict[str, list[tuple[frozenset[str], NoteDraft]]] = {}
    # The takeaways by `_answer_key`, each with its answer's unit and, once a claim asks for
    # the same answer, its `_gist`: only these can be reworded.
    summaries: dict[str, list[_Summary]] = {}
    for draft in read:
        kind = draft.kind
        # `NoteKind.is_cloze`, spelled out: this runs for every draft.
        cloze = kind is NoteKind.CLAIM or kind is NoteKind.TAKEAWAY
        answer = _CLOZE.search(draft.fields[0]) if cloze else None
        if answer is None:
            kept.append(draft)
            continue
        text = html.unescape(answer.group(1))
        folded = normalize_key(text)
        same = asked.setdefault(folded, [])
        words = frozenset(normalize_key(draft.text).split())
        if kind is NoteKind.CLAIM:
            direction = _DIRECTION.fullmatch(folded) is not None
            earlier = next(
                (
                    d
                    for w, d in same
                    if _overlap(w, words)
                    and _alike(draft, d)
                    and (not direction or _same_changed(draft, d))
                ),
                None,
            )
            if earlier is None and summaries:
                earlier = _reworded(draft, text, folded, summaries, direction)
            if earlier is not None:
                ctx.skip(
                    f"claim restates the {earlier.kind.value} on line {earlier.origin.span.line}",
                    draft.origin.span,
                )
                continue
            if (
                glossary
                and id(draft) not in entries
                and (entry := _glossed(draft, glossary)) is not None
            ):
                ctx.skip(
                    f"claim restates the glossary entry on line {entry.origin.span.line}",
                    draft.origin.span,
                )
                continue
        elif "{{c" not in draft.fields[0][answer.end() :]:
            # A takeaway that hides its answer twice ("Dopamine fires on [...], not pleasure —
            # familiarity collapses [...] error …") asks less cleanly than a claim that says
            # its fact once: both stay.
            key, unit = _answer_key(text, folded)
            summaries.setdefault(key, []).append(_Summary(draft, unit))
        same.append((words, draft))
        kept.append(draft)
    if glossary:  # back in reading order
        ids = {id(draft) for draft in kept}
        return [draft for draft in drafts if id(draft) in ids]
    return kept


# A glossary line's cloze: its term hidden, then ": ", " — ", " – ", " - ", " -- " or " = " and
# its meaning ("{{c1::Inflation}}: a sustained rise in the general price level"), as a
# definition list's and a vocabulary list's are too.
_GLOSSARY_LINE = lazy(r"\{\{c1::([^{}]+?)\}\}(?::|\s(?:[—–=]|--?))\s")


# The words of a term, singular, by its first.
_Glossary = dict[str, list[tuple[tuple[str, ...], NoteDraft]]]


def _glossary(drafts: list[NoteDraft]) -> _Glossary:
    """The glossary entries among `drafts` (`_GLOSSARY_LINE`), by their term's first word."""
    glossary: _Glossary = {}
    for draft in drafts:
        field = draft.fields[0]
        if (
            draft.kind is NoteKind.CLAIM
            and field.startswith("{{c1::")
            and (line := _GLOSSARY_LINE.match(field)) is not None
        ):
            term = tuple(map(_singular, normalize_key(html.unescape(line.group(1))).split()))
            if term:
                glossary.setdefault(term[0], []).append((term, draft))
    return glossary


# Words a prose definition may hold that its glossary entry does not, and still say no more
# than it: "Inflation is the general rise in prices over time" beside "**Inflation**: a
# sustained rise in the general price level" ("time"); from 2 it may tell another fact: "…,
# so it is best for viewing" ("best", "viewing"), "…, and stagnant demand".
MORE_WORDS = 2


def _glossed(claim: NoteDraft, glossary: _Glossary) -> NoteDraft | None:
    """The glossary entry whose term `claim` opens on ("Inflation is …", "A recession is …")
    and whose meaning it says again (`_restates`), with no figure and fewer than MORE_WORDS
    words the entry does not hold; None if none."""
    words = normalize_key(html.unescape(_CLOZE.sub(r"\1", claim.fields[0]))).split()
    if words and words[0] in ARTICLES:
        words = words[1:]
    if not words or (same := glossary.get(_singular(words[0]))) is None:
        return None
    for term, entry in same:
        size = len(term)
        if tuple(map(_singular, words[:size])) != term:
            continue
        said, meaning = _gist(" ".join(words[size:])), _gist(entry.fields[0])
        if (
            said.numbers <= meaning.numbers
            and len(said.words - meaning.words) < MORE_WORDS
            and _restates(said, meaning)
        ):
            return entry
    return None


def _overlap(first: frozenset[str], second: frozenset[str]) -> bool:
    return len(first & second) >= RESTATED_OVERLAP * len(first | second)


def _alike(claim: NoteDraft, earlier: NoteDraft) -> bool:
    """Whether no other number, act or subject tells two overlapping clozes apart (`_apart`,
    `_other_subjects`)."""
    first, second = _gist(claim.fields[0]), _gist(earlier.fields[0])
    return not _apart(first, second) and not _other_subjects(
        claim.fields[0], earlier.fields[0], first, second
    )


def _other_subjects(field: str, other: str, first: _Gist, second: _Gist) -> bool:
    """Whether two clozes with the same answer open on other names, each a content word the
    other does not hold: "Atropine blocks [muscarinic receptors]." and "Ipratropium blocks
    [muscarinic receptors].", "Metformin is [a biguanide]." and "Phenformin is [a
    biguanide]." are two facts, however many of their few words they share. Not where a cloze
    opens either (the name is the answer) or a function word does ("Over 15 years, …")."""
    if field.startswith("{{") or other.startswith("{{"):
        return False
    opening = _singular(normalize_key(field.split(None, 1)[0]))
    opening_other = _singular(normalize_key(other.split(None, 1)[0]))
    return (
        opening in first.words
        and opening_other in second.words
        and opening not in second.words
        and opening_other not in first.words
    )


# Share of their content words (`_gist`), of the fewer, that a claim and a takeaway with the
# same answer have in common, 2 at least, when the claim says the takeaway's fact in other words.
# Over 240 articles such pairs share 0.4 ("Tannin is the drying, grippy sensation on your gums
# and teeth" and "Tannin is a drying sensation from skins, seeds, stems and oak": 2 of 5) to 1;
# different facts with the same answer share 1 word at most, unless another number or act tells
# them apart (`_restates`).
REWORDED_SHARE = 0.4


@dataclass(slots=True)
class _Summary:
    draft: NoteDraft
    unit: str
    gist: _Gist | None = None


def _reworded(
    draft: NoteDraft,
    answer: str,
    folded: str,
    summaries: dict[str, list[_Summary]],
    direction: bool,
) -> NoteDraft | None:
    """The takeaway `draft` says again in other words, if any. `direction`: the answer is a
    verb of change (`_same_changed`)."""
    key, unit = _answer_key(answer, folded)
    same = summaries.get(key)
    if same is None:
        return None
    gist = _gist(draft.fields[0])
    # An equation relates its terms; a claim without one says something else of the term:
    # "**Equity**: the owners' residual interest in the assets after all liabilities are
    # deducted" defines what "Assets = Liabilities + [Equity]" balances.
    formula = "=" in draft.fields[0]
    for summary in same:
        if not formula and " = " in summary.draft.fields[0]:
            continue
        # "11 points" restates "11" and "8–12 grams" "8–12 g/kg"; "2 NADH" is not "2 ATP".
        if unit and summary.unit and not _same_unit(unit, summary.unit):
            continue
        if summary.gist is None:
            summary.gist = _gist(summary.draft.fields[0])
        if _restates(gist, summary.gist) and (not direction or _same_changed(draft, summary.draft)):
            return summary.draft
    return None


# A direction ("falls", "rises") is the answer of many facts: two clozes that ask for one say one
# fact only if what changes, the content words of the answer's own clause, is the same thing.
# "Bond prices [fall] when interest rates rise" and "When interest rates rise, the price of
# existing bonds [falls]" do; "The value of a currency [falls] when its central bank cuts
# interest rates" and "Demand for a product usually [falls] as its price rises" do not.
_DIRECTION = lazy(CHANGE)
_CLAUSE_BREAK = lazy(r"[,;:]|\b(?:when|whenever|as|if|because|while|so|and|but)\b")


def _same_changed(claim: NoteDraft, earlier: NoteDraft) -> bool:
    return not _changed(claim.fields[0]).isdisjoint(_changed(earlier.fields[0]))


def _changed(field: str) -> frozenset[str]:
    """The content words, singular, of the clause a direction cloze stands in (not its verbs
    of change)."""
    answer = _CLOZE.search(field)
    if answer is None:
        return frozenset()
    before, after = field[: answer.start()], field[answer.end() :]
    start = max((found.end() for found in _CLAUSE_BREAK.finditer(before)), default=0)
    end = _CLAUSE_BREAK.search(after)
    clause = before[start:] + " " + after[: end.start() if end else len(after)]
    return frozenset(word for word in _gist(clause).words if not _DIRECTION.fullmatch(word))


class _Gist(NamedTuple):
    """What a cloze card says outside its answers."""

    words: frozenset[str]
    """Its content words, singular."""
    numbers: frozenset[str]
    acts: frozenset[str]
    """The content word after each modal: "protect" in "must protect your deposit"."""


def _gist(field: str) -> _Gist:
    words: set[str] = set()
    numbers: set[str] = set()
    acts: set[str] = set()
    modal = False
    for word in normalize_key(html.unescape(_CLOZE.sub(" ", field))).split():
        if word[0].isdigit() or word in _NUMBER_WORDS:
            numbers.add(word)
        elif word not in _FUNCTION_WORDS:
            word = _singular(word)
            words.add(word)
            if modal:
                acts.add(word)
        else:
            modal = modal or word in MODALS
            continue
        modal = False
    return _Gist(frozenset(words), frozenset(numbers), frozenset(acts))


def _restates(claim: _Gist, takeaway: _Gist) -> bool:
    if _apart(claim, takeaway):
        return False
    shared = len(claim.words & takeaway.words)
    return shared >= 2 and shared >= REWORDED_SHARE * min(len(claim.words), len(takeaway.words))


def _apart(first: _Gist, second: _Gist) -> bool:
    # Other numbers tell the facts apart: "a Section 21 notice" and "a Section 8 notice".
    if first.numbers and second.numbers and first.numbers.isdisjoint(second.numbers):
        return True
    # So do a worked example's givens, two or more, where the other states none: "If the CPI
    # rises from 200 to 210, the inflation rate is [5%]" computes, "The inflation rate peaked at
    # [5%]" reports. One figure more is a detail of the same fact ("In 2015 … 7 to 9 hours").
    if not (first.numbers and second.numbers) and len(first.numbers | second.numbers) >= 2:
        return True
    # So do other acts with the same deadline: "must protect your deposit … within 30 days of
    # receiving it" and "must give you the prescribed information within 30 days of …".
    return bool(first.acts and second.acts and first.acts.isdisjoint(second.acts))


def _same_unit(first: str, second: str) -> bool:
    return first.startswith(second) or second.startswith(first)


def _answer_key(answer: str, folded: str) -> tuple[str, str]:
    """The answer's key and its unit: case, a leading article, a plural, a closing aside
    ("140 °C (285 °F)"), a currency sign and thousands commas folded away. A number is its key and
    the word after it its unit ("11 points" → "11", "point"; "£11.6 billion" → "11.6 billion",
    ""). `folded` is the answer's `normalize_key`."""
    if answer.endswith(")") and " (" in answer:
        answer = answer[: answer.rindex(" (")]
        folded = normalize_key(answer)
    if answer[:1].isdigit() or answer[:1] in _CURRENCIES:
        number = _NUMBER.match(answer)
        if number is not None:
            key = number.group(1).replace(",", "").replace(" ", "").replace("–", "-")
            rest = normalize_key(answer[number.end() :]).split()
            if rest and rest[0] in _MULTIPLIERS:  # "£11.6 billion" is not "11.6"
                key += " " + rest.pop(0)
            unit = _singular(rest[0]) if rest and rest[0].isalpha() else ""
            return key, "" if unit in _FUNCTION_WORDS else unit
    article, _, term = folded.partition(" ")
    if not (term and article in ARTICLES):
        term = folded
    # "invitations to treat" asks for what "an invitation to treat" does.
    return " ".join(map(_singular, term.split())), ""


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] != "s" else word


_CURRENCIES = "£$€¥"
# A number or a range of them ("40–60%"), after any currency sign.
_NUMBER = lazy(r"[£$€¥]?\s?(\d[\d,]*(?:\.\d+)?(?:\s?[–-]\s?\d[\d,]*(?:\.\d+)?)?%?)")
_MULTIPLIERS = frozenset(
    {
        *("thousand", "million", "billion", "trillion", "quadrillion", "quintillion"),
        *("sextillion", "septillion", "octillion", "bn"),
    }
)
_NUMBER_WORDS = frozenset(
    {
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "twenty", "hundred", *_MULTIPLIERS),
    }
)
# Words that say nothing of a fact on their own.
_FUNCTION_WORDS = frozenset(
    {
        *("the", "a", "an", "in", "on", "of", "by", "for", "with", "from", "to", "at", "about"),
        *("into", "through", "than", "as", "like", "is", "are", "was", "were", "be", "been"),
        *("being", "does", "do", "did", "has", "have", "had", "and", "or", "but", "that"),
        *("which", "who", "what", "why", "how", "where", "when", "while", "if", "it", "its"),
        *("this", "these", "those", "their", "not", "no", "can", "may", "will", "would"),
        *("should", "could", "must", "also", "only", "just", "some", "any", "all", "each"),
        *("every", "most", "more", "much", "many", "few", "less", "very", "too", "so", "up"),
        *("out", "your", "our", "his", "her", "my", "we", "you", "they", "them", "i", "he"),
        *("she", "there", "here", "then", "still", "often", "always", "never", "usually"),
        *("even", "both", "either", "because", "although", "though", "since", "such"),
        *("other", "another", "around", "over", "under", "between", "before", "after"),
        *("during", "without", "within", "above", "below", "across", "per", "least", "s"),
        *MODALS,
    }
)
