# Written by make regen-stubs (bindings/python/stubgen.c over
# bindings/python/httpstatus_stub.pyi.in): edit those, not this.
# Type stubs for httpstatus; the build writes the members, their
# attributes and the state, class and range names in from the registry
# (bindings/python/stubgen.c).  The docstrings are those of the package,
# for editors that show them.
from enum import IntEnum
from typing import (Any, Callable, Dict, Generic, List, Literal, Optional,
                    Tuple, TypeVar, Union, overload)

__all__ = [
    "HTTPStatus", "WSCloseCode", "phrase", "describe", "get", "ws_get",
    "lookup", "ws_lookup", "status_class", "ws_close_range", "status_line",
    "is_ws_sendable", "__version__",
    "understood_as", "problem", "search",
]

__version__: str

_State = Literal["permanent", "temporary", "unused", "obsoleted", "unofficial"]
_Class = Literal["informational", "success", "redirection", "client_error", "server_error"]
_Range = Literal["unused", "protocol", "library", "private"]
# The registered codes: an overload given a member or one of these answers
# with no None (phrase(404) is a str, problem(404) a dict).
_Code = Literal[100, 101, 102, 103, 104, 200, 201, 202, 203, 204,
    205, 206, 207, 208, 218, 226, 300, 301, 302, 303,
    304, 305, 306, 307, 308, 400, 401, 402, 403, 404,
    405, 406, 407, 408, 409, 410, 411, 412, 413, 414,
    415, 416, 417, 418, 419, 420, 421, 422, 423, 424,
    425, 426, 428, 429, 431, 440, 444, 449, 450, 451,
    494, 495, 496, 497, 498, 499, 500, 501, 502, 503,
    504, 505, 506, 507, 508, 509, 510, 511, 520, 521,
    522, 523, 524, 525, 526, 527, 530, 598, 599]
_WSCode = Literal[1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009,
    1010, 1011, 1012, 1013, 1014, 1015, 3000, 3003, 3008]

class _Flag:
    """An is_* flag: a bool on a member; on the class, a predicate over
    any int, which is looked up first (HTTPStatus.is_retryable(503))."""
    def __init__(self, name: str, doc: Optional[str],
                 test: Optional[Callable[[int], object]],
                 find: Callable[[int], Optional[int]],
                 of_class: Optional[Callable[[Optional[str]], bool]] = None,
                 ) -> None: ...
    def __set_name__(self, owner: type, name: str) -> None: ...
    __name__: str
    __qualname__: str
    @overload
    def __get__(self, member: None, owner: object = None, /) -> _Flag: ...
    @overload
    def __get__(self, member: int, owner: object = None, /) -> bool: ...
    def __call__(self, code: int, /) -> bool:
        """Whether the flag holds for code, a member or any int."""

# The stubs write each flag as a method under @_flag, not as "is_x: _Flag":
# an annotated name in an enum's stub is a member to mypy before 2.0 (and
# to type checkers that follow it), a decorated method never is.
def _flag(f: Callable[[Any], bool], /) -> _Flag: ...

_T = TypeVar("_T")
class _Computed(Generic[_T]):
    """An attribute computed from the code, kept by each member: its value
    on a member, this object on the class."""
    __qualname__: str
    def __init__(self, compute: Callable[[Any], _T], doc: str,
                 of_class: Optional[Callable[[Optional[str]], _T]] = None,
                 ) -> None: ...
    def __set_name__(self, owner: type, name: str) -> None: ...
    @overload
    def __get__(self, member: None, owner: object = None, /) -> _Computed[_T]: ...
    @overload
    def __get__(self, member: int, owner: object = None, /) -> _T: ...
# Written as a method under @_computed, for the reason given at _flag.
def _computed(f: Callable[[Any], _T], /) -> _Computed[_T]: ...

