"""Markdown images: embedded from inside the deck's folder only, under content-addressed names,
and shipped so that real Anki stores them and finds every one a note shows."""

from __future__ import annotations

import base64
import re
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner

from docdeck.cli import main

ARTICLE = """\
# Images in Notes

## FAQ

### What does the amygdala look like?

Like this: ![brain](img/brain.png) and more text.

### What is outside the folder?

Here ![s](../outside/secret.png), ![l](img/link.png), ![u](https://example.com/x.png),
![a](/etc/passwd) and ![t](notes.txt).
"""


def png(red: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, red, 10, 10]))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    (tmp_path / "deck" / "img").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "deck" / "img" / "brain.png").write_bytes(png(200))
    (tmp_path / "outside" / "secret.png").write_bytes(png(0))
    (tmp_path / "deck" / "img" / "link.png").symlink_to(tmp_path / "outside" / "secret.png")
    (tmp_path / "deck" / "notes.txt").write_text("not an image")
    (tmp_path / "deck" / "a.md").write_text(ARTICLE)
    (tmp_path / "deck" / "img.yaml").write_text("deck: Img\nsources: [a.md]\n")
    return tmp_path / "deck"


def _build(deck: Path, out: Path, epoch: int = 1_700_000_000) -> list[str]:
    result = CliRunner().invoke(
        main,
        ["build", str(deck / "img.yaml"), "-o", str(out)],
        env={"SOURCE_DATE_EPOCH": str(epoch)},
    )
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_only_images_inside_the_deck_folder_are_embedded(deck: Path, tmp_path: Path) -> None:
    lines = _build(deck, tmp_path / "out.apkg")
    refused = [line.split(": warning: ")[1] for line in lines if "not embedded" in line]
    assert refused == [
        "image '../outside/secret.png' not embedded: it is outside the deck's and the source's"
        " folders; copy it into the source's folder",
        "image 'img/link.png' not embedded: it is outside the deck's and the source's folders;"
        " copy it into the source's folder",
        "image 'https://example.com/x.png' not embedded: only files inside the deck's or the"
        " source's folder are embedded; download it beside the source",
        "image '/etc/passwd' not embedded: absolute paths are not embedded; use a path relative"
        " to the source",
        "image 'notes.txt' not embedded: not an image type docdeck embeds"
        " (.gif, .jpeg, .jpg, .png, .webp); convert it to PNG",
    ]
    with zipfile.ZipFile(tmp_path / "out.apkg") as archive:
        names = sorted(archive.namelist())
        shipped = archive.read("0")
    assert names == ["0", "collection.anki2", "media"]
    assert shipped == (deck / "img" / "brain.png").read_bytes()


def test_anki_stores_the_image_under_its_content_address(deck: Path, tmp_path: Path) -> None:
    _build(deck, tmp_path / "out.apkg")
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(tmp_path / "out.apkg")
        [shown] = [n for n in anki.notes() if "<img" in n.fields["Answer"]]
        name = shown.fields["Answer"].split('src="')[1].split('"')[0]
        assert name.startswith("brain-") and name.endswith(".png")
        stored = Path(anki.col.media.dir()) / name
        assert stored.read_bytes() == (deck / "img" / "brain.png").read_bytes()
        assert not any("<img" in n.fields["Answer"] for n in anki.notes() if n.guid != shown.guid)
        check = anki.col.media.check()
        assert list(check.missing) == []


def test_a_changed_image_gets_a_new_name_and_updates_its_note(deck: Path, tmp_path: Path) -> None:
    _build(deck, tmp_path / "one.apkg")
    (deck / "img" / "brain.png").write_bytes(png(90))
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(tmp_path / "one.apkg")
        first = {n.guid: n.fields["Answer"] for n in anki.notes()}
        _build(deck, tmp_path / "two.apkg", epoch=1_700_086_400)
        log = anki.import_apkg(tmp_path / "two.apkg")
        changed = [guid for guid, answer in first.items() if "<img" in answer]
        assert log.updated == changed
        [note] = [n for n in anki.notes() if n.guid in changed]
        name = note.fields["Answer"].split('src="')[1].split('"')[0]
        assert (Path(anki.col.media.dir()) / name).read_bytes() == png(90)


def test_a_spec_init_wrote_embeds_the_images_beside_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`init` writes decks/article.yaml with `sources: [../article.md]`: the article's images
    sit in its own folder, outside the spec's, and are embedded all the same."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "cycle.png").write_bytes(png(120))
    (tmp_path / "article.md").write_text(
        "# Sleep\n\n## FAQ\n\n### What does a sleep cycle look like?\n\n"
        "Like this: ![cycle](images/cycle.png), about ninety minutes long.\n"
    )
    assert CliRunner().invoke(main, ["init", "article.md"]).exit_code == 0
    result = CliRunner().invoke(main, ["build", "decks/article.yaml", "-o", "out.apkg"])
    assert result.exit_code == 0, result.output
    assert "not embedded" not in result.output
    with zipfile.ZipFile(tmp_path / "out.apkg") as archive:
        assert archive.read("0") == (tmp_path / "images" / "cycle.png").read_bytes()


def test_the_html_preview_carries_its_images(deck: Path, tmp_path: Path) -> None:
    page = tmp_path / "cards.html"
    result = CliRunner().invoke(main, ["preview", str(deck / "img.yaml"), "--html", str(page)])
    assert result.exit_code == 0, result.output
    [data] = re.findall(r'<img src="data:image/png;base64,([^"]+)">', page.read_text())
    assert base64.b64decode(data) == (deck / "img" / "brain.png").read_bytes()
