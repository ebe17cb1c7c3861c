"""A rebuild after an edit splices the edited sources into the last build (`docdeck.splice`).

The contract: a spliced build writes byte for byte the ledger and package, and prints the
lines, that the same build planned in full writes. Each scenario runs the same edits in two
project folders: in one the splice may run; in the other build/.cache is removed before every
build, so every build is planned in full. Then the spliced package goes into real Anki.
"""

from __future__ import annotations

import contextlib
import gc
import json
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner
from test_media import png

import docdeck.project
from docdeck import splice
from docdeck.cli import main

EPOCH = 1_700_000_000
SPEC = """\
deck: "Demo::Rowing"
id: spliced
sources: ["sources/*.md"]
tags: [demo]
topics:
  sleep: [sleep]
{extra}"""


def article(n: int, extra_faq: str = "") -> str:
    return f"""\
# Topic {n}: Rowing and Sleep

Regular rowing can improve sleep quality by about {20 + n}% within 8 weeks.

## Key Takeaways

- Rowing {n} works through motor learning, not willpower
- Short sessions beat long ones for beginners in group {n}

## Doses

| Format {n} | Effect | Dose |
|---|---|---|
| Gentle sessions | Steady gains | 3 × 45 minutes |
| Solo routines | Modest gains | 4 × 30 minutes |

## Frequently Asked Questions

### What should I do if I miss a week of rowing {n}?

Pick it up again at a slightly easier level.

### How often should beginners practise rowing {n}?

Three times a week is plenty for the first month.
{extra_faq}"""


