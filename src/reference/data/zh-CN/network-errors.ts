import type { NetworkErrorId, NetworkErrorProse } from '../../types';

/** 网络错误条目的中文说明；错误名、链接和重试建议在 ../network-errors.ts 中，只存一份。 */
const prose: Record<NetworkErrorId, NetworkErrorProse> = {
  'failed-cors': {
    title: '请求失败（通常是跨域 CORS）',
    summary: '浏览器拒绝把跨域响应交给页面，最常见的原因是 CORS 响应头缺失或不匹配。',
    meaning: 'Chrome 把未通过 CORS 检查的请求（以及其他未具名原因失败的请求）报告为 net::ERR_FAILED；Firefox 会以 NS_ERROR_DOM_BAD_URI 取消未通过 CORS 的请求。服务器很可能已经应答：浏览器检查了 Access-Control-Allow-Origin（预检时还有允许的方法和请求头），然后不把响应交给脚本，脚本只看到 “TypeError: Failed to fetch” 或 “NetworkError”。',
    causes: [
      '响应没有 Access-Control-Allow-Origin，或其值与页面源不一致（或带凭据时用了 “*”）。',
      'OPTIONS 预检失败：返回了重定向、401/403/404/405，或 Access-Control-Allow-Methods / -Headers 没有覆盖本次请求。',
      '代理或框架返回的错误页（500、502）没有带上正常路由会加的 CORS 头。',
    ],
    tellApart: [
      '浏览器控制台会写明违反了哪条 CORS 规则（如 “No \'Access-Control-Allow-Origin\' header is present”）；页面读不到的服务器状态码，常常能在开发者工具的网络面板里看到。',
      '它不是 net::ERR_BLOCKED_BY_ORB（no-cors 方式加载了非图片、媒体或脚本的资源），也不是 net::ERR_BLOCKED_BY_CLIENT（扩展拦截）。',
    ],
    clientFixes: [
      '打开控制台消息，它会写明缺少或不匹配的响应头；用 curl -H "Origin: https://your.app" -i 复现，看服务器实际返回了什么。',
      '去掉不需要的自定义请求头或非简单的 Content-Type，避免触发预检；不要用 mode: "no-cors" “修复” CORS（那样响应会变得不可读）。',
    ],
    serverFixes: [
      '返回与请求源完全一致的 Access-Control-Allow-Origin（并加 Vary: Origin）；需要携带 Cookie 时再加 Access-Control-Allow-Credentials: true。',
      '在鉴权之前、且不经重定向地用 204 和 Access-Control-Allow-Methods / -Headers 应答 OPTIONS 预检；错误响应也要带 CORS 头。',
    ],
  },
  'connection-refused': {
    title: '连接被拒绝',
    summary: '没有程序接受这个 TCP 连接：主机有回应，但那个端口上没有服务在监听。',
    meaning: '连接尝试被立即拒绝（对 SYN 回了 TCP RST）：机器可达，但该地址和端口上没有进程在监听，或防火墙选择拒绝而不是丢弃数据包。双方没有交换任何 HTTP 内容。',
    causes: [
      '服务或开发服务器没有启动、已经崩溃，或监听在别的端口。',
      '服务只监听 127.0.0.1 而请求发往其他网卡，或服务只监听 IPv4 而 “localhost” 解析成了 ::1。',
      '容器或虚拟机的端口没有映射出来，或防火墙拒绝了该端口。',
    ],
    tellApart: [
      '被拒绝是瞬间失败；net::ERR_CONNECTION_TIMED_OUT 要等很多秒（数据包被丢弃、主机不可达）。',
      '502 或 503 说明前面的代理可达、是它后面的上游拒绝了连接；这里是第一跳就没人应答。',
    ],
    clientFixes: [
      '检查 URL 中的主机和端口；对同一地址执行 curl -v，本机服务分别试 127.0.0.1 和 ::1。',
      '如果服务正在重启，稍等后再重试。',
    ],
    serverFixes: [
      '启动服务，并让它监听正确的地址（容器内用 0.0.0.0 或 ::）和端口，映射好端口。',
      '部署期间让负载均衡返回 503，而不是让端口处于关闭状态。',
    ],
  },
  'connection-reset': {
    title: '连接被重置',
    summary: '连接在交互中途被突然切断（TCP RST）。',
    meaning: '一个已打开的连接被重置而不是正常关闭。Chrome 报告 net::ERR_CONNECTION_RESET；Firefox 报告 NS_ERROR_NET_RESET，它在连接已建立却始终没有收到数据时也用这个名字。正在发送的响应全部丢失。',
    causes: [
      '服务器进程在处理请求时崩溃或被杀掉。',
      '防火墙、代理、杀毒软件或其他中间设备重置了连接，例如检查 TLS 后或命中了屏蔽关键字。',
      '服务器恰好在浏览器复用 keep-alive 连接时关闭了它，或用重置来拒绝过大的请求。',
    ],
    tellApart: [
      '重置是突然中断；net::ERR_CONNECTION_CLOSED 和 net::ERR_EMPTY_RESPONSE 是正常关闭（TCP FIN）。',
      '如果发生在 TLS 握手期间，在某些网络上看起来像 SSL 错误：换一个网络访问同一 URL 对比。',
    ],
    clientFixes: [
      '稍等后重试一次；如果一直出现，换网络，或关闭 VPN / 杀毒软件的 HTTPS 扫描来找出中间设备。',
      '检查是否只有大文件上传会触发：服务器可能用重置代替了 413。',
    ],
    serverFixes: [
      '在日志中查找那个时间点的崩溃、OOM 被杀和工作进程超时。',
      '服务器的 keep-alive 超时要长于前面代理的超时；超出大小限制时返回 413，而不是重置连接。',
    ],
  },
  'connection-closed': {
    title: '连接被关闭',
    summary: '服务器在完整响应到达之前关闭了连接（TCP FIN）。',
    meaning: '对端在意外的时刻正常关闭连接时，Chrome 报告 net::ERR_CONNECTION_CLOSED；Firefox 把传输中断报告为 NS_ERROR_NET_INTERRUPT。请求可能已被处理，也可能没有。',
    causes: [
      '服务器关闭空闲的 keep-alive 连接，恰好与新请求撞上。',
      '代理或 nginx 有意关闭了连接（例如 nginx 的 444 不作任何应答直接关闭）。',
      '用 HTTPS 访问只讲明文 HTTP 的端口（或反过来），服务器直接挂断。',
    ],
    tellApart: [
      '一个字节都没有：net::ERR_EMPTY_RESPONSE。收到的字节比声明的少：net::ERR_CONTENT_LENGTH_MISMATCH。突然中断：net::ERR_CONNECTION_RESET。',
    ],
    clientFixes: [
      '幂等请求可重试一次；POST 请求先在服务器端确认是否已执行，再决定是否重试。',
      '检查协议和端口（https 用 443，http 用 80 或开发端口）。',
    ],
    serverFixes: [
      '在日志里查找有意的关闭（nginx return 444、限流器、WAF 规则）和工作进程崩溃。',
      '统一服务器和代理之间的 keep-alive 超时；总是返回状态码，而不是直接关闭连接。',
    ],
  },
  'connection-timed-out': {
    title: '连接超时',
    summary: '浏览器放弃了：服务器没有及时应答连接请求（或中途不再应答）。',
    meaning: 'net::ERR_CONNECTION_TIMED_OUT 表示 TCP 连接尝试完全没有回应，通常是数据包被悄悄丢弃；net::ERR_TIMED_OUT 是 Chrome 对操作超时的通用报告；Firefox 报告 NS_ERROR_NET_TIMEOUT。因为没有收到响应，所以没有 HTTP 状态码。',
    causes: [
      '防火墙或安全组丢弃了发往该端口的数据包；主机宕机或 IP 不对。',
      '服务器过载到不再接受连接，或接受了连接却一直不响应。',
      'VPN、代理或需要登录的公共网络出了问题。',
    ],
    tellApart: [
      '504 或 Cloudflare 的 522/524 是代理告诉你它的上游超时了；这里是浏览器自己超时。',
      '408 是服务器放弃了慢速客户端；这里是客户端放弃了服务器。',
    ],
    clientFixes: [
      '确认域名解析到了正确的 IP（dig / nslookup），端口可达（nc -vz host 443）。',
      '按退避策略重试；如果其他网站正常，问题出在通往这台服务器的路径上。',
    ],
    serverFixes: [
      '在防火墙和安全组中放行端口；确保服务在高负载下仍能接受连接（backlog、工作进程数）。',
      '耗时的工作改用 202 Accepted，不要让请求一直挂到客户端超时。',
    ],
  },
  'name-not-resolved': {
    title: '域名无法解析（DNS）',
    summary: 'URL 中的主机名无法解析成 IP 地址。',
    meaning: 'DNS 解析失败：解析器回答该名称不存在（NXDOMAIN），或没有给出可用的地址。Chrome 报告 net::ERR_NAME_NOT_RESOLVED，Firefox 报告 NS_ERROR_UNKNOWN_HOST。请求根本没有离开本机。',
    causes: [
      '主机名拼写错误，或域名、子域名没有配置（缺少 A/AAAA/CNAME 记录）或已过期。',
      '新记录还没有生效，或缓存中留着旧的否定应答。',
      '内部域名只能在公司网络或 VPN 中解析；DNS-over-HTTPS 绕过了本地解析器。',
    ],
    tellApart: [
      '如果所有网站都失败，见 net::ERR_INTERNET_DISCONNECTED；如果域名能解析但没人应答，见“连接被拒绝”或“连接超时”。',
    ],
    clientFixes: [
      '检查拼写，在同一台机器上执行 dig 或 nslookup，并与公共 DNS 的结果对比。',
      '内部域名请先连上 VPN，或清空浏览器和系统的 DNS 缓存。',
    ],
    serverFixes: ['添加缺失的 DNS 记录、续费域名，并确认客户端配置中的接口地址是真实存在的。'],
  },
  'internet-disconnected': {
    title: '没有网络连接',
    summary: '设备处于离线状态：浏览器根本没有尝试发送请求。',
    meaning: '操作系统报告没有网络连接。Chrome 以 net::ERR_INTERNET_DISCONNECTED 使请求失败；Firefox 处于离线状态（包括“脱机工作”模式）时报告 NS_ERROR_OFFLINE。开发者工具把网络限速设为 Offline 时也会出现同样的错误。',
    causes: ['Wi-Fi 或网线断开、飞行模式，或网络正在切换。', '开发者工具的网络限速还停留在 “Offline”。'],
    tellApart: ['与 DNS 或连接错误不同，它会让所有主机同时失败；此时 navigator.onLine 为 false。'],
    clientFixes: ['重新联网，或把开发者工具的限速改回 “No throttling”。', '在应用中监听 online 事件，联网后再重试排队的请求。'],
    serverFixes: ['服务器端无需处理；需要离线可用的应用可以用 Service Worker 做缓存。'],
  },
  'cert-authority-invalid': {
    title: '证书不受信任（未知颁发机构）',
    summary: '服务器的 TLS 证书无法链接到浏览器信任的证书颁发机构。',
    meaning: 'TLS 握手在证书校验时失败：证书链无法追溯到受信任的根证书。Chrome 报告 net::ERR_CERT_AUTHORITY_INVALID；Firefox 显示 SEC_ERROR_UNKNOWN_ISSUER。浏览器在发送任何 HTTP 之前就停止了，所以 fetch() 直接失败；页面加载则会显示警告页。',
    causes: [
      '自签名证书或内部 CA 签发的证书（开发、测试环境和公司内部服务）。',
      '服务器只发送了叶子证书，没有发送中间证书。',
      '代理或杀毒软件用自己的根证书拦截 TLS，而这个浏览器不信任该根证书。',
    ],
    tellApart: [
      '证书过期：net::ERR_CERT_DATE_INVALID。主机名不符：net::ERR_CERT_COMMON_NAME_INVALID。握手本身出错：net::ERR_SSL_PROTOCOL_ERROR。',
    ],
    clientFixes: [
      '在标签页中打开该 URL 查看证书；用 openssl s_client -connect host:443 -showcerts 检查证书链。',
      '本地开发请使用本机信任的 CA（如 mkcert），而不是点过警告页——fetch() 无法点过警告。',
    ],
    serverFixes: ['使用公共受信任 CA（如 Let\'s Encrypt）签发的证书，并发送完整证书链（叶子证书加中间证书）。'],
  },
  'cert-date-invalid': {
    title: '证书已过期或尚未生效',
    summary: '按设备的时钟，服务器证书已经过期或还没到生效时间。',
    meaning: '证书校验在有效期上失败。Chrome 报告 net::ERR_CERT_DATE_INVALID；证书过期时 Firefox 显示 SEC_ERROR_EXPIRED_CERTIFICATE。连接在交换任何 HTTP 之前就被拒绝。',
    causes: ['续期失败，或续期后的证书没有部署、服务没有重新加载。', '客户端时钟不对（主板电池没电、虚拟机快照、时区处理错误）。'],
    tellApart: ['如果只有一台机器出现，先怀疑它的时钟；如果所有人都出现，就是证书过期了。'],
    clientFixes: ['检查系统日期和时间；用 openssl s_client -connect host:443 | openssl x509 -noout -dates 查看证书有效期。'],
    serverFixes: ['续期证书并重新加载服务；把续期自动化，并监控到期时间。'],
  },
  'cert-common-name-invalid': {
    title: '证书属于其他主机名',
    summary: '证书本身有效，但不是为 URL 中的主机名签发的。',
    meaning: '证书的主题备用名称（SAN）中没有一个与浏览器连接的主机名匹配。Chrome 报告 net::ERR_CERT_COMMON_NAME_INVALID；Firefox 显示 SSL_ERROR_BAD_CERT_DOMAIN。',
    causes: [
      '用 IP 地址、内部别名，或证书未覆盖的 www / 裸域名访问接口。',
      '通配符只覆盖一级（*.example.com 不覆盖 a.b.example.com）。',
      '共享主机或 CDN 因为没有配置该 SNI 名称而返回了默认证书。',
    ],
    tellApart: ['与颁发机构和有效期错误不同，证书受信任且在有效期内，只是名字不对。'],
    clientFixes: ['使用证书签发时对应的主机名；用 openssl s_client -connect host:443 -servername host 查看证书中的名称。'],
    serverFixes: ['签发包含客户端会用到的所有名称的证书，并在服务器或 CDN 上配置该名称，使 SNI 能匹配到正确的证书。'],
  },
  'ssl-protocol-error': {
    title: 'TLS 握手失败',
    summary: '浏览器和服务器无法完成 TLS 握手：端口上跑的不是 TLS，或者双方没有共同的版本或加密套件。',
    meaning: '握手违反协议时 Chrome 报告 net::ERR_SSL_PROTOCOL_ERROR，双方没有共同的 TLS 版本或加密套件时报告 net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH。服务器用明文 HTTP 回应 TLS 时，Firefox 显示 SSL_ERROR_RX_RECORD_TOO_LONG；没有共同加密套件时显示 SSL_ERROR_NO_CYPHER_OVERLAP。',
    causes: [
      '用 https:// 访问只讲明文 HTTP 的端口（典型情况：https://localhost:3000 访问没有 TLS 的开发服务器）。',
      '服务器只提供 TLS 1.0/1.1 或过时的加密套件，浏览器已不再接受。',
      '终止 TLS 的代理或中间设备有问题。',
    ],
    tellApart: ['证书问题有各自的 CERT 错误；这个错误表示根本无法协商出安全通道。'],
    clientFixes: ['检查协议和端口：开发端口试试 http://；用 curl -v https://host:port 或 openssl s_client 测试。'],
    serverFixes: ['在该端口上用 TLS 1.2 或 1.3 和现行的加密套件终止 TLS；明文 HTTP 放到另一个端口或做重定向。'],
  },
  'blocked-by-client': {
    title: '被浏览器或扩展拦截',
    summary: '浏览器内部的某个组件（通常是广告或跟踪拦截扩展）在请求发出前取消了它。',
    meaning: '当扩展（webRequest 或 declarativeNetRequest 规则）或浏览器本身拦截请求时，Chrome 报告 net::ERR_BLOCKED_BY_CLIENT。请求没有到达网络，服务器从未见过它。Firefox 把被扩展取消的请求报告为 NS_ERROR_ABORT，看起来像被中止的请求。',
    causes: [
      'uBlock Origin、AdBlock 或隐私类扩展匹配到了 URL（/ads/、/analytics/、/track、/banner 之类的路径很常见）。',
      '企业策略或浏览器自带的跟踪保护。',
    ],
    tellApart: ['只有部分用户或浏览器出现，在没有扩展的隐私窗口中就消失了。'],
    clientFixes: ['禁用扩展或用干净的配置文件重试；把看起来像广告或跟踪地址的接口改名。'],
    serverFixes: ['第一方接口不要使用像广告的路径和第三方跟踪域名；不要让业务依赖统计请求成功。'],
  },
  'blocked-by-csp': {
    title: '被内容安全策略（CSP）拦截',
    summary: '页面的 Content Security Policy 不允许加载或连接这个 URL。',
    meaning: '页面带有 Content-Security-Policy，其中对应这类请求的指令（fetch/XHR 对应 connect-src，还有 script-src、img-src、frame-src 等）没有列出目标地址。Chrome 报告 net::ERR_BLOCKED_BY_CSP，开发者工具显示 (blocked:csp)；Firefox 把它作为内容策略拦截，报告 NS_ERROR_CONTENT_BLOCKED。',
    causes: ['新增的接口域名、CDN 或 WebSocket 地址没有加进 connect-src 或 script-src。', '严格的 default-src \'self\' 用在了需要访问其他源的页面上。'],
    tellApart: [
      '控制台会显示 “Refused to connect to … because it violates the following Content Security Policy directive”；CORS 错误提到的则是 Access-Control-Allow-Origin。',
      'Firefox 拦截混合内容时也报告 NS_ERROR_CONTENT_BLOCKED：检查是不是在 https:// 页面里请求了 http:// 地址。',
    ],
    clientFixes: ['阅读控制台消息，找出被违反的指令和被拦截的 URL。'],
    serverFixes: ['在页面的 Content-Security-Policy 响应头（或 meta 标签）的相应指令中加入该源；先用 Content-Security-Policy-Report-Only 测试改动。'],
  },
  'blocked-by-orb': {
    title: '被不透明响应拦截（ORB / CORB）',
    summary: '以 no-cors 方式获取的跨域响应（例如通过 img 或 script 标签加载 JSON）因类型不允许嵌入而被扣下。',
    meaning: '不透明响应拦截（ORB）是跨源读取拦截（CORB）的后继者：对没有使用 CORS 获取的跨域响应，如果它看起来是数据（JSON、HTML、XML）而不是图片、媒体或脚本，就不交给页面。Chrome 报告 net::ERR_BLOCKED_BY_ORB；旧版本只会打印一条 CORB 警告。',
    causes: ['script 或 img 标签指向了 JSON 接口或 HTML 错误页（常见的是以 text/html 返回的 404 页面）。', '脚本或图片的 Content-Type 不对，或设置了 X-Content-Type-Options: nosniff 而类型不匹配。'],
    tellApart: ['这不是 CORS：请求是 no-cors 方式。解决办法是改用 fetch() 并配好 CORS，而不是给 img 加载加更多 CORS 头。'],
    clientFixes: ['确认该 URL 返回的确实是预期的图片、媒体或脚本；需要数据时改用带 CORS 的 fetch()。'],
    serverFixes: ['用正确的 Content-Type 返回脚本、图片和媒体；静态资源地址出错时不要返回 HTML 页面。'],
  },
  'blocked-by-response': {
    title: '被响应自身的策略拦截（CORP、COEP、禁止嵌入）',
    summary: '响应已经到达，但它的响应头（Cross-Origin-Resource-Policy、嵌入策略或禁止嵌入规则）不允许在这里使用它。',
    meaning: '当响应附带的要求本次加载无法满足时，Chrome 报告 net::ERR_BLOCKED_BY_RESPONSE，例如跨域嵌入带 Cross-Origin-Resource-Policy: same-origin 的资源、在 Cross-Origin-Embedder-Policy: require-corp 下资源缺少 CORP，或 iframe 遇到 X-Frame-Options / frame-ancestors。Firefox 分别称为 NS_ERROR_DOM_CORP_FAILED、NS_ERROR_DOM_COEP_FAILED 和 NS_ERROR_XFO_VIOLATION。',
    causes: [
      'CDN 或接口发送了 Cross-Origin-Resource-Policy: same-origin 或 same-site，却被其他站点嵌入。',
      '页面启用了跨源隔离（COEP require-corp），而某个子资源没有 CORP 或 CORS。',
      '页面拒绝被嵌入（X-Frame-Options: DENY、CSP frame-ancestors）。',
    ],
    tellApart: ['服务器已经应答（常常是 200）；拦截来自响应头，而不是页面的 CSP 或 CORS。'],
    clientFixes: ['在开发者工具中查看响应头里的 Cross-Origin-Resource-Policy、X-Frame-Options，以及页面的 COEP。'],
    serverFixes: ['准备给其他站点嵌入的资源发送 Cross-Origin-Resource-Policy: cross-origin，或用 CORS 提供；只对可信的嵌入方放宽禁止嵌入规则。'],
  },
  'mixed-content': {
    title: '混合内容被拦截',
    summary: 'https:// 页面试图加载或请求 http:// 地址，浏览器把它拦截或升级了。',
    meaning: '浏览器会拦截安全页面中对不安全（http://）地址的脚本、fetch/XHR、iframe 等主动内容请求，并对图片和媒体进行升级或拦截。Chrome 开发者工具把这类请求显示为 (blocked:mixed-content)，控制台提示 “Mixed Content: … was loaded over HTTPS, but requested an insecure resource”。请求不会被发出。',
    causes: ['写死的 http:// 接口地址或资源链接；途中某次重定向从 https 跳到了 http。'],
    tellApart: ['不是 CSP（CSP 会写明指令），也不是 CORS：只由协议决定。'],
    clientFixes: ['使用 https:// 地址或按协议配置；在打包结果中搜索 http:// 开头的接口地址。'],
    serverFixes: ['通过 HTTPS 提供接口，永远不要从 https 重定向到 http；Content-Security-Policy: upgrade-insecure-requests 可以升级遗留链接。'],
  },
  aborted: {
    title: '请求被中止',
    summary: '请求在客户端被取消：页面跳转、关闭标签页、AbortController，或被新请求替换。',
    meaning: '当浏览器或页面取消请求时，Chrome 报告 net::ERR_ABORTED，Firefox 报告 NS_BINDING_ABORTED 或 NS_ERROR_ABORT，例如用户离开了页面、媒体元素换了地址，或脚本调用了 AbortController.abort()。这类请求通常是有意取消的，StatusLens 默认不记录。',
    causes: ['请求进行中时发生了页面跳转或刷新。', '代码中止了过时的请求（边输入边搜索、React effect 清理）。', '在 Firefox 中，扩展取消了请求。'],
    tellApart: ['服务器可能已经收到并处理了请求（nginx 日志中会记为 499）；网络本身没有问题。'],
    clientFixes: ['确认中止是否是有意的；如果不是，找出取消它的代码（effect 清理、超时包装）。'],
    serverFixes: ['让写操作幂等，这样服务器已执行、但客户端中止了的请求可以安全重试。'],
  },
  'too-many-redirects': {
    title: '重定向次数过多（重定向循环）',
    summary: '浏览器一次又一次地跟随重定向后放弃了：这些地址在循环重定向。',
    meaning: 'Fetch 标准规定超过 20 次重定向就让请求失败；Chrome 报告 net::ERR_TOO_MANY_REDIRECTS，Firefox 报告 NS_ERROR_REDIRECT_LOOP。每一跳都是带 Location 头的 3xx，最终又绕回链条中。',
    causes: [
      '代理把 http 跳到 https，而应用又把 https 跳回 http（它在代理后面看到的是 http，却忽略了 X-Forwarded-Proto）。',
      'www 与裸域名的规则互相矛盾，或结尾斜杠规则互相冲突。',
      '登录重定向到一个本身也要求登录的页面，通常是 Cookie 没有设置或没有发送（SameSite、domain、Secure）。',
    ],
    tellApart: ['每一跳都是普通的 301/302/307/308：用 curl -IL 查看 Location 链（curl 默认最多跟随 50 次）。'],
    clientFixes: ['清除该站点的 Cookie 和缓存的 301；用 curl -IL 跟踪重定向链，找出互相矛盾的两条规则。'],
    serverFixes: ['信任代理传来的 X-Forwarded-Proto，只保留一条规范的主机和协议规则，并让登录页无需会话即可访问。'],
  },
  'http2-protocol-error': {
    title: 'HTTP/2 协议错误',
    summary: 'HTTP/2 连接或流违反了协议，通常是响应格式不对，或中间有代理。',
    meaning: '浏览器或服务器检测到 HTTP/2 协议违规，重置了流或整个连接（RFC 9113 §5.4）。Chrome 报告 net::ERR_HTTP2_PROTOCOL_ERROR（TLS 设置不满足 HTTP/2 要求时报告 net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY）；Firefox 报告 NS_ERROR_NET_HTTP2_SENT_GOAWAY 或 NS_ERROR_NET_INADEQUATE_SECURITY。',
    causes: [
      '响应中有 HTTP/2 禁止的头（Connection、Transfer-Encoding 等连接相关的头，或大写的头名），或代理后面的应用加了非法的头值。',
      '响应体比 Content-Length 短或长，或服务器在流的中途崩溃。',
      '杀毒软件或代理拦截 HTTP/2 的方式有问题；头部列表超过了对端允许的大小。',
    ],
    tellApart: ['用 HTTP/1.1 发同样的请求（curl --http1.1）通常能看到真正的问题，例如错误状态码或有问题的头。'],
    clientFixes: ['分别用 curl --http2 -v 和 curl --http1.1 -v 复现并对比响应头；关闭杀毒软件的 HTTPS 扫描再试。'],
    serverFixes: ['从响应中去掉逐跳头，保证 Content-Length 正确，并在代理日志（nginx、Envoy）中查找流被重置的原因。'],
  },
  'quic-protocol-error': {
    title: 'QUIC / HTTP/3 协议错误',
    summary: 'QUIC（HTTP/3）连接失败；浏览器下次通常会退回 HTTP/2。',
    meaning: '当基于 UDP 的 HTTP/3 连接中断、以错误关闭，或中途被网络拦截时，Chrome 报告 net::ERR_QUIC_PROTOCOL_ERROR，Firefox 报告 NS_ERROR_NET_HTTP3_PROTOCOL_ERROR。',
    causes: ['网络或防火墙拦截或限制 UDP 443；VPN 的 MTU 太小。', '服务器或 CDN 在 Alt-Svc 中声明了 h3，却没有可用的 QUIC 端点。'],
    tellApart: ['禁用 QUIC（chrome://flags/#enable-quic）或换一个网络后问题消失，这与服务器端的 HTTP 错误不同。'],
    clientFixes: ['重试（浏览器之后通常会改用 HTTP/2）；在禁用 QUIC 或换网络的情况下测试。'],
    serverFixes: ['只有当 UDP 443 端到端可用时才在 Alt-Svc 中声明 h3；检查 CDN 的 HTTP/3 设置。'],
  },
  'empty-response': {
    title: '空响应',
    summary: '服务器接受了连接，然后一个字节都没发就关闭了。',
    meaning: '连接在收到任何响应字节之前就关闭时，Chrome 报告 net::ERR_EMPTY_RESPONSE。Firefox 没有单独的名字，通常报告 NS_ERROR_NET_RESET，ErrorList.py 对它的描述是“连接已建立，但从未收到任何数据”。',
    causes: [
      '服务器进程在处理请求时崩溃或超时。',
      'nginx 的 444（不应答直接关闭）、WAF 或限流器丢弃了请求。',
      '向 TLS 端口发送了明文 HTTP（服务器在等握手，于是挂断）。',
    ],
    tellApart: ['一个字节都没有，这一点把它与 net::ERR_CONTENT_LENGTH_MISMATCH（响应体不完整）以及任何状态码区分开来。'],
    clientFixes: ['检查协议和端口；重试一次；用 curl -v 抓取交互过程，看在哪里中断。'],
    serverFixes: ['在日志中查找崩溃和超时；用状态码（500、503、429）应答，而不是直接关闭连接。'],
  },
  'content-length-mismatch': {
    title: '响应体被截断',
    summary: '响应体在达到服务器声明的长度之前（或在最后一个分块之前）就结束了。',
    meaning: '连接关闭时收到的字节少于 Content-Length 的声明，或分块传输的响应体没有以长度为零的结束块收尾；RFC 9112 §6.3 规定接收方此时必须把消息视为不完整。Chrome 报告 net::ERR_CONTENT_LENGTH_MISMATCH 或 net::ERR_INCOMPLETE_CHUNKED_ENCODING；Firefox 报告 NS_ERROR_NET_PARTIAL_TRANSFER。',
    causes: [
      '服务器在流式输出响应体时崩溃或超时。',
      'Content-Length 是在压缩之前计算的，或按字符数而不是字节数计算。',
      '代理磁盘已满或缓冲区受限，截断了大响应（例如 nginx 的 proxy_temp）。',
    ],
    tellApart: ['已经收到了响应头和状态码，出问题的是响应体；状态码本身可能是 200。'],
    clientFixes: ['重试；对比 curl -v 的输出与声明的长度；看看是否只有大文件失败。'],
    serverFixes: ['让框架计算 Content-Length，或改用分块传输；检查代理缓冲区、磁盘空间和超时设置。'],
  },
  'page-request-failed': {
    title: '页面自己的请求失败了，浏览器没有说明原因',
    summary: '页面的 fetch() 或 XMLHttpRequest 没有拿到任何响应，而浏览器没有告诉脚本更多信息。',
    meaning: '浏览器不会把请求失败的原因告诉页面脚本：Chrome 让 fetch() 以 “TypeError: Failed to fetch” 失败，Firefox 是 “NetworkError when attempting to fetch resource.”，Safari 是 “Load failed”；XMLHttpRequest 则触发 error 事件，状态码为 0。StatusLens 是在页面内部看到这次失败的（轻量捕获），那里拿不到浏览器自己的错误名（例如 net::ERR_CONNECTION_REFUSED）。同样的报错可能来自 CORS 拒绝、连接被拒绝或中断、主机名无法解析、证书不被信任，也可能是扩展或页面的安全策略拦截了请求。',
    causes: [
      '服务器没有允许的跨域请求（CORS）：当 URL 的源与页面的源不同时，这是最常见的原因。',
      '没有任何程序应答：服务没有运行、端口不对，或者主机名无法解析。',
      '连接中途断开：证书被浏览器拒绝、连接被重置，或者代理挂断了连接。',
      '广告拦截器或其他扩展取消了请求，或者页面的 Content-Security-Policy（connect-src）禁止了它。',
    ],
    tellApart: [
      '比较请求的源和页面的源：跨域请求多半是 CORS 问题，同源请求则可以排除 CORS。',
      '浏览器控制台会写明原因（CORS 提示、net::ERR_CONNECTION_REFUSED、CSP 违规）；对该站点开启完整捕获后，条目里也会记下浏览器自己的错误名。',
      '这不是 HTTP 错误：4xx 或 5xx 会作为带该状态码的响应交给脚本，fetch() 也是如此。',
    ],
    clientFixes: [
      '查看控制台，或对这个站点开启完整捕获（“在此捕获全部请求”）后重新加载：这样条目里就会带上浏览器给这次失败起的名字。',
      '用 curl -v 发送同样的请求，跨域请求再加上 -H "Origin: <页面的源>"：可以看出服务器是否应答、返回了哪些 CORS 响应头。',
    ],
    serverFixes: [
      '对跨域请求，返回带页面源的 Access-Control-Allow-Origin，错误响应和 OPTIONS 预检也要带上。',
      '确认服务在 URL 中的主机和端口上监听，并且证书对这个主机名有效。',
    ],
  },
};

export default prose;
