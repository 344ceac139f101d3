"""One answer everywhere: the registry as the C CLI, Python (its CLI and its
enums) and Lua on every interpreter see it, compared entry by entry and key
by key, plus the same bad input given to each.

    python compare.py C_CLI LUA:CPATH_DIR... LUA:@DUMP...

LUA:@DUMP is the JSON that dump.lua wrote elsewhere (Lua 5.5, in the
Debian testing chroot: tests/lua/forky.sh).

Prints TAP, one line per test case with its count of checks; a mismatch
names the code, the key and every front end's value.
"""
import json
import subprocess
import sys

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode

passed = failed = 0
_case = None  # the open test case: [function, name, checks, mismatches]


def case(name):
    """Opens a test case: the checks after it in the same function are one
    TAP line, "ok N - name (K checks)"."""
    global _case
    close_case()
    _case = [sys._getframe(1).f_code, name, 0, []]


def check(ok, message):
    """One check of the open case, or of a case named by the calling
    function when none is open there; a mismatch is printed in full."""
    global _case
    caller = sys._getframe(1).f_code
    if _case is None or _case[0] is not caller:
        close_case()
        _case = [caller, caller.co_name, 0, []]
    _case[2] += 1
    if not ok:
        _case[3].append(message)
        if len(_case[3]) <= 20:
            print(f"# MISMATCH {message}")


def close_case():
    global _case, passed, failed
    if _case is None:
        return
    _, name, checks, bad = _case
    _case = None
    if bad:
        failed += 1
        print(f"not ok {passed + failed} - {name} ({len(bad)} of {checks} "
              "checks failed)")
    else:
        passed += 1
        print(f"ok {passed + failed} - {name} ({checks} checks)")


def from_members(keys):
    """The registry rebuilt by walking HTTPStatus and WSCloseCode: each key
    of the C CLI's JSON read from the member as an attribute of that name,
    or is_<key> for a flag (None where the member has neither), but for
    what the member is itself: its int, its class, its kind."""
    out = []
    for member in list(HTTPStatus) + list(WSCloseCode):
        http = isinstance(member, HTTPStatus)
        entry = {"code": member.value, "kind": "http" if http else "websocket",
                 "class": member.status_class if http else member.range}
        for key in keys:
            if key not in entry:
                value = getattr(member, key, getattr(member, "is_" + key,
                                                     None))
                entry[key] = list(value) if isinstance(value, tuple) else value
        out.append(entry)
    return out


def by_code(entries, keys):
    """code -> entry, absent keys (Lua drops nil) as None."""
    return {(e["kind"], e["code"]): {k: e.get(k) for k in keys}
            for e in entries}


def cli_understood_as(c_cli, code):
    """The code the C command says a client treats code as, or None (from
    its message on a miss; a registered code is itself)."""
    r = subprocess.run([c_cli, "--json", "--", str(code)], capture_output=True,
                       text=True)
    if r.returncode == 0:
        return json.loads(r.stdout)["code"] if 100 <= code <= 599 else None
    marker = "a client treats it as "
    if marker not in r.stderr:
        return None
    return int(r.stderr.split(marker)[1].split()[0])


def compare_understood_as(c_cli, lua_dumps):
    """understood_as from the command, Python and every Lua, 90..610."""
    for code in range(90, 611):
        values = {"C CLI": cli_understood_as(c_cli, code)}
        member = httpstatus.understood_as(code)
        values["Python"] = None if member is None else member.value
        for lua, dump in lua_dumps.items():
            values["Lua " + lua] = dump["understood"][code - 90]
        check(len(set(values.values())) == 1, f"understood_as({code}): " +
              "; ".join(f"{k}={v!r}" for k, v in values.items()))


