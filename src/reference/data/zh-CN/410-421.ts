import type { StatusCode, StatusProse } from '../../types';

/** Simplified Chinese prose of 410-421's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/410-421.ts. */
const prose = {
  410: {
    localReason: '已删除',
    summary: '资源已被有意、永久地删除（已下线、不存在了），服务器也不知道它的新地址。',
    meaning: '目标资源在源服务器上已不再可用，而且这种状态很可能是永久的。RFC 9110 规定只有确知资源被永久移除时才用 410；服务器无法判断是否永久时，应改用 404。它的主要作用是通知客户端和爬虫：这个链接可以删掉了，别再来请求。',
    whenToUse: ['资源被有意删除或下线，希望客户端、缓存和搜索引擎都忘掉这个 URL。', '某个 API 版本或接口已过了公告的停用日期，不会再恢复。', '有时效的资源：过期的分享链接、一次性下载地址、已结束的活动页。'],
    howToRespond: [
      '在响应体里说明删除了什么，有替代资源时给出地址；如果内容只是搬到了已知的新 URL，应改用 301 或 308 重定向。',
      '显式设置 Cache-Control 有效期：410 默认可被启发式缓存，不设置缓存也可能把它存下来。',
      '不必永远返回 410；客户端有足够时间感知之后，改回普通的 404 也可以。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json，让 API 调用方读到资源被删除的原因和替代资源的位置。',
      'Cache-Control': '显式声明缓存时长，避免依赖启发式缓存；资源将来可能恢复的话，max-age 要设得短一些。',
    },
    responseBody: '返回 problem+json（type、title、status 410、detail、instance），说明删除了什么、何时删除，如有替代资源或迁移指南，附上链接。网页场景可以直接展示一段简短的说明。',
    pitfalls: [
      '404 与 410：404 只说“找不到”，不表态是否永久；410 明确表示资源被有意永久删除。确定时才用 410，拿不准就用 404。',
      '410 与 301/308：内容换了地址还在的话，应该重定向，让客户端和爬虫跟过去，而不是直接丢弃。',
      '410 与 451：因法律要求而屏蔽的内容应返回 451，明确说明原因，而不是 410。',
      '410 可被启发式缓存，资源恢复后，CDN 和各级缓存里可能仍是“已删除”，直到缓存过期。',
      '可恢复的软删除（回收站里的数据）不要返回 410，在还能恢复之前用 404 更合适。',
    ],
    clientFixes: [
      '不要重试：把这个 URL 从配置、书签、站点地图和本地缓存中删除。',
      '查看响应体、更新日志或弃用公告，找到替代接口或新版本 API 并完成迁移。',
      '如果你认为资源应当存在，先核对调用的 API 版本、基础地址和环境（测试/生产），再联系服务方。',
      '数据同步任务里把 410 当作终态：删除本地副本，不要反复重试报错。',
    ],
    examples: [
      {
        title: '已下线的 API 版本',
        note: 'v1 不会再恢复，所以 detail 直接指明了替代接口。',
        response:
          'HTTP/1.1 410 Gone\nContent-Type: application/problem+json\nCache-Control: max-age=86400\n\n{"type":"https://api.example.com/problems/version-retired","title":"API 版本已下线","status":410,"detail":"API v1 已于 2024-06-30 停止服务，请改用 /v2/invoices/8812。","instance":"/v1/invoices/8812"}',
      },
      {
        title: '过期的分享链接',
        response:
          'HTTP/1.1 410 Gone\nContent-Type: application/problem+json\n\n{"type":"https://files.example.com/problems/link-expired","title":"分享链接已过期","status":410,"detail":"该链接已于 2024-05-01 过期并被删除，请联系分享者重新生成。"}',
      },
    ],
    linkTitles: ['MDN：410 Gone'],
  },
  411: {
    localReason: '需要内容长度',
    summary: '请求带了请求体却没有 Content-Length 请求头，服务器拒绝接收。',
    meaning:
      '服务器拒绝处理没有明确 Content-Length 的请求。客户端补上一个有效的 Content-Length（值为请求体的字节长度）后可以重新发送。RFC 9112 允许 HTTP/1.1 服务器用 411 拒绝任何不带 Content-Length 的请求体，包括分块（chunked）上传。',
    whenToUse: [
      '服务器或网关必须在读取请求体之前知道它的大小，例如要做配额校验，或要转发给一个需要预先知道长度的后端。',
      '无法或不愿缓冲以 Transfer-Encoding: chunked 发送的请求体。',
      'POST 或 PUT 既没有 Content-Length 也没有 chunked 分帧，服务端不愿去猜。',
    ],
    howToRespond: [
      '在响应体里说明必须携带 Content-Length，以及是否拒绝 chunked 上传。',
      '如果同时限制了请求体大小，一并写明上限，免得客户端补上长度后又撞上 413。',
      '可以考虑改为缓冲 chunked 请求体：RFC 9112 专门提到有些服务会对 chunked 上传返回 411，并因此建议客户端尽量携带 Content-Length。',
    ],
    headers: {
      'Content-Length':
        '这是请求头，客户端重试时必须补上：请求体的准确字节数（空 POST 写 Content-Length: 0）。RFC 9110 §15.5.12 允许客户端补上有效的 Content-Length 后重发请求。',
      'Content-Type': '使用 application/problem+json，让客户端知道缺的是哪个请求头。',
    },
    responseBody: '返回简短的 problem+json（type、title、status 411、detail），指出缺少 Content-Length，并说明是否拒绝 chunked 传输编码。',
    pitfalls: [
      '411 与 400：411 只表示缺少长度头；Content-Length 无效（例如两个不同的值）按 RFC 9112 §6.3 应返回 400。Content-Length 与 Transfer-Encoding 同时出现时，RFC 9112 §6.1 允许服务器拒绝，或只按 Transfer-Encoding 处理，之后关闭连接；返回 400 是我们更严格的建议，而不是规范的要求。',
      '411 与 413：411 是“没给长度”，413 是“长度太大”。修好 411 之后可能紧接着遇到 413。',
      '有些前端网关即使是不带请求体的 POST 也要求 Content-Length: 0；客户端对空请求体省略这个头，是最常见的触发原因。',
      '流式上传（fetch 传 ReadableStream、管道转发文件流）在 HTTP/1.1 下会以 chunked 发出，碰到要求长度的服务器就会得到 411。',
      'HTTP/2 和 HTTP/3 分帧不依赖 Content-Length，但网关用 HTTP/1.1 转发给后端时，仍可能返回 411。',
    ],
    clientFixes: [
      '加上 Content-Length，值为请求体编码后的准确字节数（不是字符数）；空的 POST/PUT 写 Content-Length: 0。',
      '如果是流式上传，先把请求体缓冲下来，或从文件大小得出长度，再以固定长度发送，不要用 chunked。',
      '检查 HTTP 客户端、SDK 或代理是否丢掉了 Content-Length，或强制使用了 Transfer-Encoding: chunked。',
      '补上请求头后即可重试，请求的其他部分并没有问题。',
    ],
    examples: [
      {
        title: '空 POST 没带长度',
        note: '带上 Content-Length: 0 重新发送即可成功。',
        response:
          'HTTP/1.1 411 Length Required\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/length-required","title":"缺少 Content-Length","status":411,"detail":"请携带 Content-Length 请求头，没有请求体时也要发送 Content-Length: 0。"}',
      },
      {
        title: '拒绝 chunked 上传',
        response:
          'HTTP/1.1 411 Length Required\nContent-Type: application/problem+json\n\n{"type":"https://files.example.com/problems/length-required","title":"缺少 Content-Length","status":411,"detail":"不接受分块上传，请携带 Content-Length 上传文件。"}',
      },
    ],
    linkTitles: ['RFC 9112 §6.3 消息体长度', 'MDN：411 Length Required'],
  },
  412: {
    localReason: '前提条件失败',
    summary: '客户端在请求头里设的条件（If-Match、If-Unmodified-Since、If-None-Match）不成立，服务器没有执行请求。',
    meaning:
      '请求头中给出的一个或多个条件在服务器上求值为假（见 RFC 9110 第 13 节）。条件请求让客户端把操作建立在资源当前状态之上：资源若已不是预期的状态，就不执行该方法。它是乐观锁（乐观并发控制）的标准响应，用来防止“丢失更新”。',
    whenToUse: [
      'PUT、PATCH 或 DELETE 带了 If-Match，但其中的 ETag 与当前版本不一致，说明资源已被别人修改。',
      'If-Unmodified-Since 早于资源的最后修改时间。',
      '用 If-None-Match: * 做“仅创建”的 PUT，而资源已经存在；或者在 GET/HEAD 以外的方法上 If-None-Match 匹配成功。',
    ],
    howToRespond: [
      '不执行该方法，返回 412，并在响应体里说明是哪个条件不成立。',
      'GET 和 HEAD 上 If-None-Match 或 If-Modified-Since 不成立时应返回 304 Not Modified，而不是 412。',
      '如果请求要做的修改其实已经生效（比如首次响应丢失后的重试），RFC 9110 允许直接返回 2xx 而不是 412。',
      '可以带上当前的 ETag，但客户端仍需重新读取资源才能知道改了什么。',
    ],
    headers: { 'Content-Type': '使用 application/problem+json，写明哪个条件失败。', ETag: '当前的实体标签能让客户端意识到自己手里的版本已过期，但不能代替重试前的重新读取。' },
    responseBody:
      '返回 problem+json（type、title、status 412、detail、instance），指出失败的请求头；可以用扩展字段附上当前 ETag 或最后修改时间。除非调用方有读权限，否则不要把当前资源内容塞进响应体。',
    pitfalls: [
      '412 与 409：412 只用于客户端发来的 HTTP 条件请求头不成立；409 是在没有这类请求头时发现的状态冲突（主键重复、非法的状态流转等）。',
      '412 与 428：428 Precondition Required（RFC 6585）表示服务器要求条件请求而客户端没带；412 表示带了但不成立。',
      '412 与 304：条件 GET/HEAD 的 If-None-Match 或 If-Modified-Since 不成立应返回 304，返回 412 会破坏缓存。',
      '412 与 400/422：业务规则不满足（如“请先完成实名认证”）不是 HTTP 前提条件。Google AIP-193 把 FAILED_PRECONDITION 映射为 400 而非 412；按所用规范选 400 或 422。',
      'If-Match 使用强比较，弱 ETag（W/"..."）永远匹配不上，必然得到 412；开启压缩的代理把 ETag 变成弱 ETag 时常见此问题。',
    ],
    clientFixes: [
      '重新 GET 资源，拿到最新内容和 ETag，重新应用或合并你的修改，再用新的 If-Match 提交。',
      '不要拿到新 ETag 就无脑重试：那样会覆盖别人的修改，而这正是条件请求要防止的。应合并冲突或交给用户决定。',
      '原样回传收到的 ETag（包括双引号），并确认代理或 CDN 没有改写或弱化它。',
      '“仅创建”的 If-None-Match: * 返回 412，说明资源已存在：改为读取它，或换一个标识符。',
    ],
    examples: [
      {
        title: '更新时 If-Match 已过期',
        note: '另一个客户端先保存了 v42，服务器拒绝覆盖它。',
        request:
          'PUT /v1/documents/7 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nIf-Match: "v41"\n\n{"title":"第三季度计划","body":"第二稿"}',
        response:
          'HTTP/1.1 412 Precondition Failed\nContent-Type: application/problem+json\nETag: "v42"\n\n{"type":"https://api.example.com/problems/stale-etag","title":"文档已被修改","status":412,"detail":"If-Match 中的 v41 与当前版本不一致，请重新读取文档后再提交修改。","instance":"/v1/documents/7"}',
      },
      {
        title: '“仅创建”的 PUT 遇到已存在的资源',
        note: 'If-None-Match: * 把 PUT 变成“不存在才创建”，资源已存在时条件即不成立。',
        response:
          'HTTP/1.1 412 Precondition Failed\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/already-exists","title":"设置已存在","status":412,"detail":"If-None-Match: * 只允许创建，而该设置已经存在。请先读取，再用 If-Match 更新。","instance":"/v1/projects/atlas/settings"}',
      },
    ],
    linkTitles: ['RFC 9110 §13.2.2 条件的优先级', 'MDN：412 Precondition Failed', 'Google AIP-193：错误'],
  },
  413: {
    localReason: '请求体过大',
    summary: '请求体超过了服务器愿意或能够接收的大小（旧称“请求实体过大” Request Entity Too Large / Payload Too Large）。',
    meaning: '服务器拒绝处理该请求，因为请求内容超出了它愿意或能够处理的大小。服务器可以提前终止请求或直接关闭连接。如果只是暂时的限制，应通过 Retry-After 告诉客户端何时再试。',
    whenToUse: [
      '上传文件或 JSON 请求体超过了配置的上限，例如 nginx 的 client_max_body_size（默认 1 MB）或框架 body parser 的限制。',
      '请求头里声明的 Content-Length 已经超限，可以不读请求体直接拒绝。',
      '暂时无法接收大请求体（如临时存储紧张），此时带上 Retry-After。',
    ],
    howToRespond: [
      '写明允许的最大字节数，方便客户端拆分、压缩或改用其他上传方式。',
      '能根据 Content-Length 提前拒绝就提前拒绝；chunked 请求体读到上限即停止，必要时关闭连接。',
      '只有限制是暂时的，才带 Retry-After。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json，在其中给出大小上限。',
      'Retry-After': 'RFC 9110 §15.5.14：如果限制是暂时的，服务器应当（SHOULD）发送它，说明客户端多久之后可以重试。大小上限是固定的就不要发送。',
      Connection: 'HTTP/1.1 下服务器不再读取剩余请求体时发送 Connection: close，避免残留字节被当成下一个请求解析。',
    },
    responseBody: '返回 problem+json（type、title、status 413、detail），用 maxBytes 之类的扩展字段给出上限。内容尽量短：连接被关闭时，还在上传的客户端可能根本读不到它。',
    pitfalls: [
      '413、414 与 431：413 是请求体太大，414 是 URI 太长，431 是请求头太大。先确认是请求的哪一部分超限。',
      '413 与 507：507 Insufficient Storage 是服务器没有空间存放本该接受的内容；413 是针对请求大小的限制。',
      '限制往往不在业务代码里：nginx、Ingress 控制器、API 网关或 CDN 会在请求到达应用之前就返回一个 HTML 格式的 413。',
      '服务器在上传途中关闭连接时，浏览器和部分客户端看到的是“连接被重置”，而不是 413。',
      '413 针对的是字节大小；“每批最多 100 条”这类业务限制，通常用 400 或 422 并写明上限。',
    ],
    clientFixes: [
      '从响应或文档中找到上限，缩小请求体：压缩、缩小图片、分页或拆分批量请求。',
      '大文件改用分片/断点续传、multipart 上传，或通过预签名 URL 直传对象存储，不要一次性发一个超大请求。',
      '如果服务端归你管，要在每一层都调高上限：nginx client_max_body_size、Ingress 注解、网关以及框架的 body parser。',
      '只有带 Retry-After 时才原样重试，否则同样的请求体还会失败。',
    ],
    examples: [
      {
        title: '上传超过 API 限制',
        note: '服务器仅凭 Content-Length 就拒绝了，没有读取那 50 MB 的请求体。',
        response:
          'HTTP/1.1 413 Content Too Large\nContent-Type: application/problem+json\nConnection: close\n\n{"type":"https://api.example.com/problems/content-too-large","title":"附件过大","status":413,"detail":"附件不能超过 10 MB，本次请求声明了 50 MB。","maxBytes":10485760}',
      },
      { title: 'nginx 默认上限', note: '看到带旧原因短语的 HTML 页面，说明是反向代理拦下了请求，应在那里调大 client_max_body_size。' },
    ],
    linkTitles: ['MDN：413 Content Too Large', 'nginx：client_max_body_size'],
  },
  414: {
    localReason: 'URI 过长',
    summary: '请求的 URI（通常是查询字符串）太长，超出了服务器愿意解析的长度。',
    meaning:
      '服务器拒绝该请求，因为目标 URI 的长度超出了它愿意解析的范围。RFC 9110 认为这种情况很少见：通常是把 POST 改成了带超长查询参数的 GET、URI 在重定向循环中越变越长，或者有人在利用长 URI 探测溢出漏洞。414 响应默认可被启发式缓存。',
    whenToUse: [
      '请求行或目标 URI 超过了配置的上限（如 Apache 的 LimitRequestLine、nginx 的 large_client_header_buffers）。',
      '重定向循环不断往 URL 后追加参数，需要把它截断。',
      '防御性地拒绝明显异常、像是在探测漏洞的超长 URI。',
    ],
    howToRespond: [
      '给出长度上限，并建议把数据放进请求体，例如改用 POST 的查询接口。',
      '至少支持 8000 个八位字节的 URI，这是 RFC 9110 推荐的最低要求。',
      '414 可被启发式缓存，将来可能调高上限的话，记得设置 Cache-Control。',
    ],
    headers: { 'Content-Type': '使用 application/problem+json，写明允许的长度和改用请求体的替代接口。', 'Cache-Control': '控制缓存保留这个可被启发式缓存的错误响应的时长。' },
    responseBody: '返回 problem+json（type、title、status 414、detail），给出 URI 长度上限，并指向一个用请求体传参的接口。很多 Web 服务器只会返回一段简短的 HTML。',
    pitfalls: [
      '414、413 与 431：URL 太长是 414，请求体太大是 413，请求头太大（Cookie、令牌）是 431；也有服务器对超大请求头直接返回 400。',
      '链路上每一跳（浏览器、CDN、反向代理、服务器）都有自己的 URL 长度上限，本地正常的 URL 到生产环境可能就失败。',
      '在重定向链中不断变长的 URL（returnUrl 里又套 returnUrl）最终会得到 414：该修的是重定向逻辑，而不是上限。',
      '把大量 ID 或筛选条件塞进 GET 查询字符串不可扩展，到一定规模就该放进 POST 请求体。',
    ],
    clientFixes: [
      '把大参数挪到请求体里：用 POST 调用搜索/查询接口。',
      '排查不断追加参数的重定向循环，以及被重复编码的查询字符串。',
      '缩短 URL：分批发送 ID、去掉默认参数，或者引用一个已保存的筛选条件而不是把它整个拼进 URL。',
      '不要原样重试，同样的 URI 还会被拒绝。',
    ],
    examples: [
      {
        title: 'GET 中塞了超长 ID 列表',
        note: '省略号代表大约 5 万个字符的 ID。',
        response:
          'HTTP/1.1 414 URI Too Long\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/uri-too-long","title":"URI 过长","status":414,"detail":"请求 URI 不能超过 8192 字节，长 ID 列表请改用 POST /v1/orders/search。","maxUriLength":8192}',
      },
    ],
    linkTitles: ['RFC 9110 §4.1 URI 引用（长度）', 'MDN：414 URI Too Long'],
  },
  415: {
    localReason: '不支持的媒体类型',
    summary: '服务器不接受这种格式或编码的请求体（Content-Type 或 Content-Encoding 不被该接口支持）。',
    meaning:
      '源服务器拒绝该请求，因为请求内容的格式不被目标资源的这个方法所支持。问题可能出在声明的 Content-Type 或 Content-Encoding 上，也可能是服务器检查数据本身后发现的。服务器可以用 Accept 列出可接受的媒体类型，用 Accept-Encoding 列出可接受的内容编码。',
    whenToUse: [
      '缺少 Content-Type，或者类型不被接口接受，例如给只收 JSON 的接口发了 text/plain 或表单数据。',
      'PATCH 使用了资源不支持的补丁格式，例如只支持 merge-patch 却收到 application/json-patch+json。',
      '请求体使用了服务器无法解码的 Content-Encoding（gzip、br）。',
    ],
    howToRespond: [
      '列出支持的格式：PATCH 用 Accept-Patch（RFC 5789），POST 用 Accept-Post，其他情况用 Accept；问题出在内容编码时用 Accept-Encoding。',
      '在 problem 详情里写明收到的和可接受的媒体类型。',
      '先检查媒体类型再解析；Content-Type 正确但解析失败的请求体应返回 400，而不是 415。',
    ],
    headers: {
      'Accept-Post': '针对 POST：列出资源接受的媒体类型，例如 Accept-Post: application/json, multipart/form-data。',
      'Accept-Patch': '针对 PATCH：RFC 5789 规定因补丁格式不支持而返回 415 时应当（SHOULD）列出支持的格式，例如 application/merge-patch+json。',
      'Accept-Encoding': '因不支持的 Content-Encoding 导致 415 时，RFC 9110 建议用它列出本可接受的编码（可以为空）。',
      'Content-Type': '使用 application/problem+json，写明收到的格式和可接受的格式。',
    },
    responseBody:
      '返回 problem+json（type、title、status 415、detail），写明收到的 Content-Type 和可接受的类型，例如扩展字段 "accepted": ["application/json"]。',
    pitfalls: [
      '415 与 406：415 针对客户端发来的内容（请求的 Content-Type）；406 针对客户端想要接收的内容（Accept 请求头）。',
      '415 与 400：Content-Type 正确但 JSON 格式错误是 400；JSON 却标成 text/plain 或没带 Content-Type 是 415。',
      '415 与 422：类型正确、能解析但校验不通过是 422，或按所用 API 规范返回 400。',
      '匹配过严的框架会拒绝 application/json; charset=utf-8 或 application/vnd.api+json 之类的厂商类型；也有框架会默默忽略错误的 Content-Type。',
      'fetch() 传字符串请求体时默认发送 text/plain;charset=UTF-8，HTML 表单默认是 application/x-www-form-urlencoded，忘记设置请求头是最常见的原因。',
    ],
    clientFixes: [
      '把 Content-Type 设成接口要求的类型（通常是 application/json），并确认请求体确实是这种格式。',
      '查看 Accept-Post、Accept-Patch 或 problem 详情了解支持的类型；PATCH 要选对格式（merge-patch 还是 JSON Patch）。',
      '如果对请求体做了压缩，去掉 Content-Encoding，或改用 Accept-Encoding 中列出的编码。',
      '确认没有代理或 SDK 改写、丢弃 Content-Type，然后发送修正后的请求。',
    ],
    examples: [
      {
        title: 'JSON 被当作 text/plain 发送',
        note: '没有手动设置 Content-Type 时，fetch() 会把字符串请求体标记为 text/plain。',
        response:
          'HTTP/1.1 415 Unsupported Media Type\nAccept-Post: application/json\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/unsupported-media-type","title":"不支持的媒体类型","status":415,"detail":"订单必须以 application/json 提交，收到的是 text/plain。","accepted":["application/json"]}',
      },
      {
        title: '不支持的补丁格式',
        response:
          'HTTP/1.1 415 Unsupported Media Type\nAccept-Patch: application/merge-patch+json\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/unsupported-media-type","title":"不支持的补丁格式","status":415,"detail":"用户资源只接受 JSON Merge Patch。","accepted":["application/merge-patch+json"]}',
      },
    ],
    linkTitles: ['RFC 5789 §2.2 PATCH 错误处理', 'MDN：415 Unsupported Media Type', 'MDN：Accept-Post'],
  },
  416: {
    localReason: '范围无法满足',
    summary: 'Range 请求头里的字节范围都不在资源范围内，常见于起始位置等于或超过文件末尾（断点续传时）。',
    meaning:
      '请求的 Range 头中没有任何一个范围与所选表示的当前范围重叠，或者服务器认为这组范围无效或过多（大量很小或相互重叠的范围）而拒绝。对字节范围来说，就是每个起始位置都等于或超过了当前长度。响应应在 Content-Range 中给出当前长度。',
    whenToUse: [
      'GET 带 Range: bytes=N-，而 N 等于或超过资源长度；断点续传时文件其实已下完，或文件变短了，都会这样。',
      '请求包含大量很小或相互重叠的范围，看起来像恶意请求。',
      '对长度为 0 的资源请求 bytes=0- 之类的范围，任何起始位置都不可能有效。',
    ],
    howToRespond: [
      '发送 Content-Range: bytes */总长度，告诉客户端当前长度，方便它自行修正。',
      '不认识的范围单位必须忽略（RFC 9110 §14.2），返回 200 和完整内容。Range 语法错误时，§14.2 允许服务器忽略或拒绝；我们的建议比规范更严格：忽略它并返回 200，因为这时返回 416 只会让客户端困惑。',
      '也可以完全忽略 Range 直接返回 200，客户端必须能处理这种情况。',
    ],
    headers: {
      'Content-Range':
        'RFC 9110 §15.5.17：对字节范围请求返回 416 时应当（SHOULD）带 Content-Range 给出当前长度，例如 Content-Range: bytes */47022。建议总是发送：客户端要靠它修正偏移量。',
      'Content-Type': 'API 需要返回说明时使用 application/problem+json；文件下载通常不带响应体。',
    },
    responseBody: '通常为空或极短；API 可以返回 problem+json（type、title、status 416、detail）并附上当前长度。416 响应里绝不能带文件的部分内容。',
    pitfalls: [
      '416、206 与 200：206 返回可满足的部分；Range 被忽略或 If-Range 不匹配时返回 200 和完整内容；只有请求的范围一个都给不了时才是 416。',
      '断点续传时遇到 416，往往是文件已经下载完整：先比较 Content-Range 中的总长度和本地文件大小，再决定是不是错误。',
      'CDN 可能根据一份更旧、更短的缓存副本返回 416；检查 Content-Range 里的长度是否与当前文件一致。',
      'Range 只对 GET 有定义，其他方法上必须忽略，所以 POST 得到 416 说明服务器或代理实现有问题。',
    ],
    clientFixes: [
      '从 Content-Range: bytes */总长度 中读取总长度，重新计算范围；如果偏移量正好等于总长度，说明已经下载完毕。',
      '如果服务器上的文件变了，丢弃已下载的部分重新开始，并用 If-Range 带上 ETag，避免拼接出不同版本的内容。',
      '检查是否有差一错误：字节位置从 0 开始且两端都包含，最后一个字节是“总长度 - 1”。',
      '修正 Range 后重试，或者干脆不带 Range。',
    ],
    examples: [{ title: '对已下完的文件续传', note: '客户端已经有第 0 到 48213503 字节，也就是整个文件，没有剩余内容可发。' }],
    linkTitles: ['RFC 9110 §14.1.2 字节范围', 'MDN：416 Range Not Satisfiable'],
  },
  417: {
    localReason: '预期失败',
    summary: '链路上有服务器无法满足请求的 Expect 请求头，几乎总是 Expect: 100-continue。',
    meaning:
      '请求 Expect 头中的期望无法被至少一个入站服务器（源服务器或途经的代理）满足。100-continue 是 HTTP 唯一定义的期望值，对其他任何值服务器都可以返回 417。对 100-continue 请求返回 417，只说明这条链路不支持期望机制。',
    whenToUse: [
      '请求带了 100-continue 以外、你不支持的 Expect 值。',
      '代理或服务器无法完成 100-continue 握手，例如它要转发给一个 HTTP/1.0 的下一跳。',
      '如今很少需要：大多数服务器都支持 100-continue，RFC 9110 也只是允许而非要求对未知期望返回 417。',
    ],
    howToRespond: [
      '响应体保持简短，写明哪个期望无法满足。',
      '对 100-continue 最好直接支持：回 100 Continue；如果反正要拒绝请求体，就立即返回 401、413 等最终状态码。',
      '不要把 417 用于业务层面的“预期”，那种情况用 400、409 或 422。',
    ],
    headers: { 'Content-Type': '需要说明哪个期望失败时，使用 application/problem+json。' },
    responseBody: '简短的 problem+json（type、title、status 417、detail）或纯文本，指出无法满足的期望。很多服务器几乎不带响应体。',
    pitfalls: [
      '417 与 100 Continue：带 Expect: 100-continue 时，服务器通常先回 100，客户端再发送请求体；417 表示链路上根本不支持这个握手。',
      '417 与 400：请求格式错误是 400；417 只和 Expect 请求头有关。',
      'curl 等客户端在上传较大请求体时会自动加上 Expect: 100-continue，所以即使代码里从没设置 Expect，也可能收到 417。',
      '罪魁祸首通常是老旧的代理或 HTTP/1.0 节点；直连源服务器时可能一切正常。',
      '业务预期不满足（如“订单应处于未支付状态”）应返回 400、409 或 422，而不是 417。',
    ],
    clientFixes: [
      '去掉 Expect 请求头后重发；RFC 9110 规定客户端在 100-continue 收到 417 后应当（SHOULD）这样做。',
      'curl 可用 -H "Expect:" 去掉该请求头；.NET Framework 中设置 ServicePointManager.Expect100Continue = false。',
      '如果发送了自定义的 Expect 值，删掉它：标准里只有 100-continue。',
      '找出链路上拒绝该期望的代理，升级或调整其配置。',
    ],
    examples: [
      {
        title: '代理拒绝 100-continue',
        note: '去掉 Expect 后同样的 PUT 可以成功，客户端会直接发送请求体。',
        response:
          'HTTP/1.1 417 Expectation Failed\nContent-Type: application/problem+json\n\n{"type":"https://storage.example.com/problems/expectation-failed","title":"不支持该期望","status":417,"detail":"当前链路不支持 Expect: 100-continue，请去掉 Expect 请求头后重新发送。"}',
      },
    ],
    linkTitles: ['MDN：417 Expectation Failed'],
  },
  418: {
    localReason: '（未使用，原“我是茶壶”）',
    origin:
      '最初由 1998 年的愚人节 RFC 2324（HTCPCP，超文本咖啡壶控制协议）定义为“418 I\'m a teapot”（我是茶壶）。这个玩笑被实现得太多，RFC 9110 §15.5.19 只好将其保留为不可再分配的状态码，IANA 登记为 (Unused)。',
    summary: '已保留、不再使用：来自 RFC 2324 的“我是茶壶”（I\'m a teapot）玩笑状态码，没有任何标准含义。',
    meaning:
      'RFC 2324 是一篇调侃 HTTP 被滥用的愚人节 RFC，规定茶壶被要求煮咖啡时返回 418。由于这个玩笑被大量部署，RFC 9110 在 IANA 注册表中保留了 418，确保它永远不会被赋予真正的含义。除了“某种客户端错误”之外，它没有任何定义好的语义。',
    whenToUse: ['彩蛋或演示接口，大家都知道这是个玩笑。', '不要用在生产 API 中：客户端、SDK 和监控只会把它当作一个含义不明的 4xx。', '想拦截爬虫时，优先返回 403 或 429，并在响应体里写清原因。'],
    howToRespond: ['如果真要返回它，响应体里要用大白话说明真实原因。', '改用能描述真实情况的状态码：拒绝客户端用 403，限流用 429，参数错误用 400。'],
    headers: { 'Content-Type': '如果有响应体，用 problem+json 或纯文本说明真实原因，因为状态码本身毫无意义。' },
    responseBody: '没有任何规定。彩蛋接口返回一段玩笑文字即可；用 418 拦截客户端的服务器应在响应体里说明原因。',
    pitfalls: [
      '有些网站和 WAF（Web 应用防火墙）对爬虫或无法识别的客户端返回 418；应把它当作和 403 类似的拒绝，而不是真的遇到了茶壶。',
      '418 与 403/429：403 表示按策略拒绝，429 表示请求过多、被限流；418 在规范上两者都不代表。',
      '许多库仍保留了它的常量（Go net/http 的 StatusTeapot、Python 的 HTTPStatus.IM_A_TEAPOT），但这并不代表它是标准状态码。',
      '不要围绕 418 设计重试或告警规则，监控系统只会把它归为普通的客户端错误。',
    ],
    clientFixes: [
      '查看响应体和响应头找出真实原因，服务器只是选了个玩笑状态码。',
      '如果像是在拦截爬虫，检查 User-Agent、请求频率，以及该网站是否允许自动化访问。',
      '不要原样重试；如果依赖的 API 返回了它，去问服务方它到底代表什么情况。',
    ],
    examples: [
      {
        title: '茶壶彩蛋',
        note: '线上返回的原因短语由服务器随意决定，客户端只能依据数字状态码处理。',
        response:
          'HTTP/1.1 418 I\'m a teapot\nContent-Type: application/problem+json\n\n{"type":"https://teapot.example.com/problems/teapot","title":"我是茶壶","status":418,"detail":"本服务器只泡茶，不煮咖啡。"}',
      },
    ],
    linkTitles: ['MDN：418 I\'m a teapot'],
  },
  421: {
    localReason: '请求定向错误',
    summary: '请求发到了无法代表该主机名响应的服务器，常见于 HTTP/2 或 HTTP/3 连接被复用到另一个域名上。',
    meaning:
      '请求被发往了一台无法或不愿为目标 URI 给出权威响应的服务器。当 URI 与服务器配置的源（origin）不匹配，或与请求所在的连接不匹配时，源服务器（或代表它的网关）返回 421。客户端可以换一条连接重试，即使方法不是幂等的也可以；代理不得生成 421。',
    whenToUse: [
      '客户端把 HTTP/2 或 HTTP/3 连接复用（合并）到同一张证书覆盖的另一个域名上，但这台服务器并不服务该域名，或需要不同的 TLS 配置。',
      '请求的 Host 或 :authority 与建立 TLS 连接时的 SNI 不一致，而你的虚拟主机要求二者一致。',
      '只能由源服务器或其网关发出：RFC 9110 禁止代理生成 421。',
    ],
    howToRespond: [
      '在做任何处理之前就拒绝：客户端可以在新连接上重发该请求，所以它不能产生任何副作用。',
      '响应体保持最简；浏览器通常会自动换一条新连接重试，用户看不到。',
      '从根源解决而不是依赖重试：统一证书、SNI 和虚拟主机配置，或者不要在证书里包含你并不服务的域名。',
    ],
    headers: { 'Content-Type': '为会直接看到 421 的 API 客户端提供 application/problem+json；浏览器很少把它展示出来。' },
    responseBody: '简短的 problem+json（type、title、status 421、detail），说明本服务器在这条连接上不响应哪个主机名；请求本身没有需要修改的地方。',
    pitfalls: [
      '421 与 400/404：后两者说明请求本身有问题；421 说明连接到了错误的服务器，换一条新连接多半就能成功。',
      '421 与 502/503：后两者来自上游故障或不可用的网关、反向代理；421 是服务器明确表示“这个域名不归我管”。',
      '典型原因：通配符或多域名（SAN）证书被 TLS 配置不同的多个虚拟主机共用；当 SNI 与 Host 需要不兼容的 TLS 配置时，Apache httpd 会返回 421。',
      '不会在新连接上自动重试 421 的 HTTP 客户端会直接报错，而浏览器遇到同样情况会悄悄恢复。',
    ],
    clientFixes: [
      '为目标主机新建一条专用连接重试，不要复用连接池里的那条；即使是 POST 这样做也是安全的。',
      '确认 SNI 和 Host 请求头是同一个主机名，尤其是手动改写 Host 或经过自定义代理时。',
      '如果是连接合并导致的，在客户端里对该主机关闭连接复用，或者为每个域名使用单独的证书。',
      '如果服务器归你管，确保证书上的每个域名都由该端点以兼容的 TLS 配置提供服务。',
    ],
    examples: [
      {
        title: '被合并复用的 HTTP/2 连接',
        note: '这里用 HTTP/1.1 文本展示；实际场景是为 www.example.com 建立的 HTTP/2 连接，因证书覆盖 *.example.com 而被复用。',
        response:
          'HTTP/1.1 421 Misdirected Request\nContent-Type: application/problem+json\n\n{"type":"https://example.com/problems/misdirected-request","title":"请求定向错误","status":421,"detail":"本服务器在这条连接上不提供 api.example.com 的服务，请新建连接重试。"}',
      },
    ],
    linkTitles: ['RFC 9110 §7.4 拒绝定向错误的请求', 'RFC 9113 §9.1.1 连接复用', 'MDN：421 Misdirected Request'],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