@pytest.fixture(autouse=True)
def no_scratch_left(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A splice copies the last collections out to scratch folders while it plans: each is
    removed whether the splice is written, declined, refused (--strict) or only planned."""
    scratch = tmp_path_factory.mktemp("scratch")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    yield
    for thread in threading.enumerate():
        if thread.name == "docdeck-inflate":
            thread.join()
    gc.collect()
    assert sorted(path.name for path in scratch.iterdir()) == []


class Project:
    """A project folder whose builds run with a fixed clock through the real CLI."""

    def __init__(self, root: Path, spec: str, sources: int, splice: bool) -> None:
        self.root, self.splice = root, splice
        (root / "sources").mkdir(parents=True)
        (root / "build").mkdir()
        (root / "deck.yaml").write_text(spec, encoding="utf-8")
        for n in range(sources):
            self.write(n, article(n))

    def write(self, n: int, text: str) -> None:
        (self.root / "sources" / f"topic-{n:02}.md").write_text(text, encoding="utf-8")

    def edit(self, n: int, old: str, new: str) -> None:
        path = self.root / "sources" / f"topic-{n:02}.md"
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new), encoding="utf-8")

    def spliceable(self, epoch: int, monkeypatch: pytest.MonkeyPatch) -> bool:
        with monkeypatch.context() as m:
            m.chdir(self.root)
            spec = docdeck.project.load_targets((Path("deck.yaml"),))[0]
            hashes = docdeck.project.source_hashes(spec)
            assert hashes is not None
            return splice.plan_splice(spec, docdeck.project.Request(), epoch, hashes) is not None

    def diff(self, epoch: int) -> str:
        """What `docdeck diff` prints: spliced as the next build would be, or planned in full."""
        if not self.splice:
            shutil.rmtree(self.root / "build" / ".cache", ignore_errors=True)
        with contextlib.chdir(self.root):
            result = CliRunner().invoke(
                main, ["diff", "deck.yaml"], env={"SOURCE_DATE_EPOCH": str(epoch)}
            )
        assert result.exit_code == 0, result.output
        return _without_notices(result.output)

    def build(self, epoch: int, *flags: str, code: int = 0) -> tuple[str, bytes, list[bytes]]:
        """The build's output, the ledger, and every package (study sets' after the deck's)."""
        if not self.splice:
            shutil.rmtree(self.root / "build" / ".cache", ignore_errors=True)
        runner = CliRunner()
        with contextlib.chdir(self.root):
            result = runner.invoke(
                main, ["build", "deck.yaml", *flags], env={"SOURCE_DATE_EPOCH": str(epoch)}
            )
        assert result.exit_code == code, result.output
        packages = sorted((self.root / "build").glob("deck*.apkg"), key=lambda p: len(p.name))
        return (
            _without_notices(result.output),
            (self.root / "deck.ledger.json").read_bytes(),
            [package.read_bytes() for package in packages],
        )


def _without_notices(output: str) -> str:
    """Output less its notices: they speak of the last build's stamp, which the full-build
    project's cleared cache forgets (tests/test_notices.py tests them)."""
    return "".join(line for line in output.splitlines(True) if ": note: " not in line)


Edit = Callable[[Project], None]

NEW_FAQ = """
### Does rowing help sleep after a night shift?

Yes, if the session ends two hours before bed.
"""
# The second FAQ of topic 4, as its source has it.
FAQ_4 = """### How often should beginners practise rowing 4?

Three times a week is plenty for the first month.
"""


def answer(p: Project) -> None:
    p.edit(3, "Three times a week is plenty", "Three times a week is usually plenty")


def add_faq(p: Project) -> None:
    p.write(2, article(2, NEW_FAQ))


def remove_faq(p: Project) -> None:
    p.edit(4, FAQ_4, "")


def reword(p: Project) -> None:
    p.edit(
        1,
        "What should I do if I miss a week of rowing 1?",
        "What should I do after missing a week of rowing 1?",
    )


def table_cell(p: Project) -> None:
    p.edit(0, "Gentle sessions | Steady gains", "Gentle sessions | Slow, steady gains")


def two_sources(p: Project) -> None:
    answer(p)
    table_cell(p)


def table_row(p: Project) -> None:
    p.edit(5, "| Solo routines | Modest gains | 4 × 30 minutes |\n", "")


def first_title(p: Project) -> None:
    p.edit(0, "# Topic 0: Rowing and Sleep", "# Topic 0: Rowing, Sleep and Mood")


def moved_lines(p: Project) -> None:
    p.edit(
        3,
        "## Key Takeaways",
        "A new opening paragraph with no firm statement in it.\n\n## Key Takeaways",
    )


def source_added(p: Project) -> None:
    p.write(6, article(6))


def source_inserted(p: Project) -> None:
    """A new article that sorts between two others."""
    (p.root / "sources" / "topic-02-extra.md").write_text(article(22), encoding="utf-8")


def source_removed(p: Project) -> None:
    (p.root / "sources" / "topic-03.md").unlink()


def source_renamed(p: Project) -> None:
    """Its notes move to another slug: re-identified, with their GUIDs."""
    sources = p.root / "sources"
    (sources / "topic-04.md").rename(sources / "topic-04-rowing.md")


SCENARIOS: dict[str, list[Edit]] = {
    "answer": [answer],
    "add": [add_faq],
    "remove then add back": [remove_faq, lambda p: p.write(4, article(4))],
    "reword": [reword],
    "two sources": [two_sources],
    "table row": [table_row],
    "title": [first_title],
    "lines move": [moved_lines],
    "a series": [answer, add_faq, remove_faq, reword, table_row, table_cell],
    "source added": [source_added],
    "source inserted": [source_inserted],
    "source removed": [source_removed],
    "source renamed": [source_renamed],
    # Removal comes last: these articles are alike, so a note added after it would be
    # re-identified with one of the removed source's notes, which only a full build does.
    "sources come and go": [source_inserted, answer, source_added, table_cell, source_removed],
}


def _pair(tmp_path: Path, spec: str) -> tuple[Project, Project]:
    return (
        Project(tmp_path / "spliced", spec, 6, splice=True),
        Project(tmp_path / "full", spec, 6, splice=False),
    )


def spliced_steps(
    spliced: Project, full: Project, edits: list[Edit], monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, bytes, list[bytes]]]:
    """Each edit made in both projects, then both diffed and built: every diff and build must
    splice and print (and write) what the full plan does. The spliced builds' results."""
    results = []
    assert spliced.diff(EPOCH) == full.diff(EPOCH)  # nothing edited yet
    for step, edit in enumerate(edits, start=1):
        edit(spliced)
        edit(full)
        epoch = EPOCH + 100 * step
        assert spliced.spliceable(epoch, monkeypatch), f"step {step} did not splice"
        assert spliced.diff(epoch) == full.diff(epoch), f"step {step}: diffs differ"
        got, want = spliced.build(epoch), full.build(epoch)
        assert got[0] == want[0]
        assert got[1] == want[1], f"step {step}: ledgers differ"
        assert got[2] == want[2], f"step {step}: packages differ"
        results.append(got)
    return results


