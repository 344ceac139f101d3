"""search() and lookup() of text as a user meets them: the ranking table
(tests/data/search-ranking.tsv, what each query means), its two properties
over the whole registry, the same order as the command, and lookups of
text in any case, with separators anywhere."""
import re
import subprocess

import pytest

import httpstatus
from httpstatus import HTTPStatus

from conftest import read_tsv

RANKING = read_tsv("search-ranking.tsv")
ALL = [*HTTPStatus, *httpstatus.WSCloseCode]


def test_the_table_is_long_enough():
    assert len(RANKING) >= 60


@pytest.mark.parametrize("row", RANKING, ids=lambda r: r["query"])
def test_ranking_table(row):
    found = [m.value for m in httpstatus.search(row["query"])]
    assert found and found[0] == int(row["first"]), found[:5]
    if row["absent"] != "-":
        for code in row["absent"].split(","):
            assert int(code) not in found[:5], found[:5]


@pytest.mark.parametrize("row", RANKING, ids=lambda r: r["query"])
def test_same_order_as_the_command(c_cli, row):
    out = subprocess.run([c_cli, "search", "--", row["query"]],
                         capture_output=True, text=True).stdout
    cli = [int(line.split()[0]) for line in out.splitlines()]
    assert [m.value for m in httpstatus.search(row["query"])] == cli


def in_top3(text, member):
    return member in httpstatus.search(text)[:3]


def test_any_prefix_of_four_letters_finds_the_phrase():
    missed = []
    for member in ALL:
        phrase = member.phrase
        for end in range(1, len(phrase) + 1):
            if len(re.findall("[A-Za-z]", phrase[:end])) >= 4 and \
                    not in_top3(phrase[:end], member):
                missed.append((phrase[:end], member.value))
    assert missed == []


def typos(phrase):
    """Each one-letter typo of each word of five letters or more: a letter
    dropped, doubled, changed, or swapped with the next."""
    for word in re.finditer("[A-Za-z]{5,}", phrase):
        for at in range(word.start(), word.end()):
            yield phrase[:at] + phrase[at + 1:]
            yield phrase[:at + 1] + phrase[at:]
            yield phrase[:at] + ("q" if phrase[at] == "x" else "x") + \
                phrase[at + 1:]
            if at + 1 < word.end() and phrase[at] != phrase[at + 1]:
                yield phrase[:at] + phrase[at + 1] + phrase[at] + \
                    phrase[at + 2:]


def test_any_one_letter_typo_finds_the_phrase():
    missed = [(typo, member.value) for member in ALL
              for typo in typos(member.phrase) if not in_top3(typo, member)]
    assert missed == []


@pytest.mark.parametrize("text,code", [
    ("not found", 404), ("NOT FOUND", 404), ("Not-Found", 404),
    ("not_found", 404), ("n o t f o u n d", 404), ("Railgun 错误", 527),
    ("railgun 错误", 527), ("RAILGUN错误", 527), ("未 找 到", 404),
    ("service temporarily unavailable", 503), ("http_not_allowed", 405)])
def test_lookup_one_rule_for_every_form(text, code):
    assert httpstatus.lookup(text) == code


@pytest.mark.parametrize("text", ["not found!", "not\0found", "\ud800",
                                  "x" * 257, "é" * 10**6, "", "   ", "4o4"])
def test_lookup_misses(text):
    assert httpstatus.lookup(text) is None


def test_search_of_separators_is_empty():
    assert httpstatus.search(" _-./") == []