class HTTPStatus(IntEnum):
    """HTTP status codes: the IANA registry with RFC 9110 phrases, plus
    well-known unofficial codes (state 'unofficial').  A drop-in for
    http.HTTPStatus: HTTPStatus(404).phrase == 'Not Found'."""
    aliases: Tuple[str, ...]
    phrase: str
    phrase_zh: str
    description: str
    description_zh: str
    state: _State
    source: Optional[str]
    reference: Optional[str]
    @_flag
    def is_cacheable(self) -> bool: ...
    @_flag
    def is_empty(self) -> bool: ...
    @_flag
    def is_redirect(self) -> bool: ...
    @_flag
    def is_retryable(self) -> bool: ...
    @_flag
    def is_informational(self) -> bool:
        """A 1xx code."""
    @_flag
    def is_success(self) -> bool:
        """A 2xx code."""
    @_flag
    def is_redirection(self) -> bool:
        """A 3xx code."""
    @_flag
    def is_client_error(self) -> bool:
        """A 4xx code."""
    @_flag
    def is_server_error(self) -> bool:
        """A 5xx code."""
    @_flag
    def is_error(self) -> bool:
        """A 4xx or 5xx code."""
    @_flag
    def is_standard(self) -> bool:
        """Registered with IANA (not a vendor's code)."""
    @_computed
    def status_class(self) -> _Class:
        """'informational', 'success', 'redirection', 'client_error' or
        'server_error'."""
    def status_line(self, version: str = "HTTP/1.1") -> str:
        """The HTTP/1.x status line, e.g. 'HTTP/1.1 404 Not Found'."""
    CONTINUE = 100
    SWITCHING_PROTOCOLS = 101
    PROCESSING = 102
    EARLY_HINTS = 103
    UPLOAD_RESUMPTION_SUPPORTED = 104
    OK = 200
    CREATED = 201
    ACCEPTED = 202
    NON_AUTHORITATIVE_INFORMATION = 203
    NO_CONTENT = 204
    RESET_CONTENT = 205
    PARTIAL_CONTENT = 206
    MULTI_STATUS = 207
    ALREADY_REPORTED = 208
    THIS_IS_FINE = 218
    IM_USED = 226
    MULTIPLE_CHOICES = 300
    MOVED_PERMANENTLY = 301
    FOUND = 302
    MOVED_TEMPORARILY = 302
    SEE_OTHER = 303
    NOT_MODIFIED = 304
    USE_PROXY = 305
    SWITCH_PROXY = 306
    TEMPORARY_REDIRECT = 307
    PERMANENT_REDIRECT = 308
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    PAYMENT_REQUIRED = 402
    FORBIDDEN = 403
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    NOT_ACCEPTABLE = 406
    PROXY_AUTHENTICATION_REQUIRED = 407
    REQUEST_TIMEOUT = 408
    CONFLICT = 409
    GONE = 410
    LENGTH_REQUIRED = 411
    PRECONDITION_FAILED = 412
    CONTENT_TOO_LARGE = 413
    REQUEST_ENTITY_TOO_LARGE = 413
    PAYLOAD_TOO_LARGE = 413
    URI_TOO_LONG = 414
    REQUEST_URI_TOO_LONG = 414
    UNSUPPORTED_MEDIA_TYPE = 415
    RANGE_NOT_SATISFIABLE = 416
    REQUESTED_RANGE_NOT_SATISFIABLE = 416
    EXPECTATION_FAILED = 417
    IM_A_TEAPOT = 418
    PAGE_EXPIRED = 419
    ENHANCE_YOUR_CALM = 420
    MISDIRECTED_REQUEST = 421
    UNPROCESSABLE_CONTENT = 422
    UNPROCESSABLE_ENTITY = 422
    LOCKED = 423
    FAILED_DEPENDENCY = 424
    TOO_EARLY = 425
    UPGRADE_REQUIRED = 426
    PRECONDITION_REQUIRED = 428
    TOO_MANY_REQUESTS = 429
    REQUEST_HEADER_FIELDS_TOO_LARGE = 431
    LOGIN_TIME_OUT = 440
    NO_RESPONSE = 444
    RETRY_WITH = 449
    BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS = 450
    UNAVAILABLE_FOR_LEGAL_REASONS = 451
    REQUEST_HEADER_TOO_LARGE = 494
    SSL_CERTIFICATE_ERROR = 495
    SSL_CERTIFICATE_REQUIRED = 496
    HTTP_REQUEST_SENT_TO_HTTPS_PORT = 497
    INVALID_TOKEN = 498
    CLIENT_CLOSED_REQUEST = 499
    INTERNAL_SERVER_ERROR = 500
    NOT_IMPLEMENTED = 501
    BAD_GATEWAY = 502
    SERVICE_UNAVAILABLE = 503
    GATEWAY_TIMEOUT = 504
    HTTP_VERSION_NOT_SUPPORTED = 505
    VARIANT_ALSO_NEGOTIATES = 506
    INSUFFICIENT_STORAGE = 507
    LOOP_DETECTED = 508
    BANDWIDTH_LIMIT_EXCEEDED = 509
    NOT_EXTENDED = 510
    NETWORK_AUTHENTICATION_REQUIRED = 511
    WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR = 520
    WEB_SERVER_IS_DOWN = 521
    CONNECTION_TIMED_OUT = 522
    ORIGIN_IS_UNREACHABLE = 523
    A_TIMEOUT_OCCURRED = 524
    SSL_HANDSHAKE_FAILED = 525
    INVALID_SSL_CERTIFICATE = 526
    RAILGUN_ERROR = 527
    SITE_IS_FROZEN = 530
    NETWORK_READ_TIMEOUT_ERROR = 598
    NETWORK_CONNECT_TIMEOUT_ERROR = 599

