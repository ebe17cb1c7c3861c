"""A sentence that names what a cause, a reason or a result was is a fact worth a card: "The
root cause was an expired intermediate TLS certificate …". Before, it was no firm statement and
gave no card and no warning. What it was is hidden, a term; not a clause ("The reason was that
…"), a judgement ("The result was disappointing") nor a state ("still under investigation")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "The root cause was an expired intermediate TLS certificate on the internal service mesh,"
    " which caused mutual TLS handshakes to fail.",
    "The cause of the outage was a misconfigured load balancer in the Frankfurt region.",
    "The leading cause of death in young adults is road traffic injuries.",
    # None of these.
    "The reason was that nobody had checked the backup for months.",
    "The cause is unknown and the investigation is still open.",
    "The result was disappointing for everyone on the team.",
    "The cause of the fire is still under investigation by the police.",
    "The outcome was the same as last year.",
]
TEXT = "# Incidents\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_what_a_cause_was_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "The root cause was {{c1::an expired intermediate TLS certificate}} on the internal"
        " service mesh, which caused mutual TLS handshakes to fail.",
        "The cause of the outage was {{c1::a misconfigured load balancer}} in the Frankfurt"
        " region.",
        "The leading cause of death in young adults is {{c1::road traffic injuries}}.",
    ]
