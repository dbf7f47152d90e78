"""A thin, fast adapter over google-re2 for scanning bytes and mapping offsets back to characters.

The public ``re2`` module builds a Python match object per hit; on money-dense archives that costs
more than the scan itself.  When the compiled pattern exposes its underlying ``RE2`` object (as
google-re2 1.x does) the scan calls it directly and gets every group span in one call; otherwise it
falls back to the public ``finditer``.  Either way the results are identical.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

__all__ = ["NULL", "Pattern", "compile_bytes"]

NULL = (-1, -1)


class Pattern:
    """A compiled RE2 pattern over UTF-8 bytes yielding the span of every group per match."""

    __slots__ = ("_compiled", "_raw", "_unanchored", "groups", "groupindex")

    def __init__(self, pattern: bytes, max_mem: int = 256 << 20) -> None:
        import re2

        options = re2.Options()
        options.max_mem = max_mem
        self._compiled = re2.compile(pattern, options)
        self.groups: int = self._compiled.groups
        self.groupindex: dict[str, int] = {
            (k.decode() if isinstance(k, bytes) else k): v for k, v in self._compiled.groupindex.items()
        }
        raw = getattr(self._compiled, "_regexp", None)
        anchor = getattr(getattr(getattr(re2, "_re2", None), "RE2", None), "Anchor", None)
        if raw is not None and anchor is not None and hasattr(raw, "Match"):
            self._raw = raw
            self._unanchored = anchor.UNANCHORED
        else:  # pragma: no cover - another binding
            self._raw = None
            self._unanchored = None

    def spans(self, data: bytes, pos: int = 0, endpos: int | None = None) -> Iterator[list[tuple[int, int]]]:
        """Byte spans of group 0..n for each non-overlapping match, left to right."""
        end = len(data) if endpos is None else endpos
        raw = self._raw
        if raw is not None:
            anchor = self._unanchored
            while pos <= end:
                spans = raw.Match(anchor, data, pos, end)
                first = spans[0]
                if first == NULL:
                    return
                yield spans
                pos = first[1] if first[1] > pos else pos + 1
            return
        for m in self._compiled.finditer(data, pos, end):  # pragma: no cover - another binding
            yield [m.span(i) for i in range(self.groups + 1)]

    def searcher(self) -> Callable[[bytes, int, int], list[tuple[int, int]]]:
        """A function ``(data, pos, end)`` giving the group spans of the leftmost match in
        ``data[pos:end]``; its first span is :data:`NULL` when there is none.

        For loops that move ``pos`` themselves: one C call per match, no generator in between.
        """
        raw = self._raw
        if raw is not None:
            return functools.partial(raw.Match, self._unanchored)

        def search(data: bytes, pos: int, end: int) -> list[tuple[int, int]]:  # pragma: no cover
            for spans in self.spans(data, pos, end):
                return spans
            return [NULL] * (self.groups + 1)

        return search


def compile_bytes(pattern: str) -> Pattern:
    """Compile a pattern written as ``str`` for matching UTF-8 bytes."""
    return Pattern(pattern.encode("utf-8"))
