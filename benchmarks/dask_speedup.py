"""Speedup of moneyparse on a local Dask cluster over one process, on the whole corpus.

    python -m benchmarks.dask_speedup [--workers 2] [--repeats 5] [--api frame|bag]
        [--reader arrow|read_csv] [--blocksize BYTES] [--stock] [--corpus PATH]

Both sides make the same product from the same file, ``enwiki-money.tsv`` (``title<TAB>text``):

* ``--api frame`` (the default): the frame of :func:`moneyparse.dask.extract_frame`, one row per
  mention.  One process reads the whole file with :func:`read_articles`, runs
  :func:`moneyparse.extract` on every article and builds the frame with the code the workers
  run; the cluster reads ``--blocksize`` blocks (default: four per worker) with the same reader,
  one task per block, extracts, and the client gathers the frame.  ``--reader read_csv`` reads
  the blocks with ``dd.read_csv(dtype=object)`` instead, against Python's line reader in one
  process.  Texts stay plain Python strings (Dask's ``dataframe.convert-string`` off), as
  extraction needs ``str`` objects.
* ``--api bag``: every mention as a ``{"id": title, **mention.as_dict()}`` record, through
  :func:`moneyparse.dask.extract_bag` over ``dask.bag.read_text`` on the cluster, gathered a
  partition at a time.

The cluster is a ``distributed.LocalCluster`` of ``--workers`` single-threaded processes made by
:func:`moneyparse.dask.local_cluster` (``--stock``: Dask's default worker settings, with the
statistical profiler and ``MALLOC_TRIM_THRESHOLD_``), started once before timing (its start-up
is reported apart).  Each timed Dask run builds the graph, reads on the workers, extracts and
gathers every mention into the client, so scheduling and transfer are inside the figure; it
starts once the scheduler has forgotten the previous run, whose keys it would otherwise reuse.
Both sides must give the same mentions (checked).  Each side first runs once untimed, which
loads the extractor's lazy tables in every process; then ``--repeats`` rounds run one side after
the other (the cluster idles while one process works), each figure is the median of its runs,
and the ratio is one-process time over Dask time.  Exits 1 when the two sides disagree, 2 when
the corpus is absent.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.corpus import split_line

__all__ = [
    "CORPUS",
    "PARTITIONS_PER_WORKER",
    "TARGET",
    "blocksize_for",
    "line_block",
    "main",
    "measure",
    "on_dask",
    "read_articles",
    "same",
    "single_process",
    "split_line",
    "wait_until_forgotten",
]

#: The corpus, read from the shared data directory beside the repository checkout.
CORPUS: Path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "enwiki-money.tsv"
#: The speedup the two-worker cluster should reach on two cores.
TARGET = 1.3
#: Partitions per worker when no block size is given, by entry point.  A frame partition costs
#: three tasks (read, select, extract) and a piece of the final join besides its extraction;
#: with the whole corpus a third of a second of work, that outweighs the idle time one larger
#: last block leaves.  On 2026-11-30 (2 workers, 7 runs a side, three rounds each): 1 per
#: worker 1.27-1.44x, 2 per worker 1.17-1.33x, 4 per worker 1.01-1.21x.  When the one-process
#: side took 0.55 s instead of 0.32 s (2026-11-22), 4 per worker had been best: 1.25-1.36x,
#: against 1.24x at 2 and 1.10x at 1.  The bag gathers its records partition by partition and
#: does better with small ones: 0.89-0.92x at 4 per worker against 0.65-0.77x at 1.
PARTITIONS_PER_WORKER: dict[str, int] = {"frame": 1, "bag": 4}
#: Columns the two sides are compared on: ``doc`` is a row label, numbered per block by read_csv.
_COMPARED = ("start", "end", "text", "amount", "high", "currency", "qualifier")


def blocksize_for(size: int, workers: int, api: str = "frame") -> int:
    """Bytes per block that cut ``size`` bytes into :data:`PARTITIONS_PER_WORKER` blocks per worker
    for ``api``, none under 64 KiB."""
    return max(1 << 16, -(-size // (PARTITIONS_PER_WORKER[api] * workers)))


def line_block(path: str, offset: int, length: int) -> tuple[int, int]:
    """``(start, end)`` byte offsets of the whole lines that begin in ``[offset, offset + length)``.

    Cutting a file at ``offset, offset + length, ...`` this way gives every line to exactly one
    block, as ``dask.bytes.read_bytes(delimiter=b"\\n")`` does.
    """
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)

        def line_start(at: int) -> int:
            if at <= 0:
                return 0
            if at >= size:
                return size
            handle.seek(at - 1)
            handle.readline()  # the rest of the line holding byte at - 1, with its newline
            return handle.tell()

        return line_start(offset), line_start(offset + length)


def read_articles(path: str, offset: int = 0, length: int | None = None) -> Any:
    """The ``title``/``text`` rows of a block of the corpus, as a pandas frame of Python strings.

    Both sides of the frame benchmark read with this one function: the whole file in one
    process, one block per partition on the cluster.  The block is parsed by pyarrow's CSV reader
    on one thread (tab-separated, no quoting, as the corpus is written), which is about three
    times faster than pandas' parser here; texts become ``str`` objects, as extraction needs.
    """
    import pandas as pd
    import pyarrow as pa
    import pyarrow.csv as pacsv

    start, end = line_block(path, offset, length if length is not None else 1 << 62)
    with open(path, "rb") as handle:
        handle.seek(start)
        data = handle.read(end - start)
    names = ["title", "text"]
    if not data:
        return pd.DataFrame({name: pd.Series([], dtype=object) for name in names})
    table = pacsv.read_csv(
        pa.py_buffer(data),
        read_options=pacsv.ReadOptions(column_names=names, use_threads=False),
        parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False),
        convert_options=pacsv.ConvertOptions(
            column_types={name: pa.string() for name in names}, strings_can_be_null=False
        ),
    )
    return pd.DataFrame({name: table.column(name).to_pylist() for name in names}, dtype=object)


def single_process(path: Path, api: str = "frame", reader: str = "arrow") -> Any:
    """The product of ``api`` for the whole corpus, made in this process.

    ``"frame"``: the mention frame of :func:`moneyparse.dask.extract_frame` (``doc`` is the line
    number), over :func:`read_articles` (``reader="arrow"``) or Python's line reader
    (``reader="lines"``); ``"bag"``: a list of ``{"id": title, **mention.as_dict()}`` records.
    """
    import moneyparse

    if api == "frame":
        import pandas as pd

        from moneyparse.dask import _frame_partition

        if reader == "arrow":
            texts = read_articles(str(path))
        else:
            with open(path, encoding="utf-8") as handle:
                texts = pd.DataFrame({"text": [split_line(line)[1] for line in handle]}, dtype=object)
        return _frame_partition(texts, "text", None, None, None, None, "null", None)
    with open(path, encoding="utf-8") as handle:
        articles = [split_line(line) for line in handle]
    records: list[dict[str, object]] = []
    for title, text in articles:
        for m in moneyparse.extract(text):
            record: dict[str, object] = {"id": title}
            record.update(m.as_dict())
            records.append(record)
    return records


def _read_block(block: tuple[str, int, int]) -> Any:
    """:func:`read_articles` of one ``(path, offset, length)`` block (a task on a worker)."""
    return read_articles(*block)


def on_dask(
    path: Path, client: Any, api: str = "frame", blocksize: int = 4 << 20, reader: str = "arrow"
) -> Any:
    """The product of ``api`` computed on the cluster of ``client`` and gathered into this process.

    The frame is read with :func:`read_articles`, one task per block (``reader="arrow"``), or
    with ``dd.read_csv`` (``reader="read_csv"``).
    """
    import dask

    import moneyparse.dask as mpd

    if api == "bag":
        import itertools

        import dask.bag as db

        lines = db.read_text(str(path), blocksize=blocksize, encoding="utf-8")
        records = mpd.extract_bag(lines.map(split_line))
        # gathered partition by partition: ``records.compute()`` gives the same list, but Dask
        # sends one gathered list a frame per element, which takes longer than the extraction
        partitions = client.gather(client.compute(records.to_delayed()))
        return list(itertools.chain.from_iterable(partitions))
    import dask.dataframe as dd

    with dask.config.set({"dataframe.convert-string": False}):
        if reader == "arrow":
            size = path.stat().st_size
            blocks = [(str(path), offset, blocksize) for offset in range(0, size, blocksize)]
            ddf = dd.from_map(_read_block, blocks, meta=read_articles(str(path), 0, 0))
        else:
            import csv

            ddf = dd.read_csv(
                str(path), sep="\t", header=None, names=["title", "text"], quoting=csv.QUOTE_NONE,
                dtype=object, blocksize=blocksize, keep_default_na=False, encoding="utf-8",
            )
        return mpd.extract_frame(ddf, "text").compute(scheduler=client)


def same(got: Any, expected: Any) -> bool:
    """Whether the Dask product equals the one-process product (frames: all but ``doc``)."""
    if isinstance(expected, list):
        return bool(got == expected)
    left = got.loc[:, list(_COMPARED)].reset_index(drop=True)
    right = expected.loc[:, list(_COMPARED)].reset_index(drop=True)
    return bool(left.equals(right))


def _scheduler_task_count(dask_scheduler: Any) -> int:
    return len(dask_scheduler.tasks)


def wait_until_forgotten(client: Any, timeout: float = 10.0) -> None:
    """Wait (untimed) until the scheduler holds no task of an earlier run.

    The graphs of two runs have the same keys, so a run started while the last one's results
    are still being released would reuse them instead of computing.
    """
    deadline = time.monotonic() + timeout
    while client.run_on_scheduler(_scheduler_task_count) and time.monotonic() < deadline:
        time.sleep(0.02)


def _interleaved(
    runs: tuple[Callable[[], Any], Callable[[], Any]], repeats: int, before: Callable[[], None] | None = None
) -> tuple[list[list[float]], list[Any]]:
    """Wall times of ``repeats`` rounds that run each side once, after one untimed round.

    ``before`` runs, untimed, before every timed run.
    The untimed round loads the lazy tables in every process; alternating the sides spreads
    the load of a shared machine over both instead of one.
    """
    results = [run() for run in runs]
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeats):
        for k, run in enumerate(runs):
            if before is not None:
                before()
            began = time.perf_counter()
            results[k] = run()
            times[k].append(time.perf_counter() - began)
    return times, results


def measure(
    path: Path = CORPUS,
    *,
    workers: int = 2,
    repeats: int = 5,
    api: str = "frame",
    stock: bool = False,
    blocksize: int | None = None,
    reader: str = "arrow",
) -> dict[str, Any]:
    """Median wall times of one process and of a ``workers``-process cluster, and their ratio.

    Returns ``single_s``, ``dask_s`` (medians), ``single_runs``, ``dask_runs``, ``startup_s`` (the
    cluster's start, not in ``dask_s``), ``ratio`` (``single_s / dask_s``), ``mentions``,
    ``identical`` (both sides gave the same records) and the corpus ``bytes``.  The cluster is
    :func:`moneyparse.dask.local_cluster`, or with ``stock=True`` a ``LocalCluster`` with Dask's
    default worker environment.
    """
    import distributed

    import moneyparse.dask as mpd

    if blocksize is None:
        blocksize = blocksize_for(path.stat().st_size, workers, api)
    began = time.perf_counter()
    if stock:
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
            silence_logs=logging.ERROR,
        )
    else:
        cluster = mpd.local_cluster(workers)
    try:
        with distributed.Client(cluster, set_as_default=False) as client:
            startup_s = time.perf_counter() - began
            (single_runs, dask_runs), (expected, got) = _interleaved(
                (
                    lambda: single_process(path, api, "arrow" if reader == "arrow" else "lines"),
                    lambda: on_dask(path, client, api, blocksize, reader),
                ), repeats, lambda: wait_until_forgotten(client),
            )
    finally:
        cluster.close()
    single_s, dask_s = statistics.median(single_runs), statistics.median(dask_runs)
    identical = same(got, expected)
    return {
        "api": api,
        "stock": stock,
        "blocksize": blocksize,
        "reader": reader if api == "frame" else "read_text",
        "workers": workers,
        "bytes": path.stat().st_size,
        "mentions": len(expected),
        "single_s": single_s,
        "single_runs": single_runs,
        "dask_s": dask_s,
        "dask_runs": dask_runs,
        "startup_s": startup_s,
        "ratio": single_s / dask_s,
        "identical": identical,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the single-process and Dask wall times and their ratio."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dask_speedup", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="title<TAB>text file (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per side (default: %(default)s)")
    parser.add_argument("--api", choices=("frame", "bag"), default="frame", help="which entry point (default: frame)")
    parser.add_argument(
        "--reader", choices=("arrow", "read_csv"), default="arrow",
        help="frame input: read_articles() on both sides, or dd.read_csv against Python's line reader",
    )
    parser.add_argument(
        "--blocksize", type=int, default=None,
        help="bytes per partition (default: partitions per worker by api, "
        + ", ".join(f"{api} {n}" for api, n in PARTITIONS_PER_WORKER.items()) + ")",
    )
    parser.add_argument(
        "--stock", action="store_true",
        help="Dask's default worker settings (profiler, MALLOC_TRIM_THRESHOLD_) instead of local_cluster()",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {str(args.corpus)!r} (it lives in ../shared beside the checkout)", file=sys.stderr)
        return 2
    r = measure(args.corpus, workers=args.workers, repeats=args.repeats, api=args.api, stock=args.stock, blocksize=args.blocksize,
                reader=args.reader)
    mb = r["bytes"] / 1e6
    print(f"corpus      {args.corpus}  {mb:.1f} MB, {r['mentions']} mentions")
    print(f"1 process   {r['single_s']:7.2f} s  {mb / r['single_s']:6.2f} MB/s  runs "
          + " ".join(f"{t:.2f}" for t in r["single_runs"]))
    print(f"dask {r['api']:<6} {r['dask_s']:7.2f} s  {mb / r['dask_s']:6.2f} MB/s  runs "
          + " ".join(f"{t:.2f}" for t in r["dask_runs"])
          + f"  ({r['workers']} worker processes, {'stock LocalCluster' if r['stock'] else 'local_cluster()'},"
          + f" {r['blocksize'] / (1 << 20):.2f} MiB partitions read by {r['reader']};"
          + f" cluster start {r['startup_s']:.2f} s, not included)")
    print(f"speedup     {r['ratio']:.2f}x  (target >= {TARGET}x: {'met' if r['ratio'] >= TARGET else 'NOT met'})")
    print(f"identical   {'yes' if r['identical'] else 'NO'}")
    return 0 if r["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
