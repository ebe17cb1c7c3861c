"""Every spec key with an empty value, and every repeated key in a nested mapping, is one
`Error:` line naming the file and line, exit code 2, no traceback, in every command that reads
the spec. YAML aliases, nested or recursive, are read once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

HEAD = "deck: Coffee\nsources: [coffee.md]\n"
SOURCE = """\
# Coffee

## Frequently Asked Questions

### When should I drink my first coffee?

Wait about ninety minutes after waking, once the morning cortisol peak has passed.
"""
TRUE_OR_FALSE = "must be true or false; write it as {0}: true or {0}: false"
NON_EMPTY = "must be a non-empty string"
OR_REMOVE = "give it a value or remove it"
SETS = 'write it as sets: {name: "tag:kind::faq"}'

# The spec after HEAD (or the whole spec, for the first keys) → the one error line, after `d.yaml:`.
EMPTY = {
    "deck": (
        "deck:\nsources: [coffee.md]\n",
        f"1: 'deck' {NON_EMPTY}; write it as deck: \"Topic::Subtopic\"",
    ),
    "id": (f"{HEAD}id:\n", f"3: 'id' {NON_EMPTY}; write it as id: my-deck"),
    "sources": (
        "deck: Coffee\nsources:\n",
        f"2: 'sources' {NON_EMPTY}; write it as sources: [article.txt]",
    ),
    "sources-item": (
        "deck: Coffee\nsources:\n  - coffee.md\n  -\n",
        f"4: 'sources' {NON_EMPTY}; write it as sources: [article.txt]",
    ),
    "tags": (f"{HEAD}tags:\n", f"3: 'tags' {NON_EMPTY}; write it as tags: [name, other]"),
    "extract": (
        f"{HEAD}extract:\n",
        "3: 'extract' must be a mapping; use keys from: claims, tables, faqs",
    ),
    "extract-claims": (
        f"{HEAD}extract:\n  claims:\n",
        "4: 'extract.claims' must be a mapping; use keys from: takeaways, prose",
    ),
    "claims-prose": (
        f"{HEAD}extract:\n  claims: {{prose: }}\n",
        "4: 'prose' " + TRUE_OR_FALSE.format("prose"),
    ),
    "tables-key-column": (
        f"{HEAD}extract:\n  tables:\n    key_column:\n",
        "5: 'key_column' must be a whole number from 1;"
        " write it as key_column: 1 for the first column",
    ),
    "faqs-answer": (
        f"{HEAD}extract:\n  faqs:\n    answer:\n",
        "5: 'answer' is empty; use one of: full, first-paragraph",
    ),
    "topics": (
        f"{HEAD}topics:\n",
        "3: 'topics' must map a topic name to its terms;"
        " write it as topics: {name: [term, other term]}",
    ),
    "topic-terms": (
        f"{HEAD}topics:\n  caffeine:\n",
        f"4: 'topics.caffeine' {NON_EMPTY}; write it as topics: {{name: [term, other term]}}",
    ),
    "skip": (f"{HEAD}skip:\n", f"3: 'skip' {NON_EMPTY}; write it as skip: [\"text to skip*\"]"),
    "overrides": (
        f"{HEAD}overrides:\n",
        "3: 'overrides' must be a list; write it as overrides: [{match: …, answer: …}]",
    ),
    "override-item": (
        f"{HEAD}overrides:\n  -\n",
        "4: an override must be a mapping; write it as - {match: …, answer: …}",
    ),
    "override-match": (
        f"{HEAD}overrides:\n  - match:\n    answer: Later.\n",
        f"4: 'match' {NON_EMPTY}; write it as match: \"the question or text\"",
    ),
    "override-answer": (
        f"{HEAD}overrides:\n  - match: When?\n    answer:\n",
        f"5: 'answer' {NON_EMPTY}; {OR_REMOVE}",
    ),
    "forget-removed": (
        f"{HEAD}forget_removed:\n",
        "3: 'forget_removed' " + TRUE_OR_FALSE.format("forget_removed"),
    ),
    "tag-rules": (
        f"{HEAD}tag_rules:\n",
        "3: 'tag_rules' must be a list; write it as tag_rules: [{kind: faq, tags: [name]}]",
    ),
    "tag-rule-item": (
        f"{HEAD}tag_rules:\n  -\n",
        "4: a tag rule must be a mapping; write it as - {kind: faq, tags: [name]}",
    ),
    "tag-rule-kind": (
        f"{HEAD}tag_rules:\n  - kind:\n    tags: [x]\n",
        f"4: 'kind' {NON_EMPTY}; {OR_REMOVE}",
    ),
    "tag-rule-key": (
        f"{HEAD}tag_rules:\n  - key:\n    tags: [x]\n",
        f"4: 'key' {NON_EMPTY}; {OR_REMOVE}",
    ),
    "tag-rule-tags": (
        f"{HEAD}tag_rules:\n  - kind: faq\n    tags:\n",
        f"5: 'tags' {NON_EMPTY}; write it as tags: [name, other]",
    ),
    "sets": (f"{HEAD}sets:\n", f"3: 'sets' must map a set name to a tag query; {SETS}"),
    "set-query": (f"{HEAD}sets: {{s:}}\n", f"3: 'sets.s' {NON_EMPTY}; {SETS}"),
    "set-query-key": (
        f"{HEAD}sets:\n  s:\n    query:\n",
        f"5: 'query' {NON_EMPTY}; write it as query: \"tag:kind::faq\"",
    ),
    "set-deck": (
        f"{HEAD}sets:\n  s: {{query: 'tag:kind::faq', deck: }}\n",
        f"4: 'deck' {NON_EMPTY}; write it as deck: \"Topic::Subtopic\"",
    ),
    "subdecks": (f"{HEAD}subdecks:\n", "3: 'subdecks' is empty; use one of: none, per-source"),
    "check": (
        f"{HEAD}check:\n",
        "3: 'check' must be a mapping;"
        " use keys from: max_answer_words, max_cloze_words, max_list_items",
    ),
    "check-limit": (
        f"{HEAD}check:\n  max_cloze_words:\n",
        "4: 'max_cloze_words' must be a whole number from 1; write it as max_cloze_words: 5",
    ),
    "allow-empty": (
        f"{HEAD}allow_empty:\n",
        "3: 'allow_empty' " + TRUE_OR_FALSE.format("allow_empty"),
    ),
}

# A repeated key in a nested mapping would silently replace the first (two sets would write
# one file); each is refused as a repeated top-level key is.
DUPLICATE = {
    "set-name": (
        f"{HEAD}sets:\n  s1: 'tag:kind::faq'\n  s1: 'tag:kind::table'\n",
        "5: duplicate key 's1'",
    ),
    "set-name-flow": (
        f"{HEAD}sets: {{s1: 'tag:kind::faq', s1: 'tag:kind::table'}}\n",
        "3: duplicate key 's1'",
    ),
    "set-name-spaced": (
        f"{HEAD}sets:\n  s1: 'tag:kind::faq'\n  ' s1': 'tag:kind::table'\n",
        "5: duplicate key ' s1'",
    ),
    "set-query": (
        f"{HEAD}sets:\n  s1:\n    query: 'tag:kind::faq'\n    query: 'tag:kind::table'\n",
        "6: duplicate key 'query'",
    ),
    "topic": (
        f"{HEAD}topics:\n  caffeine: [caffeine]\n  caffeine: [coffee]\n",
        "5: duplicate key 'caffeine'",
    ),
    "topic-in-list": (
        f"{HEAD}topics: [caffeine, cortisol, caffeine]\n",
        "3: duplicate topic 'caffeine'",
    ),
    "extract": (
        f"{HEAD}extract:\n  faqs: {{answer: full}}\n  faqs: {{answer: first-paragraph}}\n",
        "5: duplicate key 'faqs'",
    ),
    "extract-tables": (
        f"{HEAD}extract:\n  tables: {{key_column: 1, key_column: 2}}\n",
        "4: duplicate key 'key_column'",
    ),
    "override": (
        f"{HEAD}overrides:\n  - match: When?\n    answer: Later.\n    answer: Now.\n",
        "6: duplicate key 'answer'",
    ),
    "tag-rule": (
        f"{HEAD}tag_rules:\n  - kind: faq\n    kind: table\n    tags: [x]\n",
        "5: duplicate key 'kind'",
    ),
    "check": (
        f"{HEAD}check:\n  max_cloze_words: 3\n  max_cloze_words: 4\n",
        "5: duplicate key 'max_cloze_words'",
    ),
}


def _run(tmp_path: Path, spec: str, *command: str) -> tuple[int, str, str]:
    (tmp_path / "coffee.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "d.yaml").write_text(spec, encoding="utf-8")
    result = CliRunner().invoke(main, [*command, str(tmp_path / "d.yaml")])
    assert isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("spec", "error"), EMPTY.values(), ids=EMPTY)
def test_an_empty_value_is_one_error_line(spec: str, error: str, tmp_path: Path) -> None:
    assert _run(tmp_path, spec, "check") == (2, "", f"Error: {tmp_path / 'd.yaml'}:{error}\n")


@pytest.mark.parametrize(("spec", "error"), DUPLICATE.values(), ids=DUPLICATE)
def test_a_repeated_nested_key_is_one_error_line(spec: str, error: str, tmp_path: Path) -> None:
    expected = f"Error: {tmp_path / 'd.yaml'}:{error}; keep one of them\n"
    assert _run(tmp_path, spec, "check") == (2, "", expected)


@pytest.mark.parametrize("command", ["build", "check", "preview", "diff", "tags"])
def test_every_command_reports_an_empty_value(command: str, tmp_path: Path) -> None:
    spec, error = EMPTY["deck"]
    assert _run(tmp_path, spec, command) == (2, "", f"Error: {tmp_path / 'd.yaml'}:{error}\n")
    assert not (tmp_path / "build").exists()


# Each level repeats the one before nine times: 9^9 strings if every reference were walked.
NESTED = [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
ALIASES = {
    "nested": ("\n".join(["a0: &a0 [x, x, x, x, x, x, x, x, x]", *NESTED, HEAD]), "1: unknown key"),
    "recursive": (f"{HEAD}tags: &t [x, *t]\n", "3: 'tags' must be a string"),
}


@pytest.mark.parametrize(("spec", "error"), ALIASES.values(), ids=ALIASES)
def test_aliases_are_read_once(spec: str, error: str, tmp_path: Path) -> None:
    """In a process of its own: walking every reference never ends, or takes minutes."""
    (tmp_path / "d.yaml").write_text(spec, encoding="utf-8")
    (tmp_path / "coffee.md").write_text(SOURCE, encoding="utf-8")
    docdeck = [sys.executable, "-c", "from docdeck.cli import main; main()"]
    result = subprocess.run(
        [*docdeck, "check", "d.yaml"], cwd=tmp_path, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"Error: d.yaml:{error}")


def test_a_new_spec_can_keep_an_identity_namespace(tmp_path: Path) -> None:
    """What `init` needs to keep a bare build's GUIDs: 'My Notes.md' built bare is `My Notes`,
    its spec decks/my-notes.yaml would be `my-notes`."""
    from docdeck.spec import load_spec, spec_text

    (tmp_path / "My Notes.md").write_text(SOURCE, encoding="utf-8")
    path = tmp_path / "my-notes.yaml"
    path.write_text(spec_text("Coffee", "My Notes.md", [], ident="My Notes"), encoding="utf-8")
    assert load_spec(path, "my-notes.yaml").id == "My Notes"
    path.write_text(spec_text("Coffee", "My Notes.md", []), encoding="utf-8")
    assert load_spec(path, "my-notes.yaml").id == "my-notes"
