"""Shared fixtures: the reference tables and the C command-line tool.

These tests run against the installed package (tests/python/run.sh installs
it into a venv), never the source tree.
"""
import csv
import json
import os
import subprocess

import pytest

pytest_plugins = ["pytester"]  # test_testing.py runs sample suites

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")


def read_tsv(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


def iana_unassigned():
    """The codes of 100..599 the IANA table's header lists as unassigned
    ("# Unassigned ranges: 105-199, ..."): every other code has a row."""
    with open(os.path.join(DATA, "iana-http-status.tsv"), encoding="utf-8") as f:
        line = next(x for x in f if x.startswith("# Unassigned ranges:"))
    codes = set()
    for part in line.split(":", 1)[1].split(","):
        lo, _, hi = part.strip().rstrip(".").partition("-")
        codes.update(range(int(lo), int(hi or lo) + 1))
    return codes


@pytest.fixture(scope="session")
def iana():
    return {int(r["code"]): r for r in read_tsv("iana-http-status.tsv")}


@pytest.fixture(scope="session")
def unofficial():
    return {int(r["code"]): r for r in read_tsv("unofficial-http-status.tsv")}


@pytest.fixture(scope="session")
def ws_table():
    return {int(r["code"]): r for r in read_tsv("iana-websocket-close.tsv")}


@pytest.fixture(scope="session")
def rfc_flags():
    """flag -> the set of HTTP codes that carry it (tests/data/rfc-flags.tsv;
    "1xx" is the whole class)."""
    flags = {}
    for row in read_tsv("rfc-flags.tsv"):
        codes = set()
        for word in row["codes"].split():
            if word.endswith("xx"):
                codes.update(range(int(word[0]) * 100, int(word[0]) * 100 + 100))
            else:
                codes.add(int(word))
        flags[row["flag"]] = codes
    return flags


@pytest.fixture(scope="session")
def c_cli():
    """The C program built by make (HS_CLI), which the suite needs: a run
    without it fails rather than skips."""
    path = os.environ.get("HS_CLI", os.path.join(ROOT, "build", "httpstatus"))
    assert os.access(path, os.X_OK), f"C CLI not built at {path} (run make)"
    return path


@pytest.fixture(scope="session")
def c_json(c_cli):
    out = subprocess.run([c_cli, "--json"], check=True, capture_output=True)
    return json.loads(out.stdout)
