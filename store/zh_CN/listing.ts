import type { Listing } from '../listing';

/** 简体中文商店信息。全部为纯文本：Chrome 按原样显示说明。 */
export const zhCN: Listing = {
  name: 'StatusLens',
  chromeSummary: '查看当前页面每个失败的 HTTP 响应：响应体一并保留，并用平实的语言解释状态码。',
  amoSummary: '查看当前页面每个失败的 HTTP 响应（4xx、5xx、连接被拒、CORS）：保留响应体，提取服务器给出的信息，并用平实的语言解释状态码及下一步该怎么做。所有数据都不离开你的浏览器。',
  description: `StatusLens 展示当前页面中失败的 HTTP 响应，并解释失败的原因。

打开开发者工具的“网络”面板，你会看到所有请求，而其中大多数都没有问题。StatusLens 只保留失败的请求：所有 4xx、所有 5xx，以及根本没有收到响应的请求（连接被拒、DNS 或 TLS 失败、CORS 拒绝）。工具栏徽标显示失败的数量；其中有服务器错误或网络失败时，徽标为红色。

点击图标，每个失败的请求占一行：状态码、请求方法、URL 及其下方服务器给出的信息、类型、耗时和大小。打开一行，你会看到：
• 服务器说了什么：从 JSON、problem+json、HTML 或纯文本的错误响应体中提取；
• 状态码的通俗解释：含义、常见原因以及下一步该怎么做，并替你解读关键的响应头（Retry-After、WWW-Authenticate、ETag、Allow、限流相关的头）；
• 响应体：经过格式化、可以搜索，并且始终以纯文本显示；
• 请求头和响应头：令牌、Cookie 和密钥默认遮盖，需要时才显示；
• “复制失败的请求（cURL）”“复制失败的请求（fetch()）”，以及可直接粘贴到问题单里的错误报告。

为 Web 和 API 开发者打造：
• 轻量捕获：在你监视的每个网站上都能使用，无需额外权限，读取页面自己发出的 fetch() 和 XMLHttpRequest 请求中失败的那些。
• 完整捕获：对你列出的网站，通过浏览器的请求事件看到每个失败的请求，包括图片和脚本（添加第一个网站时由你授予可选权限）。
• 忽略规则可以隐藏干扰项（网站图标、已知的 404、健康检查），并实时显示每条规则隐藏了多少条。
• 相同的失败会合并为一组，循环失败的页面只占一行，例如 ×300。
• 按类别、类型和主机筛选；可搜索 URL、服务器信息和响应体。
• 将列表导出为 HAR 1.2（机密信息已遮盖），或打开 HAR 文件以同样的方式阅读。
• HTTP 状态码和网络错误的参考资料，附有示例。
• 支持英文和简体中文。

隐私优先：StatusLens 自身不发出任何网络请求；它唯一可能发出的请求，是你确认后的重试，从你所在的页面发往出错的网站。它读取的内容只留在你的浏览器中，保存在内存和浏览器的会话存储里（开启“保留日志”后还有本地存储），机密信息在存储前即被遮盖。没有统计分析，没有账号，不加载远程代码。隐私政策详细说明了读取什么、存放在哪里以及保留多久。

你可以随时在弹出窗口中暂停，或停止监视某个网站：在未被监视的页面上，StatusLens 不在页面中运行任何代码。`,
  category: { chrome: '开发者工具（Developer Tools）', amo: 'Web 开发（Web Development）' },
  singlePurpose:
    'StatusLens 向用户展示其所监视页面中失败的 HTTP 请求（4xx 和 5xx 响应以及网络错误），附上每个响应的响应体和对状态码的通俗解释，帮助 Web 开发者看清请求失败的原因。',
  justifications: {
    storage:
      'storage.sync 保存用户的设置（监视的网站、忽略规则、语言）。storage.session 保存每个标签页的失败请求日志（机密信息已遮盖），使其在后台 Service Worker 被停止后仍然保留；浏览器退出时即被清空。只有用户开启“保留日志”（默认关闭）时，storage.local 才会保存保留的日志。',
    scripting:
      '在运行时、且只为用户监视的网站注册内容脚本，用于读取页面自己失败的 fetch() 和 XMLHttpRequest 响应（状态码、响应头、响应体）。暂停时会注销该脚本，停止监视的网站会被排除在外，因此未被监视的页面不运行 StatusLens 的任何代码。用户点击“在页面中重试”并确认所示请求后，executeScript 在该标签页的隔离环境中、在发出原请求的页面上发送这一个请求。',
    webNavigation:
      'onBeforeNavigate 告诉 StatusLens 某个标签页载入了新页面，日志据此把之前页面的失败标记为“上一个页面”；onErrorOccurred 报告完全无法载入的页面（DNS、连接被拒、TLS）；对于未列入完整捕获的网站，没有其他事件会报告这类失败。',
    '<all_urls>':
      '开发者的失败请求可能出现在任何网站上：localhost、预发布环境、任意 API。主机权限让 StatusLens 能在用户选择监视的网站上注册内容脚本（默认所有网站，或只在列出的网站上），为列入完整捕获的网站监听请求事件，并读取标签页的 URL 以显示它是否被监视。读取的内容不会发送到任何地方。',
    webRequest:
      '可选权限，只在用户添加完整捕获的网站时申请，没有这类网站时即交还。它的 onHeadersReceived 和 onErrorOccurred 事件只针对这些网站，能显示每个失败的请求（文档、图片、脚本、CORS 拒绝）以及浏览器自己看到的状态码和响应头。StatusLens 从不拦截或修改任何请求。',
    webRequestBlocking:
      '仅限 Firefox，与 webRequest 一起为完整捕获申请：Firefox 只允许在阻塞式监听器中打开响应流过滤器。该监听器不返回任何内容，因此不会拦截或修改任何请求。',
    webRequestFilterResponse:
      '仅限 Firefox，与 webRequest 一起为完整捕获申请：在列入完整捕获的网站上，webRequest.filterResponseData 读取失败响应的响应体副本（不超过用户设置的大小上限），并把每个字节原样传递下去。',
    devtools_page:
      '这不是权限：它在开发者工具中添加 StatusLens 面板，显示被检查标签页的失败请求。开发者工具打开期间，它从开发者工具自己的网络记录中读取该标签页失败响应的响应体，浏览器没有提供其他读取方式。',
  },
  dataUse: [
    {
      question: '你现在或将来打算收集哪些用户数据？（What user data do you plan to collect from users now or in the future?）',
      answer:
        '一项都不勾选。StatusLens 读取网站内容（失败的 HTTP 响应，其中可能包含身份验证相关的头），只为在用户自己的浏览器中展示给用户。数据只保存在本机（内存、storage.session，以及用户开启“保留日志”时的 storage.local），存储前遮盖机密信息，从不传出设备。',
    },
    { question: '我不会在获准的用途之外，向第三方出售或转让用户数据。', answer: '确认（勾选）。' },
    { question: '我不会出于与本产品单一用途无关的目的使用或转让用户数据。', answer: '确认（勾选）。' },
    { question: '我不会为确定信用状况或借贷目的而使用或转让用户数据。', answer: '确认（勾选）。' },
    { question: '你是否使用远程代码？（Are you using remote code?）', answer: '否。所有脚本都在扩展包内。' },
    { question: '隐私政策网址（Privacy policy URL）', answer: 'store/PRIVACY.md 发布后的网址（与扩展自带的隐私政策页面内容相同，可从设置页面进入）。' },
    { question: 'Firefox：数据收集（manifest 中的 browser_specific_settings.gecko.data_collection_permissions）', answer: 'required: ["none"]。本附加组件不收集、不传输任何数据。' },
  ],
  screenshots: {
    '1-popup.png': '页面上方的弹出窗口：每个失败的请求占一行，并显示服务器给出的信息',
    '2-detail-409.png': '解释 409：服务器说了什么、含义是什么、下一步该怎么做',
    '3-pop-out.png': '独立标签页视图：列表与详情并排显示',
    '4-settings.png': '设置：监视什么、标记什么、忽略什么，并实时计数',
  },
  promoTile: 'StatusLens 图标和名称，配一句“失败的 HTTP 请求，一目了然”。',
};
