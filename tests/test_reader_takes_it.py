"""A sentence to the reader whose verb takes "it": "Your GP may prescribe antiviral medicine
… You usually take it for 7 days." was carded as "You usually take it for {{c1::7 days}}.":
a figure let the reader's sentence stand whatever its verb took. Now "it", "them" or a "this"
with no noun after the reader's verb leans on the sentence before, figure or not, unless the
sentence before opens on the thing "It" would stand for, which then takes its place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes, run_article

PAIRS = """\
Your GP may prescribe antiviral medicine, such as aciclovir. You usually take it for 7 days.

The tablets contain iron. You take them 3 times a day with food.

The fee is charged yearly. You pay this on 1 April, at 2% of the balance.

The vaccine, Shingrix, is given as two doses. You get it 2 to 6 months apart.

The marriage allowance lets you transfer £1,260 of your allowance. You can claim it back \
within 4 years.

The UK uses a marginal system. You pay 40% only on the part of your income above £50,270.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_figure_does_not_name_what_the_readers_verb_takes(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"{'# ' if name.endswith('.md') else ''}Taking it\n\n{PAIRS}"
    notes = article_notes(tmp_path, monkeypatch, name, text)
    texts = [re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", note["Text"]) for note in notes]

    readers = [text for text in texts if text.startswith(("You ", "Your "))]
    assert not any(re.search(r"\b(?:it|them|this)\b", text) for text in readers), readers
    assert "You get Shingrix 2 to 6 months apart." in texts
    assert "You can claim the marriage allowance back within 4 years." in texts
    assert "You pay 40% only on the part of your income above £50,270." in texts
    output = run_article(tmp_path, monkeypatch, name, text, "preview")
    assert "claim 'You usually take it for 7 days.' leans on the sentence before it" in output
