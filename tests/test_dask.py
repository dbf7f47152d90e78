"""moneyparse.dask against a real two-process distributed.LocalCluster.

Every result is compared, record by record, with single-process extraction of the same texts.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import time
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

import cloudpickle  # noqa: E402  (installed with distributed)
import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import moneyparse  # noqa: E402
import moneyparse.dask as mpd  # noqa: E402

# Functions of this module run on the workers: ship them by value, not by import path.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

TEXTS = [
    "Alibaba will spend more than Rmb380bn ($53bn) on AI over the next three years.",
    "No money in this sentence, only 2025 and 70 billion parameters.",
    "Capex reached Rmb72.5bn (£8bn), up from about £3m a decade earlier.",
    "Analysts expect $5-6bn of revenue and €1.2bn of costs.",
    "",
    "The fund raised US$2bn, or HK$15.6bn, in its first round.",
    "Revenue was ¥280.2 billion ($36.96 billion) in the quarter.",
    "Rents of $1,200 a month and £950 a month were quoted.",
]
LABELS = [f"doc-{i}" for i in range(len(TEXTS))]
DAY = dt.date(2025, 2, 20)


@pytest.fixture(scope="module")
def cluster():
    """One real cluster for the module: 2 worker processes, 1 thread each."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster, set_as_default=False) as c:
        yield c


def _frame_rows(out: pd.DataFrame) -> list[dict[str, object]]:
    """Rows of a computed frame with missing values as None."""
    rows = out.astype(object).where(out.notna(), None).to_dict("records")
    return rows


def _expected_rows(labels, texts) -> list[dict[str, object]]:
    """The frame rows, built from single-process moneyparse.extract and Mention.as_dict()."""
    rows = []
    for label, text in zip(labels, texts):
        if text is None:
            continue
        for m in moneyparse.extract(text):
            d = m.as_dict()
            rows.append({"doc": label, **{k: d[k] for k in mpd.FRAME_COLUMNS if k != "doc"}})
    return rows


def _single_conversion(amount, currency, to, day):
    import rates

    try:
        c = rates.convert(amount, currency, to, on=day)
    except rates.RatesError:
        return None
    return c


def _source_frame(npartitions: int = 3, texts=TEXTS, labels=LABELS, **extra) -> dd.DataFrame:
    index = pd.Index(labels, name="title")
    columns = {"body": pd.Series(texts, dtype="string", index=index)}
    columns.update({name: pd.Series(list(values), dtype=object, index=index) for name, values in extra.items()})
    pdf = pd.DataFrame(columns, index=index)
    return dd.from_pandas(pdf, npartitions=npartitions, sort=True)


def test_expected_mentions_are_not_vacuous():
    assert len(_expected_rows(LABELS, TEXTS)) >= 8


# -- extract_frame --------------------------------------------------------------------------------


def test_frame_equals_single_process(client):
    ddf = _source_frame(npartitions=3)
    out = mpd.extract_frame(ddf, "body").compute(scheduler=client)
    assert list(out.columns) == list(mpd.FRAME_COLUMNS)
    assert _frame_rows(out) == _expected_rows(LABELS, TEXTS)
    assert list(out.index) == list(out["doc"])


def test_frame_skips_missing_texts(client):
    texts = ["Costs of $4m.", None, "And £7bn."]
    labels = [10, 11, 12]
    pdf = pd.DataFrame({"body": pd.Series(texts, dtype=object, index=labels)}, index=labels)
    out = mpd.extract_frame(dd.from_pandas(pdf, npartitions=2), "body").compute(scheduler=client)
    assert _frame_rows(out) == _expected_rows(labels, texts)
    assert 11 not in set(out["doc"])
    assert out["doc"].dtype == pd.Index(labels).dtype


