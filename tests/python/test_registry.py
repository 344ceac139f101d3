"""HTTPStatus and WSCloseCode against the IANA tables, RFC 9110 and the
standard library's http.HTTPStatus."""
import enum
import http
import pickle

import pytest

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode


# Names http.HTTPStatus has in CPython 3.13 that 3.11 lacks, and the old
# names 3.13 keeps as aliases.
PY313_NAMES = {
    "CONTENT_TOO_LARGE": 413, "URI_TOO_LONG": 414,
    "RANGE_NOT_SATISFIABLE": 416, "UNPROCESSABLE_CONTENT": 422,
    "REQUEST_ENTITY_TOO_LARGE": 413, "REQUEST_URI_TOO_LONG": 414,
    "REQUESTED_RANGE_NOT_SATISFIABLE": 416, "UNPROCESSABLE_ENTITY": 422,
}


def reference_of(tsv_reference):
    if tsv_reference.startswith("RFC 9110 S "):
        return "RFC 9110, Section " + tsv_reference[len("RFC 9110 S "):]
    return tsv_reference.split(" (")[0]


def test_every_iana_row(iana):
    for code, row in iana.items():
        member = HTTPStatus(code)
        assert member == code
        if code == 418:  # CPython's name and phrase for the reserved code
            assert (member.name, member.phrase) == ("IM_A_TEAPOT",
                                                    "I'm a Teapot")
        else:
            assert member.phrase == row["description"], code
        assert member.reference.startswith(reference_of(row["reference"]))
        assert row["state"].startswith(member.state), code
        assert member.is_standard and member.source is None


def test_counts(iana, unofficial, ws_table):
    from conftest import iana_unassigned
    assert set(iana) == set(range(100, 600)) - iana_unassigned()
    assert len(HTTPStatus) == len(iana) + len(unofficial)
    assert len(WSCloseCode) == len(ws_table)
    assert {m.value for m in HTTPStatus} == set(iana) | set(unofficial)


def test_unofficial_rows(unofficial):
    for code, row in unofficial.items():
        member = HTTPStatus(code)
        assert member.phrase == row["phrase"]
        assert member.source == row["source"]
        assert member.state == "unofficial" and not member.is_standard
        assert member.reference is None


def test_websocket_rows(ws_table):
    for code, row in ws_table.items():
        member = WSCloseCode(code)
        assert member.phrase == row["meaning"]
        assert member.reference == row["reference"]
        assert member.is_sendable == row["sendable"].startswith("yes")
        assert member.range == ("protocol" if code < 3000 else "library")
    assert WSCloseCode.NORMAL_CLOSURE == 1000
    assert WSCloseCode.CLOSE_NORMAL is WSCloseCode.NORMAL_CLOSURE


def test_every_stdlib_name():
    for name, member in http.HTTPStatus.__members__.items():
        assert HTTPStatus[name] == member.value, name
        assert getattr(HTTPStatus, name) == member.value, name
    for name, value in PY313_NAMES.items():
        assert HTTPStatus[name] == value, name


def test_old_names_are_aliases():
    assert HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE
    assert HTTPStatus.PAYLOAD_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE
    assert HTTPStatus.UNPROCESSABLE_ENTITY is HTTPStatus.UNPROCESSABLE_CONTENT
    assert HTTPStatus.REQUEST_URI_TOO_LONG is HTTPStatus.URI_TOO_LONG
    assert HTTPStatus(413).name == "CONTENT_TOO_LARGE"
    assert "PAYLOAD_TOO_LARGE" in HTTPStatus(413).aliases
    assert "REQUEST_ENTITY_TOO_LARGE" in HTTPStatus.__members__


def test_enum_contract():
    assert issubclass(HTTPStatus, enum.IntEnum)
    assert isinstance(HTTPStatus.OK, int) and HTTPStatus.OK + 1 == 201
    assert HTTPStatus(HTTPStatus.NOT_FOUND) is HTTPStatus.NOT_FOUND
    assert HTTPStatus["NOT_FOUND"] is HTTPStatus(404)
    assert repr(HTTPStatus.NOT_FOUND) == "<HTTPStatus.NOT_FOUND: 404>"
    assert str(HTTPStatus.NOT_FOUND) == str(http.HTTPStatus.NOT_FOUND)
    assert pickle.loads(pickle.dumps(HTTPStatus.OK)) is HTTPStatus.OK
    assert hash(HTTPStatus.OK) == hash(200)
    assert list(HTTPStatus) == sorted(HTTPStatus)
    with pytest.raises(ValueError):
        HTTPStatus(597)  # not registered (599 is, as an unofficial code)
    with pytest.raises(ValueError):
        HTTPStatus("404")
    with pytest.raises(KeyError):
        HTTPStatus["NOPE"]
    with pytest.raises(AttributeError):
        HTTPStatus.NOPE
    with pytest.raises(AttributeError):
        HTTPStatus.NOT_FOUND = 1


def test_class_properties():
    for member in HTTPStatus:
        digit = member // 100
        assert member.is_informational == (digit == 1)
        assert member.is_success == (digit == 2)
        assert member.is_redirection == (digit == 3)
        assert member.is_client_error == (digit == 4)
        assert member.is_server_error == (digit == 5)
        assert member.is_error == (digit in (4, 5))
        std = getattr(http.HTTPStatus, member.name, None)
        if std is not None and hasattr(std, "is_success"):  # 3.12+
            assert member.is_success == std.is_success


def test_rfc_flags(rfc_flags):
    assert set(rfc_flags) == {"cacheable", "empty", "redirect", "retryable"}
    for m in HTTPStatus:
        for flag, codes in rfc_flags.items():
            assert getattr(m, "is_" + flag) == (m in codes), (m, flag)


def test_chinese_texts():
    for m in list(HTTPStatus) + list(WSCloseCode):
        assert any(ord(c) > 0x2E80 for c in m.phrase_zh), m
        assert any(ord(c) > 0x2E80 for c in m.description_zh), m
        assert len(m.description) > 20
    assert HTTPStatus.NOT_FOUND.phrase_zh == "未找到"
    assert HTTPStatus(500).phrase_zh == "服务器内部错误"
    assert HTTPStatus(503).phrase_zh == "服务不可用"


def test_status_line_method():
    assert HTTPStatus.NOT_FOUND.status_line() == "HTTP/1.1 404 Not Found"
    assert HTTPStatus.OK.status_line("HTTP/1.0") == "HTTP/1.0 200 OK"


def test_version():
    import re
    assert re.fullmatch(r"\d+\.\d+\.\d+", httpstatus.__version__)
