"""Images in notes: a Markdown image becomes an embedded file with a content-addressed name.

Imports `document`, `errors`, `notes`. Only files inside the deck's folder are embedded: no
absolute paths, no `..` or symlinks out of it, no URLs. A changed image gets a new name, so the
notes showing it change and update in Anki (anki-import-rules.md, 7).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from docdeck.document import IMAGE_REF
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


def embed_images(
    drafts: Sequence[NoteDraft], sources: dict[str, Path], root: Path
) -> tuple[list[NoteDraft], Media]:
    """Replace every image reference in the drafts' fields with an <img> or with nothing.

    `sources` maps a draft's source path (as shown) to its file, to resolve relative images.
    """
    media = Media({}, [], [])
    embedded: dict[tuple[Path, str], str | None] = {}
    result = []
    for draft in drafts:
        if not any(IMAGE_REF.search(field) for field in draft.fields):
            result.append(draft)
            continue
        folder = sources[draft.origin.span.path].parent

        def swap(match: re.Match[str], draft: NoteDraft = draft, folder: Path = folder) -> str:
            src = html.unescape(match.group(1))
            key = (folder, src)
            if key not in embedded:
                embedded[key] = _embed(src, folder, root, draft, media)
            name = embedded[key]
            return f'<img src="{html.escape(name)}">' if name else ""

        fields = tuple(IMAGE_REF.sub(swap, field) for field in draft.fields)
        result.append(replace(draft, fields=fields))
    return result, media


def _embed(src: str, folder: Path, root: Path, draft: NoteDraft, media: Media) -> str | None:
    span = draft.origin.span

    def refuse(why: str) -> None:
        media.diagnostics.append(
            Diagnostic(f"image '{src}' not embedded: {why}", span.path, span.line)
        )

    if not src or "://" in src or src.startswith(("data:", "javascript:", "//")):
        refuse("only files inside the deck's folder are embedded")
        return None
    relative = PurePosixPath(unquote(src.split("#")[0].split("?")[0]))
    if relative.is_absolute():
        refuse("absolute paths are not embedded; use a path relative to the source")
        return None
    path = (folder / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        refuse("it is outside the deck's folder")
        return None
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        refuse(f"not an image type docdeck embeds ({', '.join(sorted(IMAGE_SUFFIXES))})")
        return None
    media.looked_at.append(path)
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            refuse("larger than 5 MB")
            return None
        data = path.read_bytes()
    except OSError:
        refuse("file not found or unreadable")
        return None
    digest = hashlib.sha256(data).hexdigest()[:12]
    name = f"{_stem(path.stem)}-{digest}{path.suffix.lower()}"
    media.files[name] = data
    return name


def _stem(stem: str) -> str:
    # A name Anki and every file system accept; `_` first would make it a never-replaced asset.
    safe = "".join(ch if ch.isalnum() or ch in "-." else "-" for ch in stem).strip("-._")
    return safe[:40] or "image"
