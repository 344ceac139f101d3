/*
 * hs_index.h - private to httpstatus.c: the text index of the registry,
 * written by scripts/indexgen.c (make regen-index) from httpstatus/registry.h.
 * Do not edit; tests/c/index.sh fails when it is stale.
 *
 * 339 keys, folded by hs_fold (hs_text.h), in 2048 slots; a key lies at most
 * HS_INDEX_PROBES - 1 slots past the one hs_key_slot gives it.
 */
#define HS_INDEX_BITS 11
#define HS_INDEX_SEED 0x9E377FC1u
#define HS_INDEX_PROBES 2
#define HS_INDEX_SPELT 4 /* kind | this: spelt ngx.HTTP_NAME */

/* hs_fold_byte of every byte, for hs_lookup's one pass over a text:
 * the byte lowered, 0 for a separator, 1 for a byte no key holds. */
static const unsigned char hs_fold_map[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 1, 1, 1, 1, 1, 1,
    1, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 1, 1, 1, 1, 0,
    1, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 1, 1, 1, 1, 1,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

/* The keys, one literal each (one long literal would pass what C99 asks
 * a compiler to take). */
static const char *const hs_index_keys[] = {
    "httpresetcontent", /* 205: HTTP_RESET_CONTENT */
    "\346\260\270\344\271\205\347\247\273\345\212\250", /* 301: 永久移动 */
    "\350\257\267\346\261\202\347\232\204uri\350\277\207\351\225\277", /* 414: 请求的 URI 过长 */
    "httppageexpired", /* 419: HTTP_PAGE_EXPIRED */
    "httprequestheaderfieldstoolarge", /* 431: HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE */
    "\344\275\277\347\224\250\344\273\243\347\220\206", /* 305: 使用代理 */
    "\346\227\240\345\223\215\345\272\224", /* 444: 无响应 */
    "httplengthrequired", /* 411: HTTP_LENGTH_REQUIRED */
    "faileddependency", /* 424: FAILED_DEPENDENCY */
    "\350\266\205\345\207\272\345\270\246\345\256\275\351\231\220\345\210\266", /* 509: 超出带宽限制 */
    "httpserviceunavailable", /* 503: HTTP_SERVICE_UNAVAILABLE */
    "multiplechoices", /* 300: MULTIPLE_CHOICES */
    "\351\235\236\346\216\210\346\235\203\344\277\241\346\201\257", /* 203: 非授权信息 */
    "\345\206\205\351\203\250\351\224\231\350\257\257", /* 1011: 内部错误 */
    "httpmethodnotimplemented", /* 501: HTTP_METHOD_NOT_IMPLEMENTED */
    "\344\270\215\346\224\257\346\214\201\347\232\204\346\225\260\346\215\256", /* 1003: 不支持的数据 */
    "httpinvalidtoken", /* 498: HTTP_INVALID_TOKEN */
    "httprequesttimeout", /* 408: HTTP_REQUEST_TIMEOUT */
    "httpgatewaytimeout", /* 504: HTTP_GATEWAY_TIMEOUT */
    "\346\234\252\346\224\266\345\210\260\347\212\266\346\200\201\347\240\201", /* 1005: 未收到状态码 */
    "httprequestsenttohttpsport", /* 497: HTTP_REQUEST_SENT_TO_HTTPS_PORT */
    "railgun\351\224\231\350\257\257", /* 527: Railgun 错误 */
    "payloadtoolarge", /* 413: PAYLOAD_TOO_LARGE */
    "switchingprotocols", /* 101: SWITCHING_PROTOCOLS */
    "httpatimeoutoccurred", /* 524: HTTP_A_TIMEOUT_OCCURRED */
    "httpearlyhints", /* 103: HTTP_EARLY_HINTS */
    "\347\275\221\345\205\263\350\266\205\346\227\266", /* 504: 网关超时 */
    "\346\227\240\345\206\205\345\256\271", /* 204: 无内容 */
    "methodnotallowed", /* 405: METHOD_NOT_ALLOWED */
    "\351\234\200\350\246\201\351\225\277\345\272\246", /* 411: 需要长度 */
    "httpbandwidthlimitexceeded", /* 509: HTTP_BANDWIDTH_LIMIT_EXCEEDED */
    "\346\266\210\346\201\257\350\277\207\345\244\247", /* 1009: 消息过大 */
    "\357\274\210\346\234\252\344\275\277\347\224\250\357\274\211", /* 306: （未使用） */
    "specialresponse", /* 300: SPECIAL_RESPONSE */
    "\345\206\262\347\252\201", /* 409: 冲突 */
    "sslcertificateerror", /* 495: SSL_CERTIFICATE_ERROR */
    "normalclosure", /* 1000: NORMAL_CLOSURE */
    "httpnoresponse", /* 444: HTTP_NO_RESPONSE */
    "\344\276\235\350\265\226\345\244\261\350\264\245", /* 424: 依赖失败 */
    "close", /* 444: CLOSE */
    "misdirectedrequest", /* 421: MISDIRECTED_REQUEST */
    "\345\255\230\345\202\250\347\251\272\351\227\264\344\270\215\350\266\263", /* 507: 存储空间不足 */
    "tls\346\217\241\346\211\213\345\244\261\350\264\245", /* 1015: TLS 握手失败 */
    "retrywith", /* 449: RETRY_WITH */
    "httpmethodnotallowed", /* 405: HTTP_METHOD_NOT_ALLOWED */
    "resetcontent", /* 205: RESET_CONTENT */
    "railgunerror", /* 527: RAILGUN_ERROR */
    "internalservererror", /* 500: INTERNAL_SERVER_ERROR */
    "httpnonauthoritativeinformation", /* 203: HTTP_NON_AUTHORITATIVE_INFORMATION */
    "httpcontenttoolarge", /* 413: HTTP_CONTENT_TOO_LARGE */
    "httppayloadtoolarge", /* 413: HTTP_PAYLOAD_TOO_LARGE */
    "internalerror", /* 1011: INTERNAL_ERROR */
    "httpuseproxy", /* 305: HTTP_USE_PROXY */
    "httpnotacceptable", /* 406: HTTP_NOT_ACCEPTABLE */
    "found", /* 302: FOUND */
    "httpalreadyreported", /* 208: HTTP_ALREADY_REPORTED */
    "created", /* 201: CREATED */
    "\351\234\200\344\273\230\350\264\271", /* 402: 需付费 */
    "httpclose", /* 444: HTTP_CLOSE */
    "unsupporteddata", /* 1003: UNSUPPORTED_DATA */
    "lengthrequired", /* 411: LENGTH_REQUIRED */
    "\350\277\236\346\216\245\350\266\205\346\227\266", /* 522: 连接超时 */
    "httploopdetected", /* 508: HTTP_LOOP_DETECTED */
    "httpunprocessableentity", /* 422: HTTP_UNPROCESSABLE_ENTITY */
    "webserverreturnedanunknownerror", /* 520: WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR */
    "httpwebserverisdown", /* 521: HTTP_WEB_SERVER_IS_DOWN */
    "httphttprequestsenttohttpsport", /* 497: HTTP_HTTP_REQUEST_SENT_TO_HTTPS_PORT */
    "\345\267\262\351\224\201\345\256\232", /* 423: 已锁定 */
    "\345\217\230\344\275\223\344\271\237\345\234\250\345\215\217\345\225\206", /* 506: 变体也在协商 */
    "\350\257\267\346\261\202\350\266\205\346\227\266", /* 408: 请求超时 */
    "\351\224\231\350\257\257\350\257\267\346\261\202", /* 400: 错误请求 */
    "originisunreachable", /* 523: ORIGIN_IS_UNREACHABLE */
    "\350\257\267\346\261\202\350\214\203\345\233\264\346\227\240\346\263\225\346\273\241\350\266\263", /* 416: 请求范围无法满足 */
    "closenostatus", /* 1005: CLOSE_NO_STATUS */
    "\344\270\200\345\210\207\346\255\243\345\270\270", /* 218: 一切正常 */
    "\350\257\267\346\261\202\350\277\207\345\244\232", /* 429: 请求过多 */
    "httppaymentrequired", /* 402: HTTP_PAYMENT_REQUIRED */
    "httpupgraderequired", /* 426: HTTP_UPGRADE_REQUIRED */
    "httpmultiplechoices", /* 300: HTTP_MULTIPLE_CHOICES */
    "uritoolong", /* 414: URI_TOO_LONG */
    "httptemporaryredirect", /* 307: HTTP_TEMPORARY_REDIRECT */
    "httppermanentredirect", /* 308: HTTP_PERMANENT_REDIRECT */
    "missingextension", /* 1010: MISSING_EXTENSION */
    "http\350\257\267\346\261\202\345\217\221\351\200\201\345\210\260\344\272\206https\347\253\257\345\217\243", /* 497: HTTP 请求发送到了 HTTPS 端口 */
    "httpbadgateway", /* 502: HTTP_BAD_GATEWAY */
    "requesturitoolong", /* 414: REQUEST_URI_TOO_LONG */
    "serviceunavailable", /* 503: SERVICE_UNAVAILABLE */
    "httpconflict", /* 409: HTTP_CONFLICT */
    "\351\203\250\345\210\206\345\206\205\345\256\271", /* 206: 部分内容 */
    "variantalsonegotiates", /* 506: VARIANT_ALSO_NEGOTIATES */
    "httpunauthorized", /* 401: HTTP_UNAUTHORIZED */
    "\346\227\251\346\234\237\346\217\220\347\244\272", /* 103: 早期提示 */
    "requesttimeout", /* 408: REQUEST_TIMEOUT */
    "nocontent", /* 204: NO_CONTENT */
    "httpvariantalsonegotiates", /* 506: HTTP_VARIANT_ALSO_NEGOTIATES */
    "httpnocontent", /* 204: HTTP_NO_CONTENT */
    "\346\234\252\346\216\210\346\235\203", /* 401: 未授权 */
    "\346\234\252\346\216\210\346\235\203", /* 3000: 未授权 */
    "requesturitoolarge", /* 414: Request-URI Too Large */
    "tlshandshake", /* 1015: TLS_HANDSHAKE */
    "notextended", /* 510: NOT_EXTENDED */
    "\346\234\215\345\212\241\351\207\215\345\220\257", /* 1012: 服务重启 */
    "httplogintimeout", /* 440: HTTP_LOGIN_TIME_OUT */
    "\345\267\262\346\216\245\345\217\227", /* 202: 已接受 */
    "httpimateapot", /* 418: HTTP_IM_A_TEAPOT */
    "\351\224\231\350\257\257\347\275\221\345\205\263", /* 502: 错误网关 */
    "\351\224\231\350\257\257\347\275\221\345\205\263", /* 1014: 错误网关 */
    "continue", /* 100: CONTINUE */
    "unauthorized", /* 401: UNAUTHORIZED */
    "unauthorized", /* 3000: UNAUTHORIZED */
    "protocolerror", /* 1002: PROTOCOL_ERROR */
    "httpnetworkauthenticationrequired", /* 511: HTTP_NETWORK_AUTHENTICATION_REQUIRED */
    "uploadresumptionsupported", /* 104: UPLOAD_RESUMPTION_SUPPORTED */
    "preconditionfailed", /* 412: PRECONDITION_FAILED */
    "sslhandshakefailed", /* 525: SSL_HANDSHAKE_FAILED */
    "networkconnecttimeouterror", /* 599: NETWORK_CONNECT_TIMEOUT_ERROR */
    "\347\231\273\345\275\225\350\266\205\346\227\266", /* 440: 登录超时 */
    "movedpermanently", /* 301: MOVED_PERMANENTLY */
    "\345\233\240\346\263\225\345\276\213\345\216\237\345\233\240\344\270\215\345\217\257\347\224\250", /* 451: 因法律原因不可用 */
    "httpenhanceyourcalm", /* 420: HTTP_ENHANCE_YOUR_CALM */
    "\345\244\204\347\220\206\344\270\255", /* 102: 处理中 */
    "httpexpectationfailed", /* 417: HTTP_EXPECTATION_FAILED */
    "\344\273\244\347\211\214\346\227\240\346\225\210", /* 498: 令牌无效 */
    "notacceptable", /* 406: NOT_ACCEPTABLE */
    "httpimused", /* 226: HTTP_IM_USED */
    "httpnetworkreadtimeouterror", /* 598: HTTP_NETWORK_READ_TIMEOUT_ERROR */
    "\346\260\270\344\271\205\351\207\215\345\256\232\345\220\221", /* 308: 永久重定向 */
    "\345\267\262\350\242\253windows\345\256\266\351\225\277\346\216\247\345\210\266\347\250\213\345\272\217\345\261\217\350\224\275", /* 450: 已被 Windows 家长控制程序屏蔽 */
    "\351\234\200\350\246\201\345\215\207\347\272\247", /* 426: 需要升级 */
    "httpsslcertificaterequired", /* 496: HTTP_SSL_CERTIFICATE_REQUIRED */
    "\346\234\252\346\211\276\345\210\260", /* 404: 未找到 */
    "goingaway", /* 1001: GOING_AWAY */
    "loopdetected", /* 508: LOOP_DETECTED */
    "processing", /* 102: PROCESSING */
    "http\347\211\210\346\234\254\344\270\215\345\217\227\346\224\257\346\214\201", /* 505: HTTP 版本不受支持 */
    "\345\210\207\346\215\242\345\215\217\350\256\256", /* 101: 切换协议 */
    "httpswitchingprotocols", /* 101: HTTP_SWITCHING_PROTOCOLS */
    "\350\257\267\346\261\202\345\244\264\345\255\227\346\256\265\350\277\207\345\244\247", /* 431: 请求头字段过大 */
    "invalidtoken", /* 498: INVALID_TOKEN */
    "httpok", /* 200: HTTP_OK */
    "tryagainlater", /* 1013: TRY_AGAIN_LATER */
    "insufficientstorage", /* 507: INSUFFICIENT_STORAGE */
    "preconditionrequired", /* 428: PRECONDITION_REQUIRED */
    "\350\257\267\346\261\202\345\244\264\350\277\207\345\244\247", /* 494: 请求头过大 */
    "servicerestart", /* 1012: SERVICE_RESTART */
    "unprocessablecontent", /* 422: UNPROCESSABLE_CONTENT */
    "\346\234\215\345\212\241\345\231\250\345\206\205\351\203\250\351\224\231\350\257\257", /* 500: 服务器内部错误 */
    "unavailableforlegalreasons", /* 451: UNAVAILABLE_FOR_LEGAL_REASONS */
    "httplocked", /* 423: HTTP_LOCKED */
    "reserved", /* 1004: RESERVED */
    "versionnotsupported", /* 505: VERSION_NOT_SUPPORTED */
    "\347\273\210\347\253\257\347\246\273\345\274\200", /* 1001: 终端离开 */
    "httpmovedpermanently", /* 301: HTTP_MOVED_PERMANENTLY */
    "httppreconditionrequired", /* 428: HTTP_PRECONDITION_REQUIRED */
    "multistatus", /* 207: MULTI_STATUS */
    "\345\274\202\345\270\270\345\205\263\351\227\255", /* 1006: 异常关闭 */
    "upgraderequired", /* 426: UPGRADE_REQUIRED */
    "\351\234\200\350\246\201\345\205\210\345\206\263\346\235\241\344\273\266", /* 428: 需要先决条件 */
    "httprequestedrangenotsatisfiable", /* 416: HTTP_REQUESTED_RANGE_NOT_SATISFIABLE */
    "closenormal", /* 1000: CLOSE_NORMAL */
    "httpmultistatus", /* 207: HTTP_MULTI_STATUS */
    "ssl\346\217\241\346\211\213\345\244\261\350\264\245", /* 525: SSL 握手失败 */
    "networkreadtimeouterror", /* 598: NETWORK_READ_TIMEOUT_ERROR */
    "httpunsupportedmediatype", /* 415: HTTP_UNSUPPORTED_MEDIA_TYPE */
    "notfound", /* 404: NOT_FOUND */
    "httpcreated", /* 201: HTTP_CREATED */
    "httprequesturitoolong", /* 414: HTTP_REQUEST_URI_TOO_LONG */
    "\347\253\231\347\202\271\345\267\262\345\206\273\347\273\223", /* 530: 站点已冻结 */
    "mandatoryextension", /* 1010: MANDATORY_EXTENSION */
    "switchproxy", /* 306: SWITCH_PROXY */
    "clientclosedrequest", /* 499: CLIENT_CLOSED_REQUEST */
    "notallowed", /* 405: NOT_ALLOWED */
    "\346\227\240\346\263\225\345\244\204\347\220\206\347\232\204\345\206\205\345\256\271", /* 422: 无法处理的内容 */
    "\345\256\242\346\210\267\347\253\257\345\205\263\351\227\255\350\257\267\346\261\202", /* 499: 客户端关闭请求 */
    "httpproxyauthenticationrequired", /* 407: HTTP_PROXY_AUTHENTICATION_REQUIRED */
    "accepted", /* 202: ACCEPTED */
    "\346\272\220\347\253\231\345\267\262\345\205\263\351\227\255", /* 521: 源站已关闭 */
    "httpforbidden", /* 403: HTTP_FORBIDDEN */
    "\344\270\215\346\216\245\345\217\227", /* 406: 不接受 */
    "httpretrywith", /* 449: HTTP_RETRY_WITH */
    "\346\227\240\346\225\210\347\232\204\345\270\247\350\275\275\350\215\267\346\225\260\346\215\256", /* 1007: 无效的帧载荷数据 */
    "toomanyrequests", /* 429: TOO_MANY_REQUESTS */
    "httpillegal", /* 451: HTTP_ILLEGAL */
    "\345\215\217\350\256\256\351\224\231\350\257\257", /* 1002: 协议错误 */
    "\346\210\221\346\230\257\350\214\266\345\243\266", /* 418: 我是茶壶 */
    "pageexpired", /* 419: PAGE_EXPIRED */
    "enhanceyourcalm", /* 420: ENHANCE_YOUR_CALM */
    "httppreconditionfailed", /* 412: HTTP_PRECONDITION_FAILED */
    "httpsslhandshakefailed", /* 525: HTTP_SSL_HANDSHAKE_FAILED */
    "httpbadrequest", /* 400: HTTP_BAD_REQUEST */
    "\351\242\204\346\234\237\345\244\261\350\264\245", /* 417: 预期失败 */
    "httpnotfound", /* 404: HTTP_NOT_FOUND */
    "ssl\350\257\201\344\271\246\351\224\231\350\257\257", /* 495: SSL 证书错误 */
    "httphttpversionnotsupported", /* 505: HTTP_HTTP_VERSION_NOT_SUPPORTED */
    "httpcontinue", /* 100: HTTP_CONTINUE */
    "\346\226\271\346\263\225\347\246\201\347\224\250", /* 405: 方法禁用 */
    "\344\270\215\346\224\257\346\214\201\347\232\204\345\252\222\344\275\223\347\261\273\345\236\213", /* 415: 不支持的媒体类型 */
    "httpuritoolong", /* 414: HTTP_URI_TOO_LONG */
    "badgateway", /* 502: BAD_GATEWAY */
    "badgateway", /* 1014: BAD_GATEWAY */
    "\350\257\267\346\261\202\345\256\236\344\275\223\350\277\207\345\244\247", /* 413: 请求实体过大 */
    "\346\237\245\347\234\213\345\205\266\345\256\203\345\234\260\345\235\200", /* 303: 查看其它地址 */
    "httpconnectiontimedout", /* 522: HTTP_CONNECTION_TIMED_OUT */
    "\346\224\257\346\214\201\346\226\255\347\202\271\347\273\255\344\274\240\344\270\212\344\274\240", /* 104: 支持断点续传上传 */
    "siteisfrozen", /* 530: SITE_IS_FROZEN */
    "closeabnormal", /* 1006: CLOSE_ABNORMAL */
    "contenttoolarge", /* 413: CONTENT_TOO_LARGE */
    "httpblockedbywindowsparentalcontrols", /* 450: HTTP_BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS */
    "rangenotsatisfiable", /* 416: RANGE_NOT_SATISFIABLE */
    "httpversionnotsupported", /* 505: HTTP_VERSION_NOT_SUPPORTED */
    "httppartialcontent", /* 206: HTTP_PARTIAL_CONTENT */
    "invalidsslcertificate", /* 526: INVALID_SSL_CERTIFICATE */
    "\351\234\200\350\246\201\347\275\221\347\273\234\350\256\244\350\257\201", /* 511: 需要网络认证 */
    "\346\255\243\345\270\270\345\205\263\351\227\255", /* 1000: 正常关闭 */
    "httprailgunerror", /* 527: HTTP_RAILGUN_ERROR */
    "httpnotallowed", /* 405: HTTP_NOT_ALLOWED */
    "gone", /* 410: GONE */
    "\351\241\265\351\235\242\345\267\262\350\277\207\346\234\237", /* 419: 页面已过期 */
    "\345\267\262\346\212\245\345\221\212", /* 208: 已报告 */
    "abnormalclosure", /* 1006: ABNORMAL_CLOSURE */
    "servicetemporarilyunavailable", /* 503: Service Temporarily Unavailable */
    "paymentrequired", /* 402: PAYMENT_REQUIRED */
    "webserverisdown", /* 521: WEB_SERVER_IS_DOWN */
    "httpprocessing", /* 102: HTTP_PROCESSING */
    "httpclientclosedrequest", /* 499: HTTP_CLIENT_CLOSED_REQUEST */
    "httpspecialresponse", /* 300: HTTP_SPECIAL_RESPONSE */
    "movedtemporarily", /* 302: MOVED_TEMPORARILY */
    "httpaccepted", /* 202: HTTP_ACCEPTED */
    "proxyauthenticationrequired", /* 407: PROXY_AUTHENTICATION_REQUIRED */
    "timeout", /* 3008: TIMEOUT */
    "nonauthoritativeinformation", /* 203: NON_AUTHORITATIVE_INFORMATION */
    "requestentitytoolarge", /* 413: REQUEST_ENTITY_TOO_LARGE */
    "requestheadertoolarge", /* 494: REQUEST_HEADER_TOO_LARGE */
    "\351\234\200\350\246\201\344\273\243\347\220\206\346\216\210\346\235\203", /* 407: 需要代理授权 */
    "permanentredirect", /* 308: PERMANENT_REDIRECT */
    "expectationfailed", /* 417: EXPECTATION_FAILED */
    "httpfound", /* 302: HTTP_FOUND */
    "httpsiteisfrozen", /* 530: HTTP_SITE_IS_FROZEN */
    "atimeoutoccurred", /* 524: A_TIMEOUT_OCCURRED */
    "requestedrangenotsatisfiable", /* 416: REQUESTED_RANGE_NOT_SATISFIABLE */
    "illegal", /* 451: ILLEGAL */
    "connectiontimedout", /* 522: CONNECTION_TIMED_OUT */
    "\344\270\272\346\227\266\350\277\207\346\227\251", /* 425: 为时过早 */
    "\345\260\232\346\234\252\345\256\236\346\226\275", /* 501: 尚未实施 */
    "httpswitchproxy", /* 306: HTTP_SWITCH_PROXY */
    "httpseeother", /* 303: HTTP_SEE_OTHER */
    "sslcertificaterequired", /* 496: SSL_CERTIFICATE_REQUIRED */
    "httpsslcertificateerror", /* 495: HTTP_SSL_CERTIFICATE_ERROR */
    "httpinternalservererror", /* 500: HTTP_INTERNAL_SERVER_ERROR */
    "httpnotextended", /* 510: HTTP_NOT_EXTENDED */
    "\345\267\262\345\210\233\345\273\272", /* 201: 已创建 */
    "unused", /* 306: (Unused) */
    "partialcontent", /* 206: PARTIAL_CONTENT */
    "\347\246\201\346\255\242", /* 403: 禁止 */
    "\347\246\201\346\255\242", /* 3003: 禁止 */
    "\347\275\221\347\273\234\350\257\273\345\217\226\350\266\205\346\227\266", /* 598: 网络读取超时 */
    "\347\275\221\347\273\234\350\277\236\346\216\245\350\266\205\346\227\266", /* 599: 网络连接超时 */
    "imateapot", /* 418: IM_A_TEAPOT */
    "earlyhints", /* 103: EARLY_HINTS */
    "ok", /* 200: OK */
    "\345\205\210\345\206\263\346\235\241\344\273\266\345\244\261\350\264\245", /* 412: 先决条件失败 */
    "\351\207\215\347\275\256\345\206\205\345\256\271", /* 205: 重置内容 */
    "networkauthenticationrequired", /* 511: NETWORK_AUTHENTICATION_REQUIRED */
    "httpnetworkconnecttimeouterror", /* 599: HTTP_NETWORK_CONNECT_TIMEOUT_ERROR */
    "notimplemented", /* 501: NOT_IMPLEMENTED */
    "httpunprocessablecontent", /* 422: HTTP_UNPROCESSABLE_CONTENT */
    "notmodified", /* 304: NOT_MODIFIED */
    "forbidden", /* 403: FORBIDDEN */
    "forbidden", /* 3003: FORBIDDEN */
    "\347\274\272\345\260\221\345\277\205\351\234\200\347\232\204\346\211\251\345\261\225", /* 1010: 缺少必需的扩展 */
    "requestheaderfieldstoolarge", /* 431: REQUEST_HEADER_FIELDS_TOO_LARGE */
    "\347\250\215\345\220\216\351\207\215\350\257\225", /* 1013: 稍后重试 */
    "httprangenotsatisfiable", /* 416: HTTP_RANGE_NOT_SATISFIABLE */
    "httporiginisunreachable", /* 523: HTTP_ORIGIN_IS_UNREACHABLE */
    "imused", /* 226: IM_USED */
    "blockedbywindowsparentalcontrols", /* 450: BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS */
    "httpwebserverreturnedanunknownerror", /* 520: HTTP_WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR */
    "\344\270\264\346\227\266\347\247\273\345\212\250", /* 302: 临时移动 */
    "\344\270\264\346\227\266\351\207\215\345\256\232\345\220\221", /* 307: 临时重定向 */
    "\345\217\221\347\224\237\350\266\205\346\227\266", /* 524: 发生超时 */
    "\346\243\200\346\265\213\345\210\260\345\276\252\347\216\257", /* 508: 检测到循环 */
    "\346\234\252\344\277\256\346\224\271", /* 304: 未修改 */
    "bandwidthlimitexceeded", /* 509: BANDWIDTH_LIMIT_EXCEEDED */
    "httpnotimplemented", /* 501: HTTP_NOT_IMPLEMENTED */
    "\350\257\267\345\206\267\351\235\231", /* 420: 请冷静 */
    "tooearly", /* 425: TOO_EARLY */
    "methodnotimplemented", /* 501: METHOD_NOT_IMPLEMENTED */
    "httpuploadresumptionsupported", /* 104: HTTP_UPLOAD_RESUMPTION_SUPPORTED */
    "httpmisdirectedrequest", /* 421: HTTP_MISDIRECTED_REQUEST */
    "ssl\350\257\201\344\271\246\346\227\240\346\225\210", /* 526: SSL 证书无效 */
    "locked", /* 423: LOCKED */
    "seeother", /* 303: SEE_OTHER */
    "\346\234\215\345\212\241\344\270\215\345\217\257\347\224\250", /* 503: 服务不可用 */
    "alreadyreported", /* 208: ALREADY_REPORTED */
    "httpthisisfine", /* 218: HTTP_THIS_IS_FINE */
    "nostatusreceived", /* 1005: NO_STATUS_RECEIVED */
    "httpmovedtemporarily", /* 302: HTTP_MOVED_TEMPORARILY */
    "\350\266\205\346\227\266", /* 3008: 超时 */
    "closeunsupported", /* 1003: CLOSE_UNSUPPORTED */
    "closeprotocolerror", /* 1002: CLOSE_PROTOCOL_ERROR */
    "messagetoobig", /* 1009: MESSAGE_TOO_BIG */
    "httpgone", /* 410: HTTP_GONE */
    "\345\267\262\345\210\240\351\231\244", /* 410: 已删除 */
    "unprocessableentity", /* 422: UNPROCESSABLE_ENTITY */
    "policyviolation", /* 1008: POLICY_VIOLATION */
    "invalidframepayloaddata", /* 1007: INVALID_FRAME_PAYLOAD_DATA */
    "httptooearly", /* 425: HTTP_TOO_EARLY */
    "\346\272\220\347\253\231\350\277\224\345\233\236\346\234\252\347\237\245\351\224\231\350\257\257", /* 520: 源站返回未知错误 */
    "conflict", /* 409: CONFLICT */
    "\350\257\267\346\261\202\350\242\253\351\224\231\350\257\257\345\256\232\345\220\221", /* 421: 请求被错误定向 */
    "\350\277\235\345\217\215\347\255\226\347\225\245", /* 1008: 违反策略 */
    "httpinsufficientstorage", /* 507: HTTP_INSUFFICIENT_STORAGE */
    "httpnotmodified", /* 304: HTTP_NOT_MODIFIED */
    "\345\267\262\345\272\224\347\224\250\345\256\236\344\276\213\346\223\215\344\275\234", /* 226: 已应用实例操作 */
    "httpunavailableforlegalreasons", /* 451: HTTP_UNAVAILABLE_FOR_LEGAL_REASONS */
    "\347\273\247\347\273\255", /* 100: 继续 */
    "closegoingaway", /* 1001: CLOSE_GOING_AWAY */
    "badrequest", /* 400: BAD_REQUEST */
    "useproxy", /* 305: USE_PROXY */
    "httprequestheadertoolarge", /* 494: HTTP_REQUEST_HEADER_TOO_LARGE */
    "httprequestentitytoolarge", /* 413: HTTP_REQUEST_ENTITY_TOO_LARGE */
    "httptoomanyrequests", /* 429: HTTP_TOO_MANY_REQUESTS */
    "thisisfine", /* 218: THIS_IS_FINE */
    "httpfaileddependency", /* 424: HTTP_FAILED_DEPENDENCY */
    "closetoolarge", /* 1009: CLOSE_TOO_LARGE */
    "unsupportedmediatype", /* 415: UNSUPPORTED_MEDIA_TYPE */
    "\346\272\220\347\253\231\344\270\215\345\217\257\350\276\276", /* 523: 源站不可达 */
    "\346\210\220\345\212\237", /* 200: 成功 */
    "httpinvalidsslcertificate", /* 526: HTTP_INVALID_SSL_CERTIFICATE */
    "\344\277\235\347\225\231", /* 1004: 保留 */
    "\345\244\232\347\247\215\351\200\211\346\213\251", /* 300: 多种选择 */
    "temporaryredirect", /* 307: TEMPORARY_REDIRECT */
    "\345\244\232\347\212\266\346\200\201", /* 207: 多状态 */
    "logintimeout", /* 440: LOGIN_TIME_OUT */
    "\351\234\200\350\246\201ssl\350\257\201\344\271\246", /* 496: 需要 SSL 证书 */
    "\346\234\252\346\211\251\345\261\225", /* 510: 未扩展 */
    "gatewaytimeout", /* 504: GATEWAY_TIMEOUT */
    "noresponse", /* 444: NO_RESPONSE */
    "\350\257\267\351\231\204\345\270\246\344\277\241\346\201\257\351\207\215\350\257\225", /* 449: 请附带信息重试 */
};

/* Slot -> its key in hs_index_keys, the key's length (0: an empty slot),
 * the code it names and the kind of code. */
static const struct hs_index_slot {
  unsigned short key;
  unsigned char len, kind;
  unsigned short code;
} hs_index[1u << HS_INDEX_BITS] = {
    [11] = {0, 16, 5, 205},
    [13] = {1, 12, 1, 301},
    [19] = {2, 18, 1, 414},
    [22] = {3, 15, 5, 419},
    [23] = {4, 31, 5, 431},
    [26] = {5, 12, 1, 305},
    [37] = {6, 9, 1, 444},
    [38] = {7, 18, 5, 411},
    [39] = {8, 16, 1, 424},
    [44] = {9, 18, 1, 509},
    [45] = {10, 22, 5, 503},
    [46] = {11, 15, 1, 300},
    [49] = {12, 15, 1, 203},
    [76] = {13, 12, 2, 1011},
    [81] = {14, 24, 5, 501},
    [84] = {15, 18, 2, 1003},
    [89] = {16, 16, 5, 498},
    [92] = {17, 18, 5, 408},
    [93] = {18, 18, 5, 504},
    [98] = {19, 18, 2, 1005},
    [99] = {20, 26, 1, 497},
    [100] = {21, 13, 1, 527},
    [114] = {22, 15, 1, 413},
    [119] = {23, 18, 1, 101},
    [120] = {24, 20, 5, 524},
    [123] = {25, 14, 5, 103},
    [127] = {26, 12, 1, 504},
    [139] = {27, 9, 1, 204},
    [141] = {28, 16, 1, 405},
    [147] = {29, 12, 1, 411},
    [149] = {30, 26, 5, 509},
    [156] = {31, 12, 2, 1009},
    [157] = {32, 15, 1, 306},
    [160] = {33, 15, 1, 300},
    [165] = {34, 6, 1, 409},
    [171] = {35, 19, 1, 495},
    [174] = {36, 13, 2, 1000},
    [175] = {37, 14, 5, 444},
    [185] = {38, 12, 1, 424},
    [192] = {39, 5, 1, 444},
    [194] = {40, 18, 1, 421},
    [195] = {41, 18, 1, 507},
    [208] = {42, 15, 2, 1015},
    [211] = {43, 9, 1, 449},
    [217] = {44, 20, 5, 405},
    [238] = {45, 12, 1, 205},
    [246] = {46, 12, 1, 527},
    [256] = {47, 19, 1, 500},
    [257] = {48, 31, 5, 203},
    [266] = {49, 19, 5, 413},
    [267] = {50, 19, 5, 413},
    [268] = {51, 13, 2, 1011},
    [269] = {52, 12, 5, 305},
    [273] = {53, 17, 5, 406},
    [275] = {54, 5, 1, 302},
    [276] = {55, 19, 5, 208},
    [291] = {56, 7, 1, 201},
    [292] = {57, 9, 1, 402},
    [295] = {58, 9, 5, 444},
    [298] = {59, 15, 2, 1003},
    [310] = {60, 14, 1, 411},
    [326] = {61, 12, 1, 522},
    [327] = {62, 16, 5, 508},
    [331] = {63, 23, 5, 422},
    [336] = {64, 31, 1, 520},
    [342] = {65, 19, 5, 521},
    [350] = {66, 30, 5, 497},
    [351] = {67, 9, 1, 423},
    [352] = {68, 18, 1, 506},
    [354] = {69, 12, 1, 408},
    [361] = {70, 12, 1, 400},
    [363] = {71, 19, 1, 523},
    [370] = {72, 24, 1, 416},
    [377] = {73, 13, 2, 1005},
    [378] = {74, 12, 1, 218},
    [390] = {75, 12, 1, 429},
    [391] = {76, 19, 5, 402},
    [392] = {77, 19, 5, 426},
    [394] = {78, 19, 5, 300},
    [409] = {79, 10, 1, 414},
    [419] = {80, 21, 5, 307},
    [420] = {81, 21, 5, 308},
    [423] = {82, 16, 2, 1010},
    [433] = {83, 33, 1, 497},
    [444] = {84, 14, 5, 502},
    [456] = {85, 17, 1, 414},
    [471] = {86, 18, 1, 503},
    [495] = {87, 12, 5, 409},
    [507] = {88, 12, 1, 206},
    [510] = {89, 21, 1, 506},
    [511] = {90, 16, 5, 401},
    [513] = {91, 12, 1, 103},
    [515] = {92, 14, 1, 408},
    [520] = {93, 9, 1, 204},
    [554] = {94, 25, 5, 506},
    [559] = {95, 13, 5, 204},
    [565] = {96, 9, 1, 401},
    [566] = {97, 9, 2, 3000},
    [567] = {98, 18, 1, 414},
    [570] = {99, 12, 2, 1015},
    [575] = {100, 11, 1, 510},
    [580] = {101, 12, 2, 1012},
    [589] = {102, 16, 5, 440},
    [604] = {103, 9, 1, 202},
    [609] = {104, 13, 5, 418},
    [617] = {105, 12, 1, 502},
    [618] = {106, 12, 2, 1014},
    [622] = {107, 8, 1, 100},
    [638] = {108, 12, 1, 401},
    [639] = {109, 12, 2, 3000},
    [641] = {110, 13, 2, 1002},
    [645] = {111, 33, 5, 511},
    [646] = {112, 25, 1, 104},
    [652] = {113, 18, 1, 412},
    [656] = {114, 18, 1, 525},
    [659] = {115, 26, 1, 599},
    [660] = {116, 12, 1, 440},
    [662] = {117, 16, 1, 301},
    [664] = {118, 24, 1, 451},
    [666] = {119, 19, 5, 420},
    [670] = {120, 9, 1, 102},
    [671] = {121, 21, 5, 417},
    [711] = {122, 12, 1, 498},
    [716] = {123, 13, 1, 406},
    [721] = {124, 10, 5, 226},
    [724] = {125, 27, 5, 598},
    [728] = {126, 15, 1, 308},
    [731] = {127, 37, 1, 450},
    [732] = {128, 12, 1, 426},
    [740] = {129, 26, 5, 496},
    [742] = {130, 9, 1, 404},
    [745] = {131, 9, 2, 1001},
    [750] = {132, 12, 1, 508},
    [752] = {133, 10, 1, 102},
    [757] = {134, 22, 1, 505},
    [759] = {135, 12, 1, 101},
    [762] = {136, 22, 5, 101},
    [764] = {137, 21, 1, 431},
    [766] = {138, 12, 1, 498},
    [767] = {139, 6, 5, 200},
    [783] = {140, 13, 2, 1013},
    [792] = {141, 19, 1, 507},
    [801] = {142, 20, 1, 428},
    [813] = {143, 15, 1, 494},
    [814] = {144, 14, 2, 1012},
    [825] = {145, 20, 1, 422},
    [827] = {146, 21, 1, 500},
    [829] = {147, 26, 1, 451},
    [851] = {148, 10, 5, 423},
    [869] = {149, 8, 2, 1004},
    [870] = {150, 19, 1, 505},
    [878] = {151, 12, 2, 1001},
    [882] = {152, 20, 5, 301},
    [886] = {153, 24, 5, 428},
    [890] = {154, 11, 1, 207},
    [892] = {155, 12, 2, 1006},
    [895] = {156, 15, 1, 426},
    [896] = {157, 18, 1, 428},
    [903] = {158, 32, 5, 416},
    [911] = {159, 11, 2, 1000},
    [918] = {160, 15, 5, 207},
    [936] = {161, 15, 1, 525},
    [955] = {162, 23, 1, 598},
    [961] = {163, 24, 5, 415},
    [962] = {164, 8, 1, 404},
    [964] = {165, 11, 5, 201},
    [967] = {166, 21, 5, 414},
    [981] = {167, 15, 1, 530},
    [982] = {168, 18, 2, 1010},
    [983] = {169, 11, 1, 306},
    [993] = {170, 19, 1, 499},
    [995] = {171, 10, 1, 405},
    [1024] = {172, 21, 1, 422},
    [1026] = {173, 21, 1, 499},
    [1034] = {174, 31, 5, 407},
    [1035] = {175, 8, 1, 202},
    [1036] = {176, 15, 1, 521},
    [1039] = {177, 13, 5, 403},
    [1040] = {178, 9, 1, 406},
    [1057] = {179, 13, 5, 449},
    [1063] = {180, 24, 2, 1007},
    [1069] = {181, 15, 1, 429},
    [1071] = {182, 11, 5, 451},
    [1075] = {183, 12, 2, 1002},
    [1077] = {184, 12, 1, 418},
    [1112] = {185, 11, 1, 419},
    [1113] = {186, 15, 1, 420},
    [1117] = {187, 22, 5, 412},
    [1118] = {188, 22, 5, 525},
    [1119] = {189, 14, 5, 400},
    [1126] = {190, 12, 1, 417},
    [1131] = {191, 12, 5, 404},
    [1143] = {192, 15, 1, 495},
    [1144] = {193, 27, 5, 505},
    [1154] = {194, 12, 5, 100},
    [1160] = {195, 12, 1, 405},
    [1169] = {196, 24, 1, 415},
    [1170] = {197, 14, 5, 414},
    [1180] = {198, 10, 1, 502},
    [1181] = {199, 10, 2, 1014},
    [1203] = {200, 18, 1, 413},
    [1206] = {201, 18, 1, 303},
    [1212] = {202, 22, 5, 522},
    [1220] = {203, 24, 1, 104},
    [1224] = {204, 12, 1, 530},
    [1229] = {205, 13, 2, 1006},
    [1231] = {206, 15, 1, 413},
    [1232] = {207, 36, 5, 450},
    [1252] = {208, 19, 1, 416},
    [1259] = {209, 23, 1, 505},
    [1260] = {210, 18, 5, 206},
    [1264] = {211, 21, 1, 526},
    [1273] = {212, 18, 1, 511},
    [1276] = {213, 12, 2, 1000},
    [1277] = {214, 16, 5, 527},
    [1278] = {215, 14, 5, 405},
    [1279] = {216, 4, 1, 410},
    [1285] = {217, 15, 1, 419},
    [1293] = {218, 9, 1, 208},
    [1296] = {219, 15, 2, 1006},
    [1304] = {220, 29, 1, 503},
    [1316] = {221, 15, 1, 402},
    [1331] = {222, 15, 1, 521},
    [1336] = {223, 14, 5, 102},
    [1338] = {224, 23, 5, 499},
    [1346] = {225, 19, 5, 300},
    [1352] = {226, 16, 1, 302},
    [1354] = {227, 12, 5, 202},
    [1356] = {228, 27, 1, 407},
    [1358] = {229, 7, 2, 3008},
    [1361] = {230, 27, 1, 203},
    [1363] = {231, 21, 1, 413},
    [1364] = {232, 21, 1, 494},
    [1365] = {233, 18, 1, 407},
    [1370] = {234, 17, 1, 308},
    [1378] = {235, 17, 1, 417},
    [1387] = {236, 9, 5, 302},
    [1388] = {237, 16, 5, 530},
    [1389] = {238, 16, 1, 524},
    [1437] = {239, 28, 1, 416},
    [1446] = {240, 7, 1, 451},
    [1453] = {241, 18, 1, 522},
    [1454] = {242, 12, 1, 425},
    [1455] = {243, 12, 1, 501},
    [1456] = {244, 15, 5, 306},
    [1457] = {245, 12, 5, 303},
    [1459] = {246, 22, 1, 496},
    [1463] = {247, 23, 5, 495},
    [1464] = {248, 23, 5, 500},
    [1475] = {249, 15, 5, 510},
    [1477] = {250, 9, 1, 201},
    [1487] = {251, 6, 1, 306},
    [1493] = {252, 14, 1, 206},
    [1502] = {253, 6, 1, 403},
    [1503] = {254, 6, 2, 3003},
    [1515] = {255, 18, 1, 598},
    [1516] = {256, 18, 1, 599},
    [1535] = {257, 9, 1, 418},
    [1540] = {258, 10, 1, 103},
    [1549] = {259, 2, 1, 200},
    [1550] = {260, 18, 1, 412},
    [1552] = {261, 12, 1, 205},
    [1554] = {262, 29, 1, 511},
    [1558] = {263, 30, 5, 599},
    [1559] = {264, 14, 1, 501},
    [1560] = {265, 24, 5, 422},
    [1563] = {266, 11, 1, 304},
    [1565] = {267, 9, 1, 403},
    [1566] = {268, 9, 2, 3003},
    [1584] = {269, 21, 2, 1010},
    [1587] = {270, 27, 1, 431},
    [1595] = {271, 12, 2, 1013},
    [1602] = {272, 23, 5, 416},
    [1603] = {273, 23, 5, 523},
    [1607] = {274, 6, 1, 226},
    [1626] = {275, 32, 1, 450},
    [1638] = {276, 35, 5, 520},
    [1653] = {277, 12, 1, 302},
    [1655] = {278, 15, 1, 307},
    [1656] = {279, 12, 1, 524},
    [1665] = {280, 15, 1, 508},
    [1668] = {281, 9, 1, 304},
    [1671] = {282, 22, 1, 509},
    [1672] = {283, 18, 5, 501},
    [1681] = {284, 9, 1, 420},
    [1682] = {285, 8, 1, 425},
    [1683] = {286, 20, 1, 501},
    [1691] = {287, 29, 5, 104},
    [1701] = {288, 22, 5, 421},
    [1705] = {289, 15, 1, 526},
    [1721] = {290, 6, 1, 423},
    [1729] = {291, 8, 1, 303},
    [1734] = {292, 15, 1, 503},
    [1744] = {293, 15, 1, 208},
    [1747] = {294, 14, 5, 218},
    [1750] = {295, 16, 2, 1005},
    [1755] = {296, 20, 5, 302},
    [1756] = {297, 6, 2, 3008},
    [1759] = {298, 16, 2, 1003},
    [1780] = {299, 18, 2, 1002},
    [1786] = {300, 13, 2, 1009},
    [1790] = {301, 8, 5, 410},
    [1805] = {302, 9, 1, 410},
    [1820] = {303, 19, 1, 422},
    [1822] = {304, 15, 2, 1008},
    [1829] = {305, 23, 2, 1007},
    [1847] = {306, 12, 5, 425},
    [1850] = {307, 24, 1, 520},
    [1852] = {308, 8, 1, 409},
    [1853] = {309, 21, 1, 421},
    [1857] = {310, 12, 2, 1008},
    [1858] = {311, 23, 5, 507},
    [1863] = {312, 15, 5, 304},
    [1868] = {313, 21, 1, 226},
    [1873] = {314, 30, 5, 451},
    [1876] = {315, 6, 1, 100},
    [1886] = {316, 14, 2, 1001},
    [1888] = {317, 10, 1, 400},
    [1889] = {318, 8, 1, 305},
    [1890] = {319, 25, 5, 494},
    [1891] = {320, 25, 5, 413},
    [1895] = {321, 19, 5, 429},
    [1896] = {322, 10, 1, 218},
    [1926] = {323, 20, 5, 424},
    [1940] = {324, 13, 2, 1009},
    [1941] = {325, 20, 1, 415},
    [1958] = {326, 15, 1, 523},
    [1964] = {327, 6, 1, 200},
    [1974] = {328, 25, 5, 526},
    [1978] = {329, 6, 2, 1004},
    [1989] = {330, 12, 1, 300},
    [1996] = {331, 17, 1, 307},
    [2000] = {332, 9, 1, 207},
    [2002] = {333, 12, 1, 440},
    [2018] = {334, 15, 1, 496},
    [2026] = {335, 9, 1, 510},
    [2034] = {336, 14, 1, 504},
    [2044] = {337, 10, 1, 444},
    [2045] = {338, 21, 1, 449},
};
