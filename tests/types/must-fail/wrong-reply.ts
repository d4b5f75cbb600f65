// Must not compile: a handler whose reply does not match the protocol's reply type.
// Checked by src/platform/boundary.test.ts.
import type { ExtensionPageMessages } from '../../../src/shared/protocol';
import type { Sender } from '../../../src/platform/browser';
import type { Table } from '../../../src/background/messages';

export const wrong: Table<ExtensionPageMessages, Sender>['clearLog'] = {
  parse: () => ({ tabId: 1 }),
  answer: () => ({ cleared: 'yes' }), // @expect-error TS2322
};
