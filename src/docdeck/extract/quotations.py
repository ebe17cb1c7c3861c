"""A study guide's key quotations: each one's speaker, the answer to "who says this?".

Imports `patterns`.
"""

from __future__ import annotations

from docdeck.patterns import lazy

# A quotation, whole: its words between one pair of marks. Greedy, so the last closing mark
# before the attribution ends it, whatever marks it holds.
_QUOTE = r"(?:\"[^\"]+\"|“.+”|‘.+’|'.+')"


# The quotation first, its attribution after it: '"…" (Nick, chapter 9)', '"…" — Nick',
# '"…" – Macbeth, Act 2 Scene 1'; or the speaker first: 'Lady Macbeth: "…"', 'Macbeth (Act 5):
# "…"'. A stop may end either.
_ATTRIBUTED = lazy(
    rf"{_QUOTE}[.,]?\s*(?:\((?P<paren>[^()]+)\)|(?:[—–]|--?)\s*(?P<dash>[^\"“”()]+?))\.?"
    rf"|(?P<before>[^\"“”‘:]{{1,60}}):\s*{_QUOTE}(?:\s*\([^()]+\))?\.?"
)


# Where in a work a quotation is, never its speaker: "chapter 9", "Act 1 Scene 7", "p. 23".
_PLACES = frozenset(
    "chapter ch ch. act scene page p p. pp. line lines ll. book part canto stanza verse section"
    " volume vol. letter episode".split()
)


# Lower-case words a name may hold: "Friar of Orders Grey", "Ludwig van Beethoven".
_NAME_PARTICLES = frozenset("of the de da di van von der le la and &".split())


# What a revision sheet labels a quotation with that is no one: its theme or what it shows
# ("Ambition: 'I have no spur …'", '"…" (Guilt)').
_NO_SPEAKERS = frozenset(
    "theme themes context analysis meaning effect significance technique imagery symbolism"
    " symbol motif quote quotation example note tip key language structure form setting"
    " ambition power guilt love fate appearance reality kingship violence class gender identity"
    " money wealth death religion jealousy revenge madness betrayal loyalty friendship family"
    " nature time memory conflict war responsibility isolation loneliness innocence courage"
    " prejudice justice freedom hope desire marriage honour honor pride youth age".split()
)


MAX_SPEAKER_WORDS = 5


def quotation_speaker(text: str) -> tuple[int, int] | None:
    """Where the speaker's name is in a quotation with its attribution (`_ATTRIBUTED`): "Nick"
    in '"They were careless people …" (Nick, chapter 9)'; (0, 0) for a quotation that names no
    speaker ('"So we beat on …" (the last line of the novel)'); None for text that is not a
    quotation and its attribution."""
    if text[:1] not in "\"“‘'" and ":" not in text:  # cheap guard: most lines are neither
        return None
    if not (found := _ATTRIBUTED.fullmatch(text.strip())):
        return None
    group = next(name for name in ("paren", "dash", "before") if found.group(name) is not None)
    at = found.start(group) + (len(text) - len(text.lstrip()))
    for part in found.group(group).split(","):
        # "Nick to Gatsby": the speaker, not whom he speaks to.
        who = part.strip().split(" to ")[0].split(" about ")[0].rstrip(".").strip()
        if group == "before":
            who = who.split(" (")[0].strip()  # 'Macbeth (Act 5 Scene 5): "…"'
        if _names_speaker(who):
            start = text.index(who, at)
            return start, start + len(who)
        at += len(part) + 1
    return (0, 0) if group != "before" else None


def _names_speaker(words: str) -> bool:
    """Whether an attribution's words name someone: a few capitalised words ("Nick", "Lady
    Macbeth", "The Witches"), no place in the work ("Chapter 9", "Act 1 Scene 7"), theme
    (`_NO_SPEAKERS`) nor description ("the last line of the novel")."""
    split = words.split()
    if not split or len(split) > MAX_SPEAKER_WORDS or split[0].lower() in _PLACES:
        return False
    if split[-1].lower() in _NO_SPEAKERS:  # "Ambition", "Key theme"
        return False
    return split[0][0].isupper() and all(
        (word[0].isupper() and not any(c.isdigit() for c in word)) or word in _NAME_PARTICLES
        for word in split
    )
