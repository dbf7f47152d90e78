"""The address of a Dask scheduler, checked before anything connects to it.

:func:`check_address` tells from the text alone whether an address can name a scheduler
(``tcp://10.0.0.5:8786``, ``10.0.0.5:8786``, ``tls://[::1]:8786``), and :func:`probe` whether
something listens there, within a timeout.  Dask's client retries a refused connection until its
connect timeout (30 s by default) ends, and a malformed address leaves it in a state whose
clean-up waits a minute more; these checks answer at once instead.

This module imports only the standard library, so that the command line can check an address
before it pays for importing Dask (seconds on a busy machine).  :func:`moneyparse.dask.connect`
uses it too.
"""

from __future__ import annotations

from moneyparse.errors import SchedulerAddressError, SchedulerError

__all__ = ["EXPECTED_FORM", "check_address", "host_and_port", "probe"]

#: What an address looks like, as error messages say it.
EXPECTED_FORM = "expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786"

#: Protocols whose location is ``HOST:PORT`` over a TCP connection.
_TCP_SCHEMES = ("tcp", "tls", "ws", "wss")
#: Protocols of Dask whose location takes another form (checked by Dask itself).
_OTHER_SCHEMES = ("inproc", "ucx")


def _split(address: str) -> tuple[str, str]:
    """``(scheme, location)`` of an address; a bare location is TCP, as Dask reads it."""
    scheme, sep, location = address.partition("://")
    if not sep:
        return "tcp", address
    return scheme.lower(), location


def host_and_port(address: str) -> tuple[str, int] | None:
    """The host and port of a TCP address (``None`` for another protocol).

    Raises :class:`SchedulerAddressError` when the location is not ``HOST:PORT`` (an IPv6 host in
    brackets: ``[::1]:8786``) with a port from 1 to 65535.
    """
    scheme, location = _split(address)
    if scheme not in _TCP_SCHEMES:
        return None
    if location.startswith("["):
        host, bracket, rest = location[1:].partition("]")
        if not bracket or not rest.startswith(":"):
            raise SchedulerAddressError(address, EXPECTED_FORM)
        port_text = rest[1:]
    else:
        host, colon, port_text = location.rpartition(":")
        if not colon:
            raise SchedulerAddressError(address, f"no port; {EXPECTED_FORM}")
    if not host or any(ch.isspace() or ch in "/?#@" for ch in host):
        raise SchedulerAddressError(address, f"no host; {EXPECTED_FORM}")
    if not (port_text.isascii() and port_text.isdigit()) or not 1 <= int(port_text) <= 65535:
        raise SchedulerAddressError(address, f"port {port_text!r} is not a number from 1 to 65535")
    return host, int(port_text)


def check_address(address: object) -> str:
    """``address`` without surrounding spaces, when it can name a Dask scheduler.

    Raises :class:`SchedulerAddressError` for anything else: not a string, an unknown protocol
    (``http://``), or a TCP location without a host or a port (``notaurl``).
    """
    if not isinstance(address, str) or not address.strip():
        raise SchedulerAddressError(address, EXPECTED_FORM)
    text = address.strip()
    scheme, location = _split(text)
    if scheme in _OTHER_SCHEMES:
        if not location:
            raise SchedulerAddressError(address, f"nothing after {scheme}://")
        return text
    if scheme not in _TCP_SCHEMES:
        known = ", ".join(f"{name}://" for name in (*_TCP_SCHEMES, *_OTHER_SCHEMES))
        raise SchedulerAddressError(address, f"unknown protocol {scheme!r} (one of {known})")
    host_and_port(text)
    return text


def probe(address: str, timeout: float) -> None:
    """Return when a TCP connection to ``address`` opens within ``timeout`` seconds.

    Raises :class:`SchedulerError` with the reason (``Connection refused``, an unknown host, no
    answer in time).  The connection is closed at once; an address of another protocol than
    TCP is not probed.
    """
    where = host_and_port(address)
    if where is None:
        return
    import socket

    host, port = where
    try:
        connection = socket.create_connection((host, port), timeout=timeout)
    except TimeoutError:
        raise SchedulerError(address, f"no answer within {timeout:g} s") from None
    except socket.gaierror as exc:
        raise SchedulerError(address, f"unknown host {host!r} ({exc.strerror or exc})") from None
    except OSError as exc:
        raise SchedulerError(address, exc.strerror or str(exc) or type(exc).__name__) from None
    connection.close()