def test_frame_schema_is_known_without_computing(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("extract ran while only the graph was built")

    monkeypatch.setattr(moneyparse, "extract", fail)
    ddf = _source_frame(npartitions=4)
    out = mpd.extract_frame(ddf, "body")
    assert list(out.columns) == list(mpd.FRAME_COLUMNS)
    assert str(out.dtypes["amount"]) == "string"
    assert str(out.dtypes["start"]) == "int64"
    assert out.divisions == ddf.divisions
    converted = mpd.extract_frame(ddf, "body", to="EUR", on=DAY)
    assert list(converted.columns) == list(mpd.FRAME_COLUMNS + mpd.CONVERSION_COLUMNS)
    assert "date32" in str(converted.dtypes["rate_date"])


def test_frame_joins_back_on_its_index(client):
    ddf = _source_frame(npartitions=3)
    out = mpd.extract_frame(ddf, "body")
    joined = out[["text"]].join(ddf[["body"]]).compute(scheduler=client)
    assert len(joined) == len(_expected_rows(LABELS, TEXTS))
    for text, body in zip(joined["text"], joined["body"]):
        assert text in body


def test_frame_converts_on_one_date(client):
    ddf = _source_frame(npartitions=3)
    out = mpd.extract_frame(ddf, "body", to="EUR", on=DAY).compute(scheduler=client)
    rows = _frame_rows(out)
    mentions = [m for text in TEXTS for m in moneyparse.extract(text)]
    assert len(rows) == len(mentions)
    converted_any = False
    for row, m in zip(rows, mentions):
        c = _single_conversion(m.amount, m.currency, "EUR", DAY)
        if c is None:
            assert row["converted"] is None and row["rate_date"] is None
            continue
        converted_any = True
        assert row["converted"] == str(c.amount)
        assert row["rate_date"] == c.rate.date
        assert row["rate_source"] == str(c.rate.source)
        if m.high is None:
            assert row["converted_high"] is None
        else:
            assert row["converted_high"] == str(_single_conversion(m.high, m.currency, "EUR", DAY).amount)
    assert converted_any
    assert all(Decimal(r["converted"]) > 0 for r in rows if r["converted"] is not None)


def test_frame_converts_at_each_rows_date(client):
    dates = ["2025-02-20", dt.date(2024, 6, 3), None, pd.Timestamp("2023-11-15"), "2025-01-13", "2025-02-21",
             dt.datetime(2020, 3, 2, 15, 30), "2019-07-19"]
    ddf = _source_frame(npartitions=3, published=dates)
    out = mpd.extract_frame(ddf, "body", to="USD", date_column="published").compute(scheduler=client)
    rows = _frame_rows(out)
    day_of = dict(zip(LABELS, [mpd._as_date(d) for d in dates]))
    checked = 0
    for row in rows:
        day = day_of[row["doc"]]
        m = next(m for m in moneyparse.extract(TEXTS[LABELS.index(row["doc"])]) if m.start == row["start"])
        c = None if day is None else _single_conversion(m.amount, m.currency, "USD", day)
        if c is None:
            assert row["converted"] is None
            continue
        assert (row["converted"], row["rate_date"]) == (str(c.amount), c.rate.date)
        assert row["rate_date"] <= day
        checked += 1
    assert checked >= 3


def test_frame_rate_errors_null_or_raise(client):
    import rates

    dates = ["1990-01-02"] + ["2025-02-20"] * (len(TEXTS) - 1)
    ddf = _source_frame(npartitions=2, published=dates)
    out = mpd.extract_frame(ddf, "body", to="EUR", date_column="published").compute(scheduler=client)
    first = out[out["doc"] == LABELS[0]]
    assert len(first) >= 1
    assert first["converted"].isna().all() and first["rate_date"].isna().all()
    assert out[out["doc"] != LABELS[0]]["converted"].notna().any()
    with pytest.raises(rates.RatesError):
        mpd.extract_frame(ddf, "body", to="EUR", date_column="published", rate_errors="raise").compute(
            scheduler=client
        )


def test_frame_unknown_target_currency_always_raises(client):
    import rates

    with pytest.raises(rates.UnknownCurrencyError) as info:
        mpd.extract_frame(_source_frame(npartitions=2), "body", to="XQZ", on=DAY).compute(scheduler=client)
    assert info.value.code == "XQZ"


@pytest.mark.parametrize(
    ("kwargs", "error", "shown"),
    [
        ({"to": "EUR"}, mpd.ConversionOptionError, "'EUR'"),
        ({"on": DAY}, mpd.ConversionOptionError, "datetime.date(2025, 2, 20)"),
        ({"to": "EUR", "on": DAY, "date_column": "body"}, mpd.ConversionOptionError, "datetime.date"),
        ({"to": "euro", "on": DAY}, mpd.ConversionOptionError, "'euro'"),
        ({"to": "EUR", "on": "20 Feb 2025"}, mpd.RowDateError, "'20 Feb 2025'"),
        ({"to": "EUR", "date_column": "published"}, mpd.ColumnNotFoundError, "'published'"),
        ({"rate_errors": "ignore"}, mpd.ConversionOptionError, "'ignore'"),
    ],
)
def test_frame_option_errors(kwargs, error, shown):
    with pytest.raises(error) as info:
        mpd.extract_frame(_source_frame(), "body", **kwargs)
    assert shown in str(info.value)
    assert isinstance(info.value, moneyparse.MoneyParseError)


def test_frame_unknown_column():
    with pytest.raises(KeyError) as info:
        mpd.extract_frame(_source_frame(), "content")
    assert info.value.column == "content"
    assert "'content'" in str(info.value)


def test_bad_row_date_is_reported_with_its_value(client):
    ddf = _source_frame(npartitions=2, published=["2025-02-31"] * len(TEXTS))
    with pytest.raises(mpd.RowDateError) as info:
        mpd.extract_frame(ddf, "body", to="EUR", date_column="published").compute(scheduler=client)
    assert info.value.value == "2025-02-31"


# -- the rate table: loaded lazily, once per worker process -----------------------------------------


def _rates_cache_misses() -> int | None:
    """Misses of every functools cache in this process's rates modules; None before rates loads."""
    if "rates" not in sys.modules:
        return None
    total = 0
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "rates" or name.startswith("rates.")):
            continue
        for obj in list(vars(module).values()):
            info = getattr(obj, "cache_info", None)
            if callable(info) and hasattr(obj, "cache_clear"):
                total += info().misses
    return total


