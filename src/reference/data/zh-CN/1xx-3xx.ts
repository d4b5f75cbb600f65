import type { StatusCode, StatusProse } from '../../types';

/** Simplified Chinese prose of 1xx-3xx's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/1xx-3xx.ts. */
const prose = {
  100: {
    localReason: '继续',
    summary: '临时响应：服务器已收到请求头且没有拒绝，可以继续发送请求体；最终状态码稍后才到。',
    meaning:
      'RFC 9110 规定：100 表示服务器已收到请求的开头部分且尚未拒绝，会在完整接收并处理请求后再发送最终响应。如果请求带了 Expect: 100-continue，100 就表示服务器愿意接收请求体，客户端应继续发送并丢弃这个 100。与所有 1xx 一样，它在响应头结束处就结束，没有响应体。',
    whenToUse: [
      '请求带有 Expect: 100-continue，且请求头（鉴权信息、Content-Length、Content-Type）校验通过时回复 100，让客户端确认会被接收后再上传大文件。',
      '大多数 HTTP 服务器在处理函数开始读取请求体时会自动发送，只有自己实现 HTTP 协议栈时才需要手动处理。',
    ],
    howToRespond: [
      '如果请求头已经决定了请求会失败，就不要发 100，直接返回最终错误（401、413、415 或 417），然后关闭或读完连接。',
      '不要向 HTTP/1.0 客户端发送任何 1xx；如果请求体已经开始到达，服务器也可以省略 100。',
    ],
    headers: { Expect: '这是请求头：正是 Expect: 100-continue 请求了这个临时响应（RFC 9110 §10.1.1）。100 本身没有需要关注的响应头，也永远没有响应体。' },
    responseBody: '无：100 在响应头结束处就结束。真正的响应体（如果有）随最终响应一起返回。',
    pitfalls: [
      '100、417 与提前返回的 4xx：417 Expectation Failed 表示服务器无法满足 Expect 头本身；如果服务器因为鉴权、大小或类型拒绝请求，应直接返回对应的 4xx，而不是 100。只有最终状态码才算数。',
      'curl 和不少 HTTP 库在上传较大请求体时会自动加上 Expect: 100-continue 并等待约 1 秒；服务器或代理不理会这个期望时，每次上传都会莫名卡顿一秒左右。',
    ],
    clientFixes: ['无需处理：继续发送请求体，以随后到来的最终状态码为准。', '如果上传总要先停顿一秒左右才开始，可以发送空的 Expect 头（curl -H "Expect:"），或排查吞掉 100 的中间代理。'],
    examples: [],
    linkTitles: ['MDN：100 Continue'],
  },
  101: {
    localReason: '切换协议',
    summary: '服务器同意了 Upgrade 请求：这个响应之后，连接改用另一种协议，最常见的是 WebSocket。',
    meaning:
      'RFC 9110 规定：101 表示服务器理解客户端的 Upgrade 请求，并同意把当前连接切换到另一种应用层协议。服务器必须返回 Upgrade 头，写明响应之后使用的协议；新协议从 101 响应结尾的空行之后立即开始。连接升级只存在于 HTTP/1.1，HTTP/2 和 HTTP/3 已经取消了 101。',
    whenToUse: [
      '完成 WebSocket 握手（RFC 6455），前提是已经校验了 Origin、鉴权信息和 Sec-WebSocket-Key。',
      '切换到客户端在 Upgrade 中提议的其他协议；是否切换由服务器决定，只在确有好处时才切换。',
    ],
    howToRespond: [
      '返回 Upgrade（写明选定的协议）和 Connection: upgrade；WebSocket 还要返回由客户端 key 计算出的 Sec-WebSocket-Accept，协商了子协议时再加 Sec-WebSocket-Protocol。',
      '握手不合法时返回普通的最终状态码（400、401、403 或 426）；一旦发出 101，这个连接上就再也不能返回 HTTP 错误了。',
    ],
    headers: {
      Upgrade: 'RFC 9110 的硬性要求：写明连接切换到的协议，例如 Upgrade: websocket。',
      Connection: 'Upgrade 是逐跳头，发送方必须同时在 Connection 中列出 upgrade；反向代理丢掉其中任何一个，协议切换都会失败。',
      'Sec-WebSocket-Accept': '仅用于 WebSocket：由客户端 Sec-WebSocket-Key 计算出的哈希，证明服务器理解了握手；缺失或不正确时浏览器会直接断开连接。',
    },
    responseBody: '无：101 在响应头结束处就结束，之后的每个字节都属于新协议（例如 WebSocket 帧）。',
    pitfalls: [
      '101、426 与 200：101 确认切换到客户端请求的协议；426 Upgrade Required 则是拒绝请求，要求客户端先升级协议。HTTP/2 和 HTTP/3 下根本没有 101：WebSocket 通过扩展 CONNECT（RFC 8441、RFC 9220）建立，成功时返回 200。',
      '反向代理没有透传 Upgrade 和 Connection（nginx 需要 proxy_http_version 1.1，并用 proxy_set_header 显式设置这两个头）时，后端会返回 400 或普通的 200，WebSocket 始终连不上。',
    ],
    clientFixes: [
      '本该收到 101 的 WebSocket 连接失败时，逐一检查链路上的反向代理、负载均衡和 CDN：它们必须转发 Upgrade 和 Connection，并允许长连接。',
      '在 DevTools 里核对握手：即使状态码是 101，Sec-WebSocket-Accept 不对或子协议不符时浏览器也会拒绝连接。',
    ],
    examples: [],
    linkTitles: ['RFC 6455 §4.2.2 服务器端的握手响应', 'RFC 9113 §8.6 Upgrade 头（HTTP/2 没有 101）', 'MDN：101 Switching Protocols'],
  },
  102: {
    localReason: '处理中',
    origin:
      '由 RFC 2518（§10.1）为 WebDAV 定义。IANA 注册表至今仍列出 102 Processing，参考文献为 RFC 2518，并未标注为已废弃。我们把它标为过时，是因为取代 RFC 2518 的 RFC 4918 已不再定义它，浏览器会忽略它，新服务也不应再依赖它。',
    summary: '已弃用的 WebDAV 临时响应，意为“请求已完整收到，还在处理中”，用来防止慢请求被客户端判定超时。',
    meaning:
      'RFC 2518 将 102 定义为一种临时响应，告诉客户端服务器已接受完整请求、但尚未处理完成。它面向预计耗时很长的方法（RFC 建议处理超过约 20 秒时发送），处理结束后服务器仍必须发送最终响应。与所有 1xx 一样，它没有响应体。',
    whenToUse: ['仅用于兼容老的 WebDAV 客户端：它们在对大目录执行 COPY、MOVE、DELETE 等耗时操作时期望收到 102。', '新接口应改为返回 202 Accepted 和任务状态地址，而不是让请求一直挂着。'],
    howToRespond: ['处理期间定期发送，结束后返回真正的最终状态码（WebDAV 中通常是 207 Multi-Status）。'],
    headers: {
      Depth: '这是请求头而非响应头：对大目录执行 COPY、MOVE、DELETE 或 PROPFIND 并带上 Depth: infinity，正是 WebDAV 请求慢到需要 102 的原因。102 本身没有需要关注的响应头。',
    },
    responseBody: '无：102 在响应头结束处就结束，处理结果随最终响应返回。',
    pitfalls: [
      '102 与 202：102 让同一个请求一直保持打开，服务器在后台处理；202 立即结束请求，并给客户端一个之后查询进度的方式，不怕超时和断线重连。',
      '浏览器和很多 HTTP 库会直接丢弃 102，代理也照样可能超时断开，所以它并不能可靠地保活请求。',
    ],
    clientFixes: ['继续等待最终响应；102 不是处理结果。', '如果请求仍然超时，调大客户端或代理的读超时，或请服务方提供异步（202）版本的接口。'],
    examples: [],
    linkTitles: ['RFC 4918 WebDAV（取代 RFC 2518）', 'MDN：102 Processing'],
  },
  103: {
    localReason: '早期提示',
    summary: '临时响应，携带 Link 头，让浏览器在服务器还在生成页面时就提前预加载（preload）或预连接（preconnect）资源。',
    meaning:
      'RFC 8297 规定：103 告诉客户端，服务器很可能会发送一个带有这些头字段的最终响应。它主要配合 Link 头（rel=preload、rel=preconnect）使用，让浏览器利用服务器的“思考时间”提前下载关键的 CSS、字体或脚本。服务器可以在最终响应之前发送多个 103，它们都没有响应体。',
    whenToUse: ['首屏 HTML 生成较慢（服务端渲染、查数据库），而关键子资源事先就能确定的页面。', 'CDN 或边缘节点可以在源站返回之前，先下发缓存好的资源提示。'],
    howToRespond: [
      '只提示少数关键资源，并在最终响应里重复同样的 Link 头：103 中的字段不会自动带到最终响应。',
      '尽量只在 HTTP/2 或 HTTP/3 上发送；RFC 8297 提醒，处理不好 1xx 的 HTTP/1.1 客户端可能把同一连接上的响应弄混。',
    ],
    headers: {
      Link: '提示内容本身，例如 Link: </app.css>; rel=preload; as=style，或对第三方域名使用 rel=preconnect。浏览器会处理 preload 和 preconnect，其他关系大多被忽略。',
    },
    responseBody: '无：103 在响应头结束处就结束，页面内容随最终响应（通常是 200）返回。',
    pitfalls: [
      '103 与 100：100 回应 Expect: 100-continue，关心的是请求体；103 是服务器主动发送的，只对响应做提示。两者都不是最终状态码。',
      'Chromium 只在顶层页面导航时使用早期提示，且通常只在 HTTP/2 或 HTTP/3 上生效；如果最终响应是错误或重定向，预加载的资源就白下载了。',
    ],
    clientFixes: ['请求本身无需处理，以随后的最终状态码为准。', '验证提示是否生效：在 Network 面板中确认被提示的文件在文档响应到达前就开始下载，并确认最终响应也带了相同的 Link 头。'],
    examples: [],
    linkTitles: ['RFC 9110 §15.2 1xx 信息类状态码', 'MDN：103 Early Hints'],
  },
  104: {
    localReason: '支持上传续传',
    origin:
      '这是 IANA 的临时注册，对应 IETF HTTP 工作组草案《Resumable Uploads for HTTP》（draft-ietf-httpbis-resumable-upload），尚未成为 RFC。状态码、相关头字段及细节仍可能变化；临时注册如不续期、草案也未发布，就会失效。',
    summary: '可续传上传服务器发出的临时响应：给出上传地址（Location）或进度（Upload-Offset），上传中断后可以断点续传。',
    meaning:
      '可续传上传草案用这个临时响应做两件事：一是告诉客户端服务器已为本次上传创建了上传资源（地址在 Location 中，限制在 Upload-Limit 中）；二是在长时间上传过程中通过 Upload-Offset 报告进度。连接中断后，客户端先用 HEAD 向上传资源查询偏移量，再用 PATCH 追加剩余数据，而不必从头再传。与所有 1xx 一样，它没有响应体。',
    whenToUse: [
      '客户端带着 Upload-Complete 头开始上传，而你的接口支持续传：上传资源一创建就发送带地址的 104。',
      '大文件上传过程中，定期发送带 Upload-Offset 的 104，让客户端显示真实进度，并释放服务器已处理的数据。',
    ],
    howToRespond: [
      '宣布上传资源的那个 104 必须带 Location，有限制时还要带 Upload-Limit；同一请求之后的所有响应都必须带相同的 Location。',
      '客户端要求了 100 Continue 时照样要发送：草案不允许因为发过 104 就省略 100。',
    ],
    headers: {
      Location:
        '上传资源的地址：创建上传时宣布上传资源的 104 必须（MUST）携带，该请求之后的每条消息都必须重复相同的值；追加数据（对上传资源发 PATCH）时用来报进度的 104 则不得（MUST NOT）携带。客户端应检查它保持不变。',
      'Upload-Limit': '结构化字典形式的限制，如 max-size、max-append-size、max-age；草案规定只要服务器有限制，宣布上传资源的 104 就必须（MUST）携带。',
      'Upload-Offset': '用于进度通知：服务器目前已处理的字节数，这个偏移之前的数据客户端无需重传。',
      'Upload-Draft-Interop-Version':
        '协议仍是草案期间，服务器必须（MUST）在每个 104 中发送它实现的互操作版本（当前草案为 8），客户端必须忽略没有匹配版本的 104（draft-ietf-httpbis-resumable-upload 的“Draft Version Identification”一节）。客户端在请求中也要发送它。',
    },
    responseBody: '无：与所有 1xx 一样，104 在响应头结束处就结束。',
    pitfalls: [
      '104、100 与 201：100 只表示“可以发请求体了”；104 表示“这次上传可以续传，地址在这里”；客户端发送 Upload-Complete: ?0、打算分片追加时，最终答复是带 Location 的 201。',
      '草案仍在变动，各实现只支持特定版本：草案期间双方都必须用 Upload-Draft-Interop-Version 头声明互操作版本，版本不符的 104 会被客户端忽略；代理或客户端库丢弃 1xx 时，客户端就拿不到上传地址。',
    ],
    clientFixes: [
      '保存 104 中的 Location；上传中断或以 5xx 结束时，先对它发 HEAD 取得 Upload-Offset，再用 Content-Type: application/partial-upload 的 PATCH 传剩余部分。',
      '始终没有收到 104，说明服务器或中间链路不支持续传：只能整体重新上传。',
    ],
    examples: [],
    linkTitles: [
      'RFC 9110 §15.2 1xx 信息类状态码（临时响应的处理）',
      'IETF 草案：Resumable Uploads for HTTP（draft-ietf-httpbis-resumable-upload）',
      'IANA HTTP 状态码注册表',
    ],
  },
  200: {
    localReason: '成功',
    summary: '请求成功；响应体的内容取决于请求方法（GET 返回资源本身，POST 返回操作结果）。',
    meaning:
      'RFC 9110 规定：200 表示请求已成功，响应内容取决于方法：GET 返回目标资源的表示，HEAD 返回同样的响应头但不带内容，POST、PUT、DELETE 返回操作的状态或结果。除 CONNECT 外，200 通常应带有内容；没有内容可返回时，204 更合适。200 默认可被启发式缓存。',
    whenToUse: ['GET 或 HEAD 找到了资源，或者 POST、PUT、PATCH、DELETE 已执行完毕，且要在响应体中返回结果。', '列表或搜索没有结果：返回 200 和空数组，而不是 204 或 404。'],
    howToRespond: [
      '返回准确的 Content-Type；可缓存的 GET 再加上 ETag 或 Last-Modified 以及 Cache-Control，让客户端用 304 低成本地协商缓存。',
      '不要把失败包装成 200：成功响应里塞错误信息，会让监控、重试和缓存全部失灵。',
    ],
    headers: {
      'Content-Type': '告诉客户端如何解析响应体；类型不对（返回了 HTML 而不是 JSON）是“明明 200 代码却报错”的常见原因。',
      ETag: '有了校验值，读取方可以用 If-None-Match 协商缓存（拿到 304），写入方可以用 If-Match 实现乐观锁。',
      'Cache-Control': '200 默认可被启发式缓存：不显式声明时，浏览器和 CDN 可能复用一段时间。私有或频繁变化的数据请设置 no-store。',
      'Last-Modified': '配合 If-Modified-Since 使用的时间校验值，不如 ETag 精确，但对文件和订阅源很实用。',
    },
    responseBody: '资源的表示（GET），或对操作结果的描述（POST、PUT、PATCH、DELETE），格式与 Content-Type 一致。错误详情不应放在 200 里。',
    pitfalls: [
      '200、201、202 与 204：创建了新资源用 201（带 Location），只是把任务放进队列用 202，没有内容可返回用 204。200 表示操作已经完成。',
      '“200 里包着错误”（软 404、响应体里的错误标志、GraphQL 风格的 errors 数组）会让监控、缓存和本工具都发现不了失败；对接这类接口时，除了状态码还要检查响应体。',
    ],
    clientFixes: [
      '收到 200 代码仍然报错时，检查响应体和 Content-Type：你拿到的可能是 HTML 登录页或错误页而不是 JSON，或者接口把错误写在了响应体里。',
      '数据看起来是旧的，可能是 200 来自缓存；检查 Age 和 Cache-Control 响应头，或强制重新校验。',
    ],
    examples: [],
    linkTitles: ['MDN：200 OK'],
  },
  201: {
    localReason: '已创建',
    summary: '请求成功，并创建了至少一个新资源；Location 响应头指向新资源。',
    meaning:
      'RFC 9110 规定：201 表示请求已完成，并因此创建了一个或多个新资源。主要的新资源由 Location 头标识；没有 Location 时就是请求的目标 URI 本身。响应内容通常描述并链接到新建的资源，响应中的 ETag 或 Last-Modified 描述的是新创建的表示。',
    whenToUse: ['向集合 POST 创建了新条目，或 PUT 到一个原本不存在的 URI 从而新建了资源（更新已有资源用 200 或 204）。', '同步完成的上传或导入生成了新资源。'],
    howToRespond: ['返回带新地址的 Location，并在响应体中返回新资源（或包含 id 的简要信息）。', '对于 PUT，只有内容原样保存、未做任何转换时才返回 ETag，否则不要带校验值（RFC 9110 §9.3.4）。'],
    headers: {
      Location: '新资源的 URI；没有它，客户端只能认为新建的就是请求的目标 URI。',
      'Content-Type': '描述随新资源返回的响应体，通常是 application/json。',
      ETag: '新表示的校验值，客户端之后可以直接用 If-Match 做条件更新，无需先 GET。',
    },
    responseBody: '服务器实际保存的新资源（包含 id、时间戳等服务端生成的字段），或指向它的简要信息。',
    pitfalls: [
      '201、200 与 202：只有在响应时资源已经存在才用 201；如果创建操作进入了队列，应返回 202 和任务状态地址。更新已有资源用 200 或 204，不是 201。',
      'POST 超时后重试可能重复创建；可以支持 Idempotency-Key 请求头（IETF 草案，Stripe 等支付接口在用）实现幂等防重，同一个 key 再来时重放最初的 201。',
    ],
    clientFixes: ['从 Location 读取新资源地址（相对地址要基于请求 URL 解析），不要自己拼。', '创建请求超时后，先查询资源是否已存在，或带同一个幂等 key 重发，不要盲目重试。'],
    examples: [],
    linkTitles: ['MDN：201 Created'],
  },
  202: {
    localReason: '已接受',
    summary: '请求已被接受、等待处理，但任务还没完成，之后仍可能失败（异步任务）。',
    meaning:
      'RFC 9110 规定：202 表示请求已被接受处理，但处理尚未完成，最终可能执行也可能不执行。HTTP 没有办法在事后再把最终结果推给客户端，所以 202 刻意不做任何承诺。响应应描述当前状态，并指向（或内嵌）一个可供查询的状态监视器。',
    whenToUse: ['耗时或排队执行的任务（导出、转码、批处理、资源开通），不适合让连接一直挂着。', '请求被转交给其他系统，或稍后批量处理。'],
    howToRespond: ['返回任务状态地址（放在响应头和响应体中），可选地用 Retry-After 提示轮询间隔。', '任务完成后，由状态地址返回结果，或用 303 See Other 指向新建的资源。'],
    headers: {
      Location: 'RFC 9110 没有规定 Location 在 202 中的含义，但接口普遍用它指向任务或状态资源；Azure 风格的接口改用 Operation-Location。',
      'Retry-After':
        'RFC 9110 没有规定它在 202 中的含义；RFC 9110 为 503（§15.6.4）、3xx（§10.2.3）和暂时性的 413（§15.5.14）使用 Retry-After，RFC 6585 §4 为 429 使用它。很多接口仍在 202 中用它建议轮询间隔。',
      'Content-Type': '描述响应体中的任务状态信息，通常是 application/json。',
    },
    responseBody: '简短的任务状态：任务 id、状态（排队中、执行中）、状态查询地址，也可以附上预计耗时。不是最终结果。',
    pitfalls: [
      '202 与 200/201：202 什么也不保证，任务仍可能失败。收到 202 就立刻读取新资源的代码，会和后台任务产生竞态。',
      '各家接口给出状态地址的方式不同：有的用 Location 指向任务资源，Microsoft/Azure 的 REST 规范用 Operation-Location 头；轮询前先看接口文档。',
    ],
    clientFixes: ['轮询状态地址（遵守 Retry-After，并做退避），直到它报告成功或失败；不要重发原始请求。', '处理任务之后失败的情况：202 对最终结果没有任何承诺。'],
    examples: [],
    linkTitles: ['MDN：202 Accepted'],
  },
  203: {
    localReason: '非权威信息',
    summary: '请求成功，但途中的转换代理修改了源服务器的 200 响应（重新压缩、过滤或改写了内容）。',
    meaning: 'RFC 9110 规定：203 表示请求成功，但所附内容已被转换代理修改，与源服务器的 200 (OK) 响应不同。它让代理告知接收方内容经过了转换，因为这可能影响后续决策，例如缓存校验。203 默认可被启发式缓存。',
    whenToUse: ['仅用于转换代理（图片重新压缩、内容过滤、注入脚本）修改了 200 响应、并想如实告知的场景。'],
    howToRespond: ['保留原 200 的其他响应头（Content-Type、缓存相关头），并通过 Via 标明代理；源服务器直接返回 200 即可。'],
    headers: { Via: '标明做了修改的代理；代理本来就必须添加 Via（RFC 9110 §7.6.3）。', 'Content-Type': '必须描述转换后的内容，它可能与原始内容不同（例如 PNG 变成了 WebP）。' },
    responseBody: '转换后的内容，替代源服务器的原始内容。',
    pitfalls: [
      '203 与 200：只有修改了内容的中间代理才应返回 203；源服务器把“来自缓存或第三方的数据”标成 203 属于误用。',
      '旧的 Warning: 214 Transformation Applied 头已被废弃（RFC 9111 去掉了 Warning），现在剩下的信号只有 203 和 Via。',
    ],
    clientFixes: ['按成功处理；但如果内容看起来被改过，根据 Via 头找到代理并绕过它，或者全程使用 HTTPS。', '对必须原样送达的请求和响应，加上 Cache-Control: no-transform。'],
    examples: [],
    linkTitles: ['RFC 9110 §7.7 消息转换', 'MDN：203 Non-Authoritative Information'],
  },
  204: {
    localReason: '无内容',
    summary: '请求成功，但没有内容要返回：响应只有响应头，完全没有响应体。',
    meaning:
      'RFC 9110 规定：204 表示服务器已成功处理请求，且响应中没有额外内容要发送。响应头依然有意义（例如 PUT 之后返回新的 ETag），浏览器也不需要离开当前页面。204 在响应头结束处就结束，不能携带内容或 trailer，并且默认可被启发式缓存。',
    whenToUse: ['DELETE、PUT、PATCH 成功，而客户端不需要拿回资源。', '只管发送不管结果的接口，如埋点上报，以及 CORS 预检（OPTIONS）请求的响应。'],
    howToRespond: [
      '不要发送响应体，也不要发送 Content-Length（RFC 9110 禁止 204 带 Content-Length）；新的 ETag 等响应头仍然有用。',
      '如果客户端需要修改后由服务端生成的字段，改为返回 200 和完整资源。',
    ],
    headers: { ETag: 'PUT 或 PATCH 之后返回新的校验值，客户端下次条件更新时无需先 GET。', 'Cache-Control': '204 默认可被启发式缓存；不希望被复用时加上 no-store。' },
    responseBody: '无。204 不允许有内容；在长连接上，响应头之后多出的字节会被当成下一个响应的开头。',
    pitfalls: [
      '204、200 与 205：200 配空响应体仍表示“有内容（长度为 0）”，204 表示没有内容，205 还要求客户端重置表单。空列表应返回 200 和 []，而不是 204。',
      '对 204 调用 response.json() 会抛异常（“Unexpected end of JSON input”）；服务器硬要写响应体，还会搞乱 HTTP/1.1 的长连接。',
    ],
    clientFixes: [
      '解析 JSON 之前先判断是否为 204（或响应体为空）。',
      '如果你需要数据，这个接口本来就不返回：之后再 GET 一次资源，或在接口支持时用 Prefer: return=representation（RFC 7240）要求返回。',
    ],
    examples: [],
    linkTitles: ['MDN：204 No Content'],
  },
  205: {
    localReason: '重置内容',
    summary: '请求成功，客户端应重置发起请求的表单或视图，清空后方便录入下一条。',
    meaning: 'RFC 9110 规定：205 表示服务器已完成请求，并希望用户代理把发起该请求的“文档视图”重置为初始状态。它面向数据录入场景：用户提交输入后，输入区被清空，便于录入下一条。服务器不得在 205 中发送内容。',
    whenToUse: ['表单或编辑器需要连续提交多条记录（数据录入、类似聊天的输入框），每次成功后都应清空。'],
    howToRespond: ['不要发送内容：用 Content-Length: 0 标明响应为空（HTTP/1.1 下也可以在响应头之后直接关闭连接）。'],
    headers: { 'Content-Length': 'Content-Length: 0 是给 205 划定边界最清晰的方式，205 不允许有内容。' },
    responseBody: '无；RFC 9110 禁止 205 带内容。',
    pitfalls: ['205 与 204：两者都没有响应体，205 多了“重置输入视图”的含义。浏览器不会替你重置表单，需要前端代码处理，所以大多数接口直接用 204。'],
    clientFixes: ['按成功处理，并自行清空表单或输入状态。'],
    examples: [],
    linkTitles: ['MDN：205 Reset Content'],
  },
  206: {
    localReason: '部分内容',
    summary: '服务器只返回 Range 头请求的字节范围，用于视频拖动进度条、断点续传下载等。',
    meaning:
      'RFC 9110 规定：206 表示服务器正在成功响应范围请求，传输所选表示的一个或多个部分。单个范围时用 Content-Range 头说明这段数据的位置和总长度；多个范围时使用 multipart/byteranges，每个部分各带自己的 Content-Range。206 默认可被启发式缓存。',
    whenToUse: ['GET 带了可满足的 Range 头：音视频拖动、断点续传下载、读取日志文件末尾。', 'If-Range 中的校验值仍与当前内容一致，这一段可以安全地与客户端已有的数据拼接。'],
    howToRespond: [
      '返回 Content-Range（bytes 起始-结束/总长）、本段的 Content-Length，以及 200 本应携带的 Date、Cache-Control、ETag、Expires、Content-Location 和 Vary。',
      '多个范围时使用 Content-Type: multipart/byteranges，且顶层不带 Content-Range；也可以合并范围，或直接返回完整的 200。',
    ],
    headers: {
      'Content-Range': '单段 206 必须说明携带的是哪些字节以及总长度，例如 Content-Range: bytes 0-1023/146515。',
      'Content-Type': '资源本身的媒体类型；返回多个范围时为带 boundary 的 multipart/byteranges。',
      ETag: 'RFC 9110 §15.3.7：只要 200 会带它就必须（MUST）发送（Date、Cache-Control、Expires、Content-Location、Vary 同理）；客户端用它配合 If-Range 安全地续传。',
      'Accept-Ranges': 'Accept-Ranges: bytes 表示支持范围请求，通常在第一次的 200 响应中声明。',
      Date: 'RFC 9110 §15.3.7：只要 200 会带它就必须（MUST）发送。',
      'Cache-Control': 'RFC 9110 §15.3.7：只要 200 会带它就必须（MUST）发送，让缓存像对待完整响应一样对待这一部分。',
      Vary: 'RFC 9110 §15.3.7：只要 200 会带它就必须（MUST）发送。',
    },
    responseBody: '只包含请求的字节（单个范围），或每个范围一段的 multipart/byteranges 响应体。',
    pitfalls: [
      '206、200 与 416：服务器可以忽略 Range，直接用 200 返回完整内容，这是合法的；416 表示请求的范围与内容完全不重叠。追加字节前一定先看状态码。',
      '续传时不带 If-Range，可能把两个版本的文件拼在一起；另外启用 gzip 等 Content-Encoding 时，范围按编码后的字节计算，而不是原始文件。',
    ],
    clientFixes: [
      '核对 Content-Range 与请求的范围是否一致，并按偏移写入；如果收到的是 200，丢弃已下载的部分，改用完整响应体。',
      '断点续传时带上保存的 ETag 作为 If-Range，文件变了就会重新返回完整的 200。',
    ],
    examples: [],
    linkTitles: ['RFC 9110 §14 范围请求', 'MDN：206 Partial Content'],
  },
  207: {
    localReason: '多状态',
    summary: '一个响应里分别给出多个资源或操作各自的状态码，通常是 WebDAV 的 XML 响应体，也用于批量接口。',
    meaning:
      'RFC 4918（WebDAV）规定：207 用于报告多个相互独立的操作的状态。响应体是 XML 格式的 multistatus 文档，每个资源对应一个 response 元素并带有自己的状态，属性级的结果放在 propstat 中。207 本身并不说明各个操作是否成功。',
    whenToUse: [
      '一次涉及多个资源的 WebDAV 方法：PROPFIND、PROPPATCH，以及对目录执行 COPY、MOVE、DELETE 时部分成员失败。',
      '需要逐条返回结果的批量接口；Zalando RESTful API 规范要求批量（batch/bulk）请求使用 207。',
    ],
    howToRespond: ['每个条目返回一项结果，包含状态，失败的附上错误说明；JSON 接口要在文档中写明每条结果的结构。', '如果整个请求在处理任何条目之前就失败了（如 400、401、413），改用单一的普通状态码。'],
    headers: {
      'Content-Type':
        'RFC 4918 §13 没有为它规定级别，适用 RFC 9110 §8.3 的一般性 SHOULD。请发送：WebDAV 中为 application/xml（或 text/xml），根元素是 DAV: multistatus；JSON 批量接口使用 application/json，并在文档中说明逐条结果的结构。',
    },
    responseBody:
      'WebDAV：一个 D:multistatus 元素，每个资源一个 D:response，包含 href 和 status（或 propstat），可附错误详情。批量接口：JSON 列表，逐条给出状态、id 和问题详情。',
    pitfalls: [
      '207 不等于“全部成功”：单个条目可能是 403、404、409、423 或 424（依赖失败）。只判断 2xx 的客户端会悄悄漏掉这些失败。',
      '207、200 与 4xx：各条目结果不同时用 207，结果一致时用普通状态码。通用 HTTP 客户端和监控会把所有 2xx 当作完全成功，所以返回 207 时要在文档里重点说明。',
    ],
    clientFixes: ['解析响应体并逐条检查状态，只对失败的条目修正或重试。', 'WebDAV 中某个条目返回 424，表示它因为同一请求中其他部分失败而失败：先解决最先出现的那个错误。'],
    examples: [],
    linkTitles: ['RFC 4918 §13 Multi-Status 响应', 'MDN：207 Multi-Status', 'Zalando RESTful API 规范：批量请求使用 207'],
  },
  208: {
    localReason: '已报告',
    summary: '仅出现在 WebDAV 的 207 响应体中：这个目录在本响应前面已经列出过，其成员不再重复列出。',
    meaning:
      'RFC 5842（WebDAV 绑定扩展）在 DAV:propstat 响应元素中使用 208，避免同一个目录通过多个绑定被访问时反复列举其成员。每个目录只有一个绑定以 200 报告，其余绑定报告 208，并且不再列出它们的子项。208 只会出现在 Depth: infinity 请求中，可以防止绑定形成的循环导致输出无穷无尽。',
    whenToUse: ['支持绑定的 WebDAV 服务器响应 Depth: infinity 的 PROPFIND，遇到已经通过其他路径报告过的目录。'],
    howToRespond: ['在 207 响应体中，第一个绑定报告 200，之后的绑定一律报告 208 且不列出子项；做不到这一点的服务器应返回 508 Loop Detected 终止，而不是陷入循环。'],
    headers: {
      'Content-Type': '属于外层的 207 响应（适用 RFC 9110 §8.3 的一般性 SHOULD）：application/xml，响应体为 DAV: multistatus。208 本身只出现在这个响应体内。',
      Depth: '这是请求头：208 只出现在对 Depth: infinity 请求的响应中。',
    },
    responseBody: '从不作为顶层状态码出现：它以 D:status “HTTP/1.1 208 Already Reported” 的形式出现在 207 的 multistatus 响应体中。',
    pitfalls: [
      '208 与 508：208 表示服务器发现目录重复并跳过了它；508 Loop Detected 表示服务器因为循环放弃了整个请求。',
      'HTTP 响应的状态行直接是 208 属于服务器 bug；它只应出现在 207 响应体内部。',
    ],
    clientFixes: ['根据 PROPFIND 构建目录树时，把 208 条目当作指向已有目录的另一条路径（用 DAV:resource-id 匹配），而不是数据缺失。'],
    examples: [],
    linkTitles: ['MDN：208 Already Reported'],
  },
  226: {
    localReason: '已使用 IM',
    summary: '增量编码（delta encoding）：服务器没有返回完整资源，只返回相对于客户端已有版本的差异。',
    meaning:
      'RFC 3229 规定：226 表示服务器已完成对该资源的 GET 请求，响应内容是对当前实例应用一种或多种实例操作（instance-manipulation）之后的结果。实际流程是：客户端通过 A-IM 声明可接受的操作（如 vcdiff），并用 If-None-Match 指明自己缓存的版本，服务器据此返回差异数据；IM 头说明实际应用了哪些操作。',
    whenToUse: ['客户端提供了 A-IM 和 If-None-Match 中的基准版本，且相对该版本的差异远小于完整资源，例如体积大但每次只改一点的订阅源或文档。'],
    howToRespond: ['返回 IM（应用的操作）、完整当前实例的 ETag，以及指明基准版本的 Delta-Base；服务器没有那个基准版本时，退回完整的 200。'],
    headers: {
      IM: '写明应用了哪些实例操作（如 vcdiff、diffe、gzip）；没有它，客户端无法解码响应体。',
      ETag: 'RFC 3229 §10.4.1：响应必须（MUST）带 ETag，给出完整当前实例的实体标签，客户端下次会把它作为基准版本。',
      'Delta-Base': '计算差异时所用基准实例的实体标签。',
    },
    responseBody: 'IM 头所指明的差异数据（或其他操作结果），而不是完整资源；客户端把它应用到自己缓存的副本上。',
    pitfalls: [
      '226、200 与 304：304 表示缓存副本仍是最新的，226 表示内容变了、这里是差异，200 返回全部内容。把 226 的响应体当完整资源用会损坏数据。',
      '增量编码很少有人实现，不认识它的缓存可能错误处理 226；大多数系统改用压缩（gzip、br）节省流量。',
    ],
    clientFixes: ['把 IM 指明的差异应用到 Delta-Base 指明的缓存版本上；如果那个版本已经不在了，去掉 A-IM 重新请求，拿完整的 200。'],
    examples: [],
    linkTitles: ['MDN：226 IM Used'],
  },
  300: {
    localReason: '多种选择',
    summary: '资源有多个版本（不同语言或格式），服务器希望客户端或用户自己挑一个。',
    meaning:
      'RFC 9110 规定：300 表示目标资源有多个表示，每个都有自己更具体的标识符，服务器提供了这些备选项的信息，供用户或用户代理选择并重定向过去。服务器有首选项时应把它的 URI 放进 Location，客户端可以自动跟随。备选列表没有标准格式，所以 300 很少使用；它默认可被启发式缓存。',
    whenToUse: ['由客户端驱动的内容协商，服务器不宜替客户端做选择，例如多种语言或文件格式版本都没有合理的默认项。'],
    howToRespond: ['在响应体中列出备选项（HTML 链接或有文档说明的 JSON 列表），并把首选项放进 Location；通常更简单的做法是根据 Accept 头自行选择，返回 200 并带上 Vary。'],
    headers: { Location: '服务器的首选项（如果有）；用户代理可以自动重定向过去。', Link: '用 rel="alternate" 的 Link 头列出备选项是一种机器可读的做法；RFC 9110 并未规定格式。' },
    responseBody: '可用版本的简短列表，附上各自的 URI 和区别（语言、媒体类型）。',
    pitfalls: [
      '300、406 与 302：406 表示没有任何版本符合 Accept 头，300 是提供多个选项；如果能替客户端选，就直接重定向（302、303）或返回带 Vary 的 200。',
      '浏览器不会弹出选择界面：没有 Location 时只会显示响应体，各客户端自动选择的方式也不统一。',
    ],
    clientFixes: ['有 Location 就跟随它；否则从列出的 URI 中选一个直接请求。', '发送更具体的 Accept 或 Accept-Language 头，或直接请求具体版本的 URL，让服务器替你决定。'],
    examples: [],
    linkTitles: ['MDN：300 Multiple Choices'],
  },
  301: {
    localReason: '永久移动',
    summary: '永久重定向：资源有了新的永久地址（见 Location），请更新链接。客户端跟随时可能把 POST 改成 GET。',
    meaning:
      'RFC 9110 规定：301 表示目标资源已被分配了新的永久 URI，今后的引用都应使用新地址；服务器应在 Location 中给出新 URI，有能力修改链接的客户端应当更新引用。由于历史原因，用户代理跟随重定向时可以把 POST 改成 GET；要禁止这种改变请用 308。301 默认可被启发式缓存。',
    whenToUse: ['页面或接口路径永久迁移：换域名、HTTP 跳 HTTPS、改 slug、统一主机名（带不带 www）、规范化末尾斜杠。', '为搜索引擎合并重复 URL，搜索引擎会把 301（以及 308）视为永久迁移。'],
    howToRespond: ['在 Location 中给出新 URI，一次跳转到位，并长期保留这条重定向（几个月甚至更久）。', '对于接收 POST、PUT、PATCH 的接口，改用 308，保证请求方法和请求体不变。'],
    headers: {
      Location: 'RFC 9110 §15.4.2：服务器应当（SHOULD）给出新的永久 URI（绝对地址，或相对于请求 URL 的地址）。请总是发送：没有它的 301 会让客户端无路可走。',
      'Cache-Control': '浏览器可能无限期缓存 301；显式设置 max-age 可以限制错误重定向的影响时长。',
    },
    responseBody: '可选：给不跟随重定向的客户端一段简短的 HTML 说明和新地址链接。接口通常不返回响应体。',
    pitfalls: [
      '301、308 与 302/307：301 和 308 是永久的，302 和 307 是临时的；307 和 308 保持方法和请求体不变，而浏览器、curl 和大多数库在遇到 301（以及 302）时会把 POST 改成 GET。',
      '浏览器会强缓存 301，往往没有过期时间，写错或改动过的重定向会持续影响老访客；先用 302 或 307 测试，目标确定后再换成 301。',
    ],
    clientFixes: [
      '把保存的地址（base URL、书签、配置）更新为 Location 中的新地址，省掉每次多出来的一次往返。',
      '如果 POST 到新地址后变成了 GET，并返回 404 或 405，直接请求新地址，或请服务方改用 308。',
    ],
    examples: [
      {
        title: '文档页面永久迁移',
        note: 'max-age 限制浏览器记住这条重定向的时长；不设置的话，浏览器可能一直记着。',
        response:
          'HTTP/1.1 301 Moved Permanently\nLocation: https://example.com/guide/getting-started\nCache-Control: max-age=86400\nContent-Type: text/html; charset=utf-8\n\n<p>页面已迁移至 <a href="https://example.com/guide/getting-started">/guide/getting-started</a>。</p>',
      },
    ],
    linkTitles: ['MDN：301 Moved Permanently', 'Google 搜索中心：重定向和 Google 搜索'],
  },
  302: {
    localReason: '已找到（临时重定向）',
    summary: '临时重定向到 Location 中的地址，以后仍使用原地址。浏览器跟随时会把 POST 改成 GET。',
    meaning:
      'RFC 9110 规定：302 表示目标资源暂时位于另一个 URI 下；由于重定向可能变化，客户端今后仍应使用原来的 URI。服务器应在 Location 中给出临时地址。由于历史原因，用户代理跟随 302 时可以把 POST 改成 GET，因此才有了语义明确的 303 和 307。',
    whenToUse: ['浏览器页面流程：未登录用户跳转到登录页、OAuth 和 OpenID Connect 的跨站跳转、A/B 测试或按地区分流、维护页。', 'GET 资源临时搬走，但原 URL 仍是规范地址。'],
    howToRespond: ['返回 Location；目标取决于用户或会话时，加上 Cache-Control: no-store。', '表单 POST 之后优先用 303，明确表示“改用 GET 获取”；需要保持请求方法时用 307。'],
    headers: {
      Location: 'RFC 9110 §15.4.3：服务器应当（SHOULD）给出临时目标地址；相对地址基于请求 URL 解析。没有它，浏览器无法跟随重定向。',
      'Cache-Control': '302 默认不可缓存，但显式设置有效期后就可以被缓存；目标取决于登录态时请用 no-store。',
    },
    responseBody: '通常没有，或是一个指向目标地址的简短 HTML 链接。',
    pitfalls: [
      '302、303 与 307：三者都是临时的。303 永远表示“现在用 GET 去取”，307 禁止改变方法，302 则语义含糊（浏览器会把 POST 改成 GET），所以 302 最好只用于 GET 请求。',
      '挂在会话中间件后面的接口常常对未登录请求返回 302 跳登录页，而不是 401：fetch() 会静默跟随，调用方拿到的是 200 的 HTML 页面（JSON 解析报错）或跨域（CORS）错误，而不是“未认证”。',
    ],
    clientFixes: [
      '接口调用意外拿到 HTML 或登录页时，检查重定向链（response.redirected、response.url 或 DevTools）：说明登录态或令牌缺失，应让接口改为返回 401。',
      '不要把 Location 保存为新地址，下次仍请求原 URL。',
    ],
    examples: [{ title: '未登录访客被跳转到登录页', note: '对浏览器页面这样做没问题；API 接口应返回 401，而不是重定向到 HTML 登录表单。' }],
    linkTitles: ['MDN：302 Found', 'Fetch 标准：HTTP 重定向获取（HTTP-redirect fetch）'],
  },
  303: {
    localReason: '查看其他位置',
    summary: '请用 GET 访问 Location 中的地址：本次请求的结果在那里（表单 POST 之后最经典的重定向）。',
    meaning:
      'RFC 9110 规定：303 表示服务器把用户代理重定向到另一个资源（见 Location），由它间接地给出对原请求的响应。无论原请求是什么方法，客户端都用 GET（或 HEAD）去访问该地址。这是响应 POST 的标准做法：结果页可以收藏、刷新和缓存，而不会重复提交表单。',
    whenToUse: ['POST/重定向/GET（PRG）模式：表单 POST 成功后把浏览器引到结果页，刷新页面时不会重复提交。', '排队的任务（见 202）完成后，任务状态地址可以返回 303 指向结果。'],
    howToRespond: ['在 Location 中给出结果的 URI；对非 HEAD 请求，建议附上一段指向它的简短超文本说明。', '如果客户端需要在新地址用同样的方法重发请求，不要用 303，应该用 307 或 308。'],
    headers: {
      Location: '保存结果的资源，客户端会用 GET 去获取。RFC 9110 §15.4.4 在这里没有用 BCP 14 关键词，但它把 303 定义为“由 Location 头中的 URI 指明”的重定向：没有它，这个状态码就没有意义。',
    },
    responseBody: '可选：一段指向 Location 地址的简短 HTML 说明（RFC 9110 建议对非 HEAD 请求提供）。',
    pitfalls: [
      '303、302 与 307：303 总是改为 GET（或 HEAD），307 从不改变方法，302 取决于客户端。POST 之后用 303，要把同一个 POST 转到别处用 307。',
      '303 默认不可缓存，并且指向的是另一个资源，而不是当前资源的新地址：不要把它当作地址迁移保存下来。',
    ],
    clientFixes: ['用 GET 跟随并在目标地址读取结果；HTTP 库会自动处理，但自己实现的客户端不要重发 POST 请求体。', '需要 POST 创建的资源 id 时，从 Location 路径或目标资源中读取。'],
    examples: [{ title: '下单后的 POST/重定向/GET', note: '浏览器随后 GET /orders/5521；刷新这个页面不会重复下单。' }],
    linkTitles: ['MDN：303 See Other'],
  },
  304: {
    localReason: '未修改',
    summary: '缓存仍然有效（协商缓存命中）：条件 GET 的条件成立，服务器不返回响应体，客户端继续使用本地缓存。',
    meaning:
      'RFC 9110 规定：304 表示收到了一个条件 GET 或 HEAD 请求，如果条件没有判定为假，本应返回 200 (OK)。因此服务器不发送内容，客户端使用已存储的响应，并用 304 中的元数据更新它。它回应的是 If-None-Match（ETag）或 If-Modified-Since，并且总是在响应头结束处就结束。',
    whenToUse: ['GET 或 HEAD 请求带的 If-None-Match 与当前 ETag 匹配（弱比较），或者在没有 If-None-Match 时，If-Modified-Since 的时间不早于 Last-Modified。'],
    howToRespond: [
      '返回 200 本应携带的 Cache-Control、Content-Location、Date、ETag、Expires 和 Vary，不要返回内容。',
      '对 PUT、PATCH、DELETE 等非安全方法，前置条件不成立时返回 412，而不是 304。',
    ],
    headers: {
      ETag: 'RFC 9110 §15.4.5：只要 200 会带 ETag，304 就必须（MUST）带上，缓存才能匹配并刷新正确的那条缓存。',
      'Cache-Control': '与 ETag 同属一条 MUST（RFC 9110 §15.4.5），前提是 200 会带它：它刷新已缓存响应的新鲜度，让客户端在一段时间内无需再次校验。',
      Vary: '同属这条 MUST（RFC 9110 §15.4.5），前提是 200 会带它：与 200 的 Vary 保持一致，才能更新正确的缓存变体。',
      'Last-Modified': '不在必须列表中：RFC 9110 §15.4.5 规定，除非有助于更新缓存，否则不应（SHOULD NOT）发送其他表示元数据；例如没有 ETag 时，Last-Modified 有用。',
      Date: '同属这条 MUST（RFC 9110 §15.4.5），前提是 200 会带它；有时钟的源服务器本来就会在每个 304 中发送（RFC 9110 §6.6.1）。',
      'Content-Location': '同属这条 MUST（RFC 9110 §15.4.5），但只在 200 会带它时才需要，很少有服务器这样做。',
      Expires: '同属这条 MUST（RFC 9110 §15.4.5），前提是 200 会带它；缓存中 Cache-Control 的 max-age 优先于它。',
    },
    responseBody: '无。304 不能有内容，客户端复用之前缓存的响应体。',
    pitfalls: [
      '304、200 与 412：304 只用于条件 GET 或 HEAD；If-Match 或 If-Unmodified-Since 不成立，或非安全方法上的任何前置条件失败，都返回 412。对没有校验值的请求返回 304 是服务器或缓存的 bug。',
      'fetch() 通常看不到 304（浏览器缓存会把它转换成 200）；但如果你的代码自己设置了 If-None-Match，304 会原样返回，响应体为空且 response.ok === false，很容易被误记为错误。',
    ],
    clientFixes: [
      '使用本地缓存：把上次 200 的 ETag 或 Last-Modified 和响应体一起保存。',
      '始终拿不到 304 时，检查 ETag 是否稳定（压缩或负载均衡可能改变它），以及是否原样带回（包括引号和 W/ 前缀）；在判断 response.ok 之前先处理 304。',
    ],
    examples: [{ title: '协商缓存：重新校验商品目录', note: '没有响应体：客户端继续使用已有的目录数据，并在接下来 60 秒内视其为新鲜。' }],
    linkTitles: ['RFC 9111 §4.3 校验', 'MDN：304 Not Modified'],
  },
  305: {
    localReason: '使用代理',
    origin: '由 RFC 2068 和 RFC 2616 定义，要求客户端通过 Location 中指定的代理重发请求。RFC 7231 以安全风险为由将其弃用：让响应来配置客户端的代理太危险；RFC 9110 只保留了“已弃用”的记录。',
    summary: '已弃用：曾要求客户端通过 Location 指定的代理重发请求。出于安全原因，客户端都会忽略它。',
    meaning:
      'RFC 9110 只说明 305 是在旧版规范中定义的，现已弃用。RFC 2616 的原意是“必须通过 Location 字段给出的代理访问所请求的资源”，且只能由源服务器发送。由于这会让任何服务器都能把客户端引到自己指定的代理上，客户端不再遵循它。',
    whenToUse: ['新系统中不要使用；代理应在客户端配置（PAC 文件、系统设置、环境变量）。'],
    howToRespond: ['如果遗留系统还在返回它，改成普通重定向（307 或 308）或明确的错误。'],
    headers: { Location: '按旧定义，这里放的是代理的 URI，而不是资源的新地址，所以客户端不能把它当重定向跟随。' },
    responseBody: '历史上是一段说明代理的简短文字，如今已无意义。',
    pitfalls: ['305 不是跳转到新 URL：它的 Location 指向的是代理，客户端不能像处理 302 或 307 那样跟随。代理鉴权是另一个状态码 407。'],
    clientFixes: ['不要跟随。需要代理的话，在客户端或环境中显式配置，并请服务方停止返回 305。'],
    examples: [],
    linkTitles: ['RFC 7231 §6.4.5 305 Use Proxy（弃用说明）'],
  },
  306: {
    localReason: '（未使用）',
    origin: 'HTTP/1.1 早期的一个提案曾把 306 用作“Switch Proxy”（让客户端之后改用另一个代理）。该提案被放弃，RFC 2616、RFC 7231 和 RFC 9110 都只是保留这个编号。',
    summary: '保留未用：源自被放弃的“Switch Proxy”提案，如今没有任何含义，服务器不应发送。',
    meaning: 'RFC 9110 规定：306 状态码在旧版规范中定义过，现已不再使用，该编号被保留。除了属于 3xx 类之外，它没有任何语义。',
    whenToUse: ['任何时候都不要使用；保留这个编号只是为了防止它被重新分配。'],
    howToRespond: ['返回你真正想要的重定向：301、302、303、307 或 308。'],
    headers: { Location: '在 306 中没有定义用途；不过 RFC 9110 允许客户端遇到无法识别的 3xx 时，仍按 Location 重定向。' },
    responseBody: '没有任何定义。',
    pitfalls: ['客户端会把不认识的 3xx 当作 300 处理，可能跟随 Location；服务器返回 306 说明是 bug 或私有状态码，而不是“Switch Proxy”。'],
    clientFixes: ['作为服务器 bug 反馈；在此之前，只有 Location 明确指向你想去的地方时才跟随。'],
    examples: [],
    linkTitles: [],
  },
  307: {
    localReason: '临时重定向',
    summary: '保持方法和请求体的临时重定向：仅这一次，在 Location 地址原样重发同一个请求。',
    meaning:
      'RFC 9110 规定：307 表示目标资源暂时位于另一个 URI 下，用户代理自动重定向到该 URI 时不得改变请求方法。由于重定向可能随时间变化，客户端今后仍应使用原来的 URI。服务器应在 Location 中给出临时地址。',
    whenToUse: ['临时把带请求体的接口调用（POST、PUT、PATCH、DELETE）转到另一台主机或另一个区域，例如故障切换或维护期间。', '切换协议或主机的重定向中，POST 不能变成 GET 的场景。'],
    howToRespond: ['返回 Location；客户端会用相同的方法和请求体重发，目标地址必须能接受。', '永久迁移用 308；希望客户端改用 GET 获取结果用 303。'],
    headers: {
      Location: 'RFC 9110 §15.4.8：服务器应当（SHOULD）给出这一次请求的临时目标，它不是新的永久地址。没有它，客户端无法跟随。',
      'Retry-After': '用在 3xx 上时，表示客户端至少要等待这么久再跟随重定向。',
    },
    responseBody: '通常没有，或是一段指向目标 URI 的简短说明。',
    pitfalls: [
      '307、302 与 308：307 保证方法和请求体不变（302 不保证），308 是它的永久版本。客户端只能重发自己还保留着的请求体，所以流式上传遇到任何重定向都可能失败。',
      '浏览器自己把 http:// 升级为 https:// 时，Chrome DevTools 会显示“307 Internal Redirect”（Non-Authoritative-Reason: HSTS）；这个 307 并非服务器返回，应修改 http:// 链接，而不是排查服务器。',
    ],
    clientFixes: [
      '让客户端自动跟随（fetch 和大多数库都会），并确认目标地址接受同样的方法、仍能收到你的凭证：按照 Fetch 标准，跨域重定向时会去掉 Authorization 头。',
      '下次仍请求原 URL；被转走的只有这一次请求。',
    ],
    examples: [{ title: '维护期间把上传转到另一个区域', note: '客户端在新主机上用同样的请求体重发这个 POST，下次仍然请求 api.example.com。' }],
    linkTitles: ['MDN：307 Temporary Redirect'],
  },
  308: {
    localReason: '永久重定向',
    summary: '保持方法和请求体的永久重定向：今后都使用 Location 中的地址，并在那里原样重发同一个请求。',
    meaning:
      'RFC 9110 §15.4.9（接替 RFC 7538）规定：308 表示目标资源已被分配了新的永久 URI，今后的引用都应使用新地址；服务器应在 Location 中给出新 URI，308 默认可被启发式缓存。§15.4.9 本身没有提请求方法：308 保持方法不变，依据是 RFC 7538 §3（308 与 301 相同，只是不允许把 POST 改成 GET），以及 RFC 9110 §15.4 的注释（307 和 308 是为保持方法不变的重定向而新增的）。“不得（MUST NOT）改变请求方法”这句明文只写在 307（§15.4.8）中。',
    whenToUse: [
      '接收 POST、PUT、PATCH 或 DELETE 的接口永久迁移（新版本路径、新主机、规范化末尾斜杠）。',
      '任何希望用一个对所有方法都安全的状态码表示永久迁移的场景；Next.js 等框架的永久重定向和末尾斜杠重定向已经使用 308。',
    ],
    howToRespond: ['返回带新 URI 的 Location，并显式设置 Cache-Control 有效期，因为浏览器会记住永久重定向。', '同步更新文档和 SDK：每次被重定向的带请求体调用都要多一次往返，并把请求体再发一遍。'],
    headers: {
      Location: 'RFC 9110 §15.4.9：服务器应当（SHOULD）给出新的永久 URI；客户端应保存它，并在那里用同样的方法重发。没有它，客户端无法跟随。',
      'Cache-Control': '308 默认可被启发式缓存，浏览器会记很久；显式的 max-age 可以限定时长。',
    },
    responseBody: '通常没有，或是一段指向新 URI 的简短说明。',
    pitfalls: [
      '308、301 与 307：308 就是不会把 POST 改成 GET 的 301，307 是它的临时版本。搜索引擎对 301 和 308 一视同仁。',
      'Google 的可续传上传接口（Cloud Storage、Drive、YouTube）用不带 Location 的 308 表示“上传尚未完成”；另外，不认识 308 的老旧客户端会按 300 处理，不会跟随。',
    ],
    clientFixes: [
      '把客户端或配置中的地址改为 Location 中的新地址；每次被重定向的上传都会把整个请求体重发一遍。',
      '收到 308 后调用失败时，检查新地址是否只差一个末尾斜杠或协议（框架或代理的规则），然后直接请求那个确切的地址。',
    ],
    examples: [{ title: '接口路径规范化末尾斜杠', note: '客户端带着原请求体向 /api/orders 重发 POST；如果是 301，很多客户端会改发 GET。' }],
    linkTitles: [
      'RFC 7538 §3 308 Permanent Redirect（保持请求方法）',
      'RFC 9110 §15.4 重定向 3xx（关于保持方法的 307 和 308 的注释）',
      'MDN：308 Permanent Redirect',
    ],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
