"""blocks.py FILE...: prints a shell script that runs the fenced code
blocks of the Markdown FILEs as a reader would paste them: in order, file
after file, in one shell (what one block sets up, the next has), each block
one TAP test on stdout; what the blocks print goes to stderr.

    sh      run as is, under `set -e`
    python  run by `python` (the venv that README.md's own blocks activate)
    lua     run by lua5.4 (README.md installs the module for 5.4)
    c       saved as app.c; the sh block right after it compiles it, as the
            README does; when no sh block follows, the runner compiles it
            with pkg-config and runs it, which is what a reader would do

A block not meant to run says so on the line right before its fence:

    *Not run by the docs test: REASON.*

Those are counted and reported ("# not run: FILE line N: REASON").  Each of
these fails the run instead of passing unseen: a block of another language
or of none without that line, that line not followed by a fence, and an
indented code block (fenced blocks only, so no command is out of sight).
`blocks.py --not-run FILE...` lists the marked blocks (for other runners).
"""
import re
import sys

MARK = re.compile(r"^\*Not run by the docs test: (.+)\.\*\s*$")
FENCE = re.compile(r"^```(\S*)\s*$")
RUN = {
    "sh": "{code}",
    "python": "python - <<'HS_DOCS_BLOCK'\n{code}HS_DOCS_BLOCK",
    "lua": "lua5.4 - <<'HS_DOCS_BLOCK'\n{code}HS_DOCS_BLOCK",
    "c": "cat > app.c <<'HS_DOCS_BLOCK'\n{code}HS_DOCS_BLOCK",
}
COMPILE_C = 'cc -o app app.c $(pkg-config --cflags --libs httpstatus)\n./app\n'


def parse(path):
    """Yields (kind, line, language, code-or-reason) for each fenced block
    ("run", "not run") and each problem ("bad")."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i, mark = 0, None
    while i < len(lines):
        line, here = lines[i], i + 1
        m = FENCE.match(line)
        if m:
            end = i + 1
            while end < len(lines) and lines[end].rstrip() != "```":
                end += 1
            if end == len(lines):
                yield "bad", here, m.group(1), "a fence that is never closed"
                return
            code = "".join(s + "\n" for s in lines[i + 1:end])
            lang = m.group(1)
            if mark is not None:
                yield "not run", here, lang, mark
            elif lang in RUN:
                yield "run", here, lang, code
            else:
                yield "bad", here, lang, (
                    f"a ```{lang} block the test cannot run and that is not "
                    "marked '*Not run by the docs test: REASON.*'")
            i, mark = end + 1, None
            continue
        if mark is not None:
            yield "bad", here - 1, "", "a not-run mark with no fence right after it"
            mark = None
        m = MARK.match(line)
        if m:
            mark = m.group(1)
        elif (line.startswith(("    ", "\t")) and line.strip() and i > 0
              and not lines[i - 1].strip()):
            yield "bad", here, "", ("an indented code block: fence it, so "
                                    "that the docs test runs it or counts it")
        i += 1


def script(paths):
    blocks = [(path,) + b for path in paths for b in parse(path)]
    tests = [b for b in blocks if b[1] != "not run"]
    out = ["set -e", f"echo 1..{len(tests)}", "hs_block=",
           "trap 'st=$?; [ $st -eq 0 ] || echo \"not ok $hs_block (exit $st)\"' EXIT"]
    skipped = [b for b in blocks if b[1] == "not run"]
    for path, _, line, lang, reason in skipped:
        out.append("echo " + quote(f"# not run: {path} line {line} ({lang}): {reason}"))
    out.append(f"echo '# {len(skipped)} block(s) marked not run'")
    n = 0
    for k, (path, kind, line, lang, code) in enumerate(blocks):
        if kind == "not run":
            continue
        n += 1
        what = f"{n} - {path} line {line} ({lang})"
        if kind == "bad":
            out.append("echo " + quote(f"not ok {what}: {code}"))
            continue
        body = RUN[lang].format(code=code)
        if lang == "c":
            follows = blocks[k + 1] if k + 1 < len(blocks) else None
            if not (follows and follows[0] == path and follows[1] == "run"
                    and follows[3] == "sh"):
                body += "\n" + COMPILE_C  # the runner's compile, said here
        out.append(f"hs_block={quote(what)}")
        out.append(f"echo '# block {what}' >&2")
        out.append("{\n" + body + "\n} >&2")
        out.append("echo " + quote(f"ok {what}"))
    bad = sum(1 for b in blocks if b[1] == "bad")
    out.append(f"trap - EXIT\nexit {min(bad, 1)}")
    return "\n".join(out) + "\n"


def quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def main():
    if sys.argv[1:2] == ["--not-run"]:
        for path in sys.argv[2:]:
            for kind, line, lang, reason in parse(path):
                if kind == "not run":
                    print(f"{path}\t{line}\t{lang}\t{reason}")
        return
    sys.stdout.write(script(sys.argv[1:]))


if __name__ == "__main__":
    main()
