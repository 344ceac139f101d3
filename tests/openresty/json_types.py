"""json_types.py: reads JSON objects (one document: a list, or an object of
lists) on stdin and prints each key with the JSON types it had across
them, one key a line ("records aliases array", the list's name "-" for a
bare list); exits 1 when a key had two types
or a value of a key had no place in JSON (keeps what test_nginx.sh asks
in one place)."""
import json
import sys

NAMES = {dict: "object", list: "array", str: "string", bool: "boolean",
         int: "number", float: "number", type(None): "null"}


def main():
    doc = json.load(sys.stdin)
    lists = doc.items() if isinstance(doc, dict) else [("-", doc)]
    status = 0
    for name, objects in lists:
        types = {}
        for obj in objects:
            for key, value in obj.items():
                types.setdefault(key, set()).add(NAMES[type(value)])
        for key in sorted(types):
            print(name, key, " ".join(sorted(types[key])))
            if len(types[key]) > 1:
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
