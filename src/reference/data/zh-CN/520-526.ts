import type { StatusCode, StatusProse } from '../../types';

/** Simplified Chinese prose of 520-526's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/520-526.ts. */
const prose = {
  520: {
    localReason: 'Web 服务器返回未知错误',
    origin: 'Cloudflare：由 Cloudflare 边缘节点生成，而不是源站；源站回的内容为空、格式错误或无法识别时返回。未在 IANA 注册。',
    summary: 'Cloudflare 连上了源站，但源站回的是空响应、格式错误的内容，或者根本不是能转发的 HTTP 响应（未知错误）。',
    meaning:
      'Cloudflare 的“兜底”错误码：回源连接建立成功，但源站返回了空的、未知的或不符合预期的响应，边缘节点没有可以转发的有效内容。Cloudflare 列出的常见原因有：源站进程在处理请求时崩溃或重置连接、响应缺少状态行或响应头、响应头过大（多半是 Cookie 太多），以及源站的 HTTP/2 配置有问题。',
    whenToUse: [
      '自己的应用永远不要返回 520：它只由 Cloudflare 边缘节点生成，用来描述源站的“坏响应”。',
      '源站在响应完整发出之前关闭或重置了连接、完全没有响应头，或者响应头超出 Cloudflare 的大小限制时，Cloudflare 会返回 520。',
      '源站通过 ALPN 声明支持 HTTP/2 却没有正确实现，或者源站的防火墙、安全插件在连接中途把 Cloudflare 掐断，也会出现 520。',
    ],
    howToRespond: [
      '用 CF-RAY 和时间点去对源站日志（Web 服务器、PHP-FPM 或应用服务器、负载均衡），找出崩溃、连接重置或被拦截的响应。',
      '绕过 Cloudflare 直连源站复现（curl -v --connect-to example.com:443:源站IP:443 https://example.com/path），查看原始响应。',
      '确保所有错误分支都返回正规的 HTTP 状态码和响应头，精简过大的响应头和 Cookie；源站 HTTP/2 有问题时，在 Cloudflare 里关闭“HTTP/2 到源站”。',
    ],
    headers: {
      'CF-RAY': 'Cloudflare 给每个响应加的 Ray ID；站长或 Cloudflare 支持要靠它和时间点在日志里定位这次请求。',
      Server: 'Server: cloudflare 表明错误页是 Cloudflare 边缘节点生成的，不是源站。',
      'Content-Type': '默认错误页是 text/html；API 域名可以用 Cloudflare 自定义错误规则改为返回 application/problem+json。',
    },
    responseBody:
      '默认是 Cloudflare 自己的 HTML 错误页（“520: Web server is returning an unknown error”、Ray ID、给访客和站长的提示），不是源站写的内容。付费套餐的 API 站长可以配置自定义错误规则，让 Cloudflare 改为返回 JSON，例如带 status 520 和重试提示的 problem+json。',
    pitfalls: [
      '520 与 502：如果是源站自己的反向代理（nginx、负载均衡）返回 502，Cloudflare 会原样透传这个 502；520 说明源站的回复为空或无法解析，排查要从源站最靠近 Cloudflare 的那一层开始。',
      '520 与 521/522/524：后几个表示连不上或没按时回复；520 是连上了、也回了东西，只是不能用，所以源站日志里通常能找到线索。',
      '时有时无的 520，常见原因是源站防火墙或限流拦了部分 Cloudflare IP，或者源站关闭了空闲的 keep-alive 连接，而 Cloudflare 还在复用它。',
      '520 没有任何 RFC 定义，而 RFC 9110 §15 要求客户端把不认识的状态码当作同类的 x00 处理，所以通用客户端只会看到一个普通的 500，只对 502/503/504 重试的策略会漏掉它。',
      '响应体是 Cloudflare 的 HTML，不是你的 API 的 JSON：把所有错误响应体都当 JSON 解析的客户端会直接报错。',
    ],
    clientFixes: [
      '用指数退避加随机抖动重试几次，但只对幂等请求或带 Idempotency-Key 的请求重试：源站可能已经处理了请求，只是回复出了问题。',
      '如果只有某个请求每次都失败、别的请求正常，就要怀疑请求本身：Cookie 或请求头过大，或者某种请求体让处理逻辑崩溃。',
      '记下 CF-RAY 和时间点交给站长；源站那边的情况只有站长能看到。',
      '按状态码和 Content-Type 分支处理，不要直接把响应体当 JSON 解析，给用户展示一条中性的“服务异常”提示即可。',
    ],
    examples: [
      {
        title: '源站在回复时崩溃',
        note: 'PHP-FPM 进程在处理请求时挂掉了，同一秒的源站错误日志里能看到崩溃记录。',
        response:
          'HTTP/1.1 520 Web Server Returned an Unknown Error\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2a6c1e9b3d4a10-FRA\n\n<!DOCTYPE html><html><head><title>api.example.com | 520: Web 服务器返回未知错误</title></head><body>... 错误代码 520 ... Cloudflare Ray ID: 8f2a6c1e9b3d4a10 ...</body></html>',
      },
    ],
    linkTitles: ['Cloudflare：Error 520', 'Cloudflare：Custom Errors（自定义错误）'],
  },
  521: {
    localReason: 'Web 服务器已关闭',
    origin: 'Cloudflare：源站拒绝了 Cloudflare 的回源连接时，由 Cloudflare 边缘节点生成。未在 IANA 注册。',
    summary: 'Cloudflare 回源时连接被拒绝：源站 Web 服务器宕机、没在监听，或者防火墙拦截了 Cloudflare。',
    meaning:
      'Cloudflare 专有：源站主动拒绝了来自 Cloudflare 边缘节点的 TCP 连接。可能是 Cloudflare 要连的端口（取决于 SSL/TLS 模式，80 或 443）上没有服务在监听，Web 服务器已停止或崩溃，或者源站的防火墙、安全软件拒绝了 Cloudflare 的 IP。',
    whenToUse: [
      '自己的应用永远不要返回它：Cloudflare 边缘节点在回源连接被拒绝时才发出 521。',
      '常见触发：Web 服务器停了、崩了或正在重启；源站只监听 80 端口，而 SSL/TLS 模式是“完全”或“完全（严格）”，Cloudflare 要连的是 443。',
      'iptables、主机防火墙、入侵防护工具或安全插件拦截或限流了 Cloudflare 的 IP 段，也会导致 521。',
    ],
    howToRespond: [
      '确认 Web 服务器在运行并监听正确的端口（ss -ltnp），并在日志里排查崩溃、OOM 被杀和反复重启。',
      '在源站前面的所有防火墙和安全工具里放行 Cloudflare 的全部 IP 段（cloudflare.com/ips），并把它们排除在连接数限流之外。',
      '让 SSL/TLS 模式和源站实际提供的服务一致：“灵活”模式回源走 80，“完全”和“完全（严格）”走 443，且源站要有证书。',
    ],
    headers: {
      'CF-RAY': '失败请求的 Ray ID；反馈故障时连同时间点一起提供。',
      Server: 'Server: cloudflare 说明响应来自 Cloudflare 边缘节点，源站根本没收到请求。',
      'Content-Type': '默认错误页是 text/html；API 域名可以用自定义错误规则返回 application/problem+json。',
    },
    responseBody:
      '默认是 Cloudflare 的 HTML 错误页（“521: Web server is down”）和 Ray ID；若站点配置了自定义错误规则，API 域名应返回 JSON，例如一份说明服务暂不可用、请稍后重试的 problem+json。',
    pitfalls: [
      '521 与 522：521 是主动拒绝，很快就返回；522 是一直没有回应、等到超时才返回。被拒绝说明服务停了或防火墙在拒绝，没回应则多半是丢包、过载或 IP 配错了。',
      '521 与 523：523 是 Cloudflare 根本路由不到源站地址；521 是到达了源站主机，但对方拒绝连接。',
      '521 与 503：503 是源站自己写的（服务在线，但过载或在维护）；521 时和源站之间没有发生任何 HTTP 交互。',
      '出现 521 时源站访问日志里什么都没有，因为请求根本没到；要去看服务状态和防火墙日志。',
      'Cloudflare 偶尔会新增 IP 段；手工维护的白名单漏了新网段，就会出现只有部分流量报 521 的情况。',
    ],
    clientFixes: [
      '等一会儿再用指数退避重试：请求没有到达源站，即使是 POST 重发也安全。',
      '持续几分钟以上说明站点宕机了：查看服务方的状态页，并把 CF-RAY 和时间点反馈给对方。',
      '如果站点是你的，从 Cloudflare 之外测试源站：curl -v --connect-to example.com:443:源站IP:443 https://example.com/ 应该能连上。',
      '给用户展示“服务暂不可用，请稍后重试”，不要把 Cloudflare 的原始 HTML 页面直接抛出来。',
    ],
    examples: [
      {
        title: 'API 源站宕机，自定义错误规则返回 JSON',
        note: '这段 JSON 来自 Cloudflare 自定义错误规则；没有配置的话，客户端拿到的是 HTML 的“Web server is down”页面。',
        response:
          'HTTP/1.1 521 Web Server Is Down\nContent-Type: application/problem+json\nServer: cloudflare\nCF-RAY: 8f2a7d03c4e1b922-AMS\n\n{"type":"https://api.example.com/problems/origin-down","title":"服务暂不可用","status":521,"detail":"API 服务器当前不接受连接，订单没有提交成功，请几分钟后重试。"}',
      },
    ],
    linkTitles: ['Cloudflare：Error 521', 'Cloudflare IP 段列表', 'Cloudflare：SSL/TLS 加密模式'],
  },
  522: {
    localReason: '连接超时',
    origin: 'Cloudflare：回源连接超时时由 Cloudflare 边缘节点生成。未在 IANA 注册。',
    summary: 'Cloudflare 回源连接超时：TCP 握手没有回应，或者源站迟迟不确认收到请求。',
    meaning:
      'Cloudflare 专有：边缘节点在连接源站时超时。要么源站没有在握手时限内（Cloudflare 现行文档写的是 19 秒）对 SYN 回 SYN+ACK，要么连接建立后 90 秒内没有对请求回 ACK。数据包是被丢弃而不是被拒绝，常见原因是防火墙、源站过载，或者 DNS 记录指向了错误的 IP。',
    whenToUse: [
      '自己的应用永远不要返回它：Cloudflare 边缘节点在回源连接超时时才发出 522。',
      '常见触发：防火墙悄悄丢弃 Cloudflare IP 段的包（Cloudflare 说这是最常见的原因）、源站过载到无法接受新连接，或者 A/AAAA 记录还是过时的 IP。',
      '另外还有：源站关闭了 keep-alive、链路丢包，以及绑定自定义域名的 Worker 去 fetch 自己的主机名。',
    ],
    howToRespond: [
      '核对开启代理（橙色云朵）的 A/AAAA 记录，确认指向的是源站当前真实的 IP。',
      '在防火墙和 iptables 里放行 Cloudflare 全部 IP 段，把它们排除在连接数限流之外；要限制访客，用 Cloudflare WAF 规则，别在源站按 IP 拦。',
      '检查源站负载（CPU、连接积压、SYN 队列）并开启 keep-alive；问题持续时，从源站对 Cloudflare IP 做 MTR 或 traceroute，交给主机商排查。',
    ],
    headers: {
      'CF-RAY': '超时请求的 Ray ID；站长需要它、时间点以及后缀里的 Cloudflare 数据中心代码（如 -FRA）。',
      Server: 'Server: cloudflare 表明这是 Cloudflare 自己的错误，源站没有返回任何 HTTP 响应。',
      'Content-Type': '默认错误页是 text/html；API 域名可以用自定义错误规则返回 application/problem+json。',
    },
    responseBody:
      '默认是 Cloudflare 的 HTML 错误页（“522: Connection timed out”、Ray ID、标出哪一段出问题的示意图）；API 站长也可以用自定义错误规则返回 JSON，最好是提示客户端稍后重试的 problem+json。',
    pitfalls: [
      '522 与 521：521 是很快被拒绝；522 要等很久、完全没有回应才返回。',
      '522 与 524：522 出在建立连接阶段（握手或请求 ACK）；524 是源站已经接收了请求，但在读取超时内没给出 HTTP 响应。',
      '522 与 504：Cloudflare 自己的回源连接超时报 522；经过 Cloudflare 看到的 504 通常来自源站侧的网关（比如 nginx 等上游超时），是被透传过来的。',
      '很多重试策略（curl 的 --retry 多年来也是如此）只把 408、429、500、502、503、504 当作临时错误，不手动加上的话不会重试 522。',
    ],
    clientFixes: [
      '等一会儿用指数退避重试；如果是 ACK 超时那种情况，请求其实已经发出，非幂等调用要带上 Idempotency-Key 防止重复执行。',
      '把 520–524 加进重试策略的临时状态码列表，多数库默认不认识它们。',
      '问题持续就把 CF-RAY 和时间点反馈给站长；如果站点是你的，用 curl -v --connect-to 从外部直连源站 IP 测试。',
    ],
    examples: [
      {
        title: '防火墙丢弃了 Cloudflare 的流量',
        note: '请求发出约 19 秒后才返回；源站防火墙白名单里缺了 SIN 数据中心使用的 Cloudflare 网段。',
        response:
          'HTTP/1.1 522 Connection Timed Out\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2a81b7e05c3f61-SIN\n\n<!DOCTYPE html><html><head><title>api.example.com | 522: 连接超时</title></head><body>... 错误代码 522 ... Cloudflare Ray ID: 8f2a81b7e05c3f61 ...</body></html>',
      },
    ],
    linkTitles: ['Cloudflare：Error 522', 'Cloudflare：连接限制（Connection limits）', 'Cloudflare IP 段列表'],
  },
  523: {
    localReason: '源站不可达',
    origin: 'Cloudflare：完全无法到达源站地址时由 Cloudflare 边缘节点生成。未在 IANA 注册。',
    summary: 'Cloudflare 完全连不到源站：没有通往源站 IP 的网络路由，或者 DNS 记录指向了不可达的地址。',
    meaning:
      'Cloudflare 专有：源站地址不可达，边缘节点无法联系源站。Cloudflare 的解释是 Cloudflare 和源站之间的某个网络设备没有通往源站 IP 的路由，问题通常出在路由上，或者开启代理的 DNS 记录里填了错误的、不可路由的地址。',
    whenToUse: [
      '自己的应用永远不要返回它：Cloudflare 在路由不到源站 IP 时才发出 523。',
      '常见触发：Cloudflare DNS 里的 A/AAAA 记录是旧地址、填错了或是内网地址，或者主机商给源站换了 IP。',
      'Cloudflare 与源站网络之间的路由故障，例如 AWS VPC 路由表里有 172.0.0.0/8 这样过宽的路由，把 Cloudflare 的 172.64.0.0/13 网段也吞了进去。',
    ],
    howToRespond: [
      '把开启代理的 A/AAAA 记录和主机商实际分配的 IP 对比；源站是动态 IP 的，要配置自动更新 DNS。',
      '请主机商或网络团队检查到源站的路由，并从源站对 Cloudflare IP 做 MTR 或 traceroute。',
      '在云上的 VPC 里，确保 Cloudflare 的公网网段经互联网网关出去，而不是被导向内网路由。',
    ],
    headers: {
      'CF-RAY': '向站长或 Cloudflare 支持反馈故障时要提供的 Ray ID。',
      Server: 'Server: cloudflare 表明是边缘节点应答的，没有任何数据包到达源站的 Web 服务器。',
      'Content-Type': '默认错误页是 text/html；API 域名可以用自定义错误规则返回 application/problem+json。',
    },
    responseBody:
      '默认是 Cloudflare 的 HTML 错误页（“523: Origin is unreachable”）和 Ray ID；API 域名可以通过自定义错误规则返回 JSON，最好是说明服务暂时无法访问的 problem+json。',
    pitfalls: [
      '523、521、522 的区别：523 = 路由不到这个地址；521 = 到了主机但被拒绝；522 = 包发出去了，但没按时收到回应。',
      '523 与 Cloudflare 的 1xxx 错误：源站配置成主机名且解析不出来时，Cloudflare 报的是 1016 错误（源站 DNS 错误，HTTP 状态码为 530）；523 针对的是 IP 地址本身不可达。',
      '把记录指向内网地址（10.x、192.168.x），在公司内网访问正常，但 Cloudflare 是走公网回源的，结果就是 523。',
      '和其他 52x 一样，源站日志里什么都没有；故障发生在到达源站之前的网络上。',
    ],
    clientFixes: [
      '等一会儿再重试；请求没有到达源站，重发是安全的，但在站长修好 DNS 或路由之前，错误大概率会一直存在。',
      '把 CF-RAY 和时间点反馈给站长。',
      '如果站点是你的，对比 Cloudflare DNS 面板和主机商控制台里的 IP，并从另一个网络对源站 IP 做 traceroute。',
    ],
    examples: [
      {
        title: 'DNS 记录还指向旧服务器',
        note: '迁移后 A 记录还是已下线服务器的 IP，而那个网段已经撤销了路由。',
        response:
          'HTTP/1.1 523 Origin Is Unreachable\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2a93f1a6d70b28-LHR\n\n<!DOCTYPE html><html><head><title>shop.example.com | 523: 源站不可达</title></head><body>... 错误代码 523 ... Cloudflare Ray ID: 8f2a93f1a6d70b28 ...</body></html>',
      },
    ],
    linkTitles: ['Cloudflare：Error 523', 'Cloudflare IP 段列表'],
  },
  524: {
    localReason: '发生超时',
    origin: 'Cloudflare：源站接收了请求，却没在 Cloudflare 的代理读取超时（Proxy Read Timeout）内响应时，由 Cloudflare 边缘节点生成。未在 IANA 注册。',
    summary: 'Cloudflare 已连上源站并发出请求，但在读取超时内没收到 HTTP 响应（回源超时，默认 100 秒，新版文档写为 120 秒）。',
    meaning:
      'Cloudflare 专有：回源连接建立成功、源站也确认收到了请求，但在代理读取超时（Proxy Read Timeout）耗尽之前没有返回 HTTP 响应。这个默认值多年来一直是 100 秒，Cloudflare 现行文档写的是 120 秒；Enterprise 套餐的站点最多可以调到 6000 秒。524 也可能表示把请求写给源站的过程超过了固定的 30 秒代理写入超时。',
    whenToUse: [
      '自己的应用永远不要返回它：源站响应太慢时由 Cloudflare 发出。',
      '常见触发：慢 SQL、大批量导出或报表、同步调用很慢的第三方 API，以及源站过载导致请求排队。',
      '耗时的生成任务（PDF、AI 大模型回复、视频处理）要全部算完才写出第一个字节。',
    ],
    howToRespond: [
      '把耗时操作移出请求：先用 202 Accepted 接下任务，在 Location 里给出任务状态地址，让客户端轮询，或者用 webhook 回调通知。',
      '优化处理逻辑（加索引、加缓存、分页、缩小批量），并在源站记录请求耗时，找出慢接口。',
      '结果能分段产出的就用流式响应：读取超时计算的是两次读取之间的间隔，数据持续输出就不会被掐断。',
      '最后手段：Enterprise 站点可以调大 proxy_read_timeout，或者把长耗时接口放到只解析 DNS、不走代理（灰色云朵）的子域名上。',
    ],
    headers: {
      'CF-RAY': '站长靠 Ray ID 找到这个慢请求，并和源站日志里那条很可能最终返回 200 的记录对上。',
      Server: 'Server: cloudflare 说明是 Cloudflare 等不下去了；源站之后即使有响应，也不会再送到客户端。',
      'Content-Type': '默认错误页是 text/html；API 域名可以用自定义错误规则返回 application/problem+json。',
    },
    responseBody:
      '默认是 Cloudflare 的 HTML 错误页（“524: A timeout occurred”、Ray ID），或者自定义错误规则返回的 JSON。API 域名的 JSON 最好是 problem+json，告诉客户端处理结果未知，以及重试前如何查询结果。',
    pitfalls: [
      '524 与 504：504 是源站侧网关（你的 nginx、负载均衡）等上游超时后返回、被 Cloudflare 透传的；524 是 Cloudflare 自己的超时。哪边的超时更短，你就看到哪个。',
      '524 与 522：522 是连接或请求 ACK 阶段失败；524 时源站已经拿到请求，很可能还在处理。',
      '524 与 408：408 是服务器等客户端把请求发完等到超时；524 是代理等源站响应等到超时。',
      'Cloudflare 放弃之后源站通常还在继续跑：源站可能处理完并记了 200，客户端却收到 524，所以无脑重试 POST 可能导致重复执行。',
      '调大客户端超时没用：不管客户端愿意等多久，Cloudflare 都会在自己的超时点把请求断掉。',
    ],
    clientFixes: [
      '重试非幂等请求之前，先确认它是否已经生效（GET 资源或任务状态），或者带上 Idempotency-Key 再发。',
      '等一会儿用退避策略重试；但同一个接口反复 524，说明它就是太慢，重试只会加重负载。',
      '改用服务方提供的异步接口（提交任务 + 轮询）、流式模式，或者更小的分页和批量。',
      '把接口地址、CF-RAY 和调用耗时反馈给站长。',
    ],
    examples: [
      {
        title: '同步导出被截断',
        note: '源站 140 秒后完成了导出并记录了 200，但客户端早已收到 524。',
        response:
          'HTTP/1.1 524 A Timeout Occurred\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2aa4c2d91e6b05-IAD\n\n<!DOCTYPE html><html><head><title>api.example.com | 524: 发生超时</title></head><body>... 错误代码 524 ... Cloudflare Ray ID: 8f2aa4c2d91e6b05 ...</body></html>',
      },
      { title: '规避办法：接下任务，让客户端轮询', note: '几毫秒就返回，根本碰不到 Cloudflare 的读取超时；客户端随后轮询任务地址即可。' },
    ],
    linkTitles: ['Cloudflare：Error 524', 'Cloudflare：连接限制（Connection limits）'],
  },
  525: {
    localReason: 'SSL 握手失败',
    origin: 'Cloudflare：在“完全”或“完全（严格）”模式下与源站的 TLS 握手失败时，由 Cloudflare 边缘节点生成。未在 IANA 注册。',
    summary: 'Cloudflare 与源站的 TLS（SSL）握手失败，请求根本没有发到源站。',
    meaning:
      'Cloudflare 专有：站点的 SSL/TLS 模式为“完全”（Full）或“完全（严格）”（Full (strict)）时，Cloudflare 通过 HTTPS 回源，而这次 TLS 握手失败了。Cloudflare 列出的常见原因有：源站没装有效证书、443 端口（或自定义的 HTTPS 端口）上没有提供 TLS、不支持 SNI，以及和 Cloudflare 没有共同支持的加密套件。',
    whenToUse: [
      '自己的应用永远不要返回它：Cloudflare 与源站 TLS 握手失败时才发出 525。',
      '只会出现在“完全”或“完全（严格）”模式下；“灵活”模式回源走明文 HTTP，不可能出现 525。',
      '触发原因：没有对应主机名的证书、443 端口上跑的是明文 HTTP、不支持 SNI、TLS 版本或加密套件没有交集，或者源站在握手过程中重置了连接。',
    ],
    howToRespond: [
      '在源站为该主机名安装有效证书；只接 Cloudflare 回源流量的话，免费的 Cloudflare Origin CA 证书就够用。',
      '从外部带 SNI 测试握手：openssl s_client -connect 源站IP:443 -servername example.com，并检查支持的 TLS 版本和加密套件。',
      '525 时有时无的，去看出错时间点的源站 TLS 错误日志（nginx error log、Apache mod_ssl 日志）。',
    ],
    headers: {
      'CF-RAY': '失败请求的 Ray ID；站长用它去对源站日志里的 TLS 错误。',
      Server: 'Server: cloudflare 表明错误来自边缘节点，没有任何 HTTP 请求到达源站。',
      'Content-Type': '默认错误页是 text/html；API 域名可以用自定义错误规则返回 application/problem+json。',
    },
    responseBody:
      '默认是 Cloudflare 的 HTML 错误页（“525: SSL handshake failed”）和 Ray ID；也可以是自定义错误规则返回的 JSON，例如说明服务配置有误、请求未被处理的 problem+json。',
    pitfalls: [
      '525 与 526：525 是握手本身失败；526 是握手成功，但在“完全（严格）”模式下证书校验没通过。',
      '525 与 521：TCP 连接都建立不了时报 521；525 说明 TCP 连上了，是 TLS 这一步失败。',
      '把模式切成“灵活”能让 525 消失，但 Cloudflare 到源站这一段就变成明文了，而且源站强制跳转 HTTPS 时常常造成重定向循环；正确做法是修好源站的 TLS。',
      '客户端请求里没有任何东西会导致 525，访客到 Cloudflare 这一段也没问题；只有站长能修。',
    ],
    clientFixes: [
      '不要循环重试：这是配置故障，站长修好之前会一直存在；几分钟后再试一次就够了。',
      '把 CF-RAY 和时间点反馈给站长；请求没有被处理，不需要做任何回滚。',
      '如果站点是你的，用正确的 -servername 对源站 IP 执行 openssl s_client，修正证书、SNI、协议版本或加密套件配置。',
    ],
    examples: [
      {
        title: '源站没有该主机名的证书',
        note: '站点切到了“完全”模式，但源站上 api.example.com 的 server 块虽然监听 443，却没有配置任何证书。',
        response:
          'HTTP/1.1 525 SSL Handshake Failed\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2ab5e3f08a7c14-CDG\n\n<!DOCTYPE html><html><head><title>api.example.com | 525: SSL 握手失败</title></head><body>... 错误代码 525 ... Cloudflare Ray ID: 8f2ab5e3f08a7c14 ...</body></html>',
      },
    ],
    linkTitles: ['Cloudflare：Error 525', 'Cloudflare：SSL/TLS 加密模式', 'Cloudflare：Origin CA 证书'],
  },
  526: {
    localReason: 'SSL 证书无效',
    origin: 'Cloudflare：在“完全（严格）”模式下源站证书校验失败时，由 Cloudflare 边缘节点生成。未在 IANA 注册。',
    summary: '在“完全（严格）”SSL 模式下，Cloudflare 拒绝了源站证书：证书过期、自签名、域名不匹配或不受信任。',
    meaning:
      'Cloudflare 专有：站点使用“完全（严格）”（Full (strict)）SSL/TLS 模式，Cloudflare 会校验源站证书，而这次校验失败了。可能是证书过期或被吊销、自签名或由 Cloudflare 不信任的 CA 签发，或者证书的 Common Name / Subject Alternative Name 里没有所请求的主机名。',
    whenToUse: [
      '自己的应用永远不要返回它：“完全（严格）”模式下源站证书校验失败时由 Cloudflare 发出。',
      '常见触发：续期失败导致证书过期、自签名证书、证书域名和主机名不匹配，或者证书链不完整。',
      'Workers 里也会遇到：对未经 Cloudflare 代理的外部主机名发起的子请求一律按“完全（严格）”校验；Cloudflare Gateway 遇到源站证书不受信任时同样返回 526。',
    ],
    howToRespond: [
      '安装有效证书：公共 CA 签发、覆盖该主机名的证书，或者 Cloudflare Origin CA 证书（“完全（严格）”模式下 Cloudflare 信任它）。',
      '自签名或私有 CA 的证书，上传到 Custom Origin Trust Store（自定义源站信任库），而不是降低 SSL/TLS 模式。',
      '配置证书自动续期并监控到期时间；把模式降为“完全”能让 526 消失，但只能当临时应急。',
    ],
    headers: {
      'CF-RAY': '失败请求的 Ray ID，请站长检查源站证书时一并提供。',
      Server: 'Server: cloudflare 表明是边缘节点拒绝与源站通信，没有任何 HTTP 请求到达源站。',
      'Content-Type': '默认错误页是 text/html；API 域名可以用自定义错误规则返回 application/problem+json。',
    },
    responseBody:
      '默认是 Cloudflare 的 HTML 错误页（“526: Invalid SSL certificate”）和 Ray ID；也可以是自定义错误规则返回的 JSON，例如说明服务配置有误、请求未被处理的 problem+json。',
    pitfalls: [
      '526 与 525：526 是握手成功但证书不被信任；525 是握手本身失败。',
      '浏览器里显示的是正常的小锁：访客看到的是 Cloudflare 边缘证书，它没有问题。坏的是 Cloudflare 到源站这一段，所以用浏览器检查网站什么也看不出来。',
      '把模式降为“完全”能掩盖错误，但 Cloudflare 会接受源站出示的任何证书，包括链路上攻击者伪造的证书；应保持“完全（严格）”并修好证书。',
      'Cloudflare Origin CA 证书只有 Cloudflare 信任：以后如果记录改为仅 DNS 或暂停了 Cloudflare，浏览器会直接报证书错误。',
    ],
    clientFixes: [
      '不要重试：站长更换或修复源站证书之前，结果不会变。',
      '在自己的客户端里关闭证书校验毫无作用：校验失败发生在 Cloudflare 内部，不在你的 TLS 栈里。',
      '把 526、CF-RAY 和时间点反馈给站长，提醒对方检查源站证书。',
      '如果站点是你的，用 openssl s_client -connect 源站IP:443 -servername example.com 检查证书（到期时间、SAN 列表、证书链）。',
    ],
    examples: [
      {
        title: '源站证书已过期',
        note: '源站的 Let\'s Encrypt 证书过期了，续期任务已经悄无声息地失败了好几周。',
        response:
          'HTTP/1.1 526 Invalid SSL Certificate\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2ac6f4019b8d25-NRT\n\n<!DOCTYPE html><html><head><title>api.example.com | 526: SSL 证书无效</title></head><body>... 错误代码 526 ... Cloudflare Ray ID: 8f2ac6f4019b8d25 ...</body></html>',
      },
    ],
    linkTitles: ['Cloudflare：Error 526', 'Cloudflare：Full (strict) 完全（严格）模式', 'Cloudflare：Custom Origin Trust Store'],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
