"""Threads looking up every code and name at once see what one thread sees."""
from concurrent.futures import ThreadPoolExecutor

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode


def one_pass():
    out = []
    for code in range(-1, 5002):
        out.append((httpstatus.get(code), httpstatus.ws_get(code),
                    httpstatus.phrase(code), httpstatus.status_class(code)))
    for member in list(HTTPStatus) + list(WSCloseCode):
        find = httpstatus.lookup if isinstance(member, HTTPStatus) \
            else httpstatus.ws_lookup
        out.append((find(member.name), find(member.phrase),
                    type(member)(member.value)))
    return out


def test_threads_agree_with_one_thread():
    reference = one_pass()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: one_pass(), range(16)))
    assert all(r == reference for r in results)
