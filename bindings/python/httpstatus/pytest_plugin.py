"""The pytest plugin of httpstatus (entry point pytest11 "httpstatus"): a
failed == or != between a status member and an int or member gets one
more line after pytest's own explanation, each side written as
httpstatus.testing.describe_status writes it, in its place, with the
relation that holds:

    assert 404 == <HTTPStatus.OK: 200>
     +  where 404 = <Response [404]>.status_code
      404 Not Found != 200 OK

pytest's message is kept whole (its ``+ where`` lines included): the
assertrepr hook only notes the comparison, and the line is added to the
failure's message when the test's report is made.  Operands it cannot
write safely (an int subclass, whose repr may be anything, or an int
beyond 64 bits) leave pytest's message alone, and so does every
comparison without a member.  Off with ``pytest -p no:httpstatus``;
httpstatus itself is imported only when such a comparison fails.
"""
from __future__ import annotations

import sys
from typing import List, Optional, Tuple

import pytest

# The comparisons noted since the last report: pytest's text for the
# comparison ("404 == <HTTPStatus.OK: 200>") and the line to add.
_NOTED = pytest.StashKey[List[Tuple[str, str]]]()
_LOW, _HIGH = -2**63, 2**63


def _member_classes() -> tuple[type, ...]:
    """HTTPStatus and WSCloseCode as far as they exist: a value cannot be a
    member of a class that was never made."""
    httpstatus = sys.modules.get("httpstatus")
    if httpstatus is None:
        return ()
    made = vars(httpstatus)
    return tuple(made[name] for name in ("HTTPStatus", "WSCloseCode")
                 if name in made)


def _show(value: int, cls: type) -> str:
    """'404 Not Found' for a code of cls (HTTPStatus or WSCloseCode), the
    number alone for one it does not have."""
    try:
        member = cls(int(value))
    except ValueError:
        return str(int(value))
    return f"{int(value)} {member.phrase}"


def _line(op: str, left: object, right: object) -> Optional[str]:
    """The line for a failed comparison, or None to leave pytest's alone."""
    if op not in ("==", "!="):
        return None
    classes = _member_classes()
    kinds = (type(left), type(right))
    if not any(k in classes for k in kinds) or not all(
            k is int or k in classes for k in kinds):
        return None
    values = (int(left), int(right))  # type: ignore[call-overload]
    if not all(_LOW <= v < _HIGH for v in values):
        return None
    cls = kinds[0] if kinds[0] in classes else kinds[1]
    held = "!=" if op == "==" else "=="
    return f"  {_show(values[0], cls)} {held} {_show(values[1], cls)}"


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: object,
                              right: object) -> None:
    """Notes a failed comparison of a member; gives no explanation, so
    that pytest's own (with its ``+ where`` lines) is the one shown."""
    line = _line(op, left, right)
    if line is not None:
        text = f"{left!r} {op} {right!r}"
        config.stash.setdefault(_NOTED, []).append((text, line))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> None:
    """Adds the lines noted for the comparison that failed to its
    AssertionError, before pytest writes the report from it."""
    noted = item.config.stash.get(_NOTED, None)
    if not noted:
        return
    item.config.stash[_NOTED] = []
    error = call.excinfo.value if call.excinfo is not None else None
    if not isinstance(error, AssertionError) or not error.args or \
            not isinstance(error.args[0], str):
        return
    message = error.args[0]
    lines = [line for text, line in noted if text in message]
    if lines:
        added = "\n".join(dict.fromkeys(lines))  # each once, in order
        error.args = (f"{message}\n{added}",) + error.args[1:]
