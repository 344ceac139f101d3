"""readme.py README: prints a shell script that runs the README's fenced
code blocks as written, in order, in one shell, and reports each as a TAP
test on stdout (what the blocks print goes to stderr):

    sh      run as is
    python  run by `python` (the one the README's own blocks put on PATH)
    lua     run by lua5.4 (the README installs the module for 5.4)
    c       saved as app.c, for the sh block that follows to compile

A block of any other language, or an indented one, is text, not run.
"""
import re
import sys

RUN = {
    "sh": "{code}",
    "python": "python - <<'HS_README_BLOCK'\n{code}HS_README_BLOCK",
    "lua": "lua5.4 - <<'HS_README_BLOCK'\n{code}HS_README_BLOCK",
    "c": "cat > app.c <<'HS_README_BLOCK'\n{code}HS_README_BLOCK",
}


def blocks(text):
    """(language, first line number, code) of each fenced block."""
    for m in re.finditer(r"^```(\w*)\n(.*?)^```$", text, re.S | re.M):
        yield m.group(1), text.count("\n", 0, m.start()) + 1, m.group(2)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        found = [b for b in blocks(f.read()) if b[0] in RUN]
    print("set -e")
    print(f"echo 1..{len(found)}")
    for n, (lang, line, code) in enumerate(found, 1):
        print(f"echo '# block {n}: {lang}, README.md line {line}'")
        print("{\n" + RUN[lang].format(code=code) + "\n} >&2")
        print(f"echo 'ok {n} - README.md line {line} ({lang})'")


if __name__ == "__main__":
    main()