class WSCloseCode(IntEnum):
    """WebSocket close codes (IANA, RFC 6455 Section 7.4)."""
    aliases: Tuple[str, ...]
    phrase: str
    phrase_zh: str
    description: str
    description_zh: str
    state: _State
    source: Optional[None]
    reference: str
    @_flag
    def is_sendable(self) -> bool: ...
    @_computed
    def range(self) -> _Range:
        """'protocol', 'library' or 'private'."""
    NORMAL_CLOSURE = 1000
    CLOSE_NORMAL = 1000
    GOING_AWAY = 1001
    CLOSE_GOING_AWAY = 1001
    PROTOCOL_ERROR = 1002
    CLOSE_PROTOCOL_ERROR = 1002
    UNSUPPORTED_DATA = 1003
    CLOSE_UNSUPPORTED = 1003
    RESERVED = 1004
    NO_STATUS_RECEIVED = 1005
    CLOSE_NO_STATUS = 1005
    ABNORMAL_CLOSURE = 1006
    CLOSE_ABNORMAL = 1006
    INVALID_FRAME_PAYLOAD_DATA = 1007
    POLICY_VIOLATION = 1008
    MESSAGE_TOO_BIG = 1009
    CLOSE_TOO_LARGE = 1009
    MANDATORY_EXTENSION = 1010
    MISSING_EXTENSION = 1010
    INTERNAL_ERROR = 1011
    SERVICE_RESTART = 1012
    TRY_AGAIN_LATER = 1013
    BAD_GATEWAY = 1014
    TLS_HANDSHAKE = 1015
    UNAUTHORIZED = 3000
    FORBIDDEN = 3003
    TIMEOUT = 3008

@overload
def phrase(code: Union[HTTPStatus, _Code], /) -> str: ...
@overload
def phrase(code: int, /) -> Optional[str]:
    """The reason phrase of an HTTP status code ('Not Found'), or None
    when the code is not registered.  TypeError unless an int."""