@pytest.mark.parametrize("subdecks", ["none", "per-source"])
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_splice_writes_what_a_full_build_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, subdecks: str
) -> None:
    spliced, full = _pair(tmp_path, SPEC.format(extra=f"subdecks: {subdecks}\n"))
    assert spliced.build(EPOCH) == full.build(EPOCH)
    spliced_steps(spliced, full, SCENARIOS[name], monkeypatch)


SETS = """sets:
  faqs: tag:kind::faq
  rowing-3: tag:source::topic-03 OR tag:kind::takeaway
  removed: tag:docdeck::removed OR tag:kind::claim
"""


@pytest.mark.parametrize(
    "name", ["answer", "add", "remove then add back", "a series", "sources come and go"]
)
def test_study_sets_are_spliced_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    spliced, full = _pair(tmp_path, SPEC.format(extra=SETS))
    first = spliced.build(EPOCH)
    assert first == full.build(EPOCH)
    assert len(first[2]) == 4
    for got in spliced_steps(spliced, full, SCENARIOS[name], monkeypatch):
        assert "set → build/deck--rowing-3.apkg" in got[0]


# --- images -----------------------------------------------------------------------------------

MISS_4 = "Pick it up again at a slightly easier level."


def with_images(p: Project) -> None:
    """Topic 1 shows a chart; topics 3 and 4 show a dose table and refer to a lost image."""
    (p.root / "img").mkdir()
    (p.root / "img" / "chart.png").write_bytes(png(10))
    (p.root / "img" / "dose.png").write_bytes(png(20))
    lost = "![lost](../img/lost.png)"
    p.edit(1, MISS_4, f"{MISS_4} ![chart](../img/chart.png)")
    p.edit(
        3,
        "plenty for the first month.",
        f"plenty for the first month. ![dose](../img/dose.png) {lost}",
    )
    p.edit(4, MISS_4, f"{MISS_4} {lost} ![dose](../img/dose.png)")


def chart_redrawn(p: Project) -> None:
    (p.root / "img" / "chart.png").write_bytes(png(99))  # no source changes


def lost_dropped(p: Project) -> None:
    p.edit(3, " ![lost](../img/lost.png)", "")  # topic 4 now reports it


def lost_found(p: Project) -> None:
    (p.root / "img" / "lost.png").write_bytes(png(30))


def dose_deleted(p: Project) -> None:
    (p.root / "img" / "dose.png").unlink()


def image_added(p: Project) -> None:
    p.edit(5, MISS_4, f"{MISS_4} ![chart](../img/chart.png)")


IMAGE_SCENARIOS: dict[str, list[Edit]] = {
    "no image edited": [answer],
    "image redrawn": [chart_redrawn],
    "reference dropped": [lost_dropped],
    "image found": [lost_found],
    "image deleted": [dose_deleted],
    "image added": [image_added],
    "a series": [answer, chart_redrawn, lost_dropped, image_added, dose_deleted, lost_found],
}


@pytest.mark.parametrize("extra", ["", SETS], ids=["one deck", "study sets"])
@pytest.mark.parametrize("name", list(IMAGE_SCENARIOS))
def test_decks_with_images_are_spliced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, extra: str
) -> None:
    """An unedited source's images are replayed: the same files ship, and each problem is
    reported by the first source to refer to the image, as in a full build."""
    spliced, full = _pair(tmp_path, SPEC.format(extra=extra))
    for project in (spliced, full):
        with_images(project)
    first = spliced.build(EPOCH)
    assert first == full.build(EPOCH)
    assert "topic-03.md:23: warning: image '../img/lost.png' not embedded" in first[0]
    assert first[0].count("lost.png") == 1, "topic 4 refers to it too: reported once"
    spliced_steps(spliced, full, IMAGE_SCENARIOS[name], monkeypatch)


