import type { Text } from './types';
import type { NetworkMessages } from './messages.network';

/** 网络失败分析的简体中文文本,与 messages.network.ts 逐项对应(类型检查保证不缺项)。 */

const t = (title: string, detail: string): Text => ({ title, detail });

export const networkZhCN: NetworkMessages = {
  headlineCors: () => 'CORS:此源不被允许读取响应',
  headlinePreflight: () => 'CORS:预检请求被拒绝',
  headlineCorsLikely: () => '疑似 CORS:跨域请求被拒绝',
  headlineCorsOrDown: (port) => `疑似 CORS,或者 :${port} 上没有服务在监听`,

  corsMissingAllowOrigin: (p) => t(`${p.host} 没有为 ${p.origin} 返回 Access-Control-Allow-Origin`,
    `${p.host} 的响应${p.status ? `(状态码 ${p.status})` : ''}没有 Access-Control-Allow-Origin 头,所以浏览器没有把它交给 ${p.origin} 的页面。服务器其实已经应答:请在服务器上(或它前面的代理上)给这个路由的每个响应都加上这个头,错误响应也不例外。`),
  corsOriginMismatch: (p) => t(`${p.host} 允许的是 ${p.allowOrigin},不是 ${p.origin}`,
    `响应的 Access-Control-Allow-Origin 是 ${p.allowOrigin},所以浏览器没有把它交给 ${p.origin}。这个值必须与页面的源(协议、主机和端口)完全一致,或者是 *,而且只能有一个:请求的 Origin 在你的允许列表里时,就把它原样返回。`),
  corsCredentialsWildcard: (p) => t(`${p.host} 对带凭据的请求返回了 *`,
    `来自 ${p.origin} 的请求带有凭据(Cookie,或 fetch 设置了 credentials: "include"),而这类请求不接受 Access-Control-Allow-Origin: *。请返回确切的源并加上 Access-Control-Allow-Credentials: true;如果请求不需要凭据,就不要发送。`),
  corsMissingAllowCredentials: (p) => t(`${p.host} 不允许 ${p.origin} 携带凭据`,
    `请求带有凭据,而响应没有 Access-Control-Allow-Credentials: true,所以浏览器没有把它交给 ${p.origin}。请加上这个头(同时在 Access-Control-Allow-Origin 中写确切的源),或者发送不带凭据的请求。`),
  corsPreflightFailed: (p) => t(`发往 ${p.host} 的预检请求被拒绝${p.status ? `(${p.status})` : ''}`,
    `在发送这个 ${p.method} 之前,浏览器先用 OPTIONS 请求询问 ${p.host} 是否允许 ${p.origin} 发送它${p.headers.length ? `(带有 ${p.headers.join(', ')})` : ''};${p.status ? `得到的答复是 ${p.status}` : '答复没有允许它'},所以请求本身根本没有发出。请在这个 URL 上用 204 和下面的响应头应答 OPTIONS,放在鉴权之前,并且不要重定向。`),
  corsLikely: (p) => t(`${p.origin} 可能无权读取 ${p.host} 的响应`,
    `这个从 ${p.origin} 发往 ${p.host} 的跨域请求失败了,页面读不到任何原因。CORS 拒绝在脚本看来就是这样,不过连接被拒绝或中断看起来也一样。要确认:浏览器控制台会写明违反了哪条 CORS 规则;对 ${p.host} 开启完整捕获后可以看到响应头;也可以运行下面的检查命令,看答复里有没有 Access-Control-Allow-Origin。`),

  devServerDown: (p) => t(`你的开发服务器在 :${p.port} 上运行吗?`,
    `${p.host}:${p.port} 上没有程序接受连接。请确认开发服务器正在运行(它的终端里可能有崩溃信息)、监听的是 ${p.port} 端口(${p.port} 被占用时它可能换了一个端口),以及它监听的正是你访问的地址:监听 127.0.0.1 的服务器不会在 ::1(localhost 可能指向它)上应答,反过来也一样。在容器或虚拟机里,记得发布这个端口。lsof -iTCP:${p.port} -sTCP:LISTEN(Windows 上用 netstat -ano)可以看到谁在监听。`),
  connectionRefused: (p) => t(`${p.host} 拒绝了 ${p.port} 端口上的连接`,
    `主机可以到达,但 ${p.port} 端口上没有程序监听,或者防火墙拒绝了它:服务器宕机或正在重启,或者 URL 里的端口写错了。请检查服务状态和 URL 中的端口;如果正在部署,稍后再试。`),
  dnsFailed: (p) => t(`${p.hostname} 无法解析`,
    `浏览器找不到 ${p.hostname} 的地址。请检查拼写、这个域名是否需要 VPN 或内部 DNS,本地域名还要检查 hosts 文件。nslookup ${p.hostname} 可以看到你的解析器返回了什么。`),
  networkTimeout: (p) => t(`${p.host} 没有及时应答`,
    '建立连接或等待响应的时间超过了浏览器愿意等待的上限。服务器过载或卡住、防火墙丢弃数据包而不是拒绝、地址写错,都会这样。请运行下面的检查命令,并查看服务器的负载和日志。'),
  certificateRejected: (p) => t(`${p.hostname} 的证书不被信任`,
    p.local
      ? `浏览器拒绝了开发服务器的证书。请生成一个系统信任的证书(mkcert 会创建并安装一个本地证书颁发机构),或者在开发时用 http:// 访问 ${p.hostname}。`
      : `证书已过期、是自签名的、签发给了别的域名,或者缺少中间证书。请续期证书、提供完整的证书链,并确认它覆盖 ${p.hostname};不要在代码里关闭证书校验。`),
  blockedByExtension: () => t('扩展拦截了这个请求',
    '广告拦截器、隐私扩展或其他扩展的规则在请求发出之前就取消了它。请在那个扩展里放行这个站点,或在没有扩展的窗口里试试;路径中含有 ads、track、analytics 之类的词,最容易被过滤列表命中。'),
  pageFailure: (p) => t('请求失败了,浏览器没有告诉页面原因',
    `这个发往 ${p.host} 的同源调用没有得到响应。这不是 CORS 问题:最常见的是服务器没有应答(宕机、正在重启、端口不对),或者被扩展拦截了。浏览器控制台会写明原因;对这个站点开启完整捕获后,也会记下浏览器自己的错误名。`),
  networkFailure: (p) => t(`请求在得到任何响应之前就失败了:${p.error}`,
    '没有任何响应到达页面,所以没有状态码或响应体可读。对同一个 URL 运行 curl -v,可以看出请求停在哪一步(域名解析、建立连接、TLS 还是等待响应),浏览器控制台通常也会给出更多信息。'),

  fixCorsHeaders: () => '在服务器(或它前面的代理)的响应中加上:',
  fixPreflightHeaders: () => '在这个 URL 上用 204 应答 OPTIONS 预检,并带上:',
  fixCorsIfSo: () => '如果确实是 CORS,在服务器(或它前面的代理)的响应中加上:',
  checkCors: (origin) => `以 ${origin} 上页面的身份询问服务器(GET 请求),看答复里有没有 Access-Control-Allow-Origin:`,
  checkPreflight: () => '发送浏览器发出的那个预检请求,查看答复中的 Access-Control-Allow-* 头:',
  checkReach: () => '在浏览器之外访问同一个 URL(-v 会显示请求在哪一步停下):',
  factPageOrigin: (origin) => `页面源:${origin}`,
  factError: (error) => `错误:${error}`,
  factPreflight: (status) => `预检:OPTIONS → ${status}`,
  factResponseStatus: (status) => `响应状态码:${status}`,
  placeholderOrigin: () => '<你的页面的源>',
};
