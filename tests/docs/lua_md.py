"""lua_md.py README DOC: prints a shell script that does what a reader of
docs/lua.md does: the README's Lua install block (the one that runs
`luarocks ... make --local`), then every fenced block of DOC in order, in
one shell, each reported as a TAP test on stdout (what the blocks print
goes to stderr):

    sh     run as is
    lua    run by lua5.4 (the README installs for 5.4); a block whose first
           line is "-- NAME_spec.lua: run with  lua5.4 "$(command -v busted)" NAME_spec.lua" is
           saved as NAME_spec.lua and run by that command
    nginx  saved as nginx.conf in a directory of its own with ONLY its port
           changed (a free one, for 8080), started as the doc says
           (nginx -p "$PWD" -c nginx.conf) and asked what the doc shows
           (tests/docs/lua_md_nginx.sh)

Then, as OpenResty's LuaJIT would, every lua block again on luajit over
the 5.1 install the doc made (and put on the shell's paths).  A block right after the line
"*Not run by the docs test: REASON.*" is counted and reported, not run.

    lua_md.py --on LUA DOC

prints a script that runs only the lua blocks of DOC, on LUA, with the
module where the shell's LUA_PATH and LUA_CPATH find it: Lua 5.5 in the
Debian testing chroot (tests/lua/forky.sh), whose luarocks refuses the
README's --local install to root.
"""
import re
import sys

SKIP = re.compile(r"^\*Not run by the docs test: (.+)\.\*$")
SPEC = re.compile(r'^-- (\w+_spec\.lua): run with  (lua5\.4 "\$\(command -v busted\)" \w+_spec\.lua)$')


def blocks(text):
    """(language, first line number, code, skip reason) of each block."""
    lines = text.split("\n")
    for m in re.finditer(r"^```(\w*)\n(.*?)^```$", text, re.S | re.M):
        line = text.count("\n", 0, m.start())  # 0-based line of the fence
        before = SKIP.match(lines[line - 1]) if line else None
        yield m.group(1), line + 1, m.group(2), before and before.group(1)


def lua(code, interpreter):
    first = code.split("\n", 1)[0]
    spec = SPEC.match(first)
    if spec:
        command = spec.group(2)
        if interpreter != "lua5.4":
            command = interpreter + command[len("lua5.4"):]
        return (f"cat > {spec.group(1)} <<'HS_DOC_BLOCK'\n{code}HS_DOC_BLOCK\n"
                f"{command}")
    return f"{interpreter} - <<'HS_DOC_BLOCK'\n{code}HS_DOC_BLOCK"


def print_script(steps, skipped):
    print("set -e")
    print(f"echo '# {skipped} block(s) marked not run'")
    print(f"echo 1..{len(steps)}")
    for n, (where, code) in enumerate(steps, 1):
        print(f"echo '# step {n}: {where}'")
        print("{\n" + code + "\n} >&2")
        print(f"echo 'ok {n} - {where}'")


def lua_only(interpreter, doc):
    with open(doc, encoding="utf-8") as f:
        found = list(blocks(f.read()))
    steps = [(f"{doc} line {line} (lua, on {interpreter})",
              lua(code, interpreter))
             for lang, line, code, skip in found if lang == "lua" and not skip]
    print_script(steps, sum(1 for b in found if b[0] == "lua" and b[3]))


def main():
    if sys.argv[1] == "--on":
        lua_only(sys.argv[2], sys.argv[3])
        return
    readme, doc = sys.argv[1], sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        install = [b for b in blocks(f.read())
                   if b[0] == "sh" and re.search(r"luarocks .*make --local", b[2])]
    with open(doc, encoding="utf-8") as f:
        found = list(blocks(f.read()))
    steps = [(f"{readme} line {install[0][1]} (sh)", install[0][2])]
    skipped = 0
    for lang, line, code, skip in found:
        where = f"{doc} line {line} ({lang})"
        if skip:
            skipped += 1
            print(f"echo '# not run: {where}: {skip}'")
        elif lang == "sh":
            steps.append((where, code))
        elif lang == "lua":
            steps.append((where, lua(code, "lua5.4")))
        elif lang == "nginx":
            steps.append((where, "cat > \"$HS_NGINX_CONF\" <<'HS_DOC_BLOCK'\n"
                          f"{code}HS_DOC_BLOCK\n"
                          "sh \"$HS_DOCS/lua_md_nginx.sh\""))
        else:
            sys.exit(f"{where}: no rule to run a {lang or 'plain'} block")
    for lang, line, code, skip in found:
        if lang == "lua" and not skip:
            steps.append((f"{doc} line {line} (lua, on luajit)",
                          lua(code, "luajit")))
    print_script(steps, skipped)


if __name__ == "__main__":
    main()
