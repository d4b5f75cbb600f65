import type { StatusCode, StatusProse } from '../../types';

/** Simplified Chinese prose of 422-499's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/422-499.ts. */
const prose = {
  422: {
    localReason: '无法处理的内容',
    summary: '请求体格式没问题、也能解析，但内容本身不合法：参数校验失败或违反业务规则（旧称“不可处理的实体” Unprocessable Entity）。',
    meaning:
      '服务器认得请求的内容类型（所以不是 415），请求体语法也正确（所以严格来说不是 400），但无法执行其中的指令。这个状态码最早由 WebDAV（RFC 4918）以“Unprocessable Entity”之名引入，RFC 9110 把它纳入 HTTP 核心规范并改名为“Unprocessable Content”。典型场景是 JSON/XML 结构完好，但字段值违反 schema 或业务规则，或者一个 PATCH 文档应用后会让资源变成非法状态。',
    whenToUse: [
      'JSON 能正常解析，但字段校验不通过：缺少必填项、邮箱格式不对、数值越界、枚举值不认识。',
      'PATCH 文档语法正确却无法应用，比如应用后资源会变成非法状态（RFC 5789 §2.2 指定此时用 422）。',
      '跨字段规则不满足：结束日期早于开始日期、币种与账户不符、请求体里引用了不存在的外键。',
      '前提是团队已约定“语义校验失败用 422”：全接口统一执行，请求体根本解析不了的情况仍用 400。',
    ],
    howToRespond: [
      '一次性列出所有出错字段，每条带 JSON Pointer（或字段路径）和提示信息，让调用方一轮就能改完。',
      '校验错误使用固定的 problem type URI，每条错误再带一个机器可读的错误码，前端就能直接映射到表单字段，不用解析提示文案。',
      '错误详情里不要回显敏感信息（密码、银行卡号等）。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json（RFC 9457），表明响应体是机器可读的错误信息，逐字段的校验结果放在 errors 之类的扩展成员里。',
      'Content-Language': '接口对错误提示做了多语言时，用它标明 title、detail 等提示文案所用的语言。',
    },
    responseBody:
      '返回 problem+json：type（如 .../problems/validation-error）、title、status 422、概括性的 detail、instance，再加一个 errors 数组，每项包含 JSON Pointer（"#/email"）、提示信息，可选一个稳定的错误码。RFC 9457 §3 自己的 422 示例就是这种结构。',
    pitfalls: [
      '400 与 422：400 用于服务器无法解析或无法正确分帧的请求（JSON 语法错误、查询参数格式错、Content-Length 冲突）；422 用于请求体能正常解析、但内容不对的情况。RFC 9110 对 400 的定义本身很宽，参数校验失败返回 400 也不算违反规范。',
      '各家 API 规范在这点上意见不一：Zalando 的 RESTful API 规范要求业务逻辑校验失败也返回 400，常用状态码列表里没有 422；Haufe 的 API 规范则明确把 422 用于校验错误；Google AIP-193 把 INVALID_ARGUMENT 和 FAILED_PRECONDITION 都映射为 400，映射表里根本没有 422。框架也分两派：FastAPI、Laravel 和 GitHub REST API 参数校验失败返回 422，Spring 的 @Valid 默认返回 400。选定一种、写进文档，同一类错误不要两种混用。',
      '422 与 409：409 表示请求与资源当前状态冲突（唯一键重复、并发修改）。判断方法：同一个请求体换个服务端状态就能成功，是 409；无论什么状态都不合法，是 422。',
      '422 与 412、415：412 是 If-Match 等条件请求头不满足；415 是媒体类型本身不支持。两者都与请求体里的字段值无关。',
      '旧名字还在到处用：很多库里的常量叫 UNPROCESSABLE_ENTITY（Rack 现在改用 :unprocessable_content）。状态码没变，只是名字改了，含义相同。',
    ],
    clientFixes: [
      '查看响应体里的 errors 列表：每条都指出了字段（pointer）和违反的规则。改正这些值，不要原样重试。',
      '对照接口的 schema 或 OpenAPI 文档检查请求体：类型（字符串还是数字）、格式（日期用 ISO 8601）、枚举拼写、必填项和嵌套层级。',
      '在客户端用同一份 schema 先做校验，并把逐字段的提示显示在对应的表单输入框旁边。',
      '400 和 422 走同一套“参数校验失败”处理逻辑，因为不同的 API 返回哪个都有可能。',
    ],
    examples: [
      {
        title: '字段校验失败',
        note: 'JSON 本身合法，所以不是 400 解析错误；所有不合法字段一次性返回。',
        response:
          'HTTP/1.1 422 Unprocessable Content\nContent-Type: application/problem+json\nContent-Language: zh-CN\n\n{"type":"https://api.example.com/problems/validation-error","title":"请求体校验未通过","status":422,"detail":"有 2 个字段不合法。","instance":"/v1/users","errors":[{"pointer":"#/email","code":"format","detail":"邮箱格式不正确"},{"pointer":"#/age","code":"minimum","detail":"不能小于 0"}]}',
      },
      {
        title: '应用后会破坏资源的 JSON Patch',
        note: 'RFC 5789 §2.2：补丁文档合法但无法应用用 422；文档格式错误用 400，不支持的补丁格式用 415。',
        response:
          'HTTP/1.1 422 Unprocessable Content\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/invalid-patch-result","title":"补丁应用后订单不合法","status":422,"detail":"订单行数量至少为 1；如需去掉该商品，请删除这一行，而不是把数量改成 0。","instance":"/v1/orders/5521","errors":[{"pointer":"#/items/0/quantity","detail":"必须大于等于 1"}]}',
      },
    ],
    linkTitles: [
      'RFC 4918 §11.2 422 Unprocessable Entity（最初定义）',
      'RFC 5789 §2.2 PATCH 的错误处理',
      'RFC 9457 HTTP API 的问题详情（Problem Details）',
      'MDN：422 Unprocessable Content',
      'Zalando RESTful API 规范：使用标准 HTTP 状态码',
      'Haufe API 规范：HTTP 状态码',
      'Google AIP-193：错误处理',
    ],
  },
  423: {
    localReason: '已锁定',
    summary: '资源已被锁定（WebDAV 锁或应用层的悲观锁），在锁释放或提交对应锁令牌之前，这次修改会被拒绝。',
    meaning:
      '由 WebDAV（RFC 4918）定义：方法的源资源或目标资源处于锁定状态。响应应带上前置条件或后置条件代码，例如 lock-token-submitted 或 no-conflicting-lock，让客户端知道具体原因。WebDAV 之外，一些 API 也用它表示悲观锁：记录被别人签出编辑，或正处于某个处理中的状态。',
    whenToUse: [
      'WebDAV：PUT、MOVE、DELETE、PROPPATCH 作用在被锁定的资源上，而请求的 If 头里没有匹配的锁令牌。',
      'API 采用显式的悲观锁设计，记录已被其他人签出或正在编辑。',
      '资源在长时间任务处理期间被临时冻结（比如记账中的发票），任务结束后锁会自动释放。',
    ],
    howToRespond: [
      '说明锁由谁或什么持有，已知的话给出过期时间，方便客户端等待或联系锁的持有者。',
      'WebDAV 场景返回 DAV:error 响应体，写明前置条件元素（lock-token-submitted 并列出被锁的 URL，或 no-conflicting-lock）。',
      '客户端自己持有锁并提交了正确的令牌时，绝不能再返回 423。',
    ],
    headers: {
      'Content-Type': 'WebDAV 的 DAV:error 用 application/xml，普通 API 用 application/problem+json，让锁的持有者和过期时间可以被程序读取。',
      'Retry-After': '没有任何 RFC 为 423 定义它，但锁的过期时间已知时可以作为提示；客户端可以忽略。',
    },
    responseBody:
      'WebDAV：返回 XML 的 DAV:error 元素并写明未满足的前置条件，如 <D:lock-token-submitted><D:href>/docs/plan.docx</D:href></D:lock-token-submitted>。API：返回 problem+json（type、title、status 423、detail），可加 lockedBy、lockExpiresAt 等扩展成员。',
    pitfalls: [
      '423 与 409：423 表示有一把明确的锁挡住了修改，锁释放后就能成功；409 表示请求本身和资源状态冲突（重复、版本不一致），需要换一个请求。',
      '423 与 412：乐观锁（ETag + If-Match）校验失败是 412；423 属于悲观锁，锁在写入之前就已经存在。',
      '423 与 403：用户账号被锁定、资源永久只读，这是权限问题，用 403，而不是一把迟早会释放的资源锁。',
      '锁不设过期时间是常见事故：客户端崩溃后资源被永久锁死。锁要有超时（WebDAV 有 Timeout 头），也要有强制解锁的途径。',
    ],
    clientFixes: [
      '查看响应体里锁的持有者和过期时间；如果会自动释放，就等一会儿再按退避策略重试。',
      'WebDAV：如果锁是你自己加的，在 If 头里带上锁令牌，例如 If: (<urn:uuid:...>)；令牌在 LOCK 响应的 Lock-Token 头里。',
      '锁已失效（持有者早已崩溃）时，通过 API 解锁或找管理员处理，不要死循环重试。',
      '通过 WebDAV 编辑文件的工具（Office、CAD 等），先关闭另一个仍打开着该文件的会话。',
    ],
    examples: [
      {
        title: 'WebDAV PUT 没带锁令牌',
        note: '带上 LOCK 响应返回的令牌 If: (<urn:uuid:...>) 之后，写入就能成功。',
        request:
          'PUT /docs/plan.docx HTTP/1.1\nHost: dav.example.com\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\nContent-Length: 18340\n\n（二进制文档）',
      },
    ],
    linkTitles: ['MDN：423 Locked'],
  },
  424: {
    localReason: '依赖失败',
    summary: '这个操作没有执行，因为同一请求里它所依赖的另一个操作先失败了。',
    meaning:
      '由 WebDAV（RFC 4918）定义：请求的操作依赖另一个操作，而那个操作失败了，所以本操作无法在资源上执行。经典例子是 PROPPATCH：其中一个属性更新失败后，其余更新都不会生效，并以 424 报告。它大多出现在 207 Multi-Status 的响应体里，而不是作为整个响应的状态码。',
    whenToUse: [
      'WebDAV PROPPATCH 这类“要么全成功、要么全不做”的操作：把因为别的指令失败而被跳过的每一条标为 424。',
      '事务型的批量 API 在第一个失败项处中止：被跳过的项标为 424，真正的原因用它自己的状态码报告。',
      '多步骤请求（先创建、再关联、再发布）中前面的步骤失败了，后面的步骤根本没有执行。',
    ],
    howToRespond: [
      '一定要指出真正失败的那个操作及其状态码（403、409、422 等）；424 只说明连带影响。',
      '批量接口优先用 207 Multi-Status（或 200 加逐项结果），每项各有状态，被跳过的标 424。',
      '说明是否有任何部分已经生效；WebDAV 的规则是全部不生效，调用方也会默认如此。',
    ],
    headers: { 'Content-Type': 'WebDAV 的 multistatus 用 application/xml，API 用 application/problem+json 并写明失败的步骤，方便定位根因。' },
    responseBody:
      'WebDAV：DAV:multistatus 文档，失败项写它真实的状态，被跳过的项写 "HTTP/1.1 424 Failed Dependency"。API：problem+json（type、title、status 424、detail），用扩展成员写明失败的步骤和它的错误。',
    pitfalls: [
      '424 与 502/503/504：下游服务（数据库、支付渠道）出故障是服务端问题，应返回 502、503 或 504。424 说的是同一请求中的另一个操作失败，调用方可以修正。',
      '424 与 207：在 WebDAV 里，424 通常放在 207 Multi-Status 的响应体里；单独返回一个 424 会丢失“到底哪个操作失败了”的信息。',
      '424 与 409/422：失败的那一步通常有更具体的状态码（409 冲突、422 内容不合法），应把它作为原因报告；只给 424 等于没告诉调用方该改什么。',
      '部分客户端和代理不认识 424，只把它当普通 4xx 处理。这无伤大雅，但响应体必须写清细节，才对它们有用。',
    ],
    clientFixes: [
      '找到状态不是 424 的那一项：它才是真正的错误。修好它，依赖它的操作也会随之成功。',
      '修正后重新提交整个操作；WebDAV PROPPATCH 失败时什么都没生效，不需要只补发一部分。',
      '批量接口要确认服务端在失败之前是否已经执行了部分项；如果执行了，只重发被跳过的项。',
    ],
    examples: [
      { title: '一个属性失败导致整个 PROPPATCH 回滚', note: 'getetag 是受保护属性，不能修改（403）；reviewer 的更新只是受它连累被跳过（424）。' },
      {
        title: '事务型批量请求在失败项处中止',
        response:
          'HTTP/1.1 424 Failed Dependency\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/batch-aborted","title":"批量操作已中止","status":424,"detail":"操作 b 失败，整个原子批次已回滚。","failedOperation":{"id":"b","status":409,"detail":"SKU X1 已存在"},"skipped":["a"]}',
      },
    ],
    linkTitles: ['MDN：424 Failed Dependency'],
  },
  425: {
    localReason: '请求过早',
    summary: '请求是在 TLS 1.3 早期数据（0-RTT）里发来的，有被重放的风险，服务器不处理；等握手完成后再发一次即可。',
    meaning:
      '由 RFC 8470 定义：服务器不愿冒险处理一个可能被重放的请求。放在 TLS 1.3 早期数据（0-RTT）里的请求可能被攻击者截获后重放（重放攻击），所以服务器可以拒绝其中非幂等的请求。在早期数据中发出请求的客户端应当自动重试，而且重试不能再放进早期数据。',
    whenToUse: [
      '请求通过 TLS 1.3 早期数据到达，或者 CDN/反向代理转发时带了 Early-Data: 1，而这个请求执行两次会出问题：支付、下单、发消息之类的 POST。',
      '源站无法判断某个请求能否安全重放，而前端已把它标记为早期数据。',
      '请求不是通过早期数据发送的，就绝不要返回 425：客户端无从修正，RFC 8470 也明确说此时不应发送 425。',
    ],
    howToRespond: [
      '响应尽量简短；客户端或中间层会在握手完成后自动重试，没人会细看响应体。',
      '幂等、可安全重放的请求（如获取公开内容的 GET）在早期数据中直接接受，否则开启 0-RTT 毫无收益。',
      '在代理层把早期数据标记传给源站（nginx：proxy_set_header Early-Data $ssl_early_data），由应用自己决定。',
    ],
    headers: {
      'Early-Data':
        '这是请求头而不是响应头：中间层在与客户端的 TLS 握手完成之前就转发请求时，必须（MUST）加上 Early-Data: 1（RFC 8470 §5.1）。只有这类请求，或直接在早期数据中收到的请求，才可以返回 425。425 响应本身没有必须携带的头。',
      'Content-Type': '只在需要响应体时使用；一段简短的 application/problem+json 说明，方便排查代理链路的人。',
    },
    responseBody: '通常为空，或一条简短的 problem+json（type、title、status 425、detail：“请求在早期数据中收到，请在握手完成后重试”）。重试是自动进行的，响应体主要给日志和排查用。',
    pitfalls: [
      '425 只针对 TLS 0-RTT 的重放风险。不要拿它表示业务上的“太早了”（活动还没开始、令牌 10 点后才生效）：那些情况按具体含义用 403、409 或 422。',
      '425 与 421：421 Misdirected Request 是这条连接不适合该域名；425 是请求在 TLS 握手中发得太早。两者都是换一条合适的连接重发即可。',
      '425 与 429/503：既没有过载也不涉及配额；同一个请求只要不放在早期数据里就能成功。',
      '如果中间层收到的请求本来就带 Early-Data 头，它必须把 425 原样转给客户端，而不是自己重试，否则多级代理之间会出现重试循环。',
    ],
    clientFixes: [
      '浏览器和大多数支持 TLS 1.3 的 HTTP 库会自动重试；自研客户端遇到 425，就等握手完成后再发一次，且不要放在早期数据里。',
      '如果 425 频繁出现，在客户端或 CDN 配置里对非幂等请求关闭 0-RTT。',
      '源站在开启了 0-RTT 的 CDN 后面时，确认源站能看到 Early-Data 头，并且只拒绝不安全的方法。',
    ],
    examples: [
      {
        title: 'CDN 在握手完成前转发了 POST',
        note: '请求带了 Early-Data，CDN 必须把这个 425 转给客户端，由客户端在早期数据之外重试。',
        response:
          'HTTP/1.1 425 Too Early\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/too-early","title":"请求在 TLS 早期数据中收到","status":425,"detail":"支付请求不接受 0-RTT 早期数据，请在 TLS 握手完成后重新发送。"}',
      },
    ],
    linkTitles: ['RFC 8470 §5.2 425 (Too Early) 状态码', 'RFC 8470 §5.1 Early-Data 请求头', 'MDN：425 Too Early'],
  },
  426: {
    localReason: '需要升级',
    summary: '服务器拒绝用当前协议处理请求，并在 Upgrade 响应头里指明要切换到的协议（例如 WebSocket）。',
    meaning:
      '服务器拒绝用当前协议执行请求，但客户端升级到另一种协议后也许可以。RFC 9110 要求 426 响应必须带 Upgrade 头，列出需要的协议。协议升级（Upgrade）机制只存在于 HTTP/1.1，HTTP/2 和 HTTP/3 都不支持。',
    whenToUse: [
      'WebSocket 端点收到了没有 Upgrade: websocket 的普通 HTTP 请求，比如有人在浏览器标签页或用 curl 直接打开了 ws 地址。',
      '某个端点只提供更新的应用层协议，客户端必须先通过 Upgrade 机制切换过去。',
      '不要用它强制 HTTPS：应该用 301/308 重定向并配置 HSTS；浏览器不会因为 426 就切到 TLS。',
    ],
    howToRespond: [
      '必须带上列出协议标识的 Upgrade 头，同时带 Connection: Upgrade，这是 RFC 9110 §7.8 对发送 Upgrade 一方的要求。',
      '在响应体里说明如何连接：ws:// 或 wss:// 地址、子协议、应使用的客户端库。',
      '不要在 HTTP/2 或 HTTP/3 上指望通过 426 触发升级；这两者上的 WebSocket 用扩展 CONNECT（RFC 8441、RFC 9220）。',
    ],
    headers: {
      Upgrade: 'RFC 9110 §15.5.22：服务器必须列出客户端要切换到的协议，例如 Upgrade: websocket。',
      Connection: 'Upgrade 是逐跳（hop-by-hop）头，发送方必须同时发送 Connection: Upgrade（RFC 9110 §7.8）。',
      'Content-Type': '用 text/plain 或 application/problem+json 简要说明如何连接。',
    },
    responseBody:
      '简短的文本或 problem+json（type、title、status 426、detail），说明需要哪种协议、如何连接，例如“请使用 WebSocket 客户端连接 wss://chat.example.com/socket”。',
    pitfalls: [
      '426 与 505：505 HTTP Version Not Supported 拒绝的是 HTTP 主版本本身；426 是要求在同一连接上切换到另一种协议。',
      '426 与 301/308：把用户从 http:// 迁到 https:// 应该用重定向加 HSTS，而不是 426 加 Upgrade: TLS（RFC 2817），浏览器从未实现后者。',
      '在 nginx 等反向代理后面，如果代理丢掉了逐跳的 Upgrade 和 Connection 头，后端看到的就是普通请求，WebSocket 握手会得到 426 或 400。',
      'WebSocket 握手中的 426 与 400：握手格式错误（比如缺少 Sec-WebSocket-Key）是 400；不支持的 Sec-WebSocket-Version 可以返回 426 或 400（RFC 6455 两者都允许），并用 Sec-WebSocket-Version 头列出服务器支持的版本。',
    ],
    clientFixes: [
      '改用 WebSocket 客户端（或响应中指定协议的客户端），不要用 fetch 或 curl 直接请求；或者补上握手所需的 Upgrade 和 Connection 头。',
      '经过 nginx 时，在对应 location 里配置 proxy_http_version 1.1、proxy_set_header Upgrade $http_upgrade 和 proxy_set_header Connection "upgrade"。',
      '检查 URL：WebSocket 用 ws:// 或 wss://，路径要指向 socket 端点，而不是 REST 接口。',
      '原样重试只会再次得到 426，先切换协议。',
    ],
    examples: [
      {
        title: '用普通 HTTP 请求打开 WebSocket 端点',
        response:
          'HTTP/1.1 426 Upgrade Required\nUpgrade: websocket\nConnection: Upgrade\nContent-Type: application/problem+json\n\n{"type":"https://chat.example.com/problems/websocket-only","title":"需要使用 WebSocket","status":426,"detail":"该端点只支持 WebSocket，请使用 WebSocket 客户端连接 wss://chat.example.com/socket。"}',
      },
    ],
    linkTitles: ['RFC 6455 §4.2.2 WebSocket 服务端握手', 'MDN：426 Upgrade Required'],
  },
  428: {
    localReason: '需要先决条件',
    summary: '服务器要求这类修改必须是条件请求（带 If-Match 等），而请求没带；先获取 ETag，再带上它重新提交。',
    meaning: '由 RFC 6585 定义：源服务器要求请求必须是条件请求。它用来防止“更新丢失”：客户端读取资源、修改后写回，而这期间别人已经改过它。响应应说明如何正确地重新提交，缓存不得存储这个响应。',
    whenToUse: [
      '对启用了乐观锁（乐观并发控制）的资源发起 PUT、PATCH、DELETE，却没带 If-Match（或 If-Unmodified-Since）。',
      '多个客户端同时编辑同一批文档或记录，静默覆盖会导致数据丢失。',
      '前提是你能提供校验值：该资源每次 GET 成功都要返回 ETag 或 Last-Modified，客户端才有东西可带。',
    ],
    howToRespond: [
      '写明客户端必须发送的请求头（通常是带 ETag 的 If-Match），以及从哪里取这个值（对同一 URL 发 GET）。',
      '把响应标记为不可缓存；RFC 6585 禁止缓存存储它，但并非所有缓存都知道这一点。',
      '客户端带上条件之后，如果不匹配应返回 412，而不是再返回 428。',
    ],
    headers: {
      'Content-Type': '用 application/problem+json 告诉客户端需要哪个条件请求头。',
      'Cache-Control': '用 no-store 把“禁止缓存”写明，照顾不了解 RFC 6585 的缓存。',
    },
    responseBody: '返回 problem+json（type、title、status 428、detail），说明请求必须是条件请求，点明 If-Match（或 If-Unmodified-Since），以及如何获取当前的 ETag。',
    pitfalls: [
      '428 与 412：428 是前置条件头没带；412 是带了但校验结果为假（ETag 已经对不上了）。',
      '428 与 409：409 报告的是与当前状态的真实冲突；428 只是要求客户端证明自己改的是哪个版本。',
      '428 与 400：缺少必需的请求头也可以算作 400，但 428 明确告诉客户端要补什么，客户端和 SDK 可以自动处理。',
      '在浏览器里，If-Match 不是 CORS 安全列表内的请求头，ETag 默认也读不到：服务器必须在 Access-Control-Allow-Headers 里允许 If-Match，并通过 Access-Control-Expose-Headers 暴露 ETag。',
      'If-Match: * 只检查资源是否存在；客户端为了绕过 428 而发送它，就等于放弃了 428 想提供的保护。',
    ],
    clientFixes: [
      '先 GET 资源并保存响应里的 ETag，然后在 PUT、PATCH、DELETE 时带上 If-Match: "<etag>"。',
      '接口没有 ETag 但有 Last-Modified 时，改用 If-Unmodified-Since 加这个时间。',
      '重试后如果得到 412，说明别人已经改过资源：重新获取、合并或让用户决定，再带新的 ETag 重试。',
      '浏览器应用里读到的 ETag 为 null 时，请接口方通过 Access-Control-Expose-Headers 暴露它。',
    ],
    examples: [
      {
        title: '无条件的更新被拒绝',
        note: '重试时发送同样的 PUT，加上 If-Match: "v12"（当前 ETag）。',
        request:
          'PUT /v1/documents/77 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"title":"Q3 计划","body":"..."}',
        response:
          'HTTP/1.1 428 Precondition Required\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/precondition-required","title":"需要条件请求","status":428,"detail":"请带上 If-Match，值为 GET /v1/documents/77 返回的 ETag，以免覆盖他人的修改。","instance":"/v1/documents/77"}',
      },
    ],
    linkTitles: ['MDN：428 Precondition Required'],
  },
  429: {
    localReason: '请求过多',
    summary: '触发限流：该客户端在一定时间内请求次数过多；按 Retry-After 等待并降低请求频率后再试。',
    meaning:
      '由 RFC 6585 定义：用户在给定时间内发送的请求过多（即“限流”）。响应应说明具体情况，可以带 Retry-After 头告诉客户端要等多久，缓存不得存储该响应。RFC 没有规定服务器如何识别用户（API Key、账号、IP）以及如何计数。',
    whenToUse: [
      '客户端超出了频率限制或配额：按 API Key、用户、IP、接口或租户维度计算。',
      '保护登录、重置密码、发送短信验证码、搜索等开销大的操作，防止滥用和暴力破解。',
      '并发限制：同一个客户端同时在途的请求太多。',
      '不要用于影响所有人的过载，那是 503。真正遭受攻击时，直接断开连接可能比逐个回复更省资源（RFC 6585 允许这样做）。',
    ],
    howToRespond: [
      '发送 Retry-After（最好是秒数，也可以是 HTTP 日期），让客户端知道何时再来，并保证它准确。',
      '在每个响应里（而不只是 429）公布限额，让守规矩的客户端提前降速（RateLimit / RateLimit-Policy，或较早的 X-RateLimit-* 头）。',
      '429 响应也要带 CORS 头并暴露 Retry-After，否则浏览器显示的是 CORS 错误，脚本也读不到等待时间。',
      '在响应体里说明触发的是哪条限制，以及如何申请更高额度。',
    ],
    headers: {
      'Retry-After': 'RFC 6585 §4：429 可以（MAY）带上它，值为秒数（Retry-After: 30）或 HTTP 日期。建议总是发送：规范的客户端和 SDK 会严格按这个时间等待而不是自己猜，客户端正是靠它来退避。',
      RateLimit:
        'IETF 草案（draft-ietf-httpapi-ratelimit-headers，尚未成为 RFC）：某条命名策略下剩余的额度，例如 RateLimit: "default";r=0;t=30（剩 0 次，30 秒后窗口重置）。业界广泛使用的前身是 X-RateLimit-Limit / -Remaining / -Reset。',
      'RateLimit-Policy': '同一草案：描述限流策略本身，例如 RateLimit-Policy: "default";q=100;w=60（每 60 秒 100 次），方便客户端自行控速。',
      'Access-Control-Expose-Headers': '面向浏览器客户端：Retry-After 和各种限流头都不在 CORS 安全列表内，必须在这里列出，脚本才能读取。',
      'Content-Type': '用 application/problem+json 写明触发了哪条限制。',
    },
    responseBody:
      '返回 problem+json（type、title、status 429、detail），写明触发的限制（如“每个 API Key 每分钟 100 次”）、何时重置、如何申请提额。RateLimit 草案还定义了 quota-exceeded 问题类型，带 violated-policies 成员。',
    pitfalls: [
      '429 与 503：429 是说这个客户端请求太多；503 是说服务器此刻谁都服务不了（过载、维护）。两者都可以带 Retry-After。',
      '429 与 403：有些 API 用 403 表示限流（GitHub REST API 文档写明会返回 403 或 429，且 X-RateLimit-Remaining 为 0）。把 403 当成权限问题之前，先看响应头。',
      '各家响应头格式不同：Retry-After 是秒数或 HTTP 日期；X-RateLimit-Reset 在 GitHub 是 Unix 时间戳，在 Zalando 规范里是相对秒数；IETF 草案用相对秒数（t=）。解析前先看接口文档。',
      '重试风暴：客户端立即重试或在同一时刻集体重试，会让限流一直解除不了。应使用带随机抖动（jitter）的指数退避，并限制重试次数。',
      '网关或 WAF 返回的 429 如果没带 CORS 头，在浏览器里会表现为跨域失败，控制台里看不到真实的状态码。',
    ],
    clientFixes: [
      '遵守 Retry-After：等待对应的秒数（或到指定时间）再重试；没有这个头时，用带随机抖动的指数退避。',
      '在成功响应里读取 RateLimit / X-RateLimit-* 头，在触发限流之前主动降速。',
      '减少请求量：缓存结果、合并成批量调用、用 Webhook 代替轮询、降低任务并发数。',
      '弄清限流按什么维度计算：多台服务器共用一个 API Key，或者大量用户在同一个 NAT/代理出口 IP 后面，都会一起耗尽额度。',
      '正常业务量确实不够用时，联系服务方申请提额或升级套餐。',
    ],
    examples: [
      {
        title: 'API Key 超出每分钟配额',
        note: 'Retry-After 与 RateLimit 的重置时间一致，这也是草案的要求。',
        response:
          'HTTP/1.1 429 Too Many Requests\nContent-Type: application/problem+json\nRetry-After: 30\nRateLimit-Policy: "default";q=100;w=60\nRateLimit: "default";r=0;t=30\n\n{"type":"https://api.example.com/problems/rate-limited","title":"请求过于频繁","status":429,"detail":"每个 API Key 每 60 秒最多 100 次请求，请 30 秒后重试。","instance":"/v1/search"}',
      },
      {
        title: '登录连续失败后被限流',
        response:
          'HTTP/1.1 429 Too Many Requests\nRetry-After: 900\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://www.example.com/problems/login-throttled","title":"登录尝试次数过多","status":429,"detail":"10 分钟内已失败 5 次，请 15 分钟后再试，或重置密码。"}',
      },
    ],
    linkTitles: [
      'IETF 草案：RateLimit header fields for HTTP',
      'MDN：429 Too Many Requests',
      'Zalando RESTful API 规范：限流时使用 429 并带上相关响应头',
    ],
  },
  431: {
    localReason: '请求头字段过大',
    summary: '请求头太大，可能是整体超限，也可能是某一个头（常见是 Cookie 或 Authorization 令牌）过大；精简后再重试。',
    meaning: '由 RFC 6585 定义：服务器因请求头字段过大而拒绝处理请求。既适用于整个请求头部分超限，也适用于单个字段过大；后一种情况下，响应应指出是哪个字段。减小请求头之后可以重新提交，缓存不得存储该响应。',
    whenToUse: ['请求头总大小超过服务器上限，通常是 Cookie 越积越多或 Bearer 令牌过大。', '单个请求头超过了单字段上限；要指出是哪一个。', '遭受攻击时可以直接断开连接；RFC 6585 并不强制服务器使用 431。'],
    howToRespond: [
      '写明超限的字段（如 Cookie）和上限，让客户端知道该精简什么。',
      '帮客户端恢复：在 431 响应里直接用 Set-Cookie 让臃肿或过期的 Cookie 失效。',
      '响应保持极小；如果请求头明显是恶意的，顺手关闭连接。',
    ],
    headers: {
      'Content-Type': '用 text/plain 或 application/problem+json 写明是哪个请求头过大。',
      'Set-Cookie': '服务器可以在错误响应里删除过大或过时的 Cookie（Max-Age=0），让下一次请求能通过。',
    },
    responseBody:
      '简短的 problem+json（type、title、status 431、detail），指出出问题的请求头（如“Cookie 有 14 KB，上限 8 KB”）；面向浏览器时，给一句提示，建议清除该站点的 Cookie。',
    pitfalls: [
      '431、413、414 的区别：431 是请求头太大，413 是请求体太大，414 是请求目标（URL）太长。把 URL 里的大参数挪进请求头，可能把 414 变成 431。',
      '很多服务器并不返回 431：nginx 返回 400“Request Header Or Cookie Too Large”（上限由 large_client_header_buffers 决定），Apache 返回 400（LimitRequestFieldSize），而 Node.js 返回 431（默认总大小 16 KB，可用 --max-http-header-size 调整）。',
      '本地开发时，各个项目在 localhost 上种下的 Cookie 会堆在一起，因为 Cookie 不按端口隔离；localhost:3000 也会收到 localhost:8080 等端口设置的 Cookie。',
      '超大的 JWT（角色、声明太多）放在 Authorization 或 Cookie 里是常见原因；反向代理再追加一些自己的请求头，就可能把临界的请求推过上限。',
    ],
    clientFixes: [
      '清除该站点的 Cookie（开发时也清一下 localhost 的），然后重试。',
      '在 DevTools 里查看请求头：找出最大的那个（Cookie、Authorization、自定义 X- 头）并缩小它，比如用引用令牌或减少声明，代替巨大的 JWT。',
      '不再需要的 Cookie 就别再设置，并用 Path 和 Domain 限定作用范围，避免它们随所有请求发送。',
      '如果服务器是你自己的且请求头确实合理，在每一跳（包括各级代理）提高上限：nginx large_client_header_buffers、Node --max-http-header-size。',
    ],
    examples: [
      {
        title: 'Cookie 请求头过大',
        request:
          'GET /dashboard HTTP/1.1\nHost: app.example.com\nCookie: session=9f8c...; _ga=GA1.1...; ab_test_2019=...; ...（合计 14 KB）',
        response:
          'HTTP/1.1 431 Request Header Fields Too Large\nContent-Type: application/problem+json\nSet-Cookie: ab_test_2019=; Max-Age=0; Path=/\nConnection: close\n\n{"type":"https://app.example.com/problems/headers-too-large","title":"请求头过大","status":431,"detail":"Cookie 请求头有 14 KB，本服务器最多接受 8 KB。已清除过期的 Cookie，请刷新页面。"}',
      },
    ],
    linkTitles: ['MDN：431 Request Header Fields Too Large', 'nginx：large_client_header_buffers'],
  },
  444: {
    localReason: '无响应',
    origin: 'nginx。只在 nginx 内部使用的非标准状态码：配置 “return 444;” 后，nginx 不发送任何内容直接关闭连接，并在访问日志里记为 444。没有任何客户端会真正收到 444 状态行。',
    summary: 'nginx 故意不返回任何响应就关闭了连接；客户端看到的是空响应或连接重置，444 只出现在 nginx 日志里。',
    meaning:
      '它在网络上并不是一个 HTTP 状态码，而是 nginx 的一条指令。某个 location 或 server 块执行 “return 444” 时，nginx 不发状态行、响应头和响应体，直接断开连接，并以状态 444 记录日志。常用来低成本地丢弃不想要的流量：Host 不认识的请求、扫描器、恶意爬虫。',
    whenToUse: [
      '在兜底的默认 server 里，不回应未知域名或直接用 IP 访问的请求。',
      '直接丢弃明显的扫描器和恶意爬虫（非 WordPress 站点上的 /wp-login.php、被封禁的 User-Agent），不给它们任何信息。',
      '作为限流或连接数限制的拒绝方式，让滥用者什么也拿不到（limit_req_status 444）。',
    ],
    howToRespond: [
      '没有东西要发送，这正是它的用途。关键是确保正常流量永远不会命中这条规则。',
      '记录日志（nginx 会自动记），让运维能区分主动丢弃和服务崩溃。',
      '对真实用户和 API 调用方，优先返回明确的 403、404 或 429；444 看起来像网络故障，会浪费对方大量排查时间。',
    ],
    headers: {
      Host: '这是请求头：nginx 返回 444 时什么都不发送，连状态行都没有。最常见的触发点是兜底 server 块，所以要检查请求的 Host（以及 TLS 的 SNI）是否与某个已配置的 server_name 匹配。',
    },
    responseBody: '无。nginx 直接关闭连接，不发送状态行、响应头和响应体。',
    pitfalls: [
      '浏览器和 HTTP 客户端里永远看不到 444：curl 报 “Empty reply from server”，Chrome 显示 ERR_EMPTY_RESPONSE，各类库报连接重置或 socket hang up。只有 nginx 的访问日志里才有 444。',
      '444 与 499：444 是服务器主动断开连接；499 是客户端在 nginx 回应之前自己断开了。',
      '444 与 502/520：如果返回 444 的 nginx 前面还有一层代理或 CDN，那一层会把空响应报成 502（Cloudflare 则是 520）。',
      '444 与 403：403 是礼貌地告诉正常客户端“你被拒绝了”；444 是静默丢弃，针对的是根本不想搭理的流量。',
    ],
    clientFixes: [
      '检查发送的 Host：用 IP 访问、域名拼错、手写请求漏了 Host，往往都会落到返回 444 的默认 server 上。',
      'HTTPS 请求要确认发送了 SNI 且与域名一致；有些工具按 IP 连接时不会带 SNI。',
      '如果可能被封禁了（User-Agent、IP 段、限流），请站点运维在 nginx 访问日志里查你的 IP 有没有 444 记录。',
      '不要循环重试：同样的请求会以同样的方式被丢弃。',
    ],
    examples: [
      {
        title: '用 IP 访问，落到兜底 server',
        note: '对应配置：server { listen 80 default_server; server_name _; return 444; }',
        response:
          '（无响应：nginx 直接关闭连接，curl 输出 "Empty reply from server"）\n\naccess.log:\n198.51.100.7 - - [12/May/2025:10:04:31 +0000] "GET / HTTP/1.1" 444 0 "-" "curl/8.5.0"',
      },
    ],
    linkTitles: ['nginx：return 指令（444 状态码）', 'nginx：nginx 如何处理请求'],
  },
  451: {
    localReason: '因法律原因不可用',
    summary: '因法律要求（法院命令、版权下架通知、制裁或当地法律）而被屏蔽，与你的账号权限无关。',
    meaning: '由 RFC 7725 定义：服务器因法律要求拒绝访问该资源。返回它的不一定是源站，ISP 和搜索引擎也可能返回。响应体应说明法律要求的细节（由谁提出、依据什么法律、适用于哪些人），这个状态码本身不表示资源是否存在。',
    whenToUse: [
      '内容因法院命令、政府要求或版权下架通知，在部分或全部地区被移除或屏蔽。',
      '因制裁，或因无法在某地遵守当地法律，对来自该司法辖区的访问者屏蔽服务。',
      '中间方（ISP、CDN、搜索引擎）对并非由它托管的内容执行法律要求的屏蔽。',
    ],
    howToRespond: [
      '在响应体里说明法律要求：提出方、依据的法律法规、覆盖哪些人群或地区。',
      '用带 rel="blocked-by" 的 Link 头标明实际执行屏蔽的实体。',
      '认真设置 Cache-Control：RFC 7725 规定 451 默认可缓存，按地区屏蔽的响应绝不能被共享缓存发给其他地区的用户。',
    ],
    headers: {
      Link: 'RFC 7725 §4：执行屏蔽的实体应通过 Link: <uri>; rel="blocked-by" 标明自己。它标明的是谁在屏蔽，而不是谁要求屏蔽。',
      'Content-Type': '面向用户用 text/html，面向 API 用 application/problem+json，承载对法律要求的说明。',
      'Cache-Control': '451 默认可缓存（RFC 7725）；屏蔽与访问者所在地相关时，使用 private 或很短的 max-age，必要时配合 Vary。',
    },
    responseBody:
      '一段人能读懂的说明，讲清法律要求（谁提出、依据什么法律、影响哪些人），或者一份包含同样信息的 problem+json（type、title、status 451、detail）；可以附上公开通知的链接，例如 Lumen 数据库中的条目。',
    pitfalls: [
      '451 与 403：403 是基于权限的一般性拒绝；451 明确告诉用户原因是法律要求，这正是 RFC 7725 追求的透明度。',
      '451 与 404/410：内容被永久删除用 410（或 404）；451 表示内容被屏蔽，并不表态它是否存在。',
      '缓存：451 默认可缓存，CDN 可能把针对某个国家的屏蔽返回给所有人。按地区屏蔽的 451 要标记为 private 或设置很短的有效期。',
      '因版权授权范围产生的地区限制（如流媒体版权）是合同问题，不属于 RFC 7725 所说的法律要求；很多服务对此使用 403。',
    ],
    clientFixes: [
      '不要重试：只要法律要求仍然有效，同样的请求会得到同样的结果。',
      '阅读响应体和 Link rel="blocked-by" 头，弄清是谁屏蔽、为什么屏蔽；认为屏蔽有误时联系对方。',
      '检查请求是从哪里发出的：代理、VPN 或位于其他司法辖区的云服务器区域，可能让你落入本不适用于你的屏蔽；请使用你有权使用的区域或接入点。',
    ],
    examples: [
      {
        title: '文章在某个国家被屏蔽',
        response:
          'HTTP/1.1 451 Unavailable For Legal Reasons\nLink: <https://news.example.com/legal>; rel="blocked-by"\nContent-Type: application/problem+json\nCache-Control: private, max-age=300\n\n{"type":"https://news.example.com/problems/legal-block","title":"因法律原因不可用","status":451,"detail":"根据 X 国法院 2025 年 3 月 3 日依据该国诽谤法作出的命令，本文在 X 国不可访问，其他地区不受影响。","instance":"/articles/8841"}',
      },
    ],
    linkTitles: ['RFC 7725 §4 标明执行屏蔽的实体', 'MDN：451 Unavailable For Legal Reasons'],
  },
  499: {
    localReason: '客户端关闭请求',
    origin:
      'nginx。客户端在 nginx 发出响应之前关闭连接时，nginx 以 499（NGX_HTTP_CLIENT_CLOSED_REQUEST）记录日志。Google API 也把 gRPC 的 CANCELLED 状态映射为 HTTP 499。',
    summary: '服务器还没回应，客户端就先断开了，通常是客户端或负载均衡超时、请求被主动取消；nginx 把它记为 499。',
    meaning:
      '标准 HTTP 里没有它：nginx 自定义了这个状态码，用来记录“nginx 还在处理、尚未发出任何响应头时，客户端就关闭了连接”的请求。这个响应永远不会送达，因为对端已经不在了。Google 的 API 错误模型把 499 用作 CANCELLED（调用方取消了操作）对应的 HTTP 状态。',
    whenToUse: [
      '不是由你发送的：下游连接提前关闭时，nginx 会把它写进访问日志。',
      '在 Google 风格的 API（google.rpc.Code）里，作为 CANCELLED 的 HTTP 映射，用于请求被调用方取消后仍需上报或记录的场景。',
      '在自己的监控指标里，用它把“客户端放弃了”与服务端错误区分开；499 突增往往说明响应变慢了。',
    ],
    howToRespond: [
      '499 上升时先看上游耗时：客户端是因为响应太慢才放弃的，根因通常在服务端。',
      '决定客户端断开后工作要不要继续：nginx 的 proxy_ignore_client_abort 可以让上游请求继续执行，默认关闭。',
      '整条链路的超时要对齐：客户端 < 负载均衡 < nginx < 应用，这样最先放弃的那一层能把问题报清楚。',
    ],
    headers: {
      'Content-Type': '通常什么都不发送：nginx 是在客户端离开之后才记下 499。只有主动返回 499 的服务（Google API 的 CANCELLED）才会带响应体，格式为 JSON 或 problem+json。',
    },
    responseBody:
      'nginx 场景下没有响应体：客户端已经断开。API 主动返回 499 时，给出说明请求已被客户端取消的 JSON 错误（code 为 CANCELLED 的 google.rpc.Status，或 status 为 499 的 problem+json）。',
    pitfalls: [
      '499 与 408：408 是服务器等客户端把请求发完等到超时；499 是客户端等响应等不及先走了。',
      '499 与 504：nginx 前面的负载均衡超时时（AWS ALB 空闲超时默认 60 秒），用户看到的是负载均衡返回的 504，而 nginx 对同一请求记的是 499。',
      '499 与 444：444 是 nginx 主动关闭连接；499 是客户端关闭连接。',
      '客户端走了，上游可能照样把活干完：记了 499 的 POST 可能已经创建了订单。没有幂等键就重试非幂等请求，有重复提交的风险。',
    ],
    clientFixes: [
      '检查自己的超时设置（fetch 配合 AbortController、axios 的 timeout、curl --max-time、SDK 的 deadline），与接口实际耗时对比，调大超时或改成异步调用。',
      '排查会中止请求的代码：页面跳转、组件卸载（React effect 的清理函数，开发环境 StrictMode 下会执行两次）、搜索框防抖时取消旧请求。',
      '重试 POST 之前，先确认第一次是否已被处理，或带上 Idempotency-Key 让服务端去重（保证幂等）。',
      '在负载均衡或 CDN 后面时，对比它的空闲超时与这个请求在后端的耗时。',
    ],
    examples: [
      {
        title: '客户端超时短于报表接口耗时',
        note: '生成报表约需 25 秒。调大客户端超时，或改为 202 Accepted 加轮询。',
        response:
          '（无响应：客户端 10 秒后主动断开，nginx 没来得及发出状态行）\n\naccess.log:\n192.0.2.44 - - [12/May/2025:10:21:07 +0000] "POST /v1/reports HTTP/1.1" 499 0 "-" "axios/1.7.2" rt=10.002 urt=-',
      },
    ],
    linkTitles: [
      'nginx 源码：ngx_http_request.h（NGX_HTTP_CLIENT_CLOSED_REQUEST 499）',
      'nginx：proxy_ignore_client_abort',
      'google.rpc.Code（CANCELLED 映射为 HTTP 499）',
    ],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