def prose(p: Project) -> None:
    p.write(3, article(3) + "\n<!-- Reviewed in May: nothing to change. -->\n")


@pytest.mark.parametrize("extra", [SETS, "subdecks: per-source\n"], ids=["sets", "subdecks"])
def test_an_edit_that_changes_no_note_writes_only_the_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str
) -> None:
    """It prints what a full plan prints, writes neither ledger nor package, and the next
    edit still splices into the last build."""
    spliced, full = _pair(tmp_path, SPEC.format(extra=extra))
    planned = Project(tmp_path / "planned", SPEC.format(extra=extra), 6, splice=True)
    first = spliced.build(EPOCH)
    assert first == full.build(EPOCH) == planned.build(EPOCH)
    files = [spliced.root / "deck.ledger.json", *(spliced.root / "build").glob("deck*.apkg")]
    inodes = [path.stat().st_ino for path in files]
    for project in (spliced, full, planned):
        prose(project)
    assert spliced.spliceable(EPOCH + 100, monkeypatch)
    # The reference plans in full with the last build's stamp: without its splice record.
    stamp = planned.root / "build" / ".cache" / "deck" / docdeck.project.STAMP
    record = json.loads(stamp.read_text(encoding="utf-8"))
    stamp.write_text(json.dumps({**record, "splice": None}), encoding="utf-8")
    assert not planned.spliceable(EPOCH + 100, monkeypatch)

    got = spliced.build(EPOCH + 100)
    assert got == planned.build(EPOCH + 100)
    assert "  up to date: nothing written" in got[0].splitlines()
    assert got[1:] == first[1:]
    assert [path.stat().st_ino for path in files] == inodes, "an output was rewritten"
    assert got[1:] == full.build(EPOCH + 100)[1:]
    for project in (spliced, full):
        answer(project)
    assert spliced.spliceable(EPOCH + 200, monkeypatch)
    assert spliced.build(EPOCH + 200) == full.build(EPOCH + 200)


def test_spliced_package_updates_anki_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spliced, _ = _pair(tmp_path, SPEC.format(extra=""))
    spliced.build(EPOCH)
    package = tmp_path / "first.apkg"
    shutil.copy(spliced.root / "build" / "deck.apkg", package)
    answer(spliced)
    add_faq(spliced)
    assert spliced.spliceable(EPOCH + 100, monkeypatch)
    output = spliced.build(EPOCH + 100)[0]
    assert "1 added, 1 updated, 0 re-identified, 0 removed, 53 unchanged" in output
    with AnkiCollection(tmp_path / "anki") as anki:
        first = anki.import_apkg(package)
        assert len(first.new) == 54
        second = anki.import_apkg(spliced.root / "build" / "deck.apkg")
        assert (len(second.new), len(second.updated), len(second.conflicting)) == (1, 1, 0)
        assert len(second.duplicate) == 53
        assert len(anki.notes()) == 55
        assert anki.check_database()[1]


def test_tombstone_of_an_unedited_source_is_left_to_a_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note added to one source that resembles one removed from another is re-identified
    across sources: only a full plan sees both, so the splice declines."""
    spliced, full = _pair(tmp_path, SPEC.format(extra=""))
    spliced.build(EPOCH), full.build(EPOCH)
    for project in (spliced, full):
        remove_faq(project)
        project.build(EPOCH + 100)
        heading = "### How often should beginners"
        project.edit(2, heading, f"{FAQ_4}\n{heading}")  # topic 4's FAQ moves to topic 2
    assert not spliced.spliceable(EPOCH + 200, monkeypatch)
    got, want = spliced.build(EPOCH + 200), full.build(EPOCH + 200)
    assert "1 re-identified" in got[0]
    assert got == want


def test_subdecks_of_sources_that_share_a_title_are_built_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two sources with one title share one subdeck: neither is a run of its own."""
    spliced, full = _pair(tmp_path, SPEC.format(extra="subdecks: per-source\n"))
    assert spliced.build(EPOCH) == full.build(EPOCH)
    for project in (spliced, full):
        project.edit(1, "# Topic 1: Rowing and Sleep", "# Topic 0: Rowing and Sleep")
    assert not spliced.spliceable(EPOCH + 100, monkeypatch)
    assert spliced.build(EPOCH + 100) == full.build(EPOCH + 100)
    for project in (spliced, full):
        answer(project)
    assert not spliced.spliceable(EPOCH + 200, monkeypatch)
    assert spliced.build(EPOCH + 200) == full.build(EPOCH + 200)


