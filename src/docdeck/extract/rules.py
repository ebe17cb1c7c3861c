"""The spec's tag rules: extra tags for the drafts that meet a rule's conditions.

Imports `notes` and `spec`.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import replace

from docdeck.notes import NoteDraft, normalize_key, section_slug, slug, tag
from docdeck.spec import TagRule


def apply_tag_rules(drafts: Sequence[NoteDraft], rules: Sequence[TagRule]) -> list[NoteDraft]:
    """Each draft with the tags of every rule it meets added (sorted, no repeats)."""
    tagged = []
    for draft in drafts:
        extra = {tag(name) for rule in rules if _meets(draft, rule) for name in rule.tags}
        if extra:
            draft = replace(draft, tags=tuple(sorted({*draft.tags, *extra})))
        tagged.append(draft)
    return tagged


def _meets(draft: NoteDraft, rule: TagRule) -> bool:
    if rule.kind is not None and draft.kind.value != rule.kind:
        return False
    if rule.section is not None:
        heading = draft.origin.section.casefold()
        pattern = rule.section.casefold()
        section = draft.origin.section
        slugs = (slug(section), section_slug(section))  # "2-term", and "term" as tagged
        if not (_glob(heading, pattern) or any(_glob(name, pattern) for name in slugs)):
            return False
    if rule.text is not None and not _glob(draft.text.casefold(), rule.text.casefold()):
        return False
    if rule.key is not None:
        # A glob over the key or the identity (`source:kind:key`, as in the ledger), or the
        # question or text as it reads, which folds to the key.
        pattern = rule.key.casefold()
        if not (
            _glob(draft.key.casefold(), pattern)
            or _glob(draft.identity.casefold(), pattern)
            or normalize_key(rule.key) == draft.key
        ):
            return False
    return True


def _glob(text: str, pattern: str) -> bool:
    return fnmatch.fnmatchcase(" ".join(text.split()), " ".join(pattern.split()))
