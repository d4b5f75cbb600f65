import type { StatusCode, StatusProse } from '../../types';

/** Simplified Chinese prose of 400-409's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/400-409.ts. */
const prose = {
  400: {
    localReason: '错误请求',
    summary: '请求本身有问题（语法错误、报文格式不对、参数错误），服务器不处理；改好请求再发。',
    meaning: '服务器认为错误出在客户端，因此不能或不愿处理这个请求，典型情况是请求语法错误、报文分帧（framing）无效或请求路由存在欺骗。它是最通用的客户端错误码：没有更具体的 4xx 可用时才用它。原样重发只会得到同样的结果。',
    whenToUse: [
      '请求体解析失败：JSON 格式错误、multipart 边界不对、非法 UTF-8，或字段的 JSON 类型不对。',
      '查询参数或路径参数缺失、多余或格式错误，比如日期不是合法日期、page=-1、排序字段不存在。',
      'HTTP 协议层必须拒绝的错误：RFC 9112 规定，HTTP/1.1 请求缺少 Host 或带了多个 Host、头字段名和冒号之间有空白时，都必须返回 400。',
      '参数校验失败——前提是你的 API 规范约定用 400 而不是 422（见“常见误区”）。',
    ],
    howToRespond: [
      '准确指出错在哪里：参数名或 JSON Pointer、收到的值、违反了哪条规则。',
      '一次性返回所有校验错误，别让调用方改一个、提交一次。',
      '有更具体的状态码就用更具体的：请求体过大用 413，URI 过长用 414，Content-Type 不支持用 415，请求头过大用 431。',
      '不要把密钥或整个请求体原样回显，也不要把解析器的堆栈信息暴露在响应里。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json，调用方可以读取错误列表，并把每条错误对应到具体字段。',
      Connection: '当报文分帧本身已损坏（例如 Content-Length 非法）时发送 close：RFC 9112 要求此时服务器关闭连接，因为已无法判断下一个请求从哪里开始。',
    },
    responseBody:
      '返回 problem+json（type、title、status 400、detail、instance），并加一个 errors 之类的扩展字段：每项包含 pointer 或参数名以及错误信息，参照 RFC 9457 中的示例。结构要保持稳定，方便前端把错误显示在对应的表单字段旁边。',
    pitfalls: [
      '400 与 422：Zalando 的 API 规范规定，请求体未通过业务逻辑校验时也返回 400；Haufe 的规范则只把语法错误归为 400，参数校验失败用 422。两种做法都说得通，关键是选定一种并写进文档。',
      '400 与 401/403/404：令牌缺失或过期是 401，权限不足是 403，ID 不存在是 404，不要统统塞进 400。',
      '400 与 409：请求格式正确，但与服务端当前状态冲突（唯一键重复、版本过期、状态不对），应返回 409 而不是 400。',
      'OAuth 2.0 的令牌端点在刷新令牌（refresh token）过期或被吊销时返回 400，error 为 invalid_grant（RFC 6749 §5.2）：意思是需要重新登录，而不是请求格式有误。',
      'nginx 在一些别的服务器会用其他状态码的场景下返回 400 页面，比如“Request Header Or Cookie Too Large”（更合适的是 431）和“The plain HTTP request was sent to HTTPS port”（用 HTTP 访问了 HTTPS 端口）。',
    ],
    clientFixes: [
      '先看响应体，通常会点名出错的字段或参数。把代码实际发出的请求（方法、URL、请求头、请求体）打出来，和接口文档逐项对照。',
      '请求体用 JSON 序列化库生成，不要手工拼字符串；带上匹配的 Content-Type；查询参数记得做 URL 编码。',
      '如果页面提示“Request Header Or Cookie Too Large”，清掉该域名下的 Cookie，或精简自定义请求头。',
      '不要原样重试：400 是确定性的错误，先改请求再发。',
    ],
    examples: [
      {
        title: 'JSON 格式错误',
        note: '这是语法错误，服务器还没走到校验订单内容那一步。',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/malformed-json","title":"请求体不是合法的 JSON","status":400,"detail":"第 29 个字符处出现意外的 }：JSON 不允许末尾多余的逗号。","instance":"/v1/orders"}',
      },
      {
        title: '查询参数不合法',
        note: '两个问题在同一个响应里返回，调用方可以一次改完。',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/invalid-parameters","title":"查询参数不合法","status":400,"detail":"有 2 个查询参数不合法。","errors":[{"parameter":"from","detail":"必须是 YYYY-MM-DD 格式的日期"},{"parameter":"limit","detail":"必须在 1 到 100 之间"}]}',
      },
    ],
    linkTitles: [
      'RFC 9112 §3.2 请求目标（Host 规则）',
      'RFC 9457 HTTP API 的问题详情（problem+json）',
      'Zalando RESTful API 规范：HTTP 状态码',
      'Haufe API 风格指南：HTTP 状态码',
      'MDN：400 Bad Request',
    ],
  },
  401: {
    localReason: '未授权',
    summary: '未认证：请求没有有效凭证（令牌缺失、令牌过期或无效），先完成认证再重新请求。',
    meaning:
      '请求未被执行，因为它缺少目标资源所需的有效认证凭证。服务器必须返回 WWW-Authenticate 响应头，至少给出一个说明如何认证的质询（challenge）；如果请求里已经带了凭证，401 表示这些凭证被拒绝。客户端可以换上新的 Authorization 请求头再试。',
    whenToUse: [
      '访问需要登录的资源时没带任何凭证：没有 Authorization 头、没有会话 Cookie、没有 API Key。',
      '带了凭证但无效：访问令牌过期或被吊销、签名不对、audience 或 issuer 不匹配、密码错误。',
      '令牌本身有效，但背后的登录强度不够或时间太久，不足以执行当前敏感操作；RFC 9470 用 401 加 error="insufficient_user_authentication" 要求升级认证（step-up）。',
    ],
    howToRespond: [
      '一定要带 WWW-Authenticate 质询，例如 Bearer realm="api"；RFC 9110 规定 401 必须带这个响应头。',
      'Bearer 令牌按 RFC 6750 处理：完全没带凭证时不加 error 属性；令牌过期、被吊销或格式错误时用 error="invalid_token"。',
      '对外的原因说得笼统些（“令牌无效或已过期”），细节记在服务端日志里；不要透露是用户名错还是密码错。',
      '给浏览器调用的接口，除非就是想弹出浏览器登录框，否则不要返回 Basic 质询。',
    ],
    headers: {
      'WWW-Authenticate':
        '至少包含一个适用于该资源的质询（Bearer、Basic、Digest、Negotiate…）。Bearer 要带 realm；请求里带了令牌时，再加上 error 和 error_description。',
      'Content-Type': '用 application/problem+json 给出简短说明；供程序判断的 Bearer 错误码放在 WWW-Authenticate 里。',
    },
    responseBody: '简短的 problem+json（type、title、status 401、detail），说明是未带凭证、令牌过期还是凭证无效，措辞不要给攻击者提供线索。不要把请求中的令牌回显出来。',
    pitfalls: [
      '401 与 403：401 问的是“你是谁？”——凭证缺失或无效，重新认证可能解决；403 说的是“我知道你是谁，但不行”——身份有效但权限不足，用同一个账号重新登录也没用。',
      '名字有误导性：“Unauthorized”在这里其实是“未认证”，权限不足应该用 403。',
      '很多基于 Cookie 会话的接口返回 401 时不带 WWW-Authenticate。这违反规范，客户端也不要假定这个响应头一定存在。',
      'CORS 预检请求（OPTIONS）不会携带 Authorization 头；如果服务端对 OPTIONS 也做鉴权，就会返回 401，浏览器最终报的却是跨域错误。',
      '401 与 407：407 来自代理服务器，配套的是 Proxy-Authenticate/Proxy-Authorization；401 来自源站，配套的是 WWW-Authenticate/Authorization。',
    ],
    clientFixes: [
      '确认请求头真的发出去了且格式正确：Authorization: Bearer <令牌>，认证方案写对、中间一个空格；没有被代理剥掉，也没有在跨域重定向时丢失（fetch 跨域重定向时会删掉 Authorization）。',
      '检查令牌本身：exp、nbf 与（已同步的）系统时间对比，audience、issuer 是否匹配，环境是否用对（测试环境的令牌在生产环境会被拒绝）。',
      '如果是令牌过期，用刷新令牌换一次新令牌后重放原请求；刷新也失败，就引导用户重新登录。',
      '大量并发请求同时收到 401 时，只发起一次刷新，其余请求排队等新令牌后再重放，避免“刷新风暴”。',
    ],
    examples: [
      {
        title: '未携带令牌',
        note: '没有 error 属性：按 RFC 6750，请求完全没带凭证时不加它。',
        response:
          'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api.example.com"\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/unauthenticated","title":"需要认证","status":401,"detail":"请在 Authorization 请求头中携带访问令牌。"}',
      },
      {
        title: '访问令牌过期',
        note: 'error_description 按 RFC 6750 只能用 ASCII 字符，所以保留英文；客户端刷新一次令牌后重放请求即可。',
        response:
          'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api.example.com", error="invalid_token", error_description="The access token expired"\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/token-expired","title":"访问令牌已过期","status":401,"detail":"访问令牌已于 2024-05-03T10:00:00Z 过期，请刷新后重试。"}',
      },
    ],
    linkTitles: ['RFC 6750 §3 WWW-Authenticate 响应头（Bearer 令牌）', 'MDN：401 Unauthorized'],
  },
  402: {
    localReason: '需要付款',
    summary: 'HTTP 规范里只是“保留备用”；实际中 API 用它表示需要付费、充值或升级套餐（如余额不足、欠费）才能继续。',
    meaning: 'RFC 9110 只把 402 保留给将来使用，没有定义任何语义、响应头或响应体格式。实践中它成了“计费问题挡住了请求”的事实信号，具体含义由各个 API 自己定义。',
    whenToUse: [
      '账户预付余额或额度已用完，只有付费才能恢复（需要充值、账单逾期未付）。',
      '请求的功能或资源属于付费套餐，而当前账户没有开通。',
      '支付操作本身因业务原因失败；例如 Stripe 在参数合法但请求失败时（如银行卡被拒）返回 402。',
    ],
    howToRespond: [
      '在文档里写清楚你的 402 代表什么，因为规范没有定义；每种计费原因用单独的 problem type URI。',
      '告诉调用方怎么解除限制：需要哪个套餐或多少金额、去哪里付款。绝不要在响应里带卡号等支付信息。',
      '限流不要用 402（用 429），单纯的权限问题也不要用 402（用 403）。',
    ],
    headers: { 'Content-Type': '使用 application/problem+json，让调用方区分具体的计费原因，并拿到升级或充值链接。' },
    responseBody: '返回 problem+json，写明计费原因（余额耗尽、需要升级套餐、支付被拒）、继续使用需要什么，以及账单页面链接，例如放在 upgradeUrl 这样的扩展字段里。402 没有标准的响应体格式。',
    pitfalls: [
      '没有标准语义：各种 HTTP 库只把 402 当普通 4xx 处理，你的文档就是全部约定。',
      '402 与 403：403 表示调用方无权这样做；402 表示付费之后就可以。如果付钱也改变不了结果，应返回 403。',
      '402 与 429：等一等就能恢复的额度属于限流（429 + Retry-After）；只有付费才能恢复的额度才适合 402。',
      '浏览器和爬虫对 402 没有任何特殊处理，别指望会出现内置的支付流程。',
    ],
    clientFixes: [
      '看响应体里的计费原因，并查阅服务方文档，确认他们的 402 具体指什么。',
      '检查账户：套餐、余额、是否欠费、绑定的银行卡是否过期，以及这个 API Key 是否属于你以为的那个账户。',
      '如果来自支付接口，把 402 当作扣款被拒或失败：展示拒绝原因、请用户换一种支付方式，不要循环重试同一笔扣款。',
      '计费问题解决之后再重试。',
    ],
    examples: [
      {
        title: '预付余额用完',
        note: '402 本身不定义任何内容，所以由响应体说明缺什么、去哪里解决。',
        request:
          'POST /v1/images HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer tok_9f2c1e\nContent-Type: application/json\n\n{"prompt":"黄昏时的灯塔","size":"1024x1024"}',
        response:
          'HTTP/1.1 402 Payment Required\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/credit-exhausted","title":"余额不足","status":402,"detail":"预付余额为 0.00 USD，本次请求需要 0.04 USD。","balance":"0.00","topUpUrl":"https://example.com/billing"}',
      },
    ],
    linkTitles: ['Stripe API：错误（402 Request Failed）', 'MDN：402 Payment Required'],
  },
  403: {
    localReason: '禁止访问',
    summary: '服务器理解请求但拒绝执行：权限不足或被策略拦截，用同样的凭证重试也没用。',
    meaning: '服务器理解了请求，但拒绝执行。如果请求带了凭证，说明服务器认为这些凭证的权限不够，客户端不应用同样的凭证重复请求；拒绝也可能与凭证完全无关。服务器如果想隐藏某个受限资源的存在，也可以改为返回 404。',
    whenToUse: [
      '调用方已通过认证，但缺少所需的角色、权限、资源归属或 OAuth scope。',
      '拒绝原因与身份无关：IP 白名单、地区限制、WAF 或反爬规则、CSRF 校验失败、账号被封禁。',
      '对任何人都不开放的文件或路径，例如 .env、.git 目录，或已关闭的目录列表。',
    ],
    howToRespond: [
      '在安全的前提下说明缺什么（需要的角色或 scope）；不便透露时就给笼统的原因。',
      'Bearer 令牌 scope 不够时，加上 WWW-Authenticate: Bearer error="insufficient_scope" 并注明所需 scope（RFC 6750 §3.1）。',
      '按资源类型决定“是否存在”要不要保密；需要保密就统一返回 404，并始终保持一致。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json，说明缺少哪项权限或是哪条策略拦截了请求。',
      'WWW-Authenticate': 'Bearer 令牌场景下带 error="insufficient_scope" 和 scope 属性，客户端可据此申请权限更大的令牌。',
    },
    responseBody: '返回 problem+json（type、title、status 403、detail），在安全的前提下写明缺少的权限、角色或 scope，否则给出“被策略拦截”之类的笼统原因，并附上请求 ID 便于排查。',
    pitfalls: [
      '403 与 401：401 是凭证缺失或无效（未认证），重新认证可能解决；403 是身份已知但没有权限，换汤不换药地重试会一直失败。',
      '403 与 404：对受限资源，两者都是合规的。GitHub 对你无权查看的私有仓库返回 404；Google AIP-211 则要求先检查权限，无论资源是否存在都返回 403。',
      'Amazon S3 在调用方没有 s3:ListBucket 权限时，对不存在的对象返回 403 AccessDenied 而不是 404，所以那里的 403 可能只是对象键写错了。',
      '403 与 451、429：因法律要求屏蔽应返回 451，限流应返回 429；不过有些 CDN 和 WAF 对被拦截的爬虫或恶意流量直接返回 403。',
    ],
    clientFixes: [
      '不要用同样的凭证重试；先看 detail 里缺的是哪项权限、角色或 scope。',
      '检查令牌的 scope 和角色，以及是否在正确的租户、项目或组织下操作；申请带所需 scope 的令牌，或找管理员开通权限。',
      '如果响应体是 CDN、WAF 或对象存储返回的 HTML 页面，说明请求在到达业务应用之前就被拦了：检查 IP、地区、User-Agent 和请求频率特征。',
      '浏览器里提交表单遇到 403，常见原因是 CSRF 令牌缺失或过期；刷新页面拿新的令牌。',
    ],
    examples: [
      {
        title: '令牌 scope 不足',
        note: '令牌本身有效，所以是 403 而不是 401；换一个 scope 更大的令牌即可。',
        response:
          'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api.example.com", error="insufficient_scope", scope="repo:delete"\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/insufficient-scope","title":"权限范围不足","status":403,"detail":"删除仓库需要 repo:delete 权限，当前令牌只有 repo:read。","requiredScope":"repo:delete"}',
      },
      {
        title: '已认证但无权操作',
        response:
          'HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/forbidden","title":"权限不足","status":403,"detail":"只有组织 acme 的账单管理员才能修改套餐。","instance":"/v1/orgs/acme/billing","requestId":"req_7c41"}',
      },
    ],
    linkTitles: ['RFC 6750 §3.1 错误码（insufficient_scope）', 'Google AIP-211 授权检查', 'MDN：403 Forbidden'],
  },
  404: {
    localReason: '未找到',
    summary: '这个 URL 上的资源不存在，或服务器不愿承认它存在；404 不说明这是暂时的还是永久的。',
    meaning: '源服务器没有找到目标资源的当前表示，或者不愿透露它是否存在。404 不说明资源缺失是暂时的还是永久的；如果服务器知道是永久删除，应优先使用 410。除非响应头另有规定，404 默认可被启发式缓存。',
    whenToUse: [
      '路径匹配不到任何路由，或路由匹配上了但该 ID 的数据不存在。',
      '资源存在，但不能让调用方知道（其他租户的数据、私有仓库），此时用 404 代替 403。',
      '已删除、未发布或仍可恢复的数据，对当前调用方应表现为不存在。',
    ],
    howToRespond: [
      '返回真正的 404 状态码，不要返回 200 加一个“页面不存在”：这种“软 404”会误导客户端、监控和搜索引擎。',
      '说明没找到的是什么（资源类型和 ID），但不要泄露数据；“路由不存在”和“记录不存在”用不同的 problem type 区分。',
      '资源可能很快就会出现时，显式设置 Cache-Control（较短的 max-age 或 no-store），因为 404 默认可被启发式缓存。',
    ],
    headers: {
      'Content-Type': 'API 用 application/problem+json，网站用 text/html 返回一个有引导作用的页面。',
      'Cache-Control': '控制缓存和 CDN 把这次“未找到”保留多久；不设置的话，它们可能按启发式规则自行决定。',
    },
    responseBody:
      '返回 problem+json（type、title、status 404、detail、instance），写明没找到的资源类型和标识；网站则返回带导航或搜索的 HTML 页面。搜索结果为空不是 404：应返回 200 和空列表。',
    pitfalls: [
      '404 与 410：410 表示资源被有意、永久地删除；404 不做这种承诺。拿不准就用 404。',
      '404 与 405：路径存在但不支持这个方法，应返回 405 并带 Allow。很多按“路径 + 方法”路由的框架在这里直接回 404，掩盖了真正的问题。',
      '404 与 403：用 404 隐藏受限资源是允许的，但“不存在”和“无权限”的响应必须完全一致，否则差异本身就泄露了资源是否存在。',
      '404 与 200 空列表：筛选或搜索没有匹配结果属于成功；返回 404 会让客户端以为 URL 写错了。',
      '缓存和 CDN 可能把 404 保留一段时间，所以刚创建的数据可能在缓存的 404 过期前一直“不存在”。',
    ],
    clientFixes: [
      '逐项核对完整 URL：基础路径和 API 版本、末尾斜杠、大小写、ID 的 URL 编码，以及环境（测试还是生产）。',
      '确认这个 ID 在你的账户或租户下确实存在；404 也可能意味着“不是你的”，而不是“不存在”。',
      '刚创建完就查询得到 404，可能是最终一致性或缓存了之前的未命中；先退避重试几次，再当作真的不存在。',
      '单页应用刷新深层链接时报 404，说明服务器没有把前端路由回退（fallback）到 index.html，需要配置 Nginx 的 try_files 之类的规则。',
      '重试 DELETE 时收到 404，通常说明第一次其实已经删除成功了。',
    ],
    examples: [
      {
        title: 'ID 不存在',
        response:
          'HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/not-found","title":"客户不存在","status":404,"detail":"当前账户下不存在 ID 为 cus_9999 的客户。","instance":"/v1/customers/cus_9999"}',
      },
      {
        title: '接口路径不存在',
        note: '用单独的 problem type，调用方就能区分“URL 写错了”和“数据不存在”。',
        response:
          'HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/no-such-route","title":"接口不存在","status":404,"detail":"GET /v2/customer/42 没有匹配的路由，是否想访问 /v2/customers/42？"}',
      },
    ],
    linkTitles: ['RFC 9111 §4.2.2 启发式新鲜度计算', 'MDN：404 Not Found'],
  },
  405: {
    localReason: '方法不允许',
    summary: '这个 URL 存在，但不支持当前的 HTTP 请求方法；Allow 响应头会列出支持的方法。',
    meaning: '请求行中的方法源服务器认识，但目标资源不支持。服务器必须返回 Allow 响应头，列出该资源当前支持的方法。405 默认可被启发式缓存。',
    whenToUse: ['对不支持该方法的资源使用了已知方法：对集合执行 DELETE、对只读资源执行 PUT、向静态文件 POST。', '该资源上的某个方法被配置临时关闭；此时 Allow 可以为空。'],
    howToRespond: [
      '始终带上 Allow，列出支持的方法，例如 Allow: GET, HEAD, OPTIONS。',
      '让 OPTIONS 正常响应（或交给 CORS 中间件处理），避免浏览器预检请求因 405 失败。',
      '如果服务器对任何资源都不支持这个方法，应返回 501。',
    ],
    headers: {
      Allow: 'RFC 9110 规定 405 必须带 Allow：列出目标资源当前支持的方法。值为空表示当前不允许任何方法。',
      'Content-Type': '使用 application/problem+json，写明收到的方法和允许的方法。',
    },
    responseBody: '简短的 problem+json，写明收到的方法和允许的方法（与 Allow 一致）。客户端程序依据的是 Allow 响应头，响应体是给人看的。',
    pitfalls: [
      '405 与 501：405 表示服务器认识这个方法，但该资源不支持；501 表示服务器根本不支持这个方法。',
      '405 与 404：按“路径 + 方法”路由的框架常对方法不匹配返回 404；正确做法是返回 405 并带 Allow。',
      '405 与 403：资源支持该方法、只是当前调用方无权使用，应返回 403。',
      'Nginx 对静态文件的 POST 请求会返回“405 Not Allowed”；这通常说明请求根本没到后端应用，是 location 或 proxy_pass 配置不对。',
      'OPTIONS 返回 405 会导致 CORS 预检失败，浏览器控制台显示的是跨域错误，而不是 405。',
    ],
    clientFixes: [
      '看 Allow 响应头，改用其中列出的方法，例如用 PATCH 代替 PUT。',
      '核对 URL：单个资源还是集合（/users/42 与 /users），以及末尾斜杠。',
      '检查是否经过了重定向：遇到 301 或 302 时，很多客户端会把 POST 改成 GET 重发，目标地址可能因此返回 405。直接请求最终地址，或让服务端改用 307/308。',
      '如果是 Nginx 或静态托管返回的，修改路由或反向代理配置；同一个方法重试没有用。',
    ],
    examples: [
      {
        title: '对集合执行 DELETE',
        response:
          'HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD, POST, OPTIONS\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/method-not-allowed","title":"请求方法不支持","status":405,"detail":"/v1/users 不支持 DELETE。删除单个用户请用 DELETE /v1/users/{id}。","allowed":["GET","HEAD","POST","OPTIONS"]}',
      },
    ],
    linkTitles: ['MDN：405 Method Not Allowed'],
  },
  406: {
    localReason: '不可接受',
    summary: '服务器没有符合 Accept 系列请求头（格式、语言、编码）的内容，也不愿退而返回默认格式。',
    meaning:
      '根据客户端发送的主动协商请求头（Accept、Accept-Language、Accept-Encoding、Accept-Charset），目标资源没有客户端可接受的当前表示，而服务器又不愿返回默认表示。服务器应列出可用的表示，供客户端选择。RFC 9110 同样允许服务器忽略这些请求头、直接返回默认表示，这通常对调用方更友好。',
    whenToUse: [
      '客户端只接受你无法生成的格式（例如只有 Accept: application/xml、没有 */*），返回 JSON 反而会让它出错。',
      '请求的带版本号的自定义媒体类型已不再提供，例如 application/vnd.example.v1+json。',
      '面向浏览器时很少需要：返回默认表示通常比 406 更好。',
    ],
    howToRespond: [
      '在响应体里列出能提供的格式（媒体类型、语言），最好附上各个版本的链接。',
      '考虑忽略 Accept、直接返回默认格式；RFC 9110 允许这样做，多数客户端处理起来也比 406 顺畅。',
      '内容协商成功的响应要带 Vary: Accept（或实际参与协商的请求头），让缓存区分不同的变体。',
    ],
    headers: {
      'Content-Type': '错误信息总得用某种格式表达：即使不在客户端的 Accept 列表里，用 problem+json 或纯文本也没问题。',
      Vary: '响应取决于 Accept（或 Accept-Language 等）时带上，避免共享缓存把这个 406 返回给请求了其他格式的客户端。',
    },
    responseBody: '返回 problem+json 或简短文本，列出可用的表示，例如扩展字段 available: ["application/json", "text/csv"]。',
    pitfalls: [
      '406 与 415：406 针对客户端想要的响应格式（Accept）；415 针对客户端发送的请求体格式（Content-Type）。',
      'Spring MVC 在没有消息转换器能输出所请求的类型时抛出 HttpMediaTypeNotAcceptableException（406），连错误响应本身无法按该类型输出时也会如此。',
      '一些 Web 应用防火墙（尤其是虚拟主机上的 ModSecurity）在规则拦截请求时返回 406，其实与内容协商毫无关系。',
      '压缩很少是原因：除非客户端用 identity;q=0 明确排除，否则不压缩的 identity 编码始终可接受。',
    ],
    clientFixes: [
      '检查 Accept 请求头：发送文档规定的类型（通常是 application/json），或加上 */*;q=0.1 兜底。',
      '检查 Accept-Language 和带版本号的媒体类型；服务方可能已下线你请求的版本。',
      '如果请求根本不涉及内容协商，怀疑是 WAF 规则拦截，排查 URL 或请求体中可能触发规则的内容。',
      '不要原样重试；先改 Accept 系列请求头。',
    ],
    examples: [
      {
        title: '向只支持 JSON 的接口请求 XML',
        note: '改发 Accept: application/json 或 text/csv，或者加上 */*，即可解决。',
        response:
          'HTTP/1.1 406 Not Acceptable\nContent-Type: application/problem+json\nVary: Accept\n\n{"type":"https://api.example.com/problems/not-acceptable","title":"没有可接受的表示","status":406,"detail":"报表 7 只提供 JSON 和 CSV 格式，不提供 XML。","available":["application/json","text/csv"]}',
      },
    ],
    linkTitles: ['MDN：406 Not Acceptable'],
  },
  407: {
    localReason: '需要代理认证',
    summary: '你和目标服务器之间的代理要求先向它认证（Proxy-Authorization），之后才会转发请求。',
    meaning:
      '与 401 类似，但表示客户端需要先向代理认证，才能通过该代理发送这个请求。代理必须返回 Proxy-Authenticate 响应头，给出适用于该代理的质询；客户端可以带上新的 Proxy-Authorization 请求头重试。',
    whenToUse: [
      '正向代理（公司出口代理、Squid、需要认证的上游代理）在转发请求或建立 CONNECT 隧道之前要求提供凭证。',
      '客户端带了 Proxy-Authorization，但凭证错误、已过期，或使用了代理不接受的认证方案。',
      '只有代理才会返回 407；源站需要认证时用 401。',
    ],
    howToRespond: [
      '返回 Proxy-Authenticate，写明认证方案和 realm，例如 Proxy-Authenticate: Basic realm="corp-proxy"。',
      'HTTPS 流量要在 CONNECT 请求这一步就返回 407；隧道建立之前看不到里面的任何内容。',
      '提供客户端支持的认证方案（Windows 域环境用 Negotiate/Kerberos，Basic 只在可信链路上用），注意 Basic 只是把密码做了 base64 编码，并没有加密。',
    ],
    headers: {
      'Proxy-Authenticate': 'RFC 9110 规定 407 必须带它：至少一个适用于该代理的质询（Basic、Negotiate、Digest…）。',
      'Content-Type': '代理一般返回一段简短的文本或 HTML 页面；客户端依据的是 Proxy-Authenticate，而不是响应体。',
    },
    responseBody: '一段简短的文本、HTML 或 problem+json，说明代理需要认证以及去哪里获取凭证。客户端和各种工具依据的是 Proxy-Authenticate 响应头。',
    pitfalls: [
      '407 与 401：407 来自代理，用 Proxy-Authenticate/Proxy-Authorization；401 来自源站，用 WWW-Authenticate/Authorization。两组请求头用混了就会失败。',
      'Proxy-Authorization 由第一个要求认证的代理消费掉，不会转发给源站，所以不能用它传 API 凭证。',
      '407 与 511：511 Network Authentication Required 来自强制门户（酒店、机场 Wi-Fi 的登录页），要求的是网络登录，而不是配置好的代理。',
      '命令行工具会读取 HTTP_PROXY、HTTPS_PROXY、NO_PROXY 环境变量；CI 环境里残留的过期代理配置，是莫名出现 407 的常见原因。',
    ],
    clientFixes: [
      '为客户端配置代理凭证，例如 HTTPS_PROXY=http://user:pass@proxy.corp:8080（密码中的特殊字符要做 URL 编码），或使用工具自身的设置（npm 的 proxy 配置、git 的 http.proxy、pip --proxy）。',
      '看 Proxy-Authenticate 要求的认证方案：NTLM 或 Negotiate 代理需要支持该方案的客户端，或在本地加一层辅助代理。',
      '不应走代理的目标地址（内网服务）加入 NO_PROXY。',
      '凭证配置好之后再重试；不带凭证重复请求只会一直得到 407。',
    ],
    examples: [
      {
        title: '通过公司代理建立 CONNECT 隧道',
        note: '带上 Proxy-Authorization: Basic <凭证> 重新发送 CONNECT，隧道即可建立。',
        response:
          'HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm="corp-proxy"\nContent-Type: text/plain; charset=utf-8\n\n需要代理认证，请使用公司账号登录。',
      },
    ],
    linkTitles: ['MDN：407 Proxy Authentication Required'],
  },
  408: {
    localReason: '请求超时',
    summary: '服务器等不到完整的请求，超时后关闭连接；换一个新连接重新发送即可。',
    meaning: '服务器在愿意等待的时间内没有收到完整的请求报文。仍有请求在传输中的客户端可以重发；由于服务器返回 408 后通常会关闭连接，重试要走新连接。有些服务器还会在从未开始发送请求的空闲长连接（keep-alive）上发送 408。',
    whenToUse: [
      '请求头或请求体传得太慢或中途停了：上传过慢、移动网络卡住、slowloris 类慢速攻击。',
      '长连接或预连接在请求开始之前空闲超过了服务器的超时时间。',
      '不适用于服务端自己处理慢：业务应用或上游服务慢，应返回 503 或 504。',
    ],
    howToRespond: [
      '发送 Connection: close 并关闭连接；在 HTTP/1.1 中此时请求边界已经乱了。',
      '按路由调整超时：大文件上传需要比普通 JSON 接口更长的请求体超时（Nginx 中由 client_header_timeout 和 client_body_timeout 触发 408）。',
      '响应体尽量小或干脆不带；客户端可能根本不会读。',
    ],
    headers: {
      Connection:
        '值为 close，表示服务器放弃这个 HTTP/1.1 连接。RFC 7231 §6.5.7 曾规定应当（SHOULD）发送；RFC 9110 §15.5.9 已不再提这个头，但发送它仍是好习惯。HTTP/2 和 HTTP/3 不使用这个响应头。',
      'Content-Type': '只在带响应体时需要：text/plain 或 application/problem+json。',
    },
    responseBody: '可选，且应尽量简短：一行文字或一个 problem+json，说明请求没有按时收完。很多服务器直接关闭连接，不带响应体。',
    pitfalls: [
      '408 与 504：408 是服务器在等客户端；504 是网关在等上游服务器。看是谁慢。',
      '408 与 499：499 是 Nginx 记录的“客户端先放弃并关闭了连接”；408 是服务器放弃等待客户端。',
      '有些框架和网关在自身处理超时时错误地返回 408。那其实属于 503/504，自动重试可能把已经执行过的操作再执行一遍（非幂等接口尤其危险）。',
      '浏览器在复用连接上收到 408 时可能会静默重试，所以服务器日志里的 408 用户未必察觉到。',
    ],
    clientFixes: [
      '换新连接重试：服务器没有收完请求，也就没有处理它。非幂等请求要先确认 408 确实来自服务器接收阶段，或者带上 Idempotency-Key 保证幂等。',
      '检查请求体与声明是否一致：Content-Length 比实际发送的字节数大，服务器就会一直等到超时。',
      '大文件上传时检查网络吞吐，改用断点续传或分片上传，或请服务方调大超时。',
      '让连接池的空闲超时小于服务器的 keep-alive 超时，避免复用服务器即将关闭的连接。',
    ],
    examples: [
      {
        title: '上传中途卡住',
        note: '客户端声明了 5 MB 却中途停止发送；服务器返回 408 并关闭连接。',
        request:
          'POST /v1/uploads HTTP/1.1\nHost: files.example.com\nContent-Type: application/octet-stream\nContent-Length: 5242880\n\n（发送约 1 MB 数据后中断）',
        response:
          'HTTP/1.1 408 Request Timeout\nConnection: close\nContent-Type: application/problem+json\n\n{"type":"about:blank","title":"请求超时","status":408,"detail":"60 秒内未收到完整的请求体。"}',
      },
    ],
    linkTitles: ['RFC 9112 §9.5 故障与超时', 'Nginx：client_body_timeout', 'MDN：408 Request Timeout'],
  },
  409: {
    localReason: '冲突',
    summary: '请求与资源当前状态冲突（数据重复、并发编辑冲突、被锁定或状态不允许）；先解决冲突再重新提交。',
    meaning:
      '请求与目标资源的当前状态冲突，因此无法完成；这种冲突通常是用户有能力解决、解决后可以重新提交的。服务器应返回足够的信息，让用户看清冲突的来源。RFC 9110 认为冲突最常出现在 PUT 上：带版本控制的更新与第三方先前的修改相冲突，此时响应体可以帮助合并差异。',
    whenToUse: [
      '数据重复：创建操作会违反唯一性约束（用户名、SKU、slug 或外部 ID 重复）。',
      '并发编辑冲突：客户端把自己编辑时的版本号放在请求体里（而不是 If-Match），而服务端数据在此期间已被改过；Kubernetes（resourceVersion）和 CouchDB（_rev）都是这样返回 409 的。',
      '被锁定或正在处理：记录被其他用户签出编辑，或使用同一 Idempotency-Key 的上一个请求还在处理中。',
      '状态不允许：资源所处的状态不允许该操作，比如取消已发货的订单、删除非空文件夹。',
    ],
    howToRespond: [
      '说清冲突来源：哪个字段的哪个值重复、客户端提交的版本与当前版本、锁的持有者，或资源的当前状态。',
      '给出解决路径：已存在资源的链接、当前版本号或 ETag（或当前资源内容）、允许的后续操作，或锁何时释放。',
      '不要改动资源：返回 409 后，客户端必须能重新读取并自行决定下一步。',
      '如果客户端发送了 If-Match 或 If-Unmodified-Since 且校验失败，应返回 412 而不是 409；想强制所有写操作都带条件，就用 428 拒绝不带条件的请求。',
    ],
    headers: {
      'Content-Type': '使用 application/problem+json，并为每类冲突定义固定的 type，客户端据此区分重复、编辑冲突、锁定，而不必解析文字。',
      ETag: '资源当前的实体标签，客户端可据此重新读取，或用 If-Match 基于最新版本重试。版本号也请同时放进响应体：RFC 9110 把 ETag 绑定在“选定的表示”上，用在错误响应里含义不够明确。',
      'Retry-After': '仅用于短暂的冲突，例如锁即将过期，或同一 Idempotency-Key 的请求仍在处理中，用来告诉客户端多久后再试。',
    },
    responseBody:
      '返回 problem+json：按冲突类型设置 type（如 …/duplicate、…/version-conflict、…/locked、…/invalid-state），加上 title、status 409、detail、instance，以及客户端可以直接使用的字段：冲突字段、已存在资源的 URL、yourVersion 与 currentVersion、锁持有者和过期时间，或当前状态与允许的操作。不要带出调用方无权看到的数据。',
    pitfalls: [
      '409 与 412、428：客户端用了 If-Match 或 If-Unmodified-Since，条件不满足应返回 412（RFC 9110 §13.1.1）；服务器要求带条件而请求没带，返回 428（RFC 6585）。409 用于不靠这些请求头发现的冲突，比如请求体里的版本号字段（乐观锁）。',
      '409 与 422、400：400 是请求无法解析，422 是格式正确但内容本身不合法，409 是内容合法却与当前存储的数据冲突。判断方法：同一个请求换一种服务端状态能否成功？能，就是 409。',
      '409 与 423、303：WebDAV 对显式加锁的资源用 423 Locked；Zalando 规范同样把悲观锁对应到 423，把并发的冲突更新对应到 409。对于要创建的资源已存在的 POST，RFC 9110 也允许返回 303 See Other 指向已有资源。',
      '各家规范对“状态冲突”的处理不同：Google AIP-193 把 ALREADY_EXISTS 和 ABORTED（并发失败）映射为 409，把 FAILED_PRECONDITION（状态不对，如文件夹非空）映射为 400；Haufe 则凡是资源状态不允许请求都用 409。选定一种规则并写进文档。',
      '注册接口返回 409 提示“邮箱已注册”，等于让任何人都能枚举账号；敏感接口应统一响应，改为发邮件通知账号所有者。',
    ],
    clientFixes: [
      '先看响应体：它应说明是数据重复、版本过期、被锁定还是状态不允许。原样重发只会再次失败。',
      '数据重复：按唯一键查出已有资源，直接使用或更新它，或者换一个标识；如果是你自己之前的重试创建的，就当作成功处理。',
      '编辑冲突：GET 最新版本，合并自己的修改（或交给用户决定），再用新的版本号或 ETag 重新提交。只有能安全自动合并的修改才做自动重试，并限制重试次数。',
      '被锁定或状态不允许：等锁释放或进行中的请求结束（遵循 Retry-After），或先完成缺失的步骤，比如先清空文件夹。',
      '今后防止更新丢失：带上最近一次 GET 拿到的 ETag 发送 If-Match，服务器就会返回 412，而不会覆盖其他客户端的修改。',
    ],
    examples: [
      {
        title: '数据重复：SKU 已存在',
        note: '给出已有商品的链接，客户端可以改为更新它，而不是再建一个。',
        request:
          'POST /v1/products HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"sku":"TSHIRT-RED-M","name":"T恤 红色 M码","price":"19.90"}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/duplicate","title":"商品已存在","status":409,"detail":"SKU 为 TSHIRT-RED-M 的商品已存在。","instance":"/v1/products","conflictingField":"sku","existing":"/v1/products/8841"}',
      },
      {
        title: '编辑冲突：请求体中的版本号已过期',
        note: '如果客户端用的是 If-Match: "7" 而不是版本号字段，正确的响应应是 412 Precondition Failed。',
        request:
          'PUT /v1/articles/42 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"version":7,"title":"2.1 版本发布说明","body":"修复了登录问题。"}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\nETag: "8"\n\n{"type":"https://api.example.com/problems/version-conflict","title":"编辑冲突","status":409,"detail":"你编辑的是第 7 版，但其他用户已于 UTC 10:42 保存了第 8 版。请刷新、合并后重新保存。","instance":"/v1/articles/42","yourVersion":7,"currentVersion":8}',
      },
      {
        title: '被其他用户锁定',
        note: 'WebDAV 服务器在这里会返回 423 Locked；普通 JSON API 通常用 409。',
        request:
          'PATCH /v1/documents/77 HTTP/1.1\nHost: api.example.com\nContent-Type: application/merge-patch+json\n\n{"title":"第三季度预算（定稿）"}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\nRetry-After: 300\n\n{"type":"https://api.example.com/problems/locked","title":"文档正在被编辑","status":409,"detail":"文档 77 已被其他用户签出编辑，锁定到 UTC 14:05。","instance":"/v1/documents/77","lockExpires":"2024-05-03T14:05:00Z"}',
      },
      {
        title: '状态不允许：订单已发货',
        note: '按 Google AIP-193，这属于 FAILED_PRECONDITION，应返回 400；但很多其他 API 用 409。',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{"type":"https://shop.example.com/problems/invalid-state","title":"订单无法取消","status":409,"detail":"订单 1093 已于 2024-05-03 发货，已发货订单只能申请退货。","instance":"/v1/orders/1093/cancel","currentState":"shipped","allowedActions":["return"]}',
      },
    ],
    linkTitles: ['Google AIP-193 错误处理', 'Zalando RESTful API 规范：HTTP 状态码', 'MDN：409 Conflict'],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
