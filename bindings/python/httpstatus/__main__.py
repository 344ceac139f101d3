"""python -m httpstatus: the httpstatus command (the C program's own code,
httpstatus._cli, so both print the same text and the same JSON)."""
from __future__ import annotations

import os
import sys
import tempfile
from typing import IO, Iterable, List, Optional, Union

from . import _cli

__all__ = ["main"]


def _on_fd(stream: Optional[IO[str]], fd: int) -> bool:
    """Whether what is written to stream lands on file descriptor fd (or
    nowhere, when the interpreter has no such stream)."""
    if stream is None:
        return True
    try:
        return stream.fileno() == fd
    except (OSError, ValueError, AttributeError):
        return False  # io.StringIO, pytest's capsys, a closed stream


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):  # None when the fd is closed
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass  # the C command reports what it cannot write


def _copy(source: IO[bytes], stream: Optional[IO[str]]) -> bool:
    """Writes what the command wrote to source into stream; False when
    stream refuses it."""
    source.seek(0)
    data = source.read()
    if not data or stream is None:
        return True
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(data)
            buffer.flush()
        else:
            stream.write(data.decode("utf-8", "replace"))
            stream.flush()
    except (OSError, ValueError):
        return False
    return True


def _captured(argv: List[Union[str, bytes]]) -> int:
    """Runs the command with its file descriptors 1 and 2 on temporary
    files, then writes what it wrote through sys.stdout and sys.stderr
    (which capsys, redirect_stdout or an IDE may have replaced)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        saved = os.dup(1), os.dup(2)
        try:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            status = _cli.main(argv)
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
        if not _copy(out, sys.stdout):
            _copy(err, sys.stderr)
            print("httpstatus: write error", file=sys.stderr)
            return 3
        _copy(err, sys.stderr)
    return status


def main(argv: Optional[Iterable[Union[str, bytes]]] = None) -> int:
    """Runs the command with argv (default sys.argv[1:]), writing through
    sys.stdout and sys.stderr; returns its exit status: 0 found, 1 not
    registered, 2 usage error, 3 write error."""
    args: List[Union[str, bytes]] = list(sys.argv[1:] if argv is None
                                         else argv)
    _flush()
    given = [os.fsencode(a) for a in args]
    encoded: List[Union[str, bytes]] = [b"httpstatus", *given]
    if any(b"\0" in a for a in given):  # exec cannot pass one; C stops
        print("httpstatus: an argument holds a NUL byte", file=sys.stderr)
        return 2
    if _on_fd(sys.stdout, 1) and _on_fd(sys.stderr, 2):
        return _cli.main(encoded)  # straight to the terminal or pipe
    return _captured(encoded)


if __name__ == "__main__":
    sys.exit(main())
