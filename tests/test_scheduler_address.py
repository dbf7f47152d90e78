"""Addresses of a Dask scheduler, judged before anything connects (moneyparse._scheduler).

These need neither Dask nor a network: the probe is run against sockets of this process.
"""

from __future__ import annotations

import socket
import time

import pytest

from moneyparse._scheduler import check_address, host_and_port, probe
from moneyparse.errors import SchedulerAddressError, SchedulerError


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("tcp://127.0.0.1:8786", ("127.0.0.1", 8786)),
        ("  tcp://scheduler:8786 ", ("scheduler", 8786)),
        ("10.0.0.5:8786", ("10.0.0.5", 8786)),
        ("TLS://scheduler.example.org:8786", ("scheduler.example.org", 8786)),
        ("tcp://[::1]:8786", ("::1", 8786)),
        ("ws://scheduler:8787", ("scheduler", 8787)),
    ],
)
def test_addresses_of_a_scheduler_pass(address: str, expected: tuple[str, int]) -> None:
    assert check_address(address) == address.strip()
    assert host_and_port(address.strip()) == expected


@pytest.mark.parametrize("address", ["inproc://10.0.0.5/1234/1", "ucx://10.0.0.5:13337"])
def test_other_protocols_are_left_to_dask(address: str) -> None:
    assert check_address(address) == address
    assert host_and_port(address) is None


@pytest.mark.parametrize(
    ("address", "named"),
    [
        ("notaurl", "no port"),
        ("tcp://scheduler", "no port"),
        ("tcp://:8786", "no host"),
        ("tcp://scheduler:0", "'0'"),
        ("tcp://scheduler:65536", "'65536'"),
        ("tcp://scheduler:port", "'port'"),
        ("tcp://[::1]8786", "tcp://HOST:PORT"),
        ("http://scheduler:8786", "unknown protocol 'http'"),
        ("tcp://a b:8786", "no host"),
        ("", "tcp://HOST:PORT"),
        ("   ", "tcp://HOST:PORT"),
        ("inproc://", "nothing after"),
    ],
)
def test_malformed_addresses_are_refused_with_the_reason(address: str, named: str) -> None:
    with pytest.raises(SchedulerAddressError) as info:
        check_address(address)
    assert info.value.address == address
    assert named in str(info.value) and repr(address) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_a_non_string_is_no_address() -> None:
    with pytest.raises(SchedulerAddressError):
        check_address(8786)


def _closed_port() -> int:
    """A port of this machine on which nothing listens (it was just let go)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return int(listener.getsockname()[1])


def test_probe_passes_where_something_listens() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        probe(f"tcp://127.0.0.1:{listener.getsockname()[1]}", 5)


def test_probe_of_a_closed_port_fails_at_once() -> None:
    address = f"tcp://127.0.0.1:{_closed_port()}"
    began = time.monotonic()
    with pytest.raises(SchedulerError) as info:
        probe(address, 30)
    assert time.monotonic() - began < 5, "a refused connection is not retried"
    assert info.value.address == address and "refused" in str(info.value).lower()
    assert isinstance(info.value, ConnectionError)


def test_probe_names_an_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown(where: tuple[str, int], timeout: float) -> socket.socket:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "create_connection", unknown)  # no name server is asked
    with pytest.raises(SchedulerError, match="unknown host 'no-such-host.invalid' \\(Name or service not known\\)"):
        probe("tcp://no-such-host.invalid:8786", 5)


def test_probe_that_gets_no_answer_says_how_long_it_waited(monkeypatch: pytest.MonkeyPatch) -> None:
    waited = []

    def silent(where: tuple[str, int], timeout: float) -> socket.socket:
        waited.append(timeout)
        raise TimeoutError("timed out")

    monkeypatch.setattr(socket, "create_connection", silent)
    with pytest.raises(SchedulerError, match="no answer within 2.5 s"):
        probe("tcp://10.0.0.5:8786", 2.5)
    assert waited == [2.5]


def test_probe_leaves_other_protocols_alone() -> None:
    probe("inproc://10.0.0.5/1234/1", 1)