def compare_lookup_forms(c_cli, lua_dumps):
    """Each text of tests/data/lookup-forms.tsv looked up by the command
    (which tries HTTP, then WebSocket), Python and every Lua, against the
    code the table gives."""
    import csv
    with open("tests/data/lookup-forms.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f
                                    if not line.startswith("#")),
                                   delimiter="\t"))
    for i, row in enumerate(rows):
        kind, text, want = row["kind"], row["text"], int(row["code"]) or None
        find = httpstatus.lookup if kind == "http" else httpstatus.ws_lookup
        member = find(text)
        values = {"table": want,
                  "Python": None if member is None else member.value}
        for lua, dump in lua_dumps.items():
            form = dump["forms"][i]
            values["Lua " + lua] = form["code"] if form["text"] == text \
                else "<other text>"
        r = subprocess.run([c_cli, "--json", "--", text], capture_output=True)
        cli = json.loads(r.stdout)["code"] if r.returncode == 0 else None
        # the command answers either kind: an answer of the other is a miss
        values["C CLI"] = cli if cli is not None and (cli >= 1000) == (
            kind == "websocket") else None
        check(len(set(values.values())) == 1, f"lookup {kind} {text!r}: " +
              "; ".join(f"{k}={v!r}" for k, v in values.items()))


def compare_problems(c_cli, lua_dumps):
    """RFC 9457 problem details from the command (the C core's JSON),
    Python's problem() and every Lua's hs.problem(), 90..610, with a
    detail that needs escaping."""
    detail = 'say "hi"\n\x01'
    for code in range(90, 611):
        r = subprocess.run([c_cli, "--problem", "--detail", detail, "--",
                            str(code)], capture_output=True)
        values = {"C CLI": json.loads(r.stdout) if r.returncode == 0 else None,
                  "Python": httpstatus.problem(code, detail)}
        for lua, dump in lua_dumps.items():
            values["Lua " + lua] = dump["problems"][code - 90]
        shown = {k: json.dumps(v, sort_keys=True) for k, v in values.items()}
        check(len(set(shown.values())) == 1, f"problem({code}): " +
              "; ".join(f"{k}={v}" for k, v in shown.items()))


def ranking_queries():
    """The queries of tests/data/search-ranking.tsv, in order."""
    with open("tests/data/search-ranking.tsv", encoding="utf-8") as f:
        rows = [line.split("\t") for line in f
                if line.strip() and not line.startswith("#")]
    return [row[0] for row in rows[1:]]


def cli_codes(out):
    """The codes of the command's one-line-per-entry output."""
    return [int(line.split()[0]) for line in out.splitlines()
            if line.strip() and line.split()[0].isdigit()]


def compare_search(c_cli, lua_dumps):
    """One order everywhere: the command's search, Python's search() and
    every Lua's hs.search() for every query of the ranking table, and the
    command's "did you mean" as the head of that order."""
    for i, query in enumerate(ranking_queries()):
        r = subprocess.run([c_cli, "search", "--", query], capture_output=True,
                           text=True)
        values = {"C CLI": cli_codes(r.stdout),
                  "Python": [m.value for m in httpstatus.search(query)]}
        for lua, dump in lua_dumps.items():
            row = dump["searches"][i]
            values["Lua " + lua] = (list(row["codes"] or [])
                                    if row["query"] == query else "<other>")
        check(len({json.dumps(v) for v in values.values()}) == 1,
              f"search {query!r}: " + "; ".join(
                  f"{k}={v}" for k, v in values.items()))
    for query in ("404 Not Modified", "gateway timout", "teapot", "tea pot",
                  "HTTP_403_NOT_FOUN", "WS_1000_NORMAL", "policy violatoin",
                  "未找", "HTTP/1.1 404 Not Modified", "not fond", "bad gatway"):
        err = subprocess.run([c_cli, "--", query], capture_output=True,
                             text=True).stderr
        cli = [int(line.split()[0]) for line in err.splitlines()
               if line.startswith("  ")]
        py = [m.value for m in httpstatus.search(query)[:len(cli)]]
        check(cli and cli == py, f"did you mean {query!r}: C CLI={cli} "
              f"Python={py}")


def compare_status_lines(lua_dumps):
    """Python and every Lua agree on a status line, and on which of code
    and version the core refuses (the same cases as dump.lua)."""
    cases = [(404, "HTTP/1.1"), (597, "HTTP/1.0"), (99, "HTTP/1.1"),
             (1000, "HTTP/2"), (404, ""), (404, "HTTP 1.1"), (99, "HTTP 1.1"),
             (404, "H" * 33), (999, "H" * 32), (404, "HTTP/1.1\0x")]
    for i, (code, version) in enumerate(cases):
        try:
            py = httpstatus.status_line(code, version)
        except ValueError as e:
            py = str(e).split()[0]  # "code" or "version"
        values = {"Python": py}
        for lua, dump in lua_dumps.items():
            values["Lua " + lua] = dump["lines"][i]
        check(len(set(values.values())) == 1, f"status_line({code}, "
              f"{version!r}): " + "; ".join(f"{k}={v!r}"
                                            for k, v in values.items()))


