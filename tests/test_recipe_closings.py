"""A blog's closing requests ("Did you make this recipe? Leave a comment…", "Pin it for later",
"Follow me on Instagram") are no part of the last FAQ answer and no section to card: they leaked
onto the answer's back, and `check` blamed the answer's length on the user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

FREEZE = "Freeze in a single layer for 1 hour, then bag them. They keep for up to 3 months."
COOKIES = f"""\
# Freezer Cookies

Chocolate chip cookies keep for about 3 months in the freezer, not 3 weeks.

## FAQ

### How long do they keep?
Up to 5 days in an airtight tin at room temperature.

### How do I freeze them?
{FREEZE}

{{closing}}
"""
CTA = (
    "**Did you make this recipe?** Leave a comment and a star rating below, and tag me on"
    " Instagram @jennabakes!"
)


def _run(tmp_path: Path, text: str, *args: str) -> list[str]:
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, str(tmp_path / "a.md")])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def _answers(tmp_path: Path, text: str) -> dict[str, str]:
    """Each FAQ card's front and back, from `preview --json`."""
    records = [json.loads(line) for line in _run(tmp_path, text, "preview", "--json")]
    return {r["fields"]["Question"]: r["fields"]["Answer"] for r in records if r["kind"] == "faq"}


def _warnings(tmp_path: Path, text: str) -> list[str]:
    lines = _run(tmp_path, text, "check")
    return [line.split(": warning: ")[1] for line in lines if ": warning: " in line]


def test_a_recipe_call_to_action_is_left_out_of_the_last_answer(tmp_path: Path) -> None:
    text = COOKIES.format(closing=CTA)
    assert _answers(tmp_path, text)["How do I freeze them?"] == FREEZE
    assert _warnings(tmp_path, text) == [
        "closing line 'Did you make this recipe? Leave a comment and a star rating…' is left"
        " out of the answer to 'How do I freeze them?'; if it belongs to the answer, write the"
        " whole answer in an override"
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "Did you make this recipe? Let me know in the comments!",
        "Leave a comment below and let me know how they turned out!",
        "Please rate this recipe and leave a review if you loved it.",
        "If you make this recipe, tag me on Instagram @jennabakes so I can see it!",
        "Tag me on Instagram @jennabakes!",
        "Pin it for later!",
        "Follow me on Pinterest for more cookie recipes.",
        "Sign up for my weekly newsletter to get new recipes in your inbox.",
        "Subscribe",
        "Subscribe for more easy weeknight bakes!",
        "Share this post with a friend who loves cookies.",
        "Share this recipe with a friend!",
        "Jump to Recipe",
        "Print Recipe",
    ],
)
def test_each_closing_request_is_left_out(closing: str, tmp_path: Path) -> None:
    text = COOKIES.format(closing=closing)
    assert _answers(tmp_path, text)["How do I freeze them?"] == FREEZE
    [warning] = _warnings(tmp_path, text)
    assert warning.startswith("closing line '")


@pytest.mark.parametrize(
    "last",
    [
        "You can leave the dough covered overnight.",
        "Leave a gap of 5 cm between the cookies on the tray.",
        "Share the dough between two tins if your freezer is small.",
        "Follow the recipe exactly the first time you bake them.",
        "Tag each bag with the date so the oldest are eaten first.",
        "Print the labels before you fill the bags.",
        "Subscribers to a meal kit get the dough frozen already.",
    ],
)
def test_an_answer_that_mentions_comments_or_sharing_is_kept(last: str, tmp_path: Path) -> None:
    text = COOKIES.format(closing=last)
    assert _answers(tmp_path, text)["How do I freeze them?"] == f"{FREEZE}<br><br>{last}"


def test_a_bold_did_you_make_this_recipe_asks_nothing(tmp_path: Path) -> None:
    text = COOKIES.format(closing=CTA).replace("### How", "**How").replace("?\n", "?**\n")
    assert _answers(tmp_path, text) == {
        "How long do they keep?": "Up to 5 days in an airtight tin at room temperature.",
        "How do I freeze them?": FREEZE,
    }


def test_a_trailing_section_of_requests_is_a_closing_section(tmp_path: Path) -> None:
    text = (
        COOKIES.format(closing="")
        + "\n## Did you make this recipe?\n\n"
        + "Leave a comment and a star rating below, and tag me on Instagram @jennabakes!\n\n"
        + "Pin it for later!\n"
    )
    assert _answers(tmp_path, text)["How do I freeze them?"] == FREEZE
    assert _warnings(tmp_path, text) == [
        "closing section 'Did you make this recipe?' is not carded"
    ]


def test_a_last_section_that_states_facts_is_carded(tmp_path: Path) -> None:
    storage = "Unbaked dough balls keep for about 6 weeks in the freezer, not 6 months."
    text = COOKIES.format(closing="") + f"\n## Storage\n\nPrint this recipe. {storage}\n"
    records = [json.loads(line) for line in _run(tmp_path, text, "preview", "--json")]
    assert records[-1]["fields"]["Text"] == (
        "Unbaked dough balls keep for about {{c1::6 weeks}} in the freezer, not 6 months."
    )
    assert _warnings(tmp_path, text) == []
