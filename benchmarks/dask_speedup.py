"""Speedup of moneyparse on a local Dask cluster over one process, on the whole corpus.

    python -m benchmarks.dask_speedup [--workers 2] [--repeats 3] [--api frame|bag]
                                      [--blocksize BYTES] [--stock] [--corpus PATH]

One process: read ``enwiki-money.tsv`` and run :func:`moneyparse.extract` on every article,
keeping every mention as a dict record.  Dask: a ``distributed.LocalCluster`` of ``--workers``
single-threaded processes made by :func:`moneyparse.dask.local_cluster` (``--stock``: with
Dask's default worker environment), started once before timing (its start-up is reported
apart).  Each timed run builds the graph, reads the corpus on the workers in ``--blocksize``
blocks (4 MiB), extracts, and gathers every mention back into the client, so scheduling and
transfer are inside the figure.  Both sides must give the same mentions (checked).  Each side
first runs once untimed, which loads the extractor's lazy tables in every process; each figure
is then the median of ``--repeats`` runs, and the ratio is one-process time over Dask time.
Exits 1 when the two sides disagree, 2 when the corpus is absent.
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

__all__ = ["CORPUS", "TARGET", "BLOCKSIZE", "split_line", "single_process", "on_dask", "measure", "main"]

#: The corpus, read from the shared data directory beside the repository checkout.
CORPUS: Path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "enwiki-money.tsv"
#: The speedup the two-worker cluster should reach on two cores.
TARGET = 1.3
#: Bytes per partition: a few partitions per worker keeps both busy with little scheduling.
BLOCKSIZE = 4 << 20


def split_line(line: str) -> tuple[str, str]:
    """``(title, text)`` of one corpus line (``title<TAB>text``, newline removed)."""
    title, _, text = line.rstrip("\n").partition("\t")
    return title, text


def single_process(path: Path) -> list[dict[str, object]]:
    """Every mention of the corpus as ``{"id": title, **mention.as_dict()}``, in one process."""
    import moneyparse

    records: list[dict[str, object]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            title, text = split_line(line)
            for m in moneyparse.extract(text):
                record: dict[str, object] = {"id": title}
                record.update(m.as_dict())
                records.append(record)
    return records


def on_dask(path: Path, client: Any, api: str = "frame", blocksize: int = BLOCKSIZE) -> list[dict[str, object]]:
    """The same records computed on the cluster of ``client``, gathered into this process.

    ``api="frame"`` goes through :func:`moneyparse.dask.extract_frame` and gives the frame's
    mention fields only (no article id).
    """
    import moneyparse.dask as mpd

    if api == "bag":
        import dask.bag as db

        lines = db.read_text(str(path), blocksize=blocksize, encoding="utf-8")
        return mpd.extract_bag(lines.map(split_line)).compute(scheduler=client)
    import csv

    import dask.dataframe as dd

    ddf = dd.read_csv(
        str(path), sep="\t", header=None, names=["title", "text"], quoting=csv.QUOTE_NONE,
        dtype="string", blocksize=blocksize, keep_default_na=False, encoding="utf-8",
    )
    frame = mpd.extract_frame(ddf, "text").compute(scheduler=client)
    # read_csv numbers rows per block, so ``doc`` is no article id here: keep the mention fields
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return [{k: r[k] for k in mpd.FRAME_COLUMNS if k != "doc"} for r in rows]


def _median_time(run: Callable[[], Any], repeats: int) -> tuple[float, list[float], Any]:
    """Median wall time of ``repeats`` runs after one untimed run that loads the lazy tables."""
    times = []
    result = run()
    for _ in range(repeats):
        began = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - began)
    return statistics.median(times), times, result


def measure(
    path: Path = CORPUS,
    *,
    workers: int = 2,
    repeats: int = 3,
    api: str = "frame",
    stock: bool = False,
    blocksize: int = BLOCKSIZE,
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

    single_s, single_runs, expected = _median_time(lambda: single_process(path), repeats)
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
            dask_s, dask_runs, got = _median_time(lambda: on_dask(path, client, api, blocksize), repeats)
    finally:
        cluster.close()
    if api == "frame":
        keys = [k for k in ("start", "end", "text", "amount", "high", "currency", "qualifier")]
        identical = got == [{k: r[k] for k in keys} for r in expected]
    else:
        identical = got == expected
    return {
        "api": api,
        "stock": stock,
        "blocksize": blocksize,
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
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per side (default: %(default)s)")
    parser.add_argument("--api", choices=("frame", "bag"), default="frame", help="which entry point (default: frame)")
    parser.add_argument("--blocksize", type=int, default=BLOCKSIZE, help="bytes per partition (default: %(default)s)")
    parser.add_argument(
        "--stock", action="store_true",
        help="Dask's default worker environment (with MALLOC_TRIM_THRESHOLD_) instead of local_cluster()",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {str(args.corpus)!r} (it lives in ../shared beside the checkout)", file=sys.stderr)
        return 2
    r = measure(args.corpus, workers=args.workers, repeats=args.repeats, api=args.api, stock=args.stock, blocksize=args.blocksize)
    mb = r["bytes"] / 1e6
    print(f"corpus      {args.corpus}  {mb:.1f} MB, {r['mentions']} mentions")
    print(f"1 process   {r['single_s']:7.2f} s  {mb / r['single_s']:6.2f} MB/s  runs "
          + " ".join(f"{t:.2f}" for t in r["single_runs"]))
    print(f"dask {r['api']:<6} {r['dask_s']:7.2f} s  {mb / r['dask_s']:6.2f} MB/s  runs "
          + " ".join(f"{t:.2f}" for t in r["dask_runs"])
          + f"  ({r['workers']} worker processes, {'stock LocalCluster' if r['stock'] else 'local_cluster()'},"
          + f" {r['blocksize'] / (1 << 20):g} MiB partitions;"
          + f" cluster start {r['startup_s']:.2f} s, not included)")
    print(f"speedup     {r['ratio']:.2f}x  (target >= {TARGET}x: {'met' if r['ratio'] >= TARGET else 'NOT met'})")
    print(f"identical   {'yes' if r['identical'] else 'NO'}")
    return 0 if r["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
