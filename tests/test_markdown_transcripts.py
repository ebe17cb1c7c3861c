"""A Markdown transcript's speaker labels are left out of what each speaker says, as the
plain-text reader leaves them out: timestamped turns ("[00:02] Bob Smith: …"), bold labels
(`**Dr Lee:** …`) and labels in capitals that recur. Labels that do not make a transcript stay."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.document import Paragraph, SourceSpan
from docdeck.readers.markdown import parse_markdown


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _fronts(name: str, text: str) -> list[tuple[int, str]]:
    """Each card's source line and cloze text."""
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [(r["line"], r["fields"]["Text"]) for r in records]


STAMPED = """\
# Weekly sync

[00:01] Alice Brown: We shipped version 2.3 on Monday, two days late.

[00:02] Bob Smith: Sign-ups rose 40% in the week after the launch.

[00:03] Carol White: Churn fell to 3% in March.
"""

BOLD = """\
# Interview

**Host:** Welcome back to the show.

**Dr Lee:** About **30%** of adults sleep less than 7 hours a night.

**Host:** Is that new?

**Dr Lee:** No, the share has barely moved since 1990, when it was 28%.
"""

CAPITALS = (
    BOLD.replace("**Host:**", "HOST:").replace("**Dr Lee:**", "DR LEE:").replace("**30%**", "30%")
)

# One paragraph, a turn a line, a turn wrapped over two lines.
RUN_ON = """\
# Weekly sync

[00:01] Alice Brown: We shipped version 2.3 on Monday.
[00:02] Bob Smith: Sign-ups rose 40% in the week after the launch,
mostly from the referral programme.
[00:03] Carol White: Churn fell to 3% in March.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            STAMPED,
            [
                (5, "Sign-ups rose {{c1::40%}} in the week after the launch."),
                (7, "Churn fell to {{c1::3%}} in March."),
            ],
        ),
        (
            BOLD,
            [
                (5, "About {{c1::30%}} of adults sleep less than 7 hours a night."),
                (9, "No, the share has barely moved since 1990, when it was {{c1::28%}}."),
            ],
        ),
        (
            CAPITALS,
            [
                (5, "About {{c1::30%}} of adults sleep less than 7 hours a night."),
                (9, "No, the share has barely moved since 1990, when it was {{c1::28%}}."),
            ],
        ),
        (
            RUN_ON,
            [
                (
                    4,
                    "Sign-ups rose {{c1::40%}} in the week after the launch, mostly from the"
                    " referral programme.",
                ),
                (6, "Churn fell to {{c1::3%}} in March."),
            ],
        ),
    ],
    ids=["timestamps", "bold", "capitals", "one-paragraph"],
)
def test_a_markdown_transcript_leaves_out_its_speaker_labels(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _fronts("call.md", text) == expected


@pytest.mark.parametrize("text", [STAMPED, CAPITALS])
def test_markdown_and_plain_text_transcripts_give_the_same_cards(text: str) -> None:
    plain = text.replace("# ", "")
    assert [front for _, front in _fronts("call.md", text)] == [
        front for _, front in _fronts("call.txt", plain)
    ]


def test_labels_that_make_no_transcript_stay() -> None:
    text = (
        "# Specs\n\n"
        "**Battery Life:** The battery lasts 30 hours on a single charge.\n\n"
        "**Noise Cancelling:** It cuts noise by 32 dB in our lab test.\n\n"
        "Note: the case adds 20% more battery.\n\n"
        "Note: prices rose 10% in 2024.\n"
    )
    assert [front for _, front in _fronts("specs.md", text)] == [
        "Battery Life: The battery lasts {{c1::30 hours}} on a single charge.",
        "Noise Cancelling: It cuts noise by {{c1::32 dB}} in our lab test.",
        "Note: the case adds {{c1::20%}} more battery.",
        "Note: prices rose {{c1::10%}} in 2024.",
    ]


# Each turn of one paragraph went through the whole paragraph's marks: 25 s for this many. CPU
# time of this process, which other work on the machine does not stretch as it does wall time.
TURNS = 10_000
WITHIN_SECONDS = 3.0


def test_a_paragraph_of_many_turns_is_read_in_linear_time() -> None:
    text = "".join(f"**{('Anna Lee', 'Bob Ray')[n % 2]}:** Is it {n}?\n" for n in range(TURNS))
    start = time.process_time()
    document, _ = parse_markdown(f"# Call\n\n{text}", "call.md")
    assert time.process_time() - start < WITHIN_SECONDS
    paragraphs = [block for section in document.sections for block in section.blocks]
    assert len(paragraphs) == TURNS
    assert paragraphs[-1] == Paragraph(
        f"Is it {TURNS - 1}?", SourceSpan("call.md", TURNS + 2), marks=()
    )
