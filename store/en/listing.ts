import type { Listing } from '../listing';

/** The English listing. Plain text throughout: Chrome shows the description as typed. */
export const en: Listing = {
  name: 'StatusLens',
  chromeSummary: 'See every failing HTTP response of the page you are on, with its body and a plain explanation of its status code.',
  amoSummary:
    'See every failing HTTP response of the page you are on (4xx, 5xx, refused connections, CORS) with its body, what the server said, and a plain explanation of the status code and what to do next. Nothing leaves your browser.',
  description: `StatusLens shows the failing HTTP responses of the page you are on, and explains them.

Open DevTools’ Network panel and you get every request, most of them fine. StatusLens keeps only the ones that failed: every 4xx, every 5xx, and every request that got no response at all (a refused connection, a DNS or TLS failure, a CORS refusal). The toolbar badge counts them, red when a server error or a network failure is among them.

Click the icon and each failure is one row: status, method, the URL with what the server said under it, type, time and size. Open a row and you get:
• what the server said, read from its JSON, problem+json, HTML or plain-text error body;
• a plain explanation of the status code: what it means, the usual causes, and what to do next, with the headers that matter (Retry-After, WWW-Authenticate, ETag, Allow, rate-limit headers) read for you;
• the response body, formatted, searchable, and always shown as text;
• the request and response headers, with tokens, cookies and keys masked until you ask to see them;
• “Copy failing request as cURL” or “as fetch()”, and a bug report ready to paste into an issue.

Made for web and API developers:
• Light capture works on every site you watch with no extra permission: it reads the page’s own fetch() and XMLHttpRequest failures.
• Full capture, for the sites you list, uses the browser’s request events to see every failing request, images and scripts included (you grant the optional permission when you add the first site).
• Ignore rules hide the noise (a favicon, a known 404, a health check), with a live count of what each rule hides.
• Identical failures are grouped, so a page failing in a loop is one row ×300.
• Filter by class, type and host; search URLs, messages and bodies.
• Export the list as HAR 1.2, with secrets masked, or open a HAR file to read it the same way.
• A reference of HTTP status codes and network errors, with examples.
• English and Simplified Chinese.

Private by design: StatusLens makes no network requests of its own; the one request it can send is a retry you confirm, from the page you are on to the site that failed. What it reads stays in your browser, in memory and in the browser’s session storage (and local storage, if you turn on “Keep logs”), with secrets masked before anything is stored. No analytics, no account, no remote code. The privacy policy says exactly what is read, where it is kept and for how long.

Pause it, or stop watching a site, from the popup at any time: on a page that is not watched, StatusLens runs nothing in the page.`,
  category: { chrome: 'Developer Tools', amo: 'Web Development' },
  singlePurpose:
    'StatusLens shows the user the HTTP requests of the pages they watch that failed (4xx and 5xx responses and network errors), with each response’s body and a plain explanation of its status code, so a web developer can see why a request failed.',
  justifications: {
    storage:
      'storage.sync holds the user’s settings (sites watched, ignore rules, language). storage.session holds each tab’s log of failed requests, with secrets masked, so it survives the background service worker being stopped; it is emptied when the browser quits. storage.local holds kept logs only if the user turns on “Keep logs” (off by default).',
    scripting:
      'Registers, at run time and only for the sites the user watches, the content script that reads the page’s own failed fetch() and XMLHttpRequest responses (status, headers, body). Pausing unregisters it and a site the user stops watching is excluded from it, so unwatched pages run nothing of StatusLens. When the user clicks Retry in page and confirms the request shown, executeScript runs that one request in the tab’s isolated world, on the page that made the original request.',
    webNavigation:
      'onBeforeNavigate tells StatusLens that a tab loaded a new page, so the log marks the earlier page’s failures as from the previous page; onErrorOccurred reports a page that failed to load at all (DNS, refused connection, TLS), which, on sites not in full capture, no other event reports.',
    '<all_urls>':
      'A developer’s failing requests can be on any site: localhost, staging hosts, any API. The host permission lets StatusLens register its content script on the sites the user chooses to watch (every site by default, or only those listed), observe request events for the sites listed for full capture, and read a tab’s URL to show whether it is watched. Nothing read is sent anywhere.',
    webRequest:
      'Optional, asked for only when the user adds a site for full capture, and given back when none is left. Its onHeadersReceived and onErrorOccurred events, filtered to those sites only, show every failed request (documents, images, scripts, CORS refusals) with the browser’s own status and headers. StatusLens never blocks or changes a request.',
    webRequestBlocking:
      'Firefox only, asked for with webRequest for full capture: Firefox opens a response stream filter only from a blocking listener. The listener returns nothing, so no request is ever blocked or changed.',
    webRequestFilterResponse:
      'Firefox only, asked for with webRequest for full capture: webRequest.filterResponseData reads a copy of the body of a failed response (up to the user’s size limit) on the sites listed for full capture, and passes every byte on unchanged.',
    devtools_page:
      'Not a permission: adds a StatusLens panel to DevTools, showing the inspected tab’s failures. While DevTools is open, it reads from DevTools’ own network record the bodies of that tab’s failed responses, which the browser gives extensions no other way to read.',
  },
  dataUse: [
    {
      question: 'What user data do you plan to collect from users now or in the future?',
      answer:
        'None of the boxes. StatusLens reads website content (failed HTTP responses, which can include authentication headers) only to show it to the user in their own browser. It is kept on the device (memory, storage.session, and storage.local if the user turns on “Keep logs”), with secrets masked before storage, and is never transmitted off the device.',
    },
    { question: 'I do not sell or transfer user data to third parties, outside of the approved use cases.', answer: 'Certified (checked).' },
    { question: 'I do not use or transfer user data for purposes that are unrelated to my item’s single purpose.', answer: 'Certified (checked).' },
    { question: 'I do not use or transfer user data to determine creditworthiness or for lending purposes.', answer: 'Certified (checked).' },
    { question: 'Are you using remote code?', answer: 'No, I am not using remote code. Every script is in the package.' },
    { question: 'Privacy policy URL', answer: 'The published address of store/PRIVACY.md (the same text as the extension’s own privacy page, reached from its settings page).' },
    { question: 'Firefox: data collection (manifest browser_specific_settings.gecko.data_collection_permissions)', answer: 'required: ["none"]. The add-on collects and transmits no data.' },
  ],
  screenshots: {
    '1-popup.png': 'The popup over a page: each failing request is one row, with what the server said',
    '2-detail-409.png': 'A 409 explained: what the server said, what it means, and what to do next',
    '3-pop-out.png': 'The pop-out: the list beside the detail, in a whole tab',
    '4-settings.png': 'Settings: what to watch, what to flag, what to ignore, with live counts',
  },
  promoTile: 'The StatusLens icon and name, with the line “Failing HTTP requests, explained”.',
};
