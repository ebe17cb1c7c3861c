"""`lazy()`: a regular expression compiled when first used. Imports nothing from docdeck.

The readers and extractors hold about 280 patterns. Compiled at import they cost 70 ms on
every run, a no-op rebuild's included; one document reaches a fraction of them.
"""

from __future__ import annotations

import re
from typing import cast

# The compiled pattern's methods a `_Lazy` puts on itself once compiled.
_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


class _Lazy:
    """Stands in for a compiled pattern. `pattern` is there before it compiles (patterns build
    on others' text); the first use of anything else compiles it and puts the compiled
    pattern's methods on the instance, where later uses find them as fast as on the pattern."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> object:  # only for what the instance does not hold yet
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, put off until the pattern is first used."""
    return cast("re.Pattern[str]", _Lazy(pattern, int(flags)))