def main():
    c_cli, luas = sys.argv[1], sys.argv[2:]
    c = json.loads(subprocess.run([c_cli, "--json"], check=True,
                                  capture_output=True).stdout)
    keys = list(c[0])
    fronts = {"C CLI": c}
    fronts["python -m httpstatus"] = json.loads(subprocess.run(
        [sys.executable, "-m", "httpstatus", "--json"], check=True,
        capture_output=True).stdout)
    fronts["Python enums"] = from_members(keys)
    case("every Lua reports the package's version")
    lua_bad = {}
    for spec in luas:
        lua, cpath = spec.split(":", 1)
        if cpath.startswith("@"):
            try:
                with open(cpath[1:], "rb") as f:
                    out = f.read()
            except OSError as e:
                check(False, f"{lua}: no dump ({e})")
                continue
        else:
            out = subprocess.run(
                [lua, "tests/consistency/dump.lua"], check=True,
                capture_output=True, env={"LUA_CPATH": cpath + "/?.so;;",
                                          "LUA_PATH": cpath + "/?.lua;;",
                                          "PATH": "/usr/bin:/bin"}).stdout
        dump = json.loads(out)
        fronts["Lua " + lua] = dump["entries"]
        lua_bad[lua] = dump
        check(dump["version"] == httpstatus.__version__, f"{lua} version")

    case("every entry, key by key, the same in every front end")
    tables = {name: by_code(entries, keys) for name, entries in fronts.items()}
    codes = set().union(*(t.keys() for t in tables.values()))
    for code in sorted(codes):
        for key in keys:
            values = {name: t.get(code, {}).get(key, "<missing entry>")
                      for name, t in tables.items()}
            same = len({json.dumps(v, sort_keys=True)
                        for v in values.values()}) == 1
            check(same, f"{code[1]} {key}: " + "; ".join(
                f"{name}={value!r}" for name, value in values.items()))

    # The same bad input: "not registered" from every front end.
    case("the same bad input: not registered in every front end")
    for code in (597, -1, 2**31, 2**63):
        r = subprocess.run([c_cli, "--", str(code)], capture_output=True)
        check(r.returncode == 1, f"C CLI {code} exit {r.returncode}")
        r = subprocess.run([sys.executable, "-m", "httpstatus", "--", str(code)],
                           capture_output=True)
        check(r.returncode == 1, f"python -m httpstatus {code}")
        check(httpstatus.get(code) is None and httpstatus.phrase(code) is None
              and httpstatus.ws_get(code) is None, f"Python get({code})")
    for text in ("no such status", "", "not\0found"):
        check(httpstatus.lookup(text) is None, f"Python lookup({text!r})")
    r = subprocess.run([c_cli, "no such status"], capture_output=True)
    check(r.returncode == 1, "C CLI lookup of text naming nothing")
    for lua, dump in lua_bad.items():
        for answer in dump["bad"]:
            check(answer["get"] is None and answer["phrase"] is None and
                  answer["ws_get"] is None, f"{lua} {answer['code']}")
        check(dump["lookups"] == [None, None, None], f"{lua} lookups")
    case("understood_as: every front end, 90..610")
    compare_understood_as(c_cli, lua_bad)
    case("lookup forms (tests/data/lookup-forms.tsv) in every front end")
    compare_lookup_forms(c_cli, lua_bad)
    case("problem details: every front end, 90..610")
    compare_problems(c_cli, lua_bad)
    case("search: the command, Python and every Lua rank alike")
    compare_search(c_cli, lua_bad)
    case("status lines and their errors in every front end")
    compare_status_lines(lua_bad)
    close_case()
    print(f"# {len(codes)} entries x {len(keys)} keys across "
          f"{len(fronts)} front ends")
    print(f"1..{passed + failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