def test_rate_table_loads_once_per_worker_not_per_task(client):
    dates = ["2025-02-20", "2025-01-13"] * (len(TEXTS) // 2)
    before = client.run(_rates_cache_misses)
    first_pass = mpd.extract_frame(
        _source_frame(npartitions=4, published=dates), "body", to="GBP",
        date_column="published",
    )
    first_pass.compute(scheduler=client)
    after_first = client.run(_rates_cache_misses)
    ran = [w for w, misses in after_first.items() if misses is not None]
    assert ran, "no worker loaded rates"
    # rates keeps its loaded table in per-process caches: the first pass filled them ...
    assert all(after_first[w] >= 1 for w in ran)
    # ... and twice the tasks over the same rows and dates load nothing more anywhere.
    for npartitions in (8, 8):
        again = mpd.extract_frame(
            _source_frame(npartitions=npartitions, published=dates), "body", to="GBP",
            date_column="published",
        )
        again.compute(scheduler=client)
        assert client.run(_rates_cache_misses) == after_first
    assert set(before) == set(after_first)


def test_no_rate_table_travels_with_the_tasks():
    ddf = _source_frame(npartitions=4)
    plain = mpd.extract_frame(ddf, "body")
    converting = mpd.extract_frame(ddf, "body", to="CNY", on=DAY)
    plain_size = len(cloudpickle.dumps(dict(plain.__dask_graph__())))
    converting_size = len(cloudpickle.dumps(dict(converting.__dask_graph__())))
    assert converting_size - plain_size < 4_000


# -- extract_bag ----------------------------------------------------------------------------------


def _expected_records(pairs) -> list[dict[str, object]]:
    return [{"id": ident, **m.as_dict()} for ident, text in pairs for m in moneyparse.extract(text)]


def test_bag_of_texts_uses_positions_as_ids(client):
    bag = db.from_sequence(TEXTS, npartitions=3)
    assert bag.npartitions == 3
    records = mpd.extract_bag(bag).compute(scheduler=client)
    assert records == _expected_records(enumerate(TEXTS))
    ids = {r["id"] for r in records}
    assert all(TEXTS[i] for i in ids)


def test_bag_of_id_text_pairs_and_mixed(client):
    pairs = list(zip(LABELS, TEXTS))
    records = mpd.extract_bag(db.from_sequence(pairs, npartitions=4)).compute(scheduler=client)
    assert records == _expected_records(pairs)
    mixed = [TEXTS[0], ("x", TEXTS[2]), TEXTS[3], ["y", TEXTS[6]]]
    records = mpd.extract_bag(db.from_sequence(mixed, npartitions=2)).compute(scheduler=client)
    assert records == _expected_records([(0, TEXTS[0]), ("x", TEXTS[2]), (2, TEXTS[3]), ("y", TEXTS[6])])


def test_bag_with_assume(client):
    texts = ["Ramen costs ¥1,200 in Tokyo.", "A ¥380 billion plan."]
    records = mpd.extract_bag(db.from_sequence(texts, npartitions=2), assume={"¥": "JPY"}).compute(scheduler=client)
    expected = [{"id": i, **m.as_dict()} for i, t in enumerate(texts) for m in moneyparse.extract(t, assume={"¥": "JPY"})]
    assert records == expected
    assert expected


def test_an_unknown_marker_is_raised_by_the_call_not_by_a_worker():
    # nothing is computed: the error comes before any task exists
    with pytest.raises(moneyparse.UnknownMarkerError):
        mpd.extract_bag(db.from_sequence(["Lunch was ¥980."]), assume={"foo": "EUR"})
    frame = dd.from_pandas(pd.DataFrame({"text": ["Lunch was ¥980."]}), npartitions=1)
    with pytest.raises(moneyparse.UnknownCurrencyCodeError):
        mpd.extract_frame(frame, "text", assume={"¥": "banana"})
    with pytest.raises(moneyparse.AssumptionError):
        mpd.extract_files(["nowhere.txt"], assume={"€": "CNY"})


def test_bag_rejects_bad_elements(client):
    bag = db.from_sequence([TEXTS[0], ("a", "b", "c")], npartitions=1)
    with pytest.raises(mpd.BagRecordError) as info:
        mpd.extract_bag(bag).compute(scheduler=client)
    assert info.value.record == ("a", "b", "c")
    assert isinstance(info.value, TypeError)


# -- extract_files --------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path) -> list[str]:
    paths = []
    for i, text in enumerate(TEXTS):
        path = tmp_path / f"article-{i}.txt"
        path.write_text(text + "\n" + text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _expected_file_mentions(paths, **read):
    return [(p, m) for p in paths for m in moneyparse.extract(Path(p).read_text(**read))]


@pytest.mark.parametrize("read", ["worker", "client"])
def test_files_on_a_running_cluster_in_file_order(cluster, files, read):
    done = []
    got = list(
        mpd.extract_files(
            files, scheduler=cluster.scheduler_address, read=read, max_in_flight=2,
            on_file_done=lambda path, count: done.append((path, count)),
        )
    )
    expected = _expected_file_mentions(files, encoding="utf-8")
    assert got == expected
    assert [p for p, _ in done] == files
    assert sum(c for _, c in done) == len(expected)


@pytest.mark.parametrize("read", ["worker", "client"])
def test_files_with_lines_number_lines_as_the_text_does(cluster, tmp_path, files, read):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("Capex of $5bn\r\n\r\nand £8bn,\nthen ¥380 billion.".encode())
    paths = [*files, str(crlf)]
    done = []
    got = list(
        mpd.extract_files_with_lines(
            paths, scheduler=cluster.scheduler_address, read=read, batch_bytes=60,
            on_file_done=lambda path, count: done.append(path),
        )
    )
    texts = {p: Path(p).read_bytes().decode("utf-8") for p in paths}
    assert [(p, m) for p, m, _ in got] == [(p, m) for p in paths for m in moneyparse.extract(texts[p])]
    assert [line for _, _, line in got] == [texts[p][: m.start].count("\n") + 1 for p, m, _ in got]
    assert {line for p, _, line in got if p != str(crlf)} == {1, 2}
    assert [line for p, _, line in got if p == str(crlf)] == [1, 3, 4]
    assert done == paths


@pytest.mark.parametrize("batch_bytes", [0, 40, 1 << 20])
@pytest.mark.parametrize("read", ["worker", "client"])
def test_files_in_batches_of_any_size_give_the_same_stream(cluster, files, read, batch_bytes):
    done = []
    got = list(
        mpd.extract_files(
            files * 3, scheduler=cluster.scheduler_address, read=read, batch_bytes=batch_bytes,
            max_in_flight=2, on_file_done=lambda path, count: done.append(path),
        )
    )
    assert got == _expected_file_mentions(files * 3)
    assert done == files * 3


@pytest.mark.parametrize("read", ["worker", "client"])
def test_files_a_bad_file_inside_a_batch_comes_after_the_files_before_it(cluster, files, read):
    missing = str(Path(files[0]).with_name("absent.txt"))
    stream = mpd.extract_files(
        [*files[:3], missing, *files[3:]], scheduler=cluster.scheduler_address, read=read
    )
    got = []
    with pytest.raises(FileNotFoundError) as info:
        for item in stream:
            got.append(item)
    assert info.value.filename == missing
    assert got == _expected_file_mentions(files[:3])


def test_files_bad_batch_size(files):
    for bad in (-1, 1.5, True, "1MB"):
        with pytest.raises(ValueError, match="batch_bytes"):
            mpd.extract_files(files, batch_bytes=bad)


def test_files_with_a_callers_client_and_a_lazy_path_iterable(client, files):
    got = list(mpd.extract_files((Path(p) for p in reversed(files)), scheduler=client))
    assert got == _expected_file_mentions(list(reversed(files)))
    assert client.status == "running"


def test_files_on_a_local_cluster(files):
    got = list(mpd.extract_files(files[:3], n_workers=1))
    assert got == _expected_file_mentions(files[:3])


def _worker_environ() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in mpd.SLOW_WORKER_ENVIRON}


def _extract_long() -> int:
    """Mentions of a text long enough (a few tenths of a second) for a 10 ms sampler to see."""
    return len(moneyparse.extract("Capex of $5bn and £3m, ¥380 billion. " * 8000))


def test_local_cluster_workers_start_without_the_slow_environment(files):
    stock = dask.config.get("distributed.nanny.pre-spawn-environ")
    assert set(mpd.SLOW_WORKER_ENVIRON) <= set(stock), "Dask no longer sets it: drop the workaround"
    with mpd.local_cluster(1) as local, distributed.Client(local, set_as_default=False) as c:
        assert list(c.run(_worker_environ).values()) == [dict.fromkeys(mpd.SLOW_WORKER_ENVIRON)]
        assert c.run(lambda: os.environ.get("OMP_NUM_THREADS")) == {w: "1" for w in c.nthreads()}
        # the statistical profiler is off in the workers, and sampled nothing while they extracted
        assert c.run(lambda: dask.config.get(mpd.PROFILE_SETTING)) == {w: False for w in c.nthreads()}
        assert list(mpd.extract_files(files[:2], scheduler=c)) == _expected_file_mentions(files[:2])
        assert c.submit(_extract_long, pure=False).result() > 0
        assert c.profile()["count"] == 0
    assert dask.config.get("distributed.nanny.pre-spawn-environ") == stock
    assert dask.config.get(mpd.PROFILE_SETTING) is True, "the caller's own setting is left as it was"


def test_local_cluster_can_keep_the_profiler(files):
    with mpd.local_cluster(1, profile=True) as local, distributed.Client(local, set_as_default=False) as c:
        assert c.run(lambda: dask.config.get(mpd.PROFILE_SETTING)) == {w: True for w in c.nthreads()}
        assert c.submit(_extract_long, pure=False).result() > 0
        # the sampler wakes every 10 ms on its own thread: on a loaded machine one task can end
        # before it has had a turn, so extract again until it has (for at most ten seconds)
        deadline = time.monotonic() + 10
        while c.profile()["count"] == 0 and time.monotonic() < deadline:
            c.submit(_extract_long, pure=False).result()
        assert c.profile()["count"] > 0


def test_files_missing_file(cluster, files):
    missing = str(Path(files[0]).with_name("absent.txt"))
    with pytest.raises(FileNotFoundError) as info:
        list(mpd.extract_files([files[0], missing], scheduler=cluster.scheduler_address))
    assert info.value.filename == missing


@pytest.mark.parametrize("read", ["worker", "client"])
def test_files_undecodable_bytes(cluster, tmp_path, read):
    path = tmp_path / "bad.txt"
    data = b"Capex of $5bn " + b"\xff\xfe" + " and £8bn.".encode()
    path.write_bytes(data)
    with pytest.raises(mpd.FileDecodeError) as info:
        list(mpd.extract_files([str(path)], scheduler=cluster.scheduler_address, read=read))
    assert (info.value.path, info.value.start) == (str(path), data.index(b"\xff"))
    assert isinstance(info.value, UnicodeError)
    assert repr(str(path)) in str(info.value)
    got = list(mpd.extract_files([str(path)], scheduler=cluster.scheduler_address, read=read, errors="replace"))
    assert [m for _, m in got] == moneyparse.extract(data.decode("utf-8", "replace"))


def test_files_closing_early_cancels_the_rest(cluster, files):
    stream = mpd.extract_files(files * 3, scheduler=cluster.scheduler_address, max_in_flight=3)
    first = next(stream)
    stream.close()
    assert first == _expected_file_mentions(files[:1])[0]


def test_files_bad_options():
    with pytest.raises(ValueError, match="'disk'"):
        mpd.extract_files([], read="disk")
    with pytest.raises(LookupError):
        mpd.extract_files([], encoding="no-such-codec")


# -- importing ------------------------------------------------------------------------------------


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env)


def test_importing_moneyparse_does_not_import_dask():
    run = _python(
        """
        import sys, moneyparse
        print(sorted(m for m in ("dask", "distributed", "pandas") if m in sys.modules))
        """
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_missing_extra_says_how_to_install():
    run = _python(
        """
        import sys, importlib.abc

        class NoDask(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == "distributed" or name.startswith("distributed."):
                    raise ImportError(f"No module named {name!r}", name=name)
                return None

        sys.meta_path.insert(0, NoDask())
        import moneyparse
        try:
            import moneyparse.dask
        except ImportError as exc:
            print(type(exc).__name__, isinstance(exc, moneyparse.MoneyParseError), exc.missing)
            print(exc)
        """
    )
    assert run.returncode == 0, run.stderr
    first, message = run.stdout.strip().splitlines()
    assert first == "DaskExtraMissingError True distributed"
    assert "pip install 'moneyparse[dask]'" in message
    assert "'distributed'" in message
