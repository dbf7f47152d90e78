"""Peak resident memory of streaming extraction, measured in a child process.

``python -m benchmarks.memory --times 4 [--limit CHARS]`` streams the corpus file ``times`` over
in 64 KiB chunks through :func:`moneyparse.iter_extract`, counts the mentions, and prints one
JSON line: ``{"peak_kb": ..., "baseline_kb": ..., "mentions": ..., "chars": ..., "seconds": ...}``.
``peak_kb`` is the program's own peak RSS (``VmHWM``, else ``getrusage``); ``baseline_kb`` the RSS after importing
moneyparse and extracting one sentence (tables loaded), before streaming.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator, Sequence

from benchmarks.corpus import CORPUS_PATH, iter_chunks

__all__ = ["main"]


def _peak_kb() -> int:
    """Peak RSS of this program in KiB.

    Linux keeps ``ru_maxrss`` across ``exec``: a child started by a large parent reports the
    parent's size.  ``VmHWM`` belongs to the program's own address space, so it is read first.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


def _current_kb() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() // 1024
    except OSError:
        return _peak_kb()


def main(argv: Sequence[str] | None = None) -> int:
    """Stream the corpus through iter_extract and print the peak RSS as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory")
    parser.add_argument("--times", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="characters per pass (default: whole file)")
    args = parser.parse_args(argv)

    import moneyparse

    moneyparse.extract("Warm-up: Rmb72.5bn (£8bn).")
    baseline = _current_kb()
    chars = 0

    def counted() -> Iterator[str]:
        nonlocal chars
        for chunk in iter_chunks(CORPUS_PATH, times=args.times, limit=args.limit):
            chars += len(chunk)
            yield chunk

    started = time.perf_counter()
    mentions = 0
    for _ in moneyparse.iter_extract(counted()):
        mentions += 1
    seconds = time.perf_counter() - started
    print(json.dumps({
        "peak_kb": _peak_kb(), "baseline_kb": baseline, "mentions": mentions,
        "chars": chars, "seconds": round(seconds, 3),
    }))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