def test_reordered_sources_are_built_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listed sources that swap places would move runs of the last package: a full build."""
    listed = 'deck: "Demo::Rowing"\nid: spliced\nsources: [{}]\n'
    names = [f"sources/topic-{n:02}.md" for n in range(6)]
    spliced, full = _pair(tmp_path, listed.format(", ".join(names)))
    assert spliced.build(EPOCH) == full.build(EPOCH)
    for project in (spliced, full):
        swapped = [names[1], names[0], *names[2:], "sources/topic-06.md"]
        (project.root / "deck.yaml").write_text(listed.format(", ".join(swapped)))
        source_added(project)
    assert not spliced.spliceable(EPOCH + 100, monkeypatch)
    assert spliced.build(EPOCH + 100) == full.build(EPOCH + 100)
    # One source dropped from the list and another added, the order kept: spliced.
    kept = [names[0], *names[2:], "sources/topic-06.md"]
    for project in (spliced, full):
        (project.root / "deck.yaml").write_text(listed.format(", ".join(kept)))
    assert spliced.spliceable(EPOCH + 200, monkeypatch)
    assert spliced.build(EPOCH + 200) == full.build(EPOCH + 200)


def test_a_package_changed_since_the_last_build_is_not_spliced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spliced, full = _pair(tmp_path, SPEC.format(extra=""))
    spliced.build(EPOCH), full.build(EPOCH)
    (spliced.root / "build" / "deck.apkg").write_bytes(b"not a package")
    answer(spliced)
    answer(full)
    assert not spliced.spliceable(EPOCH + 100, monkeypatch)
    assert spliced.build(EPOCH + 100) == full.build(EPOCH + 100)


@pytest.mark.parametrize("last", [5, 4])
def test_the_last_sources_emptied_and_forgotten_are_spliced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, last: int
) -> None:
    """With `forget_removed`, an emptied source's notes are flagged once, then leave no lines:
    the run of the last source that keeps notes, copied from the last ledger where a comma
    followed it, ends the new one."""
    extra = "forget_removed: true\nallow_empty: true\n"
    spliced, full = _pair(tmp_path, SPEC.format(extra=extra))
    assert spliced.build(EPOCH) == full.build(EPOCH)
    for step, epoch in enumerate((EPOCH + 100, EPOCH + 200)):
        for project in (spliced, full):
            for n in range(last, 6):
                project.write(n, f"# Topic {n}\n\nNothing here yet ({step}).\n")
        assert spliced.spliceable(epoch, monkeypatch)
        got = spliced.build(epoch)
        assert got == full.build(epoch)
        slugs = {note["identity"].split(":")[0] for note in json.loads(got[1])["notes"]}
        assert slugs == {f"topic-{n:02}" for n in range(6 if step == 0 else last)}


def test_tombstones_of_removed_sources_are_flagged_once_then_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A removed source's tombstones are kept by a splice of another source's edit: under
    `forget_removed` they go, so that build is planned in full."""
    spliced, full = _pair(tmp_path, SPEC.format(extra="forget_removed: true\n"))
    assert spliced.build(EPOCH) == full.build(EPOCH)
    for project in (spliced, full):
        (project.root / "sources" / "topic-05.md").unlink()
    assert spliced.spliceable(EPOCH + 100, monkeypatch)
    flagged = spliced.build(EPOCH + 100)
    assert flagged == full.build(EPOCH + 100)
    assert '"topic-05:faq:' in flagged[1].decode()
    for project in (spliced, full):
        project.edit(0, "Topic 0", "Topic zero")
    assert not spliced.spliceable(EPOCH + 200, monkeypatch)
    got = spliced.build(EPOCH + 200)
    assert got == full.build(EPOCH + 200)
    assert '"topic-05:' not in got[1].decode()


