import type { StatusCode, StatusProse } from '../../types';

/** Simplified Chinese prose of 500-511's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/500-511.ts. */
const prose = {
  500: {
    localReason: '服务器内部错误',
    summary: '服务器处理请求时自己出了意外故障，通常是后端代码抛出了未捕获的异常或存在 bug。',
    meaning:
      'RFC 9110 把 500 定义为通用的服务端错误：服务器遇到了意料之外的情况，无法完成请求。它不说明具体原因，是没有更合适的 5xx 状态码时的兜底选择。与 502、504 不同，500 通常来自真正执行业务代码的服务器，而不是它前面的网关或反向代理。',
    whenToUse: [
      '未捕获的异常、断言失败或代码 bug 导致请求中断；大多数框架默认返回的就是 500。',
      '依赖出现了预料之外、又无法更准确描述的故障，例如数据损坏，或内部调用失败且没有更合适的映射。',
      '只作兜底：计划内或临时的不可用（过载、维护）应返回 503；请求本身有问题应返回 4xx。',
    ],
    howToRespond: [
      '在服务端记录完整的异常和链路追踪 ID（trace ID），只把这个 ID 返回给客户端；不要返回堆栈、SQL 或内网主机名。',
      '返回简短的 problem+json 响应体，说明是服务端故障、重试是否有意义。',
      '对 500 的比例设置告警：每一个 500 都意味着一个 bug 或未处理的异常分支，应该映射成更准确的状态码。',
      '写操作放在事务里，保证中途失败不会留下脏数据，客户端重试才安全。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json，让 API 调用方拿到带 trace ID 的结构化错误，而不是一段 HTML 错误页。',
      'Cache-Control': '设置 no-store，防止配置了缓存错误响应的 CDN 或代理把这次故障返回给其他用户。',
    },
    responseBody:
      '返回 problem+json（type、title、status 500、笼统的 detail、instance），加上 traceId 或 requestId 等扩展字段，方便排查时到日志里检索。不要暴露内部细节：堆栈、SQL、文件路径、软件版本都不应出现。',
    pitfalls: [
      '500、502、503、504 的区别：500 是应用自身出错；502 是网关从上游拿到了无效响应或根本连不上；503 是服务主动表示“现在不行”；504 是网关等上游等到超时。看 Server、Via 响应头和错误页就能判断是哪一跳返回的。',
      '代理会把上游的 500 原样透传，所以在 nginx、负载均衡或 CDN 后面看到的 500 几乎都来自应用本身；网关自己出问题时报的是 502 或 504。',
      '不要把客户端的错误返回成 500：JSON 格式错误、缺字段、参数校验失败应返回 400 或 422，记录不存在应返回 404。报成 500 会掩盖真正原因，还会让客户端白白重试。',
      '生产环境开着调试模式，在 500 响应里输出堆栈、SQL 报错或框架调试页，是安全审计中的常见问题。',
      'Google AIP-193 把 INTERNAL、UNKNOWN、DATA_LOSS 都映射为 500，因此调用 Google 风格的 API 时，响应体中的 status 字符串才是更精确的错误信息。',
    ],
    clientFixes: [
      '记下响应体或响应头中的请求 ID / trace ID，反馈问题时附上；500 单靠客户端无法修复。',
      '幂等请求（GET、PUT、DELETE）可以用指数退避加随机抖动重试几次；POST 只有带幂等键（Idempotency-Key）或确认第一次没有生效时才能重试。',
      '如果某个输入每次都报 500，检查请求里是否有服务端没做校验的边界情况（特殊字符、超大数值、null 字段），并反馈给对方。',
      '如果服务端是你自己的，按时间点去日志里找异常；响应体为空的 500 往往说明错误发生在框架的异常处理器生效之前。',
    ],
    examples: [
      {
        title: 'API 处理函数抛出未捕获的异常',
        note: '客户端只知道是服务端出错，并拿到一个可以反馈的 ID；异常详情留在服务端日志里。',
        response:
          'HTTP/1.1 500 Internal Server Error\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/internal-error","title":"服务器内部错误","status":500,"detail":"创建订单时发生意外错误，联系技术支持时请提供 trace ID。","instance":"/v1/orders","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}',
      },
      { title: '反面示例：把堆栈直接返回给客户端', note: '这会泄露文件路径和代码结构，text/plain 响应体还会让期望 JSON 的客户端解析失败。应写入日志，对外返回 problem+json。' },
    ],
    linkTitles: ['MDN：500 Internal Server Error', 'RFC 9457 HTTP API 的问题详情（Problem Details）', 'Google AIP-193：错误处理'],
  },
  501: {
    localReason: '未实现',
    summary: '服务器不支持完成该请求所需的功能，最典型的是它根本不认识这个请求方法。',
    meaning:
      'RFC 9110 规定，501 表示服务器不具备完成请求所需的功能；典型场景是服务器不认识该请求方法，对任何资源都无法支持。它描述的是整个服务器的能力，而不是某一个资源。501 默认可被启发式缓存，即使没有显式的缓存信息，缓存也可能复用它。',
    whenToUse: [
      '请求使用了服务器完全没有实现的方法，例如把 PURGE、PROPFIND 或自定义方法发给了没有对应处理逻辑的服务器。',
      '请求带有服务器不认识的传输编码（Transfer-Encoding）；RFC 9112 规定这种情况应返回 501。',
      '文档里有、但当前服务器或部署环境没有提供的操作；Google AIP-193 把 UNIMPLEMENTED 映射为 501。',
    ],
    howToRespond: [
      '在响应体中写明不支持的是哪个方法或功能，有替代方案时一并给出。',
      '显式设置 Cache-Control，否则功能上线后缓存仍可能继续返回旧的 501。',
      '如果服务器认识这个方法、只是当前资源不允许，应返回 405 并带上 Allow 响应头。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json，让客户端读出不支持的是哪个方法或功能。',
      'Cache-Control': '501 默认可被启发式缓存；显式的 max-age 或 no-store 决定缓存可以重复返回它多久。',
    },
    responseBody: '返回 problem+json（type、title、status 501、detail 写明不支持的方法或功能、instance），也可以列出服务器支持的替代方式。',
    pitfalls: [
      '501 与 405：405 表示服务器认识这个方法但该资源不允许，并且必须在 Allow 头中列出允许的方法；501 表示服务器在任何资源上都不支持该方法。',
      '501 与 400、422：请求整体合法、只是某个参数值不受支持（未知的 format 参数、未知的枚举值）属于客户端错误，不是 501。',
      '501 与 503：501 要等服务端软件升级才会消失，503 只是暂时不可用。对 501 重试没有意义。',
      '501 可被启发式缓存，功能上线后 CDN 可能还在返回它；要么主动刷新缓存，要么一开始就设置 Cache-Control。',
    ],
    clientFixes: [
      '检查请求方法：是否拼错、是否把 WebDAV 或缓存清除方法发给了普通 Web 服务器、所用的库是否用了服务端从未实现的方法。',
      '查 API 文档，找到实现同样功能的受支持方式（通常是向某个动作 URL 发 POST，而不是用自定义方法），然后修改请求。',
      '如果发送了 chunked 以外的 Transfer-Encoding，改为用 Content-Length 发送请求体。',
      '查看 Server 和 Via 响应头：可能是链路中的代理或 WAF 拒绝了源站本来支持的方法。',
    ],
    examples: [
      {
        title: '向不支持的服务器发送缓存清除方法',
        response:
          'HTTP/1.1 501 Not Implemented\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"about:blank","title":"未实现","status":501,"detail":"本服务器不支持 PURGE 方法，请通过 CDN 的 API 刷新缓存。","instance":"/assets/app.js"}',
      },
    ],
    linkTitles: ['MDN：501 Not Implemented'],
  },
  502: {
    localReason: '错误网关',
    summary: '网关或反向代理（nginx、负载均衡、CDN、API 网关）从后面的上游服务器拿到了无效响应，或者根本没拿到响应。',
    meaning:
      'RFC 9110 定义 502 用于充当网关或代理的服务器：它为完成请求去访问上游（入站）服务器，却收到了无效响应。问题出在网关和后端之间：后端拒绝或断开了连接、响应到一半崩溃，或返回的内容不是合法的 HTTP。网关本身是正常的，所以它还能返回这个状态码。',
    whenToUse: [
      '代理或网关连不上上游：连接被拒绝或被重置、DNS 解析失败、与后端的 TLS 握手失败。',
      '上游在响应完成前关闭了连接，或返回了代理无法解析的畸形或超大响应头。',
      'Serverless 函数或插件集成的返回值无法构成合法响应，例如函数返回结果缺少网关要求的字段。',
      '应用代码不要用它报告自身故障：应用出错返回 500，过载返回 503。',
    ],
    howToRespond: [
      '返回简短的响应体，说明上游故障并附上请求 ID；不要把内网主机名或 IP 暴露到公网。',
      '加上 Proxy-Status 头（RFC 9209），注明错误类型，如 connection_refused、http_response_incomplete，方便运维看出是哪一跳、哪种故障。',
      '后端正在重启或发布时，可以考虑返回 503 加 Retry-After，比 502 能给客户端更多信息。',
    ],
    headers: {
      'Content-Type': 'API 流量使用 application/problem+json，让客户端拿到可解析的错误，而不是网关默认的 HTML 错误页。',
      'Proxy-Status': 'RFC 9209 定义的响应头，标明是哪个中间层、出了哪类错误（connection_refused、http_response_incomplete、tls_certificate_error 等）。',
      'Retry-After': '如果知道上游正在重启，告诉客户端等多久再重试。',
    },
    responseBody:
      '网关通常返回一个简短的 HTML 页面（nginx 的“502 Bad Gateway”）。API 场景建议返回 problem+json（type、title、status 502、用中性措辞说明哪个服务出错的 detail、instance、requestId），诊断细节放在 Proxy-Status 和日志里。',
    pitfalls: [
      '到底是谁出了问题：500 是应用自己出错；502 是网关从应用拿到坏响应或连不上应用（进程挂了、崩溃、端口配错）；503 是有组件主动拒绝（过载、维护、没有健康的后端）；504 是应用连得上但太慢，超过了网关的超时时间。',
      '高负载下偶发的 502 常常是长连接（keep-alive）超时不匹配：后端先关闭空闲连接（Node.js 默认 5 秒），而代理或负载均衡（AWS ALB 默认 60 秒）还在复用它。应让后端的 keep-alive 超时比代理更长。',
      '不同产品对同一故障的映射不同：上游不可达时 nginx 返回 502，Envoy 和 Istio 返回 503（“upstream connect error”“no healthy upstream”），Cloudflare 则返回自己的 520–523。先确认是哪个产品返回的，再去查代码。',
      '非幂等请求遇到 502，并不能证明后端什么都没做：如果连接是在响应中途断开的，写操作可能已经执行了。',
      '后端响应头过大（常见于超大 Cookie）超过 proxy_buffer_size 时，nginx 也会返回 502，并在日志里记录“upstream sent too big header”；这种情况下后端本身是正常的。',
    ],
    clientFixes: [
      '稍等片刻后用指数退避重试；重启和发布引起的 502 通常几秒内就会消失。非幂等请求只有带幂等键时才能重试。',
      '如果持续出现且整套服务是你的，检查后端是否在运行，是否监听在代理配置的主机、端口和协议（HTTP 还是 HTTPS）上。',
      '查看网关的错误日志：nginx 的“connect() failed (111: Connection refused)”或“upstream prematurely closed connection”说明后端没启动或在崩溃。',
      '通过 Proxy-Status、Server、Via 响应头或错误页的样式，判断是哪一跳返回的：CDN、负载均衡、Ingress 还是服务网格。',
    ],
    examples: [
      {
        title: 'nginx 连不上后端应用服务器',
        note:
          '这是 nginx 默认错误页的原样输出。对应的错误日志是“connect() failed (111: Connection refused) while connecting to upstream”：应用进程没启动或监听在别的端口。',
      },
      {
        title: 'API 网关：上游在响应中途断开连接',
        note: '这笔支付可能已经成功，也可能没有；重试时必须带上同一个 Idempotency-Key，让服务端识别重复请求。',
        response:
          'HTTP/1.1 502 Bad Gateway\nContent-Type: application/problem+json\nProxy-Status: api-gateway; error=http_response_incomplete\n\n{"type":"https://api.example.com/problems/bad-upstream-response","title":"错误网关","status":502,"detail":"支付服务在返回完整响应之前关闭了连接。","instance":"/v1/payments","requestId":"req_7f3a9c"}',
      },
    ],
    linkTitles: ['MDN：502 Bad Gateway', 'RFC 9209 Proxy-Status 响应头'],
  },
  503: {
    localReason: '服务不可用',
    summary: '服务器因过载或停机维护暂时无法处理请求，稍后应能恢复。',
    meaning:
      'RFC 9110 用 503 表示服务器暂时无法处理请求，原因是临时过载或计划内维护，过一段时间很可能恢复。服务器可以通过 Retry-After 告诉客户端需要等多久。规范并不强制过载时必须返回 503，过载的服务器也可能直接拒绝连接。',
    whenToUse: [
      '计划内维护或发布窗口，服务有意下线。',
      '负载保护（降级、熔断）：服务器或依赖已饱和（线程池、连接池、队列已满），拒绝新请求以保护正在处理的请求。',
      '负载均衡或 Ingress 没有健康的后端可转发，例如所有 Pod 都没通过就绪探针（readiness probe）。',
      '服务离不开的依赖（数据库、上游 API）暂时不可达。',
    ],
    howToRespond: [
      '只要能估计恢复时间，就发送 Retry-After（秒数或 HTTP 日期），并尽量估得准确。',
      '快速失败：立即返回 503，好过让请求排队直到超时变成 504。',
      '维护页加上 Cache-Control: no-store，避免维护结束后还被缓存着。',
      '按客户端计的配额超限应返回 429；503 留给影响所有人的情况。',
    ],
    headers: {
      'Retry-After': 'RFC 9110 §15.6.4：服务器可以（MAY）发送。建议总是发送：它告诉客户端何时再来，很多 SDK 和 HTTP 库会遵循它，而不是自己瞎猜退避时间。',
      'Content-Type': 'API 使用 application/problem+json；面向用户的维护页使用 text/html。',
      'Cache-Control': '设置 no-store，避免维护页或过载响应被缓存，在服务恢复后还继续返回。',
    },
    responseBody:
      '返回 problem+json（type、title、status 503、说明原因的 detail：维护、过载或依赖故障、instance），可附上预计恢复时间；网站可以展示友好的维护页面。响应要生成得足够轻量，因为发送它的时候恰恰是资源紧张的时候。',
    pitfalls: [
      '503 与 500、502、504：503 是主动的“现在不行”，最好带 Retry-After；500 是意外故障，502 是上游返回了坏响应，504 是等上游超时。503 对应的请求通常根本没被处理，因此它是最适合重试的 5xx。',
      '503 与 429：429 表示这个客户端请求太多（按客户端限流）；503 表示服务对所有人都不可用。nginx 的 limit_req 和 limit_conn 默认用 503 拒绝请求，如果你的本意是限流，应设置 limit_req_status 429。',
      'Envoy 和 Istio 在连不上上游时返回 503（“upstream connect error or disconnect/reset before headers”“no healthy upstream”），ingress-nginx 在 Service 没有就绪的 Endpoint 时也返回 503；这些情况的原因是后端不可达，而不是过载。',
      '网站短时间停机维护，应返回 503 加 Retry-After；不要返回 200 的“稍后回来”页面（可能被搜索引擎收录，替换掉正常内容），也不要返回 404。',
      'Google AIP-193 把 UNAVAILABLE 映射为 503 并视为可重试，而 RESOURCE_EXHAUSTED 映射为 429。',
    ],
    clientFixes: [
      '有 Retry-After 就按它等待；没有就用指数退避加随机抖动重试，并限制次数，避免大量客户端同时重试造成雪崩。',
      '先看服务方的状态页或维护公告，再排查自己的代码。',
      '如果响应体是“no healthy upstream”之类、服务又是你自己的，检查后端是否在运行、健康检查和就绪探针是否通过。',
      '如果 503 来自限流（nginx limit_req、网关配额），降低请求频率或把请求分散开。',
    ],
    examples: [
      {
        title: '计划内维护，带 Retry-After',
        note: 'Retry-After: 900 表示请客户端 15 分钟后再试。',
        response:
          'HTTP/1.1 503 Service Unavailable\nContent-Type: application/problem+json\nRetry-After: 900\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/maintenance","title":"计划内维护","status":503,"detail":"API 正在进行数据库升级，预计 UTC 时间 02:30 左右恢复。","instance":"/v1/accounts/me"}',
      },
      { title: '服务网格中没有健康的后端（Envoy）', note: '这是 Envoy 的原样输出：集群中所有后端都没通过健康检查或根本不存在时就会返回它。这是可用性问题，不是过载。' },
    ],
    linkTitles: ['MDN：503 Service Unavailable', 'Google AIP-193：错误处理'],
  },
  504: {
    localReason: '网关超时',
    summary: '网关或反向代理在超时时间内没等到上游服务器的响应，于是放弃了。',
    meaning: 'RFC 9110 定义 504 用于充当网关或代理的服务器：它需要访问上游服务器才能完成请求，却没有及时收到响应。上游可能很慢、卡死或不可达，也可能仍在处理这个请求。客户端到网关的连接没有问题，问题是网关后面等得太久。',
    whenToUse: [
      '代理、负载均衡或 API 网关触发了上游连接或读取超时（nginx 的 proxy_read_timeout、负载均衡的空闲超时、API 网关的集成超时）。',
      '一个服务调用另一个服务时充当了网关，并且等待依赖超过了自己的截止时间（deadline）。',
      '不要用于客户端太慢的情况：客户端发送请求太慢应返回 408。',
    ],
    howToRespond: [
      '尽快返回一个带请求 ID 的简短响应体；加上 Proxy-Status，注明 connection_timeout 或 http_response_timeout，说清是哪一跳、哪种超时。',
      '整条链路的超时要对齐：外层每一跳的超时都应比它后面那一跳稍长，否则实际成功的请求也会给客户端报 504。',
      '耗时的任务（报表、导出、批处理）改成异步：返回 202 Accepted 和一个查询状态的 URL，而不是一直占着请求。',
    ],
    headers: {
      'Content-Type': 'API 流量使用 application/problem+json，让客户端能把上游超时和其他故障区分开。',
      'Proxy-Status': 'RFC 9209 定义的响应头，标明是哪个中间层、哪种超时（connection_timeout、connection_read_timeout、http_response_timeout）。',
    },
    responseBody:
      '网关通常只返回一个简单的 HTML 页面。API 场景建议返回 problem+json（type、title、status 504、用中性措辞说明哪个依赖在多长时间后超时的 detail、instance、requestId）。',
    pitfalls: [
      '504 与 502：两者都来自网关，但 502 是上游返回了坏响应或拒绝、断开了连接，504 是上游没有按时响应。504 与 503：503 是主动拒绝。504 与 500：500 是应用自身出错。',
      '504 与 408：408 是服务器等客户端发请求等到超时；504 是网关等上游等到超时。你自己的 HTTP 客户端超时则根本不会产生状态码。',
      '网关放弃之后上游可能仍把活干完了，所以 504 之后盲目重试 POST 可能造成重复下单、重复扣款；应使用幂等键，或先查询状态再决定。',
      '默认超时很容易碰到：nginx 的 proxy_read_timeout 默认 60 秒，AWS API Gateway 的集成超时默认约 29 秒，耗时长的接口即使后端正常也会在这里超时。',
      'Google AIP-193 把 DEADLINE_EXCEEDED 映射为 504；Cloudflare 则用自己的 522（连接超时）和 524（等待响应超时）报告源站超时，而不是 504。',
    ],
    clientFixes: [
      '幂等请求等一会儿后用退避策略重试；写操作先确认上一次是否已生效，或用同一个幂等键重发。',
      '降低单次请求的开销：分页获取、缩小筛选范围，大任务改用服务方提供的异步或导出接口。',
      '如果整套服务是你的，先找出超时的是哪一跳（Proxy-Status、Server 响应头、网关日志中的“upstream timed out”），再优化后端，或有意识地调大那一跳的超时。',
      '到后端日志里找同一个请求：慢查询、锁竞争或卡住的第三方调用是最常见的原因。',
    ],
    examples: [
      {
        title: 'nginx 等待慢后端超时',
        note:
          '这是 nginx 默认错误页的原样输出，它把原因短语写作“Gateway Time-out”。错误日志会在 proxy_read_timeout（默认 60 秒）后记录“upstream timed out (110: Connection timed out) while reading response header from upstream”。',
      },
      {
        title: 'API 网关：生成大报表超时',
        note: 'detail 提醒任务可能仍会完成，所以客户端不应简单地把同一个 POST 再发一遍。',
        response:
          'HTTP/1.1 504 Gateway Timeout\nContent-Type: application/problem+json\nProxy-Status: edge-gw; error=http_response_timeout\n\n{"type":"https://api.example.com/problems/upstream-timeout","title":"网关超时","status":504,"detail":"报表服务在 30 秒内没有响应，报表可能仍在生成中。时间范围较大时请使用 POST /v1/exports。","instance":"/v1/reports"}',
      },
    ],
    linkTitles: ['MDN：504 Gateway Timeout', 'RFC 9209 Proxy-Status 响应头'],
  },
  505: {
    localReason: 'HTTP 版本不受支持',
    summary: '服务器拒绝用客户端请求所使用的 HTTP 主版本号来处理该请求。',
    meaning: 'RFC 9110 定义 505 用于服务器不支持或拒绝支持请求所用的 HTTP 主版本：除了这个错误响应外，它不会用该版本完成请求。服务器应在响应中说明为什么不支持该版本，以及它支持哪些协议。',
    whenToUse: [
      '请求行里的主版本号是服务器没有实现的，例如在纯文本请求行里手写了“HTTP/2.0”或“HTTP/3.0”。',
      '只能通过 HTTP/2 或更高版本工作的服务，有意拒绝 HTTP/1.x 请求。',
      '不要用于次版本号：HTTP/1.0 和 HTTP/1.1 属于同一主版本，收到 HTTP/1.0 请求时应返回它能处理的响应，而不是拒绝。',
    ],
    howToRespond: [
      '在响应体中说明服务器接受哪些版本、如何使用，例如通过 TLS ALPN 协商 HTTP/2。',
      '用客户端能读懂的版本回复，HTTP/1.1 是最稳妥的选择。',
      '请求行本身格式错误（版本号缺失或乱码）时应返回 400。',
    ],
    headers: { 'Content-Type': 'RFC 9110 要求响应说明拒绝原因并列出支持的协议；用 problem+json 或纯文本都便于阅读。' },
    responseBody: '返回简短的 problem+json 或纯文本，说明服务器支持哪些 HTTP 版本，以及如何协商使用。',
    pitfalls: [
      '505 与 426：426 Upgrade Required 要求客户端切换协议，并在 Upgrade 头中列出可选协议；505 只是拒绝当前版本，不提供协议内的切换方式。',
      '505 与 400：版本号格式错乱属于请求格式错误（400）；505 针对格式正确、但服务器不愿支持的版本。',
      'HTTP/2 和 HTTP/3 是在 TLS 握手时通过 ALPN 协商的（HTTP/3 还要通过 Alt-Svc 发现），而不是在 HTTP/1.1 风格的请求行里改写版本号。',
      '浏览器几乎不会触发 505；遇到时应怀疑自研客户端、裸 socket 代码，或者改写了请求行的代理。',
    ],
    clientFixes: [
      '确认客户端发送的版本；强制使用 HTTP/1.1（例如 curl --http1.1）可以快速判断是不是版本问题。',
      '使用服务器期望的协商方式：HTTP/2 用 TLS + ALPN，HTTP/3 通过 Alt-Svc 发现。',
      '如果中间有代理，确认它没有改写请求行，或用源站不支持的版本转发。',
    ],
    examples: [
      {
        title: '通过 TCP 手写 HTTP/3.0 请求行',
        response:
          'HTTP/1.1 505 HTTP Version Not Supported\nContent-Type: application/problem+json\n\n{"type":"about:blank","title":"HTTP 版本不受支持","status":505,"detail":"本服务器接受 HTTP/1.1，以及通过 TLS ALPN 协商的 HTTP/2，不接受 HTTP/3.0 请求行。"}',
      },
    ],
    linkTitles: ['RFC 9110 §2.5 协议版本', 'MDN：505 HTTP Version Not Supported'],
  },
  506: {
    localReason: '变体也参与协商',
    summary: '透明内容协商的服务端配置错误：选中的变体本身又要协商，导致协商陷入循环。',
    meaning: 'RFC 2295（透明内容协商，一份实验性规范）把 506 定义为服务器内部配置错误：协商选出的变体资源本身也被配置为要进行协商，因此不能作为协商的终点。问题完全在服务端，客户端无法纠正。',
    whenToUse: [
      '服务器实现了透明内容协商（例如 Apache mod_negotiation 的 type map），而选中的变体又指向另一个需要协商的资源。',
      '除此之外几乎用不到：绝大多数网站使用基于 Accept 请求头的服务端驱动协商，永远不需要 506。',
    ],
    howToRespond: ['修正配置，确保 type map 或变体列表中的每个变体都是具体的表示，而不是另一个 map。', '返回简短说明，并在日志中记录出问题的变体，便于定位配置错误。'],
    headers: { 'Content-Type': '标明说明性的 HTML 或 problem+json 响应体类型，方便客户端展示。' },
    responseBody: '返回简短的 HTML 或 problem+json，说明服务器的内容协商配置有误；客户端这边没有什么可改的。',
    pitfalls: [
      '506 与 406：406 表示没有任何变体能匹配客户端的 Accept 系列请求头（这是协商的结果）；506 表示服务器自己的变体配置坏了。',
      '506 与 300：300 Multiple Choices 列出变体让客户端自己挑；506 表示服务器挑选的过程绕成了圈。',
      '506 与 508：两者都与循环有关，但 506 是服务器配置中的内容协商循环，508 是 WebDAV 在处理 Depth: infinity 时发现的绑定循环。',
      '透明内容协商很少有人部署，所以实际遇到的 506 几乎都是 Apache type map 或 MultiViews 配置错误。',
    ],
    clientFixes: [
      '反馈给网站运维；问题出在服务器配置，重试没有用。',
      '临时办法：直接请求某个具体变体的 URL（例如 index.html.en），或者如果客户端发送了 Negotiate 请求头，去掉它。',
      '如果服务器是你维护的，检查 mod_negotiation 的 type map（.var 文件）和 MultiViews，找出引用了另一个 map 的变体。',
    ],
    examples: [
      {
        title: 'Apache type map 中的法语变体本身又是一个 type map',
        response:
          'HTTP/1.1 506 Variant Also Negotiates\nContent-Type: text/html; charset=utf-8\n\n<html><head><title>506 Variant Also Negotiates</title></head><body><h1>变体也参与协商</h1><p>为该资源选中的变体本身也需要协商，这是服务器配置错误。</p></body></html>',
      },
    ],
    linkTitles: ['MDN：506 Variant Also Negotiates'],
  },
  507: {
    localReason: '存储空间不足',
    summary: '服务器存储空间已满，或账户配额已用完，无法保存请求需要写入的内容。',
    meaning: 'RFC 4918（WebDAV）定义了 507：服务器无法存储完成请求所需的表示，因此该方法无法执行。这种状态被视为暂时的，但如果请求是由用户操作触发的，在用户再次主动发起之前不得重复该请求。',
    whenToUse: [
      'WebDAV 的 PUT、COPY、MOVE、MKCOL 或 PROPPATCH 因磁盘、卷或存储后端已满而失败。',
      '文件存储 API 因账户或服务器没有剩余空间而无法接收上传；Nextcloud 等 WebDAV 服务器在用户配额用完时会返回 507。',
      '在 207 Multi-Status 响应中，用于标记那些没能保存的单个资源。',
    ],
    howToRespond: ['在可以公开的前提下，说明需要多少空间、还剩多少，方便用户清理或升级套餐。', '整台服务器磁盘满时要通知运维；磁盘写满往往很快会引发更大范围的故障。', '清理写入失败后残留的不完整文件。'],
    headers: { 'Content-Type': 'WebDAV 的 DAV:error 或 Multi-Status 响应体用 application/xml；JSON API 用 application/problem+json。' },
    responseBody:
      'WebDAV 场景返回 XML 格式的 DAV:error，或列出失败资源的 207 Multi-Status；JSON API 返回 problem+json，可加 requiredBytes、availableBytes 等扩展字段。',
    pitfalls: [
      '507 与 413：413 Content Too Large 表示请求体超过了大小限制，与剩余空间无关；507 表示此刻没有空间存放它。',
      '配额超限用哪个状态码，各家服务器和规范指南并不一致：有的返回 507（WebDAV 中很常见），有的返回 403 或 413，只在服务器本身存储耗尽时才用 507。选定之后要写进文档。',
      '507 与 503：503 是笼统的暂时不可用；507 专指存储问题，不应自动重试。',
      'RFC 4918 规定，由用户操作触发并收到 507 的请求，在用户再次发起前不得重复，所以自动重试循环是错误的做法。',
    ],
    clientFixes: [
      '释放空间（删除旧文件或历史版本、清空回收站）或提升配额，然后让用户重新操作。',
      '检查上传内容的大小；服务允许的话，分片上传或先压缩。',
      '不要循环自动重试，应把错误展示给用户。',
      '如果服务器是你维护的，检查存储卷和临时上传目录的磁盘占用，并留意 inode 是否耗尽。',
    ],
    examples: [
      {
        title: '账户存储空间已满，上传被拒绝',
        response:
          'HTTP/1.1 507 Insufficient Storage\nContent-Type: application/problem+json\n\n{"type":"https://storage.example.com/problems/insufficient-storage","title":"存储空间不足","status":507,"detail":"本次上传需要 500 MB，但你的 10 GB 配额只剩 48 MB。请删除文件或升级套餐后重试。","instance":"/v1/files/backups/site-2024-06.tar.gz","requiredBytes":524288000,"availableBytes":50331648}',
      },
    ],
    linkTitles: ['MDN：507 Insufficient Storage'],
  },
  508: {
    localReason: '检测到循环',
    summary: 'WebDAV：集合树中存在绑定构成的循环，服务器中止了 Depth: infinity 操作。',
    meaning: 'RFC 5842（WebDAV 绑定扩展）定义了 508：服务器在处理带“Depth: infinity”的请求时遇到了无限循环，因此终止了操作，整个操作失败。绑定允许同一资源出现在多个集合中，所以一个集合可能最终包含它自己。',
    whenToUse: [
      '带 Depth: infinity 的 PROPFIND、COPY、LOCK 等请求，遇到了一个通过绑定包含了自身祖先的集合。',
      '仅在客户端没有通过 DAV 请求头声明支持绑定时使用；声明过支持的客户端应在 207 Multi-Status 中收到 208 Already Reported。',
    ],
    howToRespond: ['让整个操作失败（508 表示操作的任何部分都没有执行），能定位的话，说明在哪个集合发现了循环。', '对声明支持绑定的客户端，返回带 208 条目的 207，让它们拿到有用的结果。'],
    headers: { 'Content-Type': '标明说明循环位置的 XML、HTML 或 problem+json 响应体类型。' },
    responseBody: '返回简短的 XML、HTML 或 problem+json，指出在哪个集合检测到循环；不返回部分结果。',
    pitfalls: [
      '508 与 208：208 是理解绑定的客户端在成功路径上收到的（该成员已经报告过）；508 是不理解绑定的客户端收到的失败兜底。',
      '508 不用于重定向循环或代理循环：重定向循环表现为反复的 3xx，直到浏览器报“重定向次数过多”；代理把请求转发给自己属于网关错误（502，Proxy-Status 中的 proxy_loop_detected）。',
      '在虚拟主机上，LiteSpeed 和 CloudLinux 服务器会在账户触及进程数或 CPU 限制时返回“508 Resource Limit Is Reached”，这与 WebDAV 毫无关系。',
      '508 与 506：506 是服务器配置中的内容协商循环；508 是 WebDAV 命名空间里的循环。',
    ],
    clientFixes: [
      '改用 Depth: 1 自己逐层遍历，记录访问过的资源（DAV:resource-id），跳过重复项。',
      '在 DAV 请求头中声明支持绑定，让服务器返回带 208 条目的 207，而不是直接失败。',
      '如果数据由你控制，用 UNBIND 去掉让集合包含自身祖先的那个绑定。',
      '如果是虚拟主机返回“Resource Limit Is Reached”，减少并发进程或升级套餐；这是主机资源限制，不是循环。',
    ],
    examples: [
      {
        title: 'Depth: infinity 的 PROPFIND 遇到绑定循环',
        response:
          'HTTP/1.1 508 Loop Detected\nContent-Type: application/problem+json\n\n{"type":"https://dav.example.com/problems/binding-loop","title":"检测到循环","status":508,"detail":"/projects/archive/current/ 绑定到了 /projects/，Depth: infinity 的遍历永远不会结束。请改用 Depth: 1。","instance":"/projects/"}',
      },
    ],
    linkTitles: ['MDN：508 Loop Detected'],
  },
  509: {
    localReason: '超出带宽限制',
    origin: '未在 IANA 注册。由 Apache 的带宽限制模块和 cPanel/WHM 虚拟主机使用，表示网站超出了主机套餐的流量额度。',
    summary: '非官方状态码（Apache/cPanel 虚拟主机）：网站已用完主机套餐的带宽流量额度。',
    meaning:
      '没有任何 RFC 定义 509，它是虚拟主机行业的惯例，不属于 HTTP 标准。运行 Apache、使用 cPanel 或带宽模块的共享主机，会在账户超出流量配额时返回它，通常要等到计费周期重置或站长升级套餐才会恢复。不认识它的客户端必须把它当作普通的 500 处理。',
    whenToUse: ['已经在用它表示流量配额耗尽的老式共享主机环境。', '新的 API 和服务不要用：按客户端限流返回 429 加 Retry-After，整个服务被限速时返回 503。'],
    howToRespond: ['如果必须发送，在页面上说明网站超出了流量额度，以及何时恢复。', '知道配额重置时间的话，加上 Retry-After。'],
    headers: { 'Content-Type': '主机面板返回的是简短的 text/html 提示页，标明类型以便浏览器正常显示。', 'Retry-After': '如果知道带宽配额何时重置，告诉访问者和爬虫何时再来。' },
    responseBody: '主机面板通常返回一个简短的 HTML 页面，说明网站超出了带宽限制；没有标准格式，也没有 problem+json 惯例。',
    pitfalls: [
      '509 与 429：429 是已注册的状态码，表示单个客户端请求过多（限流）；509 针对的是站长的流量配额，对所有访问者一视同仁。',
      '509 与 503：两者都表示“现在不可用”，但 503 是标准状态码，客户端、爬虫和各种库都认识；509 不是。',
      '509 不在 IANA 注册表中，RFC 9110 要求不认识它的客户端按 500 处理；有些库显示它时不带原因短语。',
      '它与部分虚拟主机因 CPU 或进程数超限返回的 508“Resource Limit Is Reached”也不是一回事。',
    ],
    clientFixes: [
      '作为访问者或 API 调用方无法解决，只能等待，或联系站长。',
      '如果是你的网站，在主机控制面板中查看带宽用量，然后提高限额或升级套餐。',
      '减少流量：大文件和图片走 CDN，开启压缩和缓存，屏蔽消耗流量的恶意爬虫。',
    ],
    examples: [
      {
        title: '共享主机上的网站超出了月度带宽',
        response:
          'HTTP/1.1 509 Bandwidth Limit Exceeded\nContent-Type: text/html; charset=utf-8\n\n<html><head><title>509 Bandwidth Limit Exceeded</title></head><body><h1>超出带宽限制</h1><p>本网站已用完当前周期的带宽流量额度，请稍后再试。</p></body></html>',
      },
    ],
    linkTitles: ['IANA HTTP 状态码注册表（509 未分配）', 'RFC 9110 §15 状态码（未知状态码按 x00 处理）'],
  },
  510: {
    localReason: '未扩展',
    origin: '由 RFC 2774（HTTP 扩展框架）定义，这是一份从未得到广泛实现的实验性规范。IESG 后来将 RFC 2774 改为“历史”（Historic）状态，IANA 注册表现已把 510 标记为废弃（OBSOLETED）。',
    summary: '已废弃：请求没有声明服务器对该资源要求的 HTTP 扩展（RFC 2774）。',
    meaning: 'RFC 2774 定义 510 用于请求缺少必需的扩展声明、不满足访问资源的策略的情况；服务器应返回客户端发起扩展请求所需的全部信息。这套扩展框架（Man、Opt 请求头和 M- 前缀方法）从未流行起来，这个状态码也已废弃。',
    whenToUse: [
      '新设计中不要使用；它在注册表中只以“已废弃”身份保留。',
      '仅限真正实现了 RFC 2774 强制扩展的遗留系统。',
      '要求请求补充缺失的内容时，请用现行状态码：缺少输入用 400 或 422，缺少条件请求头用 428，需要升级协议用 426。',
    ],
    howToRespond: ['如果遗留系统发送了 510，按 RFC 2774 的要求，在响应体中说明需要哪个扩展以及如何声明。', '系统改造时，换成标准的 4xx，并在响应体中说明客户端需要补充什么。'],
    headers: { 'Content-Type': '标明解释需要声明哪个扩展的响应体类型。' },
    responseBody: '说明所需扩展及其声明方式的响应体；从来没有标准格式。现代替代方案是返回 4xx 加 problem+json。',
    pitfalls: [
      '它属于 5xx，但需要修改的却是请求，这种类别上的错位也是应改用标准 4xx 的原因之一。',
      '510 与 426、428：426 要求通过 Upgrade 升级协议，428 要求携带 If-Match 等条件请求头；两者都是现行标准，510 不是。',
      '510 与 501：501 表示服务器缺少某项功能；510 表示客户端没有声明服务器要求的扩展。',
      '许多框架的状态码枚举里仍有 510，自定义代码有时会随意借用它；要看响应体才知道对方的真实含义。',
    ],
    clientFixes: [
      '如果确实在对接 RFC 2774 系统，从响应体中找出服务器要求的扩展，加上相应声明（Man 或 Opt 请求头、M- 前缀方法）。',
      '否则把它当作接口设计问题，向服务方确认他们的 510 是什么意思。',
      '不要原样重试，同样的请求还会被拒绝。',
    ],
    examples: [
      {
        title: '遗留服务器要求强制扩展',
        note: '仅为历史用法：RFC 2774 扩展已无人使用，现代 API 会返回 400 或 428。',
        response:
          'HTTP/1.1 510 Not Extended\nContent-Type: text/plain; charset=utf-8\n\n该资源要求声明强制扩展“http://legacy.example.com/ext/audit”。请改用 M-GET 方法，并通过 Man 请求头声明该扩展后重新发送。',
      },
    ],
    linkTitles: ['MDN：510 Not Extended', 'IANA HTTP 状态码注册表（510 已废弃）'],
  },
  511: {
    localReason: '需要网络认证',
    summary: '请求被认证门户（酒店、机场、咖啡馆的 Wi-Fi 登录页）拦截：需要先登录网络才能上网。',
    meaning: 'RFC 6585 定义 511，告诉客户端需要先完成认证才能获得网络访问权限。它供控制网络接入的拦截代理使用，源服务器不应发送；响应中应包含一个可以登录的页面链接，并且缓存不得存储它。',
    whenToUse: ['你在运营认证门户（Captive Portal）或网络接入网关，拦截尚未登录或尚未同意条款的设备发出的 HTTP 请求。', '源服务器或 API 要求用户提供凭证时绝不能用它；那是 401（拒绝访问时为 403）。'],
    howToRespond: [
      '在响应体中给出登录页链接（HTML 链接，可加 meta refresh），但不要在被请求的 URL 上直接返回登录表单，否则浏览器会把它当成原网站的页面。',
      '发送 Cache-Control: no-store；缓存不得保存 511。',
      '同样拦截操作系统的联网检测请求，让手机和电脑自动弹出登录界面。',
    ],
    headers: { 'Content-Type': '使用 text/html，其中包含指向网络登录页的链接。', 'Cache-Control': '用 no-store 落实“缓存不得存储 511”的规定，保证登录后不会再看到认证页面。' },
    responseBody: '一个简短的 HTML 页面，包含指向网络登录页的链接（可加 meta refresh），而不是登录表单本身，也不带 WWW-Authenticate 质询。',
    pitfalls: [
      '511、401、407 的区别：401 是源站要求你认证（WWW-Authenticate），407 是你配置的代理要求凭证（Proxy-Authenticate），511 是所在网络在你登录认证页面之前不放行。',
      '认证门户只能往明文 HTTP 流量里注入 511；走 HTTPS 时，同样的情况会表现为证书错误或连接失败，这就是在酒店 Wi-Fi 下调用 API 常出现莫名错误的原因。',
      '响应体是认证门户的 HTML，而不是你的 API 返回的 JSON，直接解析会失败；应先检查状态码再解析。',
      '很多认证门户返回的是 302 重定向或伪造的 200 页面，而不是 511，所以不能指望一定收到这个标准状态码。',
    ],
    clientFixes: [
      '打开浏览器，完成 Wi-Fi 登录或同意使用条款，然后重试请求。',
      '解析前先检查状态码和 Content-Type：把 511（或意外出现的 HTML）当作“需要登录网络”处理，并提示用户。',
      '使用 HTTPS，让被拦截的请求安全地失败，而不是被悄悄篡改。',
      '如果认证会话频繁过期，重新登录或换一个网络；这和你的服务器无关。',
    ],
    examples: [
      {
        title: '酒店 Wi-Fi 拦截了明文 HTTP 的 API 调用',
        note: '这个响应来自网络本身，api.example.com 根本没有收到请求。',
        response:
          'HTTP/1.1 511 Network Authentication Required\nContent-Type: text/html; charset=utf-8\nCache-Control: no-store\n\n<html><head><title>需要登录网络</title><meta http-equiv="refresh" content="0; url=https://wifi.hotel.example/login"></head><body><p>请先<a href="https://wifi.hotel.example/login">登录酒店 Wi-Fi</a>，然后继续访问。</p></body></html>',
      },
    ],
    linkTitles: ['MDN：511 Network Authentication Required'],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
