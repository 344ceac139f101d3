"""python -m httpstatus: the httpstatus command (the C core's own CLI, so
both print the same text and the same JSON)."""
import os
import sys

from . import _core


def main(argv=None):
    """Runs the command with argv (default sys.argv[1:]); returns its exit
    status: 0 found, 1 not registered, 2 usage error, 3 write error."""
    args = sys.argv[1:] if argv is None else list(argv)
    for stream in (sys.stdout, sys.stderr):  # None when the fd is closed
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass  # the C command reports what it cannot write
    argv = [b"httpstatus"] + [os.fsencode(a) for a in args]
    if any(b"\0" in a for a in argv):  # exec cannot pass one; C stops at it
        sys.stderr.write("httpstatus: an argument holds a NUL byte\n")
        return 2
    return _core.cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
