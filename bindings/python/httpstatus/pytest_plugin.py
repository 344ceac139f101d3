"""The pytest plugin of httpstatus (entry point pytest11 "httpstatus"): a
failed == or != between a status member and an int or member reads

    assert 404 == <HTTPStatus.OK: 200>
      got 404 Not Found, expected 200 OK

Off with ``pytest -p no:httpstatus``.  httpstatus itself is imported only
when such a comparison fails.
"""
import sys


def _member_classes():
    """HTTPStatus and WSCloseCode as far as they exist: a value cannot be a
    member of a class that was never made."""
    httpstatus = sys.modules.get("httpstatus")
    if httpstatus is None:
        return ()
    made = vars(httpstatus)
    return tuple(made[name] for name in ("HTTPStatus", "WSCloseCode")
                 if name in made)


def _show(value, cls):
    """'404 Not Found' for a code of cls (HTTPStatus or WSCloseCode), the
    code alone for one it does not have."""
    try:
        member = cls(int(value))
    except ValueError:
        return str(int(value))
    return f"{int(value)} {member.phrase}"


def pytest_assertrepr_compare(config, op, left, right):
    if op not in ("==", "!="):
        return None
    classes = _member_classes()
    if not classes or not all(isinstance(v, int) and not isinstance(v, bool)
                              for v in (left, right)):
        return None
    if isinstance(left, classes):
        cls = type(left)
    elif isinstance(right, classes):
        cls = type(right)
    else:
        return None
    got, want = _show(left, cls), _show(right, cls)
    verb = "expected" if op == "==" else "expected anything but"
    return [f"{left!r} {op} {right!r}", f"  got {got}, {verb} {want}"]
