import type { Reading } from '../reading';
import { addField, addHint, newReading, setCode, setMessage, setTrace } from '../reading';
import type { Markup } from '../markup';
import { elementText, markup, visibleText } from '../markup';

/**
 * XML error bodies. AWS's REST-XML services write `<Error><Code/><Message/><RequestId/></Error>` (S3),
 * the query services `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`
 * (IAM, STS, SQS), EC2 `<Response><Errors><Error>…</Error></Errors><RequestID/></Response>`.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 * Azure Storage and Google Cloud Storage's XML API use the same `<Error><Code><Message>` shape.
 */
export function readXml(text: string): Reading {
  const m = markup(text);
  return readErrorElement(m) ?? readSoapFault(m) ?? readOtherXml(m);
}

/** The name of the first element, after the prolog, comments and doctype. */
function rootName(m: Markup): string | undefined {
  const re = /<([A-Za-z_][\w.:-]*)/g;
  re.lastIndex = 0;
  return re.exec(m.src.replace(/<\?[^<>]*\?>|<!--[^<>]*-->|<![^<>]*>/g, ''))?.[1];
}

function readErrorElement(m: Markup): Reading | undefined {
  const root = rootName(m)?.replace(/^.*:/, '');
  if (!root || !['Error', 'ErrorResponse', 'Response', 'Errors'].includes(root)) return undefined;
  const code = elementText(m, 'Code');
  const message = elementText(m, 'Message');
  if (!code && !message) return undefined;
  const requestId = elementText(m, 'RequestId') ?? elementText(m, 'RequestID');
  const aws = requestId !== undefined || elementText(m, 'HostId') !== undefined || /amazonaws\.com/.test(m.lower.slice(0, 512));
  const r = newReading(aws ? 'aws-xml' : 'xml-error');
  setMessage(r, message, '<Message>');
  setCode(r, code, '<Code>');
  addHint(r, elementText(m, 'Type'));
  setTrace(r, requestId, '<RequestId>');
  // Azure Storage puts its request id inside the message: "…\nRequestId:6c3f…\nTime:…".
  if (!requestId && message) setTrace(r, /RequestId:\s*([\w-]+)/.exec(message)?.[1], '<Message>', message);
  // S3 names what failed: InvalidArgument → ArgumentName/ArgumentValue; PreconditionFailed → Condition.
  const argument = elementText(m, 'ArgumentName');
  if (argument) addField(r, argument, message, elementText(m, 'ArgumentValue'));
  const condition = elementText(m, 'Condition');
  if (condition) addField(r, condition, message);
  for (const tag of ['Key', 'BucketName', 'Method', 'ResourceType', 'MaxSizeAllowed', 'ProposedSize']) {
    const value = elementText(m, tag);
    if (value) addField(r, tag, undefined, value);
  }
  return r;
}

/** SOAP 1.1 `<faultcode>/<faultstring>` and SOAP 1.2 `<Code><Value>/<Reason><Text>`. */
function readSoapFault(m: Markup): Reading | undefined {
  if (!/<(?:[\w-]+:)?fault[\s>]/.test(m.lower)) return undefined;
  const r = newReading('soap-fault');
  setMessage(r, elementText(m, 'faultstring') ?? elementText(m, 'soap:Text') ?? elementText(m, 'env:Text') ?? elementText(m, 'Text'), '<faultstring>');
  setCode(r, elementText(m, 'faultcode') ?? elementText(m, 'soap:Value') ?? elementText(m, 'env:Value'), '<faultcode>');
  return r;
}

/** Any other XML: a message-like element, else the first line of its text. */
function readOtherXml(m: Markup): Reading {
  const r = newReading('xml');
  for (const tag of ['message', 'Message', 'error', 'detail', 'description', 'title']) {
    const text = elementText(m, tag);
    if (text) {
      setMessage(r, text, `<${tag}>`);
      break;
    }
  }
  if (!r.message) setMessage(r, visibleText(m).split('\n').find((line) => line.trim()));
  setCode(r, elementText(m, 'code'), '<code>');
  return r;
}