def test_a_refused_edit_leaves_the_last_build(tmp_path: Path) -> None:
    spliced, _ = _pair(tmp_path, SPEC.format(extra=""))
    before = spliced.build(EPOCH)
    spliced.write(3, "# Topic 3\n\nbinary \x00 data\n")
    runner = CliRunner()
    with contextlib.chdir(spliced.root):
        result = runner.invoke(
            main, ["build", "deck.yaml"], env={"SOURCE_DATE_EPOCH": "1700000100"}
        )
    assert result.exit_code == 2
    assert result.output.startswith("Error: sources/topic-03.md")
    assert (spliced.root / "deck.ledger.json").read_bytes() == before[1]
    assert (spliced.root / "build" / "deck.apkg").read_bytes() == before[2][0]


def test_strict_refuses_a_spliced_build_as_it_refuses_a_full_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spliced, full = _pair(tmp_path, SPEC.format(extra=""))
    first = spliced.build(EPOCH)
    assert first == full.build(EPOCH)
    for n in range(6):  # no source mentions the topic's term any more: a warning
        for project in (spliced, full):
            project.write(n, article(n).replace("Sleep", "Rest").replace("sleep", "rest"))
    assert spliced.spliceable(EPOCH + 100, monkeypatch)
    got = spliced.build(EPOCH + 100, "--strict", code=1)
    assert got == full.build(EPOCH + 100, "--strict", code=1)
    assert "topic 'sleep' matches no note" in got[0]
    assert got[1:] == first[1:], "a refused build writes nothing"
    assert spliced.build(EPOCH + 100) == full.build(EPOCH + 100)


@pytest.mark.parametrize(("per_worker", "allowed"), [(2, 2), (0, 1)])
def test_many_edits_build_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_worker: int, allowed: int
) -> None:
    """Past SOURCES_PER_WORKER edited sources and a quarter of all (6 // 4 = 1 here), a full
    build, whose workers extract them, is faster."""
    monkeypatch.setattr(splice, "SOURCES_PER_WORKER", per_worker)
    spliced, full = _pair(tmp_path, SPEC.format(extra=""))
    assert spliced.build(EPOCH) == full.build(EPOCH)
    for project in (spliced, full):
        for n in range(1, allowed + 1):
            project.edit(n, f"miss a week of rowing {n}", f"miss two weeks of rowing {n}")
    assert spliced.spliceable(EPOCH + 100, monkeypatch)
    spliced.edit(3, "rowing 3?", "rowing 3 again?")
    full.edit(3, "rowing 3?", "rowing 3 again?")
    assert not spliced.spliceable(EPOCH + 100, monkeypatch)
    assert spliced.build(EPOCH + 100) == full.build(EPOCH + 100)


def test_a_note_leaving_a_set_plans_in_full_and_so_does_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A set's package takes the notes that left it once (`Plan.left`): that build, and the
    next (its package holds them), plan in full; then edits splice again."""
    spliced, full = _pair(tmp_path, SPEC.format(extra="sets:\n  sleepy: tag:topic::sleep\n"))
    assert spliced.build(EPOCH) == full.build(EPOCH)
    steps: list[tuple[Edit, bool]] = [
        (lambda p: p.edit(2, "improve sleep quality", "improve rest quality"), False),
        (answer, False),
        (lambda p: p.edit(4, "Three times a week", "Twice a week"), True),
    ]
    for step, (edit, splices) in enumerate(steps, start=1):
        edit(spliced)
        edit(full)
        epoch = EPOCH + 100 * step
        assert spliced.spliceable(epoch, monkeypatch) == splices, f"step {step}"
        assert spliced.diff(epoch) == full.diff(epoch), f"step {step}: diffs differ"
        got, want = spliced.build(epoch), full.build(epoch)
        assert got == want, f"step {step}: builds differ"
        held = 6 if step == 1 else 5  # the claim that left, then not
        assert f"set → build/deck--sleepy.apkg: {held} notes" in got[0], got[0]
