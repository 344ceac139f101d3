/*
 * httpstatus/registry.h - the registry: every HTTP status code and
 * WebSocket close code httpstatus knows, written down once.
 *
 * This is the single source of truth.  httpstatus.c expands these X-macro
 * lists into const tables; the enum constants in httpstatus.h, the SWIG
 * module and the Lua module all come from here.  Facts (codes, registered
 * phrases, references, states) follow ../shared/reference; descriptions are
 * the project's own words.
 *
 * HS_HTTP_MAP(XX) and HS_WS_MAP(XX), in code order (the HTTP list holds the
 * IANA registry and the well-known unofficial codes, state UNOFFICIAL):
 *   XX(code, NAME, "phrase", "phrase_zh", STATE, FLAGS, "reference",
 *      "source", "description", "description_zh")
 *   STATE is a NAME of HS_STATE_MAP, FLAGS 0 or an or-ed set of the
 *   HS_F_<NAME> bits of HS_FLAG_MAP (both in httpstatus.h).
 *   reference and source are NULL where there is none.
 *
 * HS_HTTP_ALIAS_MAP(XX) and HS_WS_ALIAS_MAP(XX): XX(code, OLD_NAME), names a
 * code was known by before (older RFCs, CPython, MDN), still resolvable.
 *
 * Flags (RFC 9110): CACHEABLE is "heuristically cacheable by default"
 * (Section 15.1, RFC 7725 for 451); EMPTY is "never has content" (all 1xx,
 * 204, 205, 304: Sections 6.4.1, 15.3.6); REDIRECT marks the redirects a
 * client follows by itself, to the target Location names (301, 302, 303,
 * 307, 308, as requests and httpx have them): not 300, whose Location is
 * only a preferred choice, not 305, whose Location names a proxy and must
 * never be followed, not 304, a cache answer; RETRYABLE marks the
 * usual candidates for an automatic retry (408, 429, 502, 503, 504).
 * SENDABLE (RFC 6455 Section 7.4.1) marks close codes that may appear in a
 * Close frame.
 */
#ifndef HTTPSTATUS_REGISTRY_H
#define HTTPSTATUS_REGISTRY_H

