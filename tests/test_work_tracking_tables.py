"""A table that tracks work (a postmortem's action items, a status report's workstreams) asked
"Add internal CA certificates to expiry monitoring — Priority" → "P0": bookkeeping, not
knowledge. Its owner, status, priority, due-date, ticket and progress columns give no cards,
and a table of nothing else none, which a note says. Tables whose dates, statuses, priorities or
owners are facts keep their cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, run_article

POSTMORTEM = """\
# Postmortem: Payment API Outage

## Action Items

| Action | Owner | Priority | Due |
|---|---|---|---|
| Add internal CA certificates to expiry monitoring | Platform Reliability | P0 | 21 March |
| Add backoff with jitter to mobile client retries | Mobile | P1 | 15 April |

## Status by workstream

| Workstream | Owner | Status | % complete | Next milestone |
|---|---|---|---|---|
| Web app | Tom | 🟢 On track | 85% | Feature freeze 10 Apr |
| Payments | Mei | 🟡 Delayed | 70% | Pen-test retest 22 Apr |

## Sprint board

| Task | Assignee | Status | Ticket |
|---|---|---|---|
| Migrate billing to Postgres 16 | Ana | In progress | BILL-214 |
| Rotate the signing keys | Raj | ✅ Done | #88 |

## Risks

| Risk | Likelihood | Mitigation | Owner | Status |
|---|---|---|---|---|
| Vendor API changes | Medium | Pin the client version | Ana | Open |
"""


def _questions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, str]:
    notes = article_notes(tmp_path, monkeypatch, "a.md", text)
    return {note["Question"]: note["Answer"] for note in notes if note["kind"] == "table"}


def test_only_what_a_work_tracking_table_knows_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _questions(tmp_path, monkeypatch, POSTMORTEM) == {
        "Vendor API changes — Likelihood": "Medium",
        "Vendor API changes — Mitigation": "Pin the client version",
    }


def test_the_dropped_columns_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = run_article(tmp_path, monkeypatch, "a.md", POSTMORTEM, "check")
    assert [line for line in output.splitlines() if "track" in line] == [
        "a.md:5: note: table tracks work ('Owner', 'Priority', 'Due'): nothing to learn",
        "a.md:12: note: table tracks work ('Owner', 'Status', '% complete', 'Next milestone'):"
        " nothing to learn",
        "a.md:19: note: table tracks work ('Assignee', 'Status', 'Ticket'): nothing to learn",
        "a.md:26: note: table columns 'Owner', 'Status' track work: not carded",
    ]


KNOWLEDGE = """\
# Reference

## History

| Date | Event |
|---|---|
| 1215 | Magna Carta sealed |

## Filing deadlines

| Return | Deadline |
|---|---|
| Online Self Assessment | 31 January |

## Triage

| Symptom | Priority | Action |
|---|---|---|
| Chest pain | High | Call emergency services |

## Conservation

| Species | Status |
|---|---|
| Amur leopard | Critically endangered |

## Frameworks

| Framework | Used for | Typical owner |
|---|---|---|
| RICE | Prioritising a backlog | PM |
"""


def test_dates_statuses_and_owners_that_are_facts_keep_their_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _questions(tmp_path, monkeypatch, KNOWLEDGE) == {
        "Magna Carta sealed — Date": "1215",
        "Online Self Assessment — Deadline": "31 January",
        "Chest pain — Priority": "High",
        "Chest pain — Action": "Call emergency services",
        "Amur leopard — Status": "Critically endangered",
        "RICE — Used for": "Prioritising a backlog",
        "RICE — Typical owner": "PM",
    }


MINUTES = """\
Library Board Minutes

The state capital grant covers up to 50% of approved building projects.

ACTION ITEMS

  Owner          Action                                          Due
  -----------    ---------------------------------------------   ----------
  H. Cho         Submit state capital grant application          Mar 31
  M. Lindqvist   Find funding options for Sunday opening         Feb 10
"""


def test_a_table_keyed_by_its_owners_gives_no_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It asked "H. Cho — Action" and "H. Cho — Due"."""
    notes = article_notes(tmp_path, monkeypatch, "m.txt", MINUTES)
    assert [note for note in notes if note["kind"] == "table"] == []
    output = run_article(tmp_path, monkeypatch, "m.txt", MINUTES, "check")
    assert "m.txt:7: note: table tracks work (by 'Owner'): nothing to learn" in output