@overload
def describe(code: Union[HTTPStatus, _Code], lang: str = "en") -> str: ...
@overload
def describe(code: int, lang: str = "en") -> Optional[str]:
    """The description of an HTTP status code in English or Chinese, or
    None when the code is not registered.  lang is a BCP 47 tag in any
    case, '-' or '_': 'en', 'en-US', 'zh', 'zh-CN', 'zh_CN', 'zh-Hans'."""
@overload
def get(code: Union[HTTPStatus, _Code], /) -> HTTPStatus: ...
@overload
def get(code: int, /) -> Optional[HTTPStatus]:
    """The HTTPStatus member of code, or None when it is not registered
    (any int is a valid question).  TypeError unless an int."""
@overload
def ws_get(code: Union[WSCloseCode, _WSCode], /) -> WSCloseCode: ...
@overload
def ws_get(code: int, /) -> Optional[WSCloseCode]:
    """The WSCloseCode member of code, or None."""
def lookup(text: str, /) -> Optional[HTTPStatus]:
    """The HTTPStatus for a name, old name or phrase ('not found',
    'NOT_FOUND', 'Request Entity Too Large', '未找到'), an nginx status-line
    phrase, a numeric string ('404'), '404 Not Found', a status line
    ('HTTP/1.1 404 Not Found') or 'HTTP_404_NOT_FOUND'; None when nothing
    matches or a code and a name disagree."""
def ws_lookup(text: str, /) -> Optional[WSCloseCode]:
    """The WSCloseCode for a name, old name or phrase ('going away'), a
    numeric string or 'WS_1000_NORMAL_CLOSURE', or None."""
@overload
def status_class(code: Union[HTTPStatus, _Code]) -> _Class: ...
@overload
def status_class(code: int) -> Optional[_Class]:
    """The class of any code in 100..599, registered or not; None for any
    other int."""
@overload
def ws_close_range(code: Union[WSCloseCode, _WSCode]) -> _Range: ...
@overload
def ws_close_range(code: int) -> Optional[_Range]:
    """The RFC 6455 range of any close code ('unused' for 0-999,
    'protocol', 'library', 'private'); None outside 0..4999."""
def is_ws_sendable(code: int) -> bool:
    """Whether a Close frame may carry this code (RFC 6455 Section 7.4)."""
def status_line(code: int, version: str = "HTTP/1.1") -> str:
    """'HTTP/1.1 404 Not Found'.  An unregistered code in 100..999 gets an
    empty reason phrase (RFC 9112); other codes raise ValueError, and so
    does a version that is empty, over 32 bytes or not visible ASCII."""
@overload
def understood_as(code: Union[HTTPStatus, _Code]) -> HTTPStatus: ...
@overload
def understood_as(code: int) -> Optional[HTTPStatus]:
    """The member a client treats code as (RFC 9110 Section 15): itself
    when registered, else the x00 code of its class (597 gives 500); None
    outside 100..599."""
# A dict, not a TypedDict: extension members are read back as freely as
# the RFC's, and a caller's Dict[str, Any] annotation keeps holding it.
@overload
def problem(status: Union[HTTPStatus, _Code], detail: Optional[str] = None,
            *, type: Optional[str] = "about:blank",
            title: Optional[str] = None, instance: Optional[str] = None,
            **extensions: Any) -> Dict[str, Any]: ...
@overload
def problem(status: int, detail: Optional[str] = None, *,
            type: Optional[str] = "about:blank", title: Optional[str] = None,
            instance: Optional[str] = None,
            **extensions: Any) -> Optional[Dict[str, Any]]:
    """RFC 9457 problem details for an HTTP status as a dict for
    json.dumps: type 'about:blank', title the status phrase, status, and
    detail, instance and extensions where given; None outside 100..599."""
def search(text: str) -> List[Union[HTTPStatus, WSCloseCode]]:
    """What text may mean, best first, as the C core's hs_search ranks it
    (exact, prefix, every word, typos, descriptions): what the command's
    search prints."""
def _shown(value: object, limit: int = 40) -> str: ...