#define HS_HTTP_MAP(XX)                                                       \
  /* 1xx Informational */                                                     \
  XX(100, CONTINUE, "Continue", "继续", PERMANENT, HS_F_EMPTY,                \
     "RFC 9110, Section 15.2.1", NULL,                                        \
     "The server has seen the start of the request and has not turned it "    \
     "down; the client should go on and send the rest.",                      \
     "服务器已收到请求的开头且没有拒绝，客户端应继续发送其余部分。")          \
  XX(101, SWITCHING_PROTOCOLS, "Switching Protocols", "切换协议", PERMANENT,  \
     HS_F_EMPTY, "RFC 9110, Section 15.2.2", NULL,                            \
     "The server agrees to the client's Upgrade request and will speak the "  \
     "named protocol (WebSocket, for example) on this connection.",           \
     "服务器同意客户端的 Upgrade 请求，将在此连接上改用指定的协议（如 "       \
     "WebSocket）。")                                                         \
  XX(102, PROCESSING, "Processing", "处理中", PERMANENT, HS_F_EMPTY,          \
     "RFC 2518", NULL,                                                        \
     "A WebDAV interim answer: the request is accepted and still being "      \
     "worked on, so the client should not time out yet.",                     \
     "WebDAV 的中间响应：请求已被接受，仍在处理中，客户端暂时不要超时。")     \
  XX(103, EARLY_HINTS, "Early Hints", "早期提示", PERMANENT, HS_F_EMPTY,      \
     "RFC 8297", NULL,                                                        \
     "Header fields, usually Link preloads, sent ahead of the final response " \
     "so the client can start fetching resources early.",                     \
     "在最终响应之前先发出的头部字段（通常是 Link 预加载），让客户端提前获取" \
     "资源。")                                                                \
  XX(104, UPLOAD_RESUMPTION_SUPPORTED, "Upload Resumption Supported",         \
     "支持断点续传上传", TEMPORARY, HS_F_EMPTY,                               \
     "draft-ietf-httpbis-resumable-upload", NULL,                             \
     "An interim answer from the resumable-upload draft telling the client "  \
     "it may resume an interrupted upload.",                                  \
     "可续传上传草案中的中间响应，告知客户端可以恢复被中断的上传。")          \
  /* 2xx Successful */                                                        \
  XX(200, OK, "OK", "成功", PERMANENT, HS_F_CACHEABLE,                        \
     "RFC 9110, Section 15.3.1", NULL,                                        \
     "The request worked; what the content means depends on the method.",     \
     "请求已成功，响应内容的含义取决于请求方法。")                            \
  XX(201, CREATED, "Created", "已创建", PERMANENT, 0,                         \
     "RFC 9110, Section 15.3.2", NULL,                                        \
     "The request worked and made one or more new resources, usually named "  \
     "by the Location header field.",                                         \
     "请求成功并创建了新的资源，新资源通常由 Location 头部给出。")            \
  XX(202, ACCEPTED, "Accepted", "已接受", PERMANENT, 0,                       \
     "RFC 9110, Section 15.3.3", NULL,                                        \
     "The request was taken in for processing that has not finished and may " \
     "still fail; nothing reports back on this connection.",                  \
     "请求已被接收等待处理，但处理尚未完成，也可能失败，结果不会在本连接上返回。") \
  XX(203, NON_AUTHORITATIVE_INFORMATION, "Non-Authoritative Information",     \
     "非授权信息", PERMANENT, HS_F_CACHEABLE, "RFC 9110, Section 15.3.4", NULL, \
     "Success, but a transforming proxy changed the origin server's 200 "     \
     "response on the way.",                                                  \
     "请求成功，但源服务器的 200 响应在途中被具有转换功能的代理修改过。")     \
  XX(204, NO_CONTENT, "No Content", "无内容", PERMANENT,                      \
     HS_F_CACHEABLE | HS_F_EMPTY, "RFC 9110, Section 15.3.5", NULL,           \
     "Success with nothing to send back; the client keeps its current view.", \
     "请求成功，但没有内容返回，客户端保持当前页面不变。")                    \
  XX(205, RESET_CONTENT, "Reset Content", "重置内容", PERMANENT, HS_F_EMPTY,  \
     "RFC 9110, Section 15.3.6", NULL,                                        \
     "Success; the client should clear the form or view that sent the "       \
     "request.",                                                              \
     "请求成功，客户端应重置发出请求的表单或视图。")                          \
  XX(206, PARTIAL_CONTENT, "Partial Content", "部分内容", PERMANENT,          \
     HS_F_CACHEABLE, "RFC 9110, Section 15.3.7", NULL,                        \
     "Only the byte ranges the Range header asked for are sent, described by " \
     "Content-Range; used by resumable and parallel downloads.",              \
     "只返回 Range 头部请求的字节范围，并用 Content-Range 说明；用于断点续传和" \
     "分段下载。")                                                            \
  XX(207, MULTI_STATUS, "Multi-Status", "多状态", PERMANENT, 0, "RFC 4918",   \
     NULL,                                                                    \
     "A WebDAV answer whose XML body carries a separate status for each of "  \
     "several resources.",                                                    \
     "WebDAV 响应，其 XML 正文分别给出多个资源各自的状态。")                  \
  XX(208, ALREADY_REPORTED, "Already Reported", "已报告", PERMANENT, 0,       \
     "RFC 5842", NULL,                                                        \
     "Inside a WebDAV multistatus body: this binding's members were listed "  \
     "earlier and are not repeated.",                                         \
     "用于 WebDAV 多状态正文中：该绑定的成员前面已列出，不再重复。")          \
  XX(218, THIS_IS_FINE, "This Is Fine", "一切正常", UNOFFICIAL, 0, NULL,      \
     "Apache (ProxyErrorOverride)",                                           \
     "Sent by Apache with ProxyErrorOverride to pass an upstream error page " \
     "through untouched.",                                                    \
     "Apache 在启用 ProxyErrorOverride 时用它原样转发上游的错误页面。")       \
  XX(226, IM_USED, "IM Used", "已应用实例操作", PERMANENT, 0, "RFC 3229",     \
     NULL,                                                                    \
     "The server applied the instance manipulations (such as a delta) the "   \
     "client asked for to the current representation.",                       \
     "服务器已按客户端要求对当前表示应用了实例操作（例如增量编码）。")        \
  /* 3xx Redirection */                                                       \
  XX(300, MULTIPLE_CHOICES, "Multiple Choices", "多种选择", PERMANENT,        \
     HS_F_CACHEABLE, "RFC 9110, Section 15.4.1", NULL,        \
     "The resource has several representations and the client or user "       \
     "should pick one; Location may point at the preferred one.",             \
     "目标资源有多种表示，由客户端或用户从中选择；Location 可指明首选项。")   \
  XX(301, MOVED_PERMANENTLY, "Moved Permanently", "永久移动", PERMANENT,      \
     HS_F_CACHEABLE | HS_F_REDIRECT, "RFC 9110, Section 15.4.2", NULL,        \
     "The resource has a new permanent URI, given in Location; user agents "  \
     "may turn a POST into a GET when they follow it.",                       \
     "资源已永久迁移到 Location 给出的新 URI；用户代理跟随时可能把 POST 改成 " \
     "GET。")                                                                 \
  XX(302, FOUND, "Found", "临时移动", PERMANENT, HS_F_REDIRECT,               \
     "RFC 9110, Section 15.4.3", NULL,                                        \
     "The resource is for now at the URI in Location; keep using the old "    \
     "one, and expect user agents to turn a POST into a GET.",                \
     "资源暂时位于 Location 给出的 URI，以后仍应使用原地址；用户代理可能把 "  \
     "POST 改成 GET。")                                                       \
  XX(303, SEE_OTHER, "See Other", "查看其它地址", PERMANENT, HS_F_REDIRECT,   \
     "RFC 9110, Section 15.4.4", NULL,                                        \
     "The answer is another resource, named in Location, to be fetched with " \
     "GET; the usual reply after a form POST.",                               \
     "结果在 Location 指向的另一个资源上，应使用 GET 获取；常用于表单 POST 之后。") \
  XX(304, NOT_MODIFIED, "Not Modified", "未修改", PERMANENT, HS_F_EMPTY,      \
     "RFC 9110, Section 15.4.5", NULL,                                        \
     "A conditional GET or HEAD found the cached copy still current, so "     \
     "nothing is sent again.",                                                \
     "条件 GET 或 HEAD 请求发现缓存副本仍然有效，因此不再重复传输内容。")     \
  XX(305, USE_PROXY, "Use Proxy", "使用代理", PERMANENT, 0,                   \
     "RFC 9110, Section 15.4.6", NULL,                                        \
     "Asked the client to go through a proxy; deprecated for security "       \
     "reasons and ignored by clients.",                                       \
     "要求客户端通过代理访问；出于安全原因已被弃用，客户端会忽略它。")        \
  XX(306, SWITCH_PROXY, "(Unused)", "（未使用）", UNUSED, 0,                  \
     "RFC 9110, Section 15.4.7", NULL,                                        \
     "Used by an early draft and now reserved; never send it.",               \
     "曾在早期草案中使用，现已保留，不应再发送。")                            \
  XX(307, TEMPORARY_REDIRECT, "Temporary Redirect", "临时重定向", PERMANENT,  \
     HS_F_REDIRECT, "RFC 9110, Section 15.4.8", NULL,                         \
     "The resource is for now at the URI in Location; the client must repeat " \
     "the same method and body there.",                                       \
     "资源暂时位于 Location 给出的 URI，客户端必须用相同的方法和正文重新请求。") \
  XX(308, PERMANENT_REDIRECT, "Permanent Redirect", "永久重定向", PERMANENT,  \
     HS_F_CACHEABLE | HS_F_REDIRECT, "RFC 9110, Section 15.4.9", NULL,        \
     "The resource has a new permanent URI in Location; like 301 but the "    \
     "method and body must not change.",                                      \
     "资源已永久迁移到 Location 给出的 URI；与 301 类似，但不得更改方法和正文。") \
  /* 4xx Client Error */                                                      \
  XX(400, BAD_REQUEST, "Bad Request", "错误请求", PERMANENT, 0,               \
     "RFC 9110, Section 15.5.1", NULL,                                        \
     "The server will not handle the request because of something it sees "   \
     "as the client's fault, such as bad syntax or framing.",                 \
     "服务器认为请求有客户端的错误（如语法或报文格式错误），因而不予处理。")  \
  XX(401, UNAUTHORIZED, "Unauthorized", "未授权", PERMANENT, 0,               \
     "RFC 9110, Section 15.5.2", NULL,                                        \
     "Valid credentials are missing; the response carries a WWW-Authenticate " \
     "challenge saying how to authenticate.",                                 \
     "缺少有效的身份凭证；响应带有 WWW-Authenticate 质询，说明如何认证。")    \
  XX(402, PAYMENT_REQUIRED, "Payment Required", "需付费", PERMANENT, 0,       \
     "RFC 9110, Section 15.5.3", NULL,                                        \
     "Set aside for future use; some APIs send it when a payment or quota "   \
     "is due.",                                                               \
     "保留供将来使用；部分 API 在需要付费或额度用尽时返回它。")               \
  XX(403, FORBIDDEN, "Forbidden", "禁止", PERMANENT, 0,                       \
     "RFC 9110, Section 15.5.4", NULL,                                        \
     "The server understood the request and refuses it; new credentials "     \
     "will not help.",                                                        \
     "服务器理解请求但拒绝执行；换用其他凭证也无济于事。")                    \
  XX(404, NOT_FOUND, "Not Found", "未找到", PERMANENT, HS_F_CACHEABLE,        \
     "RFC 9110, Section 15.5.5", NULL,                                        \
     "The server has no current representation for the target resource, or "  \
     "will not say that one exists.",                                         \
     "服务器找不到目标资源的当前表示，或者不愿透露它是否存在。")              \
  XX(405, METHOD_NOT_ALLOWED, "Method Not Allowed", "方法禁用", PERMANENT,    \
     HS_F_CACHEABLE, "RFC 9110, Section 15.5.6", NULL,                        \
     "The resource exists but does not support this method; the Allow header " \
     "lists the methods it does support.",                                    \
     "资源存在但不支持该请求方法；Allow 头部列出它支持的方法。")              \
  XX(406, NOT_ACCEPTABLE, "Not Acceptable", "不接受", PERMANENT, 0,           \
     "RFC 9110, Section 15.5.7", NULL,                                        \
     "No representation matches the request's Accept headers, and the server " \
     "will not send a default one.",                                          \
     "没有符合请求 Accept 类头部的表示，服务器也不愿返回默认表示。")          \
  XX(407, PROXY_AUTHENTICATION_REQUIRED, "Proxy Authentication Required",     \
     "需要代理授权", PERMANENT, 0, "RFC 9110, Section 15.5.8", NULL,          \
     "Like 401, but the proxy wants credentials; it sends a "                 \
     "Proxy-Authenticate challenge.",                                         \
     "与 401 类似，但要求向代理认证；代理会返回 Proxy-Authenticate 质询。")   \
  XX(408, REQUEST_TIMEOUT, "Request Timeout", "请求超时", PERMANENT,          \
     HS_F_RETRYABLE, "RFC 9110, Section 15.5.9", NULL,                        \
     "The server waited too long for a complete request and closes the "      \
     "connection; the client may send it again.",                             \
     "服务器等待完整请求的时间过长，将关闭连接；客户端可以重新发送。")        \
  XX(409, CONFLICT, "Conflict", "冲突", PERMANENT, 0,                         \
     "RFC 9110, Section 15.5.10", NULL,                                       \
     "The request clashes with the resource's current state, such as an edit " \
     "based on an outdated version.",                                         \
     "请求与资源的当前状态冲突，例如基于过期版本所做的修改。")                \
  XX(410, GONE, "Gone", "已删除", PERMANENT, HS_F_CACHEABLE,                  \
     "RFC 9110, Section 15.5.11", NULL,                                       \
     "The resource is gone for good and no forwarding address is known; "     \
     "links to it should be removed.",                                        \
     "资源已被永久移除且没有新地址，指向它的链接应当删除。")                  \
  XX(411, LENGTH_REQUIRED, "Length Required", "需要长度", PERMANENT, 0,       \
     "RFC 9110, Section 15.5.12", NULL,                                       \
     "The server will not take this request without a Content-Length "        \
     "header.",                                                               \
     "请求未带 Content-Length 头部，服务器拒绝接受。")                        \
  XX(412, PRECONDITION_FAILED, "Precondition Failed", "先决条件失败",         \
     PERMANENT, 0, "RFC 9110, Section 15.5.13", NULL,                         \
     "A condition in the request headers, such as If-Match, did not hold on " \
     "the server.",                                                           \
     "请求头部中的条件（如 If-Match）在服务器上不成立。")                     \
  XX(413, CONTENT_TOO_LARGE, "Content Too Large", "请求实体过大", PERMANENT,  \
     0, "RFC 9110, Section 15.5.14", NULL,                                    \
     "The request body is bigger than the server is willing to handle; it may " \
     "close the connection or say when to retry.",                            \
     "请求正文超出服务器愿意处理的大小；服务器可能关闭连接或告知何时重试。")  \
  XX(414, URI_TOO_LONG, "URI Too Long", "请求的 URI 过长", PERMANENT,         \
     HS_F_CACHEABLE, "RFC 9110, Section 15.5.15", NULL,                       \
     "The target URI is longer than the server will read, often a form that " \
     "should have used POST.",                                                \
     "目标 URI 超出服务器愿意解析的长度，常见于本应使用 POST 的表单。")       \
  XX(415, UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",                   \
     "不支持的媒体类型", PERMANENT, 0, "RFC 9110, Section 15.5.16", NULL,     \
     "The body's media type or content coding is not one this resource "      \
     "accepts.",                                                              \
     "请求正文的媒体类型或内容编码不被该资源接受。")                          \
  XX(416, RANGE_NOT_SATISFIABLE, "Range Not Satisfiable", "请求范围无法满足", \
     PERMANENT, 0, "RFC 9110, Section 15.5.17", NULL,                         \
     "None of the requested byte ranges overlap the representation; "         \
     "Content-Range gives its real length.",                                  \
     "请求的字节范围都不在表示的范围内；Content-Range 会给出实际长度。")      \
  XX(417, EXPECTATION_FAILED, "Expectation Failed", "预期失败", PERMANENT, 0, \
     "RFC 9110, Section 15.5.18", NULL,                                       \
     "The server cannot meet what the request's Expect header asked for.",    \
     "服务器无法满足请求 Expect 头部提出的要求。")                            \
  XX(418, IM_A_TEAPOT, "I'm a Teapot", "我是茶壶", UNUSED, 0,                 \
     "RFC 9110, Section 15.5.19", NULL,                                       \
     "Reserved after the HTCPCP April Fools' joke (RFC 2324) spread too "     \
     "widely to reassign; not for real use.",                                 \
     "源自愚人节玩笑协议 HTCPCP（RFC 2324），因流传太广而被保留，不应实际使用。") \
  XX(419, PAGE_EXPIRED, "Page Expired", "页面已过期", UNOFFICIAL, 0, NULL,    \
     "Laravel",                                                               \
     "Laravel's answer when a form's CSRF token is missing or has expired.",  \
     "Laravel 在表单的 CSRF 令牌缺失或过期时返回。")                          \
  XX(420, ENHANCE_YOUR_CALM, "Enhance Your Calm", "请冷静", UNOFFICIAL, 0,    \
     NULL, "Twitter API v1",                                                  \
     "The old Twitter API's rate-limit answer, replaced by 429.",             \
     "旧版 Twitter API 的限流响应，后来由 429 取代。")                        \
  XX(421, MISDIRECTED_REQUEST, "Misdirected Request", "请求被错误定向",       \
     PERMANENT, 0, "RFC 9110, Section 15.5.20", NULL,                         \
     "The request reached a server that cannot answer for this scheme and "   \
     "authority, often over a reused connection; retry on a new one.",        \
     "请求到达了无法为该协议和主机作答的服务器（常因连接复用）；应换新连接重试。") \
  XX(422, UNPROCESSABLE_CONTENT, "Unprocessable Content", "无法处理的内容",   \
     PERMANENT, 0, "RFC 9110, Section 15.5.21", NULL,                         \
     "The body is well formed and of a supported type, but its meaning is "   \
     "wrong, such as a failed validation.",                                   \
     "请求正文格式正确、类型也受支持，但语义有误，例如未通过校验。")          \
  XX(423, LOCKED, "Locked", "已锁定", PERMANENT, 0, "RFC 4918", NULL,         \
     "The WebDAV resource is locked and the request did not hold the lock.",  \
     "WebDAV 资源已被锁定，而请求没有持有该锁。")                             \
  XX(424, FAILED_DEPENDENCY, "Failed Dependency", "依赖失败", PERMANENT, 0,   \
     "RFC 4918", NULL,                                                        \
     "The WebDAV action failed because another action it depended on "        \
     "failed.",                                                               \
     "WebDAV 操作失败，因为它所依赖的另一个操作失败了。")                     \
  XX(425, TOO_EARLY, "Too Early", "为时过早", PERMANENT, 0, "RFC 8470", NULL, \
     "The server will not process a request sent as TLS early data, which "   \
     "could be replayed; retry after the handshake.",                         \
     "服务器不处理以 TLS 早期数据发送、可能被重放的请求；应在握手完成后重试。") \
  XX(426, UPGRADE_REQUIRED, "Upgrade Required", "需要升级", PERMANENT, 0,     \
     "RFC 9110, Section 15.5.22", NULL,                                       \
     "The server will only answer over another protocol, named in its "       \
     "Upgrade header.",                                                       \
     "服务器只在另一种协议上作答，所需协议在 Upgrade 头部中给出。")           \
  XX(428, PRECONDITION_REQUIRED, "Precondition Required", "需要先决条件",     \
     PERMANENT, 0, "RFC 6585", NULL,                                          \
     "The server wants a conditional request (If-Match and the like) to "     \
     "avoid lost updates.",                                                   \
     "服务器要求请求带上条件头部（如 If-Match），以免更新丢失。")             \
  XX(429, TOO_MANY_REQUESTS, "Too Many Requests", "请求过多", PERMANENT,      \
     HS_F_RETRYABLE, "RFC 6585", NULL,                                        \
     "The client is being rate limited; Retry-After may say how long to wait." \
     , "客户端请求过于频繁而被限流；Retry-After 可能给出需要等待的时间。")    \
  XX(431, REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large", \
     "请求头字段过大", PERMANENT, 0, "RFC 6585", NULL,                        \
     "One header field or all of them together are too big; the client may "  \
     "retry with smaller ones.",                                              \
     "某个头部字段或全部头部字段总量过大；客户端可缩小后重试。")              \
  XX(440, LOGIN_TIME_OUT, "Login Time-out", "登录超时", UNOFFICIAL, 0, NULL,  \
     "Microsoft IIS",                                                         \
     "IIS says the client's session has expired and it must log in again.",   \
     "IIS 表示客户端会话已过期，需要重新登录。")                              \
  XX(444, NO_RESPONSE, "No Response", "无响应", UNOFFICIAL, 0, NULL, "nginx", \
     "nginx-internal: close the connection without sending any response, "    \
     "often used against unwanted clients.",                                  \
     "nginx 内部使用：不发送任何响应直接关闭连接，常用于拒绝恶意客户端。")    \
  XX(449, RETRY_WITH, "Retry With", "请附带信息重试", UNOFFICIAL, 0, NULL,    \
     "Microsoft IIS",                                                         \
     "IIS asks the client to send the request again with the information it " \
     "names.",                                                                \
     "IIS 要求客户端补充所指明的信息后重新发送请求。")                        \
  XX(450, BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS,                               \
     "Blocked by Windows Parental Controls", "已被 Windows 家长控制程序屏蔽", \
     UNOFFICIAL, 0, NULL, "Microsoft",                                        \
     "Windows Parental Controls stopped access to the requested page.",       \
     "Windows 家长控制程序阻止了对所请求页面的访问。")                        \
  XX(451, UNAVAILABLE_FOR_LEGAL_REASONS, "Unavailable For Legal Reasons",     \
     "因法律原因不可用", PERMANENT, HS_F_CACHEABLE, "RFC 7725", NULL,         \
     "Access is denied because of a legal demand, such as a court order or "  \
     "government censorship.",                                                \
     "因法律要求（如法院命令或政府审查）而拒绝访问。")                        \
  XX(494, REQUEST_HEADER_TOO_LARGE, "Request Header Too Large", "请求头过大", \
     UNOFFICIAL, 0, NULL, "nginx",                                            \
     "nginx's name for an oversized request header, from before 431; the "    \
     "client sees 400.",                                                      \
     "nginx 在 431 出现之前用于请求头过大的内部状态，客户端收到的是 400。")   \
  XX(495, SSL_CERTIFICATE_ERROR, "SSL Certificate Error", "SSL 证书错误",     \
     UNOFFICIAL, 0, NULL, "nginx",                                            \
     "nginx-internal: the client certificate failed verification; the client " \
     "sees 400.",                                                             \
     "nginx 内部使用：客户端证书校验失败，客户端收到的是 400。")              \
  XX(496, SSL_CERTIFICATE_REQUIRED, "SSL Certificate Required",               \
     "需要 SSL 证书", UNOFFICIAL, 0, NULL, "nginx",                           \
     "nginx-internal: a client certificate was required and none was given; " \
     "the client sees 400.",                                                  \
     "nginx 内部使用：要求客户端证书但未提供，客户端收到的是 400。")          \
  XX(497, HTTP_REQUEST_SENT_TO_HTTPS_PORT, "HTTP Request Sent to HTTPS Port", \
     "HTTP 请求发送到了 HTTPS 端口", UNOFFICIAL, 0, NULL, "nginx",            \
     "nginx-internal: plain HTTP arrived on a TLS port; the client sees 400.", \
     "nginx 内部使用：明文 HTTP 请求发到了 TLS 端口，客户端收到的是 400。")   \
  XX(498, INVALID_TOKEN, "Invalid Token", "令牌无效", UNOFFICIAL, 0, NULL,    \
     "Esri ArcGIS",                                                           \
     "ArcGIS Server rejects a token that has expired or is otherwise "        \
     "invalid.",                                                              \
     "ArcGIS Server 拒绝已过期或无效的令牌。")                                \
  XX(499, CLIENT_CLOSED_REQUEST, "Client Closed Request", "客户端关闭请求",   \
     UNOFFICIAL, 0, NULL, "nginx",                                            \
     "Logged by nginx when the client hangs up before the response is sent; " \
     "Esri uses the code for a missing token.",                               \
     "nginx 在客户端于响应发出前断开连接时记入日志；Esri 用它表示缺少令牌。") \
  /* 5xx Server Error */                                                      \
  XX(500, INTERNAL_SERVER_ERROR, "Internal Server Error", "服务器内部错误",   \
     PERMANENT, 0, "RFC 9110, Section 15.6.1", NULL,                          \
     "Something unexpected went wrong on the server while handling the "      \
     "request.",                                                              \
     "服务器在处理请求时遇到了意外情况。")                                    \
  XX(501, NOT_IMPLEMENTED, "Not Implemented", "尚未实施", PERMANENT,          \
     HS_F_CACHEABLE, "RFC 9110, Section 15.6.2", NULL,                        \
     "The server does not support what the request needs, such as an "        \
     "unknown method.",                                                       \
     "服务器不支持完成请求所需的功能，例如无法识别的请求方法。")              \
  XX(502, BAD_GATEWAY, "Bad Gateway", "错误网关", PERMANENT, HS_F_RETRYABLE,  \
     "RFC 9110, Section 15.6.3", NULL,                                        \
     "A gateway or proxy got an invalid answer from the upstream server.",    \
     "网关或代理从上游服务器收到了无效的响应。")                              \
  XX(503, SERVICE_UNAVAILABLE, "Service Unavailable", "服务不可用", PERMANENT, \
     HS_F_RETRYABLE, "RFC 9110, Section 15.6.4", NULL,                        \
     "The server cannot handle requests for now, being overloaded or down "   \
     "for maintenance; Retry-After may say when to come back.",               \
     "服务器因过载或停机维护暂时无法处理请求；Retry-After 可能给出恢复时间。") \
  XX(504, GATEWAY_TIMEOUT, "Gateway Timeout", "网关超时", PERMANENT,          \
     HS_F_RETRYABLE, "RFC 9110, Section 15.6.5", NULL,                        \
     "A gateway or proxy gave up waiting for the upstream server to answer.", \
     "网关或代理等待上游服务器响应超时。")                                    \
  XX(505, HTTP_VERSION_NOT_SUPPORTED, "HTTP Version Not Supported",           \
     "HTTP 版本不受支持", PERMANENT, 0, "RFC 9110, Section 15.6.6", NULL,     \
     "The server will not speak the HTTP major version the request used.",    \
     "服务器不支持请求所使用的 HTTP 主版本。")                                \
  XX(506, VARIANT_ALSO_NEGOTIATES, "Variant Also Negotiates", "变体也在协商", \
     PERMANENT, 0, "RFC 2295", NULL,                                          \
     "A transparent content negotiation setup is broken: the chosen variant " \
     "negotiates again, which would loop.",                                   \
     "透明内容协商配置错误：选中的变体本身又要协商，形成循环。")              \
  XX(507, INSUFFICIENT_STORAGE, "Insufficient Storage", "存储空间不足",       \
     PERMANENT, 0, "RFC 4918", NULL,                                          \
     "The WebDAV server has no room left to store what the request needs.",   \
     "WebDAV 服务器没有足够的空间保存完成请求所需的内容。")                   \
  XX(508, LOOP_DETECTED, "Loop Detected", "检测到循环", PERMANENT, 0,         \
     "RFC 5842", NULL,                                                        \
     "The WebDAV server met an infinite loop while walking bindings for a "   \
     "Depth: infinity request.",                                              \
     "WebDAV 服务器在处理 Depth: infinity 请求、遍历绑定时遇到了无限循环。")  \
  XX(509, BANDWIDTH_LIMIT_EXCEEDED, "Bandwidth Limit Exceeded",               \
     "超出带宽限制", UNOFFICIAL, 0, NULL, "Apache / cPanel",                  \
     "The site has used up the traffic its hosting plan allows.",             \
     "网站已用完托管套餐允许的流量。")                                        \
  XX(510, NOT_EXTENDED, "Not Extended", "未扩展", OBSOLETED, 0,               \
     "RFC 2774 (historic)", NULL,                                             \
     "From the HTTP Extension Framework, now historic: the request lacks an " \
     "extension the server requires.",                                        \
     "来自已列为历史文档的 HTTP 扩展框架：请求缺少服务器要求的扩展声明。")    \
  XX(511, NETWORK_AUTHENTICATION_REQUIRED, "Network Authentication Required", \
     "需要网络认证", PERMANENT, 0, "RFC 6585", NULL,                          \
     "A captive portal (hotel or airport Wi-Fi, say) wants the client to log " \
     "in before it reaches the network.",                                     \
     "强制门户（如酒店或机场 Wi-Fi）要求客户端先登录才能访问网络。")          \
  XX(520, WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR,                               \
     "Web Server Returned an Unknown Error", "源站返回未知错误", UNOFFICIAL,  \
     0, NULL, "Cloudflare",                                                   \
     "Cloudflare got an empty, unknown or unexpected answer from the origin." \
     , "Cloudflare 从源站收到了空的、未知的或意外的响应。")                   \
  XX(521, WEB_SERVER_IS_DOWN, "Web Server Is Down", "源站已关闭", UNOFFICIAL, \
     0, NULL, "Cloudflare",                                                   \
     "Cloudflare's connection to the origin server was refused.",             \
     "Cloudflare 连接源站被拒绝。")                                           \
  XX(522, CONNECTION_TIMED_OUT, "Connection Timed Out", "连接超时",           \
     UNOFFICIAL, 0, NULL, "Cloudflare",                                       \
     "Cloudflare could not finish a TCP connection to the origin in time.",   \
     "Cloudflare 未能及时与源站建立 TCP 连接。")                              \
  XX(523, ORIGIN_IS_UNREACHABLE, "Origin Is Unreachable", "源站不可达",       \
     UNOFFICIAL, 0, NULL, "Cloudflare",                                       \
     "Cloudflare has no route to the origin, often because of wrong DNS "     \
     "records.",                                                              \
     "Cloudflare 无法路由到源站，常见原因是 DNS 记录错误。")                  \
  XX(524, A_TIMEOUT_OCCURRED, "A Timeout Occurred", "发生超时", UNOFFICIAL, 0, \
     NULL, "Cloudflare",                                                      \
     "Cloudflare connected to the origin but got no HTTP answer in time.",    \
     "Cloudflare 已连上源站，但未能及时收到 HTTP 响应。")                     \
  XX(525, SSL_HANDSHAKE_FAILED, "SSL Handshake Failed", "SSL 握手失败",       \
     UNOFFICIAL, 0, NULL, "Cloudflare",                                       \
     "The TLS handshake between Cloudflare and the origin failed.",           \
     "Cloudflare 与源站之间的 TLS 握手失败。")                                \
  XX(526, INVALID_SSL_CERTIFICATE, "Invalid SSL Certificate", "SSL 证书无效", \
     UNOFFICIAL, 0, NULL, "Cloudflare",                                       \
     "Cloudflare could not validate the origin server's certificate.",        \
     "Cloudflare 无法验证源站的证书。")                                       \
  XX(527, RAILGUN_ERROR, "Railgun Error", "Railgun 错误", UNOFFICIAL, 0, NULL, \
     "Cloudflare",                                                            \
     "The connection between Cloudflare and the origin's Railgun listener "   \
     "broke.",                                                                \
     "Cloudflare 与源站 Railgun 监听程序之间的连接出错。")                    \
  XX(530, SITE_IS_FROZEN, "Site Is Frozen", "站点已冻结", UNOFFICIAL, 0, NULL, \
     "Pantheon",                                                              \
     "Pantheon froze the site for inactivity; Cloudflare also uses 530 "      \
     "alongside a 1xxx error.",                                               \
     "Pantheon 因站点长期不活跃而将其冻结；Cloudflare 也会配合 1xxx 错误返回 " \
     "530。")                                                                 \
  XX(598, NETWORK_READ_TIMEOUT_ERROR, "Network Read Timeout Error",           \
     "网络读取超时", UNOFFICIAL, 0, NULL, "proxies (informal)",               \
     "Some proxies report a read timeout from the upstream server this way.", \
     "部分代理用它表示读取上游服务器时超时。")                                \
  XX(599, NETWORK_CONNECT_TIMEOUT_ERROR, "Network Connect Timeout Error",     \
     "网络连接超时", UNOFFICIAL, 0, NULL, "proxies (informal)",               \
     "Some proxies report a connect timeout to the upstream server this way.", \
     "部分代理用它表示连接上游服务器时超时。")

/* The old names, kept so code written against them keeps working. */
#define HS_HTTP_ALIAS_MAP(XX)                                                 \
  XX(302, MOVED_TEMPORARILY)               /* RFC 1945, RFC 2068 */           \
  XX(413, REQUEST_ENTITY_TOO_LARGE)        /* RFC 2616, CPython < 3.13 */     \
  XX(413, PAYLOAD_TOO_LARGE)               /* RFC 7231 */                     \
  XX(414, REQUEST_URI_TOO_LONG)            /* RFC 2616, CPython < 3.13 */     \
  XX(416, REQUESTED_RANGE_NOT_SATISFIABLE) /* RFC 2616, CPython < 3.13 */     \
  XX(422, UNPROCESSABLE_ENTITY)            /* RFC 4918, CPython < 3.13 */

/* IANA WebSocket Close Code Number Registry (RFC 6455 Section 7.4). */
#define HS_WS_MAP(XX)                                                         \
  XX(1000, NORMAL_CLOSURE, "Normal Closure", "正常关闭", PERMANENT,           \
     HS_F_SENDABLE, "RFC 6455", NULL,                                         \
     "The connection did what it was opened for and is being closed "         \
     "cleanly.",                                                              \
     "连接已完成其用途，正在正常关闭。")                                      \
  XX(1001, GOING_AWAY, "Going Away", "终端离开", PERMANENT, HS_F_SENDABLE,    \
     "RFC 6455", NULL,                                                        \
     "An endpoint is leaving: a server shutting down or a browser navigating " \
     "away from the page.",                                                   \
     "一端即将离开，例如服务器关机或浏览器离开当前页面。")                    \
  XX(1002, PROTOCOL_ERROR, "Protocol Error", "协议错误", PERMANENT,           \
     HS_F_SENDABLE, "RFC 6455", NULL,                                         \
     "The peer broke the WebSocket protocol, so the connection is ended.",    \
     "对端违反了 WebSocket 协议，因此终止连接。")                             \
  XX(1003, UNSUPPORTED_DATA, "Unsupported Data", "不支持的数据", PERMANENT,   \
     HS_F_SENDABLE, "RFC 6455", NULL,                                         \
     "A message of a type this endpoint cannot take arrived, such as binary " \
     "data where only text is accepted.",                                     \
     "收到了本端无法接受的消息类型，例如只接受文本时收到了二进制数据。")      \
  XX(1004, RESERVED, "Reserved", "保留", PERMANENT, 0, "RFC 6455", NULL,      \
     "Reserved; a meaning may be given to it later.",                         \
     "保留，将来可能赋予含义。")                                              \
  XX(1005, NO_STATUS_RECEIVED, "No Status Received", "未收到状态码",          \
     PERMANENT, 0, "RFC 6455", NULL,                                          \
     "Reported locally when a Close frame carried no status code; never put " \
     "on the wire.",                                                          \
     "仅在本地报告：收到的关闭帧没有携带状态码；不得在线路上发送。")          \
  XX(1006, ABNORMAL_CLOSURE, "Abnormal Closure", "异常关闭", PERMANENT, 0,    \
     "RFC 6455", NULL,                                                        \
     "Reported locally when the connection dropped without a Close frame; "   \
     "never put on the wire.",                                                \
     "仅在本地报告：连接在没有关闭帧的情况下断开；不得在线路上发送。")        \
  XX(1007, INVALID_FRAME_PAYLOAD_DATA, "Invalid Frame Payload Data",          \
     "无效的帧载荷数据", PERMANENT, HS_F_SENDABLE, "RFC 6455", NULL,          \
     "A message's data did not match its type, such as invalid UTF-8 in a "   \
     "text message.",                                                         \
     "消息数据与其类型不符，例如文本消息中含有非法 UTF-8。")                  \
  XX(1008, POLICY_VIOLATION, "Policy Violation", "违反策略", PERMANENT,       \
     HS_F_SENDABLE, "RFC 6455", NULL,                                         \
     "A message broke this endpoint's policy; the generic code when no more " \
     "specific one fits.",                                                    \
     "消息违反了本端的策略；没有更具体的状态码适用时使用这个通用码。")        \
  XX(1009, MESSAGE_TOO_BIG, "Message Too Big", "消息过大", PERMANENT,         \
     HS_F_SENDABLE, "RFC 6455", NULL,                                         \
     "A message was too large for this endpoint to process.",                 \
     "消息太大，本端无法处理。")                                              \
  XX(1010, MANDATORY_EXTENSION, "Mandatory Extension", "缺少必需的扩展",      \
     PERMANENT, HS_F_SENDABLE, "RFC 6455", NULL,                              \
     "Sent by a client whose required extensions the server did not agree "   \
     "to; a server does not send it.",                                        \
     "客户端要求的扩展未被服务器协商同意时由客户端发送；服务器不发送此码。")  \
  XX(1011, INTERNAL_ERROR, "Internal Error", "内部错误", PERMANENT,           \
     HS_F_SENDABLE, "RFC 6455", NULL,                                         \
     "The server hit an unexpected condition and cannot go on.",              \
     "服务器遇到意外情况，无法继续。")                                        \
  XX(1012, SERVICE_RESTART, "Service Restart", "服务重启", PERMANENT,         \
     HS_F_SENDABLE, "IANA (hybi list)", NULL,                                 \
     "The server is restarting; the client may reconnect after a short, "     \
     "randomized wait.",                                                      \
     "服务器正在重启；客户端可在短暂的随机等待后重新连接。")                  \
  XX(1013, TRY_AGAIN_LATER, "Try Again Later", "稍后重试", PERMANENT,         \
     HS_F_SENDABLE, "IANA (hybi list)", NULL,                                 \
     "The server is overloaded for now and sheds this client; try again "     \
     "later.",                                                                \
     "服务器暂时过载而断开此客户端，请稍后重试。")                            \
  XX(1014, BAD_GATEWAY, "Bad Gateway", "错误网关", PERMANENT, HS_F_SENDABLE,  \
     "IANA (hybi list)", NULL,                                                \
     "A gateway or proxy got an invalid answer from the upstream server.",    \
     "网关或代理从上游服务器收到了无效的响应。")                              \
  XX(1015, TLS_HANDSHAKE, "TLS Handshake", "TLS 握手失败", PERMANENT, 0,      \
     "RFC 6455", NULL,                                                        \
     "Reported locally when the TLS handshake failed, for instance on an "    \
     "unverifiable certificate; never put on the wire.",                      \
     "仅在本地报告：TLS 握手失败（例如证书无法验证）；不得在线路上发送。")    \
  XX(3000, UNAUTHORIZED, "Unauthorized", "未授权", PERMANENT, HS_F_SENDABLE,  \
     "IANA (first come first served)", NULL,                                  \
     "The endpoint needs authentication before it will go on, the WebSocket " \
     "counterpart of HTTP 401.",                                              \
     "需要先通过身份认证才能继续，相当于 WebSocket 版的 HTTP 401。")          \
  XX(3003, FORBIDDEN, "Forbidden", "禁止", PERMANENT, HS_F_SENDABLE,          \
     "IANA (first come first served)", NULL,                                  \
     "The endpoint knows who the peer is and will not allow it, the "         \
     "WebSocket counterpart of HTTP 403.",                                    \
     "已知对端身份但不允许其访问，相当于 WebSocket 版的 HTTP 403。")          \
  XX(3008, TIMEOUT, "Timeout", "超时", PERMANENT, HS_F_SENDABLE,              \
     "IANA (first come first served)", NULL,                                  \
     "The peer took too long, the WebSocket counterpart of HTTP 408.",        \
     "对端响应过慢而超时，相当于 WebSocket 版的 HTTP 408。")

/* Names from MDN's CloseEvent table, still common in client code. */
#define HS_WS_ALIAS_MAP(XX)                                                   \
  XX(1000, CLOSE_NORMAL)                                                      \
  XX(1001, CLOSE_GOING_AWAY)                                                  \
  XX(1002, CLOSE_PROTOCOL_ERROR)                                              \
  XX(1003, CLOSE_UNSUPPORTED)                                                 \
  XX(1005, CLOSE_NO_STATUS)                                                   \
  XX(1006, CLOSE_ABNORMAL)                                                    \
  XX(1009, CLOSE_TOO_LARGE)                                                   \
  XX(1010, MISSING_EXTENSION)

/* OpenResty's ngx.HTTP_* constants whose names (without the HTTP_ prefix)
 * are none of ours: lookups find them, as they find every name with or
 * without that prefix (ngx.HTTP_NOT_FOUND, NOT_FOUND).  XX(code, NAME). */
#define HS_NGX_NAME_MAP(XX)                                                   \
  XX(300, SPECIAL_RESPONSE)                                                   \
  XX(405, NOT_ALLOWED)                                                        \
  XX(444, CLOSE)                                                              \
  XX(451, ILLEGAL)                                                            \
  XX(501, METHOD_NOT_IMPLEMENTED)                                             \
  XX(505, VERSION_NOT_SUPPORTED)

/* The reason phrases nginx itself writes in its status lines
 * (ngx_http_header_filter_module.c) that are none of ours, its old names
 * or its ngx.HTTP_* names: what lua-resty-http's res.reason holds behind
 * nginx.  Lookups find them.  XX(code, "phrase"). */
#define HS_NGX_PHRASE_MAP(XX)                                                 \
  XX(414, "Request-URI Too Large")                                            \
  XX(503, "Service Temporarily Unavailable")

/* The five classes (RFC 9110 Section 15): XX(digit, key, "Name", "名称",
 * "description", "description_zh"). */
#define HS_CLASS_MAP(XX)                                                      \
  XX(1, informational, "Informational", "信息响应",                           \
     "An interim answer: the request was received and work on it goes on.",   \
     "临时响应：请求已收到，处理仍在继续，还需要后续操作。")                  \
  XX(2, success, "Successful", "成功",                                        \
     "The request was received, understood and accepted.",                    \
     "请求已被成功接收、理解并处理。")                                        \
  XX(3, redirection, "Redirection", "重定向",                                 \
     "The client has to take a further step, usually another request, to "    \
     "finish.",                                                               \
     "客户端需要进一步操作（通常是再发一次请求）才能完成。")                  \
  XX(4, client_error, "Client Error", "客户端错误",                           \
     "The request has a fault on the client's side or cannot be fulfilled "   \
     "as sent.",                                                              \
     "请求有客户端方面的错误，或按原样无法完成。")                            \
  XX(5, server_error, "Server Error", "服务器错误",                           \
     "The server failed to fulfil a request that looks valid.",               \
     "服务器未能完成一个看似有效的请求，处理过程中出现了错误。")

/* The WebSocket close code ranges (RFC 6455 Section 7.4.2):
 * XX(low, high, key, "Name", "名称", "description", "description_zh"). */
#define HS_WS_RANGE_MAP(XX)                                                   \
  XX(0, 999, unused, "Unused", "未使用",                                      \
     "Not used for any close code.",                                          \
     "保留段，不用作任何关闭码。")                                            \
  XX(1000, 2999, protocol, "Protocol", "协议",                                \
     "Defined by the WebSocket protocol, its revisions and its extensions.",  \
     "由 WebSocket 协议本身、其后续修订和扩展定义。")                         \
  XX(3000, 3999, library, "Library", "库和框架",                              \
     "For libraries, frameworks and applications, registered with IANA on a " \
     "first come, first served basis.",                                       \
     "供库、框架和应用使用，按先到先得的方式在 IANA 注册。")                  \
  XX(4000, 4999, private, "Private", "私有",                                  \
     "For private use by applications; never registered, meaning agreed "     \
     "between the two ends.",                                                 \
     "供应用私有使用，不做注册，含义由通信双方约定。")

#endif /* HTTPSTATUS_REGISTRY_H */
