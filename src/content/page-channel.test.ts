// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { PAGE_CHANNEL } from './page-channel';
import { openHookChannel } from './hook-channel';
import { joinHookChannel } from './relay-channel';
import { applyHookConfig, hookConfig } from './hook-config';
import { graphqlFlagOf, hookConfigText } from './relay-config';

/** A frame's document, fresh for each test: the channel's handshake happens on it. */
let doc: Document;
beforeEach(() => {
  doc = document.implementation.createHTMLDocument('frame');
});

const offerOf = (node: Node) => new MouseEvent(PAGE_CHANNEL.rendezvous, { relatedTarget: node });
const ask = () => new Event(PAGE_CHANNEL.rendezvous);

/** What a page script listening on the document hears: the handshake type and the names used on the node. */
function listen(target: EventTarget) {
  const heard: string[] = [];
  const names = [PAGE_CHANNEL.rendezvous, PAGE_CHANNEL.joined, PAGE_CHANNEL.report, PAGE_CHANNEL.config, 'statuslens:page-event'];
  const note = (e: Event) => void heard.push(`${e.type}${(e as MouseEvent).relatedTarget ? ' with a node' : ''}`);
  for (const name of names) target.addEventListener(name, note);
  return { heard, stop: () => names.forEach((name) => target.removeEventListener(name, note)) };
}

/** After the handshake, can a page still get a node from the hook, or have the relay take its own? */
function handshakeStillOpen(): { hookOffers: boolean; relayJoins: boolean } {
  const page = listen(doc);
  doc.dispatchEvent(ask());
  const mine = doc.createElement('span');
  let joined = false;
  mine.addEventListener(PAGE_CHANNEL.joined, () => (joined = true));
  doc.dispatchEvent(offerOf(mine));
  page.stop();
  return { hookOffers: page.heard.length > 2, relayJoins: joined };
}

describe('the private channel between the page hook and the relay', () => {
  test.each(['hook first', 'relay first'])('%s: reports arrive on the node, and the handshake is closed', (order) => {
    const received: string[] = [];
    let send: (json: string) => void;
    if (order === 'hook first') {
      // The hook's offer reaches no one; the relay's ask brings it back.
      send = openHookChannel(doc);
      joinHookChannel(doc, (json) => received.push(json));
    } else {
      joinHookChannel(doc, (json) => received.push(json));
      send = openHookChannel(doc);
    }
    const page = listen(doc);
    send('{"kind":"failure"}');
    send('{"kind":"response"}');
    page.stop();
    expect(received).toEqual(['{"kind":"failure"}', '{"kind":"response"}']);
    expect(page.heard).toEqual([]); // reports never touch the document
    expect(handshakeStillOpen()).toEqual({ hookOffers: false, relayJoins: false });
  });

  test('without a relay the hook drops its reports', () => {
    const page = listen(doc);
    const send = openHookChannel(doc);
    send('{"kind":"failure"}');
    page.stop();
    expect(page.heard).toEqual(['load with a node']); // the offer only, never a report
  });

  test('the relay listens to the first node offered only, and never to the old public event', () => {
    const received: string[] = [];
    joinHookChannel(doc, (json) => received.push(json));
    const send = openHookChannel(doc);
    const other = doc.createElement('span');
    doc.dispatchEvent(offerOf(other));
    other.dispatchEvent(new CustomEvent(PAGE_CHANNEL.report, { detail: '{"forged":true}' }));
    window.dispatchEvent(new CustomEvent('statuslens:page-event', { detail: '{"forged":true}' }));
    doc.dispatchEvent(new CustomEvent('statuslens:page-event', { detail: '{"forged":true}' }));
    send('{"real":true}');
    expect(received).toEqual(['{"real":true}']);
  });
});

describe('the settings the relay tells the hook (GraphQL errors in a 200)', () => {
  test.each(['told before the hook is there', 'told after the handshake'])('%s: the hook hears the latest, and the page hears nothing', (when) => {
    const heard: string[] = [];
    const page = listen(doc);
    const tell = joinHookChannel(doc, () => undefined);
    if (when === 'told before the hook is there') {
      tell('{"graphqlErrors":false}');
      tell('{"graphqlErrors":true}');
      openHookChannel(doc, (json) => heard.push(json));
    } else {
      openHookChannel(doc, (json) => heard.push(json));
      tell('{"graphqlErrors":true}');
    }
    page.stop();
    expect(heard).toEqual(['{"graphqlErrors":true}']);
    expect(page.heard.filter((h) => h.startsWith(PAGE_CHANNEL.config))).toEqual([]);
  });

  test('the hook applies only a well-formed message; the defaults hold until one arrives', () => {
    expect(hookConfig.graphqlErrors).toBe(false);
    for (const junk of ['nope', '{"graphqlErrors":"yes"}', '[true]', 'null', '{}']) applyHookConfig(junk);
    expect(hookConfig.graphqlErrors).toBe(false);
    applyHookConfig(hookConfigText({ flag: { graphqlErrors: true } }));
    expect(hookConfig.graphqlErrors).toBe(true);
    applyHookConfig(hookConfigText(undefined));
    expect(hookConfig.graphqlErrors).toBe(false);
  });

  test('the relay reads the flag from the stored settings, and nothing else turns it on', () => {
    expect(graphqlFlagOf({ version: 2, flag: { graphqlErrors: true } })).toBe(true);
    for (const stored of [undefined, null, 'x', { flag: { graphqlErrors: 'true' } }, { flag: null }, { graphqlErrors: true }]) expect(graphqlFlagOf(stored)).toBe(false);
  });
});
