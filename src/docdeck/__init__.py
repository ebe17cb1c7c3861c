"""docdeck: turn documents into Anki decks that keep their identity across edits."""

__version__ = "0.1.0"
