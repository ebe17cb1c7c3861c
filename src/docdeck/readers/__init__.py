"""Read a source file into a `Document`: decoding, then one reader per format.

Imports `document`, `errors`, `spec` (the suffixes) and the format readers; pyromark stays in
`markdown.py`.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from docdeck.document import Document
from docdeck.errors import Diagnostic, SourceError
from docdeck.patterns import lazy
from docdeck.spec import MARKDOWN_SUFFIXES, SOURCE_SUFFIXES

# An article is tens of kilobytes; past this a file is a dump, not a document to learn.
MAX_SOURCE_BYTES = 20 * 1024 * 1024


_CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f]")
# The same characters as UTF-8 bytes (each is one byte there), less \r: it becomes \n.
_CONTROL_BYTES = bytes(c for c in range(128) if _CONTROL.match(chr(c)) and c != ord("\r"))


# Windows Notepad saves "Unicode" as UTF-16 with a BOM. UTF-32's BOMs go first: UTF-32-LE's
# starts with UTF-16-LE's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 when `data` opens with its BOM; UTF-16 without one when its text is
    mostly ASCII (`_bomless_utf16`)."""
    if data[:1] in (b"\xff", b"\xfe", b"\x00"):
        for bom, encoding in _WIDE_BOMS:
            if data.startswith(bom):
                return encoding
    if b"\x00" in data[:2]:
        return _bomless_utf16(data)
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 with no BOM, which some exports write: an even number of bytes, each character's
    high byte NUL in most and its low byte NUL in none (it would be binary then)."""
    if len(data) % 2:
        return None
    for encoding, low, high in (
        ("utf-16-le", data[0::2], data[1::2]),
        ("utf-16-be", data[1::2], data[0::2]),
    ):
        if b"\x00" not in low and high.count(0) * 2 > len(high):
            return encoding
    return None


def decode_source(data: bytes, display_path: str) -> str:
    """Decode UTF-8, or UTF-16 or UTF-32 with a BOM (a BOM is dropped) and unify line ends.
    Tabs are each reader's: a plain-text table's cells are separated by them."""
    encoding = _wide_encoding(data) or "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding, "replace").count("\n") + 1
        name = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        raise SourceError(
            f"not {name} text", display_path, line, "save the file as UTF-8 and build again"
        ) from None
    if encoding != "utf-8-sig" and "\x00" in text:  # a BOM before binary data
        raise SourceError(
            "binary file, not text", display_path, hint="use a plain-text .txt or .md file"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Control characters are never text to learn, and \x1f is Anki's field separator. Most
    # sources have none: deleting them from the bytes tells so 10x faster than a scan of the text.
    if len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return text
    return _CONTROL.sub(" ", text)


def read_source(path: Path, display_path: str) -> bytes:
    """The bytes of one `.txt` or `.md` source, refused if it is no text document."""
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise SourceError(
            f"unsupported source type '{suffix or path.name}'",
            display_path,
            hint="use a .txt or .md file",
        )
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES and path.is_file():
            raise SourceError(
                f"source is {size / 1024 / 1024:.1f} MB, over the 20 MB limit",
                display_path,
                hint="split it into several sources",
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise SourceError(
            "is a directory, not a source file",
            display_path,
            hint="name a .txt or .md file in the spec",
        ) from None
    except FileNotFoundError:
        raise SourceError(
            "source file not found", display_path, hint="check the path in the spec"
        ) from None
    except OSError as exc:
        raise SourceError(f"cannot read source: {exc.strerror}", display_path) from None
    if b"\x00" in data and not _wide_encoding(data):
        raise SourceError(
            "binary file, not text",
            display_path,
            hint="use a plain-text .txt or .md file",
        )
    return data


def parse_source(data: bytes, suffix: str, display_path: str) -> tuple[Document, list[Diagnostic]]:
    """Parse a source's bytes by its format."""
    text = decode_source(data, display_path)
    if suffix.lower() in MARKDOWN_SUFFIXES:
        from docdeck.readers.markdown import parse_markdown

        # Most sources hold no tab: expandtabs would copy the whole text all the same.
        return parse_markdown(text.expandtabs(4) if "\t" in text else text, display_path)
    from docdeck.readers.plaintext import parse_plaintext

    return parse_plaintext(text, display_path)


def read_document(path: Path, display_path: str) -> tuple[Document, list[Diagnostic]]:
    """Read and parse one `.txt` or `.md` source."""
    return parse_source(read_source(path, display_path), path.suffix, display_path)
