"""Note identity: GUIDs from identity keys, and the mods that make re-imports update in place.

Imports `notes`. `assign_identity` is pure: the clock comes in as `now`.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Sequence

from docdeck.notes import Note, NoteDraft

# Anki's own base-91 alphabet for GUIDs.
_BASE91 = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"


def guid_for(namespace: str, identity: str) -> str:
    """The GUID of an identity key: namespaced (Anki looks GUIDs up collection-wide, rule 2b)."""
    digest = hashlib.sha256(f"docdeck:{namespace}:{identity}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    while number:
        number, rest = divmod(number, len(_BASE91))
        chars.append(_BASE91[rest])
    return "".join(reversed(chars)) or _BASE91[0]


def assign_identity(drafts: Sequence[NoteDraft], namespace: str, now: int) -> list[Note]:
    """Give each draft its GUID and mod; drafts must have distinct identities."""
    return [Note(draft, guid_for(namespace, draft.identity), now) for draft in drafts]
