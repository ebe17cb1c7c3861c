"""Images in notes: a Markdown image becomes an embedded file with a content-addressed name.

Imports `document`, `errors`, `notes`. Only files inside the deck's folder (the spec's), or
inside the folder of the source that shows them (an article `init` left beside its images), are
embedded: no absolute paths, no `..` or symlinks out of both, no URLs. A changed image gets a
new name, so the notes showing it change and update in Anki (anki-import-rules.md, 7).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from docdeck.document import IMAGE_OPEN, IMAGE_REF
from docdeck.errors import Diagnostic
from docdeck.notes import NoteDraft

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})
MAX_IMAGE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Media:
    """Files to ship in the package, by their content-addressed names."""

    files: dict[str, bytes]
    diagnostics: list[Diagnostic]
    looked_at: list[Path]
    """Every image file a reference led to, found or not: inputs of the build."""


@dataclass(frozen=True, slots=True)
class ImageUse:
    """An image one source's notes show, as that source first refers to it: what it resolved
    to. A splice replays the uses of a source it does not read again."""

    src: str
    line: int
    name: str | None
    """The embedded file's name; None if it is not embedded."""
    path: str | None
    """The file the reference led to, found or not."""
    problem: str | None
    """Why it is not embedded."""


class Embedder:
    """Replaces image references in a deck's drafts, source by source, with an <img> or with
    nothing. A reference (folder, src) is resolved once per deck: the first source to make it
    reports its problem and is where the build looked for it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.media = Media({}, [], [])
        self._resolved: dict[tuple[Path, str], tuple[ImageUse, bytes | None]] = {}
        self._seen: set[tuple[Path, str]] = set()

    def embed(
        self, drafts: Sequence[NoteDraft], shown: str, source: Path
    ) -> tuple[list[NoteDraft], tuple[ImageUse, ...]]:
        """One source's drafts with their images embedded, and the source's image uses."""
        if not any(IMAGE_OPEN in field for draft in drafts for field in draft.fields):
            return list(drafts), ()  # most sources show no image: no pattern search then
        folder = source.parent
        uses: dict[str, ImageUse] = {}
        result = []
        for draft in drafts:
            if not any(IMAGE_REF.search(field) for field in draft.fields):
                result.append(draft)
                continue

            def swap(match: re.Match[str], line: int = draft.origin.span.line) -> str:
                src = html.unescape(match.group(1))
                use = uses.get(src)
                if use is None:
                    key = (folder, src)
                    if key not in self._resolved:
                        self._resolved[key] = _resolve(src, folder, self.root)
                    found, data = self._resolved[key]
                    use = uses[src] = ImageUse(src, line, found.name, found.path, found.problem)
                    self._add(folder, use, shown, data)
                return f'<img src="{html.escape(use.name)}">' if use.name else ""

            fields = tuple(IMAGE_REF.sub(swap, field) for field in draft.fields)
            result.append(replace(draft, fields=fields))
        return result, tuple(uses.values())

    def replay(self, uses: Sequence[ImageUse], shown: str, source: Path) -> bool:
        """Add what an unedited source's images gave the last build, its files read again;
        False if one of them can no longer be read."""
        for use in uses:
            data = None
            if use.name is not None and use.path is not None:
                try:
                    data = Path(use.path).read_bytes()
                except OSError:
                    return False
            self._add(source.parent, use, shown, data)
            # An edited source that refers to it too is not read from disk again.
            self._resolved.setdefault((source.parent, use.src), (use, data))
        return True

    def _add(self, folder: Path, use: ImageUse, shown: str, data: bytes | None) -> None:
        if (folder, use.src) in self._seen:
            return
        self._seen.add((folder, use.src))
        if use.path is not None:
            self.media.looked_at.append(Path(use.path))
        if use.problem is not None:
            message = f"image '{use.src}' not embedded: {use.problem}"
            self.media.diagnostics.append(Diagnostic(message, shown, use.line))
        if use.name is not None and data is not None:
            self.media.files[use.name] = data


def _resolve(src: str, folder: Path, root: Path) -> tuple[ImageUse, bytes | None]:
    """Where a reference leads and what is embedded of it (line is filled in by the caller)."""

    def refuse(why: str, path: Path | None = None) -> tuple[ImageUse, None]:
        return ImageUse(src, 0, None, str(path) if path else None, why), None

    if not src or "://" in src or src.startswith(("data:", "javascript:", "//")):
        return refuse(
            "only files inside the deck's or the source's folder are embedded;"
            " download it beside the source"
        )
    relative = PurePosixPath(unquote(src.split("#")[0].split("?")[0]))
    if relative.is_absolute():
        return refuse("absolute paths are not embedded; use a path relative to the source")
    path = (folder / relative).resolve()
    if not (path.is_relative_to(root.resolve()) or path.is_relative_to(folder.resolve())):
        return refuse(
            "it is outside the deck's and the source's folders; copy it into the source's folder"
        )
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        kinds = ", ".join(sorted(IMAGE_SUFFIXES))
        return refuse(f"not an image type docdeck embeds ({kinds}); convert it to PNG")
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return refuse("larger than 5 MB; shrink or compress it", path)
        data = path.read_bytes()
    except OSError:
        return refuse("file not found or unreadable; check the path, relative to the source", path)
    digest = hashlib.sha256(data).hexdigest()[:12]
    name = f"{_stem(path.stem)}-{digest}{path.suffix.lower()}"
    return ImageUse(src, 0, name, str(path), None), data


def _stem(stem: str) -> str:
    # A name Anki and every file system accept; `_` first would make it a never-replaced asset.
    safe = "".join(ch if ch.isalnum() or ch in "-." else "-" for ch in stem).strip("-._")
    return safe[:40] or "image"
